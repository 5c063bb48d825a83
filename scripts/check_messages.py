"""Fail when any interface string is missing from a message catalogue.

1. Extracts the project's strings afresh (`makemessages`), merged with the
   committed translations, into a temporary copy of `locale/` (the committed
   catalogues are left exactly as they were), so a string
   added to the code but never extracted counts as untranslated.
2. Asks GNU msgfmt for statistics of every catalogue (django and djangojs)
   in every language of settings.LANGUAGES, and fails on any untranslated or fuzzy message and
   on format errors (`msgfmt --check`).

Run: `make check-messages` (CI runs it too).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAINS = ["django", "djangojs"]
IGNORE = [".venv", "node_modules", "tests", "benchmarks", "static_collected", "var", "scripts"]
STATS = re.compile(
    r"(?:(\d+) translated messages?)?(?:, )?"
    r"(?:(\d+) fuzzy translations?)?(?:, )?"
    r"(?:(\d+) untranslated messages?)?"
)


def setup_django():
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()


def languages():
    """The language codes of settings.LANGUAGES: the one list of the portal's languages."""
    from django.conf import settings

    return [code for code, _name in settings.LANGUAGES]


def extract(into):
    """Extract the strings afresh into `into` (a copy of locale/), leaving locale/ as it was.

    makemessages cannot be pointed at another folder: it writes each string to
    the `locale` folder nearest to its source file, which is the project's own
    whatever LOCALE_PATHS says. So it runs on the real catalogues, the result
    is copied to `into`, and the committed catalogues are put back, also when
    extraction fails.
    """
    from django.core.management import call_command

    committed = {po: po.read_bytes() for po in (ROOT / "locale").glob("*/LC_MESSAGES/*.po")}
    try:
        for domain in DOMAINS:
            if not (ROOT / "locale" / "el" / "LC_MESSAGES" / f"{domain}.po").exists():
                continue
            call_command(
                "makemessages",
                locale=languages(),
                domain=domain,
                ignore_patterns=IGNORE,
                no_obsolete=True,
                verbosity=0,
            )
        shutil.rmtree(into)
        shutil.copytree(ROOT / "locale", into)
    finally:
        for po, content in committed.items():
            po.write_bytes(content)


def statistics(po):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", os.devnull, str(po)],
        capture_output=True,
        text=True,
        check=False,
    )
    text = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
    match = STATS.search(text)
    fuzzy = int(match.group(2) or 0) if match else 0
    untranslated = int(match.group(3) or 0) if match else 0
    return result.returncode, fuzzy, untranslated, result.stderr.strip()


def main():
    setup_django()
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "locale"
        shutil.copytree(ROOT / "locale", copy)
        extract(copy)
        for lang in languages():
            po = copy / lang / "LC_MESSAGES" / "django.po"
            if not po.exists():
                problems.append(f"{lang}: locale/{lang}/LC_MESSAGES/django.po is missing")
        for po in sorted(copy.glob("*/LC_MESSAGES/*.po")):
            name = po.relative_to(copy)
            code, fuzzy, untranslated, output = statistics(po)
            if code != 0:
                problems.append(f"{name}: msgfmt --check failed:\n{output}")
            if fuzzy or untranslated:
                problems.append(f"{name}: {untranslated} untranslated, {fuzzy} fuzzy")
                problems.extend(f"    {msgid}" for msgid in missing_msgids(po))
    if problems:
        print("Message catalogues are not complete:")
        print("\n".join(problems))
        print("Run `make makemessages`, translate every entry, remove the fuzzy flags.")
        sys.exit(1)
    print("Message catalogues complete in " + ", ".join(languages()))


def missing_msgids(po):
    """The msgids GNU msgattrib reports as untranslated or fuzzy (for the report)."""
    found = []
    for option in ("--untranslated", "--only-fuzzy"):
        result = subprocess.run(
            ["msgattrib", option, "--no-obsolete", "--no-wrap", str(po)],
            capture_output=True,
            text=True,
            check=False,
        )
        found += [
            line[len('msgid "') : -1]
            for line in result.stdout.splitlines()
            if line.startswith('msgid "') and line != 'msgid ""'
        ]
    return found[:20]


if __name__ == "__main__":
    main()
