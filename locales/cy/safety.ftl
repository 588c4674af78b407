# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode, in Welsh.
# Statws: wedi'i gynorthwyo gan beiriant a'i ysgrifennu gan y tîm datblygu; angen ei adolygu gan gyfieithydd cymwys.
# Status: machine-assisted and written by the development team; awaiting review by a qualified translator.

cover-tracks-title = Cuddio'ch olion
cover-tracks-intro = Os gallai rhywun arall edrych ar eich ffôn, dyma sut i gadw'r hyn rydych chi'n ei ddarllen yn breifat.

# The "Cover your tracks" page is for a parent who may share a phone with someone who must not
# see what they read. It says plainly what can still be seen: no step on it hides everything.
# Phone steps name the menus as the phone shows them; where a name differs between versions,
# the message says what the button does instead.

## What this guide keeps, and where

cover-keep-heading = Beth mae'r canllaw hwn yn ei gadw, a ble
# source: this guide's own storage (src/web/storage.rs, src/core/store/settings.rs, the service worker); reviews/security.md L1, M3
cover-keep-where = Mae'r canllaw hwn yn cadw tri math o beth, yn y porwr hwn ar y ffôn hwn yn unig.
# source: this guide's own storage; reviews/security.md L1
cover-keep-notes = Yr hyn rydych chi'n ei ysgrifennu: eich rhestr wirio, eich cwestiynau, eich cynllun, eich cysylltiadau, eich dyddiadau a'ch llythyrau.
# source: src/core/store/settings.rs
cover-keep-choices = Eich dewisiadau: eich iaith, Lloegr neu Gymru, maint y testun, a ble mae'r botwm gadael yn mynd â chi.
# source: the service worker's caches (scripts/sw-languages.js); reviews/security.md L1, M3
cover-keep-pages = Tudalennau'r canllaw hwn a'r ieithoedd rydych chi wedi'u defnyddio, fel ei fod yn gweithio heb y rhyngrwyd.
# source: src/core/vault (what is sealed and what is not); reviews/security.md L1
cover-keep-passcode = Os byddwch chi'n cloi eich nodiadau gyda chod cyfrin, all neb eu darllen hebddo. Ond gallai rhywun sy'n gwybod ble i edrych weld eich dewisiadau o hyd, faint o godau cyfrin anghywir a gafodd eu teipio, a bod gennych chi nodiadau. Gallen nhw ddyfalu'n fras faint rydych chi wedi'i ysgrifennu, ond nid beth mae'n ei ddweud.
# source: the Content Security Policy (connect-src 'self') and the browser tests, which fail on any cookie
cover-keep-nothing-sent = Does dim byd yn cael ei anfon aton ni nac at neb arall. Dydy'r canllaw hwn ddim yn defnyddio cwcis.

## Removing this guide from your history

