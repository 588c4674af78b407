# Siguranța: pagina „Ștergeți-vă urmele”, setările butonului de ieșire de urgență și codul de acces, în limba română.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode.

cover-tracks-title = Ștergeți-vă urmele
cover-tracks-intro = Dacă altcineva s-ar putea uita în telefonul dumneavoastră, iată cum să păstrați secret ce citiți.

# The "Cover your tracks" page is for a parent who may share a phone with someone who must not
# see what they read. It says plainly what can still be seen: no step on it hides everything.
# Phone steps name the menus as the phone shows them; where a name differs between versions,
# the message says what the button does instead.

## What this guide keeps, and where

cover-keep-heading = Ce păstrează acest ghid și unde
# source: this guide's own storage (src/web/storage.rs, src/core/store/settings.rs, the service worker); reviews/security.md L1, M3
cover-keep-where = Acest ghid păstrează trei feluri de lucruri, doar în acest browser, pe acest telefon.
# source: this guide's own storage; reviews/security.md L1
cover-keep-notes = Ce scrieți: lista de sarcini, întrebările, planul, contactele, termenele și scrisorile.
# source: src/core/store/settings.rs
cover-keep-choices = Alegerile dumneavoastră: limba, Anglia sau Țara Galilor, mărimea textului și site-ul pe care vă duce butonul de ieșire.
# source: the service worker's caches (scripts/sw-languages.js); reviews/security.md L1, M3
cover-keep-pages = Pagini ale acestui ghid și limbile pe care le-ați folosit, ca ghidul să funcționeze fără internet.
# source: src/core/vault (what is sealed and what is not); reviews/security.md L1
cover-keep-passcode = Dacă vă blocați notițele cu un cod de acces, nimeni nu le poate citi fără acest cod. Dar cineva care știe unde să caute ar putea vedea totuși alegerile dumneavoastră, de câte ori s-a introdus un cod greșit și faptul că aveți notițe. Ar putea ghici cam cât ați scris, dar nu și ce scrie în ele.
# source: the Content Security Policy (connect-src 'self') and the browser tests, which fail on any cookie
cover-keep-nothing-sent = Nimic nu ne este trimis nouă sau altcuiva. Acest ghid nu folosește cookie-uri.

## Removing this guide from your history

cover-history-heading = Cum scoateți acest ghid din istoric
# source: an empty history can raise suspicion: Scottish Borders Council, Covering your tracks online (scotborders.gov.uk); Somerset Survivors, Cover your tracks (somersetsurvivors.org.uk); reviews/security.md M4
cover-history-why = Istoricul browserului arată paginile pe care le-ați deschis, cu numele lor. E mai bine să nu ștergeți tot istoricul, pentru că un istoric gol poate, el însuși, să trezească bănuieli. Ștergeți doar paginile acestui ghid, una câte una.
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): History, search, Remove (X) next to an entry
cover-history-chrome = În Chrome pe Android: atingeți cele trei puncte, apoi Istoric. Atingeți butonul de căutare (o lupă) și scrieți numele acestui site. Atingeți X de lângă fiecare pagină a acestui ghid, ca să o ștergeți.
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082); iPhone User Guide, Safari history
cover-history-safari = În Safari pe iPhone: atingeți butonul Marcaje (arată ca o carte deschisă), apoi fila Istoric (un ceas). Scrieți numele acestui site în câmpul de căutare. Glisați spre stânga pe fiecare pagină a acestui ghid și atingeți butonul de ștergere.
# source: Chrome on Android, New Tab page shortcuts (touch and hold a tile, then Remove); reviews/security.md M4
cover-history-tiles = În Chrome, o filă nouă poate arăta pătrățele cu site-urile pe care le vizitați cel mai des. Dacă acest ghid apare acolo, țineți degetul apăsat pe pătrățelul lui, apoi alegeți să îl eliminați.
# source: Chrome on Android, address bar suggestions come from your history; reviews/security.md M4
cover-history-suggest = Chrome vă poate propune acest site și când scrieți în bara de adrese. Dacă îi ștergeți paginile din istoric, nu vi-l mai propune. Puteți și să țineți degetul apăsat pe o propunere, ca să o eliminați.

