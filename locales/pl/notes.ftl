# Własne narzędzia rodzica: lista zadań, pytania, plan, kontakty, kopia, druk i usuwanie danych, po polsku.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# The parent's own tools: checklist, questions, plan, contacts, keeping a copy, printing,
# deleting everything. Short sentences, plain words: this is read on a phone, often under stress.
# English original: written by the development team.

## Shared words

notes-kept-here = To, co tu piszesz, zostaje na tym telefonie. Nie jest nikomu wysyłane.
notes-add = Dodaj
notes-not-for-me = Nie dla mnie
notes-change = Zmień
notes-move-up = Przesuń w górę
notes-move-down = Przesuń w dół
notes-delete = Usuń
notes-save = Zapisz
notes-cancel = Anuluj
notes-done-changing = Gotowe
notes-undo = Cofnij
notes-deleted = Usunięto: { $item }
notes-suggestions-heading = Pomysły z tego przewodnika
notes-suggestions-none = Wszystkie pomysły na ten etap są już dodane albo ukryte.
notes-show-hidden = { $count ->
    [one] Pokaż ukryty pomysł
    [few] Pokaż { $count } ukryte pomysły
    [many] Pokaż { $count } ukrytych pomysłów
   *[other] Pokaż ukryte pomysły ({ $count })
}
notes-missing-words = (Ta pozycja pochodzi ze starszej wersji przewodnika.)

## Something went wrong with saving

storage-unreadable-title = Nie udało się otworzyć części Twoich notatek
storage-unreadable-body = Nie udało się odczytać czegoś, co zapisano na tym telefonie, więc ta część jest pusta. Nic nie zostało usunięte. Stary tekst nadal jest zapisany na tym telefonie i możesz go pobrać.
storage-unreadable-download = Pobierz stary tekst
storage-not-saved-title = Twoja ostatnia zmiana nie została zapisana
storage-not-saved-body = Telefon nie pozwolił jej zapisać. Może pamięć telefonu jest pełna albo włączone jest przeglądanie prywatne. Twój tekst nadal jest na ekranie, ale zniknie, gdy zamkniesz tę stronę. Pobierz teraz kopię, żeby go zachować.
storage-not-saved-download = Pobierz kopię moich notatek
storage-unreadable-downloaded = Stary tekst został pobrany.
storage-not-saved-keep-locked = Zachowaj zablokowaną kopię moich notatek

## My checklist

checklist-progress = Zrobione: { $done } z { $total }
checklist-empty-stage = Na Twojej liście nie ma jeszcze nic na ten etap.
checklist-add-label = Dodaj własne zadanie

## My questions

questions-asked = Pytanie jest już zadane
questions-answer = Otrzymana odpowiedź
questions-empty-stage = Nie ma jeszcze pytań na ten etap.
questions-add-label = Dodaj własne pytanie
questions-take-to-meeting = Zabierz moje pytania na spotkanie
questions-only-open = Pokaż tylko pytania, których jeszcze nie zadano
questions-share = Udostępnij moje pytania
questions-copy = Skopiuj moje pytania
questions-share-title = Moje pytania
questions-shared = Twoje pytania są gotowe do wysłania.
questions-copied = Twoje pytania są skopiowane. Możesz je wkleić do wiadomości albo e-maila.
questions-share-failed = Przepraszamy, na tym telefonie nie udało się skopiować pytań. Możesz je zamiast tego wydrukować.

## Take to the meeting

meeting-title = Zabierz na spotkanie
meeting-intro = Pytania, których jeszcze nie zadano, dużą czcionką. Dotknij pytania, gdy już je zadasz.
meeting-next = Twoje następne spotkanie: { $meeting }, { $date }.
meeting-mark-asked = Pytanie jest już zadane
meeting-none-left = Wszystkie Twoje pytania są już zadane.
meeting-asked-heading = Już zadane
meeting-not-asked = Jeszcze niezadane
meeting-back-to-questions = Wróć do moich pytań i odpowiedzi

## My plan

