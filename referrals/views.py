"""The Referrals menu of the admin, for partners and for the centre's staff.

Partners: "Refer a citizen" (the form), "Referrals" (their organisation's,
with status), a referral's page (what they sent and what became of it —
accepted or returned with the reason, never the appointment itself), and
"API access" (tokens). Centre staff: "Referrals" to their places, a
referral's page (audited) with "accept into …" (referrals.outcomes) and
"return with a reason". Each view asks referrals.permissions; a referral
the user may not see is a 404, as if it did not exist.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from booking.forms import clean_text
from portal.parsing import parse_id
from referrals import audit, intake, outcomes, permissions, tokens
from referrals.choices import ReferralStatus
from referrals.forms import ReferralForm, ReturnForm
from referrals.models import PartnerToken

INDEX_URL = "referrals:index"
DETAIL_URL = "referrals:detail"
REFER_URL = "referrals:refer"
TOKENS_URL = "referrals:tokens"


class ReferralsPage(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "mail"
    permission_check = staticmethod(permissions.can_open_referrals)

    def dispatch(self, request, *args, **kwargs):
        if not type(self).permission_check(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items, {"url": reverse(INDEX_URL), "label": _("Referrals")}]
        return [*items, {"url": "", "label": self.get_page_title()}]


class StatusFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("All")), *ReferralStatus.choices],
        widget=forms.RadioSelect,
    )


class ReferralIndexView(ReferralsPage):
    template_name = "referrals/admin/index.html"
    page_title = gettext_lazy("Referrals")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        user = self.request.user
        partner = permissions.is_partner(user)
        referrals = (
            permissions.partner_referrals(user) if partner else permissions.staff_referrals(user)
        )
        form = StatusFilterForm(self.request.GET or None)
        if form.is_valid() and form.cleaned_data["status"]:
            referrals = referrals.filter(status=form.cleaned_data["status"])
        referrals = referrals.select_related(
            "organisation", "service", "branch", "stop__mobile_unit"
        ).by_last_change()[:200]
        return super().get_context_data(
            partner=partner, referrals=list(referrals), filter_form=form, **kwargs
        )


def _visible(user, pk):
    """(referral, seen as partner?) for a referral this user may see; else 404."""
    pk = parse_id(pk)
    if pk is not None and permissions.is_partner(user):
        referral = permissions.partner_referrals(user).filter(pk=pk).first()
        if referral is not None:
            return referral, True
    if pk is not None and permissions.is_centre_staff(user):
        referral = permissions.staff_referrals(user).filter(pk=pk).first()
        if referral is not None:
            return referral, False
    raise Http404


class ReferralDetailView(ReferralsPage):
    template_name = "referrals/admin/detail.html"

    def get_page_title(self):
        return _("Referral %(reference)s") % {"reference": self.referral.display_reference}

    def get(self, request, pk):
        self.referral, as_partner = _visible(request.user, pk)
        if not as_partner:
            audit.record(audit.VIEW, request.user, self.referral)
        return self.render_to_response(self.context(as_partner))

    def context(self, as_partner, return_form=None):
        referral = self.referral
        decide = not as_partner and permissions.can_decide(self.request.user)
        target = referral.outcome_object if referral.outcome else None
        outcome = outcomes.OUTCOMES.get(referral.outcome)
        return self.get_context_data(
            referral=referral,
            as_partner=as_partner,
            outcome_label=outcome.label if outcome else "",
            # The partner reads what happens now, never the object itself.
            partner_text=outcome.partner_text
            if outcome and as_partner and referral.status == ReferralStatus.ACCEPTED
            else "",
            outcome_text="" if as_partner else outcomes.outcome_text(referral),
            outcome_url=(
                outcome.target_url(self.request.user, target)
                if outcome and target is not None and not as_partner
                else None
            ),
            ways_in=outcomes.available(referral) if decide else [],
            return_form=(return_form or ReturnForm())
            if decide and referral.status == ReferralStatus.PENDING
            else None,
        )


class ReturnReferralView(ReferralDetailView):
    """POST: return a pending referral to its partner with a reason."""

    http_method_names = ["post"]

    def post(self, request, pk):
        self.referral, as_partner = _visible(request.user, pk)
        if as_partner or not permissions.can_decide(request.user):
            raise PermissionDenied
        form = ReturnForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.context(False, return_form=form))
        if outcomes.give_back(self.referral, form.cleaned_data["reason"], request.user):
            messages.success(request, _("The referral was returned to the partner."))
        else:
            messages.error(request, _("This referral was already decided by someone else."))
        return redirect(DETAIL_URL, pk=self.referral.pk)


class ReferView(ReferralsPage):
    """A partner refers a citizen (the form's answers are kept on any error)."""

    template_name = "referrals/admin/refer.html"
    page_title = gettext_lazy("Refer a citizen")
    header_icon = "plus"
    permission_check = staticmethod(permissions.is_partner)

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=ReferralForm()))

    def post(self, request):
        form = ReferralForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        account = permissions.partner_account(request.user)
        referral = intake.refer(account, request.user, form.cleaned_data)
        messages.success(
            request,
            _("Referral %(reference)s was sent to the centre.")
            % {"reference": referral.display_reference},
        )
        return redirect(DETAIL_URL, pk=referral.pk)


class TokensView(ReferralsPage):
    """A partner's API tokens: make one (shown once), revoke one."""

    template_name = "referrals/admin/tokens.html"
    page_title = gettext_lazy("API access")
    header_icon = "key"
    permission_check = staticmethod(permissions.is_partner)

    def get(self, request, new_token=None):
        account = permissions.partner_account(request.user)
        return self.render_to_response(
            self.get_context_data(
                tokens=list(account.tokens.order_by("-created_at")), new_token=new_token
            )
        )

    def post(self, request):
        account = permissions.partner_account(request.user)
        revoke = parse_id(request.POST.get("revoke"))
        if revoke is not None:
            record = PartnerToken.objects.filter(account=account, pk=revoke).first()
            if record is not None:
                tokens.revoke(record, by=request.user)
                messages.success(request, _("The token was revoked."))
            return redirect(TOKENS_URL)
        label = clean_text(request.POST.get("label", ""))[:100]  # no NUL: PostgreSQL refuses it
        token, _record = tokens.make_token(account, label, by=request.user)
        response = self.get(request, new_token=token)
        response["Cache-Control"] = "no-store, private"
        return response
