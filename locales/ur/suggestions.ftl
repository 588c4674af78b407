# ہر مرحلے کے لیے کرنے کے کام اور پوچھنے کے سوالات، والدین کی زبانی، اردو میں۔
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Suggested actions and questions for each stage, in the parent's voice. The personal tools
# offer them; ids are in src/core/content/suggestions.rs.

## Before the conference: things to do
suggest-before-ask-for-reports = سوشل ورکر سے ہر رپورٹ کی کاپی مانگنا
suggest-before-read-reports = رپورٹیں پڑھنا، اور جو بات سمجھ نہ آئے اس پر نشان لگانا
suggest-before-note-mistakes = رپورٹ میں جو بات غلط ہو، اسے لکھ لینا
suggest-before-write-my-report = اپنی رپورٹ خود لکھنا، یا لکھنے میں کسی سے مدد لینا
suggest-before-send-my-report = میٹنگ سے پہلے اپنی رپورٹ سوشل ورکر اور چیئرپرسن کو بھیجنا
suggest-before-choose-supporter = ساتھ لے جانے کے لیے کسی دوست یا رشتہ دار کو چننا
suggest-before-tell-who-is-coming = سوشل ورکر کو بتانا کہ میرے ساتھ کون آ رہا ہے
suggest-before-call-solicitor = بچوں کے قانون کے ماہر وکیل (solicitor) کو فون کرنا
suggest-before-ask-interpreter = ضرورت ہو تو ترجمان (interpreter) مانگنا
suggest-before-plan-childcare = اس دن بچوں کی دیکھ بھال کا انتظام کرنا
suggest-before-plan-journey = وہاں پہنچنے کا طریقہ پہلے سے سوچ لینا، اور 15 منٹ پہلے پہنچنے کی کوشش کرنا

## Before the conference: questions to ask
suggest-before-q-worried-about = آپ کو ٹھیک ٹھیک کس بات کی فکر ہے؟
suggest-before-q-evidence = اس فکر کا آپ کے پاس کیا ثبوت ہے؟
suggest-before-q-who-is-coming = کانفرنس میں کون کون ہو گا؟
suggest-before-q-when-report = مجھے آپ کی رپورٹ کب ملے گی؟
suggest-before-q-solicitor-speak = کیا میرا وکیل یا میرے ساتھ آنے والا شخص میٹنگ میں بول سکتا ہے؟
suggest-before-q-child-attend = کیا میرے بچے کو آنا چاہیے، اور تیاری میں اس کی مدد کون کرے گا؟
suggest-before-q-travel-help = کیا میٹنگ میں آنے کے لیے مجھے سفر یا بچوں کی دیکھ بھال میں مدد مل سکتی ہے؟
suggest-before-q-meet-chair = کیا میٹنگ شروع ہونے سے پہلے میری چیئرپرسن (chair) سے ملاقات ہو سکتی ہے؟

## At the conference: things to do
suggest-during-arrive-early = چیئرپرسن سے ملنے کے لیے 15 منٹ پہلے پہنچنا
suggest-during-bring-notes = اپنے نوٹس اور سوالات ساتھ لے جانا
suggest-during-bring-my-report = اپنی رپورٹ کی کاپیاں ساتھ لے جانا
suggest-during-write-down-names = لکھ لینا کہ وہاں کون کون ہے اور کون کیا کام کرتا ہے
suggest-during-say-what-is-going-well = بتانا کہ میرے بچے کے لیے کیا کچھ اچھا چل رہا ہے
suggest-during-ask-for-break = ضرورت ہو تو وقفہ مانگنا
suggest-during-correct-mistakes = اگر ہمارے بارے میں کوئی غلط بات کہی جائے تو بتا دینا
suggest-during-ask-for-minutes = پوچھنا کہ میٹنگ کی کارروائی (minutes) کب ملے گی
suggest-during-disagreement-in-minutes = کہنا کہ میرا اختلاف میٹنگ کی کارروائی میں لکھا جائے

## At the conference: questions to ask
suggest-during-q-what-worried = آپ کو ٹھیک ٹھیک کس بات کی فکر ہے؟
suggest-during-q-what-change = کیا بدلنا ضروری ہے، اور کب تک؟
suggest-during-q-expected-of-me = آپ مجھ سے کیا کرنے کی توقع رکھتے ہیں؟
suggest-during-q-what-category = پلان میں نقصان کی کون سی قسم (category of harm) لکھی گئی ہے، اور کیوں؟
suggest-during-q-who-social-worker = اب میرے بچے کا سوشل ورکر کون ہے؟
suggest-during-q-who-core-group = بنیادی گروپ (core group) میں کون کون ہے؟
suggest-during-q-when-minutes = مجھے میٹنگ کی کارروائی (minutes) کی کاپی کب ملے گی؟
suggest-during-q-what-support = میرے خاندان کو کیا مدد اور سہارا مل سکتا ہے؟

## The core group: things to do
suggest-core-group-read-decision = پڑھنا کہ کانفرنس نے کیا فیصلہ کیا
suggest-core-group-write-questions = ہر میٹنگ سے پہلے اپنے سوالات لکھ لینا
suggest-core-group-note-actions = لکھ لینا کہ کون کیا کرے گا، اور کب تک
suggest-core-group-suggest-support = ایسی مدد کا مشورہ دینا جو ہمارے کام آئے
suggest-core-group-involve-family = اپنے رشتہ داروں سے شروع میں ہی مدد مانگنا
suggest-core-group-ask-fgc = خاندانی گروپ کانفرنس (family group conference) کی درخواست کرنا
suggest-core-group-save-numbers = بنیادی گروپ کے ہر فرد کا فون نمبر محفوظ کرنا
suggest-core-group-keep-diary = ملاقاتوں اور ان میں کہی گئی باتوں کو لکھ کر رکھنا

