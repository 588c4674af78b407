# Słowniczek: wyjaśnienia słów używanych w przewodniku, po polsku.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Each term has a name (term-<id>) and a meaning of one or two short
# sentences (term-<id>-meaning). The ids are anchors on /glossary/: never rename one.

glossary-title = Słowa używane w tym przewodniku
glossary-intro = Co znaczą słowa, których używają pracownicy socjalni i które padają na spotkaniach.

term-advocate = Rzecznik (advocate)
term-advocate-meaning = Osoba, która pomaga Ci powiedzieć, co myślisz, i dba o to, żeby Cię wysłuchano. Rzecznik jest po Twojej stronie i nie pracuje dla służb ds. dzieci.
term-assessment = Ocena (assessment)
term-assessment-meaning = Pracownik socjalny poznaje potrzeby Twojego dziecka i Twoją rodzinę. Rozmawia z Tobą, z Twoim dzieckiem i z innymi osobami, a potem zapisuje, czego się dowiedział.
term-care-and-support-plan = Plan opieki i wsparcia (care and support plan)
term-care-and-support-plan-meaning = W Walii plan pomocy i wsparcia dla dziecka i rodziny. Stosuje się go, gdy nie ma planu opieki, wsparcia i ochrony.
term-care-and-support-protection-plan = Plan opieki, wsparcia i ochrony (care and support protection plan)
term-care-and-support-protection-plan-meaning = W Walii plan, który powstaje po konferencji w sprawie ochrony dziecka, żeby dziecko było bezpieczne.
term-category-of-harm = Kategoria krzywdy (category of harm)
term-category-of-harm-meaning = Główny rodzaj krzywdy, którego obawia się konferencja, na przykład zaniedbanie albo przemoc fizyczna. Plan wskazuje jedną kategorię lub więcej.
term-chair = Przewodniczący (chair)
term-chair-meaning = Osoba, która prowadzi konferencję. To doświadczony pracownik socjalny. Pracuje dla urzędu (council), ale nie zajmuje się sprawą Twojego dziecka.
term-child-in-need-plan = Plan dla dziecka w potrzebie (Child in Need plan)
term-child-in-need-plan-meaning = W Anglii plan pomocy i wsparcia dla dziecka i rodziny. Stosuje się go, gdy nie ma planu ochrony dziecka.
term-child-protection-conference = Konferencja w sprawie ochrony dziecka (child protection conference)
term-child-protection-conference-meaning = Spotkanie, które organizują służby ds. dzieci, gdy bardzo się martwią, że dziecko doznaje krzywdy albo może jej doznać. Pierwsza to konferencja wstępna (initial conference). Następne to konferencje przeglądowe (review conferences).
term-child-protection-plan = Plan ochrony dziecka (child protection plan)
term-child-protection-plan-meaning = Plan, który ma zapewnić dziecku bezpieczeństwo. Konferencja przygotowuje zarys planu, a grupa główna (core group) zmienia go w szczegółowy plan.
term-child-protection-register = Rejestr ochrony dzieci (child protection register)
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (confidential, not a criminal record) (content review L12)
term-child-protection-register-meaning = W Walii lista dzieci, które mają plan opieki, wsparcia i ochrony. Jest poufna: mogą ją sprawdzać tylko specjaliści. To nie jest rejestr karny. Anglia przestała prowadzić taki rejestr w 2008 roku.
term-childrens-services = Służby ds. dzieci (children's services)
term-childrens-services-meaning = Część Twojego urzędu (council), która pracuje z dziećmi i rodzinami. Czasem nazywa się je opieką społeczną (social services).
term-contingency-plan = Plan awaryjny (contingency plan)
term-contingency-plan-meaning = Plan na wypadek, gdyby główny plan nie działał.
term-core-group = Grupa główna (core group)
term-core-group-meaning = { $nation ->
        [wales] Mała grupa specjalistów i członków rodziny, która wprowadza plan opieki, wsparcia i ochrony w życie. Zwykle Ty też do niej należysz.
       *[england] Mała grupa specjalistów i członków rodziny, która wprowadza plan ochrony dziecka w życie. Zwykle Ty też do niej należysz.
    }
term-family-group-conference = Narada rodzinna (family group conference)
term-family-group-conference-meaning = Spotkanie, na którym Twoja rodzina i przyjaciele sami układają plan, żeby pomóc zapewnić Twojemu dziecku bezpieczeństwo. Możesz poprosić o nie służby ds. dzieci.
term-health-visitor = Pielęgniarka środowiskowa (health visitor)
term-health-visitor-meaning = Pielęgniarka, która wspiera rodziny z dziećmi poniżej 5 lat.
term-lead-social-worker = Główny pracownik socjalny (lead social worker)
term-lead-social-worker-meaning = Pracownik socjalny, który odpowiada za plan Twojego dziecka. Czasem nazywa się go też key worker albo lead practitioner.
term-legal-aid = Państwowa pomoc prawna (legal aid)
term-legal-aid-meaning = Pomoc od państwa w opłaceniu prawnika (solicitor). Na początku zależy od Twoich dochodów. Kiedy dostaniesz pismo przed wszczęciem postępowania, jest bezpłatna bez względu na Twoje dochody. W sprawie sądowej też jest bezpłatna.
term-legal-planning-meeting = Spotkanie w sprawie kroków prawnych (legal planning meeting)
term-legal-planning-meeting-meaning = Spotkanie, na którym służby ds. dzieci pytają prawnika o radę, czy skierować sprawę do sądu.
term-letter-before-proceedings = Pismo przed wszczęciem postępowania (letter before proceedings)
term-letter-before-proceedings-meaning = Pismo, w którym służby ds. dzieci piszą, że myślą o skierowaniu sprawy do sądu, i co możesz zrobić, żeby do tego nie doszło. Od razu zanieś je do prawnika, który specjalizuje się w prawie dotyczącym dzieci.
term-letter-of-issue = Pismo o wszczęciu postępowania (letter of issue)
term-letter-of-issue-meaning = Pismo, w którym służby ds. dzieci piszą, że kierują sprawę do sądu. Od razu zanieś je do prawnika, który specjalizuje się w prawie dotyczącym dzieci.
term-minutes = Protokół (minutes)
term-minutes-meaning = Pisemne notatki ze spotkania. Powinni Ci dać kopię.
term-ombudsman = Ombudsman (niezależny urząd ds. skarg)
term-ombudsman-meaning = Niezależna instytucja, która rozpatruje skargi na urzędy. Sprawdza, jak postąpił urząd. Nie ocenia decyzji konferencji.
term-parental-responsibility = Odpowiedzialność rodzicielska (parental responsibility)
term-parental-responsibility-meaning = Prawa i obowiązki, które rodzic ma wobec swojego dziecka. Plan ochrony dziecka jej nie odbiera.
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
term-plo = PLO (Public Law Outline)
term-plo-meaning = Zasady, których urzędy przestrzegają, zanim skierują do sądu sprawę dziecka. Ten etap zaczyna się od pisma przed wszczęciem postępowania. W piśmie zaprasza się Cię na spotkanie z Twoim prawnikiem.
term-pre-birth-conference = Konferencja przedporodowa (pre-birth conference)
term-pre-birth-conference-meaning = Konferencja w sprawie ochrony dziecka, która odbywa się, zanim dziecko się urodzi.
term-review-conference = Konferencja przeglądowa (review conference)
term-review-conference-meaning = Konferencja, która sprawdza, jak działa plan ochrony dziecka. Pierwsza odbywa się w ciągu 3 miesięcy, a potem co najmniej raz na 6 miesięcy.
term-section-47-enquiries = Postępowanie wyjaśniające z sekcji 47 (Section 47 enquiries)
term-section-47-enquiries-meaning = Sprawdzanie, które prowadzą służby ds. dzieci, gdy uważają, że dziecku może grozić poważna krzywda. Nazwa pochodzi od sekcji 47 ustawy Children Act 1989 (ustawa o dzieciach z 1989 roku).
term-significant-harm = Poważna krzywda (significant harm)
term-significant-harm-meaning = Krzywda na tyle poważna, że szkodzi zdrowiu albo rozwojowi dziecka. Właśnie tym martwi się konferencja w sprawie ochrony dziecka.
term-strategy-discussion = Narada strategiczna (strategy discussion)
term-strategy-discussion-meaning = Rozmowa służb ds. dzieci, policji i innych osób o obawach. Odbywa się przed konferencją.
term-working-day = Dzień roboczy (working day)
term-working-day-meaning = Od poniedziałku do piątku, bez dni ustawowo wolnych od pracy (bank holidays).
