# "رپورٹ کو سمجھیں": سوشل ورکر کی رپورٹ، میٹنگ کی کارروائی، پلان یا خط میں آنے والے الفاظ کا مطلب، اردو میں۔
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# "Understand a report": what the words in a social worker's report, the minutes, a plan or a
# letter mean. One explanation per term (rt-<id>), with its source above it, and for words that
# judge parents a question the parent could ask (rt-<id>-question). Plain English, reading age
# about 9 to 11. Every sentence is ours; the sources are for checking the facts.
# The ids are the catalogue's (src/core/report_terms/catalogue.rs): never rename one.

## The page (its interface; the terms follow)

rp-intro = کسی رپورٹ، میٹنگ کی کارروائی، پلان یا خط کے الفاظ یہاں پیسٹ کریں یا لکھیں۔ جن الفاظ کا مطلب ہمیں معلوم ہے، ان پر نشان لگ جاتا ہے۔ نشان والے لفظ پر ٹیپ کریں، تو اس کا مطلب نظر آئے گا۔
rp-private = آپ کے الفاظ اسی فون پر رہتے ہیں۔ یہ کہیں نہیں بھیجے جاتے۔ جب آپ یہ صفحہ چھوڑیں گے تو یہ مٹ جائیں گے، اگر آپ نے انہیں رکھا نہ ہو۔
rp-text-label = آپ کی رپورٹ کے الفاظ
rp-open-file = یا کوئی ٹیکسٹ فائل (.txt) کھولیں
rp-file-wrong = یہ فائل متن کے طور پر پڑھی نہیں جا سکی۔ اس کے بجائے اس میں سے الفاظ کاپی کریں اور یہاں پیسٹ کریں۔
rp-keep = یہ رپورٹ میرے فون پر رکھیں
rp-keep-hint = یہ آپ کے دوسرے نوٹس کی طرح رکھی جاتی ہے۔ اگر آپ نے پاس کوڈ لگایا ہے تو یہ اس سے لاک رہتی ہے۔ "میرا سارا ڈیٹا ڈیلیٹ کریں" سے یہ بھی ڈیلیٹ ہو جاتی ہے۔
rp-clear = الفاظ مٹائیں
rp-summary = { $count ->
    [0] ابھی ہماری فہرست کا کوئی لفظ نہیں ملا۔
    [one] ہمیں 1 لفظ ملا جس کا مطلب شاید آپ جاننا چاہیں۔
   *[other] ہمیں { $count } الفاظ ملے جن کا مطلب شاید آپ جاننا چاہیں۔
}
rp-marked-heading = آپ کے الفاظ، نشان لگے لفظوں کے ساتھ
rp-list-heading = آپ کے الفاظ میں یہ لفظ ملے
rp-explain-close = بند کریں
rp-reply = اس جملے کا جواب خط میں دیں
rp-replied = یہ جملہ رپورٹ کے بارے میں آپ کے جواب میں شامل ہو گیا ہے۔
rp-open-reply = جواب کھولیں
rp-source-note = یہ معلومات کہاں سے ہیں: انگلینڈ اور ویلز کا قانون اور رہنمائی۔ کوئی بھی اہم بات اپنے وکیل (solicitor) یا حمایتی (advocate) سے ضرور پوچھ لیں۔
rp-ask = آپ یہ سوال پوچھ سکتے ہیں
rp-add-question = "میرے سوالات" میں شامل کریں
rp-question-added = "میرے سوالات" میں شامل ہو گیا۔
rp-see-glossary = الفاظ کی فہرست میں مزید
rp-nothing-yet = ابھی سمجھانے کے لیے کچھ نہیں۔ اوپر کچھ الفاظ پیسٹ کریں۔

rt-group-law = قانون اور طریقہ کار
rt-group-people = لوگ
rt-group-health-school = صحت اور اسکول
rt-group-about-parents = وہ الفاظ جو پیشہ ور افراد والدین کے بارے میں استعمال کرتے ہیں

## The law and the process

# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures s3 pt2
rt-child-protection-conference = آپ کے بچے کی حفاظت کے بارے میں ایک میٹنگ۔ بچوں کی سروسز یہ میٹنگ تب بلاتی ہیں جب انہیں سخت فکر ہو کہ آپ کے بچے کو نقصان پہنچ رہا ہے، یا پہنچ سکتا ہے۔ آپ کو بھی بلایا جاتا ہے۔ یہ عدالت نہیں ہے۔
# source: Working Together to Safeguard Children 2023 ch. 4 (within 15 working days of the strategy discussion); Wales Safeguarding Procedures s3 pt2
rt-icpc = ICPC کا مطلب ہے بچوں کے تحفظ کی ابتدائی کانفرنس (initial child protection conference)۔ یہ آپ کے بچے کے بارے میں پہلی کانفرنس ہوتی ہے۔ یہ فیصلہ کرتی ہے کہ کیا آپ کے بچے کو بچوں کے تحفظ کے پلان کی ضرورت ہے۔ یہ عام طور پر حکمتِ عملی کی بات چیت (strategy discussion) کے 15 کام کے دنوں کے اندر ہوتی ہے۔
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt, 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 ch. 4
rt-review-conference = RCPC کا مطلب ہے بچوں کے تحفظ کی نظرِ ثانی کانفرنس (review child protection conference)۔ یہ دیکھتی ہے کہ پلان کیسا چل رہا ہے، اور کیا اس کی اب بھی ضرورت ہے۔ پہلی نظرِ ثانی کانفرنس، پہلی کانفرنس کے 3 مہینے کے اندر ہوتی ہے۔ پھر کم از کم ہر 6 مہینے میں۔
# source: Family Rights Group glossary; Wales Safeguarding Procedures s3 pt2 (pre-birth conference)
rt-pre-birth-conference = بچوں کے تحفظ کی کانفرنس جو بچے کی پیدائش سے پہلے ہوتی ہے۔ یہ فیصلہ کرتی ہے کہ کیا بچے کو پیدائش سے ہی پلان کی ضرورت ہو گی۔
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4
rt-child-protection-plan = CPP کا مطلب ہے بچوں کے تحفظ کا پلان (child protection plan)۔ یہ بچے کو محفوظ رکھنے کے لیے بنایا گیا پلان ہے۔ اس میں لکھا ہوتا ہے کہ کیا بدلنا ضروری ہے، کون کیا کرے گا، اور کب تک۔ یہ آپ کی والدین کی ذمہ داری (parental responsibility) ختم نہیں کرتا۔
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (outline plan at the conference, detailed plan by the core group)
rt-outline-plan = پہلا، مختصر پلان جو کانفرنس میں بنتا ہے۔ پھر بنیادی گروپ (core group) اسے ایک پورے، تفصیلی پلان میں بدلتا ہے۔
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures (common abbreviation)
rt-cp = CP بچوں کے تحفظ (child protection) کا مختصر نام ہے: یعنی بچے کو سنگین نقصان سے محفوظ رکھنے کا کام۔
# source: Children Act 1989 s17(10); Social Services and Well-being (Wales) Act 2014 Part 3 (Wales speaks of care and support needs)
rt-child-in-need = { $nation ->
        [wales] CIN کا مطلب ہے ضرورت مند بچہ (child in need): ایسا بچہ جسے صحت مند رہنے اور اچھی طرح بڑھنے کے لیے اضافی مدد چاہیے، یا جو معذور ہو۔ ویلز کا قانون اب اسے ایسا بچہ کہتا ہے جس کی دیکھ بھال اور مدد کی ضرورتیں ہوں (care and support needs)۔
       *[england] CIN کا مطلب ہے ضرورت مند بچہ (child in need): ایسا بچہ جسے صحت مند رہنے اور اچھی طرح بڑھنے کے لیے کونسل سے اضافی مدد چاہیے، یا جو معذور ہو۔ یہ نام بچوں کے قانون Children Act 1989 کے سیکشن 17 سے آیا ہے۔
    }
# source: Children Act 1989 s17; Working Together to Safeguard Children 2023 ch. 3; 002_d34d1fa72bfe9724.txt
rt-child-in-need-plan = { $nation ->
        [wales] بچے اور خاندان کی مدد کا ایک پلان، جو انگلینڈ میں استعمال ہوتا ہے۔ ویلز میں اس پلان کو دیکھ بھال اور مدد کا پلان (care and support plan) کہتے ہیں۔
       *[england] بچے اور خاندان کی مدد کا ایک پلان۔ یہ تب استعمال ہوتا ہے جب بچوں کے تحفظ کا پلان نہ ہو، یا جب وہ ختم ہو جائے۔ یہ آپ کی رضامندی سے ہوتا ہے: آپ پر زبردستی نہیں تھوپا جاتا۔
    }
# source: Social Services and Well-being (Wales) Act 2014 s54; 002_d34d1fa72bfe9724.txt
rt-care-and-support-plan = ویلز میں، بچے اور خاندان کی مدد کا ایک پلان۔ یہ تب استعمال ہوتا ہے جب دیکھ بھال، مدد اور تحفظ کا پلان (care and support protection plan) نہ ہو۔
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures s3 pt2
rt-care-and-support-protection-plan = ویلز میں، وہ پلان جو بچوں کے تحفظ کی کانفرنس میں بچے کو محفوظ رکھنے کے لیے بنایا جاتا ہے۔ جب تک یہ پلان چلتا ہے، بچے کا نام بچوں کے تحفظ کے رجسٹر (child protection register) میں رہتا ہے۔
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (content review L12)
rt-child-protection-register = ویلز میں، ان بچوں کی ایک نجی فہرست جن کا دیکھ بھال، مدد اور تحفظ کا پلان ہے۔ اسے صرف پیشہ ور افراد دیکھ سکتے ہیں۔ یہ کوئی مجرمانہ ریکارڈ نہیں ہے۔
# source: Working Together to Safeguard Children 2023 (categories of abuse); Wales Safeguarding Procedures (adds financial abuse)
rt-category-of-harm = { $nation ->
        [wales] نقصان کی وہ بڑی قسم جس کی کانفرنس کو فکر ہے: جسمانی، جنسی، جذباتی یا نفسیاتی بدسلوکی، غفلت، یا مالی بدسلوکی۔
       *[england] نقصان کی وہ بڑی قسم جس کی کانفرنس کو فکر ہے: جسمانی بدسلوکی، جنسی بدسلوکی، جذباتی بدسلوکی یا غفلت۔
    }
