# Y canllaw: y pum tudalen cam, yn Gymraeg.
# Statws: wedi'i gynorthwyo gan beiriant a'i ysgrifennu gan y tîm datblygu; angen ei adolygu gan gyfieithydd cymwys.
# Status: machine-assisted and written by the development team; awaiting review by a qualified translator.
# Every message receives $nation ("england" or "wales"). Glossary terms are marked
# [[term-id|words shown]]: keep the id, translate the words.

## Before the conference

before-what-heading = Beth yw cynhadledd amddiffyn plant?
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-meeting = Mae'n gyfarfod am ddiogelwch eich plentyn. Mae'r [[childrens-services|gwasanaethau plant]] yn ei drefnu pan fyddan nhw'n poeni'n ddifrifol am eich plentyn. Maen nhw'n credu bod eich plentyn yn cael niwed, neu y gallai gael niwed. [[significant-harm|Niwed sylweddol]] yw'r enw ar hyn.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Wales: Wales Safeguarding Procedures (public)
before-what-harm = { $nation ->
        [wales] Gall y pryder fod am gam-drin corfforol, cam-drin rhywiol, cam-drin emosiynol neu seicolegol, cam-drin ariannol, neu esgeulustod.
       *[england] Gall y pryder fod am gam-drin corfforol, cam-drin rhywiol, cam-drin emosiynol, neu esgeulustod.
    }
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-not-court = Nid llys yw'r cyfarfod. Mae'n penderfynu a oes angen { $nation ->
        [wales] [[care-and-support-protection-plan|cynllun amddiffyn gofal a chymorth]] ar eich plentyn.
       *[england] [[child-protection-plan|cynllun amddiffyn plant]] ar eich plentyn.
    }
# source: public (Family Rights Group glossary)
before-what-pre-birth = Gall cynhadledd gael ei chynnal hefyd cyn i fabi gael ei eni. [[pre-birth-conference|Cynhadledd cyn geni]] yw'r enw ar hyn.

before-when-heading = Pryd bydd hi'n digwydd?
# source: England: Working Together to Safeguard Children; Wales: Wales Safeguarding Procedures (public)
before-when-timing = { $nation ->
        [wales] Fel arfer, mae'r gynhadledd gyntaf yn cael ei chynnal o fewn 15 [[working-day|diwrnod gwaith]] i'r [[strategy-discussion|drafodaeth strategaeth]] olaf.
       *[england] Fel arfer, mae'r gynhadledd gyntaf yn cael ei chynnal o fewn 15 [[working-day|diwrnod gwaith]] i'r [[strategy-discussion|drafodaeth strategaeth]].
    } Dyna pryd mae'r gweithwyr proffesiynol yn trafod y pryderon ac yn penderfynu beth i'w wneud.
before-when-cannot-go = Os na allwch chi fynd ar yr amser a roddwyd i chi, dywedwch wrth y gweithiwr cymdeithasol cyn gynted ag y gallwch chi.

before-who-heading = Pwy fydd yno?
# source: 003_23392368096e3b46.txt; chair: 001_ae30d34ab232a286.txt
# source: Working Together to Safeguard Children 2023 (the chair is independent of the case, usually employed by the council) (content review L3)
before-who-chair = [[chair|Cadeirydd]] annibynnol sy'n arwain y cyfarfod. Mae'r cadeirydd yn weithiwr cymdeithasol profiadol sy'n gweithio i'r cyngor. Dydyn nhw ddim yn rhan o achos eich plentyn, a dydyn nhw ddim wedi gweithio gyda'ch teulu.
before-who-list-intro = Pobl eraill a allai fod yno:
before-who-you = chi, a rhywun i'ch cefnogi os ydych chi eisiau
before-who-social-worker = gweithiwr cymdeithasol eich plentyn, a'i reolwr efallai
before-who-gp = eich meddyg teulu (GP)
before-who-health-visitor = [[health-visitor|ymwelydd iechyd]], os yw eich plentyn o dan 5 oed
before-who-teacher = athro neu athrawes o ysgol eich plentyn
before-who-police = swyddog heddlu sy'n gweithio ym maes amddiffyn plant
before-who-paediatrician = pediatregydd cymunedol, sef meddyg i blant
before-who-minute-taker = cofnodwr, sef rhywun sy'n ysgrifennu'r hyn sy'n cael ei ddweud
# source: 003_23392368096e3b46.txt
# source: content review L15 (jobs explained)
before-who-others = Gall pobl eraill ddod hefyd. Gallai hyn fod yn staff ysbyty. Gallai fod yn swyddog prawf, sy'n goruchwylio pobl ar ôl achos llys. Gallai fod yn swyddog lles addysg, sy'n helpu plant i fynd i'r ysgol.
# source: 003_23392368096e3b46.txt (the need-to-know rule binds the professionals); content review M4 (a parent may show their own adviser)
before-who-confidential = Dim ond gyda chydweithwyr sydd angen gwybod y caiff y gweithwyr proffesiynol rannu'r hyn maen nhw'n ei glywed. Gallwch chi ddangos yr adroddiadau a'r cofnodion i'ch cyfreithiwr neu i'ch eiriolwr.

