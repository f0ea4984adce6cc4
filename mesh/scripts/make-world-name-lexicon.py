"""Writes Sources/MeshPII/Lexicon/NameLexicon+Faker.swift: given names and surnames of many countries, in
Latin script, from the person providers of the PyPI package Faker (MIT licence), for the PII name scanner.

    pip download --no-deps Faker==40.63.0 -d /tmp/faker   # then unzip the wheel there (the script imports its providers)
    python3 mesh/scripts/make-world-name-lexicon.py /tmp/faker /usr/share/dict/american-english \
        > Sources/MeshPII/Lexicon/NameLexicon+Faker.swift

The second argument, a word list (Debian's wamerican), is optional: its lower-case words (common English
words such as "visa", "mars", "come") are left out, since chat uses them as words, not as names.

Only words of Latin letters (accents kept, lower case), 2 to 20 letters, are kept; the scanners' own lists
of words that are never names (brands, months, colours, ...) still apply at match time.
"""
import importlib
import re
import sys

from swift_word_block import block

ROOT = sys.argv[1]
# Locales whose provider lists are in Latin script (romanised lists are read where a provider has them).
LOCALES = """az_AZ cs_CZ da_DK de_AT de_CH de_DE de_LU en_GB en_IE en_IN en_KE en_NG en_NZ en_PK en_TH en_US
es_AR es_CA es_CL es_CO es_ES es_MX et_EE fi_FI fr_BE fr_CA fr_CH fr_DZ fr_FR fr_QC ga_IE ha_NG hr_HR hu_HU id_ID
ig_NG it_IT ja_JP lt_LT lv_LV nl_BE nl_NL no_NO pl_PL pt_BR pt_PT ro_RO sk_SK sl_SI sv_SE sw tr_TR tw_GH uz_UZ
vi_VN yo_NG zh_CN zh_TW zu_ZA""".split()
# Locales in Cyrillic or Greek script, read through a transliteration into the Latin spellings people
# type in chat ("Светлана Кузнецова" -> svetlana kuznetsova; several spellings where usage varies).
TRANSLITERATED = "bg_BG el_GR mk_MK ru_RU uk_UA".split()
FIRST = ["first_names", "first_names_male", "first_names_female", "first_romanized_names",
         "first_name_male_romanized", "first_name_female_romanized", "first_romanized_names_male",
         "first_romanized_names_female"]
LAST = ["last_names", "last_romanized_names", "last_name_romanized"]
WORD = re.compile(r"^[a-zà-öø-ÿāăąćčďđēėęěğīįıķĺľłńņňōőœŕřśşšţťūůűųźżžșțơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ'-]{2,20}$")


def words(values):
    out = set()
    if isinstance(values, dict):
        values = values.keys()
    if not isinstance(values, (list, tuple, set, frozenset, type({}.keys()))):
        return out  # a property computed per instance: its source lists are read under their own names
    for v in values:
        for w in str(v).lower().split():
            if WORD.match(w) and not w.startswith(("'", "-")):
                out.add(w)
    return out


def load(locale):
    return importlib.import_module(f"faker.providers.person.{locale}").Provider


CYRILLIC = {
    "а": ["a"], "б": ["b"], "в": ["v"], "г": ["g"], "ґ": ["g"], "д": ["d"], "е": ["e"], "ё": ["e", "yo"],
    "є": ["ye"], "ж": ["zh"], "з": ["z"], "и": ["i"], "і": ["i"], "ї": ["yi", "i"], "й": ["y", "i"], "к": ["k"],
    "л": ["l"], "м": ["m"], "н": ["n"], "о": ["o"], "п": ["p"], "р": ["r"], "с": ["s"], "т": ["t"], "у": ["u"],
    "ф": ["f"], "х": ["kh", "h"], "ц": ["ts"], "ч": ["ch"], "ш": ["sh"], "щ": ["shch"], "ъ": [""], "ы": ["y"],
    "ь": [""], "э": ["e"], "ю": ["yu"], "я": ["ya"], "ђ": ["dj"], "ј": ["j"], "љ": ["lj"], "њ": ["nj"], "ћ": ["c"],
    "џ": ["dz"], "ѓ": ["gj"], "ќ": ["kj"], "ѕ": ["dz"],
}
# Where a language reads a letter its own way (Ukrainian и, г; Bulgarian ъ, щ).
CYRILLIC_BY_LOCALE = {"uk_UA": {"и": ["y"], "г": ["h"], "х": ["kh"]}, "bg_BG": {"ъ": ["a"], "щ": ["sht"]}}
GREEK_PAIRS = {"ου": ["ou"], "αι": ["ai", "e"], "ει": ["ei", "i"], "οι": ["oi", "i"], "μπ": ["b", "mp"],
               "ντ": ["nt", "d"], "γκ": ["g"], "γγ": ["ng"], "αυ": ["av"], "ευ": ["ev"], "γι": ["gi", "y"]}
