"""Builders of the referrals tests: partner organisations, partner users, referrals."""

from django.contrib.auth.models import Group

from referrals import intake, tokens
from referrals.forms import ReferralForm
from referrals.models import PartnerAccount
from services_catalog.models import Organisation
from tests import builders as b
from tests.helpers import set_admin_language


def organisation(slug, name, kind="social_service", **fields):
    return Organisation.objects.create(slug=slug, name_el=name, kind=kind, **fields)


def partner_user(username, org):
    """A user in the Partner organisation group, tied to `org`."""
    user = b.staff_user(username, groups=["Partner organisation"])
    PartnerAccount.objects.create(user=user, organisation=org)
    return user


def token_for(user, label="test"):
    token, _record = tokens.make_token(user.partner_account, label)
    return token


def answers(service, where, **overrides):
    """The referral form's answers (admin form and API alike)."""
    data = {
        "service": service.pk,
        "place": where.place_id,
        "name": "Μαρία Αντωνίου",
        "phone": "694 111 2233",
        "email": "",
        "language": "el",
        "reason": "Χρειάζεται ψυχολογική στήριξη μετά από απώλεια εργασίας.",
        "consent": True,
    }
    data.update(overrides)
    return data


def referral(user, service, where, **overrides):
    """A referral made by partner `user` through the one intake function."""
    data = answers(service, where, **overrides)
    data["consent"] = "on" if data["consent"] else ""
    form = ReferralForm(data=data)
    assert form.is_valid(), form.errors
    return intake.refer(user.partner_account, user, form.cleaned_data)


def network():
    """The small network (branch, van stop, bookable service), two partners with a user each,
    a front desk at the branch only, one at every place, and an editor."""
    net = b.small_network()
    other_branch = b.branch("Παράρτημα Ρομά", capacity=1)
    piraeus = organisation("piraeus-social", "Κοινωνική Υπηρεσία Πειραιά")
    ngo = organisation("ngo", "ΜΚΟ Αλληλεγγύη", kind="ngo")
    people = {
        "partner": partner_user("partner", piraeus),
        "other_partner": partner_user("ngo-partner", ngo),
        "desk_branch": b.staff_user("desk-branch", groups=["Front desk"], branches=[net["branch"]]),
        "desk_other": b.staff_user("desk-other", groups=["Front desk"], branches=[other_branch]),
        "desk_all": b.staff_user("desk-all", groups=["Front desk"], all_places=True),
        "editor": b.staff_user("editor", groups=["Editors"]),
    }
    for user in people.values():
        set_admin_language(user, "en")  # the tests read the admin's English messages
    return {
        **net,
        **people,
        "other_branch": other_branch,
        "piraeus": piraeus,
        "ngo": ngo,
        "front_desk_group": Group.objects.get(name="Front desk"),
    }
