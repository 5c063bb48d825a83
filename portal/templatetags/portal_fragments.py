"""`{% fragments "name" key=value … %}`: let other apps add a piece to a page they do not own.

The portal and the catalogue own the page templates but must not import the
apps built on them (feedback, figures, …). A template names a slot; an app
fills it from its `wagtail_hooks.py`:

    @hooks.register("place_page")
    def rating_on_place_page(request, place):
        return render_to_string("feedback/place_rating.html", {...}, request=request)

Every function registered under that name is called with the request and
the tag's keyword arguments, in Wagtail's hook order (`order=` on
`hooks.register`); what they return is joined. Return "" (or None) to add
nothing. A plain string is escaped; return `render_to_string(...)` or
`mark_safe` output for HTML.

Slots used by the site's templates:

- `place_page`, on branch, mobile-unit and stop pages after the contact
  details, with `place`: a `BranchPage`, a `Stop` or a `MobileUnitPage`
  (meaning all its stops);
- `home_page`, on the home page after the services, with no argument.

A page showing a fragment is in the page cache like the rest of it: a
fragment whose content changes without a model signal the cache listens to
must say how long it holds (`portal.page_cache.expires_at`).
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from wagtail import hooks

register = template.Library()


@register.simple_tag(takes_context=True)
def fragments(context, name, **kwargs):
    request = context.get("request")
    parts = (function(request, **kwargs) for function in hooks.get_hooks(name))
    # Each part is escaped unless it is already safe HTML.
    return mark_safe("".join(conditional_escape(part) for part in parts if part))
