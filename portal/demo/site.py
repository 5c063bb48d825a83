"""Build the site shell's demo content: home, general pages, settings, menus."""

import os

from django.contrib.auth import get_user_model
from django.db import transaction

from wagtail.models import Page, Site

from demo_content import site as content
from portal.models import (
    ContentPage,
    FooterLink,
    HeaderLink,
    HomePage,
    NavigationSettings,
    SiteSettings,
)

from .builders import DEFAULT_LANGUAGE, ensure_page, set_translated, site_root, translated_stream

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = os.environ.get("DEMO_ADMIN_PASSWORD", "kentro-demo-2026")


@transaction.atomic
def ensure_home_page():
    """The site's root page: a HomePage with every language's fields.

    Replaces Wagtail's placeholder "Welcome" page on a fresh database.
    """
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    home = HomePage.objects.first()
    if home is None:
        home, _changed = ensure_page(
            site_root(), HomePage, slug=content.HOME["slug"], title=content.HOME["title"]
        )
    placeholder = None
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.save()
    if placeholder is not None and type(placeholder.specific) is Page:
        placeholder.delete()
    return site, home


def load(stdout):
    site, home = ensure_home_page()
    pages = {"home": home}
    # First every page, so calls to action can point at any of them.
    for spec in content.PAGES:
        parent = pages[spec.get("parent", "home")]
        pages[spec["key"]], _changed = ensure_page(
            parent, ContentPage, slug=spec["slug"], title=spec["title"]
        )
    for spec in content.PAGES:
        page = pages[spec["key"]]
        ensure_page(
            page.get_parent().specific,
            ContentPage,
            slug=spec["slug"],
            title=spec["title"],
            fields={"intro": spec["intro"], "body": translated_stream(spec["body"], pages)},
        )
    ensure_page(
        site_root(),
        HomePage,
        slug=content.HOME["slug"],
        title=content.HOME["title"],
        fields={
            "intro": content.HOME["intro"],
            "book_heading": content.HOME["book_heading"],
            "book_text": content.HOME["book_text"],
            "book_page": pages[content.HOME["book_page"]],
            "body": translated_stream(content.HOME["body"], pages),
        },
    )
    site_name = content.ORGANISATION["organisation_name"][DEFAULT_LANGUAGE]
    if site.site_name != site_name:
        site.site_name = site_name
        site.save()
    ensure_site_settings(site, pages)
    ensure_menus(site, pages)
    stdout.write(f"Site: {len(pages)} pages in {len(content.HOME['title'])} languages")
    return pages


def ensure_site_settings(site, pages):
    settings = SiteSettings.objects.filter(site=site).first() or SiteSettings(site=site)
    changed = settings.pk is None
    for field in ("organisation_name", "address", "city", "opening_hours"):
        changed |= set_translated(settings, field, content.ORGANISATION[field])
    plain = {
        "phone": content.ORGANISATION["phone"],
        "email": content.ORGANISATION["email"],
        "facebook_url": content.ORGANISATION.get("facebook_url", ""),
        "privacy_page_id": pages["privacy"].pk,
        "accessibility_page_id": pages["accessibility"].pk,
    }
    for name, value in plain.items():
        if getattr(settings, name) != value:
            setattr(settings, name, value)
            changed = True
    if changed:
        settings.save()


def ensure_menus(site, pages):
    navigation = NavigationSettings.objects.filter(site=site).first() or NavigationSettings(
        site=site
    )
    wanted = {
        "header_links": [pages[key].pk for key in content.HEADER_MENU],
        "footer_links": [pages[key].pk for key in content.FOOTER_MENU],
    }
    current = {}
    if navigation.pk:
        current = {
            relation: [link.page_id for link in getattr(navigation, relation).all()]
            for relation in wanted
        }
    if current == wanted:
        return
    # Child links of a ClusterableModel are written when the parent is saved.
    navigation.header_links = [
        HeaderLink(page_id=page_id, sort_order=order)
        for order, page_id in enumerate(wanted["header_links"])
    ]
    navigation.footer_links = [
        FooterLink(page_id=page_id, sort_order=order)
        for order, page_id in enumerate(wanted["footer_links"])
    ]
    navigation.save()


def ensure_admin(stdout):
    """An administrator for the demo; the password is never reset once set."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=DEMO_ADMIN_USERNAME,
        defaults={"is_staff": True, "is_superuser": True, "email": "admin@example.org"},
    )
    if created:
        user.set_password(DEMO_ADMIN_PASSWORD)
        user.save()
        password_note = DEMO_ADMIN_PASSWORD
    else:
        password_note = f"{DEMO_ADMIN_PASSWORD} (unless it was changed since)"
    return DEMO_ADMIN_USERNAME, password_note
