"""The contact forms (inside the language prefix: /el/contact/…)."""

from django.urls import path

from contact import views

app_name = "contact"

urlpatterns = [
    path("contact/", views.contact_form, name="form"),
    path("contact/thank-you/", views.done, name="done"),
    path("contact/<str:place_id>/", views.contact_form, name="form"),
]
