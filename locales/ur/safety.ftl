# محفوظ رہنا: "اپنے نشان چھپائیں" والا صفحہ، ایمرجنسی میں باہر نکلنے کی سیٹنگز، اور پاس کوڈ، اردو میں۔
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode, translated from English.

cover-tracks-title = اپنے نشان چھپائیں
cover-tracks-intro = اگر کوئی اور آپ کا فون دیکھ سکتا ہو، تو یہاں جانیں کہ آپ کا پڑھا ہوا دوسروں سے کیسے چھپا رہے۔

# The "Cover your tracks" page is for a parent who may share a phone with someone who must not
# see what they read. It says plainly what can still be seen: no step on it hides everything.
# Phone steps name the menus as the phone shows them; where a name differs between versions,
# the message says what the button does instead.

## What this guide keeps, and where

cover-keep-heading = یہ گائیڈ کیا رکھتی ہے، اور کہاں
# source: this guide's own storage (src/web/storage.rs, src/core/store/settings.rs, the service worker); reviews/security.md L1, M3
cover-keep-where = یہ گائیڈ تین طرح کی چیزیں رکھتی ہے، صرف اس فون کے اسی براؤزر میں۔
# source: this guide's own storage; reviews/security.md L1
cover-keep-notes = جو آپ لکھتے ہیں: آپ کی چیک لسٹ، سوالات، پلان، رابطے، تاریخیں اور خط۔
# source: src/core/store/settings.rs
cover-keep-choices = آپ کی پسند: آپ کی زبان، انگلینڈ یا ویلز، لکھائی کا سائز، اور یہ کہ باہر نکلنے کا بٹن آپ کو کہاں لے جاتا ہے۔
# source: the service worker's caches (scripts/sw-languages.js); reviews/security.md L1, M3
cover-keep-pages = اس گائیڈ کے صفحے اور وہ زبانیں جو آپ نے استعمال کیں، تاکہ گائیڈ انٹرنیٹ کے بغیر بھی چل سکے۔
# source: src/core/vault (what is sealed and what is not); reviews/security.md L1
cover-keep-passcode = اگر آپ اپنے نوٹس پاس کوڈ سے لاک کر دیں، تو پاس کوڈ کے بغیر کوئی انہیں نہیں پڑھ سکتا۔ لیکن جو شخص جانتا ہو کہ کہاں دیکھنا ہے، وہ پھر بھی آپ کی پسند دیکھ سکتا ہے، یہ بھی کہ کتنی بار غلط پاس کوڈ لکھا گیا، اور یہ کہ آپ کے نوٹس موجود ہیں۔ وہ اندازہ لگا سکتا ہے کہ آپ نے تقریباً کتنا لکھا ہے، لیکن یہ نہیں کہ اس میں کیا لکھا ہے۔
# source: the Content Security Policy (connect-src 'self') and the browser tests, which fail on any cookie
cover-keep-nothing-sent = کچھ بھی نہ ہمیں بھیجا جاتا ہے، نہ کسی اور کو۔ یہ گائیڈ کوکیز (cookies) استعمال نہیں کرتی۔

## Removing this guide from your history

