"""Generate exams.jsonl: exam and quiz questions in many formats, risk domains vs. other subjects.

Covers cybersecurity, biology and chemistry coursework/certification questions and `general`
questions on every other subject (with hard negatives that only sound like a risk domain).
Deterministic (SEED); dedupes against every other *.jsonl in this folder.

Run: .venv/bin/python classifiers/corpus/gen_exams.py
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from corpus_io import (
    Item,
    dedupe,
    existing_keys,
    item,
    lines,
    maybe_typo,
    print_counts,
    subject_rows,
    validate,
    write_jsonl,
)

TYPO_ODDS = 0.06  # share of items with one swapped-letter typo
SEED = 20251203
HERE = Path(__file__).resolve().parent
OUT = HERE / "exams.jsonl"

Row = tuple[str, str]  # (subject, row text)


# ---------------------------------------------------------------------------------------------
# Rendering: option labels, headers, wrappers
# ---------------------------------------------------------------------------------------------

LABEL_STYLES = ["A. ", "A) ", "(A) ", "a) ", "a. ", "1. ", "(1) ", "A: ", "[A] "]


def opt_label(style: str, i: int) -> str:
    if "1" in style:
        return style.replace("1", str(i + 1))
    if "a" in style:
        return style.replace("a", "abcdef"[i])
    return style.replace("A", "ABCDEF"[i])


def letter_of(style: str, i: int) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", opt_label(style, i))


HEADERS = [
    "",
    "",
    "",
    "",
    "Question {n}.",
    "Q{n}.",
    "Q{n})",
    "Question {n} ({m} marks)",
    "{n}.",
    "Problem {n}",
    "Choose the best answer.",
    "Select ONE answer.",
    "Multiple choice ({m} pts):",
    "{subj_t} - practice question",
    "{subj_t} midterm, question {n}",
    "Course: {subj_t}\nQuestion {n}",
    "Topic: {subj} | Difficulty: {diff}",
    "{subj_t} quiz #{qz}",
    "Review set, {subj}:",
    "Final exam - {subj_t} - Part A",
    "Self-check ({subj}):",
    "Past paper question ({subj}):",
]

TRAILERS = [
    "",
    "",
    "",
    "Answer:",
    "Answer:",
    "Answer with the letter only.",
    "Choose the best answer.",
    "Explain your choice.",
    "Which one is correct?",
    "Give the answer and a one-line justification.",
    "Correct answer:",
    "Your answer: ____",
    "Select the single best option.",
    "Reply with just the option.",
    "Why are the other options wrong?",
    "Think it through, then state the letter.",
]

WRAP_INTROS = [
    "can someone explain this one",
    "hw question, which is right?",
    "I keep getting this wrong on the practice test:",
    "Got this on a quiz today, still not sure:",
    "my study group can't agree on this one",
    "pls help, exam tomorrow",
    "Quick check before I submit:",
    "Tutor mode please. Here's the question:",
    "is it the first one? i think so but idk",
    "From my flashcards:",
    "Can you walk me through this question?",
    "I picked the second option and it was marked wrong. why?",
    "practice q",
    "This was on the review sheet:",
    "Trying to understand the reasoning here:",
]

DIFFS = ["easy", "medium", "hard", "intro", "advanced"]


def _fill_header(rng: random.Random, tpl: str, subject: str) -> str:
    return tpl.format(
        n=rng.randint(1, 60),
        m=rng.choice([2, 2, 3, 4, 5, 6]),
        subj=subject,
        subj_t=subject.title() if subject.islower() else subject,
        diff=rng.choice(DIFFS),
        qz=rng.randint(1, 12),
    )


def render_options(rng: random.Random, opts: list[str]) -> tuple[str, str]:
    """Return (options text, label style) in one of several layouts."""
    style = rng.choice(LABEL_STYLES)
    layout = rng.random()
    labelled = [opt_label(style, i) + o for i, o in enumerate(opts)]
    if layout < 0.55:
        return "\n".join(labelled), style
    if layout < 0.75:
        return "  ".join(labelled), style
    if layout < 0.85:
        return "\n".join(f"- {x}" for x in labelled), style
    if layout < 0.93:
        return "options: " + " / ".join(opts), ""
    return "\n".join(f"{opt_label(style, i)}{o}" for i, o in enumerate(opts)), style


def mcq_text(rng: random.Random, q: str, opts: list[str], subject: str, extras: bool = True) -> str:
    """One multiple-choice question in a random format."""
    opts = list(opts)
    r = rng.random()
    if extras and r < 0.08 and len(opts) >= 4:
        opts = [*opts[:3], rng.choice(["All of the above", "None of the above"]), *opts[3:]]
    elif r < 0.16 and len(opts) >= 4:
        opts = opts[:3]
    rng.shuffle(opts)
    body, _ = render_options(rng, opts)
    mode = rng.random()
    if mode < 0.08:
        return f"Input: {q}\n{body}\nOutput:"
    if mode < 0.13:
        payload = {"question": q, "choices": opts}
        return json.dumps(payload, ensure_ascii=False) + "\nReturn the index of the correct choice."
    if mode < 0.25:
        intro = rng.choice(WRAP_INTROS)
        text = f"{intro}\n\n{q}\n{body}"
        return text.lower() if rng.random() < 0.3 else text
    if mode < 0.32:
        return f"**{q}**\n\n{body}\n\n_Select one._"
    head = _fill_header(rng, rng.choice(HEADERS), subject)
    tail = rng.choice(TRAILERS)
    sep = "\n" if rng.random() < 0.7 else " "
    parts = [p for p in (head, q + sep + body, tail) if p]
    return "\n".join(parts)


def split_mcq(row: str) -> tuple[str, str, list[str]]:
    parts = [p.strip() for p in row.split("|")]
    return parts[0], parts[1], parts[2:]


TF_PREFIXES = [
    "True or false: {s}",
    "T/F: {s}",
    "True or False? {s}",
    "State whether the statement is true or false, and justify your answer.\n{s}",
    "{s} (true/false)",
    'Is this statement correct? "{s}"',
    "Decide T or F and correct it if false: {s}",
    "true or false - {s}",
    "Agree or disagree, with a reason: {s}",
]

TF_GROUP_HEADS = [
    "Mark each statement T (true) or F (false).",
    "True/False section. Write T or F next to each.",
    "For each of the following, say whether it is true or false:",
    "Indicate which statements are true.",
    "Part C - True or False (1 mark each)",
]

FILL_PREFIXES = [
    "Fill in the blank: {s}",
    "Complete the sentence: {s}",
    "{s}",
    "Fill in the missing word(s). {s}",
    "Cloze: {s}",
    "What goes in the blank? {s}",
    "fill in the blank pls: {s}",
]

SHORT_PREFIXES = [
    "{q}",
    "{q}",
    "{q}",
    "{q} ({m} marks)",
    "Q{n}. {q}",
    "Short answer: {q}",
    "Exam question: {q}",
    "Briefly answer: {q}",
    "{q} [{m} pts]",
    "Essay prompt ({subj}): {q}",
    "Input: {q}\nOutput:",
    "{q} Answer in 3-4 sentences.",
    "{q} Use an example in your answer.",
    "Study guide question: {q}",
    "{q} Keep it exam-length.",
    'On my {subj} final there was a question: "{q}" How would you answer it?',
    "{q_lower}",
]

ROMAN_COMBOS = [
    "I only",
    "II only",
    "III only",
    "I and II only",
    "I and III only",
    "II and III only",
    "I, II and III",
]

PASSAGE_HEADS = [
    "Read the passage and answer the question that follows.",
    "Passage:",
    "Use the information below to answer the question.",
    "Case study",
    "Scenario:",
    "",
]


def tf_text(rng: random.Random, stmt: str) -> str:
    return rng.choice(TF_PREFIXES).format(s=stmt)


def tf_group_text(rng: random.Random, stmts: list[str]) -> str:
    head = rng.choice(TF_GROUP_HEADS).format(m=rng.choice([1, 2]))
    style = rng.choice(["1. ", "(a) ", "i) ", "- "])
    body = "\n".join(
        (opt_label(style, i) if style != "- " else "- ") + s for i, s in enumerate(stmts)
    )
    if style == "i) ":
        body = "\n".join(f"{['i', 'ii', 'iii', 'iv', 'v'][i]}) {s}" for i, s in enumerate(stmts))
    return f"{head}\n{body}"


def fill_text(rng: random.Random, stmt: str) -> str:
    blank = rng.choice(["___", "_____", "__________", "(blank)", "[ ? ]", "______"])
    return rng.choice(FILL_PREFIXES).format(s=stmt.replace("___", blank))


def short_text(rng: random.Random, q: str, subject: str) -> str:
    tpl = rng.choice(SHORT_PREFIXES)
    return tpl.format(
        q=q,
        q_lower=q.lower().rstrip("?.") + ("?" if q.endswith("?") else ""),
        m=rng.choice([2, 3, 4, 5, 6, 8, 10]),
        n=rng.randint(1, 30),
        subj=subject,
    )


def short_group_text(rng: random.Random, qs: list[str], subject: str) -> str:
    head = rng.choice(
        [
            "Section B: answer ALL questions.",
            f"{subject.title()} - short answer section",
            "Answer the following questions briefly.",
            "Homework set",
            "Answer any two of the following:",
            "Review questions",
        ]
    )
    marks = rng.random() < 0.5
    body = "\n".join(
        f"{i + 1}. {q}" + (f" ({rng.choice([2, 3, 4, 5])} marks)" if marks else "")
        for i, q in enumerate(qs)
    )
    return f"{head}\n{body}"


def roman_text(rng: random.Random, row: str, subject: str) -> str:
    stem, s1, s2, s3, correct = (p.strip() for p in row.split("|"))
    others = [c for c in ROMAN_COMBOS if c != correct]
    opts = [correct, *rng.sample(others, 3)]
    opts.sort(key=ROMAN_COMBOS.index)
    body, _ = render_options(rng, opts)
    stmts = f"I. {s1}\nII. {s2}\nIII. {s3}"
    head = _fill_header(rng, rng.choice(HEADERS), subject)
    text = f"{stem}\n{stmts}\n{body}"
    tail = rng.choice(["", "", "Answer:", "Choose the best answer."])
    return "\n".join(p for p in (head, text, tail) if p)


def passage_text(rng: random.Random, row: str) -> str:
    passage, question = (p.strip() for p in row.split("||", 1))
    head = rng.choice(PASSAGE_HEADS)
    body = f"{passage}\n\n{question}"
    if rng.random() < 0.3:
        body = f'"{passage}"\n\nQuestion: {question}'
    return f"{head}\n\n{body}" if head else body


def fewshot_text(rng: random.Random, solved: Row, open_: Row) -> str:
    """One solved multiple-choice example followed by an open question."""
    style = rng.choice(["A. ", "(A) ", "A) "])
    parts: list[str] = []
    head = rng.choice(
        [
            "Here is an example question with its answer, then a new question.",
            "Example:",
            "Answer in the same format as the example.",
            "",
        ]
    )
    if head:
        parts.append(head)
    for k, (_, row) in enumerate((solved, open_)):
        q, correct, wrong = split_mcq(row)
        opts = [correct, *wrong[:3]]
        rng.shuffle(opts)
        body = "\n".join(opt_label(style, i) + o for i, o in enumerate(opts))
        ans = letter_of(style, opts.index(correct))
        tail = f"Answer: {ans}" if k == 0 else "Answer:"
        parts.append(f"Q: {q}\n{body}\n{tail}")
    return "\n\n".join(parts)


FOLLOWUPS = [
    "why not the other options though?",
    "Can you explain that more simply?",
    "ok that makes sense. is this something that usually shows up on the exam?",
    "Wait, I thought it was a different one. Are you sure?",
    "Give me a trick to remember this.",
    "thanks! can you give me a similar practice question?",
]


def followup_item(
    rng: random.Random, row: str, subject: str, label: str, next_q: str | None
) -> Item:
    q, correct, wrong = split_mcq(row)
    opts = [correct, *wrong[:3]]
    rng.shuffle(opts)
    style = rng.choice(["A. ", "(A) ", "a) "])
    body = "\n".join(opt_label(style, i) + o for i, o in enumerate(opts))
    first = f"{q}\n{body}"
    ans = letter_of(style, opts.index(correct))
    reply = f"The answer is {ans}: {correct}."
    follow = rng.choice(FOLLOWUPS)
    if next_q is not None and rng.random() < 0.5:
        follow = rng.choice(["ok next one:", "got it. another:", "Next question:"]) + "\n" + next_q
    msgs = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": reply},
        {"role": "user", "content": follow},
    ]
    return {"messages": msgs, "label": label, "kind": "exam-followup"}


# =============================================================================================
# CYBERSECURITY
# =============================================================================================

CYBER_MCQ = r"""
## cryptography
Which property of a hash function makes it infeasible to find two different inputs with the same digest? | collision resistance | preimage resistance only | diffusion | key stretching
A block cipher mode in which identical plaintext blocks always give identical ciphertext blocks is | ECB | CBC | GCM | CTR
Which algorithm's security rests on the difficulty of factoring large integers? | RSA | AES | SHA-256 | ChaCha20
Diffie-Hellman is mainly used for | agreeing on a shared secret over an insecure channel | signing documents | hashing passwords | compressing data before encryption
Which of the following gives both confidentiality and integrity in one construction? | AES-GCM | AES-ECB | MD5 | Base64
Adding a random salt before hashing passwords mainly defends against | precomputed rainbow tables | keyloggers | phishing | session fixation
What does a digital signature give you that symmetric encryption alone does not? | non-repudiation | confidentiality | compression | availability
In a PKI, which party vouches for the binding between a public key and an identity? | the certificate authority | the registration desk clerk | a key escrow agent | the end user
Which hash function is considered broken with respect to collision resistance? | MD5 | SHA-256 | SHA3-256 | BLAKE2b
Perfect forward secrecy in TLS comes from | ephemeral key exchange | static RSA key transport | longer certificate chains | client certificates
Which mechanism lets a client check a certificate's revocation status online? | OCSP | HSTS | SNI | CAA records
Steganography is best described as | hiding the existence of a message | encrypting with two keys | signing a file | hashing with a salt
Which of these is a stream cipher? | ChaCha20 | AES-CBC | 3DES | Blowfish
Functions such as bcrypt, scrypt and PBKDF2 are designed to | make each password guess expensive | produce shorter hashes | encrypt the whole database | replace the need for salts
The main practical weakness of a one-time pad is | distributing a truly random key as long as the message | frequency analysis | a weak internal hash | leaking the key in the ciphertext
An HMAC combines a hash function with | a secret key | a public key | an X.509 certificate | a timestamp only
Elliptic curve cryptography is attractive mainly because it offers | similar security with much shorter keys | no need for key exchange | provably unbreakable encryption | faster hashing
The birthday paradox is most relevant to attacks on | hash collisions | firewall rule order | password expiry policies | physical locks
Which is the strongest choice for a new symmetric encryption deployment? | AES-256 in an authenticated mode | DES | RC4 | 3DES with two keys
What is the purpose of an initialization vector? | to make identical plaintexts encrypt differently | to store the key | to sign the message | to compress the plaintext
Which cryptographic primitive would you use to check that a downloaded file was not modified? | a hash compared against a trusted value | ROT13 | a symmetric key alone | a random nonce
Key escrow refers to | a third party holding copies of keys for recovery | rotating keys monthly | splitting a key into shares for signing | deleting old keys
A certificate's Subject Alternative Name field lists | the hostnames the certificate is valid for | the CA's private key | the revocation date | the cipher suites allowed
## network security
A firewall that keeps track of connection state is | stateful | a stateless packet filter | a hub | an air gap
Which device passively watches traffic and raises alerts without blocking it? | an IDS | an IPS in inline mode | a load balancer | a router
A DMZ is used to | host public-facing services apart from the internal network | store offline backups | encrypt email | segment printers only
Which protocol should replace Telnet for remote administration? | SSH | FTP | TFTP | SNMPv1
IPsec in tunnel mode | protects the entire original IP packet | only encrypts the TCP header | only works on Layer 2 | requires no keys
What kind of attack floods a server with half-open TCP connections? | SYN flood | ARP poisoning | DNS tunnelling | smishing
ARP spoofing lets an attacker | redirect LAN traffic through their own machine | crack WPA3 keys | exhaust DHCP leases on the internet | bypass full-disk encryption
WPA3-Personal replaces the WPA2 pre-shared key handshake with | SAE | TKIP | WEP | LEAP
A network access control (NAC) system mainly | checks a device's posture before letting it onto the network | encrypts VPN traffic | filters spam | balances web traffic
A honeypot is | a decoy system meant to attract and study attackers | a hardened jump server | a type of proxy firewall | an offline backup
An anomaly-based IDS detects threats by | comparing activity with a baseline of normal behaviour | matching only known signatures | blocking every unknown IP | decrypting all packets
Split tunnelling on a VPN means | only some traffic is routed through the VPN | traffic is encrypted twice | two users share one tunnel | the VPN uses two protocols at once
DNSSEC protects against | forged DNS responses | volumetric DDoS | typosquatting | email spoofing
Network segmentation mainly limits | lateral movement after a compromise | phishing emails | password reuse | patch frequency
Which of the following is a Layer 7 security control? | a web application firewall | a router ACL on IP addresses | a VLAN | port security on a switch
What is the main purpose of 802.1X? | port-based authentication of devices and users | encrypting disks | routing between VLANs | assigning IP addresses
A jump box (bastion host) is used to | provide a single hardened entry point into a protected network segment | cache DNS records | host the public website | store backups
In a zero trust architecture, access decisions are based on | continuous verification of identity, device and context | whether the user is on the internal network | a single perimeter firewall | IP address alone
## web application security
Parameterized queries are the main defence against | SQL injection | clickjacking | CSRF | directory listing
Stored XSS differs from reflected XSS because | the malicious script is saved by the application and served to other users | it never runs in a browser | it only affects the attacker | it needs physical access
An anti-CSRF token works because | the attacker's site cannot read the secret value | it encrypts the cookie | it disables JavaScript | it forces HTTPS
Which HTTP response header tells browsers to use HTTPS only for a site? | Strict-Transport-Security | X-Content-Type-Options | Content-Length | Cache-Control
A Content Security Policy mainly limits the impact of | cross-site scripting | SQL injection | brute-force logins | DDoS
Clickjacking is best mitigated with | frame-ancestors or X-Frame-Options | input length limits | password salting | rate limiting
An insecure direct object reference happens when | an app exposes object IDs without checking the user may access them | passwords are stored in plaintext | TLS is misconfigured | cookies lack the Secure flag
The HttpOnly flag on a cookie | stops client-side scripts from reading it | stops it being sent over HTTP | makes it expire at logout | blocks cross-origin requests
Server-side request forgery makes | the server send requests chosen by the attacker | the victim's browser submit a form | DNS resolvers cache bad records | users type their passwords into a fake page
Session fixation is prevented by | issuing a new session ID after login | requiring longer passwords | disabling cookies entirely | URL-encoding output
An XML external entity attack abuses | XML parsers configured to resolve external entities | JSON web token signatures | CORS preflight requests | stored procedures
A web app that shows detailed stack traces to users is an example of | security misconfiguration / information disclosure | SQL injection | CSRF | a race condition
Which practice best protects against credential stuffing? | multi-factor authentication and rate limiting | longer session timeouts | hiding the login page URL | Base64-encoding passwords
## access control and identity
In mandatory access control, decisions are based on | security labels and clearances | the owner's discretion | group membership only | time of day
Which model lets the owner of a resource decide who can access it? | DAC | MAC | RBAC | rule-based access control
"No read up, no write down" describes | Bell-LaPadula | Biba | Clark-Wilson | Brewer-Nash
The Biba model is mainly concerned with | integrity | confidentiality | availability | accountability
The Brewer-Nash (Chinese Wall) model is designed to prevent | conflicts of interest | privilege escalation | data remanence | replay attacks
Which is an example of "something you are"? | a fingerprint | a smart card | a PIN | a one-time code
In biometrics, a false acceptance is also called a | Type II error | Type I error | crossover error | enrolment error
The crossover error rate is the point where | FAR equals FRR | FAR is zero | FRR is zero | throughput peaks
Separation of duties primarily prevents | one person from completing a sensitive transaction alone | password reuse | shoulder surfing | tailgating
SAML is most commonly used for | federated single sign-on | full-disk encryption | packet filtering | log aggregation
OAuth 2.0 is primarily a framework for | delegated authorization | password hashing | network encryption | malware detection
Kerberos authentication relies on | tickets issued by a key distribution center | browser cookies | biometric templates | SNMP traps
Attribute-based access control makes decisions using | attributes of the subject, object and environment | only the user's job title | the file owner's choice | a fixed clearance level
Which action best addresses privilege creep? | periodic access reviews and recertification | longer passwords | disk encryption | installing antivirus
## security governance and risk
Annualized loss expectancy is calculated as | SLE x ARO | asset value x ARO x ARO | ARO / SLE | SLE + ARO
Buying a cyber insurance policy is an example of risk | transference | avoidance | acceptance | mitigation
Stopping a risky business activity altogether is risk | avoidance | transference | acceptance | deterrence
Which document states senior management's high-level intent for security? | a policy | a procedure | a guideline | a baseline
Which is a mandatory, detailed step-by-step instruction? | a procedure | a policy | a guideline | a mission statement
Recovery time objective (RTO) means | the longest acceptable time to restore a service | the maximum tolerable data loss | the time between failures | how long backups are kept
Recovery point objective (RPO) means | the maximum acceptable data loss measured in time | the time needed to restore | mean time to repair | backup media lifetime
Which framework is organised around Govern, Identify, Protect, Detect, Respond and Recover? | NIST Cybersecurity Framework 2.0 | PCI DSS | OWASP ASVS | ITIL
PCI DSS applies to organisations that | store, process or transmit payment card data | handle any email | build medical devices | publish open-source software
Which is a qualitative risk analysis technique? | the Delphi technique | computing ALE | calculating ROI | measuring exposure factor
A hot site is | an alternate facility that can take over almost immediately | an empty building with power only | a tape vault | a reciprocal agreement with no equipment
The main output of a business impact analysis is | the critical processes and the impact of losing them | a list of firewall rules | a penetration test report | a training schedule
Residual risk is | the risk that remains after controls are applied | the risk before any controls | the risk handed to an insurer | a risk nobody has identified
Which law regulates the handling of protected health information in the US? | HIPAA | GLBA | FERPA | COPPA
Which role is ultimately accountable for classifying a data set? | the data owner | the data custodian | the help desk | the end user
ISO/IEC 27001 specifies requirements for | an information security management system | secure coding in C | wireless encryption | cloud billing
## incident response and forensics
Which incident response phase normally comes right after detection and analysis? | containment | lessons learned | preparation | post-incident billing
According to the order of volatility, which should be collected first? | CPU registers and cache | archived backups | a disk image | printed logs
Chain of custody documentation exists to | show evidence was handled without unauthorised alteration | speed up analysis | encrypt the evidence | assign blame
A write blocker is used to | prevent changes to a drive while imaging it | securely wipe the drive | decrypt the drive | recover deleted partitions
Why do examiners compute a hash of a disk image? | to verify later that it has not changed | to compress it | to encrypt it | to remove malware
A tabletop exercise is | a discussion-based walk-through of an incident scenario | a full failover test | a red team engagement | an automated scan
On a Windows domain controller, failed logons are recorded in the | Security event log | Application log | Setup log | System32 folder
File carving recovers data by | searching raw bytes for known file headers and footers | reading the partition table only | cracking the volume password | scanning RAM for hashes
During the lessons-learned phase, the team should | update plans and controls based on what happened | reimage all servers | notify law enforcement first | delete logs
A forensic timeline is usually built from | file system timestamps and log entries | password hashes | the BIOS version | user surveys
Which of these is NOT part of the NIST incident handling lifecycle? | retaliation | preparation | containment, eradication and recovery | post-incident activity
## malware and social engineering
Malware that spreads across networks by itself without user action is a | worm | trojan | logic bomb | adware
Software that looks legitimate but hides a malicious function is a | trojan | worm | rootkit | virus hoax
Ransomware primarily attacks which part of the CIA triad? | availability | confidentiality only | non-repudiation | authentication
A rootkit is defined mainly by | hiding its presence while keeping privileged access | encrypting files | showing pop-up ads | spreading through email
Malicious code that triggers on a particular date or event is a | logic bomb | polymorphic virus | keylogger | worm
Polymorphic malware evades signature-based detection by | changing its code each time it propagates | encrypting the disk | running only at night | deleting system logs
Fileless malware typically | lives in memory and abuses legitimate system tools | hides only in the MBR | needs a USB stick | spreads via QR codes
Spear phishing differs from ordinary phishing because it | targets specific people with tailored messages | only uses SMS | only uses phone calls | attacks DNS servers
Whaling targets | senior executives | help desk staff | students | retail customers
A phone call from someone pretending to be the bank's fraud team is | vishing | smishing | pharming | baiting
An attacker who follows an employee through a badge-controlled door is | tailgating | shoulder surfing | dumpster diving | pretexting
Typosquatting relies on | users mistyping domain names | weak Wi-Fi encryption | unpatched printers | outdated TLS
A watering hole attack compromises | a website the target group is known to visit | the victim's water utility | the victim's USB drives | the mail server
An advanced persistent threat is best characterised as | a long-term, stealthy, targeted intrusion | random opportunistic scanning | a one-time website defacement | a spam campaign
Running a suspicious attachment in an isolated environment to watch its behaviour is | sandboxing | hashing | fuzzing | whitelisting
Adware is primarily designed to | display unwanted advertisements | encrypt files for ransom | give remote shell access | destroy hardware
## operating system and software security
ASLR makes exploitation harder by | randomising where code and data are loaded in memory | encrypting RAM | blocking all network traffic | removing admin accounts
A stack canary is designed to detect | stack buffer overflows | SQL injection | phishing | weak passwords
DEP/NX prevents | executing code from memory pages marked as data | reading kernel memory | port scanning | disk encryption
A TOCTOU race condition occurs when | a resource changes between a check and its use | a password is too short | two users share an account | a certificate expires
Privilege escalation means | gaining permissions beyond those originally granted | moving to another host | encrypting data at rest | deleting logs
Secure boot ensures that | only signed bootloaders and kernels are loaded | disks are encrypted | the BIOS has a password | patches install automatically
A TPM is used to | store keys and measure boot integrity | accelerate graphics | filter network packets | balance load
Static application security testing analyses | source code or binaries without running them | a running application from outside | network flows | user behaviour
Fuzzing finds bugs by | feeding malformed or random inputs and watching for crashes | reading code line by line | auditing policies | scanning ports
In a secure SDLC, threat modeling is most effective during | design | decommissioning | after deployment only | after a breach
In STRIDE, the "E" stands for | elevation of privilege | encryption | exposure | exfiltration
A software bill of materials lists | the components and dependencies in a piece of software | project costs | developer salaries | test results
Code signing gives users assurance of | the publisher's identity and that the code was not altered | the code being bug-free | faster execution | licence compliance
Application allowlisting means | only explicitly approved programs may run | every program may run unless blocked | users choose what to install | antivirus is disabled
## threat intelligence and security operations
In MITRE ATT&CK, "Persistence" is a | tactic | sub-technique | mitigation | data source
Which ATT&CK tactic covers attempts to avoid being detected? | Defense Evasion | Collection | Impact | Discovery
In the Cyber Kill Chain, transmitting the weaponised payload to the target is | delivery | reconnaissance | actions on objectives | installation
An indicator of compromise might be | a file hash known to belong to malware | a password policy | an asset inventory | a firewall change request
A SIEM primarily | collects and correlates logs to detect security events | encrypts backups | scans source code | issues certificates
SOAR platforms add | automated response playbooks | packet capture hardware | password vaults | code signing certificates
STIX is a format for | exchanging cyber threat intelligence | encrypting email | Wi-Fi authentication | log rotation
The Diamond Model relates adversary, capability, infrastructure and | victim | vulnerability | vector | vendor
A false positive from an IDS is | an alert triggered by benign activity | an attack that was missed | an attack correctly blocked | a dropped log
Threat hunting is best described as | proactively searching for threats that evaded existing detections | waiting for alerts | applying patches | writing policy
At the top of the Pyramid of Pain, hardest for an adversary to change, are | TTPs | hash values | IP addresses | domain names
CVSS is used to | score the severity of vulnerabilities | encrypt threat feeds | classify malware families | rank SOC analysts
## cloud security
Under the IaaS shared responsibility model, the customer is responsible for | patching the guest OS and protecting their data | physical data centre security | hypervisor patching | facility power
A CASB is used to | enforce security policy between users and cloud services | replace the firewall | store keys in hardware | run containers
A common cause of cloud data exposure is | storage buckets misconfigured for public access | quantum computers | the provider's power supply | cosmic rays
Which practice limits the damage from a leaked cloud access key? | least-privilege IAM policies | disabling MFA | using the root account for automation | sharing keys between teams
Container images should be scanned for | known vulnerable packages and embedded secrets | CPU speed | screen resolution | font licences
Scanning infrastructure-as-code templates before deployment mainly finds | security misconfigurations | phishing emails | DDoS traffic | weak user passwords
In SaaS, which is still the customer's responsibility? | managing user access and their own data | patching the application servers | physical security | the hypervisor
"""

CYBER_SHORT = r"""
## cryptography
Explain the difference between encryption and hashing, and give one use case for each.
Why is ECB mode a poor choice for encrypting images? Use the famous penguin example if it helps.
Describe how a Diffie-Hellman exchange lets two parties agree on a key without ever sending it.
What is a nonce, and why is nonce reuse catastrophic for AES-GCM?
Compare symmetric and asymmetric encryption in terms of speed and key management.
Outline the steps a browser takes to validate a server's TLS certificate.
Why should passwords be stored with Argon2 or bcrypt rather than plain SHA-256?
Explain what hybrid encryption (a digital envelope) is and why it is used.
What is certificate transparency and what problem does it solve?
State Kerckhoffs's principle and explain why security through obscurity is discouraged.
whats the difference between a MAC and a digital signature
Explain how a hash chain or Merkle tree lets you verify data integrity efficiently.
What is post-quantum cryptography and why are organisations planning migrations now?
Describe the role of a root CA versus an intermediate CA.
## network security
Explain the difference between an IDS and an IPS, giving one advantage of each.
Describe three ways to harden a small office Wi-Fi network.
Explain at a high level how the TLS 1.3 handshake differs from TLS 1.2.
Compare a stateful firewall with a stateless packet filter.
What is zero trust architecture? Describe two of its core principles.
Why is Telnet considered insecure compared with SSH?
What is DNS cache poisoning and how does DNSSEC reduce the risk?
Explain what a reflection/amplification DDoS attack is and name one mitigation.
Describe the purpose of a DMZ and sketch where you would place a public web server.
What is the difference between a site-to-site VPN and a remote-access VPN?
## web application security
Explain how SQL injection works conceptually and list two defences.
Distinguish between stored, reflected and DOM-based cross-site scripting.
Why does CORS not protect against CSRF?
What is the same-origin policy and why do browsers enforce it?
Describe the security trade-offs of storing session tokens in localStorage versus cookies.
Explain broken access control using an example from an online shop.
What is the difference between input validation and output encoding? Why do you need both?
List five items from the OWASP Top 10 and describe one of them in detail.
## access control and identity
Compare DAC, MAC and RBAC, giving one example of where each is used.
What are the three authentication factor types? Give an example of each.
Explain the difference between identification, authentication and authorization.
Why is SMS-based two-factor authentication considered weaker than a hardware security key?
Describe how single sign-on works with an identity provider and a service provider.
What is privilege creep and how do access reviews address it?
Explain the principle of least privilege and give an example of violating it.
## security governance and risk
Define asset, threat, vulnerability and risk, and explain how they relate.
List the four risk treatment options and give an example of each.
What is the difference between a policy, a standard, a procedure and a guideline?
Explain the difference between a business continuity plan and a disaster recovery plan.
What is the difference between a data owner and a data custodian?
How would you measure whether a security awareness programme is working?
Explain "defence in depth" with an example from a corporate network.
Compare quantitative and qualitative risk assessment. When would you use each?
What does a SOC 2 Type II report attest to, and how does it differ from Type I?
Explain due care versus due diligence.
## incident response and forensics
List the phases of the NIST incident response lifecycle and describe each briefly.
Why might you avoid powering off a compromised machine straight away?
Explain the order of volatility and give an example ordering of evidence sources.
What is chain of custody and why does it matter if a case goes to court?
What is the difference between a bit-for-bit disk image and a logical copy?
A user reports a ransom note on their screen. What are your first three actions as the on-call responder?
How can memory forensics reveal malware that leaves no files on disk?
What should a post-incident report contain?
## malware and social engineering
Compare viruses, worms and trojans.
What is the difference between static and dynamic malware analysis?
Explain how ransomware typically spreads inside an organisation and how offline backups limit its impact.
What is a command-and-control channel and how might defenders detect one?
What are the characteristics of an advanced persistent threat?
Why is social engineering often more effective than technical attacks? Give two examples.
How would you train employees to recognise phishing emails?
## operating system and software security
Explain what a buffer overflow is and name two mitigations provided by compilers or the OS.
What does "secure by default" mean? Give an example.
Explain the difference between SAST, DAST and IAST.
What is threat modeling? Walk through the STRIDE categories briefly.
What is a software supply chain attack? Describe how an SBOM helps defenders.
Why should applications run with the minimum privileges they need?
Describe three ways to harden a fresh Linux server.
## threat intelligence and security operations
Name the seven stages of the Lockheed Martin Cyber Kill Chain.
What is the difference between a tactic, a technique and a procedure in MITRE ATT&CK?
Explain the Pyramid of Pain and what it implies for detection engineering.
Distinguish strategic, operational and tactical threat intelligence.
How would you tune a SIEM rule that is producing too many false positives?
What is the role of a SOC tier 1 analyst versus tier 3?
## cloud security
Explain the shared responsibility model for IaaS, PaaS and SaaS.
What risks does a publicly readable object storage bucket create?
Why are long-lived access keys in CI pipelines risky, and what is a better alternative?
What is a container escape, conceptually, and how do you reduce its likelihood?
Explain what CSPM tools do.
"""

CYBER_TF = r"""
## cryptography
T|AES is a symmetric block cipher.
F|A hash can be reversed if you know the salt.
T|In RSA, the public key can be shared openly.
T|Salting defeats precomputed rainbow tables.
F|MD5 is a good choice for new digital signature schemes.
F|Base64 encoding provides confidentiality.
T|Digital signatures can provide non-repudiation.
T|TLS 1.3 removed static RSA key exchange.
T|SHA-256 produces a 256-bit digest.
F|Symmetric encryption uses a public/private key pair.
F|Steganography and cryptography are the same thing.
## network security
F|A stateless firewall tracks the state of TCP sessions.
F|An IPS can only detect attacks, never block them.
F|WEP is considered secure for modern wireless networks.
T|SSH encrypts the session, unlike Telnet.
T|Network segmentation can slow lateral movement.
F|A VPN makes a user completely anonymous on the internet.
## web application security
T|An IDOR is a type of broken access control.
T|CSRF exploits the trust a site places in a user's browser.
F|XSS is purely a server-side flaw and never involves the browser.
T|Parameterized queries help prevent SQL injection.
F|Hiding an admin page's URL is an adequate access control.
## access control and identity
T|Separation of duties is an administrative control.
F|Multi-factor authentication means using two different passwords.
T|Bell-LaPadula focuses on confidentiality.
T|Least privilege reduces the damage a compromised account can do.
F|In DAC, a central authority assigns labels that owners cannot change.
## security governance and risk
F|Risk acceptance means the risk has been eliminated.
T|A cold site takes longer to activate than a hot site.
F|Full backups are always faster to create than incremental backups.
T|GDPR can apply to companies outside the EU.
## incident response and forensics
T|Chain of custody should record everyone who handled the evidence.
F|You should always run antivirus on the original evidence drive before imaging it.
T|RAM contents are more volatile than data on a hard disk.
## malware and social engineering
T|A worm can spread without user interaction.
T|Phishing is a form of social engineering.
T|A logic bomb runs when a specific condition is met.
T|Tailgating is a physical social engineering technique.
F|A trojan replicates itself across networks on its own.
## operating system and software security
F|ASLR prevents every buffer overflow exploit.
T|Fuzzing can find crashes caused by malformed input.
F|Threat modeling should only be done after the software ships.
## threat intelligence and security operations
F|Defense Evasion is a technique, not a tactic, in MITRE ATT&CK.
T|A SIEM correlates events from many log sources.
T|IP addresses are easy for adversaries to change, so they sit low on the Pyramid of Pain.
## cloud security
F|In IaaS, the customer patches the provider's physical hosts.
T|Misconfigured storage buckets are a common cause of cloud data leaks.
"""

CYBER_FILL = r"""
## cryptography
In TLS, the server proves its identity using a ___ signed by a certificate authority.
___ mode turns a block cipher into a stream cipher by encrypting a counter.
Public key infrastructure relies on a ___ of certificates from the leaf up to a trusted root.
A ___ is a random value stored alongside a password hash so identical passwords hash differently.
The algorithm ___ replaced DES as the US federal standard block cipher in 2001.
## network security
The default port for SSH is ___.
A ___ attack intercepts and possibly alters traffic between two parties who think they are talking directly.
WPA2-Enterprise uses ___ to authenticate users against a RADIUS server.
An attacker re-sending a captured authentication message is performing a ___ attack.
## access control and identity
The ___ model of access control uses labels such as Secret and Top Secret.
The ___ is the rate at which a biometric system wrongly accepts an impostor.
In Kerberos, the service that issues ticket-granting tickets is the ___.
## security governance and risk
SLE multiplied by ARO gives the ___.
The three elements of the CIA triad are confidentiality, integrity and ___.
A ___ site has power and cooling but no equipment installed.
The ___ Act is the US law that protects the privacy of health information.
A(n) ___ is a weakness that a threat could exploit.
## incident response and forensics
In the NIST lifecycle, ___ comes after containment and before recovery.
A ___ blocker prevents writes to a drive during forensic acquisition.
___ refers to data that remains on storage media after it has been deleted.
## malware and social engineering
A ___ is malware that hides its presence by modifying the operating system.
___ is sending fraudulent emails that appear to come from a trusted source.
Signature-based antivirus compares files against a database of known ___.
## operating system and software security
___ testing evaluates a running application from the outside without access to its source code.
The security principle that a system should fail into a secure state is called fail-___.
## web application security
The ___ cookie flag prevents JavaScript from reading a cookie.
## threat intelligence and security operations
In ATT&CK, the ___ tactic covers techniques for keeping access across reboots.
"""

CYBER_ROMAN = r"""
## cryptography
Which of the following are symmetric algorithms? | AES | 3DES | RSA | I and II only
Which statements about salting are correct? | a salt should be unique per password | a salt must be kept as secret as a key | salts defeat rainbow tables | I and III only
Which of the following provide integrity protection? | HMAC | digital signatures | ROT13 | I and II only
Which are features of TLS 1.3? | removal of RSA key transport | forward secrecy for all handshakes | support for RC4 | I and II only
## web application security
Which of the following help mitigate cross-site scripting? | context-aware output encoding | a Content Security Policy | disabling TLS | I and II only
## malware and social engineering
Which of the following are social engineering techniques? | pretexting | tailgating | SQL injection | I and II only
Which statements are true of worms? | they self-replicate | they must attach to a host file | they can spread over networks | I and III only
Which measures reduce the impact of ransomware? | offline backups | network segmentation | disabling logging | I and II only
## security governance and risk
Which are administrative controls? | security awareness training | background checks | host firewalls | I and II only
Which are valid risk treatment strategies? | transfer | avoid | mitigate | I, II and III
## incident response and forensics
Which of the following are volatile data sources? | contents of RAM | the list of running processes | a powered-off hard disk | I and II only
## threat intelligence and security operations
Which of the following are ATT&CK tactics? | Initial Access | Lateral Movement | Spearphishing Attachment | I and II only
## access control and identity
Which are examples of multi-factor authentication? | password plus hardware token | PIN plus fingerprint | password plus security question | I and II only
"""

CYBER_PASSAGE = r"""
## incident response and forensics
A hospital's security team notices that a radiology workstation contacts an unfamiliar external IP address every 60 seconds, even at 3 a.m. Antivirus on the workstation reports nothing, and the user says the machine "seems fine". || What is the most likely explanation for this traffic, and what should the team do first?
During an investigation, an analyst finds that the Windows Security log on a file server was cleared at 02:14, about ten minutes after an administrator account logged in from a workstation that normally only accounting staff use. || Which ATT&CK tactic does clearing the log most likely serve, and what other evidence sources should the analyst check?
## security governance and risk
A retailer values its customer database at $2,000,000. Analysts estimate a breach would expose 25% of that value and expect such a breach once every four years. The proposed data loss prevention system costs $90,000 per year and would cut the likelihood in half. || Calculate the ALE before and after the control and decide whether the control is cost-justified.
A small accounting firm keeps all client files on a single NAS in the office. Backups are copied nightly to a USB drive that stays plugged into the same NAS. || Identify two weaknesses in this backup arrangement from a security perspective and recommend improvements.
## web application security
A developer builds a search page that takes the user's query and inserts it directly into the HTML of the results page ("You searched for: ..."). A tester finds that entering a script tag causes a pop-up box. || Name the vulnerability, explain why it exists, and describe how the developer should fix it.
An online banking site lets logged-in users transfer money with a simple GET request such as /transfer?to=ACCOUNT&amount=100. The site relies only on a session cookie to identify the user. || What attack is this design vulnerable to, and what are two ways to fix it?
## access control and identity
A company discovers that an employee who moved from payroll to marketing two years ago can still approve salary changes. || Which security principle has been violated and which process would have caught it?
## network security
A coffee shop offers free Wi-Fi with no password. A customer connects and logs in to a website that uses plain HTTP. || Describe two risks the customer faces and one control each party (the customer and the website) could apply.
## cryptography
Alice wants to send Bob a large file so that only Bob can read it and Bob can be sure it came from Alice. Both have RSA key pairs and can use AES. || Describe which keys are used for which steps, and why the file itself is encrypted with AES rather than RSA.
## cloud security
A startup stores user-uploaded documents in a cloud storage bucket. An external researcher emails them saying the bucket can be listed by anyone on the internet. || Explain the immediate response steps and the longer-term controls that would prevent this.
"""


# =============================================================================================
# BIOLOGY
# =============================================================================================

BIO_MCQ = r"""
## cell biology
Which organelle modifies, sorts and packages proteins for secretion? | Golgi apparatus | lysosome | peroxisome | nucleolus
Cholesterol in animal plasma membranes mainly | buffers membrane fluidity against temperature changes | stores genetic information | catalyses ATP synthesis | forms the cell wall
Which transport process uses ATP directly? | the sodium-potassium pump | simple diffusion | facilitated diffusion | osmosis
The nucleolus is the site of | rRNA synthesis and ribosome assembly | DNA replication only | lipid synthesis | protein degradation
Which cytoskeletal element makes up the mitotic spindle? | microtubules | actin filaments | intermediate filaments | keratin fibres
A red blood cell placed in a hypertonic solution will | lose water and shrink | swell and burst | stay the same size | pump water in actively
Which checkpoint makes sure all chromosomes are attached to the spindle before anaphase? | the spindle assembly checkpoint | the G1 checkpoint | the G2 checkpoint | the S-phase checkpoint
Apoptosis is best described as | programmed cell death | uncontrolled division | cell fusion | binary fission
Gap junctions allow | small molecules to pass directly between adjacent animal cells | cells to anchor to the basement membrane | hormone secretion | exocytosis of proteins
Glycolysis takes place in the | cytosol | mitochondrial matrix | inner mitochondrial membrane | nucleus
The net ATP yield of glycolysis per molecule of glucose is | 2 ATP | 4 ATP | 36 ATP | 0 ATP
The final electron acceptor in aerobic respiration is | oxygen | NAD+ | pyruvate | carbon dioxide
Photosystem II replaces its lost electrons by splitting water, which releases | oxygen | carbon dioxide | glucose | NADPH
Which enzyme fixes CO2 in the Calvin cycle? | RuBisCO | ATP synthase | hexokinase | DNA polymerase
Which of these organelles is surrounded by a double membrane? | the chloroplast | the ribosome | the lysosome | the centriole
Receptor-mediated endocytosis is used by cells to take up | specific molecules such as LDL cholesterol | ions through channels | water through aquaporins | gases by diffusion
## molecular biology
Which enzyme unwinds the DNA double helix at the replication fork? | helicase | ligase | primase | telomerase
In eukaryotes, a 5' cap and a poly-A tail are added to | pre-mRNA | tRNA | DNA | rRNA only
Introns are removed from pre-mRNA by the | spliceosome | ribosome | proteasome | Golgi apparatus
The codon AUG codes for | methionine and serves as the start codon | a stop signal | tryptophan | leucine
Which RNA polymerase transcribes most protein-coding genes in eukaryotes? | RNA polymerase II | RNA polymerase I | RNA polymerase III | DNA polymerase delta
Telomerase is best described as a | reverse transcriptase that extends chromosome ends | protease | restriction enzyme | helicase
A frameshift mutation is caused by | inserting or deleting a number of bases that is not a multiple of three | substituting one base | inverting a chromosome segment | methylating cytosine
Which promoter element is commonly found about 25-30 bp upstream of many eukaryotic genes? | TATA box | Shine-Dalgarno sequence | poly-A signal | stop codon
Methylation of CpG islands in a promoter is usually associated with | gene silencing | increased transcription | faster replication | alternative splicing
microRNAs regulate gene expression mainly by | pairing with target mRNAs to block translation or trigger decay | coding for small proteins | editing genomic DNA | forming ribosomes
The semi-conservative model of DNA replication was confirmed by | Meselson and Stahl | Hershey and Chase | Griffith | Miller and Urey
Which experiment showed that DNA, not protein, is the genetic material of phage T2? | Hershey-Chase | Meselson-Stahl | Luria-Delbruck | Beadle-Tatum
DNA polymerase can only add nucleotides to | the 3' end of a growing strand | the 5' end of a growing strand | either end equally | RNA templates
Which bond links nucleotides within one DNA strand? | phosphodiester bonds | peptide bonds | glycosidic bonds between bases | hydrogen bonds
The wobble hypothesis explains why | one tRNA can recognise more than one codon | ribosomes slide along DNA | introns are spliced | proteins fold
## genetics
A testcross mates an individual of unknown genotype with | a homozygous recessive individual | a heterozygote | a homozygous dominant individual | an F1 hybrid
For two linked genes, the recombination frequency is | less than 50% | exactly 50% | greater than 50% | always zero
A red snapdragon crossed with a white one gives all pink offspring. This is | incomplete dominance | codominance | epistasis | pleiotropy
The ABO blood group system shows | codominance and multiple alleles | incomplete dominance only | X-linkage | polygenic inheritance only
Epistasis occurs when | one gene masks or modifies the effect of another gene | one gene affects many traits | both alleles are expressed | a gene lies on the X chromosome
Nondisjunction during meiosis can produce | aneuploid gametes | point mutations | crossing over | identical twins
Which is NOT an assumption of Hardy-Weinberg equilibrium? | strong natural selection | a very large population | random mating | no migration
Sickle cell disease results from | a single base substitution in the beta-globin gene | a trinucleotide repeat expansion | a large chromosomal deletion | an extra chromosome
Klinefelter syndrome is associated with the karyotype | 47,XXY | 45,X | 47,XYY | 47,XX,+21
Phenylketonuria is managed mainly by | a diet low in phenylalanine | antibiotics | insulin injections | bone marrow transplant
Penetrance refers to | the proportion of individuals with a genotype who actually show the phenotype | how severe a trait is | the number of alleles at a locus | the mutation rate
A LOD score above 3 is usually taken as | significant evidence of linkage | evidence against linkage | proof of independent assortment | evidence of a new mutation
Inherited BRCA1 mutations mainly increase the risk of | breast and ovarian cancer | cystic fibrosis | haemophilia | Marfan syndrome
Marfan syndrome is caused by mutations in the gene for | fibrillin-1 | dystrophin | CFTR | huntingtin
Duchenne muscular dystrophy is inherited as | X-linked recessive | autosomal dominant | autosomal recessive | mitochondrial
Pleiotropy means | a single gene influences several phenotypic traits | several genes influence one trait | two alleles are both expressed | a trait skips generations
Which pattern suggests mitochondrial inheritance in a pedigree? | affected mothers pass the trait to all their children, affected fathers to none | only males are affected | every generation shows 3:1 ratios | affected fathers pass it to all sons
A Barr body is | an inactivated X chromosome in female mammalian cells | an extra Y chromosome | a nucleolus | a centromere
A Robertsonian translocation involves | fusion of two acrocentric chromosomes at their centromeres | loss of a telomere | a point mutation | a duplicated gene
## microbiology
Gram-positive bacteria stain purple because they have | a thick peptidoglycan layer | an outer membrane | no cell wall | a capsule of cellulose
Bacterial conjugation transfers DNA through | a pilus connecting two cells | a bacteriophage | uptake of free DNA | spores
Bacterial transformation is | uptake of naked DNA from the environment | gene transfer by a virus | DNA transfer through cell contact | division by binary fission
Endospores allow certain bacteria to | survive harsh conditions such as heat and drying | swim toward nutrients | photosynthesise | reproduce sexually
Which structure is found in prokaryotes but not eukaryotes? | a nucleoid | mitochondria | endoplasmic reticulum | a nuclear envelope
Penicillin works by | inhibiting bacterial cell wall synthesis | blocking 80S ribosomes | damaging human DNA | dissolving fungal membranes
During the lag phase of bacterial growth, cells | adjust to the new medium with little division | divide at the maximum rate | run out of nutrients | die off rapidly
Koch's postulates are used to | link a specific microbe to a specific disease | classify bacteria by shape | measure antibiotic sensitivity | stain slides
Facultative anaerobes can | grow with or without oxygen | grow only without oxygen | grow only with oxygen | not be cultured
Which of these is a eukaryotic microorganism? | baker's yeast | Escherichia coli | Staphylococcus aureus | Mycoplasma
Bacteria are grown on agar containing ampicillin after transformation in order to | select cells that took up a plasmid carrying a resistance gene | kill every cell | count viruses | stain the colonies
Cocci, bacilli and spirilla are classifications based on | cell shape | Gram reaction | oxygen requirement | metabolism
The normal gut microbiota benefits the host by | helping digestion and competing with harmful microbes | producing antibodies | making red blood cells | replicating host DNA
## virology
A viral capsid is made of | protein subunits called capsomeres | lipid only | peptidoglycan | cellulose
The genome of a positive-sense RNA virus | can be translated directly by host ribosomes | must first be copied into DNA | is always segmented | cannot make proteins
The lytic cycle of a bacteriophage ends with | lysis of the host cell and release of new virions | integration of phage DNA | dormancy | spore formation
A prophage is | phage DNA integrated into the bacterial chromosome | a free virion | an empty capsid | a defective ribosome
HIV belongs to the family | Retroviridae | Orthomyxoviridae | Herpesviridae | Picornaviridae
Poliovirus and rhinoviruses belong to the family | Picornaviridae | Coronaviridae | Poxviridae | Paramyxoviridae
Antigenic drift in influenza refers to | gradual point mutations in surface proteins | swapping whole gene segments | loss of the envelope | latent infection
Herd immunity protects | unvaccinated people by reducing transmission in the community | only vaccinated people | only the elderly | individual cells from mutation
An mRNA vaccine works by | having cells briefly make a viral protein that trains the immune system | injecting live virus | injecting ready-made antibodies | changing the host genome
Viroids differ from viruses in that they | are short circular RNAs with no protein coat | have a protein capsid | contain DNA | are bacteria
Prions are | misfolded proteins that cause normal proteins to misfold | very small DNA viruses | bacterial toxins | fragments of RNA
HIV primarily infects | CD4+ helper T cells | red blood cells | platelets | neurons only
Measles, mumps and rubella vaccines are examples of | live attenuated vaccines | toxoid vaccines | mRNA vaccines | conjugate vaccines
Why do antibiotics not cure viral infections? | viruses lack the bacterial structures antibiotics target | viruses are too large | antibiotics only work on fungi | viruses are always intracellular in bacteria
The host range of a virus is determined mainly by | which host cell receptors its attachment proteins can bind | its capsid colour | the size of its genome | the temperature of the host
## immunology
Which cells secrete antibodies? | plasma cells | helper T cells | neutrophils | erythrocytes
MHC class I molecules present peptides to | CD8+ cytotoxic T cells | CD4+ helper T cells | B cells | mast cells
Which antibody class appears first in a primary immune response? | IgM | IgG | IgE | IgA
IgE is mainly involved in | allergic responses and defence against parasites | crossing the placenta | activating complement best | mucosal secretions
Passive immunity is acquired by | receiving antibodies made by another individual | receiving a toxoid vaccine | recovering from infection | making memory B cells
Which of the following is part of innate immunity? | neutrophils | memory T cells | plasma cells | vaccine-induced antibodies
Clonal selection theory explains | how lymphocytes whose receptors match an antigen proliferate | how bacteria become resistant | how viruses assemble | how MHC genes are inherited
The complement system can | lyse pathogens by forming membrane attack complexes | secrete antibodies | present antigens on MHC II | make T cell receptors
Why is a booster dose of a vaccine given? | to strengthen and prolong the memory response | because the first dose was defective | to change the antigen | to cure an ongoing infection
Autoimmune diseases arise when | the immune system attacks the body's own tissues | the immune system is absent | a virus infects immune cells only | antibodies are not produced
## evolution and ecology
Genetic drift has its largest effect in | small populations | very large populations | populations with high gene flow | populations at equilibrium
Homologous structures are evidence of | common ancestry | convergent evolution | identical environments | acquired characteristics
The founder effect is a form of | genetic drift | natural selection | gene flow | mutation
Which type of selection favours both extremes of a trait? | disruptive selection | stabilising selection | directional selection | artificial selection
A keystone species | has an effect on its community far larger than its abundance suggests | is always the most abundant species | is always a producer | is always endangered
Roughly what fraction of energy passes from one trophic level to the next? | about 10% | about 50% | about 90% | 100%
Mutualism is an interaction in which | both species benefit | one benefits and one is harmed | one benefits and the other is unaffected | both are harmed
Primary succession begins | on bare rock or newly exposed ground with no soil | after a forest fire | in an abandoned field | in a climax community
Carrying capacity is | the largest population an environment can sustain | the birth rate | total producer biomass | the number of species present
Nitrogen-fixing bacteria convert | atmospheric N2 into ammonia | nitrate into N2 | ammonia directly into proteins | CO2 into sugar
Which reproductive barrier is prezygotic? | breeding in different seasons | hybrid sterility | hybrid inviability | hybrid breakdown
Analogous structures such as bird wings and insect wings arise through | convergent evolution | common descent | genetic drift | gene flow
A population grows exponentially when | resources are unlimited | it has reached carrying capacity | deaths exceed births | immigration stops
Biomagnification means that | persistent chemicals become more concentrated at higher trophic levels | producers store more energy | predators eat more plants | populations grow faster
## physiology
Most glucose is reabsorbed in which part of the nephron? | the proximal convoluted tubule | the collecting duct | the loop of Henle | the glomerulus
Which hormone lowers blood glucose? | insulin | glucagon | cortisol | adrenaline
The rising phase of an action potential is caused by | sodium ions flowing into the neuron | potassium ions flowing out | chloride flowing in | calcium being pumped out
Gas exchange in the lungs takes place in the | alveoli | bronchi | trachea | pleural cavity
Which chamber of the heart pumps oxygenated blood into the aorta? | left ventricle | right ventricle | left atrium | right atrium
Antidiuretic hormone increases | water reabsorption in the collecting ducts | sodium excretion | urine volume | the filtration rate
Stomata open when guard cells | take up water and become turgid | lose water | die | stop photosynthesising
Phototropism in shoots is caused by auxin | promoting cell elongation on the shaded side | killing cells on the lit side | increasing chlorophyll | closing stomata
In skeletal muscle contraction, calcium ions bind to | troponin | myosin heads directly | actin filaments only | tropomyosin only
Xylem in vascular plants transports | water and dissolved minerals from the roots | sugars from the leaves | hormones only | gases
## biotechnology
During the annealing step of PCR | primers bind to the single-stranded template | the strands separate | the polymerase extends new strands | the product is visualised
Taq polymerase is used in PCR because it | remains active at high temperatures | needs no primers | copies RNA directly | works only at room temperature
DNA migrates toward the positive electrode in gel electrophoresis because it | is negatively charged | is positively charged | is hydrophobic | floats in the gel
Restriction enzymes cut DNA | at specific recognition sequences | at random sites | only at telomeres | only in RNA
In CRISPR-Cas9 editing, the guide RNA | directs Cas9 to the target sequence | cuts the DNA | repairs the break | replaces the promoter
Blue-white screening identifies colonies that | carry a plasmid with an insert that disrupts lacZ | have no plasmid | are antibiotic sensitive | express GFP
RT-PCR starts from | RNA, which is first copied into cDNA | protein | genomic DNA only | lipids
An ELISA is used to detect | specific proteins or antibodies | specific DNA sequences by hybridisation | cell size | membrane voltage
A Southern blot detects | specific DNA sequences | specific proteins | carbohydrates | lipids
qPCR measures the amount of starting DNA by | monitoring fluorescence at every cycle | counting gel bands by eye | weighing the product | measuring turbidity
In a Western blot, proteins are separated by | SDS-PAGE according to size | charge only on agarose | hybridisation to probes | PCR
Which enzyme is used to join a DNA insert into a cut plasmid? | DNA ligase | reverse transcriptase | RNA polymerase | helicase
"""

BIO_SHORT = r"""
## cell biology
Compare mitosis and meiosis in terms of number of divisions, daughter cells produced and genetic variation.
Describe the fluid mosaic model of the plasma membrane.
Explain how the electron transport chain builds a proton gradient and how ATP synthase uses it.
What is the endosymbiotic theory and what evidence supports it?
Outline the light-dependent reactions of photosynthesis.
Why are most cells small? Explain using the surface-area-to-volume ratio.
Describe the roles of cyclins and cyclin-dependent kinases in controlling the cell cycle.
Explain the difference between active and passive transport, with one example of each.
Describe how a protein destined for secretion travels from the ribosome to outside the cell.
## molecular biology
Describe the stages of translation from initiation to termination.
State the central dogma of molecular biology and name one exception to it.
Explain how the lac operon is regulated when lactose is present and glucose is absent.
Why is DNA replication described as semi-conservative?
Explain alternative splicing and why it increases protein diversity.
What are epigenetic modifications? Give two examples.
Describe the roles of mRNA, tRNA and rRNA in protein synthesis.
Explain why the lagging strand is synthesised discontinuously.
## genetics
Explain Mendel's law of independent assortment and when it does not hold.
A woman with normal colour vision whose father was colour-blind has children with a man with normal vision. What proportion of their sons are expected to be colour-blind? Show your reasoning.
How does crossing over during prophase I increase genetic variation?
Distinguish between missense, nonsense and silent mutations.
What is genomic imprinting? Give one disorder associated with it.
Why are X-linked recessive conditions more common in males?
How would you tell autosomal recessive inheritance from X-linked recessive inheritance in a pedigree?
What is a polygenic trait? Give two human examples.
Explain how recombination frequencies are used to build a genetic linkage map.
Two parents are both carriers of cystic fibrosis. What should a genetic counsellor tell them about the risk to each pregnancy?
What is mosaicism and how can it arise?
Explain the difference between genotype and phenotype, and why the same genotype can give different phenotypes.
## microbiology
Describe the steps of a Gram stain and what each reagent does.
Explain three ways bacteria become resistant to antibiotics.
What is horizontal gene transfer? Describe its three main mechanisms.
Sketch and label the phases of a bacterial growth curve and explain what happens in each.
Compare the cell structure of bacteria and fungi.
Why are microorganisms essential to the nitrogen cycle?
## virology
Describe the general stages of a viral replication cycle from attachment to release.
Compare the lytic and lysogenic cycles of bacteriophages.
Explain how antigenic shift can lead to a pandemic strain of influenza.
How do live attenuated and inactivated vaccines differ in how they work and in their risks?
Explain how a retrovirus integrates its genome into a host cell.
Why has it been harder to develop an HIV vaccine than a measles vaccine?
What is the basic reproduction number R0, and what happens to an outbreak when R0 falls below 1?
Why are viruses often described as being on the edge of life?
## immunology
Compare humoral and cell-mediated immunity.
Explain how vaccination produces immunological memory.
Describe the structure of an antibody and the function of its variable regions.
What is the difference between innate and adaptive immunity?
How do developing T cells learn to tolerate self-antigens in the thymus?
Explain the primary and secondary immune responses using a graph of antibody levels over time.
## evolution and ecology
Explain the four main mechanisms of evolutionary change.
Describe how the spread of antibiotic resistance illustrates natural selection.
What is a cladogram and how is one constructed?
Compare r-selected and K-selected species.
Describe the carbon cycle and how human activity is changing it.
How do allopatric and sympatric speciation differ?
What are the main drivers of biodiversity loss?
Explain why energy pyramids are always upright but biomass pyramids can be inverted.
## physiology
Describe how the kidney regulates the body's water balance.
Explain the role of the sodium-potassium pump in maintaining the resting membrane potential.
Trace the path of blood through the heart and lungs.
How does negative feedback regulate body temperature?
Explain how oxygen is carried in the blood and what the oxygen dissociation curve shows.
Explain how water moves from the roots to the leaves of a tall tree.
## biotechnology
Describe the three temperature steps of a PCR cycle and what happens at each.
Describe how you would clone a gene into a plasmid and select transformed bacteria.
Explain how CRISPR-Cas9 makes a targeted double-strand break and how cells repair it.
What is the difference between Southern, Northern and Western blots?
Explain how gel electrophoresis separates DNA fragments by size.
What controls would you include in a PCR experiment, and why?
Why is GFP useful as a reporter gene?
Explain the principle of Sanger sequencing.
"""

BIO_TF = r"""
## cell biology
T|Ribosomes are found in both prokaryotic and eukaryotic cells.
F|Mitochondria contain no DNA of their own.
T|Photosynthesis produces oxygen as a by-product.
F|Enzymes are used up in the reactions they catalyse.
F|The Calvin cycle needs direct light to run.
## molecular biology
T|Reverse transcriptase makes DNA from an RNA template.
F|Introns are translated into protein.
T|Helicase breaks the hydrogen bonds between base pairs.
F|DNA polymerase can start a new strand without a primer.
## genetics
T|Meiosis produces haploid cells.
F|Every mutation is harmful.
T|Hardy-Weinberg equilibrium assumes no natural selection.
F|Crossing over normally happens during mitosis.
F|Dominant alleles are always the most common in a population.
T|Down syndrome is usually caused by nondisjunction.
T|In codominance, both alleles are fully expressed in the heterozygote.
F|Y-linked traits are passed from fathers to daughters.
T|A karyotype can reveal an extra chromosome.
## microbiology
F|Antibiotics are effective against viral infections.
T|Gram-negative bacteria have an outer membrane.
F|All bacteria are harmful to humans.
## virology
F|Viruses can reproduce outside a host cell.
T|mRNA vaccines do not alter the recipient's DNA.
T|Prions contain no nucleic acid.
T|In the lysogenic cycle, phage DNA integrates into the host chromosome.
T|Herd immunity can protect people who cannot be vaccinated.
## immunology
F|Plasma cells are part of the innate immune system.
T|Memory cells allow a faster response on second exposure to an antigen.
## evolution and ecology
F|Genetic drift is strongest in large populations.
T|Natural selection acts on phenotypes.
F|Individuals evolve during their lifetimes by natural selection.
## physiology
T|Insulin is secreted by beta cells of the pancreas.
F|Arteries always carry oxygenated blood.
## biotechnology
F|Taq polymerase is destroyed at 95 °C.
T|Restriction enzymes are naturally found in bacteria.
"""

BIO_FILL = r"""
## molecular biology
The enzyme ___ seals the nicks between Okazaki fragments.
___ is the process in which an mRNA is made from a DNA template.
Protein synthesis takes place on ___.
## cell biology
The ___ is the region of a chromosome where sister chromatids are joined.
Most ATP in a eukaryotic cell is made in the ___.
## genetics
In the Hardy-Weinberg equation, q² is the frequency of ___ individuals.
During ___, homologous chromosomes exchange segments.
Individuals who carry one copy of a recessive disease allele without symptoms are called ___.
Mendel carried out his classic experiments on the garden ___.
A change in a single nucleotide is called a ___ mutation.
## microbiology
Bacteria that keep the crystal violet stain in a Gram stain are called Gram-___.
## virology
A virus that infects bacteria is called a ___.
The ___ cycle of a phage ends with the host cell bursting open.
The protein shell that surrounds a viral genome is the ___.
## immunology
Antibodies are secreted by ___ cells, which develop from B lymphocytes.
## evolution and ecology
The total set of alleles in a population is its ___.
Organisms that break down dead organic matter are called ___.
___ selection favours intermediate phenotypes and reduces variation.
The ___ effect happens when a few individuals found a new population with reduced genetic diversity.
## physiology
The hormone ___ stimulates the liver to release glucose into the blood.
## biotechnology
In PCR, short single-stranded sequences called ___ define the region to be copied.
Cas9 is directed to its target site by a ___ RNA.
"""

BIO_ROMAN = r"""
## cell biology
Which structures are found in both plant and animal cells? | mitochondria | chloroplasts | ribosomes | I and III only
Which are products of the light-dependent reactions? | ATP | NADPH | glucose | I and II only
Which are hallmarks of cancer cells? | loss of contact inhibition | evasion of apoptosis | slower division than normal cells | I and II only
## microbiology
Which are mechanisms of horizontal gene transfer in bacteria? | transformation | transduction | binary fission | I and II only
## virology
Which statements about enveloped viruses are true? | the envelope comes from host cell membranes | they are generally sensitive to detergents | they contain no proteins | I and II only
## genetics
Which are features of X-linked recessive inheritance? | more affected males than females | no father-to-son transmission | affected fathers always pass it to their sons | I and II only
Which would disturb Hardy-Weinberg equilibrium? | migration | non-random mating | a very large population | I and II only
Which of the following are true of meiosis? | it produces four cells | it includes crossing over | its daughter cells are genetically identical | I and II only
## biotechnology
Which are required for a PCR reaction? | template DNA | primers | a restriction enzyme | I and II only
## immunology
Which cells belong to the adaptive immune system? | B cells | T cells | neutrophils | I and II only
"""

BIO_PASSAGE = r"""
## genetics
In a family, a man and a woman who are both unaffected have three children. Their second child, a daughter, has a rare condition. Neither parent's families have any history of the condition. || What is the most likely mode of inheritance, and what is the chance that their next child will be affected?
A population of 1,000 moths contains 160 dark moths (genotype dd is light, D is dominant dark) and 840 light moths. || Assuming Hardy-Weinberg equilibrium, estimate the frequencies of the D and d alleles and the number of heterozygous moths. Show your working.
## virology
Researchers studying a new respiratory virus find that it has a lipid envelope, a single-stranded positive-sense RNA genome, and enters cells after binding to a surface enzyme on airway cells. || Which features of this virus would you expect to affect how easily it is inactivated by soap, and which protein would be the most obvious target for a vaccine? Explain.
## ecology
On an island, wolves were introduced in the 1950s. Over the next 30 years the moose population fell, the number of young balsam fir trees increased, and beaver populations grew along streams. || Use the concept of a trophic cascade to explain these observations.
## biotechnology
A student runs a PCR to amplify a 500 bp gene from bacterial DNA. The gel shows a strong band at 500 bp in the sample lane, but also a faint band at 500 bp in the no-template control lane. || What does the band in the control lane suggest, and what should the student do next?
## cell biology
A biologist places slices of potato in sucrose solutions of different concentrations and measures their change in mass after 24 hours. Slices in 0.0 M and 0.1 M solutions gain mass; slices in 0.4 M and above lose mass. || Explain these results in terms of water potential and estimate the concentration at which the potato tissue is isotonic.
## evolution
Darwin's finches on the Galapagos islands show different beak shapes. During a drought, only large, hard seeds were available and the average beak depth of the medium ground finch increased in the next generation. || Which type of selection does this describe, and why did the change appear in the next generation rather than in the surviving adults?
## immunology
A patient receives a tetanus vaccine as a child and a booster ten years later. Blood tests show antibody levels rise much faster and higher after the booster than after the first dose. || Explain the difference using the concepts of primary and secondary immune responses.
"""


# =============================================================================================
# CHEMISTRY
# =============================================================================================

CHEM_MCQ = r"""
## stoichiometry
How many moles of O2 are needed to burn 2 mol of CH4 completely? | 4 mol | 2 mol | 1 mol | 8 mol
Which quantity is the same for one mole of any substance? | the number of particles | the mass | the volume as a liquid | the density
The limiting reagent in a reaction is the one that | is used up first | has the greatest mass | acts as the catalyst | has the largest molar mass
Molarity is defined as | moles of solute per litre of solution | moles of solute per kilogram of solvent | grams of solute per litre | mass percent
What is the empirical formula of glucose, C6H12O6? | CH2O | C6H12O6 | C2H4O2 | CHO
Percent yield equals | actual yield divided by theoretical yield, times 100 | theoretical yield divided by actual yield | mass of product over mass of reactants | always 100%
In the balanced equation 2H2 + O2 -> 2H2O, the mole ratio of H2 to H2O is | 1:1 | 2:1 | 1:2 | 4:1
Molality differs from molarity because it uses | kilograms of solvent instead of litres of solution | grams of solute | moles of solvent | volume of solute
## gas laws
At constant temperature, doubling the pressure on a fixed amount of gas | halves its volume | doubles its volume | leaves it unchanged | quadruples it
At STP, one mole of an ideal gas occupies about | 22.4 L | 1.0 L | 8.31 L | 0.0821 L
Charles's law relates | volume and absolute temperature at constant pressure | pressure and volume at constant temperature | moles and volume | density and mass
Real gases deviate most from ideal behaviour at | high pressure and low temperature | low pressure and high temperature | standard conditions | zero pressure
Dalton's law says the total pressure of a gas mixture equals | the sum of the partial pressures | the largest partial pressure | the average partial pressure | the product of the partial pressures
According to Graham's law, lighter gas molecules | effuse faster | effuse more slowly | do not effuse | effuse at the same rate as heavy ones
The van der Waals constant a corrects for | attractions between gas molecules | the volume of the molecules | temperature errors | the container shape
## equilibrium
If Q < K, a reaction will | proceed forward toward products | proceed in reverse | already be at equilibrium | stop
Adding a catalyst to a system at equilibrium | does not change the equilibrium composition | shifts it toward products | shifts it toward reactants | changes the value of K
The solubility of AgCl decreases when NaCl is added because of | the common ion effect | complex ion formation | an increase in Ksp | hydrolysis
For an exothermic reaction at equilibrium, raising the temperature | shifts the equilibrium toward reactants | shifts it toward products | has no effect | increases K
The equilibrium constant expression does not include | pure solids and pure liquids | gases | aqueous ions | products
## acids and bases
A buffer solution is made from | a weak acid and its conjugate base | a strong acid and a strong base | pure water | a metal and a salt
In the Brønsted-Lowry definition, a base is | a proton acceptor | a proton donor | an electron pair acceptor | a hydroxide donor only
A Lewis acid is | an electron pair acceptor | an electron pair donor | a proton acceptor | a hydroxide donor
The pKa of a weak acid equals the pH | at the half-equivalence point of a titration | at the start of a titration | at the equivalence point | only when the solution is neutral
The Henderson-Hasselbalch equation is used to find | the pH of a buffer | a reaction rate | a cell potential | a boiling point
At 25 °C, the ion product of water, Kw, is | 1.0 x 10^-14 | 1.0 x 10^-7 | 14 | 7
Which salt gives a basic solution when dissolved in water? | sodium acetate | sodium chloride | ammonium chloride | potassium nitrate
An indicator for a titration is chosen so that its colour change | falls near the equivalence point pH | is always at pH 7 | happens before titrant is added | does not depend on pH
The conjugate acid of NH3 is | NH4+ | NH2- | N2H4 | HNO3
Which is the weakest acid? | HCN (Ka about 6 x 10^-10) | HF | HCl | HNO3
## thermochemistry
An exothermic reaction has | a negative ΔH | a positive ΔH | ΔH of zero | a positive ΔG in all cases
Hess's law states that the enthalpy change of a reaction | does not depend on the route taken | depends on the catalyst | equals the activation energy | is always negative
Gibbs free energy is related to enthalpy and entropy by | ΔG = ΔH - TΔS | ΔG = ΔH + TΔS | ΔG = TΔS - ΔH | ΔG = ΔH / T
Entropy usually increases when | a solid dissolves in water | a gas condenses | water freezes | two gas molecules combine into one
Specific heat capacity is the energy needed to raise the temperature of | 1 g of a substance by 1 °C | 1 mol by 100 °C | 1 L by 1 K | any amount by 1 °C
The standard enthalpy of formation of an element in its standard state is | zero | always positive | always negative | equal to its bond energy
A reaction with positive ΔH and positive ΔS is spontaneous | only at high temperatures | at all temperatures | only at low temperatures | never
## kinetics
A catalyst speeds up a reaction by | providing a path with lower activation energy | raising the temperature | increasing ΔH | shifting equilibrium
The units of a first-order rate constant are | s^-1 | M s^-1 | M^-1 s^-1 | unitless
The half-life of a first-order reaction | does not depend on the starting concentration | doubles when the concentration halves | depends on the square of concentration | is always one minute
The Arrhenius equation relates the rate constant to | temperature and activation energy | pressure and volume | concentration only | pH
For a zero-order reaction, a plot of [A] versus time is | a straight line with negative slope | an exponential decay | a parabola | a horizontal line
The rate-determining step of a mechanism is | the slowest step | the fastest step | the first step always | the last step always
## electrochemistry
In a galvanic cell, oxidation takes place at the | anode | cathode | salt bridge | voltmeter
The purpose of a salt bridge is to | keep each half-cell electrically neutral | supply electrons | act as the cathode | raise the voltage
A positive standard cell potential indicates the reaction is | spontaneous under standard conditions | non-spontaneous | at equilibrium | endothermic
The oxidation number of Mn in KMnO4 is | +7 | +2 | +4 | -1
In the electrolysis of molten NaCl, sodium metal forms at the | cathode | anode | salt bridge | both electrodes
The Nernst equation relates cell potential to | the concentrations of the species involved | temperature only | electrode mass | electrode surface area
In Zn + Cu2+ -> Zn2+ + Cu, the reducing agent is | Zn | Cu2+ | Zn2+ | Cu
The Faraday constant is | the charge on one mole of electrons | the charge on one electron | the voltage of a standard cell | the mass deposited per coulomb
Rusting of iron is an example of | an electrochemical oxidation | a neutralisation | a precipitation | a nuclear reaction
## atomic structure and periodicity
Atomic radius generally decreases | from left to right across a period | down a group | as shells are added | only for noble gases
Which element has the highest first ionisation energy? | helium | sodium | caesium | iron
Isotopes of an element differ in their number of | neutrons | protons | electrons in the neutral atom | valence electrons
The ground-state electron configuration of oxygen is | 1s2 2s2 2p4 | 1s2 2s2 2p6 | 1s2 2s2 2p2 | 1s2 2p6
Hund's rule states that electrons | fill degenerate orbitals singly before pairing | always pair first | fill higher energy levels first | share the same spin in one orbital
The Pauli exclusion principle says that | no two electrons in an atom can have the same four quantum numbers | electrons fill the lowest levels first | each orbital holds three electrons | electrons cannot be excited
The halogens are found in | group 17 | group 1 | group 2 | group 18
Many transition metal compounds are coloured because of | d-d electron transitions | their high density | full s orbitals | purely ionic bonding
Which ion has the same electron configuration as neon? | Na+ | K+ | Cl- | Ca2+
## bonding and structure
What is the molecular shape of water? | bent | linear | trigonal planar | tetrahedral with no lone pairs
Which molecule is nonpolar even though its bonds are polar? | CO2 | H2O | NH3 | HCl
Which intermolecular force explains water's unusually high boiling point? | hydrogen bonding | London dispersion forces only | ionic bonding | metallic bonding
SF6 has which electron-domain geometry? | octahedral | trigonal bipyramidal | tetrahedral | square pyramidal
The bond angle in an ideal tetrahedral molecule is about | 109.5° | 90° | 120° | 180°
The bond order of O2 according to molecular orbital theory is | 2 | 1 | 3 | 2.5
Which solid conducts electricity when molten but not when solid? | sodium chloride | copper | diamond | iodine
A sigma bond is formed by | head-on overlap of orbitals | sideways overlap of p orbitals | complete electron transfer | delocalised electrons only
The molecular geometry of XeF4 is | square planar | tetrahedral | seesaw | octahedral
Resonance structures differ only in | the placement of electrons | the placement of atoms | the number of electrons | the molecular formula
O2 is paramagnetic because | it has two unpaired electrons in antibonding π* orbitals | it has a triple bond | all of its electrons are paired | it is a polar molecule
## organic chemistry
Which functional group does ethanol contain? | hydroxyl | carbonyl | carboxyl | amine
An SN1 reaction proceeds through | a carbocation intermediate | a single concerted step | a radical chain | a carbanion
In the addition of HBr to propene (no peroxides), the hydrogen adds to | the carbon that already has more hydrogens | the carbon with fewer hydrogens | both carbons equally | the methyl carbon
A Grignard reagent is | an organomagnesium halide | an organolithium compound | sodium borohydride | a peroxide
The Diels-Alder reaction is a | [4+2] cycloaddition | [2+2] cycloaddition | nucleophilic substitution | free-radical addition
A molecule that cannot be superimposed on its mirror image is | chiral | achiral | meso | planar
Primary alcohols can be oxidised first to aldehydes and then to | carboxylic acids | alkanes | ethers | alkenes
Which of these compounds is an ester? | ethyl acetate | acetic acid | acetone | diethyl ether
An E2 elimination requires the leaving group and the β-hydrogen to be | anti-periplanar | syn-clinal | on different molecules | both equatorial on benzene
Benzene prefers substitution to addition because | substitution preserves the aromatic ring | it has no π electrons | it is saturated | it is very polar
Which substituent is meta-directing in electrophilic aromatic substitution? | -NO2 | -OCH3 | -CH3 | -OH
The Wittig reaction converts a ketone into | an alkene | an alcohol | an ester | an amine
A racemic mixture | contains equal amounts of two enantiomers | strongly rotates plane-polarised light | is optically pure | is a meso compound
Which reagent reduces an ester to a primary alcohol? | LiAlH4 | NaBH4 in ethanol at room temperature | water | KMnO4
What is the IUPAC name of CH3CH2CH2OH? | propan-1-ol | propan-2-ol | propanal | propanone
Tertiary alkyl halides react with weak nucleophiles mainly by | SN1 | SN2 | neither, they are inert | radical substitution
An aldol reaction forms a new | carbon-carbon bond | carbon-nitrogen bond | peptide bond | ether linkage
Which compound would give a positive Tollens' (silver mirror) test? | an aldehyde | a ketone | an alkane | an ether
Amides are formed from carboxylic acid derivatives and | amines | alcohols | alkenes | alkyl halides
## spectroscopy and analytical chemistry
A broad IR absorption around 3300 cm^-1 most likely indicates | an O-H group | a C=O group | a C≡N group | an aromatic ring
A strong, sharp IR peak near 1715 cm^-1 suggests | a carbonyl group | an alcohol | an alkane C-H stretch | a C≡C bond
In 1H NMR, a signal split into a triplet has | two neighbouring hydrogens | one neighbouring hydrogen | three neighbouring hydrogens | no neighbours
Tetramethylsilane (TMS) is used in NMR as | the 0 ppm reference | the solvent | a shift reagent | a catalyst
A mass spectrum with an M+2 peak about one-third the height of M suggests | one chlorine atom | one bromine atom | one nitrogen atom | two oxygen atoms
The molecular ion peak in a mass spectrum gives | the molar mass of the compound | the number of carbons | the functional groups | the melting point
The Beer-Lambert law states that absorbance is proportional to | concentration and path length | temperature | wavelength only | molar mass
In thin-layer chromatography, the Rf value is | distance moved by the spot divided by distance moved by the solvent front | solvent distance divided by spot distance | retention time in minutes | the mass of the spot
Aldehyde protons appear in 1H NMR at about | 9-10 ppm | 1 ppm | 3.5 ppm | 5 ppm
UV-Vis spectroscopy is most informative for molecules with | conjugated π systems | only C-C single bonds | no electrons | ionic lattices only
A primary standard used in titrations should be | pure, stable and of accurately known composition | hygroscopic | volatile | coloured
In gas chromatography, compounds are separated mainly by | their partitioning between a mobile gas and a stationary phase | their colour | their charge in a magnetic field | their solubility in water
## quantum chemistry
The energy of a photon is given by | E = hν | E = mc | E = h/λ² | E = kT
For a particle in a one-dimensional box, the energy levels are proportional to | n² | n | 1/n | n³
The square of the wavefunction gives | the probability density | the energy | the momentum | the charge
A subshell with l = 2 contains how many orbitals? | 5 | 3 | 7 | 1
Which principle says position and momentum cannot both be known exactly? | the Heisenberg uncertainty principle | the Aufbau principle | the Pauli exclusion principle | Hund's rule
The Born-Oppenheimer approximation separates | nuclear and electronic motion | spin and orbital motion | s and p orbitals | kinetic and potential energy
The Hartree-Fock method approximates the many-electron wavefunction as | a single Slater determinant | a sum of plane waves | a classical point charge | a harmonic oscillator
Zero-point energy exists because | a quantum harmonic oscillator cannot have zero vibrational energy | molecules stop moving at 0 K | electrons have no mass | light has no momentum
"""

CHEM_SHORT = r"""
## general chemistry
Balance the equation Fe + O2 -> Fe2O3 and state the mole ratio of iron to iron(III) oxide.
Balance C3H8 + O2 -> CO2 + H2O and give the ratio of O2 consumed to CO2 produced.
Explain why ionic compounds tend to have high melting points.
Describe and explain the trend in first ionisation energy across period 3.
Why are the noble gases so unreactive?
Draw the Lewis structure of the nitrate ion and explain what resonance means here.
Use VSEPR theory to predict the shapes of PCl5 and ClF3.
Explain the difference between intramolecular and intermolecular forces, with examples.
Why does ice float on liquid water?
What is the difference between a strong acid and a concentrated acid?
Explain how a buffer resists a change in pH when a small amount of acid is added.
Use Le Chatelier's principle to explain what happens to the Haber process equilibrium when the temperature is raised.
Sketch the titration curve for a weak acid titrated with a strong base and label the equivalence and half-equivalence points.
Use collision theory to explain why reaction rates increase with temperature.
Sketch an energy profile for an exothermic reaction with and without a catalyst and label the activation energies.
What is the difference between enthalpy and entropy?
Dissolving ammonium nitrate in water is spontaneous but makes the solution cold. Explain the signs of ΔH, ΔS and ΔG.
Explain what happens at each electrode in a Daniell cell.
Assign oxidation numbers to every element in H2SO4 and in Cr2O7^2-.
Compare galvanic and electrolytic cells.
Explain why many transition metal complexes are coloured, using crystal field theory.
What is the coordination number of copper in [Cu(NH3)4]2+, and what shape does the complex have?
What are colligative properties? Give two examples.
Why does adding salt raise the boiling point of water?
Explain why the boiling points of the hydrogen halides increase from HCl to HI but HF is anomalously high.
Explain the difference between accuracy and precision, using titration results as an example.
## organic chemistry
Draw the mechanism of the SN2 reaction between hydroxide and bromomethane and explain the stereochemical outcome.
Compare SN1 and SN2 reactions in terms of rate law, stereochemistry and preferred substrates.
State Zaitsev's rule and illustrate it with the elimination of HBr from 2-bromobutane.
Give the IUPAC name of CH3CH(CH3)CH2CH3.
What is the difference between structural isomers and stereoisomers?
Draw and name all the structural isomers of C4H10.
Explain why carboxylic acids are more acidic than alcohols.
Describe the mechanism of the bromination of benzene with FeBr3.
How would you distinguish an aldehyde from a ketone using Tollens' reagent?
Outline the mechanism of Fischer esterification.
What makes a carbon atom a chiral centre? Give an example of a chiral molecule.
Why are tertiary carbocations more stable than primary ones?
Predict the products of ozonolysis of 2-methylbut-2-ene followed by a reductive workup.
What is a protecting group and why would you use one in a multistep synthesis?
Explain kinetic versus thermodynamic control using HBr addition to 1,3-butadiene.
Describe how a Grignard reagent reacts with a ketone and what forms after acidic workup.
Explain the idea of retrosynthesis with a simple example.
Compare addition and condensation polymerisation, giving one example of each.
Explain the mechanism of a base-catalysed aldol reaction.
## analytical chemistry and spectroscopy
An unknown compound C3H6O shows a strong IR band at 1715 cm^-1 and a single peak in its 1H NMR spectrum. Identify it and explain.
How does the n+1 rule predict splitting patterns in 1H NMR?
How can mass spectrometry tell a chlorine-containing compound from a bromine-containing one?
What information does 13C NMR give that 1H NMR does not?
Describe how you would use a calibration curve and the Beer-Lambert law to find the concentration of a coloured solution.
Explain the principle of gas chromatography.
Why is a primary standard needed in titrimetric analysis? Give an example.
Describe how HPLC separates the components of a mixture.
Explain why the 1H NMR spectrum of ethanol shows three signals and predict their splitting.
## physical and quantum chemistry
Explain the photoelectric effect and why it supports the particle model of light.
List the four quantum numbers and what each one describes.
State the Aufbau principle and give one exception to it.
Describe the particle-in-a-box model and what happens to the spacing of energy levels as the box gets bigger.
Draw the molecular orbital diagram for H2 and explain why He2 does not form.
Explain the difference between an emission spectrum and an absorption spectrum.
What does the third law of thermodynamics say about the entropy of a perfect crystal at 0 K?
"""

CHEM_TF = r"""
## equilibrium
T|Catalysts do not change the equilibrium constant.
F|Adding a catalyst increases the equilibrium yield.
T|At equilibrium, the forward and reverse reaction rates are equal.
F|Increasing the pressure favours the side with more moles of gas.
## acids and bases
F|The pH of 0.1 M acetic acid is 1.
T|A buffer contains a weak acid and its conjugate base.
F|A Lewis base accepts an electron pair.
## general chemistry
T|Noble gases have full valence shells.
F|Ionic compounds conduct electricity in the solid state.
F|Isotopes of an element have different numbers of protons.
F|CO2 is a polar molecule.
T|Hydrogen bonding involves H bonded to N, O or F.
F|Electronegativity increases down a group.
T|The Avogadro constant is about 6.022 x 10^23 per mole.
T|Transition metals can show several oxidation states.
F|Alkanes dissolve readily in water.
## thermochemistry and kinetics
T|Raising the temperature increases the rate of most reactions.
F|Every exothermic reaction is spontaneous.
T|A gas usually has higher entropy than the same substance as a solid.
T|The rate constant k depends on temperature.
F|The half-life of a second-order reaction does not depend on concentration.
## electrochemistry
T|Reduction occurs at the cathode in a galvanic cell.
F|Oxidation is the gain of electrons.
## organic chemistry
T|Benzene is an aromatic compound.
F|SN2 reactions proceed with retention of configuration.
T|Tertiary alcohols resist oxidation by acidified dichromate.
T|Enantiomers have identical boiling points.
T|A meso compound has stereocentres but is achiral.
## spectroscopy
T|A C=O stretch appears around 1700 cm^-1 in an IR spectrum.
F|Mass spectrometry measures the boiling point of a compound.
"""

CHEM_FILL = r"""
## general chemistry
The number of particles in one mole is called ___'s number.
The law stating that mass is neither created nor destroyed in a chemical reaction is the law of conservation of ___.
A solution with pH less than 7 is ___.
In PV = nRT, R is the ___ constant.
___ is the tendency of an atom to attract the shared electrons in a bond.
A molecule with four bonding pairs and no lone pairs around the central atom is ___.
Group 1 elements are called the ___ metals.
A solid turning directly into a gas is called ___.
The hybridisation of carbon in methane is ___.
## acids and bases
The ___ point of a titration is reached when the moles of acid equal the moles of base added.
## thermochemistry and kinetics
A reaction that absorbs heat from its surroundings is ___.
The minimum energy colliding particles need in order to react is the ___ energy.
Removing a product from an equilibrium mixture shifts the equilibrium to the ___.
## electrochemistry
In a redox reaction, the species that is oxidised is the ___ agent.
The ___ constant, about 96,485 C/mol, is the charge on one mole of electrons.
## organic chemistry
Non-superimposable mirror-image molecules are called ___.
The -COOH functional group is called a ___ group.
___'s rule says the more substituted alkene is usually the major product of an elimination.
A reaction in which two molecules join with the loss of water is a ___ reaction.
## spectroscopy
NMR chemical shifts are reported in ___ relative to TMS.
The ___ law relates absorbance to concentration and path length.
## quantum chemistry
When an electron in a hydrogen atom drops from n = 3 to n = 2, the atom ___ a photon.
"""

CHEM_ROMAN = r"""
## kinetics
Which changes increase the rate of a reaction? | raising the temperature | adding a catalyst | lowering reactant concentration | I and II only
Which statements about catalysts are correct? | they lower the activation energy | they are not consumed overall | they change the ΔH of the reaction | I and II only
## bonding
Which molecules are polar? | H2O | NH3 | CH4 | I and II only
Which substances show hydrogen bonding between their molecules? | ethanol | water | methane | I and II only
Which are properties associated with metallic bonding? | delocalised electrons | malleability | brittleness | I and II only
## acids and bases
Which of these are strong acids in water? | HCl | HNO3 | HF | I and II only
## solutions
Which are colligative properties? | boiling point elevation | osmotic pressure | colour | I and II only
## organic chemistry
Which statements are true for an SN2 reaction? | its rate depends on both substrate and nucleophile | it gives inversion of configuration | it goes through a carbocation | I and II only
## equilibrium
Which would shift N2 + 3H2 <=> 2NH3 toward ammonia? | increasing the pressure | removing NH3 as it forms | adding an iron catalyst | I and II only
## thermochemistry
Which quantities are state functions? | enthalpy | entropy | heat | I and II only
"""

CHEM_PASSAGE = r"""
## analytical chemistry
A student titrates 25.0 mL of a sodium hydroxide solution with 0.100 M hydrochloric acid. The indicator changes colour after 18.4 mL, 18.6 mL and 18.5 mL in three trials. || Calculate the concentration of the sodium hydroxide and comment on the precision of the results.
An unknown liquid has molecular formula C4H8O2. Its IR spectrum shows a strong peak at 1740 cm^-1 and no broad peak above 3000 cm^-1. The 1H NMR shows a quartet at 4.1 ppm (2H), a singlet at 2.0 ppm (3H) and a triplet at 1.2 ppm (3H). || Identify the compound and assign each signal.
## equilibrium
In the Haber process, nitrogen and hydrogen react to form ammonia; the forward reaction is exothermic. Industrial plants run at about 450 °C and 200 atm with an iron catalyst, even though lower temperatures would give a higher equilibrium yield. || Explain this choice of temperature and pressure in terms of rate, yield and cost.
## electrochemistry
A galvanic cell is built from a zinc electrode in 1 M Zn2+ and a copper electrode in 1 M Cu2+, joined by a salt bridge of KNO3. The standard reduction potentials are -0.76 V for zinc and +0.34 V for copper. || Identify the anode and cathode, write the overall reaction and calculate the standard cell potential.
## kinetics
In an experiment on the reaction between A and B, doubling [A] while keeping [B] constant doubles the initial rate, while doubling [B] with [A] constant quadruples the rate. || Write the rate law, give the overall order and state the units of k if rates are in M/s.
## organic chemistry
A student treats 2-bromo-2-methylpropane with water and obtains 2-methylpropan-2-ol. When the same substrate is treated with a strong, bulky base, the major product is an alkene. || Name the mechanism in each case and explain why the conditions change the outcome.
## thermochemistry
When 50.0 mL of 1.0 M HCl is mixed with 50.0 mL of 1.0 M NaOH in a coffee-cup calorimeter, the temperature rises from 21.0 °C to 27.7 °C. Assume the solution has a density of 1.00 g/mL and a specific heat of 4.18 J/g·°C. || Calculate the enthalpy of neutralisation per mole of water formed.
"""


# =============================================================================================
# GENERAL (every other subject, with hard negatives)
# =============================================================================================

GEN_MCQ = r"""
## algebra
If 3(x - 2) = 2x + 5, then x equals | 11 | 1 | 7 | -1
The sum of the roots of x^2 - 7x + 10 = 0 is | 7 | 10 | -7 | 5
Which of the following is equivalent to (x^3)(x^4)? | x^7 | x^12 | 2x^7 | x^1
The slope of the line through (1, 2) and (3, 8) is | 3 | 2 | 6 | 1/3
## calculus
The derivative of sin(x) is | cos(x) | -cos(x) | -sin(x) | tan(x)
The integral of 1/x dx is | ln|x| + C | x^2/2 + C | -1/x^2 + C | e^x + C
The limit of (1 + 1/n)^n as n goes to infinity is | e | 1 | infinity | 0
If f'(x) > 0 on an interval, then f is | increasing on that interval | decreasing on that interval | constant | concave down
The radical expression sqrt(50) simplifies to | 5 sqrt(2) | 25 sqrt(2) | 10 sqrt(5) | 2 sqrt(5)
## abstract algebra
The order of the symmetric group S4 is | 24 | 16 | 12 | 4
Every group of prime order is | cyclic | non-abelian | infinite | trivial
A function that is both injective and surjective is | bijective | constant | partial | undefined
The kernel of a group homomorphism is always | a normal subgroup | the whole group | empty | a field
In Z_7, the multiplicative inverse of 3 is | 5 | 4 | 2 | 6
## statistics
Which measure of centre is most resistant to outliers? | the median | the mean | the range | the standard deviation
A p-value of 0.03 with a significance level of 0.05 means you should | reject the null hypothesis | accept the null hypothesis as proven | increase the sample size only | reject the alternative
A Type I error is | rejecting a true null hypothesis | failing to reject a false null hypothesis | a calculation mistake | a biased sample
The correlation coefficient r always lies between | -1 and 1 | 0 and 1 | -infinity and infinity | 0 and 100
In a normal distribution, about what percentage of values lie within one standard deviation of the mean? | 68% | 95% | 99.7% | 50%
## physics
Newton's third law says that for every action there is | an equal and opposite reaction | a proportional acceleration | a change in momentum | a loss of energy
The SI unit of power is the | watt | joule | newton | pascal
Which quantity is a vector? | velocity | speed | mass | temperature
A ball thrown straight up has what acceleration at the top of its path? | 9.8 m/s^2 downward | zero | 9.8 m/s^2 upward | it depends on the mass
Which type of radioactive decay emits a helium nucleus? | alpha decay | beta-minus decay | gamma emission | electron capture
In nuclear fission, a heavy nucleus | splits into lighter nuclei and releases energy | fuses with another nucleus | emits only light | gains protons
The energy released by the Sun comes mainly from | fusion of hydrogen into helium in its core | fission of uranium | chemical burning of gases | gravitational collapse only
A type Ia supernova is thought to result from | a white dwarf exceeding a critical mass | a planet colliding with a star | a black hole evaporating | a comet impact
The first law of thermodynamics is a statement of | conservation of energy | increasing entropy | absolute zero | heat flowing from cold to hot
Which particle is a lepton? | the electron | the proton | the neutron | the pion
Quarks are held together inside protons by | the strong interaction | the weak interaction | gravity | electromagnetism only
The critical mass of a nuclear fuel in a reactor design relates to | sustaining a chain reaction | the reactor's weight | cooling water flow | control rod colour
Light bends when passing from air into glass because | its speed changes | its frequency doubles | it loses photons | glass is magnetic
## astronomy
The Chandrasekhar limit is about | 1.4 solar masses | 14 solar masses | 0.1 solar masses | 100 solar masses
Hubble's law states that distant galaxies recede at speeds | proportional to their distance | inversely proportional to their distance | equal to the speed of light | that are random
A light-year is a unit of | distance | time | brightness | speed
Which planet has the shortest orbital period? | Mercury | Venus | Earth | Neptune
The cosmic microwave background is | leftover radiation from the early universe | radiation from the Sun | emission from the Milky Way's black hole | noise from radio telescopes
## computer science
The worst-case time complexity of binary search is | O(log n) | O(n) | O(n log n) | O(1)
Which data structure works on a last-in, first-out basis? | stack | queue | heap | hash table
In a hash table using separate chaining, collisions are handled by | storing colliding keys in a list at the same bucket | rejecting the new key | doubling the key | encrypting the key
Dijkstra's algorithm finds | shortest paths from a source in a graph with non-negative weights | a minimum spanning tree | strongly connected components | a topological order
Which sorting algorithm has O(n log n) worst-case time? | merge sort | quicksort with a naive pivot | bubble sort | insertion sort
The halting problem is | undecidable | solvable in polynomial time | NP-complete and decidable | trivial for finite automata only
A language accepted by a finite automaton is | regular | context-sensitive only | recursively enumerable but not regular | undecidable
Which layer of the OSI model handles routing between networks? | network layer | data link layer | transport layer | session layer
TCP differs from UDP in that TCP | provides reliable, ordered delivery | has no connection setup | is faster in all cases | does not use ports
How many usable host addresses are in a /24 IPv4 subnet? | 254 | 256 | 255 | 128
Which page replacement algorithm evicts the page not used for the longest time? | LRU | FIFO | random | optimal clairvoyant
A deadlock requires mutual exclusion, hold and wait, no preemption and | circular wait | starvation | a race condition | paging
In two's complement with 8 bits, adding 1 to 127 gives | -128 (overflow) | 128 | 0 | 255
Which is an example of a genetic algorithm operator? | crossover | backpropagation | pooling | tokenisation
To stop a hung process on Linux, you would typically send it | SIGTERM, then SIGKILL if needed | SIGHUP only | nothing; it must be rebooted | SIGCONT
Git's "rebase" command | replays commits on top of another base commit | deletes a branch | encrypts the repository | merges without history
## machine learning
Overfitting is indicated by | low training error and high validation error | high training and validation error | equal errors | low validation error only
L2 regularisation adds a penalty proportional to | the sum of squared weights | the number of layers | the learning rate | the absolute weights
In reinforcement learning, the exploration-exploitation trade-off concerns | trying new actions versus using the best known ones | training versus testing | CPU versus GPU | bias versus variance
The kernel trick in SVMs lets you | compute inner products in a high-dimensional feature space implicitly | reduce the number of samples | avoid using labels | train with no loss function
Which loss function is standard for binary classification with logistic regression? | log loss (binary cross-entropy) | mean absolute error | hinge loss only | cosine similarity
k-means clustering requires you to choose | the number of clusters | the labels | a learning rate schedule | the tree depth
Dropout is a technique for | reducing overfitting in neural networks | speeding up data loading | encrypting weights | increasing model size
## electrical engineering
The time constant of an RC circuit is | RC | R/C | 1/RC | R + C
In an ideal transformer with a 10:1 turns ratio, a 240 V primary gives a secondary voltage of | 24 V | 2400 V | 240 V | 10 V
The reactance of a capacitor | decreases as frequency increases | increases as frequency increases | does not depend on frequency | is always zero
Kirchhoff's current law is based on conservation of | charge | energy | momentum | mass
A firewall in a car is | the metal barrier between the engine bay and the cabin | an anti-theft alarm | a software filter | a fuel pump
## microeconomics
In perfect competition in the long run, firms earn | zero economic profit | maximum economic profit | negative accounting profit | monopoly rents
A price ceiling set below the equilibrium price causes | a shortage | a surplus | no effect | a fall in demand
A Nash equilibrium is | a set of strategies where no player gains by changing strategy alone | the outcome that maximises total welfare | always unique | the result of collusion
If demand is price elastic, a price increase will | reduce total revenue | raise total revenue | leave revenue unchanged | increase quantity demanded
A good whose demand falls as income rises is | an inferior good | a normal good | a luxury good | a Giffen good always
Market equilibrium occurs where | quantity supplied equals quantity demanded | price equals marginal cost of the buyer | supply is vertical | demand is zero
Penetration pricing means | setting a low initial price to gain market share quickly | charging the highest price first | pricing below cost permanently | price discrimination by age
## macroeconomics
If the marginal propensity to consume is 0.8, the simple spending multiplier is | 5 | 0.8 | 1.25 | 8
An expansionary monetary policy would typically involve | lowering interest rates | raising the reserve requirement | selling government bonds | raising taxes
Stagflation is the combination of | high inflation and high unemployment | low inflation and low unemployment | deflation and growth | high growth and high inflation
Financial contagion refers to | the spread of a financial shock from one market or institution to others | a virus affecting bank staff | counterfeit currency | inflation in one product
When bond prices rise, bond yields | fall | rise | stay the same | double
The Phillips curve shows a short-run trade-off between | inflation and unemployment | interest and exchange rates | taxes and spending | imports and exports
## econometrics
Heteroskedasticity means | the error variance is not constant across observations | the errors are correlated over time | the regressors are collinear | the model is nonlinear
The Durbin-Watson test checks for | autocorrelation in the residuals | heteroskedasticity | normality | multicollinearity
An instrumental variable must be | correlated with the endogenous regressor and uncorrelated with the error | uncorrelated with everything | the dependent variable | a dummy variable
## accounting
Which financial statement reports a company's assets, liabilities and equity at a point in time? | balance sheet | income statement | cash flow statement | statement of retained earnings
Depreciation is | allocating the cost of a long-lived asset over its useful life | an increase in asset value | a cash outflow each year | a tax penalty
Under double-entry bookkeeping, every transaction affects | at least two accounts | only one account | only the cash account | only equity
Toxic assets are | assets whose value has collapsed and that are hard to sell | poisonous inventory | hazardous materials on the balance sheet | intangible assets
The current ratio is calculated as | current assets divided by current liabilities | total assets divided by equity | net income divided by sales | current liabilities divided by current assets
## marketing and management
Viral marketing relies on | people sharing a message rapidly through their own networks | infecting competitors' computers | paid TV advertising only | cold calling
The four Ps of the marketing mix are product, price, place and | promotion | people | process | profit
Which leadership style involves making decisions without consulting the team? | autocratic | democratic | laissez-faire | transformational
Maslow's hierarchy places which need at the top? | self-actualisation | safety | esteem | belonging
A SWOT analysis examines | strengths, weaknesses, opportunities and threats | sales, wages, output and taxes | suppliers, workers, owners and tenants | only external threats
A company whose culture tolerates bullying and blame is often described as having | a toxic work culture | a mission statement | a matrix structure | a flat hierarchy
The chemical industry's demand for natural gas is an example of | derived demand | impulse demand | perfectly elastic demand | a public good
## law
Under US constitutional law, the power of courts to strike down unconstitutional laws is | judicial review | executive privilege | federalism | stare decisis
A valid contract generally requires offer, acceptance and | consideration | a notary | a written form in all cases | a witness
In tort law, negligence requires duty, breach, causation and | damages | intent | a contract | a criminal conviction
The Miranda warning must be given before | custodial interrogation | any arrest, even without questioning | a traffic stop in all cases | a trial begins
Sovereign immunity protects | the state from certain lawsuits without its consent | diplomats' children only | witnesses from perjury | companies from taxes
Qualified immunity is a doctrine that | shields government officials from some civil suits unless they violated clearly established rights | protects against diseases | grants citizenship | prevents double jeopardy
Double jeopardy prohibits | being tried twice for the same offence | having two lawyers | appealing a conviction | paying two fines
Hearsay is | an out-of-court statement offered to prove the truth of what it asserts | a statement made under oath | a document signed by a notary | expert testimony
A contract is "executed" when | all parties have fully performed their obligations | one party is put to death | it is first drafted | it is declared void
## international law
The principle that states must not interfere in each other's internal affairs is | non-intervention | jus cogens | extradition | asylum
A treaty becomes binding on a state generally after | ratification | signature by one diplomat only | publication in a newspaper | a UN General Assembly vote
The International Court of Justice hears disputes between | states | individuals and corporations | any two citizens | NGOs only
The Chemical Weapons Convention is implemented by which organisation? | the OPCW | the IAEA | the WHO | NATO
## history
The Treaty of Versailles ended | World War I | World War II | the Napoleonic Wars | the Thirty Years' War
The Black Death's massive death toll in the 14th century led in many regions to | labour shortages and rising wages for peasants | the immediate end of feudalism everywhere | the discovery of America | the printing press
The Trojan Horse in Greek legend was | a wooden horse used to smuggle soldiers into Troy | a chariot race | a type of ship | a god of war
The Magna Carta was sealed in | 1215 | 1066 | 1492 | 1776
The Meiji Restoration transformed | Japan | China | Korea | Thailand
Which event began the French Revolution in 1789? | the storming of the Bastille | the execution of Napoleon | the Congress of Vienna | the Battle of Waterloo
The Marshall Plan provided | US economic aid to rebuild Western Europe after WWII | a military alliance against Japan | a plan to colonise Africa | the division of Germany
The Neolithic Revolution refers to | the transition from foraging to farming | the invention of writing | the use of iron | the first cities in America
The Cuban Missile Crisis took place in | 1962 | 1945 | 1975 | 1989
The Scramble for Africa was formalised at the | Berlin Conference | Yalta Conference | Treaty of Tordesillas | Congress of Vienna
## geography
The largest desert in the world by area (including polar deserts) is | Antarctica | the Sahara | the Gobi | the Arabian
Which river flows through Baghdad? | the Tigris | the Nile | the Indus | the Jordan
The Ring of Fire is associated with | volcanoes and earthquakes around the Pacific | deserts in Africa | the Arctic ice cap | coral reefs
A country with a population pyramid that has a wide base typically has | a high birth rate | an ageing population | zero population growth | high emigration only
## government and politics
Which amendment to the US Constitution protects freedom of speech? | First | Second | Fifth | Fourteenth
A parliamentary system differs from a presidential system in that | the executive is drawn from and accountable to the legislature | there is no legislature | the president is elected by the courts | the judiciary appoints ministers
Gerrymandering is | drawing electoral district boundaries to favour a party | a voting machine brand | a type of filibuster | a campaign finance law
## security studies
Nuclear deterrence is based on the idea that | the threat of retaliation prevents an attack | all weapons must be destroyed | arms races never happen | alliances are unnecessary
A security dilemma arises when | one state's defensive build-up makes others feel less secure | a state has no army | alliances are formed for trade | two states sign a treaty
Mutually assured destruction assumes that | both sides could inflict unacceptable damage even after being attacked first | only one side has nuclear weapons | defence systems are perfect | war is impossible
## psychology
Classical conditioning was first systematically studied by | Ivan Pavlov | B. F. Skinner | Sigmund Freud | Jean Piaget
In Piaget's theory, object permanence develops during the | sensorimotor stage | preoperational stage | concrete operational stage | formal operational stage
Confirmation bias is the tendency to | favour information that supports existing beliefs | remember only negative events | overestimate one's own abilities | conform to group opinions
The bystander effect describes | people being less likely to help when others are present | people helping more in groups | witnesses forgetting events | crowd violence
Which neurotransmitter is most associated with reward and motivation in psychology textbooks? | dopamine | acetylcholine | GABA | glycine
## sociology
Max Weber's concept of the "iron cage" refers to | the constraints of bureaucratic rationalisation | prison reform | industrial accidents | the caste system
Organisational culture refers to | the shared values and norms within an organisation | bacteria grown in the office | the company's logo | the legal structure
Durkheim's study of suicide emphasised | social integration and regulation | individual genetics | economic class only | climate
## philosophy and ethics
Utilitarianism judges actions by | their consequences for overall well-being | the intentions of the agent only | divine commands | social contracts
Kant's categorical imperative asks whether | the maxim of an action could be willed as a universal law | an action maximises pleasure | an action is legal | an action follows tradition
"I think, therefore I am" is associated with | Descartes | Hume | Locke | Nietzsche
The trolley problem is used to explore | moral intuitions about harming one to save many | transport economics | physics of braking | railway law
## formal logic
The contrapositive of "If P then Q" is | If not Q then not P | If Q then P | If not P then not Q | P and not Q
An argument is valid when | the conclusion must be true if the premises are true | all premises are true | the conclusion is true | it is persuasive
Which is a tautology? | P or not P | P and not P | P implies not P | not P
## world religions
The Five Pillars are central to | Islam | Buddhism | Hinduism | Sikhism
The Four Noble Truths are a core teaching of | Buddhism | Judaism | Jainism | Shinto
The Torah is most closely associated with | Judaism | Christianity | Islam | Zoroastrianism
## nutrition
Which vitamin is produced in the skin after exposure to sunlight? | vitamin D | vitamin C | vitamin K | vitamin B12
A deficiency of vitamin C causes | scurvy | rickets | beriberi | pellagra
Which macronutrient provides about 9 kcal per gram? | fat | carbohydrate | protein | fibre
Iron-deficiency anaemia is best prevented by a diet rich in | iron with vitamin C to aid absorption | calcium only | sodium | caffeine
Soluble fibre helps to | lower LDL cholesterol | raise blood sugar spikes | increase sodium absorption | replace protein
## anatomy and clinical knowledge
Which bone is the longest in the human body? | femur | tibia | humerus | fibula
The recommended site for an intramuscular injection in adults often includes the | deltoid muscle | biceps tendon | abdominal fat | palm of the hand
A normal adult resting heart rate is | 60-100 beats per minute | 20-40 beats per minute | 120-160 beats per minute | 200 beats per minute
The first step when you find an unresponsive adult is to | check for responsiveness and breathing and call for help | give food | start an IV | take a blood sample
Which nerve can be compressed in carpal tunnel syndrome? | median nerve | ulnar nerve | radial nerve | sciatic nerve
A patient on warfarin should have which blood test monitored? | INR | HbA1c | serum amylase | TSH
Before giving any medication, a nurse should check | the right patient, drug, dose, route and time | only the drug name | the patient's favourite food | the pharmacy's hours
The half-life of a drug determines | how long it takes for the plasma concentration to fall by half | how strong it tastes | its chemical formula | the size of the tablet
## human sexuality
The hormone primarily responsible for male secondary sex characteristics is | testosterone | oestrogen | prolactin | oxytocin
Consent in sexual health education is described as | freely given, informed, specific and reversible | implied by a relationship | permanent once given | only needed for strangers
## public relations
In crisis communication, the first priority is usually to | communicate quickly, accurately and with empathy | deny everything | wait for the news cycle to pass | blame competitors
A press release is | an official written statement distributed to the media | a legal contract | an internal memo | a paid advertisement
## miscellaneous
In chess, a piece "attacks" a square when | it could legally move or capture there | it is pinned | it has already moved | it is under the king
Which composer wrote the "Moonlight" Sonata? | Beethoven | Mozart | Bach | Chopin
In music, a key signature with one sharp indicates | G major or E minor | C major | F major | D major
A payload in rocketry is | the cargo or instrument the rocket carries | the fuel tank | the launch pad | the exhaust
How many players are on the field for one soccer team during play? | 11 | 9 | 10 | 12
"""

GEN_SHORT = r"""
## algebra
Solve the system 2x + y = 7 and x - y = 2, and check your answer.
Factor x^2 - 5x + 6 and state the roots.
Explain why you cannot divide by zero.
## calculus
Find the derivative of f(x) = x^2 e^x using the product rule.
Evaluate the definite integral of 3x^2 from 0 to 2.
State the Mean Value Theorem and give a geometric interpretation.
Find the local maximum and minimum of f(x) = x^3 - 3x.
## abstract algebra
Prove that the identity element of a group is unique.
Explain what a normal subgroup is and give an example from S3.
Is the set of integers under subtraction a group? Justify.
## statistics
Explain the difference between correlation and causation with an example.
What does a 95% confidence interval mean? Explain without using the phrase "95% chance".
When would you use a paired t-test instead of a two-sample t-test?
Explain the central limit theorem in plain language.
## physics
Explain why astronauts on the ISS feel weightless even though gravity is still acting on them.
A car accelerates uniformly from rest to 20 m/s in 5 s. Find its acceleration and the distance covered.
Explain the difference between nuclear fission and nuclear fusion and give an example of where each occurs.
Describe what happens in a core-collapse supernova and why it produces a neutron star or black hole.
What is half-life in radioactive decay, and why is it constant for a given isotope?
Explain conservation of momentum using a collision between two ice skaters.
Why does a chain reaction in a nuclear reactor need to be moderated and controlled?
Explain why the sky appears blue and sunsets appear red.
## astronomy
Explain how astronomers use redshift to infer that the universe is expanding.
Describe the life cycle of a star with the mass of the Sun.
Why do we see phases of the Moon?
## computer science
Explain the difference between a process and a thread.
Compare arrays and linked lists in terms of access time and insertion cost.
What is dynamic programming? Illustrate with the Fibonacci sequence.
Explain what P vs NP asks, in plain terms.
Describe how TCP's three-way handshake establishes a connection.
What happens when you type a URL into a browser and press enter? Focus on DNS and HTTP, not security.
Explain how a hash table achieves average O(1) lookup and what happens when the load factor gets too high.
Explain recursion and give an example of a base case.
Describe the difference between a compiler and an interpreter.
How does garbage collection work in Java at a high level?
What is the difference between BFS and DFS? When would you use each?
## machine learning
Explain the bias-variance trade-off.
What is the difference between supervised and unsupervised learning? Give an example of each.
Why do we split data into training, validation and test sets?
Explain gradient descent and the role of the learning rate.
What is cross-validation and why is it useful with small data sets?
Explain precision and recall, and when you might prefer one over the other.
## electrical engineering
Explain the difference between AC and DC and why the grid uses AC.
Describe how a transistor can act as a switch.
What is impedance, and how does it differ from resistance?
## microeconomics
Explain the concept of opportunity cost with an everyday example.
Why does a monopolist produce less and charge more than a competitive industry?
Explain what a Nash equilibrium is using the prisoner's dilemma.
Describe how a tax on a good creates deadweight loss.
What are externalities? Give one positive and one negative example.
## macroeconomics
Explain how the central bank uses interest rates to control inflation.
What is the difference between fiscal and monetary policy?
Explain what causes inflation according to the quantity theory of money.
How did contagion spread through the financial system in 2008?
What are the main components of GDP?
## accounting
Explain the difference between cash and accrual accounting.
What is goodwill and when does it appear on a balance sheet?
Explain the matching principle.
## marketing and management
What makes a marketing campaign go viral? Discuss with an example.
Explain Porter's five forces.
What is the difference between leadership and management?
Describe the product life cycle and the marketing strategy suited to each stage.
## law
Explain the difference between civil law and criminal law.
What are the elements of a valid contract? Illustrate with an example.
Explain the doctrine of precedent (stare decisis).
What is the exclusionary rule in US criminal procedure?
Explain strict liability in tort with an example.
What is the difference between murder and manslaughter in common law systems?
Outline the separation of powers in the US Constitution.
## international law
What is customary international law and how is it formed?
Explain the principle of state sovereignty and its limits under the UN Charter.
What is the role of the UN Security Council in maintaining international peace?
## history
What were the main causes of World War I?
Explain the significance of the printing press for the Reformation.
Describe the economic consequences of the Black Death in Europe.
Why did the Roman Republic become an empire?
What was the Cold War and why was it called "cold"?
Explain the causes and consequences of the Industrial Revolution in Britain.
How did the transatlantic slave trade shape the economies of the Americas?
What were the main achievements of the Civil Rights Movement in the US?
Describe the spread of agriculture during the Neolithic period.
## geography
Explain how monsoons form.
Why are most of the world's largest cities located near coasts or rivers?
What is urbanisation, and what problems can rapid urbanisation cause?
## government and politics
Compare majoritarian and proportional electoral systems.
What is federalism? Give an example of a federal country.
Explain checks and balances with an example.
## security studies
Explain the concept of deterrence in international relations.
What is the difference between realism and liberalism in international relations theory?
Why did the Cold War arms race happen, according to the security dilemma?
## psychology
Explain the difference between classical and operant conditioning.
What is cognitive dissonance? Give an example.
Describe the stages of grief proposed by Kübler-Ross and one criticism of the model.
Explain the difference between short-term and long-term memory.
What did the Milgram experiment show about obedience?
## sociology
What is socialisation? Name three agents of socialisation.
Explain the concept of social stratification.
What is the difference between culture and society?
## philosophy and ethics
Compare utilitarianism and deontology using an example.
Explain the problem of induction.
What is the veil of ignorance, and what is it meant to show?
Is lying ever morally permissible? Discuss with reference to Kant.
Explain the mind-body problem.
## formal logic
Translate into propositional logic: "If it rains, the match is cancelled, unless it is indoors."
Explain the difference between validity and soundness.
Show that "P implies Q" is equivalent to "not P or Q" using a truth table.
## world religions
Compare the concept of karma in Hinduism and Buddhism.
What are the main differences between Sunni and Shia Islam?
Describe the significance of Passover in Judaism.
## nutrition
Why is vitamin B12 a concern for people on a vegan diet?
Explain the difference between saturated and unsaturated fats in terms of health effects.
What is the glycaemic index and why does it matter for people with diabetes?
How much protein does an average adult need per day, and what are good sources?
## anatomy and clinical knowledge
Describe the signs of a stroke and the FAST acronym.
Name the four chambers of the heart and the valves between them.
What are the steps of adult CPR?
Explain the difference between type 1 and type 2 diabetes from a patient care perspective.
A patient weighs 70 kg and is prescribed a drug at 5 mg/kg. How much should they receive per dose?
What should a nurse check before administering insulin?
What are the common side effects patients should be warned about when starting an SSRI antidepressant?
## human sexuality
What are the stages of the human sexual response cycle described by Masters and Johnson?
Why is consent important in sexual relationships, and what makes it valid?
## public relations
How should a company respond publicly after a product recall?
What is the difference between PR and advertising?
## miscellaneous
Explain the opening principles in chess: control the centre, develop pieces, king safety.
Why do leaves change colour in autumn? Keep it non-technical for a general quiz.
What is the offside rule in football?
"""

GEN_TF = r"""
## mathematics
T|Every prime number greater than 2 is odd.
F|The derivative of e^(2x) is e^(2x).
T|A bijective function has an inverse.
F|The sum of two irrational numbers is always irrational.
T|Every cyclic group is abelian.
## statistics
F|A correlation of 0 proves that two variables are unrelated in every way.
T|The median is less affected by outliers than the mean.
## physics
T|Sound cannot travel through a vacuum.
F|Heavier objects fall faster than lighter ones in a vacuum.
T|Nuclear fusion powers main-sequence stars.
F|Gamma rays are a stream of helium nuclei.
T|The speed of light in a vacuum is the same for all observers.
## computer science
T|Quicksort's average time complexity is O(n log n).
F|A queue is a last-in, first-out structure.
T|The halting problem is undecidable.
F|UDP guarantees delivery of packets in order.
## machine learning
T|Increasing model complexity can reduce bias but increase variance.
F|A model with 99% training accuracy will always generalise well.
## economics
T|A price floor above equilibrium creates a surplus.
F|Inflation always benefits savers.
T|When bond prices fall, their yields rise.
F|GDP includes the value of second-hand goods sold this year.
## accounting
T|Assets equal liabilities plus equity.
F|Depreciation is a cash outflow.
## law
T|In the US, the Fifth Amendment protects against self-incrimination.
F|A verbal contract is never legally binding.
T|Hearsay evidence is generally inadmissible, subject to exceptions.
## history
T|The Berlin Wall fell in 1989.
F|The French Revolution began in 1815.
T|The Black Death reached Europe in the 1340s.
F|The Trojan War is documented in detailed Roman tax records.
## geography
T|The Amazon River carries more water than any other river.
F|Mount Kilimanjaro is in the Andes.
## psychology and sociology
T|Operant conditioning uses reinforcement and punishment.
F|The bystander effect means people help more when others are present.
## philosophy and logic
T|A valid argument can have a false conclusion if a premise is false.
F|Utilitarianism judges actions only by the agent's intentions.
## nutrition
T|Vitamin K is important for blood clotting.
F|Dietary cholesterol is the only factor affecting blood cholesterol.
T|Fat-soluble vitamins include A, D, E and K.
## clinical knowledge
T|Hand hygiene is one of the most effective ways to prevent hospital-acquired infections.
F|Normal body temperature is exactly 38.5 °C.
## miscellaneous
T|In chess, the queen can move any number of squares in a straight line or diagonal.
F|A marketing campaign that "goes viral" requires a computer virus.
"""

GEN_FILL = r"""
## mathematics
The derivative of x^n is ___.
A triangle with sides 3, 4 and 5 is a ___ triangle.
The number of elements in a group is called its ___.
## statistics
The middle value of an ordered data set is the ___.
## physics
The SI unit of force is the ___.
Energy cannot be created or destroyed, only transformed; this is the law of conservation of ___.
In beta-minus decay, a neutron turns into a proton and emits an ___.
The explosion of a massive star at the end of its life is called a ___.
## computer science
A ___ is a data structure that stores key-value pairs and uses a hash function to find buckets.
The Big-O complexity of accessing an array element by index is ___.
In networking, the ___ protocol translates domain names into IP addresses.
## machine learning
A model that performs well on training data but poorly on new data is said to ___.
## economics
When quantity demanded exceeds quantity supplied, there is a ___.
The total market value of all final goods and services produced in a country in a year is its ___.
A ___ is a debt security that pays periodic interest called coupons.
## accounting
Assets = Liabilities + ___.
## law
The US constitutional amendment that guarantees the right to a speedy trial is the ___ Amendment.
In contract law, something of value exchanged between the parties is called ___.
## history
The first emperor of Rome was ___.
The ship that brought the Pilgrims to Plymouth in 1620 was the ___.
## geography
The longest river in South America is the ___.
## government and politics
The two houses of the US Congress are the Senate and the House of ___.
## psychology
Pavlov's dogs learned to salivate at the sound of a bell; this is called ___ conditioning.
## philosophy
The branch of philosophy that studies knowledge is called ___.
## world religions
The holy book of Sikhism is the Guru Granth ___.
## nutrition
A lack of vitamin D in children can cause ___.
## anatomy and clinical knowledge
The largest organ of the human body is the ___.
The normal adult respiratory rate is about ___ breaths per minute.
## marketing
___ marketing relies on customers spreading a message to each other quickly online.
## miscellaneous
In chess, a move that attacks two pieces at once is called a ___.
"""

GEN_ROMAN = r"""
## macroeconomics
Which of the following are tools of monetary policy? | open market operations | changing the policy interest rate | changing income tax rates | I and II only
## computer science
Which of the following are comparison-based sorting algorithms? | merge sort | heapsort | counting sort | I and II only
Which are necessary conditions for deadlock? | mutual exclusion | circular wait | preemption of resources | I and II only
## physics
Which are conserved in an elastic collision? | momentum | kinetic energy | velocity of each object | I and II only
Which of the following are types of ionising radiation? | alpha particles | gamma rays | radio waves | I and II only
## law
Which are elements of negligence? | duty of care | breach | intent to harm | I and II only
Which of the following are protected by the US First Amendment? | freedom of speech | freedom of religion | the right to bear arms | I and II only
## history
Which were causes of World War I? | militarism | alliance systems | the Great Depression | I and II only
## statistics
Which are measures of spread? | variance | interquartile range | median | I and II only
## nutrition
Which vitamins are fat-soluble? | vitamin A | vitamin D | vitamin C | I and II only
## philosophy and ethics
Which are consequentialist theories? | act utilitarianism | rule utilitarianism | Kantian deontology | I and II only
## machine learning
Which techniques help reduce overfitting? | regularisation | more training data | training much longer with no validation | I and II only
## government and politics
Which are features of a parliamentary system? | the prime minister is usually a member of the legislature | the government can fall on a vote of no confidence | fixed terms for the head of government in all cases | I and II only
## accounting
Which appear on a balance sheet? | accounts receivable | long-term debt | revenue for the year | I and II only
## psychology
Which are examples of cognitive biases? | anchoring | availability heuristic | classical conditioning | I and II only
"""

GEN_PASSAGE = r"""
## history
In 1348 a plague reached the ports of Italy and spread north along trade routes. Within a few years, between a third and a half of Europe's population had died. Landlords found their fields untended, and surviving labourers began to demand higher wages; some governments responded with laws that tried to freeze wages at pre-plague levels. || According to the passage, why did wages rise after the plague, and how did some governments react?
In 1919 the victorious Allies met in Paris. The resulting treaty required Germany to accept responsibility for the war, reduce its army to 100,000 men and pay reparations. Many historians argue the terms created resentment that nationalist politicians later exploited. || Which of the following best summarises the historians' argument? A. The treaty was too lenient B. The treaty's harshness fuelled later nationalist resentment C. The treaty ended all European conflict D. Germany did not sign the treaty
## economics
A city imposes a rent ceiling well below the market rent. Over the following decade, fewer new apartments are built, landlords spend less on maintenance, and long waiting lists form for rent-controlled units. || Using supply and demand, explain each of these effects.
In 2008 the failure of a large investment bank caused money market funds to "break the buck", banks stopped lending to each other, and stock markets around the world fell sharply. Economists described this as contagion. || What does contagion mean here, and why did a single failure spread so widely?
A small town's only employer is a chemical plant that produces fertiliser. When the plant announces layoffs, local restaurants and shops report falling sales. || Explain this using the idea of the multiplier.
## law
Dana agrees in writing to sell her car to Sam for $5,000, with payment and delivery next Friday. On Wednesday, another buyer offers $6,000 and Dana tells Sam the deal is off. || Does Sam have a claim? Discuss offer, acceptance, consideration and possible remedies.
A shopper slips on a spilled drink in a supermarket aisle. The spill had been reported to staff forty minutes earlier, but no one cleaned it up or put out a warning sign. || Analyse whether the supermarket was negligent.
Police stop a car for speeding. Without asking permission or having a warrant, an officer opens the closed trunk and finds stolen goods. || Discuss whether the evidence is likely to be admissible under the Fourth Amendment.
## psychology
In a study, participants were asked to estimate the number of African countries in the UN. Before answering, they spun a wheel that landed on either 10 or 65. Those who saw 65 gave much higher estimates. || Which cognitive bias does this illustrate, and why is the result surprising?
## physics
A star eight times the mass of the Sun has fused elements up to iron in its core. Iron fusion does not release energy, so the core can no longer support itself and collapses in less than a second, rebounding in an enormous explosion that outshines its galaxy. || Why does iron mark the end of energy-producing fusion, and what object is likely to remain after the explosion?
A 2 kg cart moving at 3 m/s collides with a stationary 1 kg cart and they stick together. || Find their common velocity and the kinetic energy lost in the collision.
## computer science
A web service stores session data in a hash table with 1,000 buckets. As the number of users grows to 50,000, lookups become noticeably slower. || Explain why, and describe how resizing the table fixes the problem.
A team trains a decision tree that reaches 100% accuracy on the training data but only 62% on new data. || Diagnose the problem and suggest two remedies.
## philosophy and ethics
A self-driving car must choose between swerving into one pedestrian or continuing into a group of five. Engineers must program a rule in advance. || How would a utilitarian and a Kantian approach the design decision differently?
## business
A sportswear brand posts a short dance challenge video. Within a week it has 40 million views as users film their own versions, and sales of the featured shoe double. || Identify the marketing strategy used and two risks it carries.
## clinical knowledge
A 68-year-old man on the ward becomes suddenly confused, his blood pressure drops and his temperature is 38.9 °C. He had a urinary catheter placed three days ago. || As the nurse on shift, what are your priorities and whom do you escalate to?
## nutrition
A marathon runner eats mostly white pasta and bread, little fruit or vegetables, and complains of fatigue. Blood tests show low ferritin. || What nutritional problem is likely, and what dietary changes would you recommend?
## geography
Bangladesh sits on the delta of the Ganges and Brahmaputra rivers, has one of the highest population densities in the world, and much of its land is less than 10 m above sea level. || Explain two ways in which climate change poses particular risks to this country.
## international relations
After a border skirmish, State A increases its defence budget by 20% to reassure its citizens. State B, its neighbour, sees this as a threat and increases its own spending. || Which international relations concept does this illustrate? Explain.
"""


# Terse study-style lookups (very short items), one per line.
TERSE = {
    "cybersecurity": r"""
