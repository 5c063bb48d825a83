"""The finder's addresses (inside the language prefix: /el/finder/…)."""

from django.urls import path

from finder import views

app_name = "finder"

urlpatterns = [
    path("finder/", views.start, name="start"),
    path("finder/done/", views.done, name="done"),
    path("finder/results/", views.results, name="results"),
    path("finder/open/", views.open_service, name="open"),
    path("finder/<slug:key>/", views.step, name="step"),
]
