"""Demo content of contact messages (`manage.py load_demo`): a few messages per inbox.

In four languages, to branches, a van and the general inbox; one of them
marked "not delivered" as if the mail server had been down, so the staff
list shows what that looks like. Idempotent: made once (recognised by the
sender's e-mail domain). No e-mail is sent for them.
"""

import datetime

from django.utils import timezone

from booking.choices import DeliveryStatus
from contact.choices import MessageStatus, Topic
from contact.models import ContactMessage
from services_catalog.models import BranchPage, MobileUnitPage

DEMO_DOMAIN = "@demo.example.org"

MESSAGES = [
    # name, phone, e-mail user, language, topic, text, hours ago, place, delivery, status
    (
        "Κατερίνα Μιχαήλ",
        "+306912345621",
        "katerina",
        "el",
        Topic.QUESTION,
        "Καλησπέρα, υπάρχει ομάδα στήριξης για γονείς παιδιών με αυτισμό;",
        3,
        "branch",
        DeliveryStatus.SENT,
        MessageStatus.NEW,
    ),
    (
        "يوسف حداد",
        "+306912345622",
        "",
        "ar",
        Topic.DOCUMENTS,
        "أريد المساعدة في تجديد تصريح الإقامة. متى يمكنني المجيء؟",
        20,
        "branch",
        DeliveryStatus.FAILED,
        MessageStatus.NEW,
    ),
    (
        "مریم احمدی",
        "",
        "maryam",
        "fa",
        Topic.APPOINTMENT,
        "آیا ون سیار ماه آینده هم به پارک محله می‌آید؟",
        30,
        "unit",
        DeliveryStatus.SENT,
        MessageStatus.ANSWERED,
    ),
    (
        "John Okafor",
        "+447911123458",
        "john",
        "en",
        Topic.FEEDBACK,
        "Thank you to the team at the health centre stop, they were very kind.",
        50,
        "general",
        DeliveryStatus.SENT,
        MessageStatus.CLOSED,
    ),
]


def load(stdout):
    made = ensure_messages()
    stdout.write(f"Contact: {made} demo messages")


def ensure_messages(now=None):
    existing = ContactMessage.objects.filter(email__endswith=DEMO_DOMAIN).count()
    if existing:
        return existing
    now = now or timezone.now()
    inboxes = {
        "branch": {"branch": BranchPage.objects.live().order_by("path").first()},
        "unit": {"mobile_unit": MobileUnitPage.objects.live().order_by("path").first()},
        "general": {},
    }
    made = 0
    for name, phone, user, lang, topic, text, hours, place, delivered, status in MESSAGES:
        message = ContactMessage.objects.create(
            name=name,
            phone=phone,
            # Every demo message carries the demo domain: it is how a second run finds them.
            email=f"{user or 'no-email'}{DEMO_DOMAIN}",
            language=lang,
            topic=topic,
            message=text,
            status=status,
            delivery_status=delivered,
            delivery_attempts=5 if delivered == DeliveryStatus.FAILED else 1,
            delivery_error="SMTPServerDisconnected" if delivered == DeliveryStatus.FAILED else "",
            **inboxes[place],
        )
        ContactMessage.objects.filter(pk=message.pk).update(
            created_at=now - datetime.timedelta(hours=hours)
        )
        made += 1
    return made
