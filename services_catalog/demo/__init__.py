"""Demo content of the catalogue (`manage.py load_demo`)."""

from .loader import load

__all__ = ["load"]
