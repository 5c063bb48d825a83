"""Demo texts of the site shell in Greek, English, Arabic and Farsi.

Read by `portal.demo.site` (see `portal.demo.builders.stream` for the block
formats).
Pages are found again by their Greek slug, so changing a Greek slug here
creates a new page on the next `load_demo` instead of renaming the old one.

Words kept the same on every page:

| el                      | en               | ar                      | fa                 |
| ----------------------- | ---------------- | ----------------------- | ------------------ |
| Κέντρο Κοινότητας       | Community Centre | مركز المجتمع المحلي     | مرکز اجتماعی       |
| ραντεβού                | appointment      | موعد                    | نوبت               |
| κεντρικό γραφείο        | central office   | المكتب الرئيسي          | دفتر مرکزی         |
| παράρτημα               | branch           | فرع                     | شعبه               |
| κινητή μονάδα           | mobile unit      | الوحدة المتنقلة         | واحد سیار          |
| διερμηνέας              | interpreter      | مترجم                   | مترجم              |
| Δημοτική Κοινότητα      | municipal community | الدائرة البلدية     | ناحیهٔ شهرداری     |

Long texts are written over several lines; `_t` joins them into one line.
Phone numbers, codes and Greek acronyms in Arabic and Persian text sit between
a left-to-right isolate and a pop (LRI…PDI) so that "210 412 0000" is not shown
as "0000 412 210" and the text around them keeps its order.
"""

LRI, PDI = "\u2066", "\u2069"


def ltr(text):
    """`text` isolated as left-to-right inside right-to-left text."""
    return f"{LRI}{text}{PDI}"


PHONES = {
    "central": "210 412 0000",
    "kem": "210 412 0020",
    "roma": "210 412 0030",
    "van1": "210 412 0040",
    "van2": "210 412 0050",
}
EMAIL = "kentro.koinotitas@example.gr"
DPO_EMAIL = "dpo.dimos@example.gr"


def _t(text):
    """One line of text from a text written over several lines."""
    return " ".join(text.split())


def tel(key, lang="el"):
    """A phone link to one of our PHONES, readable in every language."""
    number = PHONES[key]
    shown = ltr(number) if lang in ("ar", "fa") else number
    return f'<a href="tel:+30{number.replace(" ", "")}">{shown}</a>'


def mail(address=EMAIL):
    return f'<a href="mailto:{address}">{address}</a>'


def emergency(number):
    return f'<a href="tel:{number}"><b>{number}</b></a>'


ORGANISATION = {
    "city": {"el": "Πειραιάς", "en": "Piraeus", "ar": "بيرايوس", "fa": "پیرئوس"},
    "organisation_name": {
        "el": "Κέντρο Κοινότητας Δήμου Πειραιά",
        "en": "Community Centre of the Municipality of Piraeus",
        "ar": "مركز المجتمع المحلي في بلدية بيرايوس",
        "fa": "مرکز اجتماعی شهرداری پیرئوس",
    },
    "address": {
        "el": "Πλατεία Κοραή 1, 185 35 Πειραιάς",
        "en": "1 Korai Square, 185 35 Piraeus",
        "ar": "ساحة كورايس 1، بيرايوس (Πλατεία Κοραή 1, 185 35 Πειραιάς)",
        "fa": "میدان کرائیس، پلاک 1، پیرئوس (Πλατεία Κοραή 1, 185 35 Πειραιάς)",
    },
    "opening_hours": {
        "el": "Δευτέρα έως Παρασκευή, 08:00–16:00\nΚλειστά τις επίσημες αργίες",
        "en": "Monday to Friday, 08:00–16:00\nClosed on public holidays",
        "ar": "من الاثنين إلى الجمعة، من 8 صباحًا حتى 4 بعد الظهر\nمغلق في أيام العطل الرسمية",
        "fa": "دوشنبه تا جمعه، ساعت 8 صبح تا 4 بعدازظهر\nروزهای تعطیل رسمی بسته است",
    },
    "phone": PHONES["central"],
    "email": EMAIL,
}

HOME = {
    "slug": {
        "el": "kentro-koinotitas",
        "en": "community-centre",
        "ar": "مركز-المجتمع-المحلي",
        "fa": "مرکز-اجتماعی",
    },
    "title": {
        "el": "Κέντρο Κοινότητας Δήμου Πειραιά",
        "en": "Community Centre of the Municipality of Piraeus",
        "ar": "مركز المجتمع المحلي في بلدية بيرايوس",
        "fa": "مرکز اجتماعی شهرداری پیرئوس",
    },
    "intro": {
        "el": _t("""
            Στο Κέντρο Κοινότητας βρίσκετε βοήθεια για πολλά θέματα, σε ένα μέρος.
            Όλες οι υπηρεσίες μας είναι δωρεάν. Είμαστε εδώ για όλους όσοι ζουν
            στον Δήμο Πειραιά.
        """),
        "en": _t("""
            At the Community Centre you can get help with many things, all in one place.
            All our services are free. We are here for everyone who lives in the
            Municipality of Piraeus.
        """),
        "ar": _t("""
            في مركز المجتمع المحلي يمكنك الحصول على المساعدة في أمور كثيرة، في مكان واحد.
            جميع خدماتنا مجانية. نحن هنا لكل من يعيش في بلدية بيرايوس.
        """),
        "fa": _t("""
            در مرکز اجتماعی می‌توانید برای کارهای مختلف، همه در یک جا، کمک بگیرید.
            همهٔ خدمات ما رایگان است. ما در خدمت همهٔ کسانی هستیم که در محدودهٔ
            شهرداری پیرئوس زندگی می‌کنند.
        """),
    },
    "book_heading": {
        "el": "Κλείστε ραντεβού",
        "en": "Book an appointment",
        "ar": "حجز موعد",
        "fa": "نوبت بگیرید",
    },
    "book_text": {
        "el": _t("""
            Κλείστε ραντεβού εδώ, στον ιστότοπο, ή με ένα τηλεφώνημα. Μπορείτε
            επίσης να έρθετε σε ένα παράρτημα ή στην κινητή μονάδα, όταν έρχεται
            στη γειτονιά σας. Δεν χρειάζεστε e-mail.
        """),
        "en": _t("""
            Book an appointment here on the website or by phone. You can also come
            to one of our branches, or to the mobile unit when it visits your
            neighbourhood. You do not need an e-mail address.
        """),
        "ar": _t("""
            يمكنك حجز موعد هنا على الموقع أو بالهاتف. ويمكنك أيضًا المجيء إلى أحد فروعنا، أو إلى
            الوحدة المتنقلة عندما تزور حيّك. لا حاجة إلى بريد إلكتروني.
        """),
        "fa": _t("""
            از همین سایت یا با تلفن نوبت بگیرید. همچنین می‌توانید به یکی از
            شعبه‌های ما بیایید، یا وقتی واحد سیار به محلهٔ شما می‌آید، به آن سر
            بزنید. به ایمیل نیازی ندارید.
        """),
    },
    "book_page": "book",
    "body": {
        "el": [
            ("h2", "Τι κάνουμε"),
            (
                "p",
                _t("""
                    <p>Σας ακούμε, σας ενημερώνουμε και σας βοηθάμε να βρείτε λύση.
                    Για παράδειγμα:</p>
                    <ul>
                    <li>Υποδοχή και ενημέρωση για τις υπηρεσίες του Δήμου και του κράτους.</li>
                    <li>Βοήθεια με επιδόματα και αιτήσεις, όπως το Ελάχιστο Εγγυημένο
                    Εισόδημα.</li>
                    <li>Ψυχοκοινωνική στήριξη για παιδιά και ενήλικες.</li>
                    <li>Νομική ενημέρωση.</li>
                    <li>Παραπομπή σε υπηρεσίες υγείας.</li>
                    <li>Πρόληψη της ενδοοικογενειακής βίας και βοήθεια σε όσους τη
                    ζουν.</li>
                    <li>Στήριξη μεταναστών και προσφύγων στο Κέντρο Ένταξης Μεταναστών
                    (ΚΕΜ).</li>
                    <li>Στήριξη οικογενειών Ρομά στο παράρτημα Ρομά.</li>
                    <li>Δύο κινητές μονάδες, που επισκέπτονται τις γειτονιές του
                    Πειραιά.</li>
                    </ul>
                    <p>Αν μιλάτε αραβικά ή φαρσί, μπορούμε να φέρουμε διερμηνέα, δωρεάν.
                    Πείτε μας το όταν κλείνετε ραντεβού.</p>
                """),
            ),
            ("h2", "Ποιος μπορεί να έρθει"),
            (
                "p",
                _t("""
                    <p>Όποιος ζει στον Δήμο Πειραιά: οικογένειες, παιδιά και νέοι,
                    ηλικιωμένοι, άτομα με αναπηρία, άνεργοι, μετανάστες και πρόσφυγες,
                    Ρομά.</p>
                    <p>Δεν χρειάζεται να έχετε όλα τα χαρτιά σας για να μιλήσετε μαζί μας.
                    Ό,τι μας λέτε μένει μεταξύ μας.</p>
                """),
            ),
            (
                "cta",
                "Επικοινωνία",
                "Διευθύνσεις, τηλέφωνα και ώρες για όλα τα σημεία μας.",
                "contact",
            ),
        ],
        "en": [
            ("h2", "What we do"),
            (
                "p",
                _t("""
                    <p>We listen to you, give you information and help you find a solution.
                    For example:</p>
                    <ul>
                    <li>Reception and information about the services of the Municipality
                    and the State.</li>
                    <li>Help with welfare benefits and applications, such as the Minimum
                    Guaranteed Income.</li>
                    <li>Psychosocial support for children and adults.</li>
                    <li>Legal information.</li>
                    <li>Referral to health services.</li>
                    <li>Prevention of domestic violence, and help for people who face
                    it.</li>
                    <li>Support for migrants and refugees at the Migrant Integration Centre
                    (KEM).</li>
                    <li>Support for Roma families at the Roma branch.</li>
                    <li>Two mobile units that visit the neighbourhoods of Piraeus.</li>
                    </ul>
                    <p>If you speak Arabic or Farsi, we can arrange a free interpreter.
                    Tell us when you book your appointment.</p>
                """),
            ),
            ("h2", "Who can come"),
            (
                "p",
                _t("""
                    <p>Everyone who lives in the Municipality of Piraeus: families,
                    children and young people, older people, people with disabilities,
                    people without work, migrants and refugees, Roma.</p>
                    <p>You do not need to have all your papers to talk to us. What you tell
                    us stays between us.</p>
                """),
            ),
            (
                "cta",
                "Contact us",
                "Addresses, phone numbers and opening hours of all our places.",
                "contact",
            ),
        ],
        "ar": [
            ("h2", "ماذا نقدّم"),
            (
                "p",
                _t("""
                    <p>نستمع إليك، ونعطيك المعلومات، ونساعدك على إيجاد حل. مثلًا:</p>
                    <ul>
                    <li>الاستقبال والمعلومات عن خدمات البلدية والدولة.</li>
                    <li>المساعدة في الإعانات الاجتماعية والطلبات، مثل الحد الأدنى للدخل
                    المضمون.</li>
                    <li>الدعم النفسي والاجتماعي للأطفال والكبار.</li>
                    <li>معلومات قانونية.</li>
                    <li>التوجيه إلى الخدمات الصحية.</li>
                    <li>الوقاية من العنف الأسري، ومساعدة من يتعرّضون له.</li>
                    <li>دعم المهاجرين واللاجئين في مركز إدماج المهاجرين (\u2066ΚΕΜ\u2069).</li>
                    <li>دعم عائلات الروما في فرع الروما.</li>
                    <li>وحدتان متنقلتان تزوران أحياء بيرايوس.</li>
                    </ul>
                    <p>لمن يتحدث العربية أو الفارسية، يمكننا توفير مترجم مجانًا. يكفي ذكر
                    ذلك عند حجز الموعد.</p>
                """),
            ),
            ("h2", "من يمكنه أن يأتي؟"),
            (
                "p",
                _t("""
                    <p>كل من يعيش في بلدية بيرايوس: العائلات، والأطفال والشباب، وكبار
                    السن، والأشخاص ذوو الإعاقة، والعاطلون عن العمل، والمهاجرون واللاجئون،
                    والروما.</p>
                    <p>لا يلزم أن تكون معك كل أوراقك للحديث معنا. وكل ما يُقال لنا يبقى
                    بيننا.</p>
                """),
            ),
            (
                "cta",
                "اتصل بنا",
                "العناوين وأرقام الهاتف وساعات العمل لكل أماكننا.",
                "contact",
            ),
        ],
        "fa": [
            ("h2", "چه کارهایی انجام می‌دهیم"),
            (
                "p",
                _t("""
                    <p>به حرف‌های شما گوش می‌دهیم، به شما اطلاعات می‌دهیم و کمک
                    می‌کنیم راه‌حل پیدا کنید. برای مثال:</p>
                    <ul>
                    <li>پذیرش و اطلاع‌رسانی دربارهٔ خدمات شهرداری و دولت</li>
                    <li>کمک برای کمک‌هزینه‌ها و درخواست‌ها، مانند «حداقل درآمد
                    تضمین‌شده»</li>
                    <li>حمایت روانی و اجتماعی برای کودکان و بزرگسالان</li>
                    <li>اطلاعات حقوقی</li>
                    <li>معرفی به خدمات بهداشتی و درمانی</li>
                    <li>پیشگیری از خشونت خانگی و کمک به کسانی که با آن روبه‌رو هستند</li>
                    <li>حمایت از مهاجران و پناهندگان در مرکز ادغام مهاجران (\u2066ΚΕΜ\u2069)</li>
                    <li>حمایت از خانواده‌های روما در شعبهٔ روما</li>
                    <li>دو واحد سیار که به محله‌های پیرئوس می‌روند</li>
                    </ul>
                    <p>اگر عربی یا فارسی صحبت می‌کنید، می‌توانیم برایتان مترجم رایگان
                    بیاوریم. هنگام گرفتن نوبت به ما بگویید.</p>
                """),
            ),
            ("h2", "چه کسانی می‌توانند بیایند؟"),
            (
                "p",
                _t("""
                    <p>همهٔ کسانی که در محدودهٔ شهرداری پیرئوس زندگی می‌کنند: خانواده‌ها،
                    کودکان و نوجوانان، سالمندان، افراد دارای معلولیت، افراد بیکار،
                    مهاجران و پناهندگان، و مردم روما.</p>
                    <p>برای صحبت با ما لازم نیست همهٔ مدارکتان را داشته باشید. هر چه به ما
                    بگویید، میان ما و شما می‌ماند.</p>
                """),
            ),
            (
                "cta",
                "تماس با ما",
                "نشانی، شمارهٔ تلفن و ساعت‌های کار همهٔ مکان‌های ما.",
                "contact",
            ),
        ],
    },
}

