"""The staff channels are listed once (booking.choices.STAFF_CHANNELS)."""

from django.utils import translation

from booking.choices import STAFF_CHANNELS, Channel
from booking.staff_forms import StaffBookingForm


def test_the_staff_form_offers_exactly_the_staff_channels_with_translated_labels():
    assert STAFF_CHANNELS == (Channel.PHONE, Channel.IN_PERSON)
    with translation.override("el"):
        choices = [
            (value, str(label)) for value, label in StaffBookingForm.base_fields["channel"].choices
        ]
    assert choices == [
        ("phone", "Τηλεφωνικά (από το προσωπικό)"),
        ("in_person", "Αυτοπροσώπως (από το προσωπικό)"),
    ]