cover-history-heading = اپنی ہسٹری سے یہ گائیڈ ہٹانا
# source: an empty history can raise suspicion: Scottish Borders Council, Covering your tracks online (scotborders.gov.uk); Somerset Survivors, Cover your tracks (somersetsurvivors.org.uk); reviews/security.md M4
cover-history-why = آپ کے براؤزر کی ہسٹری میں وہ صفحے ان کے ناموں کے ساتھ نظر آتے ہیں جو آپ نے کھولے۔ بہتر ہے کہ ساری ہسٹری ڈیلیٹ نہ کریں، کیونکہ خالی ہسٹری دیکھ کر بھی کسی کو شک ہو سکتا ہے۔ صرف اس گائیڈ کے صفحے ہٹائیں، ایک ایک کر کے۔
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): History, search, Remove (X) next to an entry
cover-history-chrome = اینڈرائیڈ فون پر Chrome میں: تین نقطوں پر ٹیپ کریں، پھر History پر۔ تلاش (سرچ) کے بٹن پر ٹیپ کریں، جس پر عدسے کا نشان ہوتا ہے، اور اس سائٹ کا نام لکھیں۔ اس گائیڈ کے ہر صفحے کے ساتھ والے X پر ٹیپ کر کے اسے ہٹا دیں۔
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082); iPhone User Guide, Safari history
cover-history-safari = آئی فون پر Safari میں: Bookmarks کے بٹن پر ٹیپ کریں (یہ کھلی کتاب جیسا لگتا ہے)، پھر History کے ٹیب پر (گھڑی کا نشان)۔ سرچ کے خانے میں اس سائٹ کا نام لکھیں۔ اس گائیڈ کے ہر صفحے پر بائیں طرف سوائپ کریں اور Delete پر ٹیپ کریں۔
# source: Chrome on Android, New Tab page shortcuts (touch and hold a tile, then Remove); reviews/security.md M4
cover-history-tiles = نیا ٹیب کھولنے پر Chrome ان سائٹس کے خانے (ٹائلز) دکھا سکتا ہے جن پر آپ سب سے زیادہ جاتے ہیں۔ اگر یہ گائیڈ وہاں ہو، تو اس کے خانے کو دبا کر رکھیں، پھر Remove پر ٹیپ کریں۔
# source: Chrome on Android, address bar suggestions come from your history; reviews/security.md M4
cover-history-suggest = جب آپ ایڈریس بار میں کچھ لکھیں، تو Chrome یہ سائٹ بھی تجویز کر سکتا ہے۔ ہسٹری سے اس سائٹ کے صفحے ہٹا دینے سے یہ رک جاتا ہے۔ آپ کسی تجویز کو دبا کر رکھ کر بھی اسے ہٹا سکتے ہیں۔

## Accounts that share your history

cover-sync-heading = اکاؤنٹس جو آپ کی ہسٹری دوسری ڈیوائسز پر دکھاتے ہیں
# source: Chrome Help, Sign in and sync in Chrome (support.google.com/chrome/answer/185277); Google My Activity (myactivity.google.com); reviews/security.md M4
cover-sync-google = اگر Chrome میں کسی Google اکاؤنٹ سے سائن ان ہے، تو اسی اکاؤنٹ سے سائن ان دوسرے فون، ٹیبلٹ اور کمپیوٹر آپ کی ہسٹری اور آپ کے کھلے ہوئے ٹیبز دکھا سکتے ہیں۔ آپ کی ہسٹری Google My Activity (myactivity.google.com) میں بھی محفوظ ہو سکتی ہے۔ آپ وہاں سے بھی اس گائیڈ کے صفحے ڈیلیٹ کر سکتے ہیں۔
# source: Apple Support, iCloud for Safari (tabs, history) and Safari downloads to iCloud Drive; reviews/security.md M4, H3
cover-sync-apple = آئی فون پر iCloud آپ کے Safari کے ٹیبز، ہسٹری اور ڈاؤن لوڈز کو اسی Apple ID والی دوسری Apple ڈیوائسز پر بھی دکھا سکتا ہے۔
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): deleting on a synced device deletes it everywhere
cover-sync-do = اگر کوئی اور ان میں سے کوئی ڈیوائس استعمال کرتا ہو، یا آپ کے اکاؤنٹ کا پاس ورڈ جانتا ہو، تو کام ختم کرنے پر یہ گائیڈ اپنی ہسٹری سے ہٹا دیں اور اس کے ٹیبز بند کر دیں۔ ایک ڈیوائس پر ہٹایا گیا صفحہ عام طور پر باقی ڈیوائسز سے بھی ہٹ جاتا ہے۔

## Files you download

