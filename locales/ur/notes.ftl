# والدین کے اپنے ٹولز: چیک لسٹ، سوالات، پلان، رابطے، کاپی رکھنا، پرنٹ کرنا، سب کچھ ڈیلیٹ کرنا، اردو میں۔
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# The parent's own tools: checklist, questions, plan, contacts, keeping a copy, printing,
# deleting everything. Short sentences, plain words: this is read on a phone, often under stress.

## Shared words

notes-kept-here = آپ یہاں جو لکھیں، وہ اسی فون پر رہتا ہے۔ یہ کسی کو نہیں بھیجا جاتا۔
notes-add = شامل کریں
notes-not-for-me = میرے لیے نہیں
notes-change = بدلیں
notes-move-up = اوپر لے جائیں
notes-move-down = نیچے لے جائیں
notes-delete = ڈیلیٹ کریں
notes-save = محفوظ کریں
notes-cancel = منسوخ کریں
notes-done-changing = ہو گیا
notes-undo = واپس لائیں
notes-deleted = ڈیلیٹ ہو گیا: { $item }
notes-suggestions-heading = اس گائیڈ کے مشورے
notes-suggestions-none = آپ نے اس مرحلے کے سارے مشورے شامل کر لیے ہیں یا چھپا دیے ہیں۔
notes-show-hidden = { $count ->
    [one] وہ مشورہ دکھائیں جو آپ نے چھپایا
   *[other] وہ { $count } مشورے دکھائیں جو آپ نے چھپائے
}
notes-missing-words = (یہ چیز گائیڈ کے پرانے ورژن سے آئی تھی۔)

## Something went wrong with saving

storage-unreadable-title = آپ کے کچھ نوٹس کھل نہیں سکے
storage-unreadable-body = آپ کی محفوظ کی ہوئی کوئی چیز اس فون پر پڑھی نہیں جا سکی، اس لیے وہ حصہ خالی دکھ رہا ہے۔ کچھ بھی ڈیلیٹ نہیں ہوا۔ پرانی لکھائی ابھی بھی اس فون پر موجود ہے، اور آپ اسے ڈاؤن لوڈ کر سکتے ہیں۔
storage-unreadable-download = پرانی لکھائی ڈاؤن لوڈ کریں
storage-not-saved-title = آپ کی آخری تبدیلی محفوظ نہیں ہوئی
storage-not-saved-body = اس فون نے اسے محفوظ نہیں کیا۔ ہو سکتا ہے فون بھرا ہوا ہو، یا پرائیویٹ براؤزنگ میں ہو۔ آپ کے الفاظ ابھی اسکرین پر ہیں، لیکن یہ صفحہ بند کرنے پر ختم ہو جائیں گے۔ انہیں بچانے کے لیے ابھی ایک کاپی ڈاؤن لوڈ کر لیں۔
storage-not-saved-download = میرے نوٹس کی کاپی ڈاؤن لوڈ کریں
storage-unreadable-downloaded = پرانی لکھائی ڈاؤن لوڈ ہو گئی ہے۔
storage-not-saved-keep-locked = میرے نوٹس کی لاک کی ہوئی کاپی رکھیں

## My checklist

checklist-progress = { $total } میں سے { $done } ہو گئے
checklist-empty-stage = اس مرحلے کے لیے ابھی آپ کی فہرست میں کچھ نہیں۔
checklist-add-label = اپنا کوئی کام شامل کریں

## My questions

questions-asked = میں نے یہ پوچھ لیا ہے
questions-answer = مجھے ملنے والا جواب
questions-empty-stage = اس مرحلے کے لیے ابھی کوئی سوال نہیں۔
questions-add-label = اپنا سوال شامل کریں
questions-take-to-meeting = میرے سوالات میٹنگ میں لے جائیں
questions-only-open = صرف وہ سوال دکھائیں جو میں نے ابھی نہیں پوچھے
questions-share = میرے سوالات شیئر کریں
questions-copy = میرے سوالات کاپی کریں
questions-share-title = میرے سوالات
questions-shared = آپ کے سوالات بھیجنے کے لیے تیار ہیں۔
questions-copied = آپ کے سوالات کاپی ہو گئے ہیں۔ آپ انہیں کسی میسج یا ای میل میں پیسٹ کر سکتے ہیں۔
questions-share-failed = معاف کیجیے، اس فون نے انہیں کاپی نہیں کیا۔ آپ انہیں پرنٹ کر سکتے ہیں۔