before-rights-heading = Beth allwch chi ei wneud
# source: 003_23392368096e3b46.txt
before-rights-go = Ceisiwch fynd os gallwch chi. Chi sy'n adnabod eich plentyn orau, ac mae eich barn yn bwysig.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (the two differ on what a solicitor may do)
# source: Family Rights Group (parent advocacy; content review L9)
before-rights-supporter = Gallwch chi ddod â ffrind, perthynas, cyfreithiwr neu eiriolwr. Gofynnwch a oes eiriolwyr i rieni yn eich ardal chi. Dywedwch wrth y gweithiwr cymdeithasol pwy sy'n dod cyn y diwrnod.
before-rights-solicitor = Gall cyfreithiwr roi cyngor i chi cyn ac ar ôl y cyfarfod. Mewn llawer o ardaloedd, all y cyfreithiwr ddim siarad yn y cyfarfod ei hun. Gofynnwch i'r cadeirydd beth mae eich cefnogwr neu eich cyfreithiwr yn cael ei wneud.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (Legal Help is means-tested until a letter before proceedings); Family Rights Group "Working with a solicitor" (content review M1)
before-rights-legal-aid = Cyn unrhyw lythyr am y llys, mae cymorth cyfreithiol yn dibynnu ar eich incwm. Prawf modd yw'r enw ar hyn. Os ydych chi'n cael rhai budd-daliadau, rydych chi fel arfer yn gymwys. Gofynnwch i'r cyfreithiwr pan fyddwch chi'n ffonio.
# source: Family Rights Group; local procedures on police information at conferences (e.g. Greater Manchester "Guidance on the Use, Recording, Dissemination and Handling of Police Information") (content review M10)
before-rights-police = Efallai fod yr heddlu'n ymchwilio i'r hyn a ddigwyddodd. Os felly, maen nhw'n clywed beth rydych chi'n ei ddweud, ac mae'n mynd i'r cofnodion. Siaradwch â chyfreithiwr cyn y cyfarfod am beth i'w ddweud.
# source: Wales Safeguarding Procedures (public)
# source: Wales Safeguarding Procedures s3 pt2 (conference in Welsh; minutes in the chosen language) (content review L13)
before-rights-interpreter = { $nation ->
        [wales] Os oes angen cyfieithydd ar y pryd arnoch chi, gofynnwch am un. Gallwch chi ofyn i'r cyfarfod, a'r cofnodion, fod yn Gymraeg. Gallwch chi hefyd ofyn a oes help gyda theithio neu ofal plant.
       *[england] Os oes angen cyfieithydd ar y pryd arnoch chi, gofynnwch am un. Gallwch chi hefyd ofyn a oes help gyda theithio neu ofal plant.
    }
# source: Wales Safeguarding Procedures s3 pt2 (separate attendance); 003_23392368096e3b46.txt (attendance that may put people in danger) (content review M9)
before-rights-safety = Ydych chi'n teimlo'n anniogel yn yr un ystafell â rhywun? Dywedwch wrth y gweithiwr cymdeithasol neu'r cadeirydd cyn y diwrnod. Gallan nhw drefnu i chi gymryd rhan ar wahân.
# source: 003_23392368096e3b46.txt
before-rights-asked-not-to-come = Weithiau, mae rhiant yn cael cais i beidio â dod. Gall hyn ddigwydd os gallai bod yno roi rhywun mewn perygl. Y cadeirydd sy'n penderfynu pwy sy'n dod. Dylai eich barn gael ei chlywed o hyd.

before-reports-heading = Adroddiadau
# source: 003_23392368096e3b46.txt, 001_ae30d34ab232a286.txt (areas differ on timing)
before-reports-share = Rhaid i'r gweithiwr cymdeithasol rannu ei adroddiad gyda chi cyn y cyfarfod. Mae faint o amser cyn hynny yn dibynnu ar eich ardal. Gall fod yn 5 diwrnod gwaith, neu ddim ond 2 neu 3 diwrnod. Efallai y bydd yn cael ei roi yn eich llaw, neu'n dod drwy'r post.
before-reports-every = Dylech chi weld adroddiad pob gweithiwr proffesiynol. Gallwch chi gadw copïau.
before-reports-wrong = Os oes rhywbeth mewn adroddiad yn anghywir, dywedwch wrth y gweithiwr cymdeithasol. Dywedwch wrth y cadeirydd hefyd.
# source: 003_23392368096e3b46.txt; ideas: public (parent advocacy tips)
before-reports-your-own = Gallwch chi ysgrifennu eich adroddiad eich hun ar gyfer y gynhadledd. Gall unrhyw un eich helpu i'w ysgrifennu. Gallech chi ysgrifennu am:
before-reports-idea-going-well = beth sy'n mynd yn dda yn eich teulu
before-reports-idea-worries = beth sy'n eich poeni chi
before-reports-idea-help = beth fyddai'n eich helpu chi a'ch plentyn

before-children-heading = Eich plentyn yn y cyfarfod
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
before-children-attend = Gall eich plentyn ddod i'r cyfarfod os yw hynny'n iawn iddo. Yn aml, mae hyn o tua 10 neu 12 oed ymlaen, ond mae'n amrywio o ardal i ardal. Mae'r gweithiwr cymdeithasol yn helpu'r plentyn i baratoi.
before-children-childcare = Mae'n well peidio â dod â phlant ifanc. Gofynnwch i'r gweithiwr cymdeithasol os oes angen help arnoch chi gyda gofal plant.

