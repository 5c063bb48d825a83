"""A URL map with a view that fails, to exercise the 500 handler."""

from django.urls import path

from portal.urls import handler500, urlpatterns  # noqa: F401 (handler500 is looked up here)


def broken_view(request, lang):
    raise RuntimeError("a deliberate failure")


urlpatterns = [path("<str:lang>/boom/", broken_view), *urlpatterns]