## Take to the meeting

meeting-title = میٹنگ میں لے جائیں
meeting-intro = آپ کے وہ سوال جو ابھی نہیں پوچھے گئے، بڑے حروف میں۔ جب کوئی سوال پوچھ لیں تو اس پر ٹیپ کریں۔
meeting-next = آپ کی اگلی میٹنگ: { $meeting }، { $date }۔
meeting-mark-asked = میں نے یہ پوچھ لیا ہے
meeting-none-left = آپ نے اپنے سارے سوال پوچھ لیے ہیں۔
meeting-asked-heading = پوچھ لیے گئے
meeting-not-asked = ابھی نہیں پوچھا
meeting-back-to-questions = میرے سوالات اور جوابات پر واپس جائیں

## My plan

plan-title = میرا پلان
plan-intro = ہر میٹنگ میں جو طے ہوا، وہ لکھ لیں: کون کیا کرے گا، اور کب تک۔ پھر آپ دیکھ سکتے ہیں کہ کیا کچھ ہو چکا ہے۔
plan-actions-heading = کیا طے ہوا
plan-no-actions = ابھی کچھ نہیں لکھا گیا۔
plan-overdue = دیر ہو گئی: تاریخ گزر چکی ہے۔
plan-overdue-count = { $count ->
    [one] 1 کام میں دیر ہو گئی ہے۔
   *[other] { $count } کاموں میں دیر ہو گئی ہے۔
}
plan-add-action = کوئی طے شدہ بات شامل کریں
plan-add-action-button = میرے پلان میں شامل کریں
plan-what = کیا کیا جائے گا
plan-who = یہ کون کرے گا
plan-who-name = ان کا نام (اگر آپ کو معلوم ہو)
plan-by = کب تک
plan-no-date = کوئی تاریخ نہیں
plan-status = کیا یہ ہو گیا؟
plan-reason = کیوں نہیں؟
plan-who-me = میں
plan-who-social-worker = سوشل ورکر
plan-who-school = اسکول
plan-who-health-visitor = صحت کی نرس (health visitor)
plan-who-other = کوئی اور
plan-status-to-do = ابھی نہیں
plan-status-done = ہو گیا
plan-status-not-done = یہ نہیں ہوا
plan-meetings-heading = میری میٹنگز
plan-no-meetings = ابھی کوئی میٹنگ نہیں لکھی گئی۔
plan-add-meeting = میٹنگ شامل کریں
plan-add-meeting-button = یہ میٹنگ شامل کریں
plan-meeting-kind = کون سی میٹنگ
plan-meeting-date = تاریخ
plan-meeting-notes = کیا فیصلہ ہوا
plan-meeting-initial-conference = پہلی کانفرنس
plan-meeting-core-group = بنیادی گروپ کی میٹنگ
plan-meeting-review = نظرِ ثانی کانفرنس

## My contacts

contacts-none = ابھی کوئی رابطہ نہیں۔
contacts-add = رابطہ شامل کریں
contacts-add-button = یہ رابطہ شامل کریں
contacts-name = نام
contacts-name-missing = نام لکھیں۔
contacts-role = یہ کون ہیں
contacts-phone = فون
contacts-email = ای میل
contacts-notes = نوٹس
contacts-call = فون کریں
contacts-role-social-worker = سوشل ورکر
contacts-role-conference-chair = کانفرنس کے چیئرپرسن (chair)
contacts-role-solicitor = وکیل (solicitor)
contacts-role-advocate = حمایتی (advocate)
contacts-role-out-of-hours = دفتری اوقات کے بعد کی سروس
contacts-role-other = کوئی اور

## Keep a copy

