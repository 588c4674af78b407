# Instrumentele părintelui: lista de sarcini, întrebări, plan, contacte, copii ale notițelor, tipărire, ștergere, scrisori.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# The parent's own tools: checklist, questions, plan, contacts, keeping a copy, printing,
# deleting everything. Short sentences, plain words: this is read on a phone, often under stress.

## Shared words

notes-kept-here = Ce scrieți aici rămâne pe acest telefon. Nu este trimis nimănui.
notes-add = Adăugați
notes-not-for-me = Nu este pentru mine
notes-change = Modificați
notes-move-up = Mutați mai sus
notes-move-down = Mutați mai jos
notes-delete = Ștergeți
notes-save = Salvați
notes-cancel = Renunțați
notes-done-changing = Gata
notes-undo = Anulați
notes-deleted = S-a șters: { $item }
notes-suggestions-heading = Idei din acest ghid
notes-suggestions-none = Ați adăugat sau ați ascuns toate ideile pentru această etapă.
notes-show-hidden = { $count ->
    [one] Arătați ideea pe care ați ascuns-o
    [few] Arătați cele { $count } idei pe care le-ați ascuns
   *[other] Arătați cele { $count } de idei pe care le-ați ascuns
}
notes-missing-words = (Acest rând vine dintr-o versiune mai veche a ghidului.)

## Something went wrong with saving

storage-unreadable-title = Unele notițe nu au putut fi deschise
storage-unreadable-body = Ceva ce ați salvat pe acest telefon nu a putut fi citit. De aceea, acea parte începe goală. Nu s-a șters nimic. Textul vechi este încă păstrat pe acest telefon și îl puteți descărca.
storage-unreadable-download = Descărcați textul vechi
storage-not-saved-title = Ultima schimbare nu a fost salvată
storage-not-saved-body = Telefonul nu a salvat-o. Poate telefonul este plin sau este în modul de navigare privată. Cuvintele dumneavoastră sunt încă pe ecran, dar se vor pierde când închideți pagina. Descărcați acum o copie ca să le păstrați.
storage-not-saved-download = Descărcați o copie a notițelor mele
storage-unreadable-downloaded = Textul vechi a fost descărcat.
storage-not-saved-keep-locked = Păstrați o copie blocată a notițelor mele

## My checklist

checklist-progress = Gata: { $done } din { $total }
checklist-empty-stage = Încă nu aveți nimic pe listă pentru această etapă.
checklist-add-label = Adăugați ceva ce aveți de făcut

## My questions

questions-asked = Am pus această întrebare
questions-answer = Răspunsul pe care l-am primit
questions-empty-stage = Încă nu aveți întrebări pentru această etapă.
questions-add-label = Adăugați o întrebare a dumneavoastră
questions-take-to-meeting = Luați întrebările la întâlnire
questions-only-open = Arătați doar întrebările pe care nu le-am pus încă
questions-share = Partajați întrebările mele
questions-copy = Copiați întrebările mele
questions-share-title = Întrebările mele
questions-shared = Întrebările sunt gata de trimis.
questions-copied = Întrebările au fost copiate. Le puteți lipi într-un mesaj sau într-un e-mail.
questions-share-failed = Ne pare rău, acest telefon nu le-a putut copia. Le puteți tipări în schimb.

## Take to the meeting

meeting-title = De luat la întâlnire
meeting-intro = Întrebările pe care nu le-ați pus încă, scrise mare. Atingeți fiecare întrebare după ce ați pus-o.
meeting-next = Următoarea întâlnire: { $meeting }, { $date }.
meeting-mark-asked = Am pus această întrebare
meeting-none-left = Ați pus toate întrebările.
meeting-asked-heading = Întrebări puse deja
meeting-not-asked = Nepusă încă
meeting-back-to-questions = Înapoi la întrebările și răspunsurile mele

## My plan

