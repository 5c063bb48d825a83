"""Public addresses of home visits (under the language prefix)."""

from django.urls import path

from home_visits import views

app_name = "home_visits"

urlpatterns = [
    path("home-visit/", views.request_visit, name="request"),
    path("home-visit/sent/", views.sent, name="sent"),
]