cover-history-heading = Tynnu'r canllaw hwn o'ch hanes pori
# source: an empty history can raise suspicion: Scottish Borders Council, Covering your tracks online (scotborders.gov.uk); Somerset Survivors, Cover your tracks (somersetsurvivors.org.uk); reviews/security.md M4
cover-history-why = Mae hanes eich porwr yn rhestru'r tudalennau rydych chi wedi'u hagor, gyda'u henwau. Mae'n well peidio â dileu eich hanes i gyd, oherwydd gall hanes gwag ei hun wneud i rywun amau rhywbeth. Tynnwch dudalennau'r canllaw hwn yn unig, fesul un.
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): History, search, Remove (X) next to an entry
cover-history-chrome = Yn Chrome ar Android: tapiwch y tri dot, yna History. Tapiwch y botwm chwilio (chwyddwydr) a theipiwch enw'r wefan hon. Tapiwch yr X wrth ymyl pob tudalen o'r canllaw hwn i'w thynnu.
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082); iPhone User Guide, Safari history
cover-history-safari = Yn Safari ar iPhone: tapiwch y botwm Bookmarks (mae'n edrych fel llyfr agored), yna'r tab History (cloc). Teipiwch enw'r wefan hon yn y blwch chwilio. Llithrwch i'r chwith ar bob tudalen o'r canllaw hwn a thapiwch Delete.
# source: Chrome on Android, New Tab page shortcuts (touch and hold a tile, then Remove); reviews/security.md M4
cover-history-tiles = Yn Chrome, gall tab newydd ddangos teils ar gyfer y gwefannau rydych chi'n ymweld â nhw fwyaf. Os yw'r canllaw hwn yno, pwyswch a daliwch ei deilsen, yna tapiwch Remove.
# source: Chrome on Android, address bar suggestions come from your history; reviews/security.md M4
cover-history-suggest = Gall Chrome hefyd gynnig y wefan hon wrth i chi deipio yn y bar cyfeiriad. Mae tynnu ei thudalennau o'ch hanes yn atal hyn. Gallwch chi hefyd bwyso a dal awgrym i'w dynnu.

## Accounts that share your history

cover-sync-heading = Cyfrifon sy'n rhannu eich hanes
# source: Chrome Help, Sign in and sync in Chrome (support.google.com/chrome/answer/185277); Google My Activity (myactivity.google.com); reviews/security.md M4
cover-sync-google = Os yw Chrome wedi mewngofnodi i gyfrif Google, gall ffonau, tabledi a chyfrifiaduron eraill sydd wedi mewngofnodi i'r cyfrif hwnnw ddangos eich hanes a'r tabiau sydd ar agor gennych chi. Gall eich hanes gael ei gadw hefyd yn Google My Activity (myactivity.google.com). Gallwch chi ddileu tudalennau'r canllaw hwn yno hefyd.
# source: Apple Support, iCloud for Safari (tabs, history) and Safari downloads to iCloud Drive; reviews/security.md M4, H3
cover-sync-apple = Ar iPhone, gall iCloud rannu eich tabiau, eich hanes a'ch lawrlwythiadau yn Safari gyda dyfeisiau Apple eraill sy'n defnyddio'r un Apple ID.
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): deleting on a synced device deletes it everywhere
cover-sync-do = Os oes rhywun arall yn defnyddio un o'r dyfeisiau hynny, neu'n gwybod cyfrinair eich cyfrif, tynnwch y canllaw hwn o'ch hanes a chaewch ei dabiau pan fyddwch chi'n gorffen. Fel arfer, mae tudalen rydych chi'n ei thynnu ar un ddyfais yn cael ei thynnu ar y lleill hefyd.

## Files you download

cover-files-heading = Ffeiliau rydych chi'n eu lawrlwytho
# source: reviews/security.md H3 (Android's Downloads, and Safari saving to iCloud Drive by default)
cover-files-where = Mae ffeil rydych chi'n ei lawrlwytho o'r canllaw hwn, fel copi o'ch nodiadau, llythyr neu ffeil calendr, yn cael ei chadw ar eich ffôn. Ar Android, mae'n mynd i Downloads, yn yr ap Files. Ar iPhone, mae fel arfer yn mynd i iCloud Drive, felly gall eich dyfeisiau Apple eraill ei dangos hefyd.
# source: reviews/security.md H3 (the "Download complete" notification, lock screen too)
cover-files-notice = Pan fydd ffeil wedi gorffen lawrlwytho, gall eich ffôn ddangos neges "download complete", hyd yn oed ar y sgrin glo. Llithrwch y neges i ffwrdd. Dilëwch y ffeil pan na fydd ei hangen arnoch chi mwyach.
# source: this guide's file names (src/core/personal/backup.rs); reviews/security.md H3
cover-files-names = Mae'r canllaw hwn yn rhoi enwau plaen i'w ffeiliau, fel notes-2026-03-14.json. Ond gall unrhyw un sy'n agor ffeil ei darllen, oni bai ei bod wedi'i chloi gyda'ch cod cyfrin.

## Dates in your calendar

