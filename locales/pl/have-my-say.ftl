# Mój raport na konferencję: strona, która pomaga rodzicowi napisać własny raport, część po części, po polsku.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# My report for the conference (src/ui/pages/my_report.rs): the page that helps a parent write
# their own report, section by section. Fetched with that page only. The report itself is in
# letter-text.ftl (English or Welsh). Short sentences, plain words, the parent's own voice.
# English original: written by the development team.

# source: 003 "Can I write a report for the Conference?" (shared with all conference members; the social worker or anyone you choose can help)
mr-why = Twój raport dostaną wszyscy uczestnicy konferencji. To Twoja szansa, żeby własnymi słowami powiedzieć, co powinni wiedzieć o Twoim dziecku i Twojej rodzinie.
mr-help = Każdy może pomóc Ci go napisać: przyjaciel, krewny, rzecznik (advocate) albo Twój pracownik socjalny.
mr-how = Żadna część nie jest obowiązkowa. W każdej możesz napisać kilka zdań albo nic. To, co piszesz, od razu zapisuje się na tym telefonie.
mr-write-in-english = Raport jest po angielsku. Pisz po angielsku, jeśli możesz, albo poproś kogoś o pomoc.
mr-sections-heading = Twój raport, część po części
mr-example = Na przykład
mr-details-hint = Twoje imię i nazwisko, imię i nazwisko Twojego dziecka i data jego urodzenia są takie same jak w Twoich pismach.
mr-conference-date = Data konferencji

# The nine parts. -label is the box's label; -prompt what to think about; -example one or two short examples in a parent's words.
mr-child-label = O moim dziecku
mr-child-prompt = Co Twoje dziecko lubi, w czym jest dobre i czego potrzebuje.
mr-child-example = „Kuba uwielbia piłkę nożną i rysowanie. Jest dobry dla młodszej siostry. Potrzebuje pomocy w czytaniu.”
mr-going-well-label = Co idzie dobrze
mr-going-well-prompt = Dobre rzeczy w Twojej rodzinie teraz, nawet te najmniejsze.
mr-going-well-example = „Kuba chodzi teraz do szkoły codziennie. Każdego wieczoru jemy razem kolację.”
mr-changes-label = Co udało mi się zrobić i co się zmieniło
mr-changes-prompt = Co udało Ci się zrobić, odkąd pojawiły się obawy: kursy, wizyty, zmiany w domu.
mr-changes-example = „Od października chodzę na kurs dla rodziców. Nie opuszczam żadnych zajęć.”
mr-agree-label = Z czym zgadzam się w raporcie
mr-agree-prompt = Obawy, z którymi się zgadzasz. Gdy o tym napiszesz, pokażesz, że je rozumiesz.
mr-agree-example = „Zgadzam się, że dom nie był bezpieczny, kiedy zepsuło się ogrzewanie.”
mr-disagree-label = Z czym nie zgadzam się w raporcie i dlaczego
mr-disagree-prompt = Co w raporcie jest nieprawdą albo czego w nim brakuje i co to potwierdza: daty, kto to widział, pisma albo SMS-y.
mr-disagree-example = „W raporcie jest napisane, że nie było mnie na dwóch wizytach. W oba te dni leczono mnie w szpitalu. Mam na to pismo ze szpitala.”
mr-disagree-reply = Jeśli chcesz odpowiedzieć na raport punkt po punkcie, użyj pisma „Odpowiedz na raport”.
mr-help-label = Pomoc, która naprawdę by coś zmieniła
mr-help-prompt = Jakie wsparcie pomogłoby Twojej rodzinie i kto mógłby je dać.
mr-help-example = „Pomoc w opiece nad dziećmi we wtorki, żeby móc chodzić na kurs.”
mr-family-label = Rodzina i przyjaciele, którzy mogą pomóc
mr-family-prompt = Kto z Twojej rodziny albo z Twoich przyjaciół może pomóc i jak.
mr-family-example = „Moja mama może odbierać Kubę ze szkoły trzy dni w tygodniu.”
mr-family-fgc = Twoja rodzina i przyjaciele mogą też razem ułożyć plan na naradzie rodzinnej (family group conference).
mr-wishes-label = Czego chce i co czuje moje dziecko
mr-wishes-prompt = Tylko jeśli Twoje dziecko chce, żeby to znalazło się w raporcie: co dziecko mówi o tym, co czuje i czego chce.
mr-wishes-example = „Kuba mówi, że chce zostać w swojej szkole i widywać tatę w weekendy.”
mr-hopes-label = Na co mam nadzieję
mr-hopes-prompt = Na jaką decyzję konferencji masz nadzieję i dlaczego.
mr-hopes-example = „Mam nadzieję, że dostaniemy pomoc od pracownika wsparcia rodziny, bez planu ochrony dziecka.”

mr-preview = Twój raport
mr-load-failed = Nie udało się pokazać Twojego raportu. Sprawdź połączenie z internetem i otwórz tę stronę jeszcze raz.
mr-nothing-yet = Napisz coś w dowolnej części powyżej, a Twój raport pojawi się tutaj.
mr-copy = Skopiuj raport
mr-share = Udostępnij raport
mr-print = Wydrukuj raport
mr-download = Pobierz raport
mr-downloaded = Raport został pobrany.
mr-copied = Raport jest skopiowany. Możesz go wkleić do e-maila albo wiadomości.
mr-copy-failed = Przepraszamy, na tym telefonie nie udało się skopiować raportu. Możesz go zamiast tego pobrać albo wydrukować.
mr-mark-sent = Mój raport jest już wysłany: zachowaj kopię
mr-saved-sent = Kopia jest zapisana na stronie „Pisma”, z dzisiejszą datą.

# When to send it. $conference is the date written out, $days the days from today.
mr-send-heading = Kiedy i komu go wysłać
mr-send-who = Wyślij raport pracownikowi socjalnemu i przewodniczącemu konferencji, zanim odbędzie się konferencja. Wyślij go jak najwcześniej, żeby wszyscy zdążyli go przeczytać.
mr-send-when = { $days ->
        [0] Twoja konferencja jest dzisiaj: { $conference }. Zabierz ze sobą kopie raportu i poproś przewodniczącego, żeby przekazał go uczestnikom.
        [1] Twoja konferencja jest jutro: { $conference }. Wyślij raport dzisiaj.
        [few] Twoja konferencja: { $conference }. To za { $days } dni.
        [many] Twoja konferencja: { $conference }. To za { $days } dni.
       *[other] Twoja konferencja: { $conference }. To za { $days } dnia.
    }
mr-send-past = Data tej konferencji już minęła. Przed następną konferencją wpisz powyżej jej datę.
mr-send-no-date = Wpisz powyżej datę konferencji, żeby zobaczyć, ile masz czasu.
mr-send-nothing = Ten przewodnik niczego nie wysyła. Ty kopiujesz, udostępniasz, drukujesz albo pobierasz raport i wysyłasz go samodzielnie.
