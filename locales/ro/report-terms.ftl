# „Înțelegeți un raport”: ce înseamnă cuvintele dintr-un raport, din procesul-verbal, dintr-un plan sau dintr-o scrisoare, în limba română.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# "Understand a report": what the words in a social worker's report, the minutes, a plan or a
# letter mean. One explanation per term (rt-<id>), with its source above it, and for words that
# judge parents a question the parent could ask (rt-<id>-question). Plain English, reading age
# about 9 to 11. Every sentence is ours; the sources are for checking the facts.
# The ids are the catalogue's (src/core/report_terms/catalogue.rs): never rename one.

## The page (its interface; the terms follow)

rp-intro = Lipiți sau scrieți cuvinte dintr-un raport, din procesul-verbal, dintr-un plan sau dintr-o scrisoare. Fiecare cuvânt pe care îl cunoaștem este marcat. Atingeți un cuvânt marcat ca să vedeți ce înseamnă.
rp-private = Textul dumneavoastră rămâne pe acest telefon. Nu este trimis nicăieri. Dispare când ieșiți de pe această pagină, dacă nu îl păstrați.
rp-text-label = Text din raportul dumneavoastră
rp-open-file = Sau deschideți un fișier text (.txt)
rp-file-wrong = Acest fișier nu a putut fi citit ca text. Copiați cuvintele din el și lipiți-le aici.
rp-keep = Păstrați acest raport pe telefonul meu
rp-keep-hint = Este păstrat ca celelalte notițe: blocat cu codul de acces, dacă ați pus unul, și șters cu butonul „Ștergeți toate datele mele”.
rp-clear = Ștergeți textul
rp-summary = { $count ->
    [0] Încă nu am găsit niciun cuvânt din lista noastră.
    [one] Am găsit 1 cuvânt pe care poate vreți să vi-l explicăm.
    [few] Am găsit { $count } cuvinte pe care poate vreți să vi le explicăm.
   *[other] Am găsit { $count } de cuvinte pe care poate vreți să vi le explicăm.
}
rp-marked-heading = Textul dumneavoastră, cu cuvintele marcate
rp-list-heading = Cuvintele din textul dumneavoastră
rp-explain-close = Închideți
rp-reply = Răspundeți la această propoziție într-o scrisoare
rp-replied = Propoziția este acum în răspunsul dumneavoastră la raport.
rp-open-reply = Deschideți răspunsul
rp-source-note = De unde vin aceste informații: din legile și îndrumările din Anglia și Țara Galilor. Verificați orice lucru important cu un avocat (solicitor) sau cu un susținător independent (advocate).
rp-ask = O întrebare pe care ați putea-o pune
rp-add-question = Adăugați la Întrebările mele
rp-question-added = S-a adăugat la Întrebările mele.
rp-see-glossary = Mai multe în lista de cuvinte
rp-nothing-yet = Încă nu este nimic de explicat. Lipiți un text mai sus.

rt-group-law = Legea și procedura
rt-group-people = Persoanele
rt-group-health-school = Sănătate și școală
rt-group-about-parents = Cuvinte pe care specialiștii le folosesc despre părinți

## The law and the process

# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures s3 pt2
rt-child-protection-conference = O ședință despre siguranța copilului dumneavoastră. Serviciile pentru copii o organizează când sunt foarte îngrijorate că copilul dumneavoastră este vătămat sau ar putea fi vătămat. Primiți și dumneavoastră o invitație. Nu este o instanță de judecată.
# source: Working Together to Safeguard Children 2023 ch. 4 (within 15 working days of the strategy discussion); Wales Safeguarding Procedures s3 pt2
rt-icpc = ICPC înseamnă conferința inițială de protecție a copilului (initial child protection conference). Este prima conferință despre copilul dumneavoastră. Hotărăște dacă copilul are nevoie de un plan de protecție a copilului. De obicei, are loc în cel mult 15 zile lucrătoare după discuția de strategie (strategy discussion).
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt, 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 ch. 4
rt-review-conference = RCPC înseamnă conferința de revizuire a protecției copilului (review child protection conference). Verifică cum merge planul și dacă mai este nevoie de el. Prima are loc în cel mult 3 luni după prima conferință. Apoi are loc cel puțin o dată la 6 luni.
# source: Family Rights Group glossary; Wales Safeguarding Procedures s3 pt2 (pre-birth conference)
rt-pre-birth-conference = O conferință de protecție a copilului care are loc înainte să se nască bebelușul. Hotărăște dacă bebelușul va avea nevoie de un plan de la naștere.
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4
rt-child-protection-plan = CPP înseamnă plan de protecție a copilului (child protection plan). Este planul făcut ca un copil să fie în siguranță. Spune ce trebuie să se schimbe, cine ce face și până când. Nu vă ia răspunderea părintească (parental responsibility).
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (outline plan at the conference, detailed plan by the core group)
rt-outline-plan = Planul în linii mari (outline plan): primul plan, scurt, făcut la conferință. Apoi grupul de bază (core group) îl transformă într-un plan complet, cu toate detaliile.
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures (common abbreviation)
rt-cp = CP este prescurtarea de la child protection (protecția copilului): munca făcută ca un copil să fie ferit de vătămare gravă.
# source: Children Act 1989 s17(10); Social Services and Well-being (Wales) Act 2014 Part 3 (Wales speaks of care and support needs)
rt-child-in-need = { $nation ->
        [wales] CIN înseamnă copil aflat în nevoie (child in need): un copil care are nevoie de ajutor în plus ca să fie sănătos și să se dezvolte bine, sau un copil cu dizabilități. Acum, legea din Țara Galilor îl numește copil cu nevoi de îngrijire și sprijin (care and support needs).
       *[england] CIN înseamnă copil aflat în nevoie (child in need): un copil care are nevoie de ajutor în plus de la consiliul local ca să fie sănătos și să se dezvolte bine, sau un copil cu dizabilități. Termenul vine din secțiunea 17 din legea Children Act 1989.
    }
# source: Children Act 1989 s17; Working Together to Safeguard Children 2023 ch. 3; 002_d34d1fa72bfe9724.txt
rt-child-in-need-plan = { $nation ->
        [wales] Un plan de ajutor și sprijin pentru un copil și familia lui, folosit în Anglia. În Țara Galilor, planul se numește plan de îngrijire și sprijin (care and support plan).
       *[england] Un plan de ajutor și sprijin pentru un copil și familia lui. Se folosește când nu există un plan de protecție a copilului sau după ce acesta se încheie. Se face cu acordul dumneavoastră: nu vi se impune.
    }
# source: Social Services and Well-being (Wales) Act 2014 s54; 002_d34d1fa72bfe9724.txt
rt-care-and-support-plan = În Țara Galilor, un plan de ajutor și sprijin pentru un copil și familia lui. Se folosește când nu există un plan de îngrijire, sprijin și protecție (care and support protection plan).
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures s3 pt2
rt-care-and-support-protection-plan = În Țara Galilor, planul făcut la o conferință de protecție a copilului, ca să fie copilul în siguranță. Cât timp durează planul, numele copilului este trecut în registrul de protecție a copilului (child protection register).
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (content review L12)
rt-child-protection-register = În Țara Galilor, o listă confidențială cu copiii care au un plan de îngrijire, sprijin și protecție. Doar specialiștii o pot verifica. Nu este cazier judiciar.
# source: Working Together to Safeguard Children 2023 (categories of abuse); Wales Safeguarding Procedures (adds financial abuse)
rt-category-of-harm = { $nation ->
        [wales] Felul principal de vătămare care îngrijorează conferința: abuz fizic, sexual, emoțional sau psihologic, neglijare sau abuz financiar.
       *[england] Felul principal de vătămare care îngrijorează conferința: abuz fizic, abuz sexual, abuz emoțional sau neglijare.
    }
