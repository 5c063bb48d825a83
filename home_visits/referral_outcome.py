"""A referral accepted into a home visit (referrals.outcomes; referrals never imports this).

"Into a home visit" opens a staff form (home_visits.admin_views.NewRequestView)
filled in from the referral's handover (booking.handovers,
`handover=referral-<id>`): the person's name, phone, e-mail, language, the
partner as who asks, and the referral's reason as the details. Staff add what a
referral does not hold — the address, the community (one their teams serve) and
why the person cannot come — and confirm; the waiting request is made by
`home_visits.requests.create` and the handover accepts the referral into it.
"""

from django.apps import apps
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home_visits import access

NEW_URL = "home_visits_new"
DETAIL_URL = "home_visits_detail"


def describe(visit_request):
    return _("Home-visit request %(reference)s") % {"reference": visit_request.reference}


def start_url(referral):
    return f"{reverse(NEW_URL)}?{urlencode({'handover': f'referral-{referral.pk}'})}"


def target_url(user, visit_request):
    if access.requests_for(user).filter(pk=visit_request.pk).exists():
        return reverse(DETAIL_URL, args=[visit_request.pk])
    return None


def register():
    if not apps.is_installed("referrals"):
        return
    from referrals import outcomes  # noqa: PLC0415 (only when the referrals app is installed)

    outcomes.register(
        outcomes.Outcome(
            key="home_visit",
            label=gettext_lazy("Into a home visit"),
            start_url=start_url,
            describe=describe,
            target_url=target_url,
            model="home_visits.homevisitrequest",
            partner_text=gettext_lazy(
                "The centre will arrange a visit at home and tell the citizen the day and time."
            ),
        )
    )
