# The words of the letters a parent can send (src/core/letters) and of my report for the
# conference (src/core/my_report). Loaded only on the letters and my report
# pages, in the language the parent chose for the letter (English, or Welsh in Wales): not the
# app's language. Polite, plain and short: a social worker or a chair should read it in a minute.
# Statws: wedi'i ysgrifennu gan y tîm datblygu; angen ei adolygu gan gyfieithydd cymwys.
# Status: written by the development team; awaiting review by a qualified translator.

letter-date = { $day } { $month } { $year }
letter-month-1 = Ionawr
letter-month-2 = Chwefror
letter-month-3 = Mawrth
letter-month-4 = Ebrill
letter-month-5 = Mai
letter-month-6 = Mehefin
letter-month-7 = Gorffennaf
letter-month-8 = Awst
letter-month-9 = Medi
letter-month-10 = Hydref
letter-month-11 = Tachwedd
letter-month-12 = Rhagfyr

letter-dear = Annwyl { $to },
letter-dear-social-worker = Annwyl weithiwr cymdeithasol,
letter-dear-chair = Annwyl gadeirydd y gynhadledd,
letter-about = Ynghylch: { $child }
letter-about-born = Ynghylch: { $child }, dyddiad geni { $dob }
letter-my-child = fy mhlentyn
letter-signoff = Yn gywir,

# Shared openings.
letter-conference-dated = Rwy'n ysgrifennu am y gynhadledd amddiffyn plant ar gyfer { $child } ar { $conference }.
letter-conference = Rwy'n ysgrifennu am y gynhadledd amddiffyn plant ar gyfer { $child }.
letter-about-my-child = Rwy'n ysgrifennu ynghylch fy mhlentyn, { $child }.
letter-about-my-child-unnamed = Rwy'n ysgrifennu ynghylch fy mhlentyn.

# Ask for the reports.
# source: 001, 003 (reports shared before the conference; every report; keep copies)
letter-reports-ask = Anfonwch eich adroddiad ataf, os gwelwch yn dda, a phob adroddiad arall a fydd yn cael ei rannu yn y gynhadledd. Gwnewch hyn cyn gynted ag y gallwch. Mae angen amser arnaf cyn y gynhadledd i'w darllen, i'w deall ac i baratoi i ddweud beth rwy'n ei feddwl. Hoffwn gadw copïau.
letter-reports-else = Os na allwch eu hanfon ataf, rhowch wybod i mi pryd a ble y gallaf eu darllen cyn y gynhadledd.

# Ask for an interpreter, or help with travel and childcare.
# source: Wales procedures (interpreter; help with transport and childcare)
letter-interpreter-ask = Hoffwn gael cyfieithydd ar y pryd yn y gynhadledd, ac yn y cyfarfodydd ar ei hôl. Fy iaith yw { $extra }.
letter-interpreter-help = Mae angen help arnaf er mwyn i mi allu cymryd rhan lawn yn y gynhadledd.
letter-interpreter-travel = Rhowch wybod i mi hefyd a allaf gael help gyda theithio i'r cyfarfod, neu gyda gofal plant tra byddaf yno.

# Tell the social worker who is coming with me.
# source: 001, 003 (a friend, relative or solicitor; tell the social worker beforehand; what they may do differs)
letter-supporter-named = Rwy'n rhoi gwybod i chi y bydd { $extra } yn dod i'r gynhadledd gyda mi, i'm cefnogi.
letter-supporter-unnamed = Hoffwn ddod â rhywun i'r gynhadledd i'm cefnogi. Byddaf yn rhoi gwybod i chi pwy yw'r person cyn y cyfarfod.
letter-supporter-ask = Rhowch wybod i mi beth fydd fy nghefnogwr yn cael ei wneud yn y cyfarfod, ac a fydd yn cael siarad.

# Reply to a report: the parent's points, one by one, and a copy to the chair.
# source: 001, 003 (if something in a report is wrong, tell the social worker and the chair)
letter-reply-report-named = Rwyf wedi darllen { $extra }, a ysgrifennwyd ar gyfer y gynhadledd amddiffyn plant ynghylch { $child }.
letter-reply-report = Rwyf wedi darllen adroddiad a ysgrifennwyd ar gyfer y gynhadledd amddiffyn plant ynghylch { $child }.
letter-reply-points = Mae rhai o'r pethau y mae'n eu dweud yn anghywir, neu mae rhywbeth pwysig ar goll. Rwyf wedi nodi pob pwynt isod, gyda'r hyn sy'n dangos hynny.
letter-reply-said = Mae'r adroddiad yn dweud: { $text }
letter-reply-why = Mae hyn yn anghywir neu ar goll oherwydd: { $text }
letter-reply-evidence = Yr hyn sy'n dangos hyn: { $text }
letter-reply-ask = Cywirwch yr adroddiad, os gwelwch yn dda. Os nad ydych yn cytuno i'w newid, atodwch fy ateb i'r adroddiad, a gwnewch yn siŵr bod pawb yn y gynhadledd yn ei weld.
letter-reply-copy = Rwy'n anfon copi o'r llythyr hwn at gadeirydd y gynhadledd.