cover-files-heading = ڈاؤن لوڈ کی ہوئی فائلیں
# source: reviews/security.md H3 (Android's Downloads, and Safari saving to iCloud Drive by default)
cover-files-where = اس گائیڈ سے ڈاؤن لوڈ کی گئی فائل، جیسے آپ کے نوٹس کی کاپی، کوئی خط یا کیلنڈر کی فائل، آپ کے فون میں محفوظ ہو جاتی ہے۔ اینڈرائیڈ پر یہ Downloads میں جاتی ہے، جو Files ایپ میں نظر آتا ہے۔ آئی فون پر یہ عام طور پر iCloud Drive میں جاتی ہے، اس لیے یہ آپ کی دوسری Apple ڈیوائسز پر بھی نظر آ سکتی ہے۔
# source: reviews/security.md H3 (the "Download complete" notification, lock screen too)
cover-files-notice = ڈاؤن لوڈ مکمل ہونے پر آپ کا فون اس کا پیغام دکھا سکتا ہے، لاک اسکرین پر بھی۔ اس پیغام کو سوائپ کر کے ہٹا دیں۔ جب فائل کی ضرورت نہ رہے تو اسے ڈیلیٹ کر دیں۔
# source: this guide's file names (src/core/personal/backup.rs); reviews/security.md H3
cover-files-names = یہ گائیڈ اپنی فائلوں کے سادہ نام رکھتی ہے، جیسے notes-2026-03-14.json۔ لیکن جو بھی فائل کھولے وہ اسے پڑھ سکتا ہے، سوائے اس کے کہ فائل آپ کے پاس کوڈ سے لاک کی گئی ہو۔

## Dates in your calendar

cover-calendar-heading = آپ کے کیلنڈر میں تاریخیں
# source: reviews/security.md M1 (calendars sync to Google or iCloud; default alerts show on the lock screen)
cover-calendar-sync = اگر آپ اس گائیڈ سے تاریخیں اپنے فون کے کیلنڈر میں ڈالیں، تو وہ آپ کے Google یا Apple اکاؤنٹ میں کاپی ہو کر آپ کی دوسری ڈیوائسز پر نظر آ سکتی ہیں۔ ان کی یاد دہانی آپ کی لاک اسکرین پر بھی آ سکتی ہے۔
# source: this guide's calendar file (src/core/dates/ics.rs); reviews/security.md M1
cover-calendar-titles = یہ گائیڈ ان تاریخوں کو ایک سادہ عنوان دیتی ہے، جیسے "میٹنگ"، جب تک آپ کچھ اور نہ چنیں۔ جب ان کی ضرورت نہ رہے تو انہیں اپنی کیلنڈر ایپ سے ڈیلیٹ کر دیں۔

## Phone calls

cover-calls-heading = فون کالز
# source: reviews/content.md M13; Family Rights Group and Women's Aid cover-your-tracks pages (call history)
cover-calls-log = اگر آپ اس گائیڈ میں دیا گیا کوئی نمبر ملائیں، تو وہ آپ کے فون کی کال ہسٹری (حالیہ کالز کی فہرست) میں نظر آتا ہے۔ آپ اسے وہاں سے ڈیلیٹ کر سکتے ہیں۔
# source: Android's Phone app and iPhone's Phone app, Recents (touch and hold, or swipe left, then Delete)
cover-calls-delete = اپنے فون کی کالز والی ایپ کھولیں اور حالیہ کالز ڈھونڈیں۔ کال کو دبا کر رکھیں اور اسے ڈیلیٹ کر دیں۔ آئی فون پر کال پر بائیں طرف سوائپ کریں اور Delete پر ٹیپ کریں۔

## Text you copy

cover-copy-heading = کاپی کی ہوئی تحریر
# source: reviews/security.md M4 (keyboard clipboard history after "Copy")
cover-copy-text = اگر آپ اس گائیڈ سے کوئی تحریر کاپی کریں، جیسے کوئی خط، تو آپ کا کی بورڈ اسے کاپی کی ہوئی چیزوں کی فہرست (کلپ بورڈ) میں رکھ سکتا ہے۔ کی بورڈ سے کلپ بورڈ کھولیں اور وہ تحریر ڈیلیٹ کر دیں۔ آئی فون پر اس کی جگہ کوئی اور چیز کاپی کر لیں۔

