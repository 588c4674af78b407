# کانفرنس کے لیے میری رپورٹ: وہ صفحہ جس پر والدین حصہ بہ حصہ اپنی رپورٹ خود لکھتے ہیں، اردو میں۔
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# My report for the conference (src/ui/pages/my_report.rs): the page that helps a parent write
# their own report, section by section. Fetched with that page only. The report itself is in
# letter-text.ftl (English or Welsh). Short sentences, plain words, the parent's own voice.
# English original: written by the development team.

# source: 003 "Can I write a report for the Conference?" (shared with all conference members; the social worker or anyone you choose can help)
mr-why = آپ کی رپورٹ کانفرنس میں ہر شخص کو دی جاتی ہے۔ یہ آپ کا موقع ہے کہ اپنے الفاظ میں بتائیں کہ انہیں آپ کے بچے اور آپ کے خاندان کے بارے میں کیا جاننا چاہیے۔
mr-help = کوئی بھی اسے لکھنے میں آپ کی مدد کر سکتا ہے: کوئی دوست، رشتہ دار، حمایتی (advocate) یا آپ کا سوشل ورکر۔
mr-how = کوئی بھی حصہ لکھنا ضروری نہیں۔ کسی بھی حصے میں چند سطریں لکھیں، یا کچھ بھی نہ لکھیں۔ آپ جیسے جیسے لکھتے ہیں، آپ کے الفاظ اسی فون پر محفوظ ہوتے جاتے ہیں۔
mr-write-in-english = یہ رپورٹ انگریزی میں ہے۔ اگر ہو سکے تو انگریزی میں لکھیں، یا کسی سے مدد لیں۔
mr-sections-heading = آپ کی رپورٹ، حصہ بہ حصہ
mr-example = مثال کے طور پر
mr-details-hint = آپ کا نام، آپ کے بچے کا نام اور اس کی تاریخ پیدائش وہی ہیں جو آپ کے خطوں میں ہیں۔
mr-conference-date = کانفرنس کی تاریخ

# The nine parts. -label is the box's label; -prompt what to think about; -example one or two short examples in a parent's words.
mr-child-label = میرے بچے کے بارے میں
mr-child-prompt = آپ کے بچے کو کیا پسند ہے، وہ کن چیزوں میں اچھا ہے، اور اسے کس چیز کی ضرورت ہے۔
mr-child-example = "سیم کو فٹ بال اور ڈرائنگ بہت پسند ہے۔ وہ اپنی چھوٹی بہن کے ساتھ بہت اچھا ہے۔ اسے پڑھنے میں مدد چاہیے۔"
mr-going-well-label = کیا اچھا چل رہا ہے
mr-going-well-prompt = اس وقت آپ کے خاندان کی اچھی باتیں، چاہے وہ کتنی ہی چھوٹی ہوں۔
mr-going-well-example = "سیم اب روز اسکول جاتا ہے۔ ہم ہر شام مل کر کھانا کھاتے ہیں۔"
mr-changes-label = میں نے کیا کیا ہے، اور کیا بدلا ہے
mr-changes-prompt = جب سے فکر شروع ہوئی، آپ نے کیا کیا ہے: کورس، اپائنٹمنٹس، گھر میں تبدیلیاں۔
mr-changes-example = "میں نے اکتوبر میں بچوں کی پرورش کا ایک کورس (parenting course) شروع کیا۔ میں نے ایک بھی سیشن نہیں چھوڑا۔"
mr-agree-label = رپورٹ میں جن باتوں سے میں متفق ہوں
mr-agree-prompt = وہ فکریں جن سے آپ متفق ہیں۔ یہ کہنے سے پتا چلتا ہے کہ آپ انہیں سمجھتے ہیں۔
mr-agree-example = "میں متفق ہوں کہ جب ہیٹنگ خراب ہوئی تھی تو گھر محفوظ نہیں تھا۔"
mr-disagree-label = رپورٹ میں جن باتوں سے میں متفق نہیں ہوں، اور کیوں
mr-disagree-prompt = رپورٹ میں کیا غلط ہے یا کیا چھوٹ گیا ہے، اور اس بات کا ثبوت کیا ہے: تاریخیں، کس نے دیکھا، خط یا میسج۔
mr-disagree-example = "رپورٹ میں لکھا ہے کہ میں نے دو ملاقاتیں چھوڑ دیں۔ ان دونوں دنوں مجھے ہسپتال میں رہنا پڑا۔ میرے پاس ہسپتال کا خط ہے۔"
mr-disagree-reply = رپورٹ کی ہر بات کا الگ الگ جواب دینے کے لیے "کسی رپورٹ کا جواب دیں" والا خط استعمال کریں۔
mr-help-label = وہ مدد جس سے فرق پڑے گا
mr-help-prompt = کون سی مدد آپ کے خاندان کے کام آئے گی، اور یہ مدد کون دے سکتا ہے۔
mr-help-example = "منگل کے دن بچوں کی دیکھ بھال میں مدد، تاکہ میں اپنے کورس میں جا سکوں۔"
mr-family-label = خاندان اور دوست جو مدد کر سکتے ہیں
mr-family-prompt = آپ کے خاندان یا دوستوں میں سے کون مدد کر سکتا ہے، اور کیسے۔
mr-family-example = "میری امی ہفتے میں تین دن سیم کو اسکول سے لے سکتی ہیں۔"
mr-family-fgc = آپ کا خاندان اور دوست خاندانی گروپ کانفرنس (family group conference) میں مل کر ایک پلان بھی بنا سکتے ہیں۔
mr-wishes-label = میرا بچہ کیا چاہتا ہے اور کیسا محسوس کرتا ہے
mr-wishes-prompt = یہ صرف تب لکھیں جب آپ کا بچہ چاہے: اس نے کیا کہا ہے کہ وہ کیسا محسوس کرتا ہے اور کیا چاہتا ہے۔
mr-wishes-example = "سیم کہتا ہے کہ وہ اپنے اسی اسکول میں رہنا چاہتا ہے، اور ہفتے کے آخر میں اپنے ابو سے ملنا چاہتا ہے۔"
mr-hopes-label = میری خواہش: آگے کیا ہو
mr-hopes-prompt = آپ چاہتے ہیں کہ کانفرنس کیا فیصلہ کرے، اور کیوں۔
mr-hopes-example = "میری خواہش ہے کہ ہمیں خاندان کی مدد کرنے والے کارکن (family support worker) سے مدد ملے، بچوں کے تحفظ کے پلان کے بغیر۔"

