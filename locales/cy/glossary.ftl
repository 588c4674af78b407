# Y rhestr eiriau, yn Gymraeg.
# Statws: wedi'i gynorthwyo gan beiriant a'i ysgrifennu gan y tîm datblygu; angen ei adolygu gan gyfieithydd cymwys.
# Status: machine-assisted and written by the development team; awaiting review by a qualified translator.
# The ids are anchors on /glossary/: never rename one.

glossary-title = Geiriau sy'n cael eu defnyddio yn y canllaw hwn
glossary-intro = Ystyr y geiriau mae gweithwyr cymdeithasol yn eu defnyddio, a'r geiriau sy'n cael eu defnyddio mewn cyfarfodydd.

term-advocate = Eiriolwr
term-advocate-meaning = Rhywun sy'n eich helpu i ddweud beth rydych chi'n ei feddwl ac sy'n gwneud yn siŵr bod eich llais yn cael ei glywed. Mae eiriolwr ar eich ochr chi, a dydy e ddim yn gweithio i'r gwasanaethau plant.
term-assessment = Asesiad
term-assessment-meaning = Pan fydd gweithiwr cymdeithasol yn dod i wybod am anghenion eich plentyn ac am eich teulu. Maen nhw'n siarad â chi, â'ch plentyn ac â phobl eraill, ac yna'n ysgrifennu beth maen nhw wedi'i ddysgu.
term-care-and-support-plan = Cynllun gofal a chymorth
term-care-and-support-plan-meaning = Yng Nghymru, cynllun ar gyfer help a chymorth i blentyn a theulu. Mae'n cael ei ddefnyddio pan nad oes cynllun amddiffyn gofal a chymorth.
term-care-and-support-protection-plan = Cynllun amddiffyn gofal a chymorth
term-care-and-support-protection-plan-meaning = Yng Nghymru, y cynllun sy'n cael ei lunio i gadw plentyn yn ddiogel ar ôl cynhadledd amddiffyn plant.
term-category-of-harm = Categori niwed
term-category-of-harm-meaning = Y prif fath o niwed mae'r gynhadledd yn poeni amdano, fel esgeulustod neu gam-drin corfforol. Mae cynllun yn nodi un categori neu fwy.
term-chair = Cadeirydd
term-chair-meaning = Y person sy'n arwain y gynhadledd. Mae'n weithiwr cymdeithasol profiadol. Mae'n gweithio i'r cyngor, ond nid yw'n rhan o achos eich plentyn.
term-child-in-need-plan = Cynllun Plentyn mewn Angen
term-child-in-need-plan-meaning = Yn Lloegr, cynllun ar gyfer help a chymorth i blentyn a theulu. Mae'n cael ei ddefnyddio pan nad oes cynllun amddiffyn plant.
term-child-protection-conference = Cynhadledd amddiffyn plant
term-child-protection-conference-meaning = Cyfarfod sy'n cael ei alw gan y gwasanaethau plant pan fyddan nhw'n poeni'n ddifrifol fod plentyn yn cael niwed, neu y gallai gael niwed. Y gynhadledd gychwynnol yw'r un gyntaf. Cynadleddau adolygu yw'r rhai sy'n dilyn.
term-child-protection-plan = Cynllun amddiffyn plant
term-child-protection-plan-meaning = Y cynllun sy'n cael ei lunio i gadw plentyn yn ddiogel. Mae'r gynhadledd yn llunio cynllun amlinellol, ac mae'r grŵp craidd yn ei droi'n gynllun manwl.
term-child-protection-register = Cofrestr amddiffyn plant
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (confidential, not a criminal record) (content review L12)
term-child-protection-register-meaning = Yng Nghymru, rhestr o blant sydd â chynllun amddiffyn gofal a chymorth. Rhestr breifat yw hi: dim ond gweithwyr proffesiynol sy'n gallu ei gwirio. Nid cofnod troseddol yw hi. Rhoddodd Lloegr y gorau i ddefnyddio cofrestr yn 2008.
term-childrens-services = Gwasanaethau plant
term-childrens-services-meaning = Y rhan o'ch cyngor sy'n gweithio gyda phlant a theuluoedd. Weithiau, gwasanaethau cymdeithasol yw'r enw arno.
term-contingency-plan = Cynllun wrth gefn
term-contingency-plan-meaning = Cynllun ar gyfer beth fydd yn digwydd os nad yw'r prif gynllun yn gweithio.
term-core-group = Grŵp craidd
term-core-group-meaning = { $nation ->
        [wales] Grŵp bach o weithwyr proffesiynol ac aelodau o'r teulu sy'n rhoi'r cynllun amddiffyn gofal a chymorth ar waith. Fel arfer, rydych chi'n aelod.
       *[england] Grŵp bach o weithwyr proffesiynol ac aelodau o'r teulu sy'n rhoi'r cynllun amddiffyn plant ar waith. Fel arfer, rydych chi'n aelod.
    }
