"""The demo finder (`manage.py load_demo`): questions, answers, helplines, everyday words.

Mapped onto the demo catalogue's services by their English slugs. Idempotent:
questions are found by key, answers by question and key, helplines by
number, everyday words by their first English word; rows change only when
their text does.
"""

from finder.models import Answer, EverydayWords, Helpline, Question
from portal.demo.builders import set_translated
from services_catalog.models import ServicePage

RECEPTION = "reception-and-information"
BENEFITS = "welfare-benefits-and-applications"
PSYCH = "psychological-support-for-adults"
CHILDREN = "support-for-children-and-teenagers"
FAMILY = "family-counselling"
LEGAL = "legal-information"
VIOLENCE = "domestic-violence-support"
HEALTH = "health-and-prevention"
SCHOOL = "school-enrolment-for-roma-children"
GREEK = "greek-lessons-and-integration"
INTERPRETING = "interpreting"
OLDER = "older-people-and-people-with-disabilities"

QUESTIONS = [
    {
        "key": "who",
        "text": {
            "el": "Ποιος χρειάζεται βοήθεια;",
            "en": "Who needs help?",
            "ar": "مَن يحتاج إلى المساعدة؟",
            "fa": "چه کسی به کمک نیاز دارد؟",
        },
        "hint": {
            "el": "Διαλέξτε ένα.",
            "en": "Choose one.",
            "ar": "اختر إجابة واحدة.",
            "fa": "یکی را انتخاب کنید.",
        },
        "answers": [
            {
                "key": "me",
                "icon": "person",
                "label": {"el": "Εγώ", "en": "Me", "ar": "أنا", "fa": "خودم"},
                "services": [],
            },
            {
                "key": "child",
                "icon": "child",
                "label": {"el": "Το παιδί μου", "en": "My child", "ar": "طفلي", "fa": "فرزندم"},
                "services": [
                    CHILDREN,
                    FAMILY,
                    SCHOOL,
                    BENEFITS,
                    RECEPTION,
                    LEGAL,
                    HEALTH,
                    VIOLENCE,
                ],
            },
            {
                "key": "older",
                "icon": "older",
                "label": {
                    "el": "Ένας ηλικιωμένος συγγενής",
                    "en": "An older relative",
                    "ar": "قريب مُسنّ",
                    "fa": "یکی از بستگان سالمند",
                },
                "services": [OLDER, BENEFITS, RECEPTION, HEALTH, PSYCH, LEGAL, VIOLENCE],
            },
            {
                "key": "family",
                "icon": "family",
                "label": {
                    "el": "Η οικογένειά μου",
                    "en": "My family",
                    "ar": "عائلتي",
                    "fa": "خانواده‌ام",
                },
                "services": [],
            },
        ],
    },
    {
        "key": "topic",
        "text": {
            "el": "Με τι έχει να κάνει;",
            "en": "What is it about?",
            "ar": "بماذا يتعلّق الأمر؟",
            "fa": "موضوع دربارهٔ چیست؟",
        },
        "hint": {
            "el": "Διαλέξτε αυτό που ταιριάζει περισσότερο.",
            "en": "Choose what fits best.",
            "ar": "اختر الأقرب إلى حالتك.",
            "fa": "نزدیک‌ترین گزینه را انتخاب کنید.",
        },
        "answers": [
            {
                "key": "money",
                "icon": "money",
                "label": {
                    "el": "Χρήματα και επιδόματα",
                    "en": "Money and benefits",
                    "ar": "المال والإعانات",
                    "fa": "پول و کمک‌هزینه‌ها",
                },
                "services": [BENEFITS, RECEPTION],
            },
            {
                "key": "papers",
                "icon": "papers",
                "label": {
                    "el": "Χαρτιά και άδεια διαμονής",
                    "en": "Papers and residence",
                    "ar": "الأوراق والإقامة",
                    "fa": "مدارک و اقامت",
                },
                "services": [LEGAL, INTERPRETING, RECEPTION],
            },
            {
                "key": "health",
                "icon": "health",
                "label": {
                    "el": "Υγεία και συναισθήματα",
                    "en": "Health and feelings",
                    "ar": "الصحة والمشاعر",
                    "fa": "سلامت و احساسات",
                },
                "services": [PSYCH, HEALTH, CHILDREN, OLDER],
            },
            {
                "key": "violence",
                "icon": "danger",
                "danger": True,
                "label": {
                    "el": "Βία ή κίνδυνος στο σπίτι",
                    "en": "Violence or danger at home",
                    "ar": "عنف أو خطر في البيت",
                    "fa": "خشونت یا خطر در خانه",
                },
                "services": [VIOLENCE, PSYCH, FAMILY, LEGAL],
            },
            {
                "key": "self-harm",
                "icon": "health",
                "danger": True,
                "label": {
                    "el": "Σκέψεις να βλάψω τον εαυτό μου",
                    "en": "Thoughts of harming myself",
                    "ar": "أفكار بإيذاء نفسي",
                    "fa": "فکر آسیب‌زدن به خودم",
                },
                "services": [PSYCH],
            },
            {
                "key": "school",
                "icon": "school",
                "label": {
                    "el": "Παιδιά και σχολείο",
                    "en": "Children and school",
                    "ar": "الأطفال والمدرسة",
                    "fa": "کودکان و مدرسه",
                },
                "services": [SCHOOL, CHILDREN, FAMILY],
            },
            {
                "key": "work",
                "icon": "work",
                "label": {"el": "Δουλειά", "en": "Work", "ar": "العمل", "fa": "کار"},
                "services": [RECEPTION, GREEK, LEGAL],
            },
            {
                "key": "housing",
                "icon": "house",
                "label": {"el": "Σπίτι και στέγη", "en": "Housing", "ar": "السكن", "fa": "مسکن"},
                "services": [RECEPTION, BENEFITS],
            },
            {
                "key": "disability",
                "icon": "disability",
                "label": {"el": "Αναπηρία", "en": "Disability", "ar": "الإعاقة", "fa": "معلولیت"},
                "services": [OLDER, BENEFITS, RECEPTION],
            },
        ],
    },
]

