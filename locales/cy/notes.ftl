# The parent's own tools: checklist, questions, plan, contacts, keeping a copy, printing,
# deleting everything. Short sentences, plain words: this is read on a phone, often under stress.
# Statws: wedi'i ysgrifennu gan y tîm datblygu; angen ei adolygu gan gyfieithydd cymwys.
# Status: written by the development team; awaiting review by a qualified translator.

## Shared words

notes-kept-here = Mae'r hyn rydych chi'n ei ysgrifennu yma yn aros ar y ffôn hwn. Dydy e ddim yn cael ei anfon at neb.
notes-add = Ychwanegu
notes-not-for-me = Ddim i fi
notes-change = Newid
notes-move-up = Symud i fyny
notes-move-down = Symud i lawr
notes-delete = Dileu
notes-save = Cadw
notes-cancel = Canslo
notes-done-changing = Gorffen
notes-undo = Dadwneud
notes-deleted = Wedi dileu: { $item }
notes-suggestions-heading = Syniadau o'r canllaw hwn
notes-suggestions-none = Rydych chi wedi ychwanegu neu guddio'r holl syniadau ar gyfer y cam hwn.
notes-show-hidden = { $count ->
        [one] Dangos y syniad rydych chi wedi'i guddio
        [zero] Dangos y syniadau rydych chi wedi'u cuddio ({ $count })
        [two] Dangos y syniadau rydych chi wedi'u cuddio ({ $count })
        [few] Dangos y syniadau rydych chi wedi'u cuddio ({ $count })
        [many] Dangos y syniadau rydych chi wedi'u cuddio ({ $count })
       *[other] Dangos y syniadau rydych chi wedi'u cuddio ({ $count })
    }
