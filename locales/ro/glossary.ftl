# Glosarul: cuvintele folosite în ghid și ce înseamnă, în limba română.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# The glossary. Each term has a name (term-<id>) and a meaning of one or two short
# sentences (term-<id>-meaning). The ids are anchors on /glossary/: never rename one.

glossary-title = Cuvinte folosite în acest ghid
glossary-intro = Ce înseamnă cuvintele pe care le folosesc asistenții sociali și oamenii de la ședințe.

term-advocate = Susținător independent (Advocate)
term-advocate-meaning = O persoană care vă ajută să spuneți ce gândiți și are grijă ca vocea dumneavoastră să fie auzită. Susținătorul este de partea dumneavoastră. Nu lucrează pentru serviciile pentru copii.
term-assessment = Evaluare (Assessment)
term-assessment-meaning = Un asistent social află care sunt nevoile copilului dumneavoastră și cum trăiește familia. Vorbește cu dumneavoastră, cu copilul și cu alte persoane. Apoi scrie ce a aflat.
term-care-and-support-plan = Plan de îngrijire și sprijin (Care and support plan)
term-care-and-support-plan-meaning = În Țara Galilor, un plan de ajutor și sprijin pentru un copil și familia lui. Se folosește când nu există un plan de îngrijire, sprijin și protecție.
term-care-and-support-protection-plan = Plan de îngrijire, sprijin și protecție (Care and support protection plan)
term-care-and-support-protection-plan-meaning = În Țara Galilor, planul făcut după o conferință de protecție a copilului, ca să fie copilul în siguranță.
term-category-of-harm = Categorie de vătămare (Category of harm)
term-category-of-harm-meaning = Felul principal de rău care îngrijorează conferința, de exemplu neglijarea sau abuzul fizic. Fiecare plan numește una sau mai multe categorii.
term-chair = Președinte al conferinței (Chair)
term-chair-meaning = Persoana care conduce conferința. Este un asistent social cu experiență. Lucrează pentru consiliul local, dar nu se ocupă de cazul copilului dumneavoastră.
term-child-in-need-plan = Plan pentru copil aflat în nevoie (Child in Need plan)
term-child-in-need-plan-meaning = În Anglia, un plan de ajutor și sprijin pentru un copil și familia lui. Se folosește când nu există un plan de protecție a copilului.
term-child-protection-conference = Conferință de protecție a copilului (Child protection conference)
term-child-protection-conference-meaning = O ședință organizată de serviciile pentru copii când sunt foarte îngrijorate că un copil este vătămat sau ar putea fi vătămat. Prima se numește conferința inițială (initial conference). Următoarele se numesc conferințe de revizuire (review conferences).
term-child-protection-plan = Plan de protecție a copilului (Child protection plan)
term-child-protection-plan-meaning = Planul făcut pentru ca un copil să fie în siguranță. Conferința face un plan în linii mari. Apoi grupul de bază îl transformă într-un plan detaliat.
term-child-protection-register = Registru de protecție a copilului (Child protection register)
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (confidential, not a criminal record) (content review L12)
term-child-protection-register-meaning = În Țara Galilor, o listă cu copiii care au un plan de îngrijire, sprijin și protecție. Este confidențială: doar specialiștii o pot verifica. Nu este cazier judiciar. Anglia nu mai folosește un registru din 2008.
term-childrens-services = Servicii pentru copii (Children's services)
term-childrens-services-meaning = Partea din consiliul local care lucrează cu copiii și familiile. Uneori se numește „social services” (servicii sociale).
term-contingency-plan = Plan de rezervă (Contingency plan)
term-contingency-plan-meaning = Un plan pentru ce se va întâmpla dacă planul principal nu merge.
term-core-group = Grup de bază (Core group)
term-core-group-meaning = { $nation ->
        [wales] Un grup mic de specialiști și membri ai familiei care pun în practică planul de îngrijire, sprijin și protecție. De obicei, faceți și dumneavoastră parte din el.
       *[england] Un grup mic de specialiști și membri ai familiei care pun în practică planul de protecție a copilului. De obicei, faceți și dumneavoastră parte din el.
    }
term-family-group-conference = Întâlnire a familiei (Family group conference)
term-family-group-conference-meaning = O întâlnire în care familia și prietenii dumneavoastră fac propriul lor plan, ca să vă ajute să vă țineți copilul în siguranță. Puteți cere serviciilor pentru copii o astfel de întâlnire.
term-health-visitor = Asistentă medicală pentru familie (Health visitor)
term-health-visitor-meaning = O asistentă medicală care ajută familiile cu copii sub 5 ani.
term-lead-social-worker = Asistent social principal (Lead social worker)
term-lead-social-worker-meaning = Asistentul social care se ocupă de planul copilului dumneavoastră. Se mai poate numi „key worker” sau „lead practitioner”.
term-legal-aid = Ajutor juridic de la stat (Legal aid)
term-legal-aid-meaning = Ajutor de la stat ca să plătiți un avocat. La început, depinde de veniturile dumneavoastră. Când primiți o scrisoare înainte de proces, este gratuit, oricât de mari ar fi veniturile dumneavoastră. Este gratuit și pentru un proces în instanță.
term-legal-planning-meeting = Întâlnire de planificare juridică (Legal planning meeting)
term-legal-planning-meeting-meaning = O întâlnire în care serviciile pentru copii cer sfatul unui jurist: să meargă sau nu în instanță.
term-letter-before-proceedings = Scrisoare înainte de proces (Letter before proceedings)
term-letter-before-proceedings-meaning = O scrisoare de la serviciile pentru copii. Spune că se gândesc să meargă în instanță și ce puteți face ca să nu se ajungă acolo. Duceți-o imediat la un avocat specializat în cauze cu copii.
term-letter-of-issue = Scrisoare de începere a procesului (Letter of issue)
term-letter-of-issue-meaning = O scrisoare de la serviciile pentru copii care spune că merg în instanță. Duceți-o imediat la un avocat specializat în cauze cu copii.
term-minutes = Proces-verbal (Minutes)
term-minutes-meaning = Notițele scrise ale unei ședințe. Ar trebui să primiți o copie.
term-ombudsman = Ombudsman (organism independent pentru plângeri)
term-ombudsman-meaning = Un serviciu independent care analizează plângerile despre consiliile locale. Verifică ce a făcut consiliul, nu decizia conferinței.
term-parental-responsibility = Răspundere părintească (Parental responsibility)
term-parental-responsibility-meaning = Drepturile și datoriile pe care un părinte le are față de copilul său. Un plan de protecție a copilului nu vă ia această răspundere.
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
term-plo = PLO (Public Law Outline)
term-plo-meaning = Regulile pe care le urmează consiliile locale înainte să meargă în instanță în legătură cu un copil. Această etapă începe cu o scrisoare înainte de proces. Scrisoarea vă invită la o întâlnire, împreună cu avocatul dumneavoastră.
term-pre-birth-conference = Conferință înainte de naștere (Pre-birth conference)
term-pre-birth-conference-meaning = O conferință de protecție a copilului care are loc înainte să se nască bebelușul.
term-review-conference = Conferință de revizuire (Review conference)
term-review-conference-meaning = O conferință care verifică cum merge un plan de protecție a copilului. Prima are loc în cel mult 3 luni. Apoi are loc cel puțin o dată la 6 luni.
term-section-47-enquiries = Verificări prevăzute de Secțiunea 47 (Section 47 enquiries)
term-section-47-enquiries-meaning = Verificările pe care le fac serviciile pentru copii când cred că un copil ar putea fi în pericol de vătămare gravă. Numele vine de la secțiunea 47 din legea Children Act 1989.
term-significant-harm = Vătămare gravă (Significant harm)
term-significant-harm-meaning = Un rău destul de mare încât să afecteze sănătatea sau dezvoltarea unui copil. De asta se îngrijorează o conferință de protecție a copilului.
term-strategy-discussion = Discuție de strategie (Strategy discussion)
term-strategy-discussion-meaning = O discuție despre îngrijorări între serviciile pentru copii, poliție și alții. Are loc înainte de conferință.
term-working-day = Zi lucrătoare (Working day)
term-working-day-meaning = De luni până vineri, fără sărbătorile legale.
