# Rhannu'r canllaw hwn: y dudalen i weithwyr cymorth i deuluoedd, a holl eiriau'r daflen.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.

share-who = Dewiswch iaith y rhiant, ble maen nhw'n byw a'r dudalen y dylai'r canllaw agor arni. Yna anfonwch y ddolen atyn nhw, dangoswch y cod QR iddyn nhw, neu argraffwch daflen.
share-language-legend = Iaith y rhiant
share-language-hint = Mae'r canllaw yn agor yn yr iaith hon. Gall y rhiant ei newid unrhyw bryd.
share-nation-legend = Ble mae'r rhiant yn byw
share-nation-hint = Mae rhai rheolau'n wahanol yn Lloegr ac yng Nghymru.
share-nation-england = Lloegr
share-nation-wales = Cymru
share-nation-unsaid = Heb ddweud: bydd y canllaw yn gofyn iddyn nhw
share-start-label = Y dudalen y mae'r canllaw yn agor arni
share-link-heading = Y ddolen
share-link-hint = Anfonwch hi mewn neges destun neu e-bost. Nid yw'n ddolen ar y dudalen hon, fel bod eich ffôn chi'n aros yn eich iaith chi.
share-copy = Copïo'r ddolen
share-share = Rhannu'r ddolen
share-copied = Mae'r ddolen wedi'i chopïo.
share-copy-failed = Doedd dim modd copïo'r ddolen. Dewiswch hi a'i chopïo eich hun.
share-qr-heading = Y cod QR
share-qr-hint = Mae'r rhiant yn pwyntio camera ei ffôn at y cod. Mae'n agor yr un ddolen.
share-qr-label = Cod QR ar gyfer { $link }
share-private = Does dim byd rydych chi'n ei ddewis yma yn cael ei anfon i unman na'i gadw. Nid yw'n newid y canllaw hwn ar eich ffôn.
share-leaflet-heading = Argraffu taflen
share-leaflet-hint = Tudalen i'w rhoi i riant: yn ei iaith gyda Saesneg wrth ei hochr, gyda'r cod QR a'r ddolen.
share-paper-legend = Papur
share-paper-a4 = Un dudalen A4
share-paper-a5 = Dau gopi A5 ar un ddalen A4, i'w thorri yn ei hanner
share-print = Argraffu'r daflen
share-words-failed = Doedd dim modd llwytho geiriau'r daflen. Gwiriwch eich cysylltiad â'r rhyngrwyd a rhowch gynnig arall arni.

## The leaflet

leaflet-title = Canllaw i'ch cynhadledd amddiffyn plant
leaflet-what = Mae'r canllaw am ddim hwn i'ch ffôn yn esbonio pob cam o gynhadledd amddiffyn plant mewn geiriau syml.
leaflet-open = I'w agor, pwyntiwch gamera eich ffôn at y cod, neu teipiwch y ddolen.
leaflet-stages-heading = Y pum cam
leaflet-stage-before = Cyn y gynhadledd: beth yw'r cyfarfod, a sut i baratoi.
leaflet-stage-during = Yn y gynhadledd: beth sy'n digwydd, a beth all ei benderfynu.
leaflet-stage-core-group = Y grŵp craidd: y grŵp llai sy'n rhoi'r cynllun ar waith.
leaflet-stage-review = Y gynhadledd adolygu: sut mae'r cynllun yn cael ei wirio.
leaflet-stage-help = Cwynion a chyngor: sut i gwyno, a phwy all helpu.
leaflet-private = Mae'n gweithio heb signal ar ôl ei agor, a does dim byd rydych chi'n ei deipio yn gadael eich ffôn.
leaflet-home-heading = Ei gadw ar eich sgrin gartref
leaflet-home-android = Android: agorwch y ddolen yn Chrome. Tapiwch y ddewislen (⋮), yna "Ychwanegu at y sgrin gartref".
leaflet-home-iphone = iPhone: agorwch y ddolen yn Safari. Tapiwch Rhannu, yna "Ychwanegu at y Sgrin Gartref".
leaflet-exit-heading = Os daw rhywun i mewn
leaflet-exit = Tapiwch "Gadael y dudalen hon" ar frig y canllaw. Neu pwyswch y fysell Shift dair gwaith ar fysellfwrdd. Mae gwefan arall yn agor ar unwaith.
