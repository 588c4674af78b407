# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode, in Welsh.
# Statws: wedi'i gynorthwyo gan beiriant a'i ysgrifennu gan y tîm datblygu; angen ei adolygu gan gyfieithydd cymwys.
# Status: machine-assisted and written by the development team; awaiting review by a qualified translator.

cover-tracks-title = Cuddio'ch olion
cover-tracks-intro = Os gallai rhywun arall edrych ar eich ffôn, dyma sut i gadw'r hyn rydych chi'n ei ddarllen yn breifat.

cover-keep-heading = Beth mae'r canllaw hwn yn ei gadw, a ble
cover-keep-where = Mae'r canllaw hwn yn cadw eich dewisiadau, fel eich iaith, yn y porwr hwn ar y ffôn hwn yn unig. Mae'r hyn rydych chi'n ei ysgrifennu yn eich rhestr wirio, eich cwestiynau, eich cynllun, eich cysylltiadau a'ch dyddiadau yn cael ei gadw yno hefyd. Mae ffeil rydych chi'n ei lawrlwytho, fel copi o'ch nodiadau, yn mynd i ffolder lawrlwytho eich ffôn, lle gallai rhywun arall ei hagor.
cover-keep-nothing-sent = Does dim byd yn cael ei anfon aton ni nac at neb arall. Dydy'r canllaw hwn ddim yn defnyddio cwcis.

cover-delete-heading = Sut i'w ddileu
cover-delete-intro = I ddileu popeth mae'r canllaw hwn yn ei gadw, agorwch y dudalen Gosodiadau a defnyddiwch y botwm Dileu fy holl ddata. Gallwch chi hefyd ddileu data'r wefan hon yn eich porwr.
cover-delete-chrome = Yn Chrome ar Android: tapiwch y tri dot, yna Settings, yna Site settings, yna All sites. Tapiwch y wefan hon, yna Delete.
cover-delete-safari = Ar iPhone: agorwch yr ap Settings, yna Safari, yna Advanced, yna Website Data. Dewch o hyd i'r wefan hon, llithrwch i'r chwith a thapiwch Delete.

cover-history-heading = Clirio eich hanes pori
cover-history-why = Mae hanes eich porwr yn dangos y tudalennau rydych chi wedi'u hagor, gan gynnwys y canllaw hwn.
cover-history-chrome = Yn Chrome ar Android: tapiwch y tri dot, yna History, yna Delete browsing data.
cover-history-safari = Ar iPhone: agorwch yr ap Settings, yna Safari, yna Clear History and Website Data. Mae hyn hefyd yn dileu'r hyn mae'r canllaw hwn yn ei gadw.

cover-private-heading = Pori preifat
cover-private-text = Mewn ffenestr breifat (Incognito yw ei henw yn Chrome), does dim byd yn cael ei gadw ar ôl i chi ei chau. Mae hynny'n cynnwys unrhyw beth rydych chi'n ei ysgrifennu yn y canllaw hwn.

cover-limits-heading = Beth na all y botwm gadael ei wneud
cover-limits-exit = Mae'r botwm Gadael y dudalen hon yn mynd â chi i wefan arall ar unwaith. Gallwch chi hefyd bwyso'r fysell Shift dair gwaith. Dydy'r botwm ddim yn dileu hanes eich porwr.
cover-limits-icon = Os byddwch chi'n ychwanegu'r canllaw hwn at eich sgrin gartref, bydd ei eicon i'w weld yno.
cover-limits-unlock = Efallai y bydd rhywun sy'n gallu datgloi eich ffôn yn gallu agor y canllaw hwn.

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
unlock-wait = { $seconds ->
    [one] Arhoswch 1 eiliad, yna rhowch gynnig arall arni.
    [zero] Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
    [two] Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
    [few] Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
    [many] Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
   *[other] Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
}
unlock-forgot = Rydw i wedi anghofio fy nghod cyfrin
unlock-forgot-body = Does neb yn gallu agor eich nodiadau heb y cod cyfrin. I ddefnyddio nodiadau'r canllaw hwn eto, dilëwch nhw a dechreuwch eto. Mae'r botwm Dileu fy holl ddata ar waelod y dudalen Gosodiadau.
unlock-forgot-link = Mynd i'r dudalen Gosodiadau
