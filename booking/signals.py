"""Signal handlers of the booking module (connected in BookingConfig.ready)."""

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from booking import waitlist_tasks
from booking.models import Appointment
from booking.slots import bump_schedule_generation
from booking.staff_feeds import revoke_for_inactive_users
from portal.page_cache import now_and_on_commit
from portal.page_cache_signals import shown_on_pages


def revoke_feed_links_of_deactivated_user(sender, instance, **kwargs):
    """A user saved inactive loses their feed links for good (see staff_feeds)."""
    if not instance.is_active:
        revoke_for_inactive_users([instance])


def schedules_changed(using=DEFAULT_DB_ALIAS):
    """Free slots must be computed afresh: bump the schedule generation now and on commit.

    Now, for a change outside a transaction (and tests, whose transaction
    never commits); on commit, for a process that rebuilt its grid from the
    database while the change was not yet visible.
    """
    now_and_on_commit(bump_schedule_generation, using)
    # A new schedule, an extra date or more capacity may have freed times.
    waitlist_tasks.schedule_offering(using=using)


def appointment_saved(sender, instance, created, using=None, **kwargs):
    """A cancelled or moved appointment frees its time: offer it to the people waiting.

    Booking creates rows (nothing freed); `reservations.cancel` and
    `reschedule` save them.
    """
    if not created:
        waitlist_tasks.schedule_offering(instance.service_id, using or DEFAULT_DB_ALIAS)


# What the slot grids are made of — windows, exceptions, offerings, places,
# services, their pages' publishing — is what the page cache's deny-list calls
# "shown on pages" (every model but the booking's own, users, sessions, logs…):
# a model added later is covered from the start.


def model_saved(sender, update_fields=None, using=None, **kwargs):
    if shown_on_pages(sender):
        schedules_changed(using or DEFAULT_DB_ALIAS)


def model_deleted(sender, using=None, **kwargs):
    if shown_on_pages(sender):
        schedules_changed(using or DEFAULT_DB_ALIAS)


def relation_changed(sender, instance, action, using=None, **kwargs):
    if action.startswith("post_") and shown_on_pages(type(instance)):
        schedules_changed(using or DEFAULT_DB_ALIAS)


def page_changed(sender, **kwargs):
    schedules_changed()


def migrated(sender, **kwargs):
    bump_schedule_generation()


def connect():
    for signal, receiver, uid in (
        (post_save, model_saved, "booking.slots_saved"),
        (post_delete, model_deleted, "booking.slots_deleted"),
        (m2m_changed, relation_changed, "booking.slots_m2m"),
        (page_published, page_changed, "booking.slots_published"),
        (page_unpublished, page_changed, "booking.slots_unpublished"),
        (post_page_move, page_changed, "booking.slots_moved"),
        (post_migrate, migrated, "booking.slots_migrated"),
    ):
        signal.connect(receiver, dispatch_uid=uid)
    post_save.connect(
        appointment_saved, sender=Appointment, dispatch_uid="booking.waitlist_appointment_saved"
    )
    post_save.connect(
        revoke_feed_links_of_deactivated_user,
        sender=settings.AUTH_USER_MODEL,
        dispatch_uid="booking.revoke_feed_links_of_deactivated_user",
    )
