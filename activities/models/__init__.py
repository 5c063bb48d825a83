"""Activities: the pages editors write, and the sign-ups citizens make."""

from .pages import ActivityException, ActivityIndexPage, ActivityPage, ActivitySchedule
from .signups import AuditedSignUp, Seat, Session, SignUp

__all__ = [
    "ActivityException",
    "ActivityIndexPage",
    "ActivityPage",
    "ActivitySchedule",
    "AuditedSignUp",
    "Seat",
    "Session",
    "SignUp",
]
