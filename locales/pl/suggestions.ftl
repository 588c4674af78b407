# Proponowane działania i pytania na każdy etap, pisane głosem rodzica, po polsku.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Suggested actions and questions for each stage, in the parent's voice. The personal tools
# offer them; ids are in src/core/content/suggestions.rs.

## Before the conference: things to do
suggest-before-ask-for-reports = Poprosić pracownika socjalnego o kopię każdego raportu
suggest-before-read-reports = Przeczytać raporty i zaznaczyć to, czego nie rozumiem
suggest-before-note-mistakes = Zapisać wszystko, co w raporcie jest nieprawdą
suggest-before-write-my-report = Napisać własny raport albo poprosić kogoś o pomoc w pisaniu
suggest-before-send-my-report = Wysłać swój raport pracownikowi socjalnemu i przewodniczącemu przed spotkaniem
suggest-before-choose-supporter = Wybrać przyjaciela lub krewnego, który pójdzie ze mną
suggest-before-tell-who-is-coming = Powiedzieć pracownikowi socjalnemu, kto przyjdzie ze mną
suggest-before-call-solicitor = Zadzwonić do prawnika (solicitor), który specjalizuje się w prawie dotyczącym dzieci
suggest-before-ask-interpreter = Poprosić o tłumacza, jeśli go potrzebuję
suggest-before-plan-childcare = Zorganizować opiekę nad dziećmi na ten dzień
suggest-before-plan-journey = Zaplanować dojazd i postarać się być na miejscu 15 minut wcześniej

## Before the conference: questions to ask
suggest-before-q-worried-about = Co dokładnie Państwa niepokoi?
suggest-before-q-evidence = Jakie mają Państwo dowody na te obawy?
suggest-before-q-who-is-coming = Kto będzie na konferencji?
suggest-before-q-when-report = Kiedy dostanę Państwa raport?
suggest-before-q-solicitor-speak = Czy mój prawnik albo osoba wspierająca może zabrać głos na spotkaniu?
suggest-before-q-child-attend = Czy moje dziecko powinno przyjść i kto pomoże mu się przygotować?
suggest-before-q-travel-help = Czy mogę dostać pomoc w dojeździe albo w opiece nad dziećmi, żeby przyjść?
suggest-before-q-meet-chair = Czy mogę spotkać się z przewodniczącym przed początkiem spotkania?

## At the conference: things to do
suggest-during-arrive-early = Przyjść 15 minut wcześniej, żeby spotkać się z przewodniczącym
suggest-during-bring-notes = Zabrać swoje notatki i pytania
suggest-during-bring-my-report = Zabrać kopie swojego raportu
suggest-during-write-down-names = Zapisać, kto jest na spotkaniu i czym się zajmuje
suggest-during-say-what-is-going-well = Powiedzieć, co dobrze się układa w życiu mojego dziecka
suggest-during-ask-for-break = Poprosić o przerwę, jeśli jej potrzebuję
suggest-during-correct-mistakes = Powiedzieć, jeśli coś, co mówią o nas, jest nieprawdą
suggest-during-ask-for-minutes = Zapytać, kiedy dostanę protokół (minutes)
suggest-during-disagreement-in-minutes = Poprosić, żeby mój sprzeciw zapisano w protokole

## At the conference: questions to ask
suggest-during-q-what-worried = Co dokładnie Państwa niepokoi?
suggest-during-q-what-change = Co musi się zmienić i do kiedy?
suggest-during-q-expected-of-me = Czego Państwo ode mnie oczekują?
suggest-during-q-what-category = Jaką kategorię krzywdy (category of harm) wpisano do planu i dlaczego?
suggest-during-q-who-social-worker = Kto jest teraz pracownikiem socjalnym mojego dziecka?
suggest-during-q-who-core-group = Kto należy do grupy głównej (core group)?
suggest-during-q-when-minutes = Kiedy dostanę kopię protokołu?
suggest-during-q-what-support = Jaką pomoc i wsparcie może dostać moja rodzina?

## The core group: things to do
suggest-core-group-read-decision = Przeczytać, co postanowiła konferencja
suggest-core-group-write-questions = Zapisać swoje pytania przed każdym spotkaniem
suggest-core-group-note-actions = Zapisać, kto co zrobi i do kiedy
suggest-core-group-suggest-support = Zaproponować wsparcie, które by nam pomogło
suggest-core-group-involve-family = Wcześnie poprosić dalszą rodzinę o pomoc
suggest-core-group-ask-fgc = Poprosić o naradę rodzinną (family group conference)
suggest-core-group-save-numbers = Zapisać numery wszystkich osób z grupy głównej
suggest-core-group-keep-diary = Zapisywać wizyty i to, co zostało powiedziane

