# Raportul meu pentru conferință: pagina care îl ajută pe părinte să-și scrie propriul raport, parte cu parte, în limba română.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# My report for the conference (src/ui/pages/my_report.rs): the page that helps a parent write
# their own report, section by section. Fetched with that page only. The report itself is in
# letter-text.ftl (English or Welsh). Short sentences, plain words, the parent's own voice.
# English original: written by the development team.

# source: 003 "Can I write a report for the Conference?" (shared with all conference members; the social worker or anyone you choose can help)
mr-why = Toți cei de la conferință primesc raportul dumneavoastră. Este ocazia dumneavoastră să spuneți, cu propriile cuvinte, ce ar trebui să știe ei despre copilul și familia dumneavoastră.
mr-help = Oricine vă poate ajuta să-l scrieți: un prieten, o rudă, un susținător independent (advocate) sau asistentul social.
mr-how = Fiecare parte este opțională. În orice parte puteți scrie câteva rânduri sau nimic. Ce scrieți se salvează pe acest telefon pe măsură ce scrieți.
mr-write-in-english = Raportul este în limba engleză. Scrieți în engleză, dacă puteți, sau cereți cuiva să vă ajute.
mr-sections-heading = Raportul dumneavoastră, parte cu parte
mr-example = De exemplu
mr-details-hint = Numele dumneavoastră, numele copilului și data lui de naștere sunt aceleași ca în scrisorile dumneavoastră.
mr-conference-date = Data conferinței

# The nine parts. -label is the box's label; -prompt what to think about; -example one or two short examples in a parent's words.
mr-child-label = Despre copilul meu
mr-child-prompt = Ce îi place copilului dumneavoastră, la ce se pricepe și de ce are nevoie.
mr-child-example = „Lui Sam îi plac mult fotbalul și desenul. Este bun cu surioara lui. Are nevoie de ajutor la citit.”
mr-going-well-label = Ce merge bine
mr-going-well-prompt = Lucrurile bune din familia dumneavoastră acum, oricât de mici ar fi.
mr-going-well-example = „Acum Sam merge la școală în fiecare zi. Mâncăm împreună în fiecare seară.”
mr-changes-label = Ce am făcut și ce s-a schimbat
mr-changes-prompt = Ce ați făcut de când au apărut îngrijorările: cursuri, programări, schimbări acasă.
mr-changes-example = „În octombrie am început un curs pentru părinți. Nu am lipsit de la nicio întâlnire.”
mr-agree-label = Cu ce sunt de acord din raport
mr-agree-prompt = Îngrijorările cu care sunteți de acord. Când spuneți asta, arătați că le înțelegeți.
mr-agree-example = „Sunt de acord că locuința nu era sigură când s-a stricat încălzirea.”
mr-disagree-label = Cu ce nu sunt de acord din raport și de ce
mr-disagree-prompt = Ce este greșit sau ce lipsește din raport și ce arată asta: când s-a întâmplat, cine a văzut, scrisori sau mesaje.
mr-disagree-example = „Raportul spune că am lipsit de la două vizite. În ambele zile am fost în spital. Am scrisoarea de la spital.”
mr-disagree-reply = Pentru un răspuns punct cu punct la raport, folosiți scrisoarea „Răspundeți la un raport”.
mr-help-label = Ajutorul care ar schimba ceva
mr-help-prompt = Ce sprijin ar ajuta familia dumneavoastră și cine l-ar putea da.
mr-help-example = „Ajutor cu îngrijirea copiilor marțea, ca să pot merge la curs.”
mr-family-label = Familia și prietenii care pot ajuta
mr-family-prompt = Cine din familie sau dintre prieteni poate ajuta și cum.
mr-family-example = „Mama mea îl poate lua pe Sam de la școală trei zile pe săptămână.”
mr-family-fgc = Familia și prietenii dumneavoastră pot face și un plan împreună, la o întâlnire a familiei (family group conference).
mr-wishes-label = Ce vrea și ce simte copilul meu
mr-wishes-prompt = Doar dacă copilul dumneavoastră vrea ca asta să fie în raport: ce a spus despre ce simte și ce vrea.
mr-wishes-example = „Sam spune că vrea să rămână la școala lui și să-l vadă pe tata în weekend.”
mr-hopes-label = Ce aș vrea să se întâmple
mr-hopes-prompt = Ce sperați că va hotărî conferința și de ce.
mr-hopes-example = „Aș vrea să primim ajutor de la un lucrător de sprijin pentru familie, fără un plan de protecție a copilului.”

mr-preview = Raportul dumneavoastră
mr-load-failed = Raportul dumneavoastră nu a putut fi afișat. Verificați conexiunea și deschideți din nou această pagină.
mr-nothing-yet = Scrieți în oricare parte de mai sus, iar raportul dumneavoastră va apărea aici.
mr-copy = Copiați raportul
mr-share = Partajați raportul
mr-print = Tipăriți raportul
mr-download = Descărcați raportul
mr-downloaded = Raportul a fost descărcat.
mr-copied = Raportul a fost copiat. Îl puteți lipi într-un e-mail sau într-un mesaj.
mr-copy-failed = Ne pare rău, acest telefon nu l-a putut copia. Îl puteți descărca sau tipări în schimb.
mr-mark-sent = Am trimis raportul: păstrați o copie
mr-saved-sent = O copie este păstrată pe pagina „Scrisori”, cu data de azi.

# When to send it. $conference is the date written out, $days the days from today.
mr-send-heading = Când și cui să-l trimiteți
mr-send-who = Trimiteți-l asistentului social și președintelui conferinței, înainte de conferință. Trimiteți-l cât mai devreme, ca toți să aibă timp să-l citească.
mr-send-when = { $days ->
        [0] Conferința dumneavoastră este astăzi, { $conference }. Luați cu dumneavoastră câteva copii ale raportului și cereți-i președintelui să le dea tuturor celor prezenți.
        [1] Conferința dumneavoastră este mâine, { $conference }. Trimiteți raportul astăzi.
        [few] Conferința dumneavoastră are loc pe { $conference }, adică peste { $days } zile.
       *[other] Conferința dumneavoastră are loc pe { $conference }, adică peste { $days } de zile.
    }
mr-send-past = Data acestei conferințe a trecut. Pentru următoarea conferință, introduceți data ei mai sus.
mr-send-no-date = Introduceți mai sus data conferinței ca să vedeți cât timp aveți.
mr-send-nothing = Nimic nu este trimis din acest ghid. Copiați, partajați, tipăriți sau descărcați raportul și îl trimiteți dumneavoastră.
