# Siguranța: pagina „Ștergeți-vă urmele”, setările butonului de ieșire de urgență și codul de acces, în limba română.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode.

cover-tracks-title = Ștergeți-vă urmele
cover-tracks-intro = Dacă altcineva s-ar putea uita în telefonul dumneavoastră, iată cum să păstrați secret ce citiți.

cover-keep-heading = Ce păstrează acest ghid și unde
cover-keep-where = Acest ghid vă păstrează alegerile, de exemplu limba, doar în acest browser, pe acest telefon. Tot acolo păstrează ce scrieți în lista de sarcini, la întrebări, în plan, la contacte și la termene. Un fișier pe care îl descărcați, de exemplu o copie a notițelor, ajunge în descărcările telefonului. Acolo îl poate deschide și altcineva.
cover-keep-nothing-sent = Nimic nu ne este trimis nouă sau altcuiva. Acest ghid nu folosește cookie-uri.

cover-delete-heading = Cum le ștergeți
cover-delete-intro = Ca să ștergeți tot ce păstrează acest ghid, deschideți Setări și apăsați butonul „Ștergeți toate datele mele”. Puteți șterge datele acestui site și din browser.
cover-delete-chrome = În Chrome pe Android: atingeți cele trei puncte, apoi Setări, apoi Setări pentru site-uri, apoi Toate site-urile. Atingeți acest site, apoi Ștergeți.
cover-delete-safari = Pe un iPhone: deschideți aplicația Configurări, apoi Safari, apoi Avansate, apoi Date site-uri web. Găsiți acest site, glisați spre stânga și atingeți Ștergeți.

cover-history-heading = Ștergerea istoricului de navigare
cover-history-why = Istoricul browserului arată paginile pe care le-ați deschis, inclusiv acest ghid.
cover-history-chrome = În Chrome pe Android: atingeți cele trei puncte, apoi Istoric, apoi Ștergeți datele de navigare.
cover-history-safari = Pe un iPhone: deschideți aplicația Configurări, apoi Safari, apoi Ștergeți istoricul și datele site-urilor. Așa se șterge și ce păstrează acest ghid.

cover-private-heading = Navigarea privată
cover-private-text = Într-o fereastră privată (în Chrome se numește Incognito), nimic nu se păstrează după ce o închideți. Nici ce scrieți în acest ghid.

cover-limits-heading = Ce nu poate face butonul de ieșire
cover-limits-exit = Butonul „Ieșiți de pe pagină” vă duce imediat pe alt site. Puteți apăsa și tasta Shift de trei ori. Butonul nu vă șterge istoricul de navigare.
cover-limits-icon = Dacă adăugați acest ghid pe ecranul de pornire, pictograma lui se va vedea acolo.
cover-limits-unlock = Cineva care vă poate debloca telefonul ar putea deschide acest ghid.

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
unlock-wait = { $seconds ->
    [one] Așteptați 1 secundă, apoi încercați din nou.
    [few] Așteptați { $seconds } secunde, apoi încercați din nou.
   *[other] Așteptați { $seconds } de secunde, apoi încercați din nou.
}
unlock-forgot = Mi-am uitat codul de acces
unlock-forgot-body = Nimeni nu vă poate deschide notițele fără cod. Ca să folosiți din nou notițele din ghid, ștergeți-le și începeți din nou. Butonul „Ștergeți toate datele mele” este în partea de jos a paginii Setări.
unlock-forgot-link = Mergeți la Setări
