"""Arbitrary text in the booking forms and the API's input schemas: field errors, never a crash.

Hypothesis writes NUL and other control characters, right-to-left marks and
overrides, lone surrogates, ten thousand characters, into every field of
the details form, the consent and reference forms and the API's input
shapes. Each either validates — and then holds no control character and
keeps within its length — or names the offending fields. Deterministic
(`derandomize=True`), marked `fuzz`.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from booking.api.requests import check_booking_input
from booking.api.schemas import AvailabilityFilters, BookingIn
from booking.forms import (
    ACCESSIBILITY_MAX,
    DETAIL_FIELDS,
    NAME_MAX,
    NOTE_MAX,
    ConsentForm,
    DetailsForm,
)
from booking.staff_forms import ReferenceForm
from portal.api_errors import FieldErrors
from services_catalog.api.schemas import LocationFilters, OccurrenceFilters
from tests.booking.flow_steps import ANSWERS

pytestmark = pytest.mark.fuzz

FUZZ = settings(
    max_examples=300,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TRICKY = (
    "\x00\x01\x07\x1b\x7f\x85\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\ufeff"
    "\r\n\t Aa Αά عربی فارسی 0+"
)
hostile_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(TRICKY), max_size=80),
    st.integers(min_value=0, max_value=10_000).map(lambda n: "ά" * n),
    st.sampled_from(["", " ", "\x00", "69 1234 5678", "+44 7911 123456", "a@example.org", "el"]),
)
FIELDS = DETAIL_FIELDS
VALID = ANSWERS  # valid answers of the details step, as the flow tests give them
MAXIMA = {"name": NAME_MAX, "accessibility_needs": ACCESSIBILITY_MAX, "note": NOTE_MAX}


def has_control_characters(text, multiline):
    allowed = "\n" if multiline else ""
    return any((ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0) and ch not in allowed for ch in text)


@FUZZ
@given(
    field=st.sampled_from(FIELDS),
    value=hostile_text,
    others=st.dictionaries(st.sampled_from(FIELDS), hostile_text, max_size=3),
)
def test_the_details_form_validates_or_names_the_fields(field, value, others):
    form = DetailsForm(data={**VALID, **others, field: value})

    if form.is_valid():
        details = form.details()
        for name, text in details.items():
            if isinstance(text, str):
                multiline = name in ("note", "accessibility_needs")
                assert not has_control_characters(text, multiline), (name, text)
                assert len(text) <= MAXIMA.get(name, 254), name
        assert details["phone"].startswith("+")
    else:
        assert set(form.errors) <= set(FIELDS) | {"__all__"}
        assert all(form.errors[name] for name in form.errors)


@FUZZ
@given(consent=hostile_text, reference=hostile_text)
def test_the_consent_and_reference_forms_never_raise(consent, reference):
    consent_form = ConsentForm(data={"consent": consent})
    assert consent_form.is_valid() == bool(consent) or "consent" in consent_form.errors
    reference_form = ReferenceForm(data={"reference": reference})
    if not reference_form.is_valid():
        assert list(reference_form.errors) == ["reference"]


@FUZZ
@given(
    values=st.fixed_dictionaries(
        {},
        optional={
            "slot": hostile_text,
            "service": st.one_of(st.integers(), hostile_text),
            "name": hostile_text,
            "phone": hostile_text,
            "email": st.one_of(st.none(), hostile_text),
            "language": hostile_text,
            "consent": st.one_of(st.booleans(), hostile_text),
            "note": hostile_text,
        },
    )
)
def test_the_booking_schema_parses_or_refuses(values):
    try:
        BookingIn.model_validate(values)
    except ValidationError as error:
        assert error.errors()


@pytest.mark.django_db
@FUZZ
@given(
    name=hostile_text,
    phone=hostile_text,
    note=hostile_text,
    slot=hostile_text,
    language=hostile_text,
    key=st.one_of(st.none(), hostile_text),
)
def test_the_api_checks_any_text_into_field_errors(name, phone, note, slot, language, key):
    payload = BookingIn(
        slot=slot, service=1, name=name, phone=phone, language=language, consent=True, note=note
    )
    try:
        check_booking_input(payload, key)
    except FieldErrors as error:
        assert error.errors
        assert all(isinstance(messages, list) and messages for messages in error.errors.values())


@FUZZ
@given(text=hostile_text, number=st.integers())
def test_the_filter_schemas_parse_or_refuse(text, number):
    shapes = [
        (LocationFilters, {"kind": text, "community": text}),
        (
            OccurrenceFilters,
            {"from": text, "to": "2027-01-31", "community": text, "service": number},
        ),
        (AvailabilityFilters, {"service": number, "location": text, "from": text}),
    ]
    for shape, values in shapes:
        try:
            parsed = shape.model_validate(values)
        except ValidationError as error:
            assert error.errors()
        else:
            for value in parsed.model_dump().values():
                assert not (isinstance(value, str) and "\x00" in value)
