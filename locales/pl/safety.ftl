# Bezpieczeństwo: strona „Zatrzyj ślady”, ustawienia szybkiego wyjścia i kod dostępu, po polsku.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode.

cover-tracks-title = Zatrzyj ślady
cover-tracks-intro = Jeśli ktoś inny może zaglądać do Twojego telefonu, oto jak zachować w tajemnicy to, co czytasz.

# The "Cover your tracks" page is for a parent who may share a phone with someone who must not
# see what they read. It says plainly what can still be seen: no step on it hides everything.
# Phone steps name the menus as the phone shows them; where a name differs between versions,
# the message says what the button does instead.

## What this guide keeps, and where

cover-keep-heading = Co zapisuje ten przewodnik i gdzie
# source: this guide's own storage (src/web/storage.rs, src/core/store/settings.rs, the service worker); reviews/security.md L1, M3
cover-keep-where = Ten przewodnik zapisuje trzy rodzaje rzeczy, tylko w tej przeglądarce na tym telefonie.
# source: this guide's own storage; reviews/security.md L1
cover-keep-notes = To, co piszesz: lista zadań, pytania, plan, kontakty, daty i pisma.
# source: src/core/store/settings.rs
cover-keep-choices = Twoje wybory: język, Anglia albo Walia, rozmiar tekstu i strona, na którą przenosi przycisk wyjścia.
# source: the service worker's caches (scripts/sw-languages.js); reviews/security.md L1, M3
cover-keep-pages = Strony tego przewodnika i języki, których używasz, żeby przewodnik działał bez internetu.
# source: src/core/vault (what is sealed and what is not); reviews/security.md L1
cover-keep-passcode = Jeśli zablokujesz notatki kodem dostępu, nikt nie przeczyta ich bez tego kodu. Ale ktoś, kto wie, gdzie szukać, nadal może zobaczyć Twoje wybory, to, ile razy wpisano błędny kod, i to, że masz notatki. Może też mniej więcej ocenić, ile tekstu jest w notatkach, ale nie to, co w nich jest.
# source: the Content Security Policy (connect-src 'self') and the browser tests, which fail on any cookie
cover-keep-nothing-sent = Nic nie jest wysyłane do nas ani do nikogo innego. Ten przewodnik nie używa plików cookie.

## Removing this guide from your history

cover-history-heading = Jak usunąć ten przewodnik z historii
# source: an empty history can raise suspicion: Scottish Borders Council, Covering your tracks online (scotborders.gov.uk); Somerset Survivors, Cover your tracks (somersetsurvivors.org.uk); reviews/security.md M4
cover-history-why = Historia przeglądarki pokazuje strony, które otwierasz, razem z ich nazwami. Lepiej nie usuwać całej historii, bo pusta historia sama w sobie może wzbudzić podejrzenia. Usuń tylko strony tego przewodnika, jedną po drugiej.
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): History, search, Remove (X) next to an entry
cover-history-chrome = W Chrome na telefonie z Androidem: dotknij trzech kropek, potem Historia. Dotknij przycisku wyszukiwania (lupy) i wpisz nazwę tej witryny. Dotknij X obok każdej strony tego przewodnika, żeby ją usunąć.
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082); iPhone User Guide, Safari history
cover-history-safari = W Safari na iPhonie: dotknij przycisku Zakładki (wygląda jak otwarta książka), potem karty Historia (zegar). Wpisz nazwę tej witryny w polu wyszukiwania. Przesuń w lewo każdą stronę tego przewodnika i dotknij Usuń.
# source: Chrome on Android, New Tab page shortcuts (touch and hold a tile, then Remove); reviews/security.md M4
cover-history-tiles = W Chrome nowa karta może pokazywać kafelki z witrynami, które odwiedzasz najczęściej. Jeśli jest tam ten przewodnik, dotknij jego kafelka i przytrzymaj, a potem dotknij Usuń.
# source: Chrome on Android, address bar suggestions come from your history; reviews/security.md M4
cover-history-suggest = Chrome może też podpowiadać tę witrynę, gdy piszesz w pasku adresu. Gdy usuniesz jej strony z historii, te podpowiedzi znikną. Możesz też dotknąć podpowiedzi i ją przytrzymać, żeby ją usunąć.

