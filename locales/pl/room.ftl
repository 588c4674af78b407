# Kto jest na spotkaniu: na stronie „Zabierz na spotkanie” osoby na najbliższym spotkaniu rodzica i powód, dla którego każda z nich tam jest, po polsku.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Who is in the room: on Take to the meeting, the people at the parent's next meeting and why
# each is there. Fetched with that page only. Short sentences, plain words: read at the meeting.
# English original: written by the development team.

room-heading = Kto jest na spotkaniu
room-intro = Dodaj osoby wymienione w Twoim zaproszeniu i każdego, kto jeszcze przyjdzie. Na spotkaniu ta lista pokazuje, kim jest każda osoba i dlaczego tam jest. Przydaje się też przy rozmowie wideo.
room-empty = Nikogo jeszcze nie dodano.
room-add-heading = Dodaj osobę
room-name = Imię i nazwisko
room-role = Dlaczego ta osoba tam jest
room-add = Dodaj do listy
room-name-needed = Najpierw wpisz imię i nazwisko.
room-from-contacts = Z listy „Moje kontakty”:
# $name is a saved contact's name, $role the role they come in.
room-add-contact = Dodaj: { $name } – { $role }
room-remove = Usuń z listy: { $name }
room-removed = Usunięto z listy: { $name }

# source: ../shared/CONTENT-FACTS.md section 1 "Who may be there" (003; 001 for the chair) and section 2 (the chair introduces everyone; decides where people disagree)
room-role-chair = Przewodniczący (chair)
room-role-chair-why = Prowadzi spotkanie. Nie zajmuje się sprawą Twojej rodziny. Dba o to, żeby Cię wysłuchano. Jeśli pozostali się nie zgadzają, decyduje przewodniczący.
# source: CONTENT-FACTS section 1 (your child's social worker)
room-role-social-worker = Pracownik socjalny (social worker)
room-role-social-worker-why = Pracuje z Twoją rodziną. To ta osoba napisała raport na to spotkanie.
# source: CONTENT-FACTS section 1 ("and perhaps their manager")
room-role-team-manager = Kierownik zespołu (team manager)
room-role-team-manager-why = Kierownik pracownika socjalnego.
# source: CONTENT-FACTS section 1 (a health visitor, child under 5); glossary health-visitor
room-role-health-visitor = Pielęgniarka środowiskowa (health visitor)
room-role-health-visitor-why = Pielęgniarka, która sprawdza, jak rosną i rozwijają się niemowlęta i małe dzieci poniżej 5 lat.
# source: CONTENT-FACTS section 1 ("Others may come, such as … hospital staff"); NHS: school nurses work with school-age children
room-role-school-nurse = Pielęgniarka szkolna (school nurse)
room-role-school-nurse-why = Pielęgniarka, która dba o zdrowie dzieci w szkole.
# source: CONTENT-FACTS section 1 (your GP)
room-role-gp = Lekarz rodzinny (GP)
room-role-gp-why = Lekarz Twojej rodziny. Mówi, co wie o zdrowiu Twojego dziecka i Twojej rodziny.
# source: CONTENT-FACTS section 1 (a teacher; an education welfare officer)
room-role-teacher = Nauczyciel lub inny pracownik szkoły
room-role-teacher-why = Mówi, jak Twoje dziecko radzi sobie w szkole, w przedszkolu lub w żłobku.
# source: CONTENT-FACTS section 1 (a police officer who specialises in child protection)
room-role-police-officer = Policjant
room-role-police-officer-why = Pracuje nad tym, żeby dzieci były bezpieczne. Mówi, co wie policja.
# source: CONTENT-FACTS section 1 (a community paediatrician)
room-role-paediatrician = Pediatra (paediatrician)
room-role-paediatrician-why = Lekarz dla dzieci. Być może to ta osoba badała Twoje dziecko.
# source: CONTENT-FACTS section 1 (a minute taker) and section 2 (writes notes; you get a copy of the minutes)
room-role-minute-taker = Protokolant (minute taker)
room-role-minute-taker-why = Zapisuje, co kto mówi. Później dostaniesz kopię tych notatek (protokół).
# source: CONTENT-FACTS section 1 ("Others may come, such as a probation officer")
room-role-probation = Kurator sądowy (probation officer)
room-role-probation-why = Pracuje z osobami, które miały kłopoty z prawem.
# source: CONTENT-FACTS (a plan can include the housing officer's part: section 3 example "the housing officer repairs the flat")
room-role-housing = Urzędnik ds. mieszkaniowych (housing officer)
room-role-housing-why = Pracuje dla urzędu (council) albo dla właściciela Twojego mieszkania. Zajmuje się sprawami Twojego mieszkania.
# source: CONTENT-FACTS section 1 ("Ask for an interpreter if you need one", Wales procedures)
room-role-interpreter = Tłumacz
room-role-interpreter-why = Tłumaczy na Twój język to, co mówią wszyscy. Tłumaczy na ich język to, co mówisz Ty.
# source: glossary advocate; CONTENT-FACTS section 1 (a supporter if you wish)
room-role-advocate = Rzecznik (advocate)
room-role-advocate-why = Jest tu, żeby Cię wspierać. Pomaga Ci powiedzieć to, co chcesz powiedzieć.
# source: CONTENT-FACTS section 1 (a supporter if you wish; a friend or relative; tell the social worker beforehand)
room-role-my-supporter = Osoba, która mnie wspiera
room-role-my-supporter-why = Przyjaciel lub krewny, który jest tu z Tobą.
# source: CONTENT-FACTS section 1 (a solicitor can advise you before and after; in many areas they cannot speak during the meeting)
room-role-my-solicitor = Mój prawnik (solicitor)
room-role-my-solicitor-why = Twój własny prawnik. W wielu miejscach nie może zabierać głosu na spotkaniu: zapytaj przewodniczącego.
room-role-other = Ktoś inny
room-role-other-why = Zapytaj przewodniczącego, dlaczego ta osoba tu jest.
