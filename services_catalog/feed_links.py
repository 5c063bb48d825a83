"""Subscribe (webcal://) and download links of an iCal feed."""

from django.urls import reverse


def feed_links(request, name, **kwargs):
    path = reverse(name, kwargs=kwargs)
    absolute = request.build_absolute_uri(path)
    return {
        "path": path,
        "url": absolute,
        "webcal": "webcal://" + absolute.split("://", 1)[1],
        "download": f"{path}?download=1",
    }
