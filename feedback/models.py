"""A citizen's rating of an attended appointment, and the one-time link that asks for it.

One rating per appointment, enforced by the database (a unique appointment
on `Rating`) and by the link itself (`FeedbackInvitation.used_at` is set by
a conditional UPDATE: of two submissions racing, one wins). The place is
copied from the appointment so that the average survives the appointment's
anonymisation; the comment does not (feedback.receivers).
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from feedback.choices import Score


class FeedbackInvitation(models.Model):
    """The one-time link sent after an appointment is marked attended (token stored hashed)."""

    appointment = models.OneToOneField(
        "booking.Appointment", on_delete=models.CASCADE, related_name="feedback_invitation"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)
    sms_sent_at = models.DateTimeField(null=True, blank=True)
    email_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("feedback link")
        verbose_name_plural = _("feedback links")

    def __str__(self):
        return f"feedback link {self.pk}"


class RatingQuerySet(models.QuerySet):
    def at_place(self, place):
        """Ratings of one place (a branch or a stop), through the place abstraction's fields."""
        return self.filter(**{place.kind: place})

    def of_unit(self, unit):
        return self.filter(stop__mobile_unit=unit)

    def with_comment(self):
        return self.exclude(comment="")


class Rating(models.Model):
    appointment = models.OneToOneField(
        "booking.Appointment",
        verbose_name=_("appointment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="rating",
    )
    branch = models.ForeignKey(
        "services_catalog.BranchPage",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    stop = models.ForeignKey(
        "services_catalog.Stop",
        verbose_name=_("mobile-unit stop"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    score = models.PositiveSmallIntegerField(_("rating"), choices=Score)
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("given on"), auto_now_add=True, db_index=True)
    comment_removed_at = models.DateTimeField(null=True, blank=True)

    objects = RatingQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=1, score__lte=5), name="rating_score_1_to_5"
            ),
            models.CheckConstraint(
                condition=(
                    Q(branch__isnull=False, stop__isnull=True)
                    | Q(branch__isnull=True, stop__isnull=False)
                ),
                name="rating_at_one_place",
            ),
        ]

    def __str__(self):
        return f"{self.score}/5"

    @property
    def place(self):
        return self.branch if self.branch_id else self.stop
