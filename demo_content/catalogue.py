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

Words, phone numbers and addresses are those of demo_content/site.py (see
its glossary). In Arabic and Persian text a phone number starts with a
left-to-right mark (`tel(key, lang)` adds it).

The vans never visit two stops on the same morning:

| van    | stop                        | days                        |
| ------ | --------------------------- | --------------------------- |
| unit-1 | Kastella parish hall        | 1st and 3rd Tuesday         |
| unit-1 | Neo Faliro health unit      | 1st and 3rd Thursday        |
| unit-1 | Freattyda kindergarten      | 2nd and 4th Tuesday         |
| unit-1 | Agia Sofia Square           | 2nd and 4th Thursday        |
| unit-1 | Kaminia KAPI                | 1st and 3rd Wednesday       |
| unit-2 | Tambouria health unit       | 1st and 3rd Monday          |
| unit-2 | Agios Dionysios Square      | 2nd and 4th Monday          |
| unit-2 | Neapoli primary school      | 1st and 3rd Wednesday       |
| unit-2 | Lefka KAPI                  | 2nd and 4th Wednesday       |
| unit-2 | Maniatika Cultural Centre   | 1st and 3rd Friday          |
"""

from demo_content.site import EMAIL, PHONES, _t, emergency, ltr, tel

# ------------------------------------------------------------------ taxonomy

COMMUNITIES = [
    {
        "slug": "1i-koinotita",
        "sort": 1,
        "name": {
            "el": "1η Δημοτική Κοινότητα (Κέντρο, Πειραϊκή, Καστέλλα)",
            "en": "1st Municipal Community (Centre, Peiraiki, Kastella)",
            "ar": "الدائرة البلدية الأولى (وسط المدينة، بيرايكي، كاستيلا)",
            "fa": "ناحیهٔ 1 شهرداری (مرکز شهر، پیرائیکی، کاستلا)",
        },
    },
    {
        "slug": "2i-koinotita",
        "sort": 2,
        "name": {
            "el": "2η Δημοτική Κοινότητα (Νέο Φάληρο, Φρεαττύδα)",
            "en": "2nd Municipal Community (Neo Faliro, Freattyda)",
            "ar": "الدائرة البلدية الثانية (نيو فاليرو، فرياتيدا)",
            "fa": "ناحیهٔ 2 شهرداری (نئو فالیرو، فرئاتیدا)",
        },
    },
    {
        "slug": "3i-koinotita",
        "sort": 3,
        "name": {
            "el": "3η Δημοτική Κοινότητα (Καμίνια, Αγία Σοφία)",
            "en": "3rd Municipal Community (Kaminia, Agia Sofia)",
            "ar": "الدائرة البلدية الثالثة (كامينيا، آيا صوفيا)",
            "fa": "ناحیهٔ 3 شهرداری (کامینیا، آیا سوفیا)",
        },
    },
    {
        "slug": "4i-koinotita",
        "sort": 4,
        "name": {
            "el": "4η Δημοτική Κοινότητα (Ταμπούρια, Άγιος Διονύσιος)",
            "en": "4th Municipal Community (Tambouria, Agios Dionysios)",
            "ar": "الدائرة البلدية الرابعة (تامبوريا، أيوس ديونيسيوس)",
            "fa": "ناحیهٔ 4 شهرداری (تامبوریا، آیوس دیونیسیوس)",
        },
    },
    {
        "slug": "5i-koinotita",
        "sort": 5,
        "name": {
            "el": "5η Δημοτική Κοινότητα (Νεάπολη, Λεύκα, Μανιάτικα)",
            "en": "5th Municipal Community (Neapoli, Lefka, Maniatika)",
            "ar": "الدائرة البلدية الخامسة (نيابولي، ليفكا، مانياتيكا)",
            "fa": "ناحیهٔ 5 شهرداری (نئاپولی، لفکا، مانیاتیکا)",
        },
    },
]

CATEGORIES = [
    {
        "slug": "information-and-referral",
        "sort": 1,
        "name": {
            "el": "Ενημέρωση και παραπομπή",
            "en": "Information and referral",
            "ar": "المعلومات والتوجيه",
            "fa": "اطلاع‌رسانی و معرفی به خدمات",
        },
    },
    {
        "slug": "welfare-benefits",
        "sort": 2,
        "name": {
            "el": "Επιδόματα και αιτήσεις",
            "en": "Welfare benefits and applications",
            "ar": "الإعانات الاجتماعية والطلبات",
            "fa": "کمک‌هزینه‌ها و درخواست‌ها",
        },
    },
    {
        "slug": "psychosocial-support",
        "sort": 3,
        "name": {
            "el": "Ψυχοκοινωνική στήριξη",
            "en": "Psychosocial support",
            "ar": "الدعم النفسي والاجتماعي",
            "fa": "حمایت روانی و اجتماعی",
        },
    },
    {
        "slug": "legal-information",
        "sort": 4,
        "name": {
            "el": "Νομική ενημέρωση",
            "en": "Legal information",
            "ar": "المعلومات القانونية",
            "fa": "اطلاعات حقوقی",
        },
    },
    {
        "slug": "health-and-prevention",
        "sort": 5,
        "name": {
            "el": "Υγεία και πρόληψη",
            "en": "Health and prevention",
            "ar": "الصحة والوقاية",
            "fa": "بهداشت و پیشگیری",
        },
    },
    {
        "slug": "children-and-families",
        "sort": 6,
        "name": {
            "el": "Παιδιά και οικογένεια",
            "en": "Children and families",
            "ar": "الأطفال والعائلات",
            "fa": "کودکان و خانواده",
        },
    },
    {
        "slug": "integration",
        "sort": 7,
        "name": {
            "el": "Ένταξη μεταναστών και Ρομά",
            "en": "Integration of migrants and Roma",
            "ar": "إدماج المهاجرين والروما",
            "fa": "ادغام مهاجران و روماها",
        },
    },
]

TARGET_GROUPS = [
    {
        "slug": "children-and-teenagers",
        "sort": 1,
        "name": {
            "el": "Παιδιά και έφηβοι",
            "en": "Children and teenagers",
            "ar": "الأطفال والمراهقون",
            "fa": "کودکان و نوجوانان",
        },
    },
    {
        "slug": "adults",
        "sort": 2,
        "name": {"el": "Ενήλικες", "en": "Adults", "ar": "البالغون", "fa": "بزرگسالان"},
    },
    {
        "slug": "families",
        "sort": 3,
        "name": {"el": "Οικογένειες", "en": "Families", "ar": "العائلات", "fa": "خانواده‌ها"},
    },
    {
        "slug": "migrants-and-refugees",
        "sort": 4,
        "name": {
            "el": "Μετανάστες και πρόσφυγες",
            "en": "Migrants and refugees",
            "ar": "المهاجرون واللاجئون",
            "fa": "مهاجران و پناهندگان",
        },
    },
    {
        "slug": "roma",
        "sort": 5,
        "name": {"el": "Ρομά", "en": "Roma", "ar": "الروما", "fa": "روماها"},
    },
    {
        "slug": "older-people",
        "sort": 6,
        "name": {"el": "Ηλικιωμένοι", "en": "Older people", "ar": "كبار السن", "fa": "سالمندان"},
    },
    {
        "slug": "people-with-disabilities",
        "sort": 7,
        "name": {
            "el": "Άτομα με αναπηρία",
            "en": "People with disabilities",
            "ar": "الأشخاص ذوو الإعاقة",
            "fa": "افراد دارای معلولیت",
        },
    },
    {
        "slug": "women-facing-violence",
        "sort": 8,
        "name": {
            "el": "Γυναίκες που δέχονται βία",
            "en": "Women facing violence",
            "ar": "النساء اللواتي يتعرّضن للعنف",
            "fa": "زنانی که با خشونت روبه‌رو هستند",
        },
    },
]

# ---------------------------------------------------------------- index pages

SERVICES_INDEX = {
    "slug": {"el": "ypiresies", "en": "services", "ar": "الخدمات", "fa": "خدمات"},
    "title": {"el": "Υπηρεσίες", "en": "Services", "ar": "الخدمات", "fa": "خدمات"},
    "intro": {
        "el": _t("""
            Όλες οι υπηρεσίες του Κέντρου Κοινότητας, δωρεάν για όλους. Διαλέξτε θέμα
            ή ομάδα για να βρείτε πιο γρήγορα αυτό που χρειάζεστε.
        """),
        "en": _t("""
            All the services of the Community Centre, free for everyone. Choose a topic
            or a group to find what you need more quickly.
        """),
        "ar": _t("""
            جميع خدمات مركز المجتمع المحلي، مجانًا للجميع. يمكنك اختيار موضوع أو فئة للوصول بسرعة
            أكبر إلى ما يلزمك.
        """),
        "fa": _t("""
            همهٔ خدمات مرکز اجتماعی، رایگان برای همه. یک موضوع یا یک گروه را انتخاب
            کنید تا آنچه را لازم دارید زودتر پیدا کنید.
        """),
    },
}

PLACES_INDEX = {
    "slug": {
        "el": "pou-tha-mas-vreite",
        "en": "where-to-find-us",
        "ar": "أين-تجدنا",
        "fa": "کجا-ما-را-پیدا-کنید",
    },
    "title": {
        "el": "Πού θα μας βρείτε",
        "en": "Where to find us",
        "ar": "أين نحن",
        "fa": "کجا ما را پیدا کنید",
    },
    "intro": {
        "el": _t("""
            Το κεντρικό γραφείο, τα παραρτήματα και οι στάσεις των κινητών μονάδων, με
            διευθύνσεις και ώρες. Βρείτε το σημείο που είναι πιο κοντά σας.
        """),
        "en": _t("""
            The central office, the branches and the stops of the mobile units, with
            addresses and opening hours. Find the place nearest to you.
        """),
        "ar": _t("""
            المكتب الرئيسي والفروع ومحطات الوحدات المتنقلة، مع العناوين وساعات العمل.
            يمكنك البحث عن أقرب مكان إليك.
        """),
        "fa": _t("""
            دفتر مرکزی، شعبه‌ها و ایستگاه‌های واحدهای سیار، با نشانی و ساعت‌های کار.
            نزدیک‌ترین مکان به خودتان را پیدا کنید.
        """),
    },
}

CALENDAR = {
    "slug": {
        "el": "imerologio-kiniton-monadon",
        "en": "mobile-unit-calendar",
        "ar": "تقويم-الوحدات-المتنقلة",
        "fa": "تقویم-واحدهای-سیار",
    },
    "title": {
        "el": "Πότε έρχεται η κινητή μονάδα",
        "en": "When the mobile unit comes",
        "ar": "متى تأتي الوحدة المتنقلة",
        "fa": "واحد سیار کی می‌آید",
    },
    "intro": {
        "el": _t("""
            Οι κινητές μονάδες έρχονται σε κάθε στάση σε σταθερές μέρες κάθε μήνα.
            Καμιά φορά μια επίσκεψη ακυρώνεται· εδώ θα το δείτε πάντα. Μπορείτε να
            βάλετε τις ημερομηνίες στο ημερολόγιο του κινητού σας.
        """),
        "en": _t("""
            The mobile units come to each stop on set days every month. Sometimes a
            visit is cancelled; you will always see it here. You can add the dates to
            the calendar on your phone.
        """),
        "ar": _t("""
            تأتي الوحدات المتنقلة إلى كل محطة في أيام ثابتة كل شهر. أحيانًا تُلغى
            زيارة، ويُعلَن ذلك هنا دائمًا. يمكنك إضافة هذه التواريخ إلى التقويم في
            هاتفك.
        """),
        "fa": _t("""
            واحدهای سیار در روزهای مشخصی از هر ماه به هر ایستگاه می‌آیند. گاهی یک
            بازدید لغو می‌شود؛ این را همیشه اینجا می‌بینید. می‌توانید این تاریخ‌ها را
            به تقویم موبایلتان اضافه کنید.
        """),
    },
}

# ------------------------------------------------------------------- branches

WEEKDAYS = "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"

BRANCHES = [
    {
        "key": "central",
        "slug": {
            "el": "kentriki-domi",
            "en": "central-office",
            "ar": "المكتب-الرئيسي",
            "fa": "دفتر-مرکزی",
        },
        "title": {
            "el": "Κεντρικό γραφείο",
            "en": "Central office",
            "ar": "المكتب الرئيسي",
            "fa": "دفتر مرکزی",
        },
        "intro": {
            "el": _t("""
                Το κεντρικό γραφείο του Κέντρου Κοινότητας, στην Πλατεία Κοραή. Εδώ σας
                υποδεχόμαστε, σας ενημερώνουμε και σας βοηθάμε με τις περισσότερες
                υπηρεσίες μας. Ελάτε με ή χωρίς ραντεβού.
            """),
            "en": _t("""
                The central office of the Community Centre, on Korai Square. Here we
                welcome you, give you information and help you with most of our
                services. Come with or without an appointment.
            """),
            "ar": _t("""
                المكتب الرئيسي لمركز المجتمع المحلي، في ساحة كورايس. هنا نستقبلك
                ونعطيك المعلومات ونساعدك في معظم خدماتنا. يمكنك المجيء بموعد أو دون موعد.
            """),
            "fa": _t("""
                دفتر مرکزی مرکز اجتماعی، در میدان کرائیس. اینجا از شما استقبال می‌کنیم،
                به شما اطلاعات می‌دهیم و در بیشتر خدماتمان کمکتان می‌کنیم. با نوبت یا
                بدون نوبت بیایید.
            """),
        },
        "address": {
            "el": "Πλατεία Κοραή 1",
            "en": "1 Korai Square",
            "ar": "ساحة كورايس 1 (Πλατεία Κοραή 1)",
            "fa": "میدان کرائیس، پلاک 1 (Πλατεία Κοραή 1)",
        },
        "postal_code": "185 35",
        "community": "1i-koinotita",
        "latitude": "37.943100",
        "longitude": "23.646900",
        "phone": PHONES["central"],
        "email": EMAIL,
        "responsible_person": {
            "el": "Μαρία Παπαδοπούλου, κοινωνική λειτουργός, υπεύθυνη του Κέντρου Κοινότητας",
            "en": "Maria Papadopoulou, social worker, head of the Community Centre",
            "ar": "ماريا بابادوبولو، أخصائية اجتماعية، مسؤولة مركز المجتمع المحلي",
            "fa": "ماریا پاپادوپولو، مددکار اجتماعی، مسئول مرکز اجتماعی",
        },
        "accessibility": {
            "el": _t("""
                Ισόγειο, με ράμπα στην είσοδο από την πλατεία. Προσβάσιμη τουαλέτα.
                Θέση στάθμευσης για άτομα με αναπηρία μπροστά στο κτίριο.
            """),
            "en": _t("""
                Ground floor, with a ramp at the entrance from the square. Accessible
                toilet. Parking space for people with disabilities in front of the
                building.
            """),
            "ar": _t("""
                في الطابق الأرضي، مع منحدر عند المدخل من جهة الساحة. مرحاض مهيّأ
                للأشخاص ذوي الإعاقة. موقف سيارات للأشخاص ذوي الإعاقة أمام المبنى.
            """),
            "fa": _t("""
                طبقهٔ همکف، با سطح شیب‌دار در ورودی سمت میدان. سرویس بهداشتی مناسب
                افراد دارای معلولیت. جای پارک برای افراد دارای معلولیت جلوی ساختمان.
            """),
        },
        "schedules": [{"rule": WEEKDAYS, "start": "08:00", "end": "16:00", "capacity": 3}],
        "exceptions": [
            {
                # An extra afternoon, which fits whatever weekday the date falls on.
                "in_days": 20,
                "kind": "extra",
                "start": "16:00",
                "end": "19:00",
                "reason": {
                    "el": "Επιπλέον ώρες για τις αιτήσεις του επιδόματος θέρμανσης.",
                    "en": "Extra hours for applications for the heating allowance.",
                    "ar": "ساعات إضافية لتقديم طلبات إعانة التدفئة.",
                    "fa": "ساعت‌های کار اضافه برای درخواست کمک‌هزینهٔ گرمایش.",
                },
            },
        ],
    },
    {
        "key": "kem",
        "slug": {
            "el": "parartima-kem",
            "en": "kem-branch",
            "ar": "فرع-مركز-إدماج-المهاجرين",
            "fa": "شعبه-مرکز-ادغام-مهاجران",
        },
        "title": {
            "el": "Παράρτημα ΚΕΜ – Κέντρο Ένταξης Μεταναστών",
            "en": "KEM branch – Migrant Integration Centre",
            "ar": "فرع \u2066ΚΕΜ\u2069 – مركز إدماج المهاجرين",
            "fa": "شعبهٔ \u2066ΚΕΜ\u2069 – مرکز ادغام مهاجران",
        },
        "intro": {
            "el": _t("""
                Το Κέντρο Ένταξης Μεταναστών (ΚΕΜ) είναι το παράρτημά μας για μετανάστες
                και πρόσφυγες. Εδώ βρίσκετε μαθήματα ελληνικών, ενημέρωση για τα χαρτιά
                σας και διερμηνείς για αραβικά, φαρσί και άλλες γλώσσες.
            """),
            "en": _t("""
                The Migrant Integration Centre (KEM) is our branch for migrants and
                refugees. Here you will find Greek lessons, information about your
                papers, and interpreters for Arabic, Farsi and other languages.
            """),
            "ar": _t("""
                مركز إدماج المهاجرين (\u2066ΚΕΜ\u2069) هو فرعنا للمهاجرين واللاجئين. وفيه دروس في
                اللغة اليونانية، ومعلومات عن أوراقك، ومترجمون للعربية والفارسية ولغات أخرى.
            """),
            "fa": _t("""
                مرکز ادغام مهاجران (\u2066ΚΕΜ\u2069) شعبهٔ ما برای مهاجران و پناهندگان است. اینجا
                کلاس زبان یونانی، اطلاعات دربارهٔ مدارکتان و مترجم عربی، فارسی و
                زبان‌های دیگر پیدا می‌کنید.
            """),
        },
        "address": {
            "el": "Κολοκοτρώνη 102",
            "en": "102 Kolokotroni Street",
            "ar": "شارع كولوكوترونيس 102 (Κολοκοτρώνη 102)",
            "fa": "خیابان کولوکوترونی، پلاک 102 (Κολοκοτρώνη 102)",
        },
        "postal_code": "185 35",
        "community": "1i-koinotita",
        "latitude": "37.944800",
        "longitude": "23.645100",
        "phone": PHONES["kem"],
        "email": "kem.kentro.koinotitas@example.gr",
        "responsible_person": {
            "el": "Ελένη Γεωργίου, ψυχολόγος, υπεύθυνη του παραρτήματος",
            "en": "Eleni Georgiou, psychologist, head of the branch",
            "ar": "إيليني جيورجيو، أخصائية نفسية، مسؤولة الفرع",
            "fa": "النی گئورگیو، روان‌شناس، مسئول شعبه",
        },
        "accessibility": {
            "el": _t("""
                Πρώτος όροφος, με ανελκυστήρα που χωράει αμαξίδιο. Προσβάσιμη τουαλέτα.
                Στην αίθουσα αναμονής υπάρχει μια μικρή γωνιά για να παίζουν τα παιδιά.
            """),
            "en": _t("""
                First floor, with a lift that fits a wheelchair. Accessible toilet. There
                is a small play corner for children in the waiting room.
            """),
            "ar": _t("""
                في الطابق الأول، مع مصعد يتّسع لكرسي متحرك. مرحاض مهيّأ للأشخاص ذوي
                الإعاقة. في غرفة الانتظار ركن صغير لألعاب الأطفال.
            """),
            "fa": _t("""
                طبقهٔ اول، با آسانسوری که ویلچر در آن جا می‌شود. سرویس بهداشتی مناسب
                افراد دارای معلولیت. در اتاق انتظار گوشهٔ کوچکی برای بازی کودکان هست.
            """),
        },
        "schedules": [{"rule": WEEKDAYS, "start": "08:00", "end": "16:00", "capacity": 2}],
        "exceptions": [
            {
                "in_days": 9,
                "kind": "cancelled",
                "reason": {
                    "el": "Κλειστά λόγω εκπαίδευσης του προσωπικού.",
                    "en": "Closed for a staff training day.",
                    "ar": "مغلق بسبب يوم تدريبي للموظفين.",
                    "fa": "به دلیل روز آموزشی کارکنان بسته است.",
                },
            },
        ],
    },
    {
        "key": "roma",
        "slug": {
            "el": "parartima-roma",
            "en": "roma-branch",
            "ar": "فرع-الروما",
            "fa": "شعبه-روما",
        },
        "title": {
            "el": "Παράρτημα Ρομά",
            "en": "Roma branch",
            "ar": "فرع الروما",
            "fa": "شعبهٔ روما",
        },
        "intro": {
            "el": _t("""
                Το παράρτημα Ρομά, στα Καμίνια, είναι για τις οικογένειες Ρομά του
                Πειραιά. Σας βοηθάμε με επιδόματα, με την εγγραφή των παιδιών στο
                σχολείο και με θέματα υγείας. Ελάτε να γνωριστούμε.
            """),
            "en": _t("""
                The Roma branch in Kaminia is for the Roma families of Piraeus. We help
                you with welfare benefits, school enrolment for your children and health
                matters. Come and meet us.
            """),
            "ar": _t("""
                فرع الروما في حي كامينيا مخصّص لعائلات الروما في بيرايوس. نساعدك في
                الإعانات، وفي تسجيل أطفالك في المدرسة، وفي أمور الصحة. يسعدنا أن نتعرّف عليك.
            """),
            "fa": _t("""
                شعبهٔ روما در محلهٔ کامینیا برای خانواده‌های روما در پیرئوس است. در
                کمک‌هزینه‌ها، ثبت‌نام فرزندانتان در مدرسه و مسائل بهداشتی به شما کمک
                می‌کنیم. بیایید با هم آشنا شویم.
            """),
        },
        "address": {
            "el": "Κύπρου 45, Καμίνια",
            "en": "45 Kyprou Street, Kaminia",
            "ar": "شارع كيبرو 45، كامينيا (Κύπρου 45)",
            "fa": "خیابان کیپرو، پلاک 45، کامینیا (Κύπρου 45)",
        },
        "postal_code": "185 40",
        "community": "3i-koinotita",
        "latitude": "37.958300",
        "longitude": "23.664100",
        "phone": PHONES["roma"],
        "email": "roma.kentro.koinotitas@example.gr",
        "responsible_person": {
            "el": "Γιώργος Δημητρίου, κοινωνικός λειτουργός, υπεύθυνος του παραρτήματος",
            "en": "Giorgos Dimitriou, social worker, head of the branch",
            "ar": "يورغوس ديميتريو، أخصائي اجتماعي، مسؤول الفرع",
            "fa": "یورگوس دیمیتریو، مددکار اجتماعی، مسئول شعبه",
        },
        "accessibility": {
            "el": _t("""
                Ισόγειο. Η είσοδος έχει ένα σκαλί· έχουμε φορητή ράμπα, πατήστε το
                κουδούνι δίπλα στην πόρτα. Η τουαλέτα δεν είναι ακόμα προσβάσιμη σε
                αμαξίδιο.
            """),
            "en": _t("""
                Ground floor. There is one step at the entrance; we have a portable
                ramp, so press the bell next to the door. The toilet is not yet
                accessible to wheelchair users.
            """),
            "ar": _t("""
                في الطابق الأرضي. عند المدخل درجة واحدة؛ لدينا منحدر متنقل، ويكفي الضغط على الجرس
                بجانب الباب. المرحاض غير مهيّأ بعد لمستخدمي الكراسي المتحركة.
            """),
            "fa": _t("""
                طبقهٔ همکف. ورودی یک پله دارد؛ سطح شیب‌دار قابل‌حمل داریم، زنگ کنار در
                را بزنید. سرویس بهداشتی هنوز برای ویلچر مناسب نیست.
            """),
        },
        "schedules": [
            # Two windows on purpose: one person on duty on Fridays.
            {
                "rule": "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH",
                "start": "08:00",
                "end": "16:00",
                "capacity": 2,
            },
            {"rule": "RRULE:FREQ=WEEKLY;BYDAY=FR", "start": "08:00", "end": "16:00", "capacity": 1},
        ],
        "exceptions": [
            {
                "in_days": 12,
                "kind": "cancelled",
                "reason": {
                    "el": _t("""
                        Κλειστά: η ομάδα μας συμμετέχει σε ημερίδα για τη φοίτηση των
                        παιδιών Ρομά.
                    """),
                    "en": _t("""
                        Closed: our team is at a one-day conference on the schooling of
                        Roma children.
                    """),
                    "ar": "مغلق: فريقنا يشارك في يوم دراسي حول تعليم أطفال الروما.",
                    "fa": "بسته است: گروه ما در همایشی یک‌روزه دربارهٔ تحصیل کودکان روما شرکت می‌کند.",
                },
            },
        ],
    },
]

# -------------------------------------------------------------- mobile units

VAN_REPAIR = {
    "el": _t("""
        Η κινητή μονάδα είναι στο συνεργείο για επισκευή. Ελάτε στην επόμενη επίσκεψη ή
        τηλεφωνήστε μας.
    """),
    "en": "The van is being repaired. Please come to the next visit, or call us.",
    "ar": "السيارة قيد الإصلاح. يُرجى المجيء في الزيارة القادمة أو الاتصال بنا.",
    "fa": "ون در حال تعمیر است. لطفاً دفعهٔ بعد بیایید یا با ما تماس بگیرید.",
}

VAN_ACCESSIBILITY = {
    "el": _t("""
        Το βαν έχει ανυψωτική πλατφόρμα για αμαξίδιο. Αν δεν μπορείτε να ανεβείτε, σας
        μιλάμε έξω, σε ήσυχο σημείο.
    """),
    "en": _t("""
        The van has a wheelchair lift. If you cannot get in, we talk with you outside,
        in a quiet spot.
    """),
    "ar": _t("""
        في السيارة منصة رافعة للكراسي المتحركة. إذا تعذّر الصعود، نتحدث معك في
        الخارج، في مكان هادئ.
    """),
    "fa": _t("""
        ون بالابر ویلچر دارد. اگر نتوانید سوار شوید، بیرون و در جایی آرام با شما صحبت
        می‌کنیم.
    """),
}

MOBILE_UNITS = [
    {
        "key": "unit-1",
        "slug": {
            "el": "kiniti-monada-1",
            "en": "mobile-unit-1",
            "ar": "الوحدة-المتنقلة-1",
            "fa": "واحد-سیار-1",
        },
        "title": {
            "el": "Κινητή Μονάδα 1",
            "en": "Mobile Unit 1",
            "ar": "الوحدة المتنقلة 1",
            "fa": "واحد سیار 1",
        },
        "intro": {
            "el": _t("""
                Η Κινητή Μονάδα 1 έρχεται στις γειτονιές της 1ης, 2ης και 3ης Δημοτικής
                Κοινότητας, σε σταθερές μέρες κάθε μήνα. Ελάτε στη στάση κοντά στο σπίτι
                σας, με ή χωρίς ραντεβού.
            """),
            "en": _t("""
                Mobile Unit 1 comes to the neighbourhoods of the 1st, 2nd and 3rd
                municipal communities, on set days every month. Come to the stop near
                your home, with or without an appointment.
            """),
            "ar": _t("""
                تأتي الوحدة المتنقلة 1 إلى أحياء الدوائر البلدية الأولى والثانية
                والثالثة، في أيام ثابتة كل شهر. يمكنك المجيء إلى المحطة القريبة من بيتك، بموعد أو
                دون موعد.
            """),
            "fa": _t("""
                واحد سیار 1 در روزهای مشخصی از هر ماه به محله‌های ناحیه‌های 1، 2 و 3
                شهرداری می‌آید. به ایستگاه نزدیک خانه‌تان بیایید، با نوبت یا بدون نوبت.
            """),
        },
        "vehicle": {
            "el": _t("""
                Λευκό βαν με πράσινη λωρίδα, το σήμα του Δήμου Πειραιά και την επιγραφή
                «Κέντρο Κοινότητας». Μέσα έχει ένα μικρό γραφείο, όπου μιλάμε
                ιδιαιτέρως.
            """),
            "en": _t("""
                A white van with a green stripe, the logo of the Municipality of Piraeus
                and the words “Κέντρο Κοινότητας” (Community Centre). Inside there is a
                small office where we can talk in private.
            """),
            "ar": _t("""
                سيارة فان بيضاء عليها خط أخضر وشعار بلدية بيرايوس وعبارة «Κέντρο
                Κοινότητας» (مركز المجتمع المحلي). في داخلها مكتب صغير نتحدث فيه على
                انفراد.
            """),
            "fa": _t("""
                یک ون سفید با نوار سبز، نشان شهرداری پیرئوس و نوشتهٔ «Κέντρο Κοινότητας»
                (مرکز اجتماعی). داخل آن یک دفتر کوچک هست که در آن می‌توانیم خصوصی صحبت
                کنیم.
            """),
        },
        "team": {
            "el": _t("""
                Μια ψυχολόγος και ένας κοινωνικός λειτουργός. Διερμηνέας για αραβικά,
                φαρσί ή άλλη γλώσσα, αν τον ζητήσετε από πριν.
            """),
            "en": _t("""
                A psychologist and a social worker. An interpreter for Arabic, Farsi or
                another language, if you ask for one in advance.
            """),
            "ar": _t("""
                أخصائية نفسية وأخصائي اجتماعي. ومترجم للعربية أو الفارسية أو لغة أخرى،
                إذا طلبته مسبقًا.
            """),
            "fa": _t("""
                یک روان‌شناس و یک مددکار اجتماعی. اگر از قبل بخواهید، مترجم عربی، فارسی
                یا زبان دیگر هم می‌آید.
            """),
        },
        "accessibility": VAN_ACCESSIBILITY,
        "phone": PHONES["van1"],
        "stops": [
            {
                "name": {
                    "el": "Αίθουσα της ενορίας Προφήτη Ηλία, Καστέλλα",
                    "en": "Profitis Ilias parish hall, Kastella",
                    "ar": "قاعة كنيسة النبي إلياس، كاستيلا",
                    "fa": "سالن کلیسای پروفیتیس ایلیاس، کاستلا",
                },
                "venue_type": "church_hall",
                "address": {
                    "el": "Πλατεία Προφήτη Ηλία 2, Καστέλλα",
                    "en": "2 Profitis Ilias Square, Kastella",
                    "ar": "ساحة بروفيتيس إلياس 2، كاستيلا (Πλατεία Προφήτη Ηλία 2)",
                    "fa": "میدان پروفیتیس ایلیاس، پلاک 2، کاستلا (Πλατεία Προφήτη Ηλία 2)",
                },
                "postal_code": "185 33",
                "community": "1i-koinotita",
                "latitude": "37.940300",
                "longitude": "23.657400",
                "directions": {
                    "el": "Στην πλατεία, δίπλα στην αίθουσα. Αν βρέχει, σας δεχόμαστε μέσα.",
                    "en": "On the square, next to the hall. If it rains, we see you inside.",
                    "ar": "في الساحة بجانب القاعة. إذا كان الجو ممطرًا، نستقبلك في الداخل.",
                    "fa": "در میدان، کنار سالن. اگر باران ببارد، شما را داخل سالن می‌بینیم.",
                },
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
            {
                "name": {
                    "el": "Τοπική Μονάδα Υγείας (ΤοΜΥ) Νέου Φαλήρου",
                    "en": "Neo Faliro Local Health Unit (ToMY)",
                    "ar": "الوحدة الصحية المحلية (\u2066ΤοΜΥ\u2069) في نيو فاليرو",
                    "fa": "واحد بهداشت محلی (\u2066ΤοΜΥ\u2069) نئو فالیرو",
                },
                "venue_type": "health_centre",
                "address": {
                    "el": "Ευαγγελιστρίας 27, Νέο Φάληρο",
                    "en": "27 Evangelistrias Street, Neo Faliro",
                    "ar": "شارع إيفانجيليستريا 27، نيو فاليرو (Ευαγγελιστρίας 27)",
                    "fa": "خیابان اوانگلیستریاس، پلاک 27، نئو فالیرو (Ευαγγελιστρίας 27)",
                },
                "postal_code": "185 47",
                "community": "2i-koinotita",
                "latitude": "37.946800",
                "longitude": "23.664200",
                "directions": {
                    "el": "Στο πάρκινγκ της ΤοΜΥ, δεξιά από την είσοδο.",
                    "en": "In the car park of the health unit, to the right of the entrance.",
                    "ar": "في موقف السيارات التابع للوحدة الصحية، على يمين المدخل.",
                    "fa": "در پارکینگ واحد بهداشت، سمت راست ورودی.",
                },
                "visits": [
                    {
                        "rule": "RRULE:FREQ=MONTHLY;BYDAY=+1TH,+3TH",
                        "start": "10:00",
                        "end": "13:30",
                        "capacity": 2,
                    }
                ],
                "exceptions": [{"in_days": 3, "kind": "cancelled", "reason": VAN_REPAIR}],
            },
            {
                "name": {
                    "el": "3ος Δημοτικός Παιδικός Σταθμός, Φρεαττύδα",
                    "en": "3rd Municipal Kindergarten, Freattyda",
                    "ar": "روضة الأطفال البلدية الثالثة، فرياتيدا",
                    "fa": "مهدکودک شمارهٔ 3 شهرداری، فرئاتیدا",
                },
                "venue_type": "kindergarten",
                "address": {
                    "el": "Ακτή Μουτσοπούλου 52, Φρεαττύδα",
                    "en": "52 Akti Moutsopoulou, Freattyda",
                    "ar": "أكتي موتسوبولو 52، فرياتيدا (Ακτή Μουτσοπούλου 52)",
                    "fa": "آکتی موتسوپولو، پلاک 52، فرئاتیدا (Ακτή Μουτσοπούλου 52)",
                },
                "postal_code": "185 37",
                "community": "2i-koinotita",
                "latitude": "37.935400",
                "longitude": "23.652100",
                "directions": {
                    "el": "Στο πεζοδρόμιο απέναντι από την πόρτα του παιδικού σταθμού.",
                    "en": "On the pavement opposite the kindergarten door.",
                    "ar": "على الرصيف المقابل لباب روضة الأطفال.",
                    "fa": "روی پیاده‌رو، روبه‌روی در مهدکودک.",
                },
                "visits": [
                    {
                        "rule": "RRULE:FREQ=MONTHLY;BYDAY=+2TU,+4TU",
                        "start": "08:30",
                        "end": "11:30",
                        "capacity": 1,
                    }
                ],
                "exceptions": [],
            },
            {
                "name": {
                    "el": "Πλατεία Αγίας Σοφίας",
                    "en": "Agia Sofia Square",
                    "ar": "ساحة آيا صوفيا",
                    "fa": "میدان آیا سوفیا",
                },
                "venue_type": "square",
                "address": {
                    "el": "Πλατεία Αγίας Σοφίας",
                    "en": "Agia Sofia Square",
                    "ar": "ساحة آيا صوفيا (Πλατεία Αγίας Σοφίας)",
                    "fa": "میدان آیا سوفیا (Πλατεία Αγίας Σοφίας)",
                },
                "postal_code": "185 46",
                "community": "3i-koinotita",
                "latitude": "37.951900",
                "longitude": "23.655700",
                "directions": {
                    "el": "Στη μεριά της πλατείας προς την εκκλησία, δίπλα στην παιδική χαρά.",
                    "en": "On the church side of the square, next to the playground.",
                    "ar": "في جهة الساحة القريبة من الكنيسة، بجانب ملعب الأطفال.",
                    "fa": "در ضلع میدان که رو به کلیساست، کنار زمین بازی بچه‌ها.",
                },
                "visits": [
                    {
                        "rule": "RRULE:FREQ=MONTHLY;BYDAY=+2TH,+4TH",
                        "start": "10:00",
                        "end": "13:30",
                        "capacity": 2,
                    }
                ],
                "exceptions": [],
            },
            {
                "name": {
                    "el": "ΚΑΠΗ Καμινίων",
                    "en": "Kaminia KAPI day centre for older people",
                    "ar": "المركز النهاري لكبار السن (\u2066ΚΑΠΗ\u2069) في كامينيا",
                    "fa": "مرکز روزانهٔ سالمندان (\u2066ΚΑΠΗ\u2069) کامینیا",
                },
                "venue_type": "kapi",
                "address": {
                    "el": "Γρηγορίου Λαμπράκη 250, Καμίνια",
                    "en": "250 Grigoriou Lambraki Avenue, Kaminia",
                    "ar": "شارع غريغوريو لامبراكي 250، كامينيا (Γρηγορίου Λαμπράκη 250)",
                    "fa": "خیابان گریگوریو لامبراکی، پلاک 250، کامینیا (Γρηγορίου Λαμπράκη 250)",
                },
                "postal_code": "185 40",
                "community": "3i-koinotita",
                "latitude": "37.956900",
                "longitude": "23.659800",
                "directions": {
                    "el": "Μπροστά στην είσοδο του ΚΑΠΗ. Μπορείτε να περιμένετε μέσα, στο σαλόνι.",
                    "en": "In front of the KAPI entrance. You can wait inside, in the lounge.",
                    "ar": "أمام مدخل مركز \u2066ΚΑΠΗ\u2069. يمكن الانتظار في الداخل، في الصالة.",
                    "fa": "جلوی ورودی مرکز \u2066ΚΑΠΗ\u2069. می‌توانید داخل، در سالن، منتظر بمانید.",
                },
                "visits": [
                    {
                        "rule": "RRULE:FREQ=MONTHLY;BYDAY=+1WE,+3WE",
                        "start": "09:30",
                        "end": "12:30",
                        "capacity": 1,
                    }
                ],
                "exceptions": [],
            },
        ],
    },
    {
        "key": "unit-2",
        "slug": {
            "el": "kiniti-monada-2",
            "en": "mobile-unit-2",
            "ar": "الوحدة-المتنقلة-2",
            "fa": "واحد-سیار-2",
        },
        "title": {
            "el": "Κινητή Μονάδα 2",
            "en": "Mobile Unit 2",
            "ar": "الوحدة المتنقلة 2",
            "fa": "واحد سیار 2",
        },
        "intro": {
            "el": _t("""
                Η Κινητή Μονάδα 2 έρχεται στις γειτονιές της 4ης και 5ης Δημοτικής
                Κοινότητας, σε σταθερές μέρες κάθε μήνα. Ελάτε στη στάση κοντά στο σπίτι
                σας, με ή χωρίς ραντεβού.
            """),
            "en": _t("""
                Mobile Unit 2 comes to the neighbourhoods of the 4th and 5th municipal
                communities, on set days every month. Come to the stop near your home,
                with or without an appointment.
            """),
            "ar": _t("""
                تأتي الوحدة المتنقلة 2 إلى أحياء الدائرتين البلديتين الرابعة والخامسة،
                في أيام ثابتة كل شهر. يمكنك المجيء إلى المحطة القريبة من بيتك، بموعد أو دون موعد.
            """),
            "fa": _t("""
                واحد سیار 2 در روزهای مشخصی از هر ماه به محله‌های ناحیه‌های 4 و 5
                شهرداری می‌آید. به ایستگاه نزدیک خانه‌تان بیایید، با نوبت یا بدون نوبت.
            """),
        },
        "vehicle": {
            "el": _t("""
                Λευκό βαν με μπλε λωρίδα, το σήμα του Δήμου Πειραιά και την επιγραφή
                «Κέντρο Κοινότητας». Μέσα έχει ένα μικρό γραφείο, όπου μιλάμε
                ιδιαιτέρως.
            """),
            "en": _t("""
                A white van with a blue stripe, the logo of the Municipality of Piraeus
                and the words “Κέντρο Κοινότητας” (Community Centre). Inside there is a
                small office where we can talk in private.
            """),
            "ar": _t("""
                سيارة فان بيضاء عليها خط أزرق وشعار بلدية بيرايوس وعبارة «Κέντρο
                Κοινότητας» (مركز المجتمع المحلي). في داخلها مكتب صغير نتحدث فيه على
                انفراد.
            """),
            "fa": _t("""
                یک ون سفید با نوار آبی، نشان شهرداری پیرئوس و نوشتهٔ «Κέντρο Κοινότητας»
                (مرکز اجتماعی). داخل آن یک دفتر کوچک هست که در آن می‌توانیم خصوصی صحبت
                کنیم.
            """),
        },
        "team": {
            "el": _t("""
                Ένας ψυχολόγος και μια κοινωνική λειτουργός. Διερμηνέας για αραβικά,
                φαρσί ή άλλη γλώσσα, αν τον ζητήσετε από πριν.
            """),
            "en": _t("""
                A psychologist and a social worker. An interpreter for Arabic, Farsi or
                another language, if you ask for one in advance.
            """),
            "ar": _t("""
                أخصائي نفسي وأخصائية اجتماعية. ومترجم للعربية أو الفارسية أو لغة أخرى،
                إذا طلبته مسبقًا.
            """),
            "fa": _t("""
                یک روان‌شناس و یک مددکار اجتماعی. اگر از قبل بخواهید، مترجم عربی، فارسی
                یا زبان دیگر هم می‌آید.
            """),
        },
        "accessibility": VAN_ACCESSIBILITY,
        "phone": PHONES["van2"],
        "stops": [
            {
                "name": {
                    "el": "Τοπική Μονάδα Υγείας (ΤοΜΥ) Ταμπουρίων",
                    "en": "Tambouria Local Health Unit (ToMY)",
                    "ar": "الوحدة الصحية المحلية (\u2066ΤοΜΥ\u2069) في تامبوريا",
                    "fa": "واحد بهداشت محلی (\u2066ΤοΜΥ\u2069) تامبوریا",
                },
                "venue_type": "health_centre",
                "address": {
                    "el": "Θερμοπυλών 40, Ταμπούρια",
                    "en": "40 Thermopylon Street, Tambouria",
                    "ar": "شارع ثيرموبيلون 40، تامبوريا (Θερμοπυλών 40)",
                    "fa": "خیابان ترموپیلون، پلاک 40، تامبوریا (Θερμοπυλών 40)",
                },
                "postal_code": "185 43",
                "community": "4i-koinotita",
                "latitude": "37.955400",
                "longitude": "23.633600",
                "directions": {
                    "el": "Στον πεζόδρομο μπροστά στην είσοδο της ΤοΜΥ.",
                    "en": "On the pedestrian street in front of the health unit entrance.",
                    "ar": "في شارع المشاة أمام مدخل الوحدة الصحية.",
                    "fa": "در پیاده‌راه جلوی ورودی واحد بهداشت.",
                },
                "visits": [
                    {
                        "rule": "RRULE:FREQ=MONTHLY;BYDAY=+1MO,+3MO",
                        "start": "10:00",
                        "end": "13:30",
                        "capacity": 2,
                    }
                ],
                "exceptions": [
                    {
                        "in_days": 16,
                        "kind": "extra",
                        "reason": {
                            "el": _t("""
                                Επιπλέον επίσκεψη για την εκστρατεία εμβολιασμού: σας
                                βοηθάμε με το βιβλιάριο υγείας και τον ΑΜΚΑ.
                            """),
                            "en": _t("""
                                Extra visit for the vaccination campaign: we help you with
                                the health booklet and AMKA.
                            """),
                            "ar": _t("""
                                زيارة إضافية لحملة التطعيم: نساعدك في دفتر الصحة ورقم
                                الضمان الاجتماعي (\u2066ΑΜΚΑ\u2069).
                            """),
                            "fa": _t("""
                                بازدید اضافه برای کارزار واکسیناسیون: در کار دفترچهٔ سلامت
                                و شمارهٔ تأمین اجتماعی (\u2066ΑΜΚΑ\u2069) کمکتان می‌کنیم.
                            """),
                        },
                    },
                ],
            },
            {
                "name": {
                    "el": "Πλατεία Αγίου Διονυσίου",
                    "en": "Agios Dionysios Square",
                    "ar": "ساحة أيوس ديونيسيوس",
                    "fa": "میدان آیوس دیونیسیوس",
                },
                "venue_type": "square",
                "address": {
                    "el": "Πλατεία Αγίου Διονυσίου",
                    "en": "Agios Dionysios Square",
                    "ar": "ساحة أيوس ديونيسيوس (Πλατεία Αγίου Διονυσίου)",
                    "fa": "میدان آیوس دیونیسیوس (Πλατεία Αγίου Διονυσίου)",
                },
                "postal_code": "185 45",
                "community": "4i-koinotita",
                "latitude": "37.949600",
                "longitude": "23.636300",
                "directions": {
                    "el": "Δίπλα στη στάση του λεωφορείου, απέναντι από την εκκλησία.",
                    "en": "Next to the bus stop, opposite the church.",
                    "ar": "بجانب موقف الحافلات، مقابل الكنيسة.",
                    "fa": "کنار ایستگاه اتوبوس، روبه‌روی کلیسا.",
                },
                "visits": [
                    {
                        "rule": "RRULE:FREQ=MONTHLY;BYDAY=+2MO,+4MO",
                        "start": "10:00",
                        "end": "13:30",
                        "capacity": 2,
                    }
                ],
                "exceptions": [{"in_days": 10, "kind": "cancelled", "reason": VAN_REPAIR}],
            },
            {
                "name": {
                    "el": "8ο Δημοτικό Σχολείο Πειραιά, Νεάπολη",
                    "en": "8th Primary School of Piraeus, Neapoli",
                    "ar": "المدرسة الابتدائية الثامنة في بيرايوس، نيابولي",
                    "fa": "مدرسهٔ ابتدایی شمارهٔ 8 پیرئوس، نئاپولی",
                },
                "venue_type": "school",
                "address": {
                    "el": "Ηλιουπόλεως 22, Νεάπολη",
                    "en": "22 Iliopoleos Street, Neapoli",
                    "ar": "شارع إيليوبوليوس 22، نيابولي (Ηλιουπόλεως 22)",
                    "fa": "خیابان ایلیوپولئوس، پلاک 22، نئاپولی (Ηλιουπόλεως 22)",
                },
                "postal_code": "185 42",
                "community": "5i-koinotita",
                "latitude": "37.957800",
                "longitude": "23.642900",
                "directions": {
                    "el": _t("""
                        Στην κεντρική πύλη του σχολείου. Είμαστε εκεί και την ώρα που
                        σχολάνε τα παιδιά.
                    """),
                    "en": _t("""
                        At the main gate of the school. We are there when the children
                        finish school.
                    """),
                    "ar": _t("""
                        عند البوابة الرئيسية للمدرسة. نكون هناك أيضًا وقت خروج الأطفال من
                        المدرسة.
                    """),
                    "fa": "کنار در اصلی مدرسه. وقتی بچه‌ها از مدرسه تعطیل می‌شوند هم آنجا هستیم.",
                },
                "visits": [
                    {
                        "rule": "RRULE:FREQ=MONTHLY;BYDAY=+1WE,+3WE",
                        "start": "11:30",
                        "end": "14:30",
                        "capacity": 1,
                    }
                ],
                "exceptions": [],
            },
            {
                "name": {
                    "el": "ΚΑΠΗ Λεύκας",
                    "en": "Lefka KAPI day centre for older people",
                    "ar": "المركز النهاري لكبار السن (\u2066ΚΑΠΗ\u2069) في ليفكا",
                    "fa": "مرکز روزانهٔ سالمندان (\u2066ΚΑΠΗ\u2069) لفکا",
                },
                "venue_type": "kapi",
                "address": {
                    "el": "Ναυαρίνου 15, Λεύκα",
                    "en": "15 Navarinou Street, Lefka",
                    "ar": "شارع نافارينو 15، ليفكا (Ναυαρίνου 15)",
                    "fa": "خیابان ناوارینو، پلاک 15، لفکا (Ναυαρίνου 15)",
                },
                "postal_code": "185 41",
                "community": "5i-koinotita",
                "latitude": "37.962100",
                "longitude": "23.647600",
                "directions": {
                    "el": "Στην αυλή του ΚΑΠΗ. Η είσοδος έχει ράμπα.",
                    "en": "In the KAPI courtyard. The entrance has a ramp.",
                    "ar": "في فناء مركز \u2066ΚΑΠΗ\u2069. عند المدخل منحدر.",
                    "fa": "در حیاط مرکز \u2066ΚΑΠΗ\u2069. ورودی سطح شیب‌دار دارد.",
                },
                "visits": [
                    {
                        "rule": "RRULE:FREQ=MONTHLY;BYDAY=+2WE,+4WE",
                        "start": "09:30",
                        "end": "12:30",
                        "capacity": 1,
                    }
                ],
                "exceptions": [],
            },
            {
                "name": {
                    "el": "Πολιτιστικό Κέντρο Μανιάτικων",
                    "en": "Maniatika Cultural Centre",
                    "ar": "المركز الثقافي في مانياتيكا",
                    "fa": "مرکز فرهنگی مانیاتیکا",
                },
                "venue_type": "community_hall",
                "address": {
                    "el": "Μάνης 10, Μανιάτικα",
                    "en": "10 Manis Street, Maniatika",
                    "ar": "شارع مانيس 10، مانياتيكا (Μάνης 10)",
                    "fa": "خیابان مانیس، پلاک 10، مانیاتیکا (Μάνης 10)",
                },
                "postal_code": "185 41",
                "community": "5i-koinotita",
                "latitude": "37.960300",
                "longitude": "23.655200",
                "directions": {
                    "el": "Στην αυλή του Πολιτιστικού Κέντρου, με είσοδο από την οδό Μάνης.",
                    "en": "In the courtyard of the Cultural Centre, entrance from Manis Street.",
                    "ar": "في فناء المركز الثقافي، والمدخل من شارع مانيس.",
                    "fa": "در حیاط مرکز فرهنگی، ورودی از خیابان مانیس.",
                },
                "visits": [
                    {
                        "rule": "RRULE:FREQ=MONTHLY;BYDAY=+1FR,+3FR",
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

# ------------------------------------------------------------------- services

ALL_CHANNELS_BUT_HOME = {
    "at_branch": True,
    "at_mobile_unit": True,
    "by_phone": True,
    "home_visit": False,
}
NO_PAPERS_NEEDED = {
    "el": "<p>Δεν χρειάζεστε κανένα χαρτί. Ελάτε όπως είστε.</p>",
    "en": "<p>You do not need any papers. Just come as you are.</p>",
    "ar": "<p>لا حاجة إلى أي أوراق. يمكنك المجيء كما أنت.</p>",
    "fa": "<p>به هیچ مدرکی نیاز ندارید. همان‌طور که هستید، بیایید.</p>",
}

SERVICES = [
    # -------------------------------------------------------------- reception
    {
        "key": "reception",
        "slug": {
            "el": "ypodochi-kai-enimerosi",
            "en": "reception-and-information",
            "ar": "الاستقبال-والمعلومات",
            "fa": "پذیرش-و-اطلاع-رسانی",
        },
        "title": {
            "el": "Υποδοχή, ενημέρωση και παραπομπή",
            "en": "Reception, information and referral",
            "ar": "الاستقبال والمعلومات والتوجيه",
            "fa": "پذیرش، اطلاع‌رسانی و معرفی به خدمات",
        },
        "summary": {
            "el": _t("""
                Μας λέτε τι χρειάζεστε και σας λέμε πού και πώς θα βρείτε βοήθεια. Αν
                χρειάζεται, σας φέρνουμε σε επαφή με την κατάλληλη υπηρεσία.
            """),
            "en": _t("""
                Tell us what you need, and we will tell you where and how to get help. If
                needed, we put you in touch with the right service.
            """),
            "ar": _t("""
                نستمع إليك، ونخبرك أين وكيف يمكن الحصول على المساعدة اللازمة. وعند الحاجة نوصلك
                بالجهة المناسبة.
            """),
            "fa": _t("""
                به ما بگویید چه نیازی دارید تا بگوییم کجا و چطور کمک بگیرید. اگر لازم
                باشد، شما را به سازمان مناسب معرفی می‌کنیم.
            """),
        },
        "body": {
            "el": [
                ("h2", "Πώς σας βοηθάμε"),
                (
                    "p",
                    _t("""
                        <p>Είναι το πρώτο βήμα για κάθε θέμα. Μιλάτε με έναν κοινωνικό
                        λειτουργό, που σας ακούει και σας εξηγεί με απλά λόγια:</p>
                        <ul>
                        <li>ποιες υπηρεσίες του Δήμου και του κράτους σας αφορούν,</li>
                        <li>ποια επιδόματα και προγράμματα μπορεί να δικαιούστε,</li>
                        <li>πού να πάτε και τι να πάρετε μαζί σας.</li>
                        </ul>
                    """),
                ),
                ("h2", "Παραπομπή"),
                (
                    "p",
                    _t("""
                        <p>Αν τη βοήθεια που χρειάζεστε τη δίνει άλλη υπηρεσία, για
                        παράδειγμα ένα νοσοκομείο, η ΔΥΠΑ (πρώην ΟΑΕΔ) ή μια οργάνωση για
                        πρόσφυγες, σας παραπέμπουμε εμείς. Τηλεφωνούμε, κλείνουμε μαζί σας
                        το ραντεβού και σας δίνουμε ένα χαρτί με τη διεύθυνση.</p>
                    """),
                ),
                (
                    "faq",
                    "Ερωτήσεις",
                    [
                        (
                            "Πρέπει να μένω στον Πειραιά;",
                            _t("""
                                <p>Η υπηρεσία είναι για όσους ζουν στον Δήμο Πειραιά. Αν
                                μένετε αλλού, θα σας πούμε ποιο Κέντρο Κοινότητας είναι
                                πιο κοντά σας.</p>
                            """),
                        ),
                        (
                            "Μπορώ να έρθω χωρίς ραντεβού;",
                            "<p>Ναι, τις ώρες λειτουργίας. Με ραντεβού όμως δεν περιμένετε.</p>",
                        ),
                    ],
                ),
            ],
            "en": [
                ("h2", "How we help"),
                (
                    "p",
                    _t("""
                        <p>This is the first step for any question. You talk with a social
                        worker who listens to you and explains in simple words:</p>
                        <ul>
                        <li>which services of the Municipality and the State are right for
                        you,</li>
                        <li>which welfare benefits and programmes you may have a right
                        to,</li>
                        <li>where to go and what to take with you.</li>
                        </ul>
                    """),
                ),
                ("h2", "Referral"),
                (
                    "p",
                    _t("""
                        <p>If another service gives the help you need, for example a
                        hospital, DYPA (the public employment service) or an organisation
                        for refugees, we refer you there. We make the phone call, book the
                        appointment with you and give you a paper with the address.</p>
                    """),
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "Do I have to live in Piraeus?",
                            _t("""
                                <p>This service is for people who live in the Municipality
                                of Piraeus. If you live somewhere else, we will tell you
                                which Community Centre is closest to you.</p>
                            """),
                        ),
                        (
                            "Can I come without an appointment?",
                            _t("""
                                <p>Yes, during opening hours. But with an appointment you do
                                not have to wait.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "ar": [
                ("h2", "كيف نساعدك؟"),
                (
                    "p",
                    _t("""
                        <p>هذه هي الخطوة الأولى في أي موضوع. يستقبلك أخصائي اجتماعي يستمع إليك ويشرح
                        لك بكلمات بسيطة:</p>
                        <ul>
                        <li>ما هي خدمات البلدية والدولة التي تخصّك،</li>
                        <li>ما هي الإعانات والبرامج التي قد يكون لك حق فيها،</li>
                        <li>إلى أين يجب الذهاب، وماذا يلزم أخذه معك.</li>
                        </ul>
                    """),
                ),
                ("h2", "التوجيه إلى جهات أخرى"),
                (
                    "p",
                    _t("""
                        <p>إذا كانت المساعدة اللازمة لك تقدّمها جهة أخرى، مثل مستشفى أو
                        مكتب التوظيف العام (\u2066ΔΥΠΑ\u2069) أو منظمة تدعم اللاجئين، فنحن نوجّهك
                        إليها. نتصل بهم، ونحجز الموعد معك، ونعطيك ورقة فيها العنوان.</p>
                    """),
                ),
                (
                    "faq",
                    "أسئلة",
                    [
                        (
                            "هل يجب أن أسكن في بيرايوس؟",
                            _t("""
                                <p>هذه الخدمة لمن يعيش في بلدية بيرايوس. وإذا كان سكنك في مكان آخر،
                                نخبرك بأقرب مركز مجتمع محلي إليك.</p>
                            """),
                        ),
                        (
                            "هل يمكنني أن آتي دون موعد؟",
                            "<p>نعم، في ساعات العمل. لكن مع الموعد لا حاجة إلى الانتظار.</p>",
                        ),
                    ],
                ),
            ],
            "fa": [
                ("h2", "چطور کمکتان می‌کنیم"),
                (
                    "p",
                    _t("""
                        <p>این اولین قدم برای هر موضوعی است. با یک مددکار اجتماعی صحبت
                        می‌کنید که به حرف‌هایتان گوش می‌دهد و با زبان ساده توضیح می‌دهد:</p>
                        <ul>
                        <li>کدام خدمات شهرداری و دولت به شما مربوط است</li>
                        <li>ممکن است حق استفاده از کدام کمک‌هزینه‌ها و برنامه‌ها را داشته
                        باشید</li>
                        <li>کجا بروید و چه چیزهایی همراه ببرید</li>
                        </ul>
                    """),
                ),
                ("h2", "معرفی به سازمان‌های دیگر"),
                (
                    "p",
                    _t("""
                        <p>اگر کمکی را که لازم دارید سازمان دیگری می‌دهد، مثلاً یک
                        بیمارستان، ادارهٔ کار یونان (\u2066ΔΥΠΑ\u2069) یا سازمانی که به پناهندگان
                        کمک
                        می‌کند، ما شما را به آنجا معرفی می‌کنیم. خودمان تماس می‌گیریم، همراه
                        شما نوبت می‌گیریم و برگه‌ای با نشانی به شما می‌دهیم.</p>
                    """),
                ),
                (
                    "faq",
                    "پرسش‌ها",
                    [
                        (
                            "آیا باید در پیرئوس زندگی کنم؟",
                            _t("""
                                <p>این خدمت برای کسانی است که در محدودهٔ شهرداری پیرئوس
                                زندگی می‌کنند. اگر جای دیگری زندگی می‌کنید، به شما
                                می‌گوییم نزدیک‌ترین مرکز اجتماعی کجاست.</p>
                            """),
                        ),
                        (
                            "می‌توانم بدون نوبت بیایم؟",
                            _t("""
                                <p>بله، در ساعت‌های کار. اما اگر نوبت داشته باشید، لازم نیست
                                منتظر بمانید.</p>
                            """),
                        ),
                    ],
                ),
            ],
        },
        "category": "information-and-referral",
        "target_groups": [
            "adults",
            "families",
            "migrants-and-refugees",
            "roma",
            "older-people",
            "people-with-disabilities",
        ],
        "channels": ALL_CHANNELS_BUT_HOME,
        "what_to_bring": {
            "el": _t("""
                <p>Αν τα έχετε: ταυτότητα, διαβατήριο ή άδεια διαμονής, και ΑΜΚΑ ή ΠΑΑΥΠΑ.
                <b>Ελάτε ακόμα κι αν δεν έχετε χαρτιά.</b></p>
            """),
            "en": _t("""
                <p>If you have them: ID card, passport or residence permit, and your AMKA
                or PAAYPA number. <b>Come even if you have no papers.</b></p>
            """),
            "ar": _t("""
                <p>إذا كانت معك: بطاقة الهوية أو جواز السفر أو تصريح الإقامة، ورقم الضمان الاجتماعي
                (\u2066ΑΜΚΑ\u2069) أو الرقم الصحي المؤقت للأجانب (\u2066ΠΑΑΥΠΑ\u2069). <b>يمكنك
                المجيء حتى لو لم تكن معك أوراق.</b></p>
            """),
            "fa": _t("""
                <p>اگر دارید: کارت شناسایی، پاسپورت یا اجازهٔ اقامت، و شمارهٔ تأمین اجتماعی
                (\u2066ΑΜΚΑ\u2069) یا شمارهٔ موقت بیمه و درمان اتباع خارجی (\u2066ΠΑΑΥΠΑ\u2069).
                <b>حتی اگر هیچ مدرکی ندارید، بیایید.</b></p>
            """),
        },
        "branches": ["central", "kem", "roma"],
        "mobile_units": ["unit-1", "unit-2"],
        "bookable": True,
        "appointment_minutes": 30,
        "home": True,
    },
    # --------------------------------------------------------------- benefits
    {
        "key": "benefits",
        "slug": {
            "el": "epidomata-kai-aitiseis",
            "en": "welfare-benefits-and-applications",
            "ar": "الإعانات-والطلبات",
            "fa": "کمک-هزینه-ها-و-درخواست-ها",
        },
        "title": {
            "el": "Βοήθεια με επιδόματα και αιτήσεις",
            "en": "Help with welfare benefits and applications",
            "ar": "المساعدة في الإعانات والطلبات",
            "fa": "کمک برای کمک‌هزینه‌ها و درخواست‌ها",
        },
        "summary": {
            "el": _t("""
                Σας λέμε ποια επιδόματα δικαιούστε και κάνουμε μαζί την αίτηση, για
                παράδειγμα για το Ελάχιστο Εγγυημένο Εισόδημα ή το επίδομα στέγασης.
            """),
            "en": _t("""
                We tell you which welfare benefits you may get, and we fill in the
                application with you, for example for the Minimum Guaranteed Income or the
                housing allowance.
            """),
            "ar": _t("""
                نخبرك بالإعانات التي قد يحق لك الحصول عليها، ونملأ الطلب معك، مثل الحد
                الأدنى للدخل المضمون أو إعانة السكن.
            """),
            "fa": _t("""
                به شما می‌گوییم حق کدام کمک‌هزینه‌ها را دارید و درخواست را با هم پر
                می‌کنیم، مثلاً برای «حداقل درآمد تضمین‌شده» یا کمک‌هزینهٔ مسکن.
            """),
        },
        "body": {
            "el": [
                ("h2", "Με ποια επιδόματα βοηθάμε"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>Ελάχιστο Εγγυημένο Εισόδημα</b>, για νοικοκυριά με πολύ
                        χαμηλό εισόδημα.</li>
                        <li><b>Επίδομα στέγασης</b>, για όσους πληρώνουν ενοίκιο.</li>
                        <li><b>Επίδομα παιδιού</b>, για οικογένειες με παιδιά.</li>
                        <li><b>Επίδομα θέρμανσης</b>, <b>Κοινωνικό Οικιακό Τιμολόγιο</b>
                        για το ρεύμα και άλλα.</li>
                        </ul>
                    """),
                ),
                ("h2", "Πώς γίνεται"),
                (
                    "p",
                    _t("""
                        <p>Οι περισσότερες αιτήσεις γίνονται ηλεκτρονικά, με κωδικούς
                        Taxisnet. Αν δεν έχετε κωδικούς ή υπολογιστή, σας βοηθάμε να βγάλετε
                        κωδικούς και κάνουμε μαζί την αίτηση. Σας εξηγούμε τι γράφει η
                        απόφαση και τι κάνετε αν η αίτηση απορριφθεί.</p>
                    """),
                ),
                (
                    "faq",
                    "Ερωτήσεις",
                    [
                        (
                            "Πόσα χρήματα θα πάρω;",
                            _t("""
                                <p>Εξαρτάται από το εισόδημα και την οικογένειά σας. Στο
                                ραντεβού κάνουμε μαζί έναν πρώτο υπολογισμό.</p>
                            """),
                        ),
                        (
                            "Δικαιούμαι επίδομα αν δεν είμαι Έλληνας πολίτης;",
                            _t("""
                                <p>Για πολλά επιδόματα, ναι, αν μένετε νόμιμα στην Ελλάδα.
                                Κάθε επίδομα έχει τους δικούς του όρους. Ελάτε να το δούμε
                                μαζί.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "en": [
                ("h2", "Benefits we help with"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>Minimum Guaranteed Income</b> (Ελάχιστο Εγγυημένο
                        Εισόδημα), for households with a very low income.</li>
                        <li><b>Housing allowance</b>, for people who pay rent.</li>
                        <li><b>Child benefit</b>, for families with children.</li>
                        <li><b>Heating allowance</b>, the <b>social electricity tariff</b>
                        and others.</li>
                        </ul>
                    """),
                ),
                ("h2", "How it works"),
                (
                    "p",
                    _t("""
                        <p>Most applications are made online, with Taxisnet codes. If you
                        do not have codes or a computer, we help you get the codes and we
                        fill in the application together. We explain what the decision says
                        and what to do if your application is refused.</p>
                    """),
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "How much money will I get?",
                            _t("""
                                <p>It depends on your income and your family. At the
                                appointment we make a first calculation together.</p>
                            """),
                        ),
                        (
                            "Can I get benefits if I am not a Greek citizen?",
                            _t("""
                                <p>For many benefits, yes, if you live in Greece legally.
                                Each benefit has its own conditions. Come and we will look
                                at it together.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "ar": [
                ("h2", "الإعانات التي نساعد فيها"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>الحد الأدنى للدخل المضمون</b>، للأسر ذات الدخل المنخفض
                        جدًا.</li>
                        <li><b>إعانة السكن</b>، لمن يدفعون إيجارًا.</li>
                        <li><b>إعانة الأطفال</b>، للعائلات التي لديها أطفال.</li>
                        <li><b>إعانة التدفئة</b> و<b>التعرفة الاجتماعية للكهرباء</b>
                        وغيرها.</li>
                        </ul>
                    """),
                ),
                ("h2", "كيف يتم ذلك؟"),
                (
                    "p",
                    _t("""
                        <p>تُقدَّم معظم الطلبات عبر الإنترنت، برموز الدخول إلى بوابة الضرائب
                        (\u2066TAXISnet\u2069). إذا لم تكن
                        لديك رموز أو حاسوب، نساعدك في الحصول على الرموز ونملأ الطلب معًا.
                        ونشرح لك ما يقوله القرار، وما يمكن فعله إذا رُفض طلبك.</p>
                    """),
                ),
                (
                    "faq",
                    "أسئلة",
                    [
                        (
                            "كم من المال سأحصل عليه؟",
                            _t("""
                                <p>يعتمد ذلك على دخلك وعلى أسرتك. في الموعد نقوم معًا
                                بحساب أولي.</p>
                            """),
                        ),
                        (
                            "هل يحق لي الحصول على إعانة إذا لم تكن لدي الجنسية اليونانية؟",
                            _t("""
                                <p>في كثير من الإعانات نعم، إذا كانت إقامتك في اليونان
                                قانونية. لكل إعانة شروطها الخاصة. وفي الموعد ننظر في الأمر معًا.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "fa": [
                ("h2", "برای کدام کمک‌هزینه‌ها کمک می‌کنیم"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>حداقل درآمد تضمین‌شده</b>، برای خانوارهایی که درآمد بسیار
                        کمی دارند</li>
                        <li><b>کمک‌هزینهٔ مسکن</b>، برای کسانی که اجاره می‌پردازند</li>
                        <li><b>کمک‌هزینهٔ فرزند</b>، برای خانواده‌هایی که فرزند دارند</li>
                        <li><b>کمک‌هزینهٔ گرمایش</b>، <b>تعرفهٔ اجتماعی برق</b> و موارد
                        دیگر</li>
                        </ul>
                    """),
                ),
                ("h2", "چطور انجام می‌شود"),
                (
                    "p",
                    _t("""
                        <p>بیشتر درخواست‌ها به‌صورت اینترنتی و با رمزهای ورود به سامانهٔ مالیاتی
                        (\u2066TAXISnet\u2069) ثبت
                        می‌شوند. اگر رمز یا کامپیوتر ندارید، کمکتان می‌کنیم رمز بگیرید و
                        درخواست را با هم پر می‌کنیم. توضیح می‌دهیم که در پاسخ اداره چه
                        نوشته شده و اگر درخواستتان رد شد، چه کار کنید.</p>
                    """),
                ),
                (
                    "faq",
                    "پرسش‌ها",
                    [
                        (
                            "چقدر پول می‌گیرم؟",
                            _t("""
                                <p>بستگی به درآمد و خانوادهٔ شما دارد. وقتی با نوبت
                                می‌آیید، با هم یک محاسبهٔ اولیه انجام می‌دهیم.</p>
                            """),
                        ),
                        (
                            "اگر شهروند یونان نباشم، حق گرفتن کمک‌هزینه دارم؟",
                            _t("""
                                <p>برای بسیاری از کمک‌هزینه‌ها بله، اگر اقامت قانونی در
                                یونان داشته باشید. هر کمک‌هزینه شرایط خودش را دارد.
                                بیایید با هم بررسی کنیم.</p>
                            """),
                        ),
                    ],
                ),
            ],
        },
        "category": "welfare-benefits",
        "target_groups": [
            "adults",
            "families",
            "older-people",
            "people-with-disabilities",
            "roma",
            "migrants-and-refugees",
        ],
        "channels": ALL_CHANNELS_BUT_HOME,
        "what_to_bring": {
            "el": _t("""
                <p>Αν τα έχετε: ταυτότητα ή άδεια διαμονής, ΑΜΚΑ, ΑΦΜ, κωδικούς Taxisnet,
                το τελευταίο εκκαθαριστικό της εφορίας και, για το επίδομα στέγασης, το
                μισθωτήριο. <b>Αν σας λείπει κάτι, ελάτε έτσι κι αλλιώς</b>· θα σας πούμε
                πώς να το βρείτε.</p>
            """),
            "en": _t("""
                <p>If you have them: ID card or residence permit, AMKA, tax number (AFM),
                Taxisnet codes, your last tax statement and, for the housing allowance,
                your rental contract. <b>If something is missing, come anyway</b>: we will
                tell you how to get it.</p>
            """),
            "ar": _t("""
                <p>إذا كانت معك: بطاقة الهوية أو تصريح الإقامة، ورقم الضمان الاجتماعي
                (\u2066ΑΜΚΑ\u2069)، والرقم الضريبي
                (\u2066ΑΦΜ\u2069)، ورموز الدخول إلى بوابة الضرائب (\u2066TAXISnet\u2069)، وآخر إشعار
                ضريبي، وعقد الإيجار لإعانة السكن.
                <b>إذا كان ينقصك شيء، يمكنك المجيء على أي حال</b>، وسنشرح لك كيفية الحصول عليه.</p>
            """),
            "fa": _t("""
                <p>اگر دارید: کارت شناسایی یا اجازهٔ اقامت، شمارهٔ تأمین اجتماعی (\u2066ΑΜΚΑ\u2069)،
                شمارهٔ مالیاتی
                (\u2066ΑΦΜ\u2069)، رمزهای ورود به سامانهٔ مالیاتی (\u2066TAXISnet\u2069)، آخرین
                برگهٔ مالیاتی و برای کمک‌هزینهٔ مسکن،
                قرارداد اجاره. <b>اگر چیزی کم دارید، باز هم بیایید</b>؛ به شما می‌گوییم
                چطور آن را تهیه کنید.</p>
            """),
        },
        "branches": ["central", "kem", "roma"],
        "mobile_units": ["unit-1", "unit-2"],
        "bookable": True,
        "appointment_minutes": 45,
        "home": True,
    },
    # -------------------------------------------------- psychological support
    {
        "key": "psychological-support",
        "slug": {
            "el": "psychologiki-stirixi-enilikon",
            "en": "psychological-support-for-adults",
            "ar": "الدعم-النفسي-للبالغين",
            "fa": "حمایت-روانی-برای-بزرگسالان",
        },
        "title": {
            "el": "Ψυχολογική στήριξη ενηλίκων",
            "en": "Psychological support for adults",
            "ar": "الدعم النفسي للبالغين",
            "fa": "حمایت روانی برای بزرگسالان",
        },
        "summary": {
            "el": _t("""
                Μιλάτε με ψυχολόγο, δωρεάν και εμπιστευτικά, όταν νιώθετε άγχος, λύπη ή
                μοναξιά, ή όταν περνάτε κάτι δύσκολο.
            """),
            "en": _t("""
                Talk to a psychologist, free and in confidence, when you feel stressed,
                sad or lonely, or when you are going through something hard.
            """),
            "ar": _t("""
                يمكنك التحدث مع أخصائي نفسي، مجانًا وبسرية، عند الشعور بالقلق أو الحزن
                أو الوحدة، أو في وقت صعب.
            """),
            "fa": _t("""
                وقتی احساس نگرانی، غم یا تنهایی می‌کنید، یا دوران سختی را می‌گذرانید،
                رایگان و محرمانه با یک روان‌شناس صحبت کنید.
            """),
        },
        "body": {
            "el": [
                ("h2", "Πότε να έρθετε"),
                (
                    "p",
                    _t("""
                        <p>Όλοι περνάμε δύσκολες στιγμές. Ελάτε να μιλήσουμε αν, για
                        παράδειγμα:</p>
                        <ul>
                        <li>νιώθετε συχνά άγχος ή φόβο,</li>
                        <li>δεν κοιμάστε καλά ή δεν έχετε όρεξη για τίποτα,</li>
                        <li>χάσατε έναν δικό σας άνθρωπο, τη δουλειά ή το σπίτι σας,</li>
                        <li>ζήσατε πόλεμο, βία ή ένα δύσκολο ταξίδι.</li>
                        </ul>
                    """),
                ),
                ("h2", "Πώς γίνεται"),
                (
                    "p",
                    _t("""
                        <p>Συνήθως κάνουμε λίγες συναντήσεις, μία κάθε μία ή δύο εβδομάδες.
                        Αν χρειάζεστε περισσότερη βοήθεια, σας παραπέμπουμε σε δημόσιο
                        Κέντρο Ψυχικής Υγείας. Μπορείτε να μιλήσετε στη γλώσσα σας, με
                        διερμηνέα.</p>
                    """),
                ),
                (
                    "faq",
                    "Ερωτήσεις",
                    [
                        (
                            "Πρέπει να είναι κάτι σοβαρό για να έρθω;",
                            _t("""
                                <p>Όχι. Δεν χρειάζεται να έχετε «πρόβλημα». Αρκεί να
                                θέλετε να μιλήσετε με κάποιον.</p>
                            """),
                        ),
                        (
                            "Θα το μάθει κανείς;",
                            _t("""
                                <p>Όχι. Ό,τι λέτε μένει μεταξύ μας, εκτός αν κάποιος
                                κινδυνεύει.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "en": [
                ("h2", "When to come"),
                (
                    "p",
                    _t("""
                        <p>Everyone goes through hard times. Come and talk to us if, for
                        example:</p>
                        <ul>
                        <li>you often feel anxious or afraid,</li>
                        <li>you do not sleep well, or you do not feel like doing
                        anything,</li>
                        <li>you have lost someone close to you, your job or your home,</li>
                        <li>you have lived through war, violence or a hard journey.</li>
                        </ul>
                    """),
                ),
                ("h2", "How it works"),
                (
                    "p",
                    _t("""
                        <p>Usually we meet a few times, once every one or two weeks. If you
                        need more help, we refer you to a public mental health centre. You
                        can speak in your own language, with an interpreter.</p>
                    """),
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "Does it have to be something serious?",
                            _t("""
                                <p>No. You do not need to have a “problem”. It is enough
                                that you want to talk to someone.</p>
                            """),
                        ),
                        (
                            "Will anyone find out?",
                            _t("""
                                <p>No. What you say stays between us, unless someone is in
                                danger.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "ar": [
                ("h2", "متى يمكنك المجيء؟"),
                (
                    "p",
                    _t("""
                        <p>كلنا نمرّ بأوقات صعبة. يمكنك الحديث معنا في حالات مثل:</p>
                        <ul>
                        <li>القلق أو الخوف في أغلب الأوقات،</li>
                        <li>قلّة النوم، أو فقدان الرغبة في أي شيء،</li>
                        <li>فقدان شخص عزيز، أو العمل، أو البيت،</li>
                        <li>المرور بحرب أو عنف أو رحلة صعبة.</li>
                        </ul>
                    """),
                ),
                ("h2", "كيف يتم ذلك؟"),
                (
                    "p",
                    _t("""
                        <p>عادةً نلتقي بضع مرات، مرة كل أسبوع أو أسبوعين. إذا احتجت إلى
                        مساعدة أكبر، نوجّهك إلى مركز عام للصحة النفسية. يمكنك التحدث
                        بلغتك، بمساعدة مترجم.</p>
                    """),
                ),
                (
                    "faq",
                    "أسئلة",
                    [
                        (
                            "هل يجب أن يكون الأمر خطيرًا لكي آتي؟",
                            _t("""
                                <p>لا. لا يلزم أن تكون لديك «مشكلة». تكفي الرغبة في
                                التحدث مع شخص ما.</p>
                            """),
                        ),
                        (
                            "هل سيعرف أحد بذلك؟",
                            _t("""
                                <p>لا. كل ما يُقال يبقى بيننا، إلا إذا كان شخص ما في
                                خطر.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "fa": [
                ("h2", "چه وقت بیایید"),
                (
                    "p",
                    _t("""
                        <p>همهٔ ما روزهای سختی را می‌گذرانیم. اگر برای مثال این‌طور هستید،
                        بیایید و با ما صحبت کنید:</p>
                        <ul>
                        <li>بیشتر وقت‌ها نگران هستید یا می‌ترسید</li>
                        <li>خوب نمی‌خوابید یا حوصلهٔ هیچ کاری را ندارید</li>
                        <li>عزیزی، کارتان یا خانه‌تان را از دست داده‌اید</li>
                        <li>جنگ، خشونت یا سفری سخت را پشت سر گذاشته‌اید</li>
                        </ul>
                    """),
                ),
                ("h2", "چطور انجام می‌شود"),
                (
                    "p",
                    _t("""
                        <p>معمولاً چند جلسه با هم داریم، هر یک یا دو هفته یک بار. اگر به
                        کمک بیشتری نیاز داشته باشید، شما را به یک مرکز دولتی سلامت روان
                        معرفی می‌کنیم. می‌توانید با کمک مترجم به زبان خودتان صحبت
                        کنید.</p>
                    """),
                ),
                (
                    "faq",
                    "پرسش‌ها",
                    [
                        (
                            "آیا مشکلم باید جدی باشد تا بیایم؟",
                            _t("""
                                <p>نه. لازم نیست «مشکلی» داشته باشید. همین که بخواهید با
                                کسی حرف بزنید، کافی است.</p>
                            """),
                        ),
                        (
                            "آیا کسی باخبر می‌شود؟",
                            _t("""
                                <p>نه. هر چه بگویید میان ما و شما می‌ماند، مگر اینکه
                                کسی در خطر باشد.</p>
                            """),
                        ),
                    ],
                ),
            ],
        },
        "category": "psychosocial-support",
        "target_groups": [
            "adults",
            "older-people",
            "migrants-and-refugees",
            "people-with-disabilities",
        ],
        "channels": ALL_CHANNELS_BUT_HOME,
        "what_to_bring": NO_PAPERS_NEEDED,
        "branches": ["central", "kem"],
        "mobile_units": ["unit-1", "unit-2"],
        "bookable": True,
        "appointment_minutes": 50,
        "home": True,
    },
    # ------------------------------------------------------- children support
    {
        "key": "children-support",
        "slug": {
            "el": "psychokoinoniki-stirixi-paidion",
            "en": "support-for-children-and-teenagers",
            "ar": "دعم-الأطفال-والمراهقين",
            "fa": "حمایت-از-کودکان-و-نوجوانان",
        },
        "title": {
            "el": "Ψυχοκοινωνική στήριξη παιδιών και εφήβων",
            "en": "Psychosocial support for children and teenagers",
            "ar": "الدعم النفسي والاجتماعي للأطفال والمراهقين",
            "fa": "حمایت روانی و اجتماعی برای کودکان و نوجوانان",
        },
        "summary": {
            "el": _t("""
                Στηρίζουμε παιδιά και εφήβους που δυσκολεύονται στο σχολείο, στο σπίτι ή
                με τους φίλους τους, μαζί με τους γονείς τους.
            """),
            "en": _t("""
                We support children and teenagers who are having a hard time at school, at
                home or with friends, together with their parents.
            """),
            "ar": _t("""
                ندعم الأطفال والمراهقين الذين يواجهون صعوبات في المدرسة أو في البيت أو
                مع أصدقائهم، بالتعاون مع والديهم.
            """),
            "fa": _t("""
                به کودکان و نوجوانانی که در مدرسه، در خانه یا با دوستانشان مشکل دارند،
                همراه با پدر و مادرشان کمک می‌کنیم.
            """),
        },
        "body": {
            "el": [
                ("h2", "Για ποια παιδιά"),
                (
                    "p",
                    _t("""
                        <p>Για παιδιά από 4 έως 18 ετών. Οι γονείς μάς φέρνουν τα παιδιά
                        τους όταν, για παράδειγμα:</p>
                        <ul>
                        <li>το παιδί είναι συχνά θυμωμένο, λυπημένο ή φοβισμένο,</li>
                        <li>δεν θέλει να πάει σχολείο ή δυσκολεύεται στα μαθήματα,</li>
                        <li>δέχεται εκφοβισμό (bullying),</li>
                        <li>η οικογένεια πέρασε κάτι δύσκολο, όπως ένα διαζύγιο, έναν θάνατο
                        ή μια μετακόμιση σε άλλη χώρα.</li>
                        </ul>
                    """),
                ),
                ("h2", "Πώς δουλεύουμε"),
                (
                    "p",
                    _t("""
                        <p>Πρώτα συναντάμε τους γονείς. Μετά ο ψυχολόγος βλέπει το παιδί·
                        με τα μικρά παιδιά δουλεύουμε με παιχνίδι και ζωγραφική. Αν
                        βοηθάει και συμφωνείτε, μιλάμε και με το σχολείο.</p>
                    """),
                ),
                (
                    "faq",
                    "Ερωτήσεις",
                    [
                        (
                            "Χρειάζεται η συγκατάθεση του γονέα;",
                            _t("""
                                <p>Ναι. Για παιδιά κάτω των 18 ετών χρειαζόμαστε τη
                                συγκατάθεση ενός γονέα ή κηδεμόνα. Ένας έφηβος μπορεί
                                όμως να έρθει πρώτα μόνος του, να μας γνωρίσει.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "en": [
                ("h2", "For which children"),
                (
                    "p",
                    _t("""
                        <p>For children from 4 to 18 years old. Parents bring their
                        children to us when, for example:</p>
                        <ul>
                        <li>the child is often angry, sad or afraid,</li>
                        <li>the child does not want to go to school, or has trouble with
                        lessons,</li>
                        <li>the child is being bullied,</li>
                        <li>the family has been through something hard, like a divorce, a
                        death or a move to another country.</li>
                        </ul>
                    """),
                ),
                ("h2", "How we work"),
                (
                    "p",
                    _t("""
                        <p>First we meet the parents. Then the psychologist sees the child;
                        with young children we work with games and drawing. If it helps,
                        and you agree, we also talk with the school.</p>
                    """),
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "Do you need a parent's consent?",
                            _t("""
                                <p>Yes. For children under 18 we need the consent of a
                                parent or guardian. But a teenager can first come alone, to
                                meet us.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "ar": [
                ("h2", "لأي أطفال؟"),
                (
                    "p",
                    _t("""
                        <p>للأطفال من سن 4 إلى 18 سنة. يحضر الآباء والأمهات أطفالهم إلينا
                        عندما، مثلًا:</p>
                        <ul>
                        <li>يكون الطفل غاضبًا أو حزينًا أو خائفًا كثيرًا،</li>
                        <li>لا يريد الذهاب إلى المدرسة، أو يجد صعوبة في الدروس،</li>
                        <li>يتعرّض للتنمّر،</li>
                        <li>تمرّ العائلة بشيء صعب، مثل الطلاق أو وفاة شخص عزيز أو الانتقال
                        إلى بلد آخر.</li>
                        </ul>
                    """),
                ),
                ("h2", "كيف نعمل؟"),
                (
                    "p",
                    _t("""
                        <p>نلتقي أولًا بالوالدين. بعد ذلك يرى الأخصائي النفسي الطفل، ونعمل
                        مع الأطفال الصغار باللعب والرسم. إذا كان ذلك مفيدًا ووافقت عليه،
                        نتحدث أيضًا مع المدرسة.</p>
                    """),
                ),
                (
                    "faq",
                    "أسئلة",
                    [
                        (
                            "هل تحتاجون إلى موافقة الوالدين؟",
                            _t("""
                                <p>نعم. للأطفال دون 18 سنة نحتاج إلى موافقة أحد الوالدين أو
                                الوصي. لكن يمكن للمراهق أن يأتي أولًا وحده ليتعرّف
                                علينا.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "fa": [
                ("h2", "برای کدام کودکان"),
                (
                    "p",
                    _t("""
                        <p>برای کودکان 4 تا 18 ساله. پدر و مادرها معمولاً وقتی فرزندشان را
                        پیش ما می‌آورند که مثلاً:</p>
                        <ul>
                        <li>کودک بیشتر وقت‌ها عصبانی، غمگین یا ترسیده است</li>
                        <li>نمی‌خواهد به مدرسه برود یا در درس‌ها مشکل دارد</li>
                        <li>در مدرسه آزار و قلدری می‌بیند</li>
                        <li>خانواده اتفاق سختی را پشت سر گذاشته است، مثل طلاق، مرگ یکی از
                        عزیزان یا مهاجرت به کشوری دیگر</li>
                        </ul>
                    """),
                ),
                ("h2", "چطور کار می‌کنیم"),
                (
                    "p",
                    _t("""
                        <p>اول با پدر و مادر دیدار می‌کنیم. بعد روان‌شناس کودک را می‌بیند؛
                        با کودکان کوچک از بازی و نقاشی کمک می‌گیریم. اگر مفید باشد و شما
                        موافق باشید، با مدرسه هم صحبت می‌کنیم.</p>
                    """),
                ),
                (
                    "faq",
                    "پرسش‌ها",
                    [
                        (
                            "آیا رضایت پدر یا مادر لازم است؟",
                            _t("""
                                <p>بله. برای کودکان زیر 18 سال به رضایت پدر، مادر یا
                                سرپرست قانونی نیاز داریم. اما یک نوجوان می‌تواند اول تنها
                                بیاید و با ما آشنا شود.</p>
                            """),
                        ),
                    ],
                ),
            ],
        },
        "category": "children-and-families",
        "target_groups": ["children-and-teenagers", "families"],
        "channels": {
            "at_branch": True,
            "at_mobile_unit": False,
            "by_phone": False,
            "home_visit": False,
        },
        "what_to_bring": {
            "el": _t("""
                <p>Αν τα έχετε, το βιβλιάριο υγείας του παιδιού και ό,τι χαρτί σας έχει
                δώσει το σχολείο. <b>Δεν είναι υποχρεωτικό· ελάτε και χωρίς χαρτιά.</b></p>
            """),
            "en": _t("""
                <p>If you have them, the child's health booklet and any papers from the
                school. <b>This is not required: you can come without papers.</b></p>
            """),
            "ar": _t("""
                <p>إذا كانت معك، دفتر صحة الطفل وأي أوراق من المدرسة. <b>هذا ليس شرطًا: يمكنك المجيء
                دون أوراق.</b></p>
            """),
            "fa": _t("""
                <p>اگر دارید، دفترچهٔ سلامت کودک و هر برگه‌ای که مدرسه به شما داده است.
                <b>اجباری نیست؛ بدون مدرک هم می‌توانید بیایید.</b></p>
            """),
        },
        "branches": ["central", "kem", "roma"],
        "mobile_units": [],
        "bookable": True,
        "appointment_minutes": 45,
        "home": True,
    },
    # ----------------------------------------------------- family counselling
    {
        "key": "family-counselling",
        "slug": {
            "el": "symvouleftiki-oikogeneias",
            "en": "family-counselling",
            "ar": "الإرشاد-الأسري",
            "fa": "مشاوره-خانواده",
        },
        "title": {
            "el": "Συμβουλευτική οικογένειας και γονέων",
            "en": "Family and parent counselling",
            "ar": "الإرشاد الأسري ودعم الوالدين",
            "fa": "مشاورهٔ خانواده و والدین",
        },
        "summary": {
            "el": _t("""
                Συναντήσεις για γονείς και ζευγάρια, όταν υπάρχουν συχνοί καβγάδες,
                δυσκολίες με τα παιδιά ή μεγάλες αλλαγές στην οικογένεια.
            """),
            "en": _t("""
                Meetings for parents and couples, when there are frequent arguments,
                difficulties with the children or big changes in the family.
            """),
            "ar": _t("""
                لقاءات للوالدين والأزواج، عندما تكثر الخلافات، أو تكون هناك صعوبات مع
                الأطفال، أو تغيّرات كبيرة في العائلة.
            """),
            "fa": _t("""
                جلسه‌هایی برای پدر و مادرها و زوج‌ها، وقتی دعوا زیاد است، با فرزندان مشکل
                دارید یا تغییر بزرگی در خانواده پیش آمده است.
            """),
        },
        "body": {
            "el": [
                ("h2", "Τι προσφέρουμε"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>Συναντήσεις για γονείς</b>: πώς βάζουμε όρια χωρίς φωνές,
                        πώς μιλάμε με έναν έφηβο, πώς στηρίζουμε το παιδί στο
                        σχολείο.</li>
                        <li><b>Συναντήσεις για ζευγάρια</b>, όταν η επικοινωνία έχει γίνει
                        δύσκολη.</li>
                        <li><b>Ομάδες γονέων</b>, μία φορά τον μήνα: γονείς μιλούν μεταξύ
                        τους, με τη βοήθεια ψυχολόγου.</li>
                        </ul>
                    """),
                ),
                ("h2", "Πώς γίνεται"),
                (
                    "p",
                    _t("""
                        <p>Η πρώτη συνάντηση διαρκεί περίπου μία ώρα. Μπορείτε να έρθετε
                        μόνοι σας ή μαζί. Αν στο σπίτι υπάρχει βία, πείτε το μας: θα σας
                        βοηθήσουμε με ασφάλεια και διακριτικότητα, χωριστά από τον άλλο
                        άνθρωπο.</p>
                    """),
                ),
                (
                    "faq",
                    "Ερωτήσεις",
                    [
                        (
                            "Πρέπει να έρθουμε και οι δύο γονείς;",
                            _t("""
                                <p>Όχι. Είναι καλό να έρθετε μαζί, αλλά μπορεί να έρθει
                                και ένας από τους δύο.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "en": [
                ("h2", "What we offer"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>Meetings for parents</b>: how to set limits without
                        shouting, how to talk with a teenager, how to support your child at
                        school.</li>
                        <li><b>Meetings for couples</b>, when talking to each other has
                        become hard.</li>
                        <li><b>Parents' groups</b>, once a month: parents talk with each
                        other, with the help of a psychologist.</li>
                        </ul>
                    """),
                ),
                ("h2", "How it works"),
                (
                    "p",
                    _t("""
                        <p>The first meeting takes about one hour. You can come alone or
                        together. If there is violence at home, tell us: we will help you
                        safely and discreetly, separately from the other person.</p>
                    """),
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "Do both parents have to come?",
                            _t("""
                                <p>No. It is good to come together, but one of you can also
                                come alone.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "ar": [
                ("h2", "ماذا نقدّم؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>لقاءات للوالدين</b>: كيف نضع حدودًا دون صراخ، وكيف نتحدث
                        مع ابننا المراهق، وكيف ندعم طفلنا في المدرسة.</li>
                        <li><b>لقاءات للأزواج</b>، عندما يصبح الحوار بينكما صعبًا.</li>
                        <li><b>مجموعات للآباء والأمهات</b>، مرة في الشهر: يتحدث فيها
                        الآباء والأمهات معًا بمساعدة أخصائي نفسي.</li>
                        </ul>
                    """),
                ),
                ("h2", "كيف يتم ذلك؟"),
                (
                    "p",
                    _t("""
                        <p>يستغرق اللقاء الأول نحو ساعة. يمكنك المجيء وحدك أو معًا. إذا كان
                        هناك عنف في البيت، فمن المهم أن نعرف ذلك: سنساعدك بأمان وبتكتّم،
                        وبشكل منفصل عن الطرف الآخر.</p>
                    """),
                ),
                (
                    "faq",
                    "أسئلة",
                    [
                        (
                            "هل يجب أن يأتي الوالدان كلاهما؟",
                            _t("""
                                <p>لا. من الجيد أن تأتيا معًا، لكن يكفي حضور أحد الوالدين.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "fa": [
                ("h2", "چه خدماتی داریم"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>جلسه برای پدر و مادرها</b>: چطور بدون داد زدن برای فرزند حد
                        و مرز بگذاریم، چطور با نوجوانمان حرف بزنیم، چطور در مدرسه از
                        فرزندمان حمایت کنیم</li>
                        <li><b>جلسه برای زوج‌ها</b>، وقتی گفت‌وگو با هم سخت شده است</li>
                        <li><b>گروه والدین</b>، ماهی یک بار: پدر و مادرها با کمک یک
                        روان‌شناس با هم صحبت می‌کنند</li>
                        </ul>
                    """),
                ),
                ("h2", "چطور انجام می‌شود"),
                (
                    "p",
                    _t("""
                        <p>جلسهٔ اول حدود یک ساعت طول می‌کشد. می‌توانید تنها یا با هم
                        بیایید. اگر در خانه خشونت وجود دارد، به ما بگویید: با رعایت امنیت و
                        رازداری، و جدا از طرف مقابل، به شما کمک می‌کنیم.</p>
                    """),
                ),
                (
                    "faq",
                    "پرسش‌ها",
                    [
                        (
                            "آیا هر دو والد باید بیایند؟",
                            _t("""
                                <p>نه. بهتر است با هم بیایید، اما یکی از شما هم می‌تواند
                                تنها بیاید.</p>
                            """),
                        ),
                    ],
                ),
            ],
        },
        "category": "children-and-families",
        "target_groups": ["families", "adults", "children-and-teenagers"],
        "channels": {
            "at_branch": True,
            "at_mobile_unit": False,
            "by_phone": True,
            "home_visit": False,
        },
        "what_to_bring": NO_PAPERS_NEEDED,
        "branches": ["central"],
        "mobile_units": [],
        "bookable": True,
        "appointment_minutes": 60,
        "home": False,
    },
    # ------------------------------------------------------ legal information
    {
        "key": "legal-information",
        "slug": {
            "el": "nomiki-enimerosi",
            "en": "legal-information",
            "ar": "معلومات-قانونية",
            "fa": "اطلاعات-حقوقی",
        },
        "title": {
            "el": "Νομική ενημέρωση",
            "en": "Legal information",
            "ar": "معلومات قانونية",
            "fa": "اطلاعات حقوقی",
        },
        "summary": {
            "el": _t("""
                Σας εξηγούμε με απλά λόγια τα νομικά σας θέματα, όπως την άδεια διαμονής,
                το άσυλο ή ένα χρέος. Όταν χρειάζεστε δικηγόρο, σας παραπέμπουμε σε
                δωρεάν νομική βοήθεια.
            """),
            "en": _t("""
                We explain your legal questions in simple words, such as residence
                permits, asylum or debts. When you need a lawyer, we refer you to free
                legal aid.
            """),
            "ar": _t("""
                نشرح لك أمورك القانونية بكلمات بسيطة، مثل تصريح الإقامة واللجوء
                والديون. وعند الحاجة إلى محامٍ، نوجّهك إلى المساعدة القانونية
                المجانية.
            """),
            "fa": _t("""
                مسائل حقوقی شما، مثل اجازهٔ اقامت، پناهندگی یا بدهی را به زبان ساده توضیح
                می‌دهیم. اگر به وکیل نیاز داشته باشید، شما را به کمک حقوقی رایگان معرفی
                می‌کنیم.
            """),
        },
        "body": {
            "el": [
                ("h2", "Για ποια θέματα"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>Άδεια διαμονής: έκδοση, ανανέωση, τι κάνετε αν έληξε.</li>
                        <li>Διαδικασία ασύλου: τα βήματα, οι προθεσμίες, η
                        συνέντευξη.</li>
                        <li>Οικογενειακά θέματα: διαζύγιο, επιμέλεια και διατροφή των
                        παιδιών.</li>
                        <li>Χρέη, ενοίκια, λογαριασμοί και δικαιώματα στη δουλειά.</li>
                        </ul>
                    """),
                ),
                ("h2", "Τι κάνουμε και τι όχι"),
                (
                    "p",
                    _t("""
                        <p>Σας δίνουμε <b>ενημέρωση</b>: τι λέει ο νόμος, ποια χαρτιά
                        χρειάζεστε, πού να πάτε. Δεν σας εκπροσωπούμε σε δικαστήριο ή σε
                        υπηρεσία. Αν χρειάζεστε δικηγόρο, σας παραπέμπουμε σε δωρεάν νομική
                        βοήθεια: στη νομική βοήθεια του κράτους ή σε οργανώσεις που
                        στηρίζουν πρόσφυγες.</p>
                    """),
                ),
                (
                    "faq",
                    "Ερωτήσεις",
                    [
                        (
                            "Η προθεσμία μου λήγει σε λίγες μέρες. Τι να κάνω;",
                            _t(f"""
                                <p>Τηλεφωνήστε μας αμέσως στο {tel("central")}. Αν η
                                προθεσμία είναι κοντά, σας δίνουμε το πρώτο ελεύθερο
                                ραντεβού.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "en": [
                ("h2", "Which questions"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>Residence permits: getting one, renewing it, what to do if it
                        has expired.</li>
                        <li>The asylum procedure: the steps, the deadlines, the
                        interview.</li>
                        <li>Family matters: divorce, custody of children and child
                        support.</li>
                        <li>Debts, rent, bills and your rights at work.</li>
                        </ul>
                    """),
                ),
                ("h2", "What we do and what we do not do"),
                (
                    "p",
                    _t("""
                        <p>We give you <b>information</b>: what the law says, which papers
                        you need, where to go. We do not represent you in court or before an
                        authority. If you need a lawyer, we refer you to free legal aid:
                        the State's legal aid, or organisations that support
                        refugees.</p>
                    """),
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "My deadline ends in a few days. What should I do?",
                            _t(f"""
                                <p>Call us right away on {tel("central")}. If your deadline
                                is close, we give you the first free appointment.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "ar": [
                ("h2", "في أي مواضيع؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>تصريح الإقامة: الحصول عليه، وتجديده، وما يمكن فعله إذا انتهت مدته.</li>
                        <li>إجراءات اللجوء: الخطوات، والمهل، والمقابلة.</li>
                        <li>شؤون العائلة: الطلاق، وحضانة الأطفال، والنفقة.</li>
                        <li>الديون، والإيجار، والفواتير، وحقوقك في العمل.</li>
                        </ul>
                    """),
                ),
                ("h2", "ما نفعله وما لا نفعله"),
                (
                    "p",
                    _t("""
                        <p>نعطيك <b>معلومات</b>: ماذا يقول القانون، وما هي الأوراق اللازمة، وإلى أين
                        يجب الذهاب. لا نمثّلك أمام المحكمة أو أمام أي جهة رسمية. وعند الحاجة إلى
                        محامٍ، نوجّهك إلى المساعدة القانونية
                        المجانية: المساعدة القانونية التي تقدّمها الدولة، أو منظمات تدعم
                        اللاجئين.</p>
                    """),
                ),
                (
                    "faq",
                    "أسئلة",
                    [
                        (
                            "تنتهي المهلة المحددة لي بعد أيام قليلة. ماذا أفعل؟",
                            _t(f"""
                                <p>يُرجى الاتصال بنا فورًا على الرقم {tel("central", "ar")}.
                                إذا كانت المهلة قريبة، نعطيك أول موعد متاح.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "fa": [
                ("h2", "دربارهٔ چه موضوعاتی"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>اجازهٔ اقامت: گرفتن، تمدید، و اینکه اگر تمام شده چه کنید</li>
                        <li>روند پناهندگی: مراحل، مهلت‌ها و مصاحبه</li>
                        <li>مسائل خانوادگی: طلاق، حضانت و نفقهٔ فرزندان</li>
                        <li>بدهی‌ها، اجاره، قبض‌ها و حقوق شما در محل کار</li>
                        </ul>
                    """),
                ),
                ("h2", "چه کاری می‌کنیم و چه کاری نه"),
                (
                    "p",
                    _t("""
                        <p>ما به شما <b>اطلاعات</b> می‌دهیم: قانون چه می‌گوید، چه مدارکی
                        لازم دارید و کجا باید بروید. ما در دادگاه یا در ادارات وکیل شما
                        نیستیم. اگر به وکیل نیاز دارید، شما را به کمک حقوقی رایگان معرفی
                        می‌کنیم: کمک حقوقی دولت، یا سازمان‌هایی که از پناهندگان حمایت
                        می‌کنند.</p>
                    """),
                ),
                (
                    "faq",
                    "پرسش‌ها",
                    [
                        (
                            "مهلت من چند روز دیگر تمام می‌شود. چه کار کنم؟",
                            _t(f"""
                                <p>همین حالا با شمارهٔ {tel("central", "fa")} تماس بگیرید.
                                اگر مهلتتان نزدیک است، اولین نوبت خالی را به شما
                                می‌دهیم.</p>
                            """),
                        ),
                    ],
                ),
            ],
        },
        "category": "legal-information",
        "target_groups": ["adults", "migrants-and-refugees", "families", "women-facing-violence"],
        "channels": {
            "at_branch": True,
            "at_mobile_unit": False,
            "by_phone": True,
            "home_visit": False,
        },
        "what_to_bring": {
            "el": _t("""
                <p>Ό,τι χαρτί έχετε για το θέμα σας: άδεια διαμονής, κάρτα αιτούντος
                άσυλο, απόφαση, επιστολή ή συμβόλαιο. <b>Αν δεν τα έχετε, ελάτε και χωρίς
                αυτά.</b></p>
            """),
            "en": _t("""
                <p>Any papers you have about your question: residence permit, asylum
                seeker's card, a decision, a letter or a contract. <b>If you do not have
                them, come anyway.</b></p>
            """),
            "ar": _t("""
                <p>أي أوراق لديك تتعلق بموضوعك: تصريح الإقامة، أو بطاقة طالب اللجوء، أو
                قرار، أو رسالة، أو عقد. <b>وإذا لم تكن معك، يمكنك المجيء على أي حال.</b></p>
            """),
            "fa": _t("""
                <p>هر مدرکی که دربارهٔ موضوعتان دارید: اجازهٔ اقامت، کارت پناه‌جویی، حکم
                یا پاسخ اداره، نامه یا قرارداد. <b>اگر آن‌ها را ندارید، باز هم
                بیایید.</b></p>
            """),
        },
        "branches": ["central", "kem"],
        "mobile_units": [],
        "bookable": True,
        "appointment_minutes": 40,
        "home": True,
    },
    # ------------------------------------------------------ domestic violence
    {
        "key": "domestic-violence",
        "slug": {
            "el": "stirixi-gia-endooikogeneiaki-via",
            "en": "domestic-violence-support",
            "ar": "الدعم-في-حالات-العنف-الأسري",
            "fa": "حمایت-در-برابر-خشونت-خانگی",
        },
        "title": {
            "el": "Βοήθεια αν δέχεστε βία στο σπίτι",
            "en": "Support for people facing domestic violence",
            "ar": "الدعم في حالات العنف الأسري",
            "fa": "حمایت از کسانی که با خشونت خانگی روبه‌رو هستند",
        },
        "summary": {
            "el": _t("""
                Αν κάποιος στο σπίτι σας σάς χτυπά, σας απειλεί ή σας ελέγχει, δεν φταίτε
                εσείς. Μιλήστε μας εμπιστευτικά· θα βρούμε μαζί τρόπο να είστε
                ασφαλείς.
            """),
            "en": _t("""
                If someone at home hits you, threatens you or controls you, it is not your
                fault. Talk to us in confidence; together we will find a way for you to be
                safe.
            """),
            "ar": _t("""
                إذا كان أحد في بيتك يضربك أو يهدّدك أو يتحكّم فيك، فالذنب ليس ذنبك.
                يمكنك الحديث معنا بسرية، وسنجد معًا طريقة تحميك.
            """),
            "fa": _t("""
                اگر کسی در خانه شما را می‌زند، تهدید می‌کند یا کنترل می‌کند، تقصیر شما
                نیست. محرمانه با ما صحبت کنید؛ با هم راهی پیدا می‌کنیم تا در امان
                باشید.
            """),
        },
        "body": {
            "el": [
                ("h2", "Σε κίνδυνο τώρα;"),
                (
                    "p",
                    _t(f"""
                        <p>Καλέστε το {emergency("112")} ή τη γραμμή SOS
                        {emergency("15900")}, όλο το 24ωρο, δωρεάν.</p>
                    """),
                ),
                ("h2", "Πώς σας βοηθάμε"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>Σας ακούμε χωρίς να σας κρίνουμε και σας εξηγούμε τα
                        δικαιώματά σας.</li>
                        <li>Φτιάχνουμε μαζί ένα σχέδιο ασφάλειας για εσάς και τα παιδιά
                        σας.</li>
                        <li>Σας φέρνουμε σε επαφή με το Συμβουλευτικό Κέντρο Γυναικών του
                        Δήμου, με ξενώνα φιλοξενίας, με δικηγόρο ή με την αστυνομία, μόνο
                        αν το θέλετε.</li>
                        </ul>
                        <p>Όλα είναι εμπιστευτικά. Δεν λέμε τίποτα στον άνθρωπο που σας
                        κάνει κακό. Όταν σας τηλεφωνούμε, ρωτάμε πρώτα αν μπορείτε να
                        μιλήσετε.</p>
                    """),
                ),
                (
                    "faq",
                    "Ερωτήσεις",
                    [
                        (
                            "Γιατί δεν μπορώ να κλείσω ραντεβού ηλεκτρονικά;",
                            _t("""
                                <p>Για την ασφάλειά σας: ένα μήνυμα επιβεβαίωσης στο
                                κινητό μπορεί να το δει κάποιος άλλος. Τηλεφωνήστε μας ή
                                ελάτε από κοντά, και πείτε μόνο ότι θέλετε να μιλήσετε με
                                κοινωνική λειτουργό.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "en": [
                ("h2", "In danger now?"),
                (
                    "p",
                    _t(f"""
                        <p>Call {emergency("112")} or the SOS line {emergency("15900")},
                        day and night, free of charge.</p>
                    """),
                ),
                ("h2", "How we help"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>We listen to you without judging you, and we explain your
                        rights.</li>
                        <li>Together we make a safety plan for you and your children.</li>
                        <li>We put you in touch with the Counselling Centre for Women of
                        the Municipality, a shelter, a lawyer or the police, only if you
                        want.</li>
                        </ul>
                        <p>Everything is confidential. We tell nothing to the person who is
                        hurting you. When we call you, we first ask if you can talk.</p>
                    """),
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "Why can I not book online?",
                            _t("""
                                <p>For your safety: someone else could see a confirmation
                                message on your phone. Call us or come in person, and just
                                say that you want to talk with a social worker.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "ar": [
                ("h2", "هل أنت في خطر الآن؟"),
                (
                    "p",
                    _t(f"""
                        <p>يمكنك الاتصال بالرقم {emergency("112")} أو بخط
                        {ltr("SOS")} {emergency("15900")}، ليلًا ونهارًا، مجانًا.</p>
                    """),
                ),
                ("h2", "كيف نساعدك؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>نستمع إليك دون أن نحكم عليك، ونشرح لك حقوقك.</li>
                        <li>نضع معًا خطة أمان لك ولأطفالك.</li>
                        <li>نوصلك بمركز الإرشاد للنساء التابع للبلدية، أو بدار إيواء، أو
                        بمحامٍ، أو بالشرطة، فقط إذا أردت ذلك.</li>
                        </ul>
                        <p>كل شيء سري. لا نقول شيئًا للشخص الذي يؤذيك. وعندما نتصل بك،
                        نسألك أولًا إن كان بإمكانك الكلام.</p>
                    """),
                ),
                (
                    "faq",
                    "أسئلة",
                    [
                        (
                            "لماذا لا أستطيع حجز موعد عبر الإنترنت؟",
                            _t("""
                                <p>من أجل سلامتك: قد يرى شخص آخر رسالة التأكيد على هاتفك.
                                يمكنك الاتصال بنا أو المجيء إلينا، ويكفي طلب التحدث مع
                                أخصائية اجتماعية، دون أي شرح.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "fa": [
                ("h2", "همین حالا در خطر هستید؟"),
                (
                    "p",
                    _t(f"""
                        <p>با {emergency("112")} یا خط SOS {emergency("15900")} تماس
                        بگیرید؛ شبانه‌روزی و رایگان.</p>
                    """),
                ),
                ("h2", "چطور کمکتان می‌کنیم"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>بدون قضاوت به حرف‌هایتان گوش می‌دهیم و حقوقتان را توضیح
                        می‌دهیم</li>
                        <li>با هم یک برنامهٔ ایمنی برای شما و فرزندانتان می‌ریزیم</li>
                        <li>اگر بخواهید، شما را با مرکز مشاورهٔ زنان شهرداری، خانهٔ امن،
                        وکیل یا پلیس در تماس قرار می‌دهیم</li>
                        </ul>
                        <p>همه‌چیز محرمانه است. به کسی که به شما آسیب می‌زند، هیچ چیزی
                        نمی‌گوییم. وقتی به شما زنگ می‌زنیم، اول می‌پرسیم که آیا می‌توانید
                        صحبت کنید.</p>
                    """),
                ),
                (
                    "faq",
                    "پرسش‌ها",
                    [
                        (
                            "چرا نمی‌توانم از طریق اینترنت نوبت بگیرم؟",
                            _t("""
                                <p>برای امنیت خودتان: ممکن است کس دیگری پیام تأیید را روی
                                موبایل شما ببیند. با ما تماس بگیرید یا حضوری بیایید و فقط
                                بگویید که می‌خواهید با یک مددکار اجتماعی صحبت کنید.</p>
                            """),
                        ),
                    ],
                ),
            ],
        },
        "category": "psychosocial-support",
        "target_groups": ["women-facing-violence", "adults", "families", "children-and-teenagers"],
        "channels": {
            "at_branch": True,
            "at_mobile_unit": False,
            "by_phone": True,
            "home_visit": False,
        },
        "what_to_bring": {
            "el": _t("""
                <p>Τίποτα. Αν έχετε ιατρική βεβαίωση, φωτογραφίες ή μηνύματα, μπορείτε να
                τα φέρετε, αλλά <b>δεν τα χρειάζεστε για να μιλήσουμε</b>.</p>
            """),
            "en": _t("""
                <p>Nothing. If you have a medical certificate, photos or messages, you can
                bring them, but <b>you do not need them to talk to us</b>.</p>
            """),
            "ar": _t("""
                <p>لا شيء. إذا كانت لديك شهادة طبية أو صور أو رسائل، يمكنك إحضارها، لكنها
                <b>ليست ضرورية للحديث معنا</b>.</p>
            """),
            "fa": _t("""
                <p>هیچ چیز. اگر گواهی پزشکی، عکس یا پیام دارید، می‌توانید بیاورید، اما
                <b>برای صحبت با ما لازم نیست</b>.</p>
            """),
        },
        "branches": ["central", "kem", "roma"],
        "mobile_units": [],
        "bookable": False,
        "appointment_minutes": 60,
        "home": True,
    },
    # ----------------------------------------------------------------- health
    {
        "key": "health",
        "slug": {
            "el": "ygeia-kai-prolipsi",
            "en": "health-and-prevention",
            "ar": "الصحة-والوقاية",
            "fa": "بهداشت-و-پیشگیری",
        },
        "title": {
            "el": "Υγεία και πρόληψη",
            "en": "Health and prevention",
            "ar": "الصحة والوقاية",
            "fa": "بهداشت و پیشگیری",
        },
        "summary": {
            "el": _t("""
                Σας βοηθάμε να βγάλετε ΑΜΚΑ ή ΠΑΑΥΠΑ, να βρείτε γιατρό και να κάνετε τα
                εμβόλια και τις εξετάσεις πρόληψης.
            """),
            "en": _t("""
                We help you get an AMKA or PAAYPA number, find a doctor, and get
                vaccinations and health check-ups.
            """),
            "ar": _t("""
                نساعدك في الحصول على رقم الضمان الاجتماعي (\u2066ΑΜΚΑ\u2069) أو الرقم الصحي المؤقت
                للأجانب (\u2066ΠΑΑΥΠΑ\u2069)، وفي إيجاد طبيب، وفي أخذ اللقاحات
                وإجراء الفحوص الوقائية.
            """),
            "fa": _t("""
                کمکتان می‌کنیم شمارهٔ تأمین اجتماعی (\u2066ΑΜΚΑ\u2069) یا شمارهٔ موقت بیمه و درمان
                اتباع خارجی (\u2066ΠΑΑΥΠΑ\u2069) بگیرید، پزشک پیدا کنید و واکسن‌ها و
                آزمایش‌های پیشگیری را انجام دهید.
            """),
        },
        "body": {
            "el": [
                ("h2", "Με τι βοηθάμε"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>ΑΜΚΑ ή ΠΑΑΥΠΑ</b>: σας εξηγούμε ποιον αριθμό χρειάζεστε και
                        πώς τον βγάζετε. Με αυτόν έχετε δωρεάν περίθαλψη στο δημόσιο.</li>
                        <li><b>Προσωπικός γιατρός</b>: σας βοηθάμε να εγγραφείτε σε
                        οικογενειακό γιατρό ή σε Τοπική Μονάδα Υγείας (ΤοΜΥ).</li>
                        <li><b>Εμβόλια των παιδιών</b> και <b>βιβλιάριο υγείας</b>, που
                        χρειάζονται για την εγγραφή στο σχολείο.</li>
                        <li><b>Εξετάσεις πρόληψης</b> από τα δωρεάν προγράμματα
                        «Προλαμβάνω», για παράδειγμα μαστογραφία ή τεστ Παπανικολάου.</li>
                        </ul>
                    """),
                ),
                ("h2", "Μαζί με τις υπηρεσίες υγείας"),
                (
                    "p",
                    _t("""
                        <p>Συνεργαζόμαστε με τα κέντρα υγείας και τις ΤοΜΥ του Πειραιά. Οι
                        κινητές μονάδες σταθμεύουν συχνά έξω από αυτές, για να τακτοποιούμε
                        μαζί τα χαρτιά σας την ίδια μέρα. Δεν είμαστε γιατροί: δεν κάνουμε
                        εμείς εμβόλια ούτε εξετάσεις.</p>
                    """),
                ),
                (
                    "faq",
                    "Ερωτήσεις",
                    [
                        (
                            "Δεν έχω χαρτιά. Μπορώ να πάω σε γιατρό;",
                            _t("""
                                <p>Ναι: σε επείγον περιστατικό, το νοσοκομείο σας
                                εξυπηρετεί πάντα. Για τα υπόλοιπα, ελάτε να δούμε μαζί πώς
                                θα βγάλετε ΑΜΚΑ ή ΠΑΑΥΠΑ.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "en": [
                ("h2", "What we help with"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>AMKA or PAAYPA</b>: we explain which number you need and how
                        to get it. With it you get free care in public health
                        services.</li>
                        <li><b>Personal doctor</b>: we help you register with a family
                        doctor or a local health unit (ToMY).</li>
                        <li><b>Children's vaccinations</b> and the <b>health booklet</b>,
                        which are needed to enrol in school.</li>
                        <li><b>Health check-ups</b> from the free “Prolamvano”
                        (Προλαμβάνω) programmes, for example a mammogram or a Pap
                        test.</li>
                        </ul>
                    """),
                ),
                ("h2", "Together with health services"),
                (
                    "p",
                    _t("""
                        <p>We work with the health centres and local health units of
                        Piraeus. The mobile units often park outside them, so that we can
                        sort out your papers together on the same day. We are not doctors:
                        we do not give vaccinations or do tests ourselves.</p>
                    """),
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "I have no papers. Can I see a doctor?",
                            _t("""
                                <p>Yes: in an emergency, hospitals always treat you. For
                                everything else, come and we will see together how you can
                                get an AMKA or PAAYPA.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "ar": [
                ("h2", "في ماذا نساعدك؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>رقم الضمان الاجتماعي (\u2066ΑΜΚΑ\u2069) أو الرقم الصحي المؤقت للأجانب
                        (\u2066ΠΑΑΥΠΑ\u2069)</b>: نشرح لك أي رقم يلزمك وكيفية الحصول عليه. وبه يمكنك
                        الحصول على العلاج مجانًا في الخدمات الصحية العامة.</li>
                        <li><b>طبيب شخصي</b>: نساعدك في التسجيل لدى طبيب أسرة أو في وحدة
                        صحية محلية (\u2066ΤοΜΥ\u2069).</li>
                        <li><b>لقاحات الأطفال</b> و<b>دفتر الصحة</b>، وهما مطلوبان
                        للتسجيل في المدرسة.</li>
                        <li><b>الفحوص الوقائية</b> ضمن برامج «\u2066Προλαμβάνω\u2069» المجانية، مثل
                        تصوير الثدي بالأشعة أو مسحة عنق الرحم.</li>
                        </ul>
                    """),
                ),
                ("h2", "بالتعاون مع الخدمات الصحية"),
                (
                    "p",
                    _t("""
                        <p>نعمل مع المراكز الصحية والوحدات الصحية المحلية في بيرايوس.
                        وكثيرًا ما تتوقف الوحدات المتنقلة أمامها، لكي ننجز أوراقك معًا في
                        اليوم نفسه. نحن لسنا أطباء: لا نعطي اللقاحات ولا نجري الفحوص
                        بأنفسنا.</p>
                    """),
                ),
                (
                    "faq",
                    "أسئلة",
                    [
                        (
                            "ليست لدي أوراق. هل يمكنني أن أذهب إلى طبيب؟",
                            _t("""
                                <p>نعم: في الحالات الطارئة تعالجك المستشفيات دائمًا. ولكل
                                شيء آخر، نبحث معًا في كيفية الحصول على رقم الضمان الاجتماعي
                                (\u2066ΑΜΚΑ\u2069) أو الرقم الصحي المؤقت للأجانب
                                (\u2066ΠΑΑΥΠΑ\u2069).</p>
                            """),
                        ),
                    ],
                ),
            ],
            "fa": [
                ("h2", "در چه کارهایی کمک می‌کنیم"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li><b>شمارهٔ تأمین اجتماعی (\u2066ΑΜΚΑ\u2069) یا شمارهٔ موقت بیمه و درمان
                        اتباع خارجی (\u2066ΠΑΑΥΠΑ\u2069)</b>: توضیح می‌دهیم کدام شماره را لازم
                        دارید و چطور آن را بگیرید. با این شماره در مراکز درمانی دولتی
                        رایگان درمان می‌شوید</li>
                        <li><b>پزشک شخصی</b>: کمکتان می‌کنیم نزد یک پزشک خانواده یا در یک
                        واحد بهداشت محلی (\u2066ΤοΜΥ\u2069) ثبت‌نام کنید</li>
                        <li><b>واکسن‌های کودکان</b> و <b>دفترچهٔ سلامت</b>، که برای
                        ثبت‌نام در مدرسه لازم‌اند</li>
                        <li><b>آزمایش‌های پیشگیری</b> در برنامه‌های رایگان «\u2066Προλαμβάνω\u2069»،
                        مثلاً ماموگرافی یا آزمایش پاپ‌اسمیر</li>
                        </ul>
                    """),
                ),
                ("h2", "همراه با مراکز بهداشتی و درمانی"),
                (
                    "p",
                    _t("""
                        <p>با مراکز بهداشتی و واحدهای بهداشت محلی پیرئوس همکاری می‌کنیم.
                        واحدهای سیار اغلب کنار همین مراکز توقف می‌کنند تا بتوانیم همان روز
                        کارهای اداری شما را با هم انجام دهیم. ما پزشک نیستیم: خودمان واکسن
                        نمی‌زنیم و آزمایش انجام نمی‌دهیم.</p>
                    """),
                ),
                (
                    "faq",
                    "پرسش‌ها",
                    [
                        (
                            "مدرک ندارم. می‌توانم پیش پزشک بروم؟",
                            _t("""
                                <p>بله: در موارد اورژانسی، بیمارستان‌ها همیشه شما را درمان
                                می‌کنند. برای بقیهٔ کارها، بیایید با هم ببینیم چطور
                                می‌توانید شمارهٔ تأمین اجتماعی (\u2066ΑΜΚΑ\u2069) یا شمارهٔ موقت
                                بیمه و درمان اتباع خارجی (\u2066ΠΑΑΥΠΑ\u2069) بگیرید.</p>
                            """),
                        ),
                    ],
                ),
            ],
        },
        "category": "health-and-prevention",
        "target_groups": [
            "families",
            "children-and-teenagers",
            "adults",
            "older-people",
            "roma",
            "migrants-and-refugees",
        ],
        "channels": ALL_CHANNELS_BUT_HOME,
        "what_to_bring": {
            "el": _t("""
                <p>Αν τα έχετε: ταυτότητα, διαβατήριο ή κάρτα αιτούντος άσυλο, ΑΜΚΑ ή
                ΠΑΑΥΠΑ και τα βιβλιάρια υγείας των παιδιών. <b>Ελάτε ακόμα κι αν δεν έχετε
                κανένα από αυτά.</b></p>
            """),
            "en": _t("""
                <p>If you have them: ID card, passport or asylum seeker's card, AMKA or
                PAAYPA, and your children's health booklets. <b>Come even if you have none
                of these.</b></p>
            """),
            "ar": _t("""
                <p>إذا كانت معك: بطاقة الهوية أو جواز السفر أو بطاقة طالب اللجوء، ورقم الضمان
                الاجتماعي (\u2066ΑΜΚΑ\u2069) أو الرقم الصحي المؤقت للأجانب (\u2066ΠΑΑΥΠΑ\u2069)،
                ودفاتر صحة الأطفال. <b>يمكنك المجيء حتى لو لم يكن معك شيء منها.</b></p>
            """),
            "fa": _t("""
                <p>اگر دارید: کارت شناسایی، پاسپورت یا کارت پناه‌جویی، شمارهٔ تأمین اجتماعی
                (\u2066ΑΜΚΑ\u2069) یا شمارهٔ موقت بیمه و درمان اتباع خارجی (\u2066ΠΑΑΥΠΑ\u2069) و
                دفترچه‌های سلامت کودکان. <b>حتی اگر هیچ‌کدام از این‌ها را
                ندارید، بیایید.</b></p>
            """),
        },
        "branches": ["central", "kem", "roma"],
        "mobile_units": ["unit-1", "unit-2"],
        "bookable": True,
        "appointment_minutes": 30,
        "home": False,
    },
    # ------------------------------------------------------------ roma school
    {
        "key": "roma-school",
        "slug": {
            "el": "engrafi-sto-scholeio-paidia-roma",
            "en": "school-enrolment-for-roma-children",
            "ar": "التسجيل-المدرسي-لأطفال-الروما",
            "fa": "ثبت-نام-مدرسه-برای-کودکان-روما",
        },
        "title": {
            "el": "Εγγραφή στο σχολείο και στήριξη παιδιών Ρομά",
            "en": "School enrolment and support for Roma children",
            "ar": "التسجيل في المدرسة ودعم أطفال الروما",
            "fa": "ثبت‌نام در مدرسه و حمایت از کودکان روما",
        },
        "summary": {
            "el": _t("""
                Βοηθάμε τις οικογένειες Ρομά να γράψουν τα παιδιά τους στον παιδικό σταθμό
                και στο σχολείο, και τα παιδιά να συνεχίσουν να πηγαίνουν.
            """),
            "en": _t("""
                We help Roma families enrol their children in kindergarten and school, and
                help the children keep going.
            """),
            "ar": _t("""
                نساعد عائلات الروما على تسجيل أطفالها في روضة الأطفال والمدرسة، ونساعد
                الأطفال على الاستمرار في الدراسة.
            """),
            "fa": _t("""
                به خانواده‌های روما کمک می‌کنیم فرزندانشان را در مهدکودک و مدرسه ثبت‌نام
                کنند و کودکان به رفتن به مدرسه ادامه دهند.
            """),
        },
        "body": {
            "el": [
                ("h2", "Τι κάνουμε"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>Σας εξηγούμε πότε και πώς γίνονται οι εγγραφές στο νηπιαγωγείο
                        και στο δημοτικό.</li>
                        <li>Μαζεύουμε μαζί τα χαρτιά: πιστοποιητικό γέννησης, βιβλιάριο
                        υγείας με τα εμβόλια, απόδειξη διεύθυνσης.</li>
                        <li>Ερχόμαστε μαζί σας στο σχολείο, αν το θέλετε.</li>
                        <li>Μιλάμε με τους δασκάλους όταν το παιδί λείπει συχνά ή
                        δυσκολεύεται.</li>
                        </ul>
                    """),
                ),
                ("h2", "Επίδομα και σχολείο"),
                (
                    "p",
                    _t("""
                        <p>Για ορισμένα επιδόματα, όπως το Ελάχιστο Εγγυημένο Εισόδημα, τα
                        παιδιά πρέπει να πηγαίνουν στο σχολείο. Σας βοηθάμε να το
                        κρατήσετε, για να μη χάσετε το επίδομα.</p>
                    """),
                ),
                (
                    "faq",
                    "Ερωτήσεις",
                    [
                        (
                            "Δεν έχουμε μόνιμη διεύθυνση. Μπορεί να γραφτεί το παιδί;",
                            _t("""
                                <p>Ναι. Κάθε παιδί που ζει στην Ελλάδα έχει δικαίωμα να πάει
                                σχολείο. Θα βρούμε μαζί λύση για τα χαρτιά.</p>
                            """),
                        ),
                        (
                            "Μπορείτε να έρθετε εκεί που μένουμε;",
                            _t(f"""
                                <p>Ναι. Η ομάδα μας επισκέπτεται τις οικογένειες εκεί που
                                μένουν. Τηλεφωνήστε μας στο {tel("roma")} για να
                                κανονίσουμε την επίσκεψη.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "en": [
                ("h2", "What we do"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>We explain when and how to enrol your child in kindergarten and
                        primary school.</li>
                        <li>We gather the papers together: birth certificate, health
                        booklet with the vaccinations, proof of address.</li>
                        <li>We come with you to the school, if you want.</li>
                        <li>We talk with the teachers when a child is often absent or has
                        difficulties.</li>
                        </ul>
                    """),
                ),
                ("h2", "Benefits and school"),
                (
                    "p",
                    _t("""
                        <p>For some welfare benefits, such as the Minimum Guaranteed Income,
                        children must go to school. We help you keep it that way, so that
                        you do not lose the benefit.</p>
                    """),
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "We have no fixed address. Can our child enrol?",
                            _t("""
                                <p>Yes. Every child who lives in Greece has the right to go
                                to school. Together we will find a way for the papers.</p>
                            """),
                        ),
                        (
                            "Can you come to where we live?",
                            _t(f"""
                                <p>Yes. Our team visits families where they live. Call us
                                on {tel("roma")} to arrange a visit.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "ar": [
                ("h2", "ماذا نفعل؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>نشرح لك متى وكيف يتم التسجيل في روضة الأطفال والمدرسة
                        الابتدائية.</li>
                        <li>نجمع الأوراق معًا: شهادة الميلاد، ودفتر الصحة مع اللقاحات،
                        وإثبات العنوان.</li>
                        <li>نذهب معك إلى المدرسة، إذا أردت.</li>
                        <li>نتحدث مع المعلمين عندما يغيب الطفل كثيرًا أو يجد صعوبة.</li>
                        </ul>
                    """),
                ),
                ("h2", "الإعانات والمدرسة"),
                (
                    "p",
                    _t("""
                        <p>في بعض الإعانات، مثل الحد الأدنى للدخل المضمون، يجب أن يذهب
                        الأطفال إلى المدرسة. نساعدك على الالتزام بذلك، حتى لا تتوقف الإعانة.</p>
                    """),
                ),
                (
                    "faq",
                    "أسئلة",
                    [
                        (
                            "ليس لدينا عنوان ثابت. هل يمكن تسجيل طفلنا؟",
                            _t("""
                                <p>نعم. لكل طفل يعيش في اليونان الحق في الذهاب إلى
                                المدرسة. وسنجد معًا حلًّا للأوراق.</p>
                            """),
                        ),
                        (
                            "هل يمكنكم أن تأتوا إلى حيث نعيش؟",
                            _t(f"""
                                <p>نعم. يزور فريقنا العائلات في أماكن سكنها. يمكنك الاتصال بنا على
                                الرقم {tel("roma", "ar")} لنرتّب الزيارة.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "fa": [
                ("h2", "چه کارهایی انجام می‌دهیم"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>توضیح می‌دهیم ثبت‌نام در مهدکودک و مدرسهٔ ابتدایی کی و چطور انجام
                        می‌شود</li>
                        <li>مدارک را با هم جمع می‌کنیم: گواهی تولد، دفترچهٔ سلامت با
                        واکسن‌ها و مدرکی برای نشانی محل زندگی</li>
                        <li>اگر بخواهید، همراه شما به مدرسه می‌آییم</li>
                        <li>وقتی کودک زیاد غیبت می‌کند یا مشکل دارد، با معلم‌ها صحبت
                        می‌کنیم</li>
                        </ul>
                    """),
                ),
                ("h2", "کمک‌هزینه و مدرسه"),
                (
                    "p",
                    _t("""
                        <p>برای بعضی کمک‌هزینه‌ها، مثل «حداقل درآمد تضمین‌شده»، کودکان
                        باید به مدرسه بروند. کمکتان می‌کنیم این شرط را رعایت کنید تا
                        کمک‌هزینه را از دست ندهید.</p>
                    """),
                ),
                (
                    "faq",
                    "پرسش‌ها",
                    [
                        (
                            "نشانی ثابتی نداریم. آیا فرزندمان می‌تواند ثبت‌نام کند؟",
                            _t("""
                                <p>بله. هر کودکی که در یونان زندگی می‌کند، حق دارد به مدرسه
                                برود. برای مدارک با هم راه‌حلی پیدا می‌کنیم.</p>
                            """),
                        ),
                        (
                            "می‌توانید به محل زندگی ما بیایید؟",
                            _t(f"""
                                <p>بله. گروه ما به دیدار خانواده‌ها در محل زندگی‌شان
                                می‌رود. با شمارهٔ {tel("roma", "fa")} تماس بگیرید تا زمان
                                دیدار را هماهنگ کنیم.</p>
                            """),
                        ),
                    ],
                ),
            ],
        },
        "category": "integration",
        "target_groups": ["roma", "children-and-teenagers", "families"],
        "channels": {
            "at_branch": True,
            "at_mobile_unit": False,
            "by_phone": True,
            "home_visit": True,
        },
        "what_to_bring": {
            "el": _t("""
                <p>Αν τα έχετε: πιστοποιητικό γέννησης του παιδιού, βιβλιάριο υγείας, ΑΜΚΑ
                του παιδιού και έναν λογαριασμό ρεύματος ή νερού. <b>Αν δεν τα έχετε,
                ελάτε και θα τα βγάλουμε μαζί.</b></p>
            """),
            "en": _t("""
                <p>If you have them: the child's birth certificate, health booklet, the
                child's AMKA and an electricity or water bill. <b>If you do not have them,
                come and we will get them together.</b></p>
            """),
            "ar": _t("""
                <p>إذا كانت معك: شهادة ميلاد الطفل، ودفتر الصحة، ورقم الضمان الاجتماعي
                (\u2066ΑΜΚΑ\u2069) الخاص بالطفل،
                وفاتورة كهرباء أو ماء. <b>وإذا لم تكن معك، يمكنك المجيء وسنستخرجها معًا.</b></p>
            """),
            "fa": _t("""
                <p>اگر دارید: گواهی تولد کودک، دفترچهٔ سلامت، شمارهٔ تأمین اجتماعی
                (\u2066ΑΜΚΑ\u2069) کودک و یک قبض
                برق یا آب. <b>اگر ندارید، بیایید تا با هم آن‌ها را بگیریم.</b></p>
            """),
        },
        "branches": ["roma"],
        "mobile_units": [],
        "bookable": False,
        "appointment_minutes": 30,
        "home": False,
    },
    # ---------------------------------------------------- migrant integration
    {
        "key": "migrant-integration",
        "slug": {
            "el": "mathimata-ellinikon-kai-entaxi",
            "en": "greek-lessons-and-integration",
            "ar": "دروس-اليونانية-ودعم-الإدماج",
            "fa": "کلاس-یونانی-و-ادغام",
        },
        "title": {
            "el": "Μαθήματα ελληνικών και στήριξη ένταξης",
            "en": "Greek lessons and integration support",
            "ar": "دروس اللغة اليونانية ودعم الإدماج",
            "fa": "کلاس زبان یونانی و حمایت از ادغام",
        },
        "summary": {
            "el": _t("""
                Δωρεάν μαθήματα ελληνικών για ενήλικες και βοήθεια στα πρώτα βήματα στην
                Ελλάδα: δουλειά, σχολείο, υπηρεσίες. Στο παράρτημα ΚΕΜ.
            """),
            "en": _t("""
                Free Greek lessons for adults, and help with your first steps in Greece:
                work, school, public services. At the KEM branch.
            """),
            "ar": _t("""
                دروس مجانية في اللغة اليونانية للبالغين، ومساعدة في خطواتك الأولى في
                اليونان: العمل والمدرسة والخدمات العامة. في فرع \u2066ΚΕΜ\u2069.
            """),
            "fa": _t("""
                کلاس رایگان زبان یونانی برای بزرگسالان و کمک در اولین قدم‌ها در یونان:
                کار، مدرسه و ادارات دولتی. در شعبهٔ \u2066ΚΕΜ\u2069.
            """),
        },
        "body": {
            "el": [
                ("h2", "Μαθήματα ελληνικών"),
                (
                    "p",
                    _t("""
                        <p>Τμήματα για αρχάριους και για προχωρημένους, δύο φορές την
                        εβδομάδα, πρωί ή απόγευμα. Μαθαίνετε ελληνικά για την καθημερινή
                        ζωή: στο σούπερ μάρκετ, στον γιατρό, στο σχολείο των παιδιών σας.
                        Τα τμήματα ξεκινούν τον Οκτώβριο και τον Φεβρουάριο. Για τις
                        μητέρες με μικρά παιδιά, υπάρχει χώρος για τα παιδιά την ώρα του
                        μαθήματος.</p>
                    """),
                ),
                ("h2", "Στήριξη ένταξης"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>Βιογραφικό, αναζήτηση εργασίας και εγγραφή στη ΔΥΠΑ.</li>
                        <li>Εγγραφή των παιδιών στο σχολείο.</li>
                        <li>Τραπεζικός λογαριασμός, ΑΦΜ και κωδικοί Taxisnet.</li>
                        <li>Γνωριμία με την πόλη και με ομάδες και συλλόγους της
                        γειτονιάς.</li>
                        </ul>
                    """),
                ),
                (
                    "faq",
                    "Ερωτήσεις",
                    [
                        (
                            "Πώς γράφομαι στα μαθήματα;",
                            _t(f"""
                                <p>Ελάτε στο ΚΕΜ ή τηλεφωνήστε μας στο {tel("kem")}.
                                Κάνουμε μια σύντομη συζήτηση, για να βρούμε το τμήμα που
                                σας ταιριάζει.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "en": [
                ("h2", "Greek lessons"),
                (
                    "p",
                    _t("""
                        <p>Classes for beginners and for more advanced learners, twice a
                        week, in the morning or in the afternoon. You learn Greek for
                        everyday life: at the supermarket, at the doctor's, at your
                        children's school. Classes start in October and in February. For
                        mothers with young children, there is a place for the children
                        during the lesson.</p>
                    """),
                ),
                ("h2", "Integration support"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>CV, job search and registration with DYPA (the public
                        employment service).</li>
                        <li>Enrolling your children in school.</li>
                        <li>Bank account, tax number (AFM) and Taxisnet codes.</li>
                        <li>Getting to know the city, and the groups and associations in
                        your neighbourhood.</li>
                        </ul>
                    """),
                ),
                (
                    "faq",
                    "Questions",
                    [
                        (
                            "How do I sign up for the lessons?",
                            _t(f"""
                                <p>Come to the KEM branch or call us on {tel("kem")}. We
                                have a short talk with you, to find the class that is right
                                for you.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "ar": [
                ("h2", "دروس اللغة اليونانية"),
                (
                    "p",
                    _t("""
                        <p>صفوف للمبتدئين وللمستوى المتقدم، مرتين في الأسبوع، صباحًا أو
                        بعد الظهر. والهدف تعلّم اليونانية للحياة اليومية: في السوبرماركت، وعند
                        الطبيب، وفي مدرسة أطفالك. تبدأ الصفوف في أكتوبر (تشرين الأول) وفي
                        فبراير (شباط). وللأمهات اللواتي لديهن أطفال صغار، يوجد مكان
                        للأطفال خلال الدرس.</p>
                    """),
                ),
                ("h2", "دعم الإدماج"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>السيرة الذاتية، والبحث عن عمل، والتسجيل في مكتب التوظيف العام
                        (\u2066ΔΥΠΑ\u2069).</li>
                        <li>تسجيل أطفالك في المدرسة.</li>
                        <li>الحساب المصرفي، والرقم الضريبي (\u2066ΑΦΜ\u2069)، ورموز الدخول إلى بوابة
                        الضرائب (\u2066TAXISnet\u2069).</li>
                        <li>التعرّف على المدينة، وعلى المجموعات والجمعيات في حيّك.</li>
                        </ul>
                    """),
                ),
                (
                    "faq",
                    "أسئلة",
                    [
                        (
                            "كيف أسجّل في الدروس؟",
                            _t(f"""
                                <p>يمكنك المجيء إلى فرع \u2066ΚΕΜ\u2069 أو الاتصال بنا على الرقم
                                {tel("kem", "ar")}. نتحدث معك قليلًا لنجد الصف المناسب
                                لك.</p>
                            """),
                        ),
                    ],
                ),
            ],
            "fa": [
                ("h2", "کلاس زبان یونانی"),
                (
                    "p",
                    _t("""
                        <p>کلاس برای مبتدی‌ها و برای سطح بالاتر، هفته‌ای دو بار، صبح یا
                        بعدازظهر. یونانی را برای زندگی روزمره یاد می‌گیرید: در سوپرمارکت،
                        پیش پزشک، در مدرسهٔ فرزندانتان. کلاس‌ها در ماه اکتبر و ماه فوریه
                        شروع می‌شوند. برای مادرانی که بچهٔ کوچک دارند، در ساعت کلاس جایی
                        برای بچه‌ها هست.</p>
                    """),
                ),
                ("h2", "حمایت از ادغام"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>نوشتن رزومه، پیدا کردن کار و ثبت‌نام در ادارهٔ کار
                        (\u2066ΔΥΠΑ\u2069)</li>
                        <li>ثبت‌نام فرزندانتان در مدرسه</li>
                        <li>حساب بانکی، شمارهٔ مالیاتی (\u2066ΑΦΜ\u2069) و رمزهای ورود به سامانهٔ
                        مالیاتی (\u2066TAXISnet\u2069)</li>
                        <li>آشنایی با شهر و با گروه‌ها و انجمن‌های محله</li>
                        </ul>
                    """),
                ),
                (
                    "faq",
                    "پرسش‌ها",
                    [
                        (
                            "چطور در کلاس‌ها ثبت‌نام کنم؟",
                            _t(f"""
                                <p>به شعبهٔ \u2066ΚΕΜ\u2069 بیایید یا با شمارهٔ {tel("kem", "fa")}
                                تماس
                                بگیرید. کمی با شما صحبت می‌کنیم تا کلاس مناسبتان را پیدا
                                کنیم.</p>
                            """),
                        ),
                    ],
                ),
            ],
        },
        "category": "integration",
        "target_groups": ["migrants-and-refugees", "adults", "families"],
        "channels": {
            "at_branch": True,
            "at_mobile_unit": False,
            "by_phone": True,
            "home_visit": False,
        },
        "what_to_bring": {
            "el": _t("""
                <p>Αν τα έχετε: διαβατήριο, άδεια διαμονής ή κάρτα αιτούντος άσυλο, και
                ΑΜΚΑ ή ΠΑΑΥΠΑ. <b>Μπορείτε να γραφτείτε στα μαθήματα και χωρίς
                χαρτιά.</b></p>
            """),
            "en": _t("""
                <p>If you have them: passport, residence permit or asylum seeker's card,
                and AMKA or PAAYPA. <b>You can join the lessons even without papers.</b></p>
            """),
            "ar": _t("""
                <p>إذا كانت معك: جواز السفر، أو تصريح الإقامة، أو بطاقة طالب اللجوء، ورقم الضمان
                الاجتماعي (\u2066ΑΜΚΑ\u2069) أو الرقم الصحي المؤقت للأجانب (\u2066ΠΑΑΥΠΑ\u2069).
                <b>يمكنك التسجيل في الدروس حتى دون أوراق.</b></p>
            """),
            "fa": _t("""
                <p>اگر دارید: پاسپورت، اجازهٔ اقامت یا کارت پناه‌جویی، و شمارهٔ تأمین اجتماعی
                (\u2066ΑΜΚΑ\u2069) یا شمارهٔ موقت بیمه و درمان اتباع خارجی (\u2066ΠΑΑΥΠΑ\u2069).
                <b>بدون مدرک هم می‌توانید در کلاس‌ها ثبت‌نام کنید.</b></p>
            """),
        },
        "branches": ["kem"],
        "mobile_units": [],
        "bookable": False,
        "appointment_minutes": 30,
        "home": False,
    },
    # ------------------------------------------------------------ interpreting
    {
        "key": "interpreting",
        "slug": {
            "el": "diermineia",
            "en": "interpreting",
            "ar": "الترجمة-الشفهية",
            "fa": "مترجم-شفاهی",
        },
        "title": {
            "el": "Διερμηνεία: αραβικά, φαρσί και άλλες γλώσσες",
            "en": "Interpreting: Arabic, Farsi and other languages",
            "ar": "الترجمة الشفهية: العربية والفارسية ولغات أخرى",
            "fa": "مترجم شفاهی: عربی، فارسی و زبان‌های دیگر",
        },
        "summary": {
            "el": _t("""
                Αν δεν μιλάτε καλά ελληνικά, φέρνουμε δωρεάν διερμηνέα στο ραντεβού σας:
                στο παράρτημα, στην κινητή μονάδα ή στο τηλέφωνο.
            """),
            "en": _t("""
                If you do not speak Greek well, we bring a free interpreter to your
                appointment: at a branch, at the mobile unit or on the phone.
            """),
            "ar": _t("""
                إذا كانت اليونانية صعبة عليك، نوفّر لك مترجمًا مجانًا في موعدك: في
                الفرع، أو في الوحدة المتنقلة، أو عبر الهاتف.
            """),
            "fa": _t("""
                اگر یونانی را خوب صحبت نمی‌کنید، برای نوبت شما مترجم رایگان می‌آوریم: در
                شعبه، در واحد سیار یا پشت تلفن.
            """),
        },
        "body": {
            "el": [
                ("h2", "Ποιες γλώσσες"),
                (
                    "p",
                    _t("""
                        <p>Αραβικά και φαρσί (και νταρί), σχεδόν πάντα. Αν μας το πείτε
                        λίγες μέρες πριν, βρίσκουμε διερμηνέα και για ουρντού, πάστο,
                        σομαλικά, γαλλικά, κουρμαντζί και άλλες γλώσσες. Για τα ρομανί μάς
                        βοηθούν διαμεσολαβητές από την κοινότητα των Ρομά.</p>
                    """),
                ),
                ("h2", "Πώς το ζητάτε"),
                (
                    "p",
                    _t("""
                        <p>Πείτε μας ποια γλώσσα μιλάτε όταν κλείνετε ραντεβού, στον
                        ιστότοπο ή στο τηλέφωνο, καλύτερα τρεις μέρες πριν. Αν δεν γίνεται
                        αλλιώς, ο διερμηνέας συνδέεται από το τηλέφωνο.</p>
                        <p>Ο διερμηνέας κρατά το απόρρητο, όπως όλη η ομάδα μας. Μεταφράζει
                        ό,τι λέτε, χωρίς να προσθέτει τη γνώμη του. Αν προτιμάτε γυναίκα
                        διερμηνέα, πείτε μας το.</p>
                    """),
                ),
            ],
            "en": [
                ("h2", "Which languages"),
                (
                    "p",
                    _t("""
                        <p>Arabic and Farsi (also Dari), almost always. If you tell us a
                        few days before, we also find interpreters for Urdu, Pashto,
                        Somali, French, Kurmanji and other languages. For Romani, mediators
                        from the Roma community help us.</p>
                    """),
                ),
                ("h2", "How to ask for one"),
                (
                    "p",
                    _t("""
                        <p>Tell us which language you speak when you book your appointment,
                        on the website or by phone, best three days before. If there is no
                        other way, the interpreter joins by phone.</p>
                        <p>The interpreter keeps everything confidential, like all our
                        team. They translate what you say, without adding their own
                        opinion. If you prefer a woman interpreter, tell us.</p>
                    """),
                ),
            ],
            "ar": [
                ("h2", "ما هي اللغات؟"),
                (
                    "p",
                    _t("""
                        <p>العربية والفارسية (الدرية أيضًا)، في أغلب الأحيان. وإذا
                        أخبرتنا قبل بضعة أيام، نجد أيضًا مترجمين للأردية والبشتو والصومالية
                        والفرنسية والكرمانجية ولغات أخرى. وللغة الروما يساعدنا وسطاء من
                        مجتمع الروما.</p>
                    """),
                ),
                ("h2", "كيف أطلب مترجمًا؟"),
                (
                    "p",
                    _t("""
                        <p>يكفي ذكر لغتك عند حجز الموعد، على الموقع أو بالهاتف، ومن الأفضل
                        قبل الموعد بثلاثة أيام. وإذا لم يكن هناك حل آخر، يشارك المترجم عبر
                        الهاتف.</p>
                        <p>يحافظ المترجم على السرية، مثل كل فريقنا. وينقل ما يُقال دون أن يضيف رأيه.
                        وإذا كان من الأفضل لك أن تكون المترجمة امرأة، يكفي إخبارنا بذلك.</p>
                    """),
                ),
            ],
            "fa": [
                ("h2", "کدام زبان‌ها"),
                (
                    "p",
                    _t("""
                        <p>عربی و فارسی (و دری)، تقریباً همیشه. اگر چند روز زودتر خبر
                        بدهید، برای اردو، پشتو، سومالیایی، فرانسوی، کرمانجی و زبان‌های دیگر
                        هم مترجم پیدا می‌کنیم. برای زبان مردم روما، میانجی‌هایی از جامعهٔ
                        روما به ما کمک می‌کنند.</p>
                    """),
                ),
                ("h2", "چطور مترجم بخواهید"),
                (
                    "p",
                    _t("""
                        <p>وقتی نوبت می‌گیرید، در سایت یا با تلفن، به ما بگویید به چه زبانی
                        صحبت می‌کنید؛ بهتر است سه روز زودتر. اگر راه دیگری نباشد، مترجم
                        تلفنی در گفت‌وگو شرکت می‌کند.</p>
                        <p>مترجم هم مثل همهٔ گروه ما رازدار است. هر چه می‌گویید ترجمه
                        می‌کند، بدون اینکه نظر خودش را اضافه کند. اگر ترجیح می‌دهید مترجمتان
                        زن باشد، به ما بگویید.</p>
                    """),
                ),
            ],
        },
        "category": "integration",
        "target_groups": ["migrants-and-refugees", "roma"],
        "channels": ALL_CHANNELS_BUT_HOME,
        "what_to_bring": {
            "el": "<p>Τίποτα. Πείτε μας μόνο ποια γλώσσα μιλάτε.</p>",
            "en": "<p>Nothing. Just tell us which language you speak.</p>",
            "ar": "<p>لا شيء. يكفي إخبارنا بلغتك.</p>",
            "fa": "<p>هیچ چیز. فقط به ما بگویید به چه زبانی صحبت می‌کنید.</p>",
        },
        "branches": ["central", "kem", "roma"],
        "mobile_units": ["unit-1", "unit-2"],
        "bookable": False,
        "appointment_minutes": 30,
        "home": False,
    },
    # ----------------------------------------- older people and disabilities
    {
        "key": "older-people-and-disability",
        "slug": {
            "el": "ilikiomenoi-kai-atoma-me-anapiria",
            "en": "older-people-and-people-with-disabilities",
            "ar": "دعم-كبار-السن-وذوي-الإعاقة",
            "fa": "حمایت-از-سالمندان-و-افراد-دارای-معلولیت",
        },
        "title": {
            "el": "Στήριξη ηλικιωμένων και ατόμων με αναπηρία",
            "en": "Support for older people and people with disabilities",
            "ar": "دعم كبار السن والأشخاص ذوي الإعاقة",
            "fa": "حمایت از سالمندان و افراد دارای معلولیت",
        },
        "summary": {
            "el": _t("""
                Βοήθεια με το ΚΕΠΑ, τα επιδόματα αναπηρίας, το πρόγραμμα «Βοήθεια στο
                Σπίτι» και τα ΚΑΠΗ. Σε εξαιρετικές περιπτώσεις ερχόμαστε στο σπίτι σας.
            """),
            "en": _t("""
                Help with disability assessment (KEPA), disability benefits, the “Help at
                Home” programme and KAPI day centres. In exceptional cases we visit you at
                home.
            """),
            "ar": _t("""
                مساعدة في تقييم الإعاقة (\u2066ΚΕΠΑ\u2069)، وإعانات الإعاقة، وبرنامج «المساعدة في
                البيت»، والمراكز النهارية لكبار السن (\u2066ΚΑΠΗ\u2069). وفي حالات استثنائية نزورك
                في بيتك.
            """),
            "fa": _t("""
                کمک در ارزیابی معلولیت (\u2066ΚΕΠΑ\u2069)، کمک‌هزینه‌های معلولیت، برنامهٔ «کمک در
                خانه» و مراکز روزانهٔ سالمندان (\u2066ΚΑΠΗ\u2069). در موارد استثنایی به خانهٔ شما
                می‌آییم.
            """),
        },
        "body": {
            "el": [
                ("h2", "Με τι βοηθάμε"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>Αίτηση για πιστοποίηση αναπηρίας στο ΚΕΠΑ και για επιδόματα
                        αναπηρίας.</li>
                        <li>Ένταξη στο πρόγραμμα «Βοήθεια στο Σπίτι», για ανθρώπους που
                        ζουν μόνοι και δεν μπορούν να φροντίσουν πλήρως τον εαυτό
                        τους.</li>
                        <li>Γνωριμία με τα ΚΑΠΗ του Δήμου, όπου θα βρείτε παρέα, γυμναστική,
                        εκδρομές και φυσικοθεραπεία.</li>
                        <li>Παραπομπή στο Κοινωνικό Παντοπωλείο και στο Κοινωνικό Φαρμακείο
                        του Δήμου.</li>
                        </ul>
                    """),
                ),
                ("h2", "Επίσκεψη στο σπίτι"),
                (
                    "p",
                    _t(f"""
                        <p>Αν δεν μπορείτε να βγείτε από το σπίτι, τηλεφωνήστε μας στο
                        {tel("central")}. Σε εξαιρετικές περιπτώσεις έρχεται στο σπίτι σας
                        ένας κοινωνικός λειτουργός. Μπορεί να μας τηλεφωνήσει για εσάς και
                        ένας συγγενής ή ένας γείτονας.</p>
                        <p>Οι κινητές μονάδες σταθμεύουν και έξω από ΚΑΠΗ. Το βαν έχει
                        ανυψωτική πλατφόρμα για αμαξίδιο.</p>
                    """),
                ),
            ],
            "en": [
                ("h2", "What we help with"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>Applying for a disability assessment at KEPA (ΚΕΠΑ) and for
                        disability benefits.</li>
                        <li>Joining the “Help at Home” (Βοήθεια στο Σπίτι) programme, for
                        people who live alone and cannot fully look after
                        themselves.</li>
                        <li>Getting to know the Municipality's KAPI day centres, where you
                        will find company, exercise, outings and physiotherapy.</li>
                        <li>Referral to the Municipality's social grocery and social
                        pharmacy.</li>
                        </ul>
                    """),
                ),
                ("h2", "Home visits"),
                (
                    "p",
                    _t(f"""
                        <p>If you cannot leave your home, call us on {tel("central")}. In
                        exceptional cases a social worker visits you at home. A relative or
                        a neighbour can also call us for you.</p>
                        <p>The mobile units also park outside KAPI centres. The van has a
                        wheelchair lift.</p>
                    """),
                ),
            ],
            "ar": [
                ("h2", "في ماذا نساعدك؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>تقديم طلب لتقييم الإعاقة في مركز تقييم الإعاقة (\u2066ΚΕΠΑ\u2069)، وطلب
                        إعانات
                        الإعاقة.</li>
                        <li>الانضمام إلى برنامج «المساعدة في البيت» (Βοήθεια στο Σπίτι)،
                        لمن يعيشون وحدهم ولا يستطيعون رعاية أنفسهم بالكامل.</li>
                        <li>التعرّف على المراكز النهارية لكبار السن (\u2066ΚΑΠΗ\u2069) التابعة
                        للبلدية، حيث الرفقة
                        والرياضة والرحلات والعلاج الطبيعي.</li>
                        <li>التوجيه إلى البقالة الاجتماعية والصيدلية الاجتماعية التابعتين
                        للبلدية.</li>
                        </ul>
                    """),
                ),
                ("h2", "الزيارة في البيت"),
                (
                    "p",
                    _t(f"""
                        <p>إذا تعذّر عليك الخروج من البيت، يمكنك الاتصال بنا على الرقم
                        {tel("central", "ar")}. في حالات استثنائية يزورك أخصائي اجتماعي في
                        بيتك. ويمكن أيضًا أن يتصل بنا أحد أقاربك أو جيرانك نيابةً
                        عنك.</p>
                        <p>تتوقف الوحدات المتنقلة أيضًا أمام المراكز النهارية لكبار السن
                        (\u2066ΚΑΠΗ\u2069). وفي السيارة منصة
                        رافعة للكراسي المتحركة.</p>
                    """),
                ),
            ],
            "fa": [
                ("h2", "در چه کارهایی کمک می‌کنیم"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>درخواست ارزیابی معلولیت در مرکز ارزیابی معلولیت (\u2066ΚΕΠΑ\u2069) و
                        درخواست
                        کمک‌هزینه‌های معلولیت</li>
                        <li>عضویت در برنامهٔ «کمک در خانه» (Βοήθεια στο Σπίτι)، برای
                        کسانی که تنها زندگی می‌کنند و نمی‌توانند به‌طور کامل از خودشان
                        مراقبت کنند</li>
                        <li>آشنایی با مراکز روزانهٔ سالمندان (\u2066ΚΑΠΗ\u2069) شهرداری، که در آن‌ها
                        هم‌صحبت، ورزش،
                        گردش و فیزیوتراپی پیدا می‌کنید</li>
                        <li>معرفی به فروشگاه اجتماعی مواد غذایی و داروخانهٔ اجتماعی
                        شهرداری</li>
                        </ul>
                    """),
                ),
                ("h2", "دیدار در خانه"),
                (
                    "p",
                    _t(f"""
                        <p>اگر نمی‌توانید از خانه بیرون بیایید، با شمارهٔ
                        {tel("central", "fa")} تماس بگیرید. در موارد استثنایی، یک مددکار
                        اجتماعی به خانهٔ شما می‌آید. یکی از بستگان یا همسایه‌ها هم می‌تواند
                        به جای شما با ما تماس بگیرد.</p>
                        <p>واحدهای سیار کنار مراکز روزانهٔ سالمندان (\u2066ΚΑΠΗ\u2069) هم توقف
                        می‌کنند. ون بالابر ویلچر
                        دارد.</p>
                    """),
                ),
            ],
        },
        "category": "welfare-benefits",
        "target_groups": ["older-people", "people-with-disabilities", "families"],
        "channels": {
            "at_branch": True,
            "at_mobile_unit": True,
            "by_phone": True,
            "home_visit": True,
        },
        "what_to_bring": {
            "el": _t("""
                <p>Αν τα έχετε: ταυτότητα, ΑΜΚΑ, την τελευταία απόφαση του ΚΕΠΑ και
                ιατρικές γνωματεύσεις. <b>Αν δεν τα βρίσκετε, ελάτε και χωρίς αυτά.</b></p>
            """),
            "en": _t("""
                <p>If you have them: ID card, AMKA, your last KEPA decision and medical
                reports. <b>If you cannot find them, come without them.</b></p>
            """),
            "ar": _t("""
                <p>إذا كانت معك: بطاقة الهوية، ورقم الضمان الاجتماعي (\u2066ΑΜΚΑ\u2069)، وآخر قرار
                من مركز تقييم الإعاقة (\u2066ΚΕΠΑ\u2069)، والتقارير
                الطبية. <b>وإذا لم تكن متوفرة، يمكنك المجيء دونها.</b></p>
            """),
            "fa": _t("""
                <p>اگر دارید: کارت شناسایی، شمارهٔ تأمین اجتماعی (\u2066ΑΜΚΑ\u2069)، آخرین رأی مرکز
                ارزیابی معلولیت (\u2066ΚΕΠΑ\u2069) و گزارش‌های
                پزشکی. <b>اگر آن‌ها را پیدا نمی‌کنید، بدون آن‌ها بیایید.</b></p>
            """),
        },
        "branches": ["central"],
        "mobile_units": ["unit-1", "unit-2"],
        "bookable": False,
        "appointment_minutes": 45,
        "home": False,
    },
]