backup-title = میرے نوٹس کی کاپی رکھیں
backup-intro = اپنے نوٹس فائل کی شکل میں محفوظ کریں، انہیں پرنٹ کریں، یا کسی فائل سے واپس لائیں۔
backup-download-heading = میرے نوٹس ڈاؤن لوڈ کریں
backup-download-body = آپ کو ایک فائل ملے گی جس میں آپ کی چیک لسٹ، سوالات، پلان، رابطے اور تاریخیں ہوں گی۔ اسے کسی محفوظ جگہ رکھیں۔ جو بھی یہ فائل کھولے، وہ اسے پڑھ سکتا ہے۔
backup-download = میرے نوٹس ڈاؤن لوڈ کریں
backup-downloaded = آپ کے نوٹس ڈاؤن لوڈ ہو گئے ہیں۔
backup-download-failed = معاف کیجیے، اس فون نے فائل ڈاؤن لوڈ نہیں کی۔
backup-no-passcode-hint = فائل کو پاس کوڈ سے لاک کرنے کے لیے، پہلے سیٹنگز میں پاس کوڈ لگائیں۔
backup-sealed-body = فائل آپ کے پاس کوڈ سے لاک ہو گی۔ اسے ڈاؤن لوڈ کرنے کے لیے اپنا پاس کوڈ لکھیں۔ بعد میں یہ فائل کھولنے کے لیے آپ کو وہی پاس کوڈ چاہیے ہو گا جو آپ ابھی لکھ رہے ہیں۔
backup-passcode-label = آپ کا پاس کوڈ
backup-sealing = فائل لاک ہو رہی ہے…
backup-unprotected-heading = بغیر حفاظت کے کاپی رکھیں
backup-unprotected-body = بغیر حفاظت والی کاپی لاک نہیں ہوتی۔ جو بھی یہ فائل کھولے، وہ اس میں لکھی ہر چیز پڑھ سکتا ہے: آپ کے نوٹس، رابطے، تاریخیں اور خط۔
backup-unprotected-button = بغیر حفاظت کے کاپی رکھیں
download-where = فائل آپ کے فون کے ڈاؤن لوڈز میں ہے۔ آئی فون پر یہ Files ایپ میں ہے، جو اسے iCloud میں کاپی کر سکتی ہے۔ آپ فائل وہاں سے ڈیلیٹ کر سکتے ہیں۔
backup-print-heading = میرے نوٹس پرنٹ کریں
backup-print-body = اپنے نوٹس پرنٹ کریں، یا PDF کی شکل میں محفوظ کریں، تاکہ انہیں میٹنگ میں یا اپنے وکیل کے پاس لے جا سکیں۔
backup-print-link = میرے نوٹس پرنٹ کے لیے تیار دیکھیں
backup-import-heading = کسی فائل سے میرے نوٹس واپس لائیں
backup-import-body = وہ فائل چنیں جو آپ نے اس گائیڈ سے ڈاؤن لوڈ کی تھی۔ کچھ بھی بدلنے سے پہلے آپ دیکھ سکیں گے کہ اس میں کیا ہے۔
backup-import-choose = فائل چنیں
backup-file-holds = اس فائل میں یہ ہے:
backup-choose-how = انہیں اس فون پر موجود نوٹس میں شامل کریں، یا پرانے نوٹس کی جگہ رکھیں؟
backup-merge = میرے نوٹس میں شامل کریں
backup-replace = میرے نوٹس کی جگہ فائل والے نوٹس رکھیں
backup-merged = ہو گیا۔ فائل کے نوٹس آپ کے نوٹس میں شامل ہو گئے۔
backup-replaced = ہو گیا۔ اب آپ کے نوٹس وہی ہیں جو فائل میں تھے۔
backup-error-too-large = یہ فائل بہت بڑی ہے، اس لیے یہ اس گائیڈ کی فائل نہیں ہو سکتی۔ کچھ نہیں بدلا گیا۔
backup-error-not-ours = یہ اس گائیڈ کی فائل نہیں ہے۔ کچھ نہیں بدلا گیا۔
backup-error-damaged = یہ فائل خراب ہے، اس لیے پڑھی نہیں جا سکتی۔ کچھ نہیں بدلا گیا۔
backup-error-newer = یہ فائل اس گائیڈ کے نئے ورژن سے آئی ہے۔ گائیڈ کو اپ ڈیٹ کرنے کے لیے دوبارہ لوڈ کریں، پھر دوبارہ کوشش کریں۔ کچھ نہیں بدلا گیا۔
backup-sealed-file = یہ فائل پاس کوڈ سے لاک ہے۔ وہ پاس کوڈ لکھیں جو فائل ڈاؤن لوڈ کرتے وقت آپ کا تھا۔
backup-sealed-file-label = اس فائل کا پاس کوڈ
backup-sealed-file-open = فائل کھولیں
backup-sealed-file-wrong = یہ پاس کوڈ فائل نہیں کھولتا۔ اسے چیک کریں اور دوبارہ کوشش کریں۔ اگر یہ صحیح ہے تو ہو سکتا ہے فائل خراب ہو۔ کچھ نہیں بدلا گیا۔
backup-delete-heading = سب کچھ ڈیلیٹ کریں
backup-delete-link = میرے سارے نوٹس ڈیلیٹ کریں (سیٹنگز میں)
backup-count-checklist = { $count ->
    [one] 1 کرنے کا کام
   *[other] { $count } کرنے کے کام
}
backup-count-questions = { $count ->
    [one] 1 سوال
   *[other] { $count } سوال
}
backup-count-actions = { $count ->
    [one] 1 طے شدہ بات
   *[other] { $count } طے شدہ باتیں
}
backup-count-meetings = { $count ->
    [one] 1 میٹنگ
   *[other] { $count } میٹنگز
}
backup-count-contacts = { $count ->
    [one] 1 رابطہ
   *[other] { $count } رابطے
}
backup-count-dates = { $count ->
    [one] 1 تاریخ
   *[other] { $count } تاریخیں
}
backup-count-letters = { $count ->
    [one] 1 خط
   *[other] { $count } خط
}
backup-count-reports = { $count ->
    [one] 1 محفوظ رپورٹ
   *[other] { $count } محفوظ رپورٹیں
}

