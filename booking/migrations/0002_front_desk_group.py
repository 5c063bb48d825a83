"""The "Front desk" group: sees, books and updates appointments, exports them,
answers citizens' data requests, and may log in to the admin.

Which places each member sees is set per user (Appointments › Front-desk access).
"""

from django.db import migrations

GROUP = "Front desk"
APPOINTMENT_PERMISSIONS = {
    "view_appointment": "Can view appointment",
    "add_appointment": "Can add appointment",
    "change_appointment": "Can change appointment",
    "export_appointment": "Can export appointments",
    "manage_citizen_data": "Can export or erase a citizen's data",
}


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")

    # Permissions are normally created after all migrations ran; make sure they exist now.
    appointment_type, _ = ContentType.objects.get_or_create(app_label="booking", model="appointment")
    permissions = [
        Permission.objects.get_or_create(
            content_type=appointment_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in APPOINTMENT_PERMISSIONS.items()
    ]
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*permissions, access_admin)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("booking", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        # After Wagtail hands "choose image/document" to every admin group: the
        # front desk needs neither, and the group is the same on every database.
        ("wagtailimages", "0023_add_choose_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