## Accounts that share your history

cover-sync-heading = Konta, które udostępniają Twoją historię
# source: Chrome Help, Sign in and sync in Chrome (support.google.com/chrome/answer/185277); Google My Activity (myactivity.google.com); reviews/security.md M4
cover-sync-google = Jeśli w Chrome jest zalogowane konto Google, inne telefony, tablety i komputery zalogowane na to konto mogą pokazywać Twoją historię i otwarte karty. Historia może też być zapisana w Google Moja aktywność (myactivity.google.com). Tam też możesz usunąć strony tego przewodnika.
# source: Apple Support, iCloud for Safari (tabs, history) and Safari downloads to iCloud Drive; reviews/security.md M4, H3
cover-sync-apple = Na iPhonie usługa iCloud może udostępniać Twoje karty, historię i pobrane pliki z Safari innym urządzeniom Apple z tym samym Apple ID.
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): deleting on a synced device deletes it everywhere
cover-sync-do = Jeśli ktoś inny używa jednego z tych urządzeń albo zna hasło do Twojego konta, usuń ten przewodnik z historii i zamknij jego karty, gdy skończysz. Strona usunięta na jednym urządzeniu zwykle znika też z pozostałych.

## Files you download

cover-files-heading = Pobrane pliki
# source: reviews/security.md H3 (Android's Downloads, and Safari saving to iCloud Drive by default)
cover-files-where = Plik pobrany z tego przewodnika, na przykład kopia notatek, pismo albo plik kalendarza, zostaje zapisany na telefonie. Na Androidzie trafia do folderu Pobrane, który widać w aplikacji Pliki. Na iPhonie zwykle trafia do iCloud Drive, więc mogą go pokazywać także Twoje inne urządzenia Apple.
# source: reviews/security.md H3 (the "Download complete" notification, lock screen too)
cover-files-notice = Gdy pobieranie się skończy, telefon może pokazać powiadomienie o pobraniu, nawet na ekranie blokady. Przesuń to powiadomienie, żeby je zamknąć. Usuń plik, gdy nie będzie Ci już potrzebny.
# source: this guide's file names (src/core/personal/backup.rs); reviews/security.md H3
cover-files-names = Ten przewodnik nadaje swoim plikom zwykłe nazwy, na przykład notes-2026-03-14.json. Ale każdy, kto otworzy plik, może go przeczytać, chyba że plik jest zablokowany Twoim kodem dostępu.

## Dates in your calendar

cover-calendar-heading = Daty w kalendarzu
# source: reviews/security.md M1 (calendars sync to Google or iCloud; default alerts show on the lock screen)
cover-calendar-sync = Jeśli dodasz daty z tego przewodnika do kalendarza w telefonie, mogą zostać skopiowane na Twoje konto Google albo Apple i pokazać się na innych urządzeniach. Przypomnienie może się pojawić na ekranie blokady.
# source: this guide's calendar file (src/core/dates/ics.rs); reviews/security.md M1
cover-calendar-titles = Ten przewodnik nadaje tym datom zwykły tytuł, na przykład „Spotkanie”, chyba że wybierzesz inaczej. Usuń je w aplikacji kalendarza, gdy nie będą Ci już potrzebne.

## Phone calls

cover-calls-heading = Połączenia telefoniczne
# source: reviews/content.md M13; Family Rights Group and Women's Aid cover-your-tracks pages (call history)
cover-calls-log = Jeśli zadzwonisz pod numer z tego przewodnika, pojawi się on w historii połączeń w telefonie (na liście ostatnich połączeń). Możesz go tam usunąć.
# source: Android's Phone app and iPhone's Phone app, Recents (touch and hold, or swipe left, then Delete)
cover-calls-delete = Otwórz w telefonie aplikację do dzwonienia i znajdź ostatnie połączenia. Dotknij połączenia i przytrzymaj, a potem je usuń. Na iPhonie przesuń połączenie w lewo i dotknij Usuń.

## Text you copy

