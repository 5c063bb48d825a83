"""What other apps may listen to without booking importing them.

Booking sends these Django signals; apps built on top of it (feedback after
an attended visit, figures, later ones) connect receivers in their
`AppConfig.ready`. Booking itself never knows who listens.

- `appointment_status_changed(sender=Appointment, appointment, old, new)`:
  staff marked an appointment attended, did not come or cancelled; sent
  after the change is saved (`reservations.set_status`), inside the
  caller's transaction when there is one.
- `personal_data_removing(sender=Appointment, appointments)`: the personal
  data of `appointments` (a queryset) is about to be emptied by the
  retention job or a citizen's erasure request (`retention.anonymise`), in
  the same transaction: remove what you hold about them too.
"""

from django.dispatch import Signal

appointment_status_changed = Signal()
personal_data_removing = Signal()
