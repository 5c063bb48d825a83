"""Staff addresses outside the admin and the language prefix (/staff/…)."""

from django.urls import path

from booking.views import staff

urlpatterns = [
    path("appointments/<str:token>.ics", staff.staff_feed, name="staff_feed"),
]