notes-missing-words = (Daeth yr eitem hon o fersiwn hŷn o'r canllaw.)

## Something went wrong with saving

storage-unreadable-title = Doedd dim modd agor rhai o'ch nodiadau
storage-unreadable-body = Doedd dim modd darllen rhywbeth rydych chi wedi'i gadw ar y ffôn hwn, felly mae'r rhan honno'n dechrau'n wag. Chafodd dim byd ei ddileu. Mae'r hen destun yn dal i gael ei gadw ar y ffôn hwn, a gallwch chi ei lawrlwytho.
storage-unreadable-download = Lawrlwytho'r hen destun
storage-not-saved-title = Chafodd eich newid diwethaf ddim ei gadw
storage-not-saved-body = Wnaeth y ffôn hwn ddim ei gadw. Efallai fod y ffôn yn llawn, neu eich bod chi'n pori'n breifat. Mae eich geiriau ar y sgrin o hyd, ond byddan nhw'n cael eu colli pan fyddwch chi'n cau'r dudalen hon. Lawrlwythwch gopi nawr i'w cadw.
storage-not-saved-download = Lawrlwytho copi o fy nodiadau
storage-unreadable-downloaded = Mae'r hen destun wedi'i lawrlwytho.
storage-not-saved-keep-locked = Cadw copi wedi'i gloi o fy nodiadau

## My checklist

checklist-progress = { $done } o { $total } wedi'u gwneud
checklist-empty-stage = Does dim byd ar eich rhestr ar gyfer y cam hwn eto.
checklist-add-label = Ychwanegu rhywbeth i'w wneud, yn eich geiriau eich hun

## My questions

questions-asked = Rydw i wedi gofyn y cwestiwn hwn
questions-answer = Yr ateb ges i
questions-empty-stage = Does dim cwestiynau ar gyfer y cam hwn eto.
questions-add-label = Ychwanegu eich cwestiwn eich hun
questions-take-to-meeting = Mynd â fy nghwestiynau i'r cyfarfod
questions-only-open = Dangos dim ond y cwestiynau dydw i ddim wedi'u gofyn eto
questions-share = Rhannu fy nghwestiynau
questions-copy = Copïo fy nghwestiynau
questions-share-title = Fy nghwestiynau
questions-shared = Mae eich cwestiynau'n barod i'w hanfon.
questions-copied = Mae eich cwestiynau wedi'u copïo. Gallwch chi eu gludo mewn neges neu e-bost.
questions-share-failed = Mae'n ddrwg gennym, wnaeth y ffôn hwn ddim eu copïo. Gallwch chi eu hargraffu yn lle hynny.

## Take to the meeting

meeting-title = Ar gyfer y cyfarfod
meeting-intro = Eich cwestiynau sydd heb eu gofyn eto, mewn print mawr. Tapiwch bob un pan fyddwch chi wedi'i ofyn.
meeting-next = Eich cyfarfod nesaf: { $meeting }, { $date }.
meeting-mark-asked = Rydw i wedi gofyn y cwestiwn hwn
meeting-none-left = Rydych chi wedi gofyn eich holl gwestiynau.
meeting-asked-heading = Wedi'u gofyn yn barod
meeting-not-asked = Heb ei ofyn eto
meeting-back-to-questions = Yn ôl at fy nghwestiynau a fy atebion

## My plan

plan-title = Fy nghynllun
plan-intro = Ysgrifennwch beth gafodd ei gytuno ym mhob cyfarfod: pwy fydd yn gwneud beth, ac erbyn pryd. Yna gallwch chi wirio beth sydd wedi'i wneud.
plan-actions-heading = Beth gafodd ei gytuno
plan-no-actions = Does dim byd wedi'i ysgrifennu eto.
plan-overdue = Yn hwyr: mae'r dyddiad wedi mynd heibio.
plan-overdue-count = { $count ->
        [zero] Mae { $count } peth yn hwyr.
        [one] Mae 1 peth yn hwyr.
        [two] Mae { $count } beth yn hwyr.
        [few] Mae { $count } pheth yn hwyr.
        [many] Mae { $count } pheth yn hwyr.
       *[other] Mae { $count } peth yn hwyr.
    }
plan-add-action = Ychwanegu rhywbeth gafodd ei gytuno
plan-add-action-button = Ychwanegu at fy nghynllun
plan-what = Beth fydd yn cael ei wneud
plan-who = Pwy fydd yn ei wneud
plan-who-name = Enw'r person (os ydych chi'n ei wybod)
plan-by = Erbyn pryd
plan-no-date = Dim dyddiad
plan-status = Ydy e wedi'i wneud?
plan-reason = Pam na chafodd ei wneud?
plan-who-me = Fi
plan-who-social-worker = Y gweithiwr cymdeithasol
plan-who-school = Yr ysgol
plan-who-health-visitor = Yr ymwelydd iechyd
plan-who-other = Rhywun arall
plan-status-to-do = Ddim eto
plan-status-done = Wedi'i wneud
plan-status-not-done = Chafodd e ddim ei wneud
plan-meetings-heading = Fy nghyfarfodydd
plan-no-meetings = Does dim cyfarfodydd wedi'u hysgrifennu eto.
plan-add-meeting = Ychwanegu cyfarfod
plan-add-meeting-button = Ychwanegu'r cyfarfod
plan-meeting-kind = Pa gyfarfod
plan-meeting-date = Dyddiad
plan-meeting-notes = Beth gafodd ei benderfynu
plan-meeting-initial-conference = Cynhadledd gyntaf
plan-meeting-core-group = Cyfarfod grŵp craidd
plan-meeting-review = Cynhadledd adolygu

## My contacts

contacts-none = Does dim cysylltiadau eto.
contacts-add = Ychwanegu cyswllt
contacts-add-button = Ychwanegu'r cyswllt
contacts-name = Enw
contacts-name-missing = Rhowch enw.
contacts-role = Pwy ydyn nhw
contacts-phone = Ffôn
contacts-email = E-bost
contacts-notes = Nodiadau
contacts-call = Ffonio
contacts-role-social-worker = Gweithiwr cymdeithasol
contacts-role-conference-chair = Cadeirydd y gynhadledd
contacts-role-solicitor = Cyfreithiwr
contacts-role-advocate = Eiriolwr
contacts-role-out-of-hours = Gwasanaeth tu allan i oriau
contacts-role-other = Rhywun arall

