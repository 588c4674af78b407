# Bezpieczeństwo: strona „Zatrzyj ślady”, ustawienia szybkiego wyjścia i kod dostępu, po polsku.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode.

cover-tracks-title = Zatrzyj ślady
cover-tracks-intro = Jeśli ktoś inny może zaglądać do Twojego telefonu, oto jak zachować w tajemnicy to, co czytasz.

cover-keep-heading = Co zapisuje ten przewodnik i gdzie
cover-keep-where = Ten przewodnik zapisuje Twoje wybory, na przykład język, tylko w tej przeglądarce na tym telefonie. To, co piszesz na liście zadań, w pytaniach, planie, kontaktach i datach, też jest tam zapisane. Plik, który pobierasz, na przykład kopia Twoich notatek, trafia do pobranych plików na telefonie. Tam ktoś inny mógłby go otworzyć.
cover-keep-nothing-sent = Nic nie jest wysyłane do nas ani do nikogo innego. Ten przewodnik nie używa plików cookie.

cover-delete-heading = Jak to usunąć
cover-delete-intro = Aby usunąć wszystko, co zapisuje ten przewodnik, otwórz Ustawienia i użyj przycisku Usuń wszystkie moje dane. Możesz też usunąć dane tej strony w przeglądarce.
cover-delete-chrome = W Chrome na telefonie z Androidem: dotknij trzech kropek, potem Ustawienia, potem Ustawienia witryn, potem Wszystkie witryny. Dotknij tej strony, potem Usuń.
cover-delete-safari = Na telefonie iPhone: otwórz aplikację Ustawienia, potem Safari, potem Zaawansowane, potem Dane witryn. Znajdź tę stronę, przesuń ją w lewo i dotknij Usuń.

cover-history-heading = Czyszczenie historii przeglądania
cover-history-why = Historia przeglądarki pokazuje strony, które otwierasz, także ten przewodnik.
cover-history-chrome = W Chrome na telefonie z Androidem: dotknij trzech kropek, potem Historia, potem Usuń dane przeglądania.
cover-history-safari = Na telefonie iPhone: otwórz aplikację Ustawienia, potem Safari, potem Wyczyść historię i dane witryn. To usuwa też to, co zapisuje ten przewodnik.

cover-private-heading = Przeglądanie prywatne
cover-private-text = W oknie prywatnym (w Chrome nazywa się ono Incognito) nic nie zostaje zapisane, gdy je zamkniesz. Dotyczy to też wszystkiego, co piszesz w tym przewodniku.

cover-limits-heading = Czego nie zrobi przycisk wyjścia
cover-limits-exit = Przycisk Opuść tę stronę od razu przenosi Cię na inną stronę. Możesz też nacisnąć klawisz Shift trzy razy. Przycisk nie usuwa jednak historii przeglądania.
cover-limits-icon = Jeśli dodasz ten przewodnik do ekranu głównego, będzie tam widać jego ikonę.
cover-limits-unlock = Ktoś, kto może odblokować Twój telefon, może też otworzyć ten przewodnik.

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
unlock-wait = { $seconds ->
    [one] Poczekaj 1 sekundę, a potem spróbuj ponownie.
    [few] Poczekaj { $seconds } sekundy, a potem spróbuj ponownie.
    [many] Poczekaj { $seconds } sekund, a potem spróbuj ponownie.
   *[other] Poczekaj { $seconds } sekundy, a potem spróbuj ponownie.
}
unlock-forgot = Nie pamiętam kodu dostępu
unlock-forgot-body = Nikt nie otworzy Twoich notatek bez kodu dostępu. Aby znowu korzystać z notatek w tym przewodniku, usuń je i zacznij od nowa. Przycisk Usuń wszystkie moje dane jest na dole strony Ustawienia.
unlock-forgot-link = Przejdź do Ustawień