## The core group: questions to ask
suggest-core-group-q-what-by-when = کیا بدلنا ضروری ہے، اور کب تک؟
suggest-core-group-q-who-does-what = پلان کا ہر حصہ کون کر رہا ہے؟
suggest-core-group-q-how-often = بنیادی گروپ کتنی بار ملے گا؟
suggest-core-group-q-visits = آپ کتنی بار گھر آئیں گے، اور کیا آپ پہلے سے بتائیں گے؟
suggest-core-group-q-help-available = یہ تبدیلیاں لانے کے لیے ہمیں کیا مدد مل سکتی ہے؟
suggest-core-group-q-assessment = مجھے جائزہ (assessment) کب دکھایا جائے گا؟
suggest-core-group-q-contingency = کیا کوئی متبادل پلان (contingency plan) ہے، اور اس میں کیا لکھا ہے؟
suggest-core-group-q-copy-of-plan = مجھے پورے پلان کی کاپی کب ملے گی؟

## The review conference: things to do
suggest-review-list-changes = پچھلی کانفرنس کے بعد جو کچھ بدلا ہے، اس کی فہرست بنانا
suggest-review-note-difference = لکھنا کہ اس سے میرے بچے کو کیا فرق پڑا ہے
suggest-review-read-reports = نظرِ ثانی سے پہلے رپورٹیں پڑھنا
suggest-review-gather-evidence = ایسے خط یا نوٹس جمع کرنا جن سے پتا چلے کہ میں نے کیا کچھ کیا ہے
suggest-review-ask-supporter = اپنے ساتھ آنے والے شخص سے دوبارہ ساتھ آنے کو کہنا
suggest-review-think-about-support = سوچنا کہ اگر پلان ختم ہو جائے تو مجھے کون سی مدد اب بھی چاہیے
suggest-review-keep-letters = بچوں کی سروسز کا ہر خط سنبھال کر رکھنا
suggest-review-call-solicitor-if-letter = اگر عدالت جانے کے بارے میں کوئی خط ملے تو فوراً وکیل سے ملنا

## The review conference: questions to ask
suggest-review-q-what-improved = آپ کے خیال میں کیا بہتر ہوا ہے؟
suggest-review-q-what-still-worries = آپ کو اب بھی کس بات کی فکر ہے، اور کیوں؟
suggest-review-q-can-plan-end = پلان ختم ہونے کے لیے کیا ہونا ضروری ہے؟
suggest-review-q-what-support-after = اگر پلان ختم ہو جائے تو ہمیں کیا مدد مل سکتی ہے؟
suggest-review-q-next-review = اگلی نظرِ ثانی کب ہے؟
suggest-review-q-legal-planning = کیا آپ قانونی منصوبہ بندی کی میٹنگ (legal planning meeting) کا سوچ رہے ہیں؟
suggest-review-q-what-letter-means = اس خط کا میرے لیے کیا مطلب ہے؟
suggest-review-q-changes-to-plan = آپ پلان میں کیا تبدیلیاں کر رہے ہیں، اور کیوں؟

## Complaints and advice: things to do
suggest-help-write-to-chair = جس بات سے میں ناخوش ہوں، اس کے بارے میں چیئرپرسن کو لکھنا
suggest-help-keep-copies = اپنے بھیجے ہوئے ہر خط اور ای میل کی کاپی رکھنا
suggest-help-note-dates = فون کالز، ملاقاتوں اور میٹنگز کی تاریخیں لکھ لینا
suggest-help-call-advice-line = مفت مشورے کی فون لائن پر فون کرنا
suggest-help-contact-complaints-team = کونسل کی شکایات کی ٹیم سے رابطہ کرنا
suggest-help-ask-for-advocate = پوچھنا کہ کیا مجھے حمایتی (advocate) مل سکتا ہے
suggest-help-save-local-numbers = اپنے سوشل ورکر اور کونسل کے فون نمبر محفوظ کرنا
suggest-help-check-legal-aid = پتا کرنا کہ کیا مجھے قانونی امداد (legal aid) مل سکتی ہے

## Complaints and advice: questions to ask
suggest-help-q-how-to-complain = میں شکایت کیسے کروں، اور کس کو بھیجوں؟
suggest-help-q-how-long = جواب ملنے میں کتنا وقت لگے گا؟
suggest-help-q-who-decides = میری شکایت کون دیکھے گا؟
suggest-help-q-ombudsman-when = محتسب (Ombudsman) کے پاس کب جایا جا سکتا ہے؟
suggest-help-q-advocate = کیا میری مدد کے لیے مجھے حمایتی (advocate) مل سکتا ہے؟
suggest-help-q-different-worker = کیا دوسرا سوشل ورکر مانگا جا سکتا ہے؟
suggest-help-q-record-meeting = کیا میٹنگ کو ریکارڈ کرنے یا نوٹس لینے کی اجازت ہے؟
suggest-help-q-manager-contact = میں سوشل ورکر کے مینیجر سے کیسے رابطہ کروں؟
