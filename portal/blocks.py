"""StreamField blocks for content pages.

Kept deliberately small: each block renders to plain, accessible HTML that
works without JavaScript (the FAQ is a native <details> element).
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "portal/blocks/heading.html"


class CallToActionBlock(blocks.StructBlock):
    """A single, large button-like link: "Book an appointment", "Call us"."""

    text = blocks.CharBlock(label=_("Button text"), max_length=60)
    description = blocks.CharBlock(label=_("Short explanation"), required=False, max_length=200)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=_("Other address"),
        required=False,
        help_text=_("A web address, tel:+30… or mailto:…, used when no page is chosen."),
    )

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "portal/blocks/call_to_action.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Frequently asked questions")
        template = "portal/blocks/faq.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="portal/blocks/paragraph.html"
    )
    image = ImageBlock(label=_("Image"), template="portal/blocks/image.html")
    call_to_action = CallToActionBlock()
    faq = FAQBlock()
