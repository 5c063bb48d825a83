"""The finder tests' world (not a test module): two communities, a branch, a van stop,
three services, two questions, helplines and everyday words, in four languages.

With the clock at tests.clock.NOW (Monday 11 January 2027, 09:00):
- the branch (community "kentro") is open Mon–Fri 08:00–16:00: open now;
- the van stops (community "limani") on the first and third Tuesday,
  10:00–13:30: next visit Tuesday 19 January.
"""

from decimal import Decimal
from types import SimpleNamespace

from bs4 import BeautifulSoup

from finder.models import Answer, EverydayWords, Helpline, Question
from tests import builders as b


def finder_world():
    kentro = b.community("kentro", "Κέντρο", en="Centre", ar="وسط المدينة", fa="مرکز شهر")
    limani = b.community("limani", "Λιμάνι", en="Harbour", ar="الميناء", fa="بندر")
    branch = b.branch(
        titles={
            "el": "Κεντρική δομή",
            "en": "Central office",
            "ar": "المكتب المركزي",
            "fa": "دفتر مرکزی",
        },
        community_obj=kentro,
        latitude=Decimal("37.990000"),
        longitude=Decimal("23.700000"),
    )
    unit = b.mobile_unit(
        titles={
            "el": "Κινητή Μονάδα 1",
            "en": "Mobile Unit 1",
            "ar": "الوحدة المتنقلة 1",
            "fa": "واحد سیار 1",
        }
    )
    stop = b.stop(
        unit,
        names={
            "el": "Πλατεία Λιμανιού",
            "en": "Harbour Square",
            "ar": "ساحة الميناء",
            "fa": "میدان بندر",
        },
        community_obj=limani,
    )
    stop.latitude, stop.longitude = Decimal("37.940000"), Decimal("23.640000")
    stop.save()
    benefits = b.service(
        titles={
            "el": "Επιδόματα και αιτήσεις",
            "en": "Benefits and applications",
            "ar": "الإعانات والطلبات",
            "fa": "کمک‌هزینه‌ها و درخواست‌ها",
        },
        branches=[branch],
        units=[unit],
        bookable=True,
    )
    violence = b.service(
        titles={
            "el": "Στήριξη για την ενδοοικογενειακή βία",
            "en": "Domestic violence support",
            "ar": "دعم ضحايا العنف الأسري",
            "fa": "حمایت در برابر خشونت خانگی",
        },
        branches=[branch],
        bookable=False,
    )
    psych = b.service(
        titles={
            "el": "Ψυχολογική στήριξη",
            "en": "Psychological support",
            "ar": "الدعم النفسي",
            "fa": "حمایت روانی",
        },
        branches=[branch],
        units=[unit],
    )
    b.publish(unit)
    who = Question.objects.create(
        key="who",
        sort_order=0,
        text_el="Ποιος χρειάζεται βοήθεια;",
        text_en="Who needs help?",
        text_ar="مَن يحتاج إلى المساعدة؟",
        text_fa="چه کسی به کمک نیاز دارد؟",
    )
    topic = Question.objects.create(
        key="topic",
        sort_order=1,
        text_el="Με τι έχει να κάνει;",
        text_en="What is it about?",
        text_ar="بماذا يتعلّق الأمر؟",
        text_fa="موضوع دربارهٔ چیست؟",
    )
    me = Answer.objects.create(
        question=who,
        key="me",
        icon="person",
        sort_order=0,
        label_el="Εγώ",
        label_en="Me",
        label_ar="أنا",
        label_fa="خودم",
    )
    child = Answer.objects.create(
        question=who,
        key="child",
        icon="child",
        sort_order=1,
        label_el="Το παιδί μου",
        label_en="My child",
        label_ar="طفلي",
        label_fa="فرزندم",
    )
    money = Answer.objects.create(
        question=topic,
        key="money",
        icon="money",
        sort_order=0,
        label_el="Χρήματα και επιδόματα",
        label_en="Money and benefits",
        label_ar="المال والإعانات",
        label_fa="پول و کمک‌هزینه‌ها",
    )
    danger = Answer.objects.create(
        question=topic,
        key="violence",
        icon="danger",
        sort_order=1,
        danger=True,
        label_el="Βία ή κίνδυνος στο σπίτι",
        label_en="Violence or danger at home",
        label_ar="عنف أو خطر في البيت",
        label_fa="خشونت یا خطر در خانه",
    )
    money.services.set([benefits.pk])
    money.save()
    danger.services.set([violence.pk, psych.pk])
    danger.save()
    for order, (number, name) in enumerate(
        (
            ("15900", "Γραμμή SOS για τη βία κατά των γυναικών"),
            ("1056", "Γραμμή SOS για παιδιά"),
            ("112", "Έκτακτη ανάγκη"),
        )
    ):
        Helpline.objects.create(number=number, name_el=name, sort_order=order)
    words = EverydayWords.objects.create(
        words_el="λεφτά, επίδομα, χαρτιά",
        words_en="money, benefit",
        words_ar="مال، فلوس",
        words_fa="پول، یارانه",
    )
    words.services.set([benefits.pk])
    words.save()
    return SimpleNamespace(
        kentro=kentro,
        limani=limani,
        branch=branch,
        unit=unit,
        stop=stop,
        benefits=benefits,
        violence=violence,
        psych=psych,
        who=who,
        topic=topic,
        me=me,
        child=child,
        money=money,
        danger=danger,
        words=words,
    )


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def submit_step(client, response, value):
    """Answer the step shown in `response` with `value` (None: go on without choosing),
    as a browser without JavaScript does: the GET form's action with its fields."""
    page = soup(response)
    form = page.select_one("form.finder-step")
    assert form is not None and form.get("method") == "get"
    params = [(i["name"], i["value"]) for i in form.select("input[type=hidden]")]
    radios = form.select("input[type=radio]")
    if value is not None:
        assert value in [r["value"] for r in radios], (value, [r["value"] for r in radios])
        params.append((radios[0]["name"], value))
    return client.get(form["action"], params)
