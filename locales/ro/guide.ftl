# Ghidul: cele cinci pagini cu etapele, în limba română.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Plain Romanian, reading age about 9 to 11. Every message receives $nation ("england" or
# "wales"); where the nations differ, a selector chooses the words. Glossary terms are marked
# [[term-id|words shown]]: keep the id, translate the words.

## Before the conference

before-what-heading = Ce este o conferință de protecție a copilului (child protection conference)?
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-meeting = Este o ședință despre siguranța copilului dumneavoastră. O organizează [[childrens-services|serviciile pentru copii]] (children's services) când sunt foarte îngrijorate pentru copilul dumneavoastră. Ele cred că copilul dumneavoastră este vătămat sau că ar putea fi vătămat. Asta se numește [[significant-harm|vătămare gravă]] (significant harm).
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Wales: Wales Safeguarding Procedures (public)
before-what-harm = { $nation ->
        [wales] Îngrijorarea poate fi despre abuz fizic, abuz sexual, abuz emoțional sau psihologic, abuz financiar sau neglijare.
       *[england] Îngrijorarea poate fi despre abuz fizic, abuz sexual, abuz emoțional sau neglijare.
    }
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-not-court = Ședința nu este o instanță de judecată. Ea hotărăște dacă copilul dumneavoastră are nevoie de un { $nation ->
        [wales] [[care-and-support-protection-plan|plan de îngrijire, sprijin și protecție]] (care and support protection plan).
       *[england] [[child-protection-plan|plan de protecție a copilului]] (child protection plan).
    }
# source: public (Family Rights Group glossary)
before-what-pre-birth = O conferință poate avea loc și înainte să se nască un bebeluș. Aceasta este o [[pre-birth-conference|conferință înainte de naștere]] (pre-birth conference).

before-when-heading = Când va avea loc?
# source: England: Working Together to Safeguard Children; Wales: Wales Safeguarding Procedures (public)
before-when-timing = { $nation ->
        [wales] Prima conferință are loc de obicei în cel mult 15 [[working-day|zile lucrătoare]] după ultima [[strategy-discussion|discuție de strategie]] (strategy discussion).
       *[england] Prima conferință are loc de obicei în cel mult 15 [[working-day|zile lucrătoare]] după [[strategy-discussion|discuția de strategie]] (strategy discussion).
    } În această discuție, specialiștii vorbesc despre îngrijorări și hotărăsc ce să facă.
before-when-cannot-go = Dacă nu puteți veni la ora stabilită, spuneți-i cât mai repede asistentului social (social worker).

before-who-heading = Cine va fi acolo?
# source: 003_23392368096e3b46.txt; chair: 001_ae30d34ab232a286.txt
# source: Working Together to Safeguard Children 2023 (the chair is independent of the case, usually employed by the council) (content review L3)
before-who-chair = Ședința este condusă de un [[chair|președinte independent]] (chair). Președintele este un asistent social cu experiență, care lucrează pentru consiliul local. Nu se ocupă de cazul copilului dumneavoastră și nu a lucrat cu familia dumneavoastră.
before-who-list-intro = Alte persoane care ar putea fi acolo:
before-who-you = dumneavoastră și, dacă doriți, o persoană care să vă sprijine
before-who-social-worker = asistentul social al copilului dumneavoastră și poate șeful acestuia
before-who-gp = medicul dumneavoastră de familie (GP)
before-who-health-visitor = o [[health-visitor|asistentă medicală pentru familie]] (health visitor), dacă copilul dumneavoastră are sub 5 ani
before-who-teacher = un profesor de la școala copilului dumneavoastră
before-who-police = un polițist care lucrează în protecția copilului
before-who-paediatrician = un pediatru din comunitate (community paediatrician), adică un medic pentru copii
before-who-minute-taker = o persoană care ia notițe (minute taker) și scrie ce se spune
# source: 003_23392368096e3b46.txt
# source: content review L15 (jobs explained)
before-who-others = Pot veni și alte persoane. De exemplu, personal de la spital. Poate veni un consilier de probațiune (probation officer), care supraveghează persoane după un proces. Poate veni și o persoană care se ocupă de prezența copiilor la școală (education welfare officer).
# source: 003_23392368096e3b46.txt (the need-to-know rule binds the professionals); content review M4 (a parent may show their own adviser)
before-who-confidential = Specialiștii pot spune ce aud doar colegilor care au nevoie să știe. Dumneavoastră puteți arăta rapoartele și procesul-verbal avocatului sau susținătorului dumneavoastră independent (advocate).

before-rights-heading = Ce puteți face
# source: 003_23392368096e3b46.txt
before-rights-go = Încercați să veniți, dacă puteți. Dumneavoastră vă cunoașteți copilul cel mai bine, iar părerea dumneavoastră contează.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (the two differ on what a solicitor may do)
# source: Family Rights Group (parent advocacy; content review L9)
before-rights-supporter = Puteți veni cu un prieten, o rudă, un avocat (solicitor) sau un susținător independent (advocate). Întrebați dacă în zona dumneavoastră există susținători pentru părinți. Spuneți-i asistentului social, înainte de ziua ședinței, cine vine.
before-rights-solicitor = Un avocat vă poate da sfaturi înainte și după ședință. În multe zone, avocatul nu are voie să vorbească în ședință. Întrebați-l pe președinte ce are voie să facă persoana care vă sprijină sau avocatul dumneavoastră.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (Legal Help is means-tested until a letter before proceedings); Family Rights Group "Working with a solicitor" (content review M1)
before-rights-legal-aid = Înainte de orice scrisoare despre instanță, ajutorul juridic de la stat (legal aid) depinde de veniturile dumneavoastră. Aceasta se numește verificarea veniturilor (means test). Dacă primiți anumite ajutoare sociale (benefits), de obicei vi se cuvine. Întrebați avocatul când sunați.
# source: Family Rights Group; local procedures on police information at conferences (e.g. Greater Manchester "Guidance on the Use, Recording, Dissemination and Handling of Police Information") (content review M10)
before-rights-police = Poate că poliția cercetează ce s-a întâmplat. Dacă da, poliția aude ce spuneți, iar cuvintele dumneavoastră intră în procesul-verbal. Înainte de ședință, vorbiți cu un avocat despre ce să spuneți.
# source: Wales Safeguarding Procedures (public)
# source: Wales Safeguarding Procedures s3 pt2 (conference in Welsh; minutes in the chosen language) (content review L13)
before-rights-interpreter = { $nation ->
        [wales] Dacă aveți nevoie de un interpret, cereți unul. Puteți cere ca ședința și procesul-verbal să fie în limba galeză. Puteți întreba și dacă primiți ajutor pentru drum sau pentru îngrijirea copiilor.
       *[england] Dacă aveți nevoie de un interpret, cereți unul. Puteți întreba și dacă primiți ajutor pentru drum sau pentru îngrijirea copiilor.
    }
# source: Wales Safeguarding Procedures s3 pt2 (separate attendance); 003_23392368096e3b46.txt (attendance that may put people in danger) (content review M9)
before-rights-safety = Nu vă simțiți în siguranță în aceeași cameră cu o anumită persoană? Spuneți-i asistentului social sau președintelui înainte de ziua ședinței. Ei pot aranja să participați separat.
# source: 003_23392368096e3b46.txt
before-rights-asked-not-to-come = Uneori, unui părinte i se cere să nu vină. Asta se poate întâmpla dacă prezența lui ar putea pune pe cineva în pericol. Președintele hotărăște cine vine. Părerea dumneavoastră ar trebui totuși să fie ascultată.

before-reports-heading = Rapoarte
# source: 003_23392368096e3b46.txt, 001_ae30d34ab232a286.txt (areas differ on timing)
before-reports-share = Asistentul social trebuie să vă dea raportul său înainte de ședință. Cu cât timp înainte depinde de zona în care locuiți. Pot fi 5 zile lucrătoare, sau doar 2 sau 3 zile. Raportul poate fi adus de cineva sau poate veni prin poștă.
before-reports-every = Ar trebui să vedeți raportul fiecărui specialist. Puteți păstra câte o copie.
before-reports-wrong = Dacă ceva dintr-un raport este greșit, spuneți-i asistentului social. Spuneți-i și președintelui.
# source: 003_23392368096e3b46.txt; ideas: public (parent advocacy tips)
before-reports-your-own = Puteți scrie propriul raport pentru conferință. Oricine vă poate ajuta să-l scrieți. Ați putea scrie despre:
before-reports-idea-going-well = ce merge bine în familia dumneavoastră
before-reports-idea-worries = ce vă îngrijorează
before-reports-idea-help = ce v-ar ajuta pe dumneavoastră și pe copilul dumneavoastră

before-children-heading = Copilul dumneavoastră la ședință
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
before-children-attend = Copilul dumneavoastră poate veni la ședință, dacă este bine pentru el. Deseori, asta se întâmplă de pe la 10 sau 12 ani, dar diferă de la o zonă la alta. Asistentul social îl ajută să se pregătească.
before-children-childcare = Este mai bine să nu aduceți copii mici. Dacă aveți nevoie de ajutor cu îngrijirea copiilor, întrebați asistentul social.

before-day-heading = În ziua ședinței
# source: 003_23392368096e3b46.txt
before-day-early = Veniți cu aproximativ 15 minute mai devreme. De obicei, președintele se întâlnește mai întâi cu dumneavoastră, ca să vă explice ce se va întâmpla.
before-day-break = Puteți cere o pauză scurtă oricând în timpul ședinței.

## During the conference

during-start-heading = Cum începe ședința
# source: 003_23392368096e3b46.txt
during-start-chair = Președintele le cere tuturor să spună cine sunt. Apoi explică de ce are loc ședința.
during-start-share = Fiecare persoană spune ce știe despre copilul și familia dumneavoastră. Veți avea și dumneavoastră ocazia să spuneți ce știți și ce credeți.

during-happens-heading = Ce se întâmplă în ședință
# source: 003_23392368096e3b46.txt
during-happens-minutes = O persoană ia notițe în timpul ședinței. Aceste notițe se numesc [[minutes|proces-verbal]] (minutes). Veți primi o copie mai târziu.
# source: Wales Safeguarding Procedures s3 pt2 ("decision-making process": the practitioners decide, taking the family's views into account); 003_23392368096e3b46.txt (the final decision rests with the chair) (content review M3)
during-happens-decide = Specialiștii hotărăsc, după ce v-au ascultat părerea. Dacă ei nu sunt de acord între ei, hotărăște președintele. Puteți cere ca dezacordul dumneavoastră să fie scris în procesul-verbal.
# source: Wales Safeguarding Procedures s3 pt2 ("Post conference": corrections to the chair within 10 working days of receiving the minutes; dissent recorded); England: local procedures (e.g. Tees: accuracy taken up with the chair) (content review M11)
during-happens-check-minutes = { $nation ->
        [wales] Citiți procesul-verbal când îl primiți. Dacă ceva este greșit, scrieți-i președintelui. Cereți să fie corectat sau să fie adăugată părerea dumneavoastră. Faceți asta în cel mult 10 zile lucrătoare de când îl primiți.
       *[england] Citiți procesul-verbal când îl primiți. Dacă ceva este greșit, scrieți-i președintelui. Cereți să fie corectat sau să fie adăugată părerea dumneavoastră. Întrebați-l pe președinte cât timp aveți pentru asta.
    }
during-happens-break = Dacă vă este greu, puteți cere o pauză scurtă.

during-decisions-heading = Ce se poate hotărî
# source: 003_23392368096e3b46.txt
during-decisions-intro = Conferința poate hotărî:
during-decisions-no-action = că nu mai trebuie făcut nimic
during-decisions-support = { $nation ->
        [wales] că familia dumneavoastră primește ajutor și sprijin printr-un [[care-and-support-plan|plan de îngrijire și sprijin]] (care and support plan)
       *[england] că familia dumneavoastră primește ajutor și sprijin printr-un [[child-in-need-plan|plan pentru copil aflat în nevoie]] (Child in Need plan)
    }
during-decisions-plan = { $nation ->
        [wales] că copilul dumneavoastră are nevoie de un [[care-and-support-protection-plan|plan de îngrijire, sprijin și protecție]] (care and support protection plan)
       *[england] că copilul dumneavoastră are nevoie de un [[child-protection-plan|plan de protecție a copilului]] (child protection plan)
    }
# source: 003_23392368096e3b46.txt (a decision for each child); Wales Safeguarding Procedures s3 pt2 (one or more categories) (content review L1, L2)
during-decisions-plan-details = Conferința hotărăște separat pentru fiecare copil care locuiește cu dumneavoastră. Un plan numește una sau mai multe [[category-of-harm|categorii de vătămare]] (category of harm). { $nation ->
        [wales] Categoriile sunt: abuz fizic, abuz sexual, abuz emoțional sau psihologic, abuz financiar și neglijare.
       *[england] Categoriile sunt: abuz fizic, abuz sexual, abuz emoțional și neglijare.
    }
# source: 003_23392368096e3b46.txt; Wales: 004_cdfde2f55ea0fb42.txt
during-decisions-core-group = { $nation ->
        [wales] Conferința numește asistentul social care va coordona planul. Tot ea hotărăște cine face parte din [[core-group|grupul de bază]] (core group).
       *[england] Conferința numește un [[lead-social-worker|asistent social principal]] (lead social worker). Tot ea hotărăște cine face parte din [[core-group|grupul de bază]] (core group).
    }
# source: 004_cdfde2f55ea0fb42.txt
# source: Wales Safeguarding Procedures s3 pt2 ("The Child Protection Register": only when a care and support protection plan is made; confidential) (content review M2)
during-decisions-register = Copilul dumneavoastră ar putea avea nevoie de un [[care-and-support-protection-plan|plan de îngrijire, sprijin și protecție]] (care and support protection plan). Dacă da, numele lui este trecut și în [[child-protection-register|registrul de protecție a copilului]] (child protection register). Aceasta este o listă confidențială. Doar specialiștii o pot verifica.
# source: CONTENT-FACTS.md section 2 (England has had no register since 2008)
during-decisions-no-register = Din 2008, în Anglia nu mai există un registru de protecție a copilului. În schimb, oamenii spun că copilul dumneavoastră „is subject to a child protection plan”, adică are un plan de protecție a copilului.
# source: 003_23392368096e3b46.txt
during-decisions-not-removal = Conferința nu vă poate lua copilul. Poate spune că serviciile pentru copii ar trebui să ceară sfaturi juridice.
# source: Children Act 1989 ss31, 44, 46 (only a court orders removal without agreement; police protection for up to 72 hours); these apply in Wales too (content review M5)
during-decisions-court-only = Doar o instanță poate hotărî ca un copil să locuiască în altă parte fără acordul dumneavoastră. În caz de urgență, poate interveni și poliția, pentru cel mult 72 de ore.
# source: England: Children Act 1989 s20(7)-(8); Wales: Social Services and Well-being (Wales) Act 2014 s76 and the NSPCC Wales summary (a parent can require the child's return at any stage) (content review M5)
during-decisions-living-elsewhere = { $nation ->
        [wales] Vi se poate cere să fiți de acord ca copilul dumneavoastră să locuiască la altcineva. Acest lucru se numește adesea „section 76” (secțiunea 76). Este alegerea dumneavoastră și puteți pune capăt oricând. Cereți sfatul unui avocat înainte să fiți de acord.
       *[england] Vi se poate cere să fiți de acord ca copilul dumneavoastră să locuiască la altcineva. Acest lucru se numește adesea „section 20” (secțiunea 20). Este alegerea dumneavoastră și puteți pune capăt oricând. Cereți sfatul unui avocat înainte să fiți de acord.
    }
# source: Family Rights Group guidance on written agreements (not court orders; can be used as evidence) (content review M5)
during-decisions-agreements = Vi se poate cere și să semnați un acord scris (written agreement) sau un plan de siguranță (safety plan). Nu este o hotărâre a instanței, dar poate fi folosit mai târziu ca dovadă. Vorbiți cu un avocat înainte să semnați.
# source: public (council guidance)
during-decisions-responsibility = Chiar dacă aveți un plan, nu pierdeți [[parental-responsibility|răspunderea părintească]] (parental responsibility).

during-leave-heading = Înainte să plecați
# source: 004_cdfde2f55ea0fb42.txt
# source: 004_cdfde2f55ea0fb42.txt (a Wales duty); England: good practice (content review L7)
during-leave-intro = { $nation ->
        [wales] La final, președintele trebuie să se asigure că înțelegeți clar:
       *[england] La final, președintele ar trebui să se asigure că înțelegeți clar:
    }
during-leave-evidence = dovezile că copilul dumneavoastră a fost vătămat sau că ar putea fi vătămat
during-leave-change = ce trebuie să se schimbe
during-leave-expected = ce se așteaptă să faceți dumneavoastră
during-leave-ask = Dacă ceva nu este clar, întrebați. Îi puteți cere președintelui să vă explice din nou.

## The core group

core-group-what-heading = Ce este grupul de bază?
# source: 000_1e1dbaff73eac1a8.txt, 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-what-group = Dacă copilul dumneavoastră are un plan, un grup mai mic se întâlnește ca să-l pună în practică. Acesta este [[core-group|grupul de bază]] (core group). Întâlnirile lui sunt mai puțin oficiale decât conferința.
core-group-what-members = Din grup fac parte specialiștii care lucrează cel mai mult cu copilul dumneavoastră. De exemplu: asistentul social, o asistentă medicală pentru familie, un profesor, o educatoare de la creșă sau o asistentă medicală de la școală. Fac parte și membri importanți ai familiei. De obicei, faceți și dumneavoastră parte din grup.

core-group-when-heading = Când se întâlnește?
# source: 004_cdfde2f55ea0fb42.txt (10 working days); organiser: 000_1e1dbaff73eac1a8.txt
core-group-when-first = { $nation ->
        [wales] Prima întâlnire are loc în cel mult 10 [[working-day|zile lucrătoare]] după conferință. O organizează asistentul social.
       *[england] Prima întâlnire are loc în cel mult 10 [[working-day|zile lucrătoare]] după conferință. O organizează [[lead-social-worker|asistentul social principal]] (lead social worker).
    }
# source: Wales: 004_cdfde2f55ea0fb42.txt; England: no national rule (CONTENT-FACTS.md section 3)
core-group-when-regular = { $nation ->
        [wales] După aceea, grupul se întâlnește cel puțin o dată la 6 săptămâni. Deseori se întâlnește în fiecare lună.
       *[england] După aceea, grupul se întâlnește regulat. Nu există o regulă pentru toată țara despre cât de des. În multe zone, este o dată la 4 până la 6 săptămâni, așa că întrebați.
    }

core-group-plan-heading = Cum se face planul
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt, 004_cdfde2f55ea0fb42.txt
core-group-plan-outline = Conferința a făcut un plan în linii mari. Grupul de bază îl transformă într-un plan complet, cu toate detaliile.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-plan-says = Planul spune:
core-group-plan-social-worker = cine este asistentul dumneavoastră social
core-group-plan-needs = de ce are nevoie copilul dumneavoastră și cum vor fi acoperite aceste nevoi
core-group-plan-actions = ce se va face pentru ca copilul dumneavoastră să fie mai în siguranță
core-group-plan-who = cine face fiecare lucru: atât dumneavoastră, cât și specialiștii
core-group-plan-when = până când ar trebui făcut fiecare lucru
# source: 000_1e1dbaff73eac1a8.txt
core-group-plan-examples-intro = Fiecare ar trebui să plece știind ce va face și până când. De exemplu:
core-group-plan-example-dentist = dumneavoastră vă duceți copilul la dentist în cel mult o lună
core-group-plan-example-school = școala oferă activități după ore de două ori pe săptămână
core-group-plan-example-housing = funcționarul pentru locuințe se ocupă ca apartamentul să fie reparat în cel mult două săptămâni

core-group-helps-heading = Ce vă poate ajuta
# source: 000_1e1dbaff73eac1a8.txt
core-group-helps-read = Citiți ce a hotărât conferința înainte de prima întâlnire.
core-group-helps-questions = Scrieți-vă întrebările pe hârtie și luați-le cu dumneavoastră.
core-group-helps-views = Asigurați-vă că ceilalți înțeleg ce părere aveți despre plan.
core-group-helps-support = Propuneți sprijinul care ar ajuta familia dumneavoastră.
core-group-helps-family = Implicați de la început și restul familiei.
core-group-helps-fgc = Cereți o [[family-group-conference|întâlnire a familiei]] (family group conference).

core-group-visits-heading = Vizite și evaluare
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
core-group-visits-often = Asistentul social vă va vizita regulat. În multe zone, asta înseamnă cel puțin o dată la 10 zile lucrătoare, dar diferă de la o zonă la alta. Unele vizite pot avea loc fără să fie anunțate dinainte.
core-group-visits-see = Asistentul social va vorbi cu copilul dumneavoastră fără să fiți și dumneavoastră de față. Se va uita și prin casă, inclusiv acolo unde doarme copilul.
# source: 003_23392368096e3b46.txt
core-group-visits-assessment = Continuă și [[assessment|evaluarea]] (assessment) nevoilor copilului dumneavoastră. Ar trebui să vi se arate și dumneavoastră.
# source: Working Together to Safeguard Children 2023 (an assessment within 45 working days of the referral) (content review L8)
core-group-visits-assessment-england = În Anglia, evaluarea ar trebui terminată în cel mult 45 de zile lucrătoare de la sesizare (referral). Termenul începe când serviciile pentru copii au aflat prima dată de îngrijorare.
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-assessment-wales = În Țara Galilor, evaluarea trebuie terminată în cel mult 42 de zile lucrătoare. Termenul începe când încep [[section-47-enquiries|verificările prevăzute de Secțiunea 47]] (section 47 enquiries).
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-contingency = Grupul poate face și un [[contingency-plan|plan de rezervă]] (contingency plan). Acesta spune ce se va întâmpla dacă planul nu merge.

## The review conference

review-when-heading = Când are loc?
# source: 000, 001, 002, 003, 004 (all agree)
review-when-timing = Prima [[review-conference|conferință de revizuire]] (review conference) are loc în cel mult 3 luni după prima conferință. După aceea, are loc o revizuire cel puțin o dată la 6 luni, cât timp durează planul.
review-when-early = Se poate face o revizuire mai devreme, dacă planul nu merge.
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-when-who = De obicei, o conduce același președinte și vin mulți dintre aceiași specialiști. Veți primi și dumneavoastră o invitație.

review-looks-heading = Ce verifică
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-looks-intro = Revizuirea verifică:
review-looks-plan = cât de bine merge planul
review-looks-working-together = cum lucrați împreună dumneavoastră și specialiștii
review-looks-worries = dacă mai există îngrijorări serioase pentru copilul dumneavoastră
review-looks-reports = Specialiștii scriu rapoarte înainte de revizuire. Ei spun ce s-a îmbunătățit și ce îi mai îngrijorează.

review-ready-heading = Cum vă pregătiți
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-ready-changes = Gândiți-vă ce s-a schimbat în familia dumneavoastră de la ultima conferință. Gândiți-vă ce a schimbat asta pentru copilul dumneavoastră. Puteți să le scrieți și să le luați cu dumneavoastră.

review-outcome-means = Ce înseamnă
review-outcome-feel = Cum v-ați putea simți
review-outcome-do = Ce să faceți acum

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-ends-heading = Rezultatul 1: planul se încheie
review-ends-means = Conferința hotărăște că copilul dumneavoastră nu mai este în pericol de vătămare gravă. Planul se încheie.
review-ends-feel = Mulți părinți simt ușurare. Unii se tem și că vor pierde ajutorul pe care l-au avut.
review-ends-do = { $nation ->
        [wales] Gândiți-vă dacă mai vreți ajutor. Un [[care-and-support-plan|plan de îngrijire și sprijin]] (care and support plan) poate stabili ce sprijin primește familia dumneavoastră.
       *[england] Gândiți-vă dacă mai vreți ajutor. Un [[child-in-need-plan|plan pentru copil aflat în nevoie]] (Child in Need plan) poate stabili ce sprijin primește familia dumneavoastră.
    } Sprijinul nu ar trebui să depindă de faptul că copilul dumneavoastră este în pericol.

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-continues-heading = Rezultatul 2: planul continuă
review-continues-means = Conferința hotărăște că copilul dumneavoastră este încă în pericol. Planul rămâne și s-ar putea schimba.
review-continues-feel = Poate fi greu, mai ales dacă ați muncit mult pentru plan. Este în regulă să spuneți cum vă simțiți.
review-continues-do = Spuneți ce credeți despre orice schimbare din plan. Următoarea revizuire va fi în cel mult 6 luni. Poate avea loc și o [[legal-planning-meeting|întâlnire de planificare juridică]] (legal planning meeting).

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-legal-heading = Rezultatul 3: îngrijorările serioase rămân
review-legal-means = Dacă încă există îngrijorări serioase, serviciile pentru copii țin o întâlnire de planificare juridică. Acolo primesc sfaturi juridice. Pot oferi mai mult sprijin sau pot face o cerere la instanță.
# source: Children Act 1989 ss44, 46; Practice Direction 12A (Public Law Outline): legal steps are not tied to a review (content review M5)
review-legal-any-time = Serviciile pentru copii pot cere sfaturi juridice oricând, nu doar după o conferință de revizuire.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (free once a letter arrives, not before) (content review M1)
review-legal-feel = Poate să vă sperie. Nu trebuie să treceți prin asta fără ajutor. Liniile de consiliere gratuită vă pot ajuta chiar acum. Dacă primiți o scrisoare, ajutorul juridic este gratuit.
review-legal-letters = Serviciile pentru copii ar trebui să vă scrie. Există două feluri de scrisori:
# source: Practice Direction 12A (Public Law Outline); Family Rights Group "What happens at a pre-proceedings meeting" (content review M6)
review-legal-letter-before = O [[letter-before-proceedings|scrisoare înainte de proces]] (letter before proceedings) spune ce puteți face ca să nu se ajungă în instanță. Adesea i se spune „scrisoare PLO” (PLO letter).
review-legal-letter-issue = O [[letter-of-issue|scrisoare de începere a procesului]] (letter of issue) spune că ei merg în instanță.
review-legal-solicitor = Dacă primiți oricare dintre aceste scrisori, mergeți imediat la un avocat (solicitor) specializat în cauze cu copii. Luați scrisoarea cu dumneavoastră.
# source: Practice Direction 12A (Public Law Outline): the letter before proceedings invites the parent to a pre-proceedings meeting; Family Rights Group (content review M6)
review-legal-plo = PLO înseamnă [[plo|Public Law Outline]] (regulile pentru etapa dinaintea procesului). Scrisoarea vă invită la o întâlnire, numită adesea întâlnire PLO. Mergeți împreună cu avocatul dumneavoastră.
# source: public (Family Rights Group A-Z "Legal aid"; legal aid regulations for this stage)
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (content review M1)
review-legal-aid = Când primiți o scrisoare înainte de proces, ajutorul juridic este gratuit, oricât de mari ar fi veniturile dumneavoastră. Acesta este [[legal-aid|ajutorul juridic de la stat]] (legal aid). Acoperă sfaturi, scrisori și discuții cu consiliul local. Acoperă și un avocat la întâlnirea care urmează. Mergeți direct la un avocat care lucrează cu ajutor juridic de la stat și care este specializat în cauze cu copii. Nu așteptați o verificare a veniturilor (means test).
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (care proceedings: free whatever the income or merits); Family Rights Group "Working with a solicitor" (content review M1)
review-legal-court-aid = Dacă consiliul local merge în instanță, primiți gratuit ajutor juridic de la stat pentru proces. Veniturile dumneavoastră nu contează.
# source: GOV.UK "Find a legal aid adviser" (find-legal-advice.justice.gov.uk); the Law Society's "Find a Solicitor" (solicitors.lawsociety.org.uk, Children Law Accreditation); Family Rights Group "Working with a solicitor" (content review M6). Web services only: no phone number is given
review-legal-find = Ca să găsiți un avocat, căutați pe GOV.UK „Find a legal aid adviser”. Sau folosiți „Find a Solicitor” de la Law Society (organizația avocaților). Alegeți unul care lucrează cu cauze cu copii. Când sunați, spuneți că aveți o scrisoare despre instanță.

review-guidance-heading = Despre acest ghid
review-guidance = Acesta este un ghid general pentru Anglia și Țara Galilor. Nu este un sfat juridic. Felul în care se lucrează diferă de la o zonă la alta. Întrebați asistentul social sau un avocat.

## Complaints and advice

help-complain-heading = Dacă aveți nemulțumiri legate de conferință
# source: 003_23392368096e3b46.txt
# source: LGSCO fact sheet "Child protection issues" (complain to the chair as soon as possible); Greater Manchester procedure (in writing within 28 days) (content review M7)
help-complain-chair = Scrieți-i președintelui conferinței. Faceți asta cât mai repede. Unele zone cer plângerea în aproximativ 28 de zile. Dacă doriți, asistentul social vă poate ajuta să scrieți scrisoarea.
# source: London Safeguarding Children Procedures PA8 (conference complaints follow the partnership's own procedure, not the Children Act complaints procedure) (content review M7)
help-complain-team = Întrebați-l pe președinte cum se fac în zona dumneavoastră plângerile despre conferințe. Unele zone au o procedură specială pentru ele. Altele folosesc echipa de plângeri a consiliului local, numită uneori „customer care”. Puteți contacta și dumneavoastră direct această echipă.
# source: London Safeguarding Children Procedures PA8; Greater Manchester; St Helens (the decision stands while a complaint is considered; the outcome and category can be challenged) (content review M7)
help-complain-meanwhile = Cât timp plângerea este analizată, planul continuă. Puteți face plângere despre felul în care a fost condusă conferința sau despre ce a hotărât.
# source: public (the ombudsmen's fact sheets)
help-complain-ombudsman = { $nation ->
        [wales] Dacă cele două etape de plângere ale consiliului nu rezolvă problema, puteți merge la Public Services [[ombudsman|Ombudsman]] for Wales (un organism independent care analizează plângerile despre consiliile locale). De obicei, trebuie să mergeți în cel mult 12 luni de când aflați de problemă.
       *[england] Dacă procedura de plângeri a consiliului nu rezolvă problema, puteți merge la Local Government and Social Care [[ombudsman|Ombudsman]] (un organism independent care analizează plângerile despre consiliile locale). Mai întâi, faceți plângere la președinte. De obicei, trebuie să mergeți la Ombudsman în cel mult 12 luni.
    }
help-complain-ombudsman-limits = { $nation ->
        [wales] Ombudsmanul nu poate analiza chiar decizia conferinței. El verifică ce a făcut consiliul.
       *[england] Ombudsmanul nu poate schimba decizia conferinței. El verifică ce a făcut consiliul.
    }

# source: content review L14 (Civil Legal Advice is a 0345 number: the advice is free, the call may not be)
help-lines-heading = Linii de consiliere
help-lines-intro = Atingeți un număr ca să sunați. Verificați mai întâi programul.
# source: frg.org.uk "Our advice service" (England only); content review M8. No Wales advice line on child protection could be sourced and checked (2026-12-04), so none is shown; a parent is pointed to a solicitor and an advocate instead
help-lines-wales = Linia de consiliere Family Rights Group este doar pentru Anglia. Încă nu am găsit o linie de consiliere verificată despre protecția copilului pentru Țara Galilor. Cereți sfatul unui avocat specializat în cauze cu copii. Întrebați consiliul local dacă există un susținător independent (advocate) pentru părinți.

help-local-heading = Numerele dumneavoastră locale
# source: CONTENT-FACTS.md section 5 (local numbers differ by council)
help-local-numbers = Numerele asistentului social, ale președintelui, ale serviciului de urgență al consiliului (în afara programului), ale avocatului și ale [[advocate|susținătorului independent]] (advocate) diferă de la o zonă la alta. Le puteți păstra pe acest telefon.
help-local-link = Păstrați contactele mele

help-faq-heading = Întrebări pe care părinții le pun des
help-faq-record-q = Pot înregistra ședința?
# source: content review L6 (taking notes needs no permission; recording depends on local rules)
help-faq-record-a = Dacă vreți să înregistrați ședința, întrebați-l pe președinte înainte. Regulile diferă de la o zonă la alta. Veți primi o copie a procesului-verbal. Vă puteți lua propriile notițe.
help-faq-complain-q = Voi avea de suferit dacă fac plângere?
help-faq-complain-a = Aveți dreptul să faceți plângere. Asta nu ar trebui să schimbe felul în care serviciile pentru copii se poartă cu dumneavoastră sau cu copilul dumneavoastră. Dacă vă îngrijorează asta, sunați mai întâi la o linie de sfaturi.
help-faq-new-worker-q = Pot cere un alt asistent social?
help-faq-new-worker-a = Puteți cere. Scrieți-i șefului asistentului social și explicați de ce. Consiliul nu este obligat să accepte.
help-faq-no-call-back-q = Ce fac dacă asistentul social nu mă sună înapoi?
help-faq-no-call-back-a = Notați când ați sunat. Apoi contactați-l pe șeful lui sau echipa de serviciu (duty team) a consiliului, adică asistenții sociali care sunt de serviciu în ziua aceea. Puteți contacta și echipa de plângeri.
help-faq-how-long-q = Cât durează o plângere?
help-faq-how-long-a = { $nation ->
        [wales] Depinde de consiliul dumneavoastră, așa că întrebați echipa de plângeri când să așteptați un răspuns. Puteți merge la Ombudsman după cele două etape ale consiliului. De obicei, trebuie să mergeți în cel mult 12 luni de când aflați de problemă.
       *[england] Depinde de consiliul dumneavoastră, așa că întrebați echipa de plângeri când să așteptați un răspuns. De obicei, trebuie să mergeți la Ombudsman în cel mult 12 luni.
    }
help-faq-end-early-q = Se poate încheia mai devreme planul copilului meu?
help-faq-end-early-a = De obicei, un plan se încheie la o conferință de revizuire. Dacă lucrurile s-au schimbat mult, întrebați asistentul social sau președintele dacă se poate face o revizuire mai devreme.

## Advice lines (numbers are data in src/core/content/advice.rs)

# source: 002_d34d1fa72bfe9724.txt, public. The number in 003 (0800 731 1696) is out of date.
line-frg-name = Linia de sfaturi Family Rights Group
line-frg-about = Sfaturi gratuite pentru familiile din Anglia ai căror copii au legătură cu serviciile pentru copii. Textphone (pentru persoane care nu aud bine): formați mai întâi 18001.
line-frg-hours = De luni până vineri, 9:30–15:00, fără sărbătorile legale
# source: 003_23392368096e3b46.txt (hours could not be confirmed, so none are shown)
line-family-lives-name = Family Lives
line-family-lives-about = Ajutor gratuit pentru oricine crește un copil.
# source: public
line-cla-name = Civil Legal Advice
line-cla-about = Verifică dacă puteți primi ajutor juridic de la stat pentru alte probleme. Dacă aveți o scrisoare înainte de proces, mergeți direct la un avocat specializat în cauze cu copii.
line-cla-hours = De luni până vineri, 9:00–20:00. Sâmbătă, 9:00–12:30
# source: public
line-samaritans-name = Samaritans
line-samaritans-about = Dacă vă este greu să faceți față. Gratuit.
line-samaritans-hours = Oricând, zi și noapte
line-emergency-name = Urgență
line-emergency-about = Dacă cineva este în pericol chiar acum.

line-call = Sunați la { $name }
line-checked = Verificat ultima dată: { $date }