plan-title = Mój plan
plan-intro = Zapisz, co ustalono na każdym spotkaniu: kto co zrobi i do kiedy. Potem możesz sprawdzić, co już zostało zrobione.
plan-actions-heading = Co ustalono
plan-no-actions = Nic jeszcze nie zapisano.
plan-overdue = Po terminie: data już minęła.
plan-overdue-count = { $count ->
    [one] 1 zadanie jest po terminie.
    [few] { $count } zadania są po terminie.
    [many] { $count } zadań jest po terminie.
   *[other] { $count } zadania jest po terminie.
}
plan-add-action = Dodaj coś, co ustalono
plan-add-action-button = Dodaj do mojego planu
plan-what = Co zostanie zrobione
plan-who = Kto to zrobi
plan-who-name = Imię i nazwisko tej osoby (jeśli je znasz)
plan-by = Do kiedy
plan-no-date = Bez daty
plan-status = Czy to zostało zrobione?
plan-reason = Dlaczego nie?
plan-who-me = Ja
plan-who-social-worker = Pracownik socjalny
plan-who-school = Szkoła
plan-who-health-visitor = Pielęgniarka środowiskowa (health visitor)
plan-who-other = Ktoś inny
plan-status-to-do = Jeszcze nie
plan-status-done = Zrobione
plan-status-not-done = Nie zostało zrobione
plan-meetings-heading = Moje spotkania
plan-no-meetings = Nie zapisano jeszcze żadnych spotkań.
plan-add-meeting = Dodaj spotkanie
plan-add-meeting-button = Dodaj to spotkanie
plan-meeting-kind = Rodzaj spotkania
plan-meeting-date = Data
plan-meeting-notes = Co postanowiono
plan-meeting-initial-conference = Pierwsza konferencja
plan-meeting-core-group = Spotkanie grupy głównej
plan-meeting-review = Konferencja przeglądowa

## My contacts

contacts-none = Nie ma jeszcze kontaktów.
contacts-add = Dodaj kontakt
contacts-add-button = Dodaj ten kontakt
contacts-name = Imię i nazwisko
contacts-name-missing = Wpisz imię i nazwisko.
contacts-role = Kim jest ta osoba
contacts-phone = Telefon
contacts-email = E-mail
contacts-notes = Notatki
contacts-call = Zadzwoń
contacts-role-social-worker = Pracownik socjalny
contacts-role-conference-chair = Przewodniczący konferencji
contacts-role-solicitor = Prawnik (solicitor)
contacts-role-advocate = Rzecznik (advocate)
contacts-role-out-of-hours = Dyżur poza godzinami pracy
contacts-role-other = Ktoś inny

## Keep a copy

