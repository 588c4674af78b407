# Acțiuni și întrebări propuse pentru fiecare etapă, spuse cu vocea părintelui, în limba română.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Suggested actions and questions for each stage, in the parent's voice. The personal tools
# offer them; ids are in src/core/content/suggestions.rs.

## Before the conference: things to do
suggest-before-ask-for-reports = Îi cer asistentului social o copie după fiecare raport
suggest-before-read-reports = Citesc rapoartele și marchez ce nu înțeleg
suggest-before-note-mistakes = Notez tot ce este greșit într-un raport
suggest-before-write-my-report = Îmi scriu propriul raport sau rog pe cineva să mă ajute să-l scriu
suggest-before-send-my-report = Trimit raportul meu asistentului social și președintelui înainte de ședință
suggest-before-choose-supporter = Aleg un prieten sau o rudă care să vină cu mine
suggest-before-tell-who-is-coming = Îi spun asistentului social cine vine cu mine
suggest-before-call-solicitor = Sun la un avocat (solicitor) specializat în cauze cu copii
suggest-before-ask-interpreter = Cer un interpret, dacă am nevoie
suggest-before-plan-childcare = Găsesc pe cineva care să aibă grijă de copii în ziua aceea
suggest-before-plan-journey = Plănuiesc cum ajung acolo și încerc să ajung cu 15 minute mai devreme

## Before the conference: questions to ask
suggest-before-q-worried-about = Ce anume vă îngrijorează?
suggest-before-q-evidence = Ce dovezi aveți pentru aceste îngrijorări?
suggest-before-q-who-is-coming = Cine va fi la conferință?
suggest-before-q-when-report = Când primesc raportul dumneavoastră?
suggest-before-q-solicitor-speak = Poate avocatul meu sau persoana care mă însoțește să vorbească la ședință?
suggest-before-q-child-attend = Ar trebui să vină și copilul meu? Cine îl ajută să se pregătească?
suggest-before-q-travel-help = Pot primi ajutor pentru drum sau pentru îngrijirea copiilor, ca să pot veni?
suggest-before-q-meet-chair = Pot vorbi cu președintele conferinței (chair) înainte să înceapă ședința?

## At the conference: things to do
suggest-during-arrive-early = Ajung cu 15 minute mai devreme ca să vorbesc cu președintele conferinței
suggest-during-bring-notes = Iau cu mine notițele și întrebările
suggest-during-bring-my-report = Iau cu mine câteva exemplare din raportul meu
suggest-during-write-down-names = Notez cine este acolo și ce face fiecare
suggest-during-say-what-is-going-well = Spun ce merge bine pentru copilul meu
suggest-during-ask-for-break = Cer o pauză dacă am nevoie
suggest-during-correct-mistakes = Spun dacă ceva ce se spune despre noi este greșit
suggest-during-ask-for-minutes = Întreb când primesc procesul-verbal (minutes)
suggest-during-disagreement-in-minutes = Cer ca dezacordul meu să fie scris în procesul-verbal

## At the conference: questions to ask
suggest-during-q-what-worried = Ce anume vă îngrijorează?
suggest-during-q-what-change = Ce trebuie să se schimbe și până când?
suggest-during-q-expected-of-me = Ce așteptați să fac eu?
suggest-during-q-what-category = Ce categorie de vătămare (category of harm) este în plan și de ce?
suggest-during-q-who-social-worker = Cine este acum asistentul social al copilului meu?
suggest-during-q-who-core-group = Cine face parte din grupul de bază (core group)?
suggest-during-q-when-minutes = Când primesc o copie a procesului-verbal (minutes)?
suggest-during-q-what-support = Ce ajutor și ce sprijin poate primi familia mea?

## The core group: things to do
suggest-core-group-read-decision = Citesc ce a hotărât conferința
suggest-core-group-write-questions = Îmi notez întrebările înainte de fiecare întâlnire
suggest-core-group-note-actions = Notez cine ce face și până când
suggest-core-group-suggest-support = Propun sprijinul care ne-ar ajuta
suggest-core-group-involve-family = Rog restul familiei să ajute de la început
suggest-core-group-ask-fgc = Cer o întâlnire a familiei (family group conference)
suggest-core-group-save-numbers = Salvez numerele tuturor celor din grupul de bază
suggest-core-group-keep-diary = Notez vizitele și ce s-a spus