cover-copy-heading = Skopiowany tekst
# source: reviews/security.md M4 (keyboard clipboard history after "Copy")
cover-copy-text = Jeśli skopiujesz tekst z tego przewodnika, na przykład pismo, klawiatura może go zapamiętać na liście skopiowanych rzeczy (w schowku). Otwórz schowek w klawiaturze i usuń ten tekst. Na iPhonie skopiuj coś innego, żeby go zastąpić.

## The recent apps screen

cover-recent-heading = Ekran ostatnio używanych aplikacji
# source: reviews/security.md M4, L5 (the Recent apps screenshot)
cover-recent-text = Telefon zapamiętuje obraz ostatniej strony, która była otwarta w każdej aplikacji. Każdy, kto otworzy ekran ostatnio używanych aplikacji, może go zobaczyć. Zanim przełączysz się na inną aplikację, przejdź na inną stronę internetową albo użyj przycisku wyjścia.

## Saved passwords

cover-password-heading = Zapisane hasła
# source: reviews/security.md M2 (Chrome and iPhone offer to save the passcode)
cover-password-text = Jeśli telefon zaproponuje zapisanie kodu dostępu do tego przewodnika, wybierz Nigdy. Jeśli kod jest już zapisany, usuń go z listy zapisanych haseł w telefonie.

## Deleting what this guide keeps

