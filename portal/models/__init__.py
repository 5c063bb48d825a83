"""Portal models: the site's own pages, navigation and contact settings."""

from .navigation import FooterLink, HeaderLink, NavigationSettings
from .pages import ContentPage, HomePage
from .site_settings import SiteSettings

__all__ = [
    "ContentPage",
    "FooterLink",
    "HeaderLink",
    "HomePage",
    "NavigationSettings",
    "SiteSettings",
]
