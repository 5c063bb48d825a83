"""Fail when a translation breaks one of the mechanical rules of locale/GLOSSARY.md.

check_messages.py says whether every string is translated; this says whether
the translations keep the rules a reader notices when they break:

1. Persian is written with Persian letters: no Arabic ي, ك or ى (use ی and ک).
2. Persian writes the verb prefix می/نمی with a zero-width non-joiner, never
   with a space («می‌توانید», not «می توانید»).
3. In Arabic and Persian, every example or code written in left-to-right
   characters that the bidirectional algorithm would reorder (a phone number,
   a date, a code such as KX47-MT9A, a Greek acronym such as ΑΜΚΑ) sits
   inside a Unicode isolate: LRI or FSI (U+2066, U+2068) … PDI (U+2069).
   A lone word or number (JSON, 30) needs none.
4. Placeholders match: the msgstr has the msgid's %(name)s, %s and {name}
   placeholders, no more and no fewer (a plural form may leave out the count).
5. Greek acronyms are written as on the signs and papers (ΑΜΚΑ, ΚΑΠΗ…), not
   transliterated in Latin letters (AMKA, KAPI…), in Arabic and Persian.
6. One digit system: Latin digits in every language, as the glossary says. The
   portal prints dates, times and counts in Latin digits, so hand-written
   text uses them too.

Rules 1, 2, 5 and 6 also hold for the Arabic and Persian demo texts in
demo_content/ (what `manage.py load_demo` writes into pages).

Run: `python scripts/check_catalogue_rules.py` (CI runs it after
check_messages.py; tests/portal/test_catalogue_rules.py runs it in `make test`).
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"


def right_to_left():
    """The languages of locale/ that Django writes right to left (its LANG_INFO "bidi")."""
    from django.conf.locale import LANG_INFO

    return tuple(
        sorted(
            folder.name for folder in LOCALE.iterdir() if LANG_INFO.get(folder.name, {}).get("bidi")
        )
    )


RTL = right_to_left()
# locale/GLOSSARY.md: every language writes Latin digits (0-9), as Django's
# formats print dates, times and counts; no Persian or Arabic-Indic digits.
NON_LATIN_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")

ARABIC_LETTERS_IN_PERSIAN = re.compile("[\u064a\u0643\u0649]")  # ي ك ى
ARABIC_SCRIPT = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
DETACHED_PREFIX = re.compile(rf"(?<![{ARABIC_SCRIPT}\u200c])(ن?می) (?=[{ARABIC_SCRIPT}])")

# Greek acronyms once transliterated; locale/GLOSSARY.md has the Greek forms.
LATIN_ACRONYMS = re.compile(r"\b(?:AMKA|KAPI|PAAYPA|KEPA|DYPA|OAED|AFM|KEM|ToMY|Prolamvano)\b")
ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2069]*\u2069")
TAG = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
PLACEHOLDER = re.compile(r"%\([A-Za-z_]\w*\)[sdif]|%[sdif]|\{[A-Za-z_]\w*\}|\{\}")
LTR_CHAR = "A-Za-z0-9\u0370-\u03ff\u1f00-\u1fff"
GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# A left-to-right run: letters, digits and the separators that join them.
LTR_RUN = re.compile(rf"[+.]?[{LTR_CHAR}](?:[{LTR_CHAR}]|[-/:.+ ,](?=[+{LTR_CHAR}]))*")


def unquote(text):
    text = text.strip()[1:-1]
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(1)), text)


def entries(po):
    """(msgctxt, msgid, msgid_plural, [msgstr…]) of each entry of a .po file."""
    found = []
    for block in re.split(r"\n\s*\n", po.read_text(encoding="utf-8")):
        fields, key = {}, None
        for raw in block.splitlines():
            if raw.startswith("#"):
                continue
            match = re.match(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(\".*\")$", raw)
            if match:
                key = match.group(1)
                fields[key] = unquote(match.group(2))
            elif raw.startswith('"') and key:
                fields[key] += unquote(raw)
        if fields.get("msgid"):
            strs = [fields[k] for k in sorted(fields) if k.startswith("msgstr")]
            found.append((fields.get("msgctxt"), fields["msgid"], fields.get("msgid_plural"), strs))
    return found


def unisolated_runs(text):
    """The left-to-right runs of `text` that the bidi algorithm may reorder, not isolated."""
    text = PLACEHOLDER.sub(" ", TAG.sub(" ", ISOLATED.sub(" ", text)))
    runs = []
    for run in LTR_RUN.findall(text):
        run = run.strip(" ,")
        if not run:
            continue
        digits = any(ch.isdigit() for ch in run)
        mixed = digits and not run.isdigit()
        joined = bool(re.search(r"[-/:+]", run)) or run.startswith(".")
        if GREEK.search(run) or mixed or joined:
            runs.append(run)
    return runs


def text_problems(lang, text):
    """The rule breaks (1, 2, 5, 6) of one Arabic or Persian text."""
    problems = []
    if lang in RTL:
        for match in LATIN_ACRONYMS.finditer(text):
            problems.append(f"«{match.group(0)}»: write the Greek acronym as on the sign")
    if lang == "fa":
        letters = sorted(set(ARABIC_LETTERS_IN_PERSIAN.findall(text)))
        if letters:
            problems.append(f"Arabic letter(s) {' '.join(letters)} in Persian (use ی ک)")
        for match in DETACHED_PREFIX.finditer(text):
            problems.append(f"«{match.group(1)} » without a zero-width non-joiner")
    if NON_LATIN_DIGITS.search(text):
        problems.append("Persian or Arabic-Indic digits (the glossary says Latin digits)")
    return problems


# Placeholders a translation may leave out, with the reason.
MAY_DROP = {
    # English ordinal suffixes ("1st"): the other languages write the day alone.
    "%(day)s%(suffix)s": {"%(suffix)s"},
}


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def entry_problems(lang, msgid, plural, strs):
    problems = []
    for index, msgstr in enumerate(strs):
        if not msgstr:
            continue
        problems += text_problems(lang, msgstr)
        if lang in RTL:
            problems += [f"not isolated: «{run}»" for run in unisolated_runs(msgstr)]
        expected = set(placeholders(msgid)) | set(placeholders(plural or ""))
        got = placeholders(msgstr)
        if plural is None:
            wanted = [
                p for p in placeholders(msgid) if p not in MAY_DROP.get(msgid, ()) or p in got
            ]
            if got != wanted:
                problems.append(f"placeholders {got} differ from the msgid's {placeholders(msgid)}")
        else:
            extra = set(got) - expected
            last = index == len(strs) - 1
            if extra or (last and set(placeholders(plural)) - set(got)):
                problems.append(f"plural form {index}: placeholders {got}, msgid has {expected}")
    return problems


def check_catalogues():
    problems = []
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        lang = po.parent.parent.name
        for _ctxt, msgid, plural, strs in entries(po):
            for problem in entry_problems(lang, msgid, plural, strs):
                problems.append(f"{po.relative_to(ROOT)}: {msgid[:60]!r}: {problem}")
    return problems


def demo_texts(value, lang=None):
    """(lang, text) of every Arabic and Persian string in the demo content's data."""
    if isinstance(value, str):
        if lang:
            yield lang, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from demo_texts(item, key if key in RTL else lang)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from demo_texts(item, lang)


def check_demo_content():
    sys.path.insert(0, str(ROOT))
    import demo_content.catalogue
    import demo_content.site

    problems = []
    for module in (demo_content.site, demo_content.catalogue):
        data = [value for name, value in vars(module).items() if name.isupper()]
        for lang, text in demo_texts(data):
            for problem in text_problems(lang, TAG.sub(" ", text)):
                problems.append(f"{module.__name__} ({lang}): {text[:60]!r}: {problem}")
    return problems


def main():
    problems = check_catalogues() + check_demo_content()
    if problems:
        print("Translations break the rules of locale/GLOSSARY.md:")
        print("\n".join(problems))
        sys.exit(1)
    print("Catalogues and demo texts keep the glossary's rules (letters, ZWNJ, isolates, digits).")


if __name__ == "__main__":
    main()
