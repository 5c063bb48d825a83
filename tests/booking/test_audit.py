"""The audit trail: one entry per view, export, status change, booking on behalf and
citizen-data request, with the acting user and no personal data; listed in Reports ›
Site history for those allowed; pruned after AUDIT_LOG_RETENTION_DAYS."""

import datetime
import io
import json

from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from wagtail.admin.viewsets import viewsets
from wagtail.log_actions import log
from wagtail.models import BaseLogEntry, ModelLogEntry
from wagtail.snippets.models import get_snippet_models

import pytest
import time_machine

from booking import audit, reservations
from booking.choices import Status
from booking.models import Appointment
from booking.slots import free_slots
from booking.tasks import housekeeping
from tests import builders as b
from tests.booking import builders as bb
from tests.booking.staff_helpers import (
    INDEX,
    book_url,
    booking_answers,
    client_for,
    detail_url,
    lookup,
    new_feed_url,
    status_url,
)
from tests.settings_probe import read_settings

SITE_HISTORY = reverse("wagtailadmin_reports:site_history")
AUDIT_TRAIL = reverse("booking_audit_trail")
FEED_PAGE = reverse("appointments_feed:index")
NAME, PHONE, EMAIL = "Ελένη Αλεξίου", "+306912340001", "eleni@example.org"


@pytest.fixture
def net(bookable):
    """An appointment today at the branch, one at another branch, a front-desk user for
    every place, one for the other branch only, a superuser."""
    service, branch = bookable["service"], bookable["branch"]
    other = b.daily_branch_service(title="Νομική συμβουλευτική")[1]
    today = free_slots(service, places=[branch.place_id])[0]
    appointment = reservations.book(
        service=service,
        slot_key=today.key,
        details=bb.citizen(name=NAME, phone=PHONE, email=EMAIL, note="Σημείωμα"),
    )[0]
    return {
        **bookable,
        "appointment": appointment,
        "desk": b.staff_user("desk", groups=["Front desk"], all_places=True),
        "desk_other": b.staff_user("desk_other", groups=["Front desk"], branches=[other]),
        "root": b.staff_user("root", superuser=True),
    }


def only_entry():
    """The one entry of the trail (fails when there are none or several)."""
    (entry,) = audit.entries()
    return entry


def assert_no_personal_data():
    for entry in audit.entries():
        written = json.dumps([entry.label, entry.data], ensure_ascii=False)
        for personal in (NAME, PHONE, EMAIL, "Σημείωμα", "Αχμάντ", "694"):
            assert personal not in written


def test_viewing_the_details_leaves_one_entry_with_the_user_and_the_reference(net):
    appointment, desk = net["appointment"], net["desk"]

    response = client_for(desk).get(detail_url(appointment))

    assert response.status_code == 200
    entry = only_entry()
    assert (entry.action, entry.user, entry.object_id) == (audit.VIEW, desk, str(appointment.pk))
    assert entry.label == appointment.reference
    assert entry.timestamp == datetime.datetime(2027, 1, 11, 7, 0, tzinfo=datetime.UTC)
    assert_no_personal_data()


def test_a_refused_view_leaves_no_entry(net):
    response = client_for(net["desk_other"]).get(detail_url(net["appointment"]))

    assert response.status_code == 404
    assert not audit.entries().exists()


def test_an_export_records_the_format_the_filter_and_the_row_count_not_the_rows(net):
    desk, branch = net["desk"], net["branch"]
    bb.fill(net["service"], bb.first_free(net["service"], branch).key, 1)  # a second one
    params = {"export": "csv", "place": f"branch-{branch.pk}", "status": Status.BOOKED}

    response = client_for(desk).get(INDEX, params)

    body = b"".join(response.streaming_content).decode()
    assert net["appointment"].display_reference in body
    entry = only_entry()
    assert (entry.action, entry.user, entry.label) == (audit.EXPORT, desk, "desk")
    assert entry.data == {
        "format": "csv",
        "rows": 2,
        "filters": {
            "place": f"branch-{branch.pk}",
            "status": "booked",
            "date": ["2027-01-11T00:00:00+02:00", ""],
        },
    }
    assert_no_personal_data()


def test_an_xlsx_export_with_a_date_range_records_the_range(net):
    client_for(net["desk"]).get(
        INDEX, {"export": "xlsx", "date_from": "2027-01-11", "date_to": "2027-01-12"}
    )

    entry = only_entry()
    assert entry.data["format"] == "xlsx"
    assert entry.data["rows"] == 1
    assert entry.data["filters"]["date"][0].startswith("2027-01-11T00:00:00")
    assert entry.data["filters"]["date"][1].startswith("2027-01-12T23:59:59")