before-day-heading = Ar y diwrnod
# source: 003_23392368096e3b46.txt
before-day-early = Cyrhaeddwch tua 15 munud yn gynnar. Fel arfer, bydd y cadeirydd yn cwrdd â chi yn gyntaf i esbonio beth fydd yn digwydd.
before-day-break = Gallwch chi ofyn am seibiant byr ar unrhyw adeg yn ystod y cyfarfod.

## During the conference

during-start-heading = Sut mae'r cyfarfod yn dechrau
# source: 003_23392368096e3b46.txt
during-start-chair = Mae'r cadeirydd yn gofyn i bawb ddweud pwy ydyn nhw. Yna mae'r cadeirydd yn esbonio pam mae'r cyfarfod yn cael ei gynnal.
during-start-share = Mae pob person yn rhannu'r hyn mae'n ei wybod am eich plentyn a'ch teulu. Byddwch chi'n cael cyfle i rannu'r hyn rydych chi'n ei wybod a'r hyn rydych chi'n ei feddwl.

during-happens-heading = Beth sy'n digwydd yn y cyfarfod
# source: 003_23392368096e3b46.txt
during-happens-minutes = Mae cofnodwr yn ysgrifennu nodiadau o'r cyfarfod. Y nodiadau hyn yw'r [[minutes|cofnodion]]. Byddwch chi'n cael copi yn nes ymlaen.
# source: Wales Safeguarding Procedures s3 pt2 ("decision-making process": the practitioners decide, taking the family's views into account); 003_23392368096e3b46.txt (the final decision rests with the chair) (content review M3)
during-happens-decide = Y gweithwyr proffesiynol sy'n penderfynu, ar ôl clywed eich barn chi. Os nad ydyn nhw'n cytuno, y cadeirydd sy'n penderfynu. Gallwch chi ofyn i'ch anghytundeb gael ei ysgrifennu yn y cofnodion.
# source: Wales Safeguarding Procedures s3 pt2 ("Post conference": corrections to the chair within 10 working days of receiving the minutes; dissent recorded); England: local procedures (e.g. Tees: accuracy taken up with the chair) (content review M11)
during-happens-check-minutes = { $nation ->
        [wales] Darllenwch y cofnodion pan fyddan nhw'n cyrraedd. Os oes rhywbeth yn anghywir, ysgrifennwch at y cadeirydd. Gofynnwch iddo gael ei gywiro, neu i'ch barn chi gael ei hychwanegu. Gwnewch hyn o fewn 10 diwrnod gwaith ar ôl eu cael.
       *[england] Darllenwch y cofnodion pan fyddan nhw'n cyrraedd. Os oes rhywbeth yn anghywir, ysgrifennwch at y cadeirydd. Gofynnwch iddo gael ei gywiro, neu i'ch barn chi gael ei hychwanegu. Gofynnwch i'r cadeirydd faint o amser sydd gennych chi i wneud hyn.
    }
during-happens-break = Os ydych chi wedi cynhyrfu, gallwch chi ofyn am seibiant byr.

during-decisions-heading = Beth all gael ei benderfynu
# source: 003_23392368096e3b46.txt
during-decisions-intro = Gall y gynhadledd benderfynu:
during-decisions-no-action = nad oes angen i ddim byd arall ddigwydd
during-decisions-support = { $nation ->
        [wales] bod eich teulu'n cael help a chymorth drwy [[care-and-support-plan|gynllun gofal a chymorth]]
       *[england] bod eich teulu'n cael help a chymorth drwy [[child-in-need-plan|gynllun Plentyn mewn Angen]]
    }
during-decisions-plan = { $nation ->
        [wales] bod angen [[care-and-support-protection-plan|cynllun amddiffyn gofal a chymorth]] ar eich plentyn
       *[england] bod angen [[child-protection-plan|cynllun amddiffyn plant]] ar eich plentyn
    }
# source: 003_23392368096e3b46.txt (a decision for each child); Wales Safeguarding Procedures s3 pt2 (one or more categories) (content review L1, L2)
during-decisions-plan-details = Mae'r gynhadledd yn penderfynu ar gyfer pob plentyn sy'n byw gyda chi. Mae cynllun yn nodi un neu fwy o [[category-of-harm|gategorïau niwed]]. { $nation ->
        [wales] Y categorïau yw: cam-drin corfforol, cam-drin rhywiol, cam-drin emosiynol neu seicolegol, cam-drin ariannol, ac esgeulustod.
       *[england] Y categorïau yw: cam-drin corfforol, cam-drin rhywiol, cam-drin emosiynol, ac esgeulustod.
    }
# source: 003_23392368096e3b46.txt; Wales: 004_cdfde2f55ea0fb42.txt
during-decisions-core-group = { $nation ->
        [wales] Mae'r gynhadledd yn enwi'r gweithiwr cymdeithasol a fydd yn cydlynu'r cynllun. Mae hefyd yn penderfynu pwy sydd yn y [[core-group|grŵp craidd]].
       *[england] Mae'r gynhadledd yn enwi [[lead-social-worker|gweithiwr cymdeithasol arweiniol]]. Mae hefyd yn penderfynu pwy sydd yn y [[core-group|grŵp craidd]].
    }
