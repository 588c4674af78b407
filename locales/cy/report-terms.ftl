# "Deall adroddiad": ystyr y geiriau mewn adroddiad gweithiwr cymdeithasol, yn y cofnodion, mewn cynllun neu mewn llythyr, yn Gymraeg.
# Statws: wedi'i gynorthwyo gan beiriant; angen ei adolygu gan gyfieithydd cymwys.
# Status: machine-assisted; awaiting review by a qualified translator.
# One explanation per term (rt-<id>), with its source above it, and for words that judge parents a
# question the parent could ask (rt-<id>-question). Acronyms and the report's own English words are
# kept in English, with the Welsh beside them. The `# source:` comments stay in English.
# The ids are the catalogue's (src/core/report_terms/catalogue.rs): never rename one.

## The page (its interface; the terms follow)

rp-intro = Gludwch neu deipiwch eiriau o adroddiad, o'r cofnodion, o gynllun neu o lythyr. Mae pob gair rydyn ni'n ei wybod wedi'i farcio. Tapiwch air sydd wedi'i farcio i weld beth yw ei ystyr.
rp-private = Mae eich testun yn aros ar y ffôn hwn. Dydy e ddim yn cael ei anfon i unman. Bydd yn diflannu pan fyddwch chi'n gadael y dudalen hon, oni bai eich bod chi'n ei gadw.
rp-text-label = Testun o'ch adroddiad
rp-open-file = Neu agorwch ffeil testun (.txt)
rp-file-wrong = Doedd dim modd darllen y ffeil honno fel testun. Copïwch y geiriau ohoni a'u gludo yma yn lle hynny.
rp-keep = Cadw'r adroddiad hwn ar fy ffôn
rp-keep-hint = Mae'n cael ei gadw fel eich nodiadau eraill: wedi'i gloi gyda'ch cod cyfrin os ydych chi wedi gosod un, ac yn cael ei ddileu gyda'r botwm "Dileu fy holl ddata".
rp-clear = Clirio'r testun
rp-summary = { $count ->
        [0] Dydyn ni ddim wedi dod o hyd i eiriau o'n rhestr ni eto.
        [one] Daethon ni o hyd i 1 gair efallai yr hoffech chi gael esboniad ohono.
        [two] Daethon ni o hyd i { $count } air efallai yr hoffech chi gael esboniad ohonyn nhw.
        [few] Daethon ni o hyd i { $count } gair efallai yr hoffech chi gael esboniad ohonyn nhw.
        [many] Daethon ni o hyd i { $count } gair efallai yr hoffech chi gael esboniad ohonyn nhw.
       *[other] Daethon ni o hyd i { $count } gair efallai yr hoffech chi gael esboniad ohonyn nhw.
    }
rp-marked-heading = Eich testun, gyda'r geiriau wedi'u marcio
rp-list-heading = Y geiriau yn eich testun
rp-explain-close = Cau
rp-reply = Ateb y frawddeg hon mewn llythyr
rp-replied = Mae'r frawddeg yn eich ateb i'r adroddiad.
rp-open-reply = Agor yr ateb
rp-source-note = O ble mae hyn yn dod: cyfraith a chanllawiau Cymru a Lloegr. Gwiriwch unrhyw beth pwysig gyda chyfreithiwr neu eiriolwr.
rp-ask = Cwestiwn y gallech chi ei ofyn
rp-add-question = Ychwanegu at Fy nghwestiynau
rp-question-added = Wedi'i ychwanegu at Fy nghwestiynau.
rp-see-glossary = Mwy yn y rhestr eiriau
rp-nothing-yet = Does dim byd i'w esbonio eto. Gludwch destun uchod.

rt-group-law = Y gyfraith a'r broses
rt-group-people = Y bobl
rt-group-health-school = Iechyd ac ysgol
rt-group-about-parents = Geiriau mae gweithwyr proffesiynol yn eu defnyddio am rieni

## The law and the process

# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures s3 pt2
rt-child-protection-conference = Cyfarfod am ddiogelwch eich plentyn. Mae'r gwasanaethau plant yn ei alw pan fyddan nhw'n poeni'n ddifrifol fod eich plentyn yn cael niwed, neu y gallai gael niwed. Rydych chi'n cael gwahoddiad. Nid llys yw e.
# source: Working Together to Safeguard Children 2023 ch. 4 (within 15 working days of the strategy discussion); Wales Safeguarding Procedures s3 pt2
rt-icpc = Ystyr ICPC yw cynhadledd amddiffyn plant gychwynnol (initial child protection conference). Dyma'r gynhadledd gyntaf am eich plentyn. Mae'n penderfynu a oes angen cynllun amddiffyn plant ar eich plentyn. Fel arfer, mae'n cael ei chynnal o fewn 15 diwrnod gwaith i'r drafodaeth strategaeth.
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt, 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 ch. 4
rt-review-conference = Ystyr RCPC yw cynhadledd adolygu amddiffyn plant (review child protection conference). Mae'n gwirio sut mae'r cynllun yn gweithio, ac a oes ei angen o hyd. Mae'r gyntaf o fewn 3 mis i'r gynhadledd gyntaf. Yna o leiaf bob 6 mis.
# source: Family Rights Group glossary; Wales Safeguarding Procedures s3 pt2 (pre-birth conference)
rt-pre-birth-conference = Cynhadledd amddiffyn plant sy'n cael ei chynnal cyn i fabi gael ei eni. Mae'n penderfynu a fydd angen cynllun ar y babi o'r adeg y caiff ei eni.
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4
rt-child-protection-plan = Ystyr CPP yw cynllun amddiffyn plant (child protection plan). Dyma'r cynllun sy'n cael ei lunio i gadw plentyn yn ddiogel. Mae'n dweud beth sydd angen ei newid, pwy fydd yn gwneud beth, ac erbyn pryd. Dydy e ddim yn mynd â'ch cyfrifoldeb rhiant oddi arnoch chi.
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (outline plan at the conference, detailed plan by the core group)
rt-outline-plan = Y cynllun cyntaf, byr, sy'n cael ei lunio yn y gynhadledd. Yna mae'r grŵp craidd yn ei droi'n gynllun llawn, manwl.
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures (common abbreviation)
rt-cp = Ystyr CP yw amddiffyn plant (child protection): y gwaith i gadw plentyn yn ddiogel rhag niwed difrifol.
# source: Children Act 1989 s17(10); Social Services and Well-being (Wales) Act 2014 Part 3 (Wales speaks of care and support needs)
rt-child-in-need = { $nation ->
        [wales] Ystyr CIN yw plentyn mewn angen (child in need): plentyn sydd angen help ychwanegol i fod yn iach ac i ddatblygu'n dda, neu sy'n anabl. Nawr, mae'r gyfraith yng Nghymru yn galw hyn yn blentyn ag anghenion gofal a chymorth.
       *[england] Ystyr CIN yw plentyn mewn angen (child in need): plentyn sydd angen help ychwanegol gan y cyngor i fod yn iach ac i ddatblygu'n dda, neu sy'n anabl. Mae'n dod o adran 17 o Ddeddf Plant 1989.
    }
# source: Children Act 1989 s17; Working Together to Safeguard Children 2023 ch. 3; 002_d34d1fa72bfe9724.txt
rt-child-in-need-plan = { $nation ->
        [wales] Cynllun ar gyfer help a chymorth i blentyn a theulu, sy'n cael ei ddefnyddio yn Lloegr. Yng Nghymru, cynllun gofal a chymorth yw enw'r cynllun.
       *[england] Cynllun ar gyfer help a chymorth i blentyn a theulu. Mae'n cael ei ddefnyddio pan nad oes cynllun amddiffyn plant, neu ar ôl i un ddod i ben. Rydych chi'n cytuno iddo: dydy e ddim yn cael ei orfodi arnoch chi.
    }
# source: Social Services and Well-being (Wales) Act 2014 s54; 002_d34d1fa72bfe9724.txt
rt-care-and-support-plan = Yng Nghymru, cynllun ar gyfer help a chymorth i blentyn a theulu. Mae'n cael ei ddefnyddio pan nad oes cynllun amddiffyn gofal a chymorth.
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures s3 pt2
rt-care-and-support-protection-plan = Yng Nghymru, y cynllun sy'n cael ei lunio mewn cynhadledd amddiffyn plant i gadw plentyn yn ddiogel. Mae enw'r plentyn ar y gofrestr amddiffyn plant tra bo'r cynllun yn para.
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (content review L12)
rt-child-protection-register = Yng Nghymru, rhestr breifat o blant sydd â chynllun amddiffyn gofal a chymorth. Dim ond gweithwyr proffesiynol sy'n gallu ei gwirio. Nid cofnod troseddol yw hi.
# source: Working Together to Safeguard Children 2023 (categories of abuse); Wales Safeguarding Procedures (adds financial abuse)
rt-category-of-harm = { $nation ->
        [wales] Y prif fath o niwed mae'r gynhadledd yn poeni amdano: cam-drin corfforol, rhywiol, emosiynol neu seicolegol, esgeulustod, neu gam-drin ariannol.
       *[england] Y prif fath o niwed mae'r gynhadledd yn poeni amdano: cam-drin corfforol, cam-drin rhywiol, cam-drin emosiynol neu esgeulustod.
    }