## The recent apps screen

cover-recent-heading = حالیہ ایپس والی اسکرین
# source: reviews/security.md M4, L5 (the Recent apps screenshot)
cover-recent-text = آپ کا فون ہر ایپ میں آخری کھلے صفحے کی ایک تصویر رکھتا ہے۔ جو بھی حالیہ ایپس والی اسکرین کھولے، وہ یہ تصویر دیکھ سکتا ہے۔ کسی اور ایپ پر جانے سے پہلے کوئی دوسری ویب سائٹ کھول لیں، یا باہر نکلنے کا بٹن استعمال کریں۔

## Saved passwords

cover-password-heading = محفوظ کیے گئے پاس ورڈ
# source: reviews/security.md M2 (Chrome and iPhone offer to save the passcode)
cover-password-text = اگر آپ کا فون اس گائیڈ کا پاس کوڈ محفوظ کرنے کی پیشکش کرے، تو Never (کبھی نہیں) چنیں۔ اگر یہ پہلے سے محفوظ ہو، تو اسے اپنے فون کے محفوظ پاس ورڈز کی فہرست سے ڈیلیٹ کر دیں۔

## Deleting what this guide keeps

cover-delete-heading = اس گائیڈ میں رکھی چیزیں ڈیلیٹ کرنا
# source: src/ui/components/delete_all_data.rs; reviews/security.md M3
cover-delete-all = اس گائیڈ کے سیٹنگز والے صفحے پر "میرا سارا ڈیٹا ڈیلیٹ کریں" والا بٹن آپ کا لکھا ہوا سب کچھ، آپ کا پاس کوڈ اور آپ کی پسند ڈیلیٹ کر دیتا ہے۔ یہ وہ صفحے اور زبانیں بھی ڈیلیٹ کر دیتا ہے جو اس گائیڈ نے اس فون پر محفوظ کیں۔
# source: remove-trace-* in notes.ftl; reviews/security.md M3 (removing the service worker and its copy)
cover-delete-trace = اس کے نیچے "اس گائیڈ کا ہر نشان ہٹائیں" والا بٹن اس گائیڈ کی وہ کاپی بھی ہٹا دیتا ہے جو انٹرنیٹ کے بغیر چلتی ہے۔ پھر یہ باہر نکلنے کے بٹن کی طرح آپ کو کسی اور سائٹ پر لے جاتا ہے۔
cover-settings-link = سیٹنگز پر جائیں
# source: reviews/security.md M3 (what remains after Delete all)
cover-delete-remains = اس کے بعد بھی کچھ چیزیں باقی رہ سکتی ہیں:
cover-remains-history = آپ کی براؤزر ہسٹری میں اس گائیڈ کے صفحے۔ انہیں اوپر بتائے گئے طریقے سے ہٹائیں۔
cover-remains-files = آپ کی ڈاؤن لوڈ کی ہوئی فائلیں۔ انہیں اپنی فائلوں والی ایپ میں ڈیلیٹ کریں۔
cover-remains-site = آپ کے براؤزر کی سائٹ سیٹنگز میں اس سائٹ کا نام۔ آپ اسے اس طرح ہٹا سکتے ہیں:
# source: Chrome Help, Delete, allow and manage cookies in Chrome (support.google.com/chrome/answer/95647; Android: Site settings, All sites); reviews/security.md M3
cover-site-chrome = اینڈرائیڈ فون پر Chrome میں: تین نقطوں پر ٹیپ کریں، پھر Settings، پھر Site settings، پھر All sites۔ اس سائٹ پر ٹیپ کریں، پھر Delete پر (اس بٹن پر Clear & reset بھی لکھا ہو سکتا ہے)۔
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082): Advanced, Website Data
cover-site-safari = آئی فون پر: Settings ایپ کھولیں، پھر Safari (نئے آئی فونز پر Apps، پھر Safari)۔ Advanced پر ٹیپ کریں، پھر Website Data پر۔ یہ سائٹ ڈھونڈیں، اس پر بائیں طرف سوائپ کریں اور Delete پر ٹیپ کریں۔ اس سے صرف یہ سائٹ ہٹتی ہے، سب کچھ نہیں۔