HELPLINES = [
    {
        "number": "15900",
        "name": {
            "el": "Γραμμή SOS για τη βία κατά των γυναικών",
            "en": "SOS line for violence against women",
            "ar": "خط الطوارئ للعنف ضد المرأة",
            "fa": "خط اضطراری خشونت علیه زنان",
        },
        "note": {
            "el": "Όλο το 24ωρο, δωρεάν, και στα αγγλικά.",
            "en": "Day and night, free, also in English.",
            "ar": "ليلًا ونهارًا، مجانًا، وبالإنجليزية أيضًا.",
            "fa": "شبانه‌روزی، رایگان، به انگلیسی هم.",
        },
    },
    {
        "number": "1056",
        "name": {
            "el": "Γραμμή SOS για παιδιά σε κίνδυνο",
            "en": "SOS line for children at risk",
            "ar": "خط الطوارئ للأطفال المعرّضين للخطر",
            "fa": "خط اضطراری کودکان در خطر",
        },
        "note": {
            "el": "Όλο το 24ωρο, δωρεάν.",
            "en": "Day and night, free.",
            "ar": "ليلًا ونهارًا، مجانًا.",
            "fa": "شبانه‌روزی، رایگان.",
        },
    },
    {
        "number": "1018",
        "name": {
            "el": "Γραμμή παρέμβασης για την αυτοκτονία",
            "en": "Suicide prevention helpline",
            "ar": "خط المساعدة للوقاية من الانتحار",
            "fa": "خط کمک پیشگیری از خودکشی",
        },
        "note": {
            "el": "Όλο το 24ωρο.",
            "en": "Day and night.",
            "ar": "ليلًا ونهارًا.",
            "fa": "شبانه‌روزی.",
        },
    },
    {
        "number": "112",
        "name": {
            "el": "Ευρωπαϊκός αριθμός έκτακτης ανάγκης",
            "en": "European emergency number",
            "ar": "رقم الطوارئ الأوروبي",
            "fa": "شمارهٔ اضطراری اروپا",
        },
        "note": {
            "el": "Αστυνομία, ασθενοφόρο, πυροσβεστική.",
            "en": "Police, ambulance, fire brigade.",
            "ar": "الشرطة والإسعاف والإطفاء.",
            "fa": "پلیس، آمبولانس، آتش‌نشانی.",
        },
    },
]

