"""The shapes of the API's errors, the same for every app's operations.

Every error is a JSON object with a translated `detail` (`Error`); invalid
input (422) also names each offending field under `errors` (`InvalidInput`).
An operation that finds invalid input by its own checks raises
`FieldErrors`; `portal.api` answers it like Ninja's own 422. App modules
import these; the handlers that answer them live in `portal.api` only.
"""

from django.utils.translation import gettext as _

from ninja import Field, Schema


class FieldErrors(Exception):
    """Invalid input found by our own checks: answered like Ninja's 422 (`InvalidInput`)."""

    def __init__(self, errors):
        super().__init__("invalid input")
        self.errors = errors


def not_found(what):
    """The `detail` of a 404 for an id that names nothing: "No service with this id."."""
    return _("No %(what)s with this id.") % {"what": what}


class Error(Schema):
    detail: str


class InvalidInput(Schema):
    """The 422 answer to a malformed parameter (built in `portal.api`)."""

    detail: str
    errors: dict[str, list[str]] = Field(description="Translated messages, by parameter.")
