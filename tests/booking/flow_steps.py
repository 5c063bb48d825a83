"""Steps of the citizen's booking flow, walked through the web pages as a person would.

Shared by the flow tests and the tests of sessions, rate limits and a cache
outage that need a citizen part-way through (or at the end of) a booking.
"""

import re
from urllib.parse import unquote

from booking.models import Appointment

ANSWERS = {
    "name": "Ελένη Παπαδάκη",
    "phone": "69 1234 5678",
    "email": "",
    "language": "el",
    "interpreter_needed": "no",
    "interpreter_language": "",
    "accessibility_needs": "",
    "note": "",
}


def links(html, path):
    return [
        unquote(href.replace("&amp;", "&"))
        for href in re.findall(rf'href="({re.escape(path)}[^"]*)"', html)
    ]


def walk_to_details(client, lang, bookable, place="branch"):
    """Steps 1–3 by following the links on each page, as a person would."""
    service, place_obj = bookable["service"], bookable[place]
    start = client.get(f"/{lang}/booking/", follow=True)
    if start.redirect_chain and start.redirect_chain[-1][0] == f"/{lang}/booking/done/":
        # Booked a moment ago in this browser: "Book another appointment", as a person would.
        another = links(start.content.decode(), f"/{lang}/booking/new/")[0]
        start = client.get(another, follow=True)
    start = start.content.decode()
    place_step = client.get(links(start, f"/{lang}/booking/place/")[0])
    assert place_step.status_code == 200
    time_links = [
        u
        for u in links(place_step.content.decode(), f"/{lang}/booking/time/")
        if place_obj.place_id in u
    ]
    time_step = client.get(time_links[0])
    assert time_step.status_code == 200
    details_url = links(time_step.content.decode(), f"/{lang}/booking/details/")[0]
    assert f"service={service.pk}" in details_url
    return details_url


def book_through_the_pages(client, lang, bookable, place="branch", **answers):
    details_url = walk_to_details(client, lang, bookable, place)
    response = client.post(details_url, {**ANSWERS, **answers})
    assert response.status_code == 302, response.context["form"].errors
    assert (
        client.post(f"/{lang}/booking/agreement/", {"consent": "on"})["Location"]
        == f"/{lang}/booking/check/"
    )
    check = client.get(f"/{lang}/booking/check/").content.decode()
    submission = re.search(r'name="submission_id" value="([^"]+)"', check).group(1)
    confirm = client.post(f"/{lang}/booking/check/", {"submission_id": submission})
    assert confirm["Location"] == f"/{lang}/booking/done/"
    return client.get(f"/{lang}/booking/done/"), submission


def manage_link(client, bookable, **answers):
    done, _ = book_through_the_pages(client, "en", bookable, **answers)
    url = re.search(r'class="manage-link"><a href="([^"]+)"', done.content.decode()).group(1)
    return url.replace("http://testserver", "")


def open_manage_link(client, bookable, **answers):
    """Book, then open the private link as the citizen would: the token-free address."""
    link = manage_link(client, bookable, **answers)
    response = client.get(link)
    appointment = Appointment.objects.get()
    assert response["Location"] == f"/en/booking/appointment/{appointment.reference}/"
    return response["Location"]
