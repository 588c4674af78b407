# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode, in English.

cover-tracks-title = Cover your tracks
cover-tracks-intro = If someone else may look at your phone, here is how to keep your reading private.

# The "Cover your tracks" page is for a parent who may share a phone with someone who must not
# see what they read. It says plainly what can still be seen: no step on it hides everything.
# Phone steps name the menus as the phone shows them; where a name differs between versions,
# the message says what the button does instead.

## What this guide keeps, and where

cover-keep-heading = What this guide keeps, and where
# source: this guide's own storage (src/web/storage.rs, src/core/store/settings.rs, the service worker); reviews/security.md L1, M3
cover-keep-where = This guide keeps three kinds of things, only in this browser on this phone.
# source: this guide's own storage; reviews/security.md L1
cover-keep-notes = What you write: your checklist, questions, plan, contacts, dates and letters.
# source: src/core/store/settings.rs
cover-keep-choices = Your choices: your language, England or Wales, the size of the words, and where the exit button takes you.
# source: the service worker's caches (scripts/sw-languages.js); reviews/security.md L1, M3
cover-keep-pages = Pages of this guide and the languages you used, so that it works without the internet.
# source: src/core/vault (what is sealed and what is not); reviews/security.md L1
cover-keep-passcode = If you lock your notes with a passcode, nobody can read them without it. But someone who knows where to look could still see your choices, how many wrong passcodes were typed, and that you have notes. They could guess roughly how much you wrote, but not what it says.
# source: the Content Security Policy (connect-src 'self') and the browser tests, which fail on any cookie
cover-keep-nothing-sent = Nothing is sent to us or to anyone else. This guide does not use cookies.

## Removing this guide from your history

cover-history-heading = Removing this guide from your history
# source: an empty history can raise suspicion: Scottish Borders Council, Covering your tracks online (scotborders.gov.uk); Somerset Survivors, Cover your tracks (somersetsurvivors.org.uk); reviews/security.md M4
cover-history-why = Your browser's history lists the pages you opened, with their names. It is better not to delete all of your history, because an empty history can itself make someone suspicious. Remove only this guide's pages, one by one.
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): History, search, Remove (X) next to an entry
cover-history-chrome = In Chrome on Android: tap the three dots, then History. Tap the search button (a magnifying glass) and type this site's name. Tap the X next to each page of this guide to remove it.
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082); iPhone User Guide, Safari history
cover-history-safari = In Safari on an iPhone: tap the Bookmarks button (it looks like an open book), then the History tab (a clock). Type this site's name in the search box. Swipe left on each page of this guide and tap Delete.
# source: Chrome on Android, New Tab page shortcuts (touch and hold a tile, then Remove); reviews/security.md M4
cover-history-tiles = In Chrome, a new tab may show tiles for the sites you visit most. If this guide is there, touch and hold its tile, then tap Remove.
# source: Chrome on Android, address bar suggestions come from your history; reviews/security.md M4
cover-history-suggest = Chrome may also suggest this site as you type in the address bar. Removing its pages from your history stops that. You can also touch and hold a suggestion to remove it.

## Accounts that share your history

cover-sync-heading = Accounts that share your history
# source: Chrome Help, Sign in and sync in Chrome (support.google.com/chrome/answer/185277); Google My Activity (myactivity.google.com); reviews/security.md M4
cover-sync-google = If Chrome is signed in to a Google account, other phones, tablets and computers signed in to that account may show your history and the tabs you have open. Your history may also be kept in Google My Activity (myactivity.google.com). You can delete this guide's pages there too.
# source: Apple Support, iCloud for Safari (tabs, history) and Safari downloads to iCloud Drive; reviews/security.md M4, H3
cover-sync-apple = On an iPhone, iCloud can share your Safari tabs, history and downloads with other Apple devices on the same Apple ID.
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): deleting on a synced device deletes it everywhere
cover-sync-do = If someone else uses one of those devices, or knows your account's password, remove this guide from your history and close its tabs when you finish. A page you remove on one device is usually removed on the others too.

## Files you download

cover-files-heading = Files you download
# source: reviews/security.md H3 (Android's Downloads, and Safari saving to iCloud Drive by default)
cover-files-where = A file you download from this guide, such as a copy of your notes, a letter or a calendar file, is saved on your phone. On Android it goes to Downloads, in the Files app. On an iPhone it usually goes to iCloud Drive, so your other Apple devices may show it too.
# source: reviews/security.md H3 (the "Download complete" notification, lock screen too)
cover-files-notice = When a download finishes, your phone may show a "download complete" message, even on the lock screen. Swipe the message away. Delete the file when you no longer need it.
# source: this guide's file names (src/core/personal/backup.rs); reviews/security.md H3
cover-files-names = This guide gives its files plain names, such as notes-2026-03-14.json. But anyone who opens a file can read it, unless it was locked with your passcode.

