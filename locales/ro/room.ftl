# Cine este la ședință: pe pagina „De luat la întâlnire”, persoanele de la următoarea ședință a părintelui și de ce este acolo fiecare, în limba română.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Who is in the room: on Take to the meeting, the people at the parent's next meeting and why
# each is there. Fetched with that page only. Short sentences, plain words: read at the meeting.

room-heading = Cine este la ședință
room-intro = Adăugați persoanele din invitație și orice altă persoană care vine. La ședință, această listă arată cine este fiecare persoană și de ce este acolo. Vă ajută și la un apel video.
room-empty = Încă nu ați adăugat pe nimeni.
room-add-heading = Adăugați o persoană
room-name = Numele persoanei
room-role = De ce este acolo
room-add = Adăugați în listă
room-name-needed = Mai întâi scrieți numele persoanei.
room-from-contacts = Din „Contactele mele”:
# $name is a saved contact's name, $role the role they come in.
room-add-contact = Adăugați: { $name } – { $role }
room-remove = Scoateți din listă: { $name }
room-removed = S-a scos din listă: { $name }

# source: ../shared/CONTENT-FACTS.md section 1 "Who may be there" (003; 001 for the chair) and section 2 (the chair introduces everyone; decides where people disagree)
room-role-chair = Președintele conferinței (chair)
room-role-chair-why = Conduce ședința. Nu se ocupă de cazul familiei dumneavoastră. Are grijă ca vocea dumneavoastră să fie auzită. Hotărăște dacă ceilalți nu sunt de acord între ei.
# source: CONTENT-FACTS section 1 (your child's social worker)
room-role-social-worker = Asistent social (social worker)
room-role-social-worker-why = Lucrează cu familia dumneavoastră. A scris raportul pentru această ședință.
# source: CONTENT-FACTS section 1 ("and perhaps their manager")
room-role-team-manager = Șeful echipei (team manager)
room-role-team-manager-why = Șeful asistentului social.
# source: CONTENT-FACTS section 1 (a health visitor, child under 5); glossary health-visitor
room-role-health-visitor = Asistentă medicală pentru familie (health visitor)
room-role-health-visitor-why = O asistentă medicală care verifică cum cresc și cum se dezvoltă bebelușii și copiii mici sub 5 ani.
# source: CONTENT-FACTS section 1 ("Others may come, such as … hospital staff"); NHS: school nurses work with school-age children
room-role-school-nurse = Asistentă medicală de la școală (school nurse)
room-role-school-nurse-why = O asistentă medicală care are grijă de sănătatea copiilor la școală.
# source: CONTENT-FACTS section 1 (your GP)
room-role-gp = Medic de familie (GP)
room-role-gp-why = Medicul dumneavoastră de familie. Spune ce știe despre sănătatea copilului dumneavoastră și a familiei dumneavoastră.
# source: CONTENT-FACTS section 1 (a teacher; an education welfare officer)
room-role-teacher = Profesor sau alt angajat al școlii
room-role-teacher-why = Spune cum se descurcă copilul dumneavoastră la școală, la grădiniță sau la creșă.
# source: CONTENT-FACTS section 1 (a police officer who specialises in child protection)
room-role-police-officer = Polițist
room-role-police-officer-why = Lucrează pentru siguranța copiilor. Spune ce știe poliția.
# source: CONTENT-FACTS section 1 (a community paediatrician)
room-role-paediatrician = Medic pediatru (paediatrician)
room-role-paediatrician-why = Un medic pentru copii. Poate că l-a examinat pe copilul dumneavoastră.
# source: CONTENT-FACTS section 1 (a minute taker) and section 2 (writes notes; you get a copy of the minutes)
room-role-minute-taker = Persoana care ia notițe (minute taker)
room-role-minute-taker-why = Scrie ce se spune. Mai târziu veți primi o copie a acestor notițe (procesul-verbal).
# source: CONTENT-FACTS section 1 ("Others may come, such as a probation officer")
room-role-probation = Consilier de probațiune (probation officer)
room-role-probation-why = Lucrează cu persoane care au avut probleme cu legea.
# source: CONTENT-FACTS (a plan can include the housing officer's part: section 3 example "the housing officer repairs the flat")
room-role-housing = Funcționar pentru locuințe (housing officer)
room-role-housing-why = Lucrează pentru consiliul local sau pentru proprietarul locuinței dumneavoastră. Se ocupă de locuința dumneavoastră.
# source: CONTENT-FACTS section 1 ("Ask for an interpreter if you need one", Wales procedures)
room-role-interpreter = Interpret
room-role-interpreter-why = Vă spune în limba dumneavoastră ce spun ceilalți. Le spune în limba lor ce spuneți dumneavoastră.
# source: glossary advocate; CONTENT-FACTS section 1 (a supporter if you wish)
room-role-advocate = Susținător independent (advocate)
room-role-advocate-why = Este acolo ca să vă sprijine. Vă ajută să spuneți ce vreți să spuneți.
# source: CONTENT-FACTS section 1 (a supporter if you wish; a friend or relative; tell the social worker beforehand)
room-role-my-supporter = Persoana care mă sprijină
room-role-my-supporter-why = Un prieten sau o rudă care a venit cu dumneavoastră.
# source: CONTENT-FACTS section 1 (a solicitor can advise you before and after; in many areas they cannot speak during the meeting)
room-role-my-solicitor = Avocatul meu (solicitor)
room-role-my-solicitor-why = Avocatul dumneavoastră. În multe zone, avocatul nu are voie să vorbească în timpul ședinței: întrebați-l pe președinte.
room-role-other = Altcineva
room-role-other-why = Întrebați-l pe președinte de ce este acolo această persoană.
