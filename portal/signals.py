"""Keep every language's URL path right when editors move pages.

wagtail-modeltranslation updates the moved page's url_path only for the
active language, which leaves the other languages' URLs answering 404 (an
open upstream issue). After any move we recompute the whole moved subtree in
every language.
"""

from django.dispatch import receiver

from wagtail.signals import post_page_move

from .translation_paths import refresh_url_paths


@receiver(post_page_move)
def refresh_moved_subtree(sender, instance, **kwargs):
    refresh_url_paths(instance)