backup-title = Zachowaj kopię moich notatek
backup-intro = Zapisz notatki jako plik, wydrukuj je albo przywróć je z pliku.
backup-download-heading = Pobierz moje notatki
backup-download-body = Dostaniesz jeden plik z listą zadań, pytaniami, planem, kontaktami i datami. Przechowuj go w bezpiecznym miejscu. Każdy, kto otworzy ten plik, może go przeczytać.
backup-download = Pobierz moje notatki
backup-downloaded = Notatki zostały pobrane.
backup-download-failed = Przepraszamy, na tym telefonie nie udało się pobrać pliku.
backup-no-passcode-hint = Aby zablokować plik kodem dostępu, najpierw ustaw kod dostępu w Ustawieniach.
backup-sealed-body = Plik zostanie zablokowany Twoim kodem dostępu. Wpisz swój kod dostępu, aby go pobrać. Aby później otworzyć ten plik, będzie potrzebny kod dostępu, który wpisujesz teraz.
backup-passcode-label = Twój kod dostępu
backup-sealing = Blokowanie pliku…
backup-unprotected-heading = Zachowaj niezabezpieczoną kopię
backup-unprotected-body = Niezabezpieczona kopia nie jest zablokowana. Każdy, kto otworzy ten plik, może przeczytać wszystko, co w nim jest: Twoje notatki, kontakty, daty i pisma.
backup-unprotected-button = Zachowaj niezabezpieczoną kopię
download-where = Plik jest w folderze Pobrane na telefonie. Na iPhonie jest w aplikacji Pliki, która może go skopiować do iCloud. Możesz tam usunąć ten plik.
backup-print-heading = Wydrukuj moje notatki
backup-print-body = Wydrukuj notatki albo zapisz je jako PDF, aby zabrać je na spotkanie albo do prawnika.
backup-print-link = Zobacz moje notatki gotowe do druku
backup-import-heading = Przywróć moje notatki z pliku
backup-import-body = Wybierz plik, który wcześniej pobrano z tego przewodnika. Zanim cokolwiek się zmieni, zobaczysz, co jest w tym pliku.
backup-import-choose = Wybierz plik
backup-file-holds = W tym pliku:
backup-choose-how = Dodać to do notatek na tym telefonie czy je zastąpić?
backup-merge = Dodaj do moich notatek
backup-replace = Zastąp moje notatki tymi z pliku
backup-merged = Gotowe. Notatki z pliku zostały dodane do Twoich.
backup-replaced = Gotowe. Teraz masz notatki z pliku.
backup-error-too-large = Ten plik jest za duży. To nie może być plik z tego przewodnika. Nic nie zostało zmienione.
backup-error-not-ours = To nie jest plik z tego przewodnika. Nic nie zostało zmienione.
backup-error-damaged = Ten plik jest uszkodzony, więc nie da się go odczytać. Nic nie zostało zmienione.
backup-error-newer = Ten plik pochodzi z nowszej wersji tego przewodnika. Odśwież przewodnik, aby go zaktualizować, a potem spróbuj ponownie. Nic nie zostało zmienione.
backup-sealed-file = Ten plik jest zablokowany kodem dostępu. Wpisz kod dostępu, który był ustawiony, gdy plik został pobrany.
backup-sealed-file-label = Kod dostępu do tego pliku
backup-sealed-file-open = Otwórz plik
backup-sealed-file-wrong = Ten kod dostępu nie otwiera pliku. Sprawdź go i spróbuj ponownie. Jeśli kod jest prawidłowy, plik może być uszkodzony. Nic nie zostało zmienione.
backup-delete-heading = Usuń wszystko
backup-delete-link = Usuń wszystkie moje notatki (w Ustawieniach)
backup-count-checklist = { $count ->
    [one] 1 rzecz do zrobienia
    [few] { $count } rzeczy do zrobienia
    [many] { $count } rzeczy do zrobienia
   *[other] { $count } rzeczy do zrobienia
}
backup-count-questions = { $count ->
    [one] 1 pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}
backup-count-actions = { $count ->
    [one] 1 ustalenie
    [few] { $count } ustalenia
    [many] { $count } ustaleń
   *[other] { $count } ustalenia
}
backup-count-meetings = { $count ->
    [one] 1 spotkanie
    [few] { $count } spotkania
    [many] { $count } spotkań
   *[other] { $count } spotkania
}
backup-count-contacts = { $count ->
    [one] 1 kontakt
    [few] { $count } kontakty
    [many] { $count } kontaktów
   *[other] { $count } kontaktu
}
backup-count-dates = { $count ->
    [one] 1 data
    [few] { $count } daty
    [many] { $count } dat
   *[other] { $count } daty
}
backup-count-letters = { $count ->
    [one] 1 pismo
    [few] { $count } pisma
    [many] { $count } pism
   *[other] { $count } pisma
}
backup-count-reports = { $count ->
    [one] 1 zachowany raport
    [few] { $count } zachowane raporty
    [many] { $count } zachowanych raportów
   *[other] { $count } zachowanego raportu
}

## Print

print-title = Moje notatki do druku
print-file-title = Notatki
print-intro = Wszystkie Twoje notatki na jednej stronie. Wydrukuj ją albo zapisz jako PDF.
print-button = Wydrukuj albo zapisz jako PDF
print-made-on = Wydrukowano z tego przewodnika dnia { $date }.
print-nothing = Nie masz jeszcze żadnych notatek.
print-done = (zrobione)

## Delete all my data

