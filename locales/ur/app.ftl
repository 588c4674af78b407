# پوری ایپ کے پیغامات، اردو میں۔
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Messages for the whole app, translated from English.
# Plain English for a reading age of about 9 to 11. Facts carry a `# source:` comment naming the
# document in shared/seeds (or "public") that supports them.

## The app and its frame

app-name = بچوں کے تحفظ کی کانفرنس کی گائیڈ
skip-link = سیدھا اصل مواد پر جائیں
nav-label = اہم مینو
nav-home = شروع
menu-button = مینو
menu-guide = گائیڈ
menu-notes = میرے نوٹس
menu-writing = لکھنا
menu-help = مدد
nav-checklist = چیک لسٹ
nav-questions = سوالات
nav-plan = پلان
nav-dates = تاریخیں
nav-contacts = رابطے
nav-letters = خطوط
nav-settings = سیٹنگز
language-switcher-label = زبان
# One short line at the top of every page in a translated language, saying how the translation
# was made. English is the original; its line is never shown.
language-status = یہ گائیڈ مشین کی مدد سے انگریزی سے ترجمہ کی گئی ہے، اور کسی مستند مترجم نے ابھی اسے چیک نہیں کیا۔
language-check-interpreter = اگر کوئی بات صاف سمجھ نہ آئے تو اپنے ترجمان یا سوشل ورکر سے پوچھ لیں۔
footer-private = اس گائیڈ میں آپ جو کچھ بھی لکھیں، وہ اسی فون پر رہتا ہے۔ کسی کو کچھ نہیں بھیجا جاتا۔

## The page shell, shown before the app starts

shell-loading = گائیڈ کھل رہی ہے…
shell-noscript = اس گائیڈ کے لیے JavaScript ضروری ہے۔ براہ کرم اپنے براؤزر کی سیٹنگز میں اسے آن کریں، پھر یہ صفحہ دوبارہ لوڈ کریں۔
# While a tool's own code is fetched, the first time it is opened (a second or two on a slow phone).
chunk-loading = یہ ٹول کھل رہا ہے…
# When that code cannot be fetched (offline, say): the button loads the page again.
chunk-failed = گائیڈ کا یہ حصہ نہیں کھل سکا۔ اپنا انٹرنیٹ کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔
chunk-retry = دوبارہ کوشش کریں
shell-load-error = گائیڈ شروع نہیں ہو سکی۔ اپنا انٹرنیٹ کنکشن چیک کریں، پھر یہ صفحہ دوبارہ لوڈ کریں۔

## Emergency exit

exit-region = فوراً باہر نکلیں
exit-emergency = ایمرجنسی
exit-this-page = اس صفحے سے نکلیں
exit-shift-remaining = { $count ->
        [one] باہر نکلنے کے لیے Shift کو 1 بار اور دبائیں۔
       *[other] باہر نکلنے کے لیے Shift کو { $count } بار اور دبائیں۔
    }

## Updates and errors

update-ready = اس گائیڈ کا نیا ورژن تیار ہے۔
update-reload = نیا ورژن لینے کے لیے دوبارہ لوڈ کریں
language-load-failed = یہ زبان لوڈ نہیں ہو سکی۔ اپنا انٹرنیٹ کنکشن چیک کریں اور دوبارہ کوشش کریں۔

## Home

