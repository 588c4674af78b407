# The parent's own tools: checklist, questions, plan, contacts, keeping a copy, printing,
# deleting everything. Short sentences, plain words: this is read on a phone, often under stress.
# Status: written by the development team.

## Shared words

notes-kept-here = What you write here stays on this phone. It is not sent to anyone.
notes-add = Add
notes-not-for-me = Not for me
notes-change = Change
notes-move-up = Move up
notes-move-down = Move down
notes-delete = Delete
notes-save = Save
notes-cancel = Cancel
notes-done-changing = Done
notes-undo = Undo
notes-deleted = Deleted: { $item }
notes-suggestions-heading = Ideas from this guide
notes-suggestions-none = You have added or hidden all the ideas for this stage.
notes-show-hidden = { $count ->
    [one] Show the idea you hid
   *[other] Show the { $count } ideas you hid
}
notes-missing-words = (This item came from an older version of the guide.)

## Something went wrong with saving

storage-unreadable-title = Some of your notes could not be opened
storage-unreadable-body = Something you saved on this phone could not be read, so that part starts empty. Nothing was deleted. The old text is still kept on this phone, and you can download it.
storage-unreadable-download = Download the old text
storage-not-saved-title = Your last change was not saved
storage-not-saved-body = This phone would not save it. The phone may be full, or it may be in private browsing. Your words are still on the screen, but they will be lost when you close this page. Download a copy now to keep them.
storage-not-saved-download = Download a copy of my notes
storage-unreadable-downloaded = The old text is downloaded.
storage-not-saved-keep-locked = Keep a locked copy of my notes

## My checklist

checklist-progress = { $done } of { $total } done
checklist-empty-stage = Nothing on your list for this stage yet.
checklist-add-label = Add your own thing to do

## My questions

questions-asked = I have asked this
questions-answer = The answer I was given
questions-empty-stage = No questions for this stage yet.
questions-add-label = Add your own question
questions-take-to-meeting = Take my questions to the meeting
questions-only-open = Show only questions I have not asked yet
questions-share = Share my questions
questions-copy = Copy my questions
questions-share-title = My questions
questions-shared = Your questions are ready to send.
questions-copied = Your questions are copied. You can paste them into a message or an email.
questions-share-failed = Sorry, this phone would not copy them. You can print them instead.

## Take to the meeting

meeting-title = Take to the meeting
meeting-intro = Your questions not asked yet, in large print. Tap each one when you have asked it.
meeting-next = Your next meeting: { $meeting }, { $date }.
meeting-mark-asked = I have asked this
meeting-none-left = You have asked all your questions.
meeting-asked-heading = Already asked
meeting-not-asked = Not asked yet
meeting-back-to-questions = Back to my questions and answers

## My plan

plan-title = My plan
plan-intro = Write down what was agreed at each meeting: who will do what, and by when. Then you can check what has been done.
plan-actions-heading = What was agreed
plan-no-actions = Nothing written down yet.
plan-overdue = Late: the date has passed.
plan-overdue-count = { $count ->
    [one] 1 thing is late.
   *[other] { $count } things are late.
}
plan-add-action = Add something that was agreed
plan-add-action-button = Add to my plan
plan-what = What will be done
plan-who = Who will do it
plan-who-name = Their name (if you know it)
plan-by = By when
plan-no-date = No date
plan-status = Is it done?
plan-reason = Why not?
plan-who-me = Me
plan-who-social-worker = The social worker
plan-who-school = The school
plan-who-health-visitor = The health visitor
plan-who-other = Someone else
plan-status-to-do = Not yet
plan-status-done = Done
plan-status-not-done = It was not done
plan-meetings-heading = My meetings
plan-no-meetings = No meetings written down yet.
plan-add-meeting = Add a meeting
plan-add-meeting-button = Add the meeting
plan-meeting-kind = Which meeting
plan-meeting-date = Date
plan-meeting-notes = What was decided
plan-meeting-initial-conference = First conference
plan-meeting-core-group = Core group meeting
plan-meeting-review = Review conference

## My contacts

