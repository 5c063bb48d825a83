"""What the catalogue API reads, fetched in a bounded number of queries."""

from django.db.models import F, Prefetch

from services_catalog.models import (
    BranchPage,
    BranchSchedule,
    Offering,
    ServicePage,
    Stop,
    StopSchedule,
)
from services_catalog.places import PLACE_KINDS


def services_queryset():
    return (
        ServicePage.objects.live()
        .public()
        .select_related("category", "provider")
        .prefetch_related(
            "target_groups",
            # Each place with what its HSDS location shows (address, schedules).
            Prefetch(
                "offerings",
                queryset=Offering.objects.live()
                .select_related("branch__community", "mobile_unit")
                .prefetch_related(
                    Prefetch(
                        "branch__schedules", queryset=BranchSchedule.objects.order_by("sort_order")
                    ),
                    Prefetch(
                        "mobile_unit__stops",
                        queryset=Stop.objects.select_related("community", "mobile_unit")
                        .prefetch_related(
                            Prefetch("visits", queryset=StopSchedule.objects.order_by("sort_order"))
                        )
                        .order_by("sort_order", "pk"),
                    ),
                )
                .order_by(F("branch__path").asc(nulls_last=True), "mobile_unit__path"),
            ),
        )
        .order_by("path")
    )


def branches_queryset():
    return (
        BranchPage.objects.live()
        .public()
        .select_related("community")
        .prefetch_related(
            Prefetch("schedules", queryset=BranchSchedule.objects.order_by("sort_order"))
        )
        .order_by("path")
    )


def stops_queryset():
    return (
        PLACE_KINDS["stop"]
        .live()
        .select_related("community", "mobile_unit")
        .prefetch_related(Prefetch("visits", queryset=StopSchedule.objects.order_by("sort_order")))
        .order_by("mobile_unit__path", "sort_order", "pk")
    )


# One queryset per place kind (services_catalog.places.PLACE_KINDS).
LOCATION_QUERYSETS = {"branch": branches_queryset, "stop": stops_queryset}
