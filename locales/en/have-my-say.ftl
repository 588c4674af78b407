# My report for the conference (src/ui/pages/my_report.rs): the page that helps a parent write
# their own report, section by section. Fetched with that page only. The report itself is in
# letter-text.ftl (English or Welsh). Short sentences, plain words, the parent's own voice.
# Status: written by the development team.

# source: 003 "Can I write a report for the Conference?" (shared with all conference members; the social worker or anyone you choose can help)
mr-why = Your report is shared with everyone at the conference. It is your chance to say, in your own words, what they should know about your child and your family.
mr-help = Anyone can help you write it: a friend, a relative, an advocate or your social worker.
mr-how = Every part is optional. Write a few lines, or nothing, in any part. Your words are saved on this phone as you type.
mr-write-in-english = The report is in English. Write in English if you can, or ask someone to help you.
mr-sections-heading = Your report, part by part
mr-example = For example
mr-details-hint = Your name, your child's name and their date of birth are the same as on your letters.
mr-conference-date = The date of the conference

# The nine parts. -label is the box's label; -prompt what to think about; -example one or two short examples in a parent's words.
mr-child-label = About my child
mr-child-prompt = What your child enjoys, what they are good at, and what they need.
mr-child-example = "Sam loves football and drawing. He is kind to his little sister. He needs help with reading."
mr-going-well-label = What is going well
mr-going-well-prompt = The good things in your family now, however small.
mr-going-well-example = "Sam goes to school every day now. We eat together every evening."
mr-changes-label = What I have done, and what has changed
mr-changes-prompt = What you have done since the worries began: courses, appointments, changes at home.
mr-changes-example = "I started a parenting course in October. I have been to every session."
mr-agree-label = What I agree with in the report
mr-agree-prompt = The worries you agree with. Saying so shows that you understand them.
mr-agree-example = "I agree that the house was not safe when the heating broke."
mr-disagree-label = What I disagree with in the report, and why
mr-disagree-prompt = What is wrong or missing in the report, and what shows it: dates, who saw it, letters or texts.
mr-disagree-example = "The report says I missed two visits. I was in hospital on both days. I have the hospital letter."
mr-disagree-reply = For a point-by-point reply to the report, use the letter "Reply to a report".
mr-help-label = The help that would make a difference
mr-help-prompt = What support would help your family, and who could give it.
mr-help-example = "Help with childcare on Tuesdays, so I can go to my course."
mr-family-label = Family and friends who can help
mr-family-prompt = Who in your family, or among your friends, can help, and how.
mr-family-example = "My mum can collect Sam from school three days a week."
mr-family-fgc = Your family and friends can also make a plan together at a family group conference.
mr-wishes-label = What my child wants and feels
mr-wishes-prompt = Only if your child wants this included: what they have said about how they feel and what they want.
mr-wishes-example = "Sam says he wants to stay at his school and see his dad at weekends."
mr-hopes-label = What I would like to happen
mr-hopes-prompt = What you hope the conference will decide, and why.
mr-hopes-example = "I would like us to have help from a family support worker, without a child protection plan."

mr-preview = Your report
mr-load-failed = Your report could not be shown. Check your connection and open this page again.
mr-nothing-yet = Write in any part above, and your report appears here.
mr-copy = Copy the report
mr-share = Share the report
mr-print = Print the report
mr-download = Download the report
mr-downloaded = The report is downloaded.
mr-copied = The report is copied. You can paste it into an email or a message.
mr-copy-failed = Sorry, this phone would not copy it. You can download or print it instead.
mr-mark-sent = I have sent my report: keep a copy
mr-saved-sent = A copy is kept on the letters page, with today's date.

# When to send it. $conference is the date written out, $days the days from today.
mr-send-heading = When and who to send it to
mr-send-who = Send it to the social worker and to the chair of the conference, before the conference. Send it as early as you can, so that everyone has time to read it.
mr-send-when = { $days ->
        [0] Your conference is today, { $conference }. Take copies with you, and ask the chair to share your report.
        [1] Your conference is tomorrow, { $conference }. Send your report today.
       *[other] Your conference is on { $conference }, in { $days } days.
    }
mr-send-past = That conference date has passed. For the next conference, enter its date above.
mr-send-no-date = Enter the date of the conference above to see how long you have.
mr-send-nothing = Nothing is sent from this guide. You copy, share, print or download your report, and send it yourself.