# source: Working Together to Safeguard Children 2023 (definition of physical abuse)
rt-physical-abuse = جان بوجھ کر بچے کے جسم کو تکلیف پہنچانا، مثلاً مارنا، جھنجھوڑنا، جلانا یا زہر دینا۔ اس میں جان بوجھ کر بچے کو بیمار کرنا بھی شامل ہے۔
# source: Working Together to Safeguard Children 2023 (definition of emotional abuse); Wales Safeguarding Procedures ("emotional or psychological abuse")
rt-emotional-abuse = بچے کے ساتھ بار بار ایسا سلوک کرنا جس سے اس کے جذبات اور نشوونما کو بہت نقصان پہنچے۔ مثلاً اسے یہ احساس دلانا کہ اس کی کوئی قدر نہیں، یا اسے ڈرا کر رکھنا۔ یا اسے گھریلو بدسلوکی (domestic abuse) دیکھنے یا سننے دینا۔
# source: Working Together to Safeguard Children 2023 (definition of sexual abuse)
rt-sexual-abuse = کسی بچے کو جنسی کاموں میں شامل کرنا یا شامل ہونے دینا، یا اسے جنسی چیزیں دکھانا۔ یہ آن لائن بھی ہو سکتا ہے۔
# source: Working Together to Safeguard Children 2023 (definition of neglect)
rt-neglect = بچے کی بنیادی ضرورتیں بار بار پوری نہ کرنا، جس سے اس کی صحت یا نشوونما کو بہت نقصان پہنچے۔ مثلاً بچے کو کافی کھانا نہ ملنا، اسے گرم نہ رکھنا، یا اس کی حفاظت، علاج یا نگرانی نہ ہونا۔
# source: Wales Safeguarding Procedures (categories of abuse and neglect in Wales)
rt-financial-abuse = ویلز میں، نقصان کی ایک قسم جو پلان میں لکھی جا سکتی ہے۔ اس کا مطلب ہے بچے کا پیسہ یا چیزیں لے لینا یا غلط استعمال کرنا۔ یا جو پیسہ بچے کے لیے ہے، اس سے اس کی ضرورتیں پوری نہ کرنا۔
# source: Children Act 1989 s31(9)-(10) and s47; 001_ae30d34ab232a286.txt
rt-significant-harm = ایسا نقصان جو اتنا سنگین ہو کہ بچے کی صحت یا نشوونما پر اثر ڈالے۔ بچوں کے تحفظ کی کانفرنس کو اسی کی فکر ہوتی ہے۔
# source: Children Act 1989 s47; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures ("a47 enquiries")
rt-section-47-enquiries = وہ جانچ پڑتال جو بچوں کی سروسز کو لازمی کرنی ہوتی ہے، جب انہیں لگے کہ کسی بچے کو سنگین نقصان (significant harm) کا خطرہ ہو سکتا ہے۔ یہ نام بچوں کے قانون Children Act 1989 کے سیکشن 47 سے آیا ہے۔ سوشل ورکر آپ سے، آپ کے بچے سے اور دوسرے لوگوں سے بات کرتے ہیں۔
# source: Children Act 1989 s17
rt-section-17 = بچوں کے قانون Children Act 1989 کا سیکشن 17۔ اس کے تحت کونسل ضرورت مند بچے (child in need) اور اس کے خاندان کو مدد اور سروسز دے سکتی ہے۔ سیکشن 17 کے تحت مدد لینا آپ کی مرضی پر ہے۔
# source: Children Act 1989 s20(7)-(8); CONTENT-FACTS.md second round (content review)
rt-section-20 = بچوں کے قانون Children Act 1989 کا سیکشن 20۔ آپ کی رضامندی سے آپ کا بچہ کہیں اور رہتا ہے، مثلاً فوسٹر کیئررز (foster carers) کے پاس۔ یہ عدالت کا حکم نہیں ہے۔ جس والد یا والدہ کے پاس والدین کی ذمہ داری (parental responsibility) ہو، وہ اسے ختم کر کے بچے کو گھر لا سکتے ہیں۔ پہلے کسی وکیل سے مشورہ لیں۔
# source: Social Services and Well-being (Wales) Act 2014 s76; cyfraith.llyw.cymru "Diogelu"
rt-section-76 = ویلز میں، Social Services and Well-being (Wales) Act 2014 کا سیکشن 76۔ آپ کی رضامندی سے آپ کا بچہ کہیں اور رہتا ہے، مثلاً فوسٹر کیئررز (foster carers) کے پاس۔ یہ عدالت کا حکم نہیں ہے، اور آپ اسے ختم کر سکتے ہیں۔ پہلے کسی وکیل سے مشورہ لیں۔
# source: Children Act 1989 s31
rt-section-31 = بچوں کے قانون Children Act 1989 کا سیکشن 31۔ یہ قانون کا وہ حصہ ہے جس کے تحت عدالت دیکھ بھال کا حکم (care order) یا نگرانی کا حکم (supervision order) دے سکتی ہے۔
# source: Children Act 1989 s31(2); Practice Direction 12A (threshold document)
rt-threshold = فکر کی وہ حد جس تک پہنچنا ضروری ہے، اس سے پہلے کہ کوئی قدم اٹھایا جا سکے۔ دیکھ بھال کا حکم (care order) دینے سے پہلے عدالت کو یہ طے کرنا ہوتا ہے کہ بچے کو سنگین نقصان پہنچ رہا ہے، یا پہنچنے کا امکان ہے۔ یہ نقصان اس دیکھ بھال کی وجہ سے ہونا چاہیے جو بچے کو مل رہی ہے۔ threshold document ایک دستاویز ہے جس میں وہ حقائق لکھے ہوتے ہیں جن کے بارے میں کونسل کہتی ہے کہ ان سے یہ بات ثابت ہوتی ہے۔
# source: Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures
rt-strategy-discussion = بچے کے بارے میں فکر کی باتوں پر بچوں کی سروسز، پولیس، صحت کے عملے اور دوسروں کے درمیان بات چیت۔ اس میں طے ہوتا ہے کہ کیا سیکشن 47 کی تحقیقات (section 47 enquiries) کی ضرورت ہے۔ یہ کانفرنس سے پہلے ہوتی ہے۔
# source: Working Together to Safeguard Children 2023 ch. 3 (assessment within 45 working days); 004_cdfde2f55ea0fb42.txt (Wales: 42 working days from the start of section 47 enquiries)
rt-assessment = { $nation ->
        [wales] جب سوشل ورکر آپ کے بچے کی ضرورتوں اور آپ کے خاندان کے بارے میں معلوم کرتے ہیں۔ وہ آپ سے، آپ کے بچے سے اور دوسروں سے بات کرتے ہیں، پھر جو پتا چلا وہ لکھ لیتے ہیں۔ جب بچے کا پلان ہو، تو یہ تحقیقات (enquiries) شروع ہونے کے 42 کام کے دنوں کے اندر مکمل ہو جانا چاہیے۔
       *[england] جب سوشل ورکر آپ کے بچے کی ضرورتوں اور آپ کے خاندان کے بارے میں معلوم کرتے ہیں۔ وہ آپ سے، آپ کے بچے سے اور دوسروں سے بات کرتے ہیں، پھر جو پتا چلا وہ لکھ لیتے ہیں۔ یہ 45 کام کے دنوں کے اندر مکمل ہو جانا چاہیے۔
    }
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures
rt-contingency-plan = ایک پلان کہ اگر اصل پلان کام نہ کرے، یا کچھ غلط ہو جائے، تو کیا ہو گا۔
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (first meeting within 10 working days)
rt-core-group = پیشہ ور افراد اور خاندان کے لوگوں کا ایک چھوٹا گروپ جو پلان پر عمل کرواتا ہے۔ عام طور پر آپ بھی اس کے رکن ہوتے ہیں۔ اس کی پہلی میٹنگ کانفرنس کے 10 کام کے دنوں کے اندر ہوتی ہے۔
# source: Family Rights Group (family group conferences); 000_1e1dbaff73eac1a8.txt
rt-family-group-conference = FGC کا مطلب ہے خاندانی گروپ کانفرنس (family group conference)۔ آپ کا خاندان اور دوست مل کر آپ کے بچے کو محفوظ رکھنے کے لیے اپنا پلان بناتے ہیں۔ آپ بچوں کی سروسز سے اس کے لیے کہہ سکتے ہیں۔
# source: 002_d34d1fa72bfe9724.txt; 000_1e1dbaff73eac1a8.txt
rt-legal-planning-meeting = ایک میٹنگ جس میں بچوں کی سروسز قانونی مشورہ لیتی ہیں کہ عدالت جانا ہے یا نہیں۔ والدین اس میٹنگ میں نہیں ہوتے۔ اس کے بعد عدالتی کارروائی سے پہلے کا خط (letter before proceedings) آ سکتا ہے۔
# source: 002_d34d1fa72bfe9724.txt; Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5 (content review M1)
rt-letter-before-proceedings = LBP کا مطلب ہے عدالتی کارروائی سے پہلے کا خط (letter before proceedings)۔ اس میں لکھا ہوتا ہے کہ بچوں کی سروسز عدالت جانے کا سوچ رہی ہیں، اور آپ اس سے بچنے کے لیے کیا کر سکتے ہیں۔ اسے فوراً بچوں کے قانون کے ماہر وکیل کے پاس لے جائیں۔ اس مرحلے پر قانونی مشورہ مفت ہے، چاہے آپ کی آمدنی کچھ بھی ہو۔
# source: 002_d34d1fa72bfe9724.txt
rt-letter-of-issue = بچوں کی سروسز کا ایک خط، جس میں لکھا ہوتا ہے کہ وہ عدالت جا رہی ہیں۔ اسے فوراً بچوں کے قانون کے ماہر وکیل کے پاس لے جائیں۔
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
rt-plo = PLO کا مطلب ہے Public Law Outline۔ یہ وہ قواعد ہیں جن پر کونسلیں بچوں کے بارے میں عدالتی مقدموں سے پہلے اور ان کے دوران عمل کرتی ہیں۔ عدالت سے پہلے کا مرحلہ (pre-proceedings) عدالتی کارروائی سے پہلے کے خط (letter before proceedings) سے شروع ہوتا ہے۔ یہ تبدیلیاں لانے اور عدالت سے بچنے کا ایک موقع ہے۔
# source: Practice Direction 12A; Department for Education, Court orders and pre-proceedings (2014)
rt-pre-proceedings-meeting = عدالتی کارروائی سے پہلے کے خط (letter before proceedings) کے بعد ہونے والی میٹنگ۔ آپ اپنے وکیل کے ساتھ جاتے ہیں۔ کونسل بتاتی ہے کہ کیا بدلنا ضروری ہے، اور آپ بتا سکتے ہیں کہ آپ کو کیا مدد چاہیے۔
# source: 003_23392368096e3b46.txt; Wales Safeguarding Procedures (corrections within 10 working days)
rt-minutes = میٹنگ کے لکھے ہوئے نوٹس۔ آپ کو اس کی ایک کاپی ملنی چاہیے۔ اگر اس میں کوئی بات غلط ہو تو چیئرپرسن (chair) کو بتائیں۔
# source: Children Act 1989 ss2-3; council guidance (a plan does not remove it)
rt-parental-responsibility = PR کا مطلب ہے والدین کی ذمہ داری (parental responsibility): وہ حقوق اور فرائض جو والدین کے اپنے بچے کے لیے ہوتے ہیں۔ بچوں کے تحفظ کا پلان اسے ختم نہیں کرتا۔
# source: Working Together to Safeguard Children 2023 (timescales in working days); Wales Safeguarding Procedures
rt-working-day = پیر سے جمعہ تک، بینک کی چھٹیوں کو چھوڑ کر۔
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5; Family Rights Group (content review M1)
rt-legal-aid = وکیل کی فیس ادا کرنے کے لیے حکومت کی مدد۔ شروع میں یہ آپ کی آمدنی پر منحصر ہے۔ جب آپ کو عدالتی کارروائی سے پہلے کا خط (letter before proceedings) مل جائے، تو یہ مفت ہے، چاہے آپ کی آمدنی کچھ بھی ہو۔ عدالتی مقدمے کے لیے بھی یہ مفت ہے۔
# source: Local Government and Social Care Ombudsman and Public Services Ombudsman for Wales fact sheets
rt-ombudsman = ایک آزاد سروس جو کونسلوں کے بارے میں شکایات دیکھتی ہے، جب کونسل کا اپنا شکایت کا طریقہ پورا ہو چکا ہو۔ یہ دیکھتی ہے کہ کونسل نے کیسے کام کیا۔ یہ کانفرنس کا فیصلہ نہیں بدل سکتی۔
# source: 003_23392368096e3b46.txt; Children Act 2004 s18 (director of children's services)
rt-childrens-services = آپ کی کونسل کا وہ حصہ جو بچوں اور خاندانوں کے ساتھ کام کرتا ہے۔ اسے children's social care (CSC) یا سوشل سروسز (social services) بھی کہتے ہیں۔
# source: Children Act 1989 s105 (local authority); Social Services and Well-being (Wales) Act 2014 s197
rt-local-authority = LA کا مطلب ہے لوکل اتھارٹی (local authority): یعنی آپ کی کونسل۔
# source: Children Act 1989 (legislation.gov.uk)
rt-children-act-1989 = انگلینڈ اور ویلز میں بچوں کے بارے میں سب سے اہم قانون۔ اس میں والدین کی ذمہ داری، خاندانوں کے لیے مدد، اور یہ بات لکھی ہے کہ عدالتیں کب حکم دے سکتی ہیں۔
# source: Social Services and Well-being (Wales) Act 2014 (legislation.gov.uk); cyfraith.llyw.cymru "Diogelu"
rt-sswba = ویلز کا وہ قانون جو سوشل سروسز سے ملنے والی مدد اور سہارے کے بارے میں ہے، اور بچوں اور بڑوں کو محفوظ رکھنے کے بارے میں۔ اسے اکثر 2014 کا قانون (the 2014 Act) کہتے ہیں۔
# source: Working Together to Safeguard Children 2023 (statutory guidance, GOV.UK)
rt-working-together = انگلینڈ میں پیشہ ور افراد کے لیے حکومت کی رہنمائی، کہ بچوں کو محفوظ کیسے رکھا جائے۔ اس کا سب سے نیا ورژن 2023 کا ہے۔ اس میں لکھا ہے کہ بچوں کے تحفظ کا کام کیسے ہونا چاہیے۔
# source: Wales Safeguarding Procedures 2019 (safeguarding.wales), which replaced the All Wales Child Protection Procedures 2008
rt-wales-safeguarding-procedures = وہ قواعد جن پر ویلز میں پیشہ ور افراد بچوں اور بڑوں کو محفوظ رکھنے کے لیے عمل کرتے ہیں۔ 2019 میں انہوں نے پرانے All Wales Child Protection Procedures کی جگہ لی۔
# source: Children Act 1989 ss44-45 (up to 8 days, can be extended by up to 7)
rt-epo = EPO کا مطلب ہے ہنگامی حفاظت کا حکم (emergency protection order)۔ جب بچہ ابھی اسی وقت خطرے میں ہو تو عدالت یہ حکم دے سکتی ہے۔ یہ 8 دن تک رہ سکتا ہے، اور اسے مزید 7 دن تک بڑھایا جا سکتا ہے۔ فوراً وکیل سے رابطہ کریں۔
# source: Children Act 1989 s46 (up to 72 hours)
rt-police-protection = پولیس کسی بچے کو محفوظ جگہ لے جا سکتی ہے، یا اسے کسی محفوظ جگہ روکے رکھ سکتی ہے، اگر انہیں لگے کہ ورنہ بچے کو بہت نقصان پہنچے گا۔ یہ 72 گھنٹے تک رہ سکتا ہے۔ یہ عدالت کا حکم نہیں ہے۔
# source: Children Act 1989 s38
rt-ico = ICO کا مطلب ہے عارضی دیکھ بھال کا حکم (interim care order): عدالت کا تھوڑی مدت کا دیکھ بھال کا حکم، جب تک مقدمہ چل رہا ہو۔ آپ کے بچے کی والدین کی ذمہ داری (parental responsibility) کونسل کو بھی مل جاتی ہے، یعنی یہ آپ اور کونسل دونوں کے پاس ہوتی ہے۔ عدالت میں والدین کے لیے قانونی امداد (legal aid) مفت ہے۔
# source: Children Act 1989 ss31, 33
rt-care-order = عدالت کا حکم جس سے کونسل کو بچے کی والدین کی ذمہ داری (parental responsibility) مل جاتی ہے۔ کونسل یہ ذمہ داری والدین کے ساتھ بانٹتی ہے، اور یہ حد لگا سکتی ہے کہ والدین اسے کیسے استعمال کریں۔ یہ حکم بچے کے 18 سال کا ہونے تک رہتا ہے، جب تک عدالت اسے ختم نہ کر دے۔
# source: Children Act 1989 s35 and Sch. 3 (up to 1 year, can be extended up to 3 years)
rt-supervision-order = عدالت کا حکم جس سے بچہ ایک سوشل ورکر کی نگرانی میں آ جاتا ہے۔ بچہ عام طور پر گھر پر ہی رہتا ہے۔ یہ حکم 1 سال تک رہتا ہے، اور اسے بڑھایا جا سکتا ہے۔
# source: Children Act 1989 ss14A-14C
rt-sgo = SGO کا مطلب ہے خاص سرپرستی کا حکم (special guardianship order)۔ عدالت کسی شخص کو، اکثر کسی رشتہ دار کو، بچے کے 18 سال کا ہونے تک اس کا خاص سرپرست (special guardian) بنا دیتی ہے۔ روزمرہ کے زیادہ تر فیصلے خاص سرپرست کرتا ہے۔ والدین کی ذمہ داری والدین کے پاس رہتی ہے، لیکن فیصلوں میں ان کا اختیار کم ہوتا ہے۔
# source: Children Act 1989 s8
rt-child-arrangements-order = CAO کا مطلب ہے بچے کے انتظامات کا حکم (child arrangements order)۔ یہ عدالت کا حکم ہے جس میں لکھا ہوتا ہے کہ بچہ کس کے ساتھ رہے گا، اور دوسرے لوگوں کے ساتھ کب وقت گزارے گا۔
# source: Children Act 1989 s31 and s32 (26 weeks); Civil Legal Aid regulations (free for parents)
rt-care-proceedings = ایک عدالتی مقدمہ جس میں کونسل عدالت سے دیکھ بھال کا حکم (care order) یا نگرانی کا حکم (supervision order) مانگتی ہے۔ اسے 26 ہفتوں کے اندر ختم ہو جانا چاہیے۔ والدین کو مفت قانونی امداد (legal aid) ملتی ہے۔ فوراً بچوں کے قانون کے ماہر وکیل سے رابطہ کریں۔
# source: Adoption and Children Act 2002 s21
rt-placement-order = عدالت کا حکم جس کے تحت کونسل بچے کو ایسے لوگوں کے پاس رکھ سکتی ہے جو شاید اسے گود لیں۔ اگر آپ یہ لفظ سنیں تو فوراً اپنے وکیل سے بات کریں۔
# source: Practice Direction 12A (Public Law Outline stages)
rt-irh = IRH کا مطلب ہے issues resolution hearing، یعنی مسئلے حل کرنے کی سماعت۔ یہ دیکھ بھال کے عدالتی مقدمے (care proceedings) کے آخر کے قریب عدالت کی ایک سماعت ہے۔ اس میں طے ہوتا ہے کہ سب کس بات پر متفق ہیں، اور کس بات پر ابھی اختلاف ہے۔
# source: Practice Direction 12A (Public Law Outline stages)
rt-cmh = CMH کا مطلب ہے case management hearing، یعنی کیس کے انتظام کی سماعت۔ یہ دیکھ بھال کے عدالتی مقدمے (care proceedings) کی شروع کی ایک سماعت ہے، جس میں کیس کی منصوبہ بندی ہوتی ہے: کون سی رپورٹیں چاہئیں، اور کب تک۔
# source: Practice Direction 12A (Public Law Outline stages)
rt-final-hearing = کسی مقدمے میں عدالت کی آخری سماعت، جس میں جج یا مجسٹریٹ (magistrates) فیصلہ کرتے ہیں کہ کون سے حکم دینے ہیں۔
# source: FDAC National Unit / Centre for Justice Innovation (Family Drug and Alcohol Court model)
rt-fdac = FDAC کا مطلب ہے Family Drug and Alcohol Court، یعنی منشیات اور شراب کی فیملی عدالت۔ کچھ علاقوں میں یہ دیکھ بھال کے مقدمے کی ایک الگ قسم ہے، ان والدین کے لیے جو منشیات یا شراب استعمال کرتے ہیں۔ وہی جج آپ سے بار بار ملتے ہیں، اور ایک ٹیم تبدیلیاں لانے میں آپ کی مدد کرتی ہے۔
# source: Children Act 1989 s31A (care plans in care proceedings)
rt-care-plan = عدالتی مقدمے میں، کونسل کا پلان کہ بچہ کہاں رہے گا اور اس کی دیکھ بھال کیسے ہو گی۔ دیکھ بھال کا حکم (care order) دینے سے پہلے عدالت یہ پلان پڑھتی ہے۔
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (care planning); Family Rights Group
rt-parallel-planning = ایک ہی وقت میں دو پلان بنانا: ایک بچے کے گھر واپس جانے کا، اور ایک کسی دوسرے گھر کا، اگر گھر واپسی نہ ہو سکے۔ ایسا اس لیے کیا جاتا ہے تاکہ بچے کو بہت دیر تک انتظار نہ کرنا پڑے۔
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (permanence)
rt-permanence = بچے کے لیے ایک محفوظ اور پکا گھر، جو اس کے پورے بچپن تک رہے۔ یہ اس کے والدین، رشتہ داروں یا فوسٹر کیئررز (foster carers) کے ساتھ ہو سکتا ہے، یا گود لیے جانے کے ذریعے۔
# source: NSPCC Reunification Practice Framework
rt-reunification = کہیں اور دیکھ بھال میں رہنے کے بعد بچے کا اپنے خاندان کے ساتھ رہنے کے لیے گھر واپس آنا۔
# source: Children Act 1989 s22; Social Services and Well-being (Wales) Act 2014 s74
rt-looked-after-child = LAC یا CLA کا مطلب ہے looked after child یا child looked after: یعنی ایسا بچہ جس کی دیکھ بھال کونسل کرتی ہے، عدالت کے حکم سے یا والدین کی رضامندی سے۔ ایسے زیادہ تر بچے فوسٹر کیئررز (foster carers) یا رشتہ داروں کے ساتھ رہتے ہیں۔
# source: Children Act 1989 s34 (contact with a child in care); Family Justice Young People's Board (the words "family time")
rt-family-time = وہ وقت جو بچہ اپنے والدین یا خاندان کے ساتھ گزارتا ہے، جب وہ ایک ساتھ نہیں رہتے۔ اسے ملاقات (contact) بھی کہتے ہیں۔ نگرانی والی (supervised) ملاقات کا مطلب ہے کہ وہاں کوئی پیشہ ور فرد موجود ہوتا ہے۔
# source: Family Rights Group (viability assessments of family and friends)
rt-viability-assessment = ایک پہلی، جلدی جانچ کہ کیا کوئی رشتہ دار یا دوست بچے کی دیکھ بھال کر سکتا ہے۔ اس کے بعد پورا جائزہ (assessment) ہو سکتا ہے۔
# source: Children Act 1989 s38(6); Family Rights Group
rt-residential-assessment = والد یا والدہ اور بچہ کچھ ہفتوں کے لیے ایک خاص جگہ پر رہتے ہیں۔ جب والد یا والدہ بچے کی دیکھ بھال کرتے ہیں، تو وہاں کا عملہ دیکھتا ہے اور مدد کرتا ہے۔
# source: Home Office, Multi Agency Working and Information Sharing Project (2014)
rt-mash = MASH کا مطلب ہے multi-agency safeguarding hub، یعنی کئی اداروں کا مل کر بچوں کی حفاظت کا مرکز۔ یہ ایک ٹیم ہے جس میں بچوں کی سروسز، پولیس، صحت کا عملہ اور دوسرے لوگ نئی فکر کی باتوں کے بارے میں معلومات شیئر کرتے ہیں، اور طے کرتے ہیں کہ کیا کرنا ہے۔
# source: Working Together to Safeguard Children 2023 ch. 3 (decision within one working day)
rt-referral = جب کوئی بچوں کی سروسز کو بتاتا ہے کہ اسے کسی بچے کی فکر ہے۔ بچوں کی سروسز کو ایک کام کے دن کے اندر فیصلہ کرنا چاہیے کہ کیا کرنا ہے۔
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures s3 pt2 (outcomes of enquiries)
rt-nfa = NFA کا مطلب ہے no further action، یعنی مزید کوئی کارروائی نہیں۔ بچوں کی سروسز نے، یا پولیس نے، فیصلہ کیا ہے کہ ابھی وہ مزید کچھ نہیں کریں گے۔
# source: SafeLives (MARAC guidance)
rt-marac = MARAC کا مطلب ہے multi-agency risk assessment conference۔ یہ ایک میٹنگ ہے جس میں پولیس، صحت کا عملہ، بچوں کی سروسز اور دوسرے لوگ معلومات شیئر کرتے ہیں، تاکہ گھریلو بدسلوکی (domestic abuse) کے زیادہ خطرے والے شخص کو بچایا جا سکے۔ خطرے والا شخص خود میٹنگ میں نہیں جاتا، لیکن ایک IDVA اس کی طرف سے بات کرتا ہے۔
# source: Criminal Justice Act 2003 s325; Ministry of Justice MAPPA guidance
rt-mappa = MAPPA کا مطلب ہے multi-agency public protection arrangements۔ پولیس، پروبیشن (probation) اور جیلیں مل کر ان لوگوں کی نگرانی کرتی ہیں جنہوں نے کچھ خاص جنسی یا پرتشدد جرم کیے ہیں۔
# source: SafeLives (Dash risk identification checklist)
rt-dash = DASH گھریلو بدسلوکی، پیچھا کرنے (stalking) اور ہراساں کرنے کے بارے میں سوالوں کی ایک فہرست ہے۔ پولیس اور دوسرے لوگ اس سے یہ اندازہ لگاتے ہیں کہ کسی شخص کو کتنا خطرہ ہے۔
# source: Working Together to Safeguard Children 2023 ch. 2 (early help)
rt-early-help = خاندان کی مدد، جیسے ہی مسئلے شروع ہوں، اور ان کے بڑھنے سے پہلے۔ یہ مدد لینا آپ کی مرضی پر ہے۔ ابتدائی مدد کا جائزہ (early help assessment یا EHA) دیکھتا ہے کہ کون سی مدد کام آئے گی۔
# source: Working Together to Safeguard Children 2023 ch. 2 (early help, lead practitioner)
rt-team-around-the-family = TAF یا TAC کا مطلب ہے team around the family (خاندان کے ساتھ ٹیم) یا team around the child (بچے کے ساتھ ٹیم)۔ جو پیشہ ور افراد کسی خاندان کے ساتھ کام کرتے ہیں، وہ خاندان سے ملتے ہیں اور سب مل کر مدد کا پلان بناتے ہیں۔
# source: Working Together to Safeguard Children 2023 (moving between child protection, child in need and early help)
rt-step-down = جب فکر کم ہو جائے، تو خاندان کو کم درجے کی مدد پر لے جانا۔ مثلاً بچوں کے تحفظ کے پلان سے ضرورت مند بچے کے پلان (child in need plan) پر، یا ابتدائی مدد (early help) پر۔
# source: Children and Social Work Act 2017; Working Together to Safeguard Children 2023 ch. 2
rt-safeguarding-partnership = انگلینڈ میں، کسی علاقے کی کونسل، NHS اور پولیس مل کر بچوں کو محفوظ رکھنے کا کام کرتے ہیں۔ انہیں safeguarding partners کہتے ہیں۔ اس کا پرانا نام LSCB ہے۔
# source: Social Services and Well-being (Wales) Act 2014 s134
rt-regional-safeguarding-board = ویلز میں، ہر علاقے کا ایک بورڈ، جو یقینی بناتا ہے کہ مختلف ادارے مل کر بچوں کو محفوظ رکھنے کا کام کریں۔
# source: Working Together to Safeguard Children 2023 (definition of safeguarding)
rt-safeguarding = ہر وہ کام جو بچوں کو نقصان سے بچانے کے لیے کیا جاتا ہے، اور انہیں محفوظ اور اچھی طرح بڑا ہونے میں مدد دینے کے لیے۔
# source: Working Together to Safeguard Children 2023
rt-multi-agency = مختلف سروسز کا مل کر کام کرنا، جیسے بچوں کی سروسز، صحت کا عملہ، اسکول اور پولیس۔
# source: Working Together to Safeguard Children 2023; local child protection procedures
rt-professionals-meeting = خاندان کے ساتھ کام کرنے والے پیشہ ور افراد کی میٹنگ، جس میں خاندان شامل نہیں ہوتا۔ پوچھیں کہ کن باتوں پر بات ہوئی، اور کیا اس کے نوٹس ہیں۔
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; local procedures (visit frequency differs by area)
rt-statutory-visit = وہ ملاقات جو سوشل ورکر کو قانون یا قواعد کے مطابق لازمی کرنی ہوتی ہے، مثلاً ایسے بچے سے جس کا پلان ہو۔ سوشل ورکر آپ کے بچے کو دیکھنا چاہیں گے، اور اکثر وہ جگہ بھی جہاں بچہ سوتا ہے۔
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (visits may be unannounced)
rt-unannounced-visit = سوشل ورکر کا پہلے بتائے بغیر گھر آنا۔ جب تک آپ کے بچے کا پلان ہے، ایسا ہو سکتا ہے۔
# source: Working Together to Safeguard Children 2023 (children seen alone during enquiries and assessments)
rt-seen-alone = سوشل ورکر نے آپ کی غیر موجودگی میں آپ کے بچے سے بات کی۔ یہ اس کام کا ایک عام حصہ ہے۔ اس سے بچہ کھل کر بات کر پاتا ہے۔
# source: Working Together to Safeguard Children 2023 (outcomes of section 47 enquiries); Wales Safeguarding Procedures s3 pt2 (concerns substantiated or not)
rt-substantiated = Substantiated کا مطلب ہے کہ فکر کی باتوں کی جانچ ہوئی اور وہ سچ نکلیں۔ Unsubstantiated کا مطلب ہے کہ یہ دکھانے کے لیے کافی ثبوت نہیں ملا کہ وہ سچ تھیں۔
# source: NSPCC Learning (recognising and responding to abuse: disclosures)
rt-disclosure = جب کوئی بچہ کسی کو نقصان کے بارے میں بتاتا ہے۔ اس کا مطلب یہ بھی ہو سکتا ہے کہ کوئی بڑا شخص پیشہ ور افراد کو اپنے بارے میں کوئی بات بتائے۔
# source: Ministry of Justice, Achieving Best Evidence in Criminal Proceedings (2022)
rt-abe-interview = ABE کا مطلب ہے achieving best evidence۔ یہ کسی بچے یا گواہ کا ویڈیو پر ریکارڈ کیا گیا انٹرویو ہے، جو خاص تربیت والے پولیس افسر یا سوشل ورکر کرتے ہیں۔ یہ انٹرویو عدالت میں استعمال ہو سکتا ہے۔
# source: Prosecution of Offences Act 1985; CPS (cps.gov.uk)
rt-cps = CPS کا مطلب ہے Crown Prosecution Service۔ یہ فیصلہ کرتی ہے کہ کیا کسی پر جرم کا باقاعدہ الزام (charge) لگایا جائے، اور مقدمے جرائم کی عدالت (criminal court) میں لے جاتی ہے۔
# source: Police and Criminal Evidence Act 1984 Part IV (pre-charge bail); Bail Act 1976
rt-bail = جب کسی گرفتار شخص کو چھوڑ دیا جاتا ہے، جب تک پولیس کی تفتیش یا عدالت کا مقدمہ چل رہا ہو۔ اسے ضمانت کہتے ہیں۔ ضمانت کی شرطیں (bail conditions) وہ اصول ہیں جن پر اسے چلنا ہوتا ہے، جیسے کسی خاص پتے پر نہ جانا۔
# source: Policing and Crime Act 2017 (pre-charge bail reform); College of Policing
rt-rui = RUI کا مطلب ہے released under investigation۔ پولیس نے کسی کو ضمانت (bail) کے بغیر چھوڑ دیا ہے، جبکہ جرم کی تفتیش ابھی جاری ہے۔ ضمانت کی کوئی شرطیں نہیں ہوتیں۔
# source: Family Law Act 1996 ss42-42A
rt-non-molestation-order = عدالت کا حکم جو کسی شخص کو تشدد کرنے یا تشدد کی دھمکی دینے سے روکتا ہے، یا کسی کو ہراساں کرنے یا تنگ کرنے سے روکتا ہے۔ اسے توڑنا جرم ہے۔
# source: Family Law Act 1996 ss33-38
rt-occupation-order = عدالت کا حکم کہ گھر میں کون رہ سکتا ہے۔ اس سے کسی شخص کو کچھ وقت کے لیے گھر سے باہر رکھا جا سکتا ہے۔
# source: Crime and Security Act 2010 ss24-33; Domestic Abuse Act 2021 Part 3
rt-dvpo = DVPN پولیس کا ایک نوٹس ہے اور DVPO عدالت کا ایک حکم۔ یہ کسی شخص کو 28 دن تک اس شخص کے گھر سے دور رکھتے ہیں جس کے ساتھ اس نے بدسلوکی کی ہے۔ کچھ علاقوں میں ایک نیا حکم، domestic abuse protection order (DAPO)، ان کی جگہ لینا شروع کر رہا ہے۔
# source: Home Office, Domestic Violence Disclosure Scheme guidance
rt-clares-law = Clare's Law کو domestic violence disclosure scheme (DVDS) بھی کہتے ہیں۔ اس کے تحت آپ پولیس سے پوچھ سکتے ہیں کہ کیا آپ کے ساتھی (partner) نے پہلے کبھی بدسلوکی کی ہے۔ پولیس آپ کے پوچھے بغیر بھی آپ کو بتا سکتی ہے۔
# source: Department for Education, Child sexual exploitation: definition and guide for practitioners (2017)
rt-cse = CSE کا مطلب ہے child sexual exploitation، یعنی بچوں کا جنسی استحصال۔ کوئی شخص دھوکے، دباؤ یا زبردستی سے بچے کو جنسی کاموں میں شامل کرتا ہے۔ وہ اکثر بدلے میں بچے کو کچھ دیتا ہے، جیسے تحفے، منشیات یا توجہ۔
# source: Keeping Children Safe in Education 2024; Home Office county lines guidance
rt-cce = CCE کا مطلب ہے child criminal exploitation: جب کوئی شخص بچے سے جرم کرواتا ہے، جیسے منشیات یا پیسے ایک جگہ سے دوسری جگہ لے جانا۔ اکثر اس میں دھمکیاں یا انعام شامل ہوتے ہیں۔
# source: Home Office, Criminal exploitation of children and vulnerable adults: county lines guidance
rt-county-lines = وہ گینگ جو شہروں سے دوسرے قصبوں میں منشیات لے جاتے ہیں۔ وہ اکثر انہیں لے جانے اور بیچنے کے لیے بچوں کو استعمال کرتے ہیں۔
# source: Working Together to Safeguard Children 2023 ch. 3 (harm outside the home); Contextual Safeguarding Network (University of Durham)
rt-contextual-safeguarding = نوجوانوں کو خاندان سے باہر ہونے والے نقصان سے محفوظ رکھنا۔ مثلاً دوستوں سے، ان کے اپنے علاقے میں، اسکول میں، یا آن لائن ہونے والا نقصان۔
# source: Department for Education, Children who run away or go missing from home or care (2014)
rt-missing-episode = وہ وقت جب کوئی بچہ گھر سے، یا کونسل کی دیکھ بھال (care) سے، غائب تھا۔ اس کے بعد کسی آزاد شخص کو بچے کو یہ موقع دینا چاہیے کہ وہ اس بارے میں بات کرے کہ کیا ہوا تھا۔ اسے return home interview (RHI) کہتے ہیں۔
# source: Female Genital Mutilation Act 2003; NHS (female genital mutilation)
rt-fgm = FGM کا مطلب ہے female genital mutilation: بغیر کسی طبی وجہ کے لڑکی کے جنسی اعضا کو کاٹنا یا بدلنا۔ یہ برطانیہ (UK) میں جرم ہے، اور اس سے ہمیشہ رہنے والا نقصان ہوتا ہے۔
# source: Anti-social Behaviour, Crime and Policing Act 2014
rt-asb = ASB کا مطلب ہے anti-social behaviour، یعنی دوسروں کو تنگ کرنے والا رویہ: ایسا رویہ جس سے دوسرے لوگ ہراساں، خوف زدہ یا پریشان ہوں، جیسے شور یا دھمکیاں۔

