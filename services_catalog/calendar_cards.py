"""The van calendar's visits as HTML: the list's cards and the month table's entries.

Why in Python and not one template include per visit: a region's month has
~1,400 visits, each shown twice (a card in the list, an entry in the month
table), and rendering them through the template engine — an include, a
`stop_url` tag, `bidi` and `fallback_lang` filters for every visit — was
1.5 s of the regional calendar's 1.6 s. A stop's visits share everything but
their hours and status, so what a stop's cards say of the stop (its link,
name, address, community and van, isolated for right-to-left pages) and what
a van offers are worked out once per language and content generation
(`portal.content_memo`: only an editor's change alters them), and each visit
only adds its hours, its cancellation and its "Book" link. Nothing kept here
depends on the day or the hour ("today", "Book" until a visit ends are the
template's and `calendar.Visit`'s, per request).

The markup is the one `includes/calendar_day.html` and the month table had
(`tests/services_catalog/test_calendar_output.py` compares the pages with
what they rendered before); change it here and there together.
"""

from html import escape

from django.template.loader import render_to_string
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.timezone import get_current_timezone
from django.utils.translation import get_language, get_language_bidi, gettext, pgettext

from portal import content_memo
from portal.bidi import isolated_html
from portal.templatetags.portal_i18n import fallback_attributes
from services_catalog.holiday_names import holiday_name


def _hours(occurrence):
    """ "10:00–13:30": the `hours` filter (catalog_tags), as the occurrence gives them."""
    return f"{occurrence.start:%H:%M}–{occurrence.end:%H:%M}"