cover-calendar-heading = Dyddiadau yn eich calendr
# source: reviews/security.md M1 (calendars sync to Google or iCloud; default alerts show on the lock screen)
cover-calendar-sync = Os byddwch chi'n ychwanegu dyddiadau o'r canllaw hwn at galendr eich ffôn, gallan nhw gael eu copïo i'ch cyfrif Google neu Apple a dangos ar eich dyfeisiau eraill. Gall nodyn atgoffa ymddangos ar eich sgrin glo.
# source: this guide's calendar file (src/core/dates/ics.rs); reviews/security.md M1
cover-calendar-titles = Mae'r canllaw hwn yn rhoi teitl plaen i'r dyddiadau hyn, fel "Cyfarfod", oni bai eich bod chi'n dewis fel arall. Dilëwch nhw yn eich ap calendr pan na fydd eu hangen arnoch chi mwyach.

## Phone calls

cover-calls-heading = Galwadau ffôn
# source: reviews/content.md M13; Family Rights Group and Women's Aid cover-your-tracks pages (call history)
cover-calls-log = Os byddwch chi'n ffonio rhif o'r canllaw hwn, bydd yn ymddangos yn hanes galwadau eich ffôn (y rhestr o alwadau diweddar). Gallwch chi ei ddileu yno.
# source: Android's Phone app and iPhone's Phone app, Recents (touch and hold, or swipe left, then Delete)
cover-calls-delete = Agorwch ap galwadau eich ffôn a dewch o hyd i'ch galwadau diweddar. Pwyswch a daliwch yr alwad a'i dileu. Ar iPhone, llithrwch i'r chwith ar yr alwad a thapiwch Delete.

## Text you copy

cover-copy-heading = Testun rydych chi'n ei gopïo
# source: reviews/security.md M4 (keyboard clipboard history after "Copy")
cover-copy-text = Os byddwch chi'n copïo testun o'r canllaw hwn, fel llythyr, gall eich bysellfwrdd ei gadw mewn rhestr o bethau rydych chi wedi'u copïo (y clipfwrdd). Agorwch y clipfwrdd o'ch bysellfwrdd a'i ddileu. Ar iPhone, copïwch rywbeth arall yn ei le.

## The recent apps screen

cover-recent-heading = Y sgrin apiau diweddar
# source: reviews/security.md M4, L5 (the Recent apps screenshot)
cover-recent-text = Mae eich ffôn yn cadw llun o'r dudalen olaf oedd ar agor gennych chi ym mhob ap. Gall unrhyw un sy'n agor y sgrin apiau diweddar ei weld. Cyn i chi newid i ap arall, ewch i wefan wahanol, neu defnyddiwch y botwm gadael.

## Saved passwords

cover-password-heading = Cyfrineiriau wedi'u cadw
# source: reviews/security.md M2 (Chrome and iPhone offer to save the passcode)
cover-password-text = Os yw eich ffôn yn cynnig cadw eich cod cyfrin ar gyfer y canllaw hwn, dewiswch Never (Byth). Os yw wedi'i gadw'n barod, dilëwch ef o restr cyfrineiriau eich ffôn.

## Deleting what this guide keeps

