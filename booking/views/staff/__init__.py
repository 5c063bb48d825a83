"""Staff tools in the Wagtail admin, and the private staff feed.

Views stay thin: which appointments a user sees comes from
`booking.permissions`, every change goes through `booking.reservations`, the
feed is built by `booking.staff_feeds`, data requests use
`booking.retention`. Personal data never travels in an address: filters
carry places, services, statuses and dates; a reference typed at the desk
is posted, not put in a query string.
"""

from booking.views.staff.appointments import (
    AppointmentDetailView,
    AppointmentIndexView,
    AppointmentStatusView,
)
from booking.views.staff.citizen_data import CitizenDataView
from booking.views.staff.common import BOOK_URL, DETAIL_URL, INDEX_URL, STATUS_URL
from booking.views.staff.feed import StaffFeedPageView, staff_feed
from booking.views.staff.on_behalf import BookForCitizenView
from booking.views.staff.waitlist import WaitlistView

__all__ = [
    "BOOK_URL",
    "DETAIL_URL",
    "INDEX_URL",
    "STATUS_URL",
    "AppointmentDetailView",
    "AppointmentIndexView",
    "AppointmentStatusView",
    "BookForCitizenView",
    "CitizenDataView",
    "StaffFeedPageView",
    "WaitlistView",
    "staff_feed",
]