# source: 004_cdfde2f55ea0fb42.txt
# source: Wales Safeguarding Procedures s3 pt2 ("The Child Protection Register": only when a care and support protection plan is made; confidential) (content review M2)
during-decisions-register = Efallai y bydd angen [[care-and-support-protection-plan|cynllun amddiffyn gofal a chymorth]] ar eich plentyn. Os felly, mae ei enw hefyd yn mynd ar y [[child-protection-register|gofrestr amddiffyn plant]]. Rhestr breifat yw hon. Dim ond gweithwyr proffesiynol sy'n gallu ei gwirio.
# source: CONTENT-FACTS.md section 2 (England has had no register since 2008)
during-decisions-no-register = Does dim cofrestr amddiffyn plant wedi bod yn Lloegr ers 2008. Yn lle hynny, mae pobl yn dweud bod eich plentyn "yn destun cynllun amddiffyn plant".
# source: 003_23392368096e3b46.txt
during-decisions-not-removal = All y gynhadledd ddim mynd â'ch plentyn oddi wrthych chi. Gall ddweud y dylai'r gwasanaethau plant gael cyngor cyfreithiol.
# source: Children Act 1989 ss31, 44, 46 (only a court orders removal without agreement; police protection for up to 72 hours); these apply in Wales too (content review M5)
during-decisions-court-only = Dim ond llys sy'n gallu penderfynu bod eich plentyn yn byw yn rhywle arall heb eich cytundeb chi. Mewn argyfwng, gall yr heddlu weithredu hefyd, am hyd at 72 awr.
# source: England: Children Act 1989 s20(7)-(8); Wales: Social Services and Well-being (Wales) Act 2014 s76 and the NSPCC Wales summary (a parent can require the child's return at any stage) (content review M5)
during-decisions-living-elsewhere = { $nation ->
        [wales] Efallai y bydd gofyn i chi gytuno i'ch plentyn fyw gyda rhywun arall. "Adran 76" yw'r enw ar hyn yn aml. Eich dewis chi yw hyn, a gallwch chi ddod â hyn i ben unrhyw bryd. Mynnwch gyngor gan gyfreithiwr cyn i chi gytuno.
       *[england] Efallai y bydd gofyn i chi gytuno i'ch plentyn fyw gyda rhywun arall. "Adran 20" ("section 20") yw'r enw ar hyn yn aml. Eich dewis chi yw hyn, a gallwch chi ddod â hyn i ben unrhyw bryd. Mynnwch gyngor gan gyfreithiwr cyn i chi gytuno.
    }
# source: Family Rights Group guidance on written agreements (not court orders; can be used as evidence) (content review M5)
during-decisions-agreements = Efallai y bydd gofyn i chi hefyd lofnodi cytundeb ysgrifenedig neu gynllun diogelwch. Nid gorchymyn llys yw hwn, ond gall gael ei ddefnyddio fel tystiolaeth yn nes ymlaen. Siaradwch â chyfreithiwr cyn i chi lofnodi.
# source: public (council guidance)
during-decisions-responsibility = Dydy cael cynllun ddim yn mynd â'ch [[parental-responsibility|cyfrifoldeb rhiant]] oddi arnoch chi.

during-leave-heading = Cyn i chi adael
# source: 004_cdfde2f55ea0fb42.txt
# source: 004_cdfde2f55ea0fb42.txt (a Wales duty); England: good practice (content review L7)
during-leave-intro = { $nation ->
        [wales] Erbyn y diwedd, rhaid i'r cadeirydd wneud yn siŵr eich bod chi'n deall yn glir:
       *[england] Erbyn y diwedd, dylai'r cadeirydd wneud yn siŵr eich bod chi'n deall yn glir:
    }
during-leave-evidence = y dystiolaeth bod eich plentyn wedi cael niwed, neu y gallai gael niwed
during-leave-change = beth sydd angen ei newid
during-leave-expected = beth mae disgwyl i chi ei wneud
during-leave-ask = Os oes unrhyw beth yn aneglur, gofynnwch. Gallwch chi ofyn i'r cadeirydd ei esbonio eto.

## The core group

core-group-what-heading = Beth yw'r grŵp craidd?
# source: 000_1e1dbaff73eac1a8.txt, 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-what-group = Os oes gan eich plentyn gynllun, mae grŵp llai yn cyfarfod i'w roi ar waith. Y [[core-group|grŵp craidd]] yw'r enw arno. Mae ei gyfarfodydd yn llai ffurfiol na'r gynhadledd.
core-group-what-members = Mae'r grŵp yn cynnwys y gweithwyr proffesiynol sy'n gweithio fwyaf gyda'ch plentyn. Gallai'r rhain gynnwys y gweithiwr cymdeithasol, ymwelydd iechyd, athro neu athrawes, neu nyrs feithrin neu nyrs ysgol. Mae aelodau allweddol o'r teulu yn rhan ohono hefyd. Fel arfer, rydych chi'n aelod.

core-group-when-heading = Pryd mae'n cyfarfod?
# source: 004_cdfde2f55ea0fb42.txt (10 working days); organiser: 000_1e1dbaff73eac1a8.txt
core-group-when-first = { $nation ->
        [wales] Mae'r cyfarfod cyntaf o fewn 10 [[working-day|diwrnod gwaith]] i'r gynhadledd. Eich gweithiwr cymdeithasol sy'n ei drefnu.
       *[england] Mae'r cyfarfod cyntaf o fewn 10 [[working-day|diwrnod gwaith]] i'r gynhadledd. Y [[lead-social-worker|gweithiwr cymdeithasol arweiniol]] sy'n ei drefnu.
    }
