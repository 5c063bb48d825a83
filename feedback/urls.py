"""The citizen's feedback link (inside the language prefix: /el/feedback/<token>/)."""

from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("feedback/<str:token>/", views.give, name="give"),
]