cover-delete-heading = Dileu'r hyn mae'r canllaw hwn yn ei gadw
# source: src/ui/components/delete_all_data.rs; reviews/security.md M3
cover-delete-all = Ar dudalen Gosodiadau'r canllaw hwn, mae'r botwm "Dileu fy holl ddata" yn dileu'r hyn rydych chi wedi'i ysgrifennu, eich cod cyfrin a'ch dewisiadau. Mae hefyd yn dileu'r tudalennau a'r ieithoedd mae'r canllaw hwn wedi'u cadw ar y ffôn hwn.
# source: remove-trace-* in notes.ftl; reviews/security.md M3 (removing the service worker and its copy)
cover-delete-trace = Oddi tano, mae'r botwm "Dileu pob ôl o'r canllaw hwn" hefyd yn dileu'r copi o'r canllaw hwn sy'n gweithio heb y rhyngrwyd. Yna mae'n mynd â chi i wefan arall, fel y botwm gadael.
cover-settings-link = Mynd i'r dudalen Gosodiadau
# source: reviews/security.md M3 (what remains after Delete all)
cover-delete-remains = Efallai y bydd rhai pethau ar ôl wedyn:
cover-remains-history = Tudalennau'r canllaw hwn yn hanes eich porwr. Tynnwch nhw fel y dangosir uchod.
cover-remains-files = Ffeiliau rydych chi wedi'u lawrlwytho. Dilëwch nhw yn eich ap Files.
cover-remains-site = Enw'r wefan hon yng ngosodiadau gwefannau eich porwr. Gallwch chi ei dynnu fel hyn:
# source: Chrome Help, Delete, allow and manage cookies in Chrome (support.google.com/chrome/answer/95647; Android: Site settings, All sites); reviews/security.md M3
cover-site-chrome = Yn Chrome ar Android: tapiwch y tri dot, yna Settings, yna Site settings, yna All sites. Tapiwch y wefan hon, yna Delete (efallai y bydd yn dweud Clear & reset).
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082): Advanced, Website Data
cover-site-safari = Ar iPhone: agorwch yr ap Settings, yna Safari (ar iPhones mwy newydd, Apps, yna Safari). Tapiwch Advanced, yna Website Data. Dewch o hyd i'r wefan hon, llithrwch i'r chwith arni a thapiwch Delete. Mae hyn yn dileu'r wefan hon yn unig, nid popeth.

## Private browsing

cover-private-heading = Pori preifat
# source: Chrome Help, Browse in Incognito mode (support.google.com/chrome/answer/95464): nothing kept after closing; downloads are kept
cover-private-text = Mewn ffenestr breifat (Incognito yw ei henw yn Chrome), does dim byd yn cael ei gadw ar ôl i chi ei chau. Mae hynny'n cynnwys unrhyw beth rydych chi'n ei ysgrifennu yn y canllaw hwn. Mae ffeiliau rydych chi'n eu lawrlwytho yn dal i gael eu cadw.

## A plain name

cover-plain-heading = Enw plaen
# source: this guide's Settings (plain-name-* in app.ftl); reviews/security.md M5
cover-plain-name = Ar dudalen Gosodiadau'r canllaw hwn, gallwch chi ddewis enw plaen iddo. Yna bydd eich tabiau a'ch hanes yn dweud "Nodiadau" yn lle enw'r canllaw hwn. Mae tudalennau a agoroch chi cyn dewis yn cadw'r hen enw yn eich hanes.
# source: plain-name-install in app.ftl; reviews/security.md M5 (the installed icon and its name)
cover-plain-icon = Os byddwch chi'n ychwanegu'r canllaw hwn at eich sgrin gartref, bydd eicon gyda'i enw i'w weld yno. Dewiswch yr enw plaen yn gyntaf, fel bod yr eicon yn dweud "Nodiadau". Mae eicon a ychwanegoch chi o'r blaen yn cadw enw'r canllaw: tynnwch ef a'i ychwanegu eto.

## What the exit button does, and what it cannot do

cover-exit-heading = Beth mae'r botwm gadael yn ei wneud, a beth na all ei wneud
# source: src/web/exit.rs, src/core/exit.rs
cover-exit-does = Mae'r botwm "Gadael y dudalen hon" yn mynd â chi i wefan arall ar unwaith. Ar fysellfwrdd, gallwch chi hefyd bwyso'r fysell Shift dair gwaith. Mae'r botwm hefyd yn gwneud y pethau hyn:
# source: src/web/exit.rs; reviews/security.md H2
cover-exit-tabs = Mae'n cau'r canllaw hwn yn eich tabiau eraill.
cover-exit-lock = Mae'n cloi eich nodiadau, os ydych chi'n defnyddio cod cyfrin.
# source: src/web/exit.rs; reviews/security.md H1
cover-exit-back = Yn Chrome, mae'n tynnu tudalennau'r canllaw hwn oddi ar y botwm Yn ôl (Back).
cover-exit-back-other = Mewn rhai porwyr eraill, os byddwch chi'n pwyso a dal y botwm Yn ôl, efallai y byddwch chi'n dal i weld rhestr o dudalennau'r canllaw hwn. Tynnwch nhw o'ch hanes, fel y dangosir uchod.
cover-exit-history = Dydy'r botwm gadael ddim yn dileu hanes eich porwr.
cover-exit-unlock = Efallai y bydd rhywun sy'n gallu datgloi eich ffôn yn gallu agor y canllaw hwn.