## The people

# source: 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-social-worker = SW کا مطلب ہے سوشل ورکر (social worker)۔ بچوں کی سروسز کے ایک تربیت یافتہ پیشہ ور فرد، جو آپ کے بچے اور خاندان کے ساتھ کام کرتے ہیں۔ آپ کے بچے کا جو سوشل ورکر مقرر ہے، وہ پلان کو آگے لے کر چلتے ہیں۔
# source: 000_1e1dbaff73eac1a8.txt; 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-lead-social-worker = وہ سوشل ورکر جو آپ کے بچے کے پلان کے ذمہ دار ہوتے ہیں۔ انہیں کی ورکر (key worker) یا لیڈ پریکٹیشنر (lead practitioner) بھی کہا جا سکتا ہے۔
# source: local children's services structures (council guides for parents)
rt-team-manager = TM کا مطلب ہے ٹیم مینیجر (team manager): سوشل ورکر کے مینیجر۔ اگر آپ ناخوش ہیں تو آپ ان سے بات کرنے کا کہہ سکتے ہیں۔
# source: 001_ae30d34ab232a286.txt; Working Together to Safeguard Children 2023 (the chair is independent of the case) (content review L3)
rt-chair = وہ شخص جو کانفرنس چلاتے ہیں۔ وہ ایک تجربہ کار سوشل ورکر ہوتے ہیں، جو آپ کے بچے کے کیس کا حصہ نہیں ہوتے۔ آپ میٹنگ سے پہلے ان سے بات کر سکتے ہیں۔
# source: Children Act 1989 ss25A-25C; IRO Handbook (2010)
rt-iro = IRO کا مطلب ہے independent reviewing officer، یعنی آزاد جائزہ افسر۔ جس بچے کی دیکھ بھال کونسل کرتی ہے، وہ اس کے دیکھ بھال کے پلان (care plan) کو چیک کرتے ہیں، اور بچے کی نظرِ ثانی کی میٹنگیں چلاتے ہیں۔ وہ بچے کے سوشل ورکر نہیں ہوتے۔
# source: Working Together to Safeguard Children 2023; Keeping Children Safe in Education 2024 Part 4
rt-lado = LADO کا مطلب ہے local authority designated officer۔ وہ ان معاملات کو دیکھتے ہیں جن میں فکر ہو کہ بچوں کے ساتھ کام کرنے والے کسی شخص نے، جیسے کسی استاد نے، کسی بچے کو نقصان پہنچایا ہو۔
# source: Family Rights Group (parent advocacy); 003_23392368096e3b46.txt
rt-advocate = ایسا شخص جو آپ کی بات کہنے میں آپ کی مدد کرتا ہے، اور یقینی بناتا ہے کہ آپ کی بات سنی جائے۔ حمایتی (advocate) آپ کی طرف ہوتا ہے، اور بچوں کی سروسز کے لیے کام نہیں کرتا۔
# source: Children Act 1989 s41; Cafcass
rt-childrens-guardian = عدالتی مقدمے میں، ایک آزاد شخص جو عدالت کے سامنے بچے کی بھلائی کی بات کرتا ہے۔ وہ بچے کے لیے ایک وکیل چنتا ہے۔
# source: Criminal Justice and Court Services Act 2000 s12; Children Act 2004 s35 (Cafcass Cymru)
rt-cafcass = { $nation ->
        [wales] Cafcass انگلینڈ کی فیملی عدالتوں میں بچوں کی بھلائی کا خیال رکھتی ہے۔ ویلز میں یہی کام Cafcass Cymru کرتی ہے۔
       *[england] Cafcass کا مطلب ہے Children and Family Court Advisory and Support Service۔ یہ انگلینڈ کی فیملی عدالتوں میں بچوں کی بھلائی کا خیال رکھتی ہے۔ Cafcass کا کارکن بچے کا سرپرست (children's guardian) ہو سکتا ہے۔
    }
# source: Children Act 2004 s35; Welsh Government (Cafcass Cymru)
rt-cafcass-cymru = ویلز میں، وہ سروس جو فیملی عدالتوں میں بچوں کی بھلائی کا خیال رکھتی ہے۔ یہ ویلش حکومت (Welsh Government) کا حصہ ہے۔
# source: local children's services (family support); Working Together to Safeguard Children 2023 ch. 2
rt-family-support-worker = FSW کا مطلب ہے family support worker، یعنی خاندان کی مدد کرنے والا کارکن۔ وہ گھر پر عملی مدد دیتے ہیں، جیسے روزمرہ کے معمول، پیسے، یا بچوں کی پرورش میں۔ وہ عام طور پر سوشل ورکر نہیں ہوتے۔
# source: SafeLives (the IDVA role); Home Office
rt-idva = IDVA کا مطلب ہے independent domestic violence adviser، یعنی گھریلو تشدد کے آزاد مشیر۔ وہ ان لوگوں کی مدد کرتے ہیں جنہیں گھریلو بدسلوکی کا زیادہ خطرہ ہو، تاکہ وہ محفوظ رہیں۔ وہ کسی فلاحی ادارے (charity) یا سروس کے لیے کام کرتے ہیں، پولیس کے لیے نہیں۔
# source: Home Office, The role of the Independent Sexual Violence Adviser (2017)
rt-isva = ISVA کا مطلب ہے independent sexual violence adviser، یعنی جنسی تشدد کے آزاد مشیر۔ وہ ان لوگوں کی مدد کرتے ہیں جن کے ساتھ زیادتی (rape) ہوئی ہو، یا جن پر جنسی حملہ ہوا ہو۔
# source: Police Reform Act 2002; College of Policing
rt-pcso = PCSO کا مطلب ہے police community support officer۔ وہ مقامی علاقے میں پولیس کے ساتھ کام کرتے ہیں، لیکن پولیس افسر نہیں ہوتے۔
# source: Ministry of Justice, HM Prison and Probation Service
rt-probation = پروبیشن (probation) وہ سروس ہے جو ان لوگوں کی نگرانی کرتی ہے جنہیں کمیونٹی میں سزا (community sentence) ملی ہو، یا جو جیل سے رہا ہوئے ہوں۔
# source: Crime and Disorder Act 1998 s39
rt-yot = YOT، YOS یا YJS کا مطلب ہے youth offending team یا youth justice service۔ یہ کونسل کی ایک ٹیم ہے جو 10 سے 17 سال کے ان بچوں کے ساتھ کام کرتی ہے جو قانون کے ساتھ مشکل میں پڑ جاتے ہیں۔
# source: 003_23392368096e3b46.txt (a member of staff takes notes of the meeting)
rt-minute-taker = میٹنگ میں وہ شخص جو نوٹس لکھتا ہے، جنہیں میٹنگ کی کارروائی (minutes) کہتے ہیں۔ وہ فیصلوں میں حصہ نہیں لیتا۔
# source: Fostering Services (England) Regulations 2011; Children Act 1989 s22C
rt-foster-carer = فوسٹر کیئرر (foster carer) ایسا شخص ہے جسے کونسل یا کسی ادارے (agency) نے منظوری دی ہو کہ وہ اپنے گھر میں بچوں کی دیکھ بھال کرے۔ وہ ان بچوں کی دیکھ بھال کرتے ہیں جو اپنے والدین کے ساتھ نہیں رہ سکتے۔
# source: Department for Education, Championing kinship care (2023); Care Planning, Placement and Case Review (England) Regulations 2010 reg 24 (connected person)
rt-kinship-carer = کوئی رشتہ دار یا دوست جو ایسے بچے کی دیکھ بھال کرتا ہے جو اپنے والدین کے ساتھ نہیں رہ سکتا۔ کونسل انہیں connected person (بچے سے جڑا ہوا شخص) کہہ سکتی ہے۔
# source: Framework for the Assessment of Children in Need and their Families (2000)
rt-primary-carer = وہ شخص جو بچے کی روزمرہ کی زیادہ تر دیکھ بھال کرتا ہے۔
# source: Children Act 1989 (parents who do not live with the child keep parental responsibility if they have it)
rt-non-resident-parent = والد یا والدہ جو بچے کے ساتھ نہیں رہتے۔ ہو سکتا ہے ان کے پاس پھر بھی والدین کی ذمہ داری (parental responsibility) ہو، اور انہیں بھی شامل ہونے کو کہا جائے۔
# source: Working Together to Safeguard Children 2023 (out-of-hours services); council guides
rt-edt = EDT کا مطلب ہے emergency duty team، یعنی ایمرجنسی ڈیوٹی ٹیم: وہ سوشل ورکر جو رات کو، ہفتہ اتوار کو، اور بینک کی چھٹیوں پر فون کا جواب دیتے ہیں۔

## Health and school

# source: 003_23392368096e3b46.txt; NHS (health visitors)
rt-health-visitor = HV کا مطلب ہے صحت کی نرس (health visitor): ایک نرس یا مڈوائف (midwife) جس نے اضافی تربیت لی ہو، اور جو 5 سال سے چھوٹے بچوں والے خاندانوں کی مدد کرتی ہے۔
# source: NHS (GP services); 003_23392368096e3b46.txt
rt-gp = GP کا مطلب ہے general practitioner: آپ کا فیملی ڈاکٹر۔
# source: NHS (your antenatal and postnatal care)
rt-midwife = مڈوائف (midwife) صحت کے پیشہ ور فرد ہیں، جو حمل کے دوران، بچے کی پیدائش کے وقت، اور پیدائش کے بعد کے پہلے دنوں میں آپ کا خیال رکھتے ہیں۔
# source: NHS (school nursing); Healthy Child Programme 5 to 19
rt-school-nurse = ایک نرس جو اسکول جانے کی عمر کے بچوں اور نوجوانوں کے ساتھ ان کی صحت پر کام کرتی ہے۔
# source: 003_23392368096e3b46.txt; RCPCH Child Protection Companion
rt-paediatrician = بچوں کا ماہر ڈاکٹر۔ کمیونٹی پیڈیاٹریشن (community paediatrician) اکثر بچوں کو دیکھتے ہیں جب ان کی نشوونما کے بارے میں، یا بچوں کے تحفظ کے بارے میں فکر ہو۔
# source: NHS (children and young people's mental health services)
rt-camhs = CAMHS کا مطلب ہے child and adolescent mental health services۔ یہ ذہنی صحت کے مسئلوں والے بچوں اور نوجوانوں کے لیے NHS کی سروسز ہیں۔ نیا نام: CYPMHS۔
# source: NHS (community mental health services)
rt-cpn = CPN کا مطلب ہے community psychiatric nurse: ذہنی صحت کی نرس جو لوگوں سے گھر پر یا کمیونٹی میں ملتی ہے۔
# source: NHS (community mental health teams)
rt-cmht = CMHT کا مطلب ہے community mental health team: NHS کا عملہ جو ذہنی صحت کے سنگین مسئلوں والے بڑوں کی مدد کرتا ہے۔
# source: NHS (when to go to A&E)
rt-a-and-e = A&E کا مطلب ہے accident and emergency: ہسپتال کا وہ حصہ جو سنگین چوٹوں اور بیماری کے لیے ہے۔
# source: NICE guideline CG89, Child maltreatment: when to suspect
rt-nai = NAI کا مطلب ہے non-accidental injury: ایسی چوٹ جس کے بارے میں ڈاکٹروں کا خیال ہے کہ شاید یہ حادثہ نہیں تھی۔ یہ ایک فکر ہے جس کی جانچ ہونی ہے، کوئی ثابت شدہ بات نہیں۔
# source: Royal College of Radiologists and RCPCH, The radiological investigation of suspected physical abuse in children
rt-skeletal-survey = کسی ننھے یا چھوٹے بچے کے پورے جسم کی ہڈیوں کے ایکسرے (X-rays)، تاکہ ٹوٹی ہوئی ہڈیاں دیکھی جائیں، چاہے پرانی ہوں یا نئی۔
# source: RCPCH Child Protection Companion
rt-cp-medical = بچوں کے ڈاکٹر کا معائنہ، جب فکر ہو کہ کسی بچے کو نقصان پہنچا ہے۔ ڈاکٹر ایک رپورٹ لکھتے ہیں۔ عام طور پر آپ سے اس معائنے کی رضامندی مانگی جاتی ہے۔
# source: NHS and RCPCH ("was not brought" replacing "did not attend" for children)
rt-dna = صحت کے نوٹس میں DNA کا مطلب عام طور پر "did not attend" ہوتا ہے: یعنی کوئی اپائنٹمنٹ چھوٹ گئی۔ اگر رپورٹ کسی ٹیسٹ کے بارے میں ہو، تو DNA کا مطلب DNA ٹیسٹ ہو سکتا ہے، مثلاً یہ دکھانے کے لیے کہ بچے کا باپ کون ہے۔
# source: NHS and RCPCH ("was not brought")
rt-was-not-brought = WNB کا مطلب ہے was not brought، یعنی بچے کو نہیں لایا گیا: بچے کی صحت کی کوئی اپائنٹمنٹ چھوٹ گئی۔ بچے خود نہیں جا سکتے، اس لیے اسے بڑے شخص کی ذمہ داری لکھا جاتا ہے۔
rt-was-not-brought-question = کون سی اپائنٹمنٹس چھوٹ گئیں، اور ہمیں ان پر پہنچنے میں کس چیز سے مدد ملے گی؟
# source: NICE guideline NG75, Faltering growth
rt-faltering-growth = جب کسی ننھے یا بڑے بچے کا وزن یا قد اس طرح نہ بڑھ رہا ہو جیسے بڑھنا چاہیے۔ اس کا پرانا نام failure to thrive تھا۔ اس کی بہت سی وجہیں ہو سکتی ہیں، بیماری بھی۔
# source: NHS and RCPCH UK-WHO growth charts (Red Book)
rt-centile = بڑھنے کے چارٹ (growth chart) پر ایک لکیر۔ یہ دکھاتی ہے کہ بچے کا وزن یا قد اسی عمر کے دوسرے بچوں کے مقابلے میں کیسا ہے۔ اگر بچہ لکیروں کو پار کر کے دوسری لکیر کی طرف جائے، تو ڈاکٹر اس پر نظر رکھتے ہیں۔
# source: NHS (developmental milestones)
rt-developmental-delay = جب کوئی بچہ چلنا، بولنا یا کھیلنا جیسی مہارتیں اپنی عمر کے زیادہ تر بچوں سے دیر سے سیکھے۔ ان مہارتوں کو milestones کہتے ہیں۔
# source: NHS (personal child health record, the Red Book)
rt-red-book = بچے کی صحت کا ذاتی ریکارڈ (personal child health record)۔ یہ ایک کتاب ہے جو والدین رکھتے ہیں، اور اس میں بچے کے چیک اپ، وزن اور ٹیکے لکھے ہوتے ہیں۔
# source: NHS (perinatal mental health; postnatal depression)
rt-perinatal-mental-health = حمل کے دوران یا بچے کی پیدائش کے بعد ذہنی صحت کے مسئلے، جیسے پیدائش کے بعد کا ڈپریشن (postnatal depression یا PND)۔ یہ عام ہیں، اور ان کا علاج ہو سکتا ہے۔
# source: NHS (autism)
rt-autism = ASD یا ASC کا مطلب ہے autism spectrum disorder یا autism spectrum condition۔ آٹزم (autism) اس پر اثر ڈالتا ہے کہ کوئی شخص کیسے بات چیت کرتا ہے اور دنیا کو کیسے محسوس کرتا ہے۔ یہ کوئی بیماری نہیں ہے۔
# source: NHS (ADHD)
rt-adhd = ADHD کا مطلب ہے attention deficit hyperactivity disorder۔ یہ توجہ، جسم کی حرکت، اور بغیر سوچے سمجھے کچھ کر بیٹھنے پر اثر ڈالتا ہے۔
# source: NHS (reduce the risk of sudden infant death syndrome); The Lullaby Trust
rt-safe-sleep = ایسے طریقے جن سے یہ خطرہ کم ہو کہ کوئی ننھا بچہ نیند میں اچانک مر جائے (SUDI)۔ مثلاً بچہ پیٹھ کے بل، اپنے الگ پالنے (cot) میں سوئے۔ شراب پینے، منشیات لینے یا سگریٹ پینے کے بعد بچے کے ساتھ ایک بستر پر سونا زیادہ خطرناک ہے۔
# source: NHS (drug addiction: getting help; alcohol support)
rt-substance-misuse-service = ایک مقامی سروس جو منشیات یا شراب استعمال کرنے والے لوگوں کی مدد کرتی ہے۔ یہ مفت ہے، اور اکثر آپ کسی کے بھیجے بغیر خود ان سے رابطہ کر سکتے ہیں۔
# source: Department of Health, Healthy Child Programme; Welsh Government, Healthy Child Wales Programme
rt-healthy-child-programme = وہ چیک اپ اور مدد جو صحت کی نرسیں (health visitors) ہر خاندان کو دیتی ہیں، حمل سے لے کر بچے کے اسکول شروع کرنے تک۔
# source: Children and Families Act 2014 s20; SEND Code of Practice (2015)
rt-sen = SEN یا SEND کا مطلب ہے special educational needs and disabilities، یعنی تعلیم کی خاص ضرورتیں اور معذوریاں: جب کسی بچے کو سیکھنے کے لیے اضافی مدد چاہیے ہو۔
# source: SEND Code of Practice (2015)
rt-senco = SENCO کا مطلب ہے special educational needs coordinator: وہ استاد جو تعلیم کی خاص ضرورتوں والے بچوں کے لیے اضافی مدد کا انتظام کرتے ہیں۔
# source: Children and Families Act 2014 s37; SEND Code of Practice (2015)
rt-ehcp = EHCP کا مطلب ہے education, health and care plan، یعنی تعلیم، صحت اور دیکھ بھال کا پلان۔ یہ 25 سال تک کے ایسے بچے کے لیے ایک قانونی دستاویز ہے جس کی تعلیم کی خاص ضرورتیں ہوں۔ اس میں لکھا ہوتا ہے کہ اسے لازمی طور پر کیا مدد ملنی چاہیے۔
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-aln = ویلز میں، ALN کا مطلب ہے additional learning needs، یعنی سیکھنے کی اضافی ضرورتیں: جب کسی بچے کو سیکھنے کے لیے اضافی مدد چاہیے ہو۔
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-alnco = ویلز میں، ALNCo کا مطلب ہے additional learning needs coordinator: وہ استاد جو سیکھنے کی اضافی ضرورتوں والے بچوں کے لیے اضافی مدد کا انتظام کرتے ہیں۔
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-idp = ویلز میں، IDP کا مطلب ہے individual development plan: سیکھنے کی اضافی ضرورتوں والے بچے کے لیے ایک قانونی پلان۔
# source: Department for Education, Promoting the education of looked-after children (2018); Welsh Government guidance
rt-pep = PEP کا مطلب ہے personal education plan، یعنی بچے کی تعلیم کا ذاتی پلان۔ یہ کونسل کی دیکھ بھال میں رہنے والے بچے (looked after child) کے دیکھ بھال کے پلان کا ایک حصہ ہے، اور اس کی اسکول کی تعلیم کے بارے میں ہے۔
# source: Children and Families Act 2014 s99
rt-virtual-school = انگلینڈ میں، کونسل کی وہ ٹیم جو کونسل کی دیکھ بھال میں رہنے والے بچوں (looked after children) کی، اور کچھ دوسرے بچوں کی، اسکول میں اچھا کرنے میں مدد کرتی ہے۔ اس کے انچارج virtual school head ہوتے ہیں۔
# source: Keeping Children Safe in Education 2024; Welsh Government, Keeping learners safe (designated safeguarding person)
rt-dsl = DSL کا مطلب ہے designated safeguarding lead: اسکول یا نرسری میں وہ شخص جو بچوں کو محفوظ رکھنے کا ذمہ دار ہے۔ ویلز میں انہیں designated safeguarding person (DSP) کہا جا سکتا ہے۔
# source: Education Act 1996 s444 (school attendance); council education welfare services
rt-ewo = EWO کا مطلب ہے education welfare officer، یعنی اسکول حاضری کا افسر: کونسل کا ایک شخص جو ان خاندانوں کے ساتھ کام کرتا ہے جن کا بچہ اکثر اسکول نہیں جاتا۔
# source: Department for Education, Working together to improve school attendance (persistent absence is missing 10% or more)
rt-persistent-absence = { $nation ->
        [wales] جب کوئی بچہ اسکول سے بہت زیادہ چھٹیاں کرے۔ اسکول سے پوچھیں کہ وہ اسے کیسے گنتے ہیں۔
       *[england] جب کوئی بچہ اسکول کے 10% یا اس سے زیادہ سیشن (sessions) چھوڑ دے۔
    }
# source: Department for Education, Suspension and permanent exclusion guidance; Welsh Government exclusion guidance
rt-exclusion = جب اسکول کسی طالب علم کو قواعد توڑنے پر گھر بھیج دیتا ہے۔ suspension، یا fixed-term exclusion، کچھ دنوں کے لیے ہوتا ہے۔ permanent exclusion کا مطلب ہے کہ بچہ اسکول واپس نہیں جا سکتا۔
# source: Education Act 1996 s19 (education otherwise than at school)
rt-pru = PRU کا مطلب ہے pupil referral unit: ان بچوں کے لیے ایک اسکول جو عام اسکول نہیں جا سکتے، مثلاً اسکول سے نکالے جانے (exclusion) کے بعد۔ یہ متبادل تعلیم (alternative provision) کی ایک قسم ہے۔
# source: Education Act 1996 s7
rt-ehe = EHE کا مطلب ہے elective home education، یعنی اپنی مرضی سے گھر پر تعلیم: والدین اپنے بچے کو اسکول بھیجنے کے بجائے گھر پر پڑھاتے ہیں۔ والدین کو ایسا کرنے کا حق ہے۔
# source: Education Act 1996 s436A; statutory guidance on children missing education
rt-cme = CME کا مطلب ہے children missing education، یعنی تعلیم سے محروم بچے: اسکول جانے کی عمر کے وہ بچے جو نہ اسکول میں ہیں، اور نہ انہیں گھر پر پڑھایا جا رہا ہے۔
# source: GOV.UK and Welsh Government (free school meals)
rt-fsm = FSM کا مطلب ہے free school meals، یعنی اسکول میں مفت کھانا۔ کچھ بچوں کو یہ خاندان کی آمدنی کی وجہ سے، یا اپنی عمر کی وجہ سے ملتا ہے۔

## Words professionals use about parents

# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (engagement as a focus of reports); Family Rights Group
rt-engagement = آپ پلان میں کتنا حصہ لیتے ہیں: سوشل ورکر سے ملنا، اپائنٹمنٹس پر جانا، اور جو مدد دی جائے اسے استعمال کرنا۔ رپورٹوں میں اکثر اس کے بارے میں لکھا جاتا ہے۔
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (concerns about caregiver engagement)
rt-non-engagement = رپورٹ لکھنے والے کا خیال ہے کہ آپ پلان میں حصہ نہیں لے رہے، مثلاً میٹنگیں چھوڑ دیتے ہیں یا سوشل ورکر کو گھر کے اندر نہیں آنے دیتے۔ اس کی وجہیں ہو سکتی ہیں، جیسے ڈر، بیماری، کام یا پیسے کی مشکل۔ آپ بتا سکتے ہیں کہ وجہیں کیا ہیں۔
rt-non-engagement-question = میں نے ایسا کیا کیا ہے جسے آپ حصہ نہ لینا (not engaging) سمجھتے ہیں؟ اور کس چیز سے مجھے حصہ لینے میں مدد ملے گی؟
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2014, 2024)
rt-disguised-compliance = رپورٹ لکھنے والے کا خیال ہے کہ والد یا والدہ بظاہر پیشہ ور افراد کی بات مانتے ہیں، لیکن اصل میں کچھ نہیں بدلتا۔ NSPCC کہتی ہے کہ یہ الفاظ بے فائدہ اور الزام والے ہو سکتے ہیں۔ وہ کہتی ہے کہ پیشہ ور افراد کو بتانا چاہیے کہ انہوں نے کیا دیکھا۔
rt-disguised-compliance-question = میں نے ایسا کیا کیا ہے جسے آپ صرف دکھاوے کے لیے بات ماننا (disguised compliance) سمجھتے ہیں؟
# source: NSPCC Learning (caregiver engagement); Family Rights Group
rt-non-compliance = رپورٹ لکھنے والے کا خیال ہے کہ آپ نے وہ نہیں کیا جو پلان میں، یا کسی معاہدے میں، کہا گیا تھا۔
rt-non-compliance-question = آپ کے مطابق میں نے پلان کا کون سا حصہ نہیں کیا؟ اور اسے کرنے میں کس چیز سے میری مدد ہو گی؟
# source: Research in Practice, Assessing parental capacity to change (2014) (acknowledging the concerns)
rt-minimising = رپورٹ لکھنے والے کا خیال ہے کہ آپ فکر کی باتوں کو اس سے چھوٹا یا کم سنگین بتاتے ہیں، جتنا وہ انہیں سمجھتے ہیں۔
rt-minimising-question = میں نے ایسا کیا کہا ہے جسے آپ بات کو چھوٹا کرنا (minimising) سمجھتے ہیں؟ اور آپ کے خیال میں مجھے کیا بات سمجھنی چاہیے؟
# source: Research in Practice, Assessing parental capacity to change (2014) (recognising the problem)
rt-lack-of-insight = رپورٹ لکھنے والے کا خیال ہے کہ آپ ابھی یہ نہیں دیکھتے یا نہیں مانتے کہ انہیں کس بات کی فکر ہے، یا اس کا آپ کے بچے پر کیا اثر ہوتا ہے۔
rt-lack-of-insight-question = کس بات سے آپ کو پتا چلے گا کہ مجھے آپ کی فکر سمجھ آ گئی ہے؟
# source: Re L (Care: Threshold Criteria) [2007] 1 FLR 2050 (society must tolerate very diverse standards of parenting); D. W. Winnicott (the "good enough" parent)
rt-good-enough-parenting = ایسی دیکھ بھال جو بچے کی ضرورتیں کافی حد تک اچھی طرح پوری کرے۔ اس کا مطلب ہر طرح سے مکمل (perfect) ہونا نہیں۔ عدالتوں نے کہا ہے کہ خاندان بچوں کو بہت مختلف طریقوں سے پالتے ہیں، اور اس کی اجازت ہے۔
rt-good-enough-parenting-question = آپ کی رائے میں، میرے بچے کے لیے کافی اچھی پرورش (good enough parenting) کیسی ہو گی؟
# source: NSPCC Learning, Protecting children from risk and protective factors
rt-protective-factors = وہ چیزیں جو بچے کو محفوظ رکھنے میں مدد کرتی ہیں، جیسے پیار کرنے والے والدین، ساتھ دینے والا خاندان، محفوظ گھر یا اچھا اسکول۔ بتائیں کہ آپ کے خاندان میں ایسی کون سی چیزیں ہیں۔
# source: NSPCC Learning, Risk and protective factors
rt-risk-factors = وہ چیزیں جن سے نقصان کا امکان بڑھ سکتا ہے، جیسے گھریلو بدسلوکی، منشیات یا شراب کا استعمال، یا ذہنی صحت کا خراب ہونا۔ خطرے کی کوئی وجہ (risk factor) ہونا نقصان کا ثبوت نہیں ہے۔
# source: Care Inspectorate, Practice guide to chronologies (2017); Working Together to Safeguard Children 2023 (assessments consider history)
rt-chronology = آپ کے خاندان کی زندگی کے اہم واقعات کی فہرست، تاریخوں کی ترتیب میں، جو پیشہ ور افراد بناتے ہیں۔ اگر اس میں کوئی بات غلط ہو تو بتائیں۔
# source: Social Care Institute for Excellence; Research in Practice (genograms in assessment)
rt-genogram = خاندان کا شجرہ (family tree) جو سوشل ورکر بناتے ہیں۔ اس میں دکھایا جاتا ہے کہ آپ کے خاندان میں کون کون ہے، اور لوگوں کا آپس میں کیا رشتہ ہے۔
# source: A. Hartman, Diagrammatic assessment of family relationships (1978); Research in Practice
rt-ecomap = ایک تصویری نقشہ، جس میں آپ کے خاندان کے آس پاس کے لوگ اور سروسز دکھائی جاتی ہیں، اور یہ کہ ہر ایک سے تعلق کتنا مضبوط ہے۔
# source: Family Rights Group (family plans); Working Together to Safeguard Children 2023
rt-safety-plan = ایک لکھا ہوا پلان کہ بچے کو محفوظ رکھنے کے لیے کیا کیا جائے گا، اور یہ کون کرے گا۔ خاندان اور دوست بھی اس کا حصہ ہو سکتے ہیں۔
# source: CONTENT-FACTS.md second round (written agreements are not court orders but are used as evidence); Family Rights Group
rt-written-agreement = ان باتوں کی فہرست جن کے بارے میں بچوں کی سروسز آپ سے کہتی ہیں کہ آپ انہیں کرنے، یا نہ کرنے، پر راضی ہوں۔ یہ عدالت کا حکم نہیں ہے، لیکن اگر کیس عدالت میں جائے تو اسے ثبوت کے طور پر استعمال کیا جا سکتا ہے۔ دستخط کرنے سے پہلے مشورہ لیں۔
# source: Framework for the Assessment of Children in Need and their Families (2000); PAMS (Parent Assessment Manual Software); Good practice guidance on working with parents with a learning disability (2021)
rt-parenting-assessment = اس بات کا جائزہ کہ والد یا والدہ اپنے بچے کی دیکھ بھال کتنی اچھی طرح کر سکتے ہیں۔ PAMS اس کی ایک قسم ہے، جو اکثر سیکھنے کی معذوری (learning disability) والے والدین کے لیے استعمال ہوتی ہے۔
# source: Framework for the Assessment of Children in Need and their Families (2000) (parenting capacity)
rt-parenting-capacity = والد یا والدہ اپنے بچے کی ضرورتیں کتنی اچھی طرح پوری کر سکتے ہیں: بنیادی دیکھ بھال، حفاظت، پیار، رہنمائی اور حدیں، اور زندگی میں ٹھہراؤ۔
# source: Research in Practice, Assessing parental capacity to change (2014)
rt-capacity-to-change = کیا والد یا والدہ وہ تبدیلیاں لا سکتے ہیں جن کی بچے کو ضرورت ہے، اور انہیں قائم رکھ سکتے ہیں، اتنے وقت میں جتنا بچے کے پاس ہے۔
rt-capacity-to-change-question = آپ کو کون سی تبدیلیاں دیکھنی ہیں، اور کب تک؟
# source: Research in Practice, Assessing parental capacity to change (2014); Children Act 1989 s1(2) (delay)
rt-sustained-change = ایسی تبدیلی جو قائم رہے، صرف چند ہفتوں کے لیے نہیں۔
rt-sustained-change-question = کسی تبدیلی کو کتنی دیر قائم رہنا ہو گا، تاکہ آپ کو اس پر یقین ہو جائے؟
# source: Family court practice (segmented hair testing, about 1 cm of growth a month); solicitors' guides for parents
rt-hair-strand-test = منشیات یا شراب کے لیے بالوں کے ایک چھوٹے سے حصے کا ٹیسٹ۔ بال ہر مہینے تقریباً 1 سینٹی میٹر بڑھتے ہیں، اس لیے یہ ٹیسٹ پچھلے مہینوں کا استعمال دکھا سکتا ہے۔
# source: ordinary meaning; NSPCC Learning (describe caregiver behaviour clearly rather than label it)
rt-chaotic = رپورٹ لکھنے والے کا خیال ہے کہ گھر کی زندگی میں کچھ پتا نہیں ہوتا کہ آگے کیا ہو گا، اور کوئی باقاعدہ معمول نہیں ہے۔
rt-chaotic-question = آپ نے ایسا کیا دیکھا ہے جسے آپ بے ترتیب (chaotic) کہتے ہیں؟ اور کس چیز سے حالات زیادہ پرسکون ہوں گے؟
# source: Working Together to Safeguard Children 2023 (neglect includes failing to protect a child from harm or danger)
rt-failure-to-protect = رپورٹ لکھنے والے کا خیال ہے کہ والد یا والدہ نے بچے کو کسی دوسرے شخص سے ہونے والے نقصان سے محفوظ نہیں رکھا۔
rt-failure-to-protect-question = آپ کے خیال میں مجھے کیا کرنا چاہیے تھا؟ اور اب اپنے بچے کو محفوظ رکھنے میں کس چیز سے میری مدد ہو گی؟
# source: D. Glaser, Emotional abuse and neglect: a conceptual framework (2002) (emotional unavailability)
rt-emotionally-unavailable = رپورٹ لکھنے والے کا خیال ہے کہ والد یا والدہ اکثر بچے کے جذبات کا جواب نہیں دیتے، یا یہ نہیں دیکھتے کہ بچے کو کیا چاہیے۔
rt-emotionally-unavailable-question = آپ نے ایسا کیا دیکھا جس کی وجہ سے آپ یہ کہہ رہے ہیں؟
# source: Framework for the Assessment of Children in Need and their Families (2000) (housing and home environment)
rt-home-conditions = آپ کے گھر کی حالت: کیا یہ کافی صاف، محفوظ اور گرم ہے، اور کیا بچے کے لیے بستر اور کھانا ہے۔
rt-home-conditions-question = گھر میں ٹھیک ٹھیک کیا بدلنا ضروری ہے، اور آپ کیا مدد دے سکتے ہیں؟
# source: Framework for the Assessment of Children in Need and their Families (2000) (basic care)
rt-basic-care = بچے کی روزمرہ کی ضرورتیں پوری کرنا: کھانا، گرم رکھنا، صفائی، کپڑے، نیند اور صحت کا خیال۔
# source: Framework for the Assessment of Children in Need and their Families (2000) (guidance and boundaries)
rt-boundaries = صاف اصول اور معمول، تاکہ بچے کو پتا ہو کہ کیا ہو گا، اور اسے کیسا برتاؤ کرنا ہے۔
# source: NICE guideline NG26, Children's attachment
rt-attachment = بچے اور اس کی دیکھ بھال کرنے والوں کے درمیان لگاؤ کا رشتہ۔ مضبوط لگاؤ (secure attachment) سے بچہ خود کو محفوظ محسوس کرتا ہے۔
# source: Public Health Wales, Adverse Childhood Experiences study (2015)
rt-aces = ACEs کا مطلب ہے adverse childhood experiences، یعنی بچپن کے برے تجربات: بچپن میں بہت زیادہ دباؤ والی باتیں، جیسے بدسلوکی، یا ایسے گھر میں رہنا جہاں گھریلو بدسلوکی ہو۔ یہ بعد میں صحت پر اثر ڈال سکتے ہیں، لیکن مدد ملنے سے فرق پڑتا ہے۔
# source: Ofsted, In the child's time: professional responses to neglect (2014)
rt-cumulative-harm = ایسا نقصان جو کسی ایک واقعے سے نہیں، بلکہ بہت سی چھوٹی چھوٹی باتوں سے وقت کے ساتھ بڑھتا جاتا ہے۔
# source: Children Act 1989 s1(2) (delay is likely to harm the child's welfare); Ofsted
rt-drift-and-delay = جب کوئی کیس بہت لمبا چلتا رہے، اور نہ حالات بہتر ہوں، نہ فیصلے ہوں۔
# source: Brandon et al., analyses of serious case reviews for the Department for Education; Skinner et al. (2021), on the weak evidence for the term
rt-toxic-trio = یہ الفاظ اس صورت کے لیے بولے جاتے ہیں جب گھریلو بدسلوکی، منشیات یا شراب کا استعمال، اور ذہنی صحت کے مسئلے ایک ساتھ ہوں۔ تحقیق کرنے والوں نے کہا ہے کہ یہ الفاظ بات کو بہت سادہ بنا دیتے ہیں۔
rt-toxic-trio-question = آپ کی مراد کن فکروں سے ہے، اور ہر ایک کے لیے آپ کیا مدد دے سکتے ہیں؟
# source: Domestic Abuse Act 2021 ss1, 3 (a child who sees, hears or experiences it is a victim)
rt-domestic-abuse = DA کا مطلب ہے گھریلو بدسلوکی (domestic abuse): 16 سال یا اس سے زیادہ عمر کے ان لوگوں کے درمیان بدسلوکی جو ایک دوسرے کے ساتھی، پرانے ساتھی یا خاندان کے لوگ ہیں۔ یہ جسمانی، جنسی، جذباتی، قابو میں رکھنے والی، یا پیسے سے متعلق ہو سکتی ہے۔ جو بچے اسے دیکھتے یا سنتے ہیں، وہ بھی اس کا شکار ہیں۔
# source: Domestic Abuse Act 2021 s1; Home Office
rt-domestic-violence = DV کا مطلب ہے گھریلو تشدد (domestic violence): گھریلو بدسلوکی (domestic abuse) کا پرانا نام۔
# source: Serious Crime Act 2015 s76
rt-coercive-control = ایسا رویہ جو بار بار ہو، اور کسی ساتھی یا خاندان کے فرد کو قابو میں رکھے، ڈرائے، یا اسے دوسروں سے الگ کر دے۔ مثلاً اس پر نظر رکھنا، یا اس کے پیسے پر قابو رکھنا، یا یہ طے کرنا کہ وہ کس سے ملے۔ یہ جرم ہے۔
# source: NHS (drug and alcohol addiction); Framework for the Assessment of Children in Need and their Families (2000)
rt-substance-misuse = منشیات یا شراب کو اس طرح استعمال کرنا جس سے آپ کو یا دوسروں کو نقصان پہنچے۔
# source: Working Together to Safeguard Children 2023 (assessments consider history)
rt-historical-concerns = ماضی کی فکر کی باتیں، کبھی کبھی کئی سال پرانی۔
rt-historical-concerns-question = ماضی کی یہ فکریں آج میرے بچے سے کیسے جڑی ہیں؟
# source: SafeLives (working with families affected by domestic abuse)
rt-collusion = رپورٹ لکھنے والے کا خیال ہے کہ والد یا والدہ نقصان پہنچانے والے شخص کا ساتھ دے رہے ہیں، یا نقصان کو چھپانے میں مدد کر رہے ہیں۔
rt-collusion-question = میں نے ایسا کیا کیا ہے جسے آپ ملی بھگت (colluding) سمجھتے ہیں؟
# source: Domestic Abuse Act 2021; Working Together to Safeguard Children 2023
rt-perpetrator = وہ شخص جس نے نقصان پہنچایا، یا جس کے بارے میں کہا جاتا ہے کہ اس نے نقصان پہنچایا (alleged، یعنی جس پر الزام ہے)۔
rt-perpetrator-question = یہ بات کس بنیاد پر کہی گئی ہے، اور کیا یہ ثابت ہو چکی ہے؟
# source: Respect (accredited domestic abuse perpetrator programmes)
rt-perpetrator-programme = ان لوگوں کے لیے ایک کورس جنہوں نے اپنے ساتھی کے ساتھ بدسلوکی کی ہے، تاکہ وہ اپنا رویہ بدل سکیں۔
# source: Working Together to Safeguard Children 2023 (observing the child)
rt-presentation = پیشہ ور فرد کو بچہ یا اس کے والدین کیسے لگتے ہیں: وہ کیسے دکھتے ہیں، کیسا برتاؤ کرتے ہیں اور کیسے بات کرتے ہیں۔
# source: Children Act 1989 s1(3)(a), s17(4A), s47(5A)
rt-wishes-and-feelings = بچہ کیا چاہتا ہے اور کیسا محسوس کرتا ہے۔ قانون کہتا ہے کہ پیشہ ور افراد کو ان باتوں کا خیال رکھنا ضروری ہے۔
# source: Working Together to Safeguard Children 2023 (child-centred practice); Wales Safeguarding Procedures ("llais y plentyn")
rt-voice-of-the-child = بچہ جو کہتا ہے، دکھاتا ہے یا محسوس کرتا ہے، اسے رپورٹ میں لکھا جاتا ہے، تاکہ اس کی بات سنی جائے۔
# source: Working Together to Safeguard Children 2023 (children's lived experiences)
rt-lived-experience = آپ کے بچے کے لیے روزمرہ کی زندگی کیسی ہے، جیسے وہ خود اسے جیتا ہے۔
# source: A. Turnell and S. Edwards, Signs of Safety (1999); used by many councils
rt-signs-of-safety = کام کرنے کا ایک طریقہ جو بہت سی کونسلیں استعمال کرتی ہیں۔ اس میں پوچھا جاتا ہے کہ کیا اچھا چل رہا ہے، فکر کی باتیں کیا ہیں، اور کیا ہونا ضروری ہے۔