## Accounts that share your history

cover-sync-heading = Conturile care vă partajează istoricul
# source: Chrome Help, Sign in and sync in Chrome (support.google.com/chrome/answer/185277); Google My Activity (myactivity.google.com); reviews/security.md M4
cover-sync-google = Dacă Chrome este conectat la un cont Google, alte telefoane, tablete și calculatoare conectate la același cont pot arăta istoricul dumneavoastră și filele pe care le aveți deschise. Istoricul poate fi păstrat și în Google Activitatea mea (myactivity.google.com). Puteți șterge și acolo paginile acestui ghid.
# source: Apple Support, iCloud for Safari (tabs, history) and Safari downloads to iCloud Drive; reviews/security.md M4, H3
cover-sync-apple = Pe iPhone, iCloud poate partaja filele, istoricul și descărcările din Safari cu alte dispozitive Apple care folosesc același ID Apple.
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): deleting on a synced device deletes it everywhere
cover-sync-do = Dacă altcineva folosește unul dintre aceste dispozitive sau știe parola contului dumneavoastră, ștergeți acest ghid din istoric și închideți-i filele când terminați. O pagină ștearsă pe un dispozitiv dispare de obicei și de pe celelalte.

## Files you download

cover-files-heading = Fișierele pe care le descărcați
# source: reviews/security.md H3 (Android's Downloads, and Safari saving to iCloud Drive by default)
cover-files-where = Un fișier pe care îl descărcați din acest ghid, de exemplu o copie a notițelor, o scrisoare sau un fișier de calendar, se salvează pe telefon. Pe Android ajunge în Descărcări, în aplicația pentru fișiere. Pe iPhone ajunge de obicei în iCloud Drive, așa că îl pot arăta și celelalte dispozitive Apple ale dumneavoastră.
# source: reviews/security.md H3 (the "Download complete" notification, lock screen too)
cover-files-notice = Când descărcarea se termină, telefonul poate afișa un mesaj despre ea, chiar și pe ecranul de blocare. Glisați mesajul ca să-l închideți. Ștergeți fișierul când nu mai aveți nevoie de el.
# source: this guide's file names (src/core/personal/backup.rs); reviews/security.md H3
cover-files-names = Acest ghid le dă fișierelor sale nume obișnuite, de exemplu notes-2026-03-14.json. Dar oricine deschide un fișier îl poate citi, dacă fișierul nu a fost blocat cu codul dumneavoastră de acces.

## Dates in your calendar

cover-calendar-heading = Termenele din calendar
# source: reviews/security.md M1 (calendars sync to Google or iCloud; default alerts show on the lock screen)
cover-calendar-sync = Dacă adăugați în calendarul telefonului termene din acest ghid, ele pot fi copiate în contul Google sau Apple și pot apărea pe celelalte dispozitive. Un memento poate apărea pe ecranul de blocare.
# source: this guide's calendar file (src/core/dates/ics.rs); reviews/security.md M1
cover-calendar-titles = Acest ghid le dă acestor evenimente un titlu obișnuit, de exemplu „Întâlnire”, dacă nu alegeți altceva. Ștergeți-le din aplicația de calendar când nu mai aveți nevoie de ele.

## Phone calls

cover-calls-heading = Apelurile telefonice
# source: reviews/content.md M13; Family Rights Group and Women's Aid cover-your-tracks pages (call history)
cover-calls-log = Dacă sunați la un număr din acest ghid, numărul apare în istoricul apelurilor telefonului (lista apelurilor recente). Îl puteți șterge de acolo.
# source: Android's Phone app and iPhone's Phone app, Recents (touch and hold, or swipe left, then Delete)
cover-calls-delete = Deschideți aplicația de apeluri a telefonului și găsiți apelurile recente. Țineți degetul apăsat pe apel și ștergeți-l. Pe iPhone, glisați spre stânga pe apel și atingeți butonul de ștergere.

