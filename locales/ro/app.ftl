# Mesajele pentru întreaga aplicație, în limba română.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Plain English for a reading age of about 9 to 11. Facts carry a `# source:` comment naming the
# document in shared/seeds (or "public") that supports them.

## The app and its frame

app-name = Ghid pentru conferința de protecție a copilului
skip-link = Săriți la conținutul principal
nav-label = Meniul principal
nav-home = Început
menu-button = Meniu
menu-guide = Ghidul
menu-notes = Notițele mele
menu-writing = Scrieți
menu-help = Ajutor
nav-checklist = Sarcini
nav-questions = Întrebări
nav-plan = Plan
nav-dates = Termene
nav-contacts = Contacte
nav-letters = Scrisori
nav-settings = Setări
language-switcher-label = Limba
# One short line at the top of every page in a translated language, saying how the translation
# was made. English is the original; its line is never shown.
language-status = Acest ghid a fost tradus din engleză cu ajutorul unui program, iar un traducător calificat nu l-a verificat încă.
language-check-interpreter = Dacă ceva nu este clar, verificați cu interpretul sau cu asistentul social.
footer-private = Tot ce scrieți în acest ghid rămâne pe acest telefon. Nimic nu este trimis nimănui.

## The page shell, shown before the app starts

shell-loading = Ghidul se încarcă…
shell-noscript = Acest ghid are nevoie de JavaScript. Vă rugăm să îl porniți din setările browserului, apoi să reîncărcați pagina.
# While a tool's own code is fetched, the first time it is opened (a second or two on a slow phone).
chunk-loading = Se deschide acest instrument…
# When that code cannot be fetched (offline, say): the button loads the page again.
chunk-failed = Această parte a ghidului nu a putut fi deschisă. Verificați conexiunea la internet, apoi încercați din nou.
chunk-retry = Încercați din nou
shell-load-error = Ghidul nu a putut porni. Verificați conexiunea la internet, apoi reîncărcați pagina.

## Emergency exit

exit-region = Ieșire de urgență
exit-emergency = Urgență
exit-this-page = Ieșiți de pe pagină
exit-shift-remaining = { $count ->
        [one] Apăsați Shift încă o dată ca să ieșiți.
        [few] Apăsați Shift încă de { $count } ori ca să ieșiți.
       *[other] Apăsați Shift încă de { $count } de ori ca să ieșiți.
    }

## Updates and errors

update-ready = Există o versiune nouă a acestui ghid.
update-reload = Reîncărcați ca să actualizați
language-load-failed = Limba aceasta nu a putut fi încărcată. Verificați conexiunea la internet și încercați din nou.

## Home