# source: Wales: 004_cdfde2f55ea0fb42.txt; England: no national rule (CONTENT-FACTS.md section 3)
core-group-when-regular = { $nation ->
        [wales] Wedi hynny, mae'r grŵp yn cyfarfod o leiaf bob 6 wythnos. Yn aml, mae'n cyfarfod bob mis.
       *[england] Wedi hynny, mae'r grŵp yn cyfarfod yn rheolaidd. Does dim rheol genedlaethol sy'n dweud pa mor aml. Mewn llawer o ardaloedd, mae'n cyfarfod bob 4 i 6 wythnos, felly gofynnwch.
    }

core-group-plan-heading = Llunio'r cynllun
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt, 004_cdfde2f55ea0fb42.txt
core-group-plan-outline = Lluniodd y gynhadledd gynllun amlinellol. Mae'r grŵp craidd yn ei droi'n gynllun llawn gyda'r holl fanylion.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-plan-says = Mae'r cynllun yn dweud:
core-group-plan-social-worker = pwy yw eich gweithiwr cymdeithasol
core-group-plan-needs = beth sydd ei angen ar eich plentyn, a sut bydd yr anghenion hynny'n cael eu diwallu
core-group-plan-actions = beth fydd yn cael ei wneud i wneud eich plentyn yn fwy diogel
core-group-plan-who = pwy fydd yn gwneud pob peth, chi a'r gweithwyr proffesiynol
core-group-plan-when = erbyn pryd dylai pob peth gael ei wneud
# source: 000_1e1dbaff73eac1a8.txt
core-group-plan-examples-intro = Dylai pawb adael yn gwybod beth byddan nhw'n ei wneud, ac erbyn pryd. Er enghraifft:
core-group-plan-example-dentist = byddwch chi'n mynd â'ch plentyn at y deintydd o fewn mis
core-group-plan-example-school = bydd yr ysgol yn cynnig clybiau ar ôl ysgol ddwywaith yr wythnos
core-group-plan-example-housing = bydd y swyddog tai yn trefnu bod y fflat yn cael ei drwsio o fewn dwy wythnos

core-group-helps-heading = Beth all helpu
# source: 000_1e1dbaff73eac1a8.txt
core-group-helps-read = Darllenwch beth benderfynodd y gynhadledd cyn y cyfarfod cyntaf.
core-group-helps-questions = Ewch â'ch cwestiynau gyda chi, wedi'u hysgrifennu.
core-group-helps-views = Gwnewch yn siŵr bod pobl yn deall eich barn am y cynllun.
core-group-helps-support = Awgrymwch gymorth a fyddai'n helpu eich teulu.
core-group-helps-family = Gofynnwch i'ch teulu ehangach gymryd rhan yn gynnar.
core-group-helps-fgc = Gofynnwch am [[family-group-conference|gynhadledd grŵp teulu]].

core-group-visits-heading = Ymweliadau ac asesiad
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
core-group-visits-often = Bydd y gweithiwr cymdeithasol yn ymweld â chi'n rheolaidd. Mewn llawer o ardaloedd, mae hyn o leiaf bob 10 diwrnod gwaith, ond mae'n amrywio o ardal i ardal. Efallai na fydd rhai ymweliadau wedi'u trefnu o flaen llaw.
core-group-visits-see = Bydd y gweithiwr cymdeithasol yn gweld eich plentyn ar ei ben ei hun. Bydd y gweithiwr hefyd yn edrych o gwmpas eich cartref, gan gynnwys lle mae eich plentyn yn cysgu.
# source: 003_23392368096e3b46.txt
core-group-visits-assessment = Mae [[assessment|asesiad]] o anghenion eich plentyn yn parhau. Dylai gael ei rannu gyda chi.
# source: Working Together to Safeguard Children 2023 (an assessment within 45 working days of the referral) (content review L8)
core-group-visits-assessment-england = Yn Lloegr, dylai'r asesiad gael ei orffen o fewn 45 diwrnod gwaith i'r atgyfeiriad. Mae hyn yn cyfrif o'r adeg y clywodd y gwasanaethau plant am y pryder gyntaf.
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-assessment-wales = Yng Nghymru, rhaid gorffen yr asesiad o fewn 42 diwrnod gwaith. Mae'r 42 diwrnod yn cael eu cyfrif o ddechrau'r [[section-47-enquiries|ymholiadau adran 47]].
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-contingency = Gall y grŵp hefyd lunio [[contingency-plan|cynllun wrth gefn]]. Mae hwn yn dweud beth fydd yn digwydd os nad yw'r cynllun yn gweithio.

## The review conference

review-when-heading = Pryd mae'n cael ei chynnal?
# source: 000, 001, 002, 003, 004 (all agree)
review-when-timing = Mae'r [[review-conference|gynhadledd adolygu]] gyntaf yn cael ei chynnal o fewn 3 mis i'r gynhadledd gyntaf. Wedi hynny, mae adolygiad o leiaf bob 6 mis tra bo'r cynllun yn para.
review-when-early = Mae modd galw adolygiad cynharach os nad yw'r cynllun yn gweithio.
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-when-who = Fel arfer, yr un cadeirydd sy'n ei harwain, ac mae llawer o'r un gweithwyr proffesiynol yn dod. Byddwch chi'n cael gwahoddiad.

