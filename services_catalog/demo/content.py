"""Demo data of the catalogue in Greek, English, Arabic and Farsi.

Facts follow the public pages this project started from: Piraeus, five
municipal communities, a central office and branches open Monday–Friday,
two vans with a psychologist and a social worker that visit each stop on a
monthly rhythm. Names, addresses and numbers are invented.

Formats (read by services_catalog/demo/loader.py):
- texts are {"el": …, "en": …, "ar": …, "fa": …};
- a schedule is {"rule": "RRULE:…", "start": "HH:MM", "end": "HH:MM", "capacity": n};
- an exception is {"in_days": n, "kind": "cancelled" | "extra", "reason": {…}}
  with optional "start"/"end" for an extra date; `in_days` counts from the day
  `load_demo` runs, moved to the place's next scheduled date for a cancellation;
- body blocks are those of portal/demo/builders.stream().

PLACEHOLDER: to be completed.
"""

COMMUNITIES = [
    {
        "slug": "1i-koinotita",
        "sort": 1,
        "name": {
            "el": "1η Δημοτική Κοινότητα",
            "en": "1st Municipal Community",
            "ar": "المجتمع البلدي الأول",
            "fa": "بخش شهری ۱",
        },
    },
]

CATEGORIES = [
    {
        "slug": "information",
        "sort": 1,
        "name": {"el": "Ενημέρωση", "en": "Information", "ar": "معلومات", "fa": "اطلاعات"},
    },
]

TARGET_GROUPS = [
    {
        "slug": "adults",
        "sort": 1,
        "name": {"el": "Ενήλικες", "en": "Adults", "ar": "البالغون", "fa": "بزرگسالان"},
    },
]

SERVICES_INDEX = {
    "slug": {"el": "ypiresies", "en": "services", "ar": "الخدمات", "fa": "خدمات"},
    "title": {"el": "Υπηρεσίες", "en": "Services", "ar": "الخدمات", "fa": "خدمات"},
    "intro": {"el": "Όλες οι υπηρεσίες.", "en": "All services."},
}

PLACES_INDEX = {
    "slug": {
        "el": "pou-tha-mas-breite",
        "en": "where-to-find-us",
        "ar": "أين-تجدنا",
        "fa": "کجا-ما-را-پیدا-کنید",
    },
    "title": {
        "el": "Πού θα μας βρείτε",
        "en": "Where to find us",
        "ar": "أين تجدنا",
        "fa": "کجا ما را پیدا کنید",
    },
    "intro": {"el": "Παραρτήματα και κινητές μονάδες.", "en": "Branches and mobile units."},
}

CALENDAR = {
    "slug": {
        "el": "imerologio-kiniton-monadon",
        "en": "mobile-unit-calendar",
        "ar": "جدول-الوحدات-المتنقلة",
        "fa": "تقویم-واحدهای-سیار",
    },
    "title": {
        "el": "Πότε έρχεται η κινητή μονάδα",
        "en": "When the mobile unit comes",
        "ar": "متى تأتي الوحدة المتنقلة",
        "fa": "واحد سیار کی می‌آید",
    },
    "intro": {"el": "Ημερολόγιο.", "en": "Calendar."},
}

BRANCHES = [
    {
        "key": "central",
        "slug": {"el": "kentriki-domi", "en": "central-office"},
        "title": {"el": "Κεντρική δομή", "en": "Central office"},
        "intro": {"el": "Κείμενο."},
        "address": {"el": "Πλατεία Κοραή 1", "en": "1 Korai Square"},
        "postal_code": "185 35",
        "community": "1i-koinotita",
        "latitude": "37.943100",
        "longitude": "23.646900",
        "phone": "210 412 0000",
        "email": "kentro.koinotitas@example.gr",
        "responsible_person": {"el": "Μαρία Παπαδοπούλου", "en": "Maria Papadopoulou"},
        "accessibility": {"el": "Ράμπα."},
        "schedules": [
            {
                "rule": "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "start": "08:00",
                "end": "16:00",
                "capacity": 3,
            }
        ],
        "exceptions": [],
    },
]

MOBILE_UNITS = [
    {
        "key": "unit-1",
        "slug": {"el": "kiniti-monada-1", "en": "mobile-unit-1"},
        "title": {"el": "Κινητή Μονάδα 1", "en": "Mobile Unit 1"},
        "intro": {"el": "Κείμενο."},
        "vehicle": {"el": "Βαν."},
        "team": {"el": "Ψυχολόγος και κοινωνική λειτουργός."},
        "accessibility": {"el": "Ανυψωτική πλατφόρμα."},
        "phone": "210 412 0040",
        "stops": [
            {
                "name": {"el": "Κέντρο Υγείας Νίκαιας", "en": "Nikaia Health Centre"},
                "venue_type": "health_centre",
                "address": {"el": "Πέτρου Ράλλη 100", "en": "100 Petrou Ralli"},
                "postal_code": "184 54",
                "community": "1i-koinotita",
                "latitude": "37.965000",
                "longitude": "23.650000",
                "directions": {"el": "Μπροστά στην είσοδο."},
                "visits": [
                    {
                        "rule": "RRULE:FREQ=MONTHLY;BYDAY=+1TU,+3TU",
                        "start": "10:00",
                        "end": "13:30",
                        "capacity": 2,
                    }
                ],
                "exceptions": [],
            },
        ],
    },
]

SERVICES = [
    {
        "key": "information",
        "slug": {"el": "enimerosi", "en": "information"},
        "title": {"el": "Ενημέρωση", "en": "Information"},
        "summary": {"el": "Κείμενο.", "en": "Text."},
        "body": {"el": [("p", "<p>Κείμενο.</p>")]},
        "category": "information",
        "target_groups": ["adults"],
        "channels": {
            "at_branch": True,
            "at_mobile_unit": True,
            "by_phone": True,
            "home_visit": False,
        },
        "what_to_bring": {"el": "<p>Ταυτότητα.</p>"},
        "branches": ["central"],
        "mobile_units": ["unit-1"],
        "bookable": True,
        "appointment_minutes": 30,
        "home": True,
    },
]