## Print

print-title = پرنٹ کے لیے میرے نوٹس
print-file-title = نوٹس
print-intro = آپ کے سارے نوٹس ایک صفحے پر۔ اسے پرنٹ کریں، یا PDF کی شکل میں محفوظ کریں۔
print-button = پرنٹ کریں یا PDF کی شکل میں محفوظ کریں
print-made-on = یہ اس گائیڈ سے { $date } کو پرنٹ کیا گیا۔
print-nothing = آپ نے ابھی کوئی نوٹس نہیں لکھے۔
print-done = (ہو گیا)

## Delete all my data

delete-all-heading = میرا سارا ڈیٹا ڈیلیٹ کریں
delete-all-body = اس سے یہ سب اس فون سے ڈیلیٹ ہو جائے گا: جو کچھ آپ نے اس گائیڈ میں لکھا (آپ کی چیک لسٹ، سوالات، پلان، رابطے، تاریخیں اور خط)، آپ کا پاس کوڈ، آپ کی پسند، اور وہ صفحے اور زبانیں جو اس گائیڈ نے محفوظ کیں۔ یہ واپس نہیں ہو سکتا۔ اگر آپ اپنے نوٹس رکھنا چاہیں تو پہلے ان کی کاپی ڈاؤن لوڈ کر لیں۔
delete-all-button = میرا سارا ڈیٹا ڈیلیٹ کریں
delete-all-question = کیا آپ کو یقین ہے؟ یہ واپس نہیں ہو سکتا۔
delete-all-confirm = جی ہاں، سب کچھ ڈیلیٹ کریں
delete-all-keep = نہیں، میرا ڈیٹا رہنے دیں
delete-all-done = اس فون سے یہ چیزیں ڈیلیٹ ہو گئی ہیں: آپ کے نوٹس، آپ کا پاس کوڈ، آپ کی پسند، اور وہ صفحے اور زبانیں جو اس گائیڈ نے محفوظ کیں۔ جن دوسرے ٹیبز میں یہ گائیڈ کھلی ہے، وہاں سے بھی یہ چیزیں ہٹ گئی ہیں۔
delete-all-remains = ہو سکتا ہے آپ کے براؤزر میں اب بھی یہ چیزیں موجود ہوں: ہسٹری میں اس گائیڈ کے صفحے، آپ کی ڈاؤن لوڈ کی ہوئی فائلیں، اور خود یہ گائیڈ، جو اس لیے رکھی جاتی ہے کہ انٹرنیٹ کے بغیر بھی چل سکے۔
delete-all-cover-tracks = انہیں ہٹانے کا طریقہ: اپنے نشان چھپائیں
delete-all-failed = معاف کیجیے، اس فون نے ڈیٹا ڈیلیٹ نہیں کیا۔ دوبارہ کوشش کریں، یا اپنے براؤزر کی سیٹنگز میں اس سائٹ کا ڈیٹا ڈیلیٹ کریں۔
remove-trace-heading = اس براؤزر سے اس گائیڈ کا ہر نشان ہٹائیں
remove-trace-body = اس سے اوپر بتائی گئی سب چیزیں ڈیلیٹ ہو جاتی ہیں، اور گائیڈ کی وہ کاپی بھی جس کی وجہ سے یہ انٹرنیٹ کے بغیر چلتی ہے۔ پھر یہ بٹن آپ کو اسی سائٹ پر لے جاتا ہے جہاں "اس صفحے سے نکلیں" والا بٹن لے جاتا ہے۔ گائیڈ دوبارہ پڑھنے کے لیے آپ کو انٹرنیٹ کی ضرورت ہو گی۔
remove-trace-button = اس گائیڈ کا ہر نشان ہٹائیں
remove-trace-question = کیا آپ کو یقین ہے؟ آپ کے نوٹس، آپ کا پاس کوڈ اور اس فون پر رکھی ہوئی گائیڈ کی کاپی، یہ سب ڈیلیٹ ہو جائے گا، اور یہ صفحہ بند ہو جائے گا۔ یہ واپس نہیں ہو سکتا۔

