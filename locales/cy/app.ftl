# Negeseuon yr ap i gyd, yn Gymraeg.
# Statws: wedi'i ysgrifennu gan y tîm datblygu; angen ei adolygu gan gyfieithydd cymwys.
# Status: written by the development team; awaiting review by a qualified translator.

## The app and its frame

app-name = Canllaw cynhadledd amddiffyn plant
skip-link = Neidio i'r prif gynnwys
nav-label = Prif ddewislen
nav-home = Dechrau
menu-button = Dewislen
menu-guide = Y canllaw
menu-notes = Fy nodiadau
menu-writing = Ysgrifennu
menu-help = Help
nav-checklist = Rhestr wirio
nav-questions = Cwestiynau
nav-plan = Cynllun
nav-contacts = Cysylltiadau
nav-letters = Llythyrau
nav-dates = Dyddiadau
nav-settings = Gosodiadau
language-switcher-label = Iaith
language-status = Cafodd y canllaw hwn ei gyfieithu o'r Saesneg gyda help peiriant. Nid yw wedi cael ei wirio gan gyfieithydd cymwys eto.
language-check-interpreter = Os nad yw rhywbeth yn glir, gwiriwch gyda'ch cyfieithydd ar y pryd neu'ch gweithiwr cymdeithasol.
footer-private = Mae popeth rydych chi'n ei deipio yn y canllaw hwn yn aros ar y ffôn hwn. Does dim byd yn cael ei anfon at neb.

## The page shell, shown before the app starts

shell-loading = Wrthi'n llwytho'r canllaw…
shell-noscript = Mae angen JavaScript ar y canllaw hwn. Trowch ef ymlaen yng ngosodiadau eich porwr, yna ail-lwythwch y dudalen hon.
# While a tool's own code is fetched, the first time it is opened (a second or two on a slow phone).
chunk-loading = Wrthi'n agor yr offeryn hwn…
# When that code cannot be fetched (offline, say): the button loads the page again.
chunk-failed = Nid oedd modd agor y rhan hon o'r canllaw. Gwiriwch eich cysylltiad â'r rhyngrwyd, yna rhowch gynnig arall arni.
chunk-retry = Rhoi cynnig arall arni
shell-load-error = Methodd y canllaw â dechrau. Gwiriwch eich cysylltiad â'r rhyngrwyd, yna ail-lwythwch y dudalen hon.

## Emergency exit

exit-region = Allanfa frys
exit-emergency = Argyfwng
exit-this-page = Gadael y dudalen hon
exit-shift-remaining = { $count ->
        [one] Pwyswch Shift unwaith eto i adael.
        [two] Pwyswch Shift ddwywaith eto i adael.
        [zero] Pwyswch Shift { $count } gwaith eto i adael.
        [few] Pwyswch Shift { $count } gwaith eto i adael.
        [many] Pwyswch Shift { $count } gwaith eto i adael.
       *[other] Pwyswch Shift { $count } gwaith eto i adael.
    }

## Updates and errors

update-ready = Mae fersiwn newydd o'r canllaw hwn yn barod.
update-reload = Ail-lwytho i ddiweddaru
language-load-failed = Methwyd â llwytho'r iaith honno. Gwiriwch eich cysylltiad â'r rhyngrwyd a rhowch gynnig arall arni.

## Home

home-title = Eich canllaw i gynhadledd amddiffyn plant
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
home-intro = Mae'r gwasanaethau plant (a elwir weithiau'n wasanaethau cymdeithasol) wedi gofyn i chi ddod i gyfarfod am eich plentyn. Cynhadledd amddiffyn plant yw'r enw arno. Mae'r canllaw hwn yn esbonio pob cam mewn geiriau syml. Mae'n dangos beth allwch chi ei wneud ar bob cam.
home-stages-heading = Y pum cam
home-not-legal-advice = Canllaw cyffredinol i Gymru a Lloegr yw hwn. Nid cyngor cyfreithiol yw e. Mae'r drefn yn wahanol o ardal i ardal, felly gofynnwch i'ch gweithiwr cymdeithasol neu i gyfreithiwr.
stage-number = Cam { $number } o { $total }

## Stage pages

before-title = Cyn y gynhadledd
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-intro = Cyfarfod yw cynhadledd amddiffyn plant. Nid llys yw hi. Mae'r gwasanaethau plant yn ei threfnu pan fyddan nhw'n poeni'n ddifrifol fod plentyn yn cael niwed, neu y gallai gael niwed. Mae'r dudalen hon yn esbonio sut gallwch chi baratoi.
before-summary = Beth yw'r cyfarfod, pwy fydd yno, a sut i baratoi.