delete-all-heading = Usuń wszystkie moje dane
delete-all-body = To usuwa z tego telefonu to, co piszesz w tym przewodniku (listę zadań, pytania, plan, kontakty, daty i pisma), Twój kod dostępu, Twoje wybory oraz strony i języki zapisane przez ten przewodnik. Nie da się tego cofnąć. Jeśli chcesz zachować notatki, najpierw pobierz ich kopię.
delete-all-button = Usuń wszystkie moje dane
delete-all-question = Na pewno? Nie da się tego cofnąć.
delete-all-confirm = Tak, usuń wszystko
delete-all-keep = Nie, zachowaj moje dane
delete-all-done = Usunięto z tego telefonu: Twoje notatki, Twój kod dostępu, Twoje wybory oraz strony i języki zapisane przez ten przewodnik. Zniknęły też z innych kart, w których jest otwarty ten przewodnik.
delete-all-remains = Przeglądarka może nadal przechowywać strony przewodnika w historii, pobrane pliki i sam przewodnik, zapisany po to, żeby działał bez internetu.
delete-all-cover-tracks = Jak je usunąć: Zatrzyj ślady
delete-all-failed = Przepraszamy, na tym telefonie nie udało się usunąć danych. Spróbuj ponownie albo usuń dane tej strony w ustawieniach przeglądarki.
remove-trace-heading = Usuń z tej przeglądarki wszystkie ślady tego przewodnika
remove-trace-body = To usuwa wszystko, co opisano wyżej, a także kopię przewodnika, dzięki której działa on bez internetu. Potem przenosi Cię na tę samą stronę, na którą przenosi przycisk „Opuść tę stronę”. Żeby znowu czytać przewodnik, będziesz potrzebować internetu.
remove-trace-button = Usuń wszystkie ślady tego przewodnika
remove-trace-question = Na pewno? Twoje notatki, Twój kod dostępu i kopia przewodnika na tym telefonie zostaną usunięte, a ta strona się zamknie. Nie da się tego cofnąć.

## Letters I can send

letters-title = Pisma, które możesz wysłać
letters-intro = Gotowe pisma do pracownika socjalnego albo do przewodniczącego konferencji. Uzupełnij kilka informacji, a pismo zostanie napisane za Ciebie.
report-title = Zrozum raport
report-intro = Zobacz, co znaczą słowa w raporcie pracownika socjalnego, w protokole albo w piśmie.
report-link = Przyszedł raport, protokół albo pismo? Zobacz, co znaczą jego słowa.
my-report-title = Mój raport na konferencję
my-report-intro = Napisz własny raport na konferencję, własnymi słowami. Każdy uczestnik konferencji dostaje kopię. Napisz tyle, ile chcesz: dużo albo mało.
my-report-link = Napisz własny raport na konferencję: co idzie dobrze, co udało Ci się zmienić i z czym się nie zgadzasz.
letters-kept-here = Ten przewodnik niczego nie wysyła. Ty kopiujesz, udostępniasz, drukujesz albo pobierasz pismo i wysyłasz je samodzielnie. Twoje dane i wersje robocze zostają na tym telefonie.
letters-choose = Wybierz pismo
letters-what-it-says = Co jest w tym piśmie
letters-about-you = O Tobie i Twoim dziecku
letters-my-name = Twoje imię i nazwisko
letters-my-address = Twój adres
letters-my-contact = Twój numer telefonu albo e-mail
letters-child-name = Imię i nazwisko Twojego dziecka
letters-child-dob = Data urodzenia Twojego dziecka
letters-this-letter = To pismo
letters-write-in-english = To pismo jest po angielsku. To, co dopisujesz, napisz po angielsku, jeśli możesz, albo poproś kogoś o pomoc.
letters-to-social-worker = Imię i nazwisko pracownika socjalnego
letters-to-chair = Imię i nazwisko przewodniczącego konferencji
letters-conference-date = Data konferencji
letters-language = Język pisma
letters-language-hint = W Walii możesz pisać do urzędu po walijsku albo po angielsku.
letters-language-en = English (angielski)
letters-language-cy = Cymraeg (walijski)
letters-preview = Twoje pismo
letters-load-failed = Nie udało się wczytać pisma. Sprawdź połączenie z internetem i otwórz tę stronę jeszcze raz.
letters-nothing-sent = Sprawdź pismo. Potem skopiuj je do e-maila lub wiadomości albo je wydrukuj.
letters-copy = Skopiuj pismo
letters-share = Udostępnij pismo
letters-print = Wydrukuj pismo
letters-download = Pobierz pismo
letters-downloaded = Pismo zostało pobrane.
letters-file-title = Pisma
letters-mark-sent = To pismo jest już wysłane: zachowaj kopię
letters-copied = Pismo jest skopiowane. Możesz je wkleić do e-maila albo wiadomości.
letters-copy-failed = Przepraszamy, na tym telefonie nie udało się skopiować pisma. Możesz je zamiast tego pobrać albo wydrukować.
letters-saved-sent = Kopia jest zapisana poniżej, z dzisiejszą datą.
letters-sent-heading = Wysłane pisma
letters-my-report-sent = Mój raport na konferencję

