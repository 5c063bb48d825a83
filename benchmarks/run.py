"""Run the micro-benchmarks and print their tables: `make bench-micro` or benchmarks/run.py.

`python benchmarks/run.py catalogue` runs one of them.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import setup_django

BENCHMARKS = ["catalogue", "booking", "first_screen"]


def main(names):
    setup_django()
    from importlib import import_module

    for name in names or BENCHMARKS:
        try:
            module = import_module(f"benchmarks.{name}")
        except ModuleNotFoundError:
            print(f"(no benchmark named {name})")
            continue
        module.run()


if __name__ == "__main__":
    main(sys.argv[1:])
