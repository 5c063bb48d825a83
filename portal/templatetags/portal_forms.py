"""Form rendering helpers: inputs tied to their hint and error for screen readers."""

from django import template

register = template.Library()


@register.simple_tag
def field_widget(field):
    """The field's widget with `aria-describedby` (hint, error) and `aria-invalid`.

    The ids match those the field template gives the hint (`<id>-help`) and
    the error (`<id>-error`).
    """
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}-help")
    if field.errors:
        described.append(f"{field.auto_id}-error")
    attrs = {}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)
