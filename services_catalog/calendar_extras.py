"""What the van calendar shows beside the van visits, added by the apps built on the catalogue.

`services_catalog` never imports the apps that depend on it, yet the calendar
shows their dated things too (an app's `AppConfig.ready` registers a source):
today the sessions of group activities (`activities.calendar_source`). A source
is `source(first, last, *, places, now, request)`: `places` is
{kind of place: queryset of the live places the calendar's filters allow};
it returns entries, each with `date`, `start`, `end`, `cancelled` and the
`template_name` that draws its card (and `is_activity` true), in a fixed
number of queries however many entries.
"""

_sources = []


def register(source):
    """Add a source of calendar entries (once; called from an `AppConfig.ready`)."""
    if source not in _sources:
        _sources.append(source)


def entries(first, last, *, places, now, request):
    """Every registered source's entries between two dates, sorted by start."""
    found = []
    for source in _sources:
        found += source(first, last, places=places, now=now, request=request)
    return sorted(found, key=lambda entry: entry.start)