def test_a_status_change_records_old_and_new(net):
    appointment, desk = net["appointment"], net["desk"]
    client = client_for(desk)

    client.post(status_url(appointment), {"status": Status.ATTENDED})
    client.post(status_url(appointment), {"status": Status.NO_SHOW})

    changes = list(audit.entries().filter(action=audit.STATUS).order_by("pk"))
    assert [entry.data for entry in changes] == [
        {"old": "booked", "new": "attended"},
        {"old": "attended", "new": "no_show"},
    ]
    assert {entry.user for entry in changes} == {desk}
    with translation.override("en"):
        assert changes[0].message == "Status changed from “Booked” to “Attended”"


def test_a_refused_status_change_leaves_no_entry(net):
    client_for(net["desk"]).post(status_url(net["appointment"]), {"status": "lost"})

    assert not audit.entries().exists()


def test_booking_on_behalf_records_the_channel_once_even_when_sent_twice(net):
    desk, service, branch = net["desk"], net["service"], net["branch"]
    answers = booking_answers(bb.first_free(service, branch), channel="in_person")
    client = client_for(desk)

    client.post(book_url(service, branch), answers)
    client.post(book_url(service, branch), answers)

    booked = Appointment.objects.get(name="Αχμάντ Καρίμι")
    entry = audit.entries().get(action=audit.BOOK_ON_BEHALF)
    assert (entry.user, entry.object_id, entry.label) == (desk, str(booked.pk), booked.reference)
    assert entry.data == {"channel": "in_person"}
    assert audit.entries().filter(action=audit.BOOK_ON_BEHALF).count() == 1
    assert_no_personal_data()


@pytest.mark.parametrize(
    ("action", "expected", "data"),
    [
        ("find", audit.LOOKUP, {}),
        ("download", audit.DOWNLOAD, {}),
        ("erase-confirmed", audit.ERASE, {"cancelled": True}),
    ],
)
def test_each_citizen_data_request_leaves_one_entry(net, action, expected, data):
    appointment, desk = net["appointment"], net["desk"]

    lookup(client_for(desk), appointment, action)

    entry = only_entry()
    assert (entry.action, entry.user, entry.object_id) == (expected, desk, str(appointment.pk))
    assert entry.data == data
    assert_no_personal_data()


def test_a_lookup_outside_the_users_places_leaves_no_entry(net):
    lookup(client_for(net["desk_other"]), net["appointment"], "download")

    assert not audit.entries().exists()


def test_making_and_revoking_a_feed_link_are_recorded(net):
    desk = net["desk"]
    client = client_for(desk)

    new_feed_url(client)
    new_feed_url(client)
    client.post(FEED_PAGE, {"action": "revoke"})

    entries = list(audit.entries().order_by("pk"))
    assert [(e.action, e.data) for e in entries] == [
        (audit.FEED_CREATE, {"replaced": 0}),
        (audit.FEED_CREATE, {"replaced": 1}),
        (audit.FEED_REVOKE, {"links": 1}),
    ]
    assert {(e.user, e.object_id) for e in entries} == {(desk, str(desk.pk))}


# --- The report ---------------------------------------------------------------------------


def make_every_kind_of_entry(net):
    client = client_for(net["desk"])
    client.get(detail_url(net["appointment"]))
    client.get(INDEX, {"export": "csv"})
    client.post(status_url(net["appointment"]), {"status": Status.ATTENDED})


