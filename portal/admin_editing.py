"""Translated fields in the Wagtail admin say which language, and which direction, they hold.

wagtail-modeltranslation turns every translated field into one per language
(`title_el`, `title_ar`, …), built by django-modeltranslation's
`TranslationField.formfield()`. `install()` wraps that one method, so every
admin form (pages, snippets, inline stops) gets, on each language's input:

- `lang="ar"` (the field's language) and `dir="rtl"` for right-to-left
  languages, `dir="ltr"` for the others, so Arabic and Farsi are typed right
  to left in a Greek admin and Greek stays left to right in an Arabic one;
- for Draftail rich text, the same direction as the editor's
  `textDirectionality` option (Draftail then sets `dir` on its editor).

StreamFields are drawn in the browser: `portal/js/admin-fields.js` gives
their container (and every translated field's `.w-field__input`) the same
`dir` and `lang`.
"""

from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from modeltranslation.fields import TranslationField
from wagtail.admin.rich_text import DraftailRichTextArea

# Translators: the label of the language picker above a translated page in the admin
# (wagtail-modeltranslation's own string, translated here: it ships no el/ar/fa).
LOCALE_PICKER_LABEL = _("View / edit fields for")


def direction(language):
    """ "rtl" or "ltr" for a language code."""
    try:
        return "rtl" if get_language_info(language)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def mark_widget(widget, language):
    """Give a translated field's widget its language and direction."""
    text_direction = direction(language)
    widget.attrs.update({"lang": language, "dir": text_direction})
    if isinstance(widget, DraftailRichTextArea):
        widget.options = {**widget.options, "textDirectionality": text_direction.upper()}


def install():
    """Wrap TranslationField.formfield once (called from PortalConfig.ready)."""
    original = TranslationField.formfield
    if getattr(original, "marks_direction", False):
        return

    def formfield(self, *args, **kwargs):
        field = original(self, *args, **kwargs)
        if field is not None and getattr(field, "widget", None) is not None:
            mark_widget(field.widget, self.language)
        return field

    formfield.marks_direction = True
    TranslationField.formfield = formfield
