"""The second-factor pages under /admin/2fa/ (registered in wagtail_hooks.py,
so Wagtail's admin-access check and the admin's language apply).

- verify: the signed-in person types the 6-digit code of their authenticator
  app, or one recovery code.
- enrol: someone without a confirmed device scans a QR code (or types the
  secret), confirms with a first code, and sees ten recovery codes, once.
- recovery_codes: a signed-in, verified person replaces their recovery codes
  (from Account → Actions), for example when few are left.

Neither page is cached by the browser or a proxy (`never_cache`).
"""

from urllib.parse import urlencode

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from wagtail.log_actions import log

from django_otp import login as otp_login

from staff_auth import devices
from staff_auth.forms import CodeForm
from staff_auth.policy import needs_second_factor


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _with_next(name, next_url):
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


@never_cache
def verify(request):
    user = request.user
    next_url = _next_url(request)
    if user.is_verified() or not needs_second_factor(user):
        return redirect(next_url)
    if not devices.has_confirmed_device(user):
        return redirect(_with_next("staff_auth_enrol", next_url))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device, wait = devices.check_code(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            if device.__class__.__name__ == "StaticDevice":
                log(instance=device.user, action="staff_auth.recovery_code_used", user=device.user)
            return redirect(next_url)
        if wait:
            message = _("Too many wrong codes. Wait %(seconds)s seconds, then try again.") % {
                "seconds": wait
            }
        else:
            message = _(
                "This code is not right, or it was already used. Type the code "
                "your app shows now, or one of your recovery codes."
            )
        form.add_error("code", message)
    return render(request, "staff_auth/verify.html", {"form": form, "next": next_url})


@never_cache
def enrol(request):
    user = request.user
    next_url = _next_url(request)
    # Someone with a confirmed device proves it first; only an administrator's
    # reset lets a new app be set up (a stolen password alone must not).
    if devices.has_confirmed_device(user):
        if user.is_verified():
            return redirect(next_url)
        return redirect(_with_next("staff_auth_verify", next_url))
    device = devices.pending_app_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = devices.normalise_code(form.cleaned_data["code"])
        if devices.TOTP_CODE.match(code) and device.verify_token(code):
            codes = devices.confirm_app_device(device)
            otp_login(request, device)
            log(instance=device.user, action="staff_auth.second_factor_enrolled", user=device.user)
            return render(
                request,
                "staff_auth/recovery_codes.html",
                {"codes": codes, "next": next_url},
            )
        form.add_error(
            "code",
            _("This code is not right. Type the 6 digits your app shows now."),
        )
    return render(
        request,
        "staff_auth/enrol.html",
        {
            "form": form,
            "next": next_url,
            "qr_svg": devices.qr_svg(device),
            "secret": devices.secret_text(device),
        },
    )


@never_cache
def recovery_codes(request):
    user = request.user
    # The middleware has already asked for the second factor (this page is not
    # one of the pages open before it).
    if not devices.has_confirmed_device(user):
        return redirect(_with_next("staff_auth_enrol", reverse("wagtailadmin_account")))
    if request.method == "POST":
        codes = devices.new_recovery_codes(user)
        log(
            instance=devices.concrete(user),
            action="staff_auth.recovery_codes_renewed",
            user=devices.concrete(user),
        )
        return render(
            request,
            "staff_auth/recovery_codes.html",
            {"codes": codes, "next": reverse("wagtailadmin_account"), "renewed": True},
        )
    return render(
        request,
        "staff_auth/renew_codes.html",
        {"left": devices.recovery_codes_left(user)},
    )