## Letters I can send

letters-title = بھیجنے کے لیے خط
letters-intro = سوشل ورکر یا کانفرنس کے چیئرپرسن کے لیے پہلے سے تیار خط۔ کچھ تفصیلات بھریں، اور خط آپ کے لیے لکھ دیا جاتا ہے۔
report-title = رپورٹ کو سمجھیں
report-intro = دیکھیں کہ سوشل ورکر کی رپورٹ، میٹنگ کی کارروائی یا خط کے الفاظ کا کیا مطلب ہے۔
report-link = کیا کوئی رپورٹ، میٹنگ کی کارروائی یا خط آیا ہے؟ دیکھیں کہ اس کے الفاظ کا کیا مطلب ہے۔
my-report-title = کانفرنس کے لیے میری رپورٹ
my-report-intro = کانفرنس کے لیے اپنی رپورٹ خود لکھیں، اپنے الفاظ میں۔ کانفرنس میں ہر شخص کو اس کی ایک کاپی ملتی ہے۔ آپ جتنا چاہیں لکھیں، کم یا زیادہ۔
my-report-link = کانفرنس کے لیے اپنی رپورٹ خود لکھیں: کیا اچھا چل رہا ہے، آپ نے کیا بدلا ہے، اور آپ کن باتوں سے متفق نہیں ہیں۔
letters-kept-here = اس گائیڈ سے کچھ نہیں بھیجا جاتا۔ آپ خط کو کاپی، شیئر، پرنٹ یا ڈاؤن لوڈ کریں، اور خود بھیجیں۔ آپ کی تفصیلات اور ادھورے خط اسی فون پر رہتے ہیں۔
letters-choose = ایک خط چنیں
letters-what-it-says = اس خط میں کیا لکھا ہے
letters-about-you = آپ کے اور آپ کے بچے کے بارے میں
letters-my-name = آپ کا نام
letters-my-address = آپ کا پتا
letters-my-contact = آپ کا فون نمبر یا ای میل
letters-child-name = آپ کے بچے کا نام
letters-child-dob = آپ کے بچے کی تاریخ پیدائش
letters-this-letter = یہ خط
letters-write-in-english = یہ خط انگریزی میں ہے۔ اگر ہو سکے تو انگریزی میں لکھیں، یا کسی سے مدد لیں۔
letters-to-social-worker = سوشل ورکر کا نام
letters-to-chair = کانفرنس کے چیئرپرسن کا نام
letters-conference-date = کانفرنس کی تاریخ
letters-language = خط کی زبان
letters-language-hint = ویلز میں آپ کونسل کو ویلش یا انگریزی میں لکھ سکتے ہیں۔
letters-language-en = انگریزی (English)
letters-language-cy = Cymraeg (ویلش)
letters-preview = آپ کا خط
letters-load-failed = خط لوڈ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور یہ صفحہ دوبارہ کھولیں۔
letters-nothing-sent = خط کو چیک کریں۔ پھر اسے کسی ای میل یا میسج میں کاپی کریں، یا پرنٹ کریں۔
letters-copy = خط کاپی کریں
letters-share = خط شیئر کریں
letters-print = خط پرنٹ کریں
letters-download = خط ڈاؤن لوڈ کریں
letters-downloaded = خط ڈاؤن لوڈ ہو گیا ہے۔
letters-file-title = خطوط
letters-mark-sent = میں نے یہ خط بھیج دیا ہے: اس کی کاپی رکھیں
letters-copied = خط کاپی ہو گیا ہے۔ آپ اسے کسی ای میل یا میسج میں پیسٹ کر سکتے ہیں۔
letters-copy-failed = معاف کیجیے، اس فون نے اسے کاپی نہیں کیا۔ آپ اسے ڈاؤن لوڈ یا پرنٹ کر سکتے ہیں۔
letters-saved-sent = اس کی ایک کاپی آج کی تاریخ کے ساتھ نیچے رکھ دی گئی ہے۔
letters-sent-heading = میرے بھیجے ہوئے خط
letters-my-report-sent = کانفرنس کے لیے میری رپورٹ

