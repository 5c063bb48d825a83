"""The sign-up pages (inside the language prefix: /el/activities/…)."""

from django.urls import path

from activities import views

app_name = "activities"

urlpatterns = [
    path("activities/<int:activity_id>/sign-up/", views.sign_up, name="sign-up"),
    path("activities/sign-up/<str:reference>/", views.signed_up, name="signed-up"),
    path("activities/manage/<str:token>/", views.manage, name="manage"),
]