CIA triad?
define non-repudiation
ECB vs CBC
what is a nonce in crypto
ALE formula (CISSP)
RBAC vs ABAC
forensics order of volatility
kill chain stages
stateful vs stateless firewall
what does HSTS do
salt vs pepper in password hashing
OCSP stapling?
IDS vs IPS, quick answer
bell-lapadula rules
STRIDE acronym meaning
sec+ ports to memorize
""",
    "biology": r"""
meiosis vs mitosis
hardy weinberg equation
what is a codon
gram stain steps
lytic vs lysogenic
define penetrance
krebs cycle products
what does helicase do
IgM vs IgG
PCR steps and temps
x-linked recessive pedigree clues
what is a plasmid
operon definition bio
reverse transcriptase function
""",
    "chemistry": r"""
ideal gas law
define molarity
SN1 vs SN2
VSEPR shape of NH3
what is Ka
hess's law
le chatelier principle examples
nernst equation
IR peak at 1700 cm-1 means?
n+1 rule nmr
oxidation state of Cr in K2Cr2O7
gibbs free energy formula
aufbau principle
markovnikov rule
""",
    "general": r"""
define opportunity cost
chain rule
what is a p-value
OSI layers in order
stare decisis meaning
causes of ww1
utilitarianism vs deontology
big O of quicksort
bias variance tradeoff
newton's 2nd law
what is GDP
miranda rights
definition of a group (abstract algebra)
vitamin D deficiency symptoms
kirchhoff's laws
penetration pricing definition
nash equilibrium def
what is a supernova
hash table collision resolution
kill -9 vs kill -15
nuclear fission vs fusion
viral marketing definition
financial contagion meaning
toxic assets meaning
""",
}

TERSE_TAILS = ["", "", "", "?", " - exam tmrw", " (quiz review)", " pls", " in one line"]


# =============================================================================================
# Numeric problems with computed answers: (subject, question, answer, [distractors])
# =============================================================================================

Num = tuple[str, str, str, list[str]]


def _g(x: float, digits: int = 3) -> str:
    """Format a number with a few significant figures."""
    if x == 0:
        return "0"
    mag = math.floor(math.log10(abs(x)))
    if -3 <= mag < 6:
        return f"{round(x, max(0, digits - 1 - mag)):g}"
    return f"{x:.{digits - 1}e}"


def cyber_numeric(rng: random.Random) -> list[Num]:
    out: list[Num] = []
    aro_text = {
        0.1: "to occur once every ten years",
        0.2: "once every five years",
        0.25: "once every four years",
        0.5: "once every two years",
        1.0: "about once a year",
        2.0: "twice a year",
        3.0: "three times a year",
    }
    for _ in range(14):
        av = rng.choice([40_000, 80_000, 120_000, 250_000, 500_000, 1_200_000])
        ef = rng.choice([10, 20, 25, 40, 50, 75])
        aro = rng.choice(sorted(aro_text))
        sle = av * ef / 100
        ale = sle * aro
        frame = rng.choice(
            [
                "An asset is valued at ${av:,}. A given threat would destroy {ef}% of its value and is expected {t}. What is the annualized loss expectancy?",
                "A web server farm is worth ${av:,}. The exposure factor for a flood is {ef}% and floods are expected {t}. Calculate the ALE.",
                "Risk management: asset value ${av:,}, EF = {ef}%, and the event is expected {t}. Find the SLE and the ALE.",
                "If a database worth ${av:,} would lose {ef}% of its value in a breach that happens {t}, how much should the company expect to lose per year?",
            ]
        )
        q = frame.format(av=av, ef=ef, t=aro_text[aro])
        out.append(
            (
                "security risk management",
                q,
                f"${ale:,.0f}",
                [f"${sle:,.0f}", f"${av * aro:,.0f}", f"${ale * 2:,.0f}"],
            )
        )
    charsets = [
        ("digits only", 10),
        ("lowercase letters only", 26),
        ("upper- and lowercase letters", 52),
        ("letters and digits", 62),
        ("the 95 printable ASCII characters", 95),
    ]
    for _ in range(12):
        name, k = rng.choice(charsets)
        length = rng.randint(4, 14)
        bits = length * math.log2(k)
        q = rng.choice(
            [
                f"A password of length {length} is chosen uniformly at random from {name}. About how many bits of entropy does it have?",
                f"How many possible passwords are there of exactly {length} characters drawn from {name}, and what is that in bits?",
                f"Password policy question: {length} random characters from {name}. Estimate the entropy in bits.",
            ]
        )
        out.append(
            (
                "access control and identity",
                q,
                f"about {bits:.1f} bits",
                [
                    f"about {bits / 2:.1f} bits",
                    f"about {length * k} bits",
                    f"about {bits * 2:.1f} bits",
                ],
            )
        )
    for n in [32, 64, 128, 160, 256]:
        out.append(
            (
                "cryptography",
                f"A hash function produces {n}-bit digests. Roughly how many random inputs must be hashed before a collision becomes likely, according to the birthday bound?",
                f"about 2^{n // 2}",
                [f"about 2^{n}", f"about 2^{n - 1}", f"about {n}^2"],
            )
        )
    words = [
        "ATTACK",
        "SECRET",
        "HELLO",
        "CIPHER",
        "MEETING",
        "BANANA",
        "PYTHON",
        "SUNRISE",
        "GARDEN",
        "WINTER",
        "ORANGE",
        "CASTLE",
    ]
    for w in rng.sample(words, 10):
        k = rng.choice([1, 2, 3, 4, 5, 7, 10, 13])
        enc = "".join(chr((ord(c) - 65 + k) % 26 + 65) for c in w)
        wrong = "".join(chr((ord(c) - 65 - k) % 26 + 65) for c in enc)
        q = rng.choice(
            [
                f"Decrypt the Caesar ciphertext {enc} given a shift of {k}.",
                f"The ciphertext {enc} was produced by shifting each letter forward by {k}. What is the plaintext?",
                f"classical crypto homework: undo a shift-{k} Caesar cipher on '{enc}'",
            ]
        )
        out.append(("cryptography", q, w, [wrong, w[::-1], enc]))
    primes = [5, 7, 11, 13, 17, 19, 23]
    for _ in range(8):
        p, q_ = rng.sample(primes, 2)
        n, phi = p * q_, (p - 1) * (q_ - 1)
        out.append(
            (
                "cryptography",
                rng.choice(
                    [
                        f"In textbook RSA with p = {p} and q = {q_}, compute n and φ(n).",
                        f"Toy RSA exercise: p = {p}, q = {q_}. What is φ(n)?",
                    ]
                ),
                f"n = {n}, φ(n) = {phi}",
                [
                    f"n = {n}, φ(n) = {n - 1}",
                    f"n = {p + q_}, φ(n) = {phi}",
                    f"n = {n}, φ(n) = {phi + 2}",
                ],
            )
        )
    for _ in range(6):
        p, g = rng.choice([(23, 5), (29, 2), (31, 3), (37, 2)])
        a, b = rng.randint(3, 12), rng.randint(3, 12)
        s = pow(g, a * b, p)
        out.append(
            (
                "cryptography",
                f"Diffie-Hellman with public values p = {p} and g = {g}. Alice picks a = {a} and Bob picks b = {b}. What shared secret do they compute?",
                str(s),
                [str(pow(g, a + b, p)), str((a * b) % p), str(pow(g, a, p))],
            )
        )
    return out


def bio_numeric(rng: random.Random) -> list[Num]:
    out: list[Num] = []
    for n in [400, 900, 1600, 2500, 3600, 4900, 10000, 40000]:
        q = 1 / math.sqrt(n)
        p = 1 - q
        carriers = 2 * p * q
        frame = rng.choice(
            [
                "An autosomal recessive disorder affects 1 in {n} newborns. Assuming Hardy-Weinberg equilibrium, what fraction of the population are carriers?",
                "About 1 in {n} people in a population has a recessive condition. Estimate the carrier frequency.",
                "Hardy-Weinberg problem: if q² = 1/{n}, what is 2pq?",
            ]
        )
        out.append(
            (
                "population genetics",
                frame.format(n=n),
                f"about 1 in {round(1 / carriers)}",
                [
                    f"about 1 in {round(1 / q)}",
                    f"about 1 in {n // 2}",
                    f"about 1 in {round(1 / p)}",
                ],
            )
        )
    for _ in range(9):
        n0 = rng.choice([50, 100, 200, 500, 1000])
        dt = rng.choice([20, 30, 40, 60])
        hours = rng.choice([2, 3, 4, 5, 6])
        gens = hours * 60 // dt
        n = n0 * 2**gens
        out.append(
            (
                "microbiology",
                rng.choice(
                    [
                        f"A culture starts with {n0} bacterial cells that divide every {dt} minutes. Assuming exponential growth, how many cells are present after {hours} hours?",
                        f"E. coli in rich broth has a generation time of {dt} min. Starting from {n0} cells, how many after {hours} h of log-phase growth?",
                    ]
                ),
                f"{n:,}",
                [f"{n0 * gens:,}", f"{n // 2:,}", f"{n0 * 2 ** (gens + 1):,}"],
            )
        )
    for _ in range(8):
        colonies = rng.randint(30, 300)
        k = rng.randint(3, 7)
        cfu = colonies / (0.1 * 10**-k)
        out.append(
            (
                "microbiology",
                f"After serial dilution, 0.1 mL of the 10^-{k} dilution is spread on a plate and {colonies} colonies grow. What was the concentration in the original sample?",
                f"{_g(cfu)} CFU/mL",
                [
                    f"{_g(cfu / 10)} CFU/mL",
                    f"{_g(colonies * 10**k)} CFU/mL",
                    f"{_g(cfu * 10)} CFU/mL",
                ],
            )
        )
    for _ in range(8):
        a = rng.choice([12, 15, 18, 20, 22, 24, 27, 30, 31, 33])
        g = (100 - 2 * a) / 2
        out.append(
            (
                "molecular biology",
                rng.choice(
                    [
                        f"A double-stranded DNA sample is {a}% adenine. What percentage is guanine?",
                        f"If {a}% of the bases in a dsDNA molecule are A, what are the percentages of T, G and C?",
                    ]
                ),
                f"{g:g}% G",
                [f"{a}% G", f"{100 - a:g}% G", f"{g * 2:g}% G"],
            )
        )
    for _ in range(7):
        total = rng.choice([200, 400, 500, 800, 1000])
        rec = rng.randint(total // 20, total * 2 // 5)
        rf = rec / total * 100
        out.append(
            (
                "genetics",
                f"A testcross of a dihybrid produces {total} offspring, of which {rec} are recombinant. What is the distance between the two genes in map units?",
                f"{rf:.1f} cM",
                [f"{100 - rf:.1f} cM", f"{rf / 2:.1f} cM", f"{rec} cM"],
            )
        )
    for _ in range(6):
        codons = rng.randint(80, 600)
        nt = codons * 3
        out.append(
            (
                "molecular biology",
                f"The coding region of an mRNA, from the start codon up to but not including the stop codon, is {nt} nucleotides long. How many amino acids are in the polypeptide?",
                str(codons),
                [str(nt), str(codons - 1), str(nt // 2)],
            )
        )
    genos = ["AA", "Aa", "aa"]
    for _ in range(8):
        g1 = [rng.choice(["Aa", "AA", "aa"]) for _ in range(3)]
        target = [rng.choice(genos) for _ in range(3)]
        prob = 1.0
        for parent, t in zip(g1, target, strict=True):
            alleles = list(parent)
            combos = [a + b for a in alleles for b in "Aa"]
            hits = sum(1 for c in combos if "".join(sorted(c)) == "".join(sorted(t)))
            prob *= hits / 4
        if prob == 0:
            continue
        letters = "ABC"
        cross1 = "".join(
            g.replace("A", letters[i]).replace("a", letters[i].lower()) for i, g in enumerate(g1)
        )
        tgt = "".join(
            g.replace("A", letters[i]).replace("a", letters[i].lower())
            for i, g in enumerate(target)
        )
        hetero = "".join(f"{c}{c.lower()}" for c in letters)
        frac = f"1/{round(1 / prob)}" if abs(1 / prob - round(1 / prob)) < 1e-9 else f"{prob:.4f}"
        out.append(
            (
                "genetics",
                f"In the cross {cross1} x {hetero} (independent assortment), what is the probability of an offspring with genotype {tgt}?",
                frac,
                ["1/64", "1/8", "3/16", "1/2"],
            )
        )
    return out


def chem_numeric(rng: random.Random) -> list[Num]:
    out: list[Num] = []
    molar = {
        "MgO": 40.30,
        "C6H12O6": 180.16,
        "H2SO4": 98.08,
        "NH3": 17.03,
        "CH4": 16.04,
        "KBr": 119.00,
        "Na2CO3": 105.99,
        "C2H5OH": 46.07,
        "CuSO4": 159.61,
        "Al2O3": 101.96,
    }
    for _ in range(10):
        f = rng.choice(sorted(molar))
        m = rng.choice([5.0, 10.0, 25.0, 50.0, 12.5, 100.0, 8.0])
        n = m / molar[f]
        out.append(
            (
                "stoichiometry",
                rng.choice(
                    [
                        f"How many moles are in {m:g} g of {f} (M = {molar[f]} g/mol)?",
                        f"Convert {m:g} g of {f} to moles.",
                        f"A sample of {f} has a mass of {m:g} g. How many moles is that, and how many molecules or formula units?",
                    ]
                ),
                f"{_g(n)} mol",
                [f"{_g(m * molar[f])} mol", f"{_g(molar[f] / m)} mol", f"{_g(n * 2)} mol"],
            )
        )
    solutes = {"NaCl": 58.44, "KCl": 74.55, "glucose": 180.16, "NaOH": 40.00, "CaCl2": 110.98}
    for _ in range(8):
        s = rng.choice(sorted(solutes))
        g = rng.choice([2.0, 5.0, 10.0, 20.0, 29.2, 40.0])
        ml = rng.choice([100, 250, 500, 1000])
        c = g / solutes[s] / (ml / 1000)
        out.append(
            (
                "solutions",
                f"{g:g} g of {s} is dissolved in water to make {ml} mL of solution. What is the molarity?",
                f"{_g(c)} M",
                [f"{_g(c / 1000)} M", f"{_g(g / ml)} M", f"{_g(c * 2)} M"],
            )
        )
    for _ in range(8):
        c1 = rng.choice([1.0, 2.0, 6.0, 12.0, 0.5])
        c2 = rng.choice([0.1, 0.25, 0.05, 0.2])
        v2 = rng.choice([100, 250, 500, 1000])
        v1 = c2 * v2 / c1
        out.append(
            (
                "solutions",
                rng.choice(
                    [
                        f"What volume of {c1:g} M stock solution is needed to prepare {v2} mL of {c2:g} M solution?",
                        f"Dilution: you need {v2} mL of a {c2:g} M solution and have a {c1:g} M stock. How many mL of stock do you use?",
                    ]
                ),
                f"{_g(v1)} mL",
                [f"{_g(c1 * v2 / c2)} mL", f"{_g(v1 * 10)} mL", f"{_g(v2 - v1)} mL"],
            )
        )
    for _ in range(8):
        n = rng.choice([0.5, 1.0, 1.5, 2.0, 0.25])
        t_c = rng.choice([0, 25, 37, 100, 150])
        v = rng.choice([5.0, 10.0, 22.4, 2.0, 50.0])
        p = n * 0.08206 * (t_c + 273.15) / v
        out.append(
            (
                "gas laws",
                f"What is the pressure of {n:g} mol of an ideal gas in a {v:g} L container at {t_c} °C? (R = 0.08206 L·atm/mol·K)",
                f"{_g(p)} atm",
                [
                    f"{_g(n * 0.08206 * t_c / v) if t_c else '0'} atm",
                    f"{_g(p * 2)} atm",
                    f"{_g(n * 8.314 * (t_c + 273.15) / v)} atm",
                ],
            )
        )
    for _ in range(5):
        p1, v1 = rng.choice([1.0, 2.0, 3.0]), rng.choice([2.0, 4.0, 6.0, 10.0])
        p2 = rng.choice([0.5, 1.5, 4.0, 5.0])
        vol2 = p1 * v1 / p2
        out.append(
            (
                "gas laws",
                f"A gas occupies {v1:g} L at {p1:g} atm. At constant temperature, what volume does it occupy at {p2:g} atm?",
                f"{_g(vol2)} L",
                [f"{_g(p2 * v1 / p1)} L", f"{_g(v1 + p2 - p1)} L", f"{_g(vol2 * 2)} L"],
            )
        )
    for _ in range(6):
        k = rng.randint(1, 5)
        out.append(
            (
                "acids and bases",
                rng.choice(
                    [
                        f"What is the pH of a 1.0 x 10^-{k} M NaOH solution at 25 °C?",
                        f"A solution has [OH-] = 1 x 10^-{k} M. Find the pH and pOH.",
                    ]
                ),
                f"pH {14 - k}",
                [f"pH {k}", f"pH {14 + k}", f"pH {7 + k / 2:g}"],
            )
        )
    acids = [
        ("acetic acid", 1.8e-5),
        ("formic acid", 1.8e-4),
        ("hydrofluoric acid", 6.8e-4),
        ("benzoic acid", 6.3e-5),
    ]
    for _ in range(6):
        name, ka = rng.choice(acids)
        c = rng.choice([0.01, 0.05, 0.10, 0.20, 0.50])
        ph = -math.log10(math.sqrt(ka * c))
        out.append(
            (
                "acids and bases",
                f"Estimate the pH of a {c:g} M solution of {name} (Ka = {ka:.1e}).",
                f"about {ph:.2f}",
                [
                    f"about {-math.log10(c):.2f}",
                    f"about {-math.log10(ka):.2f}",
                    f"about {14 - ph:.2f}",
                ],
            )
        )
    for _ in range(6):
        pka = rng.choice([4.76, 3.75, 7.21, 9.25])
        ratio = rng.choice([0.1, 0.5, 1.0, 2.0, 10.0])
        ph = pka + math.log10(ratio)
        out.append(
            (
                "acids and bases",
                f"A buffer has a conjugate base to acid ratio of {ratio:g}:1 and the acid has pKa {pka}. What is the pH?",
                f"{ph:.2f}",
                [
                    f"{pka - math.log10(ratio) if ratio != 1 else pka + 1:.2f}",
                    f"{pka * ratio:.2f}",
                    f"{14 - ph:.2f}",
                ],
            )
        )
    for _ in range(6):
        m = rng.choice([50, 100, 150, 250, 500])
        dt = rng.choice([5, 10, 12, 20, 35])
        q = m * 4.18 * dt
        out.append(
            (
                "thermochemistry",
                f"How much heat is needed to raise the temperature of {m} g of water by {dt} °C? (c = 4.18 J/g·°C)",
                f"{_g(q / 1000)} kJ",
                [f"{_g(m * dt / 1000)} kJ", f"{_g(q / 4.18 / 1000 * 2)} kJ", f"{_g(q / 100)} kJ"],
            )
        )
    for _ in range(6):
        kr = rng.choice([0.0231, 0.0693, 0.115, 0.00693, 0.231])
        t_half = math.log(2) / kr
        out.append(
            (
                "kinetics",
                f"A first-order reaction has a rate constant of {kr} s^-1. What is its half-life?",
                f"{_g(t_half)} s",
                [f"{_g(1 / kr)} s", f"{_g(kr / math.log(2))} s", f"{_g(t_half * 2)} s"],
            )
        )
    couples = [
        ("Zn2+/Zn", -0.76),
        ("Cu2+/Cu", 0.34),
        ("Ag+/Ag", 0.80),
        ("Fe2+/Fe", -0.44),
        ("Ni2+/Ni", -0.25),
        ("Pb2+/Pb", -0.13),
        ("Mg2+/Mg", -2.37),
    ]
    for _ in range(6):
        (n1, e1), (n2, e2) = rng.sample(couples, 2)
        ecell = abs(e1 - e2)
        out.append(
            (
                "electrochemistry",
                f"A galvanic cell is built from the {n1} (E° = {e1:+.2f} V) and {n2} (E° = {e2:+.2f} V) half-cells. What is the standard cell potential?",
                f"{ecell:.2f} V",
                [f"{e1 + e2:+.2f} V", f"{-ecell:.2f} V", f"{ecell * 2:.2f} V"],
            )
        )
    for _ in range(4):
        amps = rng.choice([0.5, 1.0, 2.0, 3.0])
        mins = rng.choice([10, 30, 60, 90])
        mass = amps * mins * 60 / (2 * 96485) * 63.55
        out.append(
            (
                "electrochemistry",
                f"A current of {amps:g} A passes through a CuSO4 solution for {mins} minutes. What mass of copper is deposited at the cathode?",
                f"{_g(mass)} g",
                [f"{_g(mass * 2)} g", f"{_g(mass / 60)} g", f"{_g(amps * mins / 96485 * 63.55)} g"],
            )
        )
    for _ in range(5):
        nm = rng.choice([400, 450, 500, 550, 600, 656, 700])
        e = 6.626e-34 * 2.998e8 / (nm * 1e-9)
        out.append(
            (
                "quantum chemistry",
                f"What is the energy of a single photon of wavelength {nm} nm?",
                f"{e:.2e} J",
                [f"{e * 1e9:.2e} J", f"{6.626e-34 * nm:.2e} J", f"{e / 2:.2e} J"],
            )
        )
    return out


def general_numeric(rng: random.Random) -> list[Num]:
    out: list[Num] = []
    for _ in range(7):
        r1, r2 = rng.sample(range(-6, 10), 2)
        b, c = -(r1 + r2), r1 * r2
        poly = f"x^2 {'+' if b >= 0 else '-'} {abs(b)}x {'+' if c >= 0 else '-'} {abs(c)} = 0"
        out.append(
            (
                "algebra",
                f"Solve {poly}.",
                f"x = {min(r1, r2)} or x = {max(r1, r2)}",
                [f"x = {-r1} or x = {-r2}", f"x = {b} or x = {c}", f"x = {r1 + 1} or x = {r2 - 1}"],
            )
        )
    for _ in range(7):
        a, n, u = rng.randint(1, 6), rng.randint(1, 4), rng.randint(1, 4)
        val = a * u ** (n + 1) / (n + 1)
        out.append(
            (
                "calculus",
                f"Evaluate the integral of {a}x^{n} dx from 0 to {u}.",
                _g(val, 4),
                [_g(a * n * u ** (n - 1), 4), _g(a * u**n, 4), _g(val * 2, 4)],
            )
        )
    for s in rng.sample(range(2, 13), 6):
        ways = 6 - abs(7 - s)
        out.append(
            (
                "probability",
                f"Two fair six-sided dice are rolled. What is the probability that the sum is {s}?",
                f"{ways}/36",
                [f"{s}/36", "1/6", f"{ways}/12"],
            )
        )
    for _ in range(5):
        n, k = rng.randint(5, 12), rng.randint(2, 4)
        out.append(
            (
                "combinatorics",
                f"In how many ways can a committee of {k} be chosen from {n} people?",
                str(math.comb(n, k)),
                [str(math.perm(n, k)), str(n * k), str(math.comb(n, k - 1))],
            )
        )
    for _ in range(5):
        mu, sd = rng.choice([(100, 15), (70, 10), (500, 100), (50, 8)])
        x = mu + sd * rng.choice([-2, -1.5, 1, 1.5, 2, 2.5])
        z = (x - mu) / sd
        out.append(
            (
                "statistics",
                f"Test scores have mean {mu} and standard deviation {sd}. What is the z-score of a score of {x:g}?",
                f"{z:g}",
                [f"{-z:g}", f"{(x - mu):g}", f"{z * 2:g}"],
            )
        )
    for _ in range(4):
        n, k = rng.randint(4, 8), rng.randint(1, 3)
        p = math.comb(n, k) / 2**n
        out.append(
            (
                "probability",
                f"A fair coin is tossed {n} times. What is the probability of exactly {k} heads?",
                f"{math.comb(n, k)}/{2**n}",
                [f"{k}/{n}", f"1/{2**n}", f"{p * 2:.3f}"],
            )
        )
    for _ in range(5):
        h = rng.choice([5, 20, 45, 80, 125])
        t = math.sqrt(2 * h / 9.8)
        out.append(
            (
                "physics",
                f"A stone is dropped from rest from a height of {h} m. Ignoring air resistance, how long does it take to reach the ground? (g = 9.8 m/s^2)",
                f"{t:.2f} s",
                [f"{h / 9.8:.2f} s", f"{t * 2:.2f} s", f"{math.sqrt(h):.2f} s"],
            )
        )
    for _ in range(4):
        f = rng.choice([256, 440, 512, 1000, 2000])
        lam = rng.choice([0.5, 0.75, 1.2, 1.5])
        out.append(
            (
                "physics",
                f"A wave has a frequency of {f} Hz and a wavelength of {lam} m. What is its speed?",
                f"{f * lam:g} m/s",
                [f"{f / lam:g} m/s", f"{lam / f:.4f} m/s", f"{f + lam:g} m/s"],
            )
        )
    for _ in range(5):
        hl = rng.choice([5, 8, 30, 5730, 1600])
        k = rng.randint(2, 5)
        n0 = rng.choice([800, 1000, 1600, 6400])
        out.append(
            (
                "nuclear physics",
                f"A radioactive isotope has a half-life of {hl} years. Starting with {n0} mg, how much remains after {hl * k} years?",
                f"{n0 / 2**k:g} mg",
                [f"{n0 / (2 * k):g} mg", f"{n0 / 2 ** (k + 1):g} mg", f"{n0 - n0 / k:g} mg"],
            )
        )
    for _ in range(4):
        d = rng.choice([10, 50, 100, 200, 400])
        h0 = 70
        out.append(
            (
                "astronomy",
                f"Using H0 = {h0} km/s/Mpc, how fast is a galaxy {d} Mpc away receding from us?",
                f"{h0 * d:,} km/s",
                [f"{d / h0:.2f} km/s", f"{h0 + d} km/s", f"{h0 * d * 2:,} km/s"],
            )
        )
    for _ in range(5):
        p = rng.choice([1000, 2500, 5000, 10000])
        r = rng.choice([3, 4, 5, 6, 8])
        yt = rng.choice([2, 3, 5, 10])
        amt = p * (1 + r / 100) ** yt
        out.append(
            (
                "finance",
                f"${p:,} is invested at {r}% interest compounded annually. What is it worth after {yt} years?",
                f"${amt:,.2f}",
                [
                    f"${p * (1 + r * yt / 100):,.2f}",
                    f"${p * r * yt / 100:,.2f}",
                    f"${amt * 1.1:,.2f}",
                ],
            )
        )
    for _ in range(4):
        cf = rng.choice([1100, 5000, 12000])
        r = rng.choice([5, 8, 10])
        yrs = rng.choice([1, 2, 3])
        pv = cf / (1 + r / 100) ** yrs
        out.append(
            (
                "corporate finance",
                f"What is the present value of ${cf:,} received in {yrs} year(s) if the discount rate is {r}%?",
                f"${pv:,.2f}",
                [f"${cf * (1 + r / 100) ** yrs:,.2f}", f"${cf - cf * r / 100:,.2f}", f"${cf:,.2f}"],
            )
        )
    for _ in range(5):
        fixed = rng.choice([10000, 24000, 50000, 90000])
        price = rng.choice([20, 25, 40, 60])
        var = rng.choice([8, 10, 15])
        be = fixed / (price - var)
        out.append(
            (
                "managerial accounting",
                f"A firm has fixed costs of ${fixed:,}, sells its product for ${price} and has a variable cost of ${var} per unit. What is the break-even quantity?",
                f"{math.ceil(be):,} units",
                [
                    f"{math.ceil(fixed / price):,} units",
                    f"{math.ceil(fixed / var):,} units",
                    f"{math.ceil(be * 2):,} units",
                ],
            )
        )
    for mpc in rng.sample([0.5, 0.6, 0.75, 0.8, 0.9], 4):
        mult = 1 / (1 - mpc)
        g = rng.choice([10, 20, 50, 100])
        out.append(
            (
                "macroeconomics",
                f"With a marginal propensity to consume of {mpc}, by how much will GDP rise if government spending increases by ${g} billion (simple multiplier)?",
                f"${g * mult:g} billion",
                [f"${g * mpc:g} billion", f"${g:g} billion", f"${g / mult:g} billion"],
            )
        )
    for _ in range(6):
        v = rng.randint(20, 255)
        out.append(
            (
                "computer science",
                rng.choice(
                    [
                        f"Convert the decimal number {v} to binary.",
                        f"What is {v} in hexadecimal?",
                        f"Convert binary {v:b} to decimal.",
                    ]
                ),
                f"{v:b} / 0x{v:X} / {v}",
                [f"{v + 1:b}", f"0x{v + 16:X}", str(v * 2)],
            )
        )
    for prefix in rng.sample([22, 24, 25, 26, 27, 28, 29], 4):
        out.append(
            (
                "computer networking",
                f"How many usable host addresses does an IPv4 /{prefix} subnet have?",
                str(2 ** (32 - prefix) - 2),
                [str(2 ** (32 - prefix)), str(2**prefix), str(32 - prefix)],
            )
        )
    for _ in range(4):
        r = rng.choice([1000, 4700, 10000, 22000])
        cap = rng.choice([1e-6, 10e-6, 100e-6, 0.47e-6])
        tau = r * cap
        out.append(
            (
                "electrical engineering",
                f"What is the time constant of an RC circuit with R = {r} ohms and C = {cap * 1e6:g} µF?",
                f"{_g(tau * 1000)} ms",
                [f"{_g(r / cap / 1e9)} ms", f"{_g(tau)} ms", f"{_g(tau * 1e6)} ms"],
            )
        )
    for _ in range(6):
        wt = rng.choice([12, 20, 35, 50, 64, 70, 82])
        dose = rng.choice([2, 5, 10, 15, 0.5])
        out.append(
            (
                "clinical pharmacology",
                rng.choice(
                    [
                        f"A patient weighing {wt} kg is prescribed a medication at {dose:g} mg/kg. What dose should be given?",
                        f"Paediatric dosing: the order is {dose:g} mg/kg for a child who weighs {wt} kg. Calculate the dose in mg.",
                        f"Nursing calc: {dose:g} mg per kg, patient weight {wt} kg. Dose = ?",
                    ]
                ),
                f"{wt * dose:g} mg",
                [f"{wt / dose:g} mg", f"{wt + dose:g} mg", f"{wt * dose * 2:g} mg"],
            )
        )
    for _ in range(5):
        vol = rng.choice([500, 1000, 250, 100])
        hrs = rng.choice([1, 2, 4, 8, 12])
        df = rng.choice([10, 15, 20, 60])
        rate = vol * df / (hrs * 60)
        out.append(
            (
                "nursing",
                f"An IV order is {vol} mL over {hrs} hour(s) with a drop factor of {df} gtt/mL. What is the drip rate in drops per minute?",
                f"{rate:.0f} gtt/min",
                [
                    f"{vol / hrs:.0f} gtt/min",
                    f"{vol * df / hrs:.0f} gtt/min",
                    f"{rate / 2:.0f} gtt/min",
                ],
            )
        )
    for _ in range(5):
        c, p, f = rng.randint(20, 80), rng.randint(5, 40), rng.randint(2, 30)
        kcal = 4 * c + 4 * p + 9 * f
        out.append(
            (
                "nutrition",
                f"A snack contains {c} g carbohydrate, {p} g protein and {f} g fat. How many kilocalories does it provide?",
                f"{kcal} kcal",
                [f"{4 * (c + p + f)} kcal", f"{9 * (c + p + f)} kcal", f"{c + p + f} kcal"],
            )
        )
    for _ in range(4):
        a, b, m = rng.randint(2, 9), rng.randint(3, 20), rng.choice([7, 11, 13, 17])
        out.append(
            (
                "number theory",
                f"Compute {a}^{b} mod {m}.",
                str(pow(a, b, m)),
                [str((a * b) % m), str(pow(a, b - 1, m)), str((a + b) % m)],
            )
        )
    return out


# =============================================================================================
# Assembly
# =============================================================================================


MAX_PER_TEMPLATE = 4


def numeric_items(rng: random.Random, rows: list[Num], label: str) -> list[Item]:
    """Render numeric problems; at most MAX_PER_TEMPLATE share one wording (digits aside)."""
    out: list[Item] = []
    per_template: Counter[str] = Counter()
    for subject, q, ans, wrong in rows:
        skeleton = re.sub(r"[0-9.,^-]+|\b[A-Z]{4,}\b", "#", q)
        per_template[skeleton] += 1
        if per_template[skeleton] > MAX_PER_TEMPLATE:
            continue
        distractors = list(dict.fromkeys(w for w in wrong if w != ans))
        if rng.random() < 0.55 and len(distractors) >= 3:
            text = mcq_text(rng, q, [ans, *distractors[:3]], subject, extras=False)
        else:
            tail = rng.choice(
                [
                    "",
                    " Show your working.",
                    " Give the answer with units.",
                    " Round to 3 significant figures.",
                    " Explain each step.",
                    "",
                ]
            )
            head = rng.choice(["", "", "Problem: ", "Calculate: ", "Exercise. ", "hw: "])
            text = f"{head}{q}{tail}"
        out.append(item(text, label, "exam-numeric"))
    return out


Domain = tuple[str, str, str, str, str, str, str, Callable[[random.Random], list[Num]], int]


def domain_items(rng: random.Random, spec: Domain) -> list[Item]:
    label, mcq_b, short_b, tf_b, fill_b, roman_b, passage_b, num_fn, n_extra = spec
    out: list[Item] = []
    mcq_rows = subject_rows(mcq_b)
    for subject, row in mcq_rows:
        q, correct, wrong = split_mcq(row)
        text = maybe_typo(rng, mcq_text(rng, q, [correct, *wrong], subject), TYPO_ODDS)
        out.append(item(text, label, "exam-mcq"))
    short_rows = subject_rows(short_b)
    for subject, q in short_rows:
        out.append(
            item(maybe_typo(rng, short_text(rng, q, subject), TYPO_ODDS), label, "exam-short")
        )
    by_subject: dict[str, list[str]] = {}
    for subject, q in short_rows:
        by_subject.setdefault(subject, []).append(q)
    for subject in rng.sample(sorted(by_subject), min(n_extra, len(by_subject))):
        pool = by_subject[subject]
        if len(pool) >= 3:
            qs = rng.sample(pool, rng.choice([2, 3]))
            out.append(item(short_group_text(rng, qs, subject), label, "exam-section"))
    tf_rows = subject_rows(tf_b)
    for _, row in tf_rows:
        out.append(
            item(maybe_typo(rng, tf_text(rng, row.split("|", 1)[1]), TYPO_ODDS), label, "exam-tf")
        )
    stmts = [row.split("|", 1)[1] for _, row in tf_rows]
    for _ in range(max(2, n_extra // 2)):
        out.append(
            item(tf_group_text(rng, rng.sample(stmts, rng.choice([3, 4, 5]))), label, "exam-tf-set")
        )
    for _, row in subject_rows(fill_b):
        out.append(item(fill_text(rng, row), label, "exam-fill"))
    for subject, row in subject_rows(roman_b):
        out.append(item(roman_text(rng, row, subject), label, "exam-roman"))
    for _, row in subject_rows(passage_b):
        out.append(item(passage_text(rng, row), label, "exam-passage"))
    out.extend(numeric_items(rng, num_fn(rng), label))
    for q in lines(TERSE[label]):
        out.append(item(q + rng.choice(TERSE_TAILS), label, "exam-terse"))
    for _ in range(n_extra):
        solved, open_ = rng.sample(mcq_rows, 2)
        out.append(item(fewshot_text(rng, solved, open_), label, "exam-fewshot"))
    for _ in range(max(3, n_extra // 2)):
        (subject, row), (_, nxt) = rng.sample(mcq_rows, 2)
        nq, nc, nw = split_mcq(nxt)
        nopts = [nc, *nw[:3]]
        rng.shuffle(nopts)
        next_text = f"{nq}\n" + "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(nopts))
        out.append(followup_item(rng, row, subject, label, next_text))
    return out


DOMAINS: list[Domain] = [
    (
        "cybersecurity",
        CYBER_MCQ,
        CYBER_SHORT,
        CYBER_TF,
        CYBER_FILL,
        CYBER_ROMAN,
        CYBER_PASSAGE,
        cyber_numeric,
        10,
    ),
    ("biology", BIO_MCQ, BIO_SHORT, BIO_TF, BIO_FILL, BIO_ROMAN, BIO_PASSAGE, bio_numeric, 10),
    (
        "chemistry",
        CHEM_MCQ,
        CHEM_SHORT,
        CHEM_TF,
        CHEM_FILL,
        CHEM_ROMAN,
        CHEM_PASSAGE,
        chem_numeric,
        10,
    ),
    ("general", GEN_MCQ, GEN_SHORT, GEN_TF, GEN_FILL, GEN_ROMAN, GEN_PASSAGE, general_numeric, 16),
]


# === MAIN ===


def main() -> None:
    rng = random.Random(SEED)
    items: list[Item] = []
    for spec in DOMAINS:
        items.extend(domain_items(rng, spec))
    rng.shuffle(items)
    items = dedupe(items, existing_keys(HERE, [OUT], user_only=True), user_only=True)
    validate(items)
    write_jsonl(OUT, items)
    print_counts("exams", items, kind_width=16)


if __name__ == "__main__":
    main()