## Keep a copy

backup-title = Cadw copi o fy nodiadau
backup-intro = Cadwch eich nodiadau fel ffeil, argraffwch nhw, neu dewch â nhw'n ôl o ffeil.
backup-download-heading = Lawrlwytho fy nodiadau
backup-download-body = Byddwch chi'n cael un ffeil gyda'ch rhestr wirio, eich cwestiynau, eich cynllun, eich cysylltiadau a'ch dyddiadau. Cadwch hi mewn lle diogel. Gall unrhyw un sy'n agor y ffeil ei darllen.
backup-download = Lawrlwytho fy nodiadau
backup-downloaded = Mae eich nodiadau wedi'u lawrlwytho.
backup-download-failed = Mae'n ddrwg gennym, wnaeth y ffôn hwn ddim lawrlwytho'r ffeil.
backup-no-passcode-hint = I gloi'r ffeil gyda chod cyfrin, gosodwch god cyfrin yn y Gosodiadau yn gyntaf.
backup-sealed-body = Bydd y ffeil wedi'i chloi gyda'ch cod cyfrin. Teipiwch eich cod cyfrin i'w lawrlwytho. I agor y ffeil yn nes ymlaen, bydd angen y cod cyfrin rydych chi'n ei deipio nawr.
backup-passcode-label = Eich cod cyfrin
backup-sealing = Wrthi'n cloi'r ffeil…
backup-unprotected-heading = Cadw copi heb ei ddiogelu
backup-unprotected-body = Dydy copi heb ei ddiogelu ddim wedi'i gloi. Gall unrhyw un sy'n agor y ffeil ddarllen popeth sydd ynddi: eich nodiadau, eich cysylltiadau, eich dyddiadau a'ch llythyrau.
backup-unprotected-button = Cadw copi heb ei ddiogelu
download-where = Mae'r ffeil yn ffolder lawrlwytho eich ffôn (Downloads). Ar iPhone, mae hi yn yr ap Ffeiliau (Files), a allai ei chopïo i iCloud. Gallwch chi ddileu'r ffeil yno.
backup-print-heading = Argraffu fy nodiadau
backup-print-body = Argraffwch eich nodiadau, neu cadwch nhw fel PDF, i fynd â nhw i gyfarfod neu at eich cyfreithiwr.
backup-print-link = Gweld fy nodiadau yn barod i'w hargraffu
backup-import-heading = Dod â fy nodiadau yn ôl o ffeil
backup-import-body = Dewiswch ffeil rydych chi wedi'i lawrlwytho o'r canllaw hwn. Byddwch chi'n gweld beth sydd ynddi cyn i unrhyw beth newid.
backup-import-choose = Dewis y ffeil
backup-file-holds = Mae'r ffeil hon yn cynnwys:
backup-choose-how = Ydych chi eisiau ychwanegu'r rhain at y nodiadau ar y ffôn hwn, neu roi'r rhain yn eu lle?
backup-merge = Ychwanegu at fy nodiadau
backup-replace = Rhoi'r ffeil yn lle fy nodiadau
backup-merged = Dyna ni. Mae'r nodiadau o'r ffeil wedi'u hychwanegu at eich rhai chi.
backup-replaced = Dyna ni. Mae eich nodiadau nawr yr un fath â'r rhai yn y ffeil.
backup-error-too-large = Mae'r ffeil hon yn rhy fawr i fod yn ffeil o'r canllaw hwn. Chafodd dim byd ei newid.
backup-error-not-ours = Nid ffeil o'r canllaw hwn yw hon. Chafodd dim byd ei newid.
backup-error-damaged = Mae'r ffeil hon wedi'i difrodi, felly does dim modd ei darllen. Chafodd dim byd ei newid.
backup-error-newer = Mae'r ffeil hon yn dod o fersiwn mwy diweddar o'r canllaw hwn. Ail-lwythwch y canllaw i'w ddiweddaru, yna rhowch gynnig arall arni. Chafodd dim byd ei newid.
backup-sealed-file = Mae'r ffeil hon wedi'i chloi gyda chod cyfrin. Teipiwch y cod cyfrin oedd gennych chi pan wnaethoch chi ei lawrlwytho.
backup-sealed-file-label = Cod cyfrin y ffeil hon
backup-sealed-file-open = Agor y ffeil
backup-sealed-file-wrong = Dydy'r cod cyfrin hwn ddim yn agor y ffeil. Gwiriwch e a rhowch gynnig arall arni. Os yw'n gywir, efallai fod y ffeil wedi'i difrodi. Chafodd dim byd ei newid.
backup-delete-heading = Dileu popeth
backup-delete-link = Dileu fy holl nodiadau (ar y dudalen Gosodiadau)
backup-count-checklist = { $count ->
        [zero] { $count } peth i'w gwneud
        [one] 1 peth i'w wneud
        [two] { $count } beth i'w gwneud
        [few] { $count } pheth i'w gwneud
        [many] { $count } pheth i'w gwneud
       *[other] { $count } peth i'w gwneud
    }