term-family-group-conference = Cynhadledd grŵp teulu
term-family-group-conference-meaning = Cyfarfod lle mae eich teulu a'ch ffrindiau'n llunio eu cynllun eu hunain i helpu i gadw eich plentyn yn ddiogel. Gallwch chi ofyn i'r gwasanaethau plant am un.
term-health-visitor = Ymwelydd iechyd
term-health-visitor-meaning = Nyrs sy'n cefnogi teuluoedd sydd â phlant o dan 5 oed.
term-lead-social-worker = Gweithiwr cymdeithasol arweiniol
term-lead-social-worker-meaning = Y gweithiwr cymdeithasol sy'n gyfrifol am gynllun eich plentyn. Weithiau, mae'n cael ei alw'n weithiwr allweddol neu'n ymarferydd arweiniol.
term-legal-aid = Cymorth cyfreithiol
term-legal-aid-meaning = Help gan y llywodraeth i dalu am gyfreithiwr. Ar y dechrau, mae'n dibynnu ar eich incwm. Pan gewch chi lythyr cyn achos, mae am ddim beth bynnag yw eich incwm. Mae am ddim ar gyfer achos llys hefyd.
term-legal-planning-meeting = Cyfarfod cynllunio cyfreithiol
term-legal-planning-meeting-meaning = Cyfarfod lle mae'r gwasanaethau plant yn cael cyngor cyfreithiol am a ddylen nhw fynd i'r llys.
term-letter-before-proceedings = Llythyr cyn achos
term-letter-before-proceedings-meaning = Llythyr gan y gwasanaethau plant sy'n dweud eu bod nhw'n meddwl am fynd i'r llys, a beth allwch chi ei wneud i osgoi hynny. Ewch ag e at gyfreithiwr cyfraith plant ar unwaith.
term-letter-of-issue = Llythyr cyhoeddi achos
term-letter-of-issue-meaning = Llythyr gan y gwasanaethau plant sy'n dweud eu bod nhw'n mynd i'r llys. Ewch ag e at gyfreithiwr cyfraith plant ar unwaith.
term-minutes = Cofnodion
term-minutes-meaning = Y nodiadau ysgrifenedig o gyfarfod. Dylech chi gael copi.
term-ombudsman = Ombwdsmon
term-ombudsman-meaning = Gwasanaeth annibynnol sy'n edrych ar gwynion am gynghorau. Mae'n edrych ar sut gweithredodd y cyngor, nid ar benderfyniad y gynhadledd.
term-parental-responsibility = Cyfrifoldeb rhiant
term-parental-responsibility-meaning = Yr hawliau a'r dyletswyddau sydd gan riant dros ei blentyn. Dydy cynllun amddiffyn plant ddim yn mynd â'r cyfrifoldeb hwn oddi arnoch chi.
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
term-plo = PLO (Public Law Outline)
term-plo-meaning = Y rheolau y mae cynghorau'n eu dilyn cyn mynd i'r llys am blentyn. Mae llythyr cyn achos yn dechrau'r cam hwn. Mae'n eich gwahodd i gyfarfod gyda'ch cyfreithiwr.
term-pre-birth-conference = Cynhadledd cyn geni
term-pre-birth-conference-meaning = Cynhadledd amddiffyn plant sy'n cael ei chynnal cyn i fabi gael ei eni.
term-review-conference = Cynhadledd adolygu
term-review-conference-meaning = Cynhadledd sy'n gwirio sut mae cynllun amddiffyn plant yn gweithio. Mae'r gyntaf o fewn 3 mis, yna o leiaf bob 6 mis.
term-section-47-enquiries = Ymholiadau adran 47
term-section-47-enquiries-meaning = Y gwiriadau mae'r gwasanaethau plant yn eu gwneud pan fyddan nhw'n meddwl y gallai plentyn fod mewn perygl o niwed sylweddol. Daw'r enw o adran 47 o Ddeddf Plant 1989.
term-significant-harm = Niwed sylweddol
term-significant-harm-meaning = Niwed sy'n ddigon difrifol i effeithio ar iechyd neu ddatblygiad plentyn. Dyma beth mae cynhadledd amddiffyn plant yn poeni amdano.
term-strategy-discussion = Trafodaeth strategaeth
term-strategy-discussion-meaning = Sgwrs rhwng y gwasanaethau plant, yr heddlu ac eraill am y pryderon. Mae'n cael ei chynnal cyn cynhadledd.
term-working-day = Diwrnod gwaith
term-working-day-meaning = Dydd Llun i ddydd Gwener, heb gyfrif gwyliau banc.
