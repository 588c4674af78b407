# Who is in the room: on Take to the meeting, the people at the parent's next meeting and why
# each is there. Fetched with that page only. Short sentences, plain words: read at the meeting.
# Statws: wedi'i gynorthwyo gan beiriant a'i ysgrifennu gan y tîm datblygu; angen ei adolygu gan gyfieithydd cymwys.
# Status: machine-assisted and written by the development team; awaiting review by a qualified translator.

room-heading = Pwy sydd yn yr ystafell
room-intro = Ychwanegwch y bobl sy'n cael eu henwi yn eich gwahoddiad, ac unrhyw un arall sy'n dod. Yn y cyfarfod, mae'r rhestr hon yn dangos pwy yw pob person a pham maen nhw yno. Mae'n helpu ar alwad fideo hefyd.
room-empty = Does neb wedi'i ychwanegu eto.
room-add-heading = Ychwanegu person
room-name = Eu henw
room-role = Pam maen nhw yno
room-add = Ychwanegu at y rhestr
room-name-needed = Teipiwch eu henw yn gyntaf.
room-from-contacts = O Fy nghysylltiadau:
# $name is a saved contact's name, $role the role they come in.
room-add-contact = Ychwanegu { $name } ({ $role })
room-remove = Tynnu { $name } oddi ar y rhestr
room-removed = Wedi tynnu oddi ar y rhestr: { $name }

# source: ../shared/CONTENT-FACTS.md section 1 "Who may be there" (003; 001 for the chair) and section 2 (the chair introduces everyone; decides where people disagree)
room-role-chair = Y cadeirydd
room-role-chair-why = Mae'n arwain y cyfarfod. Nid yw'n rhan o achos eich teulu. Mae'n gwneud yn siŵr bod eich llais yn cael ei glywed. Mae'n penderfynu os nad yw'r lleill yn cytuno.
# source: CONTENT-FACTS section 1 (your child's social worker)
room-role-social-worker = Gweithiwr cymdeithasol
room-role-social-worker-why = Mae'n gweithio gyda'ch teulu. Ysgrifennodd yr adroddiad ar gyfer y cyfarfod hwn.
# source: CONTENT-FACTS section 1 ("and perhaps their manager")
room-role-team-manager = Rheolwr tîm
room-role-team-manager-why = Rheolwr y gweithiwr cymdeithasol.
# source: CONTENT-FACTS section 1 (a health visitor, child under 5); glossary health-visitor
room-role-health-visitor = Ymwelydd iechyd
room-role-health-visitor-why = Nyrs sy'n gwirio sut mae babanod a phlant ifanc o dan 5 oed yn tyfu ac yn datblygu.
# source: CONTENT-FACTS section 1 ("Others may come, such as … hospital staff"); NHS: school nurses work with school-age children
room-role-school-nurse = Nyrs ysgol
room-role-school-nurse-why = Nyrs sy'n gofalu am iechyd plant yn yr ysgol.
# source: CONTENT-FACTS section 1 (your GP)
room-role-gp = Meddyg teulu (GP)
room-role-gp-why = Eich meddyg teulu. Mae'n dweud beth mae'n ei wybod am iechyd eich plentyn ac iechyd eich teulu.
# source: CONTENT-FACTS section 1 (a teacher; an education welfare officer)
room-role-teacher = Athro, athrawes neu staff ysgol
room-role-teacher-why = Mae'n dweud sut mae eich plentyn yn dod ymlaen yn yr ysgol neu yn y feithrinfa.
# source: CONTENT-FACTS section 1 (a police officer who specialises in child protection)
room-role-police-officer = Swyddog heddlu
room-role-police-officer-why = Mae'n gweithio i gadw plant yn ddiogel. Mae'n dweud beth mae'r heddlu'n ei wybod.
# source: CONTENT-FACTS section 1 (a community paediatrician)
room-role-paediatrician = Pediatregydd
room-role-paediatrician-why = Meddyg i blant. Efallai ei fod wedi archwilio eich plentyn.
# source: CONTENT-FACTS section 1 (a minute taker) and section 2 (writes notes; you get a copy of the minutes)
room-role-minute-taker = Cofnodwr
room-role-minute-taker-why = Mae'n ysgrifennu'r hyn sy'n cael ei ddweud. Byddwch chi'n cael copi o'r nodiadau hyn (y cofnodion) yn nes ymlaen.
# source: CONTENT-FACTS section 1 ("Others may come, such as a probation officer")
room-role-probation = Swyddog prawf
room-role-probation-why = Mae'n gweithio gyda phobl sydd wedi bod mewn trafferth gyda'r gyfraith.
# source: CONTENT-FACTS (a plan can include the housing officer's part: section 3 example "the housing officer repairs the flat")
room-role-housing = Swyddog tai
room-role-housing-why = Mae'n gweithio i'r cyngor neu i'ch landlord. Mae'n delio â materion eich cartref.
# source: CONTENT-FACTS section 1 ("Ask for an interpreter if you need one", Wales procedures)
room-role-interpreter = Cyfieithydd ar y pryd
room-role-interpreter-why = Mae'n dweud beth mae pawb yn ei ddweud yn eich iaith chi, a beth rydych chi'n ei ddweud yn eu hiaith nhw.
# source: glossary advocate; CONTENT-FACTS section 1 (a supporter if you wish)
room-role-advocate = Eiriolwr
room-role-advocate-why = Mae yno i chi. Mae'n eich helpu i ddweud beth rydych chi eisiau ei ddweud.
# source: CONTENT-FACTS section 1 (a supporter if you wish; a friend or relative; tell the social worker beforehand)
room-role-my-supporter = Fy nghefnogwr
room-role-my-supporter-why = Ffrind neu berthynas sydd wedi dod gyda chi.
# source: CONTENT-FACTS section 1 (a solicitor can advise you before and after; in many areas they cannot speak during the meeting)
room-role-my-solicitor = Fy nghyfreithiwr
room-role-my-solicitor-why = Eich cyfreithiwr chi. Mewn llawer o ardaloedd, all y cyfreithiwr ddim siarad yn ystod y cyfarfod: gofynnwch i'r cadeirydd.
room-role-other = Rhywun arall
room-role-other-why = Gofynnwch i'r cadeirydd pam maen nhw yno.