contacts-none = No contacts yet.
contacts-add = Add a contact
contacts-add-button = Add the contact
contacts-name = Name
contacts-name-missing = Enter a name.
contacts-role = Who they are
contacts-phone = Phone
contacts-email = Email
contacts-notes = Notes
contacts-call = Call
contacts-role-social-worker = Social worker
contacts-role-conference-chair = Conference chair
contacts-role-solicitor = Solicitor
contacts-role-advocate = Advocate
contacts-role-out-of-hours = Out-of-hours service
contacts-role-other = Someone else

## Keep a copy

backup-title = Keep a copy of my notes
backup-intro = Save your notes as a file, print them, or bring them back from a file.
backup-download-heading = Download my notes
backup-download-body = You get one file with your checklist, questions, plan, contacts and dates. Keep it somewhere safe. Anyone who opens the file can read it.
backup-download = Download my notes
backup-downloaded = Your notes are downloaded.
backup-download-failed = Sorry, this phone would not download the file.
backup-no-passcode-hint = To lock the file with a passcode, first set a passcode in Settings.
backup-sealed-body = The file will be locked with your passcode. Type your passcode to download it. To open the file later, you will need the passcode you type now.
backup-passcode-label = Your passcode
backup-sealing = Locking the file…
backup-unprotected-heading = Keep an unprotected copy
backup-unprotected-body = An unprotected copy is not locked. Anyone who opens the file can read everything in it: your notes, contacts, dates and letters.
backup-unprotected-button = Keep an unprotected copy
download-where = The file is in your phone's Downloads. On an iPhone, it is in the Files app, which may copy it to iCloud. You can delete the file there.
backup-print-heading = Print my notes
backup-print-body = Print your notes, or save them as a PDF, to take to a meeting or to your solicitor.
backup-print-link = See my notes ready to print
backup-import-heading = Bring back my notes from a file
backup-import-body = Choose a file you downloaded from this guide. You will see what it holds before anything changes.
backup-import-choose = Choose the file
backup-file-holds = This file holds:
backup-choose-how = Add these to the notes on this phone, or replace them?
backup-merge = Add to my notes
backup-replace = Replace my notes with the file
backup-merged = Done. The notes from the file were added to yours.
backup-replaced = Done. Your notes now are the ones from the file.
backup-error-too-large = This file is too big to be a file from this guide. Nothing was changed.
backup-error-not-ours = This is not a file from this guide. Nothing was changed.
backup-error-damaged = This file is damaged, so it cannot be read. Nothing was changed.
backup-error-newer = This file comes from a newer version of this guide. Reload the guide to update it, then try again. Nothing was changed.
backup-sealed-file = This file is locked with a passcode. Type the passcode you had when you downloaded it.
backup-sealed-file-label = Passcode for this file
backup-sealed-file-open = Open the file
backup-sealed-file-wrong = This passcode does not open the file. Check it and try again. If it is right, the file may be damaged. Nothing was changed.
backup-delete-heading = Delete everything
backup-delete-link = Delete all my notes (in Settings)
backup-count-checklist = { $count ->
    [one] 1 thing to do
   *[other] { $count } things to do
}
backup-count-questions = { $count ->
    [one] 1 question
   *[other] { $count } questions
}
backup-count-actions = { $count ->
    [one] 1 thing that was agreed
   *[other] { $count } things that were agreed
}
backup-count-meetings = { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
}
backup-count-contacts = { $count ->
    [one] 1 contact
   *[other] { $count } contacts
}
backup-count-dates = { $count ->
    [one] 1 date
   *[other] { $count } dates
}
backup-count-letters = { $count ->
    [one] 1 letter
   *[other] { $count } letters
}
backup-count-reports = { $count ->
    [one] 1 kept report
   *[other] { $count } kept reports
}

## Print

print-title = My notes to print
print-file-title = Notes
print-intro = All your notes on one page. Print it, or save it as a PDF.
print-button = Print or save as PDF
print-made-on = Printed from this guide on { $date }.
print-nothing = You have not written any notes yet.
print-done = (done)

## Delete all my data