def test_the_site_history_lists_the_entries_with_readable_translated_labels(net):
    make_every_kind_of_entry(net)
    client = client_for(net["root"])

    with translation.override("en"):
        english = client.get(SITE_HISTORY, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    greek = client.get(
        SITE_HISTORY, {"action": audit.EXPORT}, HTTP_ACCEPT_LANGUAGE="el"
    ).content.decode()

    assert net["appointment"].reference in english
    assert "Viewed the appointment&#x27;s details" in english
    assert "Exported 1 appointment as CSV" in english
    assert "Status changed from “Booked” to “Attended”" in english
    assert "Unknown booking" not in english
    assert "Appointment details viewed" in english  # the action filter's choices
    assert "Εξαγωγή 1 ραντεβού σε CSV" in greek
    assert "Προβολή των στοιχείων του ραντεβού" not in greek  # filtered by action


def test_the_audit_trail_report_filters_by_user_action_and_date(net):
    make_every_kind_of_entry(net)
    root = client_for(net["root"])
    root.get(detail_url(net["appointment"]))

    def shown(**filters):
        html = root.get(AUDIT_TRAIL, filters, HTTP_ACCEPT_LANGUAGE="en").content.decode()
        return (html.count("Viewed the appointment&#x27;s details"), html.count("Exported 1"))

    assert shown() == (2, 1)
    assert f'href="{detail_url(net["appointment"])}"' in root.get(AUDIT_TRAIL).content.decode()
    assert shown(user=net["root"].pk) == (1, 0)
    assert shown(user=net["desk"].pk) == (1, 1)
    assert shown(action=audit.EXPORT) == (0, 1)
    assert shown(timestamp_from="2027-01-12") == (0, 0)
    assert shown(timestamp_from="2027-01-11", timestamp_to="2027-01-11") == (2, 1)


def test_the_audit_trail_report_is_for_superusers_and_holders_of_the_permission(net):
    make_every_kind_of_entry(net)
    desk = net["desk"]

    refused = client_for(desk).get(AUDIT_TRAIL)
    menu_before = client_for(desk).get(reverse("wagtailadmin_home")).content.decode()
    desk.groups.add(audit_group())
    allowed = client_for(desk).get(AUDIT_TRAIL, HTTP_ACCEPT_LANGUAGE="en")

    assert refused.status_code == 302
    assert AUDIT_TRAIL not in menu_before
    assert "Exported 1 appointment as CSV" in allowed.content.decode()


def audit_group():
    group = Group.objects.create(name="Data protection officer")
    group.permissions.add(*Permission.objects.filter(codename="view_audit_trail"))
    return group


def test_the_front_desk_does_not_see_the_trail_unless_given_the_permission(net):
    make_every_kind_of_entry(net)
    other = net["desk_other"]

    hidden = client_for(other).get(SITE_HISTORY, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    other.groups.add(audit_group())
    shown = client_for(other).get(SITE_HISTORY, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "Viewed the appointment" not in hidden
    assert net["appointment"].reference not in hidden
    assert "Viewed the appointment&#x27;s details" in shown
    assert "Exported 1 appointment as CSV" in shown


def test_no_admin_screen_edits_or_deletes_log_entries():
    exposed = [
        *(getattr(viewset, "model", None) for viewset in viewsets.viewsets),
        *get_snippet_models(),
        *admin.site._registry,
    ]
    models = [model for model in exposed if isinstance(model, type)]
    assert len(models) > 5  # the lookup itself works
    assert not [model for model in models if issubclass(model, BaseLogEntry)]


# --- Retention ------------------------------------------------------------------------------


@override_settings(AUDIT_LOG_RETENTION_DAYS=730)
def test_pruning_removes_only_booking_entries_older_than_the_retention(net):
    desk, appointment = net["desk"], net["appointment"]
    with time_machine.travel(datetime.datetime(2025, 1, 10, 12, 0, tzinfo=datetime.UTC)):
        old = audit.record(audit.VIEW, desk, appointment=appointment)
        unrelated = log(desk.booking_access, "wagtail.edit", user=desk)
    with time_machine.travel(datetime.datetime(2025, 1, 12, 12, 0, tzinfo=datetime.UTC)):
        kept = audit.record(audit.DOWNLOAD, desk, appointment=appointment)

    removed = audit.prune()

    assert removed == 1
    remaining = set(ModelLogEntry.objects.values_list("pk", flat=True))
    assert old.pk not in remaining
    assert kept.pk in remaining
    assert unrelated.pk in remaining


def test_the_command_and_the_housekeeping_task_prune(net):
    desk, appointment = net["desk"], net["appointment"]
    with time_machine.travel(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)):
        audit.record(audit.VIEW, desk, appointment=appointment)
        audit.record(audit.VIEW, desk, appointment=appointment)
    output = io.StringIO()

    call_command("prune_audit_log", "--days", "400", stdout=output)
    assert "Deleted 0 audit entries." in output.getvalue()
    call_command("prune_audit_log", "--days", "300", stdout=output)
    assert "Deleted 2 audit entries." in output.getvalue()

    audit.record(audit.VIEW, desk, appointment=appointment)
    with (
        override_settings(AUDIT_LOG_RETENTION_DAYS=0),
        time_machine.travel(datetime.datetime(2027, 1, 12, tzinfo=datetime.UTC)),
    ):
        assert housekeeping.enqueue().return_value["audit_pruned"] == 1


def test_the_retention_comes_from_the_environment_with_a_two_year_default():
    _result, default = read_settings("portal.settings.dev", {}, ["AUDIT_LOG_RETENTION_DAYS"])
    _result, chosen = read_settings(
        "portal.settings.dev", {"AUDIT_LOG_RETENTION_DAYS": "365"}, ["AUDIT_LOG_RETENTION_DAYS"]
    )

    assert (default, chosen) == (
        {"AUDIT_LOG_RETENTION_DAYS": "730"},
        {"AUDIT_LOG_RETENTION_DAYS": "365"},
    )


def test_administrators_can_grant_the_audit_trail_on_the_group_page(net):
    html = (
        client_for(net["root"])
        .get(reverse("wagtailusers_groups:add"), HTTP_ACCEPT_LANGUAGE="en")
        .content.decode()
    )

    assert html.count("Can see the audit trail") == 2  # one per kind of entry
    assert "Appointment (audit trail)" in html and "Staff member (audit trail)" in html