plan-title = Planul meu
plan-intro = Notați ce s-a stabilit la fiecare întâlnire: cine ce face și până când. Apoi puteți verifica ce s-a făcut.
plan-actions-heading = Ce s-a stabilit
plan-no-actions = Încă nu ați notat nimic.
plan-overdue = Întârziat: data a trecut.
plan-overdue-count = { $count ->
    [one] 1 lucru este întârziat.
    [few] { $count } lucruri sunt întârziate.
   *[other] { $count } de lucruri sunt întârziate.
}
plan-add-action = Adăugați ceva ce s-a stabilit
plan-add-action-button = Adăugați în planul meu
plan-what = Ce se va face
plan-who = Cine o va face
plan-who-name = Numele persoanei (dacă îl știți)
plan-by = Până când
plan-no-date = Fără dată
plan-status = S-a făcut?
plan-reason = De ce nu?
plan-who-me = Eu
plan-who-social-worker = Asistentul social
plan-who-school = Școala
plan-who-health-visitor = Asistenta medicală pentru familie (health visitor)
plan-who-other = Altcineva
plan-status-to-do = Încă nu
plan-status-done = Făcut
plan-status-not-done = Nu s-a făcut
plan-meetings-heading = Întâlnirile mele
plan-no-meetings = Încă nu ați notat nicio întâlnire.
plan-add-meeting = Adăugați o întâlnire
plan-add-meeting-button = Adăugați întâlnirea
plan-meeting-kind = Ce întâlnire
plan-meeting-date = Data
plan-meeting-notes = Ce s-a hotărât
plan-meeting-initial-conference = Prima conferință
plan-meeting-core-group = Întâlnirea grupului de bază
plan-meeting-review = Conferința de revizuire

## My contacts

contacts-none = Încă nu aveți contacte.
contacts-add = Adăugați un contact
contacts-add-button = Adăugați contactul
contacts-name = Nume
contacts-name-missing = Scrieți un nume.
contacts-role = Cine este
contacts-phone = Telefon
contacts-email = E-mail
contacts-notes = Notițe
contacts-call = Sunați
contacts-role-social-worker = Asistent social (social worker)
contacts-role-conference-chair = Președintele conferinței (chair)
contacts-role-solicitor = Avocat (solicitor)
contacts-role-advocate = Susținător independent (advocate)
contacts-role-out-of-hours = Serviciul de urgență în afara programului (out-of-hours service)
contacts-role-other = Altcineva

## Keep a copy

