"""Migration 0003 (local spaces) keeps every activity where it was and lets editors edit spaces."""

from django.contrib.auth.models import Group
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

import pytest

from activities.models import ActivityPage
from tests import builders
from tests.activities.builders import activity

BEFORE = [("activities", "0002_messages")]

pytestmark = pytest.mark.usefixtures("clock")


def migrate(targets):
    # Inside the test's transaction: check foreign keys now, so tables can be dropped.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="migrating inside a test transaction needs PostgreSQL; runs in CI's PostgreSQL pass",
)
def test_activities_keep_their_branch_or_stop_and_editors_get_the_spaces(db, home):
    at_branch = activity(branch=builders.branch())
    at_stop = activity(stop=builders.stop(builders.mobile_unit()))
    old = migrate(BEFORE)
    old_activity = old.get_model("activities", "ActivityPage")
    assert not any(field.name == "space" for field in old_activity._meta.get_fields())
    for group in Group.objects.filter(name__in=("Editors", "Moderators")):
        group.permissions.remove(*group.permissions.filter(codename__endswith="_localspace"))

    migrate(None)  # forward to every app's leaf

    places = dict(ActivityPage.objects.values_list("pk", "branch_id"))
    assert places[at_branch.pk] == at_branch.branch_id and places[at_stop.pk] is None
    stop_ids = dict(ActivityPage.objects.values_list("pk", "stop_id"))
    assert stop_ids[at_stop.pk] == at_stop.stop_id
    assert not ActivityPage.objects.filter(space__isnull=False).exists()
    with pytest.raises(IntegrityError), transaction.atomic():
        ActivityPage.objects.filter(pk=at_stop.pk).update(branch=at_branch.branch_id)
    for name in ("Editors", "Moderators"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"add_localspace", "change_localspace", "delete_localspace"} <= codenames
