# گائیڈ: پانچ مرحلوں کے صفحات، اردو میں۔
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Plain English, reading age about 9 to 11. Every message receives $nation ("england" or
# "wales"); where the nations differ, a selector chooses the words. Glossary terms are marked
# [[term-id|words shown]]: keep the id, translate the words.

## Before the conference

before-what-heading = بچوں کے تحفظ کی کانفرنس (child protection conference) کیا ہے؟
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-meeting = یہ آپ کے بچے کی حفاظت کے بارے میں ایک میٹنگ ہے۔ [[childrens-services|بچوں کی سروسز]] (Children's services) یہ میٹنگ تب بلاتی ہیں جب انہیں آپ کے بچے کے بارے میں سخت فکر ہو۔ ان کا خیال ہے کہ آپ کے بچے کو نقصان پہنچ رہا ہے، یا پہنچ سکتا ہے۔ اسے [[significant-harm|سنگین نقصان]] (significant harm) کہتے ہیں۔
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Wales: Wales Safeguarding Procedures (public)
before-what-harm = { $nation ->
        [wales] فکر جسمانی بدسلوکی، جنسی بدسلوکی، جذباتی یا نفسیاتی بدسلوکی، مالی بدسلوکی، یا غفلت کے بارے میں ہو سکتی ہے۔
       *[england] فکر جسمانی بدسلوکی، جنسی بدسلوکی، جذباتی بدسلوکی، یا غفلت کے بارے میں ہو سکتی ہے۔
    }
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-not-court = یہ میٹنگ عدالت نہیں ہے۔ یہ میٹنگ فیصلہ کرتی ہے کہ کیا آپ کے بچے کو { $nation ->
        [wales] [[care-and-support-protection-plan|دیکھ بھال، مدد اور تحفظ کے پلان]] (care and support protection plan) کی ضرورت ہے۔
       *[england] [[child-protection-plan|بچوں کے تحفظ کے پلان]] (child protection plan) کی ضرورت ہے۔
    }
# source: public (Family Rights Group glossary)
before-what-pre-birth = کانفرنس بچے کی پیدائش سے پہلے بھی ہو سکتی ہے۔ اسے [[pre-birth-conference|پیدائش سے پہلے کی کانفرنس]] (pre-birth conference) کہتے ہیں۔

before-when-heading = یہ کب ہو گی؟
# source: England: Working Together to Safeguard Children; Wales: Wales Safeguarding Procedures (public)
before-when-timing = { $nation ->
        [wales] پہلی کانفرنس عام طور پر آخری [[strategy-discussion|حکمتِ عملی کی بات چیت]] (strategy discussion) کے 15 [[working-day|کام کے دنوں]] کے اندر ہوتی ہے۔
       *[england] پہلی کانفرنس عام طور پر [[strategy-discussion|حکمتِ عملی کی بات چیت]] (strategy discussion) کے 15 [[working-day|کام کے دنوں]] کے اندر ہوتی ہے۔
    } اس بات چیت میں پیشہ ور افراد فکر کی باتوں پر بات کرتے ہیں اور طے کرتے ہیں کہ کیا کرنا ہے۔
before-when-cannot-go = اگر آپ دیے گئے وقت پر نہیں جا سکتے تو جتنی جلدی ہو سکے سوشل ورکر کو بتائیں۔

before-who-heading = وہاں کون ہو گا؟
# source: 003_23392368096e3b46.txt; chair: 001_ae30d34ab232a286.txt
# source: Working Together to Safeguard Children 2023 (the chair is independent of the case, usually employed by the council) (content review L3)
before-who-chair = ایک آزاد [[chair|چیئرپرسن]] (chair) میٹنگ کی صدارت کرتے ہیں۔ چیئرپرسن ایک تجربہ کار سوشل ورکر ہوتے ہیں جو کونسل کے لیے کام کرتے ہیں۔ لیکن وہ آپ کے بچے کے کیس کا حصہ نہیں ہوتے، اور انہوں نے آپ کے خاندان کے ساتھ کام نہیں کیا۔
before-who-list-intro = وہاں یہ لوگ بھی ہو سکتے ہیں:
before-who-you = آپ، اور اگر آپ چاہیں تو آپ کا کوئی مددگار
before-who-social-worker = آپ کے بچے کا سوشل ورکر، اور شاید ان کا مینیجر
before-who-gp = آپ کا فیملی ڈاکٹر (GP)
before-who-health-visitor = ایک [[health-visitor|صحت کی نرس]] (health visitor)، اگر آپ کا بچہ 5 سال سے چھوٹا ہے
before-who-teacher = آپ کے بچے کے اسکول سے ایک استاد
before-who-police = ایک پولیس افسر جو بچوں کے تحفظ پر کام کرتا ہے
before-who-paediatrician = بچوں کا ایک ڈاکٹر (community paediatrician)
before-who-minute-taker = ایک شخص جو میٹنگ میں کہی گئی باتیں لکھتا ہے (minute taker)
# source: 003_23392368096e3b46.txt
# source: content review L15 (jobs explained)
before-who-others = دوسرے لوگ بھی آ سکتے ہیں۔ جیسے ہسپتال کا عملہ۔ پروبیشن افسر (probation officer) بھی آ سکتا ہے، جو عدالتی مقدمے کے بعد لوگوں کی نگرانی کرتا ہے۔ اسکول حاضری کا افسر (education welfare officer) بھی آ سکتا ہے، جو بچوں کو اسکول جانے میں مدد دیتا ہے۔
# source: 003_23392368096e3b46.txt (the need-to-know rule binds the professionals); content review M4 (a parent may show their own adviser)
before-who-confidential = پیشہ ور افراد جو کچھ سنیں، وہ صرف اپنے ان ساتھیوں کو بتا سکتے ہیں جنہیں اس کا جاننا ضروری ہو۔ آپ رپورٹیں اور میٹنگ کی کارروائی اپنے وکیل یا حمایتی (advocate) کو دکھا سکتے ہیں۔

before-rights-heading = آپ کیا کر سکتے ہیں
# source: 003_23392368096e3b46.txt
before-rights-go = اگر ہو سکے تو ضرور جائیں۔ آپ اپنے بچے کو سب سے اچھی طرح جانتے ہیں، اور آپ کی رائے اہم ہے۔
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (the two differ on what a solicitor may do)
# source: Family Rights Group (parent advocacy; content review L9)
before-rights-supporter = آپ کسی دوست، رشتہ دار، وکیل یا حمایتی (advocate) کو ساتھ لا سکتے ہیں۔ پوچھیں کہ کیا آپ کے علاقے میں والدین کے لیے حمایتی موجود ہیں۔ میٹنگ کے دن سے پہلے سوشل ورکر کو بتا دیں کہ کون آ رہا ہے۔
before-rights-solicitor = وکیل میٹنگ سے پہلے اور بعد میں آپ کو مشورہ دے سکتا ہے۔ بہت سے علاقوں میں وکیل میٹنگ کے اندر بول نہیں سکتا۔ چیئرپرسن سے پوچھیں کہ آپ کا مددگار یا وکیل کیا کر سکتا ہے۔
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (Legal Help is means-tested until a letter before proceedings); Family Rights Group "Working with a solicitor" (content review M1)
before-rights-legal-aid = عدالت کے بارے میں کوئی خط ملنے سے پہلے، قانونی امداد (legal aid) آپ کی آمدنی پر منحصر ہے۔ اسے آمدنی کی جانچ (means test) کہتے ہیں۔ اگر آپ کو کچھ سرکاری بینیفٹس ملتے ہیں تو عام طور پر آپ اہل ہوتے ہیں۔ فون کرتے وقت وکیل سے پوچھیں۔
# source: Family Rights Group; local procedures on police information at conferences (e.g. Greater Manchester "Guidance on the Use, Recording, Dissemination and Handling of Police Information") (content review M10)
before-rights-police = ہو سکتا ہے پولیس اس معاملے کی تفتیش کر رہی ہو۔ اگر ایسا ہے تو پولیس سنتی ہے کہ آپ کیا کہتے ہیں، اور یہ میٹنگ کی کارروائی میں لکھا جاتا ہے۔ میٹنگ سے پہلے وکیل سے بات کریں کہ کیا کہنا ہے۔
# source: Wales Safeguarding Procedures (public)
# source: Wales Safeguarding Procedures s3 pt2 (conference in Welsh; minutes in the chosen language) (content review L13)
before-rights-interpreter = { $nation ->
        [wales] اگر آپ کو ترجمان کی ضرورت ہو تو مانگیں۔ آپ کہہ سکتے ہیں کہ میٹنگ اور میٹنگ کی کارروائی ویلش زبان میں ہو۔ آپ یہ بھی پوچھ سکتے ہیں کہ کیا آنے جانے یا بچوں کی دیکھ بھال کے لیے مدد مل سکتی ہے۔
       *[england] اگر آپ کو ترجمان کی ضرورت ہو تو مانگیں۔ آپ یہ بھی پوچھ سکتے ہیں کہ کیا آنے جانے یا بچوں کی دیکھ بھال کے لیے مدد مل سکتی ہے۔
    }
# source: Wales Safeguarding Procedures s3 pt2 (separate attendance); 003_23392368096e3b46.txt (attendance that may put people in danger) (content review M9)
before-rights-safety = کیا آپ کسی کے ساتھ ایک ہی کمرے میں خود کو غیر محفوظ محسوس کرتے ہیں؟ میٹنگ کے دن سے پہلے سوشل ورکر یا چیئرپرسن کو بتائیں۔ وہ انتظام کر سکتے ہیں کہ آپ الگ سے شرکت کریں۔
# source: 003_23392368096e3b46.txt
before-rights-asked-not-to-come = کبھی کبھی والدین سے کہا جاتا ہے کہ وہ میٹنگ میں نہ آئیں۔ ایسا تب ہو سکتا ہے جب ان کے وہاں ہونے سے کسی کو خطرہ ہو۔ چیئرپرسن فیصلہ کرتے ہیں کہ کون آئے گا۔ پھر بھی آپ کی رائے سنی جانی چاہیے۔

before-reports-heading = رپورٹیں
# source: 003_23392368096e3b46.txt, 001_ae30d34ab232a286.txt (areas differ on timing)
before-reports-share = سوشل ورکر کو میٹنگ سے پہلے اپنی رپورٹ لازمی طور پر آپ کو دینی ہوتی ہے۔ کتنا پہلے، یہ آپ کے علاقے پر منحصر ہے۔ یہ 5 کام کے دن پہلے ہو سکتا ہے، یا صرف 2 یا 3 دن پہلے۔ رپورٹ ہاتھ سے دی جا سکتی ہے یا ڈاک سے آ سکتی ہے۔
before-reports-every = آپ کو ہر پیشہ ور فرد کی رپورٹ دکھائی جانی چاہیے۔ آپ ان کی کاپیاں اپنے پاس رکھ سکتے ہیں۔
before-reports-wrong = اگر کسی رپورٹ میں کوئی بات غلط ہو تو سوشل ورکر کو بتائیں۔ چیئرپرسن کو بھی بتائیں۔
# source: 003_23392368096e3b46.txt; ideas: public (parent advocacy tips)
before-reports-your-own = آپ کانفرنس کے لیے اپنی رپورٹ خود لکھ سکتے ہیں۔ کوئی بھی اسے لکھنے میں آپ کی مدد کر سکتا ہے۔ آپ ان باتوں کے بارے میں لکھ سکتے ہیں:
before-reports-idea-going-well = آپ کے خاندان میں کیا اچھا چل رہا ہے
before-reports-idea-worries = آپ کو کس بات کی فکر ہے
before-reports-idea-help = کس چیز سے آپ کی اور آپ کے بچے کی مدد ہو گی

before-children-heading = میٹنگ میں آپ کا بچہ
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
before-children-attend = اگر آپ کے بچے کے لیے ٹھیک ہو تو وہ میٹنگ میں آ سکتا ہے۔ اکثر یہ تقریباً 10 یا 12 سال کی عمر سے ہوتا ہے، لیکن ہر علاقے میں فرق ہوتا ہے۔ سوشل ورکر میٹنگ کی تیاری میں بچے کی مدد کرتے ہیں۔
before-children-childcare = بہتر ہے کہ چھوٹے بچوں کو ساتھ نہ لائیں۔ اگر بچوں کی دیکھ بھال کے لیے مدد چاہیے تو سوشل ورکر سے پوچھیں۔

before-day-heading = میٹنگ کے دن
# source: 003_23392368096e3b46.txt
before-day-early = تقریباً 15 منٹ پہلے پہنچیں۔ عام طور پر چیئرپرسن پہلے آپ سے ملتے ہیں اور بتاتے ہیں کہ میٹنگ میں کیا ہو گا۔
before-day-break = میٹنگ کے دوران آپ کسی بھی وقت تھوڑے وقفے کے لیے کہہ سکتے ہیں۔

## During the conference

during-start-heading = میٹنگ کیسے شروع ہوتی ہے
# source: 003_23392368096e3b46.txt
during-start-chair = چیئرپرسن سب سے کہتے ہیں کہ وہ اپنا تعارف کروائیں۔ پھر چیئرپرسن بتاتے ہیں کہ یہ میٹنگ کیوں ہو رہی ہے۔
during-start-share = ہر شخص آپ کے بچے اور خاندان کے بارے میں جو جانتا ہے، وہ بتاتا ہے۔ آپ کو بھی موقع ملے گا کہ آپ جو جانتے ہیں اور جو سوچتے ہیں، وہ بتائیں۔

during-happens-heading = میٹنگ میں کیا ہوتا ہے
# source: 003_23392368096e3b46.txt
during-happens-minutes = ایک شخص میٹنگ کے نوٹس لکھتا ہے۔ ان نوٹس کو [[minutes|میٹنگ کی کارروائی]] (minutes) کہتے ہیں۔ بعد میں آپ کو اس کی ایک کاپی ملے گی۔
# source: Wales Safeguarding Procedures s3 pt2 ("decision-making process": the practitioners decide, taking the family's views into account); 003_23392368096e3b46.txt (the final decision rests with the chair) (content review M3)
during-happens-decide = فیصلہ پیشہ ور افراد کرتے ہیں، آپ کی رائے سننے کے بعد۔ اگر وہ آپس میں متفق نہ ہوں تو چیئرپرسن فیصلہ کرتے ہیں۔ آپ کہہ سکتے ہیں کہ آپ کا اختلاف میٹنگ کی کارروائی میں لکھا جائے۔
# source: Wales Safeguarding Procedures s3 pt2 ("Post conference": corrections to the chair within 10 working days of receiving the minutes; dissent recorded); England: local procedures (e.g. Tees: accuracy taken up with the chair) (content review M11)
during-happens-check-minutes = { $nation ->
        [wales] جب میٹنگ کی کارروائی آئے تو اسے پڑھیں۔ اگر کچھ غلط ہو تو چیئرپرسن کو لکھیں۔ کہیں کہ اسے درست کیا جائے، یا آپ کی رائے شامل کی جائے۔ یہ اسے ملنے کے 10 کام کے دنوں کے اندر کریں۔
       *[england] جب میٹنگ کی کارروائی آئے تو اسے پڑھیں۔ اگر کچھ غلط ہو تو چیئرپرسن کو لکھیں۔ کہیں کہ اسے درست کیا جائے، یا آپ کی رائے شامل کی جائے۔ چیئرپرسن سے پوچھیں کہ آپ کے پاس اس کے لیے کتنا وقت ہے۔
    }
during-happens-break = اگر آپ پریشان ہوں تو تھوڑے وقفے کے لیے کہہ سکتے ہیں۔

during-decisions-heading = کیا فیصلے ہو سکتے ہیں
# source: 003_23392368096e3b46.txt
during-decisions-intro = کانفرنس یہ فیصلہ کر سکتی ہے:
during-decisions-no-action = کہ مزید کچھ کرنے کی ضرورت نہیں
during-decisions-support = { $nation ->
        [wales] کہ آپ کے خاندان کو [[care-and-support-plan|دیکھ بھال اور مدد کے پلان]] (care and support plan) کے ذریعے مدد ملے
       *[england] کہ آپ کے خاندان کو [[child-in-need-plan|ضرورت مند بچے کے پلان]] (Child in Need plan) کے ذریعے مدد ملے
    }
during-decisions-plan = { $nation ->
        [wales] کہ آپ کے بچے کو [[care-and-support-protection-plan|دیکھ بھال، مدد اور تحفظ کے پلان]] (care and support protection plan) کی ضرورت ہے
       *[england] کہ آپ کے بچے کو [[child-protection-plan|بچوں کے تحفظ کے پلان]] (child protection plan) کی ضرورت ہے
    }
# source: 003_23392368096e3b46.txt (a decision for each child); Wales Safeguarding Procedures s3 pt2 (one or more categories) (content review L1, L2)
during-decisions-plan-details = کانفرنس آپ کے ساتھ رہنے والے ہر بچے کے لیے الگ فیصلہ کرتی ہے۔ پلان میں [[category-of-harm|نقصان کی ایک یا زیادہ قسمیں]] (category of harm) لکھی جاتی ہیں۔ { $nation ->
        [wales] یہ قسمیں ہیں: جسمانی بدسلوکی، جنسی بدسلوکی، جذباتی یا نفسیاتی بدسلوکی، مالی بدسلوکی، اور غفلت۔
       *[england] یہ قسمیں ہیں: جسمانی بدسلوکی، جنسی بدسلوکی، جذباتی بدسلوکی، اور غفلت۔
    }
# source: 003_23392368096e3b46.txt; Wales: 004_cdfde2f55ea0fb42.txt
during-decisions-core-group = { $nation ->
        [wales] کانفرنس اس سوشل ورکر کا نام بتاتی ہے جو پلان کا انتظام سنبھالیں گے۔ یہ بھی طے کرتی ہے کہ [[core-group|بنیادی گروپ]] (core group) میں کون ہو گا۔
       *[england] کانفرنس ایک [[lead-social-worker|مرکزی سوشل ورکر]] (lead social worker) مقرر کرتی ہے۔ یہ بھی طے کرتی ہے کہ [[core-group|بنیادی گروپ]] (core group) میں کون ہو گا۔
    }
# source: 004_cdfde2f55ea0fb42.txt
# source: Wales Safeguarding Procedures s3 pt2 ("The Child Protection Register": only when a care and support protection plan is made; confidential) (content review M2)
during-decisions-register = ہو سکتا ہے آپ کے بچے کو [[care-and-support-protection-plan|دیکھ بھال، مدد اور تحفظ کے پلان]] (care and support protection plan) کی ضرورت ہو۔ اگر ایسا ہو تو بچے کا نام [[child-protection-register|بچوں کے تحفظ کے رجسٹر]] (child protection register) میں بھی لکھا جاتا ہے۔ یہ ایک نجی فہرست ہے۔ اسے صرف پیشہ ور افراد دیکھ سکتے ہیں۔
# source: CONTENT-FACTS.md section 2 (England has had no register since 2008)
during-decisions-no-register = انگلینڈ میں 2008 سے بچوں کے تحفظ کا کوئی رجسٹر نہیں ہے۔ اس کی جگہ لوگ کہتے ہیں کہ آپ کا بچہ "بچوں کے تحفظ کے پلان پر ہے" ("is subject to a child protection plan")۔
# source: 003_23392368096e3b46.txt
during-decisions-not-removal = کانفرنس آپ کے بچے کو آپ سے الگ نہیں کر سکتی۔ یہ کہہ سکتی ہے کہ بچوں کی سروسز قانونی مشورہ لیں۔
# source: Children Act 1989 ss31, 44, 46 (only a court orders removal without agreement; police protection for up to 72 hours); these apply in Wales too (content review M5)
during-decisions-court-only = صرف عدالت یہ فیصلہ کر سکتی ہے کہ آپ کی مرضی کے بغیر آپ کا بچہ کہیں اور رہے۔ ہنگامی صورت میں پولیس بھی 72 گھنٹے تک کے لیے قدم اٹھا سکتی ہے۔
# source: England: Children Act 1989 s20(7)-(8); Wales: Social Services and Well-being (Wales) Act 2014 s76 and the NSPCC Wales summary (a parent can require the child's return at any stage) (content review M5)
during-decisions-living-elsewhere = { $nation ->
        [wales] ہو سکتا ہے آپ سے کہا جائے کہ آپ اپنے بچے کے کسی اور کے ساتھ رہنے پر رضامندی دیں۔ اسے اکثر "section 76" کہا جاتا ہے۔ یہ آپ کی مرضی ہے، اور آپ اسے کسی بھی وقت ختم کر سکتے ہیں۔ رضامندی دینے سے پہلے وکیل سے مشورہ کریں۔
       *[england] ہو سکتا ہے آپ سے کہا جائے کہ آپ اپنے بچے کے کسی اور کے ساتھ رہنے پر رضامندی دیں۔ اسے اکثر "section 20" کہا جاتا ہے۔ یہ آپ کی مرضی ہے، اور آپ اسے کسی بھی وقت ختم کر سکتے ہیں۔ رضامندی دینے سے پہلے وکیل سے مشورہ کریں۔
    }
# source: Family Rights Group guidance on written agreements (not court orders; can be used as evidence) (content review M5)
during-decisions-agreements = ہو سکتا ہے آپ سے کسی تحریری معاہدے (written agreement) یا حفاظتی پلان (safety plan) پر دستخط کرنے کو بھی کہا جائے۔ یہ عدالت کا حکم نہیں ہے، لیکن بعد میں اسے ثبوت کے طور پر استعمال کیا جا سکتا ہے۔ دستخط کرنے سے پہلے وکیل سے بات کریں۔
# source: public (council guidance)
during-decisions-responsibility = پلان ہونے سے آپ کی [[parental-responsibility|والدین کی ذمہ داری]] (parental responsibility) ختم نہیں ہوتی۔

during-leave-heading = جانے سے پہلے
# source: 004_cdfde2f55ea0fb42.txt
# source: 004_cdfde2f55ea0fb42.txt (a Wales duty); England: good practice (content review L7)
during-leave-intro = { $nation ->
        [wales] میٹنگ کے آخر تک چیئرپرسن کو یقینی بنانا ہے کہ یہ باتیں آپ کو صاف سمجھ آ گئی ہیں:
       *[england] میٹنگ کے آخر تک چیئرپرسن کو یقینی بنانا چاہیے کہ یہ باتیں آپ کو صاف سمجھ آ گئی ہیں:
    }
during-leave-evidence = اس بات کا ثبوت کہ آپ کے بچے کو نقصان پہنچا ہے، یا پہنچ سکتا ہے
during-leave-change = کیا بدلنے کی ضرورت ہے
during-leave-expected = آپ سے کیا کرنے کی توقع ہے
during-leave-ask = اگر کوئی بات صاف نہ ہو تو پوچھیں۔ آپ چیئرپرسن سے کہہ سکتے ہیں کہ وہ دوبارہ سمجھائیں۔

## The core group

core-group-what-heading = بنیادی گروپ (core group) کیا ہے؟
# source: 000_1e1dbaff73eac1a8.txt, 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-what-group = اگر آپ کے بچے کا پلان بنتا ہے تو ایک چھوٹا گروپ اس پر عمل کرنے کے لیے ملتا ہے۔ یہ [[core-group|بنیادی گروپ]] (core group) ہے۔ اس کی میٹنگیں کانفرنس کے مقابلے میں کم رسمی ہوتی ہیں۔
core-group-what-members = اس گروپ میں وہ پیشہ ور افراد ہوتے ہیں جو آپ کے بچے کے ساتھ سب سے زیادہ کام کرتے ہیں۔ جیسے سوشل ورکر، صحت کی نرس (health visitor)، استاد، یا نرسری یا اسکول کی نرس۔ خاندان کے اہم لوگ بھی اس میں شامل ہوتے ہیں۔ عام طور پر آپ بھی اس کے رکن ہوتے ہیں۔

core-group-when-heading = یہ گروپ کب ملتا ہے؟
# source: 004_cdfde2f55ea0fb42.txt (10 working days); organiser: 000_1e1dbaff73eac1a8.txt
core-group-when-first = { $nation ->
        [wales] پہلی میٹنگ کانفرنس کے 10 [[working-day|کام کے دنوں]] کے اندر ہوتی ہے۔ آپ کے سوشل ورکر اس کا انتظام کرتے ہیں۔
       *[england] پہلی میٹنگ کانفرنس کے 10 [[working-day|کام کے دنوں]] کے اندر ہوتی ہے۔ [[lead-social-worker|مرکزی سوشل ورکر]] (lead social worker) اس کا انتظام کرتے ہیں۔
    }
# source: Wales: 004_cdfde2f55ea0fb42.txt; England: no national rule (CONTENT-FACTS.md section 3)
core-group-when-regular = { $nation ->
        [wales] اس کے بعد گروپ کم از کم ہر 6 ہفتے میں ملتا ہے۔ اکثر یہ ہر مہینے ملتا ہے۔
       *[england] اس کے بعد گروپ باقاعدگی سے ملتا ہے۔ کتنی بار ملنا ہے، اس کا کوئی قومی اصول نہیں ہے۔ بہت سے علاقوں میں یہ ہر 4 سے 6 ہفتے میں ملتا ہے، اس لیے پوچھ لیں۔
    }

core-group-plan-heading = پلان بنانا
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt, 004_cdfde2f55ea0fb42.txt
core-group-plan-outline = کانفرنس نے پلان کا ایک خاکہ بنایا تھا۔ بنیادی گروپ اس خاکے کو تمام تفصیلات کے ساتھ ایک مکمل پلان میں بدلتا ہے۔
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-plan-says = پلان میں یہ لکھا ہوتا ہے:
core-group-plan-social-worker = آپ کا سوشل ورکر کون ہے
core-group-plan-needs = آپ کے بچے کو کیا چاہیے، اور یہ ضرورتیں کیسے پوری ہوں گی
core-group-plan-actions = آپ کے بچے کو زیادہ محفوظ رکھنے کے لیے کیا کیا جائے گا
core-group-plan-who = ہر کام کون کرے گا، آپ بھی اور پیشہ ور افراد بھی
core-group-plan-when = ہر کام کب تک ہو جانا چاہیے
# source: 000_1e1dbaff73eac1a8.txt
core-group-plan-examples-intro = میٹنگ کے بعد ہر شخص کو معلوم ہونا چاہیے کہ وہ کیا کرے گا، اور کب تک۔ مثال کے طور پر:
core-group-plan-example-dentist = آپ ایک مہینے کے اندر اپنے بچے کو دانتوں کے ڈاکٹر کے پاس لے جائیں گے
core-group-plan-example-school = اسکول ہفتے میں دو بار اسکول کے بعد کلب کی سہولت دے گا
core-group-plan-example-housing = ہاؤسنگ افسر دو ہفتوں کے اندر فلیٹ کی مرمت کروائے گا

core-group-helps-heading = کیا چیز مدد کر سکتی ہے
# source: 000_1e1dbaff73eac1a8.txt
core-group-helps-read = پہلی میٹنگ سے پہلے پڑھ لیں کہ کانفرنس نے کیا فیصلہ کیا تھا۔
core-group-helps-questions = اپنے سوال لکھ کر ساتھ لے جائیں۔
core-group-helps-views = یقینی بنائیں کہ لوگ پلان کے بارے میں آپ کی رائے سمجھتے ہیں۔
core-group-helps-support = ایسی مدد کی تجویز دیں جو آپ کے خاندان کے کام آئے۔
core-group-helps-family = اپنے رشتہ داروں کو شروع سے ہی شامل کریں۔
core-group-helps-fgc = ایک [[family-group-conference|خاندانی گروپ کانفرنس]] (family group conference) کے لیے کہیں۔

core-group-visits-heading = ملاقاتیں اور جائزہ
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
core-group-visits-often = سوشل ورکر باقاعدگی سے آپ سے ملنے آئیں گے۔ بہت سے علاقوں میں یہ کم از کم ہر 10 کام کے دنوں میں ایک بار ہوتا ہے، لیکن ہر علاقے میں فرق ہوتا ہے۔ کچھ ملاقاتیں پہلے سے بتائے بغیر بھی ہو سکتی ہیں۔
core-group-visits-see = سوشل ورکر آپ کے بچے سے اکیلے میں ملیں گے۔ وہ آپ کا گھر بھی دیکھیں گے، اور وہ جگہ بھی جہاں آپ کا بچہ سوتا ہے۔
# source: 003_23392368096e3b46.txt
core-group-visits-assessment = آپ کے بچے کی ضرورتوں کا [[assessment|جائزہ]] (assessment) جاری رہتا ہے۔ یہ آپ کو بھی دکھایا جانا چاہیے۔
# source: Working Together to Safeguard Children 2023 (an assessment within 45 working days of the referral) (content review L8)
core-group-visits-assessment-england = انگلینڈ میں، جائزہ (assessment) ریفرل (referral) کے 45 کام کے دنوں کے اندر مکمل ہو جانا چاہیے۔ یہ مدت اس وقت سے گنی جاتی ہے جب بچوں کی سروسز کو پہلی بار اس فکر کا پتا چلا۔
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-assessment-wales = ویلز میں یہ جائزہ 42 کام کے دنوں کے اندر مکمل ہونا ضروری ہے۔ یہ مدت [[section-47-enquiries|سیکشن 47 کی تحقیقات]] (section 47 enquiries) شروع ہونے سے گنی جاتی ہے۔
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-contingency = گروپ ایک [[contingency-plan|متبادل پلان]] (contingency plan) بھی بنا سکتا ہے۔ اس میں لکھا ہوتا ہے کہ اگر پلان کام نہ کرے تو کیا ہو گا۔

## The review conference

review-when-heading = یہ کب ہوتی ہے؟
# source: 000, 001, 002, 003, 004 (all agree)
review-when-timing = پہلی [[review-conference|نظرِ ثانی کانفرنس]] (review conference) پہلی کانفرنس کے 3 مہینے کے اندر ہوتی ہے۔ اس کے بعد، جب تک پلان چلتا ہے، کم از کم ہر 6 مہینے میں نظرِ ثانی ہوتی ہے۔
review-when-early = اگر پلان کام نہ کر رہا ہو تو نظرِ ثانی کانفرنس پہلے بھی بلائی جا سکتی ہے۔
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-when-who = عام طور پر وہی چیئرپرسن اس کی صدارت کرتے ہیں، اور بہت سے وہی پیشہ ور افراد آتے ہیں۔ آپ کو بھی بلایا جائے گا۔

review-looks-heading = اس میں کیا دیکھا جاتا ہے
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-looks-intro = نظرِ ثانی میں یہ دیکھا جاتا ہے:
review-looks-plan = پلان کتنا اچھا کام کر رہا ہے
review-looks-working-together = آپ اور پیشہ ور افراد مل کر کیسے کام کر رہے ہیں
review-looks-worries = کیا آپ کے بچے کے بارے میں اب بھی سنگین فکر ہے
review-looks-reports = نظرِ ثانی سے پہلے پیشہ ور افراد رپورٹیں لکھتے ہیں۔ ان میں لکھا ہوتا ہے کہ کیا بہتر ہوا ہے، اور کس بات کی انہیں اب بھی فکر ہے۔

review-ready-heading = تیاری کرنا
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-ready-changes = سوچیں کہ پچھلی کانفرنس کے بعد آپ کے خاندان میں کیا بدلا ہے۔ سوچیں کہ اس سے آپ کے بچے کو کیا فرق پڑا ہے۔ آپ یہ لکھ کر ساتھ لے جا سکتے ہیں۔

review-outcome-means = اس کا کیا مطلب ہے
review-outcome-feel = آپ کیسا محسوس کر سکتے ہیں
review-outcome-do = اب کیا کریں

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-ends-heading = نتیجہ 1: پلان ختم ہو جاتا ہے
review-ends-means = کانفرنس فیصلہ کرتی ہے کہ اب آپ کے بچے کو سنگین نقصان کا خطرہ نہیں ہے۔ پلان ختم ہو جاتا ہے۔
review-ends-feel = بہت سے والدین کو سکون ملتا ہے۔ کچھ کو یہ فکر بھی ہوتی ہے کہ جو مدد مل رہی تھی وہ ختم ہو جائے گی۔
review-ends-do = { $nation ->
        [wales] سوچیں کہ کیا آپ کو اب بھی مدد چاہیے۔ ایک [[care-and-support-plan|دیکھ بھال اور مدد کا پلان]] (care and support plan) آپ کے خاندان کے لیے مدد طے کر سکتا ہے۔
       *[england] سوچیں کہ کیا آپ کو اب بھی مدد چاہیے۔ ایک [[child-in-need-plan|ضرورت مند بچے کا پلان]] (Child in Need plan) آپ کے خاندان کے لیے مدد طے کر سکتا ہے۔
    } مدد اس بات پر منحصر نہیں ہونی چاہیے کہ آپ کے بچے کو نقصان کا خطرہ ہو۔

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-continues-heading = نتیجہ 2: پلان جاری رہتا ہے
review-continues-means = کانفرنس فیصلہ کرتی ہے کہ آپ کے بچے کو اب بھی خطرہ ہے۔ پلان جاری رہتا ہے، اور اس میں تبدیلی ہو سکتی ہے۔
review-continues-feel = یہ مشکل لگ سکتا ہے، خاص طور پر اگر آپ نے پلان پر بہت محنت کی ہو۔ اپنے احساسات بتانا بالکل ٹھیک ہے۔
review-continues-do = پلان میں کسی بھی تبدیلی کے بارے میں اپنی رائے بتائیں۔ اگلی نظرِ ثانی 6 مہینے کے اندر ہو گی۔ ایک [[legal-planning-meeting|قانونی منصوبہ بندی کی میٹنگ]] (legal planning meeting) بھی ہو سکتی ہے۔

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-legal-heading = نتیجہ 3: سنگین فکر باقی رہتی ہے
review-legal-means = اگر اب بھی سنگین فکر ہو تو بچوں کی سروسز ایک قانونی منصوبہ بندی کی میٹنگ کرتی ہیں۔ اس میں وہ قانونی مشورہ لیتی ہیں۔ وہ مزید مدد دے سکتی ہیں، یا عدالت میں درخواست دے سکتی ہیں۔
# source: Children Act 1989 ss44, 46; Practice Direction 12A (Public Law Outline): legal steps are not tied to a review (content review M5)
review-legal-any-time = بچوں کی سروسز کسی بھی وقت قانونی مشورہ لے سکتی ہیں، صرف جائزے کے بعد ہی نہیں۔
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (free once a letter arrives, not before) (content review M1)
review-legal-feel = یہ ڈراؤنا لگ سکتا ہے۔ آپ کو اکیلے اس کا سامنا نہیں کرنا پڑے گا۔ مفت مشورے کی فون لائنیں ابھی مدد کر سکتی ہیں۔ اگر آپ کو خط ملے تو قانونی مدد مفت ہے۔
review-legal-letters = بچوں کی سروسز کو آپ کو خط لکھنا چاہیے۔ خط دو طرح کے ہوتے ہیں:
# source: Practice Direction 12A (Public Law Outline); Family Rights Group "What happens at a pre-proceedings meeting" (content review M6)
review-legal-letter-before = ایک [[letter-before-proceedings|عدالتی کارروائی سے پہلے کا خط]] (letter before proceedings) بتاتا ہے کہ عدالت جانے سے بچنے کے لیے آپ کیا کر سکتے ہیں۔ اسے اکثر "PLO خط" (PLO letter) کہا جاتا ہے۔
review-legal-letter-issue = ایک [[letter-of-issue|عدالتی کارروائی کا خط]] (letter of issue) بتاتا ہے کہ وہ عدالت جا رہی ہیں۔
review-legal-solicitor = اگر آپ کو ان میں سے کوئی بھی خط ملے تو فوراً ایسے وکیل سے ملیں جو بچوں کے قانون کا ماہر ہو۔ خط اپنے ساتھ لے جائیں۔
# source: Practice Direction 12A (Public Law Outline): the letter before proceedings invites the parent to a pre-proceedings meeting; Family Rights Group (content review M6)
review-legal-plo = یہاں PLO کا مطلب [[plo|Public Law Outline]] ہے، یعنی عدالت جانے سے پہلے کے قواعد۔ خط میں آپ کو ایک میٹنگ میں بلایا جاتا ہے، جسے اکثر PLO میٹنگ کہتے ہیں۔ اپنے وکیل کو ساتھ لے جائیں۔
# source: public (Family Rights Group A-Z "Legal aid"; legal aid regulations for this stage)
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (content review M1)
review-legal-aid = جب آپ کو عدالتی کارروائی سے پہلے کا خط ملے تو قانونی مدد مفت ہے، چاہے آپ کی آمدنی کچھ بھی ہو۔ اسے [[legal-aid|قانونی امداد]] (legal aid) کہتے ہیں۔ اس میں مشورہ، خط اور کونسل سے بات چیت شامل ہیں۔ اس کے بعد ہونے والی میٹنگ میں وکیل بھی شامل ہے۔ سیدھا ایسے وکیل کے پاس جائیں جو قانونی امداد پر کام کرتا ہو اور بچوں کے قانون کا ماہر ہو۔ آمدنی کی جانچ (means test) کا انتظار نہ کریں۔
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (care proceedings: free whatever the income or merits); Family Rights Group "Working with a solicitor" (content review M1)
review-legal-court-aid = اگر کونسل عدالت جاتی ہے تو آپ کو عدالتی مقدمے کے لیے مفت قانونی امداد ملتی ہے۔ آپ کی آمدنی سے فرق نہیں پڑتا۔
# source: GOV.UK "Find a legal aid adviser" (find-legal-advice.justice.gov.uk); the Law Society's "Find a Solicitor" (solicitors.lawsociety.org.uk, Children Law Accreditation); Family Rights Group "Working with a solicitor" (content review M6). Web services only: no phone number is given
review-legal-find = وکیل تلاش کرنے کے لیے GOV.UK پر "Find a legal aid adviser" تلاش کریں۔ یا Law Society (وکیلوں کی تنظیم) کی "Find a Solicitor" سروس استعمال کریں۔ ایسا وکیل چنیں جو بچوں کے قانون پر کام کرتا ہو۔ فون کرتے وقت بتائیں کہ آپ کے پاس عدالت کے بارے میں خط ہے۔

review-guidance-heading = اس گائیڈ کے بارے میں
review-guidance = یہ انگلینڈ اور ویلز کے لیے عام رہنمائی ہے، قانونی مشورہ نہیں۔ ہر علاقے میں کام کرنے کا طریقہ مختلف ہوتا ہے۔ اپنے سوشل ورکر یا وکیل سے پوچھیں۔

## Complaints and advice

help-complain-heading = اگر آپ کانفرنس سے خوش نہیں ہیں
# source: 003_23392368096e3b46.txt
# source: LGSCO fact sheet "Child protection issues" (complain to the chair as soon as possible); Greater Manchester procedure (in writing within 28 days) (content review M7)
help-complain-chair = کانفرنس کے چیئرپرسن کو خط لکھیں۔ یہ جتنی جلدی ہو سکے کریں۔ کچھ علاقے تقریباً 28 دن کے اندر خط مانگتے ہیں۔ اگر آپ چاہیں تو سوشل ورکر خط لکھنے میں آپ کی مدد کر سکتے ہیں۔
# source: London Safeguarding Children Procedures PA8 (conference complaints follow the partnership's own procedure, not the Children Act complaints procedure) (content review M7)
help-complain-team = چیئرپرسن سے پوچھیں کہ آپ کے علاقے میں کانفرنس کے بارے میں شکایات کیسے کی جاتی ہیں۔ کچھ علاقوں میں اس کا خاص طریقہ ہوتا ہے۔ کچھ علاقے کونسل کی شکایات ٹیم استعمال کرتے ہیں، جسے کبھی کبھی کسٹمر کیئر (customer care) کہتے ہیں۔ آپ خود بھی اس ٹیم سے رابطہ کر سکتے ہیں۔
# source: London Safeguarding Children Procedures PA8; Greater Manchester; St Helens (the decision stands while a complaint is considered; the outcome and category can be challenged) (content review M7)
help-complain-meanwhile = جب تک آپ کی شکایت دیکھی جا رہی ہو، پلان جاری رہتا ہے۔ آپ اس بارے میں شکایت کر سکتے ہیں کہ کانفرنس کیسے چلائی گئی، یا اس نے کیا فیصلہ کیا۔
# source: public (the ombudsmen's fact sheets)
help-complain-ombudsman = { $nation ->
        [wales] اگر کونسل کی شکایت کے دونوں مرحلوں سے مسئلہ حل نہ ہو تو آپ Public Services [[ombudsman|Ombudsman]] for Wales کے پاس جا سکتے ہیں۔ یہ ایک آزاد محتسب ہے جو شکایات دیکھتا ہے۔ عام طور پر آپ کو مسئلے کا پتا چلنے کے 12 مہینے کے اندر جانا ہوتا ہے۔
       *[england] اگر کونسل کے شکایت کے طریقے سے مسئلہ حل نہ ہو تو آپ Local Government and Social Care [[ombudsman|Ombudsman]] کے پاس جا سکتے ہیں۔ یہ ایک آزاد محتسب ہے جو شکایات دیکھتا ہے۔ پہلے چیئرپرسن سے شکایت کریں۔ عام طور پر آپ کو 12 مہینے کے اندر محتسب کے پاس جانا ہوتا ہے۔
    }
help-complain-ombudsman-limits = { $nation ->
        [wales] محتسب (Ombudsman) خود کانفرنس کے فیصلے کو نہیں دیکھ سکتا۔ وہ یہ دیکھتا ہے کہ کونسل نے کیسے کام کیا۔
       *[england] محتسب (Ombudsman) کانفرنس کا فیصلہ نہیں بدل سکتا۔ وہ یہ دیکھتا ہے کہ کونسل نے کیسے کام کیا۔
    }

# source: content review L14 (Civil Legal Advice is a 0345 number: the advice is free, the call may not be)
help-lines-heading = مشورے کی لائنیں
help-lines-intro = کال کرنے کے لیے نمبر پر ٹیپ کریں۔ پہلے یہ دیکھ لیں کہ لائن کب کھلی ہوتی ہے۔
# source: frg.org.uk "Our advice service" (England only); content review M8. No Wales advice line on child protection could be sourced and checked (2026-12-04), so none is shown; a parent is pointed to a solicitor and an advocate instead
help-lines-wales = فیملی رائٹس گروپ (Family Rights Group) کی مشورہ لائن صرف انگلینڈ کے لیے ہے۔ ہمیں ابھی تک ویلز کے لیے بچوں کے تحفظ پر مشورے کی کوئی تصدیق شدہ لائن نہیں ملی۔ بچوں کے قانون کے ماہر وکیل سے مشورہ لیں۔ کونسل سے پوچھیں کہ کیا والدین کے لیے کوئی حمایتی (advocate) موجود ہے۔

help-local-heading = آپ کے اپنے مقامی نمبر
# source: CONTENT-FACTS.md section 5 (local numbers differ by council)
help-local-numbers = آپ کے سوشل ورکر، چیئرپرسن، کونسل کی دفتری اوقات کے بعد کی سروس، آپ کے وکیل اور آپ کے [[advocate|حمایتی]] (advocate) کے نمبر ہر علاقے میں مختلف ہوتے ہیں۔ آپ یہ نمبر اسی فون پر محفوظ رکھ سکتے ہیں۔
help-local-link = میرے رابطے محفوظ رکھیں

help-faq-heading = والدین اکثر یہ سوال پوچھتے ہیں
help-faq-record-q = کیا مجھے میٹنگ ریکارڈ کرنے کی اجازت ہے؟
# source: content review L6 (taking notes needs no permission; recording depends on local rules)
help-faq-record-a = اگر آپ میٹنگ ریکارڈ کرنا چاہتے ہیں تو میٹنگ سے پہلے چیئرپرسن سے پوچھیں۔ ہر علاقے کے اصول مختلف ہیں۔ آپ کو میٹنگ کی کارروائی (minutes) کی کاپی ملے گی۔ آپ اپنے نوٹس خود لکھ سکتے ہیں۔
help-faq-complain-q = اگر میں شکایت کروں تو کیا یہ میرے خلاف جائے گا؟
help-faq-complain-a = شکایت کرنا آپ کا حق ہے۔ اس سے بچوں کی سروسز کا آپ کے ساتھ یا آپ کے بچے کے ساتھ سلوک نہیں بدلنا چاہیے۔ اگر آپ کو اس کی فکر ہے تو پہلے کسی مشورے کی لائن سے بات کریں۔
help-faq-new-worker-q = کیا دوسرا سوشل ورکر مانگا جا سکتا ہے؟
help-faq-new-worker-a = آپ درخواست کر سکتے ہیں۔ سوشل ورکر کے مینیجر کو خط لکھیں اور وجہ بتائیں۔ کونسل کے لیے آپ کی بات ماننا ضروری نہیں۔
help-faq-no-call-back-q = اگر میرا سوشل ورکر مجھے واپس فون نہ کرے تو کیا کروں؟
help-faq-no-call-back-a = لکھ لیں کہ آپ نے کب فون کیا۔ پھر ان کے مینیجر یا اپنی کونسل کی ڈیوٹی ٹیم (duty team) سے رابطہ کریں، یعنی وہ سوشل ورکر جو اس دن ڈیوٹی پر ہوں۔ آپ شکایات ٹیم سے بھی رابطہ کر سکتے ہیں۔
help-faq-how-long-q = شکایت میں کتنا وقت لگتا ہے؟
help-faq-how-long-a = { $nation ->
        [wales] یہ آپ کی کونسل پر منحصر ہے، اس لیے شکایات ٹیم سے پوچھیں کہ جواب کب تک ملے گا۔ کونسل کے دونوں مرحلوں کے بعد آپ محتسب (Ombudsman) کے پاس جا سکتے ہیں۔ عام طور پر آپ کو مسئلے کا پتا چلنے کے 12 مہینے کے اندر جانا ہوتا ہے۔
       *[england] یہ آپ کی کونسل پر منحصر ہے، اس لیے شکایات ٹیم سے پوچھیں کہ جواب کب تک ملے گا۔ عام طور پر آپ کو 12 مہینے کے اندر محتسب (Ombudsman) کے پاس جانا ہوتا ہے۔
    }
help-faq-end-early-q = کیا میرے بچے کا پلان جلدی ختم ہو سکتا ہے؟
help-faq-end-early-a = پلان عام طور پر نظرِ ثانی کانفرنس میں ختم ہوتا ہے۔ اگر حالات بہت بدل گئے ہیں تو سوشل ورکر یا چیئرپرسن سے پوچھیں کہ کیا نظرِ ثانی پہلے ہو سکتی ہے۔

## Advice lines (numbers are data in src/core/content/advice.rs)

# source: 002_d34d1fa72bfe9724.txt, public. The number in 003 (0800 731 1696) is out of date.
line-frg-name = Family Rights Group مشورہ لائن
line-frg-about = انگلینڈ کے ان خاندانوں کے لیے مفت مشورہ جن کے بچوں کے معاملے میں بچوں کی سروسز شامل ہیں۔ ٹیکسٹ فون: پہلے 18001 ملائیں۔
line-frg-hours = پیر سے جمعہ، صبح 9.30 سے سہ پہر 3 بجے تک، بینک کی چھٹیوں کے علاوہ
# source: 003_23392368096e3b46.txt (hours could not be confirmed, so none are shown)
line-family-lives-name = Family Lives
line-family-lives-about = بچوں کی پرورش کرنے والے ہر شخص کے لیے مفت مدد۔
# source: public
line-cla-name = Civil Legal Advice
line-cla-about = یہ حکومت کی قانونی مشورہ سروس ہے۔ یہ چیک کرتی ہے کہ کیا آپ کو دوسرے مسائل کے لیے قانونی امداد (legal aid) مل سکتی ہے۔ اگر آپ کے پاس عدالتی کارروائی سے پہلے کا خط (letter before proceedings) ہے تو اس کے بجائے سیدھا بچوں کے قانون کے ماہر وکیل کے پاس جائیں۔
line-cla-hours = پیر سے جمعہ، صبح 9 سے رات 8 بجے تک۔ ہفتہ، صبح 9 سے دوپہر 12.30 بجے تک
# source: public
line-samaritans-name = Samaritans
line-samaritans-about = اگر آپ کے لیے حالات سنبھالنا مشکل ہو رہا ہے۔ مفت۔
line-samaritans-hours = کسی بھی وقت، دن ہو یا رات
line-emergency-name = ایمرجنسی
line-emergency-about = اگر کسی کو ابھی خطرہ ہے۔

line-call = { $name } کو کال کریں
line-checked = آخری بار چیک کیا گیا: { $date }