backup-title = Păstrați o copie a notițelor mele
backup-intro = Salvați notițele ca fișier, tipăriți-le sau aduceți-le înapoi dintr-un fișier.
backup-download-heading = Descărcați notițele mele
backup-download-body = Primiți un singur fișier cu lista de sarcini, întrebările, planul, contactele și termenele. Păstrați-l într-un loc sigur. Oricine deschide fișierul îl poate citi.
backup-download = Descărcați notițele mele
backup-downloaded = Notițele au fost descărcate.
backup-download-failed = Ne pare rău, acest telefon nu a putut descărca fișierul.
backup-no-passcode-hint = Ca să blocați fișierul cu un cod de acces, setați mai întâi un cod de acces în Setări.
backup-sealed-body = Fișierul va fi blocat cu codul dumneavoastră de acces. Scrieți codul de acces ca să îl descărcați. Ca să deschideți fișierul mai târziu, veți avea nevoie de codul de acces pe care îl scrieți acum.
backup-passcode-label = Codul dumneavoastră de acces
backup-sealing = Se blochează fișierul…
backup-unprotected-heading = Păstrați o copie neprotejată
backup-unprotected-body = O copie neprotejată nu este blocată. Oricine deschide fișierul poate citi tot ce este în el: notițele, contactele, termenele și scrisorile dumneavoastră.
backup-unprotected-button = Păstrați o copie neprotejată
download-where = Fișierul se află în Descărcări, pe telefon. Pe iPhone, se află în aplicația Fișiere, care îl poate copia în iCloud. Puteți șterge fișierul de acolo.
backup-print-heading = Tipăriți notițele mele
backup-print-body = Tipăriți notițele sau salvați-le ca PDF, ca să le duceți la o întâlnire sau la avocat.
backup-print-link = Vedeți notițele pregătite pentru tipărit
backup-import-heading = Aduceți înapoi notițele dintr-un fișier
backup-import-body = Alegeți un fișier descărcat din acest ghid. Veți vedea ce conține înainte să se schimbe ceva.
backup-import-choose = Alegeți fișierul
backup-file-holds = Acest fișier conține:
backup-choose-how = Le adăugați la notițele de pe acest telefon sau le înlocuiți?
backup-merge = Adăugați la notițele mele
backup-replace = Înlocuiți notițele mele cu cele din fișier
backup-merged = Gata. Notițele din fișier au fost adăugate la ale dumneavoastră.
backup-replaced = Gata. Acum aveți notițele din fișier.
backup-error-too-large = Fișierul este prea mare ca să fie din acest ghid. Nu s-a schimbat nimic.
backup-error-not-ours = Acesta nu este un fișier din acest ghid. Nu s-a schimbat nimic.
backup-error-damaged = Fișierul este deteriorat și nu poate fi citit. Nu s-a schimbat nimic.
backup-error-newer = Fișierul vine dintr-o versiune mai nouă a ghidului. Reîncărcați ghidul ca să se actualizeze, apoi încercați din nou. Nu s-a schimbat nimic.
backup-sealed-file = Acest fișier este blocat cu un cod de acces. Scrieți codul de acces pe care îl aveați când l-ați descărcat.
backup-sealed-file-label = Codul de acces pentru acest fișier
backup-sealed-file-open = Deschideți fișierul
backup-sealed-file-wrong = Acest cod de acces nu deschide fișierul. Verificați-l și încercați din nou. Dacă este corect, fișierul poate fi deteriorat. Nu s-a schimbat nimic.
backup-delete-heading = Ștergeți tot
backup-delete-link = Ștergeți toate notițele mele (din Setări)
backup-count-checklist = { $count ->
    [one] 1 lucru de făcut
    [few] { $count } lucruri de făcut
   *[other] { $count } de lucruri de făcut
}
backup-count-questions = { $count ->
    [one] 1 întrebare
    [few] { $count } întrebări
   *[other] { $count } de întrebări
}
backup-count-actions = { $count ->
    [one] 1 lucru stabilit
    [few] { $count } lucruri stabilite
   *[other] { $count } de lucruri stabilite
}
backup-count-meetings = { $count ->
    [one] 1 întâlnire
    [few] { $count } întâlniri
   *[other] { $count } de întâlniri
}
backup-count-contacts = { $count ->
    [one] 1 contact
    [few] { $count } contacte
   *[other] { $count } de contacte
}
backup-count-dates = { $count ->
    [one] 1 termen
    [few] { $count } termene
   *[other] { $count } de termene
}
backup-count-letters = { $count ->
    [one] 1 scrisoare
    [few] { $count } scrisori
   *[other] { $count } de scrisori
}
backup-count-reports = { $count ->
    [one] 1 raport păstrat
    [few] { $count } rapoarte păstrate
   *[other] { $count } de rapoarte păstrate
}

## Print

print-title = Notițele mele de tipărit
print-file-title = Notițe
print-intro = Toate notițele pe o singură pagină. Tipăriți-o sau salvați-o ca PDF.
print-button = Tipăriți sau salvați ca PDF
print-made-on = Tipărit din acest ghid pe { $date }.
print-nothing = Încă nu ați scris nicio notiță.
print-done = (făcut)

## Delete all my data

