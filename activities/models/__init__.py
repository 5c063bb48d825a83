"""Activities: the pages editors write, and the sign-ups citizens make."""

from .pages import ActivityException, ActivityIndexPage, ActivityPage, ActivitySchedule
from .signups import ActivityMessage, AuditedSignUp, Seat, Session, SignUp

__all__ = [
    "ActivityException",
    "ActivityIndexPage",
    "ActivityMessage",
    "ActivityPage",
    "ActivitySchedule",
    "AuditedSignUp",
    "Seat",
    "Session",
    "SignUp",
]
