# Share this guide (src/ui/pages/share.rs): the page for family support workers and others who
# help parents, and every word of the printed leaflet. Fetched with that page only; the leaflet
# is printed from this file in the parent's language and in English.
# Status: written by the development team.

share-who = Choose the parent's language, where they live and the page the guide should open at. Then send them the link, show them the QR code, or print a leaflet.
share-language-legend = The parent's language
share-language-hint = The guide opens in this language. The parent can change it at any time.
share-nation-legend = Where the parent lives
share-nation-hint = Some rules are different in England and in Wales.
share-nation-england = England
share-nation-wales = Wales
share-nation-unsaid = Not said: the guide will ask them
share-start-label = The page the guide opens at
share-link-heading = The link
share-link-hint = Send it in a text message or an email. It is not a link on this page, so that your own phone stays in your language.
share-copy = Copy the link
share-share = Share the link
share-copied = The link is copied.
share-copy-failed = The link could not be copied. Select it and copy it yourself.
share-qr-heading = The QR code
share-qr-hint = The parent points their phone's camera at the code. It opens the same link.
share-qr-label = QR code for { $link }
share-private = Nothing you choose here is sent anywhere or kept. It does not change this guide on your phone.
share-leaflet-heading = Print a leaflet
share-leaflet-hint = A page to give to a parent: in their language with English beside it, with the QR code and the link.
share-paper-legend = Paper
share-paper-a4 = One A4 page
share-paper-a5 = Two A5 copies on one A4 sheet, to cut in half
share-print = Print the leaflet
share-words-failed = The leaflet's words could not be loaded. Check your internet connection and try again.

## The leaflet

# source: home-intro, the five stage summaries and footer-private in app.ftl; the exit in safety.ftl (cover-exit-does)
leaflet-title = A guide to your child protection conference
leaflet-what = This free guide for your phone explains each stage of a child protection conference in plain words.
leaflet-open = To open it, point your phone's camera at the code, or type the link.
leaflet-stages-heading = The five stages
leaflet-stage-before = Before the conference: what the meeting is, and how to get ready.
leaflet-stage-during = At the conference: what happens, and what it can decide.
leaflet-stage-core-group = The core group: the smaller group that puts the plan into action.
leaflet-stage-review = The review conference: how the plan is checked.
leaflet-stage-help = Complaints and advice: how to complain, and who can help.
leaflet-private = It works without signal once opened, and nothing you type leaves your phone.
leaflet-home-heading = Keep it on your home screen
leaflet-home-android = Android: open the link in Chrome. Tap the menu (⋮), then "Add to Home screen".
leaflet-home-iphone = iPhone: open the link in Safari. Tap Share, then "Add to Home Screen".
leaflet-exit-heading = If someone comes in
leaflet-exit = Tap "Exit this page" at the top of the guide. Or press the Shift key three times on a keyboard. Another website opens at once.