## Where the exit button takes you

exit-site-heading = I ble mae'r botwm gadael yn mynd â chi
exit-site-hint = Dewiswch wefan na fyddai'n edrych yn anarferol ar eich ffôn.
exit-site-bbc-weather = BBC Tywydd
exit-site-bbc-news = BBC Newyddion
exit-site-bbc-sport = BBC Chwaraeon
footer-cover-tracks = Cuddio'ch olion

## The passcode

passcode-heading = Cloi fy nodiadau gyda chod cyfrin
passcode-what = Os gallai rhywun arall godi eich ffôn, gallwch chi gloi'r hyn rydych chi'n ei ysgrifennu yma. Yna bydd eich rhestr wirio, eich cwestiynau, eich cynllun, eich cysylltiadau a'ch dyddiadau yn cael eu cadw ar y ffôn wedi'u cymysgu. Bydd y canllaw hwn yn gofyn am eich cod cyfrin cyn eu dangos. Mae modd darllen y canllaw ei hun o hyd.
passcode-forget-warning = Os byddwch chi'n anghofio eich cod cyfrin, fydd neb yn gallu agor eich nodiadau, dim hyd yn oed ni. Yr unig ffordd ymlaen wedyn yw eu dileu a dechrau eto.
passcode-rules = Defnyddiwch o leiaf 6 rhif, neu ymadrodd sydd ag o leiaf 8 llythyren, gan gynnwys bylchau. Mae ymadrodd yn llawer anoddach i rywun arall ei ddyfalu.
passcode-new-label = Eich cod cyfrin newydd
passcode-again-label = Teipiwch e eto
passcode-pin-too-short = Mae angen o leiaf 6 rhif ar god cyfrin o rifau.
passcode-phrase-too-short = Mae angen o leiaf 8 llythyren, gan gynnwys bylchau, ar ymadrodd cod cyfrin.
passcode-mismatch = Dydy'r ddau god cyfrin ddim yr un fath. Teipiwch nhw eto.
passcode-set-button = Cloi fy nodiadau
passcode-working = Arhoswch, os gwelwch yn dda…
passcode-set-done = Dyna ni. Mae eich nodiadau wedi'u cloi gyda'ch cod cyfrin.
passcode-set-failed = Mae'n ddrwg gennym, wnaeth y ffôn hwn ddim cadw'r newid. Mae eich nodiadau fel roedden nhw.
passcode-is-on = Mae eich nodiadau wedi'u cloi gyda chod cyfrin.
passcode-lock-now = Cloi fy nodiadau nawr
passcode-auto-lock-label = Eu cloi eto os nad ydw i wedi defnyddio'r canllaw am
passcode-minutes = { $minutes ->
    [one] 1 munud
    [two] 2 funud
    [zero] { $minutes } munud
    [few] { $minutes } munud
    [many] { $minutes } munud
   *[other] { $minutes } munud
}
passcode-change-heading = Newid y cod cyfrin
passcode-change-button = Newid y cod cyfrin
passcode-remove-heading = Peidio â defnyddio cod cyfrin
passcode-remove-body = Bydd eich nodiadau'n cael eu cadw ar y ffôn hwn heb god cyfrin. Gall unrhyw un sy'n agor y canllaw hwn ar y ffôn hwn eu darllen.
passcode-remove-button = Peidio â defnyddio cod cyfrin
passcode-remove-confirm = Ydw, peidio â defnyddio cod cyfrin
passcode-removed = Dyna ni. Does dim angen cod cyfrin ar eich nodiadau bellach.
passcode-locked-here = Mae eich nodiadau wedi'u cloi. Datglowch nhw i newid y cod cyfrin neu i beidio â'i ddefnyddio.