letters-reports-title = رپورٹیں مانگیں
letters-reports-when = کانفرنس سے پہلے، اگر آپ کو پڑھنے کے لیے رپورٹیں نہیں دی گئیں۔
letters-reports-summary = اس میں سوشل ورکر سے کہا گیا ہے کہ کانفرنس کی ہر رپورٹ آپ کو وقت پر بھیجیں، تاکہ آپ انہیں پڑھ کر تیاری کر سکیں۔ اس میں یہ بھی پوچھا گیا ہے کہ اگر رپورٹیں بھیجی نہ جا سکیں تو آپ انہیں کہاں پڑھ سکتے ہیں۔
letters-reports-details-label = کوئی اور بات جو آپ کہنا چاہیں (آپ اسے خالی چھوڑ سکتے ہیں)

letters-interpreter-title = ترجمان یا وہاں پہنچنے کے لیے مدد مانگیں
letters-interpreter-when = اگر آپ کو ترجمان چاہیے، یا کانفرنس میں جانے کے لیے سفر یا بچوں کی دیکھ بھال میں مدد چاہیے۔
letters-interpreter-summary = اس میں آپ کی زبان کا ترجمان مانگا گیا ہے، اور پوچھا گیا ہے کہ کیا آپ کو سفر یا بچوں کی دیکھ بھال میں مدد مل سکتی ہے۔
letters-interpreter-extra-label = آپ کی زبان، اگر آپ کو ترجمان چاہیے
letters-interpreter-details-label = آپ کو کیا مدد چاہیے (آپ اسے خالی چھوڑ سکتے ہیں)

letters-supporter-title = انہیں بتائیں کہ میرے ساتھ کون آ رہا ہے
letters-supporter-when = اگر آپ کسی دوست، رشتہ دار، حمایتی (advocate) یا وکیل (solicitor) کو ساتھ لانا چاہیں۔
letters-supporter-summary = اس میں سوشل ورکر کو بتایا گیا ہے کہ آپ کے ساتھ کون آ رہا ہے، اور یہ پوچھا گیا ہے کہ میٹنگ میں انہیں کیا کرنے اور کہنے کی اجازت ہو گی۔
letters-supporter-extra-label = کون آ رہا ہے (ان کا نام، اور وہ کون ہیں)
letters-supporter-details-label = کوئی اور بات جو آپ کہنا چاہیں (آپ اسے خالی چھوڑ سکتے ہیں)

