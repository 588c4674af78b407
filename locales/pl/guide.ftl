# Przewodnik: pięć stron o kolejnych etapach, po polsku.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Plain Polish, reading age about 9 to 11. Every message receives $nation ("england" or
# "wales"); where the nations differ, a selector chooses the words. Glossary terms are marked
# [[term-id|words shown]]: keep the id, translate the words.

## Before the conference

before-what-heading = Czym jest konferencja w sprawie ochrony dziecka (child protection conference)?
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-meeting = To spotkanie w sprawie bezpieczeństwa Twojego dziecka. Organizują je [[childrens-services|służby ds. dzieci]] (children's services), gdy bardzo martwią się o Twoje dziecko. Uważają, że Twoje dziecko doznaje krzywdy albo może jej doznać. Nazywa się to [[significant-harm|poważną krzywdą]] (significant harm).
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Wales: Wales Safeguarding Procedures (public)
before-what-harm = { $nation ->
        [wales] Obawy mogą dotyczyć przemocy fizycznej, wykorzystywania seksualnego, przemocy emocjonalnej lub psychicznej, wykorzystywania finansowego albo zaniedbania.
       *[england] Obawy mogą dotyczyć przemocy fizycznej, wykorzystywania seksualnego, przemocy emocjonalnej albo zaniedbania.
    }
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-not-court = To spotkanie nie jest sądem. Decyduje, czy Twoje dziecko potrzebuje { $nation ->
        [wales] [[care-and-support-protection-plan|planu opieki, wsparcia i ochrony]] (care and support protection plan).
       *[england] [[child-protection-plan|planu ochrony dziecka]] (child protection plan).
    }
# source: public (Family Rights Group glossary)
before-what-pre-birth = Konferencja może też odbyć się, zanim dziecko się urodzi. To jest [[pre-birth-conference|konferencja przedporodowa]] (pre-birth conference).

before-when-heading = Kiedy to będzie?
# source: England: Working Together to Safeguard Children; Wales: Wales Safeguarding Procedures (public)
before-when-timing = { $nation ->
        [wales] Pierwsza konferencja odbywa się zwykle w ciągu 15 [[working-day|dni roboczych]] od ostatniej [[strategy-discussion|narady strategicznej]] (strategy discussion).
       *[england] Pierwsza konferencja odbywa się zwykle w ciągu 15 [[working-day|dni roboczych]] od [[strategy-discussion|narady strategicznej]] (strategy discussion).
    } Na takiej naradzie specjaliści rozmawiają o obawach i decydują, co robić.
before-when-cannot-go = Jeśli nie możesz przyjść w podanym terminie, jak najszybciej powiedz o tym pracownikowi socjalnemu.

before-who-heading = Kto tam będzie?
# source: 003_23392368096e3b46.txt; chair: 001_ae30d34ab232a286.txt
# source: Working Together to Safeguard Children 2023 (the chair is independent of the case, usually employed by the council) (content review L3)
before-who-chair = Spotkanie prowadzi niezależny [[chair|przewodniczący]] (chair). To doświadczony pracownik socjalny, który pracuje dla urzędu (council). Nie zajmuje się jednak sprawą Twojego dziecka i nie pracował z Twoją rodziną.
before-who-list-intro = Inne osoby, które mogą przyjść:
before-who-you = Ty, a jeśli chcesz, także osoba, która Cię wspiera
before-who-social-worker = pracownik socjalny (social worker) Twojego dziecka, a może też jego kierownik
before-who-gp = Twój lekarz rodzinny (GP)
before-who-health-visitor = [[health-visitor|pielęgniarka środowiskowa]] (health visitor), jeśli Twoje dziecko ma mniej niż 5 lat
before-who-teacher = nauczyciel ze szkoły Twojego dziecka
before-who-police = policjant, który zajmuje się ochroną dzieci
before-who-paediatrician = pediatra środowiskowy, czyli lekarz dla dzieci
before-who-minute-taker = protokolant, który zapisuje, co kto mówi
# source: 003_23392368096e3b46.txt
# source: content review L15 (jobs explained)
before-who-others = Mogą przyjść też inne osoby. Na przykład pracownicy szpitala. Może to być kurator sądowy (probation officer), który nadzoruje osoby po sprawie w sądzie. Może to być urzędnik ds. obowiązku szkolnego (education welfare officer), który pomaga dzieciom chodzić do szkoły.
# source: 003_23392368096e3b46.txt (the need-to-know rule binds the professionals); content review M4 (a parent may show their own adviser)
before-who-confidential = Specjaliści mogą mówić o tym, co usłyszą, tylko współpracownikom, którzy muszą to wiedzieć. Ty możesz pokazać raporty i protokół swojemu prawnikowi albo rzecznikowi (advocate).

before-rights-heading = Co możesz zrobić
# source: 003_23392368096e3b46.txt
before-rights-go = Jeśli możesz, postaraj się przyjść. Ty znasz swoje dziecko najlepiej, a Twoje zdanie jest ważne.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (the two differ on what a solicitor may do)
# source: Family Rights Group (parent advocacy; content review L9)
before-rights-supporter = Możesz przyjść z przyjacielem, krewnym, prawnikiem (solicitor) albo rzecznikiem (advocate). Zapytaj, czy w Twojej okolicy są rzecznicy dla rodziców. Przed spotkaniem powiedz pracownikowi socjalnemu, kto przyjdzie.
before-rights-solicitor = Prawnik może Ci doradzić przed spotkaniem i po nim. W wielu miejscach nie może zabierać głosu na samym spotkaniu. Zapytaj przewodniczącego, co może robić osoba, która Cię wspiera, albo Twój prawnik.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (Legal Help is means-tested until a letter before proceedings); Family Rights Group "Working with a solicitor" (content review M1)
before-rights-legal-aid = Zanim dostaniesz pismo w sprawie sądu, państwowa pomoc prawna (legal aid) zależy od Twoich dochodów. To tak zwane sprawdzenie dochodów (means test). Jeśli dostajesz niektóre zasiłki, zwykle się kwalifikujesz. Zapytaj o to prawnika, kiedy zadzwonisz.
# source: Family Rights Group; local procedures on police information at conferences (e.g. Greater Manchester "Guidance on the Use, Recording, Dissemination and Handling of Police Information") (content review M10)
before-rights-police = Możliwe, że policja prowadzi dochodzenie w tej sprawie. Wtedy policja słyszy, co mówisz, a Twoje słowa trafiają do protokołu. Przed spotkaniem porozmawiaj z prawnikiem o tym, co mówić.
# source: Wales Safeguarding Procedures (public)
# source: Wales Safeguarding Procedures s3 pt2 (conference in Welsh; minutes in the chosen language) (content review L13)
before-rights-interpreter = { $nation ->
        [wales] Jeśli potrzebujesz tłumacza, poproś o niego. Możesz poprosić, żeby spotkanie i protokół były po walijsku. Możesz też zapytać, czy możesz dostać pomoc w dojeździe albo w opiece nad dziećmi.
       *[england] Jeśli potrzebujesz tłumacza, poproś o niego. Możesz też zapytać, czy możesz dostać pomoc w dojeździe albo w opiece nad dziećmi.
    }
# source: Wales Safeguarding Procedures s3 pt2 (separate attendance); 003_23392368096e3b46.txt (attendance that may put people in danger) (content review M9)
before-rights-safety = Nie czujesz się bezpiecznie w jednym pokoju z jakąś osobą? Powiedz o tym pracownikowi socjalnemu albo przewodniczącemu przed spotkaniem. Mogą zorganizować Twój udział osobno.
# source: 003_23392368096e3b46.txt
before-rights-asked-not-to-come = Czasem rodzica prosi się, żeby nie przychodził. Może się tak stać, jeśli jego obecność mogłaby narazić kogoś na niebezpieczeństwo. O tym, kto przyjdzie na spotkanie, decyduje przewodniczący. Twoje zdanie i tak powinno zostać wysłuchane.

before-reports-heading = Raporty
# source: 003_23392368096e3b46.txt, 001_ae30d34ab232a286.txt (areas differ on timing)
before-reports-share = Pracownik socjalny musi dać Ci swój raport przed spotkaniem. Ile dni wcześniej, zależy od miejsca, w którym mieszkasz. Może to być 5 dni roboczych, a czasem tylko 2 lub 3 dni. Raport może przyjść pocztą albo ktoś może go przynieść.
before-reports-every = Powinni Ci pokazać raporty wszystkich specjalistów. Możesz zatrzymać kopie.
before-reports-wrong = Jeśli coś w raporcie się nie zgadza, powiedz o tym pracownikowi socjalnemu. Powiedz też przewodniczącemu.
# source: 003_23392368096e3b46.txt; ideas: public (parent advocacy tips)
before-reports-your-own = Możesz napisać własny raport na konferencję. Pomóc Ci może każdy, kogo poprosisz. Możesz w nim napisać na przykład:
before-reports-idea-going-well = co dobrze idzie w Twojej rodzinie
before-reports-idea-worries = co Cię martwi
before-reports-idea-help = co pomogłoby Tobie i Twojemu dziecku

before-children-heading = Twoje dziecko na spotkaniu
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
before-children-attend = Twoje dziecko może przyjść na spotkanie, jeśli to dla niego dobre. Często dotyczy to dzieci od około 10 lub 12 lat, ale w różnych miejscach bywa różnie. Pracownik socjalny pomaga dziecku się przygotować.
before-children-childcare = Lepiej nie przyprowadzać małych dzieci. Jeśli potrzebujesz pomocy w opiece nad dziećmi, zapytaj pracownika socjalnego.

before-day-heading = W dniu spotkania
# source: 003_23392368096e3b46.txt
before-day-early = Przyjdź około 15 minut wcześniej. Przewodniczący zwykle najpierw spotyka się z Tobą i wyjaśnia, co się będzie działo.
before-day-break = W każdej chwili w czasie spotkania możesz poprosić o krótką przerwę.

## During the conference

during-start-heading = Jak zaczyna się spotkanie
# source: 003_23392368096e3b46.txt
during-start-chair = Przewodniczący prosi wszystkich, żeby się przedstawili. Potem wyjaśnia, dlaczego zwołano to spotkanie.
during-start-share = Każda osoba mówi, co wie o Twoim dziecku i Twojej rodzinie. Ty też będziesz mieć okazję powiedzieć, co wiesz i co myślisz.

during-happens-heading = Co dzieje się na spotkaniu
# source: 003_23392368096e3b46.txt
during-happens-minutes = Protokolant zapisuje notatki ze spotkania. Te notatki to [[minutes|protokół]] (minutes). Później dostaniesz kopię.
# source: Wales Safeguarding Procedures s3 pt2 ("decision-making process": the practitioners decide, taking the family's views into account); 003_23392368096e3b46.txt (the final decision rests with the chair) (content review M3)
during-happens-decide = Decyzję podejmują specjaliści, po wysłuchaniu Twojego zdania. Jeśli się nie zgadzają, decyduje przewodniczący. Możesz poprosić, żeby Twój sprzeciw zapisano w protokole.
# source: Wales Safeguarding Procedures s3 pt2 ("Post conference": corrections to the chair within 10 working days of receiving the minutes; dissent recorded); England: local procedures (e.g. Tees: accuracy taken up with the chair) (content review M11)
during-happens-check-minutes = { $nation ->
        [wales] Przeczytaj protokół, kiedy przyjdzie. Jeśli coś się nie zgadza, napisz do przewodniczącego. Poproś o poprawkę albo o dopisanie Twojego zdania. Zrób to w ciągu 10 dni roboczych od otrzymania protokołu.
       *[england] Przeczytaj protokół, kiedy przyjdzie. Jeśli coś się nie zgadza, napisz do przewodniczącego. Poproś o poprawkę albo o dopisanie Twojego zdania. Zapytaj przewodniczącego, ile masz na to czasu.
    }
during-happens-break = Jeśli jest Ci ciężko, możesz poprosić o krótką przerwę.

during-decisions-heading = Jakie decyzje można podjąć
# source: 003_23392368096e3b46.txt
during-decisions-intro = Konferencja może zdecydować:
during-decisions-no-action = że nic więcej nie trzeba robić
during-decisions-support = { $nation ->
        [wales] że Twoja rodzina dostanie pomoc i wsparcie w ramach [[care-and-support-plan|planu opieki i wsparcia]] (care and support plan)
       *[england] że Twoja rodzina dostanie pomoc i wsparcie w ramach [[child-in-need-plan|planu dla dziecka w potrzebie]] (Child in Need plan)
    }
during-decisions-plan = { $nation ->
        [wales] że Twoje dziecko potrzebuje [[care-and-support-protection-plan|planu opieki, wsparcia i ochrony]] (care and support protection plan)
       *[england] że Twoje dziecko potrzebuje [[child-protection-plan|planu ochrony dziecka]] (child protection plan)
    }
# source: 003_23392368096e3b46.txt (a decision for each child); Wales Safeguarding Procedures s3 pt2 (one or more categories) (content review L1, L2)
during-decisions-plan-details = Konferencja decyduje osobno o każdym dziecku, które z Tobą mieszka. Plan wskazuje jedną lub więcej [[category-of-harm|kategorii krzywdy]] (category of harm). { $nation ->
        [wales] Kategorie to: przemoc fizyczna, wykorzystywanie seksualne, przemoc emocjonalna lub psychiczna, wykorzystywanie finansowe i zaniedbanie.
       *[england] Kategorie to: przemoc fizyczna, wykorzystywanie seksualne, przemoc emocjonalna i zaniedbanie.
    }
# source: 003_23392368096e3b46.txt; Wales: 004_cdfde2f55ea0fb42.txt
during-decisions-core-group = { $nation ->
        [wales] Konferencja wskazuje pracownika socjalnego, który będzie koordynował plan. Decyduje też, kto będzie w [[core-group|grupie głównej]] (core group).
       *[england] Konferencja wskazuje [[lead-social-worker|głównego pracownika socjalnego]] (lead social worker). Decyduje też, kto będzie w [[core-group|grupie głównej]] (core group).
    }
# source: 004_cdfde2f55ea0fb42.txt
# source: Wales Safeguarding Procedures s3 pt2 ("The Child Protection Register": only when a care and support protection plan is made; confidential) (content review M2)
during-decisions-register = Twoje dziecko może potrzebować [[care-and-support-protection-plan|planu opieki, wsparcia i ochrony]] (care and support protection plan). Wtedy jego imię i nazwisko trafia też do [[child-protection-register|rejestru ochrony dzieci]] (child protection register). To poufna lista. Mogą ją sprawdzać tylko specjaliści.
# source: CONTENT-FACTS.md section 2 (England has had no register since 2008)
during-decisions-no-register = W Anglii od 2008 roku nie ma rejestru ochrony dzieci. Zamiast tego mówi się, że Twoje dziecko „jest objęte planem ochrony dziecka” (is subject to a child protection plan).
# source: 003_23392368096e3b46.txt
during-decisions-not-removal = Konferencja nie może odebrać Ci dziecka. Może zalecić, żeby służby ds. dzieci zasięgnęły porady prawnej.
# source: Children Act 1989 ss31, 44, 46 (only a court orders removal without agreement; police protection for up to 72 hours); these apply in Wales too (content review M5)
during-decisions-court-only = Tylko sąd może zdecydować, że Twoje dziecko zamieszka gdzie indziej bez Twojej zgody. W nagłej sytuacji policja też może działać, na czas do 72 godzin.
# source: England: Children Act 1989 s20(7)-(8); Wales: Social Services and Well-being (Wales) Act 2014 s76 and the NSPCC Wales summary (a parent can require the child's return at any stage) (content review M5)
during-decisions-living-elsewhere = { $nation ->
        [wales] Ktoś może Cię poprosić o zgodę na to, żeby Twoje dziecko zamieszkało u kogoś innego. Często nazywa się to „section 76” (sekcja 76). To Twój wybór i możesz to zakończyć w każdej chwili. Zanim się zgodzisz, porozmawiaj z prawnikiem.
       *[england] Ktoś może Cię poprosić o zgodę na to, żeby Twoje dziecko zamieszkało u kogoś innego. Często nazywa się to „section 20” (sekcja 20). To Twój wybór i możesz to zakończyć w każdej chwili. Zanim się zgodzisz, porozmawiaj z prawnikiem.
    }
# source: Family Rights Group guidance on written agreements (not court orders; can be used as evidence) (content review M5)
during-decisions-agreements = Możesz też dostać do podpisania pisemne porozumienie (written agreement) albo plan bezpieczeństwa (safety plan). To nie jest nakaz sądu, ale później może posłużyć jako dowód. Zanim coś podpiszesz, porozmawiaj z prawnikiem.
# source: public (council guidance)
during-decisions-responsibility = Plan nie odbiera Ci [[parental-responsibility|odpowiedzialności rodzicielskiej]] (parental responsibility).

during-leave-heading = Zanim wyjdziesz
# source: 004_cdfde2f55ea0fb42.txt
# source: 004_cdfde2f55ea0fb42.txt (a Wales duty); England: good practice (content review L7)
during-leave-intro = { $nation ->
        [wales] Na koniec przewodniczący musi się upewnić, że dobrze rozumiesz:
       *[england] Na koniec przewodniczący powinien się upewnić, że dobrze rozumiesz:
    }
during-leave-evidence = jakie są dowody, że Twoje dziecko doznało krzywdy albo może jej doznać
during-leave-change = co musi się zmienić
during-leave-expected = czego się od Ciebie oczekuje
during-leave-ask = Jeśli coś jest niejasne, zapytaj. Możesz poprosić przewodniczącego, żeby wyjaśnił to jeszcze raz.

## The core group

core-group-what-heading = Czym jest grupa główna (core group)?
# source: 000_1e1dbaff73eac1a8.txt, 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-what-group = Jeśli Twoje dziecko ma plan, mniejsza grupa spotyka się, żeby go wprowadzić w życie. To jest [[core-group|grupa główna]] (core group). Jej spotkania są mniej oficjalne niż konferencja.
core-group-what-members = W grupie są specjaliści, którzy najwięcej pracują z Twoim dzieckiem. Na przykład pracownik socjalny, pielęgniarka środowiskowa, nauczyciel albo pielęgniarka ze żłobka lub szkoły. Należą do niej też najważniejsi członkowie rodziny. Zwykle Ty też do niej należysz.

core-group-when-heading = Kiedy się spotyka?
# source: 004_cdfde2f55ea0fb42.txt (10 working days); organiser: 000_1e1dbaff73eac1a8.txt
core-group-when-first = { $nation ->
        [wales] Pierwsze spotkanie odbywa się w ciągu 10 [[working-day|dni roboczych]] od konferencji. Organizuje je Twój pracownik socjalny.
       *[england] Pierwsze spotkanie odbywa się w ciągu 10 [[working-day|dni roboczych]] od konferencji. Organizuje je [[lead-social-worker|główny pracownik socjalny]] (lead social worker).
    }
# source: Wales: 004_cdfde2f55ea0fb42.txt; England: no national rule (CONTENT-FACTS.md section 3)
core-group-when-regular = { $nation ->
        [wales] Potem grupa spotyka się co najmniej raz na 6 tygodni. Często spotyka się co miesiąc.
       *[england] Potem grupa spotyka się regularnie. Żaden ogólnokrajowy przepis nie mówi, jak często. W wielu miejscach jest to co 4 do 6 tygodni, więc zapytaj.
    }

core-group-plan-heading = Tworzenie planu
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt, 004_cdfde2f55ea0fb42.txt
core-group-plan-outline = Konferencja przygotowała zarys planu. Grupa główna zmienia go w pełny plan ze wszystkimi szczegółami.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-plan-says = Plan określa:
core-group-plan-social-worker = kto jest Twoim pracownikiem socjalnym
core-group-plan-needs = czego potrzebuje Twoje dziecko i jak te potrzeby zostaną zaspokojone
core-group-plan-actions = co zostanie zrobione, żeby Twoje dziecko było bezpieczniejsze
core-group-plan-who = kto co zrobi – zarówno Ty, jak i specjaliści
core-group-plan-when = do kiedy co ma być zrobione
# source: 000_1e1dbaff73eac1a8.txt
core-group-plan-examples-intro = Każdy powinien wyjść ze spotkania, wiedząc, co zrobi i do kiedy. Na przykład:
core-group-plan-example-dentist = Ty zabierzesz dziecko do dentysty w ciągu miesiąca
core-group-plan-example-school = szkoła zaproponuje zajęcia po lekcjach dwa razy w tygodniu
core-group-plan-example-housing = urzędnik ds. mieszkaniowych załatwi naprawę mieszkania w ciągu dwóch tygodni

core-group-helps-heading = Co może pomóc
# source: 000_1e1dbaff73eac1a8.txt
core-group-helps-read = Przed pierwszym spotkaniem przeczytaj, co zdecydowała konferencja.
core-group-helps-questions = Zapisz swoje pytania i weź je ze sobą.
core-group-helps-views = Upewnij się, że inni rozumieją, co myślisz o planie.
core-group-helps-support = Zaproponuj wsparcie, które pomogłoby Twojej rodzinie.
core-group-helps-family = Jak najwcześniej zaangażuj dalszą rodzinę.
core-group-helps-fgc = Poproś o [[family-group-conference|naradę rodzinną]] (family group conference).

core-group-visits-heading = Wizyty i ocena
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
core-group-visits-often = Pracownik socjalny będzie Cię regularnie odwiedzać. W wielu miejscach jest to co najmniej raz na 10 dni roboczych, ale w różnych miejscach bywa różnie. Niektóre wizyty mogą być bez zapowiedzi.
core-group-visits-see = Pracownik socjalny spotka się z Twoim dzieckiem sam na sam. Obejrzy też Twój dom, także miejsce, gdzie śpi Twoje dziecko.
# source: 003_23392368096e3b46.txt
core-group-visits-assessment = Nadal trwa [[assessment|ocena]] (assessment) potrzeb Twojego dziecka. Powinni Ci ją pokazać.
# source: Working Together to Safeguard Children 2023 (an assessment within 45 working days of the referral) (content review L8)
core-group-visits-assessment-england = W Anglii ocena (assessment) powinna być gotowa w ciągu 45 dni roboczych od zgłoszenia (referral). Termin liczy się od chwili, gdy służby ds. dzieci po raz pierwszy dowiedziały się o obawach.
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-assessment-wales = W Walii ocena musi się zakończyć w ciągu 42 dni roboczych. Te dni liczy się od początku [[section-47-enquiries|postępowania wyjaśniającego z sekcji 47]] (Section 47 enquiries).
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-contingency = Grupa może też przygotować [[contingency-plan|plan awaryjny]] (contingency plan). Określa, co się stanie, jeśli główny plan nie zadziała.

## The review conference

review-when-heading = Kiedy się odbywa?
# source: 000, 001, 002, 003, 004 (all agree)
review-when-timing = Pierwsza [[review-conference|konferencja przeglądowa]] (review conference) odbywa się w ciągu 3 miesięcy od pierwszej konferencji. Potem, dopóki trwa plan, kolejne odbywają się co najmniej raz na 6 miesięcy.
review-when-early = Jeśli plan nie działa, konferencję przeglądową można zwołać wcześniej.
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-when-who = Zwykle prowadzi ją ten sam przewodniczący i przychodzi wielu tych samych specjalistów. Dostaniesz zaproszenie.

review-looks-heading = Co sprawdza
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-looks-intro = Konferencja przeglądowa sprawdza:
review-looks-plan = jak dobrze działa plan
review-looks-working-together = jak Ty i specjaliści ze sobą współpracujecie
review-looks-worries = czy nadal są poważne obawy o Twoje dziecko
review-looks-reports = Przed konferencją przeglądową specjaliści piszą raporty. Piszą w nich, co się poprawiło i co nadal ich martwi.

review-ready-heading = Przygotowanie
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-ready-changes = Pomyśl, co zmieniło się w Twojej rodzinie od ostatniej konferencji. Pomyśl, co to zmieniło dla Twojego dziecka. Możesz to zapisać i wziąć ze sobą.

review-outcome-means = Co to znaczy
review-outcome-feel = Co możesz czuć
review-outcome-do = Co teraz zrobić

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-ends-heading = Wynik 1: plan się kończy
review-ends-means = Konferencja decyduje, że Twojemu dziecku nie grozi już poważna krzywda. Plan się kończy.
review-ends-feel = Wielu rodziców czuje ulgę. Niektórzy martwią się też, że stracą pomoc, którą dostawali.
review-ends-do = { $nation ->
        [wales] Zastanów się, czy nadal chcesz pomocy. [[care-and-support-plan|Plan opieki i wsparcia]] (care and support plan) może określić wsparcie dla Twojej rodziny.
       *[england] Zastanów się, czy nadal chcesz pomocy. [[child-in-need-plan|Plan dla dziecka w potrzebie]] (Child in Need plan) może określić wsparcie dla Twojej rodziny.
    } Wsparcie nie powinno zależeć od tego, czy Twojemu dziecku grozi krzywda.

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-continues-heading = Wynik 2: plan trwa dalej
review-continues-means = Konferencja decyduje, że Twojemu dziecku nadal grozi krzywda. Plan zostaje i może się zmienić.
review-continues-feel = To może być trudne, zwłaszcza jeśli ciężko pracujesz nad planem. Możesz powiedzieć, co czujesz.
review-continues-do = Powiedz, co myślisz o zmianach w planie. Następna konferencja przeglądowa będzie w ciągu 6 miesięcy. Może też odbyć się [[legal-planning-meeting|spotkanie w sprawie kroków prawnych]] (legal planning meeting).

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-legal-heading = Wynik 3: poważne obawy pozostają
review-legal-means = Jeśli nadal są poważne obawy, służby ds. dzieci organizują spotkanie w sprawie kroków prawnych (legal planning meeting). Tam dostają poradę prawną. Mogą zaproponować więcej wsparcia albo skierować sprawę do sądu.
# source: Children Act 1989 ss44, 46; Practice Direction 12A (Public Law Outline): legal steps are not tied to a review (content review M5)
review-legal-any-time = Służby ds. dzieci mogą zasięgnąć porady prawnej w każdej chwili, nie tylko po konferencji przeglądowej.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (free once a letter arrives, not before) (content review M1)
review-legal-feel = To może być przerażające. Nie musisz mierzyć się z tym w pojedynkę. Już teraz możesz zadzwonić po bezpłatną poradę. Jeśli dostaniesz pismo, pomoc prawna jest bezpłatna.
review-legal-letters = Służby ds. dzieci powinny do Ciebie napisać. Są dwa rodzaje pism:
# source: Practice Direction 12A (Public Law Outline); Family Rights Group "What happens at a pre-proceedings meeting" (content review M6)
review-legal-letter-before = Jedno to [[letter-before-proceedings|pismo przed wszczęciem postępowania]] (letter before proceedings). Jest w nim napisane, co możesz zrobić, żeby sprawa nie trafiła do sądu. Często nazywa się je „pismem PLO” (PLO letter).
review-legal-letter-issue = Drugie to [[letter-of-issue|pismo o wszczęciu postępowania]] (letter of issue). Jest w nim napisane, że służby kierują sprawę do sądu.
review-legal-solicitor = Jeśli dostaniesz któreś z tych pism, od razu idź do prawnika (solicitor), który specjalizuje się w prawie dotyczącym dzieci. Weź pismo ze sobą.
# source: Practice Direction 12A (Public Law Outline): the letter before proceedings invites the parent to a pre-proceedings meeting; Family Rights Group (content review M6)
review-legal-plo = PLO to skrót od [[plo|Public Law Outline]] (zasady postępowania przed skierowaniem sprawy do sądu). W piśmie zaprasza się Cię na spotkanie, często nazywane spotkaniem PLO. Weź ze sobą prawnika.
# source: public (Family Rights Group A-Z "Legal aid"; legal aid regulations for this stage)
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (content review M1)
review-legal-aid = Kiedy dostaniesz pismo przed wszczęciem postępowania, pomoc prawna jest bezpłatna, bez względu na Twoje dochody. To jest [[legal-aid|państwowa pomoc prawna]] (legal aid). Obejmuje porady, pisma i rozmowy z urzędem (council). Obejmuje też obecność prawnika na spotkaniu, które odbędzie się potem. Idź od razu do prawnika, który pracuje w ramach państwowej pomocy prawnej i specjalizuje się w prawie dotyczącym dzieci. Nie czekaj na sprawdzenie dochodów (means test).
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (care proceedings: free whatever the income or merits); Family Rights Group "Working with a solicitor" (content review M1)
review-legal-court-aid = Jeśli urząd (council) skieruje sprawę do sądu, dostaniesz bezpłatną pomoc prawną w sprawie sądowej. Twoje dochody nie mają znaczenia.
# source: GOV.UK "Find a legal aid adviser" (find-legal-advice.justice.gov.uk); the Law Society's "Find a Solicitor" (solicitors.lawsociety.org.uk, Children Law Accreditation); Family Rights Group "Working with a solicitor" (content review M6). Web services only: no phone number is given
review-legal-find = Żeby znaleźć prawnika, wyszukaj na GOV.UK „Find a legal aid adviser”. Możesz też użyć wyszukiwarki „Find a Solicitor” prowadzonej przez Law Society (samorząd prawników). Wybierz prawnika, który zajmuje się prawem dotyczącym dzieci. Kiedy zadzwonisz, powiedz, że masz pismo w sprawie sądu.

review-guidance-heading = O tym przewodniku
review-guidance = To ogólne wskazówki dla Anglii i Walii, a nie porada prawna. W różnych miejscach praktyka bywa różna. Zapytaj swojego pracownika socjalnego albo prawnika.

## Complaints and advice

help-complain-heading = Jeśli masz zastrzeżenia do konferencji
# source: 003_23392368096e3b46.txt
# source: LGSCO fact sheet "Child protection issues" (complain to the chair as soon as possible); Greater Manchester procedure (in writing within 28 days) (content review M7)
help-complain-chair = Napisz do przewodniczącego konferencji. Zrób to jak najszybciej. W niektórych miejscach trzeba to zrobić w ciągu około 28 dni. Jeśli chcesz, pracownik socjalny może Ci pomóc napisać list.
# source: London Safeguarding Children Procedures PA8 (conference complaints follow the partnership's own procedure, not the Children Act complaints procedure) (content review M7)
help-complain-team = Zapytaj przewodniczącego, jak w Twojej okolicy składa się skargi na konferencje. W niektórych miejscach jest na to osobna procedura. W innych zajmuje się tym dział skarg w urzędzie (council), czasem nazywany „customer care”. Możesz też samodzielnie skontaktować się z tym działem.
# source: London Safeguarding Children Procedures PA8; Greater Manchester; St Helens (the decision stands while a complaint is considered; the outcome and category can be challenged) (content review M7)
help-complain-meanwhile = Kiedy skarga jest rozpatrywana, plan nadal obowiązuje. Możesz złożyć skargę na to, jak prowadzono konferencję, albo na to, co postanowiła.
# source: public (the ombudsmen's fact sheets)
help-complain-ombudsman = { $nation ->
        [wales] Jeśli dwa etapy skargi w urzędzie nie rozwiążą sprawy, możesz zwrócić się do Public Services [[ombudsman|Ombudsman]] for Wales (niezależny urząd, który rozpatruje skargi na urzędy w Walii). Zwykle musisz to zrobić w ciągu 12 miesięcy od dowiedzenia się o problemie.
       *[england] Jeśli rozpatrzenie skargi w urzędzie nie rozwiąże sprawy, możesz zwrócić się do Local Government and Social Care [[ombudsman|Ombudsman]] (niezależny urząd, który rozpatruje skargi na urzędy). Najpierw złóż skargę do przewodniczącego. Zwykle musisz zwrócić się do Ombudsmana w ciągu 12 miesięcy.
    }
help-complain-ombudsman-limits = { $nation ->
        [wales] Ombudsman nie może rozpatrywać samej decyzji konferencji. Sprawdza, jak postąpił urząd.
       *[england] Ombudsman nie może zmienić decyzji konferencji. Sprawdza, jak postąpił urząd.
    }

# source: content review L14 (Civil Legal Advice is a 0345 number: the advice is free, the call may not be)
help-lines-heading = Telefony z poradami
help-lines-intro = Dotknij numeru, żeby zadzwonić. Najpierw sprawdź godziny pracy.
# source: frg.org.uk "Our advice service" (England only); content review M8. No Wales advice line on child protection could be sourced and checked (2026-12-04), so none is shown; a parent is pointed to a solicitor and an advocate instead
help-lines-wales = Linia porad Family Rights Group działa tylko dla Anglii. Nie znaleźliśmy jeszcze sprawdzonej linii porad w sprawie ochrony dzieci dla Walii. Zapytaj o radę prawnika, który zajmuje się prawem dotyczącym dzieci. Zapytaj urząd (council), czy jest rzecznik (advocate) dla rodziców.

help-local-heading = Twoje lokalne numery
# source: CONTENT-FACTS.md section 5 (local numbers differ by council)
help-local-numbers = Numery do Twojego pracownika socjalnego, przewodniczącego, dyżuru urzędu poza godzinami pracy, Twojego prawnika i Twojego [[advocate|rzecznika]] (advocate) są różne w różnych miejscach. Możesz je zapisać na tym telefonie.
help-local-link = Zapisz moje kontakty

help-faq-heading = Pytania, które często zadają rodzice
help-faq-record-q = Czy mogę nagrywać spotkanie?
# source: content review L6 (taking notes needs no permission; recording depends on local rules)
help-faq-record-a = Jeśli chcesz nagrywać spotkanie, zapytaj przewodniczącego przed spotkaniem. W różnych miejscach zasady są różne. Dostaniesz kopię protokołu. Możesz robić własne notatki.
help-faq-complain-q = Czy skarga może mi zaszkodzić?
help-faq-complain-a = Masz prawo złożyć skargę. Nie powinno to zmienić tego, jak służby ds. dzieci traktują Ciebie albo Twoje dziecko. Jeśli się tego boisz, najpierw zadzwoń po bezpłatną poradę.
help-faq-new-worker-q = Czy mogę poprosić o innego pracownika socjalnego?
help-faq-new-worker-a = Możesz poprosić. Napisz do kierownika pracownika socjalnego i wyjaśnij dlaczego. Urząd nie musi się zgodzić.
help-faq-no-call-back-q = Co zrobić, jeśli mój pracownik socjalny nie oddzwania?
help-faq-no-call-back-a = Zapisz, kiedy do niego dzwonisz: dzień i godzinę. Potem skontaktuj się z jego kierownikiem albo z zespołem dyżurnym (duty team) w Twoim urzędzie, czyli z pracownikami socjalnymi, którzy mają dyżur tego dnia. Możesz też skontaktować się z działem skarg.
help-faq-how-long-q = Ile trwa rozpatrzenie skargi?
help-faq-how-long-a = { $nation ->
        [wales] To zależy od Twojego urzędu, więc zapytaj dział skarg, kiedy możesz się spodziewać odpowiedzi. Po dwóch etapach skargi w urzędzie możesz zwrócić się do Ombudsmana. Zwykle musisz to zrobić w ciągu 12 miesięcy od dowiedzenia się o problemie.
       *[england] To zależy od Twojego urzędu, więc zapytaj dział skarg, kiedy możesz się spodziewać odpowiedzi. Zwykle musisz zwrócić się do Ombudsmana w ciągu 12 miesięcy.
    }
help-faq-end-early-q = Czy plan mojego dziecka może się skończyć wcześniej?
help-faq-end-early-a = Plan zwykle kończy się na konferencji przeglądowej. Jeśli dużo się zmieniło, zapytaj pracownika socjalnego albo przewodniczącego, czy konferencja przeglądowa może odbyć się wcześniej.

## Advice lines (numbers are data in src/core/content/advice.rs)

# source: 002_d34d1fa72bfe9724.txt, public. The number in 003 (0800 731 1696) is out of date.
line-frg-name = Family Rights Group – telefon z poradami
line-frg-about = Bezpłatne porady dla rodzin w Anglii, których dziećmi zajmują się służby ds. dzieci. Telefon tekstowy: najpierw wybierz 18001.
line-frg-hours = Od poniedziałku do piątku, 9:30–15:00, oprócz dni ustawowo wolnych od pracy
# source: 003_23392368096e3b46.txt (hours could not be confirmed, so none are shown)
line-family-lives-name = Family Lives
line-family-lives-about = Bezpłatna pomoc dla każdego, kto wychowuje dziecko.
# source: public
line-cla-name = Civil Legal Advice
line-cla-about = Sprawdza, czy możesz dostać państwową pomoc prawną (legal aid) w innych sprawach. Jeśli masz pismo przed wszczęciem postępowania, idź od razu do prawnika, który specjalizuje się w prawie dotyczącym dzieci.
line-cla-hours = Od poniedziałku do piątku, 9:00–20:00. W sobotę, 9:00–12:30
# source: public
line-samaritans-name = Samaritans
line-samaritans-about = Jeśli sobie nie radzisz. Bezpłatnie.
line-samaritans-hours = O każdej porze, w dzień i w nocy
line-emergency-name = Numer alarmowy
line-emergency-about = Jeśli ktoś jest teraz w niebezpieczeństwie.

line-call = Zadzwoń: { $name }
line-checked = Ostatnio sprawdzono: { $date }