## Text you copy

cover-copy-heading = Textul pe care îl copiați
# source: reviews/security.md M4 (keyboard clipboard history after "Copy")
cover-copy-text = Dacă copiați text din acest ghid, de exemplu o scrisoare, tastatura îl poate păstra într-o listă cu ce ați copiat (clipboard). Deschideți clipboardul din tastatură și ștergeți textul. Pe iPhone, copiați altceva în locul lui.

## The recent apps screen

cover-recent-heading = Ecranul cu aplicațiile recente
# source: reviews/security.md M4, L5 (the Recent apps screenshot)
cover-recent-text = Telefonul păstrează o imagine a ultimei pagini deschise în fiecare aplicație. Oricine deschide ecranul cu aplicațiile recente o poate vedea. Înainte să treceți la altă aplicație, deschideți un alt site sau folosiți butonul de ieșire.

## Saved passwords

cover-password-heading = Parolele salvate
# source: reviews/security.md M2 (Chrome and iPhone offer to save the passcode)
cover-password-text = Dacă telefonul se oferă să salveze codul de acces pentru acest ghid, alegeți „Niciodată”. Dacă este deja salvat, ștergeți-l din lista de parole salvate a telefonului.

## Deleting what this guide keeps

cover-delete-heading = Cum ștergeți ce păstrează acest ghid
# source: src/ui/components/delete_all_data.rs; reviews/security.md M3
cover-delete-all = Pe pagina Setări a acestui ghid, butonul „Ștergeți toate datele mele” șterge ce ați scris, codul de acces și alegerile dumneavoastră. Șterge și paginile și limbile pe care acest ghid le-a salvat pe telefon.
# source: remove-trace-* in notes.ftl; reviews/security.md M3 (removing the service worker and its copy)
cover-delete-trace = Sub el, butonul „Ștergeți orice urmă a acestui ghid” șterge și copia ghidului care funcționează fără internet. Apoi vă duce pe alt site, ca butonul de ieșire.
cover-settings-link = Mergeți la Setări
# source: reviews/security.md M3 (what remains after Delete all)
cover-delete-remains = După aceea, pot rămâne totuși câteva lucruri:
cover-remains-history = Paginile acestui ghid din istoricul browserului. Ștergeți-le cum scrie mai sus.
cover-remains-files = Fișierele pe care le-ați descărcat. Ștergeți-le din aplicația pentru fișiere.
cover-remains-site = Numele acestui site în setările pentru site-uri ale browserului. Îl puteți șterge așa:
# source: Chrome Help, Delete, allow and manage cookies in Chrome (support.google.com/chrome/answer/95647; Android: Site settings, All sites); reviews/security.md M3
cover-site-chrome = În Chrome pe Android: atingeți cele trei puncte, apoi Setări, apoi Setări pentru site-uri, apoi Toate site-urile. Atingeți acest site, apoi butonul care îi șterge datele.
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082): Advanced, Website Data
cover-site-safari = Pe iPhone: deschideți aplicația Configurări, apoi Safari (pe iPhone-urile mai noi: Aplicații, apoi Safari). Atingeți Avansate, apoi Date site-uri web. Găsiți acest site, glisați spre stânga pe el și atingeți butonul de ștergere. Așa ștergeți doar acest site, nu tot.

## Private browsing

cover-private-heading = Navigarea privată
# source: Chrome Help, Browse in Incognito mode (support.google.com/chrome/answer/95464): nothing kept after closing; downloads are kept
cover-private-text = Într-o fereastră privată (în Chrome se numește Incognito), nimic nu se păstrează după ce o închideți. Nici ce scrieți în acest ghid. Fișierele descărcate rămân totuși pe telefon.

