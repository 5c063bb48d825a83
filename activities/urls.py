"""The sign-up pages (inside the language prefix: /el/activities/…)."""

from django.urls import path

from activities import feeds, views

app_name = "activities"

urlpatterns = [
    path("activities/<int:activity_id>/sign-up/", views.sign_up, name="sign-up"),
    path("activities/sign-up/<str:reference>/", views.signed_up, name="signed-up"),
    path("activities/manage/<str:token>/", views.manage, name="manage"),
    path("activities/calendar.ics", feeds.all_activities, name="ical"),
    path("activities/<int:activity_id>/calendar.ics", feeds.one_activity, name="ical-activity"),
]