cover-delete-heading = Jak usunąć to, co zapisuje przewodnik
# source: src/ui/components/delete_all_data.rs; reviews/security.md M3
cover-delete-all = Na stronie Ustawienia tego przewodnika przycisk „Usuń wszystkie moje dane” usuwa to, co napisano w przewodniku, Twój kod dostępu i Twoje wybory. Usuwa też strony i języki, które ten przewodnik zapisał na tym telefonie.
# source: remove-trace-* in notes.ftl; reviews/security.md M3 (removing the service worker and its copy)
cover-delete-trace = Pod nim przycisk „Usuń wszystkie ślady tego przewodnika” usuwa też kopię przewodnika, która działa bez internetu. Potem przenosi Cię na inną stronę, tak jak przycisk wyjścia.
cover-settings-link = Przejdź do Ustawień
# source: reviews/security.md M3 (what remains after Delete all)
cover-delete-remains = Potem na telefonie może jeszcze coś zostać:
cover-remains-history = Strony tego przewodnika w historii przeglądarki. Usuń je tak, jak opisano wyżej.
cover-remains-files = Pobrane pliki. Usuń je w aplikacji do plików.
cover-remains-site = Nazwa tej witryny w ustawieniach witryn w przeglądarce. Możesz ją usunąć tak:
# source: Chrome Help, Delete, allow and manage cookies in Chrome (support.google.com/chrome/answer/95647; Android: Site settings, All sites); reviews/security.md M3
cover-site-chrome = W Chrome na telefonie z Androidem: dotknij trzech kropek, potem Ustawienia, potem Ustawienia witryn, potem Wszystkie witryny. Dotknij tej witryny, a potem przycisku, który usuwa jej dane.
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082): Advanced, Website Data
cover-site-safari = Na iPhonie: otwórz aplikację Ustawienia, potem Safari (na nowszych iPhone'ach: Aplikacje, potem Safari). Dotknij Zaawansowane, potem Dane witryn. Znajdź tę witrynę, przesuń ją w lewo i dotknij Usuń. Usuwa to tylko tę witrynę, a nie wszystko.

## Private browsing

cover-private-heading = Przeglądanie prywatne
# source: Chrome Help, Browse in Incognito mode (support.google.com/chrome/answer/95464): nothing kept after closing; downloads are kept
cover-private-text = W oknie prywatnym (w Chrome nazywa się ono Incognito) nic nie zostaje zapisane, gdy je zamkniesz. Dotyczy to też wszystkiego, co piszesz w tym przewodniku. Pobrane pliki jednak zostają.

## A plain name

cover-plain-heading = Zwykła nazwa
# source: this guide's Settings (plain-name-* in app.ftl); reviews/security.md M5
cover-plain-name = Na stronie Ustawienia tego przewodnika możesz wybrać dla niego zwykłą nazwę. Wtedy karty i historia pokazują „Notatki” zamiast nazwy tego przewodnika. Strony otwarte przed tym wyborem zachowują w historii starą nazwę.
# source: plain-name-install in app.ftl; reviews/security.md M5 (the installed icon and its name)
cover-plain-icon = Jeśli dodasz ten przewodnik do ekranu głównego, będzie tam widać jego ikonę z nazwą. Najpierw wybierz zwykłą nazwę, żeby pod ikoną było napisane „Notatki”. Ikona dodana wcześniej zachowuje nazwę przewodnika: usuń ją i dodaj jeszcze raz.

## What the exit button does, and what it cannot do

cover-exit-heading = Co robi przycisk wyjścia, a czego nie może zrobić
# source: src/web/exit.rs, src/core/exit.rs
cover-exit-does = Przycisk „Opuść tę stronę” od razu przenosi Cię na inną stronę. Na klawiaturze możesz też trzy razy nacisnąć klawisz Shift. Przycisk robi też te rzeczy:
# source: src/web/exit.rs; reviews/security.md H2
cover-exit-tabs = Zamyka ten przewodnik w innych kartach.
cover-exit-lock = Blokuje Twoje notatki, jeśli używasz kodu dostępu.
# source: src/web/exit.rs; reviews/security.md H1
cover-exit-back = W Chrome usuwa strony tego przewodnika z przycisku Wstecz.
cover-exit-back-other = W niektórych innych przeglądarkach, gdy naciśniesz i przytrzymasz Wstecz, możesz nadal zobaczyć listę stron tego przewodnika. Usuń je z historii, tak jak opisano wyżej.
cover-exit-history = Przycisk wyjścia nie usuwa historii przeglądania.
cover-exit-unlock = Ktoś, kto może odblokować Twój telefon, może też otworzyć ten przewodnik.

## Where the exit button takes you

exit-site-heading = Dokąd przenosi przycisk wyjścia
exit-site-hint = Wybierz stronę, która nie będzie wyglądać dziwnie na Twoim telefonie.
exit-site-bbc-weather = BBC Weather
exit-site-bbc-news = BBC News
exit-site-bbc-sport = BBC Sport
footer-cover-tracks = Zatrzyj ślady

## The passcode

passcode-heading = Zablokuj moje notatki kodem dostępu
passcode-what = Jeśli ktoś inny może wziąć Twój telefon do ręki, możesz zablokować to, co tu piszesz. Wtedy Twoja lista zadań, pytania, plan, kontakty i daty są zapisane na telefonie w zaszyfrowanej formie, a przewodnik prosi o kod dostępu, zanim je pokaże. Sam przewodnik nadal można czytać.
passcode-forget-warning = Jeśli zapomnisz kod dostępu, nikt nie otworzy Twoich notatek, nawet my. Jedyne wyjście to usunąć je i zacząć od nowa.
passcode-rules = Użyj co najmniej 6 cyfr albo zdania, które ma co najmniej 8 liter i spacji. Zdanie dużo trudniej komuś odgadnąć.
passcode-new-label = Twój nowy kod dostępu
passcode-again-label = Wpisz go jeszcze raz
passcode-pin-too-short = Kod z cyfr musi mieć co najmniej 6 cyfr.
passcode-phrase-too-short = Kod w postaci zdania musi mieć co najmniej 8 znaków.
passcode-mismatch = Te dwa kody nie są takie same. Wpisz je jeszcze raz.
passcode-set-button = Zablokuj moje notatki
passcode-working = Proszę czekać…
passcode-set-done = Gotowe. Twoje notatki są zablokowane Twoim kodem dostępu.
passcode-set-failed = Przepraszamy, na tym telefonie nie udało się zapisać zmiany. Twoje notatki się nie zmieniły.
passcode-is-on = Twoje notatki są zablokowane kodem dostępu.
passcode-lock-now = Zablokuj teraz moje notatki
passcode-auto-lock-label = Blokuj je znowu, gdy nie używam przewodnika przez
passcode-minutes = { $minutes ->
    [one] 1 minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
passcode-change-heading = Zmień kod dostępu
passcode-change-button = Zmień kod dostępu
passcode-remove-heading = Przestań używać kodu dostępu
passcode-remove-body = Twoje notatki będą zapisane na tym telefonie bez kodu dostępu. Każdy, kto otworzy ten przewodnik na tym telefonie, będzie mógł je przeczytać.
passcode-remove-button = Przestań używać kodu dostępu
passcode-remove-confirm = Tak, przestań używać kodu dostępu
passcode-removed = Gotowe. Twoje notatki nie potrzebują już kodu dostępu.
passcode-locked-here = Twoje notatki są zablokowane. Odblokuj je, aby zmienić kod dostępu albo przestać go używać.

unlock-title = Twoje notatki są zablokowane
unlock-intro = Wpisz kod dostępu, aby zobaczyć swoje notatki. Reszta przewodnika go nie potrzebuje.
unlock-label = Kod dostępu
unlock-button = Odblokuj
unlock-checking = Sprawdzanie…
unlock-wrong = Ten kod dostępu jest nieprawidłowy.
unlock-unavailable = Przepraszamy, nie udało się teraz sprawdzić kodu dostępu. Spróbuj ponownie.
unlock-wait = { $seconds ->
    [one] Poczekaj 1 sekundę, a potem spróbuj ponownie.
    [few] Poczekaj { $seconds } sekundy, a potem spróbuj ponownie.
    [many] Poczekaj { $seconds } sekund, a potem spróbuj ponownie.
   *[other] Poczekaj { $seconds } sekundy, a potem spróbuj ponownie.
}
passcode-protects = Kod dostępu chroni Twoje notatki w tym przewodniku przed kimś, kto weźmie Twój telefon do ręki.
passcode-not-protects = Nie chroni przed kimś, kto skopiuje wszystko z Twojego telefonu na komputer: tam może próbować kodu za kodem bez czekania. Zdanie jest dużo trudniejsze do odgadnięcia niż cyfry. Nie używaj kodu PIN telefonu ani daty urodzenia.
passcode-never-save = Jeśli telefon zaproponuje zapisanie tego kodu dostępu, wybierz Nigdy.
passcode-guessable = Ten kod dostępu łatwo odgadnąć: to data, ciąg kolejnych cyfr albo cyfry, które wybiera wiele osób. Użyj raczej krótkiego zdania, na przykład trzech słów, które zapamiętasz. Albo wybierz co najmniej 6 cyfr bez żadnego wzoru, inne niż PIN telefonu.
passcode-current-label = Twój obecny kod dostępu
passcode-current-needed = Najpierw wpisz kod dostępu, którego używasz teraz.
passcode-remove-ask = Aby przestać używać kodu dostępu, wpisz go tutaj
passcode-removed-notice = Kod dostępu został usunięty { $date }. Twoje notatki nie są teraz zablokowane. Jeśli to nie Ty go usunąłeś lub usunęłaś, ktoś inny mógł czytać lub zmieniać Twoje notatki. Możesz znowu ustawić kod dostępu w Ustawieniach.
passcode-notice-close = Ukryj tę wiadomość
unlock-wrong-tries = { $count ->
    [one] Ktoś wpisał błędny kod dostępu raz, odkąd ostatnio otwierałeś lub otwierałaś swoje notatki ({ $date } o { $time }).
    [few] Ktoś wpisał błędny kod dostępu { $count } razy, odkąd ostatnio otwierałeś lub otwierałaś swoje notatki (ostatnio { $date } o { $time }).
    [many] Ktoś wpisał błędny kod dostępu { $count } razy, odkąd ostatnio otwierałeś lub otwierałaś swoje notatki (ostatnio { $date } o { $time }).
   *[other] Ktoś wpisał błędny kod dostępu { $count } razy, odkąd ostatnio otwierałeś lub otwierałaś swoje notatki (ostatnio { $date } o { $time }).
}
unlock-forgot = Nie pamiętam kodu dostępu
unlock-forgot-body = Nikt nie otworzy Twoich notatek bez kodu dostępu. Aby znowu korzystać z notatek w tym przewodniku, usuń je i zacznij od nowa. Przycisk Usuń wszystkie moje dane jest na dole strony Ustawienia.
unlock-forgot-link = Przejdź do Ustawień