review-looks-heading = Beth mae'n edrych arno
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-looks-intro = Mae'r adolygiad yn edrych ar:
review-looks-plan = pa mor dda mae'r cynllun yn gweithio
review-looks-working-together = sut rydych chi a'r gweithwyr proffesiynol yn gweithio gyda'ch gilydd
review-looks-worries = a oes pryderon difrifol am eich plentyn o hyd
review-looks-reports = Mae gweithwyr proffesiynol yn ysgrifennu adroddiadau cyn yr adolygiad. Maen nhw'n dweud beth sydd wedi gwella a beth sy'n dal i'w poeni.

review-ready-heading = Paratoi
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-ready-changes = Meddyliwch am beth sydd wedi newid yn eich teulu ers y gynhadledd ddiwethaf. Meddyliwch am y gwahaniaeth mae hyn wedi'i wneud i'ch plentyn. Gallwch chi ei ysgrifennu a mynd ag e gyda chi.

review-outcome-means = Beth mae'n ei olygu
review-outcome-feel = Sut gallech chi deimlo
review-outcome-do = Beth i'w wneud nawr

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-ends-heading = Canlyniad 1: mae'r cynllun yn dod i ben
review-ends-means = Mae'r gynhadledd yn penderfynu nad yw eich plentyn mewn perygl o niwed sylweddol mwyach. Mae'r cynllun yn dod i ben.
review-ends-feel = Mae llawer o rieni'n teimlo rhyddhad. Mae rhai hefyd yn poeni am golli'r help roedden nhw'n ei gael.
review-ends-do = { $nation ->
        [wales] Meddyliwch a ydych chi eisiau help o hyd. Gall [[care-and-support-plan|cynllun gofal a chymorth]] nodi'r cymorth i'ch teulu.
       *[england] Meddyliwch a ydych chi eisiau help o hyd. Gall [[child-in-need-plan|cynllun Plentyn mewn Angen]] nodi'r cymorth i'ch teulu.
    } Ddylai cymorth ddim dibynnu ar fod eich plentyn mewn perygl o niwed.

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-continues-heading = Canlyniad 2: mae'r cynllun yn parhau
review-continues-means = Mae'r gynhadledd yn penderfynu bod eich plentyn mewn perygl o hyd. Mae'r cynllun yn aros, a gall newid.
review-continues-feel = Gall hyn deimlo'n anodd, yn enwedig os ydych chi wedi gweithio'n galed ar y cynllun. Mae'n iawn dweud sut rydych chi'n teimlo.
review-continues-do = Dywedwch beth rydych chi'n ei feddwl am unrhyw newidiadau i'r cynllun. Bydd yr adolygiad nesaf o fewn 6 mis. Efallai y bydd [[legal-planning-meeting|cyfarfod cynllunio cyfreithiol]] yn cael ei gynnal hefyd.

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-legal-heading = Canlyniad 3: mae pryderon difrifol yn parhau
review-legal-means = Os oes pryderon difrifol o hyd, mae'r gwasanaethau plant yn cynnal cyfarfod cynllunio cyfreithiol. Yno, maen nhw'n cael cyngor cyfreithiol. Efallai y byddan nhw'n cynnig mwy o gymorth, neu efallai y byddan nhw'n gwneud cais i'r llys.
# source: Children Act 1989 ss44, 46; Practice Direction 12A (Public Law Outline): legal steps are not tied to a review (content review M5)
review-legal-any-time = Gall y gwasanaethau plant gael cyngor cyfreithiol unrhyw bryd, nid dim ond ar ôl adolygiad.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (free once a letter arrives, not before) (content review M1)
review-legal-feel = Gall hyn fod yn frawychus. Does dim rhaid i chi wynebu hyn ar eich pen eich hun. Gall llinellau cyngor am ddim helpu nawr. Os cewch chi lythyr, mae help cyfreithiol am ddim.
review-legal-letters = Dylai'r gwasanaethau plant ysgrifennu atoch chi. Mae dau fath o lythyr:
# source: Practice Direction 12A (Public Law Outline); Family Rights Group "What happens at a pre-proceedings meeting" (content review M6)
review-legal-letter-before = Mae [[letter-before-proceedings|llythyr cyn achos]] yn dweud beth allwch chi ei wneud i osgoi mynd i'r llys. Mae pobl yn aml yn ei alw'n "llythyr PLO".
review-legal-letter-issue = Mae [[letter-of-issue|llythyr cyhoeddi achos]] yn dweud eu bod nhw'n mynd i'r llys.
review-legal-solicitor = Os cewch chi'r naill lythyr neu'r llall, ewch i weld cyfreithiwr sy'n arbenigo mewn cyfraith plant ar unwaith. Ewch â'r llythyr gyda chi.
# source: Practice Direction 12A (Public Law Outline): the letter before proceedings invites the parent to a pre-proceedings meeting; Family Rights Group (content review M6)
review-legal-plo = Ystyr PLO yw [[plo|Public Law Outline]]. Mae'r llythyr yn eich gwahodd i gyfarfod, sy'n aml yn cael ei alw'n gyfarfod PLO. Ewch â'ch cyfreithiwr gyda chi.
# source: public (Family Rights Group A-Z "Legal aid"; legal aid regulations for this stage)
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (content review M1)
review-legal-aid = Pan gewch chi lythyr cyn achos, mae help cyfreithiol am ddim, beth bynnag yw eich incwm. [[legal-aid|Cymorth cyfreithiol]] yw'r enw ar hyn. Mae'n cynnwys cyngor, llythyrau a sgyrsiau gyda'r cyngor lleol. Mae hefyd yn cynnwys cyfreithiwr yn y cyfarfod sy'n dilyn. Ewch yn syth at gyfreithiwr cymorth cyfreithiol sy'n arbenigo mewn cyfraith plant. Peidiwch ag aros am brawf modd.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (care proceedings: free whatever the income or merits); Family Rights Group "Working with a solicitor" (content review M1)
review-legal-court-aid = Os yw'r cyngor lleol yn mynd i'r llys, rydych chi'n cael cymorth cyfreithiol am ddim ar gyfer yr achos llys. Does dim ots beth yw eich incwm.
# source: GOV.UK "Find a legal aid adviser" (find-legal-advice.justice.gov.uk); the Law Society's "Find a Solicitor" (solicitors.lawsociety.org.uk, Children Law Accreditation); Family Rights Group "Working with a solicitor" (content review M6). Web services only: no phone number is given
review-legal-find = I ddod o hyd i gyfreithiwr, chwiliwch ar GOV.UK am "Find a legal aid adviser". Neu defnyddiwch "Find a Solicitor" gan Gymdeithas y Cyfreithwyr (the Law Society). Dewiswch un sy'n gwneud cyfraith plant. Pan fyddwch chi'n ffonio, dywedwch fod gennych chi lythyr am y llys.