delete-all-heading = Ștergeți toate datele mele
delete-all-body = Se vor șterge de pe acest telefon: ce ați scris în acest ghid (lista de sarcini, întrebările, planul, contactele, termenele și scrisorile), codul de acces, alegerile dumneavoastră și paginile și limbile salvate de acest ghid. Nu se mai poate anula. Dacă vreți să păstrați notițele, descărcați mai întâi o copie.
delete-all-button = Ștergeți toate datele mele
delete-all-question = Chiar vreți să ștergeți tot? Nu se mai poate anula.
delete-all-confirm = Da, ștergeți tot
delete-all-keep = Nu, păstrez datele
delete-all-done = S-au șters de pe acest telefon: notițele, codul de acces, alegerile dumneavoastră și paginile și limbile salvate de acest ghid. Au dispărut și din celelalte file în care este deschis acest ghid.
delete-all-remains = Browserul poate păstra totuși paginile ghidului în istoric, fișierele pe care le-ați descărcat și ghidul însuși, salvat ca să funcționeze fără internet.
delete-all-cover-tracks = Cum le ștergeți: Ștergeți-vă urmele
delete-all-failed = Ne pare rău, acest telefon nu a putut șterge datele. Încercați din nou sau ștergeți datele acestui site din setările browserului.
remove-trace-heading = Ștergeți orice urmă a acestui ghid din acest browser
remove-trace-body = Acest buton șterge toate lucrurile de mai sus și, în plus, copia ghidului care îi permite să funcționeze fără internet. Apoi vă duce pe același site ca butonul „Ieșiți de pe pagină”. Ca să citiți din nou ghidul, veți avea nevoie de internet.
remove-trace-button = Ștergeți orice urmă a acestui ghid
remove-trace-question = Chiar vreți să ștergeți tot? Notițele, codul de acces și copia ghidului de pe acest telefon vor fi șterse, iar această pagină se va închide. Nu se mai poate anula.

## Letters I can send

letters-title = Scrisori pe care le pot trimite
letters-intro = Scrisori gata făcute pentru asistentul social sau pentru președintele conferinței. Completați câteva detalii și scrisoarea se scrie pentru dumneavoastră.
report-title = Înțelegeți un raport
report-intro = Vedeți ce înseamnă cuvintele din raportul asistentului social, din procesul-verbal sau dintr-o scrisoare.
report-link = Ați primit un raport, un proces-verbal sau o scrisoare? Vedeți ce înseamnă cuvintele.
my-report-title = Raportul meu pentru conferință
my-report-intro = Scrieți propriul raport pentru conferință, cu cuvintele dumneavoastră. Toți cei de la conferință primesc o copie. Scrieți cât de mult sau cât de puțin vreți.
my-report-link = Scrieți propriul raport pentru conferință: ce merge bine, ce ați schimbat și cu ce nu sunteți de acord.
letters-kept-here = Nimic nu este trimis din acest ghid. Copiați, partajați, tipăriți sau descărcați scrisoarea și o trimiteți dumneavoastră. Datele și ciornele dumneavoastră rămân pe acest telefon.
letters-choose = Alegeți o scrisoare
letters-what-it-says = Ce spune această scrisoare
letters-about-you = Despre dumneavoastră și copilul dumneavoastră
letters-my-name = Numele dumneavoastră
letters-my-address = Adresa dumneavoastră
letters-my-contact = Telefonul sau e-mailul dumneavoastră
letters-child-name = Numele copilului
letters-child-dob = Data nașterii copilului
letters-this-letter = Această scrisoare
letters-write-in-english = Scrisoarea este în limba engleză. Ce adăugați scrieți în engleză, dacă puteți, sau cereți cuiva să vă ajute.
letters-to-social-worker = Numele asistentului social
letters-to-chair = Numele președintelui conferinței
letters-conference-date = Data conferinței
letters-language = Limba scrisorii
letters-language-hint = În Țara Galilor puteți scrie consiliului local în galeză sau în engleză.
letters-language-en = Engleză (English)
letters-language-cy = Galeză (Cymraeg)
letters-preview = Scrisoarea dumneavoastră
letters-load-failed = Scrisoarea nu a putut fi încărcată. Verificați conexiunea și deschideți din nou această pagină.
letters-nothing-sent = Verificați scrisoarea. Apoi copiați-o într-un e-mail sau într-un mesaj, sau tipăriți-o.
letters-copy = Copiați scrisoarea
letters-share = Partajați scrisoarea
letters-print = Tipăriți scrisoarea
letters-download = Descărcați scrisoarea
letters-downloaded = Scrisoarea a fost descărcată.
letters-file-title = Scrisori
letters-mark-sent = Am trimis această scrisoare: păstrați o copie
letters-copied = Scrisoarea a fost copiată. O puteți lipi într-un e-mail sau într-un mesaj.
letters-copy-failed = Ne pare rău, acest telefon nu a putut-o copia. O puteți descărca sau tipări în schimb.
letters-saved-sent = O copie este păstrată mai jos, cu data de azi.
letters-sent-heading = Scrisori pe care le-am trimis
letters-my-report-sent = Raportul meu pentru conferință

