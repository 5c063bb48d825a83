"""Booking models: appointments, slot usage, messages to citizens, staff access and feeds."""

from .appointments import Appointment
from .notifications import NotificationDelivery
from .slots import SlotUsage
from .staff import StaffAccess, StaffFeedToken

__all__ = ["Appointment", "NotificationDelivery", "SlotUsage", "StaffAccess", "StaffFeedToken"]
