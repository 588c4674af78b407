# اس گائیڈ میں استعمال ہونے والے الفاظ کی فہرست، اردو میں۔
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Each term has a name (term-<id>) and a meaning of one or two short
# sentences (term-<id>-meaning). The ids are anchors on /glossary/: never rename one.

glossary-title = اس گائیڈ میں استعمال ہونے والے الفاظ
glossary-intro = سوشل ورکر اور میٹنگوں میں استعمال ہونے والے الفاظ کا مطلب۔

term-advocate = حمایتی (Advocate)
term-advocate-meaning = ایسا شخص جو آپ کی بات کہنے میں آپ کی مدد کرتا ہے، اور یقینی بناتا ہے کہ آپ کی بات سنی جائے۔ حمایتی آپ کی طرف ہوتا ہے اور بچوں کی سروسز کے لیے کام نہیں کرتا۔ حمایتی عام طور پر وکیل نہیں ہوتا۔
term-assessment = جائزہ (Assessment)
term-assessment-meaning = جب سوشل ورکر آپ کے بچے کی ضرورتوں اور آپ کے خاندان کے بارے میں معلوم کرتے ہیں۔ وہ آپ سے، آپ کے بچے سے اور دوسرے لوگوں سے بات کرتے ہیں، پھر جو پتا چلا وہ لکھ لیتے ہیں۔
term-care-and-support-plan = دیکھ بھال اور مدد کا پلان (Care and support plan)
term-care-and-support-plan-meaning = ویلز میں، بچے اور خاندان کی مدد کا ایک پلان۔ یہ تب استعمال ہوتا ہے جب دیکھ بھال، مدد اور تحفظ کا پلان نہ ہو۔
term-care-and-support-protection-plan = دیکھ بھال، مدد اور تحفظ کا پلان (Care and support protection plan)
term-care-and-support-protection-plan-meaning = ویلز میں، وہ پلان جو بچوں کے تحفظ کی کانفرنس کے بعد بچے کو محفوظ رکھنے کے لیے بنایا جاتا ہے۔
term-category-of-harm = نقصان کی قسم (Category of harm)
term-category-of-harm-meaning = نقصان کی وہ بڑی قسم جس کی کانفرنس کو فکر ہے، جیسے غفلت یا جسمانی بدسلوکی۔ پلان میں ایک یا زیادہ قسمیں لکھی جاتی ہیں۔
term-chair = چیئرپرسن (Chair)
term-chair-meaning = وہ شخص جو کانفرنس کی صدارت کرتا ہے۔ یہ ایک تجربہ کار سوشل ورکر ہوتے ہیں۔ وہ کونسل کے لیے کام کرتے ہیں، لیکن آپ کے بچے کے کیس کا حصہ نہیں ہوتے۔
term-child-in-need-plan = ضرورت مند بچے کا پلان (Child in Need plan)
term-child-in-need-plan-meaning = انگلینڈ میں، بچے اور خاندان کی مدد کا ایک پلان۔ یہ تب استعمال ہوتا ہے جب بچوں کے تحفظ کا پلان نہ ہو۔
term-child-protection-conference = بچوں کے تحفظ کی کانفرنس (Child protection conference)
term-child-protection-conference-meaning = ایک میٹنگ جو بچوں کی سروسز تب بلاتی ہیں جب انہیں سخت فکر ہو کہ کسی بچے کو نقصان پہنچ رہا ہے، یا پہنچ سکتا ہے۔ پہلی میٹنگ کو ابتدائی کانفرنس (initial conference) کہتے ہیں۔ بعد والی میٹنگوں کو نظرِ ثانی کانفرنس (review conference) کہتے ہیں۔
term-child-protection-plan = بچوں کے تحفظ کا پلان (Child protection plan)
term-child-protection-plan-meaning = بچے کو محفوظ رکھنے کے لیے بنایا گیا پلان۔ کانفرنس پلان کا خاکہ بناتی ہے، اور بنیادی گروپ اس خاکے کو تفصیلی پلان میں بدلتا ہے۔
term-child-protection-register = بچوں کے تحفظ کا رجسٹر (Child protection register)
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (confidential, not a criminal record) (content review L12)
term-child-protection-register-meaning = ویلز میں، ان بچوں کی فہرست جن کا دیکھ بھال، مدد اور تحفظ کا پلان ہے۔ یہ نجی ہے: اسے صرف پیشہ ور افراد دیکھ سکتے ہیں۔ یہ کوئی مجرمانہ ریکارڈ نہیں ہے۔ انگلینڈ نے 2008 میں رجسٹر استعمال کرنا بند کر دیا۔
term-childrens-services = بچوں کی سروسز (Children's services)
term-childrens-services-meaning = آپ کی کونسل کا وہ حصہ جو بچوں اور خاندانوں کے ساتھ کام کرتا ہے۔ اسے کبھی کبھی سوشل سروسز (social services) بھی کہتے ہیں۔
term-contingency-plan = متبادل پلان (Contingency plan)
term-contingency-plan-meaning = ایک پلان کہ اگر اصل پلان کام نہ کرے تو کیا ہو گا۔
term-core-group = بنیادی گروپ (Core group)
term-core-group-meaning = { $nation ->
        [wales] پیشہ ور افراد اور خاندان کے لوگوں کا ایک چھوٹا گروپ جو دیکھ بھال، مدد اور تحفظ کے پلان پر عمل کرواتا ہے۔ عام طور پر آپ بھی اس کے رکن ہوتے ہیں۔
       *[england] پیشہ ور افراد اور خاندان کے لوگوں کا ایک چھوٹا گروپ جو بچوں کے تحفظ کے پلان پر عمل کرواتا ہے۔ عام طور پر آپ بھی اس کے رکن ہوتے ہیں۔
    }
term-family-group-conference = خاندانی گروپ کانفرنس (Family group conference)
term-family-group-conference-meaning = ایک میٹنگ جس میں آپ کا خاندان اور دوست خود ایک پلان بناتے ہیں، تاکہ آپ کا بچہ محفوظ رہے۔ آپ بچوں کی سروسز سے اس کے لیے کہہ سکتے ہیں۔
term-health-visitor = صحت کی نرس (Health visitor)
term-health-visitor-meaning = ایک نرس جو 5 سال سے چھوٹے بچوں والے خاندانوں کی مدد کرتی ہے۔
term-lead-social-worker = مرکزی سوشل ورکر (Lead social worker)
term-lead-social-worker-meaning = وہ سوشل ورکر جو آپ کے بچے کے پلان کے ذمہ دار ہوتے ہیں۔ انہیں کی ورکر (key worker) یا لیڈ پریکٹیشنر (lead practitioner) بھی کہا جا سکتا ہے۔
term-legal-aid = قانونی امداد (Legal aid)
term-legal-aid-meaning = وکیل کی فیس ادا کرنے کے لیے حکومت کی مدد۔ شروع میں یہ آپ کی آمدنی پر منحصر ہے۔ اگر آپ کو عدالتی کارروائی سے پہلے کا خط (letter before proceedings) ملے تو یہ مفت ہے، چاہے آپ کی آمدنی کچھ بھی ہو۔ عدالتی مقدمے کے لیے بھی یہ مفت ہے۔
term-legal-planning-meeting = قانونی منصوبہ بندی کی میٹنگ (Legal planning meeting)
term-legal-planning-meeting-meaning = ایک میٹنگ جس میں بچوں کی سروسز قانونی مشورہ لیتی ہیں کہ عدالت جانا ہے یا نہیں۔
term-letter-before-proceedings = عدالتی کارروائی سے پہلے کا خط (Letter before proceedings)
term-letter-before-proceedings-meaning = بچوں کی سروسز کا ایک خط۔ اس میں لکھا ہوتا ہے کہ وہ عدالت جانے کا سوچ رہی ہیں، اور آپ اس سے بچنے کے لیے کیا کر سکتے ہیں۔ اسے فوراً بچوں کے قانون کے ماہر وکیل کے پاس لے جائیں۔
term-letter-of-issue = عدالتی کارروائی کا خط (Letter of issue)
term-letter-of-issue-meaning = بچوں کی سروسز کا ایک خط۔ اس میں لکھا ہوتا ہے کہ وہ عدالت جا رہی ہیں۔ اسے فوراً بچوں کے قانون کے ماہر وکیل کے پاس لے جائیں۔
term-minutes = میٹنگ کی کارروائی (Minutes)
term-minutes-meaning = میٹنگ کے لکھے ہوئے نوٹس۔ آپ کو اس کی ایک کاپی ملنی چاہیے۔
term-ombudsman = محتسب (Ombudsman)
term-ombudsman-meaning = ایک آزاد سروس جو کونسلوں کے بارے میں شکایات دیکھتی ہے۔ یہ دیکھتی ہے کہ کونسل نے کیسے کام کیا، کانفرنس کا فیصلہ نہیں۔
term-parental-responsibility = والدین کی ذمہ داری (Parental responsibility)
term-parental-responsibility-meaning = وہ حقوق اور فرائض جو والدین کے اپنے بچے کے لیے ہوتے ہیں۔ بچوں کے تحفظ کا پلان انہیں ختم نہیں کرتا۔
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
term-plo = PLO (Public Law Outline)
term-plo-meaning = وہ قواعد جن پر کونسلیں کسی بچے کے بارے میں عدالت جانے سے پہلے عمل کرتی ہیں۔ یہ مرحلہ عدالتی کارروائی سے پہلے کے خط سے شروع ہوتا ہے۔ اس خط میں آپ کو اپنے وکیل کے ساتھ ایک میٹنگ میں بلایا جاتا ہے۔
term-pre-birth-conference = پیدائش سے پہلے کی کانفرنس (Pre-birth conference)
term-pre-birth-conference-meaning = بچوں کے تحفظ کی کانفرنس جو بچے کی پیدائش سے پہلے ہوتی ہے۔
term-review-conference = نظرِ ثانی کانفرنس (Review conference)
term-review-conference-meaning = ایک کانفرنس جو دیکھتی ہے کہ بچوں کے تحفظ کا پلان کیسا چل رہا ہے۔ پہلی 3 مہینے کے اندر ہوتی ہے، پھر کم از کم ہر 6 مہینے میں۔
term-section-47-enquiries = سیکشن 47 کی تحقیقات (Section 47 enquiries)
term-section-47-enquiries-meaning = وہ جانچ پڑتال جو بچوں کی سروسز تب کرتی ہیں جب انہیں لگے کہ کسی بچے کو سنگین نقصان کا خطرہ ہو سکتا ہے۔ یہ نام بچوں کے قانون Children Act 1989 کے سیکشن 47 سے آیا ہے۔
term-significant-harm = سنگین نقصان (Significant harm)
term-significant-harm-meaning = ایسا نقصان جو اتنا سنگین ہو کہ بچے کی صحت یا نشوونما پر اثر ڈالے۔ بچوں کے تحفظ کی کانفرنس کو اسی کی فکر ہوتی ہے۔
term-strategy-discussion = حکمتِ عملی کی بات چیت (Strategy discussion)
term-strategy-discussion-meaning = فکر کی باتوں کے بارے میں بچوں کی سروسز، پولیس اور دوسرے لوگوں کے درمیان بات چیت۔ یہ کانفرنس سے پہلے ہوتی ہے۔
term-working-day = کام کا دن (Working day)
term-working-day-meaning = پیر سے جمعہ تک، بینک کی چھٹیوں کو چھوڑ کر۔
