"""One process of the concurrent sign-up test (test_concurrency.py): one sign-up, then exit.

Run as `python -m tests.activities.sign_up_worker ACTIVITY SESSION PARTY PHONE START_AT`
with DATABASE_URL naming the committed copy. Waits until the wall-clock
START_AT (so every process tries at once), stands the clock at the tests'
NOW, signs up, joins the waiting list when that is what it is offered, and
prints the outcome: "confirmed", "waiting" or "error: …".
"""

import os
import sys
import time


def main(activity_id, session_key, party, phone, start_at):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django  # noqa: PLC0415 (a separate process: set up Django first)

    django.setup()
    from activities import seats  # noqa: PLC0415
    from activities.models import ActivityPage  # noqa: PLC0415
    from tests.activities.builders import details  # noqa: PLC0415
    from tests.clock import frozen  # noqa: PLC0415

    activity = ActivityPage.objects.get(pk=activity_id)
    time.sleep(max(0.0, start_at - time.time()))
    with frozen():
        options = {
            "activity": activity,
            "details": details(phone=phone),
            "party_size": party,
            "session_key": session_key or None,
        }
        try:
            seats.sign_up(**options)
            return "confirmed"
        except seats.Full:
            seats.sign_up(**options, waiting_list=True)
            return "waiting"


if __name__ == "__main__":
    activity_id, session_key, party, phone, start_at = sys.argv[1:6]
    try:
        print(main(int(activity_id), session_key, int(party), phone, float(start_at)))
    except Exception as error:  # the test reads every outcome, a failure by name
        print(f"error: {error!r}")
