# Komunikaty całej aplikacji, po polsku.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Messages for the whole app. Plain words for a reading age of about 9 to 11. Facts carry a
# `# source:` comment naming the document in shared/seeds (or "public") that supports them.

## The app and its frame

app-name = Przewodnik po konferencji w sprawie ochrony dziecka
skip-link = Przejdź do głównej treści
nav-label = Menu główne
nav-home = Początek
menu-button = Menu
menu-guide = Przewodnik
menu-notes = Moje notatki
menu-writing = Pisanie
menu-help = Pomoc
nav-checklist = Lista zadań
nav-questions = Pytania
nav-plan = Plan
nav-dates = Daty
nav-contacts = Kontakty
nav-letters = Pisma
nav-settings = Ustawienia
language-switcher-label = Język
# One short line at the top of every page in a translated language, saying how the translation
# was made. English is the original; its line is never shown.
language-status = Ten przewodnik przetłumaczono z angielskiego z pomocą komputera, a wykwalifikowany tłumacz jeszcze go nie sprawdził.
language-check-interpreter = Jeśli coś jest niejasne, zapytaj o to swojego tłumacza albo pracownika socjalnego.
footer-private = Wszystko, co wpiszesz w tym przewodniku, zostaje na tym telefonie. Nic nie jest nikomu wysyłane.

## The page shell, shown before the app starts

shell-loading = Ładowanie przewodnika…
shell-noscript = Ten przewodnik potrzebuje JavaScriptu. Włącz go w ustawieniach przeglądarki, a potem odśwież tę stronę.
# While a tool's own code is fetched, the first time it is opened (a second or two on a slow phone).
chunk-loading = Otwieranie tego narzędzia…
# When that code cannot be fetched (offline, say): the button loads the page again.
chunk-failed = Nie udało się otworzyć tej części przewodnika. Sprawdź połączenie z internetem i spróbuj ponownie.
chunk-retry = Spróbuj ponownie
shell-load-error = Nie udało się uruchomić przewodnika. Sprawdź połączenie z internetem, a potem odśwież tę stronę.

## Emergency exit

exit-region = Szybkie wyjście
exit-emergency = Awaryjnie
exit-this-page = Opuść tę stronę
exit-shift-remaining = { $count ->
        [one] Naciśnij Shift jeszcze 1 raz, aby wyjść.
        [few] Naciśnij Shift jeszcze { $count } razy, aby wyjść.
        [many] Naciśnij Shift jeszcze { $count } razy, aby wyjść.
       *[other] Naciśnij Shift jeszcze { $count } razy, aby wyjść.
    }

## Updates and errors

update-ready = Jest gotowa nowa wersja tego przewodnika.
update-reload = Odśwież, aby zaktualizować
language-load-failed = Nie udało się wczytać tego języka. Sprawdź połączenie z internetem i spróbuj ponownie.

## Home

