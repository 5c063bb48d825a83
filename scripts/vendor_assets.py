"""Copy the self-hosted fonts from node_modules into the static files.

Run by `make` after `npm ci`. Only the subsets the four languages need are
copied (Latin, Greek, Arabic script with the Persian letters), regular and
bold, with their licences. `portal/static/portal/css/fonts.css` refers to
exactly these files.
"""

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "node_modules" / "@fontsource"
TARGET = ROOT / "portal" / "static" / "portal" / "vendor" / "fonts"

FONTS = {
    "noto-sans": ["greek", "greek-ext", "latin", "latin-ext"],
    "noto-sans-arabic": ["arabic"],
}
WEIGHTS = [400, 700]


def main():
    TARGET.mkdir(parents=True, exist_ok=True)
    missing = []
    for package, subsets in FONTS.items():
        files = SOURCE / package / "files"
        for subset in subsets:
            for weight in WEIGHTS:
                name = f"{package}-{subset}-{weight}-normal.woff2"
                if not (files / name).exists():
                    missing.append(name)
                    continue
                shutil.copy2(files / name, TARGET / name)
        shutil.copy2(SOURCE / package / "LICENSE", TARGET / f"{package}-LICENSE.txt")
    if missing:
        sys.exit(f"Font files missing from node_modules (run `npm ci`): {', '.join(missing)}")
    print(f"Fonts copied to {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