letters-reports-title = Poproś o raporty
letters-reports-when = Przed konferencją, jeśli nikt nie dał Ci jeszcze raportów do przeczytania.
letters-reports-summary = W piśmie prosisz pracownika socjalnego, żeby odpowiednio wcześnie przesłał Ci wszystkie raporty na konferencję. Wtedy zdążysz je przeczytać i się przygotować. Pytasz też, gdzie możesz je przeczytać, jeśli nie da się ich przesłać.
letters-reports-details-label = Coś jeszcze, co chcesz napisać (możesz zostawić puste)

letters-interpreter-title = Poproś o tłumacza albo o pomoc w dojeździe
letters-interpreter-when = Jeśli potrzebujesz tłumacza albo pomocy w dojeździe lub w opiece nad dziećmi, żeby przyjść na konferencję.
letters-interpreter-summary = W piśmie prosisz o tłumacza, który zna Twój język, i pytasz, czy możesz dostać pomoc w dojeździe lub w opiece nad dziećmi.
letters-interpreter-extra-label = Twój język, jeśli potrzebujesz tłumacza
letters-interpreter-details-label = Jakiej pomocy potrzebujesz (możesz zostawić puste)

letters-supporter-title = Powiadom, kto przyjdzie z Tobą
letters-supporter-when = Jeśli chcesz przyjść z przyjacielem, krewnym, rzecznikiem (advocate) albo prawnikiem (solicitor).
letters-supporter-summary = W piśmie piszesz pracownikowi socjalnemu, kto przyjdzie z Tobą, i pytasz, co te osoby będą mogły robić i mówić na spotkaniu.
letters-supporter-extra-label = Kto przyjdzie (imię i nazwisko oraz kim jest ta osoba)
letters-supporter-details-label = Coś jeszcze, co chcesz napisać (możesz zostawić puste)

letters-reply-title = Odpowiedz na raport
letters-reply-when = Jeśli raport na konferencję mówi coś nieprawdziwego albo pomija coś ważnego.
letters-reply-summary = W piśmie wypisujesz swoje punkty jeden po drugim: co jest napisane w raporcie, dlaczego to nieprawda albo czego brakuje i co to potwierdza. Prosisz o poprawienie raportu albo o to, żeby Twoja odpowiedź trafiła razem z raportem do wszystkich uczestników konferencji. Piszesz też, że wysyłasz kopię do przewodniczącego.
letters-reply-extra-label = Który raport (na przykład raport pracownika socjalnego)
letters-reply-details-label = Coś jeszcze, co chcesz napisać (możesz zostawić puste)
letters-reply-said-label = W raporcie jest napisane (przepisz te słowa albo napisz, gdzie są)
letters-reply-why-label = To nieprawda albo czegoś brakuje, ponieważ
letters-reply-evidence-label = Co to potwierdza (daty, kto to widział, pisma albo SMS-y)

letters-minutes-title = Popraw protokół
letters-minutes-when = Gdy przyjdzie protokół z konferencji, a coś w nim nie zgadza się z tym, co powiedziano na spotkaniu.
letters-minutes-summary = W piśmie do przewodniczącego wypisujesz każdą poprawkę: co jest napisane w protokole i co naprawdę powiedziano. Prosisz o poprawienie protokołu albo o zapisanie w nim, że się nie zgadzasz.
letters-minutes-details-label = Coś jeszcze, co chcesz napisać (możesz zostawić puste)
letters-minutes-said-label = W protokole jest napisane
letters-minutes-why-label = Co naprawdę powiedziano
letters-minutes-evidence-label = Co to potwierdza (możesz zostawić puste)
# source: CONTENT-FACTS.md "Minutes (Wales)": corrections to the chair within 10 working days of receiving them; England: each area sets its own time, given with the minutes (content review M11)
letters-minutes-deadline = { $nation ->
        [wales] W Walii wyślij poprawki do przewodniczącego w ciągu 10 dni roboczych od dnia, w którym przyszedł protokół.
       *[england] Wyślij poprawki jak najszybciej. W piśmie, które przyszło razem z protokołem, może być podany ostatni termin: wpisz go poniżej.
    }
