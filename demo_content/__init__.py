"""The demo site's words and facts, in Greek, English, Arabic and Farsi.

Data only, read by the loaders that stay in the installed packages
(`portal.demo.site`, `services_catalog.demo.loader`, `booking.demo`) when
`manage.py load_demo` runs. This folder sits at the top of the checkout and
is not one of the packages pyproject.toml installs: a deployed install
carries no demo texts, and `load_demo` runs from a checkout (where
`manage.py` puts this folder on the import path).

- `site`: the site shell (home, general pages, settings, menus) and the
  shared glossary, phone numbers and helpers (`_t`, `tel`, `emergency`);
- `catalogue`: communities, services, branches, mobile units and stops.
"""
