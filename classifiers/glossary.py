"""A small hand-written French/Spanish/German/Italian/Portuguese -> English glossary.

The backbone reads English; a request translated into another European language keeps its
meaning in a few domain words. ``gloss`` rewrites those words into English so the translated
request gets an English-looking reading (classified as one more variant).
Invariant: ``gloss`` returns ``None`` unless at least ``MIN_HITS`` words were translated, so
ordinary English text never gains a variant here.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

MIN_HITS = 2

# Keys are accent-stripped lower case; several languages share many stems.
_ENTRIES: Final[str] = """
comment|como|wie:how
faire|hacer|machen|herstellen|fabriquer|fabricar|produire|producir|produrre|produzir:make
creer|crear|erstellen|creare|criar|ecris|escribe|schreibe|scrivi|escreva|ecrire|escribir:write create
synthese|sintesis|synthese|sintesi|synthetiser|sintetizar:synthesis synthesize
explosif|explosivo|sprengstoff|esplosivo|explosive:explosive
bombe|bomba:bomb
poison|veneno|veleno|toxique|toxico|giftig|tossico:poison toxic
gaz|gas:gas
neurotoxique|nervenkampfstoff|nervino|neurotoxico:nerve agent
precurseur|precurseurs|precursor|precursores|vorlaufer|precursore|precursori:precursor
reactif|reactifs|reactivo|reactivos|reagenzien|reagente|reagenti|reagentes:reagents
methamphetamine|metanfetamina|methamphetamin:methamphetamine
engrais|fertilizante|dunger|fertilizzante:fertilizer
virus|viren|virus|virus:virus
bacterie|bacteria|bakterium|bakterien|batterio|bacteria:bacterium
erreger|patogene|patogeno|pathogene|krankheitserreger:pathogen
toxine|toxina|toxin|tossina:toxin
transmissible|transmisible|ubertragbar|trasmissibile:transmissible
cultiver|cultivar|zuchten|coltivare:grow culture
laboratoire|laboratorio:laboratory
proteines|proteinas|proteine|proteinen:proteins
gene|genes|gen|gene:gene
vaccin|vacuna|impfstoff|vaccino|vacina:vaccine
rancongiciel|ransomware|erpressungstrojaner:ransomware
pirater|hackear|hacken|hackerare:hack
exploiter|explotar|ausnutzen|sfruttare|explorar:exploit
vulnerabilite|vulnerabilidad|schwachstelle|vulnerabilita:vulnerability
reseau|netzwerk|rete|rede:network
serveurs|servidores|server|serveur|servidor:servers
mot|contrasena|passwort|password|senha:password
cheval|troyano|trojaner|troiano|trojan:trojan
porte|puerta|hintertur|backdoor:backdoor
logiciel|malveillant|malware|schadsoftware:malware
chiffre|cifre|cifrar|verschlusselt|crittografa|criptografar:encrypt
sauvegarde|copias|sicherung|backup:backups
systemprompt:system prompt
systeme|sistema|system:system
instructions|instrucciones|anweisungen|istruzioni|instrucoes|consignes:instructions
oculto|verborgen|nascosto|oculto|versteckte:hidden
revele|revela|enthulle|rivela:reveal
ignore|ignora|ignoriere|oublie|olvida|vergiss|dimentica|esqueca:ignore forget
precedentes|anteriores|vorherigen|precedenti:previous
raisonnement|razonamiento|denkschritte|ragionamento|raciocinio:reasoning
entrainer|entrenar|trainieren|addestrare|treinar:train
modele|modelo|modell|modello:model
parametres|parametros|parameter|parametri:parameters
milliards|billones|milliarden|miliardi|bilhoes:billion
parallelisme|paralelismo|parallelitat|parallelismo:parallelism
preentrainer|preentrenamiento|vortraining|preaddestramento:pretraining
puce|chip|puces:chip
noeuds|nodos|knoten|nodi:nodes
memoire|memoria|speicher|memoria:memory
"""


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _ENTRIES.strip().splitlines():
        words, english = line.split(":")
        for w in words.split("|"):
            table.setdefault(w, english)
    return table


_TABLE: Final[dict[str, str]] = _build()
_WORD = re.compile(r"\w+", re.UNICODE)
# Words that would be swapped (not English already), as one regex over lower-cased ASCII text:
# lets ``gloss`` reject ordinary English in one C-level scan instead of a call per word.
_SWAPPING = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(_TABLE, key=len, reverse=True)
        if w.isascii() and not _TABLE[w].startswith(w)
    )
    + r")\b"
)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def gloss(text: str) -> str | None:
    """``text`` with glossary words replaced by English, or ``None`` if fewer than
    ``MIN_HITS`` words changed."""
    if text.isascii() and len(_SWAPPING.findall(text.lower(), 0)) < MIN_HITS:
        return None  # for ASCII text ``_fold`` is ``lower``: the same hits as below, counted fast
    hits = 0

    def swap(m: re.Match[str]) -> str:
        nonlocal hits
        folded = _fold(m.group(0))
        english = _TABLE.get(folded)
        if english is None or english.startswith(folded):  # English already
            return m.group(0)
        hits += 1
        return english

    out = _WORD.sub(swap, text)
    return out if hits >= MIN_HITS else None
