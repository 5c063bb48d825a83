"""A staff member's second-factor devices: one authenticator app (TOTP) and one
set of one-time recovery codes (django-otp's static device).

Enrolment creates an unconfirmed TOTP device whose secret is shown once as a
QR code and as text; the first correct code confirms it and creates the
recovery codes. An administrator's reset deletes both, so the person enrols
again at the next sign-in.
"""

import base64
import math
import re

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.functional import LazyObject, empty

from wagtail.log_actions import log

import qrcode
import qrcode.image.svg
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_DEVICE_NAME = "authenticator"
RECOVERY_DEVICE_NAME = "recovery"
TOTP_CODE = re.compile(r"^\d{6}$")


def normalise_code(raw):
    """What the person typed, without spaces or dashes, lower case (recovery codes)."""
    return re.sub(r"[\s-]", "", raw or "").lower()


def has_confirmed_device(user):
    return any(True for _ in devices_for_user(user, confirmed=True))


def pending_app_device(user):
    """The unconfirmed authenticator device being set up (the same one on reload,
    so a code already scanned keeps working until it is confirmed)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def secret_text(device):
    """The secret in base32, in groups of four, for typing into an app by hand."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device):
    """The otpauth:// address as an inline SVG (no image host, no JavaScript)."""
    image = qrcode.make(
        device.config_url,
        image_factory=qrcode.image.svg.SvgPathImage,
        box_size=8,
        border=2,
    )
    return image.to_string(encoding="unicode")


@transaction.atomic
def confirm_app_device(device):
    """Mark the authenticator confirmed and issue fresh recovery codes (returned)."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return new_recovery_codes(device.user)


@transaction.atomic
def new_recovery_codes(user):
    """Replace the user's recovery codes with STAFF_RECOVERY_CODES new ones."""
    StaticDevice.objects.filter(user=user).delete()
    static = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.STAFF_RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    return codes


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def concrete(user):
    """The user model instance behind request.user, for Wagtail's audit log.

    request.user is a lazy object (django-otp's) around another (Django's); the
    audit log looks up its model by type and silently records nothing for a
    lazy object, so unwrap both.
    """
    while isinstance(user, LazyObject):
        if user._wrapped is empty:
            user._setup()
        user = user._wrapped
    return user


def check_code(user, raw):
    """(the device that accepts this code or None, seconds to wait first).

    Six digits go to the authenticator, anything else to the recovery codes, so a
    mistyped code only slows down the device it was meant for. django-otp makes
    each device wait 1, 2, 4, 8 … seconds after successive wrong codes, refuses
    a TOTP code already used once (`last_t`) and deletes a recovery code when it
    is used. While every device of the kind must still wait, nothing is tried.
    """
    code = normalise_code(raw)
    if not code or len(code) > 16:
        return None, 0
    kind = TOTPDevice if TOTP_CODE.match(code) else StaticDevice
    waits = []
    with transaction.atomic():
        for device in kind.objects.select_for_update().filter(user=user, confirmed=True):
            allowed, data = device.verify_is_allowed()
            if not allowed:
                waits.append(_seconds_until((data or {}).get("locked_until")))
                continue
            if device.verify_token(code):
                return device, 0
            return None, 0
    return None, min(waits) if waits else 0


def _seconds_until(moment):
    if moment is None:
        return 1
    return max(1, math.ceil((moment - timezone.now()).total_seconds()))


@transaction.atomic
def delete_devices(user):
    """Remove every second-factor device of `user`; how many there were."""
    count = 0
    for model in (TOTPDevice, StaticDevice):
        devices = model.objects.filter(user=user)
        count += devices.count()
        devices.delete()
    return count


def reset(user, by=None):
    """An administrator's reset: delete the devices and record who did it."""
    count = delete_devices(user)
    log(instance=user, action="staff_auth.second_factor_reset", user=by, data={"devices": count})
    return count
