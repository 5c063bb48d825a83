"""Demo texts of the site shell in Greek, English, Arabic and Farsi.

PLACEHOLDER: to be written in full.
"""

ORGANISATION = {
    "organisation_name": {
        "el": "Κέντρο Κοινότητας Δήμου Πειραιά",
        "en": "Piraeus Community Centre",
        "ar": "مركز المجتمع المحلي في بلدية بيرايوس",
        "fa": "مرکز اجتماعی شهرداری پیرئوس",
    },
    "address": {"el": "Πλατεία Κοραή 1, 185 35 Πειραιάς", "en": "1 Korai Square, 185 35 Piraeus"},
    "opening_hours": {"el": "Δευτέρα–Παρασκευή 08:00–16:00", "en": "Monday–Friday 08:00–16:00"},
    "phone": "210 412 0000",
    "email": "kentro.koinotitas@example.gr",
}

HOME = {
    "slug": {
        "el": "kentro-koinotitas",
        "en": "community-centre",
        "ar": "مركز-المجتمع",
        "fa": "مرکز-اجتماعی",
    },
    "title": {
        "el": "Κέντρο Κοινότητας",
        "en": "Community Centre",
        "ar": "مركز المجتمع",
        "fa": "مرکز اجتماعی",
    },
    "intro": {"el": "Δωρεάν υπηρεσίες.", "en": "Free services."},
    "book_heading": {"el": "Κλείστε ραντεβού", "en": "Book an appointment"},
    "book_text": {"el": "Χωρίς κόστος.", "en": "Free of charge."},
    "book_page": "book",
    "body": {"el": [("h2", "Ποιοι είμαστε"), ("p", "<p>Κείμενο.</p>")], "en": []},
}

PAGES = [
    {
        "key": "about",
        "slug": {"el": "poioi-eimaste", "en": "about-us", "ar": "من-نحن", "fa": "درباره-ما"},
        "title": {"el": "Ποιοι είμαστε", "en": "About us", "ar": "من نحن", "fa": "درباره ما"},
        "intro": {"el": "Κείμενο.", "en": "Text."},
        "body": {"el": [("p", "<p>Κείμενο.</p>")]},
    },
    {
        "key": "book",
        "slug": {"el": "rantevou", "en": "appointments"},
        "title": {"el": "Ραντεβού", "en": "Appointments"},
        "intro": {"el": "Κείμενο."},
        "body": {"el": [("cta", "Καλέστε μας", "", "tel:+302104120000")]},
    },
    {
        "key": "privacy",
        "slug": {"el": "prostasia-prosopikon-dedomenon", "en": "privacy-notice"},
        "title": {"el": "Προστασία προσωπικών δεδομένων", "en": "Privacy notice"},
        "intro": {"el": "Κείμενο."},
        "body": {"el": []},
    },
    {
        "key": "accessibility",
        "slug": {"el": "dilosi-prosvasimotitas", "en": "accessibility-statement"},
        "title": {"el": "Δήλωση προσβασιμότητας", "en": "Accessibility statement"},
        "intro": {"el": "Κείμενο."},
        "body": {"el": []},
    },
]

HEADER_MENU = ["about", "book"]
FOOTER_MENU = ["about"]
