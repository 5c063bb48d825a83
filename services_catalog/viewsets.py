"""Admin for the catalogue's lists, grouped under one "Catalogue" menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from services_catalog.models import (
    Community,
    HomeVisitTeam,
    Organisation,
    ServiceCategory,
    TargetGroup,
)


class ServiceCategoryViewSet(SnippetViewSet):
    model = ServiceCategory
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "slug"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "slug"]


class CommunityViewSet(SnippetViewSet):
    model = Community
    icon = "site"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "slug"]


class OrganisationViewSet(SnippetViewSet):
    """Partners, partner municipalities and the providers of other bodies' programmes."""

    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    ordering = ["name"]


class HomeVisitTeamViewSet(SnippetViewSet):
    """Home-visit teams: their communities and their hours (staff capacity, never public)."""

    model = HomeVisitTeam
    icon = "home"
    list_display = ["name", "service", "visit_minutes", "live"]
    ordering = ["name"]


class CatalogueViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Catalogue")
    menu_icon = "list-ul"
    menu_order = 250
    items = (
        ServiceCategoryViewSet,
        TargetGroupViewSet,
        CommunityViewSet,
        OrganisationViewSet,
        HomeVisitTeamViewSet,
    )