## Private browsing

cover-private-heading = پرائیویٹ براؤزنگ
# source: Chrome Help, Browse in Incognito mode (support.google.com/chrome/answer/95464): nothing kept after closing; downloads are kept
cover-private-text = پرائیویٹ ونڈو میں (Chrome میں اسے Incognito کہتے ہیں) ونڈو بند کرنے کے بعد کچھ بھی باقی نہیں رہتا۔ اس گائیڈ میں آپ جو کچھ لکھیں، وہ بھی نہیں رہتا۔ لیکن آپ کی ڈاؤن لوڈ کی ہوئی فائلیں باقی رہتی ہیں۔

## A plain name

cover-plain-heading = ایک سادہ نام
# source: this guide's Settings (plain-name-* in app.ftl); reviews/security.md M5
cover-plain-name = اس گائیڈ کے سیٹنگز والے صفحے پر آپ اس کے لیے ایک سادہ نام چن سکتے ہیں۔ پھر آپ کے ٹیبز اور ہسٹری میں اس گائیڈ کے نام کی جگہ "نوٹس" لکھا نظر آتا ہے۔ جو صفحے آپ نے یہ چننے سے پہلے کھولے تھے، ہسٹری میں ان کا پرانا نام ہی رہتا ہے۔
# source: plain-name-install in app.ftl; reviews/security.md M5 (the installed icon and its name)
cover-plain-icon = اگر آپ یہ گائیڈ اپنی ہوم اسکرین پر رکھیں، تو وہاں اس کا آئیکن اس کے نام کے ساتھ نظر آئے گا۔ پہلے سادہ نام چنیں، تاکہ آئیکن پر "نوٹس" لکھا ہو۔ جو آئیکن آپ نے پہلے رکھا تھا، اس پر گائیڈ کا اصل نام ہی رہتا ہے: اسے ہٹا کر دوبارہ رکھیں۔

## What the exit button does, and what it cannot do

cover-exit-heading = باہر نکلنے کا بٹن کیا کرتا ہے، اور کیا نہیں کر سکتا
# source: src/web/exit.rs, src/core/exit.rs
cover-exit-does = "اس صفحے سے نکلیں" والا بٹن آپ کو فوراً کسی اور سائٹ پر لے جاتا ہے۔ کی بورڈ پر آپ Shift کا بٹن تین بار دبا کر بھی نکل سکتے ہیں۔ یہ بٹن یہ کام بھی کرتا ہے:
# source: src/web/exit.rs; reviews/security.md H2
cover-exit-tabs = یہ آپ کے دوسرے ٹیبز میں کھلی ہوئی یہ گائیڈ بند کر دیتا ہے۔
cover-exit-lock = اگر آپ پاس کوڈ استعمال کرتے ہیں، تو یہ آپ کے نوٹس لاک کر دیتا ہے۔
# source: src/web/exit.rs; reviews/security.md H1
cover-exit-back = یہ Chrome میں اس گائیڈ کے صفحے Back (واپس) کے بٹن سے ہٹا دیتا ہے۔
cover-exit-back-other = کچھ دوسرے براؤزرز میں اگر آپ Back کا بٹن دبا کر رکھیں، تو شاید پھر بھی اس گائیڈ کے صفحوں کی فہرست نظر آئے۔ انہیں اوپر بتائے گئے طریقے سے اپنی ہسٹری سے ہٹا دیں۔
cover-exit-history = باہر نکلنے کا بٹن آپ کی براؤزنگ ہسٹری ڈیلیٹ نہیں کرتا۔
cover-exit-unlock = جو شخص آپ کا فون ان لاک کر سکتا ہو، وہ شاید یہ گائیڈ بھی کھول لے۔

## Where the exit button takes you