## Dates in your calendar

cover-calendar-heading = Dates in your calendar
# source: reviews/security.md M1 (calendars sync to Google or iCloud; default alerts show on the lock screen)
cover-calendar-sync = If you add dates from this guide to your phone's calendar, they may be copied to your Google or Apple account and show on your other devices. A reminder may pop up on your lock screen.
# source: this guide's calendar file (src/core/dates/ics.rs); reviews/security.md M1
cover-calendar-titles = This guide gives these dates a plain title, such as "Meeting", unless you choose otherwise. Delete them in your calendar app when you no longer need them.

## Phone calls

cover-calls-heading = Phone calls
# source: reviews/content.md M13; Family Rights Group and Women's Aid cover-your-tracks pages (call history)
cover-calls-log = If you call a number from this guide, it shows in your phone's call history (the list of recent calls). You can delete it there.
# source: Android's Phone app and iPhone's Phone app, Recents (touch and hold, or swipe left, then Delete)
cover-calls-delete = Open your phone's calls app and find your recent calls. Touch and hold the call and delete it. On an iPhone, swipe left on the call and tap Delete.

## Text you copy

cover-copy-heading = Text you copy
# source: reviews/security.md M4 (keyboard clipboard history after "Copy")
cover-copy-text = If you copy text from this guide, such as a letter, your keyboard may keep it in a list of things you copied (the clipboard). Open the clipboard from your keyboard and delete it. On an iPhone, copy something else to replace it.

## The recent apps screen

cover-recent-heading = The recent apps screen
# source: reviews/security.md M4, L5 (the Recent apps screenshot)
cover-recent-text = Your phone keeps a picture of the last page you had open in each app. Anyone who opens the recent apps screen can see it. Before you switch to another app, go to a different website, or use the exit button.

## Saved passwords

cover-password-heading = Saved passwords
# source: reviews/security.md M2 (Chrome and iPhone offer to save the passcode)
cover-password-text = If your phone offers to save your passcode for this guide, choose Never. If it is saved already, delete it from your phone's list of saved passwords.

## Deleting what this guide keeps

cover-delete-heading = Deleting what this guide keeps
# source: src/ui/components/delete_all_data.rs; reviews/security.md M3
cover-delete-all = On this guide's Settings page, the "Delete all my data" button deletes what you wrote, your passcode and your choices. It also deletes the pages and languages this guide saved on this phone.
# source: remove-trace-* in notes.ftl; reviews/security.md M3 (removing the service worker and its copy)
cover-delete-trace = Below it, the "Remove every trace of this guide" button also removes the copy of this guide that works without the internet. Then it takes you to another site, like the exit button.
cover-settings-link = Go to Settings
# source: reviews/security.md M3 (what remains after Delete all)
cover-delete-remains = Some things may still be left after that:
cover-remains-history = This guide's pages in your browser history. Remove them as shown above.
cover-remains-files = Files you downloaded. Delete them in your Files app.
cover-remains-site = This site's name in your browser's site settings. You can remove it like this:
# source: Chrome Help, Delete, allow and manage cookies in Chrome (support.google.com/chrome/answer/95647; Android: Site settings, All sites); reviews/security.md M3
cover-site-chrome = In Chrome on Android: tap the three dots, then Settings, then Site settings, then All sites. Tap this site, then Delete (it may say Clear & reset).
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082): Advanced, Website Data
cover-site-safari = On an iPhone: open the Settings app, then Safari (on newer iPhones, Apps, then Safari). Tap Advanced, then Website Data. Find this site, swipe left on it and tap Delete. This removes only this site, not everything.

## Private browsing

cover-private-heading = Private browsing
# source: Chrome Help, Browse in Incognito mode (support.google.com/chrome/answer/95464): nothing kept after closing; downloads are kept
cover-private-text = In a private window (called Incognito in Chrome), nothing is kept after you close it. That includes anything you write in this guide. Files you download are still kept.

## A plain name

cover-plain-heading = A plain name
# source: this guide's Settings (plain-name-* in app.ftl); reviews/security.md M5
cover-plain-name = On this guide's Settings page, you can choose a plain name for it. Then your tabs and your history say "Notes" instead of this guide's name. Pages you opened before you chose keep the old name in your history.
# source: plain-name-install in app.ftl; reviews/security.md M5 (the installed icon and its name)
cover-plain-icon = If you add this guide to your home screen, an icon with its name shows there. Choose the plain name first, so that the icon says "Notes". An icon you added before keeps the guide's name: remove it and add it again.

## What the exit button does, and what it cannot do

