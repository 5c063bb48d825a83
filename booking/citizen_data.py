"""Every door's records about one citizen, for the front desk's "Citizen data" tool.

A citizen who asks what we hold, or asks us to erase it, may have come in by
more than one door: an appointment (found by its reference), but also a
waiting-list entry, a call-back request, a contact message, a home-visit
request or a referral, which have no appointment reference. They are found
by the phone number or the e-mail address the citizen gives. Booking never
imports the other doors: each registers a `Holder` in its AppConfig.ready()
(the waiting list is booking's own, registered in booking.apps):

    citizen_data.register(citizen_data.Holder(
        key="callbacks",
        label=_("Call-back requests"),
        records=lambda user: permissions.requests_for(user),  # what this user may see
        personal_fields=("name", "phone", "topic"),
        erase=retention.anonymise,  # empties a queryset's personal fields, returns a count
        describe=lambda obj: _("Call-back request %(number)s") % {"number": obj.pk},
    ))

The records a user finds are only those of their places (each holder's
`records(user)`); the tool audits the look-up, the download and the erasure
with counts per holder, never the number or the address searched for.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q


@dataclass(frozen=True)
class Holder:
    key: str
    label: str  # "Call-back requests", translated lazily
    records: Callable  # records(user) -> the queryset of records this user may see
    personal_fields: tuple  # exported, and what erasing empties
    erase: Callable  # erase(queryset) -> how many records were emptied
    describe: Callable = str  # one record as staff read it ("Call-back request 12")
    phone_fields: tuple = ("phone",)
    email_field: str | None = "email"
    when_field: str = "created_at"


HOLDERS = {}


def register(holder):
    HOLDERS[holder.key] = holder


def _matching(holder, phone, email):
    condition = Q()
    for field in holder.phone_fields if phone else ():
        condition |= Q(**{field: phone})
    if email and holder.email_field:
        condition |= Q(**{f"{holder.email_field}__iexact": email})
    return condition


def find(user, phone="", email=""):
    """[(holder, [records])] still holding data under `phone` (E.164) or `email`, at the
    user's places; holders with nothing are left out."""
    if not phone and not email:
        return []
    found = []
    for holder in HOLDERS.values():
        condition = _matching(holder, phone, email)
        if not condition:
            continue
        records = list(
            holder.records(user)
            .filter(condition, anonymised_at__isnull=True)
            .order_by(holder.when_field, "pk")
        )
        if records:
            found.append((holder, records))
    return found


def rows(found):
    """What the page shows: per holder, each record's description, date and fields."""
    return [
        {
            "label": holder.label,
            "records": [
                {
                    "title": holder.describe(record),
                    "when": getattr(record, holder.when_field),
                    "fields": [
                        (record._meta.get_field(name).verbose_name, getattr(record, name))
                        for name in holder.personal_fields
                        if getattr(record, name)
                    ],
                }
                for record in records
            ],
        }
        for holder, records in found
    ]


def export(found):
    """The JSON of a subject-access request: {holder key: [record, …]}."""
    return {
        holder.key: [
            {
                "record": str(holder.describe(record)),
                "made_on": getattr(record, holder.when_field).isoformat(),
                **{name: str(getattr(record, name)) for name in holder.personal_fields},
            }
            for record in records
        ]
        for holder, records in found
    }


def erase(found):
    """Empty every found record's personal data (each holder's own anonymise); the counts."""
    counts = {}
    for holder, records in found:
        model = type(records[0])
        counts[holder.key] = holder.erase(model.objects.filter(pk__in=[r.pk for r in records]))
    return counts


def counts(found):
    return {holder.key: len(records) for holder, records in found}