backup-count-questions = { $count ->
        [zero] { $count } cwestiwn
        [one] 1 cwestiwn
        [two] { $count } gwestiwn
        [few] { $count } chwestiwn
        [many] { $count } chwestiwn
       *[other] { $count } cwestiwn
    }
backup-count-actions = { $count ->
        [zero] { $count } peth wedi'u cytuno
        [one] 1 peth wedi'i gytuno
        [two] { $count } beth wedi'u cytuno
        [few] { $count } pheth wedi'u cytuno
        [many] { $count } pheth wedi'u cytuno
       *[other] { $count } peth wedi'u cytuno
    }
backup-count-meetings = { $count ->
        [zero] { $count } cyfarfod
        [one] 1 cyfarfod
        [two] { $count } gyfarfod
        [few] { $count } chyfarfod
        [many] { $count } chyfarfod
       *[other] { $count } cyfarfod
    }
backup-count-contacts = { $count ->
        [zero] { $count } cyswllt
        [one] 1 cyswllt
        [two] { $count } gyswllt
        [few] { $count } chyswllt
        [many] { $count } chyswllt
       *[other] { $count } cyswllt
    }
backup-count-dates = { $count ->
        [zero] { $count } dyddiad
        [one] 1 dyddiad
        [two] { $count } ddyddiad
        [few] { $count } dyddiad
        [many] { $count } dyddiad
       *[other] { $count } dyddiad
    }
backup-count-letters = { $count ->
        [zero] { $count } llythyr
        [one] 1 llythyr
        [two] { $count } lythyr
        [few] { $count } llythyr
        [many] { $count } llythyr
       *[other] { $count } llythyr
    }
backup-count-reports = { $count ->
        [zero] { $count } adroddiad wedi'i gadw
        [one] 1 adroddiad wedi'i gadw
        [two] { $count } adroddiad wedi'u cadw
        [few] { $count } adroddiad wedi'u cadw
        [many] { $count } adroddiad wedi'u cadw
       *[other] { $count } adroddiad wedi'u cadw
    }

## Print