PAGES = [
    # ------------------------------------------------------------------ about
    {
        "key": "about",
        "slug": {"el": "poioi-eimaste", "en": "about-us", "ar": "من-نحن", "fa": "درباره-ما"},
        "title": {"el": "Ποιοι είμαστε", "en": "About us", "ar": "من نحن", "fa": "دربارهٔ ما"},
        "intro": {
            "el": _t("""
                Το Κέντρο Κοινότητας είναι δωρεάν υπηρεσία του Δήμου Πειραιά. Σας
                βοηθάμε να βρείτε τη στήριξη που χρειάζεστε και δικαιούστε.
            """),
            "en": _t("""
                The Community Centre is a free service of the Municipality of Piraeus.
                We help you find the support that you need and that you have a right to.
            """),
            "ar": _t("""
                مركز المجتمع المحلي خدمة مجانية تقدّمها بلدية بيرايوس. نساعدك على الوصول إلى الدعم
                الذي يلزمك والذي هو من حقك.
            """),
            "fa": _t("""
                مرکز اجتماعی یک خدمت رایگان شهرداری پیرئوس است. به شما کمک می‌کنیم
                حمایتی را که به آن نیاز دارید و حق شماست، پیدا کنید.
            """),
        },
        "body": {
            "el": [
                ("h2", "Τι είναι το Κέντρο Κοινότητας"),
                (
                    "p",
                    _t("""
                        <p>Κέντρα Κοινότητας λειτουργούν σε δήμους σε όλη την Ελλάδα, μέσα
                        από ένα εθνικό πρόγραμμα. Είναι σημεία «μιας στάσης»: σε ένα μέρος
                        σας ενημερώνουμε, σας βοηθάμε με τις αιτήσεις σας και σας φέρνουμε
                        σε επαφή με τις υπηρεσίες που χρειάζεστε.</p>
                        <p>Το Κέντρο Κοινότητας Δήμου Πειραιά συγχρηματοδοτείται από την
                        Ευρωπαϊκή Ένωση και το Ελληνικό Δημόσιο.</p>
                    """),
                ),
                ("h2", "Πού θα μας βρείτε"),
                (
                    "p",
                    _t("""
                        <p>Εξυπηρετούμε και τις πέντε Δημοτικές Κοινότητες του Πειραιά:</p>
                        <ul>
                        <li><b>Κεντρικό γραφείο</b>, στην Πλατεία Κοραή, στο κέντρο του
                        Πειραιά.</li>
                        <li><b>Κέντρο Ένταξης Μεταναστών (ΚΕΜ)</b>, παράρτημα για μετανάστες
                        και πρόσφυγες.</li>
                        <li><b>Παράρτημα Ρομά</b>, για οικογένειες Ρομά.</li>
                        <li><b>Δύο κινητές μονάδες</b>, που έρχονται στις γειτονιές.</li>
                        </ul>
                    """),
                ),
                ("h2", "Οι κινητές μονάδες"),
                (
                    "p",
                    _t("""
                        <p>Οι κινητές μονάδες είναι οχήματα (βαν) με ψυχολόγο και κοινωνικό
                        λειτουργό. Σταθμεύουν σε κέντρα υγείας, σε πλατείες, σε παιδικούς
                        σταθμούς και σε Κέντρα Ανοιχτής Προστασίας Ηλικιωμένων (ΚΑΠΗ).
                        Έρχονται σε κάθε σημείο σε σταθερές μέρες κάθε μήνα, την ίδια ώρα.
                        Έτσι μας βρίσκετε κοντά στο σπίτι σας.</p>
                        <p>Οι κινητές μονάδες είναι προσβάσιμες σε άτομα με αναπηρία και σε
                        αμαξίδιο.</p>
                    """),
                ),
                ("h2", "Δωρεάν και εμπιστευτικά"),
                (
                    "p",
                    _t("""
                        <p>Όλες οι υπηρεσίες μας είναι δωρεάν. Ό,τι μας λέτε είναι
                        εμπιστευτικό: δεν το λέμε σε κανέναν χωρίς τη συγκατάθεσή σας, εκτός
                        αν το απαιτεί ο νόμος ή αν κάποιος κινδυνεύει.</p>
                        <p>Στην ομάδα μας εργάζονται κοινωνικοί λειτουργοί, ψυχολόγοι και
                        άλλοι επαγγελματίες. Όταν χρειάζεται, φέρνουμε διερμηνέα για αραβικά,
                        φαρσί και άλλες γλώσσες.</p>
                    """),
                ),
                ("cta", "Κλείστε ραντεβού", "Ηλεκτρονικά, με τηλέφωνο ή από κοντά.", "book"),
            ],
            "en": [
                ("h2", "What is a Community Centre?"),
                (
                    "p",
                    _t("""
                        <p>Community Centres work in municipalities all over Greece, as part
                        of a national programme. They are “one-stop shops”: in one place we
                        give you information, help you with your applications and put you in
                        touch with the services you need.</p>
                        <p>The Community Centre of the Municipality of Piraeus is co-funded by
                        the European Union and the Greek State.</p>
                    """),
                ),
                ("h2", "Where to find us"),
                (
                    "p",
                    _t("""
                        <p>We serve all five municipal communities of Piraeus:</p>
                        <ul>
                        <li><b>The central office</b>, on Korai Square in the centre of
                        Piraeus.</li>
                        <li><b>The Migrant Integration Centre (KEM)</b>, a branch for migrants
                        and refugees.</li>
                        <li><b>The Roma branch</b>, for Roma families.</li>
                        <li><b>Two mobile units</b>, which come to the neighbourhoods.</li>
                        </ul>
                    """),
                ),
                ("h2", "The mobile units"),
                (
                    "p",
                    _t("""
                        <p>The mobile units are vans with a psychologist and a social worker.
                        They park at health centres, on squares, at kindergartens and at Open
                        Care Centres for Older People (KAPI). They come to each stop on set
                        days every month, at the same time. So you can find us close to your
                        home.</p>
                        <p>The mobile units are accessible to people with disabilities and to
                        wheelchair users.</p>
                    """),
                ),
                ("h2", "Free and confidential"),
                (
                    "p",
                    _t("""
                        <p>All our services are free. What you tell us is confidential: we do
                        not tell anyone without your consent, unless the law requires it or
                        someone is in danger.</p>
                        <p>Our team includes social workers, psychologists and other
                        professionals. When needed, we arrange an interpreter for Arabic,
                        Farsi and other languages.</p>
                    """),
                ),
                ("cta", "Book an appointment", "Online, by phone or in person.", "book"),
            ],
            "ar": [
                ("h2", "ما هو مركز المجتمع المحلي؟"),
                (
                    "p",
                    _t("""
                        <p>توجد مراكز المجتمع المحلي في بلديات كثيرة في كل أنحاء اليونان،
                        ضمن برنامج وطني. وهي مكان واحد لكل شيء: نعطيك المعلومات، ونساعدك في
                        طلباتك، ونوصلك بالخدمات التي تلزمك.</p>
                        <p>يحظى مركز المجتمع المحلي في بلدية بيرايوس بتمويل مشترك من الاتحاد
                        الأوروبي والدولة اليونانية.</p>
                    """),
                ),
                ("h2", "أين نحن؟"),
                (
                    "p",
                    _t("""
                        <p>نخدم الدوائر البلدية الخمس في بيرايوس:</p>
                        <ul>
                        <li><b>المكتب الرئيسي</b> في ساحة كورايس، في وسط بيرايوس.</li>
                        <li><b>مركز إدماج المهاجرين (\u2066ΚΕΜ\u2069)</b>، وهو فرع للمهاجرين
                        واللاجئين.</li>
                        <li><b>فرع الروما</b>، لعائلات الروما.</li>
                        <li><b>وحدتان متنقلتان</b> تأتيان إلى الأحياء.</li>
                        </ul>
                    """),
                ),
                ("h2", "الوحدات المتنقلة"),
                (
                    "p",
                    _t("""
                        <p>الوحدات المتنقلة سيارات (فان) فيها أخصائي نفسي وأخصائي اجتماعي.
                        تتوقف عند المراكز الصحية، وفي الساحات، وعند رياض الأطفال، وعند مراكز
                        الرعاية المفتوحة لكبار السن (\u2066ΚΑΠΗ\u2069). تأتي إلى كل محطة في أيام
                        ثابتة من
                        كل شهر، وفي الساعة نفسها. وهكذا نكون قريبين من بيتك.</p>
                        <p>يستطيع الأشخاص ذوو الإعاقة ومستخدمو الكراسي المتحركة الدخول إلى
                        الوحدات المتنقلة.</p>
                    """),
                ),
                ("h2", "مجانًا وبسرية"),
                (
                    "p",
                    _t("""
                        <p>جميع خدماتنا مجانية. وكل ما يُقال لنا سري: لا نخبر به أحدًا دون
                        موافقتك، إلا إذا كان القانون يطلب ذلك أو كان شخص ما في خطر.</p>
                        <p>يعمل في فريقنا أخصائيون اجتماعيون وأخصائيون نفسيون ومهنيون
                        آخرون. وعند الحاجة نوفّر مترجمًا للعربية والفارسية ولغات أخرى.</p>
                    """),
                ),
                ("cta", "احجز موعدًا", "عبر الإنترنت، أو بالهاتف، أو بالحضور إلينا.", "book"),
            ],
            "fa": [
                ("h2", "مرکز اجتماعی چیست؟"),
                (
                    "p",
                    _t("""
                        <p>مراکز اجتماعی در شهرداری‌های سراسر یونان، در چارچوب یک برنامهٔ
                        ملی، کار می‌کنند. این مراکز «همه‌چیز در یک جا» هستند: در یک مکان به
                        شما اطلاعات می‌دهیم، در درخواست‌هایتان کمکتان می‌کنیم و شما را به
                        خدماتی که لازم دارید وصل می‌کنیم.</p>
                        <p>هزینهٔ مرکز اجتماعی شهرداری پیرئوس را اتحادیهٔ اروپا و دولت یونان
                        با هم تأمین می‌کنند.</p>
                    """),
                ),
                ("h2", "ما را کجا پیدا کنید"),
                (
                    "p",
                    _t("""
                        <p>ما به هر پنج ناحیهٔ شهرداری پیرئوس خدمت می‌کنیم:</p>
                        <ul>
                        <li><b>دفتر مرکزی</b>، در میدان کرائیس، در مرکز پیرئوس</li>
                        <li><b>مرکز ادغام مهاجران (\u2066ΚΕΜ\u2069)</b>، شعبه‌ای برای مهاجران و
                        پناهندگان</li>
                        <li><b>شعبهٔ روما</b>، برای خانواده‌های روما</li>
                        <li><b>دو واحد سیار</b> که به محله‌ها می‌آیند</li>
                        </ul>
                    """),
                ),
                ("h2", "واحدهای سیار"),
                (
                    "p",
                    _t("""
                        <p>واحدهای سیار ون‌هایی هستند که در آن‌ها یک روان‌شناس و یک مددکار
                        اجتماعی کار می‌کنند. این ون‌ها کنار مراکز بهداشتی، در میدان‌ها،
                        کنار مهدکودک‌ها و کنار مراکز مراقبت روزانهٔ سالمندان (\u2066ΚΑΠΗ\u2069) توقف
                        می‌کنند. هر ماه در روزهای مشخص و در ساعت ثابت به هر ایستگاه می‌آیند.
                        به این ترتیب ما را نزدیک خانهٔ خود پیدا می‌کنید.</p>
                        <p>افراد دارای معلولیت و کسانی که با ویلچر رفت‌وآمد می‌کنند،
                        می‌توانند از واحدهای سیار استفاده کنند.</p>
                    """),
                ),
                ("h2", "رایگان و محرمانه"),
                (
                    "p",
                    _t("""
                        <p>همهٔ خدمات ما رایگان است. هر چه به ما بگویید محرمانه است: بدون
                        رضایت شما آن را به کسی نمی‌گوییم، مگر اینکه قانون آن را لازم بداند
                        یا کسی در خطر باشد.</p>
                        <p>در گروه ما مددکاران اجتماعی، روان‌شناسان و متخصصان دیگر کار
                        می‌کنند. هر وقت لازم باشد، برای عربی، فارسی و زبان‌های دیگر مترجم
                        می‌آوریم.</p>
                    """),
                ),
                ("cta", "نوبت بگیرید", "از طریق اینترنت، با تلفن یا به‌صورت حضوری.", "book"),
            ],
        },
    },
    # ------------------------------------------------------------------- book
    {
        "key": "book",
        "slug": {"el": "rantevou", "en": "appointments", "ar": "حجز-موعد", "fa": "گرفتن-نوبت"},
        "title": {"el": "Ραντεβού", "en": "Appointments", "ar": "حجز موعد", "fa": "گرفتن نوبت"},
        "intro": {
            "el": _t("""
                Μπορείτε να κλείσετε ραντεβού με πολλούς τρόπους. Διαλέξτε αυτόν που
                σας βολεύει. Το ραντεβού είναι δωρεάν.
            """),
            "en": _t("""
                There are several ways to get an appointment. Choose the one that is
                easiest for you. The appointment is free.
            """),
            "ar": _t("""
                يمكنك حجز موعد بعدة طرق، واختيار الطريقة الأسهل لك. الموعد مجاني.
            """),
            "fa": _t("""
                برای گرفتن نوبت چند راه وجود دارد. راهی را انتخاب کنید که برایتان
                آسان‌تر است. نوبت رایگان است.
            """),
        },
        "body": {
            "el": [
                ("h2", "Πώς κλείνω ραντεβού"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>Ηλεκτρονικά:</b> εδώ, στον ιστότοπο. Διαλέγετε υπηρεσία,
                        σημείο, μέρα και ώρα. Χρειάζεστε μόνο ένα κινητό τηλέφωνο· το e-mail
                        δεν είναι υποχρεωτικό.</li>
                        <li><b>Με τηλέφωνο:</b> καλέστε το {tel("central")}, Δευτέρα έως
                        Παρασκευή, 08:00–16:00.</li>
                        <li><b>Από κοντά:</b> ελάτε στο κεντρικό γραφείο ή σε ένα
                        παράρτημα, τις ώρες λειτουργίας.</li>
                        <li><b>Στην κινητή μονάδα:</b> ελάτε στη στάση της, τη μέρα που
                        έρχεται στη γειτονιά σας.</li>
                        </ul>
                    """),
                ),
                ("h2", "Επίσκεψη στο σπίτι"),
                (
                    "p",
                    _t("""
                        <p>Αν δεν μπορείτε να βγείτε από το σπίτι, για παράδειγμα λόγω
                        ηλικίας, αναπηρίας ή αρρώστιας, τηλεφωνήστε μας. Σε εξαιρετικές
                        περιπτώσεις μπορεί να έρθει στο σπίτι σας κάποιος από την ομάδα
                        μας.</p>
                    """),
                ),
                ("h2", "Τι να φέρω"),
                (
                    "p",
                    _t("""
                        <p>Αν τα έχετε, φέρτε μαζί σας:</p>
                        <ul>
                        <li>ταυτότητα, διαβατήριο ή άδεια διαμονής,</li>
                        <li>ΑΜΚΑ ή ΠΑΑΥΠΑ,</li>
                        <li>χαρτιά για το θέμα σας, για παράδειγμα μια επιστολή ή μια
                        απόφαση.</li>
                        </ul>
                        <p><b>Ελάτε ακόμα κι αν δεν έχετε χαρτιά.</b> Θα δούμε μαζί τι μπορούμε
                        να κάνουμε.</p>
                    """),
                ),
                ("h2", "Διερμηνέας"),
                (
                    "p",
                    _t("""
                        <p>Αν χρειάζεστε διερμηνέα για αραβικά, φαρσί ή άλλη γλώσσα, πείτε
                        μας το όταν κλείνετε ραντεβού. Καλό είναι να μας το πείτε λίγες μέρες
                        πριν, για να βρούμε διερμηνέα εγκαίρως. Ο διερμηνέας είναι
                        δωρεάν.</p>
                    """),
                ),
                (
                    "faq",
                    "Ερωτήσεις για το ραντεβού",
                    [
                        (
                            "Μπορώ να έρθω χωρίς ραντεβού;",
                            _t("""
                                <p>Ναι, ελάτε τις ώρες λειτουργίας. Με ραντεβού όμως δεν
                                περιμένετε και σίγουρα θα είναι εκεί ο άνθρωπος που
                                χρειάζεστε.</p>
                            """),
                        ),
                        (
                            "Πόσο διαρκεί ένα ραντεβού;",
                            _t("""
                                <p>Συνήθως από μισή ώρα έως μία ώρα. Αν χρειάζεται, κλείνουμε
                                μαζί και επόμενο ραντεβού.</p>
                            """),
                        ),
                        (
                            "Μπορεί να έρθει κάποιος μαζί μου;",
                            _t("""
                                <p>Ναι. Μπορείτε να φέρετε κάποιον που εμπιστεύεστε, για
                                παράδειγμα έναν συγγενή ή έναν φίλο.</p>
                            """),
                        ),
                        (
                            "Πώς ακυρώνω ή αλλάζω το ραντεβού μου;",
                            _t(f"""
                                <p>Τηλεφωνήστε μας στο {tel("central")}. Αν κλείσατε το
                                ραντεβού ηλεκτρονικά, μπορείτε να το ακυρώσετε ή να το
                                αλλάξετε και από τον σύνδεσμο στο μήνυμα
                                επιβεβαίωσης.</p>
                            """),
                        ),
                    ],
                ),
                ("cta", "Καλέστε μας", "Δευτέρα έως Παρασκευή, 08:00–16:00", "tel:+302104120000"),
            ],
            "en": [
                ("h2", "How to book"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>Online:</b> here on the website. Choose the service, the
                        place, the day and the time. You only need a mobile phone; an e-mail
                        address is optional.</li>
                        <li><b>By phone:</b> call {tel("central")}, Monday to Friday,
                        08:00–16:00.</li>
                        <li><b>In person:</b> come to the central office or to a branch during
                        opening hours.</li>
                        <li><b>At the mobile unit:</b> come to its stop on the day it visits
                        your neighbourhood.</li>
                        </ul>
                    """),
                ),
                ("h2", "Home visits"),
                (
                    "p",
                    _t("""
                        <p>If you cannot leave your home, for example because of age,
                        disability or illness, call us. In exceptional cases, someone from our
                        team can visit you at home.</p>
                    """),
                ),
                ("h2", "What to bring"),
                (
                    "p",
                    _t("""
                        <p>If you have them, bring:</p>
                        <ul>
                        <li>your ID card, passport or residence permit,</li>
                        <li>your AMKA or PAAYPA number,</li>
                        <li>papers about your request, for example a letter or a
                        decision.</li>
                        </ul>
                        <p><b>Come even if you do not have papers.</b> We will see together what
                        we can do.</p>
                    """),
                ),
                ("h2", "Interpreter"),
                (
                    "p",
                    _t("""
                        <p>If you need an interpreter for Arabic, Farsi or another language,
                        tell us when you book. It is best to tell us a few days before, so
                        that we can find an interpreter in time. The interpreter is free.</p>
                    """),
                ),
                (
                    "faq",
                    "Questions about appointments",
                    [
                        (
                            "Can I come without an appointment?",
                            _t("""
                                <p>Yes, come during opening hours. But with an appointment you
                                do not wait, and the person you need will surely be
                                there.</p>
                            """),
                        ),
                        (
                            "How long does an appointment take?",
                            _t("""
                                <p>Usually between half an hour and one hour. If needed, we
                                book the next appointment together.</p>
                            """),
                        ),
                        (
                            "Can someone come with me?",
                            _t("""
                                <p>Yes. You can bring someone you trust, for example a
                                relative or a friend.</p>
                            """),
                        ),
                        (
                            "How do I cancel or change my appointment?",
                            _t(f"""
                                <p>Call us on {tel("central")}. If you booked online, you can
                                also cancel or change it with the link in the confirmation
                                message.</p>
                            """),
                        ),
                    ],
                ),
                ("cta", "Call us", "Monday to Friday, 08:00–16:00", "tel:+302104120000"),
            ],
            "ar": [
                ("h2", "كيف أحجز موعدًا؟"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>عبر الإنترنت:</b> هنا على الموقع، باختيار الخدمة والمكان واليوم
                        والساعة. يكفي هاتف محمول، والبريد الإلكتروني غير ضروري.</li>
                        <li><b>بالهاتف:</b> على الرقم {tel("central", "ar")}، من الاثنين
                        إلى الجمعة، من 8 صباحًا حتى 4 بعد الظهر.</li>
                        <li><b>بالحضور:</b> إلى المكتب الرئيسي أو إلى أحد فروعنا، في ساعات
                        العمل.</li>
                        <li><b>في الوحدة المتنقلة:</b> عند محطتها، في اليوم الذي تزور فيه حيّك.</li>
                        </ul>
                    """),
                ),
                ("h2", "زيارة إلى البيت"),
                (
                    "p",
                    _t("""
                        <p>إذا تعذّر عليك الخروج من البيت، بسبب السن أو الإعاقة أو المرض مثلًا،
                        يمكنك الاتصال بنا. في حالات استثنائية، يمكن أن يزورك أحد أعضاء فريقنا
                        في بيتك.</p>
                    """),
                ),
                ("h2", "ماذا أحضر معي؟"),
                (
                    "p",
                    _t("""
                        <p>إذا كانت لديك، فمن المفيد إحضار:</p>
                        <ul>
                        <li>بطاقة الهوية أو جواز السفر أو تصريح الإقامة،</li>
                        <li>رقم الضمان الاجتماعي (\u2066ΑΜΚΑ\u2069) أو الرقم الصحي المؤقت للأجانب
                        (\u2066ΠΑΑΥΠΑ\u2069)،</li>
                        <li>الأوراق المتعلقة بطلبك، مثل رسالة أو قرار.</li>
                        </ul>
                        <p><b>يمكنك المجيء حتى لو لم تكن لديك أوراق.</b> سنرى معًا ما يمكننا
                        فعله.</p>
                    """),
                ),
                ("h2", "مترجم"),
                (
                    "p",
                    _t("""
                        <p>إذا احتجت إلى مترجم للعربية أو الفارسية أو لغة أخرى، يكفي ذكر ذلك عند حجز
                        الموعد. ومن الأفضل إخبارنا قبل الموعد ببضعة أيام، حتى نجد
                        مترجمًا في الوقت المناسب. المترجم مجاني.</p>
                    """),
                ),
                (
                    "faq",
                    "أسئلة عن المواعيد",
                    [
                        (
                            "هل يمكنني أن آتي دون موعد؟",
                            _t("""
                                <p>نعم، في ساعات العمل. لكن مع الموعد لا حاجة إلى الانتظار، ويكون
                                الشخص المطلوب موجودًا بالتأكيد.</p>
                            """),
                        ),
                        (
                            "كم يستغرق الموعد؟",
                            _t("""
                                <p>عادةً من نصف ساعة إلى ساعة. وإذا لزم الأمر، نحجز معًا
                                موعدًا آخر.</p>
                            """),
                        ),
                        (
                            "هل يمكن أن يأتي معي أحد؟",
                            _t("""
                                <p>نعم. يمكنك إحضار شخص موضع ثقتك، مثل أحد الأقارب أو الأصدقاء.</p>
                            """),
                        ),
                        (
                            "كيف ألغي موعدي أو أغيّره؟",
                            _t(f"""
                                <p>يمكنك الاتصال بنا على الرقم {tel("central", "ar")}. وإذا حجزت
                                الموعد عبر الإنترنت، يمكنك أيضًا إلغاؤه أو تغييره من الرابط
                                الموجود في رسالة التأكيد.</p>
                            """),
                        ),
                    ],
                ),
                (
                    "cta",
                    "اتصل بنا",
                    "من الاثنين إلى الجمعة، من 8 صباحًا حتى 4 بعد الظهر",
                    "tel:+302104120000",
                ),
            ],
            "fa": [
                ("h2", "چطور نوبت بگیرم؟"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>از طریق اینترنت:</b> همین‌جا در سایت. خدمت، مکان، روز و ساعت
                        را انتخاب کنید. فقط به یک تلفن همراه نیاز دارید؛ ایمیل لازم
                        نیست.</li>
                        <li><b>با تلفن:</b> با شمارهٔ {tel("central", "fa")} تماس بگیرید،
                        دوشنبه تا جمعه، ساعت 8 صبح تا 4 بعدازظهر.</li>
                        <li><b>به‌صورت حضوری:</b> در ساعت‌های کار به دفتر مرکزی یا یکی از
                        شعبه‌ها بیایید.</li>
                        <li><b>در واحد سیار:</b> روزی که واحد سیار به محلهٔ شما می‌آید، به
                        ایستگاه آن بیایید.</li>
                        </ul>
                    """),
                ),
                ("h2", "دیدار در خانه"),
                (
                    "p",
                    _t("""
                        <p>اگر نمی‌توانید از خانه بیرون بیایید، مثلاً به‌خاطر سن، معلولیت
                        یا بیماری، با ما تماس بگیرید. در موارد استثنایی، یکی از اعضای گروه
                        ما می‌تواند به خانهٔ شما بیاید.</p>
                    """),
                ),
                ("h2", "چه چیزهایی همراه بیاورم؟"),
                (
                    "p",
                    _t("""
                        <p>اگر این مدارک را دارید، همراه بیاورید:</p>
                        <ul>
                        <li>کارت شناسایی، پاسپورت یا اجازهٔ اقامت</li>
                        <li>شمارهٔ تأمین اجتماعی (\u2066ΑΜΚΑ\u2069) یا شمارهٔ موقت بیمه و درمان
                        اتباع خارجی (\u2066ΠΑΑΥΠΑ\u2069)</li>
                        <li>کاغذهای مربوط به درخواستتان، مثلاً یک نامه یا یک حکم</li>
                        </ul>
                        <p><b>حتی اگر هیچ مدرکی ندارید، بیایید.</b> با هم می‌بینیم چه کاری
                        می‌توانیم انجام دهیم.</p>
                    """),
                ),
                ("h2", "مترجم"),
                (
                    "p",
                    _t("""
                        <p>اگر برای عربی، فارسی یا زبان دیگری مترجم لازم دارید، هنگام گرفتن
                        نوبت به ما بگویید. بهتر است چند روز زودتر خبر بدهید تا بتوانیم به‌موقع
                        مترجم پیدا کنیم. مترجم رایگان است.</p>
                    """),
                ),
                (
                    "faq",
                    "پرسش‌هایی دربارهٔ نوبت",
                    [
                        (
                            "می‌توانم بدون نوبت بیایم؟",
                            _t("""
                                <p>بله، در ساعت‌های کار بیایید. اما اگر نوبت داشته باشید، منتظر
                                نمی‌مانید و کسی که به او نیاز دارید حتماً آنجاست.</p>
                            """),
                        ),
                        (
                            "هر نوبت چقدر طول می‌کشد؟",
                            _t("""
                                <p>معمولاً بین نیم ساعت تا یک ساعت. اگر لازم باشد، با هم
                                نوبت بعدی را تعیین می‌کنیم.</p>
                            """),
                        ),
                        (
                            "می‌توانم کسی را همراه خودم بیاورم؟",
                            _t("""
                                <p>بله. می‌توانید کسی را که به او اعتماد دارید همراه بیاورید،
                                مثلاً یکی از خویشاوندان یا یک دوست.</p>
                            """),
                        ),
                        (
                            "چطور نوبتم را لغو کنم یا تغییر دهم؟",
                            _t(f"""
                                <p>با شمارهٔ {tel("central", "fa")} تماس بگیرید. اگر از طریق
                                اینترنت نوبت گرفته‌اید، می‌توانید با لینکی که در پیام تأیید
                                آمده است هم آن را لغو کنید یا تغییر دهید.</p>
                            """),
                        ),
                    ],
                ),
                (
                    "cta",
                    "با ما تماس بگیرید",
                    "دوشنبه تا جمعه، ساعت 8 صبح تا 4 بعدازظهر",
                    "tel:+302104120000",
                ),
            ],
        },
    },
    # -------------------------------------------------------------------- faq
    {
        "key": "faq",
        "slug": {
            "el": "sychnes-erotiseis",
            "en": "questions-and-answers",
            "ar": "أسئلة-شائعة",
            "fa": "پرسش-های-رایج",
        },
        "title": {
            "el": "Συχνές ερωτήσεις",
            "en": "Questions and answers",
            "ar": "أسئلة شائعة",
            "fa": "پرسش‌های رایج",
        },
        "intro": {
            "el": _t("""
                Εδώ θα βρείτε απαντήσεις σε ερωτήσεις που μας κάνουν συχνά. Αν δεν
                βρίσκετε αυτό που ψάχνετε, τηλεφωνήστε μας.
            """),
            "en": _t("""
                Here you will find answers to questions people often ask us. If you cannot
                find what you are looking for, call us.
            """),
            "ar": _t("""
                هنا أجوبة عن أسئلة يطرحها علينا الناس كثيرًا. وإذا لم يكن الجواب هنا، يمكنك الاتصال
                بنا.
            """),
            "fa": _t("""
                اینجا پاسخ پرسش‌هایی را می‌بینید که مردم زیاد از ما می‌پرسند. اگر جواب
                پرسش خود را پیدا نکردید، با ما تماس بگیرید.
            """),
        },
        "body": {
            "el": [
                (
                    "faq",
                    "",
                    [
                        (
                            "Πληρώνω κάτι;",
                            "<p>Όχι. Όλες οι υπηρεσίες του Κέντρου Κοινότητας είναι δωρεάν, "
                            "για όλους.</p>",
                        ),
                        (
                            "Χρειάζομαι χαρτιά για να έρθω;",
                            _t("""
                                <p>Όχι. Ελάτε ακόμα κι αν δεν έχετε χαρτιά. Αν έχετε
                                ταυτότητα ή άδεια διαμονής, ΑΜΚΑ ή ΠΑΑΥΠΑ, φέρτε τα.</p>
                                <p>Για ορισμένες αιτήσεις, όπως για ένα επίδομα, χρειάζονται
                                χαρτιά. Θα σας πούμε ποια και θα σας βοηθήσουμε να τα
                                βρείτε.</p>
                            """),
                        ),
                        (
                            "Μπορώ να φέρω το παιδί μου;",
                            _t("""
                                <p>Ναι, τα παιδιά είναι ευπρόσδεκτα. Αν θέλετε να μιλήσετε
                                χωρίς να είναι μπροστά το παιδί, πείτε μας το από πριν και θα
                                το κανονίσουμε μαζί.</p>
                            """),
                        ),
                        (
                            "Μιλάτε αραβικά ή φαρσί;",
                            _t("""
                                <p>Μπορούμε να φέρουμε διερμηνέα για αραβικά, φαρσί και άλλες
                                γλώσσες. Πείτε μας το όταν κλείνετε ραντεβού, καλύτερα λίγες
                                μέρες πριν. Ο διερμηνέας είναι δωρεάν και κρατά κι αυτός το
                                απόρρητο.</p>
                            """),
                        ),
                        (
                            "Ό,τι λέω μένει μυστικό;",
                            _t("""
                                <p>Ναι. Ό,τι μας λέτε είναι εμπιστευτικό και δεν το λέμε σε
                                κανέναν χωρίς τη συγκατάθεσή σας. Μόνο αν κάποιος κινδυνεύει
                                ή αν το απαιτεί ο νόμος, μπορεί να χρειαστεί να ενημερώσουμε
                                άλλη υπηρεσία. Τότε θα σας εξηγήσουμε τι θα γίνει.</p>
                            """),
                        ),
                        (
                            "Μπορεί να έρθει κάποιος στο σπίτι μου;",
                            _t("""
                                <p>Σε εξαιρετικές περιπτώσεις, ναι: αν δεν μπορείτε να βγείτε
                                από το σπίτι, για παράδειγμα λόγω ηλικίας, αναπηρίας ή
                                αρρώστιας. Τηλεφωνήστε μας να το συζητήσουμε.</p>
                            """),
                        ),
                        (
                            "Πώς ακυρώνω ένα ραντεβού;",
                            _t(f"""
                                <p>Τηλεφωνήστε μας στο {tel("central")}. Αν κλείσατε το
                                ραντεβού ηλεκτρονικά, μπορείτε να το ακυρώσετε και από τον
                                σύνδεσμο στο μήνυμα επιβεβαίωσης. Ακυρώστε όσο πιο νωρίς
                                μπορείτε, για να πάρει τη θέση σας κάποιος άλλος.</p>
                            """),
                        ),
                        (
                            "Πού είναι η κινητή μονάδα αυτόν τον μήνα;",
                            _t("""
                                <p>Δείτε το ημερολόγιο των κινητών μονάδων σε αυτόν τον
                                ιστότοπο. Εκεί γράφει πού σταθμεύει κάθε κινητή μονάδα,
                                ποια μέρα και ποια ώρα. Μπορείτε και να μας
                                τηλεφωνήσετε.</p>
                            """),
                        ),
                    ],
                ),
                (
                    "cta",
                    "Επικοινωνία",
                    "Όλα τα σημεία μας, με διευθύνσεις και τηλέφωνα.",
                    "contact",
                ),
            ],
            "en": [
                (
                    "faq",
                    "",
                    [
                        (
                            "Do I have to pay?",
                            "<p>No. All the services of the Community Centre are free, for "
                            "everyone.</p>",
                        ),
                        (
                            "Do I need papers to come?",
                            _t("""
                                <p>No. Come even if you do not have papers. If you have an ID
                                card or a residence permit, an AMKA or a PAAYPA number, bring
                                them.</p>
                                <p>Some applications, for example for a welfare benefit, need
                                papers. We will tell you which ones and help you get
                                them.</p>
                            """),
                        ),
                        (
                            "Can I bring my child?",
                            _t("""
                                <p>Yes, children are welcome. If you want to talk without your
                                child listening, tell us before and we will arrange it
                                together.</p>
                            """),
                        ),
                        (
                            "Do you speak Arabic or Farsi?",
                            _t("""
                                <p>We can arrange an interpreter for Arabic, Farsi and other
                                languages. Tell us when you book, best a few days before. The
                                interpreter is free and also keeps everything
                                confidential.</p>
                            """),
                        ),
                        (
                            "Is what I say kept confidential?",
                            _t("""
                                <p>Yes. What you tell us is confidential, and we do not tell
                                anyone without your consent. Only if someone is in danger, or
                                if the law requires it, we may have to inform another
                                service. We will then explain to you what will happen.</p>
                            """),
                        ),
                        (
                            "Can someone come to my home?",
                            _t("""
                                <p>In exceptional cases, yes: if you cannot leave your home,
                                for example because of age, disability or illness. Call us
                                and we will talk about it.</p>
                            """),
                        ),
                        (
                            "How do I cancel an appointment?",
                            _t(f"""
                                <p>Call us on {tel("central")}. If you booked online, you can
                                also cancel with the link in the confirmation message. Please
                                cancel as early as you can, so that someone else can have
                                your place.</p>
                            """),
                        ),
                        (
                            "Where is the mobile unit this month?",
                            _t("""
                                <p>See the mobile-unit calendar on this website. It shows
                                where each mobile unit stops, on which day and at what time.
                                You can also call us.</p>
                            """),
                        ),
                    ],
                ),
                (
                    "cta",
                    "Contact us",
                    "All our places, with addresses and phone numbers.",
                    "contact",
                ),
            ],
            "ar": [
                (
                    "faq",
                    "",
                    [
                        (
                            "هل أدفع شيئًا؟",
                            "<p>لا. جميع خدمات مركز المجتمع المحلي مجانية للجميع.</p>",
                        ),
                        (
                            "هل أحتاج إلى أوراق لكي آتي؟",
                            _t("""
                                <p>لا. يمكنك المجيء حتى لو لم تكن لديك أوراق. وإذا كانت لديك بطاقة
                                هوية أو تصريح إقامة، أو رقم الضمان الاجتماعي (\u2066ΑΜΚΑ\u2069) أو
                                الرقم الصحي المؤقت للأجانب (\u2066ΠΑΑΥΠΑ\u2069)، فمن المفيد
                                إحضارها.</p>
                                <p>بعض الطلبات، مثل طلب إعانة، تحتاج إلى أوراق. سنخبرك بالأوراق
                                المطلوبة ونساعدك في الحصول عليها.</p>
                            """),
                        ),
                        (
                            "هل يمكنني أن أحضر طفلي معي؟",
                            _t("""
                                <p>نعم، الأطفال مرحّب بهم. إذا أردت الحديث معنا دون أن يسمع طفلك،
                                يكفي إخبارنا مسبقًا وسنرتّب ذلك معًا.</p>
                            """),
                        ),
                        (
                            "هل تتحدثون العربية أو الفارسية؟",
                            _t("""
                                <p>يمكننا أن نوفّر مترجمًا للعربية والفارسية ولغات أخرى.
                                يكفي ذكر ذلك عند حجز الموعد، ومن الأفضل قبل الموعد ببضعة أيام.
                                المترجم مجاني، وهو أيضًا يحافظ على سرية كل ما يُقال.</p>
                            """),
                        ),
                        (
                            "هل يبقى كلامي سرًّا؟",
                            _t("""
                                <p>نعم. كل ما يُقال لنا سري، ولا نخبر به أحدًا دون موافقتك.
                                فقط إذا كان شخص ما في خطر، أو إذا كان القانون يطلب ذلك، قد
                                نضطر إلى إبلاغ جهة أخرى. وعندها نشرح لك ما سيحدث.</p>
                            """),
                        ),
                        (
                            "هل يمكن أن يزورني أحد في البيت؟",
                            _t("""
                                <p>نعم، في حالات استثنائية: إذا تعذّر عليك الخروج من البيت، بسبب
                                السن أو الإعاقة أو المرض مثلًا. يمكنك الاتصال بنا لنتحدث في
                                الأمر.</p>
                            """),
                        ),
                        (
                            "كيف ألغي موعدًا؟",
                            _t(f"""
                                <p>يمكنك الاتصال بنا على الرقم {tel("central", "ar")}. وإذا حجزت عبر
                                الإنترنت، يمكنك أيضًا إلغاء الموعد من الرابط الموجود في رسالة
                                التأكيد. يُرجى إلغاء الموعد في أقرب وقت ممكن، حتى
                                يستطيع شخص آخر أن يأخذ مكانك.</p>
                            """),
                        ),
                        (
                            "أين الوحدة المتنقلة هذا الشهر؟",
                            _t("""
                                <p>يبيّن تقويم الوحدات المتنقلة على هذا الموقع أين تتوقف كل وحدة
                                متنقلة، وفي أي يوم، وفي أي ساعة. ويمكنك أيضًا الاتصال بنا.</p>
                            """),
                        ),
                    ],
                ),
                ("cta", "اتصل بنا", "كل أماكننا، مع العناوين وأرقام الهاتف.", "contact"),
            ],
            "fa": [
                (
                    "faq",
                    "",
                    [
                        (
                            "آیا باید پولی بپردازم؟",
                            "<p>نه. همهٔ خدمات مرکز اجتماعی برای همه رایگان است.</p>",
                        ),
                        (
                            "آیا برای آمدن به مدرک نیاز دارم؟",
                            _t("""
                                <p>نه. حتی اگر هیچ مدرکی ندارید، بیایید. اگر کارت شناسایی یا
                                اجازهٔ اقامت، یا شمارهٔ تأمین اجتماعی (\u2066ΑΜΚΑ\u2069) یا شمارهٔ
                                موقت بیمه و درمان اتباع خارجی (\u2066ΠΑΑΥΠΑ\u2069) دارید، آن‌ها را
                                همراه
                                بیاورید.</p>
                                <p>برای بعضی درخواست‌ها، مثلاً برای کمک‌هزینه، مدارکی لازم
                                است. به شما می‌گوییم کدام مدارک لازم است و برای تهیهٔ آن‌ها
                                کمکتان می‌کنیم.</p>
                            """),
                        ),
                        (
                            "می‌توانم فرزندم را همراه بیاورم؟",
                            _t("""
                                <p>بله، کودکان هم می‌توانند بیایند. اگر می‌خواهید بدون حضور
                                فرزندتان صحبت کنید، از قبل به ما بگویید تا با هم ترتیبش را
                                بدهیم.</p>
                            """),
                        ),
                        (
                            "آیا عربی یا فارسی صحبت می‌کنید؟",
                            _t("""
                                <p>می‌توانیم برای عربی، فارسی و زبان‌های دیگر مترجم بیاوریم.
                                هنگام گرفتن نوبت به ما بگویید، بهتر است چند روز زودتر. مترجم
                                رایگان است و او هم حرف‌های شما را محرمانه نگه می‌دارد.</p>
                            """),
                        ),
                        (
                            "آیا حرف‌هایم محرمانه می‌ماند؟",
                            _t("""
                                <p>بله. هر چه به ما بگویید محرمانه است و بدون رضایت شما آن را
                                به کسی نمی‌گوییم. فقط اگر کسی در خطر باشد یا قانون آن را لازم
                                بداند، ممکن است مجبور شویم سازمان دیگری را باخبر کنیم. در این
                                صورت، به شما توضیح می‌دهیم که چه اتفاقی می‌افتد.</p>
                            """),
                        ),
                        (
                            "آیا کسی می‌تواند به خانه‌ام بیاید؟",
                            _t("""
                                <p>در موارد استثنایی، بله: اگر نمی‌توانید از خانه بیرون
                                بیایید، مثلاً به‌خاطر سن، معلولیت یا بیماری. با ما تماس
                                بگیرید تا با هم صحبت کنیم.</p>
                            """),
                        ),
                        (
                            "چطور نوبتم را لغو کنم؟",
                            _t(f"""
                                <p>با شمارهٔ {tel("central", "fa")} تماس بگیرید. اگر از طریق
                                اینترنت نوبت گرفته‌اید، می‌توانید با لینکی که در پیام تأیید
                                آمده است هم آن را لغو کنید. لطفاً هر چه زودتر لغو کنید تا
                                شخص دیگری بتواند از آن نوبت استفاده کند.</p>
                            """),
                        ),
                        (
                            "واحد سیار این ماه کجاست؟",
                            _t("""
                                <p>تقویم واحدهای سیار را در همین سایت ببینید. در آن نوشته شده
                                است که هر واحد سیار چه روزی، چه ساعتی و کجا توقف می‌کند.
                                می‌توانید با ما تماس هم بگیرید.</p>
                            """),
                        ),
                    ],
                ),
                (
                    "cta",
                    "تماس با ما",
                    "همهٔ مکان‌های ما، با نشانی و شمارهٔ تلفن.",
                    "contact",
                ),
            ],
        },
    },
    # ---------------------------------------------------------------- contact
    {
        "key": "contact",
        # Not "contact": /<lang>/contact/ is the contact form (the `contact` app).
        "slug": {"el": "epikoinonia", "en": "contact-us", "ar": "اتصل-بنا", "fa": "تماس-با-ما"},
        "title": {"el": "Επικοινωνία", "en": "Contact us", "ar": "اتصل بنا", "fa": "تماس با ما"},
        "intro": {
            "el": _t("""
                Όλα τα σημεία μας, με διευθύνσεις, τηλέφωνα και ώρες. Τηλεφωνήστε μας ή
                ελάτε από κοντά. Είμαστε κλειστά τις επίσημες αργίες.
            """),
            "en": _t("""
                All our places, with addresses, phone numbers and opening hours. Call us
                or come in person. We are closed on public holidays.
            """),
            "ar": _t("""
                كل أماكننا، مع العناوين وأرقام الهاتف وساعات العمل. يمكنك الاتصال بنا أو المجيء
                إلينا. نحن مغلقون في أيام العطل الرسمية.
            """),
            "fa": _t("""
                همهٔ مکان‌های ما، با نشانی، شمارهٔ تلفن و ساعت‌های کار. با ما تماس بگیرید
                یا حضوری بیایید. در روزهای تعطیل رسمی بسته هستیم.
            """),
        },
        "body": {
            "el": [
                ("h2", "Κεντρικό γραφείο"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>Διεύθυνση:</b> Πλατεία Κοραή 1, 185 35 Πειραιάς (1η Δημοτική
                        Κοινότητα)</li>
                        <li><b>Τηλέφωνο:</b> {tel("central")}</li>
                        <li><b>E-mail:</b> {mail()}</li>
                        <li><b>Ώρες:</b> Δευτέρα έως Παρασκευή, 08:00–16:00</li>
                        </ul>
                        <p>Υποδοχή, ενημέρωση και όλες οι υπηρεσίες, για όλους τους
                        κατοίκους.</p>
                    """),
                ),
                ("h2", "Κέντρο Ένταξης Μεταναστών (ΚΕΜ)"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>Διεύθυνση:</b> Κολοκοτρώνη 102, 185 35 Πειραιάς (1η Δημοτική
                        Κοινότητα)</li>
                        <li><b>Τηλέφωνο:</b> {tel("kem")}</li>
                        <li><b>Ώρες:</b> Δευτέρα έως Παρασκευή, 08:00–16:00</li>
                        </ul>
                        <p>Για μετανάστες και πρόσφυγες. Διερμηνείς για αραβικά, φαρσί και
                        άλλες γλώσσες, με ραντεβού.</p>
                    """),
                ),
                ("h2", "Παράρτημα Ρομά"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>Διεύθυνση:</b> Κύπρου 45, 185 40 Πειραιάς, Καμίνια (3η
                        Δημοτική Κοινότητα)</li>
                        <li><b>Τηλέφωνο:</b> {tel("roma")}</li>
                        <li><b>Ώρες:</b> Δευτέρα έως Παρασκευή, 08:00–16:00</li>
                        </ul>
                        <p>Για οικογένειες Ρομά: επιδόματα, εγγραφή των παιδιών στο σχολείο,
                        υγεία και ό,τι άλλο χρειάζεστε.</p>
                    """),
                ),
                ("h2", "Κινητές μονάδες"),
                (
                    "p",
                    _t(f"""
                        <p>Οι κινητές μονάδες δεν έχουν σταθερή διεύθυνση. Κάθε μήνα
                        σταθμεύουν σε κέντρα υγείας, πλατείες, παιδικούς σταθμούς και ΚΑΠΗ.
                        Δείτε το ημερολόγιο των κινητών μονάδων για να μάθετε πότε έρχονται
                        στη γειτονιά σας.</p>
                        <ul>
                        <li><b>Κινητή μονάδα 1</b> (1η, 2η και 3η Δημοτική Κοινότητα):
                        {tel("van1")}</li>
                        <li><b>Κινητή μονάδα 2</b> (4η και 5η Δημοτική Κοινότητα):
                        {tel("van2")}</li>
                        </ul>
                    """),
                ),
                ("h2", "Σε κίνδυνο; Καλέστε αμέσως"),
                (
                    "p",
                    _t(f"""
                        <p>Δεν είμαστε υπηρεσία έκτακτης ανάγκης. Αν εσείς ή κάποιος άλλος
                        κινδυνεύει τώρα, καλέστε:</p>
                        <ul>
                        <li>{emergency("112")}: αριθμός έκτακτης ανάγκης, όλο το 24ωρο,
                        δωρεάν.</li>
                        <li>{emergency("15900")}: γραμμή SOS για τη βία κατά των γυναικών,
                        όλο το 24ωρο, δωρεάν.</li>
                        <li>{emergency("1056")}: «Το Χαμόγελο του Παιδιού», για παιδιά σε
                        κίνδυνο, όλο το 24ωρο, δωρεάν.</li>
                        </ul>
                    """),
                ),
                (
                    "cta",
                    "Καλέστε μας",
                    "Κεντρικό γραφείο, Δευτέρα έως Παρασκευή, 08:00–16:00",
                    "tel:+302104120000",
                ),
            ],
            "en": [
                ("h2", "Central office"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>Address:</b> Πλατεία Κοραή 1, 185 35 Πειραιάς (Korai Square,
                        Piraeus centre, 1st municipal community)</li>
                        <li><b>Phone:</b> {tel("central")}</li>
                        <li><b>E-mail:</b> {mail()}</li>
                        <li><b>Opening hours:</b> Monday to Friday, 08:00–16:00</li>
                        </ul>
                        <p>Reception, information and all our services, for everyone who
                        lives in Piraeus.</p>
                    """),
                ),
                ("h2", "Migrant Integration Centre (KEM)"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>Address:</b> Κολοκοτρώνη 102, 185 35 Πειραιάς (Kolokotroni
                        Street, Piraeus centre, 1st municipal community)</li>
                        <li><b>Phone:</b> {tel("kem")}</li>
                        <li><b>Opening hours:</b> Monday to Friday, 08:00–16:00</li>
                        </ul>
                        <p>For migrants and refugees. Interpreters for Arabic, Farsi and other
                        languages, by appointment.</p>
                    """),
                ),
                ("h2", "Roma branch"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>Address:</b> Κύπρου 45, 185 40 Πειραιάς (Kyprou Street,
                        Kaminia, 3rd municipal community)</li>
                        <li><b>Phone:</b> {tel("roma")}</li>
                        <li><b>Opening hours:</b> Monday to Friday, 08:00–16:00</li>
                        </ul>
                        <p>For Roma families: welfare benefits, school enrolment for children,
                        health and anything else you need.</p>
                    """),
                ),
                ("h2", "Mobile units"),
                (
                    "p",
                    _t(f"""
                        <p>The mobile units have no fixed address. Every month they park at
                        health centres, on squares, at kindergartens and at KAPI centres for
                        older people. See the mobile-unit calendar to find out when they
                        come to your neighbourhood.</p>
                        <ul>
                        <li><b>Mobile unit 1</b> (1st, 2nd and 3rd municipal communities):
                        {tel("van1")}</li>
                        <li><b>Mobile unit 2</b> (4th and 5th municipal communities):
                        {tel("van2")}</li>
                        </ul>
                    """),
                ),
                ("h2", "In danger? Call now"),
                (
                    "p",
                    _t(f"""
                        <p>We are not an emergency service. If you or someone else is in
                        danger now, call:</p>
                        <ul>
                        <li>{emergency("112")}: emergency number, day and night, free of
                        charge.</li>
                        <li>{emergency("15900")}: SOS line for violence against women, day
                        and night, free of charge.</li>
                        <li>{emergency("1056")}: “The Smile of the Child” (Χαμόγελο του
                        Παιδιού), for children in danger, day and night, free of
                        charge.</li>
                        </ul>
                    """),
                ),
                (
                    "cta",
                    "Call us",
                    "Central office, Monday to Friday, 08:00–16:00",
                    "tel:+302104120000",
                ),
            ],
            "ar": [
                ("h2", "المكتب الرئيسي"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>العنوان:</b> Πλατεία Κοραή 1, 185 35 Πειραιάς (ساحة كورايس،
                        وسط بيرايوس، الدائرة البلدية الأولى)</li>
                        <li><b>الهاتف:</b> {tel("central", "ar")}</li>
                        <li><b>البريد الإلكتروني:</b> {mail()}</li>
                        <li><b>ساعات العمل:</b> من الاثنين إلى الجمعة، من 8 صباحًا حتى 4 بعد
                        الظهر</li>
                        </ul>
                        <p>الاستقبال والمعلومات وجميع خدماتنا، لكل من يعيش في بيرايوس.</p>
                    """),
                ),
                ("h2", "مركز إدماج المهاجرين (\u2066ΚΕΜ\u2069)"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>العنوان:</b> Κολοκοτρώνη 102, 185 35 Πειραιάς (شارع
                        كولوكوترونيس، وسط بيرايوس، الدائرة البلدية الأولى)</li>
                        <li><b>الهاتف:</b> {tel("kem", "ar")}</li>
                        <li><b>ساعات العمل:</b> من الاثنين إلى الجمعة، من 8 صباحًا حتى 4 بعد
                        الظهر</li>
                        </ul>
                        <p>للمهاجرين واللاجئين. مترجمون للعربية والفارسية ولغات أخرى، بموعد
                        مسبق.</p>
                    """),
                ),
                ("h2", "فرع الروما"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>العنوان:</b> Κύπρου 45, 185 40 Πειραιάς (شارع كيبرو، حي
                        كامينيا، الدائرة البلدية الثالثة)</li>
                        <li><b>الهاتف:</b> {tel("roma", "ar")}</li>
                        <li><b>ساعات العمل:</b> من الاثنين إلى الجمعة، من 8 صباحًا حتى 4 بعد
                        الظهر</li>
                        </ul>
                        <p>لعائلات الروما: الإعانات، وتسجيل الأطفال في المدرسة، والصحة، وكل ما
                        يلزمها.</p>
                    """),
                ),
                ("h2", "الوحدات المتنقلة"),
                (
                    "p",
                    _t(f"""
                        <p>ليس للوحدات المتنقلة عنوان ثابت. كل شهر تتوقف عند المراكز الصحية،
                        وفي الساحات، وعند رياض الأطفال والمراكز النهارية لكبار السن
                        (\u2066ΚΑΠΗ\u2069). ويبيّن تقويم الوحدات المتنقلة متى تأتي إلى حيّك.</p>
                        <ul>
                        <li><b>الوحدة المتنقلة 1</b> (الدوائر البلدية الأولى والثانية
                        والثالثة): {tel("van1", "ar")}</li>
                        <li><b>الوحدة المتنقلة 2</b> (الدائرتان البلديتان الرابعة
                        والخامسة): {tel("van2", "ar")}</li>
                        </ul>
                    """),
                ),
                ("h2", "في خطر؟ أرقام للاتصال الآن"),
                (
                    "p",
                    _t(f"""
                        <p>نحن لسنا خدمة طوارئ. إذا كنت أنت أو شخص آخر في خطر الآن، يمكنك
                        الاتصال بالأرقام التالية:</p>
                        <ul>
                        <li>{emergency("112")}: رقم الطوارئ، ليلًا ونهارًا، مجانًا.</li>
                        <li>{emergency("15900")}: خط SOS للنساء اللواتي يتعرّضن للعنف،
                        ليلًا ونهارًا، مجانًا.</li>
                        <li>{emergency("1056")}: «ابتسامة الطفل» (Χαμόγελο του Παιδιού)،
                        للأطفال في خطر، ليلًا ونهارًا، مجانًا.</li>
                        </ul>
                    """),
                ),
                (
                    "cta",
                    "اتصل بنا",
                    "المكتب الرئيسي، من الاثنين إلى الجمعة، من 8 صباحًا حتى 4 بعد الظهر",
                    "tel:+302104120000",
                ),
            ],
            "fa": [
                ("h2", "دفتر مرکزی"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>نشانی:</b> Πλατεία Κοραή 1, 185 35 Πειραιάς (میدان کرائیس،
                        مرکز پیرئوس، ناحیهٔ 1 شهرداری)</li>
                        <li><b>تلفن:</b> {tel("central", "fa")}</li>
                        <li><b>ایمیل:</b> {mail()}</li>
                        <li><b>ساعت‌های کار:</b> دوشنبه تا جمعه، ساعت 8 صبح تا 4
                        بعدازظهر</li>
                        </ul>
                        <p>پذیرش، اطلاع‌رسانی و همهٔ خدمات ما، برای همهٔ کسانی که در پیرئوس
                        زندگی می‌کنند.</p>
                    """),
                ),
                ("h2", "مرکز ادغام مهاجران (\u2066ΚΕΜ\u2069)"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>نشانی:</b> Κολοκοτρώνη 102, 185 35 Πειραιάς (خیابان
                        کولوکوترونی، مرکز پیرئوس، ناحیهٔ 1 شهرداری)</li>
                        <li><b>تلفن:</b> {tel("kem", "fa")}</li>
                        <li><b>ساعت‌های کار:</b> دوشنبه تا جمعه، ساعت 8 صبح تا 4
                        بعدازظهر</li>
                        </ul>
                        <p>برای مهاجران و پناهندگان. مترجم عربی، فارسی و زبان‌های دیگر، با
                        نوبت قبلی.</p>
                    """),
                ),
                ("h2", "شعبهٔ روما"),
                (
                    "p",
                    _t(f"""
                        <ul>
                        <li><b>نشانی:</b> Κύπρου 45, 185 40 Πειραιάς (خیابان کیپرو، محلهٔ
                        کامینیا، ناحیهٔ 3 شهرداری)</li>
                        <li><b>تلفن:</b> {tel("roma", "fa")}</li>
                        <li><b>ساعت‌های کار:</b> دوشنبه تا جمعه، ساعت 8 صبح تا 4
                        بعدازظهر</li>
                        </ul>
                        <p>برای خانواده‌های روما: کمک‌هزینه‌ها، ثبت‌نام کودکان در مدرسه،
                        بهداشت و درمان، و هر کمک دیگری که لازم دارید.</p>
                    """),
                ),
                ("h2", "واحدهای سیار"),
                (
                    "p",
                    _t(f"""
                        <p>واحدهای سیار نشانی ثابت ندارند. هر ماه کنار مراکز بهداشتی، در
                        میدان‌ها، کنار مهدکودک‌ها و کنار مراکز روزانهٔ سالمندان (\u2066ΚΑΠΗ\u2069)
                        توقف
                        می‌کنند. تقویم واحدهای سیار را ببینید تا بدانید کی به محلهٔ شما
                        می‌آیند.</p>
                        <ul>
                        <li><b>واحد سیار 1</b> (ناحیه‌های 1، 2 و 3 شهرداری):
                        {tel("van1", "fa")}</li>
                        <li><b>واحد سیار 2</b> (ناحیه‌های 4 و 5 شهرداری):
                        {tel("van2", "fa")}</li>
                        </ul>
                    """),
                ),
                ("h2", "در خطر هستید؟ همین حالا تماس بگیرید"),
                (
                    "p",
                    _t(f"""
                        <p>ما خدمات اورژانسی نیستیم. اگر شما یا کس دیگری همین حالا در خطر
                        است، با این شماره‌ها تماس بگیرید:</p>
                        <ul>
                        <li>{emergency("112")}: شمارهٔ اضطراری، شبانه‌روزی و رایگان</li>
                        <li>{emergency("15900")}: خط SOS برای زنانی که با خشونت روبه‌رو
                        هستند، شبانه‌روزی و رایگان</li>
                        <li>{emergency("1056")}: «لبخند کودک» (Χαμόγελο του Παιδιού)، برای
                        کودکانی که در خطرند، شبانه‌روزی و رایگان</li>
                        </ul>
                    """),
                ),
                (
                    "cta",
                    "با ما تماس بگیرید",
                    "دفتر مرکزی، دوشنبه تا جمعه، ساعت 8 صبح تا 4 بعدازظهر",
                    "tel:+302104120000",
                ),
            ],
        },
    },
    # ---------------------------------------------------------------- privacy
    {
        "key": "privacy",
        "slug": {
            "el": "prostasia-prosopikon-dedomenon",
            "en": "privacy-notice",
            "ar": "حماية-البيانات-الشخصية",
            "fa": "حریم-خصوصی",
        },
        "title": {
            "el": "Προστασία προσωπικών δεδομένων",
            "en": "Privacy notice",
            "ar": "حماية البيانات الشخصية",
            "fa": "حریم خصوصی",
        },
        "intro": {
            "el": _t("""
                Πώς χρησιμοποιούμε και πώς προστατεύουμε τα στοιχεία σας, όταν κλείνετε
                ραντεβού ή χρησιμοποιείτε αυτόν τον ιστότοπο.
            """),
            "en": _t("""
                How we use and protect your personal data when you book an appointment or
                use this website.
            """),
            "ar": _t("""
                كيف نستخدم بياناتك الشخصية وكيف نحميها، عند حجز موعد أو استخدام هذا الموقع.
            """),
            "fa": _t("""
                وقتی نوبت می‌گیرید یا از این سایت استفاده می‌کنید، اطلاعات شخصی شما را
                چطور به کار می‌بریم و چطور از آن محافظت می‌کنیم.
            """),
        },
        "body": {
            "el": [
                ("h2", "Ποιος είναι υπεύθυνος"),
                (
                    "p",
                    _t(f"""
                        <p>Υπεύθυνος επεξεργασίας είναι ο <b>Δήμος Πειραιά</b>, μέσω του
                        Κέντρου Κοινότητας. Εφαρμόζουμε τον Γενικό Κανονισμό Προστασίας
                        Δεδομένων (Κανονισμός (ΕΕ) 2016/679) και τον νόμο 4624/2019.</p>
                        <p>Για κάθε ερώτηση, γράψτε στον Υπεύθυνο Προστασίας Δεδομένων του
                        Δήμου στο {mail(DPO_EMAIL)} ή τηλεφωνήστε στο
                        {tel("central")}.</p>
                    """),
                ),
                ("h2", "Ποια στοιχεία ζητάμε όταν κλείνετε ραντεβού"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>το όνομά σας (το όνομα με το οποίο θέλετε να σας λέμε),</li>
                        <li>κινητό τηλέφωνο,</li>
                        <li>e-mail, μόνο αν θέλετε,</li>
                        <li>τη γλώσσα που προτιμάτε και αν χρειάζεστε διερμηνέα,</li>
                        <li>αν χρειάζεστε κάποια διευκόλυνση, για παράδειγμα πρόσβαση με
                        αμαξίδιο,</li>
                        <li>ένα σύντομο σημείωμα, αν θέλετε να μας πείτε κάτι από πριν.</li>
                        </ul>
                        <p>Μη γράφετε στο σημείωμα ευαίσθητα στοιχεία, για παράδειγμα για την
                        υγεία σας. Θα τα συζητήσουμε από κοντά.</p>
                    """),
                ),
                ("h2", "Γιατί τα χρειαζόμαστε"),
                (
                    "p",
                    _t("""
                        <p>Για να κανονίσουμε το ραντεβού σας, να σας θυμίσουμε την ημέρα και
                        την ώρα και να σας ειδοποιήσουμε αν κάτι αλλάξει. Αν ζητήσετε
                        διερμηνέα ή διευκόλυνση, για να την ετοιμάσουμε.</p>
                        <p><b>Νομική βάση:</b> η άσκηση δημόσιας αρμοδιότητας του Δήμου
                        (άρθρο 6 παρ. 1 στοιχ. ε΄ του Κανονισμού). Για στοιχεία σχετικά με
                        την υγεία ή την αναπηρία σας, η ρητή συγκατάθεσή σας (άρθρο 9 παρ. 2
                        στοιχ. α΄), την οποία μπορείτε να ανακαλέσετε όποτε θέλετε.</p>
                    """),
                ),
                ("h2", "Ποιος τα βλέπει"),
                (
                    "p",
                    _t("""
                        <p>Μόνο το προσωπικό που οργανώνει τα ραντεβού και, αν το ζητήσετε,
                        ο διερμηνέας. Δεν δίνουμε τα στοιχεία σας σε κανέναν άλλο, εκτός αν
                        συμφωνήσετε εσείς ή αν το απαιτεί ο νόμος. Δεν τα πουλάμε ποτέ και δεν
                        τα χρησιμοποιούμε για διαφήμιση.</p>
                    """),
                ),
                ("h2", "Πόσο καιρό τα κρατάμε"),
                (
                    "p",
                    _t("""
                        <p>90 ημέρες μετά το ραντεβού, ανωνυμοποιούμε τα προσωπικά στοιχεία
                        της κράτησης: σβήνουμε όνομα, τηλέφωνο, e-mail και σημείωμα. Κρατάμε
                        μόνο αριθμούς χωρίς ονόματα, για παράδειγμα πόσα ραντεβού έγιναν.</p>
                        <p>Αν ξεκινήσουμε να δουλεύουμε μαζί στο θέμα σας, ο φάκελός σας
                        φυλάσσεται χωριστά, με τους κανόνες του προγράμματος. Θα σας τους
                        εξηγήσουμε από κοντά.</p>
                    """),
                ),
                ("h2", "Τα δικαιώματά σας"),
                (
                    "p",
                    _t("""
                        <p>Έχετε δικαίωμα:</p>
                        <ul>
                        <li>να μάθετε ποια στοιχεία σας έχουμε (πρόσβαση),</li>
                        <li>να τα διορθώσετε,</li>
                        <li>να ζητήσετε να τα διαγράψουμε,</li>
                        <li>να ζητήσετε να περιορίσουμε τη χρήση τους,</li>
                        <li>να αντιταχθείτε στη χρήση τους.</li>
                        </ul>
                        <p>Γράψτε μας ή τηλεφωνήστε μας. Απαντάμε μέσα σε έναν μήνα. Αν δεν
                        είστε ικανοποιημένοι, μπορείτε να κάνετε καταγγελία στην Αρχή
                        Προστασίας Δεδομένων Προσωπικού Χαρακτήρα:
                        <a href="https://www.dpa.gr">www.dpa.gr</a>.</p>
                    """),
                ),
                ("h2", "Cookies"),
                (
                    "p",
                    _t("""
                        <p>Δεν χρησιμοποιούμε cookies παρακολούθησης ή διαφήμισης.
                        Χρησιμοποιούμε μόνο:</p>
                        <ul>
                        <li>ένα cookie που θυμάται τη γλώσσα σας,</li>
                        <li>τα τεχνικά cookies που χρειάζονται για να λειτουργούν με ασφάλεια
                        οι φόρμες, για παράδειγμα η φόρμα για το ραντεβού.</li>
                        </ul>
                        <p>Αυτά είναι απαραίτητα για τη λειτουργία του ιστότοπου και δεν
                        χρειάζονται τη συγκατάθεσή σας.</p>
                    """),
                ),
            ],
            "en": [
                ("h2", "Who is responsible"),
                (
                    "p",
                    _t(f"""
                        <p>The data controller is the <b>Municipality of Piraeus</b>, through
                        its Community Centre. We follow the General Data Protection
                        Regulation (Regulation (EU) 2016/679, “GDPR”) and Greek Law
                        4624/2019.</p>
                        <p>For any question, write to the Municipality’s Data Protection
                        Officer at {mail(DPO_EMAIL)} or call {tel("central")}.</p>
                    """),
                ),
                ("h2", "What we ask for when you book"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>your name (the name you want us to call you),</li>
                        <li>your mobile phone number,</li>
                        <li>your e-mail address, only if you want,</li>
                        <li>the language you prefer, and whether you need an
                        interpreter,</li>
                        <li>whether you need any support to come in, for example wheelchair
                        access,</li>
                        <li>a short note, if you want to tell us something before.</li>
                        </ul>
                        <p>Please do not write sensitive information, such as details about
                        your health, in the note. We can talk about it in person.</p>
                    """),
                ),
                ("h2", "Why we need it"),
                (
                    "p",
                    _t("""
                        <p>To arrange your appointment, to remind you of the day and time,
                        and to tell you if something changes. If you ask for an interpreter
                        or other support, to prepare it.</p>
                        <p><b>Legal basis:</b> the Municipality’s task in the public interest
                        (Article 6(1)(e) GDPR). For information about your health or
                        disability, your explicit consent (Article 9(2)(a) GDPR), which you
                        can withdraw at any time.</p>
                    """),
                ),
                ("h2", "Who sees it"),
                (
                    "p",
                    _t("""
                        <p>Only the staff who organise appointments and, if you ask for one,
                        the interpreter. We do not give your data to anyone else, unless you
                        agree or the law requires it. We never sell it and never use it for
                        advertising.</p>
                    """),
                ),
                ("h2", "How long we keep it"),
                (
                    "p",
                    _t("""
                        <p>90 days after your appointment, we anonymise the personal data of
                        the booking: we delete your name, phone number, e-mail address and
                        note. We keep only numbers without names, for example how many
                        appointments took place.</p>
                        <p>If we start working together on your case, your case file is kept
                        separately, under the rules of the programme. We will explain them to
                        you in person.</p>
                    """),
                ),
                ("h2", "Your rights"),
                (
                    "p",
                    _t("""
                        <p>You have the right:</p>
                        <ul>
                        <li>to know what data we hold about you (access),</li>
                        <li>to have it corrected,</li>
                        <li>to have it erased,</li>
                        <li>to ask us to restrict its use,</li>
                        <li>to object to its use.</li>
                        </ul>
                        <p>Write to us or call us. We answer within one month. If you are not
                        satisfied, you can complain to the Hellenic Data Protection
                        Authority: <a href="https://www.dpa.gr">www.dpa.gr</a>.</p>
                    """),
                ),
                ("h2", "Cookies"),
                (
                    "p",
                    _t("""
                        <p>We do not use tracking or advertising cookies. We only use:</p>
                        <ul>
                        <li>one cookie that remembers your language,</li>
                        <li>the technical cookies that forms need to work safely, for example
                        the appointment form.</li>
                        </ul>
                        <p>These are needed for the website to work, so they do not need your
                        consent.</p>
                    """),
                ),
            ],
            "ar": [
                ("h2", "من المسؤول عن بياناتك؟"),
                (
                    "p",
                    _t(f"""
                        <p>المسؤول عن معالجة البيانات هو <b>بلدية بيرايوس</b>، عن طريق مركز
                        المجتمع المحلي. نحن نطبّق اللائحة العامة لحماية البيانات (اللائحة
                        الأوروبية رقم 2016/679) والقانون اليوناني رقم 4624/2019.</p>
                        <p>لأي سؤال، يمكنك الكتابة إلى مسؤول حماية البيانات في البلدية على العنوان
                        {mail(DPO_EMAIL)}، أو الاتصال بالرقم {tel("central", "ar")}.</p>
                    """),
                ),
                ("h2", "ما البيانات التي نطلبها عند حجز الموعد؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>اسمك (الاسم الذي يناسبك أن نناديك به)،</li>
                        <li>رقم الهاتف المحمول،</li>
                        <li>البريد الإلكتروني، فقط إذا أردت،</li>
                        <li>اللغة المفضّلة لديك، وهل هناك حاجة إلى مترجم،</li>
                        <li>هل هناك حاجة إلى تسهيلات للوصول، مثل مدخل مناسب للكرسي المتحرك،</li>
                        <li>ملاحظة قصيرة، إذا أردت إخبارنا بشيء مسبقًا.</li>
                        </ul>
                        <p>يُرجى عدم كتابة معلومات حساسة في الملاحظة، مثل تفاصيل عن صحتك.
                        سنتحدث عنها وجهًا لوجه.</p>
                    """),
                ),
                ("h2", "لماذا نحتاج إليها؟"),
                (
                    "p",
                    _t("""
                        <p>لكي ننظّم موعدك، ونذكّرك باليوم والساعة، ونخبرك إذا تغيّر شيء.
                        وإذا طلبت مترجمًا أو تسهيلات أخرى، فلكي نجهّزها لك.</p>
                        <p><b>الأساس القانوني:</b> قيام البلدية بمهمة للمصلحة العامة (المادة
                        6، الفقرة 1، البند هـ من اللائحة). أما المعلومات المتعلقة بصحتك أو
                        إعاقتك، فأساسها موافقتك الصريحة (المادة 9، الفقرة 2، البند أ)،
                        ويمكنك سحب موافقتك في أي وقت.</p>
                    """),
                ),
                ("h2", "من يرى بياناتك؟"),
                (
                    "p",
                    _t("""
                        <p>فقط الموظفون الذين ينظّمون المواعيد، والمترجم إذا طلبته. لا نعطي
                        بياناتك لأي شخص آخر، إلا إذا وافقت أنت أو إذا كان القانون يطلب ذلك.
                        لا نبيعها أبدًا ولا نستخدمها للإعلانات.</p>
                    """),
                ),
                ("h2", "كم من الوقت نحتفظ بها؟"),
                (
                    "p",
                    _t("""
                        <p>بعد 90 يومًا من الموعد، نجعل البيانات الشخصية للحجز مجهولة الهوية:
                        نحذف الاسم ورقم الهاتف والبريد الإلكتروني والملاحظة. ونحتفظ فقط
                        بأرقام دون أسماء، مثل عدد المواعيد التي تمّت.</p>
                        <p>إذا بدأنا العمل معًا على قضيتك، يُحفظ ملفك بشكل منفصل، حسب قواعد
                        البرنامج. وسنشرح لك هذه القواعد وجهًا لوجه.</p>
                    """),
                ),
                ("h2", "حقوقك"),
                (
                    "p",
                    _t("""
                        <p>من حقك:</p>
                        <ul>
                        <li>معرفة البيانات التي نحتفظ بها عنك (حق الاطلاع)،</li>
                        <li>طلب تصحيحها،</li>
                        <li>طلب حذفها،</li>
                        <li>طلب تقييد استخدامها،</li>
                        <li>الاعتراض على استخدامها.</li>
                        </ul>
                        <p>يمكنك الكتابة إلينا أو الاتصال بنا، وسنجيبك خلال شهر واحد. وإذا لم يكن
                        جوابنا مُرضيًا، يمكنك تقديم شكوى إلى هيئة حماية البيانات الشخصية اليونانية:
                        <a href="https://www.dpa.gr">www.dpa.gr</a>.</p>
                    """),
                ),
                ("h2", "ملفات تعريف الارتباط (الكوكيز)"),
                (
                    "p",
                    _t("""
                        <p>لا نستخدم ملفات كوكيز للتتبّع أو للإعلانات. نستخدم فقط:</p>
                        <ul>
                        <li>ملفًا واحدًا يتذكّر لغتك،</li>
                        <li>الملفات التقنية التي تحتاجها الاستمارات لكي تعمل بأمان، مثل
                        استمارة حجز الموعد.</li>
                        </ul>
                        <p>هذه الملفات ضرورية لعمل الموقع، ولذلك لا تحتاج إلى موافقتك.</p>
                    """),
                ),
            ],
            "fa": [
                ("h2", "مسئول اطلاعات شما کیست؟"),
                (
                    "p",
                    _t(f"""
                        <p>مسئول پردازش اطلاعات، <b>شهرداری پیرئوس</b> است که از طریق مرکز
                        اجتماعی این کار را انجام می‌دهد. ما مقررات عمومی حفاظت از داده‌ها
                        (مقررات اتحادیهٔ اروپا به شمارهٔ 2016/679) و قانون یونان به شمارهٔ
                        4624/2019 را رعایت می‌کنیم.</p>
                        <p>برای هر پرسشی، به مسئول حفاظت از داده‌های شهرداری به نشانی
                        {mail(DPO_EMAIL)} ایمیل بزنید یا با شمارهٔ
                        {tel("central", "fa")} تماس بگیرید.</p>
                    """),
                ),
                ("h2", "هنگام گرفتن نوبت چه اطلاعاتی از شما می‌خواهیم؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>نام شما (نامی که می‌خواهید شما را با آن صدا کنیم)</li>
                        <li>شمارهٔ تلفن همراه</li>
                        <li>ایمیل، فقط اگر بخواهید</li>
                        <li>زبانی که ترجیح می‌دهید، و اینکه آیا به مترجم نیاز دارید</li>
                        <li>اینکه آیا برای آمدن به امکانات خاصی نیاز دارید، مثلاً ورودی مناسب
                        ویلچر</li>
                        <li>یک یادداشت کوتاه، اگر بخواهید از قبل چیزی به ما بگویید</li>
                        </ul>
                        <p>لطفاً اطلاعات حساس، مثلاً جزئیات بیماری خود را، در یادداشت ننویسید.
                        دربارهٔ آن‌ها حضوری صحبت می‌کنیم.</p>
                    """),
                ),
                ("h2", "چرا به این اطلاعات نیاز داریم؟"),
                (
                    "p",
                    _t("""
                        <p>برای اینکه نوبت شما را ترتیب دهیم، روز و ساعت آن را به شما یادآوری
                        کنیم و اگر چیزی تغییر کرد، به شما خبر بدهیم. اگر مترجم یا امکانات
                        دیگری بخواهید، برای اینکه آن را آماده کنیم.</p>
                        <p><b>مبنای قانونی:</b> انجام وظیفهٔ عمومی شهرداری (مادهٔ 6، بند 1،
                        قسمت ه مقررات). برای اطلاعات مربوط به سلامت یا معلولیت شما، رضایت
                        صریح شما (مادهٔ 9، بند 2، قسمت الف)، که هر وقت بخواهید می‌توانید آن
                        را پس بگیرید.</p>
                    """),
                ),
                ("h2", "چه کسی اطلاعات شما را می‌بیند؟"),
                (
                    "p",
                    _t("""
                        <p>فقط کارکنانی که نوبت‌ها را ترتیب می‌دهند، و اگر بخواهید، مترجم.
                        اطلاعات شما را به هیچ کس دیگری نمی‌دهیم، مگر اینکه خودتان موافقت
                        کنید یا قانون آن را لازم بداند. هرگز آن را نمی‌فروشیم و برای تبلیغات
                        از آن استفاده نمی‌کنیم.</p>
                    """),
                ),
                ("h2", "اطلاعات شما را تا کی نگه می‌داریم؟"),
                (
                    "p",
                    _t("""
                        <p>90 روز پس از نوبت، اطلاعات شخصی آن نوبت را بی‌نام می‌کنیم: نام،
                        شمارهٔ تلفن، ایمیل و یادداشت شما را پاک می‌کنیم. فقط آمار بدون نام
                        را نگه می‌داریم، مثلاً اینکه چند نوبت انجام شده است.</p>
                        <p>اگر کار روی موضوع شما را با هم شروع کنیم، پروندهٔ شما جداگانه و
                        طبق قوانین برنامه نگهداری می‌شود. این قوانین را حضوری برایتان توضیح
                        می‌دهیم.</p>
                    """),
                ),
                ("h2", "حقوق شما"),
                (
                    "p",
                    _t("""
                        <p>شما حق دارید:</p>
                        <ul>
                        <li>بدانید چه اطلاعاتی از شما داریم (حق دسترسی)</li>
                        <li>آن‌ها را اصلاح کنید</li>
                        <li>بخواهید آن‌ها را پاک کنیم</li>
                        <li>بخواهید استفاده از آن‌ها را محدود کنیم</li>
                        <li>با استفاده از آن‌ها مخالفت کنید</li>
                        </ul>
                        <p>برای ما بنویسید یا با ما تماس بگیرید. ظرف یک ماه پاسخ می‌دهیم. اگر
                        راضی نبودید، می‌توانید به سازمان حفاظت از داده‌های شخصی یونان شکایت
                        کنید: <a href="https://www.dpa.gr">www.dpa.gr</a>.</p>
                    """),
                ),
                ("h2", "کوکی‌ها"),
                (
                    "p",
                    _t("""
                        <p>ما از کوکی‌های ردیابی یا تبلیغاتی استفاده نمی‌کنیم. فقط از این
                        کوکی‌ها استفاده می‌کنیم:</p>
                        <ul>
                        <li>یک کوکی که زبان شما را به خاطر می‌سپارد</li>
                        <li>کوکی‌های فنی که فرم‌ها برای کار کردن امن به آن‌ها نیاز دارند،
                        مثلاً فرم گرفتن نوبت</li>
                        </ul>
                        <p>این کوکی‌ها برای کار کردن سایت لازم‌اند و به همین دلیل به رضایت
                        شما نیازی ندارند.</p>
                    """),
                ),
            ],
        },
    },
    # ---------------------------------------------------------- accessibility
    {
        "key": "accessibility",
        "slug": {
            "el": "dilosi-prosvasimotitas",
            "en": "accessibility-statement",
            "ar": "بيان-إمكانية-الوصول",
            "fa": "بیانیه-دسترس-پذیری",
        },
        "title": {
            "el": "Δήλωση προσβασιμότητας",
            "en": "Accessibility statement",
            "ar": "بيان إمكانية الوصول",
            "fa": "بیانیهٔ دسترس‌پذیری",
        },
        "intro": {
            "el": _t("""
                Θέλουμε όλοι να μπορούν να χρησιμοποιούν αυτόν τον ιστότοπο, και τα άτομα
                με αναπηρία. Εδώ εξηγούμε πόσο προσβάσιμος είναι και πώς να μας πείτε αν
                κάτι δεν λειτουργεί.
            """),
            "en": _t("""
                We want everyone to be able to use this website, including people with
                disabilities. Here we explain how accessible it is and how to tell us if
                something does not work.
            """),
            "ar": _t("""
                نريد أن يستطيع الجميع استخدام هذا الموقع، ومنهم الأشخاص ذوو الإعاقة. هنا
                نشرح إلى أي حد يسهل الوصول إليه، وكيف يمكن إخبارنا إذا كان شيء لا يعمل.
            """),
            "fa": _t("""
                می‌خواهیم همه، از جمله افراد دارای معلولیت، بتوانند از این سایت استفاده
                کنند. در اینجا توضیح می‌دهیم که این سایت تا چه اندازه دسترس‌پذیر است و
                اگر چیزی کار نکرد، چطور به ما خبر بدهید.
            """),
        },
        "body": {
            "el": [
                ("h2", "Η δέσμευσή μας"),
                (
                    "p",
                    _t("""
                        <p>Ο Δήμος Πειραιά δεσμεύεται να κάνει τον ιστότοπο του Κέντρου
                        Κοινότητας προσβάσιμο, σύμφωνα με την Οδηγία (ΕΕ) 2016/2102 και τον
                        νόμο 4591/2019. Η δήλωση αυτή αφορά όλο τον ιστότοπο, σε όλες τις
                        γλώσσες της.</p>
                    """),
                ),
                ("h2", "Κατάσταση συμμόρφωσης"),
                (
                    "p",
                    _t("""
                        <p>Ο ιστότοπος είναι <b>μερικώς σύμφωνος</b> με το πρότυπο WCAG 2.2,
                        επίπεδο AA, λόγω των προβλημάτων που αναφέρονται παρακάτω.</p>
                    """),
                ),
                ("h3", "Τι δεν είναι ακόμα προσβάσιμο"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>Ορισμένα έγγραφα PDF που ανεβάζει το προσωπικό μας μπορεί να μην
                        είναι προσβάσιμα, για παράδειγμα σαρωμένα έγγραφα. Αν χρειάζεστε ένα
                        έγγραφο σε άλλη μορφή, ζητήστε το και θα σας το στείλουμε.</li>
                        <li>Ο χάρτης είναι μια επιπλέον βοήθεια και δεν είναι πλήρως
                        προσβάσιμος. Όλες οι διευθύνσεις υπάρχουν πάντα και σε λίστα, που
                        λειτουργεί χωρίς τον χάρτη.</li>
                        <li>Το πεδίο «μήνας» του ημερολογίου δείχνει τα ονόματα των μηνών στη
                        γλώσσα του φυλλομετρητή σας, που μπορεί να διαφέρει από τη γλώσσα της
                        σελίδας. Μπορείτε να γράψετε τον μήνα και με αριθμούς: πρώτα το έτος,
                        μετά τον μήνα.</li>
                        <li>Στα αραβικά και στα φαρσί, ο τίτλος της καρτέλας του φυλλομετρητή
                        μπορεί να δείχνει ένα ελληνικό όνομα στάσης με λάθος σειρά.</li>
                        </ul>
                    """),
                ),
                ("h3", "Τι βελτιώσαμε τον Δεκέμβριο του 2026"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>Στα αραβικά και στα φαρσί, οι ελληνικές διευθύνσεις, τα τηλέφωνα,
                        οι ώρες και οι κωδικοί ραντεβού εμφανίζονται πια με τη σωστή σειρά, και
                        οι αριθμοί γράφονται με ένα μόνο σύστημα ψηφίων.</li>
                        <li>Το ημερολόγιο της κινητής μονάδας ανοίγει στις επόμενες επισκέψεις.
                        Στο κινητό, ο μήνας φαίνεται ως μικρό ημερολόγιο με τις επισκέψεις από
                        κάτω.</li>
                        <li>Όταν φιλτράρετε τις υπηρεσίες, η σελίδα πηγαίνει κατευθείαν στα
                        αποτελέσματα και λέει πόσα βρέθηκαν.</li>
                        <li>Οι επίσημες αργίες γράφονται στη γλώσσα σας.</li>
                        <li>Οι σύνδεσμοι για τον χάρτη ανοίγουν σε κάθε κινητό (OpenStreetMap),
                        όχι μόνο σε Android.</li>
                        <li>Στο κλείσιμο ραντεβού: μετά την επιβεβαίωση, το κουμπί «Πίσω» δείχνει
                        την επιβεβαίωσή σας και όχι νέο ραντεβού. Οι σύνδεσμοι «Αλλαγή» είναι
                        μεγαλύτεροι και λένε τι αλλάζουν. Αν δώσετε σταθερό τηλέφωνο, σας λέμε
                        καθαρά ότι δεν θα έρθει SMS. Η μεταφορά ραντεβού ζητά επιβεβαίωση.</li>
                        <li>Για το προσωπικό μας: το πρόγραμμα επισκέψεων συμπληρώνεται και με
                        το πληκτρολόγιο, στη γλώσσα της διαχείρισης, και τα αραβικά και τα φαρσί
                        πεδία γράφονται από δεξιά προς τα αριστερά.</li>
                        </ul>
                    """),
                ),
                ("h2", "Πώς είναι φτιαγμένος ο ιστότοπος"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>Λειτουργεί και χωρίς JavaScript, και σε απλά ή παλιά κινητά.</li>
                        <li>Τα κουμπιά είναι μεγάλα, για να τα πατάτε εύκολα.</li>
                        <li>Είναι σε τέσσερις γλώσσες: ελληνικά, αγγλικά, αραβικά και
                        φαρσί.</li>
                        <li>Τα αραβικά και τα φαρσί εμφανίζονται από δεξιά προς τα
                        αριστερά.</li>
                        <li>Μπορείτε να μεγαλώσετε το κείμενο έως 200%, χωρίς να χάνεται
                        περιεχόμενο.</li>
                        <li>Μπορείτε να τον χρησιμοποιήσετε μόνο με το πληκτρολόγιο ή με
                        πρόγραμμα ανάγνωσης οθόνης.</li>
                        </ul>
                    """),
                ),
                ("h2", "Πώς ετοιμάστηκε η δήλωση"),
                (
                    "p",
                    _t("""
                        <p>Η δήλωση ετοιμάστηκε τον Νοέμβριο του 2026 και ενημερώθηκε τον
                        Δεκέμβριο του 2026. Βασίζεται σε αυτοαξιολόγηση από την ομάδα μας, σε
                        αυτόματους ελέγχους κάθε είδους σελίδας και στις τέσσερις γλώσσες με τα
                        εργαλεία axe-core και W3C Nu HTML Checker, και σε δοκιμές σε πραγματικό
                        φυλλομετρητή με οθόνη κινητού πλάτους 360 pixel.</p>
                    """),
                ),
                ("h2", "Πείτε μας αν κάτι δεν λειτουργεί"),
                (
                    "p",
                    _t(f"""
                        <p>Αν βρείτε κάποιο πρόβλημα ή χρειάζεστε ένα περιεχόμενο σε άλλη
                        μορφή, επικοινωνήστε μαζί μας:</p>
                        <ul>
                        <li>e-mail: {mail()}</li>
                        <li>τηλέφωνο: {tel("central")}, Δευτέρα έως Παρασκευή,
                        08:00–16:00</li>
                        </ul>
                        <p>Θα σας απαντήσουμε μέσα σε 30 ημέρες.</p>
                    """),
                ),
                ("h2", "Αν δεν είστε ικανοποιημένοι"),
                (
                    "p",
                    _t("""
                        <p>Αν δεν είστε ικανοποιημένοι με την απάντησή μας, μπορείτε να
                        απευθυνθείτε στο Υπουργείο Ψηφιακής Διακυβέρνησης.</p>
                    """),
                ),
            ],
            "en": [
                ("h2", "Our commitment"),
                (
                    "p",
                    _t("""
                        <p>The Municipality of Piraeus is committed to making the website of
                        its Community Centre accessible, in line with Directive (EU)
                        2016/2102 and Greek Law 4591/2019. This statement covers the whole
                        website, in all its languages.</p>
                    """),
                ),
                ("h2", "Compliance status"),
                (
                    "p",
                    _t("""
                        <p>This website is <b>partially compliant</b> with WCAG 2.2 level AA,
                        because of the problems listed below.</p>
                    """),
                ),
                ("h3", "What is not accessible yet"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>Some PDF documents uploaded by our staff may not be accessible,
                        for example scanned documents. If you need a document in another
                        format, ask us and we will send it to you.</li>
                        <li>The map is an extra help and is not fully accessible. All
                        addresses are always also given in a list, which works without the
                        map.</li>
                        <li>The calendar's month field shows the names of the months in your
                        browser's language, which may differ from the page's. You can also type
                        the month in numbers: the year first, then the month.</li>
                        <li>In Arabic and Farsi, the browser tab's title may show a Greek stop
                        name in the wrong order.</li>
                        </ul>
                    """),
                ),
                ("h3", "What we improved in December 2026"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>In Arabic and Farsi, Greek addresses, phone numbers, times and
                        booking references are now shown in the right order, and numbers are
                        written with one kind of digits.</li>
                        <li>The mobile-unit calendar opens on the next visits. On a phone, the
                        month is shown as a small calendar with the visits listed below it.</li>
                        <li>When you filter the services, the page goes straight to the results
                        and says how many were found.</li>
                        <li>Public holidays are named in your language.</li>
                        <li>Map links open on every phone (OpenStreetMap), not only on
                        Android.</li>
                        <li>Booking: after you confirm, the Back button shows your confirmation,
                        not a new booking. The "Change" links are larger and say what they
                        change. If you give a landline, we tell you clearly that no text message
                        will come. Moving an appointment asks you to confirm.</li>
                        <li>For our staff: the schedule of visits can be filled in with the
                        keyboard, in the language of the admin, and Arabic and Farsi fields are
                        written from right to left.</li>
                        </ul>
                    """),
                ),
                ("h2", "How the website is built"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>It works without JavaScript, also on simple or old phones.</li>
                        <li>Buttons are large, so they are easy to press.</li>
                        <li>It is in four languages: Greek, English, Arabic and Farsi.</li>
                        <li>Arabic and Farsi are shown from right to left.</li>
                        <li>You can enlarge the text up to 200% without losing content.</li>
                        <li>You can use it with a keyboard only or with a screen
                        reader.</li>
                        </ul>
                    """),
                ),
                ("h2", "How this statement was prepared"),
                (
                    "p",
                    _t("""
                        <p>This statement was prepared in November 2026 and updated in
                        December 2026. It is based on a self-assessment by our team, on
                        automated checks of every kind of page in all four languages with the
                        tools axe-core and W3C Nu HTML Checker, and on tests in a real browser
                        with a phone screen 360 pixels wide.</p>
                    """),
                ),
                ("h2", "Tell us if something does not work"),
                (
                    "p",
                    _t(f"""
                        <p>If you find a problem, or you need some content in another format,
                        contact us:</p>
                        <ul>
                        <li>e-mail: {mail()}</li>
                        <li>phone: {tel("central")}, Monday to Friday, 08:00–16:00</li>
                        </ul>
                        <p>We will answer within 30 days.</p>
                    """),
                ),
                ("h2", "If you are not satisfied"),
                (
                    "p",
                    _t("""
                        <p>If you are not satisfied with our answer, you can contact the
                        Ministry of Digital Governance.</p>
                    """),
                ),
            ],
            "ar": [
                ("h2", "التزامنا"),
                (
                    "p",
                    _t("""
                        <p>تلتزم بلدية بيرايوس بأن يكون موقع مركز المجتمع المحلي سهل الوصول
                        للجميع، وفقًا للتوجيه الأوروبي رقم 2016/2102 والقانون اليوناني رقم
                        4591/2019. يشمل هذا البيان الموقع كله، بجميع لغاته.</p>
                    """),
                ),
                ("h2", "مدى التوافق"),
                (
                    "p",
                    _t("""
                        <p>هذا الموقع <b>متوافق جزئيًا</b> مع معيار WCAG 2.2، المستوى AA،
                        بسبب المشكلات المذكورة أدناه.</p>
                    """),
                ),
                ("h3", "ما الذي لا يسهل الوصول إليه بعد؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>بعض ملفات PDF التي يرفعها موظفونا قد لا يسهل الوصول إليها، مثل
                        الوثائق الممسوحة ضوئيًا. إذا احتجت إلى وثيقة بشكل آخر، يمكنك طلبها منا
                        وسنرسلها إليك.</li>
                        <li>الخريطة مساعدة إضافية، وليس من السهل الوصول إليها بالكامل. لكن
                        كل العناوين موجودة دائمًا أيضًا في قائمة تعمل دون الخريطة.</li>
                        <li>حقل «الشهر» في التقويم يعرض أسماء الأشهر بلغة متصفحك، وقد تختلف
                        عن لغة الصفحة. يمكنك أيضًا كتابة الشهر بالأرقام: السنة أولًا، ثم
                        الشهر.</li>
                        <li>في العربية والفارسية، قد يظهر اسم المحطة اليوناني في عنوان علامة
                        التبويب في المتصفح بترتيب خاطئ.</li>
                        </ul>
                    """),
                ),
                ("h3", "ما الذي حسّنّاه في ديسمبر (كانون الأول) 2026؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>في العربية والفارسية، تظهر الآن العناوين اليونانية وأرقام الهواتف
                        والأوقات وأرقام المواعيد بالترتيب الصحيح، وتُكتب الأرقام بنظام واحد.</li>
                        <li>يُفتح تقويم الوحدة المتنقلة على الزيارات القادمة. وعلى الهاتف، يظهر
                        الشهر تقويمًا صغيرًا، والزيارات مكتوبة تحته.</li>
                        <li>عندما تختار نوع الخدمات، تنتقل الصفحة مباشرة إلى النتائج وتقول كم
                        خدمة وُجدت.</li>
                        <li>تظهر أسماء العطل الرسمية بلغتك.</li>
                        <li>روابط الخريطة تعمل على كل الهواتف (OpenStreetMap)، وليس على
                        أندرويد فقط.</li>
                        <li>في حجز المواعيد: بعد التأكيد، يعرض زر «رجوع» تأكيد موعدك وليس حجزًا
                        جديدًا. روابط «تغيير» أكبر وتقول ماذا تغيّر. إذا كتبت رقم هاتف أرضي،
                        نقول لك بوضوح إن الرسالة النصية لن تصل. ونقل الموعد يطلب منك
                        التأكيد.</li>
                        <li>لموظفينا: يمكن ملء جدول الزيارات بلوحة المفاتيح وبلغة لوحة
                        الإدارة، وتُكتب الحقول العربية والفارسية من اليمين إلى اليسار.</li>
                        </ul>
                    """),
                ),
                ("h2", "كيف بُني الموقع؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>يعمل دون JavaScript، وعلى الهواتف البسيطة أو القديمة أيضًا.</li>
                        <li>الأزرار كبيرة، لكي يسهل الضغط عليها.</li>
                        <li>الموقع بأربع لغات: اليونانية والإنجليزية والعربية
                        والفارسية.</li>
                        <li>تظهر العربية والفارسية من اليمين إلى اليسار.</li>
                        <li>يمكنك تكبير النص حتى 200% دون أن يضيع أي محتوى.</li>
                        <li>يمكنك استخدامه بلوحة المفاتيح فقط أو ببرنامج قارئ الشاشة.</li>
                        </ul>
                    """),
                ),
                ("h2", "كيف أُعدّ هذا البيان؟"),
                (
                    "p",
                    _t("""
                        <p>أُعدّ هذا البيان في نوفمبر (تشرين الثاني) 2026 وحُدِّث في ديسمبر
                        (كانون الأول) 2026. وهو مبني على تقييم ذاتي قام به فريقنا، وعلى
                        اختبارات آلية لكل أنواع الصفحات باللغات الأربع بأداتي axe-core و
                        W3C Nu HTML Checker، وعلى تجارب في متصفح حقيقي بشاشة هاتف عرضها 360
                        بكسل.</p>
                    """),
                ),
                ("h2", "إذا كان شيء لا يعمل"),
                (
                    "p",
                    _t(f"""
                        <p>إذا وجدت مشكلة، أو احتجت إلى محتوى بشكل آخر، يمكنك التواصل معنا:</p>
                        <ul>
                        <li>البريد الإلكتروني: {mail()}</li>
                        <li>الهاتف: {tel("central", "ar")}، من الاثنين إلى الجمعة، من 8
                        صباحًا حتى 4 بعد الظهر</li>
                        </ul>
                        <p>سنجيبك خلال 30 يومًا.</p>
                    """),
                ),
                ("h2", "إذا لم يكن جوابنا مُرضيًا"),
                (
                    "p",
                    _t("""
                        <p>إذا لم يكن جوابنا مُرضيًا، يمكنك التواصل مع وزارة الحوكمة
                        الرقمية اليونانية.</p>
                    """),
                ),
            ],
            "fa": [
                ("h2", "تعهد ما"),
                (
                    "p",
                    _t("""
                        <p>شهرداری پیرئوس متعهد است سایت مرکز اجتماعی را، مطابق دستورالعمل
                        اتحادیهٔ اروپا به شمارهٔ 2016/2102 و قانون یونان به شمارهٔ
                        4591/2019، برای همه دسترس‌پذیر کند. این بیانیه شامل کل سایت، به همهٔ
                        زبان‌های آن، می‌شود.</p>
                    """),
                ),
                ("h2", "وضعیت انطباق"),
                (
                    "p",
                    _t("""
                        <p>این سایت با استاندارد WCAG 2.2 در سطح AA <b>تا حدی منطبق</b> است،
                        به دلیل مشکلاتی که در زیر آمده است.</p>
                    """),
                ),
                ("h3", "چه چیزهایی هنوز دسترس‌پذیر نیست؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>بعضی از فایل‌های PDF که کارکنان ما بارگذاری می‌کنند، ممکن است
                        دسترس‌پذیر نباشند، مثلاً اسناد اسکن‌شده. اگر سندی را به شکل دیگری
                        لازم دارید، از ما بخواهید تا برایتان بفرستیم.</li>
                        <li>نقشه فقط یک کمک اضافه است و کاملاً دسترس‌پذیر نیست. همهٔ
                        نشانی‌ها همیشه در یک فهرست هم آمده‌اند که بدون نقشه کار می‌کند.</li>
                        <li>فیلد «ماه» در تقویم نام ماه‌ها را به زبان مرورگر شما نشان می‌دهد
                        که ممکن است با زبان صفحه فرق کند. می‌توانید ماه را با عدد هم بنویسید:
                        اول سال، بعد ماه.</li>
                        <li>در عربی و فارسی، ممکن است نام یونانی ایستگاه در عنوان زبانهٔ
                        مرورگر به ترتیب نادرست نمایش داده شود.</li>
                        </ul>
                    """),
                ),
                ("h3", "در دسامبر 2026 چه چیزهایی را بهتر کردیم؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>در عربی و فارسی، نشانی‌های یونانی، شماره‌تلفن‌ها، ساعت‌ها و کد
                        نوبت‌ها اکنون به ترتیب درست نمایش داده می‌شوند و عددها فقط با یک نوع
                        رقم نوشته می‌شوند.</li>
                        <li>تقویم واحد سیار با بازدیدهای پیش رو باز می‌شود. روی موبایل، ماه به
                        شکل یک تقویم کوچک نشان داده می‌شود و بازدیدها زیر آن آمده‌اند.</li>
                        <li>وقتی خدمات را فیلتر می‌کنید، صفحه مستقیم به نتایج می‌رود و می‌گوید
                        چند خدمت پیدا شد.</li>
                        <li>نام تعطیلات رسمی به زبان شما نوشته می‌شود.</li>
                        <li>پیوندهای نقشه روی همهٔ موبایل‌ها باز می‌شوند (OpenStreetMap)، نه
                        فقط روی اندروید.</li>
                        <li>در گرفتن نوبت: پس از تأیید، دکمهٔ «بازگشت» تأیید نوبت شما را نشان
                        می‌دهد، نه یک نوبت تازه. پیوندهای «تغییر» بزرگ‌ترند و می‌گویند چه چیزی
                        را تغییر می‌دهند. اگر تلفن ثابت بدهید، به‌روشنی می‌گوییم که پیامک
                        نمی‌آید. جابه‌جا کردن نوبت از شما تأیید می‌خواهد.</li>
                        <li>برای کارکنان ما: برنامهٔ بازدیدها را می‌توان با صفحه‌کلید و به زبان
                        بخش مدیریت پر کرد، و فیلدهای عربی و فارسی از راست به چپ نوشته
                        می‌شوند.</li>
                        </ul>
                    """),
                ),
                ("h2", "این سایت چطور ساخته شده است؟"),
                (
                    "p",
                    _t("""
                        <ul>
                        <li>بدون JavaScript هم کار می‌کند، حتی روی موبایل‌های ساده یا
                        قدیمی.</li>
                        <li>دکمه‌ها بزرگ‌اند تا به‌راحتی لمس شوند.</li>
                        <li>به چهار زبان است: یونانی، انگلیسی، عربی و فارسی.</li>
                        <li>عربی و فارسی از راست به چپ نمایش داده می‌شوند.</li>
                        <li>می‌توانید متن را تا 200% بزرگ کنید، بدون اینکه چیزی از محتوا از
                        دست برود.</li>
                        <li>می‌توانید فقط با صفحه‌کلید یا با برنامهٔ صفحه‌خوان از آن استفاده
                        کنید.</li>
                        </ul>
                    """),
                ),
                ("h2", "این بیانیه چطور تهیه شد؟"),
                (
                    "p",
                    _t("""
                        <p>این بیانیه در نوامبر 2026 تهیه شد و در دسامبر 2026 به‌روز شد. پایهٔ
                        آن ارزیابی خود گروه ما، آزمون‌های خودکار همهٔ انواع صفحه به چهار زبان
                        با ابزارهای axe-core و W3C Nu HTML Checker، و آزمایش در یک مرورگر
                        واقعی با صفحهٔ موبایلی به عرض 360 پیکسل است.</p>
                    """),
                ),
                ("h2", "اگر چیزی کار نمی‌کند، به ما بگویید"),
                (
                    "p",
                    _t(f"""
                        <p>اگر مشکلی پیدا کردید یا محتوایی را به شکل دیگری لازم دارید، با ما
                        تماس بگیرید:</p>
                        <ul>
                        <li>ایمیل: {mail()}</li>
                        <li>تلفن: {tel("central", "fa")}، دوشنبه تا جمعه، ساعت 8 صبح تا 4
                        بعدازظهر</li>
                        </ul>
                        <p>ظرف 30 روز به شما پاسخ می‌دهیم.</p>
                    """),
                ),
                ("h2", "اگر راضی نبودید"),
                (
                    "p",
                    _t("""
                        <p>اگر از پاسخ ما راضی نبودید، می‌توانید با وزارت حکمرانی دیجیتال
                        یونان تماس بگیرید.</p>
                    """),
                ),
            ],
        },
    },
]

HEADER_MENU = ["about", "book", "faq", "contact"]
FOOTER_MENU = ["about", "contact", "faq"]
