# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode, in English.

cover-tracks-title = Cover your tracks
cover-tracks-intro = If someone else may look at your phone, here is how to keep your reading private.

cover-keep-heading = What this guide keeps, and where
cover-keep-where = This guide keeps your choices, such as your language, only in this browser on this phone. What you write in your checklist, questions, plan, contacts and dates is kept there too. A file you download, such as a copy of your notes, goes to your phone's downloads, where someone else could open it.
cover-keep-nothing-sent = Nothing is sent to us or to anyone else. This guide does not use cookies.

cover-delete-heading = How to delete it
cover-delete-intro = To delete everything this guide keeps, open Settings and use the Delete all my data button. You can also delete this site's data in your browser.
cover-delete-chrome = In Chrome on Android: tap the three dots, then Settings, then Site settings, then All sites. Tap this site, then Delete.
cover-delete-safari = On an iPhone: open the Settings app, then Safari, then Advanced, then Website Data. Find this site, swipe left and tap Delete.

cover-history-heading = Clearing your browsing history
cover-history-why = Your browser's history shows the pages you have opened, including this guide.
cover-history-chrome = In Chrome on Android: tap the three dots, then History, then Delete browsing data.
cover-history-safari = On an iPhone: open the Settings app, then Safari, then Clear History and Website Data. This also deletes what this guide keeps.

cover-private-heading = Private browsing
cover-private-text = In a private window (called Incognito in Chrome), nothing is kept after you close it. That includes anything you write in this guide.

cover-limits-heading = What the exit button cannot do
cover-limits-exit = The Exit this page button takes you to another site at once. You can also press the Shift key three times. It does not delete your browsing history.
cover-limits-icon = If you add this guide to your home screen, its icon will show there.
cover-limits-unlock = Someone who can unlock your phone may be able to open this guide.

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
unlock-wait = { $seconds ->
    [one] Wait 1 second, then try again.
   *[other] Wait { $seconds } seconds, then try again.
}
unlock-forgot = I have forgotten my passcode
unlock-forgot-body = Nobody can open your notes without the passcode. To use this guide's notes again, delete them and start again. The Delete all my data button is at the bottom of the Settings page.
unlock-forgot-link = Go to Settings