# source: Working Together to Safeguard Children 2023 (definition of physical abuse)
rt-physical-abuse = Când cineva rănește intenționat corpul unui copil, de exemplu îl lovește, îl scutură, îl arde sau îl otrăvește. Tot aici intră și când cineva face intenționat un copil să se îmbolnăvească.
# source: Working Together to Safeguard Children 2023 (definition of emotional abuse); Wales Safeguarding Procedures ("emotional or psychological abuse")
rt-emotional-abuse = Un copil este tratat iar și iar într-un fel care îi rănește grav sentimentele și dezvoltarea. De exemplu, este făcut să se simtă fără valoare sau speriat. Sau este lăsat să vadă ori să audă abuz domestic (domestic abuse).
# source: Working Together to Safeguard Children 2023 (definition of sexual abuse)
rt-sexual-abuse = Când cineva face un copil să ia parte la acte sexuale, îl lasă să ia parte sau îi arată lucruri sexuale. Se poate întâmpla și pe internet.
# source: Working Together to Safeguard Children 2023 (definition of neglect)
rt-neglect = Nevoile de bază ale unui copil nu sunt acoperite, iar și iar, așa că sănătatea sau dezvoltarea lui este vătămată grav. De exemplu, copilul nu are destulă mâncare, căldură, siguranță, îngrijire medicală sau supraveghere.
# source: Wales Safeguarding Procedures (categories of abuse and neglect in Wales)
rt-financial-abuse = În Țara Galilor, un fel de vătămare pe care un plan îl poate numi. Înseamnă că cineva ia sau folosește greșit banii ori lucrurile unui copil. Sau că nu îi acoperă nevoile cu banii care sunt pentru el.
# source: Children Act 1989 s31(9)-(10) and s47; 001_ae30d34ab232a286.txt
rt-significant-harm = Vătămare gravă: un rău destul de mare încât să afecteze sănătatea sau dezvoltarea unui copil. De asta se îngrijorează o conferință de protecție a copilului.
# source: Children Act 1989 s47; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures ("a47 enquiries")
rt-section-47-enquiries = Verificările pe care serviciile pentru copii trebuie să le facă atunci când cred că un copil ar putea fi în pericol de vătămare gravă. Numele vine de la secțiunea 47 din legea Children Act 1989. Asistentul social vorbește cu dumneavoastră, cu copilul și cu alte persoane.
# source: Children Act 1989 s17
rt-section-17 = Secțiunea 17 din legea Children Act 1989. Permite consiliului local să dea ajutor și servicii unui copil aflat în nevoie și familiei lui. Ajutorul prevăzut de secțiunea 17 este voluntar: îl primiți doar dacă sunteți de acord.
# source: Children Act 1989 s20(7)-(8); CONTENT-FACTS.md second round (content review)
rt-section-20 = Secțiunea 20 din legea Children Act 1989. Copilul dumneavoastră locuiește în altă parte, de exemplu la asistenți maternali (foster carers), pentru că sunteți de acord. Nu este o hotărâre a instanței. Un părinte cu răspundere părintească îi poate pune capăt și își poate lua copilul acasă. Cereți mai întâi sfatul unui avocat.
# source: Social Services and Well-being (Wales) Act 2014 s76; cyfraith.llyw.cymru "Diogelu"
rt-section-76 = În Țara Galilor, secțiunea 76 din legea Social Services and Well-being (Wales) Act 2014. Copilul dumneavoastră locuiește în altă parte, de exemplu la asistenți maternali (foster carers), pentru că sunteți de acord. Nu este o hotărâre a instanței și îi puteți pune capăt. Cereți mai întâi sfatul unui avocat.
# source: Children Act 1989 s31
rt-section-31 = Secțiunea 31 din legea Children Act 1989. Este partea din lege care permite unei instanțe să dea un ordin de îngrijire (care order) sau un ordin de supraveghere (supervision order).
# source: Children Act 1989 s31(2); Practice Direction 12A (threshold document)
rt-threshold = Pragul (threshold): nivelul de îngrijorare care trebuie atins înainte să se poată întâmpla ceva. Înainte să dea un ordin de îngrijire (care order), instanța trebuie să constate că copilul suferă o vătămare gravă sau că probabil va suferi una. Vătămarea trebuie să vină din îngrijirea pe care o primește copilul. Un document numit threshold document arată faptele care, după consiliul local, dovedesc acest lucru.
# source: Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures
rt-strategy-discussion = O discuție despre îngrijorările pentru un copil, între serviciile pentru copii, poliție, serviciile de sănătate și alții. Hotărăște dacă este nevoie de verificări prevăzute de Secțiunea 47 (section 47 enquiries). Are loc înainte de conferință.
# source: Working Together to Safeguard Children 2023 ch. 3 (assessment within 45 working days); 004_cdfde2f55ea0fb42.txt (Wales: 42 working days from the start of section 47 enquiries)
rt-assessment = { $nation ->
        [wales] Evaluare: un asistent social află care sunt nevoile copilului dumneavoastră și cum trăiește familia. Vorbește cu dumneavoastră, cu copilul și cu alte persoane, apoi scrie ce a aflat. Când un copil are un plan, evaluarea ar trebui terminată în cel mult 42 de zile lucrătoare de la începutul verificărilor.
       *[england] Evaluare: un asistent social află care sunt nevoile copilului dumneavoastră și cum trăiește familia. Vorbește cu dumneavoastră, cu copilul și cu alte persoane, apoi scrie ce a aflat. Evaluarea ar trebui terminată în cel mult 45 de zile lucrătoare.
    }
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures
rt-contingency-plan = Plan de rezervă: un plan pentru ce se va întâmpla dacă planul principal nu merge sau dacă ceva merge prost.
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (first meeting within 10 working days)
rt-core-group = Un grup mic de specialiști și membri ai familiei care pun planul în practică. De obicei, faceți și dumneavoastră parte din el. Prima întâlnire are loc în cel mult 10 zile lucrătoare după conferință.
# source: Family Rights Group (family group conferences); 000_1e1dbaff73eac1a8.txt
rt-family-group-conference = FGC înseamnă întâlnire a familiei (family group conference). Familia și prietenii dumneavoastră se întâlnesc și fac propriul lor plan, ca să fie copilul dumneavoastră în siguranță. Puteți cere serviciilor pentru copii o astfel de întâlnire.
# source: 002_d34d1fa72bfe9724.txt; 000_1e1dbaff73eac1a8.txt
rt-legal-planning-meeting = O întâlnire în care serviciile pentru copii cer sfatul unui jurist: să meargă sau nu în instanță. Părinții nu participă la această întâlnire. Poate duce la o scrisoare înainte de proces (letter before proceedings).
# source: 002_d34d1fa72bfe9724.txt; Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5 (content review M1)
rt-letter-before-proceedings = LBP înseamnă scrisoare înainte de proces (letter before proceedings). Spune că serviciile pentru copii se gândesc să meargă în instanță și ce puteți face ca să nu se ajungă acolo. Duceți-o imediat la un avocat specializat în cauze cu copii. În această etapă, sfaturile juridice sunt gratuite, oricât de mari ar fi veniturile dumneavoastră.
# source: 002_d34d1fa72bfe9724.txt
rt-letter-of-issue = O scrisoare de la serviciile pentru copii care spune că merg în instanță. Duceți-o imediat la un avocat specializat în cauze cu copii.
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
rt-plo = PLO înseamnă Public Law Outline. Sunt regulile pe care le urmează consiliile locale înainte de procesele despre copii și în timpul lor. Etapa dinaintea procesului (pre-proceedings) începe cu o scrisoare înainte de proces. Este o ocazie să faceți schimbări și să nu se ajungă în instanță.
# source: Practice Direction 12A; Department for Education, Court orders and pre-proceedings (2014)
rt-pre-proceedings-meeting = O întâlnire după o scrisoare înainte de proces. Mergeți împreună cu avocatul dumneavoastră. Consiliul local spune ce trebuie să se schimbe, iar dumneavoastră puteți spune de ce ajutor aveți nevoie.
# source: 003_23392368096e3b46.txt; Wales Safeguarding Procedures (corrections within 10 working days)
rt-minutes = Procesul-verbal: notițele scrise ale unei ședințe. Ar trebui să primiți o copie. Dacă ceva din el este greșit, spuneți-i președintelui (chair).
# source: Children Act 1989 ss2-3; council guidance (a plan does not remove it)
rt-parental-responsibility = PR înseamnă răspundere părintească (parental responsibility): drepturile și datoriile pe care un părinte le are față de copilul său. Un plan de protecție a copilului nu v-o ia.
# source: Working Together to Safeguard Children 2023 (timescales in working days); Wales Safeguarding Procedures
rt-working-day = Zi lucrătoare: de luni până vineri, fără sărbătorile legale (bank holidays).
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5; Family Rights Group (content review M1)
rt-legal-aid = Ajutor de la stat ca să plătiți un avocat. La început, depinde de veniturile dumneavoastră. Când primiți o scrisoare înainte de proces, este gratuit, oricât de mari ar fi veniturile dumneavoastră. Este gratuit și pentru un proces în instanță.
# source: Local Government and Social Care Ombudsman and Public Services Ombudsman for Wales fact sheets
rt-ombudsman = Un serviciu independent care analizează plângerile despre consiliile locale, după ce s-a terminat procedura de plângeri a consiliului. Verifică felul în care a lucrat consiliul. Nu poate schimba decizia unei conferințe.
# source: 003_23392368096e3b46.txt; Children Act 2004 s18 (director of children's services)
rt-childrens-services = Partea din consiliul local care lucrează cu copiii și familiile. Se mai numește children's social care (CSC) sau social services (servicii sociale).
# source: Children Act 1989 s105 (local authority); Social Services and Well-being (Wales) Act 2014 s197
rt-local-authority = LA înseamnă local authority (autoritatea locală): consiliul dumneavoastră local.
# source: Children Act 1989 (legislation.gov.uk)
rt-children-act-1989 = Principala lege despre copii din Anglia și Țara Galilor. Stabilește ce este răspunderea părintească, ce ajutor primesc familiile și când poate o instanță să dea hotărâri (orders).
# source: Social Services and Well-being (Wales) Act 2014 (legislation.gov.uk); cyfraith.llyw.cymru "Diogelu"
rt-sswba = Legea din Țara Galilor despre ajutorul și sprijinul de la serviciile sociale și despre siguranța copiilor și a adulților. Deseori este numită legea din 2014 (the 2014 Act).
# source: Working Together to Safeguard Children 2023 (statutory guidance, GOV.UK)
rt-working-together = Îndrumările guvernului pentru specialiștii din Anglia despre siguranța copiilor. Cea mai nouă versiune este din 2023. Explică cum ar trebui să se facă protecția copilului.
# source: Wales Safeguarding Procedures 2019 (safeguarding.wales), which replaced the All Wales Child Protection Procedures 2008
rt-wales-safeguarding-procedures = Regulile pe care le urmează specialiștii din Țara Galilor ca să țină copiii și adulții în siguranță. În 2019 au înlocuit regulile mai vechi, numite All Wales Child Protection Procedures.
# source: Children Act 1989 ss44-45 (up to 8 days, can be extended by up to 7)
rt-epo = EPO înseamnă ordin de protecție de urgență (emergency protection order). O instanță îl poate da când un copil este în pericol chiar acum. Poate dura cel mult 8 zile și poate fi prelungit cu cel mult 7 zile. Căutați imediat un avocat.
# source: Children Act 1989 s46 (up to 72 hours)
rt-police-protection = Poliția poate duce un copil într-un loc sigur sau îl poate ține acolo, dacă crede că altfel copilul ar fi vătămat grav. Poate dura cel mult 72 de ore. Nu este o hotărâre a instanței.
# source: Children Act 1989 s38
rt-ico = ICO înseamnă ordin de îngrijire provizoriu (interim care order): un ordin de îngrijire pe termen scurt, dat de o instanță cât timp durează procesul. Consiliul local are și el răspundere părintească pentru copilul dumneavoastră, împreună cu dumneavoastră. În instanță, ajutorul juridic de la stat (legal aid) este gratuit pentru părinți.
# source: Children Act 1989 ss31, 33
rt-care-order = Ordin de îngrijire: o hotărâre a instanței care îi dă consiliului local răspundere părintească pentru un copil. Consiliul o are împreună cu părinții și poate limita felul în care o folosesc ei. Durează până când copilul împlinește 18 ani, dacă o instanță nu îi pune capăt mai devreme.
# source: Children Act 1989 s35 and Sch. 3 (up to 1 year, can be extended up to 3 years)
rt-supervision-order = Ordin de supraveghere: o hotărâre a instanței care pune un copil sub supravegherea unui asistent social. De obicei, copilul locuiește acasă. Durează cel mult 1 an și poate fi prelungit.
# source: Children Act 1989 ss14A-14C
rt-sgo = SGO înseamnă ordin de tutelă specială (special guardianship order). O instanță numește pe cineva, adesea o rudă, tutore special (special guardian) al copilului până când copilul împlinește 18 ani. Tutorele special ia cele mai multe decizii de zi cu zi. Părinții își păstrează răspunderea părintească, dar au mai puțin de spus.
# source: Children Act 1989 s8
rt-child-arrangements-order = CAO înseamnă child arrangements order. Este o hotărâre a instanței care spune cu cine locuiește un copil și când petrece timp cu alte persoane.
# source: Children Act 1989 s31 and s32 (26 weeks); Civil Legal Aid regulations (free for parents)
rt-care-proceedings = Un proces în care consiliul local cere unei instanțe un ordin de îngrijire (care order) sau un ordin de supraveghere (supervision order). Ar trebui să se termine în cel mult 26 de săptămâni. Părinții primesc gratuit ajutor juridic de la stat (legal aid). Căutați imediat un avocat specializat în cauze cu copii.
# source: Adoption and Children Act 2002 s21
rt-placement-order = O hotărâre a instanței care îi permite consiliului local să dea un copil în grija unor persoane care l-ar putea adopta. Dacă auziți acest cuvânt, vorbiți imediat cu avocatul dumneavoastră.
# source: Practice Direction 12A (Public Law Outline stages)
rt-irh = IRH înseamnă issues resolution hearing. Este o ședință de judecată spre sfârșitul procesului (care proceedings). Stabilește asupra căror lucruri sunt toți de acord și ce este încă în dispută.
# source: Practice Direction 12A (Public Law Outline stages)
rt-cmh = CMH înseamnă case management hearing. Este o ședință de judecată de la începutul procesului (care proceedings). Planifică procesul: ce rapoarte sunt necesare și până când.
# source: Practice Direction 12A (Public Law Outline stages)
rt-final-hearing = Ultima ședință de judecată dintr-un proces. Acolo, judecătorul sau magistrații (magistrates) decid ce hotărâri (orders) să dea.
# source: FDAC National Unit / Centre for Justice Innovation (Family Drug and Alcohol Court model)
rt-fdac = FDAC înseamnă Family Drug and Alcohol Court (instanța de familie pentru droguri și alcool). În unele zone, este un alt fel de proces despre îngrijirea copilului, pentru părinții care consumă droguri sau alcool. Vă vede des același judecător, iar o echipă vă ajută să faceți schimbări.
# source: Children Act 1989 s31A (care plans in care proceedings)
rt-care-plan = Într-un proces, planul consiliului local despre locul unde va locui copilul și despre îngrijirea pe care o va primi. Instanța îl citește înainte să dea un ordin de îngrijire (care order).
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (care planning); Family Rights Group
rt-parallel-planning = Se fac două planuri în același timp. Unul este ca copilul să se întoarcă acasă. Celălalt este pentru o altă casă, în caz că primul nu se poate. Se face așa pentru ca copilul să nu aștepte prea mult.
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (permanence)
rt-permanence = O casă sigură și stabilă pentru copil, pentru tot restul copilăriei. Poate fi la părinți, la rude, la asistenți maternali (foster carers) sau prin adopție.
# source: NSPCC Reunification Practice Framework
rt-reunification = Întoarcerea unui copil acasă, ca să locuiască din nou cu familia, după ce a fost îngrijit în altă parte.
# source: Children Act 1989 s22; Social Services and Well-being (Wales) Act 2014 s74
rt-looked-after-child = LAC sau CLA înseamnă copil aflat în grija consiliului local (looked after child sau child looked after). Consiliul are grijă de el printr-o hotărâre a instanței sau cu acordul părinților. Cei mai mulți dintre acești copii locuiesc la asistenți maternali (foster carers) sau la rude.
# source: Children Act 1989 s34 (contact with a child in care); Family Justice Young People's Board (the words "family time")
rt-family-time = Timpul pe care un copil îl petrece cu părinții sau cu familia atunci când nu locuiesc împreună. Se mai numește contact. Supravegheat (supervised) înseamnă că este de față un specialist.
# source: Family Rights Group (viability assessments of family and friends)
rt-viability-assessment = O primă verificare, rapidă, dacă o rudă sau un prieten ar putea avea grijă de copil. Poate urma o evaluare completă.
# source: Children Act 1989 s38(6); Family Rights Group
rt-residential-assessment = Un părinte și copilul locuiesc câteva săptămâni într-un loc special (placement). Personalul de acolo urmărește și ajută, în timp ce părintele are grijă de copil.
# source: Home Office, Multi Agency Working and Information Sharing Project (2014)
rt-mash = MASH înseamnă multi-agency safeguarding hub. Este o echipă în care serviciile pentru copii, poliția, serviciile de sănătate și alții pun în comun informațiile despre îngrijorări noi și hotărăsc ce să facă.
# source: Working Together to Safeguard Children 2023 ch. 3 (decision within one working day)
rt-referral = Sesizare: cineva le spune serviciilor pentru copii că este îngrijorat pentru un copil. Serviciile pentru copii ar trebui să hotărască ce fac în cel mult o zi lucrătoare.
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures s3 pt2 (outcomes of enquiries)
rt-nfa = NFA înseamnă no further action (nicio altă măsură). Serviciile pentru copii sau poliția au hotărât să nu mai facă nimic deocamdată.
# source: SafeLives (MARAC guidance)
rt-marac = MARAC înseamnă multi-agency risk assessment conference. Este o întâlnire în care poliția, serviciile de sănătate, serviciile pentru copii și alții pun în comun informații, ca să protejeze o persoană aflată în mare pericol din cauza abuzului domestic. Persoana aflată în pericol nu vine, dar un IDVA vorbește în numele ei.
# source: Criminal Justice Act 2003 s325; Ministry of Justice MAPPA guidance
rt-mappa = MAPPA înseamnă multi-agency public protection arrangements. Poliția, serviciul de probațiune și închisorile lucrează împreună ca să supravegheze persoanele care au comis anumite infracțiuni sexuale sau violente.
# source: SafeLives (Dash risk identification checklist)
rt-dash = DASH este o listă de întrebări despre abuz domestic, urmărire (stalking) și hărțuire. Poliția și alții o folosesc ca să judece cât de mare este pericolul în care se află cineva.
# source: Working Together to Safeguard Children 2023 ch. 2 (early help)
rt-early-help = Ajutor timpuriu: sprijin pentru o familie imediat ce încep problemele, înainte să se agraveze. Este voluntar: îl primiți doar dacă sunteți de acord. O evaluare pentru ajutor timpuriu (early help assessment, EHA) arată ce ajutor ar funcționa.
# source: Working Together to Safeguard Children 2023 ch. 2 (early help, lead practitioner)
rt-team-around-the-family = TAF sau TAC înseamnă team around the family sau team around the child (echipa din jurul familiei sau al copilului). Specialiștii care lucrează cu o familie se întâlnesc cu familia ca să plănuiască împreună ajutorul.
# source: Working Together to Safeguard Children 2023 (moving between child protection, child in need and early help)
rt-step-down = Trecerea unei familii la un nivel mai mic de ajutor, când îngrijorările scad. De exemplu, de la un plan de protecție a copilului la un plan pentru copil aflat în nevoie (child in need plan) sau la ajutor timpuriu (early help).
# source: Children and Social Work Act 2017; Working Together to Safeguard Children 2023 ch. 2
rt-safeguarding-partnership = În Anglia, consiliul local, NHS (serviciul public de sănătate) și poliția dintr-o zonă lucrează împreună ca să țină copiii în siguranță. Ei sunt partenerii pentru protecția copiilor (safeguarding partners). LSCB este numele mai vechi pentru acest lucru.
# source: Social Services and Well-being (Wales) Act 2014 s134
rt-regional-safeguarding-board = În Țara Galilor, un comitet (board) din fiecare regiune. Se asigură că instituțiile lucrează împreună ca să țină copiii în siguranță.
# source: Working Together to Safeguard Children 2023 (definition of safeguarding)
rt-safeguarding = Tot ce se face ca să fie copiii feriți de vătămare și să crească sănătoși și în siguranță.
# source: Working Together to Safeguard Children 2023
rt-multi-agency = Mai multe servicii care lucrează împreună, de exemplu serviciile pentru copii, serviciile de sănătate, școlile și poliția.
# source: Working Together to Safeguard Children 2023; local child protection procedures
rt-professionals-meeting = O întâlnire a specialiștilor care lucrează cu o familie, fără familie. Întrebați ce s-a discutat și dacă există notițe.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; local procedures (visit frequency differs by area)
rt-statutory-visit = O vizită pe care asistentul social este obligat să o facă, prin lege sau prin reguli, de exemplu la un copil care are un plan. Asistentul social va vrea să vă vadă copilul și, deseori, locul unde doarme.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (visits may be unannounced)
rt-unannounced-visit = O vizită a asistentului social fără să vă anunțe înainte. Se poate întâmpla cât timp copilul dumneavoastră are un plan.
# source: Working Together to Safeguard Children 2023 (children seen alone during enquiries and assessments)
rt-seen-alone = Asistentul social a vorbit cu copilul dumneavoastră fără ca dumneavoastră să fiți de față. Este o parte obișnuită a muncii lui. Îl ajută pe copil să vorbească liber.
# source: Working Together to Safeguard Children 2023 (outcomes of section 47 enquiries); Wales Safeguarding Procedures s3 pt2 (concerns substantiated or not)
rt-substantiated = Substantiated înseamnă că îngrijorările au fost verificate și s-a aflat că sunt adevărate. Unsubstantiated înseamnă că nu au fost destule dovezi care să arate că sunt adevărate.
# source: NSPCC Learning (recognising and responding to abuse: disclosures)
rt-disclosure = Când un copil îi spune cuiva despre o vătămare. Poate însemna și că un adult le spune specialiștilor ceva despre sine.
# source: Ministry of Justice, Achieving Best Evidence in Criminal Proceedings (2022)
rt-abe-interview = ABE înseamnă achieving best evidence. Este un interviu filmat cu un copil sau cu un martor, făcut de polițiști sau asistenți sociali cu pregătire specială. Poate fi folosit în instanță.
# source: Prosecution of Offences Act 1985; CPS (cps.gov.uk)
rt-cps = CPS înseamnă Crown Prosecution Service, serviciul procurorilor. Hotărăște dacă o persoană ar trebui acuzată oficial de o infracțiune și duce cazurile la instanța penală.
# source: Police and Criminal Evidence Act 1984 Part IV (pre-charge bail); Bail Act 1976
rt-bail = Când o persoană arestată este lăsată liberă cât timp cazul ei este încă la poliție sau în instanță. Condițiile de eliberare (bail conditions) sunt reguli pe care trebuie să le respecte, de exemplu să nu meargă la o anumită adresă.
# source: Policing and Crime Act 2017 (pre-charge bail reform); College of Policing
rt-rui = RUI înseamnă released under investigation (eliberat în timpul cercetărilor). Poliția a lăsat pe cineva liber fără bail, cât timp o infracțiune este încă cercetată. Nu există condiții de eliberare (bail conditions).
# source: Family Law Act 1996 ss42-42A
rt-non-molestation-order = O hotărâre a instanței care îi interzice cuiva să folosească violența sau să amenințe cu ea, ori să hărțuiască sau să necăjească o persoană. Încălcarea ei este o infracțiune.
# source: Family Law Act 1996 ss33-38
rt-occupation-order = O hotărâre a instanței despre cine poate locui într-o casă. Poate ține pe cineva departe de casă pentru o perioadă.
# source: Crime and Security Act 2010 ss24-33; Domestic Abuse Act 2021 Part 3
rt-dvpo = DVPN și DVPO sunt o notificare de la poliție (notice) și o hotărâre a instanței (order). Ele țin o persoană departe de casa cuiva pe care l-a abuzat, timp de cel mult 28 de zile. Un ordin mai nou, domestic abuse protection order (DAPO), începe să le înlocuiască în unele zone.
# source: Home Office, Domestic Violence Disclosure Scheme guidance
rt-clares-law = Legea lui Clare (Clare's Law), adică domestic violence disclosure scheme (DVDS), vă permite să întrebați poliția dacă un partener are un trecut de abuz. Poliția vă poate spune și fără să întrebați.
# source: Department for Education, Child sexual exploitation: definition and guide for practitioners (2017)
rt-cse = CSE înseamnă exploatarea sexuală a copiilor (child sexual exploitation). Cineva păcălește, presează sau obligă un copil să participe la activități sexuale. Deseori îi dă copilului ceva în schimb, de exemplu cadouri, droguri sau atenție.
# source: Keeping Children Safe in Education 2024; Home Office county lines guidance
rt-cce = CCE înseamnă exploatarea copiilor pentru infracțiuni (child criminal exploitation): când cineva folosește un copil ca să comită infracțiuni, de exemplu să care droguri sau bani. Deseori folosește amenințări sau recompense.
# source: Home Office, Criminal exploitation of children and vulnerable adults: county lines guidance
rt-county-lines = Bande care duc droguri din orașele mari în alte orașe. Deseori folosesc copii ca să le care și să le vândă.
# source: Working Together to Safeguard Children 2023 ch. 3 (harm outside the home); Contextual Safeguarding Network (University of Durham)
rt-contextual-safeguarding = Protejarea tinerilor de vătămare din afara familiei. De exemplu, vătămare de la prieteni, din zona în care locuiesc, de la școală sau de pe internet.
# source: Department for Education, Children who run away or go missing from home or care (2014)
rt-missing-episode = O perioadă în care un copil a lipsit de acasă sau din locul unde era îngrijit. După aceea, cineva independent ar trebui să-i propună copilului o discuție despre ce s-a întâmplat: un return home interview (RHI).
# source: Female Genital Mutilation Act 2003; NHS (female genital mutilation)
rt-fgm = FGM înseamnă mutilare genitală feminină (female genital mutilation): tăierea sau modificarea organelor genitale ale unei fete fără un motiv medical. Este o infracțiune în Regatul Unit și provoacă vătămări de durată.
# source: Anti-social Behaviour, Crime and Policing Act 2014
rt-asb = ASB înseamnă comportament antisocial (anti-social behaviour): un comportament care îi hărțuiește, îi sperie sau îi supără tare pe alți oameni, de exemplu zgomot sau amenințări.

## The people

# source: 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-social-worker = SW înseamnă asistent social (social worker). Este un specialist cu pregătire, de la serviciile pentru copii, care lucrează cu copilul și familia dumneavoastră. Asistentul social desemnat pentru copilul dumneavoastră conduce planul.
# source: 000_1e1dbaff73eac1a8.txt; 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-lead-social-worker = Asistentul social care se ocupă de planul copilului dumneavoastră. Se mai poate numi key worker sau lead practitioner.
# source: local children's services structures (council guides for parents)
rt-team-manager = TM înseamnă team manager (șeful echipei): șeful asistentului social. Puteți cere să vorbiți cu el dacă ceva vă nemulțumește.
# source: 001_ae30d34ab232a286.txt; Working Together to Safeguard Children 2023 (the chair is independent of the case) (content review L3)
rt-chair = Persoana care conduce conferința (președintele). Este un asistent social cu experiență, care nu se ocupă de cazul copilului dumneavoastră. Puteți vorbi cu el înainte de ședință.
# source: Children Act 1989 ss25A-25C; IRO Handbook (2010)
rt-iro = IRO înseamnă independent reviewing officer. Verifică planul de îngrijire (care plan) al unui copil aflat în grija consiliului local și conduce revizuirile copilului. Nu este asistentul social al copilului.
# source: Working Together to Safeguard Children 2023; Keeping Children Safe in Education 2024 Part 4
rt-lado = LADO înseamnă local authority designated officer. Se ocupă de îngrijorările că cineva care lucrează cu copiii, de exemplu un profesor, ar fi putut vătăma un copil.
# source: Family Rights Group (parent advocacy); 003_23392368096e3b46.txt
rt-advocate = O persoană care vă ajută să spuneți ce gândiți și are grijă ca vocea dumneavoastră să fie auzită. Susținătorul independent (advocate) este de partea dumneavoastră și nu lucrează pentru serviciile pentru copii.
# source: Children Act 1989 s41; Cafcass
rt-childrens-guardian = Într-un proces, o persoană independentă care îi spune instanței ce este în interesul copilului. Alege un avocat pentru copil.
# source: Criminal Justice and Court Services Act 2000 s12; Children Act 2004 s35 (Cafcass Cymru)
rt-cafcass = { $nation ->
        [wales] Cafcass are grijă de interesele copiilor în instanțele de familie din Anglia. În Țara Galilor, aceeași muncă o face Cafcass Cymru.
       *[england] Cafcass înseamnă Children and Family Court Advisory and Support Service. Are grijă de interesele copiilor în instanțele de familie din Anglia. Un angajat Cafcass poate fi reprezentantul copilului în proces (children's guardian).
    }
# source: Children Act 2004 s35; Welsh Government (Cafcass Cymru)
rt-cafcass-cymru = În Țara Galilor, serviciul care are grijă de interesele copiilor în instanțele de familie. Face parte din Guvernul Țării Galilor (Welsh Government).
# source: local children's services (family support); Working Together to Safeguard Children 2023 ch. 2
rt-family-support-worker = FSW înseamnă family support worker (lucrător de sprijin pentru familie). Dă ajutor practic acasă, de exemplu cu programul zilnic, cu banii sau cu creșterea copiilor. De obicei, nu este asistent social.
# source: SafeLives (the IDVA role); Home Office
rt-idva = IDVA înseamnă independent domestic violence adviser (consilier independent pentru violență domestică). Îi ajută să fie în siguranță pe oamenii aflați în mare pericol din cauza abuzului domestic. Lucrează pentru o organizație caritabilă sau pentru un serviciu, nu pentru poliție.
# source: Home Office, The role of the Independent Sexual Violence Adviser (2017)
rt-isva = ISVA înseamnă independent sexual violence adviser (consilier independent pentru violență sexuală). Sprijină persoanele care au fost violate sau agresate sexual.
# source: Police Reform Act 2002; College of Policing
rt-pcso = PCSO înseamnă police community support officer. Lucrează cu poliția în zona locală, dar nu este polițist.
# source: Ministry of Justice, HM Prison and Probation Service
rt-probation = Serviciul de probațiune (probation): serviciul care supraveghează persoanele care au o pedeapsă de executat în comunitate (community sentence) sau care au ieșit din închisoare.
# source: Crime and Disorder Act 1998 s39
rt-yot = YOT, YOS sau YJS înseamnă youth offending team sau youth justice service. Este o echipă a consiliului local care lucrează cu copiii între 10 și 17 ani care au probleme cu legea.
# source: 003_23392368096e3b46.txt (a member of staff takes notes of the meeting)
rt-minute-taker = Persoana de la ședință care scrie notițele, numite proces-verbal (minutes). Nu participă la decizii.
# source: Fostering Services (England) Regulations 2011; Children Act 1989 s22C
rt-foster-carer = Asistent maternal: o persoană aprobată de consiliul local sau de o agenție ca să aibă grijă de copii în propria casă. Are grijă de copiii care nu pot locui cu părinții lor.
# source: Department for Education, Championing kinship care (2023); Care Planning, Placement and Case Review (England) Regulations 2010 reg 24 (connected person)
rt-kinship-carer = O rudă sau un prieten care are grijă de un copil care nu poate locui cu părinții lui. Consiliul local poate numi această persoană connected person (persoană apropiată).
# source: Framework for the Assessment of Children in Need and their Families (2000)
rt-primary-carer = Persoana care se ocupă cel mai mult de copil, zi de zi.
# source: Children Act 1989 (parents who do not live with the child keep parental responsibility if they have it)
rt-non-resident-parent = Un părinte care nu locuiește cu copilul. Poate avea totuși răspundere părintească și i se poate cere să participe.
# source: Working Together to Safeguard Children 2023 (out-of-hours services); council guides
rt-edt = EDT înseamnă emergency duty team (echipa de urgență): asistenții sociali care răspund noaptea, la sfârșit de săptămână și în sărbătorile legale (bank holidays).

## Health and school

# source: 003_23392368096e3b46.txt; NHS (health visitors)
rt-health-visitor = HV înseamnă asistentă medicală pentru familie (health visitor): o asistentă medicală sau o moașă cu pregătire în plus, care sprijină familiile cu copii sub 5 ani.
# source: NHS (GP services); 003_23392368096e3b46.txt
rt-gp = GP înseamnă general practitioner: medicul dumneavoastră de familie.
# source: NHS (your antenatal and postnatal care)
rt-midwife = Moașa: un specialist din domeniul sănătății care are grijă de dumneavoastră în timpul sarcinii, la naștere și în primele zile după naștere.
# source: NHS (school nursing); Healthy Child Programme 5 to 19
rt-school-nurse = O asistentă medicală care lucrează cu copiii și tinerii de vârstă școlară, pentru sănătatea lor.
# source: 003_23392368096e3b46.txt; RCPCH Child Protection Companion
rt-paediatrician = Medic pediatru: un medic specializat în copii. Un pediatru din comunitate (community paediatrician) vede deseori copii pentru îngrijorări legate de dezvoltare sau de protecția copilului.
# source: NHS (children and young people's mental health services)
rt-camhs = CAMHS înseamnă child and adolescent mental health services. Sunt servicii NHS pentru copiii și tinerii care au probleme de sănătate mintală. Numele mai nou: CYPMHS.
# source: NHS (community mental health services)
rt-cpn = CPN înseamnă community psychiatric nurse: o asistentă medicală pentru sănătatea mintală, care vede oamenii acasă sau în comunitate.
# source: NHS (community mental health teams)
rt-cmht = CMHT înseamnă community mental health team: personal NHS care sprijină adulții cu probleme grave de sănătate mintală.
# source: NHS (when to go to A&E)
rt-a-and-e = A&E înseamnă accident and emergency: secția de urgență a spitalului, pentru răni și boli grave.
# source: NICE guideline CG89, Child maltreatment: when to suspect
rt-nai = NAI înseamnă non-accidental injury (rană care nu e accidentală): o rană despre care medicii cred că s-ar putea să nu fi fost un accident. Este o îngrijorare care trebuie verificată, nu o concluzie.
# source: Royal College of Radiologists and RCPCH, The radiological investigation of suspected physical abuse in children
rt-skeletal-survey = Un set de radiografii ale întregului schelet al unui bebeluș sau al unui copil mic. Se caută oase rupte, vechi sau noi.
# source: RCPCH Child Protection Companion
rt-cp-medical = Un control făcut de un medic de copii când există îngrijorarea că un copil a fost vătămat. Medicul scrie un raport. De obicei, vi se cere acordul.
# source: NHS and RCPCH ("was not brought" replacing "did not attend" for children)
rt-dna = În notițele medicale, DNA înseamnă de obicei „did not attend” (nu s-a prezentat): o programare a fost ratată. Dacă raportul este despre un test, DNA poate însemna un test genetic (ADN), de exemplu ca să arate cine este tatăl copilului.
# source: NHS and RCPCH ("was not brought")
rt-was-not-brought = WNB înseamnă was not brought (nu a fost adus): un copil a lipsit de la o programare medicală. Copiii nu pot merge singuri, așa că se scrie că răspunderea este a adultului.
rt-was-not-brought-question = La ce programări nu am ajuns și ce ne-ar ajuta să ajungem la ele?
# source: NICE guideline NG75, Faltering growth
rt-faltering-growth = Când un bebeluș sau un copil nu ia în greutate sau nu crește cum ar fi de așteptat. Numele mai vechi era failure to thrive. Pot exista multe motive, inclusiv o boală.
# source: NHS and RCPCH UK-WHO growth charts (Red Book)
rt-centile = O linie pe o diagramă de creștere. Arată cum se compară greutatea sau înălțimea unui copil cu a altor copii de aceeași vârstă. Medicii urmăresc dacă un copil trece de la o linie la alta.
# source: NHS (developmental milestones)
rt-developmental-delay = Când un copil învață mai târziu decât cei mai mulți copii de aceeași vârstă lucruri ca mersul, vorbitul sau joaca. Aceste lucruri se numesc milestones (etape ale dezvoltării).
# source: NHS (personal child health record, the Red Book)
rt-red-book = Carnetul de sănătate al copilului (personal child health record). Este o carte pe care o păstrează părinții, cu controalele, greutatea și vaccinurile copilului.
# source: NHS (perinatal mental health; postnatal depression)
rt-perinatal-mental-health = Probleme de sănătate mintală în timpul sarcinii sau după naștere, de exemplu depresia postnatală (postnatal depression, PND). Sunt frecvente și pot fi tratate.
# source: NHS (autism)
rt-autism = ASD sau ASC înseamnă autism spectrum disorder sau autism spectrum condition (tulburare din spectrul autist). Autismul influențează felul în care o persoană comunică și trăiește lumea din jur. Nu este o boală.
# source: NHS (ADHD)
rt-adhd = ADHD înseamnă attention deficit hyperactivity disorder (tulburare de deficit de atenție și hiperactivitate). Influențează atenția, activitatea și faptul că persoana face lucruri din impuls.
# source: NHS (reduce the risk of sudden infant death syndrome); The Lullaby Trust
rt-safe-sleep = Moduri de a scădea riscul ca un bebeluș să moară pe neașteptate în somn (SUDI). De exemplu, bebelușul doarme pe spate, în pătuțul lui. Dormitul în același pat este mai riscant după alcool, droguri sau fumat.
# source: NHS (drug addiction: getting help; alcohol support)
rt-substance-misuse-service = Un serviciu local care îi ajută pe cei care consumă droguri sau alcool. Este gratuit și deseori vă puteți adresa direct, fără trimitere.
# source: Department of Health, Healthy Child Programme; Welsh Government, Healthy Child Wales Programme
rt-healthy-child-programme = Controalele și sprijinul pe care asistentele medicale pentru familie (health visitors) le oferă fiecărei familii, din sarcină până când copilul începe școala.
# source: Children and Families Act 2014 s20; SEND Code of Practice (2015)
rt-sen = SEN sau SEND înseamnă special educational needs and disabilities (cerințe educaționale speciale și dizabilități): când un copil are nevoie de ajutor în plus ca să învețe.
# source: SEND Code of Practice (2015)
rt-senco = SENCO înseamnă special educational needs coordinator: profesorul care organizează ajutorul în plus pentru copiii cu cerințe educaționale speciale.
# source: Children and Families Act 2014 s37; SEND Code of Practice (2015)
rt-ehcp = EHCP înseamnă education, health and care plan (plan de educație, sănătate și îngrijire). Este un document legal pentru un copil sau un tânăr de până la 25 de ani, cu cerințe educaționale speciale. Spune ce ajutor trebuie să primească.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-aln = În Țara Galilor, ALN înseamnă additional learning needs (nevoi suplimentare de învățare): când un copil are nevoie de ajutor în plus ca să învețe.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-alnco = În Țara Galilor, ALNCo înseamnă additional learning needs coordinator: profesorul care organizează ajutorul în plus pentru copiii cu nevoi suplimentare de învățare.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-idp = În Țara Galilor, IDP înseamnă individual development plan (plan individual de dezvoltare): un plan legal pentru un copil cu nevoi suplimentare de învățare.
# source: Department for Education, Promoting the education of looked-after children (2018); Welsh Government guidance
rt-pep = PEP înseamnă personal education plan (plan educațional personal): o parte din planul de îngrijire al unui copil aflat în grija consiliului local, despre școala lui.
# source: Children and Families Act 2014 s99
rt-virtual-school = În Anglia, echipa consiliului local care îi ajută pe copiii aflați în grija consiliului, și pe alți copii, să se descurce bine la școală. Este condusă de directorul școlii virtuale (virtual school head).
# source: Keeping Children Safe in Education 2024; Welsh Government, Keeping learners safe (designated safeguarding person)
rt-dsl = DSL înseamnă designated safeguarding lead: persoana de la școală sau de la creșă care răspunde de siguranța copiilor. În Țara Galilor, se poate numi designated safeguarding person (DSP).
# source: Education Act 1996 s444 (school attendance); council education welfare services
rt-ewo = EWO înseamnă education welfare officer: o persoană de la consiliul local care lucrează cu familiile când un copil lipsește des de la școală.
# source: Department for Education, Working together to improve school attendance (persistent absence is missing 10% or more)
rt-persistent-absence = { $nation ->
        [wales] Când un copil lipsește mult de la școală. Întrebați școala cum calculează asta.
       *[england] Când un copil lipsește de la 10% sau mai mult din sesiunile de școală (school sessions).
    }
# source: Department for Education, Suspension and permanent exclusion guidance; Welsh Government exclusion guidance
rt-exclusion = Când o școală trimite un elev acasă pentru că a încălcat regulile. O suspendare (suspension sau fixed-term exclusion) este pentru câteva zile. O exmatriculare definitivă (permanent exclusion) înseamnă că copilul nu se mai poate întoarce.
# source: Education Act 1996 s19 (education otherwise than at school)
rt-pru = PRU înseamnă pupil referral unit: o școală pentru copiii care nu pot merge la o școală obișnuită, de exemplu după o exmatriculare. Este un fel de alternative provision (altă formă de școlarizare).
# source: Education Act 1996 s7
rt-ehe = EHE înseamnă elective home education: părinții își învață copilul acasă, în loc să-l trimită la școală. Părinții au dreptul să facă asta.
# source: Education Act 1996 s436A; statutory guidance on children missing education
rt-cme = CME înseamnă children missing education: copii de vârstă școlară care nu merg la școală și nici nu învață acasă.
# source: GOV.UK and Welsh Government (free school meals)
rt-fsm = FSM înseamnă free school meals (mese gratuite la școală). Unii copii le primesc din cauza veniturilor familiei sau a vârstei lor.

## Words professionals use about parents

# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (engagement as a focus of reports); Family Rights Group
rt-engagement = Implicarea (engagement): cât de mult participați la plan. De exemplu, dacă vă întâlniți cu asistentul social, mergeți la programări și folosiți ajutorul oferit. Rapoartele vorbesc deseori despre asta.
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (concerns about caregiver engagement)
rt-non-engagement = Cel care a scris raportul crede că nu participați la plan. De exemplu, că lipsiți de la întâlniri sau nu-l lăsați pe asistentul social să intre. Pot exista motive, de exemplu frica, boala, munca sau banii. Puteți spune care sunt.
rt-non-engagement-question = Ce am făcut care vi se pare lipsă de implicare și ce m-ar ajuta să particip?
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2014, 2024)
rt-disguised-compliance = Cel care a scris raportul crede că un părinte pare să facă ce îi cer specialiștii, dar fără o schimbare reală (cooperare doar de fațadă). NSPCC spune că expresia poate fi nefolositoare și îi poate învinovăți pe părinți. Mai spune că specialiștii ar trebui să descrie ce au văzut.
rt-disguised-compliance-question = Ce am făcut care vi se pare disguised compliance (cooperare doar de fațadă)?
# source: NSPCC Learning (caregiver engagement); Family Rights Group
rt-non-compliance = Cel care a scris raportul crede că nu ați făcut ce v-au cerut planul sau un acord.
rt-non-compliance-question = Ce parte din plan spuneți că nu am făcut și ce m-ar ajuta să o fac?
# source: Research in Practice, Assessing parental capacity to change (2014) (acknowledging the concerns)
rt-minimising = Cel care a scris raportul crede că faceți îngrijorările să pară mai mici sau mai puțin grave decât le vede el.
rt-minimising-question = Ce am spus care vi se pare minimalizare (minimising) și ce vreți să înțeleg?
# source: Research in Practice, Assessing parental capacity to change (2014) (recognising the problem)
rt-lack-of-insight = Cel care a scris raportul crede că încă nu vedeți sau nu acceptați ce îl îngrijorează ori cum îl afectează asta pe copilul dumneavoastră.
rt-lack-of-insight-question = Ce v-ar arăta că vă înțeleg îngrijorările?
# source: Re L (Care: Threshold Criteria) [2007] 1 FLR 2050 (society must tolerate very diverse standards of parenting); D. W. Winnicott (the "good enough" parent)
rt-good-enough-parenting = Îngrijire care acoperă destul de bine nevoile unui copil. Nu înseamnă îngrijire perfectă. Instanțele au spus că familiile își cresc copiii în multe feluri diferite și că acest lucru este permis.
rt-good-enough-parenting-question = După părerea dumneavoastră, cum ar arăta o îngrijire destul de bună (good enough parenting) pentru copilul meu?
# source: NSPCC Learning, Protecting children from risk and protective factors
rt-protective-factors = Lucruri care ajută la siguranța unui copil, de exemplu un părinte iubitor, o familie care sprijină, o casă sigură sau o școală bună. Spuneți care sunt acestea în familia dumneavoastră.
# source: NSPCC Learning, Risk and protective factors
rt-risk-factors = Lucruri care pot face vătămarea mai probabilă, de exemplu abuzul domestic, consumul de droguri sau alcool ori problemele de sănătate mintală. Un factor de risc nu este o dovadă de vătămare.
# source: Care Inspectorate, Practice guide to chronologies (2017); Working Together to Safeguard Children 2023 (assessments consider history)
rt-chronology = O listă cu evenimentele importante din viața familiei dumneavoastră, în ordinea datelor, făcută de specialiști. Dacă ceva din ea este greșit, spuneți.
# source: Social Care Institute for Excellence; Research in Practice (genograms in assessment)
rt-genogram = Un arbore genealogic desenat de asistentul social. Arată cine face parte din familia dumneavoastră și cum sunt oamenii înrudiți.
# source: A. Hartman, Diagrammatic assessment of family relationships (1978); Research in Practice
rt-ecomap = Un desen care arată persoanele și serviciile din jurul familiei dumneavoastră și cât de puternică este fiecare legătură.
# source: Family Rights Group (family plans); Working Together to Safeguard Children 2023
rt-safety-plan = Plan de siguranță: un plan scris despre ce se va face ca să fie copilul în siguranță și cine o va face. Familia și prietenii pot face parte din el.
# source: CONTENT-FACTS.md second round (written agreements are not court orders but are used as evidence); Family Rights Group
rt-written-agreement = Acord scris: o listă de lucruri pe care serviciile pentru copii vă cer să fiți de acord să le faceți sau să nu le faceți. Nu este o hotărâre a instanței, dar poate fi folosit ca dovadă dacă se ajunge în instanță. Cereți sfaturi înainte să semnați.
# source: Framework for the Assessment of Children in Need and their Families (2000); PAMS (Parent Assessment Manual Software); Good practice guidance on working with parents with a learning disability (2021)
rt-parenting-assessment = O evaluare a felului în care un părinte poate avea grijă de copilul său. PAMS este o astfel de evaluare. Este folosită deseori pentru părinții cu dizabilitate intelectuală (learning disability).
# source: Framework for the Assessment of Children in Need and their Families (2000) (parenting capacity)
rt-parenting-capacity = Cât de bine poate un părinte să acopere nevoile copilului: îngrijirea de bază, siguranța, dragostea, îndrumarea și limitele, stabilitatea.
# source: Research in Practice, Assessing parental capacity to change (2014)
rt-capacity-to-change = Dacă un părinte poate face schimbările de care are nevoie copilul și le poate păstra, în timpul pe care îl are copilul.
rt-capacity-to-change-question = Ce schimbări trebuie să vedeți și până când?
# source: Research in Practice, Assessing parental capacity to change (2014); Children Act 1989 s1(2) (delay)
rt-sustained-change = O schimbare care durează, nu doar câteva săptămâni.
rt-sustained-change-question = Cât timp ar trebui să dureze o schimbare ca să aveți încredere în ea?
# source: Family court practice (segmented hair testing, about 1 cm of growth a month); solicitors' guides for parents
rt-hair-strand-test = Un test pentru droguri sau alcool, făcut pe o bucățică de păr. Părul crește cam 1 cm pe lună, așa că testul poate arăta consumul din ultimele luni.
# source: ordinary meaning; NSPCC Learning (describe caregiver behaviour clearly rather than label it)
rt-chaotic = Cel care a scris raportul crede că viața de acasă este imprevizibilă, fără un program regulat.
rt-chaotic-question = Ce ați văzut care vi se pare haotic (chaotic) și ce ar aduce mai multă liniște?
# source: Working Together to Safeguard Children 2023 (neglect includes failing to protect a child from harm or danger)
rt-failure-to-protect = Cel care a scris raportul crede că un părinte nu a ferit copilul de vătămarea făcută de altcineva.
rt-failure-to-protect-question = Ce credeți că ar fi trebuit să fac și ce m-ar ajuta să-mi protejez copilul acum?
# source: D. Glaser, Emotional abuse and neglect: a conceptual framework (2002) (emotional unavailability)
rt-emotionally-unavailable = Cel care a scris raportul crede că un părinte răspunde rar la sentimentele copilului sau nu observă de ce are nevoie copilul.
rt-emotionally-unavailable-question = Ce ați văzut care vă face să spuneți asta?
# source: Framework for the Assessment of Children in Need and their Families (2000) (housing and home environment)
rt-home-conditions = Starea casei dumneavoastră: dacă este destul de curată, sigură și caldă, cu un pat și mâncare pentru copil.
rt-home-conditions-question = Ce anume trebuie să se schimbe acasă și ce ajutor îmi puteți da?
# source: Framework for the Assessment of Children in Need and their Families (2000) (basic care)
rt-basic-care = Grija pentru nevoile de zi cu zi ale unui copil: mâncare, căldură, curățenie, haine, somn și îngrijire medicală.
# source: Framework for the Assessment of Children in Need and their Families (2000) (guidance and boundaries)
rt-boundaries = Limite: reguli și obiceiuri clare, ca un copil să știe la ce să se aștepte și cum să se poarte.
# source: NICE guideline NG26, Children's attachment
rt-attachment = Atașamentul: legătura dintre un copil și persoanele care au grijă de el. Un atașament sigur (secure attachment) îl ajută pe copil să se simtă în siguranță.
# source: Public Health Wales, Adverse Childhood Experiences study (2015)
rt-aces = ACEs înseamnă adverse childhood experiences (experiențe grele din copilărie): lucruri foarte stresante din copilărie, de exemplu abuzul sau traiul într-o casă cu abuz domestic. Pot afecta sănătatea mai târziu, dar sprijinul ajută.
# source: Ofsted, In the child's time: professional responses to neglect (2014)
rt-cumulative-harm = Vătămare care se adună în timp din multe lucruri mai mici, nu dintr-un singur eveniment.
# source: Children Act 1989 s1(2) (delay is likely to harm the child's welfare); Ofsted
rt-drift-and-delay = Când un caz durează prea mult fără ca lucrurile să se îmbunătățească sau fără să se ia decizii.
# source: Brandon et al., analyses of serious case reviews for the Department for Education; Skinner et al. (2021), on the weak evidence for the term
rt-toxic-trio = O expresie pentru abuz domestic, consum de droguri sau alcool și probleme de sănătate mintală, când apar împreună. Cercetătorii au spus că expresia este prea simplă.
rt-toxic-trio-question = La ce îngrijorări vă referiți și ce ajutor puteți oferi pentru fiecare?
# source: Domestic Abuse Act 2021 ss1, 3 (a child who sees, hears or experiences it is a victim)
rt-domestic-abuse = DA înseamnă abuz domestic (domestic abuse): abuz între persoane de 16 ani sau mai mult care sunt parteneri, foști parteneri sau rude. Poate fi fizic, sexual, emoțional, prin control sau legat de bani. Copiii care îl văd sau îl aud sunt și ei victime.
# source: Domestic Abuse Act 2021 s1; Home Office
rt-domestic-violence = DV înseamnă violență domestică (domestic violence): numele mai vechi pentru abuzul domestic.
# source: Serious Crime Act 2015 s76
rt-coercive-control = Control coercitiv: un tipar de comportament prin care cineva controlează sau sperie un partener sau o rudă, ori îl ține departe de ceilalți. De exemplu, îl supraveghează sau îi controlează banii ori oamenii cu care se vede. Este o infracțiune.
# source: NHS (drug and alcohol addiction); Framework for the Assessment of Children in Need and their Families (2000)
rt-substance-misuse = Consumul de droguri sau alcool într-un fel care vă dăunează dumneavoastră sau altora.
# source: Working Together to Safeguard Children 2023 (assessments consider history)
rt-historical-concerns = Îngrijorări din trecut, uneori de acum câțiva ani.
rt-historical-concerns-question = Ce legătură au aceste îngrijorări din trecut cu copilul meu de azi?
# source: SafeLives (working with families affected by domestic abuse)
rt-collusion = Cel care a scris raportul crede că un părinte ține partea cuiva care provoacă vătămare sau că ajută la ascunderea ei.
rt-collusion-question = Ce am făcut care vi se pare complicitate (colluding)?
# source: Domestic Abuse Act 2021; Working Together to Safeguard Children 2023
rt-perpetrator = Persoana care a provocat vătămarea sau despre care se spune că a provocat-o (alleged, adică presupus).
rt-perpetrator-question = Pe ce se bazează asta și s-a dovedit?
# source: Respect (accredited domestic abuse perpetrator programmes)
rt-perpetrator-programme = Un curs pentru persoanele care au fost abuzive cu un partener, ca să le ajute să-și schimbe comportamentul.
# source: Working Together to Safeguard Children 2023 (observing the child)
rt-presentation = Cum i se pare specialistului un copil sau un părinte: cum arată, cum se poartă și cum vorbește.
# source: Children Act 1989 s1(3)(a), s17(4A), s47(5A)
rt-wishes-and-feelings = Ce vrea copilul și ce simte. Legea spune că specialiștii trebuie să țină cont de acestea.
# source: Working Together to Safeguard Children 2023 (child-centred practice); Wales Safeguarding Procedures ("llais y plentyn")
rt-voice-of-the-child = Vocea copilului: ce spune, arată sau simte copilul, scris în raport ca să fie auzit.
# source: Working Together to Safeguard Children 2023 (children's lived experiences)
rt-lived-experience = Cum este viața de zi cu zi pentru copilul dumneavoastră, așa cum o trăiește el.
# source: A. Turnell and S. Edwards, Signs of Safety (1999); used by many councils
rt-signs-of-safety = Un mod de lucru pe care îl folosesc multe consilii locale. Întreabă ce merge bine, care sunt îngrijorările și ce trebuie să se întâmple.