cover-exit-heading = What the exit button does, and what it cannot do
# source: src/web/exit.rs, src/core/exit.rs
cover-exit-does = The "Exit this page" button takes you to another site at once. On a keyboard, you can also press the Shift key three times. It also does these things:
# source: src/web/exit.rs; reviews/security.md H2
cover-exit-tabs = It closes this guide in your other tabs.
cover-exit-lock = It locks your notes, if you use a passcode.
# source: src/web/exit.rs; reviews/security.md H1
cover-exit-back = In Chrome, it takes this guide's pages off the Back button.
cover-exit-back-other = In some other browsers, if you press and hold Back, you may still see a list of this guide's pages. Remove them from your history, as shown above.
cover-exit-history = The exit button does not delete your browsing history.
cover-exit-unlock = Someone who can unlock your phone may be able to open this guide.

## Where the exit button takes you

exit-site-heading = Where the exit button takes you
exit-site-hint = Choose a site that would not look out of place on your phone.
exit-site-bbc-weather = BBC Weather
exit-site-bbc-news = BBC News
exit-site-bbc-sport = BBC Sport
footer-cover-tracks = Cover your tracks

## The passcode

passcode-heading = Lock my notes with a passcode
passcode-what = If someone else may pick up your phone, you can lock what you write here. Your checklist, questions, plan, contacts and dates are then kept scrambled on the phone, and this guide asks for your passcode before it shows them. The guide itself can still be read.
passcode-forget-warning = If you forget your passcode, nobody can open your notes, not even us. The only way to go on is to delete them and start again.
passcode-rules = Use at least 6 numbers, or a phrase of at least 8 letters and spaces. A phrase is much harder for someone else to guess.
passcode-new-label = Your new passcode
passcode-again-label = Type it again
passcode-pin-too-short = A passcode of numbers needs at least 6 numbers.
passcode-phrase-too-short = A passcode phrase needs at least 8 characters.
passcode-mismatch = The two passcodes are not the same. Type them again.
passcode-set-button = Lock my notes
passcode-working = Please wait…
passcode-set-done = Done. Your notes are locked with your passcode.
passcode-set-failed = Sorry, this phone would not save the change. Your notes are as they were.
passcode-is-on = Your notes are locked with a passcode.
passcode-lock-now = Lock my notes now
passcode-auto-lock-label = Lock them again when I have not used the guide for
passcode-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
passcode-change-heading = Change the passcode
passcode-change-button = Change the passcode
passcode-remove-heading = Stop using a passcode
passcode-remove-body = Your notes will be kept on this phone without a passcode. Anyone who opens this guide on this phone can read them.
passcode-remove-button = Stop using a passcode
passcode-remove-confirm = Yes, stop using a passcode
passcode-removed = Done. Your notes no longer need a passcode.
passcode-locked-here = Your notes are locked. Unlock them to change or stop using the passcode.

unlock-title = Your notes are locked
unlock-intro = Enter your passcode to see your notes. The rest of the guide does not need it.
unlock-label = Passcode
unlock-button = Unlock
unlock-checking = Checking…
unlock-wrong = That passcode is not right.
unlock-unavailable = Sorry, your passcode could not be checked just now. Please try again.
unlock-wait = { $seconds ->
    [one] Wait 1 second, then try again.
   *[other] Wait { $seconds } seconds, then try again.
}
passcode-protects = A passcode stops someone who picks up your phone from reading your notes in this guide.
passcode-not-protects = It does not stop someone who copies everything on your phone to a computer: there they can try passcode after passcode without waiting. A phrase is much harder to guess than numbers. Do not use your phone's PIN or a birthday.
passcode-never-save = If your phone offers to save this passcode, choose Never.
passcode-guessable = This passcode is easy to guess: it is a date, a run of numbers, or numbers many people choose. Use a short phrase instead, for example three words you will remember. Or choose at least 6 numbers with no pattern, and not your phone's PIN.
passcode-current-label = Your passcode now
passcode-current-needed = First type the passcode you use now.
passcode-remove-ask = To stop using the passcode, type it here
passcode-removed-notice = The passcode was removed on { $date }. Your notes are not locked now. If you did not remove it, someone else may have read or changed your notes. You can set a passcode again in Settings.
passcode-notice-close = Hide this message
unlock-wrong-tries = { $count ->
    [one] Someone typed a wrong passcode once since you last opened your notes (on { $date } at { $time }).
   *[other] Someone typed a wrong passcode { $count } times since you last opened your notes (the last on { $date } at { $time }).
}
unlock-forgot = I have forgotten my passcode
unlock-forgot-body = Nobody can open your notes without the passcode. To use this guide's notes again, delete them and start again. The Delete all my data button is at the bottom of the Settings page.
unlock-forgot-link = Go to Settings
