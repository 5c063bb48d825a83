"""Demo content for the site shell (`manage.py load_demo`)."""

from .site import load

__all__ = ["load"]