during-title = Yn y gynhadledd
# source: 003_23392368096e3b46.txt
during-intro = Cadeirydd annibynnol sy'n arwain y cyfarfod. Mae pob person yn rhannu'r hyn mae'n ei wybod, ac rydych chi'n cael cyfle i roi eich barn. Mae'r dudalen hon yn esbonio beth sy'n digwydd a beth all gael ei benderfynu.
during-summary = Beth sy'n digwydd yn y cyfarfod, a beth all ei benderfynu.

core-group-title = Y grŵp craidd
# source: 004_cdfde2f55ea0fb42.txt, 000_1e1dbaff73eac1a8.txt
# source: 004_cdfde2f55ea0fb42.txt, CONTENT-FACTS.md section 2 (the Wales term) (content review L5)
core-group-intro = { $nation ->
        [wales] Os oes gan eich plentyn gynllun amddiffyn gofal a chymorth, mae grŵp llai yn cyfarfod i roi'r cynllun ar waith. Fel arfer, rydych chi'n rhan ohono. Mae'r cyfarfod cyntaf o fewn 10 diwrnod gwaith i'r gynhadledd.
       *[england] Os oes gan eich plentyn gynllun amddiffyn plant, mae grŵp llai yn cyfarfod i roi'r cynllun ar waith. Fel arfer, rydych chi'n rhan ohono. Mae'r cyfarfod cyntaf o fewn 10 diwrnod gwaith i'r gynhadledd.
    }
core-group-summary = Y grŵp llai sy'n rhoi'r cynllun ar waith.

review-title = Y gynhadledd adolygu
# source: 002_d34d1fa72bfe9724.txt, 003_23392368096e3b46.txt
review-intro = Mae cynhadledd adolygu yn edrych ar sut mae'r cynllun yn gweithio. Mae'r gyntaf o fewn 3 mis i'r gynhadledd gyntaf. Wedi hynny, mae un o leiaf bob 6 mis tra bo'r cynllun yn para.
review-summary = Sut mae'r cynllun yn cael ei wirio, a beth all ddigwydd nesaf.

help-title = Cwynion a chyngor
# source: 003_23392368096e3b46.txt, 002_d34d1fa72bfe9724.txt
help-intro = { $nation ->
        [wales] Os nad ydych chi'n hapus gyda'r gynhadledd, gallwch chi gwyno. Gall rhai llinellau cyngor, a chyfreithiwr, eich helpu ar unrhyw gam.
       *[england] Os nad ydych chi'n hapus gyda'r gynhadledd, gallwch chi gwyno. Gall llinellau cyngor am ddim eich helpu ar unrhyw gam.
    }
help-summary = Sut i gwyno, a phwy all roi cyngor am ddim i chi.

## Your own tools

checklist-title = Fy rhestr wirio
checklist-intro = Rhestr o bethau i'w gwneud cyn ac ar ôl pob cyfarfod, wedi'i chadw ar y ffôn hwn.
questions-title = Fy nghwestiynau
questions-intro = Y cwestiynau rydych chi eisiau eu gofyn ym mhob cyfarfod, a'r atebion a gewch chi, wedi'u cadw ar y ffôn hwn.
dates-title = Fy nyddiadau
dates-intro = Rhowch ddyddiad y gynhadledd gyntaf. Mae'r dudalen hon yn cyfrifo'r dyddiadau sy'n dilyn ohoni, mewn diwrnodau gwaith. Maen nhw'n cael eu cadw ar y ffôn hwn.

contacts-title = Fy nghysylltiadau
contacts-intro = Rhifau ffôn a chyfeiriadau e-bost y bobl sy'n rhan o achos eich plentyn, wedi'u cadw ar y ffôn hwn.
nav-glossary = Rhestr eiriau
stage-nav-label = Camau
stage-you-are-here = Rydych chi yma
stage-previous = Blaenorol
stage-next = Nesaf
stage-suggestions-do = Pethau y gallech chi eu gwneud
stage-suggestions-ask = Cwestiynau y gallech chi eu gofyn
stage-suggestions-to-checklist = Ychwanegu'r rhain at fy rhestr wirio
stage-suggestions-to-questions = Ychwanegu'r rhain at fy nghwestiynau
nation-heading = Ble rydych chi'n byw?
nation-hint = Mae'r rheolau ychydig yn wahanol yn Lloegr ac yng Nghymru.
nation-england = Lloegr
nation-wales = Cymru