# source: Working Together to Safeguard Children 2023 (definition of physical abuse)
rt-physical-abuse = Brifo corff plentyn yn fwriadol, er enghraifft ei daro, ei ysgwyd, ei losgi neu ei wenwyno. Mae hefyd yn cynnwys gwneud plentyn yn sâl yn fwriadol.
# source: Working Together to Safeguard Children 2023 (definition of emotional abuse); Wales Safeguarding Procedures ("emotional or psychological abuse")
rt-emotional-abuse = Trin plentyn mewn ffordd sy'n gwneud niwed mawr i'w deimladau a'i ddatblygiad, dro ar ôl tro. Er enghraifft, gwneud iddo deimlo'n ddiwerth neu'n ofnus, neu adael iddo weld neu glywed cam-drin domestig.
# source: Working Together to Safeguard Children 2023 (definition of sexual abuse)
rt-sexual-abuse = Gwneud i blentyn, neu adael i blentyn, gymryd rhan mewn gweithredoedd rhywiol, neu ddangos pethau rhywiol iddo. Gall ddigwydd ar-lein hefyd.
# source: Working Together to Safeguard Children 2023 (definition of neglect)
rt-neglect = Peidio â diwallu anghenion sylfaenol plentyn dro ar ôl tro, fel bod ei iechyd neu ei ddatblygiad yn cael niwed mawr. Er enghraifft, dim digon o fwyd, cynhesrwydd, diogelwch, gofal meddygol neu oruchwyliaeth.
# source: Wales Safeguarding Procedures (categories of abuse and neglect in Wales)
rt-financial-abuse = Yng Nghymru, math o niwed y gall cynllun ei enwi. Mae'n golygu cymryd neu gamddefnyddio arian neu bethau plentyn. Mae hefyd yn golygu peidio â diwallu ei anghenion gyda'r arian sydd i fod ar ei gyfer.
# source: Children Act 1989 s31(9)-(10) and s47; 001_ae30d34ab232a286.txt
rt-significant-harm = Niwed sy'n ddigon difrifol i effeithio ar iechyd neu ddatblygiad plentyn. Dyma beth mae cynhadledd amddiffyn plant yn poeni amdano.
# source: Children Act 1989 s47; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures ("a47 enquiries")
rt-section-47-enquiries = Gwiriadau mae'n rhaid i'r gwasanaethau plant eu gwneud pan fyddan nhw'n meddwl y gallai plentyn fod mewn perygl o niwed sylweddol. Daw'r enw o adran 47 o Ddeddf Plant 1989. Mae'r gweithiwr cymdeithasol yn siarad â chi, â'ch plentyn ac â phobl eraill.
# source: Children Act 1989 s17
rt-section-17 = Adran 17 o Ddeddf Plant 1989. Mae'n gadael i'r cyngor roi help a gwasanaethau i blentyn mewn angen ac i'w deulu. Mae help o dan adran 17 yn wirfoddol.
# source: Children Act 1989 s20(7)-(8); CONTENT-FACTS.md second round (content review)
rt-section-20 = Adran 20 o Ddeddf Plant 1989. Mae eich plentyn yn aros yn rhywle arall, er enghraifft gyda gofalwyr maeth, oherwydd eich bod chi'n cytuno. Nid gorchymyn llys yw hyn. Gall rhiant sydd â chyfrifoldeb rhiant ddod â hyn i ben a mynd â'r plentyn adref. Mynnwch gyngor gan gyfreithiwr yn gyntaf.
# source: Social Services and Well-being (Wales) Act 2014 s76; cyfraith.llyw.cymru "Diogelu"
rt-section-76 = Yng Nghymru, adran 76 o Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014. Mae eich plentyn yn aros yn rhywle arall, er enghraifft gyda gofalwyr maeth, oherwydd eich bod chi'n cytuno. Nid gorchymyn llys yw hyn, a gallwch chi ddod â hyn i ben. Mynnwch gyngor gan gyfreithiwr yn gyntaf.
# source: Children Act 1989 s31
rt-section-31 = Adran 31 o Ddeddf Plant 1989. Dyma'r rhan o'r gyfraith sy'n gadael i lys wneud gorchymyn gofal neu orchymyn goruchwylio.
# source: Children Act 1989 s31(2); Practice Direction 12A (threshold document)
rt-threshold = Lefel y pryder mae'n rhaid ei chyrraedd cyn i rywbeth allu digwydd. Cyn i lys wneud gorchymyn gofal, rhaid iddo ganfod bod y plentyn yn dioddef niwed sylweddol, neu'n debygol o wneud hynny. Rhaid i'r niwed ddod o'r gofal mae'r plentyn yn ei gael. Mae dogfen trothwy (threshold document) yn rhestru'r ffeithiau sydd, yn ôl y cyngor, yn dangos hyn.
# source: Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures
rt-strategy-discussion = Sgwrs rhwng y gwasanaethau plant, yr heddlu, y gwasanaeth iechyd ac eraill am y pryderon am blentyn. Mae'n penderfynu a oes angen ymholiadau adran 47. Mae'n cael ei chynnal cyn cynhadledd.
# source: Working Together to Safeguard Children 2023 ch. 3 (assessment within 45 working days); 004_cdfde2f55ea0fb42.txt (Wales: 42 working days from the start of section 47 enquiries)
rt-assessment = { $nation ->
        [wales] Pan fydd gweithiwr cymdeithasol yn dod i wybod am anghenion eich plentyn ac am eich teulu. Maen nhw'n siarad â chi, â'ch plentyn ac â phobl eraill, ac yna'n ysgrifennu beth maen nhw wedi'i ddysgu. Pan fydd gan blentyn gynllun, dylai'r asesiad gael ei orffen o fewn 42 diwrnod gwaith i ddechrau'r ymholiadau.
       *[england] Pan fydd gweithiwr cymdeithasol yn dod i wybod am anghenion eich plentyn ac am eich teulu. Maen nhw'n siarad â chi, â'ch plentyn ac â phobl eraill, ac yna'n ysgrifennu beth maen nhw wedi'i ddysgu. Dylai'r asesiad gael ei orffen o fewn 45 diwrnod gwaith.
    }
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures
rt-contingency-plan = Cynllun ar gyfer beth fydd yn digwydd os nad yw'r prif gynllun yn gweithio, neu os bydd rhywbeth yn mynd o'i le.
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (first meeting within 10 working days)
rt-core-group = Grŵp bach o weithwyr proffesiynol ac aelodau o'r teulu sy'n rhoi'r cynllun ar waith. Fel arfer, rydych chi'n aelod. Mae'n cyfarfod am y tro cyntaf o fewn 10 diwrnod gwaith i'r gynhadledd.
# source: Family Rights Group (family group conferences); 000_1e1dbaff73eac1a8.txt
rt-family-group-conference = Ystyr FGC yw cynhadledd grŵp teulu (family group conference). Mae eich teulu a'ch ffrindiau'n cyfarfod i lunio eu cynllun eu hunain i gadw eich plentyn yn ddiogel. Gallwch chi ofyn i'r gwasanaethau plant am un.
# source: 002_d34d1fa72bfe9724.txt; 000_1e1dbaff73eac1a8.txt
rt-legal-planning-meeting = Cyfarfod lle mae'r gwasanaethau plant yn cael cyngor cyfreithiol am a ddylen nhw fynd i'r llys. Dydy rhieni ddim yn y cyfarfod hwn. Gall arwain at lythyr cyn achos.
# source: 002_d34d1fa72bfe9724.txt; Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5 (content review M1)
rt-letter-before-proceedings = Ystyr LBP yw llythyr cyn achos (letter before proceedings). Mae'n dweud bod y gwasanaethau plant yn meddwl am fynd i'r llys, a beth allwch chi ei wneud i osgoi hynny. Ewch ag e at gyfreithiwr cyfraith plant ar unwaith. Mae cyngor cyfreithiol am ddim ar y cam hwn, beth bynnag yw eich incwm.
# source: 002_d34d1fa72bfe9724.txt
rt-letter-of-issue = Llythyr gan y gwasanaethau plant sy'n dweud eu bod nhw'n mynd i'r llys. Ewch ag e at gyfreithiwr cyfraith plant ar unwaith.
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
rt-plo = Ystyr PLO yw Public Law Outline. Dyma'r rheolau mae cynghorau'n eu dilyn cyn ac yn ystod achosion llys am blant. Mae'r cam cyn achos yn dechrau gyda llythyr cyn achos. Mae'n gyfle i wneud newidiadau ac i osgoi mynd i'r llys.
# source: Practice Direction 12A; Department for Education, Court orders and pre-proceedings (2014)
rt-pre-proceedings-meeting = Cyfarfod ar ôl llythyr cyn achos. Rydych chi'n mynd gyda'ch cyfreithiwr. Mae'r cyngor yn dweud beth sy'n rhaid ei newid, a gallwch chi ddweud pa help sydd ei angen arnoch chi.
# source: 003_23392368096e3b46.txt; Wales Safeguarding Procedures (corrections within 10 working days)
rt-minutes = Y nodiadau ysgrifenedig o gyfarfod. Dylech chi gael copi. Os oes rhywbeth ynddyn nhw'n anghywir, dywedwch wrth y cadeirydd.
# source: Children Act 1989 ss2-3; council guidance (a plan does not remove it)
rt-parental-responsibility = Ystyr PR yw cyfrifoldeb rhiant (parental responsibility): yr hawliau a'r dyletswyddau sydd gan riant dros ei blentyn. Dydy cynllun amddiffyn plant ddim yn mynd â'r cyfrifoldeb hwn oddi arnoch chi.
# source: Working Together to Safeguard Children 2023 (timescales in working days); Wales Safeguarding Procedures
rt-working-day = Dydd Llun i ddydd Gwener, heb gyfrif gwyliau banc.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5; Family Rights Group (content review M1)
rt-legal-aid = Help gan y llywodraeth i dalu am gyfreithiwr. Ar y dechrau, mae'n dibynnu ar eich incwm. Pan gewch chi lythyr cyn achos, mae am ddim beth bynnag yw eich incwm. Mae am ddim ar gyfer achos llys hefyd.
# source: Local Government and Social Care Ombudsman and Public Services Ombudsman for Wales fact sheets
rt-ombudsman = Gwasanaeth annibynnol sy'n edrych ar gwynion am gynghorau, ar ôl proses gwyno'r cyngor ei hun. Mae'n edrych ar sut gweithredodd y cyngor. All e ddim newid penderfyniad cynhadledd.
# source: 003_23392368096e3b46.txt; Children Act 2004 s18 (director of children's services)
rt-childrens-services = Y rhan o'ch cyngor sy'n gweithio gyda phlant a theuluoedd. Mae hefyd yn cael ei alw'n ofal cymdeithasol i blant (children's social care, CSC) neu'n wasanaethau cymdeithasol.
# source: Children Act 1989 s105 (local authority); Social Services and Well-being (Wales) Act 2014 s197
rt-local-authority = Ystyr LA yw awdurdod lleol (local authority): eich cyngor.
# source: Children Act 1989 (legislation.gov.uk)
rt-children-act-1989 = Y brif gyfraith am blant yng Nghymru a Lloegr. Mae'n esbonio cyfrifoldeb rhiant a help i deuluoedd. Mae hefyd yn dweud pryd gall llys wneud gorchmynion.
# source: Social Services and Well-being (Wales) Act 2014 (legislation.gov.uk); cyfraith.llyw.cymru "Diogelu"
rt-sswba = Y gyfraith yng Nghymru am help a chymorth gan y gwasanaethau cymdeithasol, ac am gadw plant ac oedolion yn ddiogel. Yn aml, mae'n cael ei galw'n Ddeddf 2014.
# source: Working Together to Safeguard Children 2023 (statutory guidance, GOV.UK)
rt-working-together = Canllaw'r llywodraeth i weithwyr proffesiynol yn Lloegr ar gadw plant yn ddiogel. Mae'r fersiwn diweddaraf yn dod o 2023. Mae'n nodi sut dylai amddiffyn plant weithio.
# source: Wales Safeguarding Procedures 2019 (safeguarding.wales), which replaced the All Wales Child Protection Procedures 2008
rt-wales-safeguarding-procedures = Y rheolau mae gweithwyr proffesiynol yng Nghymru yn eu dilyn i gadw plant ac oedolion yn ddiogel. Daethon nhw yn lle'r hen All Wales Child Protection Procedures yn 2019.
# source: Children Act 1989 ss44-45 (up to 8 days, can be extended by up to 7)
rt-epo = Ystyr EPO yw gorchymyn diogelu brys (emergency protection order). Gall llys wneud un pan fydd plentyn mewn perygl ar hyn o bryd. Gall bara hyd at 8 diwrnod, a gall gael ei estyn hyd at 7 diwrnod arall. Mynnwch gyfreithiwr ar unwaith.
# source: Children Act 1989 s46 (up to 72 hours)
rt-police-protection = Gall yr heddlu fynd â phlentyn i rywle diogel, neu ei gadw yno, os ydyn nhw'n meddwl y byddai'r plentyn fel arall yn cael niwed difrifol. Gall bara hyd at 72 awr. Nid gorchymyn llys yw hyn.
# source: Children Act 1989 s38
rt-ico = Ystyr ICO yw gorchymyn gofal interim (interim care order): gorchymyn gofal tymor byr sy'n cael ei wneud gan lys tra bo achos yn mynd yn ei flaen. Mae'r cyngor yn rhannu cyfrifoldeb rhiant dros eich plentyn. Mae cymorth cyfreithiol i rieni am ddim yn y llys.
# source: Children Act 1989 ss31, 33
rt-care-order = Gorchymyn llys sy'n rhoi cyfrifoldeb rhiant dros blentyn i'r cyngor. Mae'r cyngor yn ei rannu gyda'r rhieni, a gall gyfyngu ar sut maen nhw'n ei ddefnyddio. Mae'n para nes bod y plentyn yn 18 oed, oni bai bod llys yn dod ag e i ben.
# source: Children Act 1989 s35 and Sch. 3 (up to 1 year, can be extended up to 3 years)
rt-supervision-order = Gorchymyn llys sy'n rhoi plentyn o dan oruchwyliaeth gweithiwr cymdeithasol. Fel arfer, mae'r plentyn yn byw gartref. Mae'n para hyd at 1 flwyddyn, a gall gael ei estyn.
# source: Children Act 1989 ss14A-14C
rt-sgo = Ystyr SGO yw gorchymyn gwarcheidiaeth arbennig (special guardianship order). Mae llys yn gwneud rhywun, yn aml perthynas, yn warcheidwad arbennig i'r plentyn nes bod y plentyn yn 18 oed. Y gwarcheidwad arbennig sy'n gwneud y rhan fwyaf o'r penderfyniadau bob dydd. Mae'r rhieni'n cadw cyfrifoldeb rhiant, ond mae ganddyn nhw lai o lais.
# source: Children Act 1989 s8
rt-child-arrangements-order = Ystyr CAO yw gorchymyn trefniadau plant (child arrangements order). Gorchymyn llys sy'n dweud gyda phwy mae plentyn yn byw, a phryd mae'n treulio amser gyda phobl eraill.
# source: Children Act 1989 s31 and s32 (26 weeks); Civil Legal Aid regulations (free for parents)
rt-care-proceedings = Achos llys lle mae'r cyngor yn gofyn i lys am orchymyn gofal neu orchymyn goruchwylio. Dylai orffen o fewn 26 wythnos. Mae rhieni'n cael cymorth cyfreithiol am ddim. Mynnwch gyfreithiwr cyfraith plant ar unwaith.
# source: Adoption and Children Act 2002 s21
rt-placement-order = Gorchymyn llys sy'n gadael i'r cyngor roi plentyn i fyw gyda phobl a allai ei fabwysiadu. Os ydych chi'n clywed y gair hwn, siaradwch â'ch cyfreithiwr ar unwaith.
# source: Practice Direction 12A (Public Law Outline stages)
rt-irh = Ystyr IRH yw gwrandawiad datrys materion (issues resolution hearing). Gwrandawiad llys tua diwedd achos gofal. Mae'n nodi beth mae pawb yn cytuno arno, a beth sy'n dal i fod yn destun dadl.
# source: Practice Direction 12A (Public Law Outline stages)
rt-cmh = Ystyr CMH yw gwrandawiad rheoli achos (case management hearing). Gwrandawiad llys cynnar mewn achos gofal sy'n cynllunio'r achos: pa adroddiadau sydd eu hangen, ac erbyn pryd.
# source: Practice Direction 12A (Public Law Outline stages)
rt-final-hearing = Y gwrandawiad llys olaf mewn achos, lle mae'r barnwr neu'r ynadon yn penderfynu pa orchmynion i'w gwneud.
# source: FDAC National Unit / Centre for Justice Innovation (Family Drug and Alcohol Court model)
rt-fdac = Ystyr FDAC yw Llys Teulu Cyffuriau ac Alcohol (Family Drug and Alcohol Court). Mewn rhai ardaloedd, mae'n fath gwahanol o achos gofal i rieni sy'n defnyddio cyffuriau neu alcohol. Mae'r un barnwr yn eich gweld chi'n aml, ac mae tîm yn eich helpu i wneud newidiadau.
# source: Children Act 1989 s31A (care plans in care proceedings)
rt-care-plan = Mewn achos llys, cynllun y cyngor ar gyfer ble bydd y plentyn yn byw a pha ofal bydd yn ei gael. Mae'r llys yn ei ddarllen cyn gwneud gorchymyn gofal.
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (care planning); Family Rights Group
rt-parallel-planning = Gwneud dau gynllun ar yr un pryd: un i'r plentyn fynd adref, ac un ar gyfer cartref arall rhag ofn na fydd hynny'n gallu digwydd. Mae'n cael ei wneud fel nad yw'r plentyn yn aros yn rhy hir.
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (permanence)
rt-permanence = Cartref diogel a sefydlog i'r plentyn am weddill ei blentyndod. Gall fod gyda'i rieni, gyda pherthnasau, gyda gofalwyr maeth, neu drwy fabwysiadu.
# source: NSPCC Reunification Practice Framework
rt-reunification = Plentyn yn mynd yn ôl adref i fyw gyda'i deulu ar ôl derbyn gofal yn rhywle arall.
# source: Children Act 1989 s22; Social Services and Well-being (Wales) Act 2014 s74
rt-looked-after-child = Ystyr LAC neu CLA yw plentyn sy'n derbyn gofal (looked after child, neu child looked after): plentyn mae'r cyngor yn gofalu amdano, o dan orchymyn llys neu gyda chytundeb y rhieni. Mae'r rhan fwyaf yn byw gyda gofalwyr maeth neu gyda pherthnasau.
# source: Children Act 1989 s34 (contact with a child in care); Family Justice Young People's Board (the words "family time")
rt-family-time = Amser mae plentyn yn ei dreulio gyda'i rieni neu ei deulu pan nad ydyn nhw'n byw gyda'i gilydd. Mae hefyd yn cael ei alw'n gyswllt (contact). Mae "dan oruchwyliaeth" (supervised) yn golygu bod gweithiwr proffesiynol yno.
# source: Family Rights Group (viability assessments of family and friends)
rt-viability-assessment = Gwiriad cyntaf, cyflym, i weld a allai perthynas neu ffrind ofalu am y plentyn. Efallai y bydd asesiad llawn yn dilyn.
# source: Children Act 1989 s38(6); Family Rights Group
rt-residential-assessment = Mae rhiant a phlentyn yn byw am rai wythnosau mewn lleoliad arbennig. Mae'r staff yno'n gwylio ac yn helpu wrth i'r rhiant ofalu am y plentyn.
# source: Home Office, Multi Agency Working and Information Sharing Project (2014)
rt-mash = Ystyr MASH yw canolfan ddiogelu amlasiantaethol (multi-agency safeguarding hub). Tîm lle mae'r gwasanaethau plant, yr heddlu, y gwasanaeth iechyd ac eraill yn rhannu gwybodaeth am bryderon newydd ac yn penderfynu beth i'w wneud.
# source: Working Together to Safeguard Children 2023 ch. 3 (decision within one working day)
rt-referral = Pan fydd rhywun yn dweud wrth y gwasanaethau plant ei fod yn poeni am blentyn. Dylai'r gwasanaethau plant benderfynu beth i'w wneud o fewn un diwrnod gwaith.
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures s3 pt2 (outcomes of enquiries)
rt-nfa = Ystyr NFA yw dim camau pellach (no further action). Mae'r gwasanaethau plant, neu'r heddlu, wedi penderfynu peidio â gwneud dim byd arall am y tro.
# source: SafeLives (MARAC guidance)
rt-marac = Ystyr MARAC yw cynhadledd asesu risg amlasiantaethol (multi-agency risk assessment conference). Cyfarfod lle mae'r heddlu, y gwasanaeth iechyd, y gwasanaethau plant ac eraill yn rhannu gwybodaeth i amddiffyn rhywun sydd mewn risg uchel o gam-drin domestig. Dydy'r person sydd mewn risg ddim yn mynd, ond mae IDVA yn siarad ar ei ran.
# source: Criminal Justice Act 2003 s325; Ministry of Justice MAPPA guidance
rt-mappa = Ystyr MAPPA yw trefniadau amlasiantaethol i amddiffyn y cyhoedd (multi-agency public protection arrangements). Mae'r heddlu, y gwasanaeth prawf a'r carchardai yn gweithio gyda'i gilydd i reoli pobl sydd wedi cyflawni rhai troseddau rhywiol neu dreisgar.
# source: SafeLives (Dash risk identification checklist)
rt-dash = Rhestr o gwestiynau am gam-drin domestig, stelcian ac aflonyddu yw DASH. Mae'r heddlu ac eraill yn ei defnyddio i farnu faint o berygl mae rhywun ynddo.
# source: Working Together to Safeguard Children 2023 ch. 2 (early help)
rt-early-help = Cymorth i deulu cyn gynted ag y mae problemau'n dechrau, cyn iddyn nhw waethygu. Mae'n wirfoddol. Mae asesiad cymorth cynnar (early help assessment, EHA) yn edrych ar ba help fyddai'n gweithio.
# source: Working Together to Safeguard Children 2023 ch. 2 (early help, lead practitioner)
rt-team-around-the-family = Ystyr TAF neu TAC yw tîm o amgylch y teulu (team around the family), neu dîm o amgylch y plentyn (team around the child). Mae'r gweithwyr proffesiynol sy'n gweithio gyda theulu yn cyfarfod â'r teulu i gynllunio help gyda'i gilydd.
# source: Working Together to Safeguard Children 2023 (moving between child protection, child in need and early help)
rt-step-down = Symud teulu i lefel is o help pan fydd y pryderon yn lleihau. Er enghraifft, o gynllun amddiffyn plant i gynllun Plentyn mewn Angen, neu i gymorth cynnar.
# source: Children and Social Work Act 2017; Working Together to Safeguard Children 2023 ch. 2
rt-safeguarding-partnership = Yn Lloegr, mae'r cyngor, y GIG (NHS) a'r heddlu mewn ardal yn gweithio gyda'i gilydd i gadw plant yn ddiogel. Nhw yw'r partneriaid diogelu (safeguarding partners). LSCB yw'r hen enw ar hyn.
# source: Social Services and Well-being (Wales) Act 2014 s134
rt-regional-safeguarding-board = Yng Nghymru, bwrdd ym mhob rhanbarth sy'n gwneud yn siŵr bod asiantaethau'n gweithio gyda'i gilydd i gadw plant yn ddiogel.
# source: Working Together to Safeguard Children 2023 (definition of safeguarding)
rt-safeguarding = Popeth sy'n cael ei wneud i amddiffyn plant rhag niwed a'u helpu i dyfu i fyny'n ddiogel ac yn iach.
# source: Working Together to Safeguard Children 2023
rt-multi-agency = Gwasanaethau gwahanol yn gweithio gyda'i gilydd, fel y gwasanaethau plant, y gwasanaeth iechyd, ysgolion a'r heddlu.
# source: Working Together to Safeguard Children 2023; local child protection procedures
rt-professionals-meeting = Cyfarfod o'r gweithwyr proffesiynol sy'n gweithio gyda theulu, heb y teulu. Gofynnwch beth gafodd ei drafod, ac a oes nodiadau.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; local procedures (visit frequency differs by area)
rt-statutory-visit = Ymweliad mae'n rhaid i'r gweithiwr cymdeithasol ei wneud yn ôl y gyfraith neu'r rheolau, er enghraifft at blentyn sydd â chynllun. Bydd y gweithiwr cymdeithasol eisiau gweld eich plentyn, ac yn aml lle mae'n cysgu.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (visits may be unannounced)
rt-unannounced-visit = Ymweliad gan y gweithiwr cymdeithasol heb ddweud wrthych chi o flaen llaw. Gall ddigwydd tra bo gan eich plentyn gynllun.
# source: Working Together to Safeguard Children 2023 (children seen alone during enquiries and assessments)
rt-seen-alone = Siaradodd y gweithiwr cymdeithasol â'ch plentyn heboch chi yno. Mae hyn yn rhan arferol o'r gwaith. Mae'n helpu'r plentyn i siarad yn rhydd.
# source: Working Together to Safeguard Children 2023 (outcomes of section 47 enquiries); Wales Safeguarding Procedures s3 pt2 (concerns substantiated or not)
rt-substantiated = Ystyr substantiated (wedi'u cadarnhau) yw bod y pryderon wedi cael eu gwirio, a'u bod yn wir. Ystyr unsubstantiated (heb eu cadarnhau) yw nad oedd digon o dystiolaeth i ddangos eu bod yn wir.
# source: NSPCC Learning (recognising and responding to abuse: disclosures)
rt-disclosure = Pan fydd plentyn yn dweud wrth rywun am niwed. Gall hefyd olygu oedolyn yn dweud rhywbeth amdano'i hun wrth weithwyr proffesiynol.
# source: Ministry of Justice, Achieving Best Evidence in Criminal Proceedings (2022)
rt-abe-interview = Ystyr ABE yw cael y dystiolaeth orau (achieving best evidence). Cyfweliad ar fideo gyda phlentyn neu dyst, gan swyddogion heddlu neu weithwyr cymdeithasol sydd wedi cael hyfforddiant arbennig. Gall gael ei ddefnyddio yn y llys.
# source: Prosecution of Offences Act 1985; CPS (cps.gov.uk)
rt-cps = Ystyr CPS yw Gwasanaeth Erlyn y Goron (Crown Prosecution Service). Mae'n penderfynu a ddylai rhywun gael ei gyhuddo o drosedd, ac mae'n mynd ag achosion i'r llys troseddol.
# source: Police and Criminal Evidence Act 1984 Part IV (pre-charge bail); Bail Act 1976
rt-bail = Pan fydd rhywun sydd wedi'i arestio yn cael mynd tra bo achos yr heddlu neu'r llys yn parhau. Amodau mechnïaeth (bail conditions) yw'r rheolau mae'n rhaid iddyn nhw eu dilyn, fel peidio â mynd i gyfeiriad penodol.
# source: Policing and Crime Act 2017 (pre-charge bail reform); College of Policing
rt-rui = Ystyr RUI yw wedi'i ryddhau dan ymchwiliad (released under investigation). Cafodd rhywun ei ryddhau gan yr heddlu heb fechnïaeth, tra bo trosedd yn dal i gael ei hymchwilio. Does dim amodau mechnïaeth.
# source: Family Law Act 1996 ss42-42A
rt-non-molestation-order = Gorchymyn llys sy'n atal rhywun rhag defnyddio trais neu fygwth trais, neu rhag aflonyddu ar berson neu ei boeni. Mae torri'r gorchymyn yn drosedd.
# source: Family Law Act 1996 ss33-38
rt-occupation-order = Gorchymyn llys am bwy sy'n cael byw mewn cartref. Gall gadw rhywun allan o'r cartref am gyfnod.
# source: Crime and Security Act 2010 ss24-33; Domestic Abuse Act 2021 Part 3
rt-dvpo = Hysbysiad gan yr heddlu yw DVPN, a gorchymyn gan lys yw DVPO. Maen nhw'n cadw person draw o gartref rhywun mae wedi'i gam-drin, am hyd at 28 diwrnod. Mae gorchymyn newydd i amddiffyn rhag cam-drin domestig (domestic abuse protection order, DAPO) yn dechrau cymryd eu lle mewn rhai ardaloedd.
# source: Home Office, Domestic Violence Disclosure Scheme guidance
rt-clares-law = Mae Clare's Law, sef y cynllun datgelu trais domestig (domestic violence disclosure scheme, DVDS), yn gadael i chi ofyn i'r heddlu a oes gan bartner hanes o gam-drin. Gall yr heddlu hefyd ddweud wrthych chi heb i chi ofyn.
# source: Department for Education, Child sexual exploitation: definition and guide for practitioners (2017)
rt-cse = Ystyr CSE yw camfanteisio'n rhywiol ar blant (child sexual exploitation). Mae rhywun yn twyllo plentyn, yn rhoi pwysau arno neu'n ei orfodi i gymryd rhan mewn gweithgarwch rhywiol. Yn aml, maen nhw'n rhoi rhywbeth i'r plentyn yn gyfnewid, fel anrhegion, cyffuriau neu sylw.
# source: Keeping Children Safe in Education 2024; Home Office county lines guidance
rt-cce = Ystyr CCE yw camfanteisio troseddol ar blant (child criminal exploitation): pan fydd rhywun yn defnyddio plentyn i gyflawni troseddau, fel cario cyffuriau neu arian. Yn aml, mae hyn yn digwydd gyda bygythiadau neu wobrau.
# source: Home Office, Criminal exploitation of children and vulnerable adults: county lines guidance
rt-county-lines = Gangiau sy'n symud cyffuriau o ddinasoedd i drefi eraill. Yn aml, maen nhw'n defnyddio plant i'w cario a'u gwerthu.
# source: Working Together to Safeguard Children 2023 ch. 3 (harm outside the home); Contextual Safeguarding Network (University of Durham)
rt-contextual-safeguarding = Cadw pobl ifanc yn ddiogel rhag niwed y tu allan i'r teulu. Er enghraifft, niwed gan ffrindiau, yn yr ardal lle maen nhw'n byw, yn yr ysgol neu ar-lein.
# source: Department for Education, Children who run away or go missing from home or care (2014)
rt-missing-episode = Adeg pan oedd plentyn ar goll o'i gartref neu o ofal. Wedyn, dylai rhywun annibynnol gynnig sgwrs i'r plentyn am beth ddigwyddodd: cyfweliad dychwelyd adref (return home interview, RHI).
# source: Female Genital Mutilation Act 2003; NHS (female genital mutilation)
rt-fgm = Ystyr FGM yw anffurfio organau cenhedlu benywod (female genital mutilation): torri neu newid organau cenhedlu merch heb reswm meddygol. Mae'n drosedd yn y DU, ac mae'n achosi niwed sy'n para.
# source: Anti-social Behaviour, Crime and Policing Act 2014
rt-asb = Ystyr ASB yw ymddygiad gwrthgymdeithasol (anti-social behaviour): ymddygiad sy'n achosi aflonyddu, braw neu ofid i bobl eraill, fel sŵn neu fygythiadau.

## The people

# source: 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-social-worker = Ystyr SW yw gweithiwr cymdeithasol (social worker). Gweithiwr proffesiynol hyfforddedig o'r gwasanaethau plant sy'n gweithio gyda'ch plentyn a'ch teulu. Y gweithiwr cymdeithasol sydd wedi'i enwi ar gyfer eich plentyn sy'n arwain y cynllun.
# source: 000_1e1dbaff73eac1a8.txt; 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-lead-social-worker = Y gweithiwr cymdeithasol sy'n gyfrifol am gynllun eich plentyn. Weithiau, mae'n cael ei alw'n weithiwr allweddol (key worker) neu'n ymarferydd arweiniol (lead practitioner).
# source: local children's services structures (council guides for parents)
rt-team-manager = Ystyr TM yw rheolwr tîm (team manager): rheolwr y gweithiwr cymdeithasol. Gallwch chi ofyn am gael siarad â nhw os nad ydych chi'n hapus.
# source: 001_ae30d34ab232a286.txt; Working Together to Safeguard Children 2023 (the chair is independent of the case) (content review L3)
rt-chair = Y person sy'n arwain y gynhadledd. Mae'n weithiwr cymdeithasol profiadol nad yw'n rhan o achos eich plentyn. Gallwch chi siarad â nhw cyn y cyfarfod.
# source: Children Act 1989 ss25A-25C; IRO Handbook (2010)
rt-iro = Ystyr IRO yw swyddog adolygu annibynnol (independent reviewing officer). Mae'n gwirio cynllun gofal plentyn mae'r cyngor yn gofalu amdano, ac mae'n arwain adolygiadau'r plentyn. Nid nhw yw gweithiwr cymdeithasol y plentyn.
# source: Working Together to Safeguard Children 2023; Keeping Children Safe in Education 2024 Part 4
rt-lado = Ystyr LADO yw swyddog dynodedig yr awdurdod lleol (local authority designated officer). Mae'n delio â phryderon y gallai rhywun sy'n gweithio gyda phlant, fel athro neu athrawes, fod wedi niweidio plentyn.
# source: Family Rights Group (parent advocacy); 003_23392368096e3b46.txt
rt-advocate = Rhywun sy'n eich helpu i ddweud beth rydych chi'n ei feddwl ac sy'n gwneud yn siŵr bod eich llais yn cael ei glywed. Mae eiriolwr ar eich ochr chi, a dydy e ddim yn gweithio i'r gwasanaethau plant.
# source: Children Act 1989 s41; Cafcass
rt-childrens-guardian = Mewn achos llys, person annibynnol sy'n siarad dros fuddiannau'r plentyn yn y llys. Mae'n dewis cyfreithiwr ar gyfer y plentyn.
# source: Criminal Justice and Court Services Act 2000 s12; Children Act 2004 s35 (Cafcass Cymru)
rt-cafcass = { $nation ->
        [wales] Mae Cafcass yn gofalu am fuddiannau plant mewn llysoedd teulu yn Lloegr. Yng Nghymru, Cafcass Cymru sy'n gwneud yr un gwaith.
       *[england] Ystyr Cafcass yw Gwasanaeth Cynghori a Chynorthwyo Llys i Blant a Theuluoedd (Children and Family Court Advisory and Support Service). Mae'n gofalu am fuddiannau plant mewn llysoedd teulu yn Lloegr. Gall gweithiwr Cafcass fod yn warcheidwad plant (children's guardian).
    }
