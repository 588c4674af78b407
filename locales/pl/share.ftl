# Udostępnij ten przewodnik: strona dla pracowników wsparcia rodziny i wszystkie słowa ulotki.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.

share-who = Wybierz język rodzica, miejsce, w którym mieszka, i stronę, na której ma się otworzyć przewodnik. Potem wyślij mu link, pokaż kod QR albo wydrukuj ulotkę.
share-language-legend = Język rodzica
share-language-hint = Przewodnik otworzy się w tym języku. Rodzic może go zmienić w każdej chwili.
share-nation-legend = Gdzie mieszka rodzic
share-nation-hint = Niektóre zasady są inne w Anglii i w Walii.
share-nation-england = Anglia
share-nation-wales = Walia
share-nation-unsaid = Nie podano: przewodnik sam o to zapyta
share-start-label = Strona, na której otworzy się przewodnik
share-link-heading = Link
share-link-hint = Wyślij go SMS-em lub e-mailem. Na tej stronie nie jest to link, aby Twój telefon pozostał w Twoim języku.
share-copy = Skopiuj link
share-share = Udostępnij link
share-copied = Link jest skopiowany.
share-copy-failed = Nie udało się skopiować linku. Zaznacz go i skopiuj sam.
share-qr-heading = Kod QR
share-qr-hint = Rodzic kieruje aparat telefonu na kod. Otwiera się ten sam link.
share-qr-label = Kod QR dla { $link }
share-private = Nic, co tu wybierzesz, nie jest nigdzie wysyłane ani zapisywane. Nie zmienia to przewodnika na Twoim telefonie.
share-leaflet-heading = Wydrukuj ulotkę
share-leaflet-hint = Strona dla rodzica: w jego języku, obok po angielsku, z kodem QR i linkiem.
share-paper-legend = Papier
share-paper-a4 = Jedna strona A4
share-paper-a5 = Dwie kopie A5 na jednym arkuszu A4, do przecięcia na pół
share-print = Wydrukuj ulotkę
share-words-failed = Nie udało się pobrać słów ulotki. Sprawdź połączenie z internetem i spróbuj ponownie.

## The leaflet

leaflet-title = Przewodnik po Twojej konferencji w sprawie ochrony dziecka
leaflet-what = Ten bezpłatny przewodnik na telefon prostymi słowami wyjaśnia każdy etap konferencji w sprawie ochrony dziecka.
leaflet-open = Aby go otworzyć, skieruj aparat telefonu na kod albo wpisz link.
leaflet-stages-heading = Pięć etapów
leaflet-stage-before = Przed konferencją: czym jest to spotkanie i jak się przygotować.
leaflet-stage-during = Na konferencji: co się dzieje i co może zostać postanowione.
leaflet-stage-core-group = Grupa główna: mniejsza grupa, która wprowadza plan w życie.
leaflet-stage-review = Konferencja przeglądowa: jak plan jest sprawdzany.
leaflet-stage-help = Skargi i porady: jak złożyć skargę i kto może pomóc.
leaflet-private = Po otwarciu działa bez zasięgu, a nic, co wpiszesz, nie opuszcza Twojego telefonu.
leaflet-home-heading = Zachowaj go na ekranie głównym
leaflet-home-android = Android: otwórz link w Chrome. Dotknij menu (⋮), potem „Dodaj do ekranu głównego”.
leaflet-home-iphone = iPhone: otwórz link w Safari. Dotknij Udostępnij, potem „Do ekranu początkowego”.
leaflet-exit-heading = Jeśli ktoś wejdzie
leaflet-exit = Dotknij „Opuść tę stronę” u góry przewodnika. Albo naciśnij trzy razy klawisz Shift na klawiaturze. Od razu otworzy się inna strona internetowa.