unlock-title = Mae eich nodiadau wedi'u cloi
unlock-intro = Rhowch eich cod cyfrin i weld eich nodiadau. Does dim ei angen ar gyfer gweddill y canllaw.
unlock-label = Cod cyfrin
unlock-button = Datgloi
unlock-checking = Wrthi'n gwirio…
unlock-wrong = Dydy'r cod cyfrin yna ddim yn gywir.
unlock-unavailable = Mae'n ddrwg gennym, doedd dim modd gwirio'ch cod cyfrin nawr. Rhowch gynnig arall arni.
unlock-wait = { $seconds ->
    [one] Arhoswch 1 eiliad, yna rhowch gynnig arall arni.
    [zero] Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
    [two] Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
    [few] Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
    [many] Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
   *[other] Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
}
passcode-protects = Mae cod cyfrin yn atal rhywun sy'n codi eich ffôn rhag darllen eich nodiadau yn y canllaw hwn.
passcode-not-protects = Nid yw'n atal rhywun sy'n copïo popeth ar eich ffôn i gyfrifiadur: yno gallant roi cynnig ar un cod cyfrin ar ôl y llall heb aros. Mae ymadrodd yn llawer anoddach i'w ddyfalu na rhifau. Peidiwch â defnyddio PIN eich ffôn na dyddiad pen-blwydd.
passcode-never-save = Os yw eich ffôn yn cynnig cadw'r cod cyfrin hwn, dewiswch Never (Byth).
passcode-guessable = Mae'n hawdd dyfalu'r cod cyfrin hwn: mae'n ddyddiad, yn rhes o rifau, neu'n rifau y mae llawer o bobl yn eu dewis. Defnyddiwch ymadrodd byr yn lle hynny, er enghraifft tri gair y byddwch chi'n eu cofio. Neu dewiswch o leiaf 6 rhif heb batrwm, nid PIN eich ffôn.
passcode-current-label = Eich cod cyfrin nawr
passcode-current-needed = Yn gyntaf, teipiwch y cod cyfrin rydych chi'n ei ddefnyddio nawr.
passcode-remove-ask = I roi'r gorau i ddefnyddio'r cod cyfrin, teipiwch ef yma
passcode-removed-notice = Cafodd y cod cyfrin ei dynnu ar { $date }. Nid yw eich nodiadau wedi'u cloi nawr. Os na wnaethoch chi ei dynnu, efallai fod rhywun arall wedi darllen neu newid eich nodiadau. Gallwch chi osod cod cyfrin eto yn y Gosodiadau.
passcode-notice-close = Cuddio'r neges hon
unlock-wrong-tries = { $count ->
    [zero] Teipiodd rhywun god cyfrin anghywir { $count } gwaith ers i chi agor eich nodiadau ddiwethaf (yr olaf ar { $date } am { $time }).
    [one] Teipiodd rhywun god cyfrin anghywir unwaith ers i chi agor eich nodiadau ddiwethaf (ar { $date } am { $time }).
    [two] Teipiodd rhywun god cyfrin anghywir ddwywaith ers i chi agor eich nodiadau ddiwethaf (yr olaf ar { $date } am { $time }).
    [few] Teipiodd rhywun god cyfrin anghywir { $count } gwaith ers i chi agor eich nodiadau ddiwethaf (yr olaf ar { $date } am { $time }).
    [many] Teipiodd rhywun god cyfrin anghywir { $count } gwaith ers i chi agor eich nodiadau ddiwethaf (yr olaf ar { $date } am { $time }).
   *[other] Teipiodd rhywun god cyfrin anghywir { $count } gwaith ers i chi agor eich nodiadau ddiwethaf (yr olaf ar { $date } am { $time }).
}
unlock-forgot = Rydw i wedi anghofio fy nghod cyfrin
unlock-forgot-body = Does neb yn gallu agor eich nodiadau heb y cod cyfrin. I ddefnyddio nodiadau'r canllaw hwn eto, dilëwch nhw a dechreuwch eto. Mae'r botwm Dileu fy holl ddata ar waelod y dudalen Gosodiadau.
unlock-forgot-link = Mynd i'r dudalen Gosodiadau