delete-all-heading = Delete all my data
delete-all-body = This deletes, from this phone, what you wrote in this guide (your checklist, questions, plan, contacts, dates and letters), your passcode, your choices, and the pages and languages this guide saved. It cannot be undone. If you want to keep your notes, download a copy first.
delete-all-button = Delete all my data
delete-all-question = Are you sure? This cannot be undone.
delete-all-confirm = Yes, delete everything
delete-all-keep = No, keep my data
delete-all-done = Deleted from this phone: your notes, your passcode, your choices, and the pages and languages this guide saved. Any other tab of this guide has forgotten them too.
delete-all-remains = Your browser may still hold the guide's pages in its history, any file you downloaded, and the guide itself, kept so it works without the internet.
delete-all-cover-tracks = How to remove those: Cover your tracks
delete-all-failed = Sorry, this phone would not delete the data. Try again, or delete this site's data in your browser settings.
remove-trace-heading = Remove every trace of this guide from this browser
remove-trace-body = This deletes everything above, and also the copy of the guide that lets it work without the internet. Then it takes you to the same site as the Exit button. To read the guide again, you will need the internet.
remove-trace-button = Remove every trace of this guide
remove-trace-question = Are you sure? Your notes, your passcode and the guide's copy on this phone will be deleted, and this page will close. This cannot be undone.

## Letters I can send

letters-title = Letters I can send
letters-intro = Ready-made letters to the social worker or the conference chair. Fill in a few details and the letter is written for you.
report-title = Understand a report
report-intro = See what the words in a social worker's report, the minutes or a letter mean.
report-link = Has a report, the minutes or a letter arrived? See what its words mean.
my-report-title = My report for the conference
my-report-intro = Write your own report for the conference, in your own words. Everyone at the conference gets a copy. Write as much or as little as you like.
my-report-link = Write your own report for the conference: what is going well, what you have changed, and what you disagree with.
letters-kept-here = Nothing is sent from this guide. You copy, share, print or download the letter, and send it yourself. Your details and drafts stay on this phone.
letters-choose = Choose a letter
letters-what-it-says = What this letter says
letters-about-you = About you and your child
letters-my-name = Your name
letters-my-address = Your address
letters-my-contact = Your phone number or email
letters-child-name = Your child's name
letters-child-dob = Your child's date of birth
letters-this-letter = This letter
letters-write-in-english = The letter is in English. Write what you add in English if you can, or ask someone to help you.
letters-to-social-worker = The social worker's name
letters-to-chair = The conference chair's name
letters-conference-date = The date of the conference
letters-language = The language of the letter
letters-language-hint = In Wales you can write to the council in Welsh or in English.
letters-language-en = English
letters-language-cy = Cymraeg (Welsh)
letters-preview = Your letter
letters-load-failed = The letter could not be loaded. Check your connection and open this page again.
letters-nothing-sent = Check the letter. Then copy it into an email or a message, or print it.
letters-copy = Copy the letter
letters-share = Share the letter
letters-print = Print the letter
letters-download = Download the letter
letters-downloaded = The letter is downloaded.
letters-file-title = Letters
letters-mark-sent = I have sent this letter: keep a copy
letters-copied = The letter is copied. You can paste it into an email or a message.
letters-copy-failed = Sorry, this phone would not copy it. You can download or print it instead.
letters-saved-sent = A copy is kept below, with today's date.
letters-sent-heading = Letters I have sent
letters-my-report-sent = My report for the conference

letters-reports-title = Ask for the reports
letters-reports-when = Before the conference, if you have not been given the reports to read.
letters-reports-summary = It asks the social worker to send you every report for the conference in good time, so that you can read them and get ready. It asks where you can read them if they cannot be sent.
letters-reports-details-label = Anything else you want to say (you can leave this empty)

letters-interpreter-title = Ask for an interpreter, or help to get there
letters-interpreter-when = If you need an interpreter, or help with travel or childcare to go to the conference.
letters-interpreter-summary = It asks for an interpreter in your language, and asks whether you can have help with travel or childcare.
letters-interpreter-extra-label = Your language, if you need an interpreter
letters-interpreter-details-label = What help you need (you can leave this empty)