mr-preview = آپ کی رپورٹ
mr-load-failed = آپ کی رپورٹ دکھائی نہیں جا سکی۔ اپنا کنکشن چیک کریں اور یہ صفحہ دوبارہ کھولیں۔
mr-nothing-yet = اوپر کسی بھی حصے میں لکھیں، اور آپ کی رپورٹ یہاں نظر آئے گی۔
mr-copy = رپورٹ کاپی کریں
mr-share = رپورٹ شیئر کریں
mr-print = رپورٹ پرنٹ کریں
mr-download = رپورٹ ڈاؤن لوڈ کریں
mr-downloaded = رپورٹ ڈاؤن لوڈ ہو گئی ہے۔
mr-copied = رپورٹ کاپی ہو گئی ہے۔ آپ اسے کسی ای میل یا میسج میں پیسٹ کر سکتے ہیں۔
mr-copy-failed = معاف کیجیے، اس فون نے اسے کاپی نہیں کیا۔ آپ اسے ڈاؤن لوڈ یا پرنٹ کر سکتے ہیں۔
mr-mark-sent = میں نے اپنی رپورٹ بھیج دی ہے: اس کی کاپی رکھیں
mr-saved-sent = اس کی ایک کاپی آج کی تاریخ کے ساتھ خطوں والے صفحے پر رکھ دی گئی ہے۔

# When to send it. $conference is the date written out, $days the days from today.
mr-send-heading = اسے کب اور کس کو بھیجیں
mr-send-who = اسے کانفرنس سے پہلے سوشل ورکر اور کانفرنس کے چیئرپرسن کو بھیجیں۔ جتنی جلدی ہو سکے بھیجیں، تاکہ سب کے پاس اسے پڑھنے کا وقت ہو۔
mr-send-when = { $days ->
        [0] آپ کی کانفرنس آج ہے، { $conference }۔ اپنی رپورٹ کی کاپیاں ساتھ لے جائیں، اور چیئرپرسن سے کہیں کہ وہ آپ کی رپورٹ سب کے ساتھ شیئر کریں۔
        [1] آپ کی کانفرنس کل ہے، { $conference }۔ اپنی رپورٹ آج ہی بھیج دیں۔
       *[other] آپ کی کانفرنس { $conference } کو ہے، { $days } دن میں۔
    }
mr-send-past = کانفرنس کی وہ تاریخ گزر چکی ہے۔ اگلی کانفرنس کے لیے، اوپر اس کی تاریخ لکھیں۔
mr-send-no-date = یہ دیکھنے کے لیے کہ آپ کے پاس کتنا وقت ہے، اوپر کانفرنس کی تاریخ لکھیں۔
mr-send-nothing = اس گائیڈ سے کچھ نہیں بھیجا جاتا۔ آپ اپنی رپورٹ کاپی، شیئر، پرنٹ یا ڈاؤن لوڈ کریں، اور خود بھیجیں۔
