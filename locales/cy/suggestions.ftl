# Camau a chwestiynau awgrymedig ar gyfer pob cam, yn llais y rhiant, yn Gymraeg.
# Statws: wedi'i gynorthwyo gan beiriant a'i ysgrifennu gan y tîm datblygu; angen ei adolygu gan gyfieithydd cymwys.
# Status: machine-assisted and written by the development team; awaiting review by a qualified translator.
# The personal tools offer them; ids are in src/core/content/suggestions.rs.

## Before the conference: things to do
suggest-before-ask-for-reports = Gofyn i'r gweithiwr cymdeithasol am gopi o bob adroddiad
suggest-before-read-reports = Darllen yr adroddiadau a marcio unrhyw beth dydw i ddim yn ei ddeall
suggest-before-note-mistakes = Ysgrifennu unrhyw beth mewn adroddiad sy'n anghywir
suggest-before-write-my-report = Ysgrifennu fy adroddiad fy hun, neu ofyn i rywun fy helpu i'w ysgrifennu
suggest-before-send-my-report = Anfon fy adroddiad fy hun at y gweithiwr cymdeithasol a'r cadeirydd cyn y cyfarfod
suggest-before-choose-supporter = Dewis ffrind neu berthynas i ddod gyda fi
suggest-before-tell-who-is-coming = Dweud wrth y gweithiwr cymdeithasol pwy sy'n dod gyda fi
suggest-before-call-solicitor = Ffonio cyfreithiwr sy'n arbenigo mewn cyfraith plant
suggest-before-ask-interpreter = Gofyn am gyfieithydd os oes angen un arna i
suggest-before-plan-childcare = Trefnu gofal plant ar gyfer y diwrnod
suggest-before-plan-journey = Cynllunio sut bydda i'n cyrraedd yno, a cheisio cyrraedd 15 munud yn gynnar

## Before the conference: questions to ask
suggest-before-q-worried-about = Beth yn union sy'n eich poeni chi?
suggest-before-q-evidence = Pa dystiolaeth sydd gennych chi ar gyfer y pryderon hyn?
suggest-before-q-who-is-coming = Pwy fydd yn y gynhadledd?
suggest-before-q-when-report = Pryd bydda i'n cael eich adroddiad chi?
suggest-before-q-solicitor-speak = Ydy fy nghyfreithiwr neu fy nghefnogwr yn cael siarad yn y cyfarfod?
suggest-before-q-child-attend = Ddylai fy mhlentyn ddod, a phwy fydd yn ei helpu i baratoi?
suggest-before-q-travel-help = Alla i gael help gyda theithio neu ofal plant er mwyn dod?
suggest-before-q-meet-chair = Ga i gwrdd â'r cadeirydd cyn i'r cyfarfod ddechrau?

## At the conference: things to do
suggest-during-arrive-early = Cyrraedd 15 munud yn gynnar i gwrdd â'r cadeirydd
suggest-during-bring-notes = Dod â fy nodiadau a fy nghwestiynau
suggest-during-bring-my-report = Dod â chopïau o fy adroddiad fy hun
suggest-during-write-down-names = Ysgrifennu pwy sydd yno a beth maen nhw'n ei wneud
suggest-during-say-what-is-going-well = Dweud beth sy'n mynd yn dda i fy mhlentyn
suggest-during-ask-for-break = Gofyn am seibiant os oes angen un arna i
suggest-during-correct-mistakes = Dweud os yw rhywbeth sy'n cael ei ddweud amdanon ni yn anghywir
suggest-during-ask-for-minutes = Gofyn pryd bydda i'n cael y cofnodion
suggest-during-disagreement-in-minutes = Gofyn i'm hanghytundeb gael ei ysgrifennu yn y cofnodion

## At the conference: questions to ask
suggest-during-q-what-worried = Beth yn union sy'n eich poeni chi?
suggest-during-q-what-change = Beth sydd angen ei newid, ac erbyn pryd?
suggest-during-q-expected-of-me = Beth rydych chi'n disgwyl i fi ei wneud?
suggest-during-q-what-category = Pa gategori niwed sydd yn y cynllun, a pham?
suggest-during-q-who-social-worker = Pwy yw gweithiwr cymdeithasol fy mhlentyn nawr?
suggest-during-q-who-core-group = Pwy sydd yn y grŵp craidd?
suggest-during-q-when-minutes = Pryd bydda i'n cael copi o'r cofnodion?
suggest-during-q-what-support = Pa help a chymorth all fy nheulu eu cael?

