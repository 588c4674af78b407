# The words of the letters a parent can send (src/core/letters) and of my report for the
# conference (src/core/my_report). Loaded only on the letters and my report
# pages, in the language the parent chose for the letter (English, or Welsh in Wales): not the
# app's language. Polite, plain and short: a social worker or a chair should read it in a minute.
# Status: written by the development team.

letter-date = { $day } { $month } { $year }
letter-month-1 = January
letter-month-2 = February
letter-month-3 = March
letter-month-4 = April
letter-month-5 = May
letter-month-6 = June
letter-month-7 = July
letter-month-8 = August
letter-month-9 = September
letter-month-10 = October
letter-month-11 = November
letter-month-12 = December

letter-dear = Dear { $to },
letter-dear-social-worker = Dear social worker,
letter-dear-chair = Dear conference chair,
letter-about = About: { $child }
letter-about-born = About: { $child }, born { $dob }
letter-my-child = my child
letter-signoff = Yours sincerely,

# Shared openings.
letter-conference-dated = I am writing about the child protection conference for { $child } on { $conference }.
letter-conference = I am writing about the child protection conference for { $child }.
letter-about-my-child = I am writing about my child, { $child }.
letter-about-my-child-unnamed = I am writing about my child.

# Ask for the reports.
# source: 001, 003 (reports shared before the conference; every report; keep copies)
letter-reports-ask = Please send me your report, and every other report that will be shared at the conference, as soon as you can. I need time before the conference to read them, to understand them and to get ready to say what I think. I would like to keep copies.
letter-reports-else = If you cannot send them to me, please tell me when and where I can read them before the conference.

# Ask for an interpreter, or help with travel and childcare.
# source: Wales procedures (interpreter; help with transport and childcare)
letter-interpreter-ask = I would like an interpreter at the conference, and at the meetings after it. My language is { $extra }.
letter-interpreter-help = I need some help so that I can take part fully in the conference.
letter-interpreter-travel = Please also tell me whether I can have help with travel to the meeting, or with childcare while I am there.

# Tell the social worker who is coming with me.
# source: 001, 003 (a friend, relative or solicitor; tell the social worker beforehand; what they may do differs)
letter-supporter-named = I am letting you know that { $extra } will come to the conference with me, to support me.
letter-supporter-unnamed = I would like to bring someone to the conference to support me. I will tell you their name before the meeting.
letter-supporter-ask = Please tell me what they will be able to do at the meeting, and whether they will be able to speak.

# Reply to a report: the parent's points, one by one, and a copy to the chair.
# source: 001, 003 (if something in a report is wrong, tell the social worker and the chair)
letter-reply-report-named = I have read { $extra }, written for the child protection conference for { $child }.
letter-reply-report = I have read a report written for the child protection conference for { $child }.
letter-reply-points = Some of what it says is wrong, or something important is missing. I have set out each point below, with what shows it.
letter-reply-said = The report says: { $text }
letter-reply-why = This is wrong or missing because: { $text }
letter-reply-evidence = What shows this: { $text }
letter-reply-ask = Please correct the report. If you do not agree to change it, please attach my reply to the report, and make sure that everyone at the conference sees it.
letter-reply-copy = I am sending a copy of this letter to the conference chair.

# Corrections to the minutes, to the chair.
# source: CONTENT-FACTS.md "Minutes (Wales)": corrections to the chair, any dissent is recorded; content review M11 (England: the accuracy of the minutes is taken up with the chair)
letter-minutes-dated = I have received the minutes of the child protection conference for { $child } on { $conference }.
letter-minutes = I have received the minutes of the child protection conference for { $child }.
letter-minutes-points = Some of what they say is not what was said at the meeting. I have set out each correction below.
letter-minutes-said = The minutes say: { $text }
letter-minutes-why = What was said: { $text }
letter-minutes-evidence = What shows this: { $text }
letter-minutes-ask = Please correct the minutes. Where you do not agree to change them, please record that I disagree, and why, in the minutes.
letter-minutes-copy = Please send the corrected minutes to me and to everyone who received the first copy.

# Ask for a family group conference.
# source: 000, 002 (involve the wider family early; ask for a family group conference)
letter-family-group-ask = I would like a family group conference. This is a meeting where my family and friends can make a plan together to keep { $child } safe and well.
letter-family-group-next = Please tell me whether you will arrange one, and who I should talk to about it.

# Ask for support to continue when the plan ends.
# source: 000, 002 (a Child in Need plan, in Wales a care and support plan, can set out family support)
letter-support-ask = The { $nation ->
    [wales] care and support protection plan
   *[england] child protection plan
} for { $child } has ended, or may end soon. I would still like help for my family. Please tell me what support you can offer, and whether it can be set out in { $nation ->
    [wales] a care and support plan
   *[england] a Child in Need plan
}.
letter-support-what = The help I think would make a difference is: { $extra }.

# Complain about the conference to the chair.
# source: 003 (write to the chair; the chair works with the complaints team)
letter-complaint-dated = I am writing to complain about the child protection conference for { $child } on { $conference }.
letter-complaint = I am writing to complain about the child protection conference for { $child }.
letter-complaint-ask = Please look into what happened and reply to me in writing. Please tell me what you will do, and by when.
letter-complaint-next = If I am not happy with your reply, I understand that I can take my complaint to the council's complaints team.

# My report for the conference: the parent's own report, shared with everyone there.
# source: 003 "Can I write a report for the Conference?" (shared with all conference members; anyone can help write it)
my-report-doc-title = My report for the child protection conference
my-report-doc-conference = The conference: { $conference }
my-report-doc-by = Written by { $name } on { $today }
my-report-doc-on = Written on { $today }
my-report-heading-child = About my child
my-report-heading-going-well = What is going well
my-report-heading-changes = What I have done, and what has changed
my-report-heading-agree = What I agree with in the report
my-report-heading-disagree = What I disagree with in the report, and why
my-report-heading-help = The help that would make a difference
my-report-heading-family = Family and friends who can help
my-report-heading-wishes = What my child wants and feels
my-report-heading-hopes = What I would like to happen
