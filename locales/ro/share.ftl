# Distribuiți acest ghid: pagina pentru lucrătorii de sprijin pentru familii și toate cuvintele pliantului.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.

share-who = Alegeți limba părintelui, unde locuiește și pagina la care să se deschidă ghidul. Apoi trimiteți-i linkul, arătați-i codul QR sau tipăriți un pliant.
share-language-legend = Limba părintelui
share-language-hint = Ghidul se deschide în această limbă. Părintele o poate schimba oricând.
share-nation-legend = Unde locuiește părintele
share-nation-hint = Unele reguli sunt diferite în Anglia și în Țara Galilor.
share-nation-england = Anglia
share-nation-wales = Țara Galilor
share-nation-unsaid = Nu s-a spus: ghidul îl va întreba
share-start-label = Pagina la care se deschide ghidul
share-link-heading = Linkul
share-link-hint = Trimiteți-l printr-un mesaj text sau un e-mail. Pe această pagină nu este un link, ca telefonul dumneavoastră să rămână în limba dumneavoastră.
share-copy = Copiați linkul
share-share = Distribuiți linkul
share-copied = Linkul este copiat.
share-copy-failed = Linkul nu a putut fi copiat. Selectați-l și copiați-l singur.
share-qr-heading = Codul QR
share-qr-hint = Părintele îndreaptă camera telefonului spre cod. Se deschide același link.
share-qr-label = Cod QR pentru { $link }
share-private = Nimic din ce alegeți aici nu este trimis nicăieri și nici păstrat. Nu schimbă acest ghid pe telefonul dumneavoastră.
share-leaflet-heading = Tipăriți un pliant
share-leaflet-hint = O pagină de dat unui părinte: în limba lui, cu engleza alături, cu codul QR și linkul.
share-paper-legend = Hârtie
share-paper-a4 = O pagină A4
share-paper-a5 = Două exemplare A5 pe o foaie A4, de tăiat în două
share-print = Tipăriți pliantul
share-words-failed = Cuvintele pliantului nu au putut fi încărcate. Verificați conexiunea la internet și încercați din nou.

## The leaflet

leaflet-title = Un ghid pentru conferința de protecție a copilului dumneavoastră
leaflet-what = Acest ghid gratuit pentru telefon explică în cuvinte simple fiecare etapă a unei conferințe de protecție a copilului.
leaflet-open = Ca să-l deschideți, îndreptați camera telefonului spre cod sau scrieți linkul.
leaflet-stages-heading = Cele cinci etape
leaflet-stage-before = Înainte de conferință: ce este ședința și cum să vă pregătiți.
leaflet-stage-during = La conferință: ce se întâmplă și ce poate hotărî.
leaflet-stage-core-group = Grupul de bază: grupul mai mic care pune planul în practică.
leaflet-stage-review = Conferința de revizuire: cum este verificat planul.
leaflet-stage-help = Plângeri și sfaturi: cum faceți o plângere și cine vă poate ajuta.
leaflet-private = Odată deschis, funcționează fără semnal, iar nimic din ce scrieți nu pleacă de pe telefon.
leaflet-home-heading = Păstrați-l pe ecranul de pornire
leaflet-home-android = Android: deschideți linkul în Chrome. Atingeți meniul (⋮), apoi „Adăugați pe ecranul de pornire”.
leaflet-home-iphone = iPhone: deschideți linkul în Safari. Atingeți Partajați, apoi „Adaugă pe ecranul principal”.
leaflet-exit-heading = Dacă intră cineva
leaflet-exit = Atingeți „Ieșiți de pe pagină” în partea de sus a ghidului. Sau apăsați de trei ori tasta Shift pe o tastatură. Se deschide imediat alt site.