GREEK = {"α": ["a"], "β": ["v"], "γ": ["g"], "δ": ["d"], "ε": ["e"], "ζ": ["z"], "η": ["i"], "θ": ["th"],
         "ι": ["i"], "κ": ["k"], "λ": ["l"], "μ": ["m"], "ν": ["n"], "ξ": ["x"], "ο": ["o"], "π": ["p"], "ρ": ["r"],
         "σ": ["s"], "ς": ["s"], "τ": ["t"], "υ": ["y", "i"], "φ": ["f"], "χ": ["ch", "h"], "ψ": ["ps"], "ω": ["o"]}


def transliterate(word, locale, limit=6):
    """The Latin spellings of a Cyrillic or Greek word (at most `limit`), or none if a letter is unknown."""
    import unicodedata
    word = unicodedata.normalize("NFC", word.lower())
    if locale == "el_GR":
        # Greek accents and diaereses are dropped in Latin spellings; Cyrillic й and ё are letters of their own.
        word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        table, pairs = GREEK, GREEK_PAIRS
    else:
        table, pairs = {**CYRILLIC, **CYRILLIC_BY_LOCALE.get(locale, {})}, {}
    spellings = [""]
    i = 0
    while i < len(word):
        options = pairs.get(word[i:i + 2])
        step = 2
        if options is None:
            options, step = table.get(word[i]), 1
        if options is None:
            if word[i] in "-'":
                options = [word[i]]
            else:
                return []
        # Russian "-ий"/"-ый" endings: Dmitriy, Dmitry, Dmitri.
        if locale != "el_GR" and word[i:] in ("ий", "ый"):
            options, step = ["iy", "y", "i"], 2
        spellings = [s + o for s in spellings for o in options][:limit]
        i += step
    return spellings


def romanised(values, locale):
    out = set()
    if isinstance(values, dict):
        values = values.keys()
    if not isinstance(values, (list, tuple, set, frozenset, type({}.keys()))):
        return out
    for v in values:
        for w in str(v).split():
            for spelling in transliterate(w, locale):
                if WORD.match(spelling) and not spelling.startswith(("'", "-")):
                    out.add(spelling)
    return out


sys.path.insert(0, ROOT)
first, last = set(), set()
for locale in LOCALES:
    provider = load(locale)
    for attribute in FIRST:
        first |= words(getattr(provider, attribute, ()))
    for attribute in LAST:
        last |= words(getattr(provider, attribute, ()))
for locale in TRANSLITERATED:
    provider = load(locale)
    for attribute in ["first_names", "first_names_male", "first_names_female"]:
        first |= romanised(getattr(provider, attribute, ()), locale)
    for attribute in ["last_names", "last_names_male", "last_names_female"]:
        last |= romanised(getattr(provider, attribute, ()), locale)


if len(sys.argv) > 2:
    with open(sys.argv[2], encoding="utf-8") as f:
        common = {line.strip() for line in f if line.strip() and line.strip().islower()}
    first -= common
    last -= common


print("// Generated by mesh/scripts/make-world-name-lexicon.py from the person providers of the PyPI package")
print("// Faker 40.63.0 (MIT licence; wheel SHA-256 36627c20b575b4138f54b6c21f8703e9ab122fd487aca11319beec2aa6ca7232),")
print(f"// locales {' '.join(LOCALES)}, and transliterated from Cyrillic and Greek: {' '.join(TRANSLITERATED)}.")
print("extension NameLexicon {")
n = len(LOCALES) + len(TRANSLITERATED)
print(block("fakerFirstNames", f"Given names of {n} locales, lower case, Latin script.", first))
print(block("fakerSurnames", f"Surnames of {n} locales, lower case, Latin script.", last))
print("}")
print(f"{len(first)} first, {len(last)} last", file=sys.stderr)
