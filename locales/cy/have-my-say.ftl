# Fy adroddiad ar gyfer y gynhadledd: y dudalen sy'n helpu rhiant i ysgrifennu ei adroddiad ei hun, fesul rhan, yn Gymraeg.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# My report for the conference (src/ui/pages/my_report.rs): the page that helps a parent write
# their own report, section by section. Fetched with that page only. The report itself is in
# letter-text.ftl (English or Welsh). Short sentences, plain words, the parent's own voice.
# English original: written by the development team.

# source: 003 "Can I write a report for the Conference?" (shared with all conference members; the social worker or anyone you choose can help)
mr-why = Mae eich adroddiad yn cael ei rannu gyda phawb yn y gynhadledd. Dyma'ch cyfle i ddweud, yn eich geiriau eich hun, beth ddylen nhw ei wybod am eich plentyn a'ch teulu.
mr-help = Gall unrhyw un eich helpu i'w ysgrifennu: ffrind, perthynas, eiriolwr neu eich gweithiwr cymdeithasol.
mr-how = Does dim rhaid llenwi unrhyw ran. Ysgrifennwch ychydig o linellau, neu ddim byd, mewn unrhyw ran. Mae eich geiriau'n cael eu cadw ar y ffôn hwn wrth i chi deipio.
mr-write-in-english = Mae'r adroddiad yn Saesneg. Ysgrifennwch yn Saesneg os gallwch chi, neu gofynnwch i rywun eich helpu.
mr-sections-heading = Eich adroddiad, fesul rhan
mr-example = Er enghraifft
mr-details-hint = Mae eich enw chi, enw eich plentyn a dyddiad geni eich plentyn yr un fath ag ar eich llythyrau.
mr-conference-date = Dyddiad y gynhadledd

# The nine parts. -label is the box's label; -prompt what to think about; -example one or two short examples in a parent's words.
mr-child-label = Am fy mhlentyn
mr-child-prompt = Beth mae eich plentyn yn ei fwynhau, beth mae'n dda am ei wneud, a beth sydd ei angen arno neu arni.
mr-child-example = "Mae Sam wrth ei fodd gyda phêl-droed a thynnu lluniau. Mae e'n garedig wrth ei chwaer fach. Mae angen help arno gyda darllen."
mr-going-well-label = Beth sy'n mynd yn dda
mr-going-well-prompt = Y pethau da yn eich teulu nawr, hyd yn oed os ydyn nhw'n fach.
mr-going-well-example = "Mae Sam yn mynd i'r ysgol bob dydd nawr. Rydyn ni'n bwyta gyda'n gilydd bob nos."
mr-changes-label = Beth rydw i wedi'i wneud, a beth sydd wedi newid
mr-changes-prompt = Beth rydych chi wedi'i wneud ers i'r pryderon ddechrau: cyrsiau, apwyntiadau, newidiadau gartref.
mr-changes-example = "Dechreuais i gwrs magu plant ym mis Hydref. Rydw i wedi bod i bob sesiwn."
mr-agree-label = Beth rydw i'n cytuno ag e yn yr adroddiad
mr-agree-prompt = Y pryderon rydych chi'n cytuno â nhw. Mae dweud hynny'n dangos eich bod chi'n eu deall.
mr-agree-example = "Rydw i'n cytuno nad oedd y tŷ yn ddiogel pan dorrodd y gwres."
mr-disagree-label = Beth nad ydw i'n cytuno ag e yn yr adroddiad, a pham
mr-disagree-prompt = Beth sy'n anghywir neu ar goll yn yr adroddiad, a beth sy'n dangos hynny: dyddiadau, pwy welodd e, llythyrau neu negeseuon testun.
mr-disagree-example = "Mae'r adroddiad yn dweud fy mod i wedi colli dau ymweliad. Roeddwn i yn yr ysbyty ar y ddau ddiwrnod. Mae llythyr yr ysbyty gen i."
mr-disagree-reply = I ateb yr adroddiad fesul pwynt, defnyddiwch y llythyr "Ateb adroddiad".
mr-help-label = Yr help a fyddai'n gwneud gwahaniaeth
mr-help-prompt = Pa gymorth fyddai'n helpu eich teulu, a phwy allai ei roi.
mr-help-example = "Help gyda gofal plant ar ddydd Mawrth, er mwyn i mi allu mynd i fy nghwrs."
mr-family-label = Teulu a ffrindiau sy'n gallu helpu
mr-family-prompt = Pwy yn eich teulu, neu ymhlith eich ffrindiau, sy'n gallu helpu, a sut.
mr-family-example = "Gall fy mam nôl Sam o'r ysgol dri diwrnod yr wythnos."
mr-family-fgc = Gall eich teulu a'ch ffrindiau hefyd lunio cynllun gyda'i gilydd mewn cynhadledd grŵp teulu.
mr-wishes-label = Beth mae fy mhlentyn ei eisiau, a sut mae'n teimlo
mr-wishes-prompt = Dim ond os yw eich plentyn eisiau i hyn gael ei gynnwys: beth mae wedi'i ddweud am sut mae'n teimlo, a beth mae ei eisiau.
mr-wishes-example = "Mae Sam yn dweud ei fod e eisiau aros yn ei ysgol a gweld ei dad ar benwythnosau."
mr-hopes-label = Beth hoffwn i ei weld yn digwydd
mr-hopes-prompt = Beth rydych chi'n gobeithio y bydd y gynhadledd yn ei benderfynu, a pham.
mr-hopes-example = "Hoffwn i ni gael help gan weithiwr cymorth i deuluoedd, heb gynllun amddiffyn plant."