exit-site-heading = باہر نکلنے کا بٹن آپ کو کہاں لے جاتا ہے
exit-site-hint = ایسی سائٹ چنیں جو آپ کے فون پر عجیب نہ لگے۔
exit-site-bbc-weather = BBC Weather
exit-site-bbc-news = BBC News
exit-site-bbc-sport = BBC Sport
footer-cover-tracks = اپنے نشان چھپائیں

## The passcode

passcode-heading = میرے نوٹس کو پاس کوڈ سے لاک کریں
passcode-what = اگر کوئی اور آپ کا فون اٹھا سکتا ہو، تو آپ یہاں لکھی باتوں کو لاک کر سکتے ہیں۔ پھر آپ کی چیک لسٹ، سوالات، پلان، رابطے اور تاریخیں فون پر خفیہ شکل میں رکھی جاتی ہیں۔ یہ گائیڈ انہیں دکھانے سے پہلے آپ کا پاس کوڈ مانگتی ہے۔ گائیڈ خود پھر بھی پڑھی جا سکتی ہے۔
passcode-forget-warning = اگر آپ اپنا پاس کوڈ بھول جائیں، تو کوئی بھی آپ کے نوٹس نہیں کھول سکتا، ہم بھی نہیں۔ آگے بڑھنے کا ایک ہی طریقہ ہے: انہیں ڈیلیٹ کریں اور نئے سرے سے شروع کریں۔
passcode-rules = کم از کم 6 ہندسے استعمال کریں، یا کم از کم 8 حروف اور خالی جگہوں والا کوئی جملہ۔ جملے کا اندازہ لگانا کسی اور کے لیے بہت زیادہ مشکل ہوتا ہے۔
passcode-new-label = آپ کا نیا پاس کوڈ
passcode-again-label = اسے دوبارہ لکھیں
passcode-pin-too-short = ہندسوں والے پاس کوڈ میں کم از کم 6 ہندسے ہونے چاہئیں۔
passcode-phrase-too-short = جملے والے پاس کوڈ میں کم از کم 8 حروف ہونے چاہئیں۔
passcode-mismatch = دونوں پاس کوڈ ایک جیسے نہیں ہیں۔ انہیں دوبارہ لکھیں۔
passcode-set-button = میرے نوٹس لاک کریں
passcode-working = براہ کرم انتظار کریں…
passcode-set-done = ہو گیا۔ آپ کے نوٹس آپ کے پاس کوڈ سے لاک ہو گئے ہیں۔
passcode-set-failed = معاف کیجیے، اس فون نے تبدیلی محفوظ نہیں کی۔ آپ کے نوٹس پہلے جیسے ہی ہیں۔
passcode-is-on = آپ کے نوٹس پاس کوڈ سے لاک ہیں۔
passcode-lock-now = میرے نوٹس ابھی لاک کریں
passcode-auto-lock-label = اگر میں گائیڈ کو اتنی دیر استعمال نہ کروں تو انہیں دوبارہ لاک کر دیں:
passcode-minutes = { $minutes ->
    [one] 1 منٹ
   *[other] { $minutes } منٹ
}
passcode-change-heading = پاس کوڈ بدلیں
passcode-change-button = پاس کوڈ بدلیں
passcode-remove-heading = پاس کوڈ کا استعمال بند کریں
passcode-remove-body = آپ کے نوٹس اس فون پر بغیر پاس کوڈ کے رکھے جائیں گے۔ جو بھی اس فون پر یہ گائیڈ کھولے گا، وہ انہیں پڑھ سکے گا۔
passcode-remove-button = پاس کوڈ کا استعمال بند کریں
passcode-remove-confirm = جی ہاں، پاس کوڈ کا استعمال بند کریں
passcode-removed = ہو گیا۔ اب آپ کے نوٹس کے لیے پاس کوڈ کی ضرورت نہیں۔
passcode-locked-here = آپ کے نوٹس لاک ہیں۔ پاس کوڈ بدلنے یا اس کا استعمال بند کرنے کے لیے پہلے انہیں ان لاک کریں۔

