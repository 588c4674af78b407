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

## Print

print-title = My notes to print
print-intro = All your notes on one page. Print it, or save it as a PDF.
print-button = Print or save as PDF
print-made-on = Printed from this guide on { $date }.
print-nothing = You have not written any notes yet.
print-done = (done)

## Delete all my data

delete-all-heading = Delete all my data
delete-all-body = This deletes everything this guide keeps on this phone: your checklist, questions, plan, contacts, dates and settings. It cannot be undone. If you want to keep your notes, download a copy first.
delete-all-button = Delete all my data
delete-all-question = Are you sure? Everything will be deleted from this phone. This cannot be undone.
delete-all-confirm = Yes, delete everything
delete-all-keep = No, keep my data
delete-all-done = Everything is deleted from this phone.
delete-all-failed = Sorry, this phone would not delete the data. Try again, or delete this site's data in your browser settings.
