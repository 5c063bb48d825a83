"""Demo organisations and programmes of other bodies (read by services_catalog.demo).

Partners that refer citizens (the municipal social service, a health centre,
an NGO), a neighbouring municipality one of the vans serves, and OPEKA, which
provides the two programmes the centre helps people apply for.
"""

from demo_content.site import _t

ORGANISATIONS = [
    {
        "slug": "piraeus-social-service",
        "kind": "social_service",
        "name": {
            "el": "Κοινωνική Υπηρεσία Δήμου Πειραιά",
            "en": "Piraeus Municipal Social Service",
            "ar": "الخدمة الاجتماعية لبلدية بيرايوس",
            "fa": "خدمات اجتماعی شهرداری پیرئوس",
        },
        "contact": "Γραφείο Κοινωνικής Πολιτικής, 210 419 0000",
        "website": "https://www.piraeus.gov.gr/",
    },
    {
        "slug": "nikaia-health-centre",
        "kind": "health_centre",
        "name": {
            "el": "Κέντρο Υγείας Νίκαιας",
            "en": "Nikaia Health Centre",
            "ar": "المركز الصحي في نيكيا",
            "fa": "مرکز بهداشت نیکایا",
        },
        "contact": "Κοινωνική λειτουργός, 210 490 0000",
        "website": "",
    },
    {
        "slug": "solidarity-ngo",
        "kind": "ngo",
        "name": {
            "el": "Δίκτυο Αλληλεγγύης Πειραιά (ΜΚΟ)",
            "en": "Piraeus Solidarity Network (NGO)",
            "ar": "شبكة التضامن في بيرايوس (منظمة غير حكومية)",
            "fa": "شبکهٔ همبستگی پیرئوس (سازمان غیردولتی)",
        },
        "contact": "info@example.org",
        "website": "https://example.org/",
    },
    {
        "slug": "municipality-of-perama",
        "kind": "municipality",
        "name": {
            "el": "Δήμος Περάματος",
            "en": "Municipality of Perama",
            "ar": "بلدية بيراما",
            "fa": "شهرداری پراما",
        },
        "contact": "Κοινωνική Υπηρεσία Δήμου Περάματος",
        "website": "https://www.perama.gr/",
    },
    {
        "slug": "opeka",
        "kind": "public_body",
        "name": {
            "el": "ΟΠΕΚΑ",
            "en": "OPEKA",
            "ar": "هيئة الإعانات الاجتماعية (\u2066ΟΠΕΚΑ\u2069)",
            "fa": "سازمان کمک‌هزینه‌های رفاهی (\u2066ΟΠΕΚΑ\u2069)",
        },
        "contact": "Οργανισμός Προνοιακών Επιδομάτων και Κοινωνικής Αλληλεγγύης",
        "website": "https://opeka.gr/",
    },
]

# Mobile unit key (demo_content.catalogue.MOBILE_UNITS) → municipalities it also serves.
SERVED_MUNICIPALITIES = {"unit-2": ["municipality-of-perama"]}

PROGRAMMES = [
    {
        "key": "guaranteed-minimum-income",
        "provider": "opeka",
        "official_url": "https://opeka.gr/elachisto-engyimeno-eisodima/",
        "slug": {
            "el": "elachisto-engyimeno-eisodima",
            "en": "guaranteed-minimum-income",
            "ar": "الحد-الأدنى-للدخل-المضمون",
            "fa": "حداقل-درآمد-تضمین-شده",
        },
        "title": {
            "el": "Ελάχιστο Εγγυημένο Εισόδημα",
            "en": "Guaranteed minimum income",
            "ar": "الحد الأدنى للدخل المضمون",
            "fa": "حداقل درآمد تضمین‌شده",
        },
        "summary": {
            "el": "Μηνιαίο ποσό για νοικοκυριά με πολύ χαμηλό εισόδημα. Κάνουμε μαζί την αίτηση.",
            "en": "A monthly amount for households with a very low income. We apply together.",
            "ar": "مبلغ شهري للأسر ذات الدخل المنخفض جدًا. نقدّم الطلب معك.",
            "fa": "مبلغی ماهانه برای خانوارهای کم‌درآمد. درخواست را با هم پر می‌کنیم.",
        },
        "eligibility": {
            "el": _t("""
                Νοικοκυριά που μένουν νόμιμα και μόνιμα στην Ελλάδα, με εισόδημα και
                περιουσία κάτω από τα όρια του προγράμματος. Ελέγχουμε μαζί αν τα πληροίτε.
            """),
            "en": _t("""
                Households living legally and permanently in Greece, with income and
                property below the programme's limits. We check with you whether you qualify.
            """),
            "ar": _t("""
                الأسر المقيمة في اليونان إقامة قانونية ودائمة، والتي يقلّ دخلها وممتلكاتها
                عن حدود البرنامج. نتحقق معك من استيفائك للشروط.
            """),
            "fa": _t("""
                خانوارهایی که به‌طور قانونی و دائم در یونان زندگی می‌کنند و درآمد و دارایی
                آن‌ها کمتر از سقف برنامه است. با هم بررسی می‌کنیم که شرایط را دارید یا نه.
            """),
        },
    },
    {
        "key": "housing-benefit",
        "provider": "opeka",
        "official_url": "https://opeka.gr/epidoma-stegasis/",
        "slug": {
            "el": "epidoma-stegasis",
            "en": "housing-benefit",
            "ar": "إعانة-السكن",
            "fa": "کمک-هزینه-مسکن",
        },
        "title": {
            "el": "Επίδομα στέγασης",
            "en": "Housing benefit",
            "ar": "إعانة السكن",
            "fa": "کمک‌هزینهٔ مسکن",
        },
        "summary": {
            "el": "Βοήθεια για το ενοίκιο της κύριας κατοικίας. Κάνουμε μαζί την αίτηση.",
            "en": "Help with the rent of your main home. We apply together.",
            "ar": "مساعدة في إيجار مسكنك الرئيسي. نقدّم الطلب معك.",
            "fa": "کمک برای اجارهٔ خانهٔ اصلی شما. درخواست را با هم پر می‌کنیم.",
        },
        "eligibility": {
            "el": _t("""
                Όσοι νοικιάζουν την κατοικία όπου μένουν, με μισθωτήριο, και έχουν
                εισόδημα κάτω από το όριο του προγράμματος.
            """),
            "en": _t("""
                People who rent the home they live in, with a rental contract, and whose
                income is below the programme's limit.
            """),
            "ar": _t("""
                من يستأجرون المسكن الذي يعيشون فيه بعقد إيجار، ويقلّ دخلهم عن حدّ البرنامج.
            """),
            "fa": _t("""
                کسانی که خانهٔ محل زندگی خود را با قرارداد اجاره کرده‌اند و درآمدشان کمتر
                از سقف برنامه است.
            """),
        },
    },
]