## The core group: things to do
suggest-core-group-read-decision = Darllen beth benderfynodd y gynhadledd
suggest-core-group-write-questions = Ysgrifennu fy nghwestiynau cyn pob cyfarfod
suggest-core-group-note-actions = Ysgrifennu pwy fydd yn gwneud beth, ac erbyn pryd
suggest-core-group-suggest-support = Awgrymu cymorth a fyddai'n ein helpu ni
suggest-core-group-involve-family = Gofyn i fy nheulu ehangach helpu'n gynnar
suggest-core-group-ask-fgc = Gofyn am gynhadledd grŵp teulu
suggest-core-group-save-numbers = Cadw rhifau pawb yn y grŵp craidd
suggest-core-group-keep-diary = Cadw nodyn o ymweliadau a beth gafodd ei ddweud

## The core group: questions to ask
suggest-core-group-q-what-by-when = Beth sydd angen ei newid, ac erbyn pryd?
suggest-core-group-q-who-does-what = Pwy sy'n gwneud pob rhan o'r cynllun?
suggest-core-group-q-how-often = Pa mor aml bydd y grŵp craidd yn cyfarfod?
suggest-core-group-q-visits = Pa mor aml byddwch chi'n ymweld, a fyddwch chi'n dweud wrtha i o flaen llaw?
suggest-core-group-q-help-available = Pa help allwn ni ei gael i wneud y newidiadau hyn?
suggest-core-group-q-assessment = Pryd bydda i'n gweld yr asesiad?
suggest-core-group-q-contingency = Oes cynllun wrth gefn, a beth mae'n ei ddweud?
suggest-core-group-q-copy-of-plan = Pryd bydda i'n cael copi o'r cynllun llawn?

## The review conference: things to do
suggest-review-list-changes = Rhestru beth sydd wedi newid ers y gynhadledd ddiwethaf
suggest-review-note-difference = Ysgrifennu'r gwahaniaeth mae hyn wedi'i wneud i fy mhlentyn
suggest-review-read-reports = Darllen yr adroddiadau cyn yr adolygiad
suggest-review-gather-evidence = Casglu llythyrau neu nodiadau sy'n dangos beth rydw i wedi'i wneud
suggest-review-ask-supporter = Gofyn i fy nghefnogwr ddod gyda fi eto
suggest-review-think-about-support = Meddwl am ba help rydw i eisiau o hyd os daw'r cynllun i ben
suggest-review-keep-letters = Cadw pob llythyr gan y gwasanaethau plant yn ddiogel
suggest-review-call-solicitor-if-letter = Os ca i lythyr am fynd i'r llys, mynd i weld cyfreithiwr ar unwaith

## The review conference: questions to ask
suggest-review-q-what-improved = Beth sydd wedi gwella, yn eich barn chi?
suggest-review-q-what-still-worries = Beth sy'n dal i'ch poeni chi, a pham?
suggest-review-q-can-plan-end = Beth sydd angen digwydd er mwyn i'r cynllun ddod i ben?
suggest-review-q-what-support-after = Pa gymorth allwn ni ei gael os daw'r cynllun i ben?
suggest-review-q-next-review = Pryd mae'r adolygiad nesaf?
suggest-review-q-legal-planning = Ydych chi'n ystyried cynnal cyfarfod cynllunio cyfreithiol?
suggest-review-q-what-letter-means = Beth mae'r llythyr hwn yn ei olygu i fi?
suggest-review-q-changes-to-plan = Pa newidiadau rydych chi'n eu gwneud i'r cynllun, a pham?

## Complaints and advice: things to do
suggest-help-write-to-chair = Ysgrifennu at y cadeirydd am beth sy'n fy ngwneud i'n anhapus
suggest-help-keep-copies = Cadw copi o bob llythyr ac e-bost rydw i'n ei anfon
suggest-help-note-dates = Ysgrifennu dyddiadau galwadau, ymweliadau a chyfarfodydd
suggest-help-call-advice-line = Ffonio llinell gyngor am ddim
suggest-help-contact-complaints-team = Cysylltu â thîm cwynion y cyngor
suggest-help-ask-for-advocate = Gofyn a ga i eiriolwr
suggest-help-save-local-numbers = Cadw rhifau fy ngweithiwr cymdeithasol a'r cyngor
suggest-help-check-legal-aid = Gwirio a alla i gael cymorth cyfreithiol

## Complaints and advice: questions to ask
suggest-help-q-how-to-complain = Sut mae gwneud cwyn, ac at bwy dylwn i ei hanfon?
suggest-help-q-how-long = Faint o amser bydd hi'n ei gymryd i gael ateb?
suggest-help-q-who-decides = Pwy fydd yn edrych ar fy nghwyn?
suggest-help-q-ombudsman-when = Pryd galla i fynd at yr Ombwdsmon?
suggest-help-q-advocate = Ga i eiriolwr i fy helpu?
suggest-help-q-different-worker = Ga i ofyn am weithiwr cymdeithasol gwahanol?
suggest-help-q-record-meeting = Ga i recordio'r cyfarfod, neu gymryd nodiadau?
suggest-help-q-manager-contact = Sut mae cysylltu â rheolwr y gweithiwr cymdeithasol?