unlock-title = آپ کے نوٹس لاک ہیں
unlock-intro = اپنے نوٹس دیکھنے کے لیے اپنا پاس کوڈ لکھیں۔ باقی گائیڈ کے لیے اس کی ضرورت نہیں۔
unlock-label = پاس کوڈ
unlock-button = ان لاک کریں
unlock-checking = چیک ہو رہا ہے…
unlock-wrong = یہ پاس کوڈ صحیح نہیں ہے۔
unlock-unavailable = معذرت، ابھی آپ کا پاس کوڈ چیک نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔
unlock-wait = { $seconds ->
    [one] 1 سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
   *[other] { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
}
passcode-protects = پاس کوڈ اس شخص کو روکتا ہے جو آپ کا فون اٹھا کر اس گائیڈ میں آپ کے نوٹس پڑھنا چاہے۔
passcode-not-protects = یہ اس شخص کو نہیں روکتا جو آپ کے فون کی ہر چیز کمپیوٹر پر کاپی کر لے: وہاں وہ انتظار کیے بغیر ایک کے بعد ایک پاس کوڈ آزما سکتا ہے۔ نمبروں کے مقابلے میں ایک جملے کا اندازہ لگانا بہت مشکل ہے۔ اپنے فون کا PIN یا کسی کی سالگرہ استعمال نہ کریں۔
passcode-never-save = اگر آپ کا فون یہ پاس کوڈ محفوظ کرنے کی پیشکش کرے، تو Never (کبھی نہیں) چنیں۔
passcode-guessable = اس پاس کوڈ کا اندازہ لگانا آسان ہے: یہ کوئی تاریخ ہے، ترتیب وار نمبر ہیں، یا ایسے نمبر ہیں جو بہت سے لوگ چنتے ہیں۔ اس کے بجائے ایک چھوٹا جملہ استعمال کریں، مثلاً تین الفاظ جو آپ کو یاد رہیں۔ یا کم از کم 6 نمبر بغیر کسی ترتیب کے چنیں، جو آپ کے فون کا PIN نہ ہوں۔
passcode-current-label = آپ کا موجودہ پاس کوڈ
passcode-current-needed = پہلے وہ پاس کوڈ لکھیں جو آپ ابھی استعمال کرتے ہیں۔
passcode-remove-ask = پاس کوڈ کا استعمال بند کرنے کے لیے، اسے یہاں لکھیں
passcode-removed-notice = پاس کوڈ { $date } کو ہٹا دیا گیا تھا۔ آپ کے نوٹس ابھی لاک نہیں ہیں۔ اگر آپ نے اسے نہیں ہٹایا، تو ہو سکتا ہے کسی اور نے آپ کے نوٹس پڑھے یا بدلے ہوں۔ آپ سیٹنگز میں دوبارہ پاس کوڈ لگا سکتے ہیں۔
passcode-notice-close = یہ پیغام چھپائیں
unlock-wrong-tries = { $count ->
    [one] جب سے آپ نے آخری بار اپنے نوٹس کھولے، کسی نے ایک بار غلط پاس کوڈ لکھا ({ $date } کو { $time } بجے)۔
   *[other] جب سے آپ نے آخری بار اپنے نوٹس کھولے، کسی نے { $count } بار غلط پاس کوڈ لکھا (آخری بار { $date } کو { $time } بجے)۔
}
unlock-forgot = مجھے اپنا پاس کوڈ یاد نہیں
unlock-forgot-body = پاس کوڈ کے بغیر کوئی بھی آپ کے نوٹس نہیں کھول سکتا۔ اس گائیڈ کے نوٹس دوبارہ استعمال کرنے کے لیے، انہیں ڈیلیٹ کریں اور نئے سرے سے شروع کریں۔ "میرا سارا ڈیٹا ڈیلیٹ کریں" والا بٹن سیٹنگز کے صفحے کے نیچے ہے۔
unlock-forgot-link = سیٹنگز پر جائیں