settings-title = Gosodiadau
settings-intro = Dewiswch sut mae'r canllaw hwn yn gweithio i chi. Mae eich dewisiadau'n aros ar y ffôn hwn.
settings-language-heading = Iaith
settings-language-hint = Dewiswch iaith y canllaw hwn.
text-size-heading = Maint y testun
text-size-hint = Gwnewch y geiriau'n fwy neu'n llai. Mae'r canllaw yn cofio eich dewis ar y ffôn hwn.
text-size-standard = Arferol
text-size-large = Mawr
text-size-largest = Mwyaf
theme-note = Os yw eich ffôn yn defnyddio modd tywyll, mae'r canllaw hwn yn troi'n dywyll hefyd.

## Listen: the page read aloud by the phone

listen-button = Gwrando ar y dudalen hon
listen-pause = Oedi
listen-resume = Parhau
listen-stop = Stopio
listen-label = Darllen y dudalen hon yn uchel

## My dates

dates-fields-heading = Dyddiadau eich cyfarfodydd
dates-initial-label = Dyddiad y gynhadledd amddiffyn plant gyntaf
dates-last-core-group-label = Dyddiad cyfarfod diweddaraf y grŵp craidd
dates-last-review-label = Dyddiad y gynhadledd adolygu ddiweddaraf
dates-enquiries-label = Y dyddiad y dechreuodd yr ymholiadau, os ydych chi'n ei wybod
dates-minutes-received-label = Y diwrnod y cyrhaeddodd cofnodion y gynhadledd ddiwethaf
dates-minutes-by-label = Y dyddiad olaf ar gyfer cywiriadau i'r cofnodion, o lythyr y cadeirydd
dates-optional-hint = Gadewch hwn yn wag nes iddo ddigwydd.
dates-timeline-heading = Eich llinell amser
# source: Working Together to Safeguard Children 2023 and 004_cdfde2f55ea0fb42.txt (the only national rules: first core group within 10 working days, reviews within 3 then 6 months; Wales: core group at least every 6 weeks, assessment within 42 working days); everything else is local practice (content review M12)
dates-latest-note = { $nation ->
        [wales] Mae rheolau cenedlaethol yn gosod y dyddiadau hwyraf ar gyfer cyfarfodydd y grŵp craidd, yr adolygiadau a'r asesiad. Arfer lleol cyffredin yw'r dyddiadau ar gyfer adroddiadau ac ymweliadau. Y cyngor sy'n pennu'r dyddiadau go iawn, felly holwch eich gweithiwr cymdeithasol.
       *[england] Mae rheolau cenedlaethol yn gosod y dyddiadau hwyraf ar gyfer y grŵp craidd cyntaf a'r adolygiadau. Arfer lleol cyffredin yw'r dyddiadau eraill, nid rheolau. Y cyngor sy'n pennu'r dyddiadau go iawn, felly holwch eich gweithiwr cymdeithasol.
    }
dates-empty = Rhowch ddyddiad y gynhadledd gyntaf i weld y dyddiadau sy'n dilyn ohoni.
dates-today = Heddiw
dates-by = Erbyn { $date }
dates-on = Ar { $date }
dates-in-days = { $days ->
        [0] heddiw
        [1] yfory
        [two] ymhen { $days } ddiwrnod
        [few] ymhen { $days } diwrnod
        [many] ymhen { $days } diwrnod
       *[other] ymhen { $days } diwrnod
    }
dates-passed = Mae'r dyddiad hwn wedi mynd heibio.
dates-next = Nesaf
dates-item-initial-conference = Y gynhadledd amddiffyn plant gyntaf
dates-item-reports-before-initial = Dylai'r adroddiadau eich cyrraedd (mewn llawer o ardaloedd, 5 diwrnod gwaith cyn y gynhadledd)
dates-item-first-core-group = Cyfarfod cyntaf y grŵp craidd
dates-item-next-core-group = { $nation ->
        [wales] Cyfarfod nesaf y grŵp craidd (o leiaf bob 6 wythnos)
       *[england] Cyfarfod nesaf y grŵp craidd (does dim rheol genedlaethol: holwch eich gweithiwr cymdeithasol)
    }
