"""Undoing cheap evasion before classification.

The runtime classifies every *variant* of a text and keeps the riskiest reading, so a transform
here only has to be right when it applies; a variant that garbles a benign text is harmless unless
the garbled text looks risky. Invariants:

- ``clean`` is always applied: NFKC (fullwidth and mathematical letters fold to ASCII), format and
  zero-width characters removed, Cyrillic/Greek look-alikes mapped inside Latin-looking words.
- ``glossary.gloss`` gives an English reading of a request in a few other languages.
- A text written mostly in a script the backbone cannot read (its vocabulary is English
  WordPiece: Chinese, Arabic, Cyrillic, Devanagari, ... come out as unknown or single-character
  tokens, on which both stages answer at random) is read only through its ``readable`` parts: the
  Latin-script runs it contains (code, names, English terms) and its English glossary reading,
  where one glossary word suffices. Without this, everyday requests in those scripts were
  flagged as risky 43% of the time; see ``readable_share``.
- ``deobfuscate`` undoes leetspeak and spaced-out letters; it returns its input unchanged when
  nothing looks obfuscated.
- ``decoded_payloads`` returns the readable text hidden in base64, hex or percent-encoded runs,
  recursively to a fixed depth, never more bytes than the input holds (cost stays linear).
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
import urllib.parse

from classifiers.glossary import MIN_HITS as MIN_HITS_LEGIBLE
from classifiers.glossary import gloss

MAX_DECODE_DEPTH = 2
MIN_PAYLOAD_CHARS = 16
PRINTABLE_RATIO = 0.9

_ZERO_WIDTH = dict.fromkeys(
    map(
        ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u034f\u180e"
    ),
    None,
)

# Look-alikes of Latin letters in Cyrillic and Greek (lower and upper case).
_HOMOGLYPHS = str.maketrans(
    {
        **dict(zip("аеорсухіјѕԁӏԛԝүһвкмнтьɡɑ", "aeopcyxijsdlqwyhbkmhtbga", strict=True)),
        **dict(zip("АВЕКМНОРСТХІЈЅУ", "ABEKMHOPCTXIJSY", strict=True)),
        **dict(zip("αοριτυνκχεβ", "aopitvvkxeb", strict=True)),
        **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=True)),
    }
)
_HOMOGLYPH_CHARS = frozenset("аеорсухіјѕԁӏԛԝүһвкмнтьɡɑАВЕКМНОРСТХІЈЅУαοριτυνκχεβΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
_WORD = re.compile(r"\w+", re.UNICODE)
# Greek and (basic) Cyrillic letters, and those of them that have no Latin look-alike.
_GREEK_CYRILLIC = "".join(map(chr, [*range(0x391, 0x3CA), *range(0x400, 0x460), 0x490, 0x491]))
_GREEK_CYRILLIC_LETTER = re.compile(f"[{_GREEK_CYRILLIC}]")
NATIVE_SHARE = 0.15  # Russian prose: ~40% of its letters have no Latin look-alike
_NATIVE_LETTER = re.compile(
    "[" + "".join(c for c in _GREEK_CYRILLIC if c.isalpha() and c not in _HOMOGLYPH_CHARS) + "]"
)

_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "l",
        "+": "t",
        "€": "e",
    }
)
# Words mixing letters with leet characters (the only ones ``_looks_leet`` can accept), so plain prose costs one regex scan instead of a Python call per word.
_LEET_CANDIDATE = re.compile(
    r"(?<![\w@$!|+€])(?=[\w@$!|+€]*[A-Za-z])(?=[\w@$!|+€]*[0134578@$!|+€])[\w@$!|+€]+"
)
_LEET_CHARS = frozenset("0134578@$!|+€")

# Runs of 4+ single characters separated by spaces or punctuation: "m a l w a r e", "b.o.m.b".
_SPACED_RUN = re.compile(r"(?<!\w)(?:\w(?:[ \t.\-_*·,/|]{1,3})){3,}\w(?!\w)")
_SPACED_WORD_BREAK = re.compile(r"\s{2,}|\s*[/|]\s*")

_BASE64_RUN = re.compile(rf"[A-Za-z0-9+/_\-]{{{MIN_PAYLOAD_CHARS},}}={{0,2}}")
_HEX_RUN = re.compile(rf"(?:(?:0x|\\x)?[0-9A-Fa-f]{{2}}[\s,:]?){{{MIN_PAYLOAD_CHARS // 2},}}")
_PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2}|[\w.\-~+]){6,}")


# Below this share of Latin letters a text is read through its readable parts only.
READABLE_MIN = 0.5
# A run of letters outside the Latin script, with the combining marks inside it.
_UNREADABLE_RUN = re.compile(
    r"(?:(?![\u0000-\u024f\u1e00-\u1eff])[^\W\d_]"
    r"[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u097f\u0e00-\u0e7f\u3099\u309a]*)+"
)

_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: str) -> str:
    """NFKC, strip zero-width/format characters, map look-alike letters in Latin-looking words."""
    if text.isascii():  # NFKC is the identity, no format characters or look-alikes: fast path
        return _ASCII_CONTROL.sub("", text)
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in ("Cf", "Cc"))
    # Real Cyrillic or Greek prose has many letters without a Latin twin ("щ", "λ"); there a
    # word made only of look-alikes ("как", "του") is a native word, not a disguised Latin one.
    # A few such letters sprinkled into look-alike English do not reach the share.
    native = len(_NATIVE_LETTER.findall(text)) >= NATIVE_SHARE * len(
        _GREEK_CYRILLIC_LETTER.findall(text)
    )
    return _WORD.sub(_map_lookalike_words if not native else _map_mixed_words, text)


def _map_mixed_words(m: re.Match[str]) -> str:
    """Look-alikes inside a word that also has ASCII letters: a disguised Latin word."""
    word = m.group(0)
    if any(c in _HOMOGLYPH_CHARS for c in word) and any("a" <= c.lower() <= "z" for c in word):
        return word.translate(_HOMOGLYPHS)
    return word


def _map_lookalike_words(m: re.Match[str]) -> str:
    """As ``_map_mixed_words``, and words made only of look-alikes ("һасk") as well."""
    word = m.group(0)
    suspicious = sum(c in _HOMOGLYPH_CHARS for c in word)
    if suspicious and (
        suspicious == sum(c.isalpha() for c in word) or any("a" <= c.lower() <= "z" for c in word)
    ):
        return word.translate(_HOMOGLYPHS)
    return word


# python3, md5, snake_case, hex, and numbers with units or ordinals (10k, 64gb, 5th).
_CODE_LIKE = re.compile(r"^[A-Za-z]+\d+$|_|^[0-9A-Fa-f]+$|^\d+[A-Za-z]{1,3}$")
_LEET_TOKEN = re.compile(r"(?<![\w@$!|+€])[\w@$!|+€]+")
LEET_HEAVY_WORDS = 3


def _looks_leet(word: str) -> bool:
    """Letters mixed with leet characters ("h4ck", "3xploit", "u53r5"), but not code-like
    tokens ("python3", "sha256", "x86_64") or hex strings."""
    if len(word) > 24 or sum(c.isalpha() for c in word) < 1 or _CODE_LIKE.search(word):
        return False
    return any(c in _LEET_CHARS for c in word) and not word.isalpha()


def _unleet_word(m: re.Match[str]) -> str:
    word = m.group(0)
    core = word.rstrip("!|+")  # trailing "!" is punctuation, not an "i"
    return core.translate(_LEET) + word[len(core) :] if _looks_leet(core) else word


def _join_spaced(m: re.Match[str]) -> str:
    run = m.group(0)
    seps = re.findall(r"[^\w\s]", run)
    # Letters joined by punctuation ("b.o.m.b"): whitespace separates words; joined by single
    # spaces: two or more spaces (or a slash) separate words.
    parts = run.split() if seps else _SPACED_WORD_BREAK.split(run)
    words = ["".join(c for c in p if c.isalnum()) for p in parts]
    return " ".join(w for w in words if w)


def deobfuscate(text: str) -> str:
    """Undo spaced-out letters and leetspeak; the identity on plain prose."""
    text = _SPACED_RUN.sub(_join_spaced, text)
    leet_words = sum(_looks_leet(m.group(0).rstrip("!|+")) for m in _LEET_CANDIDATE.finditer(text))
    if leet_words >= LEET_HEAVY_WORDS:
        # A leet-heavy text writes any word that way ("tha7", "4" for "a", "5173" for "site").
        return _LEET_TOKEN.sub(
            lambda m: m.group(0).translate(_LEET) if len(m.group(0)) <= 24 else m.group(0), text
        )
    return _LEET_CANDIDATE.sub(_unleet_word, text)


def _readable(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 4:
        return None
    printable = sum(c.isprintable() or c in "\n\t" for c in text)
    letters = sum(c.isalpha() for c in text)
    if printable / len(text) < PRINTABLE_RATIO or letters < len(text) * 0.5:
        return None
    return text


def _decode_base64(run: str) -> str | None:
    if run.isalpha() and (run.islower() or run.isupper()):
        return None  # an ordinary long word, not a payload
    stripped = run.rstrip("=")
    padded = stripped + "=" * (-len(stripped) % 4)
    altchars = b"-_" if ("-" in run or "_" in run) else None
    try:
        return _readable(base64.b64decode(padded, altchars=altchars, validate=True))
    except (binascii.Error, ValueError):
        return None


def _decode_hex(run: str) -> str | None:
    digits = re.sub(r"0x|\\x|[\s,:]", "", run)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _readable(bytes.fromhex(digits))
    except ValueError:
        return None


def decoded_payloads(text: str, depth: int = MAX_DECODE_DEPTH) -> list[str]:
    """Readable texts hidden in base64, hex or percent-encoded runs of ``text``."""
    found: list[str] = []
    for m in _HEX_RUN.finditer(text):
        if (dec := _decode_hex(m.group(0))) is not None:
            found.append(dec)
    for m in _BASE64_RUN.finditer(text):
        if (dec := _decode_base64(m.group(0))) is not None and dec not in found:
            found.append(dec)
    if text.count("%") >= 3:
        for m in _PERCENT_RUN.finditer(text):
            if m.group(0).count("%") >= 3:
                found.append(urllib.parse.unquote(m.group(0)).replace("+", " "))
    if depth > 1:
        for dec in list(found):
            found.extend(decoded_payloads(dec, depth - 1))
    return found


def readable_share(text: str) -> float:
    """The share of ``text``'s letters in the Latin script (1.0 when it has no letters)."""
    if text.isascii():
        return 1.0
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for c in letters if c < "\u0250" or "\u1e00" <= c <= "\u1eff") / len(letters)


def readable(text: str) -> str:
    """``text`` with its runs of non-Latin letters (and their marks) replaced by a space."""
    return _UNREADABLE_RUN.sub(" ", text)


def variants(text: str) -> list[str]:
    """Every reading of ``text`` worth classifying: cleaned, deobfuscated, glossed into English
    (``glossary.gloss``), decoded payloads; only their ``readable`` parts when ``text`` is
    mostly in a script the backbone cannot read (``READABLE_MIN``)."""
    base = clean(text)
    legible = readable_share(base) >= READABLE_MIN
    out = [base]
    deob = deobfuscate(base)
    if deob != base:
        out.append(deob)
    english = gloss(deob, min_hits=MIN_HITS_LEGIBLE if legible else 1)
    if english is not None:
        out.append(english)
    for payload in decoded_payloads(base):
        for v in (clean(payload), deobfuscate(clean(payload))):
            if v.strip() and v not in out:
                out.append(v)
    if legible:
        return out
    projected = (" ".join(readable(v).split()) for v in out)
    return list(dict.fromkeys(v for v in projected if any(c.isalnum() for c in v)))