letters-reply-title = کسی رپورٹ کا جواب دیں
letters-reply-when = اگر کانفرنس کی کسی رپورٹ میں کوئی بات غلط لکھی ہو، یا کوئی اہم بات چھوڑ دی گئی ہو۔
letters-reply-summary = اس میں آپ کی باتیں ایک ایک کر کے لکھی جاتی ہیں: رپورٹ میں کیا لکھا ہے، وہ کیوں غلط ہے یا اس میں کیا چھوٹ گیا ہے، اور اس بات کا ثبوت کیا ہے۔ اس میں کہا گیا ہے کہ رپورٹ ٹھیک کی جائے، یا آپ کا جواب رپورٹ کے ساتھ کانفرنس میں ہر شخص تک پہنچایا جائے۔ اس میں یہ بھی لکھا ہے کہ آپ اس کی کاپی چیئرپرسن کو بھیج رہے ہیں۔
letters-reply-extra-label = کون سی رپورٹ (مثال کے طور پر، سوشل ورکر کی رپورٹ)
letters-reply-details-label = کوئی اور بات جو آپ کہنا چاہیں (آپ اسے خالی چھوڑ سکتے ہیں)
letters-reply-said-label = رپورٹ میں لکھا ہے (وہ الفاظ کاپی کریں، یا بتائیں کہ وہ کہاں لکھے ہیں)
letters-reply-why-label = یہ غلط ہے، یا اس میں کچھ چھوٹ گیا ہے، کیونکہ
letters-reply-evidence-label = اس بات کا ثبوت (تاریخیں، کس نے دیکھا، خط یا میسج)

letters-minutes-title = میٹنگ کی کارروائی (minutes) ٹھیک کروائیں
letters-minutes-when = جب کانفرنس کی میٹنگ کی کارروائی آپ کو ملے، اور اس میں کوئی بات ویسی نہ ہو جیسی میٹنگ میں کہی گئی تھی۔
letters-minutes-summary = اس میں چیئرپرسن کو ہر غلطی ایک ایک کر کے بتائی جاتی ہے: میٹنگ کی کارروائی میں کیا لکھا ہے، اور اصل میں کیا کہا گیا تھا۔ اس میں کہا گیا ہے کہ میٹنگ کی کارروائی ٹھیک کی جائے، یا اس میں لکھا جائے کہ آپ متفق نہیں ہیں۔
letters-minutes-details-label = کوئی اور بات جو آپ کہنا چاہیں (آپ اسے خالی چھوڑ سکتے ہیں)
letters-minutes-said-label = میٹنگ کی کارروائی میں لکھا ہے
letters-minutes-why-label = اصل میں کیا کہا گیا تھا
letters-minutes-evidence-label = اس بات کا ثبوت (آپ اسے خالی چھوڑ سکتے ہیں)
# source: CONTENT-FACTS.md "Minutes (Wales)": corrections to the chair within 10 working days of receiving them; England: each area sets its own time, given with the minutes (content review M11)
letters-minutes-deadline = { $nation ->
        [wales] ویلز میں، جس دن میٹنگ کی کارروائی آپ کو ملی، اس دن سے 10 کام کے دنوں کے اندر اپنی اصلاحات چیئرپرسن کو بھیجیں۔
       *[england] اپنی اصلاحات جتنی جلدی ہو سکے بھیجیں۔ میٹنگ کی کارروائی کے ساتھ آنے والے خط میں آخری تاریخ لکھی ہو سکتی ہے: وہ تاریخ نیچے لکھیں۔
    }
letters-minutes-received = جس دن میٹنگ کی کارروائی آپ کو ملی
letters-minutes-by = اصلاحات بھیجنے کی آخری تاریخ، چیئرپرسن کے خط سے
# $date is the last day for corrections, written out.
letters-minutes-due = اپنی اصلاحات { $date } تک بھیج دیں۔ یہ تاریخ "میری تاریخیں" میں ہے۔

