"""The call-back pages (inside the language prefix: /el/call-back/…)."""

from django.urls import path

from callbacks import views

app_name = "callbacks"

urlpatterns = [
    path("call-back/", views.request_call, name="request"),
    path("call-back/thank-you/", views.done, name="done"),
]
