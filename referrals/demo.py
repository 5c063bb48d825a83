"""Demo content of the referrals module (`manage.py load_demo`).

A partner user of the Piraeus municipal social service (`partner`, the demo
password), one pending referral and one accepted into an appointment, so
both the partner's and the front desk's screens have something to show.
Idempotent: the referrals are made once (recognised by their partner).
"""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from booking.choices import Channel
from booking.reservations import BookingError, book
from booking.slots import free_slots
from referrals import intake, outcomes
from referrals.forms import ReferralForm
from referrals.into_appointment import KEY as INTO_APPOINTMENT
from referrals.models import PartnerAccount, Referral
from services_catalog.models import Organisation, ServicePage

PARTNER_USERNAME = "partner"
PARTNER_PASSWORD = os.environ.get("DEMO_ADMIN_PASSWORD", "kentro-demo-2026")
PARTNER_ORGANISATION = "piraeus-social-service"

REFERRALS = [
    {
        "name": "Σοφία Καραγιάννη",
        "phone": "+306912345611",
        "language": "el",
        "reason": "Μητέρα δύο παιδιών, έχασε τη δουλειά της· χρειάζεται ψυχολογική στήριξη "
        "και ενημέρωση για επιδόματα.",
    },
    {
        "name": "Karim Haidari",
        "phone": "+306912345612",
        "language": "fa",
        "reason": "Recently recognised refugee; needs help with the guaranteed minimum income "
        "application and an interpreter for Farsi.",
    },
]


def load(stdout):
    organisation = Organisation.objects.filter(slug=PARTNER_ORGANISATION).first()
    if organisation is None:
        stdout.write("Referrals: no partner organisation in the catalogue; skipped")
        return
    user = ensure_partner_user(organisation)
    made = ensure_referrals(user)
    stdout.write(f"Referrals: {made} demo referrals; partner login: {user.username}")


def ensure_partner_user(organisation):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=PARTNER_USERNAME,
        defaults={"first_name": "Κοινωνική", "last_name": "Υπηρεσία", "is_staff": False},
    )
    if created:
        user.set_password(PARTNER_PASSWORD)
        user.save()
        group = Group.objects.filter(name="Partner organisation").first()
        if group is not None:
            user.groups.add(group)
        PartnerAccount.objects.create(user=user, organisation=organisation)
    return user


def ensure_referrals(user):
    account = user.partner_account
    existing = Referral.objects.filter(organisation=account.organisation).count()
    if existing:
        return existing
    service = ServicePage.objects.live().filter(bookable=True).order_by("path").first()
    if service is None:
        return 0
    slots = free_slots(service, now=timezone.now())
    made = 0
    for index, spec in enumerate(REFERRALS):
        place = slots[index * 7].place_id if len(slots) > index * 7 else None
        if place is None:
            break
        form = ReferralForm(
            data={"service": service.pk, "place": place, "consent": "on", "email": "", **spec}
        )
        if not form.is_valid():
            continue
        referral = intake.refer(account, user, form.cleaned_data)
        made += 1
        if index == 1:  # the second is accepted into an appointment by the front desk
            _accept(referral, service, slots[index * 7])
    return made


def _accept(referral, service, slot):
    desk = get_user_model().objects.filter(username="frontdesk").first()
    details = {
        "name": referral.name,
        "phone": referral.phone,
        "email": "",
        "language": referral.language,
        "interpreter_needed": True,
        "interpreter_language": "fa",
        "accessibility_needs": "",
        "note": "[demo] referral",
    }
    try:
        appointment, _token = book(
            service=service, slot_key=slot.key, details=details, channel=Channel.PHONE
        )
    except BookingError:
        return
    outcomes.accept(referral, INTO_APPOINTMENT, appointment, desk)
