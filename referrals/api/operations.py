"""The referrals API's operations: refer a citizen, list and read one's own referrals.

Every operation needs a partner token (`PartnerBearer`): no header, another
scheme, an unknown or revoked token, or a user who is no longer a partner
all answer 401 (shape and wording in `portal.api`). A referral of another
partner answers the same 404 as one that does not exist. The answers name
the status and what became of the referral, never personal data: the
partner already has it, and an answer may be logged or cached on its side.
"""

from django.http import HttpResponse
from django.utils.translation import gettext as _

from ninja import Status
from ninja.errors import HttpError
from ninja.pagination import paginate
from ninja.security import HttpBearer

from booking.api.requests import encodable
from booking.references import hash_token, normalise_reference
from portal.api_errors import Error, FieldErrors, InvalidInput
from referrals import intake, tokens
from referrals.choices import ReferralStatus
from referrals.forms import ReferralForm
from referrals.models import Referral
from services_catalog.api import Converted, HSDSPagination

from .limits import Refused, answer, check
from .schemas import ReferralIn, ReferralOut

LIMIT_DESCRIPTION = """

Rate limit: each token may make `REFERRALS_API_RATE_PER_TOKEN` calls (default 60 a
minute) to these operations together. Over it: 429 with a translated `detail` and
`Retry-After` (seconds); nothing was stored. 503 with `Retry-After` when the calls cannot
be counted (the shared cache is down)."""

CREATE_DESCRIPTION = """Refer a citizen to the centre (partner organisations only, with their
token in `Authorization: Bearer <token>`). Checked by the same rules as the admin's form:
`service` and `place` (a location that offers it), the citizen's name, phone (stored as
E.164), optional e-mail, contact language, the `reason`, and `consent: true` (missing or
false: 422 on `consent`). 201 with the referral (status `pending`); 422 with `errors` by field;
401 without a valid token."""

LIST_DESCRIPTION = """The partner's own referrals, newest first, with their status: `pending`,
`accepted` (and what into) or `returned` (with the centre's reason). Never another partner's."""


class PartnerBearer(HttpBearer):
    def authenticate(self, request, token):
        account = tokens.authenticate(token)
        if account is not None:
            request.partner_account = account
            request.partner_token_hash = hash_token(token)  # the rate limit's key
        return account


def register(api):
    """Add the referral operations to `api` (built in `portal.api`)."""
    auth = PartnerBearer()
    api.add_exception_handler(Refused, answer(api))
    api.post(
        "/referrals",
        response={
            201: ReferralOut,
            400: Error,
            401: Error,
            413: Error,
            422: InvalidInput,
            429: Error,
            503: Error,
        },
        tags=["referrals"],
        auth=auth,
        summary="Refer a citizen (partners)",
        description=CREATE_DESCRIPTION + LIMIT_DESCRIPTION,
    )(create_referral)
    api.get(
        "/referrals",
        response={200: list[ReferralOut], 401: Error, 422: InvalidInput, 429: Error, 503: Error},
        tags=["referrals"],
        auth=auth,
        summary="The partner's own referrals",
        description=LIST_DESCRIPTION + LIMIT_DESCRIPTION,
    )(list_referrals)
    api.get(
        "/referrals/{id}",
        response={200: ReferralOut, 401: Error, 404: Error, 429: Error, 503: Error},
        tags=["referrals"],
        auth=auth,
        summary="One of the partner's referrals",
        description="One referral of the partner's, by its id." + LIMIT_DESCRIPTION,
    )(get_referral)


def _private(response):
    response["Cache-Control"] = "private, no-store"


def own_referrals(request):
    return (
        Referral.objects.filter(organisation=request.partner_account.organisation)
        .select_related("service", "branch", "stop__mobile_unit")
        .order_by("-created_at", "-pk")
    )


def referral_out(referral):
    return {
        "id": referral.reference,
        "display_reference": referral.display_reference,
        "status": referral.status,
        "status_label": str(referral.get_status_display()),
        "accepted_into": referral.outcome
        if referral.status == ReferralStatus.ACCEPTED and referral.outcome
        else None,
        "return_reason": referral.return_reason,
        "service_id": str(referral.service_id),
        "service_name": referral.service.title,
        "location_id": referral.place_id,
        "location_name": referral.place.display_name,
        "created_at": referral.created_at,
        "decided_at": referral.decided_at,
    }


def create_referral(request, response: HttpResponse, body: ReferralIn):
    _private(response)
    check(request)
    form = ReferralForm(
        data={
            "service": str(body.service),
            "place": encodable(body.place),
            "name": encodable(body.name),
            "phone": encodable(body.phone),
            "email": encodable(body.email or ""),
            "language": encodable(body.language),
            "reason": encodable(body.reason),
            **({"consent": "on"} if body.consent else {}),
        }
    )
    if not form.is_valid():
        raise FieldErrors(
            {
                field: [str(message) for message in messages]
                for field, messages in form.errors.items()
            }
        )
    account = request.partner_account
    referral = intake.refer(account, account.user, form.cleaned_data)
    referral = own_referrals(request).get(pk=referral.pk)
    response["Location"] = request.build_absolute_uri(
        f"{request.path.rstrip('/')}/{referral.reference}"
    )
    return Status(201, referral_out(referral))


@paginate(HSDSPagination)
def list_referrals(request, response: HttpResponse):
    _private(response)
    check(request)
    return Converted(own_referrals(request), referral_out)


def get_referral(request, response: HttpResponse, id: str):
    _private(response)
    check(request)
    reference = normalise_reference(id[:40])
    referral = own_referrals(request).filter(reference=reference).first() if reference else None
    if referral is None:
        raise HttpError(404, _("No referral of yours with this id."))
    return referral_out(referral)