letters-minutes-received = Dzień, w którym przyszedł protokół
letters-minutes-by = Ostatni termin na poprawki, z pisma od przewodniczącego
# $date is the last day for corrections, written out.
letters-minutes-due = Ostatni dzień na wysłanie poprawek: { $date }. Ta data jest też na stronie „Moje daty”.

letters-points-heading = Twoje punkty
letters-point-heading = Punkt { $number }
letters-point-add = Dodaj punkt
letters-point-remove = Usuń punkt { $number }
letters-point-removed = Punkt został usunięty.
letters-points-empty = Nie ma jeszcze żadnych punktów. Dodaj po jednym punkcie na każdą rzecz, która jest nieprawdziwa albo której brakuje.

letters-family-group-title = Poproś o naradę rodzinną
letters-family-group-when = Jeśli Twoja rodzina i przyjaciele mogliby pomóc ułożyć plan dla Twojego dziecka.
letters-family-group-summary = W piśmie prosisz o naradę rodzinną (family group conference), na której Twoja rodzina i przyjaciele razem układają plan. Pytasz też, z kim o tym porozmawiać.
letters-family-group-details-label = Kto z Twojej rodziny mógłby pomóc i jak (możesz zostawić puste)

letters-support-title = Poproś o dalszą pomoc
letters-support-when = Gdy { $nation ->
    [wales] plan opieki, wsparcia i ochrony (care and support protection plan)
   *[england] plan ochrony dziecka (child protection plan)
} się kończy albo może się skończyć, a Ty nadal chcesz pomocy.
letters-support-summary = W piśmie pytasz, jakie wsparcie Twoja rodzina może nadal dostać po zakończeniu planu i czy można je zapisać w formie planu.
letters-support-extra-label = Pomoc, która naprawdę by coś zmieniła (możesz zostawić puste)
letters-support-details-label = Coś jeszcze, co chcesz napisać (możesz zostawić puste)

letters-complaint-title = Złóż skargę na konferencję
letters-complaint-when = Jeśli nie podoba Ci się, jak prowadzono konferencję albo co postanowiła. Najpierw napisz do przewodniczącego.
letters-complaint-summary = W piśmie piszesz przewodniczącemu, że chcesz złożyć skargę, i opisujesz własnymi słowami, co poszło źle. Prosisz o pisemną odpowiedź: co przewodniczący zrobi i do kiedy.
letters-complaint-details-label = Co poszło źle

other-version-body = Ten przewodnik został zaktualizowany w innej karcie. Odśwież stronę, żeby zobaczyć swoje notatki.
other-version-reload = Odśwież
kept-copies-heading = Zachowane kopie
kept-copies-body = Gdy części Twoich notatek nie dało się odczytać, ten telefon zachował stary tekst, zamiast go usunąć. Możesz pobrać każdą kopię albo ją usunąć, gdy nie będzie już potrzebna.
kept-copies-item = Zachowano { $date }
kept-copies-download = Pobierz tę kopię
kept-copies-delete = Usuń tę kopię
kept-copies-question = Usunąć tę kopię? Nie da się jej przywrócić.
kept-copies-confirm = Tak, usuń tę kopię
kept-copies-deleted = Kopia została usunięta.
backup-replace-removes = { $count ->
    [one] 1 element na tym telefonie zostanie usunięty.
    [few] { $count } elementy na tym telefonie zostaną usunięte.
    [many] { $count } elementów na tym telefonie zostanie usuniętych.
   *[other] { $count } elementu na tym telefonie zostanie usunięte.
}
backup-replace-undo-what = notatki, które były na tym telefonie przed plikiem
