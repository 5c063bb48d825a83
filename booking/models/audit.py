"""The subjects of the booking audit trail in Wagtail's audit log.

Wagtail stores a `ModelLogEntry` under the content type of the instance it
is given (`for_concrete_model=False`), and shows an entry only to users who
hold a permission on that content type. Logging against these proxies
instead of `Appointment` and the user model keeps the trail out of sight of
the front desk (who hold every appointment permission) and shows it to
superusers and to groups given "Can see the audit trail".
"""

from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _

from .appointments import Appointment

AUDIT_PERMISSION = ("view_audit_trail", _("Can see the audit trail"))


class AuditedAppointment(Appointment):
    """An appointment as the subject of audit entries (its reference is the entry's name)."""

    class Meta:
        proxy = True
        default_permissions = ()
        permissions = [AUDIT_PERMISSION]
        verbose_name = _("appointment (audit trail)")
        verbose_name_plural = _("appointments (audit trail)")


class AuditedStaffUser(User):
    """A staff user as the subject of audit entries that concern no single appointment
    (exports, feed links)."""

    class Meta:
        proxy = True
        default_permissions = ()
        permissions = [AUDIT_PERMISSION]
        verbose_name = _("staff member (audit trail)")
        verbose_name_plural = _("staff members (audit trail)")
