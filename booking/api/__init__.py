"""Booking API: free slots, making an appointment, seeing and cancelling it.

`/api/v1/availability`, `/api/v1/bookings` and `/api/v1/bookings/{reference}`.
The same functions as the citizen's web flow do the work (`booking.slots`
for free slots, `booking.reservations` to book and cancel) and the same form
(`DetailsForm`) checks the answers, so web and API share one set of rules.
`register(api)` adds the operations to a NinjaAPI built in `portal.api`.
"""

from .operations import register

__all__ = ["register"]
