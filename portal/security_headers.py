"""Content-Security-Policy and Permissions-Policy for every answer.

The public site has no script and no inline style, so its policy
(`CONTENT_SECURITY_POLICY`, sent by django-csp) allows scripts, styles,
fonts and images from the site itself only: an injected `<script>` or
`style=""` does nothing. Wagtail's admin needs inline scripts and styles,
so paths under `/admin/` get their own, relaxed but enforced policy
(`ADMIN_CONTENT_SECURITY_POLICY`); a view may still set its own policy
with django-csp's decorators.

Permissions-Policy switches off the browser features the site never uses
(camera, microphone, location, payment, …), so neither an injected script
nor an embedded frame can ask for them.

Fonts and stylesheets get neither header: a browser applies both only to
documents (and workers), never to a font or a stylesheet, and on a phone's
first visit they are half a kilobyte more on each of its eight or so files.
"""

from django.conf import settings

from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"
# Answers the policies mean nothing to (SVG images stay covered: opened on
# their own, they are documents that could run script).
NOT_DOCUMENTS = ("font/", "text/css")


def is_not_a_document(response):
    return response.get("Content-Type", "").startswith(NOT_DOCUMENTS)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy for paths under /admin/."""

    def process_response(self, request, response):
        if is_not_a_document(response):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = dict(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


def permissions_policy_header(features):
    """`camera=(), microphone=()` from {"camera": [], …} (an empty list: nobody)."""
    return ", ".join(f"{feature}=({' '.join(allow)})" for feature, allow in features.items())


class PermissionsPolicyMiddleware:
    """Adds `Permissions-Policy` (settings.PERMISSIONS_POLICY) to every answer."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.header and not is_not_a_document(response):
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
