# Messages for the whole app, in English.
# Plain English for a reading age of about 9 to 11. Facts carry a `# source:` comment naming the
# document in shared/seeds (or "public") that supports them.

## The app and its frame

app-name = Child protection conference guide
skip-link = Skip to main content
nav-label = Main menu
# The menu: one button in the header opens it; its links are grouped under these headings.
nav-home = Start
menu-button = Menu
menu-guide = The guide
menu-notes = My notes
menu-writing = Writing
menu-help = Help
nav-checklist = Checklist
nav-questions = Questions
nav-plan = Plan
nav-dates = Dates
nav-contacts = Contacts
nav-letters = Letters
nav-settings = Settings
language-switcher-label = Language
# One short line at the top of every page in a translated language, saying how the translation
# was made. English is the original; its line is never shown.
language-status = This guide was written in English.
language-check-interpreter = If something is not clear, check it with your interpreter or social worker.
footer-private = Everything you type in this guide stays on this phone. Nothing is sent to anyone.

## The page shell, shown before the app starts

shell-loading = Loading the guide…
shell-noscript = This guide needs JavaScript. Please turn it on in your browser settings, then reload this page.
# While a tool's own code is fetched, the first time it is opened (a second or two on a slow phone).
chunk-loading = Opening this tool…
# When that code cannot be fetched (offline, say): the button loads the page again.
chunk-failed = This part of the guide could not be opened. Check your internet connection, then try again.
chunk-retry = Try again
shell-load-error = The guide could not start. Check your internet connection, then reload this page.

## Emergency exit

exit-region = Emergency exit
exit-emergency = Emergency
exit-this-page = Exit this page
exit-shift-remaining = { $count ->
        [one] Press Shift 1 more time to exit.
       *[other] Press Shift { $count } more times to exit.
    }

## Updates and errors

update-ready = A new version of this guide is ready.
update-reload = Reload to update
language-load-failed = That language could not be loaded. Check your internet connection and try again.

## Home

home-title = Your guide to a child protection conference
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
home-intro = Children's services (sometimes called social services) have asked you to a meeting about your child. It is called a child protection conference. This guide explains each stage in plain words. It shows what you can do at each point.
home-stages-heading = The five stages
home-not-legal-advice = This is general guidance for England and Wales. It is not legal advice. Practice is different from area to area, so ask your social worker or a solicitor.
stage-number = Stage { $number } of { $total }

## Stage pages

before-title = Before the conference
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-intro = A child protection conference is a meeting. It is not a court. Children's services arrange it when they are seriously worried that a child is being harmed, or may be harmed. This page explains how you can get ready.
before-summary = What the meeting is, who will be there, and how to get ready.

during-title = At the conference
# source: 003_23392368096e3b46.txt
during-intro = An independent chair leads the meeting. Each person shares what they know, and you get a chance to give your views. This page explains what happens and what can be decided.
during-summary = What happens in the meeting, and what it can decide.

core-group-title = The core group
# source: 004_cdfde2f55ea0fb42.txt, 000_1e1dbaff73eac1a8.txt
# source: 004_cdfde2f55ea0fb42.txt, CONTENT-FACTS.md section 2 (the Wales term) (content review L5)
core-group-intro = { $nation ->
        [wales] If your child has a care and support protection plan, a smaller group meets to put the plan into action. You are usually part of it. The first meeting is within 10 working days of the conference.
       *[england] If your child has a child protection plan, a smaller group meets to put the plan into action. You are usually part of it. The first meeting is within 10 working days of the conference.
    }
core-group-summary = The smaller group that turns the plan into action.

review-title = The review conference
# source: 002_d34d1fa72bfe9724.txt, 003_23392368096e3b46.txt
review-intro = A review conference looks at how the plan is working. The first one is within 3 months of the first conference. After that, there is one at least every 6 months while the plan lasts.
review-summary = How the plan is checked, and what can happen next.

help-title = Complaints and advice
# source: 003_23392368096e3b46.txt, 002_d34d1fa72bfe9724.txt
help-intro = { $nation ->
        [wales] If you are unhappy with the conference, you can complain. Some advice lines, and a solicitor, can help you at any stage.
       *[england] If you are unhappy with the conference, you can complain. Free advice lines can help you at any stage.
    }
help-summary = How to complain, and who can give you free advice.

## Your own tools

checklist-title = My checklist
checklist-intro = A list of things to do before and after each meeting, kept on this phone.
questions-title = My questions
questions-intro = The questions you want to ask at each meeting, and the answers you get, kept on this phone.
dates-title = My dates
dates-intro = Enter the date of the first conference. This page works out the dates that follow from it, in working days. They are kept on this phone.

contacts-title = My contacts
contacts-intro = Phone numbers and emails for the people in your child's case, kept on this phone.
nav-glossary = Word list
stage-nav-label = Stages
stage-you-are-here = You are here
stage-previous = Previous
stage-next = Next
stage-suggestions-do = Things you could do
stage-suggestions-ask = Questions you could ask
stage-suggestions-to-checklist = Add these to my checklist
stage-suggestions-to-questions = Add these to my questions
nation-heading = Where do you live?
nation-hint = The rules are a little different in England and in Wales.
nation-england = England
nation-wales = Wales

