"""A URL map with a view that fails, to exercise the 500 handler."""

from django.urls import path

from portal.urls import (  # noqa: F401 (the handlers are looked up here)
    handler400,
    handler403,
    handler404,
    handler500,
    urlpatterns,
)


def broken_view(request, lang):
    raise RuntimeError("a deliberate failure")


urlpatterns = [path("<str:lang>/boom/", broken_view), *urlpatterns]
