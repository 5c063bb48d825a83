"""Demo texts of activities (`activities.demo`): a local space and four activities in four
languages."""

INDEX = {
    "slug": {"el": "drastiriotites", "en": "whats-on", "ar": "الأنشطة", "fa": "فعالیت-ها"},
    "title": {"el": "Δραστηριότητες", "en": "What's on", "ar": "الأنشطة", "fa": "فعالیت‌ها"},
    "intro": {
        "el": "Μαθήματα, εργαστήρια και ενημερώσεις, δωρεάν, για όλους.",
        "en": "Courses, workshops and information sessions, free, for everyone.",
        "ar": "دورات وورش عمل وجلسات إعلامية، مجانًا، للجميع.",
        "fa": "دوره‌ها، کارگاه‌ها و جلسات اطلاع‌رسانی، رایگان، برای همه.",
    },
}

# A community's own room, run by a branch (`activities.models.LocalSpace`).
LOCAL_SPACES = [
    {
        "key": "kaminia-hall",
        "branch": "parartima-roma",  # the branch that runs it (slug_el)
        "community": "3i-koinotita",
        "name": {
            "el": "Αίθουσα του συλλόγου της γειτονιάς, Καμίνια",
            "en": "Neighbourhood association hall, Kaminia",
            "ar": "قاعة جمعية الحي، كامينيا",
            "fa": "سالن انجمن محله، کامینیا",
        },
        "address": {
            "el": "Πλαστήρα 18, Καμίνια",
            "en": "18 Plastira Street, Kaminia",
            "ar": "شارع بلاستيرا 18، كامينيا (Πλαστήρα 18)",
            "fa": "خیابان پلاستیرا، پلاک 18، کامینیا (Πλαστήρα 18)",
        },
        "postal_code": "185 40",
        "latitude": "37.960900",
        "longitude": "23.667800",
        "directions": {
            "el": "Δίπλα στην παιδική χαρά, η πράσινη πόρτα.",
            "en": "Next to the playground, the green door.",
            "ar": "بجانب ملعب الأطفال، الباب الأخضر.",
            "fa": "کنار زمین بازی کودکان، در سبز.",
        },
        "accessibility": {
            "el": "Ισόγειο χωρίς σκαλιά. Δεν υπάρχει προσβάσιμη τουαλέτα.",
            "en": "Ground floor, no steps. There is no accessible toilet.",
            "ar": "طابق أرضي بلا درجات. لا يوجد مرحاض مهيّأ للكراسي المتحركة.",
            "fa": "طبقهٔ همکف، بدون پله. سرویس بهداشتی مناسب ویلچر ندارد.",
        },
    },
]

