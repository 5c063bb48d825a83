"""The editor's translated fields: their direction and language (portal/admin_editing.py,
portal/js/admin-fields.js) and a readable language picker."""

import json

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks

from portal.admin_editing import direction


@hooks.register("insert_editor_js")
def translated_field_directions():
    directions = {code: direction(code) for code, _name in settings.LANGUAGES}
    return format_html(
        '<script src="{}" data-directions="{}"></script>',
        static("portal/js/admin-fields.js"),
        json.dumps(directions),
    )


@hooks.register("insert_global_admin_css")
def language_picker_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("portal/css/admin-language-picker.css")
    )