## The core group: questions to ask
suggest-core-group-q-what-by-when = Co musi się zmienić i do kiedy?
suggest-core-group-q-who-does-what = Kto zajmuje się którą częścią planu?
suggest-core-group-q-how-often = Jak często będzie się spotykać grupa główna?
suggest-core-group-q-visits = Jak często będą mnie Państwo odwiedzać i czy będą mnie Państwo uprzedzać?
suggest-core-group-q-help-available = Jaką pomoc możemy dostać, żeby wprowadzić te zmiany?
suggest-core-group-q-assessment = Kiedy zobaczę ocenę (assessment)?
suggest-core-group-q-contingency = Czy jest plan awaryjny (contingency plan) i co w nim jest?
suggest-core-group-q-copy-of-plan = Kiedy dostanę kopię pełnego planu?

## The review conference: things to do
suggest-review-list-changes = Spisać, co się zmieniło od ostatniej konferencji
suggest-review-note-difference = Zapisać, co te zmiany dały mojemu dziecku
suggest-review-read-reports = Przeczytać raporty przed konferencją przeglądową
suggest-review-gather-evidence = Zebrać pisma lub notatki, które pokazują, co udało mi się zrobić
suggest-review-ask-supporter = Poprosić osobę wspierającą, żeby znowu poszła ze mną
suggest-review-think-about-support = Zastanowić się, jakiej pomocy nadal chcę, jeśli plan się skończy
suggest-review-keep-letters = Przechowywać w bezpiecznym miejscu każde pismo od służb ds. dzieci
suggest-review-call-solicitor-if-letter = Jeśli dostanę pismo w sprawie skierowania sprawy do sądu, od razu iść do prawnika

## The review conference: questions to ask
suggest-review-q-what-improved = Co Państwa zdaniem się poprawiło?
suggest-review-q-what-still-worries = Co nadal Państwa niepokoi i dlaczego?
suggest-review-q-can-plan-end = Co musi się stać, żeby plan mógł się zakończyć?
suggest-review-q-what-support-after = Jakie wsparcie możemy mieć, jeśli plan się skończy?
suggest-review-q-next-review = Kiedy jest następna konferencja przeglądowa?
suggest-review-q-legal-planning = Czy myślą Państwo o spotkaniu w sprawie kroków prawnych (legal planning meeting)?
suggest-review-q-what-letter-means = Co to pismo oznacza dla mnie?
suggest-review-q-changes-to-plan = Jakie zmiany wprowadzają Państwo w planie i dlaczego?

## Complaints and advice: things to do
suggest-help-write-to-chair = Napisać do przewodniczącego o tym, co mi się nie podoba
suggest-help-keep-copies = Zachować kopie wszystkich pism i e-maili, które wysyłam
suggest-help-note-dates = Zapisywać daty rozmów telefonicznych, wizyt i spotkań
suggest-help-call-advice-line = Zadzwonić po bezpłatną poradę
suggest-help-contact-complaints-team = Skontaktować się z działem skarg urzędu (council)
suggest-help-ask-for-advocate = Zapytać, czy mogę mieć rzecznika (advocate)
suggest-help-save-local-numbers = Zapisać numery mojego pracownika socjalnego i urzędu
suggest-help-check-legal-aid = Sprawdzić, czy mogę dostać państwową pomoc prawną (legal aid)

## Complaints and advice: questions to ask
suggest-help-q-how-to-complain = Jak złożyć skargę i do kogo ją wysłać?
suggest-help-q-how-long = Ile czasu trzeba czekać na odpowiedź?
suggest-help-q-who-decides = Kto rozpatrzy moją skargę?
suggest-help-q-ombudsman-when = Kiedy mogę zwrócić się do Ombudsmana (urzędu ds. skarg)?
suggest-help-q-advocate = Czy mogę mieć rzecznika (advocate), który mi pomoże?
suggest-help-q-different-worker = Czy mogę poprosić o innego pracownika socjalnego?
suggest-help-q-record-meeting = Czy mogę nagrać spotkanie albo robić notatki?
suggest-help-q-manager-contact = Jak mogę skontaktować się z kierownikiem pracownika socjalnego?