mr-preview = Eich adroddiad
mr-load-failed = Doedd dim modd dangos eich adroddiad. Gwiriwch eich cysylltiad, yna agorwch y dudalen hon eto.
mr-nothing-yet = Ysgrifennwch mewn unrhyw ran uchod, a bydd eich adroddiad yn ymddangos yma.
mr-copy = Copïo'r adroddiad
mr-share = Rhannu'r adroddiad
mr-print = Argraffu'r adroddiad
mr-download = Lawrlwytho'r adroddiad
mr-downloaded = Mae'r adroddiad wedi'i lawrlwytho.
mr-copied = Mae'r adroddiad wedi'i gopïo. Gallwch chi ei ludo mewn e-bost neu neges.
mr-copy-failed = Mae'n ddrwg gennym, wnaeth y ffôn hwn ddim ei gopïo. Gallwch chi ei lawrlwytho neu ei argraffu yn lle hynny.
mr-mark-sent = Rydw i wedi anfon fy adroddiad: cadw copi
mr-saved-sent = Mae copi wedi'i gadw ar dudalen y llythyrau, gyda dyddiad heddiw.

# When to send it. $conference is the date written out, $days the days from today.
mr-send-heading = Pryd i'w anfon, ac at bwy
mr-send-who = Anfonwch e at y gweithiwr cymdeithasol ac at gadeirydd y gynhadledd, cyn y gynhadledd. Anfonwch e mor gynnar ag y gallwch chi, fel bod gan bawb amser i'w ddarllen.
mr-send-when = { $days ->
        [0] Mae eich cynhadledd heddiw, { $conference }. Ewch â chopïau gyda chi, a gofynnwch i'r cadeirydd rannu eich adroddiad.
        [1] Mae eich cynhadledd yfory, { $conference }. Anfonwch eich adroddiad heddiw.
        [two] Mae eich cynhadledd ar { $conference }, ymhen { $days } ddiwrnod.
        [few] Mae eich cynhadledd ar { $conference }, ymhen { $days } diwrnod.
        [many] Mae eich cynhadledd ar { $conference }, ymhen { $days } diwrnod.
       *[other] Mae eich cynhadledd ar { $conference }, ymhen { $days } diwrnod.
    }
mr-send-past = Mae dyddiad y gynhadledd honno wedi mynd heibio. Ar gyfer y gynhadledd nesaf, rhowch ei dyddiad uchod.
mr-send-no-date = Rhowch ddyddiad y gynhadledd uchod i weld faint o amser sydd gennych chi.
mr-send-nothing = Does dim byd yn cael ei anfon o'r canllaw hwn. Chi sy'n copïo, rhannu, argraffu neu lawrlwytho eich adroddiad, a chi sy'n ei anfon.
