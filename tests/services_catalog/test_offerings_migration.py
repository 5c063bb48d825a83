"""Migration 0002: the service ↔ place links become offerings, and back, revisions included."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import pytest

from services_catalog.models import Offering, ServicePage
from tests import builders as b

BEFORE = [("services_catalog", "0001_initial")]
AFTER = None  # every app's latest migration: the live models below read today's tables


def migrate(targets):
    # Inside the test's transaction: check foreign keys now, so tables can be dropped.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


# Migrating back and forth inside the test's transaction needs transactional
# DDL with deferrable constraints; SQLite's schema editor refuses to run inside
# a transaction while foreign keys are enforced.
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="migrating inside a test transaction needs PostgreSQL; runs in CI's PostgreSQL pass",
)
def test_links_become_offerings_with_the_services_length_and_come_back(db, home):
    branch, unit = b.branch(), b.mobile_unit()
    service = b.service(branches=[branch], units=[unit])
    Offering.objects.filter(service=service).delete()  # only the old links below
    service.save_revision()

    old = migrate(BEFORE)
    old_service = old.get_model("services_catalog", "ServicePage").objects.get(pk=service.pk)
    assert list(old_service.branches.values_list("pk", flat=True)) == []
    old_service.branches.set([branch.pk])
    old_service.mobile_units.set([unit.pk])
    revisions = old.get_model("wagtailcore", "Revision").objects.filter(object_id=str(service.pk))
    for revision in revisions:
        revision.content = {
            **revision.content,
            "branches": [branch.pk],
            "mobile_units": [unit.pk],
        }
        revision.save()

    migrate(AFTER)

    rows = Offering.objects.filter(service=service).order_by("sort_order")
    assert list(rows.values_list("branch", "mobile_unit", "minutes")) == [
        (branch.pk, None, None),
        (None, unit.pk, None),
    ]
    latest = ServicePage.objects.get(pk=service.pk).get_latest_revision_as_object()
    assert [(o.branch_id, o.mobile_unit_id) for o in latest.offerings.all()] == [
        (branch.pk, None),
        (None, unit.pk),
    ]