home-title = Twój przewodnik po konferencji w sprawie ochrony dziecka
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
home-intro = Służby ds. dzieci (children's services), czasem nazywane opieką społeczną (social services), zaprosiły Cię na spotkanie w sprawie Twojego dziecka. To spotkanie to konferencja w sprawie ochrony dziecka (child protection conference). Ten przewodnik wyjaśnia prostymi słowami każdy etap. Pokazuje, co możesz zrobić na każdym kroku.
home-stages-heading = Pięć etapów
home-not-legal-advice = To ogólne informacje dla Anglii i Walii. To nie jest porada prawna. W różnych rejonach wygląda to różnie, więc zapytaj pracownika socjalnego (social worker) albo prawnika (solicitor).
stage-number = Etap { $number } z { $total }

## Stage pages

before-title = Przed konferencją
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-intro = Konferencja w sprawie ochrony dziecka (child protection conference) to spotkanie. To nie jest sąd. Służby ds. dzieci organizują ją, gdy poważnie się obawiają, że dziecko jest krzywdzone albo może być krzywdzone. Ta strona wyjaśnia, jak możesz się przygotować.
before-summary = Czym jest to spotkanie, kto na nim będzie i jak się przygotować.

during-title = Na konferencji
# source: 003_23392368096e3b46.txt
during-intro = Spotkanie prowadzi niezależny przewodniczący (chair). Każdy mówi, co wie, a Ty też możesz powiedzieć, co myślisz. Ta strona wyjaśnia, co się dzieje i co można postanowić.
during-summary = Co dzieje się na spotkaniu i co może ono postanowić.

core-group-title = Grupa główna
# source: 004_cdfde2f55ea0fb42.txt, 000_1e1dbaff73eac1a8.txt
# source: 004_cdfde2f55ea0fb42.txt, CONTENT-FACTS.md section 2 (the Wales term) (content review L5)
core-group-intro = { $nation ->
        [wales] Jeśli Twoje dziecko ma plan opieki, wsparcia i ochrony (care and support protection plan), mniejsza grupa, zwana grupą główną (core group), spotyka się, aby wprowadzić plan w życie. Zwykle należysz do niej. Pierwsze spotkanie odbywa się w ciągu 10 dni roboczych od konferencji.
       *[england] Jeśli Twoje dziecko ma plan ochrony dziecka (child protection plan), mniejsza grupa, zwana grupą główną (core group), spotyka się, aby wprowadzić plan w życie. Zwykle należysz do niej. Pierwsze spotkanie odbywa się w ciągu 10 dni roboczych od konferencji.
    }
core-group-summary = Mniejsza grupa, która wprowadza plan w życie.

review-title = Konferencja przeglądowa
# source: 002_d34d1fa72bfe9724.txt, 003_23392368096e3b46.txt
review-intro = Konferencja przeglądowa (review conference) sprawdza, jak działa plan. Pierwsza odbywa się w ciągu 3 miesięcy od pierwszej konferencji. Potem odbywa się co najmniej raz na 6 miesięcy, dopóki plan trwa.
review-summary = Jak plan jest sprawdzany i co może się stać dalej.

help-title = Skargi i porady
# source: 003_23392368096e3b46.txt, 002_d34d1fa72bfe9724.txt
help-intro = { $nation ->
        [wales] Jeśli coś na konferencji Ci się nie podobało, możesz złożyć skargę. Na każdym etapie mogą Ci pomóc niektóre telefony z poradami i prawnik.
       *[england] Jeśli coś na konferencji Ci się nie podobało, możesz złożyć skargę. Na każdym etapie możesz też zadzwonić po bezpłatną poradę.
    }
help-summary = Jak złożyć skargę i kto może udzielić Ci bezpłatnej porady.

## Your own tools

checklist-title = Moja lista zadań
checklist-intro = Lista rzeczy do zrobienia przed każdym spotkaniem i po nim, zapisana na tym telefonie.
questions-title = Moje pytania
questions-intro = Pytania, które chcesz zadać na każdym spotkaniu, i odpowiedzi, które dostaniesz, zapisane na tym telefonie.
dates-title = Moje daty
dates-intro = Wpisz datę pierwszej konferencji. Ta strona wyliczy z niej kolejne daty, w dniach roboczych. Są one zapisane na tym telefonie.

contacts-title = Moje kontakty
contacts-intro = Numery telefonów i adresy e-mail osób, które zajmują się sprawą Twojego dziecka, zapisane na tym telefonie.
nav-glossary = Słowniczek
stage-nav-label = Etapy
stage-you-are-here = Jesteś tutaj
stage-previous = Poprzedni
stage-next = Następny
stage-suggestions-do = Rzeczy, które możesz zrobić
stage-suggestions-ask = O co możesz zapytać
stage-suggestions-to-checklist = Dodaj to do mojej listy zadań
stage-suggestions-to-questions = Dodaj to do moich pytań
nation-heading = Gdzie mieszkasz?
nation-hint = Zasady w Anglii i w Walii trochę się różnią.
nation-england = Anglia
nation-wales = Walia

settings-title = Ustawienia
settings-intro = Wybierz, jak ma działać ten przewodnik. Twoje wybory zostają na tym telefonie.
settings-language-heading = Język
settings-language-hint = Wybierz język tego przewodnika.
text-size-heading = Rozmiar tekstu
text-size-hint = Powiększ albo zmniejsz litery. Przewodnik zapamięta Twój wybór na tym telefonie.
text-size-standard = Standardowy
text-size-large = Duży
text-size-largest = Największy
theme-note = Jeśli Twój telefon ma włączony tryb ciemny, ten przewodnik też będzie ciemny.

## Listen: the page read aloud by the phone

listen-button = Posłuchaj tej strony
listen-pause = Pauza
listen-resume = Słuchaj dalej
listen-stop = Zatrzymaj
listen-label = Czytanie tej strony na głos

## My dates

dates-fields-heading = Daty Twoich spotkań
dates-initial-label = Data pierwszej konferencji w sprawie ochrony dziecka
dates-last-core-group-label = Data ostatniego spotkania grupy głównej
dates-last-review-label = Data ostatniej konferencji przeglądowej
dates-enquiries-label = Data rozpoczęcia postępowania wyjaśniającego z sekcji 47 (Section 47 enquiries), jeśli ją znasz
dates-minutes-received-label = Dzień, w którym przyszedł protokół z ostatniej konferencji
dates-minutes-by-label = Ostatni termin na poprawki do protokołu, z pisma od przewodniczącego
dates-optional-hint = Zostaw to pole puste, dopóki to się nie wydarzy.
dates-timeline-heading = Twój harmonogram
# source: Working Together to Safeguard Children 2023 and 004_cdfde2f55ea0fb42.txt (the only national rules: first core group within 10 working days, reviews within 3 then 6 months; Wales: core group at least every 6 weeks, assessment within 42 working days); everything else is local practice (content review M12)
dates-latest-note = { $nation ->
        [wales] Zasady krajowe wyznaczają najpóźniejsze daty spotkań grupy głównej, konferencji przeglądowych i oceny (assessment). Daty raportów i wizyt to częsta praktyka lokalna. Prawdziwe daty ustala urząd (council), więc sprawdź je u pracownika socjalnego.
       *[england] Zasady krajowe wyznaczają najpóźniejsze daty pierwszego spotkania grupy głównej i konferencji przeglądowych. Pozostałe daty to częsta praktyka lokalna, a nie zasady. Prawdziwe daty ustala urząd (council), więc sprawdź je u pracownika socjalnego.
    }
dates-empty = Wpisz datę pierwszej konferencji, aby zobaczyć kolejne daty.
dates-today = Dzisiaj
dates-by = Najpóźniej: { $date }
dates-on = Data: { $date }
dates-in-days = { $days ->
        [0] dzisiaj
        [1] jutro
        [one] za { $days } dzień
        [few] za { $days } dni
        [many] za { $days } dni
       *[other] za { $days } dnia
    }
dates-passed = Ta data już minęła.
dates-next = Następny termin
dates-item-initial-conference = Pierwsza konferencja w sprawie ochrony dziecka
dates-item-reports-before-initial = Raporty powinny do Ciebie dotrzeć (w wielu rejonach 5 dni roboczych przed konferencją)
dates-item-first-core-group = Pierwsze spotkanie grupy głównej
dates-item-next-core-group = { $nation ->
        [wales] Następne spotkanie grupy głównej (co najmniej raz na 6 tygodni)
       *[england] Następne spotkanie grupy głównej (nie ma zasady krajowej: zapytaj pracownika socjalnego)
    }
dates-item-social-worker-visit = Wizyty pracownika socjalnego (zapytaj, jak często: w wielu rejonach co najmniej raz na 10 dni roboczych)
dates-item-first-review = Pierwsza konferencja przeglądowa
dates-item-reports-before-review = Raporty na konferencję przeglądową powinny do Ciebie dotrzeć (w wielu rejonach 5 dni roboczych wcześniej)
dates-item-next-review = Następna konferencja przeglądowa
dates-item-assessment-due = Ocena (assessment) powinna być gotowa (42 dni robocze od rozpoczęcia postępowania wyjaśniającego)
# source: CONTENT-FACTS.md "Minutes (Wales)" (10 working days from receiving them); England: the date the chair's letter gives
dates-item-minutes-corrections = { $nation ->
        [wales] Wyślij przewodniczącemu poprawki do protokołu (10 dni roboczych od dnia, w którym przyszedł protokół)
       *[england] Wyślij przewodniczącemu poprawki do protokołu
    }
dates-add-to-calendar = Dodaj te daty do mojego kalendarza
dates-calendar-heading = Dodaj daty do kalendarza
dates-calendar-warning = Kalendarze często kopiują daty na inne Twoje urządzenia i do osób, którym udostępniasz kalendarz. Mogą też pokazywać powiadomienia na ekranie blokady.
dates-calendar-full-wording = Używaj pełnych nazw w moim kalendarzu
dates-calendar-plain-hint = Jeśli tego nie zaznaczysz, każda data będzie nazwana tylko Spotkanie, Wizyta albo Przypomnienie.
dates-plain-meeting = Spotkanie
dates-plain-appointment = Wizyta
dates-plain-reminder = Przypomnienie
dates-calendar-downloaded = Plik kalendarza został pobrany. Otwórz go, aby dodać daty do kalendarza.
dates-calendar-note = Najpóźniejsza data wyliczona według przepisów. Prawdziwą datę ustala urząd.

## Dates: written out from these, in every language

date-long = { $day } { $month } { $year }
date-full = { $weekday }, { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela

## Not found

not-found-title = Nie znaleziono strony
not-found-body = Nie udało się znaleźć tej strony. Link może być błędny albo strona mogła zostać przeniesiona.
not-found-home = Przejdź na początek przewodnika

## The plain name (Settings)

plain-name-heading = Nazwa tego przewodnika w kartach i historii
plain-name-hint = Każdy, kto zajrzy do kart albo historii Twojej przeglądarki, zobaczy nazwy stron, które otwierasz.
plain-name-off = Własna nazwa: Przewodnik po konferencji w sprawie ochrony dziecka
plain-name-on = Zwykła nazwa: Notatki
plain-name-title = Notatki
plain-name-install = Jeśli po wybraniu zwykłej nazwy dodasz ten przewodnik do ekranu głównego, jego ikona też będzie się nazywać Notatki. Ikona dodana wcześniej zachowa nazwę przewodnika: usuń ją i dodaj jeszcze raz. Strony otwarte przed tym wyborem zachowają w historii swoje nazwy.

## Share this guide (the page's own words are in share.ftl)

share-title = Udostępnij ten przewodnik
share-intro = Dla pracowników wsparcia rodziny i innych osób, które pomagają rodzicom: daj rodzicowi ten przewodnik w jego języku, jako link, kod QR lub wydrukowaną ulotkę.
share-file-title = Ulotka
home-share = Pomagasz rodzicom? Udostępnij ten przewodnik w ich języku
footer-share = Udostępnij ten przewodnik
