"""Activities: the pages editors write, and the sign-ups citizens make."""

from .pages import ActivityException, ActivityIndexPage, ActivityPage, ActivitySchedule
from .signups import ActivityMessage, AuditedSignUp, Seat, Session, SignUp
from .spaces import LocalSpace

__all__ = [
    "ActivityException",
    "ActivityIndexPage",
    "ActivityMessage",
    "ActivityPage",
    "ActivitySchedule",
    "AuditedSignUp",
    "LocalSpace",
    "Seat",
    "Session",
    "SignUp",
]
