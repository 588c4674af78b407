# Objaśnienia słów z raportu: strona „Zrozum raport” i wyjaśnienia słów z raportów, protokołów, planów i pism, po polsku.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# "Understand a report": what the words in a social worker's report, the minutes, a plan or a
# letter mean. One explanation per term (rt-<id>), with its source above it, and for words that
# judge parents a question the parent could ask (rt-<id>-question). Plain English, reading age
# about 9 to 11. Every sentence is ours; the sources are for checking the facts.
# The ids are the catalogue's (src/core/report_terms/catalogue.rs): never rename one.

## The page (its interface; the terms follow)

rp-intro = Wklej albo wpisz słowa z raportu, protokołu, planu albo pisma. Zaznaczymy każde słowo, które znamy. Dotknij zaznaczonego słowa, żeby zobaczyć, co znaczy.
rp-private = Twój tekst zostaje na tym telefonie. Nie jest nigdzie wysyłany. Zniknie, gdy opuścisz tę stronę, chyba że go zachowasz.
rp-text-label = Tekst z Twojego raportu
rp-open-file = Albo otwórz plik tekstowy (.txt)
rp-file-wrong = Nie udało się odczytać tego pliku jako tekstu. Skopiuj z niego słowa i wklej je tutaj.
rp-keep = Zachowaj ten raport na moim telefonie
rp-keep-hint = Jest przechowywany tak jak Twoje inne notatki. Jeśli masz kod dostępu, raport jest nim zablokowany. Przycisk „Usuń wszystkie moje dane” usuwa go razem z notatkami.
rp-clear = Wyczyść tekst
rp-summary = { $count ->
    [0] Nie znaleźliśmy jeszcze żadnych słów z naszej listy.
    [one] Znaleźliśmy 1 słowo, którego wyjaśnienie może Ci się przydać.
    [few] Znaleźliśmy { $count } słowa, których wyjaśnienie może Ci się przydać.
    [many] Znaleźliśmy { $count } słów, których wyjaśnienie może Ci się przydać.
   *[other] Znaleźliśmy { $count } słowa, których wyjaśnienie może Ci się przydać.
}
rp-marked-heading = Twój tekst z zaznaczonymi słowami
rp-list-heading = Słowa w Twoim tekście
rp-explain-close = Zamknij
rp-reply = Odpowiedz na to zdanie w piśmie
rp-replied = To zdanie jest już w Twojej odpowiedzi na raport.
rp-open-reply = Otwórz odpowiedź
rp-source-note = Skąd to pochodzi: z prawa i wytycznych obowiązujących w Anglii i Walii. Wszystko, co ważne, sprawdź u prawnika (solicitor) albo rzecznika (advocate).
rp-ask = Pytanie, które możesz zadać
rp-add-question = Dodaj do listy „Moje pytania”
rp-question-added = Dodano do listy „Moje pytania”.
rp-see-glossary = Więcej w słowniczku
rp-nothing-yet = Nie ma jeszcze nic do wyjaśnienia. Wklej tekst powyżej.

rt-group-law = Prawo i procedury
rt-group-people = Osoby
rt-group-health-school = Zdrowie i szkoła
rt-group-about-parents = Słowa, których specjaliści używają o rodzicach

## The law and the process

# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures s3 pt2
rt-child-protection-conference = Spotkanie w sprawie bezpieczeństwa Twojego dziecka. Organizują je służby ds. dzieci (children's services), gdy poważnie się martwią, że Twoje dziecko doznaje krzywdy albo może jej doznać. Dostajesz na nie zaproszenie. To nie jest sąd.
# source: Working Together to Safeguard Children 2023 ch. 4 (within 15 working days of the strategy discussion); Wales Safeguarding Procedures s3 pt2
rt-icpc = ICPC (initial child protection conference) to wstępna konferencja w sprawie ochrony dziecka. To pierwsza konferencja o Twoim dziecku. Decyduje, czy Twoje dziecko potrzebuje planu ochrony dziecka (child protection plan). Zwykle odbywa się w ciągu 15 dni roboczych od narady strategicznej (strategy discussion).
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt, 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 ch. 4
rt-review-conference = RCPC (review child protection conference) to konferencja przeglądowa. Sprawdza, jak działa plan i czy nadal jest potrzebny. Pierwsza odbywa się w ciągu 3 miesięcy od pierwszej konferencji. Potem co najmniej raz na 6 miesięcy.
# source: Family Rights Group glossary; Wales Safeguarding Procedures s3 pt2 (pre-birth conference)
rt-pre-birth-conference = Konferencja w sprawie ochrony dziecka, która odbywa się, zanim dziecko się urodzi. Decyduje, czy dziecko będzie potrzebować planu od chwili narodzin.
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4
rt-child-protection-plan = CPP (child protection plan) to plan ochrony dziecka. To plan, który ma zapewnić dziecku bezpieczeństwo. Mówi, co musi się zmienić, kto co zrobi i do kiedy. Nie odbiera Ci odpowiedzialności rodzicielskiej (parental responsibility).
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (outline plan at the conference, detailed plan by the core group)
rt-outline-plan = Pierwszy, krótki plan, który powstaje na konferencji. Potem grupa główna (core group) zmienia go w pełny, szczegółowy plan.
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures (common abbreviation)
rt-cp = CP (child protection) to ochrona dziecka: praca nad tym, żeby chronić dziecko przed poważną krzywdą.
# source: Children Act 1989 s17(10); Social Services and Well-being (Wales) Act 2014 Part 3 (Wales speaks of care and support needs)
rt-child-in-need = { $nation ->
        [wales] CIN (child in need) to dziecko w potrzebie: dziecko, które potrzebuje dodatkowej pomocy, żeby być zdrowe i dobrze się rozwijać, albo dziecko z niepełnosprawnością. Prawo w Walii nazywa je teraz dzieckiem z potrzebami w zakresie opieki i wsparcia (care and support needs).
       *[england] CIN (child in need) to dziecko w potrzebie: dziecko, które potrzebuje dodatkowej pomocy od urzędu (council), żeby być zdrowe i dobrze się rozwijać, albo dziecko z niepełnosprawnością. Ta nazwa pochodzi z sekcji 17 ustawy Children Act 1989.
    }
# source: Children Act 1989 s17; Working Together to Safeguard Children 2023 ch. 3; 002_d34d1fa72bfe9724.txt
rt-child-in-need-plan = { $nation ->
        [wales] Plan pomocy i wsparcia dla dziecka i rodziny, który stosuje się w Anglii. W Walii taki plan nazywa się planem opieki i wsparcia (care and support plan).
       *[england] Plan pomocy i wsparcia dla dziecka i rodziny. Stosuje się go, gdy nie ma planu ochrony dziecka albo gdy taki plan się skończy. Ty się na niego zgadzasz: nikt Ci go nie narzuca.
    }
# source: Social Services and Well-being (Wales) Act 2014 s54; 002_d34d1fa72bfe9724.txt
rt-care-and-support-plan = W Walii plan pomocy i wsparcia dla dziecka i rodziny. Stosuje się go, gdy nie ma planu opieki, wsparcia i ochrony (care and support protection plan).
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures s3 pt2
rt-care-and-support-protection-plan = W Walii plan, który powstaje na konferencji w sprawie ochrony dziecka, żeby dziecko było bezpieczne. Dopóki ten plan trwa, imię i nazwisko dziecka jest w rejestrze ochrony dzieci (child protection register).
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (content review L12)
rt-child-protection-register = W Walii poufna lista dzieci, które mają plan opieki, wsparcia i ochrony (care and support protection plan). Mogą ją sprawdzać tylko specjaliści. To nie jest rejestr karny.
# source: Working Together to Safeguard Children 2023 (categories of abuse); Wales Safeguarding Procedures (adds financial abuse)
rt-category-of-harm = { $nation ->
        [wales] Główny rodzaj krzywdy, którego obawia się konferencja: przemoc fizyczna, wykorzystywanie seksualne, przemoc emocjonalna lub psychiczna, zaniedbanie albo wykorzystywanie finansowe.
       *[england] Główny rodzaj krzywdy, którego obawia się konferencja: przemoc fizyczna, wykorzystywanie seksualne, przemoc emocjonalna albo zaniedbanie.
    }
# source: Working Together to Safeguard Children 2023 (definition of physical abuse)
rt-physical-abuse = Celowe krzywdzenie ciała dziecka, na przykład bicie, potrząsanie, przypalanie albo podawanie trucizny. To także celowe doprowadzanie dziecka do choroby.
# source: Working Together to Safeguard Children 2023 (definition of emotional abuse); Wales Safeguarding Procedures ("emotional or psychological abuse")
rt-emotional-abuse = Takie traktowanie dziecka, które raz po raz bardzo rani jego uczucia i szkodzi jego rozwojowi. Na przykład sprawianie, że dziecko czuje się bezwartościowe albo przestraszone. Albo pozwalanie, żeby widziało lub słyszało przemoc domową.
# source: Working Together to Safeguard Children 2023 (definition of sexual abuse)
rt-sexual-abuse = Zmuszanie dziecka do udziału w czynnościach seksualnych albo pozwalanie, żeby w nich uczestniczyło. Także pokazywanie dziecku treści seksualnych. Może się to dziać również w internecie.
# source: Working Together to Safeguard Children 2023 (definition of neglect)
rt-neglect = Gdy raz po raz nie zaspokaja się podstawowych potrzeb dziecka i przez to poważnie cierpi jego zdrowie albo rozwój. Na przykład dziecko nie ma dość jedzenia, ciepła, bezpieczeństwa, opieki lekarskiej albo nadzoru.
# source: Wales Safeguarding Procedures (categories of abuse and neglect in Wales)
rt-financial-abuse = W Walii rodzaj krzywdy, który może wskazać plan. To zabieranie albo niewłaściwe wykorzystywanie pieniędzy lub rzeczy dziecka. To także niezaspokajanie potrzeb dziecka z pieniędzy, które są przeznaczone dla niego.
# source: Children Act 1989 s31(9)-(10) and s47; 001_ae30d34ab232a286.txt
rt-significant-harm = Krzywda na tyle poważna, że szkodzi zdrowiu albo rozwojowi dziecka. Właśnie tym martwi się konferencja w sprawie ochrony dziecka.
# source: Children Act 1989 s47; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures ("a47 enquiries")
rt-section-47-enquiries = Sprawdzanie, które muszą przeprowadzić służby ds. dzieci, gdy uważają, że dziecku może grozić poważna krzywda (significant harm). Nazwa pochodzi od sekcji 47 ustawy Children Act 1989. Pracownik socjalny rozmawia z Tobą, z Twoim dzieckiem i z innymi osobami.
# source: Children Act 1989 s17
rt-section-17 = Sekcja 17 ustawy Children Act 1989. Pozwala urzędowi (council) dawać pomoc i usługi dziecku w potrzebie (child in need) i jego rodzinie. Pomoc z sekcji 17 jest dobrowolna.
# source: Children Act 1989 s20(7)-(8); CONTENT-FACTS.md second round (content review)
rt-section-20 = Sekcja 20 ustawy Children Act 1989. Twoje dziecko mieszka gdzie indziej, na przykład u rodziny zastępczej (foster carers), bo Ty się na to zgadzasz. To nie jest nakaz sądu. Rodzic, który ma odpowiedzialność rodzicielską, może to zakończyć i zabrać dziecko do domu. Najpierw poradź się prawnika (solicitor).
# source: Social Services and Well-being (Wales) Act 2014 s76; cyfraith.llyw.cymru "Diogelu"
rt-section-76 = W Walii sekcja 76 ustawy Social Services and Well-being (Wales) Act 2014. Twoje dziecko mieszka gdzie indziej, na przykład u rodziny zastępczej (foster carers), bo Ty się na to zgadzasz. To nie jest nakaz sądu i możesz to zakończyć. Najpierw poradź się prawnika (solicitor).
# source: Children Act 1989 s31
rt-section-31 = Sekcja 31 ustawy Children Act 1989. To część prawa, która pozwala sądowi wydać nakaz opieki (care order) albo nakaz nadzoru (supervision order).
# source: Children Act 1989 s31(2); Practice Direction 12A (threshold document)
rt-threshold = Próg (threshold): poziom obaw, który musi zostać osiągnięty, zanim coś może się stać. Zanim sąd wyda nakaz opieki (care order), musi stwierdzić, że dziecko doznaje poważnej krzywdy albo prawdopodobnie jej dozna. Ta krzywda musi wynikać z opieki, którą dziecko dostaje. Dokument o progu (threshold document) wymienia fakty, które według urzędu (council) to pokazują.
# source: Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures
rt-strategy-discussion = Rozmowa służb ds. dzieci, policji, służby zdrowia i innych osób o obawach dotyczących dziecka. Decyduje, czy potrzebne jest postępowanie wyjaśniające z sekcji 47 (section 47 enquiries). Odbywa się przed konferencją.
# source: Working Together to Safeguard Children 2023 ch. 3 (assessment within 45 working days); 004_cdfde2f55ea0fb42.txt (Wales: 42 working days from the start of section 47 enquiries)
rt-assessment = { $nation ->
        [wales] Pracownik socjalny poznaje potrzeby Twojego dziecka i Twoją rodzinę. Rozmawia z Tobą, z Twoim dzieckiem i z innymi osobami, a potem zapisuje, czego się dowiedział. Gdy dziecko ma plan, ocena powinna być gotowa w ciągu 42 dni roboczych od początku postępowania wyjaśniającego (enquiries).
       *[england] Pracownik socjalny poznaje potrzeby Twojego dziecka i Twoją rodzinę. Rozmawia z Tobą, z Twoim dzieckiem i z innymi osobami, a potem zapisuje, czego się dowiedział. Ocena powinna być gotowa w ciągu 45 dni roboczych.
    }
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures
rt-contingency-plan = Plan na wypadek, gdyby główny plan nie działał albo gdyby coś poszło nie tak.
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (first meeting within 10 working days)
rt-core-group = Mała grupa specjalistów i członków rodziny, która wprowadza plan w życie. Zwykle Ty też do niej należysz. Pierwszy raz spotyka się w ciągu 10 dni roboczych od konferencji.
# source: Family Rights Group (family group conferences); 000_1e1dbaff73eac1a8.txt
rt-family-group-conference = FGC (family group conference) to narada rodzinna. Twoja rodzina i przyjaciele spotykają się i sami układają plan, żeby Twoje dziecko było bezpieczne. Możesz poprosić o nią służby ds. dzieci.
# source: 002_d34d1fa72bfe9724.txt; 000_1e1dbaff73eac1a8.txt
rt-legal-planning-meeting = Spotkanie, na którym służby ds. dzieci pytają prawnika o radę, czy skierować sprawę do sądu. Rodzice nie biorą udziału w tym spotkaniu. Po nim może przyjść pismo przed wszczęciem postępowania (letter before proceedings).
# source: 002_d34d1fa72bfe9724.txt; Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5 (content review M1)
rt-letter-before-proceedings = LBP (letter before proceedings) to pismo przed wszczęciem postępowania. Służby ds. dzieci piszą w nim, że myślą o skierowaniu sprawy do sądu, i co możesz zrobić, żeby do tego nie doszło. Od razu zanieś je do prawnika, który specjalizuje się w prawie dotyczącym dzieci. Na tym etapie porada prawna jest bezpłatna, bez względu na Twoje dochody.
# source: 002_d34d1fa72bfe9724.txt
rt-letter-of-issue = Pismo od służb ds. dzieci, w którym piszą, że kierują sprawę do sądu. Od razu zanieś je do prawnika, który specjalizuje się w prawie dotyczącym dzieci.
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
rt-plo = PLO (Public Law Outline) to zasady, których urzędy przestrzegają przed sprawą sądową o dzieci i w jej trakcie. Etap przed postępowaniem sądowym (pre-proceedings) zaczyna się od pisma przed wszczęciem postępowania (letter before proceedings). To szansa, żeby coś zmienić i uniknąć sądu.
# source: Practice Direction 12A; Department for Education, Court orders and pre-proceedings (2014)
rt-pre-proceedings-meeting = Spotkanie po piśmie przed wszczęciem postępowania (letter before proceedings). Idziesz na nie ze swoim prawnikiem. Urząd (council) mówi, co musi się zmienić, a Ty możesz powiedzieć, jakiej pomocy potrzebujesz.
# source: 003_23392368096e3b46.txt; Wales Safeguarding Procedures (corrections within 10 working days)
rt-minutes = Pisemne notatki ze spotkania. Powinni Ci dać kopię. Jeśli coś w nich jest nieprawdą, powiedz o tym przewodniczącemu (chair).
# source: Children Act 1989 ss2-3; council guidance (a plan does not remove it)
rt-parental-responsibility = PR (parental responsibility) to odpowiedzialność rodzicielska: prawa i obowiązki, które rodzic ma wobec swojego dziecka. Plan ochrony dziecka jej nie odbiera.
# source: Working Together to Safeguard Children 2023 (timescales in working days); Wales Safeguarding Procedures
rt-working-day = Od poniedziałku do piątku, bez dni ustawowo wolnych od pracy (bank holidays).
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5; Family Rights Group (content review M1)
rt-legal-aid = Pomoc od państwa w opłaceniu prawnika (solicitor). Na początku zależy od Twoich dochodów. Kiedy dostaniesz pismo przed wszczęciem postępowania, jest bezpłatna bez względu na Twoje dochody. W sprawie sądowej też jest bezpłatna.
# source: Local Government and Social Care Ombudsman and Public Services Ombudsman for Wales fact sheets
rt-ombudsman = Niezależna instytucja, która rozpatruje skargi na urzędy. Można się do niej zwrócić po zakończeniu skargi w samym urzędzie. Sprawdza, jak postąpił urząd. Nie może zmienić decyzji konferencji.
# source: 003_23392368096e3b46.txt; Children Act 2004 s18 (director of children's services)
rt-childrens-services = Część Twojego urzędu (council), która pracuje z dziećmi i rodzinami. Inne nazwy to children's social care (CSC) albo social services (opieka społeczna).
# source: Children Act 1989 s105 (local authority); Social Services and Well-being (Wales) Act 2014 s197
rt-local-authority = LA (local authority) to władze lokalne, czyli Twój urząd (council).
# source: Children Act 1989 (legislation.gov.uk)
rt-children-act-1989 = Ustawa o dzieciach z 1989 roku. To najważniejsza ustawa o dzieciach w Anglii i Walii. Określa odpowiedzialność rodzicielską, pomoc dla rodzin i to, kiedy sądy mogą wydawać nakazy.
# source: Social Services and Well-being (Wales) Act 2014 (legislation.gov.uk); cyfraith.llyw.cymru "Diogelu"
rt-sswba = Ustawa w Walii o pomocy i wsparciu od opieki społecznej (social services) oraz o ochronie dzieci i dorosłych. Często nazywa się ją ustawą z 2014 roku (the 2014 Act).
# source: Working Together to Safeguard Children 2023 (statutory guidance, GOV.UK)
rt-working-together = Wytyczne rządu dla specjalistów w Anglii o tym, jak chronić dzieci. Najnowsza wersja jest z 2023 roku. Opisują, jak powinna działać ochrona dzieci.
# source: Wales Safeguarding Procedures 2019 (safeguarding.wales), which replaced the All Wales Child Protection Procedures 2008
rt-wales-safeguarding-procedures = Zasady, których przestrzegają specjaliści w Walii, żeby chronić dzieci i dorosłych. W 2019 roku zastąpiły starsze zasady All Wales Child Protection Procedures.
# source: Children Act 1989 ss44-45 (up to 8 days, can be extended by up to 7)
rt-epo = EPO (emergency protection order) to nakaz ochrony w nagłym wypadku. Sąd może go wydać, gdy dziecku właśnie teraz grozi niebezpieczeństwo. Może trwać do 8 dni i można go przedłużyć najwyżej o 7 dni. Od razu skontaktuj się z prawnikiem (solicitor).
# source: Children Act 1989 s46 (up to 72 hours)
rt-police-protection = Policja może zabrać dziecko w bezpieczne miejsce albo je tam zatrzymać, jeśli uważa, że inaczej dziecko zostałoby poważnie skrzywdzone. Może to trwać do 72 godzin. To nie jest nakaz sądu.
# source: Children Act 1989 s38
rt-ico = ICO (interim care order) to tymczasowy nakaz opieki: krótkoterminowy nakaz opieki, który sąd wydaje, dopóki trwa sprawa. Urząd (council) ma wtedy razem z Tobą odpowiedzialność rodzicielską za Twoje dziecko. W sądzie państwowa pomoc prawna (legal aid) dla rodziców jest bezpłatna.
# source: Children Act 1989 ss31, 33
rt-care-order = Nakaz sądu, który daje urzędowi (council) odpowiedzialność rodzicielską za dziecko. Urząd ma ją razem z rodzicami i może ograniczyć to, jak z niej korzystają. Nakaz obowiązuje, dopóki dziecko nie skończy 18 lat, chyba że sąd go zakończy.
# source: Children Act 1989 s35 and Sch. 3 (up to 1 year, can be extended up to 3 years)
rt-supervision-order = Nakaz sądu, który oddaje dziecko pod nadzór pracownika socjalnego. Dziecko zwykle mieszka w domu. Nakaz trwa do 1 roku i można go przedłużyć.
# source: Children Act 1989 ss14A-14C
rt-sgo = SGO (special guardianship order) to nakaz specjalnej opieki. Sąd ustanawia kogoś, często krewnego, specjalnym opiekunem (special guardian) dziecka do czasu, gdy dziecko skończy 18 lat. Specjalny opiekun podejmuje większość codziennych decyzji. Rodzice zachowują odpowiedzialność rodzicielską, ale mają mniej do powiedzenia.
# source: Children Act 1989 s8
rt-child-arrangements-order = CAO (child arrangements order) to nakaz sądu, który mówi, z kim dziecko mieszka i kiedy spędza czas z innymi osobami.
# source: Children Act 1989 s31 and s32 (26 weeks); Civil Legal Aid regulations (free for parents)
rt-care-proceedings = Sprawa sądowa, w której urząd (council) prosi sąd o nakaz opieki (care order) albo nakaz nadzoru (supervision order). Powinna się skończyć w ciągu 26 tygodni. Rodzice dostają bezpłatną państwową pomoc prawną (legal aid). Od razu znajdź prawnika, który specjalizuje się w prawie dotyczącym dzieci.
# source: Adoption and Children Act 2002 s21
rt-placement-order = Nakaz sądu, który pozwala urzędowi (council) umieścić dziecko u osób, które mogą je adoptować. Jeśli usłyszysz to słowo, od razu porozmawiaj ze swoim prawnikiem.
# source: Practice Direction 12A (Public Law Outline stages)
rt-irh = IRH (issues resolution hearing) to rozprawa w sądzie pod koniec sprawy o opiekę (care proceedings). Ustala się na niej, w czym wszyscy się zgadzają, a co nadal jest sporne.
# source: Practice Direction 12A (Public Law Outline stages)
rt-cmh = CMH (case management hearing) to wczesna rozprawa w sprawie o opiekę (care proceedings). Planuje się na niej przebieg sprawy: jakie raporty są potrzebne i do kiedy.
# source: Practice Direction 12A (Public Law Outline stages)
rt-final-hearing = Ostatnia rozprawa w sprawie. Sędzia albo sędziowie pokoju (magistrates) decydują na niej, jakie nakazy wydać.
# source: FDAC National Unit / Centre for Justice Innovation (Family Drug and Alcohol Court model)
rt-fdac = FDAC (Family Drug and Alcohol Court) to sąd rodzinny do spraw narkotyków i alkoholu. W niektórych rejonach to inny rodzaj sprawy o opiekę, dla rodziców, którzy używają narkotyków albo alkoholu. Często spotykasz się z tym samym sędzią, a zespół pomaga Ci wprowadzać zmiany.
# source: Children Act 1989 s31A (care plans in care proceedings)
rt-care-plan = W sprawie sądowej plan urzędu (council): gdzie dziecko będzie mieszkać i jaką opiekę dostanie. Sąd czyta go, zanim wyda nakaz opieki (care order).
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (care planning); Family Rights Group
rt-parallel-planning = Przygotowanie dwóch planów jednocześnie. W jednym dziecko wraca do domu. W drugim dziecko ma inny dom, na wypadek gdyby powrót nie był możliwy. Robi się tak, żeby dziecko nie czekało za długo.
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (permanence)
rt-permanence = Bezpieczny, stały dom dla dziecka do końca jego dzieciństwa. Może to być u rodziców, u krewnych, u rodziny zastępczej (foster carers) albo przez adopcję.
# source: NSPCC Reunification Practice Framework
rt-reunification = Powrót dziecka do domu, do rodziny, po czasie, gdy opiekowano się nim gdzie indziej.
# source: Children Act 1989 s22; Social Services and Well-being (Wales) Act 2014 s74
rt-looked-after-child = LAC albo CLA (looked after child, child looked after) to dziecko pod opieką urzędu (council). Urząd opiekuje się nim na podstawie nakazu sądu albo za zgodą rodziców. Większość takich dzieci mieszka w rodzinach zastępczych (foster carers) albo u krewnych.
# source: Children Act 1989 s34 (contact with a child in care); Family Justice Young People's Board (the words "family time")
rt-family-time = Czas, który dziecko spędza z rodzicami albo rodziną, gdy nie mieszkają razem. Nazywa się to też kontaktem (contact). Kontakt nadzorowany (supervised) oznacza, że jest przy nim specjalista.
# source: Family Rights Group (viability assessments of family and friends)
rt-viability-assessment = Pierwsze, szybkie sprawdzenie, czy krewny albo przyjaciel mógłby opiekować się dzieckiem. Potem może być pełna ocena (assessment).
# source: Children Act 1989 s38(6); Family Rights Group
rt-residential-assessment = Rodzic i dziecko mieszkają przez kilka tygodni w specjalnym ośrodku. Pracownicy obserwują rodzica, gdy opiekuje się dzieckiem, i pomagają mu.
# source: Home Office, Multi Agency Working and Information Sharing Project (2014)
rt-mash = MASH (multi-agency safeguarding hub) to wspólny zespół różnych służb, które chronią dzieci. Służby ds. dzieci, policja, służba zdrowia i inni dzielą się w nim informacjami o nowych obawach i decydują, co robić.
# source: Working Together to Safeguard Children 2023 ch. 3 (decision within one working day)
rt-referral = Zgłoszenie: ktoś mówi służbom ds. dzieci, że martwi się o dziecko. Służby ds. dzieci powinny zdecydować, co robić, w ciągu jednego dnia roboczego.
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures s3 pt2 (outcomes of enquiries)
rt-nfa = NFA (no further action) znaczy „bez dalszych działań”. Służby ds. dzieci albo policja zdecydowały, że na razie nie będą już nic robić.
# source: SafeLives (MARAC guidance)
rt-marac = MARAC (multi-agency risk assessment conference) to spotkanie różnych służb w sprawie oceny ryzyka. Policja, służba zdrowia, służby ds. dzieci i inni dzielą się na nim informacjami, żeby chronić osobę, której grozi wysokie ryzyko przemocy domowej. Ta osoba nie przychodzi na spotkanie, ale w jej imieniu wypowiada się IDVA (niezależny doradca ds. przemocy domowej).
# source: Criminal Justice Act 2003 s325; Ministry of Justice MAPPA guidance
rt-mappa = MAPPA (multi-agency public protection arrangements) to wspólne działania różnych służb dla ochrony ludzi. Policja, służba kuratorska (probation) i więzienia współpracują, żeby nadzorować osoby, które popełniły niektóre przestępstwa seksualne albo przestępstwa z użyciem przemocy.
# source: SafeLives (Dash risk identification checklist)
rt-dash = DASH to lista pytań o przemoc domową, prześladowanie (stalking) i nękanie (harassment). Policja i inni używają jej, żeby ocenić, w jak dużym niebezpieczeństwie jest dana osoba.
# source: Working Together to Safeguard Children 2023 ch. 2 (early help)
rt-early-help = Wsparcie dla rodziny, gdy tylko zaczynają się problemy, zanim się pogorszą. Jest dobrowolne. Ocena wczesnej pomocy (early help assessment, EHA) sprawdza, jaka pomoc by zadziałała.
# source: Working Together to Safeguard Children 2023 ch. 2 (early help, lead practitioner)
rt-team-around-the-family = TAF albo TAC (team around the family, team around the child) to zespół wokół rodziny albo zespół wokół dziecka. Specjaliści, którzy pracują z rodziną, spotykają się z nią, żeby razem zaplanować pomoc.
# source: Working Together to Safeguard Children 2023 (moving between child protection, child in need and early help)
rt-step-down = Przejście rodziny na niższy poziom pomocy, gdy obawy się zmniejszą. Na przykład z planu ochrony dziecka na plan dla dziecka w potrzebie (Child in Need plan) albo na wczesną pomoc (early help).
# source: Children and Social Work Act 2017; Working Together to Safeguard Children 2023 ch. 2
rt-safeguarding-partnership = W Anglii urząd (council), publiczna służba zdrowia (NHS) i policja w danym rejonie współpracują, żeby chronić dzieci. Nazywa się je partnerami ds. ochrony dzieci (safeguarding partners). Starsza nazwa to LSCB.
# source: Social Services and Well-being (Wales) Act 2014 s134
rt-regional-safeguarding-board = W Walii rada w każdym regionie, która dba o to, żeby różne instytucje współpracowały w ochronie dzieci.
# source: Working Together to Safeguard Children 2023 (definition of safeguarding)
rt-safeguarding = Wszystko, co się robi, żeby chronić dzieci przed krzywdą i pomóc im dorastać bezpiecznie i w dobrym zdrowiu.
# source: Working Together to Safeguard Children 2023
rt-multi-agency = Różne służby, które ze sobą współpracują, na przykład służby ds. dzieci, służba zdrowia, szkoły i policja.
# source: Working Together to Safeguard Children 2023; local child protection procedures
rt-professionals-meeting = Spotkanie specjalistów, którzy pracują z rodziną, bez udziału rodziny. Zapytaj, o czym rozmawiano i czy są z niego notatki.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; local procedures (visit frequency differs by area)
rt-statutory-visit = Wizyta, którą pracownik socjalny musi złożyć z mocy prawa albo zgodnie z zasadami, na przykład u dziecka, które ma plan. Pracownik socjalny będzie chciał zobaczyć Twoje dziecko, a często też miejsce, gdzie śpi.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (visits may be unannounced)
rt-unannounced-visit = Wizyta pracownika socjalnego bez wcześniejszego uprzedzenia. Może się zdarzyć, dopóki Twoje dziecko ma plan.
# source: Working Together to Safeguard Children 2023 (children seen alone during enquiries and assessments)
rt-seen-alone = Pracownik socjalny rozmawiał z Twoim dzieckiem bez Ciebie. To normalna część tej pracy. Dzięki temu dziecko może mówić swobodnie.
# source: Working Together to Safeguard Children 2023 (outcomes of section 47 enquiries); Wales Safeguarding Procedures s3 pt2 (concerns substantiated or not)
rt-substantiated = Substantiated znaczy, że obawy sprawdzono i okazały się prawdziwe. Unsubstantiated znaczy, że nie było dość dowodów, że są prawdziwe.
# source: NSPCC Learning (recognising and responding to abuse: disclosures)
rt-disclosure = Gdy dziecko mówi komuś o krzywdzie. Może to też oznaczać, że dorosły mówi specjalistom coś o sobie.
# source: Ministry of Justice, Achieving Best Evidence in Criminal Proceedings (2022)
rt-abe-interview = ABE (achieving best evidence) znaczy „uzyskanie najlepszych dowodów”. To nagrywana na wideo rozmowa z dzieckiem albo świadkiem. Prowadzą ją specjalnie przeszkoleni policjanci albo pracownicy socjalni. Można ją wykorzystać w sądzie.
# source: Prosecution of Offences Act 1985; CPS (cps.gov.uk)
rt-cps = CPS (Crown Prosecution Service) to prokuratura. Decyduje, czy postawić komuś zarzut przestępstwa, i wnosi sprawy do sądu karnego.
# source: Police and Criminal Evidence Act 1984 Part IV (pre-charge bail); Bail Act 1976
rt-bail = Gdy osoba zatrzymana zostaje wypuszczona, a sprawa na policji albo w sądzie nadal trwa. Warunki zwolnienia (bail conditions) to zasady, których ta osoba musi przestrzegać, na przykład nie przychodzić pod jakiś adres.
# source: Policing and Crime Act 2017 (pre-charge bail reform); College of Policing
rt-rui = RUI (released under investigation) znaczy „zwolniony w trakcie dochodzenia”. Policja wypuściła kogoś bez warunków zwolnienia (bail), a przestępstwo jest nadal wyjaśniane. Ta osoba nie musi przestrzegać żadnych warunków zwolnienia.
# source: Family Law Act 1996 ss42-42A
rt-non-molestation-order = Nakaz sądu, który zakazuje komuś stosowania przemocy albo grożenia nią, a także nękania lub dręczenia drugiej osoby. Złamanie go jest przestępstwem.
# source: Family Law Act 1996 ss33-38
rt-occupation-order = Nakaz sądu o tym, kto może mieszkać w domu. Może na jakiś czas zakazać komuś wstępu do domu.
# source: Crime and Security Act 2010 ss24-33; Domestic Abuse Act 2021 Part 3
rt-dvpo = DVPN i DVPO to zawiadomienie od policji (notice) i nakaz sądu (order). Każą osobie, która stosowała przemoc, trzymać się z dala od domu osoby, którą krzywdziła, przez najwyżej 28 dni. W niektórych rejonach zaczyna je zastępować nowszy nakaz ochrony przed przemocą domową (domestic abuse protection order, DAPO).
# source: Home Office, Domestic Violence Disclosure Scheme guidance
rt-clares-law = Clare's Law (prawo Clare) to inaczej domestic violence disclosure scheme (DVDS), czyli program ujawniania informacji o przemocy domowej. Pozwala Ci zapytać policję, czy Twój partner stosował w przeszłości przemoc. Policja może Ci to też powiedzieć bez pytania.
# source: Department for Education, Child sexual exploitation: definition and guide for practitioners (2017)
rt-cse = CSE (child sexual exploitation) to wykorzystywanie seksualne dzieci. Ktoś podstępem, naciskiem albo siłą wciąga dziecko w czynności seksualne. Często daje dziecku coś w zamian, na przykład prezenty, narkotyki albo uwagę.
# source: Keeping Children Safe in Education 2024; Home Office county lines guidance
rt-cce = CCE (child criminal exploitation) to wykorzystywanie dzieci do przestępstw: ktoś używa dziecka do popełniania przestępstw, na przykład do przenoszenia narkotyków albo pieniędzy. Często przy tym grozi dziecku albo je nagradza.
# source: Home Office, Criminal exploitation of children and vulnerable adults: county lines guidance
rt-county-lines = Gangi, które przewożą narkotyki z dużych miast do innych miejscowości. Często wykorzystują dzieci do przenoszenia i sprzedawania narkotyków.
# source: Working Together to Safeguard Children 2023 ch. 3 (harm outside the home); Contextual Safeguarding Network (University of Durham)
rt-contextual-safeguarding = Ochrona młodych ludzi przed krzywdą poza rodziną. Na przykład przed krzywdą ze strony znajomych, w okolicy, w której mieszkają, w szkole albo w internecie.
# source: Department for Education, Children who run away or go missing from home or care (2014)
rt-missing-episode = Czas, gdy dziecko zaginęło: nie było go w domu albo w miejscu, gdzie było pod opieką. Potem ktoś niezależny powinien zaproponować dziecku rozmowę o tym, co się stało. To rozmowa po powrocie (return home interview, RHI).
# source: Female Genital Mutilation Act 2003; NHS (female genital mutilation)
rt-fgm = FGM (female genital mutilation) to okaleczanie żeńskich narządów płciowych: wycinanie albo zmienianie narządów płciowych dziewczynki bez powodu medycznego. W Wielkiej Brytanii to przestępstwo. Powoduje trwałą krzywdę.
# source: Anti-social Behaviour, Crime and Policing Act 2014
rt-asb = ASB (anti-social behaviour) to zachowanie antyspołeczne: zachowanie, przez które inni ludzie czują się nękani, przestraszeni albo przygnębieni. Na przykład hałas albo groźby.

## The people

# source: 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-social-worker = SW (social worker) to pracownik socjalny. To przeszkolony specjalista ze służb ds. dzieci, który pracuje z Twoim dzieckiem i rodziną. Pracownik socjalny przypisany do Twojego dziecka kieruje planem.
# source: 000_1e1dbaff73eac1a8.txt; 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-lead-social-worker = Pracownik socjalny, który odpowiada za plan Twojego dziecka. Czasem nazywa się go też key worker albo lead practitioner.
# source: local children's services structures (council guides for parents)
rt-team-manager = TM (team manager) to kierownik zespołu, czyli przełożony pracownika socjalnego. Jeśli coś Ci się nie podoba, możesz poprosić o rozmowę z nim.
# source: 001_ae30d34ab232a286.txt; Working Together to Safeguard Children 2023 (the chair is independent of the case) (content review L3)
rt-chair = Osoba, która prowadzi konferencję. To doświadczony pracownik socjalny, który nie zajmuje się sprawą Twojego dziecka. Możesz z nim porozmawiać przed spotkaniem.
# source: Children Act 1989 ss25A-25C; IRO Handbook (2010)
rt-iro = IRO (independent reviewing officer) to niezależny urzędnik ds. przeglądów. Sprawdza plan opieki (care plan) dziecka, którym opiekuje się urząd (council), i prowadzi przeglądy sprawy dziecka (reviews). Nie jest pracownikiem socjalnym dziecka.
# source: Working Together to Safeguard Children 2023; Keeping Children Safe in Education 2024 Part 4
rt-lado = LADO (local authority designated officer) to wyznaczony urzędnik w urzędzie (council). Zajmuje się obawami, że ktoś, kto pracuje z dziećmi, na przykład nauczyciel, mógł skrzywdzić dziecko.
# source: Family Rights Group (parent advocacy); 003_23392368096e3b46.txt
rt-advocate = Rzecznik (advocate) to osoba, która pomaga Ci powiedzieć, co myślisz, i dba o to, żeby Cię wysłuchano. Rzecznik jest po Twojej stronie i nie pracuje dla służb ds. dzieci.
# source: Children Act 1989 s41; Cafcass
rt-childrens-guardian = W sprawie sądowej niezależna osoba, która dba przed sądem o interesy dziecka. Wybiera dla dziecka prawnika (solicitor).
# source: Criminal Justice and Court Services Act 2000 s12; Children Act 2004 s35 (Cafcass Cymru)
rt-cafcass = { $nation ->
        [wales] Cafcass dba o interesy dzieci w sądach rodzinnych w Anglii. W Walii tę samą pracę wykonuje Cafcass Cymru.
       *[england] Cafcass (Children and Family Court Advisory and Support Service) to służba doradztwa i wsparcia przy sądach rodzinnych. Dba o interesy dzieci w sądach rodzinnych w Anglii. Pracownik Cafcass może być opiekunem dziecka w sądzie (children's guardian).
    }
# source: Children Act 2004 s35; Welsh Government (Cafcass Cymru)
rt-cafcass-cymru = W Walii służba, która dba o interesy dzieci w sądach rodzinnych. Jest częścią rządu Walii.
# source: local children's services (family support); Working Together to Safeguard Children 2023 ch. 2
rt-family-support-worker = FSW (family support worker) to pracownik wsparcia rodziny. Daje praktyczną pomoc w domu, na przykład przy stałym rytmie dnia, pieniądzach albo wychowaniu dzieci. Zwykle nie jest pracownikiem socjalnym.
# source: SafeLives (the IDVA role); Home Office
rt-idva = IDVA (independent domestic violence adviser) to niezależny doradca ds. przemocy domowej. Pomaga zachować bezpieczeństwo osobom, którym grozi wysokie ryzyko przemocy domowej. Pracuje dla organizacji charytatywnej albo innej służby, a nie dla policji.
# source: Home Office, The role of the Independent Sexual Violence Adviser (2017)
rt-isva = ISVA (independent sexual violence adviser) to niezależny doradca ds. przemocy seksualnej. Wspiera osoby, które zostały zgwałcone albo napadnięte na tle seksualnym.
# source: Police Reform Act 2002; College of Policing
rt-pcso = PCSO (police community support officer) to osoba, która pracuje z policją w okolicy, ale nie jest policjantem.
# source: Ministry of Justice, HM Prison and Probation Service
rt-probation = Służba, która nadzoruje osoby skazane na karę wykonywaną poza więzieniem (community sentence) albo zwolnione z więzienia.
# source: Crime and Disorder Act 1998 s39
rt-yot = YOT, YOS albo YJS (youth offending team, youth justice service) to zespół urzędu (council) ds. młodzieży. Pracuje z dziećmi w wieku od 10 do 17 lat, które mają kłopoty z prawem.
# source: 003_23392368096e3b46.txt (a member of staff takes notes of the meeting)
rt-minute-taker = Osoba na spotkaniu, która zapisuje notatki, czyli protokół (minutes). Nie bierze udziału w podejmowaniu decyzji.
# source: Fostering Services (England) Regulations 2011; Children Act 1989 s22C
rt-foster-carer = Osoba zatwierdzona przez urząd (council) albo agencję, która opiekuje się dziećmi we własnym domu. Opiekuje się dziećmi, które nie mogą mieszkać z rodzicami.
# source: Department for Education, Championing kinship care (2023); Care Planning, Placement and Case Review (England) Regulations 2010 reg 24 (connected person)
rt-kinship-carer = Krewny albo przyjaciel, który opiekuje się dzieckiem, bo dziecko nie może mieszkać z rodzicami. Urząd (council) może nazywać go osobą powiązaną (connected person).
# source: Framework for the Assessment of Children in Need and their Families (2000)
rt-primary-carer = Osoba, która na co dzień najwięcej opiekuje się dzieckiem.
# source: Children Act 1989 (parents who do not live with the child keep parental responsibility if they have it)
rt-non-resident-parent = Rodzic, który nie mieszka z dzieckiem. Może nadal mieć odpowiedzialność rodzicielską. Mogą go poprosić o udział w sprawie.
# source: Working Together to Safeguard Children 2023 (out-of-hours services); council guides
rt-edt = EDT (emergency duty team) to zespół dyżurny: pracownicy socjalni, którzy odbierają telefony w nocy, w weekendy i w dni ustawowo wolne od pracy (bank holidays).

## Health and school

# source: 003_23392368096e3b46.txt; NHS (health visitors)
rt-health-visitor = HV (health visitor) to pielęgniarka środowiskowa: pielęgniarka albo położna z dodatkowym przeszkoleniem, która wspiera rodziny z dziećmi poniżej 5 lat.
# source: NHS (GP services); 003_23392368096e3b46.txt
rt-gp = GP (general practitioner) to lekarz pierwszego kontaktu, czyli Twój lekarz rodzinny.
# source: NHS (your antenatal and postnatal care)
rt-midwife = Położna: osoba z personelu medycznego, która opiekuje się Tobą w ciąży, przy porodzie i w pierwszych dniach po porodzie.
# source: NHS (school nursing); Healthy Child Programme 5 to 19
rt-school-nurse = Pielęgniarka, która dba o zdrowie dzieci i młodzieży w wieku szkolnym.
# source: 003_23392368096e3b46.txt; RCPCH Child Protection Companion
rt-paediatrician = Lekarz, który specjalizuje się w leczeniu dzieci. Pediatra środowiskowy (community paediatrician) często bada dzieci, gdy są obawy o ich rozwój albo obawy związane z ochroną dziecka.
# source: NHS (children and young people's mental health services)
rt-camhs = CAMHS (child and adolescent mental health services) to pomoc NHS (publicznej służby zdrowia) dla dzieci i młodych ludzi z problemami ze zdrowiem psychicznym. Nowsza nazwa: CYPMHS.
# source: NHS (community mental health services)
rt-cpn = CPN (community psychiatric nurse) to środowiskowa pielęgniarka psychiatryczna: pielęgniarka zdrowia psychicznego, która odwiedza ludzi w domu albo spotyka się z nimi w ich okolicy.
# source: NHS (community mental health teams)
rt-cmht = CMHT (community mental health team) to środowiskowy zespół zdrowia psychicznego: pracownicy NHS, którzy wspierają dorosłych z poważnymi problemami ze zdrowiem psychicznym.
# source: NHS (when to go to A&E)
rt-a-and-e = A&E (accident and emergency) to szpitalny oddział ratunkowy: część szpitala dla osób z poważnymi urazami i chorobami.
# source: NICE guideline CG89, Child maltreatment: when to suspect
rt-nai = NAI (non-accidental injury) to uraz nieprzypadkowy: uraz, który według lekarzy mógł nie być wypadkiem. To obawa, którą trzeba sprawdzić, a nie stwierdzony fakt.
# source: Royal College of Radiologists and RCPCH, The radiological investigation of suspected physical abuse in children
rt-skeletal-survey = Seria zdjęć rentgenowskich całego szkieletu niemowlęcia albo małego dziecka. Sprawdza się na nich, czy są złamania kości, stare albo nowe.
# source: RCPCH Child Protection Companion
rt-cp-medical = Badanie, które przeprowadza lekarz dziecięcy, gdy są obawy, że dziecko doznało krzywdy. Lekarz pisze raport. Zwykle prosi się Cię o zgodę na to badanie.
# source: NHS and RCPCH ("was not brought" replacing "did not attend" for children)
rt-dna = W dokumentacji medycznej DNA zwykle znaczy „did not attend”, czyli ktoś nie przyszedł na wizytę. Jeśli raport dotyczy badania, DNA może oznaczać badanie genetyczne, na przykład żeby ustalić, kto jest ojcem dziecka.
# source: NHS and RCPCH ("was not brought")
rt-was-not-brought = WNB (was not brought) znaczy „nie zostało przyprowadzone”: dziecko nie było na umówionej wizycie zdrowotnej. Dzieci nie mogą pójść same, więc zapisuje się to jako odpowiedzialność dorosłego.
rt-was-not-brought-question = Które wizyty zostały opuszczone i co pomogłoby nam na nie docierać?
# source: NICE guideline NG75, Faltering growth
rt-faltering-growth = Gdy niemowlę albo dziecko nie przybiera na wadze albo nie rośnie tak, jak powinno. Dawniej nazywano to failure to thrive. Może być wiele przyczyn, także choroba.
# source: NHS and RCPCH UK-WHO growth charts (Red Book)
rt-centile = Linia na siatce centylowej (wykresie wzrostu). Pokazuje, jak waga albo wzrost dziecka wypadają w porównaniu z innymi dziećmi w tym samym wieku. Lekarze zwracają uwagę, gdy dziecko przesuwa się z jednej linii na inną.
# source: NHS (developmental milestones)
rt-developmental-delay = Gdy dziecko uczy się umiejętności takich jak chodzenie, mówienie albo zabawa później niż większość dzieci w tym samym wieku. Te umiejętności to kamienie milowe rozwoju (milestones).
# source: NHS (personal child health record, the Red Book)
rt-red-book = Osobista książeczka zdrowia dziecka (personal child health record). Rodzice ją przechowują. Zapisuje się w niej badania, wagę i szczepienia dziecka.
# source: NHS (perinatal mental health; postnatal depression)
rt-perinatal-mental-health = Problemy ze zdrowiem psychicznym w ciąży albo po porodzie, na przykład depresja poporodowa (PND). Są częste i można je leczyć.
# source: NHS (autism)
rt-autism = ASD albo ASC (autism spectrum disorder, autism spectrum condition) to spektrum autyzmu. Autyzm wpływa na to, jak człowiek porozumiewa się z innymi i jak odbiera świat. To nie jest choroba.
# source: NHS (ADHD)
rt-adhd = ADHD (attention deficit hyperactivity disorder) to zespół nadpobudliwości psychoruchowej z deficytem uwagi. Wpływa na uwagę, aktywność i działanie pod wpływem impulsu.
# source: NHS (reduce the risk of sudden infant death syndrome); The Lullaby Trust
rt-safe-sleep = Sposoby na zmniejszenie ryzyka, że niemowlę nagle umrze we śnie (SUDI). Na przykład niemowlę śpi na plecach, we własnym łóżeczku. Spanie z dzieckiem w jednym łóżku jest bardziej ryzykowne po alkoholu, narkotykach albo paleniu.
# source: NHS (drug addiction: getting help; alcohol support)
rt-substance-misuse-service = Lokalna służba, która pomaga osobom używającym narkotyków albo alkoholu. Jest bezpłatna. Często możesz zgłosić się do niej bez skierowania.
# source: Department of Health, Healthy Child Programme; Welsh Government, Healthy Child Wales Programme
rt-healthy-child-programme = Badania i wsparcie, które pielęgniarki środowiskowe (health visitors) dają każdej rodzinie, od ciąży do czasu, gdy dziecko pójdzie do szkoły.
# source: Children and Families Act 2014 s20; SEND Code of Practice (2015)
rt-sen = SEN albo SEND (special educational needs and disabilities) to specjalne potrzeby edukacyjne i niepełnosprawności: gdy dziecko potrzebuje dodatkowej pomocy w nauce.
# source: SEND Code of Practice (2015)
rt-senco = SENCO (special educational needs coordinator) to koordynator ds. specjalnych potrzeb edukacyjnych: nauczyciel, który organizuje dodatkową pomoc dla dzieci ze specjalnymi potrzebami edukacyjnymi.
# source: Children and Families Act 2014 s37; SEND Code of Practice (2015)
rt-ehcp = EHCP (education, health and care plan) to plan edukacji, zdrowia i opieki. To dokument prawny dla dziecka w wieku do 25 lat ze specjalnymi potrzebami edukacyjnymi. Określa, jaką pomoc dziecko musi dostać.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-aln = W Walii ALN (additional learning needs) to dodatkowe potrzeby edukacyjne: gdy dziecko potrzebuje dodatkowej pomocy w nauce.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-alnco = W Walii ALNCo (additional learning needs coordinator) to koordynator ds. dodatkowych potrzeb edukacyjnych: nauczyciel, który organizuje dodatkową pomoc dla dzieci z dodatkowymi potrzebami edukacyjnymi.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-idp = W Walii IDP (individual development plan) to indywidualny plan rozwoju: plan, który ma moc prawną, dla dziecka z dodatkowymi potrzebami edukacyjnymi.
# source: Department for Education, Promoting the education of looked-after children (2018); Welsh Government guidance
rt-pep = PEP (personal education plan) to osobisty plan edukacji. To część planu opieki (care plan) dziecka pod opieką urzędu (looked after child), która dotyczy jego nauki w szkole.
# source: Children and Families Act 2014 s99
rt-virtual-school = W Anglii zespół urzędu (council), który pomaga dzieciom pod opieką urzędu (looked after children) dobrze radzić sobie w szkole. Pomaga też niektórym innym dzieciom. Kieruje nim dyrektor szkoły wirtualnej (virtual school head).
# source: Keeping Children Safe in Education 2024; Welsh Government, Keeping learners safe (designated safeguarding person)
rt-dsl = DSL (designated safeguarding lead) to osoba w szkole, przedszkolu albo żłobku, która odpowiada za bezpieczeństwo dzieci. W Walii może się nazywać designated safeguarding person (DSP).
# source: Education Act 1996 s444 (school attendance); council education welfare services
rt-ewo = EWO (education welfare officer) to urzędnik ds. obowiązku szkolnego: ktoś z urzędu (council), kto pracuje z rodzinami, gdy dziecko często nie chodzi do szkoły.
# source: Department for Education, Working together to improve school attendance (persistent absence is missing 10% or more)
rt-persistent-absence = { $nation ->
        [wales] Gdy dziecko opuszcza dużo zajęć w szkole. Zapytaj szkołę, jak to liczy.
       *[england] Gdy dziecko opuszcza 10% albo więcej zajęć szkolnych (school sessions).
    }
# source: Department for Education, Suspension and permanent exclusion guidance; Welsh Government exclusion guidance
rt-exclusion = Gdy szkoła odsyła ucznia do domu za łamanie zasad. Zawieszenie (suspension, fixed-term exclusion) trwa kilka dni. Wykluczenie na stałe (permanent exclusion) oznacza, że dziecko nie może wrócić do tej szkoły.
# source: Education Act 1996 s19 (education otherwise than at school)
rt-pru = PRU (pupil referral unit) to szkoła dla dzieci, które nie mogą chodzić do zwykłej szkoły, na przykład po wykluczeniu ze szkoły (exclusion). To jeden z rodzajów nauczania poza zwykłą szkołą (alternative provision).
# source: Education Act 1996 s7
rt-ehe = EHE (elective home education) to edukacja domowa z wyboru: rodzice uczą dziecko w domu zamiast w szkole. Rodzice mają do tego prawo.
# source: Education Act 1996 s436A; statutory guidance on children missing education
rt-cme = CME (children missing education) to dzieci bez edukacji: dzieci w wieku szkolnym, które nie chodzą do szkoły i nie uczą się w domu.
# source: GOV.UK and Welsh Government (free school meals)
rt-fsm = FSM (free school meals) to bezpłatne posiłki w szkole. Niektóre dzieci dostają je ze względu na dochody rodziny albo swój wiek.

## Words professionals use about parents

# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (engagement as a focus of reports); Family Rights Group
rt-engagement = To, na ile bierzesz udział w planie: spotykasz się z pracownikiem socjalnym, chodzisz na umówione wizyty i korzystasz z pomocy, którą Ci proponują. W raportach często się o tym pisze.
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (concerns about caregiver engagement)
rt-non-engagement = Osoba, która to napisała, uważa, że nie bierzesz udziału w planie. Na przykład nie przychodzisz na spotkania albo nie wpuszczasz pracownika socjalnego do domu. Mogą być tego powody, na przykład strach, choroba, praca albo pieniądze. Możesz powiedzieć, jakie to powody.
rt-non-engagement-question = Co w moim postępowaniu uważają Państwo za brak zaangażowania (not engaging) i co pomogłoby mi brać udział w planie?
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2014, 2024)
rt-disguised-compliance = Osoba, która to napisała, uważa, że rodzic pozornie współpracuje ze specjalistami, ale naprawdę nic się nie zmienia. Organizacja charytatywna NSPCC mówi, że to określenie może być nieprzydatne i obwiniające. Mówi też, że specjaliści powinni opisywać to, co widzieli.
rt-disguised-compliance-question = Co w moim postępowaniu uważają Państwo za pozorną współpracę (disguised compliance)?
# source: NSPCC Learning (caregiver engagement); Family Rights Group
rt-non-compliance = Osoba, która to napisała, uważa, że nie robisz tego, o co prosi plan albo porozumienie.
rt-non-compliance-question = Której części planu Państwa zdaniem nie wykonuję i co pomogłoby mi ją wykonać?
# source: Research in Practice, Assessing parental capacity to change (2014) (acknowledging the concerns)
rt-minimising = Osoba, która to napisała, uważa, że przedstawiasz obawy jako mniejsze albo mniej poważne, niż jej zdaniem są.
rt-minimising-question = Które moje słowa uważają Państwo za umniejszanie problemu (minimising) i co Państwa zdaniem muszę zrozumieć?
# source: Research in Practice, Assessing parental capacity to change (2014) (recognising the problem)
rt-lack-of-insight = Osoba, która to napisała, uważa, że jeszcze nie widzisz albo nie przyjmujesz tego, co ją martwi. Albo że nie widzisz, jak to wpływa na Twoje dziecko.
rt-lack-of-insight-question = Co pokazałoby Państwu, że rozumiem Państwa obawy?
# source: Re L (Care: Threshold Criteria) [2007] 1 FLR 2050 (society must tolerate very diverse standards of parenting); D. W. Winnicott (the "good enough" parent)
rt-good-enough-parenting = Opieka, która wystarczająco dobrze zaspokaja potrzeby dziecka. To nie znaczy, że musi być idealna. Sądy mówiły, że rodziny wychowują dzieci na wiele różnych sposobów i że jest to dozwolone.
rt-good-enough-parenting-question = Jak Państwa zdaniem wyglądałoby wystarczająco dobre rodzicielstwo (good enough parenting) w przypadku mojego dziecka?
# source: NSPCC Learning, Protecting children from risk and protective factors
rt-protective-factors = Rzeczy, które pomagają chronić dziecko, na przykład kochający rodzic, rodzina, która wspiera, bezpieczny dom albo dobra szkoła. Powiedz, jakie są w Twojej rodzinie.
# source: NSPCC Learning, Risk and protective factors
rt-risk-factors = Rzeczy, przez które krzywda jest bardziej prawdopodobna, na przykład przemoc domowa, używanie narkotyków albo alkoholu lub problemy ze zdrowiem psychicznym. Czynnik ryzyka nie jest dowodem krzywdy.
# source: Care Inspectorate, Practice guide to chronologies (2017); Working Together to Safeguard Children 2023 (assessments consider history)
rt-chronology = Lista ważnych wydarzeń z życia Twojej rodziny, ułożona według dat. Sporządzają ją specjaliści. Jeśli coś w niej jest nieprawdą, powiedz o tym.
# source: Social Care Institute for Excellence; Research in Practice (genograms in assessment)
rt-genogram = Drzewo genealogiczne narysowane przez pracownika socjalnego. Pokazuje, kto należy do Twojej rodziny i kto jest z kim spokrewniony.
# source: A. Hartman, Diagrammatic assessment of family relationships (1978); Research in Practice
rt-ecomap = Rysunek, który pokazuje osoby i służby wokół Twojej rodziny oraz to, jak silna jest każda więź.
# source: Family Rights Group (family plans); Working Together to Safeguard Children 2023
rt-safety-plan = Spisany plan tego, co zostanie zrobione, żeby dziecko było bezpieczne, i kto to zrobi. Rodzina i przyjaciele mogą mieć w nim swoją rolę.
# source: CONTENT-FACTS.md second round (written agreements are not court orders but are used as evidence); Family Rights Group
rt-written-agreement = Lista rzeczy, na które służby ds. dzieci proszą o Twoją zgodę: co masz robić albo czego masz nie robić. To nie jest nakaz sądu, ale jeśli sprawa trafi do sądu, porozumienie może posłużyć jako dowód. Zanim podpiszesz, poproś o poradę.
# source: Framework for the Assessment of Children in Need and their Families (2000); PAMS (Parent Assessment Manual Software); Good practice guidance on working with parents with a learning disability (2021)
rt-parenting-assessment = Ocena tego, jak dobrze rodzic potrafi opiekować się dzieckiem. PAMS to jeden z jej rodzajów. Często stosuje się ją u rodziców z niepełnosprawnością intelektualną (learning disability).
# source: Framework for the Assessment of Children in Need and their Families (2000) (parenting capacity)
rt-parenting-capacity = To, jak dobrze rodzic potrafi zaspokajać potrzeby dziecka: podstawowa opieka, bezpieczeństwo, miłość, wskazywanie drogi i stawianie granic oraz stabilność.
# source: Research in Practice, Assessing parental capacity to change (2014)
rt-capacity-to-change = Czy rodzic potrafi wprowadzić zmiany, których potrzebuje dziecko, i je utrzymać, w czasie, na który dziecko może sobie pozwolić.
rt-capacity-to-change-question = Jakie zmiany chcą Państwo zobaczyć i do kiedy?
# source: Research in Practice, Assessing parental capacity to change (2014); Children Act 1989 s1(2) (delay)
rt-sustained-change = Zmiana, która trwa, a nie tylko przez kilka tygodni.
rt-sustained-change-question = Jak długo zmiana musiałaby trwać, żeby byli Państwo jej pewni?
# source: Family court practice (segmented hair testing, about 1 cm of growth a month); solicitors' guides for parents
rt-hair-strand-test = Badanie małego kosmyka włosów na obecność narkotyków albo alkoholu. Włosy rosną około 1 cm na miesiąc, więc badanie może pokazać, co ktoś przyjmował w ostatnich miesiącach.
# source: ordinary meaning; NSPCC Learning (describe caregiver behaviour clearly rather than label it)
rt-chaotic = Osoba, która to napisała, uważa, że życie w domu jest nieprzewidywalne, bez stałego rytmu dnia.
rt-chaotic-question = Co takiego Państwo widzieli, że nazywają to Państwo chaosem (chaotic), i co sprawiłoby, że będzie spokojniej?
# source: Working Together to Safeguard Children 2023 (neglect includes failing to protect a child from harm or danger)
rt-failure-to-protect = Osoba, która to napisała, uważa, że rodzic nie uchronił dziecka przed krzywdą ze strony kogoś innego.
rt-failure-to-protect-question = Co Państwa zdaniem należało zrobić i co pomogłoby mi teraz chronić moje dziecko?
# source: D. Glaser, Emotional abuse and neglect: a conceptual framework (2002) (emotional unavailability)
rt-emotionally-unavailable = Osoba, która to napisała, uważa, że rodzic rzadko reaguje na uczucia dziecka albo rzadko zauważa, czego dziecko potrzebuje.
rt-emotionally-unavailable-question = Co takiego Państwo widzieli, że tak to Państwo opisują?
# source: Framework for the Assessment of Children in Need and their Families (2000) (housing and home environment)
rt-home-conditions = Stan Twojego domu: czy jest wystarczająco czysty, bezpieczny i ciepły, czy jest łóżko i jedzenie dla dziecka.
rt-home-conditions-question = Co dokładnie musi się zmienić w domu i jaką pomoc mogą Państwo dać?
# source: Framework for the Assessment of Children in Need and their Families (2000) (basic care)
rt-basic-care = Zaspokajanie codziennych potrzeb dziecka: jedzenie, ciepło, czystość, ubranie, sen i opieka zdrowotna.
# source: Framework for the Assessment of Children in Need and their Families (2000) (guidance and boundaries)
rt-boundaries = Jasne zasady i stały rytm dnia, żeby dziecko wiedziało, czego się spodziewać i jak się zachowywać.
# source: NICE guideline NG26, Children's attachment
rt-attachment = Przywiązanie, czyli więź między dzieckiem a osobami, które się nim opiekują. Bezpieczne przywiązanie (secure attachment) pomaga dziecku czuć się bezpiecznie.
# source: Public Health Wales, Adverse Childhood Experiences study (2015)
rt-aces = ACEs (adverse childhood experiences) to trudne doświadczenia z dzieciństwa: bardzo stresujące przeżycia, na przykład krzywdzenie albo życie w domu, w którym jest przemoc domowa. Mogą później wpływać na zdrowie, ale wsparcie pomaga.
# source: Ofsted, In the child's time: professional responses to neglect (2014)
rt-cumulative-harm = Krzywda, która narasta z czasem z wielu mniejszych rzeczy, a nie z jednego wydarzenia.
# source: Children Act 1989 s1(2) (delay is likely to harm the child's welfare); Ofsted
rt-drift-and-delay = Gdy sprawa ciągnie się za długo, a sytuacja się nie poprawia albo nie zapadają decyzje.
# source: Brandon et al., analyses of serious case reviews for the Department for Education; Skinner et al. (2021), on the weak evidence for the term
rt-toxic-trio = Określenie na sytuację, gdy jednocześnie występują przemoc domowa, używanie narkotyków albo alkoholu i problemy ze zdrowiem psychicznym. Badacze mówią, że to określenie jest zbyt uproszczone.
rt-toxic-trio-question = O które obawy Państwu chodzi i jaką pomoc mogą Państwo zaproponować w każdej z tych spraw?
# source: Domestic Abuse Act 2021 ss1, 3 (a child who sees, hears or experiences it is a victim)
rt-domestic-abuse = DA (domestic abuse) to przemoc domowa: przemoc między osobami w wieku 16 lat lub starszymi, które są partnerami, byłymi partnerami albo rodziną. Może być fizyczna, seksualna, emocjonalna, polegać na kontrolowaniu albo dotyczyć pieniędzy. Dzieci, które ją widzą albo słyszą, też są ofiarami.
# source: Domestic Abuse Act 2021 s1; Home Office
rt-domestic-violence = DV (domestic violence) to starsza nazwa przemocy domowej (domestic abuse).
# source: Serious Crime Act 2015 s76
rt-coercive-control = Powtarzające się zachowania, które kontrolują albo straszą partnera lub członka rodziny albo odcinają go od innych ludzi. Na przykład pilnowanie, co robi, albo kontrolowanie jego pieniędzy lub tego, z kim się widuje. To przestępstwo.
# source: NHS (drug and alcohol addiction); Framework for the Assessment of Children in Need and their Families (2000)
rt-substance-misuse = Używanie narkotyków albo alkoholu w sposób, który szkodzi Tobie albo innym.
# source: Working Together to Safeguard Children 2023 (assessments consider history)
rt-historical-concerns = Obawy z przeszłości, czasem sprzed wielu lat.
rt-historical-concerns-question = Jaki związek mają te dawne obawy z moim dzieckiem dzisiaj?
# source: SafeLives (working with families affected by domestic abuse)
rt-collusion = Osoba, która to napisała, uważa, że rodzic stoi po stronie kogoś, kto wyrządza krzywdę, albo pomaga ją ukrywać.
rt-collusion-question = Co w moim postępowaniu uważają Państwo za stawanie po stronie sprawcy albo ukrywanie krzywdy (colluding)?
# source: Domestic Abuse Act 2021; Working Together to Safeguard Children 2023
rt-perpetrator = Sprawca: osoba, która wyrządziła krzywdę albo o której się mówi, że ją wyrządziła (alleged, czyli domniemany sprawca).
rt-perpetrator-question = Na czym to się opiera i czy zostało to udowodnione?
# source: Respect (accredited domestic abuse perpetrator programmes)
rt-perpetrator-programme = Kurs dla osób, które stosowały przemoc wobec partnera. Ma im pomóc zmienić zachowanie.
# source: Working Together to Safeguard Children 2023 (observing the child)
rt-presentation = To, jakie wrażenie dziecko albo rodzic robi na specjaliście: jak wygląda, jak się zachowuje i jak mówi.
# source: Children Act 1989 s1(3)(a), s17(4A), s47(5A)
rt-wishes-and-feelings = Czego dziecko chce i jak się czuje. Prawo mówi, że specjaliści muszą brać to pod uwagę.
# source: Working Together to Safeguard Children 2023 (child-centred practice); Wales Safeguarding Procedures ("llais y plentyn")
rt-voice-of-the-child = To, co dziecko mówi, pokazuje albo czuje, zapisane w raporcie, żeby zostało usłyszane.
# source: Working Together to Safeguard Children 2023 (children's lived experiences)
rt-lived-experience = Jak wygląda codzienne życie Twojego dziecka, tak jak ono je przeżywa.
# source: A. Turnell and S. Edwards, Signs of Safety (1999); used by many councils
rt-signs-of-safety = Sposób pracy, którego używa wiele urzędów (councils). Pyta, co działa dobrze, jakie są obawy i co musi się stać.