letters-reports-title = Cereți rapoartele
letters-reports-when = Înainte de conferință, dacă nu ați primit rapoartele ca să le citiți.
letters-reports-summary = Îi cere asistentului social să vă trimită la timp fiecare raport pentru conferință, ca să le puteți citi și să vă pregătiți. Dacă nu vi le pot trimite, întreabă unde le puteți citi.
letters-reports-details-label = Altceva ce vreți să spuneți (puteți lăsa gol)

letters-interpreter-title = Cereți un interpret sau ajutor ca să ajungeți acolo
letters-interpreter-when = Dacă aveți nevoie de un interpret sau de ajutor pentru drum sau pentru îngrijirea copiilor, ca să mergeți la conferință.
letters-interpreter-summary = Cere un interpret în limba dumneavoastră și întreabă dacă puteți primi ajutor pentru drum sau pentru îngrijirea copiilor.
letters-interpreter-extra-label = Limba dumneavoastră, dacă aveți nevoie de un interpret
letters-interpreter-details-label = Ce ajutor vă trebuie (puteți lăsa gol)

letters-supporter-title = Spuneți cine vine cu mine
letters-supporter-when = Dacă vreți să aduceți un prieten, o rudă, un susținător independent (advocate) sau un avocat (solicitor).
letters-supporter-summary = Îi spune asistentului social cine vine cu dumneavoastră și întreabă ce va avea voie acea persoană să facă și să spună la ședință.
letters-supporter-extra-label = Cine vine (numele și cine este)
letters-supporter-details-label = Altceva ce vreți să spuneți (puteți lăsa gol)

letters-reply-title = Răspundeți la un raport
letters-reply-when = Dacă un raport pentru conferință spune ceva greșit sau nu spune ceva important.
letters-reply-summary = Prezintă punctele dumneavoastră unul câte unul: ce spune raportul, de ce este greșit sau ce lipsește și ce arată asta. Cere ca raportul să fie corectat sau ca răspunsul dumneavoastră să ajungă, împreună cu raportul, la toți cei de la conferință. Spune că trimiteți o copie și președintelui conferinței.
letters-reply-extra-label = Ce raport (de exemplu, raportul asistentului social)
letters-reply-details-label = Altceva ce vreți să spuneți (puteți lăsa gol)
letters-reply-said-label = Raportul spune (copiați cuvintele sau spuneți unde sunt)
letters-reply-why-label = Este greșit sau lipsește ceva pentru că
letters-reply-evidence-label = Ce arată asta (când s-a întâmplat, cine a văzut, scrisori sau mesaje)

letters-minutes-title = Corectați procesul-verbal
letters-minutes-when = Când primiți procesul-verbal al unei conferințe și ceva din el nu corespunde cu ce s-a spus.
letters-minutes-summary = Îi scrie președintelui conferinței fiecare corectură: ce scrie în procesul-verbal și ce s-a spus de fapt. Cere ca procesul-verbal să fie corectat sau ca dezacordul dumneavoastră să fie scris în el.
letters-minutes-details-label = Altceva ce vreți să spuneți (puteți lăsa gol)
letters-minutes-said-label = În procesul-verbal scrie
letters-minutes-why-label = Ce s-a spus de fapt
letters-minutes-evidence-label = Ce arată asta (puteți lăsa gol)
# source: CONTENT-FACTS.md "Minutes (Wales)": corrections to the chair within 10 working days of receiving them; England: each area sets its own time, given with the minutes (content review M11)
letters-minutes-deadline = { $nation ->
        [wales] În Țara Galilor, trimiteți corecturile președintelui conferinței în cel mult 10 zile lucrătoare de la ziua în care ați primit procesul-verbal.
       *[england] Trimiteți corecturile cât mai repede. Scrisoarea care a venit cu procesul-verbal poate spune până când le puteți trimite: introduceți data mai jos.
    }
