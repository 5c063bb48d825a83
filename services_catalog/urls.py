"""Public URLs of the catalogue that are not Wagtail pages (inside the language prefix)."""

from django.urls import path

from services_catalog.views import feeds

urlpatterns = [
    path("ical/mobile-units.ics", feeds.mobile_units_feed, name="ical-mobile-units"),
    path("ical/mobile-units/<int:page_id>.ics", feeds.mobile_unit_feed, name="ical-mobile-unit"),
    path("ical/stops/<int:stop_id>.ics", feeds.stop_feed, name="ical-stop"),
    path("ical/branches/<int:page_id>.ics", feeds.branch_feed, name="ical-branch"),
]
