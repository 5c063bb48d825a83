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
"""

from django.conf import settings

from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy for paths under /admin/."""

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
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