## A plain name

cover-plain-heading = Un nume obișnuit
# source: this guide's Settings (plain-name-* in app.ftl); reviews/security.md M5
cover-plain-name = Pe pagina Setări a acestui ghid, puteți alege pentru el un nume obișnuit. Atunci filele și istoricul vor arăta „Notițe” în loc de numele acestui ghid. Paginile deschise înainte de această alegere își păstrează numele vechi în istoric.
# source: plain-name-install in app.ftl; reviews/security.md M5 (the installed icon and its name)
cover-plain-icon = Dacă adăugați acest ghid pe ecranul de pornire, acolo va apărea o pictogramă cu numele lui. Alegeți mai întâi numele obișnuit, ca sub pictogramă să scrie „Notițe”. O pictogramă adăugată mai demult păstrează numele ghidului: ștergeți-o și adăugați-o din nou.

## What the exit button does, and what it cannot do

cover-exit-heading = Ce face butonul de ieșire și ce nu poate face
# source: src/web/exit.rs, src/core/exit.rs
cover-exit-does = Butonul „Ieșiți de pe pagină” vă duce imediat pe alt site. Pe o tastatură, puteți apăsa și tasta Shift de trei ori. Butonul mai face și aceste lucruri:
# source: src/web/exit.rs; reviews/security.md H2
cover-exit-tabs = Închide acest ghid în celelalte file.
cover-exit-lock = Vă blochează notițele, dacă folosiți un cod de acces.
# source: src/web/exit.rs; reviews/security.md H1
cover-exit-back = În Chrome, după aceea butonul Înapoi nu vă mai duce la paginile acestui ghid.
cover-exit-back-other = În alte browsere, dacă țineți apăsat butonul Înapoi, s-ar putea să vedeți în continuare o listă cu paginile acestui ghid. Ștergeți-le din istoric, cum scrie mai sus.
cover-exit-history = Butonul de ieșire nu vă șterge istoricul de navigare.
cover-exit-unlock = Cineva care vă poate debloca telefonul ar putea deschide acest ghid.

## Where the exit button takes you

exit-site-heading = Unde vă duce butonul de ieșire
exit-site-hint = Alegeți un site care nu ar părea ciudat pe telefonul dumneavoastră.
exit-site-bbc-weather = BBC Weather
exit-site-bbc-news = BBC News
exit-site-bbc-sport = BBC Sport
footer-cover-tracks = Ștergeți-vă urmele

## The passcode

passcode-heading = Blocați notițele mele cu un cod de acces
passcode-what = Dacă altcineva v-ar putea lua telefonul, puteți bloca ce scrieți aici. Lista de sarcini, întrebările, planul, contactele și termenele vor fi păstrate codificat pe telefon. Ghidul vă va cere codul înainte să vi le arate. Ghidul în sine poate fi citit în continuare.
passcode-forget-warning = Dacă uitați codul, nimeni nu vă poate deschide notițele, nici măcar noi. Singura soluție este să le ștergeți și să începeți din nou.
passcode-rules = Folosiți cel puțin 6 cifre sau o frază de cel puțin 8 litere și spații. O frază este mult mai greu de ghicit de altcineva.
passcode-new-label = Noul cod de acces
passcode-again-label = Scrieți-l din nou
passcode-pin-too-short = Un cod din cifre trebuie să aibă cel puțin 6 cifre.
passcode-phrase-too-short = Un cod din cuvinte trebuie să aibă cel puțin 8 caractere.
passcode-mismatch = Cele două coduri nu sunt la fel. Scrieți-le din nou.
passcode-set-button = Blocați notițele mele
passcode-working = Vă rugăm să așteptați…
passcode-set-done = Gata. Notițele dumneavoastră sunt blocate cu codul de acces.
passcode-set-failed = Ne pare rău, acest telefon nu a salvat schimbarea. Notițele au rămas cum erau.
passcode-is-on = Notițele dumneavoastră sunt blocate cu un cod de acces.
passcode-lock-now = Blocați notițele acum
passcode-auto-lock-label = Blocați-le din nou dacă ghidul nu este folosit timp de
passcode-minutes = { $minutes ->
    [one] 1 minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}