# source: Children Act 2004 s35; Welsh Government (Cafcass Cymru)
rt-cafcass-cymru = Yng Nghymru, y gwasanaeth sy'n gofalu am fuddiannau plant mewn llysoedd teulu. Mae'n rhan o Lywodraeth Cymru.
# source: local children's services (family support); Working Together to Safeguard Children 2023 ch. 2
rt-family-support-worker = Ystyr FSW yw gweithiwr cymorth i deuluoedd (family support worker). Mae'n rhoi help ymarferol gartref, er enghraifft gyda threfn ddyddiol, arian neu fagu plant. Fel arfer, dydyn nhw ddim yn weithwyr cymdeithasol.
# source: SafeLives (the IDVA role); Home Office
rt-idva = Ystyr IDVA yw cynghorydd annibynnol ar drais domestig (independent domestic violence adviser). Mae'n helpu pobl sydd mewn risg uchel o gam-drin domestig i gadw'n ddiogel. Mae'n gweithio i elusen neu wasanaeth, nid i'r heddlu.
# source: Home Office, The role of the Independent Sexual Violence Adviser (2017)
rt-isva = Ystyr ISVA yw cynghorydd annibynnol ar drais rhywiol (independent sexual violence adviser). Mae'n cefnogi pobl sydd wedi cael eu treisio neu wedi dioddef ymosodiad rhywiol.
# source: Police Reform Act 2002; College of Policing
rt-pcso = Ystyr PCSO yw swyddog cymorth cymunedol yr heddlu (police community support officer). Mae'n gweithio gyda'r heddlu yn yr ardal leol, ond nid yw'n swyddog heddlu.
# source: Ministry of Justice, HM Prison and Probation Service
rt-probation = Y gwasanaeth sy'n goruchwylio pobl sydd ar ddedfryd gymunedol, neu sydd wedi cael eu rhyddhau o'r carchar.
# source: Crime and Disorder Act 1998 s39
rt-yot = Ystyr YOT, YOS neu YJS yw tîm troseddau ieuenctid neu wasanaeth cyfiawnder ieuenctid (youth offending team, youth justice service). Tîm y cyngor sy'n gweithio gyda phlant 10 i 17 oed sy'n mynd i drafferth gyda'r gyfraith.
# source: 003_23392368096e3b46.txt (a member of staff takes notes of the meeting)
rt-minute-taker = Y person yn y cyfarfod sy'n ysgrifennu'r nodiadau, sef y cofnodion. Dydyn nhw ddim yn cymryd rhan yn y penderfyniadau.
# source: Fostering Services (England) Regulations 2011; Children Act 1989 s22C
rt-foster-carer = Rhywun sydd wedi'i gymeradwyo gan y cyngor neu gan asiantaeth i ofalu am blant yn ei gartref ei hun. Mae'n gofalu am blant sydd ddim yn gallu byw gyda'u rhieni.
# source: Department for Education, Championing kinship care (2023); Care Planning, Placement and Case Review (England) Regulations 2010 reg 24 (connected person)
rt-kinship-carer = Perthynas neu ffrind sy'n gofalu am blentyn sydd ddim yn gallu byw gyda'i rieni. Efallai y bydd y cyngor yn eu galw'n "berson cysylltiedig" (connected person).
# source: Framework for the Assessment of Children in Need and their Families (2000)
rt-primary-carer = Y person sy'n gwneud y rhan fwyaf o ofal y plentyn o ddydd i ddydd.
# source: Children Act 1989 (parents who do not live with the child keep parental responsibility if they have it)
rt-non-resident-parent = Rhiant sydd ddim yn byw gyda'r plentyn. Efallai fod ganddyn nhw gyfrifoldeb rhiant o hyd, ac efallai y bydd gofyn iddyn nhw gymryd rhan.
# source: Working Together to Safeguard Children 2023 (out-of-hours services); council guides
rt-edt = Ystyr EDT yw tîm dyletswydd brys (emergency duty team): y gweithwyr cymdeithasol sy'n ateb yn y nos, ar benwythnosau ac ar wyliau banc.

