"""Keep everyone's places when "no access row" stops meaning "every place".

Before, a non-superuser with appointment permissions and no `StaffAccess`
row saw every place. Now no row means no place, so each such user (a member
of the Front desk group, or anyone holding an appointment permission
through a group or directly) gets a row with `all_places` ticked. Existing
rows keep their branches and units (`all_places` defaults to False).
"""

from django.db import migrations
from django.db.models import Q

APPOINTMENT_CODENAMES = [
    "view_appointment",
    "add_appointment",
    "change_appointment",
    "export_appointment",
    "manage_citizen_data",
]


def give_all_places(apps, schema_editor):
    User = apps.get_model("auth", "User")
    Permission = apps.get_model("auth", "Permission")
    StaffAccess = apps.get_model("booking", "StaffAccess")

    permissions = Permission.objects.filter(
        content_type__app_label="booking", codename__in=APPOINTMENT_CODENAMES
    )
    users = (
        User.objects.filter(is_superuser=False)
        .filter(
            Q(groups__name="Front desk")
            | Q(groups__permissions__in=permissions)
            | Q(user_permissions__in=permissions)
        )
        .exclude(pk__in=StaffAccess.objects.values("user_id"))
        .distinct()
    )
    StaffAccess.objects.bulk_create(
        [StaffAccess(user_id=pk, all_places=True) for pk in users.values_list("pk", flat=True)]
    )


def back_to_no_row(apps, schema_editor):
    """Before this change an unlimited user had no row: delete the all-places rows."""
    apps.get_model("booking", "StaffAccess").objects.filter(all_places=True).delete()


class Migration(migrations.Migration):
    dependencies = [("booking", "0003_staff_access_all_places_and_audit_subjects")]

    operations = [migrations.RunPython(give_all_places, back_to_no_row)]