letters-minutes-received = Ziua în care ați primit procesul-verbal
letters-minutes-by = Ultima zi pentru corecturi, din scrisoarea președintelui conferinței
# $date is the last day for corrections, written out.
letters-minutes-due = Trimiteți corecturile până la { $date }. Această dată apare și în „Termenele mele”.

letters-points-heading = Punctele dumneavoastră
letters-point-heading = Punctul { $number }
letters-point-add = Adăugați un punct
letters-point-remove = Ștergeți punctul { $number }
letters-point-removed = Punctul a fost șters.
letters-points-empty = Încă nu există niciun punct. Adăugați câte unul pentru fiecare lucru care este greșit sau care lipsește.

letters-family-group-title = Cereți o întâlnire a familiei (family group conference)
letters-family-group-when = Dacă familia și prietenii v-ar putea ajuta să faceți un plan pentru copil.
letters-family-group-summary = Cere o întâlnire a familiei, unde familia și prietenii fac împreună un plan. Întreabă și cu cine să vorbiți.
letters-family-group-details-label = Cine din familie ar putea ajuta și cum (puteți lăsa gol)

letters-support-title = Cereți să primiți ajutor în continuare
letters-support-when = Când { $nation ->
    [wales] planul de îngrijire, sprijin și protecție (care and support protection plan)
   *[england] planul de protecție a copilului (child protection plan)
} se încheie sau s-ar putea încheia și încă vreți ajutor.
letters-support-summary = Întreabă ce sprijin mai poate primi familia după ce planul se încheie și dacă acest sprijin poate fi scris într-un plan.
letters-support-extra-label = Ajutorul care ar schimba ceva (puteți lăsa gol)
letters-support-details-label = Altceva ce vreți să spuneți (puteți lăsa gol)

letters-complaint-title = Faceți o plângere despre conferință
letters-complaint-when = Dacă vă nemulțumește felul în care a fost condusă conferința sau ce a hotărât. Scrieți mai întâi președintelui conferinței.
letters-complaint-summary = Îi spune președintelui conferinței că vreți să faceți o plângere și spune cu cuvintele dumneavoastră ce nu a mers bine. Cere un răspuns scris: ce vor face și până când.
letters-complaint-details-label = Ce nu a mers bine

other-version-body = Acest ghid a fost actualizat în altă filă. Reîncărcați pagina ca să vedeți notițele.
other-version-reload = Reîncărcați
kept-copies-heading = Copii păstrate
kept-copies-body = Când o parte din notițele dumneavoastră nu a putut fi citită, acest telefon a păstrat textul vechi în loc să-l șteargă. Puteți descărca fiecare copie sau o puteți șterge când nu mai aveți nevoie de ea.
kept-copies-item = Păstrată pe { $date }
kept-copies-download = Descărcați această copie
kept-copies-delete = Ștergeți această copie
kept-copies-question = Ștergeți această copie? Nu mai poate fi recuperată.
kept-copies-confirm = Da, ștergeți această copie
kept-copies-deleted = Copia a fost ștearsă.
backup-replace-removes = { $count ->
    [one] 1 element de pe acest telefon va fi șters.
    [few] { $count } elemente de pe acest telefon vor fi șterse.
   *[other] { $count } de elemente de pe acest telefon vor fi șterse.
}
backup-replace-undo-what = notițele care erau pe acest telefon înainte de fișier