home-title = بچوں کے تحفظ کی کانفرنس کے لیے آپ کی گائیڈ
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
home-intro = بچوں کی سروسز (children's services) نے آپ کو آپ کے بچے کے بارے میں ایک میٹنگ میں بلایا ہے۔ انہیں کبھی کبھی سوشل سروسز (social services) بھی کہا جاتا ہے۔ اس میٹنگ کو بچوں کے تحفظ کی کانفرنس (child protection conference) کہتے ہیں۔ یہ گائیڈ ہر مرحلے کو آسان الفاظ میں سمجھاتی ہے۔ یہ بتاتی ہے کہ آپ ہر مرحلے پر کیا کر سکتے ہیں۔
home-stages-heading = پانچ مرحلے
home-not-legal-advice = یہ انگلینڈ اور ویلز کے لیے عام رہنمائی ہے۔ یہ قانونی مشورہ نہیں ہے۔ ہر علاقے میں طریقہ کچھ مختلف ہوتا ہے، اس لیے اپنے سوشل ورکر یا وکیل (solicitor) سے پوچھیں۔
stage-number = { $total } میں سے مرحلہ { $number }

## Stage pages

before-title = کانفرنس سے پہلے
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-intro = بچوں کے تحفظ کی کانفرنس (child protection conference) ایک میٹنگ ہے۔ یہ عدالت نہیں ہے۔ بچوں کی سروسز یہ میٹنگ تب بلاتی ہیں جب انہیں سخت فکر ہو کہ کسی بچے کو نقصان پہنچ رہا ہے، یا پہنچ سکتا ہے۔ یہ صفحہ بتاتا ہے کہ آپ تیاری کیسے کر سکتے ہیں۔
before-summary = یہ میٹنگ کیا ہے، اس میں کون ہو گا، اور تیاری کیسے کریں۔

during-title = کانفرنس میں
# source: 003_23392368096e3b46.txt
during-intro = میٹنگ ایک آزاد چیئرپرسن (chair) چلاتے ہیں۔ ہر شخص بتاتا ہے کہ وہ کیا جانتا ہے، اور آپ کو بھی اپنی رائے دینے کا موقع ملتا ہے۔ یہ صفحہ بتاتا ہے کہ میٹنگ میں کیا ہوتا ہے اور کیا فیصلے ہو سکتے ہیں۔
during-summary = میٹنگ میں کیا ہوتا ہے، اور اس میں کیا فیصلے ہو سکتے ہیں۔

core-group-title = بنیادی گروپ
# source: 004_cdfde2f55ea0fb42.txt, 000_1e1dbaff73eac1a8.txt
# source: 004_cdfde2f55ea0fb42.txt, CONTENT-FACTS.md section 2 (the Wales term) (content review L5)
core-group-intro = { $nation ->
        [wales] اگر آپ کے بچے کے لیے دیکھ بھال، مدد اور تحفظ کا پلان (care and support protection plan) بنا ہے، تو ایک چھوٹا گروپ مل کر اس پلان پر عمل کرواتا ہے۔ اسے بنیادی گروپ (core group) کہتے ہیں۔ عام طور پر آپ بھی اس میں شامل ہوتے ہیں۔ اس کی پہلی میٹنگ کانفرنس کے بعد 10 کام کے دنوں (working days) کے اندر ہوتی ہے۔
       *[england] اگر آپ کے بچے کے لیے بچوں کے تحفظ کا پلان (child protection plan) بنا ہے، تو ایک چھوٹا گروپ مل کر اس پلان پر عمل کرواتا ہے۔ اسے بنیادی گروپ (core group) کہتے ہیں۔ عام طور پر آپ بھی اس میں شامل ہوتے ہیں۔ اس کی پہلی میٹنگ کانفرنس کے بعد 10 کام کے دنوں (working days) کے اندر ہوتی ہے۔
    }
core-group-summary = وہ چھوٹا گروپ جو پلان پر عمل کرواتا ہے۔

review-title = نظرِ ثانی کانفرنس
# source: 002_d34d1fa72bfe9724.txt, 003_23392368096e3b46.txt
review-intro = نظرِ ثانی کانفرنس (review conference) یہ دیکھتی ہے کہ پلان کیسا چل رہا ہے۔ پہلی نظرِ ثانی کانفرنس، پہلی کانفرنس کے بعد 3 مہینے کے اندر ہوتی ہے۔ اس کے بعد، جب تک پلان چلتا ہے، کم از کم ہر 6 مہینے میں ایک بار ہوتی ہے۔
review-summary = پلان کو کیسے جانچا جاتا ہے، اور آگے کیا ہو سکتا ہے۔

help-title = شکایات اور مشورہ
# source: 003_23392368096e3b46.txt, 002_d34d1fa72bfe9724.txt
help-intro = { $nation ->
        [wales] اگر آپ کانفرنس سے ناخوش ہیں تو آپ شکایت کر سکتے ہیں۔ کچھ مشورے کی فون لائنیں اور ایک وکیل کسی بھی مرحلے پر آپ کی مدد کر سکتے ہیں۔
       *[england] اگر آپ کانفرنس سے ناخوش ہیں تو آپ شکایت کر سکتے ہیں۔ مفت مشورے کی فون لائنیں کسی بھی مرحلے پر آپ کی مدد کر سکتی ہیں۔
    }
help-summary = شکایت کیسے کریں، اور مفت مشورہ کون دے سکتا ہے۔

## Your own tools

checklist-title = میری چیک لسٹ
checklist-intro = ہر میٹنگ سے پہلے اور بعد میں کرنے والے کاموں کی فہرست۔ یہ اسی فون پر رہتی ہے۔
questions-title = میرے سوالات
questions-intro = ہر میٹنگ میں پوچھنے کے لیے آپ کے سوالات، اور آپ کو ملنے والے جواب۔ یہ سب اسی فون پر رہتے ہیں۔
dates-title = میری تاریخیں
dates-intro = پہلی کانفرنس کی تاریخ لکھیں۔ یہ صفحہ اس کے بعد آنے والی تاریخیں کام کے دنوں کے حساب سے نکال دیتا ہے۔ یہ تاریخیں اسی فون پر رہتی ہیں۔

contacts-title = میرے رابطے
contacts-intro = آپ کے بچے کے کیس سے جڑے لوگوں کے فون نمبر اور ای میل۔ یہ اسی فون پر رہتے ہیں۔
nav-glossary = الفاظ کی فہرست
stage-nav-label = مرحلے
stage-you-are-here = آپ یہاں ہیں
stage-previous = پچھلا
stage-next = اگلا
stage-suggestions-do = کرنے کے کچھ کام
stage-suggestions-ask = پوچھنے کے کچھ سوالات
stage-suggestions-to-checklist = انہیں میری چیک لسٹ میں شامل کریں
stage-suggestions-to-questions = انہیں میرے سوالات میں شامل کریں
nation-heading = آپ کہاں رہتے ہیں؟
nation-hint = انگلینڈ اور ویلز میں قواعد تھوڑے مختلف ہیں۔
nation-england = انگلینڈ
nation-wales = ویلز

settings-title = سیٹنگز
settings-intro = چنیں کہ یہ گائیڈ آپ کے لیے کیسے کام کرے۔ آپ کی پسند اسی فون پر رہتی ہے۔
settings-language-heading = زبان
settings-language-hint = اس گائیڈ کی زبان چنیں۔
text-size-heading = لکھائی کا سائز
text-size-hint = الفاظ کو بڑا یا چھوٹا کریں۔ گائیڈ اس فون پر آپ کی پسند یاد رکھتی ہے۔
text-size-standard = عام
text-size-large = بڑا
text-size-largest = سب سے بڑا
theme-note = اگر آپ کا فون ڈارک موڈ پر ہے تو یہ گائیڈ بھی گہرے رنگ کی ہو جاتی ہے۔

## Listen: the page read aloud by the phone

listen-button = یہ صفحہ سنیں
listen-pause = روکیں
listen-resume = جاری رکھیں
listen-stop = بند کریں
listen-label = یہ صفحہ پڑھ کر سنائیں

## My dates

dates-fields-heading = آپ کی میٹنگز کی تاریخیں
dates-initial-label = بچوں کے تحفظ کی پہلی کانفرنس کی تاریخ
dates-last-core-group-label = بنیادی گروپ کی سب سے آخری میٹنگ کی تاریخ
dates-last-review-label = سب سے آخری نظرِ ثانی کانفرنس کی تاریخ
dates-enquiries-label = تحقیقات شروع ہونے کی تاریخ، اگر آپ کو معلوم ہو
dates-minutes-received-label = وہ دن جب آپ کو سب سے آخری کانفرنس کی میٹنگ کی کارروائی (minutes) ملی
dates-minutes-by-label = میٹنگ کی کارروائی میں اصلاحات بھیجنے کی آخری تاریخ، چیئرپرسن کے خط سے
dates-optional-hint = جب تک یہ ہو نہ جائے، اسے خالی چھوڑ دیں۔
dates-timeline-heading = آپ کی تاریخوں کی ترتیب
# source: Working Together to Safeguard Children 2023 and 004_cdfde2f55ea0fb42.txt (the only national rules: first core group within 10 working days, reviews within 3 then 6 months; Wales: core group at least every 6 weeks, assessment within 42 working days); everything else is local practice (content review M12)
dates-latest-note = { $nation ->
        [wales] قومی قواعد بنیادی گروپ کی میٹنگوں، نظرِ ثانی کانفرنسوں اور جائزے (assessment) کی آخری تاریخیں طے کرتے ہیں۔ رپورٹوں اور گھر آنے کی تاریخیں عام مقامی طریقہ ہیں۔ اصل تاریخیں کونسل طے کرتی ہے، اس لیے اپنے سوشل ورکر سے پوچھ لیں۔
       *[england] قومی قواعد بنیادی گروپ کی پہلی میٹنگ اور نظرِ ثانی کانفرنسوں کی آخری تاریخیں طے کرتے ہیں۔ باقی تاریخیں عام مقامی طریقہ ہیں، قواعد نہیں۔ اصل تاریخیں کونسل طے کرتی ہے، اس لیے اپنے سوشل ورکر سے پوچھ لیں۔
    }
dates-empty = پہلی کانفرنس کی تاریخ لکھیں۔ پھر آپ کو اس کے بعد کی تاریخیں نظر آئیں گی۔
dates-today = آج
dates-by = { $date } تک
dates-on = { $date } کو
dates-in-days = { $days ->
        [0] آج
        [1] کل
        [one] { $days } دن میں
       *[other] { $days } دن میں
    }
dates-passed = یہ تاریخ گزر چکی ہے۔
dates-next = اگلی
dates-item-initial-conference = بچوں کے تحفظ کی پہلی کانفرنس
dates-item-reports-before-initial = رپورٹیں آپ کو مل جانی چاہئیں (بہت سے علاقوں میں، کانفرنس سے 5 کام کے دن پہلے)
dates-item-first-core-group = بنیادی گروپ کی پہلی میٹنگ
dates-item-next-core-group = { $nation ->
        [wales] بنیادی گروپ کی اگلی میٹنگ (کم از کم ہر 6 ہفتے میں)
       *[england] بنیادی گروپ کی اگلی میٹنگ (اس کا کوئی قومی قاعدہ نہیں: اپنے سوشل ورکر سے پوچھیں)
    }
dates-item-social-worker-visit = سوشل ورکر کا گھر آنا (پوچھیں کتنی بار: بہت سے علاقوں میں، کم از کم ہر 10 کام کے دنوں میں)
dates-item-first-review = پہلی نظرِ ثانی کانفرنس
dates-item-reports-before-review = نظرِ ثانی کی رپورٹیں آپ کو مل جانی چاہئیں (بہت سے علاقوں میں، 5 کام کے دن پہلے)
dates-item-next-review = اگلی نظرِ ثانی کانفرنس
dates-item-assessment-due = جائزہ (assessment) مکمل ہو جانا چاہیے (تحقیقات شروع ہونے کے 42 کام کے دن بعد)
# source: CONTENT-FACTS.md "Minutes (Wales)" (10 working days from receiving them); England: the date the chair's letter gives
dates-item-minutes-corrections = { $nation ->
        [wales] چیئرپرسن کو لکھ کر بتائیں کہ میٹنگ کی کارروائی میں کیا غلط ہے (اسے ملنے کے 10 کام کے دنوں کے اندر)
       *[england] چیئرپرسن کو لکھ کر بتائیں کہ میٹنگ کی کارروائی میں کیا غلط ہے
    }
dates-add-to-calendar = یہ تاریخیں میرے کیلنڈر میں شامل کریں
dates-calendar-heading = تاریخیں کیلنڈر میں شامل کریں
dates-calendar-warning = کیلنڈر اکثر اپنی تاریخیں آپ کے دوسرے آلات پر، اور ہر اس شخص کو جس کے ساتھ کیلنڈر شیئر ہو، کاپی کر دیتے ہیں۔ یہ لاک اسکرین پر الرٹ بھی دکھا سکتے ہیں۔
dates-calendar-full-wording = میرے کیلنڈر میں پورے الفاظ استعمال کریں
dates-calendar-plain-hint = اگر آپ اس پر نشان نہ لگائیں تو ہر تاریخ کا نام صرف میٹنگ، اپائنٹمنٹ یا یاد دہانی ہو گا۔
dates-plain-meeting = میٹنگ
dates-plain-appointment = اپائنٹمنٹ
dates-plain-reminder = یاد دہانی
dates-calendar-downloaded = کیلنڈر کی فائل ڈاؤن لوڈ ہو گئی ہے۔ تاریخیں اپنے کیلنڈر میں شامل کرنے کے لیے اسے کھولیں۔
dates-calendar-note = قواعد کے حساب سے آخری تاریخ۔ اصل تاریخ کونسل طے کرتی ہے۔

## Dates: written out from these, in every language

date-long = { $day } { $month } { $year }
date-full = { $weekday }، { $day } { $month } { $year }
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
weekday-7 = اتوار

## Not found

not-found-title = صفحہ نہیں ملا
not-found-body = ہمیں یہ صفحہ نہیں ملا۔ ہو سکتا ہے لنک غلط ہو، یا صفحہ کہیں اور چلا گیا ہو۔
not-found-home = گائیڈ کے شروع میں جائیں

## The plain name (Settings)

plain-name-heading = ٹیبز اور ہسٹری میں اس گائیڈ کا نام
plain-name-hint = جو بھی آپ کے براؤزر کے ٹیبز یا ہسٹری دیکھے، اسے ہر اس صفحے کا نام نظر آتا ہے جو آپ نے کھولا۔
plain-name-off = اس کا اپنا نام: بچوں کے تحفظ کی کانفرنس کی گائیڈ
plain-name-on = ایک سادہ نام: نوٹس
plain-name-title = نوٹس
plain-name-install = اگر آپ سادہ نام چننے کے بعد یہ گائیڈ اپنی ہوم اسکرین پر رکھیں، تو اس کے آئیکن کا نام بھی "نوٹس" ہو گا۔ جو آئیکن آپ نے پہلے رکھا تھا، اس پر گائیڈ کا نام ہی رہے گا: اسے ہٹا کر دوبارہ رکھیں۔ جو صفحے آپ نے یہ چننے سے پہلے کھولے تھے، ہسٹری میں ان کے نام وہی رہیں گے۔

## Share this guide (the page's own words are in share.ftl)

share-title = یہ گائیڈ شیئر کریں
share-intro = خاندانوں کی مدد کرنے والے کارکنوں اور والدین کی مدد کرنے والے دوسرے لوگوں کے لیے: والدین کو یہ گائیڈ ان کی اپنی زبان میں دیں، لنک، QR کوڈ یا پرنٹ شدہ پرچے کی صورت میں۔
share-file-title = پرچہ
home-share = کیا آپ والدین کی مدد کرتے ہیں؟ یہ گائیڈ ان کی زبان میں شیئر کریں
footer-share = یہ گائیڈ شیئر کریں
