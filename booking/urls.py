"""The citizen's booking pages (inside the language prefix: /el/booking/…)."""

from django.urls import path

from booking.views import confirmation, flow, manage, waitlist

app_name = "booking"

urlpatterns = [
    path("booking/", flow.start, name="start"),
    path("booking/new/", flow.new_flow, name="new"),
    path("booking/place/", flow.choose_place, name="place"),
    path("booking/time/", flow.choose_time, name="time"),
    path("booking/details/", flow.details, name="details"),
    path("booking/agreement/", flow.consent, name="consent"),
    path("booking/check/", flow.review, name="review"),
    path("booking/done/", confirmation.done, name="done"),
    # The waiting list: join when nothing is free, answer an offer, leave (private links).
    path("booking/waitlist/", waitlist.join, name="waitlist"),
    path("booking/waitlist/offer/<str:token>/", waitlist.offer, name="waitlist-offer"),
    path("booking/waitlist/leave/<str:token>/", waitlist.leave, name="waitlist-leave"),
    path("booking/done/appointment.ics", confirmation.done_calendar, name="done-calendar"),
    # The private link (token) and its old sub-addresses: exchanged for a grant.
    path("booking/manage/<str:token>/", manage.exchange_token, name="manage"),
    path("booking/manage/<str:token>/move/", manage.exchange_token, {"then": "move"}),
    path("booking/manage/<str:token>/appointment.ics", manage.exchange_token, {"then": "ics"}),
    # The token-free pages, with the grant in the session.
    path("booking/appointment/<str:reference>/", manage.manage, name="appointment"),
    path("booking/appointment/<str:reference>/move/", manage.move, name="move"),
    path(
        "booking/appointment/<str:reference>/move/confirm/",
        manage.confirm_move,
        name="move-confirm",
    ),
    path(
        "booking/appointment/<str:reference>/appointment.ics",
        manage.manage_calendar,
        name="manage-calendar",
    ),
]