letters-points-heading = آپ کے نکات
letters-point-heading = نکتہ { $number }
letters-point-add = ایک نکتہ شامل کریں
letters-point-remove = نکتہ { $number } ہٹائیں
letters-point-removed = نکتہ ہٹا دیا گیا ہے۔
letters-points-empty = ابھی کوئی نکتہ نہیں۔ ہر اس بات کے لیے ایک نکتہ شامل کریں جو غلط ہو یا چھوٹ گئی ہو۔

letters-family-group-title = خاندانی گروپ کانفرنس مانگیں
letters-family-group-when = اگر آپ کا خاندان اور دوست آپ کے بچے کے لیے پلان بنانے میں مدد کر سکتے ہوں۔
letters-family-group-summary = اس میں خاندانی گروپ کانفرنس (family group conference) مانگی گئی ہے، جس میں آپ کا خاندان اور دوست مل کر پلان بناتے ہیں۔ اس میں یہ بھی پوچھا گیا ہے کہ اس کے لیے کس سے بات کی جائے۔
letters-family-group-details-label = آپ کے خاندان میں کون مدد کر سکتا ہے، اور کیسے (آپ اسے خالی چھوڑ سکتے ہیں)

letters-support-title = مدد جاری رکھنے کی درخواست کریں
letters-support-when = جب { $nation ->
    [wales] دیکھ بھال، مدد اور تحفظ کا پلان (care and support protection plan)
   *[england] بچوں کے تحفظ کا پلان (child protection plan)
} ختم ہو جائے، یا ختم ہونے والا ہو، اور آپ کو پھر بھی مدد چاہیے۔
letters-support-summary = اس میں پوچھا گیا ہے کہ پلان ختم ہونے کے بعد بھی آپ کے خاندان کو کیا مدد مل سکتی ہے، اور کیا یہ مدد کسی پلان میں لکھی جا سکتی ہے۔
letters-support-extra-label = وہ مدد جس سے فرق پڑے گا (آپ اسے خالی چھوڑ سکتے ہیں)
letters-support-details-label = کوئی اور بات جو آپ کہنا چاہیں (آپ اسے خالی چھوڑ سکتے ہیں)

letters-complaint-title = کانفرنس کے بارے میں شکایت کریں
letters-complaint-when = اگر آپ اس بات سے ناخوش ہیں کہ کانفرنس کیسے چلائی گئی، یا اس نے کیا فیصلہ کیا۔ پہلے چیئرپرسن کو لکھیں۔
letters-complaint-summary = اس میں چیئرپرسن کو بتایا گیا ہے کہ آپ شکایت کرنا چاہتے ہیں۔ اس میں آپ کے اپنے الفاظ میں لکھا ہے کہ کیا غلط ہوا۔ اس میں تحریری جواب بھی مانگا گیا ہے کہ وہ کیا کریں گے، اور کب تک۔
letters-complaint-details-label = کیا غلط ہوا

other-version-body = یہ گائیڈ کسی دوسرے ٹیب میں اپ ڈیٹ ہو گئی ہے۔ اپنے نوٹس دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں۔
other-version-reload = دوبارہ لوڈ کریں
kept-copies-heading = محفوظ کی گئی کاپیاں
kept-copies-body = جب آپ کے نوٹس کا کوئی حصہ پڑھا نہیں جا سکا، تو اس فون نے پرانا متن مٹانے کے بجائے محفوظ رکھا۔ آپ ہر کاپی ڈاؤن لوڈ کر سکتے ہیں، یا جب اس کی ضرورت نہ رہے تو اسے مٹا سکتے ہیں۔
kept-copies-item = { $date } کو محفوظ کی گئی
kept-copies-download = یہ کاپی ڈاؤن لوڈ کریں
kept-copies-delete = یہ کاپی مٹائیں
kept-copies-question = یہ کاپی مٹا دیں؟ اسے واپس نہیں لایا جا سکتا۔
kept-copies-confirm = ہاں، یہ کاپی مٹا دیں
kept-copies-deleted = کاپی مٹا دی گئی ہے۔
backup-replace-removes = { $count ->
    [one] اس فون سے 1 چیز ہٹا دی جائے گی۔
   *[other] اس فون سے { $count } چیزیں ہٹا دی جائیں گی۔
}
backup-replace-undo-what = وہ نوٹس جو فائل سے پہلے اس فون پر تھے