passcode-change-heading = Schimbați codul de acces
passcode-change-button = Schimbați codul de acces
passcode-remove-heading = Renunțați la codul de acces
passcode-remove-body = Notițele vor fi păstrate pe acest telefon fără cod de acces. Oricine deschide acest ghid pe acest telefon le poate citi.
passcode-remove-button = Renunțați la codul de acces
passcode-remove-confirm = Da, renunț la codul de acces
passcode-removed = Gata. Notițele nu mai au nevoie de cod de acces.
passcode-locked-here = Notițele sunt blocate. Deblocați-le ca să schimbați codul sau ca să renunțați la el.

unlock-title = Notițele dumneavoastră sunt blocate
unlock-intro = Introduceți codul de acces ca să vă vedeți notițele. Restul ghidului nu are nevoie de cod.
unlock-label = Cod de acces
unlock-button = Deblocați
unlock-checking = Se verifică…
unlock-wrong = Codul de acces nu este corect.
unlock-unavailable = Ne pare rău, codul de acces nu a putut fi verificat acum. Încercați din nou.
unlock-wait = { $seconds ->
    [one] Așteptați 1 secundă, apoi încercați din nou.
    [few] Așteptați { $seconds } secunde, apoi încercați din nou.
   *[other] Așteptați { $seconds } de secunde, apoi încercați din nou.
}
passcode-protects = Codul de acces împiedică pe cineva care vă ia telefonul în mână să vă citească notițele din acest ghid.
passcode-not-protects = Nu împiedică pe cineva care copiază tot ce este pe telefon pe un calculator: acolo poate încerca cod după cod fără să aștepte. O frază este mult mai greu de ghicit decât niște cifre. Nu folosiți PIN-ul telefonului sau o zi de naștere.
passcode-never-save = Dacă telefonul se oferă să salveze acest cod de acces, alegeți „Niciodată”.
passcode-guessable = Acest cod de acces este ușor de ghicit: este o dată, un șir de cifre consecutive sau cifre pe care le aleg mulți oameni. Folosiți mai bine o frază scurtă, de exemplu trei cuvinte pe care le veți ține minte. Sau alegeți cel puțin 6 cifre fără niciun tipar, altele decât PIN-ul telefonului.
passcode-current-label = Codul de acces de acum
passcode-current-needed = Mai întâi scrieți codul de acces pe care îl folosiți acum.
passcode-remove-ask = Ca să nu mai folosiți codul de acces, scrieți-l aici
passcode-removed-notice = Codul de acces a fost eliminat pe { $date }. Notițele nu sunt blocate acum. Dacă nu l-ați eliminat dumneavoastră, poate că altcineva v-a citit sau v-a schimbat notițele. Puteți pune din nou un cod de acces în Setări.
passcode-notice-close = Ascundeți acest mesaj
unlock-wrong-tries = { $count ->
    [one] Cineva a scris un cod de acces greșit o dată de când v-ați deschis ultima oară notițele (pe { $date }, la { $time }).
    [few] Cineva a scris un cod de acces greșit de { $count } ori de când v-ați deschis ultima oară notițele (ultima dată pe { $date }, la { $time }).
   *[other] Cineva a scris un cod de acces greșit de { $count } de ori de când v-ați deschis ultima oară notițele (ultima dată pe { $date }, la { $time }).
}
unlock-forgot = Mi-am uitat codul de acces
unlock-forgot-body = Nimeni nu vă poate deschide notițele fără cod. Ca să folosiți din nou notițele din ghid, ștergeți-le și începeți din nou. Butonul „Ștergeți toate datele mele” este în partea de jos a paginii Setări.
unlock-forgot-link = Mergeți la Setări