## The core group: questions to ask
suggest-core-group-q-what-by-when = Ce trebuie să se schimbe și până când?
suggest-core-group-q-who-does-what = Cine face fiecare parte din plan?
suggest-core-group-q-how-often = Cât de des se întâlnește grupul de bază?
suggest-core-group-q-visits = Cât de des veniți în vizită? Mă anunțați înainte?
suggest-core-group-q-help-available = Ce ajutor putem primi ca să facem aceste schimbări?
suggest-core-group-q-assessment = Când pot vedea evaluarea (assessment)?
suggest-core-group-q-contingency = Există un plan de rezervă (contingency plan)? Ce scrie în el?
suggest-core-group-q-copy-of-plan = Când primesc o copie a planului complet?

## The review conference: things to do
suggest-review-list-changes = Fac o listă cu ce s-a schimbat de la ultima conferință
suggest-review-note-difference = Notez ce schimbare a adus asta pentru copilul meu
suggest-review-read-reports = Citesc rapoartele înainte de conferința de revizuire
suggest-review-gather-evidence = Adun scrisori sau notițe care arată ce am făcut
suggest-review-ask-supporter = Rog persoana care mă sprijină să vină din nou cu mine
suggest-review-think-about-support = Mă gândesc la ce ajutor mai vreau dacă planul se încheie
suggest-review-keep-letters = Păstrez bine fiecare scrisoare de la serviciile pentru copii
suggest-review-call-solicitor-if-letter = Dacă primesc o scrisoare despre mersul în instanță, merg imediat la un avocat

## The review conference: questions to ask
suggest-review-q-what-improved = Ce credeți că s-a îmbunătățit?
suggest-review-q-what-still-worries = Ce vă mai îngrijorează și de ce?
suggest-review-q-can-plan-end = Ce trebuie să se întâmple ca planul să se încheie?
suggest-review-q-what-support-after = Ce sprijin putem avea dacă planul se încheie?
suggest-review-q-next-review = Când este următoarea conferință de revizuire?
suggest-review-q-legal-planning = Vă gândiți la o întâlnire de planificare juridică (legal planning meeting)?
suggest-review-q-what-letter-means = Ce înseamnă această scrisoare pentru mine?
suggest-review-q-changes-to-plan = Ce schimbări faceți în plan și de ce?

## Complaints and advice: things to do
suggest-help-write-to-chair = Îi scriu președintelui conferinței despre ce mă nemulțumește
suggest-help-keep-copies = Păstrez o copie după fiecare scrisoare și fiecare e-mail pe care îl trimit
suggest-help-note-dates = Notez datele apelurilor, vizitelor și întâlnirilor
suggest-help-call-advice-line = Sun la o linie de consiliere gratuită
suggest-help-contact-complaints-team = Contactez echipa de plângeri a consiliului local (council)
suggest-help-ask-for-advocate = Întreb dacă pot avea un susținător independent (advocate)
suggest-help-save-local-numbers = Salvez numărul asistentului social și pe cel al consiliului local
suggest-help-check-legal-aid = Verific dacă pot primi ajutor juridic de la stat (legal aid)

## Complaints and advice: questions to ask
suggest-help-q-how-to-complain = Cum fac o plângere și cui o trimit?
suggest-help-q-how-long = Cât durează până primesc un răspuns?
suggest-help-q-who-decides = Cine se va uita la plângerea mea?
suggest-help-q-ombudsman-when = Când pot merge la Ombudsman?
suggest-help-q-advocate = Pot avea un susținător independent (advocate) care să mă ajute?
suggest-help-q-different-worker = Pot cere un alt asistent social?
suggest-help-q-record-meeting = Pot înregistra întâlnirea sau pot lua notițe?
suggest-help-q-manager-contact = Cum iau legătura cu șeful asistentului social?
