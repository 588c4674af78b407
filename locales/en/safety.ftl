# Staying safe: the "Cover your tracks" page and the emergency exit settings, in English.

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