settings-title = Settings
settings-intro = Choose how this guide works for you. Your choices stay on this phone.
settings-language-heading = Language
settings-language-hint = Choose the language for this guide.
text-size-heading = Text size
text-size-hint = Make the words bigger or smaller. The guide remembers your choice on this phone.
text-size-standard = Standard
text-size-large = Large
text-size-largest = Largest
theme-note = If your phone is set to dark mode, this guide turns dark too.

## Listen: the page read aloud by the phone

listen-button = Listen to this page
listen-pause = Pause
listen-resume = Carry on
listen-stop = Stop
listen-label = Read this page aloud

## My dates

dates-fields-heading = Your meeting dates
dates-initial-label = Date of the first child protection conference
dates-last-core-group-label = Date of the most recent core group meeting
dates-last-review-label = Date of the most recent review conference
dates-enquiries-label = Date the enquiries started, if you know it
dates-minutes-received-label = The day the minutes of the last conference arrived
dates-minutes-by-label = The last date for corrections to the minutes, from the chair's letter
dates-optional-hint = Leave this empty until it has happened.
dates-timeline-heading = Your timeline
# source: Working Together to Safeguard Children 2023 and 004_cdfde2f55ea0fb42.txt (the only national rules: first core group within 10 working days, reviews within 3 then 6 months; Wales: core group at least every 6 weeks, assessment within 42 working days); everything else is local practice (content review M12)
dates-latest-note = { $nation ->
        [wales] National rules set the latest dates for the core group meetings, the reviews and the assessment. Dates for reports and visits are common local practice. The council sets the real dates, so check them with your social worker.
       *[england] National rules set the latest dates for the first core group and the reviews. The other dates are common local practice, not rules. The council sets the real dates, so check them with your social worker.
    }
dates-empty = Enter the date of the first conference to see the dates that follow from it.
dates-today = Today
dates-by = By { $date }
dates-on = On { $date }
dates-in-days = { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }
dates-passed = This date has passed.
dates-next = Next
dates-item-initial-conference = First child protection conference
dates-item-reports-before-initial = Reports should reach you (in many areas, 5 working days before the conference)
dates-item-first-core-group = First core group meeting
dates-item-next-core-group = { $nation ->
        [wales] Next core group meeting (at least every 6 weeks)
       *[england] Next core group meeting (no national rule: ask your social worker)
    }
dates-item-social-worker-visit = Social worker visits (ask how often: in many areas, at least every 10 working days)
dates-item-first-review = First review conference
dates-item-reports-before-review = Reports for the review should reach you (in many areas, 5 working days before)
dates-item-next-review = Next review conference
dates-item-assessment-due = The assessment should be finished (42 working days after the enquiries started)
# source: CONTENT-FACTS.md "Minutes (Wales)" (10 working days from receiving them); England: the date the chair's letter gives
dates-item-minutes-corrections = { $nation ->
        [wales] Send corrections to the minutes to the chair (10 working days after they arrived)
       *[england] Send corrections to the minutes to the chair
    }
dates-add-to-calendar = Add these dates to my calendar
dates-calendar-heading = Add the dates to a calendar
dates-calendar-warning = Calendars often copy their dates to your other devices, and to anyone who shares the calendar. They may also show alerts on the lock screen.
dates-calendar-full-wording = Use the full wording in my calendar
dates-calendar-plain-hint = If you leave this unticked, each date is just called Meeting, Appointment or Reminder.
dates-plain-meeting = Meeting
dates-plain-appointment = Appointment
dates-plain-reminder = Reminder
dates-calendar-downloaded = The calendar file is downloaded. Open it to add the dates to your calendar.
dates-calendar-note = A latest date, worked out from the rules. The council sets the real date.

## Dates: written out from these, in every language

date-long = { $day } { $month } { $year }
date-full = { $weekday } { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## Not found

not-found-title = Page not found
not-found-body = We could not find that page. The link may be wrong, or the page may have moved.
not-found-home = Go to the start of the guide

## The plain name (Settings)

plain-name-heading = What tabs and history call this guide
plain-name-hint = Anyone who looks at your browser's tabs or history sees the name of each page you opened.
plain-name-off = Its own name: Child protection conference guide
plain-name-on = A plain name: Notes
plain-name-title = Notes
plain-name-install = If you add this guide to your home screen after choosing a plain name, its icon is called Notes too. An icon you added before keeps the guide's name: remove it and add it again. Pages you opened before you chose keep their names in your history.

## Share this guide (the page's own words are in share.ftl)

share-title = Share this guide
share-intro = For family support workers and others who help parents: give a parent this guide in their own language, as a link, a QR code or a printed leaflet.
# The title of the printed leaflet, which names its PDF: one plain word.
share-file-title = Leaflet
home-share = Do you help parents? Share this guide in their language
footer-share = Share this guide
