"""What makes the page cache stale: every change a public page can show.

A deny-list, not an allow-list: a save or delete of any model bumps the
content generation (`portal.page_cache.content_changed`) unless the model is
known to be shown on no cached page. A model added later is therefore
covered from the start; one that changes on every booking or every request
must be listed here, or it empties the cache each time (the tests check the
usual ones: a booking, a feed, a sign-in).

Also bumped: a page published, unpublished or moved (Wagtail's signals; a
move also rewrites url paths with a bulk update that sends no signal),
`migrate`, and a changed setting (tests).
"""

from django.conf import settings
from django.core.signals import setting_changed
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

from portal import page_cache

# Apps none of whose models a cached page shows.
IGNORED_APPS = {
    # Ratings and walk-in/phone records change all day; the pages that show their
    # figures say how long they hold (feedback and figures: page_cache.expires_at).
    "feedback",
    "figures",
    "admin",
    "auth",
    "axes",
    "booking",  # appointments, slot usage, staff access: no cached page shows them
    "callbacks",  # call-back requests: no cached page shows them (and a flood of them
    "contact",  # or of contact messages must not empty the cache for everyone)
    "home_visits",  # citizens' requests and their messages: no cached page shows them
    "contenttypes",
    "django_tasks_database",
    "otp_static",
    "otp_totp",
    "referrals",  # referrals, partner accounts and tokens: no cached page shows them
    "sessions",
    "wagtailadmin",  # editing sessions (pinged while an editor has a page open)
    "wagtailforms",
    "wagtailsearch",  # the search index, rewritten on publish (the page save bumps)
    "wagtailusers",
}
# Models of other apps that no cached page shows, or that change while pages are served.
IGNORED_MODELS = {
    ("services_catalog", "feedversion"),  # written while a feed is built
    ("finder", "dailycount"),  # the finder's anonymous counters, written while it is used
    # Sign-ups and attendance: personal, never shown. What pages show of them (places
    # left, a cancelled session) bumps the generation itself (activities.seats).
    ("activities", "signup"),
    ("activities", "seat"),
    ("wagtailimages", "rendition"),  # created while a page is rendered
    ("wagtailsearchpromotions", "query"),
    ("wagtailsearchpromotions", "querydailyhits"),
    *(
        ("wagtailcore", name)
        for name in (
            "apitoken",
            "comment",
            "commentreply",
            "groupapprovaltask",
            "groupcollectionpermission",
            "grouppagepermission",
            "groupsitepermission",
            "modellogentry",
            "pagelogentry",
            "pagesubscription",
            "referenceindex",
            "revision",
            "task",
            "taskstate",
            "uploadedfile",
            "workflow",
            "workflowcontenttype",
            "workflowpage",
            "workflowstate",
            "workflowtask",
        )
    ),
}
# A page saved with only these fields changed a draft, a lock or comments: the
# live page is the same.
DRAFT_FIELDS = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
    "wagtail_admin_comments",
}


def shown_on_pages(model):
    meta = model._meta
    if meta.app_label in IGNORED_APPS:
        return False
    return (meta.app_label, meta.model_name) not in IGNORED_MODELS


def _base_field_name(name):
    """`draft_title` for `draft_title_el` (wagtail-modeltranslation's columns)."""
    for code, _name in settings.LANGUAGES:
        if name.endswith(f"_{code}"):
            return name[: -len(code) - 1]
    return name


def _draft_only(update_fields):
    return bool(update_fields) and all(
        _base_field_name(name) in DRAFT_FIELDS for name in update_fields
    )


@receiver(post_save, dispatch_uid="page_cache_post_save")
def saved(sender, instance, update_fields=None, using=None, raw=False, **kwargs):
    if shown_on_pages(sender) and not _draft_only(update_fields):
        page_cache.content_changed(using or "default")


@receiver(post_delete, dispatch_uid="page_cache_post_delete")
def deleted(sender, instance, using=None, **kwargs):
    if shown_on_pages(sender):
        page_cache.content_changed(using or "default")


@receiver(m2m_changed, dispatch_uid="page_cache_m2m_changed")
def related_changed(sender, instance, action, using=None, **kwargs):
    if action.startswith("post_") and shown_on_pages(type(instance)):
        page_cache.content_changed(using or "default")


@receiver(page_published, dispatch_uid="page_cache_page_published")
@receiver(page_unpublished, dispatch_uid="page_cache_page_unpublished")
@receiver(post_page_move, dispatch_uid="page_cache_post_page_move")
def page_changed(sender, instance, **kwargs):
    page_cache.content_changed()


@receiver(post_migrate, dispatch_uid="page_cache_post_migrate")
def migrated(sender, using=None, **kwargs):
    page_cache.bump()


@receiver(setting_changed, dispatch_uid="page_cache_setting_changed")
def setting_was_changed(setting, **kwargs):
    # A new CACHES is another cache (its own generation); bumping there would
    # also touch a Redis that a test has just pointed at a closed port.
    if setting not in ("CACHES", "PAGE_CACHE_ENABLED"):
        page_cache.bump()
