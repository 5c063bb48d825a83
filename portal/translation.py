"""Which fields are translated (django-modeltranslation).

Every field listed here gets one column per language (`title_el`,
`title_en`, `title_ar`, `title_fa`); an empty translation falls back to Greek.
"""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ContentPage, FooterLink, HeaderLink, HomePage, SiteSettings


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("intro", "book_heading", "book_text", "body")


@register(ContentPage)
class ContentPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("organisation_name", "address", "city", "opening_hours")


@register(HeaderLink)
class HeaderLinkTR(TranslationOptions):
    fields = ("label",)


@register(FooterLink)
class FooterLinkTR(TranslationOptions):
    fields = ("label",)