class CalendarCards:
    """Renders the visits of one calendar page (one request, its active language).

    `booking_url` is the booking start ("" when booking is off), `chosen_service`
    the service the visitor filtered by (it goes into "Book" links when bookable).
    """

    def __init__(self, request, *, booking_url, chosen_service=None):
        self.request = request
        self.booking_url = booking_url or ""
        self.booking_href = escape(self.booking_url)
        self.service_query = (
            f"&amp;service={chosen_service.pk}"
            if chosen_service is not None and chosen_service.bookable
            else ""
        )
        self.language = get_language()
        self.rtl = get_language_bidi()
        self.timezone = get_current_timezone()
        # What a stop's and a van's visits share, kept per content generation: it
        # changes only when an editor changes the stop, its van or the services.
        # The dicts are filled as pages need their stops; two requests filling the
        # same entry at once write the same value.
        self._stops = content_memo.memoised(
            ("calendar_cards", "stops", self.language, request.get_host()), dict
        )
        self._services = content_memo.memoised(("calendar_cards", "services", self.language), dict)
        self._units = {}
        self._communities = {}
        self._booking = {}
        self.cancelled = conditional_escape(pgettext("van visit", "Cancelled"))
        self.cancelled_lower = conditional_escape(pgettext("van visit", "cancelled"))
        self.public_holiday = conditional_escape(gettext("public holiday"))
        self.services_label = conditional_escape(gettext("Services in the van"))
        self.book = conditional_escape(gettext("Book an appointment"))

    def isolated(self, text):
        """`text|bidi`, for the page's language."""
        return isolated_html(text, rtl=self.rtl, language=self.language)

    def fallback(self, obj, field_name):
        """`obj|fallback_lang:field_name`, for the page's language."""
        return fallback_attributes(obj, field_name, self.language)

    def stop(self, stop):
        """What every visit of `stop` says of it, as HTML: (the card's link and van, the
        card's address line, the month table's link)."""
        parts = self._stops.get(stop.pk)
        if parts is None:
            url = escape(stop.get_place_url(self.request))
            name = self.isolated(stop.name)
            unit = self._units.get(stop.mobile_unit_id)
            if unit is None:
                unit = self._units[stop.mobile_unit_id] = self.isolated(stop.mobile_unit.title)
            community = self._communities.get(stop.community_id)
            if community is None:
                community = self._communities[stop.community_id] = self.isolated(
                    stop.community.name
                )
            parts = self._stops[stop.pk] = (
                f'<a href="{url}"{self.fallback(stop, "name")}>{name}</a> · {unit}',
                f"<span{self.fallback(stop, 'address')}>{self.isolated(stop.address)}</span>"
                f" · {community}",
                f'<a href="{url}">{name}</a>',
            )
        return parts

    def booking(self, stop):
        """The "Book an appointment" paragraph of a visit at `stop`."""
        html = self._booking.get(stop.pk)
        if html is None:
            html = self._booking[stop.pk] = (
                f'\n      <p class="no-print"><a class="button" href="{self.booking_href}'
                f'?place={escape(stop.place_id)}{self.service_query}">{self.book}</a></p>'
            )
        return html

    def services(self, unit_id, services):
        """The "Services in the van" lines of the van `unit_id`, which offers `services`."""
        html = self._services.get(unit_id)
        if html is None:
            html = ""
            if services:
                tags = "".join(
                    f'<li class="tag"{self.fallback(service, "title")}>{escape(service.title)}</li>'
                    for service in services
                )
                html = (
                    f'\n      <p class="visit-card__services-label">{self.services_label}:</p>'
                    f'\n      <ul class="tags visit-card__services">{tags}</ul>'
                )
            self._services[unit_id] = html
        return html

    def status(self, occurrence):
        """ " · Cancelled: why" of a cancelled visit (nothing for one that takes place)."""
        if not occurrence.cancelled:
            return ""
        if occurrence.reason:
            why = format_html(": {}", self.isolated(occurrence.reason))
        elif occurrence.holiday:
            why = format_html(
                ': {} (<span class="holiday-name">{}</span>)',
                self.public_holiday,
                holiday_name(occurrence.holiday),
            )
        else:
            why = ""
        return format_html(" · <strong>{}</strong>{}", self.cancelled, why)

    def card(self, visit):
        occurrence = visit.occurrence
        link, address, _table_link = self.stop(occurrence.place)
        modifier = " visit-card--cancelled" if occurrence.cancelled else ""
        return (
            f'\n    <li class="visit-card{modifier}">'
            f'\n      <p class="visit-card__time"><span dir="ltr">{_hours(occurrence)}</span>'
            f"{self.status(occurrence)}</p>"
            f'\n      <p class="visit-card__place">{link}</p>'
            f'\n      <p class="visit-card__address">{address}</p>'
            f"{self.services(occurrence.place.mobile_unit_id, visit.services)}"
            f"{self.booking(occurrence.place) if self.booking_url and visit.bookable else ''}"
            "\n    </li>"
        )

    def cards(self, visits):
        """The `<li>` cards of a day's visits (`calendar.Visit`s) and of the other entries
        beside them (`calendar_extras`: activity sessions, few, each with its template)."""
        return mark_safe("".join(self.extra(v) if v.is_activity else self.card(v) for v in visits))

    def extra(self, entry, template_name=None):
        """Another app's entry (`calendar_extras`), rendered by its own template."""
        return render_to_string(
            template_name or entry.template_name, {"entry": entry}, request=self.request
        )

    def time(self, moment):
        """ "10:00": the `time:"H:i"` filter (in the current time zone)."""
        return f"{moment.astimezone(self.timezone):%H:%M}"

    def table_entry(self, occurrence):
        _link, _address, table_link = self.stop(occurrence.place)
        if occurrence.cancelled:
            return (
                f'\n          <li class="cancelled"><span dir="ltr">{self.time(occurrence.start)}'
                f"</span> {table_link} ({self.cancelled_lower})</li>"
            )
        time = self.time(occurrence.start)
        return f'\n          <li><span dir="ltr">{time}</span> {table_link}</li>'

    def table_entries(self, occurrences):
        """The `<li>` entries of a day's cell in the month table."""
        return mark_safe(
            "".join(
                self.extra(o, o.table_template_name)
                if getattr(o, "is_activity", False)
                else self.table_entry(o)
                for o in occurrences
            )
        )
