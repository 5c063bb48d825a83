"""Signal handlers of the booking module (connected in BookingConfig.ready)."""

from django.conf import settings
from django.db.models.signals import post_save

from booking.staff_feeds import revoke_for_inactive_users


def revoke_feed_links_of_deactivated_user(sender, instance, **kwargs):
    """A user saved inactive loses their feed links for good (see staff_feeds)."""
    if not instance.is_active:
        revoke_for_inactive_users([instance])


def connect():
    post_save.connect(
        revoke_feed_links_of_deactivated_user,
        sender=settings.AUTH_USER_MODEL,
        dispatch_uid="booking.revoke_feed_links_of_deactivated_user",
    )
