"""The shapes of the referrals API's requests and answers."""

import datetime

from django.conf import settings

from ninja import Field, Schema
from pydantic import StrictBool

from booking.forms import NAME_MAX
from referrals.choices import ReferralStatus
from referrals.forms import REASON_MAX
from services_catalog.api.schemas import MAX_ID

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class ReferralIn(Schema):
    # Published limits; the admin's own form (referrals.forms.ReferralForm) checks them
    # and names each field in a 422.
    service: int = Field(
        description="The id of the service wanted (GET /api/v1/services).",
        json_schema_extra={"minimum": 1, "maximum": MAX_ID},
    )
    place: str = Field(
        description="Where: a location id that offers the service, e.g. branch-3 or stop-12.",
        json_schema_extra={"maxLength": 40},
    )
    name: str = Field(
        description="The citizen's name, any alphabet.",
        json_schema_extra={"minLength": 1, "maxLength": NAME_MAX},
    )
    phone: str = Field(
        description="Greek or international (+44 7911 123456) number.",
        json_schema_extra={"minLength": 1, "maxLength": 30},
    )
    email: str | None = Field(
        None, description="Optional.", json_schema_extra={"maxLength": 254, "format": "email"}
    )
    language: str = Field(
        description="Language for contact: el, en, ar or fa.", json_schema_extra={"enum": LANGUAGES}
    )
    reason: str = Field(
        description="What the citizen needs help with.",
        json_schema_extra={"minLength": 1, "maxLength": REASON_MAX},
    )
    consent: StrictBool = Field(
        description="Must be true: the citizen agreed to be referred and to the privacy notice."
    )


class ReferralOut(Schema):
    id: str = Field(description="Eight characters, e.g. KX47MT9A.")
    display_reference: str = Field(description="The same, as read out: KX47-MT9A.")
    status: str = Field(
        description="pending, accepted or returned",
        json_schema_extra={"enum": [str(value) for value in ReferralStatus.values]},
    )
    status_label: str
    accepted_into: str | None = Field(
        description="What the centre accepted it into: appointment (later also callback, "
        "home_visit); null unless accepted."
    )
    return_reason: str = Field(description="Why the centre returned it (empty otherwise).")
    service_id: str
    service_name: str
    location_id: str
    location_name: str
    created_at: datetime.datetime
    decided_at: datetime.datetime | None