home-title = Ghidul dumneavoastră pentru conferința de protecție a copilului
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
home-intro = Serviciile pentru copii (children's services), numite uneori servicii sociale, v-au chemat la o întâlnire despre copilul dumneavoastră. Se numește conferință de protecție a copilului (child protection conference). Acest ghid explică fiecare etapă în cuvinte simple. Vă arată ce puteți face la fiecare pas.
home-stages-heading = Cele cinci etape
home-not-legal-advice = Acestea sunt informații generale pentru Anglia și Țara Galilor. Nu sunt sfaturi juridice. Lucrurile se fac diferit de la o zonă la alta. Întrebați asistentul social (social worker) sau un avocat (solicitor).
stage-number = Etapa { $number } din { $total }

## Stage pages

before-title = Înainte de conferință
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-intro = Conferința de protecție a copilului (child protection conference) este o întâlnire. Nu este un proces în instanță. Serviciile pentru copii o organizează când sunt foarte îngrijorate că un copil este vătămat sau ar putea fi vătămat. Această pagină explică cum vă puteți pregăti.
before-summary = Ce este ședința, cine va fi acolo și cum să vă pregătiți.

during-title = La conferință
# source: 003_23392368096e3b46.txt
during-intro = Ședința este condusă de un președinte independent (chair). Fiecare persoană spune ce știe. Și dumneavoastră aveți ocazia să vă spuneți părerea. Această pagină explică ce se întâmplă și ce se poate hotărî.
during-summary = Ce se întâmplă la ședință și ce poate hotărî ea.

core-group-title = Grupul de bază
# source: 004_cdfde2f55ea0fb42.txt, 000_1e1dbaff73eac1a8.txt
# source: 004_cdfde2f55ea0fb42.txt, CONTENT-FACTS.md section 2 (the Wales term) (content review L5)
core-group-intro = { $nation ->
        [wales] Dacă copilul dumneavoastră are un plan de îngrijire, sprijin și protecție (care and support protection plan), un grup mai mic se întâlnește ca să pună planul în practică. Acesta este grupul de bază (core group). De obicei, faceți și dumneavoastră parte din el. Prima întâlnire are loc în cel mult 10 zile lucrătoare de la conferință.
       *[england] Dacă copilul dumneavoastră are un plan de protecție a copilului (child protection plan), un grup mai mic se întâlnește ca să pună planul în practică. Acesta este grupul de bază (core group). De obicei, faceți și dumneavoastră parte din el. Prima întâlnire are loc în cel mult 10 zile lucrătoare de la conferință.
    }
core-group-summary = Grupul mai mic care pune planul în practică.

review-title = Conferința de revizuire
# source: 002_d34d1fa72bfe9724.txt, 003_23392368096e3b46.txt
review-intro = Conferința de revizuire (review conference) verifică dacă planul funcționează. Prima are loc în cel mult 3 luni de la prima conferință. După aceea, are loc cel puțin o dată la 6 luni, cât timp durează planul.
review-summary = Cum este verificat planul și ce se poate întâmpla mai departe.

help-title = Plângeri și sfaturi
# source: 003_23392368096e3b46.txt, 002_d34d1fa72bfe9724.txt
help-intro = { $nation ->
        [wales] Dacă aveți nemulțumiri legate de conferință, puteți face o plângere. Unele linii de consiliere și un avocat vă pot ajuta în orice etapă.
       *[england] Dacă aveți nemulțumiri legate de conferință, puteți face o plângere. Liniile de consiliere gratuită vă pot ajuta în orice etapă.
    }
help-summary = Cum faceți o plângere și cine vă poate da sfaturi gratuite.

## Your own tools

checklist-title = Lista mea de sarcini
checklist-intro = O listă cu lucruri de făcut înainte și după fiecare întâlnire, păstrată pe acest telefon.
questions-title = Întrebările mele
questions-intro = Întrebările pe care vreți să le puneți la fiecare întâlnire și răspunsurile primite, păstrate pe acest telefon.
dates-title = Termenele mele
dates-intro = Introduceți data primei conferințe. Această pagină calculează datele care urmează după ea, în zile lucrătoare. Ele sunt păstrate pe acest telefon.

contacts-title = Contactele mele
contacts-intro = Numere de telefon și adrese de e-mail ale persoanelor din cazul copilului dumneavoastră, păstrate pe acest telefon.
nav-glossary = Lista de cuvinte
stage-nav-label = Etape
stage-you-are-here = Sunteți aici
stage-previous = Înapoi
stage-next = Înainte
stage-suggestions-do = Lucruri pe care le-ați putea face
stage-suggestions-ask = Întrebări pe care le-ați putea pune
stage-suggestions-to-checklist = Adăugați-le în lista mea de sarcini
stage-suggestions-to-questions = Adăugați-le la întrebările mele
nation-heading = Unde locuiți?
nation-hint = Regulile sunt puțin diferite în Anglia și în Țara Galilor.
nation-england = Anglia
nation-wales = Țara Galilor

settings-title = Setări
settings-intro = Alegeți cum să funcționeze acest ghid pentru dumneavoastră. Alegerile rămân pe acest telefon.
settings-language-heading = Limba
settings-language-hint = Alegeți limba acestui ghid.
text-size-heading = Mărimea textului
text-size-hint = Faceți literele mai mari sau mai mici. Ghidul ține minte alegerea pe acest telefon.
text-size-standard = Normal
text-size-large = Mare
text-size-largest = Foarte mare
theme-note = Dacă telefonul folosește modul întunecat, și acest ghid devine întunecat.

## Listen: the page read aloud by the phone

listen-button = Ascultați această pagină
listen-pause = Pauză
listen-resume = Continuați
listen-stop = Opriți
listen-label = Citirea paginii cu voce tare

## My dates

dates-fields-heading = Datele întâlnirilor dumneavoastră
dates-initial-label = Data primei conferințe de protecție a copilului
dates-last-core-group-label = Data ultimei întâlniri a grupului de bază
dates-last-review-label = Data ultimei conferințe de revizuire
dates-enquiries-label = Data la care au început verificările prevăzute de Secțiunea 47 (Section 47 enquiries), dacă o știți
dates-minutes-received-label = Ziua în care ați primit procesul-verbal al ultimei conferințe
dates-minutes-by-label = Ultima zi pentru corecturi la procesul-verbal, din scrisoarea președintelui conferinței
dates-optional-hint = Lăsați câmpul gol până când are loc.
dates-timeline-heading = Calendarul dumneavoastră
# source: Working Together to Safeguard Children 2023 and 004_cdfde2f55ea0fb42.txt (the only national rules: first core group within 10 working days, reviews within 3 then 6 months; Wales: core group at least every 6 weeks, assessment within 42 working days); everything else is local practice (content review M12)
dates-latest-note = { $nation ->
        [wales] Regulile naționale stabilesc cele mai târzii date pentru întâlnirile grupului de bază, pentru revizuiri și pentru evaluare. Datele pentru rapoarte și vizite sunt o practică locală obișnuită. Consiliul local stabilește datele reale. Verificați-le cu asistentul social.
       *[england] Regulile naționale stabilesc cele mai târzii date pentru prima întâlnire a grupului de bază și pentru revizuiri. Celelalte date sunt o practică locală obișnuită, nu reguli. Consiliul local stabilește datele reale. Verificați-le cu asistentul social.
    }
dates-empty = Introduceți data primei conferințe ca să vedeți datele care urmează după ea.
dates-today = Astăzi
dates-by = Până la { $date }
dates-on = Pe { $date }
dates-in-days = { $days ->
        [0] astăzi
        [1] mâine
        [one] mâine
        [few] peste { $days } zile
       *[other] peste { $days } de zile
    }
dates-passed = Această dată a trecut.
dates-next = Urmează
dates-item-initial-conference = Prima conferință de protecție a copilului
dates-item-reports-before-initial = Ar trebui să primiți rapoartele (în multe zone, cu 5 zile lucrătoare înainte de conferință)
dates-item-first-core-group = Prima întâlnire a grupului de bază
dates-item-next-core-group = { $nation ->
        [wales] Următoarea întâlnire a grupului de bază (cel puțin o dată la 6 săptămâni)
       *[england] Următoarea întâlnire a grupului de bază (nu există o regulă națională: întrebați asistentul social)
    }
dates-item-social-worker-visit = Vizitele asistentului social (întrebați cât de des: în multe zone, cel puțin o dată la 10 zile lucrătoare)
dates-item-first-review = Prima conferință de revizuire
dates-item-reports-before-review = Ar trebui să primiți rapoartele pentru revizuire (în multe zone, cu 5 zile lucrătoare înainte)
dates-item-next-review = Următoarea conferință de revizuire
dates-item-assessment-due = Evaluarea ar trebui să fie gata (la 42 de zile lucrătoare după ce au început verificările)
# source: CONTENT-FACTS.md "Minutes (Wales)" (10 working days from receiving them); England: the date the chair's letter gives
dates-item-minutes-corrections = { $nation ->
        [wales] Trimiteți președintelui conferinței corecturile la procesul-verbal (la 10 zile lucrătoare după ce l-ați primit)
       *[england] Trimiteți președintelui conferinței corecturile la procesul-verbal
    }
dates-add-to-calendar = Adăugați aceste date în calendarul meu
dates-calendar-heading = Adăugați datele într-un calendar
dates-calendar-warning = Calendarele copiază adesea datele pe celelalte dispozitive ale dumneavoastră și la oricine folosește calendarul împreună cu dumneavoastră. Pot afișa și alerte pe ecranul de blocare.
dates-calendar-full-wording = Folosiți denumirile complete în calendarul meu
dates-calendar-plain-hint = Dacă nu bifați această opțiune, fiecare dată se va numi doar Întâlnire, Programare sau Memento.
dates-plain-meeting = Întâlnire
dates-plain-appointment = Programare
dates-plain-reminder = Memento
dates-calendar-downloaded = Fișierul de calendar a fost descărcat. Deschideți-l ca să adăugați datele în calendar.
dates-calendar-note = Cea mai târzie dată, calculată după reguli. Consiliul local stabilește data reală.

## Dates: written out from these, in every language

date-long = { $day } { $month } { $year }
date-full = { $weekday }, { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică

## Not found

not-found-title = Pagina nu a fost găsită
not-found-body = Nu am găsit această pagină. Poate linkul este greșit sau pagina a fost mutată.
not-found-home = Mergeți la începutul ghidului

## The plain name (Settings)

plain-name-heading = Ce nume are acest ghid în file și în istoric
plain-name-hint = Oricine se uită la filele sau la istoricul browserului dumneavoastră vede numele fiecărei pagini pe care ați deschis-o.
plain-name-off = Numele adevărat: Ghid pentru conferința de protecție a copilului
plain-name-on = Un nume obișnuit: Notițe
plain-name-title = Notițe
plain-name-install = Dacă adăugați acest ghid pe ecranul de pornire după ce ați ales un nume obișnuit, și pictograma lui se va numi Notițe. O pictogramă adăugată înainte păstrează numele ghidului: ștergeți-o și adăugați-o din nou. Paginile deschise înainte de această alegere își păstrează numele în istoric.

## Share this guide (the page's own words are in share.ftl)

share-title = Distribuiți acest ghid
share-intro = Pentru lucrătorii de sprijin pentru familii și alții care ajută părinții: dați unui părinte acest ghid în limba lui, ca link, cod QR sau pliant tipărit.
share-file-title = Pliant
home-share = Ajutați părinți? Distribuiți acest ghid în limba lor
footer-share = Distribuiți acest ghid