dates-item-social-worker-visit = Ymweliadau gan y gweithiwr cymdeithasol (holwch pa mor aml: mewn llawer o ardaloedd, o leiaf bob 10 diwrnod gwaith)
dates-item-first-review = Y gynhadledd adolygu gyntaf
dates-item-reports-before-review = Dylai'r adroddiadau ar gyfer yr adolygiad eich cyrraedd (mewn llawer o ardaloedd, 5 diwrnod gwaith cyn hynny)
dates-item-next-review = Y gynhadledd adolygu nesaf
dates-item-assessment-due = Dylai'r asesiad fod wedi'i orffen (42 diwrnod gwaith ar ôl i'r ymholiadau ddechrau)
# source: CONTENT-FACTS.md "Minutes (Wales)" (10 working days from receiving them); England: the date the chair's letter gives
dates-item-minutes-corrections = { $nation ->
        [wales] Anfonwch gywiriadau i'r cofnodion at y cadeirydd (10 diwrnod gwaith ar ôl iddyn nhw gyrraedd)
       *[england] Anfonwch gywiriadau i'r cofnodion at y cadeirydd
    }
dates-add-to-calendar = Ychwanegu'r dyddiadau hyn at fy nghalendr
dates-calendar-heading = Ychwanegu'r dyddiadau at galendr
dates-calendar-warning = Mae calendrau yn aml yn copïo eu dyddiadau i'ch dyfeisiau eraill, ac i unrhyw un sy'n rhannu'r calendr. Gallan nhw hefyd ddangos rhybuddion ar y sgrin glo.
dates-calendar-full-wording = Defnyddio'r geiriad llawn yn fy nghalendr
dates-calendar-plain-hint = Os na fyddwch chi'n ticio hwn, bydd pob dyddiad yn cael ei alw'n Cyfarfod, Apwyntiad neu Nodyn atgoffa yn unig.
dates-plain-meeting = Cyfarfod
dates-plain-appointment = Apwyntiad
dates-plain-reminder = Nodyn atgoffa
dates-calendar-downloaded = Mae ffeil y calendr wedi'i lawrlwytho. Agorwch hi i ychwanegu'r dyddiadau at eich calendr.
dates-calendar-note = Dyddiad hwyraf, wedi'i gyfrifo o'r rheolau. Y cyngor sy'n pennu'r dyddiad go iawn.

## Dates: written out from these, in every language

date-long = { $day } { $month } { $year }
date-full = { $weekday }, { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
weekday-1 = Dydd Llun
weekday-2 = Dydd Mawrth
weekday-3 = Dydd Mercher
weekday-4 = Dydd Iau
weekday-5 = Dydd Gwener
weekday-6 = Dydd Sadwrn
weekday-7 = Dydd Sul

## Not found

not-found-title = Heb ddod o hyd i'r dudalen
not-found-body = Doedd dim modd dod o hyd i'r dudalen honno. Efallai fod y ddolen yn anghywir, neu fod y dudalen wedi symud.
not-found-home = Mynd i ddechrau'r canllaw

## The plain name (Settings)

plain-name-heading = Enw'r canllaw hwn yn eich tabiau a'ch hanes
plain-name-hint = Gall unrhyw un sy'n edrych ar dabiau neu hanes eich porwr weld enw pob tudalen rydych chi wedi'i hagor.
plain-name-off = Ei enw ei hun: Canllaw cynhadledd amddiffyn plant
plain-name-on = Enw plaen: Nodiadau
plain-name-title = Nodiadau
plain-name-install = Os byddwch chi'n ychwanegu'r canllaw hwn at eich sgrin gartref ar ôl dewis enw plaen, bydd ei eicon yn cael ei alw'n Nodiadau hefyd. Bydd eicon rydych chi wedi'i ychwanegu o'r blaen yn cadw enw'r canllaw: tynnwch e i ffwrdd a'i ychwanegu eto. Bydd tudalennau rydych chi wedi'u hagor cyn i chi ddewis yn cadw eu henwau yn eich hanes.

## Share this guide (the page's own words are in share.ftl)

share-title = Rhannu'r canllaw hwn
share-intro = I weithwyr cymorth i deuluoedd ac eraill sy'n helpu rhieni: rhowch y canllaw hwn i riant yn ei iaith ei hun, fel dolen, cod QR neu daflen wedi'i hargraffu.
share-file-title = Taflen
home-share = Ydych chi'n helpu rhieni? Rhannwch y canllaw hwn yn eu hiaith nhw
footer-share = Rhannu'r canllaw hwn