# Corrections to the minutes, to the chair.
# source: CONTENT-FACTS.md "Minutes (Wales)": corrections to the chair, any dissent is recorded; content review M11 (England: the accuracy of the minutes is taken up with the chair)
letter-minutes-dated = Rwyf wedi derbyn cofnodion y gynhadledd amddiffyn plant ar gyfer { $child } a gynhaliwyd ar { $conference }.
letter-minutes = Rwyf wedi derbyn cofnodion y gynhadledd amddiffyn plant ar gyfer { $child }.
letter-minutes-points = Mae rhai o'r pethau sydd ynddynt yn wahanol i'r hyn a ddywedwyd yn y cyfarfod. Rwyf wedi nodi pob cywiriad isod.
letter-minutes-said = Mae'r cofnodion yn dweud: { $text }
letter-minutes-why = Yr hyn a ddywedwyd: { $text }
letter-minutes-evidence = Yr hyn sy'n dangos hyn: { $text }
letter-minutes-ask = Cywirwch y cofnodion, os gwelwch yn dda. Lle nad ydych yn cytuno i'w newid, nodwch yn y cofnodion fy mod yn anghytuno, a pham.
letter-minutes-copy = Anfonwch y cofnodion wedi'u cywiro ataf i, ac at bawb a gafodd y copi cyntaf, os gwelwch yn dda.

# Ask for a family group conference.
# source: 000, 002 (involve the wider family early; ask for a family group conference)
letter-family-group-ask = Hoffwn gael cynhadledd grŵp teulu. Mae'n gyfarfod lle gall fy nheulu a'm ffrindiau lunio cynllun gyda'i gilydd i gadw { $child } yn ddiogel ac yn iach.
letter-family-group-next = Rhowch wybod i mi a fyddwch yn trefnu un, a gyda phwy y dylwn siarad amdani.

# Ask for support to continue when the plan ends.
# source: 000, 002 (a Child in Need plan, in Wales a care and support plan, can set out family support)
letter-support-ask = Mae'r { $nation ->
    [wales] cynllun amddiffyn gofal a chymorth
   *[england] cynllun amddiffyn plant
} ar gyfer { $child } wedi dod i ben, neu efallai y daw i ben yn fuan. Hoffwn gael help i'm teulu o hyd. Rhowch wybod i mi, os gwelwch yn dda, pa gymorth y gallwch ei gynnig, ac a oes modd ei nodi mewn { $nation ->
    [wales] cynllun gofal a chymorth
   *[england] cynllun Plentyn mewn Angen
}.
letter-support-what = Dyma'r help a fyddai'n gwneud gwahaniaeth, yn fy marn i: { $extra }.

# Complain about the conference to the chair.
# source: 003 (write to the chair; the chair works with the complaints team)
letter-complaint-dated = Rwy'n ysgrifennu i gwyno am y gynhadledd amddiffyn plant ar gyfer { $child } ar { $conference }.
letter-complaint = Rwy'n ysgrifennu i gwyno am y gynhadledd amddiffyn plant ar gyfer { $child }.
letter-complaint-ask = Ymchwiliwch i'r hyn a ddigwyddodd, a rhowch ateb i mi yn ysgrifenedig, os gwelwch yn dda. Rhowch wybod i mi beth y byddwch yn ei wneud, ac erbyn pryd.
letter-complaint-next = Os na fyddaf yn fodlon â'ch ateb, rwy'n deall y gallaf fynd â'm cwyn at dîm cwynion y cyngor.

# My report for the conference: the parent's own report, shared with everyone there.
# source: 003 "Can I write a report for the Conference?" (shared with all conference members; anyone can help write it)
my-report-doc-title = Fy adroddiad ar gyfer y gynhadledd amddiffyn plant
my-report-doc-conference = Y gynhadledd: { $conference }
my-report-doc-by = Ysgrifennwyd gan { $name } ar { $today }
my-report-doc-on = Ysgrifennwyd ar { $today }
my-report-heading-child = Am fy mhlentyn
my-report-heading-going-well = Beth sy'n mynd yn dda
my-report-heading-changes = Beth rwyf wedi'i wneud, a beth sydd wedi newid
my-report-heading-agree = Beth rwy'n cytuno ag ef yn yr adroddiad
my-report-heading-disagree = Beth nad wyf yn cytuno ag ef yn yr adroddiad, a pham
my-report-heading-help = Yr help a fyddai'n gwneud gwahaniaeth
my-report-heading-family = Teulu a ffrindiau a all helpu
my-report-heading-wishes = Beth mae fy mhlentyn ei eisiau, a sut mae'n teimlo
my-report-heading-hopes = Beth hoffwn ei weld yn digwydd