print-title = Fy nodiadau i'w hargraffu
print-file-title = Nodiadau
print-intro = Eich holl nodiadau ar un dudalen. Argraffwch hi, neu cadwch hi fel PDF.
print-button = Argraffu neu gadw fel PDF
print-made-on = Wedi'i argraffu o'r canllaw hwn ar { $date }.
print-nothing = Dydych chi ddim wedi ysgrifennu unrhyw nodiadau eto.
print-done = (wedi'i wneud)

## Delete all my data

delete-all-heading = Dileu fy holl ddata
delete-all-body = Mae hyn yn dileu o'r ffôn hwn yr hyn rydych chi wedi'i ysgrifennu yn y canllaw hwn (eich rhestr wirio, eich cwestiynau, eich cynllun, eich cysylltiadau, eich dyddiadau a'ch llythyrau), eich cod cyfrin, eich dewisiadau, a'r tudalennau a'r ieithoedd mae'r canllaw hwn wedi'u cadw. Does dim modd dadwneud hyn. Os ydych chi eisiau cadw eich nodiadau, lawrlwythwch gopi yn gyntaf.
delete-all-button = Dileu fy holl ddata
delete-all-question = Ydych chi'n siŵr? Does dim modd dadwneud hyn.
delete-all-confirm = Ydw, dileu popeth
delete-all-keep = Na, cadw fy nata
delete-all-done = Wedi'u dileu o'r ffôn hwn: eich nodiadau, eich cod cyfrin, eich dewisiadau, a'r tudalennau a'r ieithoedd mae'r canllaw hwn wedi'u cadw. Maen nhw wedi'u dileu hefyd o unrhyw dab arall lle mae'r canllaw hwn ar agor.
delete-all-remains = Efallai y bydd eich porwr yn dal i gadw tudalennau'r canllaw yn ei hanes, unrhyw ffeil rydych chi wedi'i lawrlwytho, a'r canllaw ei hun, sy'n cael ei gadw fel ei fod yn gweithio heb y rhyngrwyd.
delete-all-cover-tracks = Sut i gael gwared arnyn nhw: Cuddio'ch olion
delete-all-failed = Mae'n ddrwg gennym, wnaeth y ffôn hwn ddim dileu'r data. Rhowch gynnig arall arni, neu dilëwch ddata'r wefan hon yng ngosodiadau eich porwr.
remove-trace-heading = Dileu pob ôl o'r canllaw hwn o'r porwr hwn
remove-trace-body = Mae hyn yn dileu popeth uchod, a hefyd y copi o'r canllaw sy'n gadael iddo weithio heb y rhyngrwyd. Yna mae'n mynd â chi i'r un wefan â'r botwm "Gadael y dudalen hon". I ddarllen y canllaw eto, bydd angen y rhyngrwyd arnoch chi.
remove-trace-button = Dileu pob ôl o'r canllaw hwn
remove-trace-question = Ydych chi'n siŵr? Bydd eich nodiadau, eich cod cyfrin a chopi'r canllaw ar y ffôn hwn yn cael eu dileu, a bydd y dudalen hon yn cau. Does dim modd dadwneud hyn.

## Letters I can send

letters-title = Llythyrau y galla i eu hanfon
letters-intro = Llythyrau parod at y gweithiwr cymdeithasol neu at gadeirydd y gynhadledd. Llenwch ychydig o fanylion, ac mae'r llythyr yn cael ei ysgrifennu i chi.
report-title = Deall adroddiad
report-intro = Gweld beth mae'r geiriau yn adroddiad y gweithiwr cymdeithasol, y cofnodion neu lythyr yn ei olygu.
report-link = Ydy adroddiad, y cofnodion neu lythyr wedi cyrraedd? Gwelwch beth mae'r geiriau'n ei olygu.
my-report-title = Fy adroddiad ar gyfer y gynhadledd
my-report-intro = Ysgrifennwch eich adroddiad eich hun ar gyfer y gynhadledd, yn eich geiriau eich hun. Mae pawb yn y gynhadledd yn cael copi. Ysgrifennwch gymaint neu gyn lleied ag y mynnwch chi.
my-report-link = Ysgrifennwch eich adroddiad eich hun ar gyfer y gynhadledd: beth sy'n mynd yn dda, beth rydych chi wedi'i newid, a beth nad ydych chi'n cytuno ag e.
letters-kept-here = Does dim byd yn cael ei anfon o'r canllaw hwn. Chi sy'n copïo, rhannu, argraffu neu lawrlwytho'r llythyr, a chi sy'n ei anfon. Mae eich manylion a'ch drafftiau'n aros ar y ffôn hwn.
letters-choose = Dewis llythyr
letters-what-it-says = Beth mae'r llythyr hwn yn ei ddweud
letters-about-you = Amdanoch chi a'ch plentyn
letters-my-name = Eich enw
letters-my-address = Eich cyfeiriad
letters-my-contact = Eich rhif ffôn neu eich e-bost
letters-child-name = Enw eich plentyn
letters-child-dob = Dyddiad geni eich plentyn
letters-this-letter = Y llythyr hwn
letters-write-in-english = Mae'r llythyr yn Saesneg. Ysgrifennwch yn Saesneg os gallwch chi, neu gofynnwch i rywun eich helpu.
letters-to-social-worker = Enw'r gweithiwr cymdeithasol
letters-to-chair = Enw cadeirydd y gynhadledd
letters-conference-date = Dyddiad y gynhadledd
letters-language = Iaith y llythyr
letters-language-hint = Yng Nghymru, gallwch chi ysgrifennu at y cyngor yn Gymraeg neu yn Saesneg.
letters-language-en = Saesneg
letters-language-cy = Cymraeg
letters-preview = Eich llythyr
letters-load-failed = Doedd dim modd llwytho'r llythyr. Gwiriwch eich cysylltiad â'r rhyngrwyd, yna agorwch y dudalen hon eto.
letters-nothing-sent = Gwiriwch y llythyr. Yna copïwch e i e-bost neu neges, neu argraffwch e.
letters-copy = Copïo'r llythyr
letters-share = Rhannu'r llythyr
letters-print = Argraffu'r llythyr
letters-download = Lawrlwytho'r llythyr
letters-downloaded = Mae'r llythyr wedi'i lawrlwytho.
letters-file-title = Llythyrau
letters-mark-sent = Rydw i wedi anfon y llythyr hwn: cadw copi
letters-copied = Mae'r llythyr wedi'i gopïo. Gallwch chi ei ludo mewn e-bost neu neges.
letters-copy-failed = Mae'n ddrwg gennym, wnaeth y ffôn hwn ddim ei gopïo. Gallwch chi ei lawrlwytho neu ei argraffu yn lle hynny.
letters-saved-sent = Mae copi wedi'i gadw isod, gyda dyddiad heddiw.
letters-sent-heading = Llythyrau rydw i wedi'u hanfon
letters-my-report-sent = Fy adroddiad ar gyfer y gynhadledd

letters-reports-title = Gofyn am yr adroddiadau
letters-reports-when = Cyn y gynhadledd, os nad ydych chi wedi cael yr adroddiadau i'w darllen.
letters-reports-summary = Mae'n gofyn i'r gweithiwr cymdeithasol anfon pob adroddiad ar gyfer y gynhadledd atoch chi mewn digon o amser. Felly gallwch chi eu darllen a pharatoi. Mae'n gofyn hefyd ble gallwch chi eu darllen, os nad oes modd eu hanfon.
letters-reports-details-label = Unrhyw beth arall rydych chi eisiau ei ddweud (gallwch chi adael hwn yn wag)

letters-interpreter-title = Gofyn am gyfieithydd ar y pryd, neu am help i fynd yno
letters-interpreter-when = Os oes angen cyfieithydd ar y pryd arnoch chi, neu help gyda theithio neu ofal plant er mwyn mynd i'r gynhadledd.
letters-interpreter-summary = Mae'n gofyn am gyfieithydd ar y pryd yn eich iaith chi. Mae'n gofyn hefyd a allwch chi gael help gyda theithio neu ofal plant.
letters-interpreter-extra-label = Eich iaith, os oes angen cyfieithydd ar y pryd arnoch chi
letters-interpreter-details-label = Pa help sydd ei angen arnoch chi (gallwch chi adael hwn yn wag)

letters-supporter-title = Dweud wrthyn nhw pwy sy'n dod gyda fi
letters-supporter-when = Os ydych chi eisiau dod â ffrind, perthynas, eiriolwr neu gyfreithiwr gyda chi.
letters-supporter-summary = Mae'n dweud wrth y gweithiwr cymdeithasol pwy sy'n dod gyda chi. Mae'n gofyn hefyd beth fyddan nhw'n cael ei wneud a'i ddweud yn y cyfarfod.
letters-supporter-extra-label = Pwy sy'n dod (eu henw, a phwy ydyn nhw)
letters-supporter-details-label = Unrhyw beth arall rydych chi eisiau ei ddweud (gallwch chi adael hwn yn wag)

letters-reply-title = Ateb adroddiad
letters-reply-when = Os yw adroddiad ar gyfer y gynhadledd yn dweud rhywbeth anghywir, neu'n gadael rhywbeth pwysig allan.
letters-reply-summary = Mae'n nodi eich pwyntiau fesul un: beth mae'r adroddiad yn ei ddweud, pam mae'n anghywir neu pam mae rhywbeth ar goll, a beth sy'n dangos hynny. Mae'n gofyn i'r adroddiad gael ei gywiro, neu i'ch ateb chi fynd gydag e at bawb yn y gynhadledd. Mae'n dweud hefyd eich bod chi'n anfon copi at y cadeirydd.
letters-reply-extra-label = Pa adroddiad (er enghraifft, adroddiad y gweithiwr cymdeithasol)
letters-reply-details-label = Unrhyw beth arall rydych chi eisiau ei ddweud (gallwch chi adael hwn yn wag)
letters-reply-said-label = Mae'r adroddiad yn dweud (copïwch y geiriau, neu dywedwch ble maen nhw)
letters-reply-why-label = Mae hyn yn anghywir neu ar goll oherwydd
letters-reply-evidence-label = Beth sy'n dangos hyn (dyddiadau, pwy welodd e, llythyrau neu negeseuon testun)

letters-minutes-title = Cywiro'r cofnodion
letters-minutes-when = Pan fydd cofnodion cynhadledd yn cyrraedd, ac mae rhywbeth ynddyn nhw yn wahanol i'r hyn a gafodd ei ddweud.
letters-minutes-summary = Mae'n dweud wrth y cadeirydd am bob cywiriad: beth mae'r cofnodion yn ei ddweud, a beth gafodd ei ddweud mewn gwirionedd. Mae'n gofyn i'r cofnodion gael eu cywiro, neu i'ch anghytundeb chi gael ei ysgrifennu ynddyn nhw.
letters-minutes-details-label = Unrhyw beth arall rydych chi eisiau ei ddweud (gallwch chi adael hwn yn wag)
letters-minutes-said-label = Mae'r cofnodion yn dweud
letters-minutes-why-label = Beth gafodd ei ddweud mewn gwirionedd
letters-minutes-evidence-label = Beth sy'n dangos hyn (gallwch chi adael hwn yn wag)
# source: CONTENT-FACTS.md "Minutes (Wales)": corrections to the chair within 10 working days of receiving them; England: each area sets its own time, given with the minutes (content review M11)
letters-minutes-deadline = { $nation ->
        [wales] Yng Nghymru, anfonwch gywiriadau at y cadeirydd o fewn 10 diwrnod gwaith i'r diwrnod y cyrhaeddodd y cofnodion.
       *[england] Anfonwch gywiriadau cyn gynted ag y gallwch chi. Efallai fod y llythyr a ddaeth gyda'r cofnodion yn rhoi dyddiad olaf: rhowch e isod.
    }
letters-minutes-received = Y diwrnod y cyrhaeddodd y cofnodion
letters-minutes-by = Y dyddiad olaf ar gyfer cywiriadau, o lythyr y cadeirydd
# $date is the last day for corrections, written out.
letters-minutes-due = Anfonwch eich cywiriadau erbyn { $date }. Mae'r dyddiad hwn yn Fy nyddiadau.

letters-points-heading = Eich pwyntiau
letters-point-heading = Pwynt { $number }
letters-point-add = Ychwanegu pwynt
letters-point-remove = Tynnu pwynt { $number }
letters-point-removed = Mae'r pwynt wedi'i dynnu.
letters-points-empty = Does dim pwyntiau eto. Ychwanegwch un ar gyfer pob peth sy'n anghywir neu ar goll.

letters-family-group-title = Gofyn am gynhadledd grŵp teulu
letters-family-group-when = Os gallai eich teulu a'ch ffrindiau helpu i lunio cynllun ar gyfer eich plentyn.
letters-family-group-summary = Mae'n gofyn am gynhadledd grŵp teulu, lle mae eich teulu a'ch ffrindiau'n llunio cynllun gyda'i gilydd. Mae'n gofyn hefyd gyda phwy y dylech chi siarad.
letters-family-group-details-label = Pwy yn eich teulu allai helpu, a sut (gallwch chi adael hwn yn wag)

letters-support-title = Gofyn i'r help barhau
letters-support-when = Pan fydd { $nation ->
    [wales] y cynllun amddiffyn gofal a chymorth
   *[england] y cynllun amddiffyn plant
} yn dod i ben, neu efallai'n dod i ben, ac rydych chi eisiau help o hyd.
letters-support-summary = Mae'n gofyn pa gymorth all eich teulu ei gael o hyd ar ôl i'r cynllun ddod i ben. Mae'n gofyn hefyd a oes modd ei nodi mewn cynllun.
letters-support-extra-label = Yr help a fyddai'n gwneud gwahaniaeth (gallwch chi adael hwn yn wag)
letters-support-details-label = Unrhyw beth arall rydych chi eisiau ei ddweud (gallwch chi adael hwn yn wag)

letters-complaint-title = Cwyno am y gynhadledd
letters-complaint-when = Os nad ydych chi'n hapus gyda'r ffordd y cafodd y gynhadledd ei chynnal, neu gyda'r hyn a benderfynodd. Ysgrifennwch at y cadeirydd yn gyntaf.
letters-complaint-summary = Mae'n dweud wrth y cadeirydd eich bod chi eisiau cwyno, ac yn dweud beth aeth o'i le yn eich geiriau chi. Mae'n gofyn am ateb ysgrifenedig sy'n dweud beth fyddan nhw'n ei wneud, ac erbyn pryd.
letters-complaint-details-label = Beth aeth o'i le

other-version-body = Cafodd y canllaw hwn ei ddiweddaru mewn tab arall. Ail-lwythwch i weld eich nodiadau.
other-version-reload = Ail-lwytho
kept-copies-heading = Copïau a gadwyd
kept-copies-body = Pan nad oedd modd darllen rhan o'ch nodiadau, cadwodd y ffôn hwn yr hen destun yn lle ei ddileu. Gallwch lawrlwytho pob copi, neu ei ddileu pan nad oes ei angen arnoch mwyach.
kept-copies-item = Cadwyd ar { $date }
kept-copies-download = Lawrlwytho'r copi hwn
kept-copies-delete = Dileu'r copi hwn
kept-copies-question = Dileu'r copi hwn? Does dim modd ei gael yn ôl.
kept-copies-confirm = Ydw, dileu'r copi hwn
kept-copies-deleted = Mae'r copi wedi'i ddileu.
backup-replace-removes = { $count ->
        [zero] Bydd { $count } eitem ar y ffôn hwn yn cael eu tynnu.
        [one] Bydd 1 eitem ar y ffôn hwn yn cael ei thynnu.
        [two] Bydd { $count } eitem ar y ffôn hwn yn cael eu tynnu.
        [few] Bydd { $count } eitem ar y ffôn hwn yn cael eu tynnu.
        [many] Bydd { $count } eitem ar y ffôn hwn yn cael eu tynnu.
       *[other] Bydd { $count } eitem ar y ffôn hwn yn cael eu tynnu.
    }
backup-replace-undo-what = y nodiadau oedd ar y ffôn hwn cyn y ffeil