EVERYDAY_WORDS = [
    {
        "words": {
            "el": "λεφτά, χρήματα, επίδομα, επιδόματα, επίδομα ενοικίου, "
            "ελάχιστο εγγυημένο εισόδημα, ΚΕΑ, lefta, epidoma, epidomata",
            "en": "money, benefit, benefits, allowance, cash, rent help, minimum income",
            "ar": "مال، فلوس، نقود، إعانة، مساعدة مالية، بدل إيجار",
            "fa": "پول، یارانه، کمک مالی، کمک‌هزینه، اجاره",
        },
        "services": [BENEFITS],
    },
    {
        "words": {
            "el": "χαρτιά, έγγραφα, άδεια διαμονής, ΑΜΚΑ, ΑΦΜ, άσυλο, xartia, chartia, eggrafa",
            "en": "papers, documents, residence permit, permit, asylum, AMKA, AFM",
            "ar": "أوراق، وثائق، إقامة، لجوء، تصريح إقامة",
            "fa": "مدارک، کاغذ، اقامت، پناهندگی، کارت اقامت",
        },
        "services": [LEGAL, RECEPTION],
    },
    {
        "words": {
            "el": "άγχος, στενοχώρια, κατάθλιψη, ψυχολόγος, agxos, psixologos",
            "en": "stress, sad, sadness, depression, anxiety, psychologist, someone to talk to",
            "ar": "قلق، حزن، اكتئاب، طبيب نفسي، أخصائي نفسي",
            "fa": "استرس، غم، افسردگی، روانشناس، مشاور",
        },
        "services": [PSYCH],
    },
    {
        "words": {
            "el": "σχολείο, εγγραφή στο σχολείο, sxoleio, scholeio",
            "en": "school, school enrolment, enrol, enroll",
            "ar": "مدرسة، تسجيل في المدرسة",
            "fa": "مدرسه، ثبت‌نام مدرسه",
        },
        "services": [SCHOOL, CHILDREN],
    },
    {
        "words": {
            "el": "βία, ξύλο, κακοποίηση, με χτυπάει, via",
            "en": "violence, abuse, beaten, hits me",
            "ar": "عنف، ضرب، إساءة",
            "fa": "خشونت، کتک، آزار",
        },
        "services": [VIOLENCE],
    },
]


def _services(slugs):
    return list(ServicePage.objects.filter(slug_en__in=slugs))


def _sync_m2m(obj, slugs):
    wanted = {s.pk for s in _services(slugs)}
    if {s.pk for s in obj.services.all()} != wanted:
        obj.services.set(wanted)
        return True
    return False


def load(stdout):
    for order, spec in enumerate(QUESTIONS):
        question = Question.objects.filter(key=spec["key"]).first() or Question(key=spec["key"])
        changed = set_translated(question, "text", spec["text"])
        changed |= set_translated(question, "hint", spec["hint"])
        if changed or question.sort_order != order or question.pk is None:
            question.sort_order = order
            question.save()
        for answer_order, answer_spec in enumerate(spec["answers"]):
            answer = Answer.objects.filter(question=question, key=answer_spec["key"]).first()
            answer = answer or Answer(question=question, key=answer_spec["key"])
            changed = set_translated(answer, "label", answer_spec["label"])
            danger = answer_spec.get("danger", False)
            if (
                changed
                or answer.pk is None
                or answer.icon != answer_spec["icon"]
                or answer.danger != danger
                or answer.sort_order != answer_order
            ):
                answer.icon = answer_spec["icon"]
                answer.danger = danger
                answer.sort_order = answer_order
                answer.save()
            if _sync_m2m(answer, answer_spec["services"]):
                answer.save()
    for order, spec in enumerate(HELPLINES):
        line = Helpline.objects.filter(number=spec["number"]).first() or Helpline(
            number=spec["number"]
        )
        changed = set_translated(line, "name", spec["name"])
        changed |= set_translated(line, "note", spec["note"])
        if changed or line.pk is None or line.sort_order != order:
            line.sort_order = order
            line.save()
    for spec in EVERYDAY_WORDS:
        first = spec["words"]["en"].split(",")[0]
        words = EverydayWords.objects.filter(words_en__startswith=first + ",").first()
        words = words or EverydayWords()
        if set_translated(words, "words", spec["words"]) or words.pk is None:
            words.save()
        if _sync_m2m(words, spec["services"]):
            words.save()
    stdout.write(
        f"Finder: {len(QUESTIONS)} questions, {len(HELPLINES)} helplines, "
        f"{len(EVERYDAY_WORDS)} sets of everyday words"
    )
