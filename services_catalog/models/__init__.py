"""Catalogue models: what is offered, where, and when."""

from .calendar import VanCalendarPage
from .feeds import FeedVersion
from .home_visits import HomeVisitException, HomeVisitTeam, HomeVisitWindow
from .offerings import Offering
from .organisations import Organisation
from .places import (
    BranchException,
    BranchPage,
    BranchSchedule,
    MobileUnitPage,
    OpenWindow,
    PlacesIndexPage,
    ScheduleException,
    Stop,
    StopException,
    StopSchedule,
)
from .services import ServicePage
from .services_index import ServicesIndexPage
from .taxonomy import Community, ServiceCategory, TargetGroup

__all__ = [
    "BranchException",
    "BranchPage",
    "BranchSchedule",
    "Community",
    "FeedVersion",
    "HomeVisitException",
    "HomeVisitTeam",
    "HomeVisitWindow",
    "MobileUnitPage",
    "Offering",
    "OpenWindow",
    "Organisation",
    "PlacesIndexPage",
    "ScheduleException",
    "ServiceCategory",
    "ServicePage",
    "ServicesIndexPage",
    "Stop",
    "StopException",
    "StopSchedule",
    "TargetGroup",
    "VanCalendarPage",
]