review-guidance-heading = Am y canllaw hwn
review-guidance = Canllaw cyffredinol i Gymru a Lloegr yw hwn, nid cyngor cyfreithiol. Mae'r drefn yn wahanol o ardal i ardal. Gofynnwch i'ch gweithiwr cymdeithasol neu i gyfreithiwr.

## Complaints and advice

help-complain-heading = Os nad ydych chi'n hapus gyda'r gynhadledd
# source: 003_23392368096e3b46.txt
# source: LGSCO fact sheet "Child protection issues" (complain to the chair as soon as possible); Greater Manchester procedure (in writing within 28 days) (content review M7)
help-complain-chair = Ysgrifennwch at gadeirydd y gynhadledd. Gwnewch hynny cyn gynted ag y gallwch chi. Mae rhai ardaloedd yn gofyn amdano o fewn tua 28 diwrnod. Gall y gweithiwr cymdeithasol eich helpu i ysgrifennu'r llythyr os hoffech chi.
# source: London Safeguarding Children Procedures PA8 (conference complaints follow the partnership's own procedure, not the Children Act complaints procedure) (content review M7)
help-complain-team = Gofynnwch i'r cadeirydd sut mae cwynion am gynadleddau'n gweithio yn eich ardal chi. Mae gan rai ardaloedd drefn arbennig ar eu cyfer. Mae eraill yn defnyddio tîm cwynion y cyngor, sydd weithiau'n cael ei alw'n ofal cwsmeriaid. Gallwch chi gysylltu â'r tîm hwnnw eich hun.
# source: London Safeguarding Children Procedures PA8; Greater Manchester; St Helens (the decision stands while a complaint is considered; the outcome and category can be challenged) (content review M7)
help-complain-meanwhile = Tra bo'ch cwyn yn cael ei hystyried, mae'r cynllun yn parhau. Gallwch chi gwyno am y ffordd y cafodd y gynhadledd ei chynnal, neu am yr hyn a benderfynodd.
# source: public (the ombudsmen's fact sheets)
help-complain-ombudsman = { $nation ->
        [wales] Os nad yw dau gam proses gwyno'r cyngor yn datrys y mater, gallwch chi fynd at [[ombudsman|Ombwdsmon]] Gwasanaethau Cyhoeddus Cymru. Fel arfer, rhaid i chi fynd o fewn 12 mis i ddod i wybod am y broblem.
       *[england] Os nad yw proses gwyno'r cyngor yn datrys y mater, gallwch chi fynd at y Local Government and Social Care [[ombudsman|Ombudsman]]. Cwynwch wrth y cadeirydd yn gyntaf. Fel arfer, rhaid i chi fynd at yr Ombwdsmon o fewn 12 mis.
    }
help-complain-ombudsman-limits = { $nation ->
        [wales] All yr Ombwdsmon ddim edrych ar benderfyniad y gynhadledd ei hun. Mae'n edrych ar sut gweithredodd y cyngor.
       *[england] All yr Ombwdsmon ddim newid penderfyniad y gynhadledd. Mae'n edrych ar sut gweithredodd y cyngor.
    }

# source: content review L14 (Civil Legal Advice is a 0345 number: the advice is free, the call may not be)
help-lines-heading = Llinellau cyngor
help-lines-intro = Tapiwch rif i'w ffonio. Gwiriwch yr oriau agor yn gyntaf.
# source: frg.org.uk "Our advice service" (England only); content review M8. No Wales advice line on child protection could be sourced and checked (2026-12-04), so none is shown; a parent is pointed to a solicitor and an advocate instead
help-lines-wales = Mae llinell gyngor Family Rights Group ar gyfer Lloegr yn unig. Dydyn ni ddim wedi dod o hyd i linell gyngor wedi'i gwirio ar amddiffyn plant yng Nghymru eto. Gofynnwch i gyfreithiwr cyfraith plant am gyngor. Gofynnwch i'r cyngor a oes eiriolwr ar gael i rieni.