## Health and school

# source: 003_23392368096e3b46.txt; NHS (health visitors)
rt-health-visitor = Ystyr HV yw ymwelydd iechyd (health visitor): nyrs neu fydwraig sydd â hyfforddiant ychwanegol, ac sy'n cefnogi teuluoedd sydd â phlant o dan 5 oed.
# source: NHS (GP services); 003_23392368096e3b46.txt
rt-gp = Ystyr GP yw general practitioner: eich meddyg teulu.
# source: NHS (your antenatal and postnatal care)
rt-midwife = Gweithiwr iechyd proffesiynol sy'n gofalu amdanoch chi pan fyddwch chi'n feichiog, yn ystod yr enedigaeth, ac yn ystod y dyddiau cyntaf ar ôl yr enedigaeth.
# source: NHS (school nursing); Healthy Child Programme 5 to 19
rt-school-nurse = Nyrs sy'n gweithio gyda phlant a phobl ifanc oed ysgol ar eu hiechyd.
# source: 003_23392368096e3b46.txt; RCPCH Child Protection Companion
rt-paediatrician = Meddyg sy'n arbenigo mewn plant. Yn aml, mae pediatregydd cymunedol yn gweld plant pan fydd pryderon am eu datblygiad, neu bryderon amddiffyn plant.
# source: NHS (children and young people's mental health services)
rt-camhs = Ystyr CAMHS yw gwasanaethau iechyd meddwl plant a phobl ifanc (child and adolescent mental health services). Gwasanaethau'r GIG (NHS) ar gyfer plant a phobl ifanc sydd â phroblemau iechyd meddwl. Enw mwy newydd: CYPMHS.
# source: NHS (community mental health services)
rt-cpn = Ystyr CPN yw nyrs seiciatrig gymunedol (community psychiatric nurse): nyrs iechyd meddwl sy'n gweld pobl gartref neu yn y gymuned.
# source: NHS (community mental health teams)
rt-cmht = Ystyr CMHT yw tîm iechyd meddwl cymunedol (community mental health team): staff y GIG (NHS) sy'n cefnogi oedolion sydd â phroblemau iechyd meddwl difrifol.
# source: NHS (when to go to A&E)
rt-a-and-e = Ystyr A&E yw damweiniau ac achosion brys (accident and emergency): yr adran yn yr ysbyty ar gyfer anafiadau a salwch difrifol.
# source: NICE guideline CG89, Child maltreatment: when to suspect
rt-nai = Ystyr NAI yw anaf nad yw'n ddamweiniol (non-accidental injury): anaf mae meddygon yn meddwl efallai nad oedd yn ddamwain. Pryder i'w wirio yw e, nid canfyddiad.
# source: Royal College of Radiologists and RCPCH, The radiological investigation of suspected physical abuse in children
rt-skeletal-survey = Cyfres o belydrau-X o sgerbwd cyfan babi neu blentyn ifanc, i chwilio am esgyrn wedi torri, hen neu newydd.
# source: RCPCH Child Protection Companion
rt-cp-medical = Archwiliad gan feddyg plant pan fydd pryder bod plentyn wedi cael niwed. Mae'r meddyg yn ysgrifennu adroddiad. Fel arfer, bydd gofyn i chi gytuno iddo.
# source: NHS and RCPCH ("was not brought" replacing "did not attend" for children)
rt-dna = Mewn nodiadau iechyd, mae DNA fel arfer yn golygu "did not attend" (heb ddod): cafodd apwyntiad ei golli. Os yw'r adroddiad am brawf, gall DNA olygu prawf genetig, er enghraifft i ddangos pwy yw tad plentyn.
# source: NHS and RCPCH ("was not brought")
rt-was-not-brought = Ystyr WNB yw was not brought (ni ddaeth neb â'r plentyn): collodd plentyn apwyntiad iechyd. Dydy plant ddim yn gallu mynd â'u hunain, felly mae'n cael ei ysgrifennu fel cyfrifoldeb yr oedolyn.
rt-was-not-brought-question = Pa apwyntiadau gafodd eu colli, a beth fyddai'n ein helpu ni i gyrraedd atyn nhw?
# source: NICE guideline NG75, Faltering growth
rt-faltering-growth = Pan nad yw babi neu blentyn yn magu pwysau nac yn tyfu fel y byddai disgwyl. Yr hen enw oedd failure to thrive (methu ffynnu). Gall fod llawer o resymau, gan gynnwys salwch.
# source: NHS and RCPCH UK-WHO growth charts (Red Book)
rt-centile = Llinell ar siart twf. Mae'n dangos sut mae pwysau neu daldra plentyn yn cymharu â phlant eraill o'r un oed. Mae meddygon yn sylwi os yw plentyn yn symud ar draws y llinellau.
# source: NHS (developmental milestones)
rt-developmental-delay = Pan fydd plentyn yn dysgu sgiliau fel cerdded, siarad neu chwarae yn hwyrach na'r rhan fwyaf o blant o'r un oed. Cerrig milltir (milestones) yw'r enw ar y sgiliau hyn.
# source: NHS (personal child health record, the Red Book)
rt-red-book = Cofnod iechyd personol y plentyn: llyfr mae rhieni'n ei gadw, gydag archwiliadau, pwysau a brechiadau eu plentyn.
# source: NHS (perinatal mental health; postnatal depression)
rt-perinatal-mental-health = Problemau iechyd meddwl yn ystod beichiogrwydd neu ar ôl geni babi, fel iselder ôl-enedigol (postnatal depression, PND). Maen nhw'n gyffredin, ac mae modd eu trin.
# source: NHS (autism)
rt-autism = Ystyr ASD neu ASC yw anhwylder neu gyflwr sbectrwm awtistiaeth (autism spectrum disorder or condition). Mae awtistiaeth yn effeithio ar sut mae person yn cyfathrebu ac yn profi'r byd. Nid salwch yw e.
# source: NHS (ADHD)
rt-adhd = Ystyr ADHD yw anhwylder diffyg canolbwyntio a gorfywiogrwydd (attention deficit hyperactivity disorder). Mae'n effeithio ar ganolbwyntio, ar lefel gweithgarwch ac ar weithredu'n fyrbwyll.
# source: NHS (reduce the risk of sudden infant death syndrome); The Lullaby Trust
rt-safe-sleep = Ffyrdd o leihau'r risg y bydd babi'n marw'n sydyn yn ei gwsg (SUDI). Er enghraifft, mae'r babi'n cysgu ar ei gefn, yn ei got ei hun. Mae rhannu gwely yn fwy peryglus ar ôl alcohol, cyffuriau neu ysmygu.
# source: NHS (drug addiction: getting help; alcohol support)
rt-substance-misuse-service = Gwasanaeth lleol sy'n helpu pobl sy'n defnyddio cyffuriau neu alcohol. Mae am ddim, ac yn aml gallwch chi atgyfeirio eich hun.
# source: Department of Health, Healthy Child Programme; Welsh Government, Healthy Child Wales Programme
rt-healthy-child-programme = Yr archwiliadau a'r cymorth mae ymwelwyr iechyd yn eu rhoi i bob teulu, o'r beichiogrwydd nes bod y plentyn yn dechrau'r ysgol.
# source: Children and Families Act 2014 s20; SEND Code of Practice (2015)
rt-sen = Ystyr SEN neu SEND yw anghenion addysgol arbennig ac anableddau (special educational needs and disabilities): pan fydd angen help ychwanegol ar blentyn i ddysgu.
# source: SEND Code of Practice (2015)
rt-senco = Ystyr SENCO yw cydlynydd anghenion addysgol arbennig (special educational needs coordinator): yr athro neu'r athrawes sy'n trefnu help ychwanegol i blant ag anghenion addysgol arbennig.
# source: Children and Families Act 2014 s37; SEND Code of Practice (2015)
rt-ehcp = Ystyr EHCP yw cynllun addysg, iechyd a gofal (education, health and care plan). Dogfen gyfreithiol ar gyfer plentyn hyd at 25 oed ag anghenion addysgol arbennig. Mae'n dweud pa help mae'n rhaid iddo ei gael.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-aln = Yng Nghymru, ystyr ALN yw anghenion dysgu ychwanegol (additional learning needs): pan fydd angen help ychwanegol ar blentyn i ddysgu.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-alnco = Yng Nghymru, ystyr ALNCo yw cydlynydd anghenion dysgu ychwanegol (additional learning needs coordinator): yr athro neu'r athrawes sy'n trefnu help ychwanegol i blant ag anghenion dysgu ychwanegol.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-idp = Yng Nghymru, ystyr IDP yw cynllun datblygu unigol (individual development plan): cynllun cyfreithiol ar gyfer plentyn ag anghenion dysgu ychwanegol.
# source: Department for Education, Promoting the education of looked-after children (2018); Welsh Government guidance
rt-pep = Ystyr PEP yw cynllun addysg personol (personal education plan): rhan o gynllun gofal plentyn sy'n derbyn gofal, am ei addysg yn yr ysgol.
# source: Children and Families Act 2014 s99
rt-virtual-school = Yn Lloegr, tîm y cyngor sy'n helpu plant sy'n derbyn gofal, a rhai plant eraill, i wneud yn dda yn yr ysgol. Pennaeth yr ysgol rithwir (virtual school head) sy'n ei arwain.
# source: Keeping Children Safe in Education 2024; Welsh Government, Keeping learners safe (designated safeguarding person)
rt-dsl = Ystyr DSL yw arweinydd dynodedig ar gyfer diogelu (designated safeguarding lead): y person mewn ysgol neu feithrinfa sy'n gyfrifol am gadw plant yn ddiogel. Yng Nghymru, efallai ei fod yn cael ei alw'n berson dynodedig ar gyfer diogelu (designated safeguarding person, DSP).
# source: Education Act 1996 s444 (school attendance); council education welfare services
rt-ewo = Ystyr EWO yw swyddog lles addysg (education welfare officer): rhywun o'r cyngor sy'n gweithio gyda theuluoedd pan fydd plentyn yn colli ysgol yn aml.
# source: Department for Education, Working together to improve school attendance (persistent absence is missing 10% or more)
rt-persistent-absence = { $nation ->
        [wales] Pan fydd plentyn yn colli llawer o ysgol. Gofynnwch i'r ysgol sut maen nhw'n ei gyfrif.
       *[england] Pan fydd plentyn yn colli 10% neu fwy o sesiynau ysgol.
    }
# source: Department for Education, Suspension and permanent exclusion guidance; Welsh Government exclusion guidance
rt-exclusion = Pan fydd ysgol yn anfon disgybl adref am dorri rheolau. Mae gwaharddiad dros dro (suspension, neu fixed-term exclusion) am rai diwrnodau. Mae gwaharddiad parhaol (permanent exclusion) yn golygu na all y plentyn fynd yn ôl.
# source: Education Act 1996 s19 (education otherwise than at school)
rt-pru = Ystyr PRU yw uned cyfeirio disgyblion (pupil referral unit): ysgol ar gyfer plant sydd ddim yn gallu mynd i ysgol arferol, er enghraifft ar ôl gwaharddiad. Mae'n fath o ddarpariaeth amgen (alternative provision).
# source: Education Act 1996 s7
rt-ehe = Ystyr EHE yw addysg ddewisol yn y cartref (elective home education): mae rhieni'n dysgu eu plentyn gartref yn lle yn yr ysgol. Mae gan rieni hawl i wneud hyn.
# source: Education Act 1996 s436A; statutory guidance on children missing education
rt-cme = Ystyr CME yw plant sy'n colli addysg (children missing education): plant oed ysgol sydd ddim yn yr ysgol, a ddim yn cael eu dysgu gartref.
# source: GOV.UK and Welsh Government (free school meals)
rt-fsm = Ystyr FSM yw prydau ysgol am ddim (free school meals). Mae rhai plant yn eu cael oherwydd incwm y teulu neu oherwydd eu hoed.

## Words professionals use about parents

# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (engagement as a focus of reports); Family Rights Group
rt-engagement = Faint rydych chi'n cymryd rhan yn y cynllun: cwrdd â'r gweithiwr cymdeithasol, mynd i apwyntiadau a defnyddio'r help sy'n cael ei gynnig. Mae adroddiadau'n aml yn sôn am hyn.
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (concerns about caregiver engagement)
rt-non-engagement = Mae'r awdur yn meddwl nad ydych chi'n cymryd rhan yn y cynllun, er enghraifft yn colli cyfarfodydd neu'n peidio â gadael y gweithiwr cymdeithasol i mewn. Efallai fod rhesymau, fel ofn, salwch, gwaith neu arian. Gallwch chi ddweud beth ydyn nhw.
rt-non-engagement-question = Beth ydw i wedi'i wneud sy'n edrych i chi fel peidio ag ymgysylltu, a beth fyddai'n fy helpu i gymryd rhan?
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2014, 2024)
rt-disguised-compliance = Mae'r awdur yn meddwl bod rhiant fel petai'n cydweithio â gweithwyr proffesiynol, ond heb newid go iawn. Mae'r NSPCC yn dweud y gall yr ymadrodd fod yn ddi-fudd ac yn beio. Mae'n dweud y dylai gweithwyr proffesiynol ddisgrifio beth welson nhw.
rt-disguised-compliance-question = Beth ydw i wedi'i wneud sy'n edrych i chi fel cydymffurfio cudd (disguised compliance)?
# source: NSPCC Learning (caregiver engagement); Family Rights Group
rt-non-compliance = Mae'r awdur yn meddwl nad ydych chi wedi gwneud yr hyn roedd y cynllun, neu gytundeb, yn ei ofyn.
rt-non-compliance-question = Pa ran o'r cynllun ydych chi'n dweud nad ydw i wedi'i gwneud, a beth fyddai'n fy helpu i'w gwneud?
# source: Research in Practice, Assessing parental capacity to change (2014) (acknowledging the concerns)
rt-minimising = Mae'r awdur yn meddwl eich bod chi'n gwneud i'r pryderon swnio'n llai, neu'n llai difrifol, nag y mae'r awdur yn eu gweld.
rt-minimising-question = Beth ydw i wedi'i ddweud sy'n edrych i chi fel bychanu'r pryderon, a beth sydd angen i mi ei ddeall?
# source: Research in Practice, Assessing parental capacity to change (2014) (recognising the problem)
rt-lack-of-insight = Mae'r awdur yn meddwl nad ydych chi eto'n gweld nac yn derbyn beth sy'n ei boeni, na sut mae'n effeithio ar eich plentyn.
rt-lack-of-insight-question = Beth fyddai'n dangos i chi fy mod i'n deall eich pryderon?
# source: Re L (Care: Threshold Criteria) [2007] 1 FLR 2050 (society must tolerate very diverse standards of parenting); D. W. Winnicott (the "good enough" parent)
rt-good-enough-parenting = Gofal sy'n diwallu anghenion plentyn yn ddigon da. Dydy e ddim yn golygu perffaith. Mae llysoedd wedi dweud bod teuluoedd yn magu plant mewn llawer o ffyrdd gwahanol, a bod hynny'n cael ei ganiatáu.
rt-good-enough-parenting-question = Yn eich barn chi, sut byddai magu plant digon da yn edrych ar gyfer fy mhlentyn i?
# source: NSPCC Learning, Protecting children from risk and protective factors
rt-protective-factors = Pethau sy'n helpu i gadw plentyn yn ddiogel, fel rhiant cariadus, teulu sy'n cefnogi, cartref diogel neu ysgol dda. Dywedwch beth yw eich rhai chi.
# source: NSPCC Learning, Risk and protective factors
rt-risk-factors = Pethau a all wneud niwed yn fwy tebygol, fel cam-drin domestig, defnyddio cyffuriau neu alcohol, neu iechyd meddwl gwael. Nid yw ffactor risg yn brawf o niwed.
# source: Care Inspectorate, Practice guide to chronologies (2017); Working Together to Safeguard Children 2023 (assessments consider history)
rt-chronology = Rhestr o ddigwyddiadau pwysig ym mywyd eich teulu, yn nhrefn dyddiad, wedi'i llunio gan y gweithwyr proffesiynol. Os oes rhywbeth ynddi'n anghywir, dywedwch hynny.
# source: Social Care Institute for Excellence; Research in Practice (genograms in assessment)
rt-genogram = Coeden deulu mae'r gweithiwr cymdeithasol yn ei thynnu. Mae'n dangos pwy sydd yn eich teulu, a sut mae pobl yn perthyn i'w gilydd.
# source: A. Hartman, Diagrammatic assessment of family relationships (1978); Research in Practice
rt-ecomap = Llun sy'n dangos y bobl a'r gwasanaethau o gwmpas eich teulu, a pha mor gryf yw pob cysylltiad.
# source: Family Rights Group (family plans); Working Together to Safeguard Children 2023
rt-safety-plan = Cynllun ysgrifenedig o'r hyn fydd yn cael ei wneud i gadw'r plentyn yn ddiogel, a phwy fydd yn ei wneud. Gall teulu a ffrindiau fod yn rhan ohono.
# source: CONTENT-FACTS.md second round (written agreements are not court orders but are used as evidence); Family Rights Group
rt-written-agreement = Rhestr o bethau mae'r gwasanaethau plant yn gofyn i chi gytuno i'w gwneud, neu i beidio â'u gwneud. Nid gorchymyn llys yw hi, ond gall gael ei defnyddio fel tystiolaeth os bydd achos yn mynd i'r llys. Mynnwch gyngor cyn i chi lofnodi.
# source: Framework for the Assessment of Children in Need and their Families (2000); PAMS (Parent Assessment Manual Software); Good practice guidance on working with parents with a learning disability (2021)
rt-parenting-assessment = Asesiad o ba mor dda mae rhiant yn gallu gofalu am ei blentyn. Mae PAMS yn un math. Mae'n cael ei ddefnyddio'n aml ar gyfer rhieni ag anabledd dysgu.
# source: Framework for the Assessment of Children in Need and their Families (2000) (parenting capacity)
rt-parenting-capacity = Pa mor dda mae rhiant yn gallu diwallu anghenion ei blentyn: gofal sylfaenol, diogelwch, cariad, arweiniad a ffiniau, a sefydlogrwydd.
# source: Research in Practice, Assessing parental capacity to change (2014)
rt-capacity-to-change = A all rhiant wneud y newidiadau mae'r plentyn eu hangen, a'u cynnal, yn yr amser sydd gan y plentyn.
rt-capacity-to-change-question = Pa newidiadau sydd angen i chi eu gweld, ac erbyn pryd?
# source: Research in Practice, Assessing parental capacity to change (2014); Children Act 1989 s1(2) (delay)
rt-sustained-change = Newid sy'n para, nid dim ond am ychydig wythnosau.
rt-sustained-change-question = Am faint o amser byddai angen i newid bara cyn i chi fod yn siŵr ohono?
# source: Family court practice (segmented hair testing, about 1 cm of growth a month); solicitors' guides for parents
rt-hair-strand-test = Prawf ar ddarn bach o wallt i chwilio am gyffuriau neu alcohol. Mae gwallt yn tyfu tua 1 cm y mis, felly gall ddangos defnydd dros y misoedd diwethaf.
# source: ordinary meaning; NSPCC Learning (describe caregiver behaviour clearly rather than label it)
rt-chaotic = Mae'r awdur yn meddwl bod bywyd gartref yn anodd ei ragweld, heb drefn reolaidd.
rt-chaotic-question = Beth ydych chi wedi'i weld rydych chi'n ei alw'n anhrefnus (chaotic), a beth fyddai'n ei wneud yn dawelach?
# source: Working Together to Safeguard Children 2023 (neglect includes failing to protect a child from harm or danger)
rt-failure-to-protect = Mae'r awdur yn meddwl na wnaeth rhiant gadw'r plentyn yn ddiogel rhag niwed gan rywun arall.
rt-failure-to-protect-question = Beth ydych chi'n meddwl y dylwn i fod wedi'i wneud, a beth fyddai'n fy helpu i amddiffyn fy mhlentyn nawr?
# source: D. Glaser, Emotional abuse and neglect: a conceptual framework (2002) (emotional unavailability)
rt-emotionally-unavailable = Mae'r awdur yn meddwl nad yw rhiant yn ymateb yn aml i deimladau'r plentyn, nac yn sylwi ar beth mae'r plentyn ei angen.
rt-emotionally-unavailable-question = Beth welsoch chi sy'n gwneud i chi ddweud hyn?
# source: Framework for the Assessment of Children in Need and their Families (2000) (housing and home environment)
rt-home-conditions = Cyflwr eich cartref: a yw'n ddigon glân, diogel a chynnes, gyda gwely a bwyd i'r plentyn.
rt-home-conditions-question = Beth yn union sydd angen ei newid gartref, a pha help allwch chi ei roi?
# source: Framework for the Assessment of Children in Need and their Families (2000) (basic care)
rt-basic-care = Diwallu anghenion bob dydd plentyn: bwyd, cynhesrwydd, glendid, dillad, cwsg a gofal iechyd.
# source: Framework for the Assessment of Children in Need and their Families (2000) (guidance and boundaries)
rt-boundaries = Rheolau a threfn glir, fel bod plentyn yn gwybod beth i'w ddisgwyl a sut i ymddwyn.
# source: NICE guideline NG26, Children's attachment
rt-attachment = Y cwlwm rhwng plentyn a'r bobl sy'n gofalu amdano. Mae ymlyniad diogel (secure attachment) yn helpu plentyn i deimlo'n ddiogel.
# source: Public Health Wales, Adverse Childhood Experiences study (2015)
rt-aces = Ystyr ACEs yw profiadau niweidiol yn ystod plentyndod (adverse childhood experiences): pethau sy'n achosi straen mawr yn ystod plentyndod, fel cam-drin neu fyw gyda cham-drin domestig. Gallan nhw effeithio ar iechyd yn nes ymlaen, ond mae cymorth yn helpu.
# source: Ofsted, In the child's time: professional responses to neglect (2014)
rt-cumulative-harm = Niwed sy'n cronni dros amser o lawer o bethau llai, yn hytrach nag o un digwyddiad.
# source: Children Act 1989 s1(2) (delay is likely to harm the child's welfare); Ofsted
rt-drift-and-delay = Pan fydd achos yn mynd ymlaen yn rhy hir heb i bethau wella, a heb i benderfyniadau gael eu gwneud.
# source: Brandon et al., analyses of serious case reviews for the Department for Education; Skinner et al. (2021), on the weak evidence for the term
rt-toxic-trio = Ymadrodd am gam-drin domestig, defnyddio cyffuriau neu alcohol, a phroblemau iechyd meddwl yn digwydd gyda'i gilydd. Mae ymchwilwyr wedi dweud bod yr ymadrodd yn rhy syml.
rt-toxic-trio-question = Pa bryderon ydych chi'n eu golygu, a pha help allwch chi ei gynnig ar gyfer pob un?
# source: Domestic Abuse Act 2021 ss1, 3 (a child who sees, hears or experiences it is a victim)
rt-domestic-abuse = Ystyr DA yw cam-drin domestig (domestic abuse): cam-drin rhwng pobl 16 oed neu hŷn sy'n bartneriaid, yn gyn-bartneriaid neu'n deulu. Gall fod yn gorfforol, yn rhywiol, yn emosiynol, yn rheolaethol neu'n ymwneud ag arian. Mae plant sy'n ei weld neu'n ei glywed yn ddioddefwyr hefyd.
# source: Domestic Abuse Act 2021 s1; Home Office
rt-domestic-violence = Ystyr DV yw trais domestig (domestic violence): yr hen enw ar gam-drin domestig.
# source: Serious Crime Act 2015 s76
rt-coercive-control = Patrwm o ymddygiad sy'n rheoli neu'n dychryn partner neu aelod o'r teulu, neu'n ei dorri i ffwrdd oddi wrth bobl eraill. Er enghraifft, ei wylio, neu reoli ei arian neu bwy mae'n ei weld. Mae'n drosedd.
# source: NHS (drug and alcohol addiction); Framework for the Assessment of Children in Need and their Families (2000)
rt-substance-misuse = Defnyddio cyffuriau neu alcohol mewn ffordd sy'n eich niweidio chi neu bobl eraill.
# source: Working Together to Safeguard Children 2023 (assessments consider history)
rt-historical-concerns = Pryderon o'r gorffennol, weithiau o flynyddoedd yn ôl.
rt-historical-concerns-question = Sut mae'r pryderon hyn o'r gorffennol yn ymwneud â fy mhlentyn heddiw?
# source: SafeLives (working with families affected by domestic abuse)
rt-collusion = Mae'r awdur yn meddwl bod rhiant yn ochri gyda rhywun sy'n achosi niwed, neu'n helpu i'w guddio.
rt-collusion-question = Beth ydw i wedi'i wneud sy'n edrych i chi fel cydgynllwynio (colluding)?
# source: Domestic Abuse Act 2021; Working Together to Safeguard Children 2023
rt-perpetrator = Y person a achosodd y niwed, neu y mae pobl yn dweud ei fod wedi'i achosi (honedig, alleged).
rt-perpetrator-question = Ar beth mae hyn wedi'i seilio, ac a yw wedi cael ei brofi?
# source: Respect (accredited domestic abuse perpetrator programmes)
rt-perpetrator-programme = Cwrs i bobl sydd wedi cam-drin partner, i'w helpu i newid eu hymddygiad.
# source: Working Together to Safeguard Children 2023 (observing the child)
rt-presentation = Sut mae plentyn neu riant yn ymddangos i'r gweithiwr proffesiynol: sut maen nhw'n edrych, yn ymddwyn ac yn siarad.
# source: Children Act 1989 s1(3)(a), s17(4A), s47(5A)
rt-wishes-and-feelings = Beth mae'r plentyn ei eisiau, a sut mae'n teimlo. Mae'r gyfraith yn dweud bod rhaid i weithwyr proffesiynol eu hystyried.
# source: Working Together to Safeguard Children 2023 (child-centred practice); Wales Safeguarding Procedures ("llais y plentyn")
rt-voice-of-the-child = Beth mae'r plentyn yn ei ddweud, yn ei ddangos neu'n ei deimlo, wedi'i ysgrifennu yn yr adroddiad fel ei fod yn cael ei glywed.
# source: Working Together to Safeguard Children 2023 (children's lived experiences)
rt-lived-experience = Sut mae bywyd bob dydd i'ch plentyn, fel mae'n ei fyw.
# source: A. Turnell and S. Edwards, Signs of Safety (1999); used by many councils
rt-signs-of-safety = Ffordd o weithio mae llawer o gynghorau'n ei defnyddio. Mae'n gofyn beth sy'n gweithio'n dda, beth yw'r pryderon, a beth sydd angen digwydd.
