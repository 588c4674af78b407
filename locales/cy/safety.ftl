# Staying safe: the "Cover your tracks" page and the emergency exit settings, in English.
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