help-local-heading = Eich rhifau lleol eich hun
# source: CONTENT-FACTS.md section 5 (local numbers differ by council)
help-local-numbers = Mae'r rhifau ar gyfer eich gweithiwr cymdeithasol, y cadeirydd, gwasanaeth tu allan i oriau'r cyngor, eich cyfreithiwr a'ch [[advocate|eiriolwr]] yn wahanol o ardal i ardal. Gallwch chi eu cadw ar y ffôn hwn.
help-local-link = Cadw fy nghysylltiadau

help-faq-heading = Cwestiynau mae rhieni'n eu gofyn yn aml
help-faq-record-q = Ga i recordio'r cyfarfod?
# source: content review L6 (taking notes needs no permission; recording depends on local rules)
help-faq-record-a = Gofynnwch i'r cadeirydd cyn y cyfarfod os ydych chi eisiau ei recordio. Mae'r rheolau'n wahanol o ardal i ardal. Byddwch chi'n cael copi o'r cofnodion. Gallwch chi wneud eich nodiadau eich hun.
help-faq-complain-q = Fydd e'n cyfrif yn fy erbyn i os bydda i'n cwyno?
help-faq-complain-a = Mae gennych chi hawl i gwyno. Ddylai hyn ddim newid sut mae'r gwasanaethau plant yn eich trin chi na'ch plentyn. Os ydych chi'n poeni am hyn, siaradwch â llinell gyngor yn gyntaf.
help-faq-new-worker-q = Ga i ofyn am weithiwr cymdeithasol gwahanol?
help-faq-new-worker-a = Gallwch chi ofyn. Ysgrifennwch at reolwr y gweithiwr cymdeithasol ac esboniwch pam. Does dim rhaid i'r cyngor gytuno.
help-faq-no-call-back-q = Beth os nad yw fy ngweithiwr cymdeithasol yn fy ffonio'n ôl?
help-faq-no-call-back-a = Nodwch pryd wnaethoch chi ffonio. Yna cysylltwch â rheolwr y gweithiwr cymdeithasol, neu â thîm dyletswydd y cyngor (y gweithwyr cymdeithasol sydd ar alwad y diwrnod hwnnw). Gallwch chi hefyd gysylltu â'r tîm cwynion.
help-faq-how-long-q = Faint o amser mae cwyn yn ei gymryd?
help-faq-how-long-a = { $nation ->
        [wales] Mae'n dibynnu ar eich cyngor, felly gofynnwch i'r tîm cwynion pryd i ddisgwyl ateb. Gallwch chi fynd at yr Ombwdsmon ar ôl dau gam proses gwyno'r cyngor. Fel arfer, rhaid i chi fynd o fewn 12 mis i ddod i wybod am y broblem.
       *[england] Mae'n dibynnu ar eich cyngor, felly gofynnwch i'r tîm cwynion pryd i ddisgwyl ateb. Fel arfer, rhaid i chi fynd at yr Ombwdsmon o fewn 12 mis.
    }
help-faq-end-early-q = All cynllun fy mhlentyn ddod i ben yn gynnar?
help-faq-end-early-a = Fel arfer, mae cynllun yn dod i ben mewn cynhadledd adolygu. Os yw pethau wedi newid llawer, gofynnwch i'r gweithiwr cymdeithasol neu i'r cadeirydd a oes modd cynnal adolygiad yn gynharach.

## Advice lines (numbers are data in src/core/content/advice.rs)

# source: 002_d34d1fa72bfe9724.txt, public. The number in 003 (0800 731 1696) is out of date.
line-frg-name = Llinell gyngor Family Rights Group
line-frg-about = Cyngor am ddim i deuluoedd yn Lloegr pan fydd y gwasanaethau plant yn ymwneud â'u plant. Ffôn testun: deialwch 18001 yn gyntaf.
line-frg-hours = Dydd Llun i ddydd Gwener, 9.30yb tan 3yp, ac eithrio gwyliau banc
# source: 003_23392368096e3b46.txt (hours could not be confirmed, so none are shown)
line-family-lives-name = Family Lives
line-family-lives-about = Help am ddim i unrhyw un sy'n magu plentyn.
# source: public
line-cla-name = Civil Legal Advice
line-cla-about = Gwirio a allwch chi gael cymorth cyfreithiol ar gyfer problemau eraill. Os oes gennych chi lythyr cyn achos, ewch yn syth at gyfreithiwr cyfraith plant yn lle hynny.
line-cla-hours = Dydd Llun i ddydd Gwener, 9yb tan 8yh. Dydd Sadwrn, 9yb tan 12.30yp
# source: public
line-samaritans-name = Samaritans
line-samaritans-about = Os ydych chi'n cael trafferth ymdopi. Am ddim.
line-samaritans-hours = Unrhyw bryd, ddydd a nos
line-emergency-name = Argyfwng
line-emergency-about = Os yw rhywun mewn perygl nawr.

line-call = Ffonio { $name }
line-checked = Gwiriwyd ddiwethaf: { $date }