letters-supporter-title = Tell them who is coming with me
letters-supporter-when = If you want to bring a friend, a relative, an advocate or a solicitor.
letters-supporter-summary = It tells the social worker who is coming with you, and asks what they will be allowed to do and say at the meeting.
letters-supporter-extra-label = Who is coming (their name, and who they are)
letters-supporter-details-label = Anything else you want to say (you can leave this empty)

letters-reply-title = Reply to a report
letters-reply-when = If a report for the conference says something wrong, or leaves out something important.
letters-reply-summary = It sets out your points one by one: what the report says, why it is wrong or missing, and what shows it. It asks for the report to be corrected, or for your reply to go with it to everyone at the conference. It says you are sending a copy to the chair.
letters-reply-extra-label = Which report (for example, the social worker's report)
letters-reply-details-label = Anything else you want to say (you can leave this empty)
letters-reply-said-label = The report says (copy the words, or say where they are)
letters-reply-why-label = This is wrong or missing because
letters-reply-evidence-label = What shows this (dates, who saw it, letters or texts)

letters-minutes-title = Correct the minutes
letters-minutes-when = When the minutes of a conference arrive and something in them is not what was said.
letters-minutes-summary = It lists each correction to the chair: what the minutes say, and what was really said. It asks for the minutes to be corrected, or for your disagreement to be written in them.
letters-minutes-details-label = Anything else you want to say (you can leave this empty)
letters-minutes-said-label = The minutes say
letters-minutes-why-label = What was really said
letters-minutes-evidence-label = What shows this (you can leave this empty)
# source: CONTENT-FACTS.md "Minutes (Wales)": corrections to the chair within 10 working days of receiving them; England: each area sets its own time, given with the minutes (content review M11)
letters-minutes-deadline = { $nation ->
        [wales] In Wales, send corrections to the chair within 10 working days of the day the minutes arrived.
       *[england] Send corrections as soon as you can. The letter that came with the minutes may give a last date: enter it below.
    }
letters-minutes-received = The day the minutes arrived
letters-minutes-by = The last date for corrections, from the chair's letter
# $date is the last day for corrections, written out.
letters-minutes-due = Send your corrections by { $date }. This date is in My dates.

letters-points-heading = Your points
letters-point-heading = Point { $number }
letters-point-add = Add a point
letters-point-remove = Remove point { $number }
letters-point-removed = The point is removed.
letters-points-empty = No points yet. Add one for each thing that is wrong or missing.

letters-family-group-title = Ask for a family group conference
letters-family-group-when = If your family and friends could help make a plan for your child.
letters-family-group-summary = It asks for a family group conference, where your family and friends make a plan together, and asks who to talk to.
letters-family-group-details-label = Who in your family could help, and how (you can leave this empty)

letters-support-title = Ask for help to go on
letters-support-when = When { $nation ->
    [wales] the care and support protection plan
   *[england] the child protection plan
} ends, or may end, and you still want help.
letters-support-summary = It asks what support your family can still have after the plan ends, and whether it can be written in a plan.
letters-support-extra-label = The help that would make a difference (you can leave this empty)
letters-support-details-label = Anything else you want to say (you can leave this empty)

letters-complaint-title = Complain about the conference
letters-complaint-when = If you are unhappy with how the conference was run, or what it decided. Write to the chair first.
letters-complaint-summary = It tells the chair you want to complain, says what went wrong in your words, and asks for a written reply saying what they will do and by when.
letters-complaint-details-label = What went wrong

other-version-body = This guide was updated in another tab. Reload to see your notes.
other-version-reload = Reload
kept-copies-heading = Kept copies
kept-copies-body = When part of your notes could not be read, this phone kept the old text instead of deleting it. You can download each copy, or delete it when you no longer need it.
kept-copies-item = Kept on { $date }
kept-copies-download = Download this copy
kept-copies-delete = Delete this copy
kept-copies-question = Delete this copy? It cannot be brought back.
kept-copies-confirm = Yes, delete this copy
kept-copies-deleted = The copy is deleted.
backup-replace-removes = { $count ->
    [one] 1 item on this phone will be removed.
   *[other] { $count } items on this phone will be removed.
}
backup-replace-undo-what = the notes this phone had before the file
