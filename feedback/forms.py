"""The one question (1–5, each answer in words) and an optional comment."""

from django import forms
from django.utils.translation import gettext_lazy as _

from feedback.choices import Score

COMMENT_MAX = 1000


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("How was your visit?"),
        choices=[(choice.value, choice.label) for choice in reversed(Score)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose one answer."),
            "invalid_choice": _("Please choose one of the five answers."),
        },
    )
    comment = forms.CharField(
        label=_("Anything you want to tell us? (optional)"),
        help_text=_(
            "Please do not write names or health details. Only the staff of this place read it."
        ),
        required=False,
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _("Please keep the comment under %(limit_value)d characters."),
        },
    )

    def clean_comment(self):
        # Control characters (NUL and the like) are dropped, line breaks kept.
        text = self.cleaned_data["comment"]
        return "".join(ch for ch in text if ch in "\n\t" or ch.isprintable()).strip()