ACTIVITIES = [
    {
        "key": "greek-course",
        "place": ("branch", "parartima-kem"),
        "groups": ["migrants-and-refugees", "adults"],
        "held_in": "el",
        "age_min": 18,
        "seats": 12,
        "seats_per": "series",
        "attendance": "sign_up",
        "rule": "RRULE:FREQ=WEEKLY;BYDAY=TU,TH",
        "start": "17:00",
        "end": "19:00",
        "weeks": 12,
        "sign_ups": 12,  # the course is full …
        "waiting": 3,  # … and three people wait
        "slug": {
            "el": "mathimata-ellinikon",
            "en": "greek-course",
            "ar": "دورة-اللغة-اليونانية",
            "fa": "دوره-زبان-یونانی",
        },
        "title": {
            "el": "Μαθήματα ελληνικών για ενήλικες",
            "en": "Greek lessons for adults",
            "ar": "دروس اللغة اليونانية للبالغين",
            "fa": "کلاس زبان یونانی برای بزرگسالان",
        },
        "summary": {
            "el": (
                "Ελληνικά για την καθημερινή ζωή, δύο φορές την εβδομάδα, για "
                "μετανάστες και πρόσφυγες."
            ),
            "en": "Greek for everyday life, twice a week, for migrants and refugees.",
            "ar": "اللغة اليونانية للحياة اليومية، مرتين في الأسبوع، للمهاجرين واللاجئين.",
            "fa": "یونانی برای زندگی روزمره، هفته‌ای دو بار، برای مهاجران و پناهندگان.",
        },
        "description": {
            "el": (
                "Δώδεκα εβδομάδες μαθημάτων σε μικρή ομάδα: ψώνια, γιατρός, σχολείο, "
                "δημόσιες υπηρεσίες. Δεν χρειάζονται γνώσεις."
            ),
            "en": (
                "Twelve weeks of lessons in a small group: shopping, the doctor, "
                "school, public offices. No Greek needed to start."
            ),
            "ar": (
                "اثنا عشر أسبوعًا من الدروس في مجموعة صغيرة: التسوق، الطبيب، المدرسة، "
                "الدوائر العامة. لا حاجة إلى معرفة سابقة."
            ),
            "fa": (
                "دوازده هفته کلاس در گروه کوچک: خرید، پزشک، مدرسه، ادارات. برای شروع "
                "دانستن یونانی لازم نیست."
            ),
        },
        "what_to_bring": {
            "el": "Ένα τετράδιο και ένα στυλό.",
            "en": "A notebook and a pen.",
            "ar": "دفتر وقلم.",
            "fa": "یک دفتر و یک خودکار.",
        },
        "accessibility": {
            "el": "Αίθουσα στο ισόγειο, προσβάσιμη με αναπηρικό αμαξίδιο.",
            "en": "Ground-floor room, wheelchair accessible.",
            "ar": "قاعة في الطابق الأرضي، يمكن الوصول إليها بالكرسي المتحرك.",
            "fa": "کلاس در طبقهٔ همکف، قابل دسترسی با ویلچر.",
        },
    },
    {
        "key": "children-workshop",
        "place": ("branch", None),  # the first branch that is not the ΚΕΜ
        "groups": ["children-and-teenagers", "families"],
        "held_in": "el",
        "age_min": 6,
        "age_max": 11,
        "seats": 15,
        "seats_per": "session",
        "attendance": "sign_up",
        "rule": "RRULE:FREQ=WEEKLY;BYDAY=SA",
        "start": "11:00",
        "end": "13:00",
        "weeks": 6,
        "sign_ups": 4,
        "waiting": 0,
        "slug": {
            "el": "diapolitismiko-ergastirio",
            "en": "intercultural-workshop",
            "ar": "ورشة-بين-الثقافات",
            "fa": "کارگاه-میان-فرهنگی",
        },
        "title": {
            "el": "Διαπολιτισμικό εργαστήριο για παιδιά",
            "en": "Intercultural workshop for children",
            "ar": "ورشة بين الثقافات للأطفال",
            "fa": "کارگاه میان‌فرهنگی برای کودکان",
        },
        "summary": {
            "el": "Παιχνίδια, ζωγραφική και ιστορίες από όλο τον κόσμο, κάθε Σάββατο πρωί.",
            "en": "Games, drawing and stories from around the world, every Saturday morning.",
            "ar": "ألعاب ورسم وقصص من كل أنحاء العالم، كل سبت صباحًا.",
            "fa": "بازی، نقاشی و قصه‌هایی از سراسر جهان، هر شنبه صبح.",
        },
        "description": {
            "el": (
                "Τα παιδιά γνωρίζουν το ένα το άλλο μέσα από το παιχνίδι. Οι γονείς "
                "μπορούν να μείνουν."
            ),
            "en": "Children get to know one another through play. Parents are welcome to stay.",
            "ar": "يتعرّف الأطفال على بعضهم من خلال اللعب. يمكن للأهل البقاء.",
            "fa": "کودکان از راه بازی با هم آشنا می‌شوند. والدین می‌توانند بمانند.",
        },
        "what_to_bring": {"el": "", "en": "", "ar": "", "fa": ""},
        "accessibility": {
            "el": "Προσβάσιμο με αναπηρικό αμαξίδιο· ήσυχη γωνιά για όποιο παιδί τη χρειαστεί.",
            "en": "Wheelchair accessible; a quiet corner for any child who needs it.",
            "ar": "يمكن الوصول إليها بالكرسي المتحرك؛ ركن هادئ لأي طفل يحتاجه.",
            "fa": "قابل دسترسی با ویلچر؛ گوشه‌ای آرام برای هر کودکی که نیاز داشته باشد.",
        },
    },
    {
        "key": "benefit-info",
        "place": ("stop", None),  # the first stop of the demo vans
        "groups": ["families", "older-people"],
        "held_in": "el",
        "seats": 20,
        "seats_per": "session",
        "attendance": "drop_in",
        "rule": None,  # one session, in two weeks
        "start": "11:00",
        "end": "12:00",
        "in_days": 14,
        "sign_ups": 0,
        "waiting": 0,
        "slug": {
            "el": "enimerosi-epidoma-thermansis",
            "en": "heating-allowance-information",
            "ar": "جلسة-إعلامية-بدل-التدفئة",
            "fa": "جلسه-اطلاع-رسانی-کمک-هزینه-گرمایش",
        },
        "title": {
            "el": "Ενημέρωση: το επίδομα θέρμανσης",
            "en": "Information session: the heating allowance",
            "ar": "جلسة إعلامية: بدل التدفئة",
            "fa": "جلسهٔ اطلاع‌رسانی: کمک‌هزینهٔ گرمایش",
        },
        "summary": {
            "el": (
                "Ποιος το δικαιούται, τι χαρτιά χρειάζονται, πώς γίνεται η αίτηση. "
                "Ελάτε χωρίς εγγραφή."
            ),
            "en": "Who can get it, which papers you need, how to apply. Just come, no sign-up.",
            "ar": "من يحق له، ما الأوراق المطلوبة، كيف تقدّم الطلب. تعالَ دون تسجيل.",
            "fa": (
                "چه کسی می‌تواند بگیرد، چه مدارکی لازم است، چگونه درخواست دهید. بدون ثبت‌نام بیایید."
            ),
        },
        "description": {"el": "", "en": "", "ar": "", "fa": ""},
        "what_to_bring": {
            "el": "Το ΑΜΚΑ σας και, αν έχετε, το εκκαθαριστικό της εφορίας.",
            "en": "Your social security number (AMKA) and, if you have it, your tax statement.",
            "ar": "رقم الضمان الاجتماعي (AMKA) وإن وُجد، الإشعار الضريبي.",
            "fa": "شمارهٔ تأمین اجتماعی (AMKA) و اگر دارید، برگهٔ مالیاتی.",
        },
        "accessibility": {
            "el": "Το όχημα είναι προσβάσιμο με ράμπα.",
            "en": "The van has a ramp.",
            "ar": "في الحافلة منحدر للكراسي المتحركة.",
            "fa": "خودرو رمپ دارد.",
        },
    },
    {
        "key": "stories-for-parents-and-children",
        "place": ("space", "kaminia-hall"),
        "groups": ["roma", "families", "children-and-teenagers"],
        "held_in": "el",
        "age_min": 3,
        "age_max": 6,
        "seats": 16,
        "seats_per": "session",
        "attendance": "sign_up",
        "rule": "RRULE:FREQ=WEEKLY;BYDAY=WE",
        "start": "17:00",
        "end": "18:30",
        "weeks": 8,
        "sign_ups": 3,
        "waiting": 0,
        "slug": {
            "el": "paramythia-gia-goneis-kai-paidia",
            "en": "stories-for-parents-and-children",
            "ar": "حكايات-للأهل-والأطفال",
            "fa": "قصه-برای-والدین-و-کودکان",
        },
        "title": {
            "el": "Παραμύθια για γονείς και μικρά παιδιά",
            "en": "Stories for parents and young children",
            "ar": "حكايات للأهل والأطفال الصغار",
            "fa": "قصه برای والدین و کودکان خردسال",
        },
        "summary": {
            "el": (
                "Κάθε Τετάρτη απόγευμα διαβάζουμε, τραγουδάμε και ζωγραφίζουμε μαζί, "
                "στην αίθουσα της γειτονιάς."
            ),
            "en": (
                "Every Wednesday afternoon we read, sing and draw together, in the "
                "neighbourhood hall."
            ),
            "ar": "كل أربعاء بعد الظهر نقرأ ونغنّي ونرسم معًا، في قاعة الحي.",
            "fa": (
                "هر چهارشنبه بعدازظهر با هم کتاب می‌خوانیم، آواز می‌خوانیم و نقاشی "
                "می‌کشیم، در سالن محله."
            ),
        },
        "description": {
            "el": (
                "Για παιδιά 3 έως 6 ετών με τη μαμά, τον μπαμπά ή τη γιαγιά τους. "
                "Δεν χρειάζεται να ξέρετε να διαβάζετε: τις ιστορίες τις λέμε εμείς."
            ),
            "en": (
                "For children aged 3 to 6 with their mum, dad or grandmother. You do not "
                "need to read: we tell the stories."
            ),
            "ar": (
                "للأطفال من 3 إلى 6 سنوات مع الأم أو الأب أو الجدة. لا تحتاج إلى معرفة "
                "القراءة: نحن نروي الحكايات."
            ),
            "fa": (
                "برای کودکان 3 تا 6 ساله همراه مادر، پدر یا مادربزرگ. لازم نیست خواندن "
                "بلد باشید: قصه‌ها را ما تعریف می‌کنیم."
            ),
        },
        "what_to_bring": {"el": "", "en": "", "ar": "", "fa": ""},
        "accessibility": {
            "el": "Μπορείτε να έρθετε με το καρότσι του μωρού.",
            "en": "You can come with a pushchair.",
            "ar": "يمكنكم الحضور بعربة الطفل.",
            "fa": "می‌توانید با کالسکهٔ بچه بیایید.",
        },
    },
]

# Demo people (made-up numbers) who sign up, in four languages.
PEOPLE = [
    ("Ahmad Rahimi", "fa"),
    ("Fatima Al-Hassan", "ar"),
    ("Μαρία Παπαδοπούλου", "el"),
    ("John Okafor", "en"),
    ("زینب محمدی", "fa"),
    ("يوسف خليل", "ar"),
]
