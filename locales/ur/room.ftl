# میٹنگ میں کون کون ہے: "میٹنگ میں لے جائیں" والے صفحے پر، والدین کی اگلی میٹنگ کے لوگ اور یہ کہ ہر شخص وہاں کیوں ہے، اردو میں۔
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Who is in the room: on Take to the meeting, the people at the parent's next meeting and why
# each is there. Fetched with that page only. Short sentences, plain words: read at the meeting.

room-heading = میٹنگ میں کون کون ہے
room-intro = جن لوگوں کے نام آپ کے دعوت نامے میں ہیں، انہیں شامل کریں۔ جو کوئی اور آئے، اسے بھی شامل کریں۔ میٹنگ میں یہ فہرست دکھاتی ہے کہ ہر شخص کون ہے اور وہاں کیوں ہے۔ ویڈیو کال پر بھی اس سے مدد ملتی ہے۔
room-empty = ابھی کسی کو شامل نہیں کیا گیا۔
room-add-heading = کسی شخص کو شامل کریں
room-name = ان کا نام
room-role = وہ وہاں کیوں ہیں
room-add = فہرست میں شامل کریں
room-name-needed = پہلے ان کا نام لکھیں۔
room-from-contacts = "میرے رابطے" سے:
# $name is a saved contact's name, $role the role they come in.
room-add-contact = شامل کریں: { $name }، { $role }
room-remove = { $name } کو فہرست سے ہٹائیں
room-removed = فہرست سے ہٹا دیا گیا: { $name }

# source: ../shared/CONTENT-FACTS.md section 1 "Who may be there" (003; 001 for the chair) and section 2 (the chair introduces everyone; decides where people disagree)
room-role-chair = کانفرنس کے چیئرپرسن (chair)
room-role-chair-why = یہ میٹنگ چلاتے ہیں۔ یہ آپ کے خاندان کے کیس کا حصہ نہیں ہوتے۔ یہ یقینی بناتے ہیں کہ آپ کی بات سنی جائے۔ اگر باقی لوگ متفق نہ ہوں تو یہ فیصلہ کرتے ہیں۔
# source: CONTENT-FACTS section 1 (your child's social worker)
room-role-social-worker = سوشل ورکر
room-role-social-worker-why = یہ آپ کے خاندان کے ساتھ کام کرتے ہیں۔ اس میٹنگ کے لیے رپورٹ انہوں نے لکھی ہے۔
# source: CONTENT-FACTS section 1 ("and perhaps their manager")
room-role-team-manager = ٹیم مینیجر
room-role-team-manager-why = سوشل ورکر کے مینیجر۔
# source: CONTENT-FACTS section 1 (a health visitor, child under 5); glossary health-visitor
room-role-health-visitor = صحت کی نرس (health visitor)
room-role-health-visitor-why = ایک نرس جو دیکھتی ہے کہ نوزائیدہ اور 5 سال سے چھوٹے بچے کیسے بڑھ رہے ہیں اور ان کا حال کیسا ہے۔
# source: CONTENT-FACTS section 1 ("Others may come, such as … hospital staff"); NHS: school nurses work with school-age children
room-role-school-nurse = اسکول کی نرس (school nurse)
room-role-school-nurse-why = ایک نرس جو اسکول میں بچوں کی صحت کا خیال رکھتی ہے۔
# source: CONTENT-FACTS section 1 (your GP)
room-role-gp = فیملی ڈاکٹر (GP)
room-role-gp-why = آپ کا فیملی ڈاکٹر۔ یہ بتاتے ہیں کہ انہیں آپ کے بچے اور آپ کے خاندان کی صحت کے بارے میں کیا معلوم ہے۔
# source: CONTENT-FACTS section 1 (a teacher; an education welfare officer)
room-role-teacher = استاد یا اسکول کا عملہ
room-role-teacher-why = یہ بتاتے ہیں کہ آپ کا بچہ اسکول یا نرسری میں کیسا کر رہا ہے۔
# source: CONTENT-FACTS section 1 (a police officer who specialises in child protection)
room-role-police-officer = پولیس افسر
room-role-police-officer-why = یہ بچوں کو محفوظ رکھنے کا کام کرتے ہیں۔ یہ بتاتے ہیں کہ پولیس کو کیا معلوم ہے۔
# source: CONTENT-FACTS section 1 (a community paediatrician)
room-role-paediatrician = بچوں کا ڈاکٹر (paediatrician)
room-role-paediatrician-why = یہ بچوں کے ڈاکٹر ہیں۔ ہو سکتا ہے انہوں نے آپ کے بچے کا معائنہ کیا ہو۔
# source: CONTENT-FACTS section 1 (a minute taker) and section 2 (writes notes; you get a copy of the minutes)
room-role-minute-taker = میٹنگ کے نوٹس لکھنے والا (minute taker)
room-role-minute-taker-why = جو کچھ کہا جاتا ہے، یہ اسے لکھتے ہیں۔ بعد میں آپ کو ان نوٹس کی ایک کاپی ملے گی۔ انہیں میٹنگ کی کارروائی (minutes) کہتے ہیں۔
# source: CONTENT-FACTS section 1 ("Others may come, such as a probation officer")
room-role-probation = پروبیشن افسر (probation officer)
room-role-probation-why = یہ ان لوگوں کے ساتھ کام کرتے ہیں جن کا قانون کے ساتھ کوئی مسئلہ رہا ہو۔
# source: CONTENT-FACTS (a plan can include the housing officer's part: section 3 example "the housing officer repairs the flat")
room-role-housing = ہاؤسنگ افسر (housing officer)
room-role-housing-why = یہ کونسل یا آپ کے مالک مکان کے لیے کام کرتے ہیں۔ یہ آپ کے گھر کے معاملات دیکھتے ہیں۔
# source: CONTENT-FACTS section 1 ("Ask for an interpreter if you need one", Wales procedures)
room-role-interpreter = ترجمان
room-role-interpreter-why = جو سب کہتے ہیں، یہ آپ کو آپ کی زبان میں بتاتے ہیں۔ اور جو آپ کہتے ہیں، یہ انہیں ان کی زبان میں بتاتے ہیں۔
# source: glossary advocate; CONTENT-FACTS section 1 (a supporter if you wish)
room-role-advocate = حمایتی (advocate)
room-role-advocate-why = یہ آپ کا ساتھ دینے کے لیے وہاں ہیں۔ جو آپ کہنا چاہتے ہیں، اسے کہنے میں یہ آپ کی مدد کرتے ہیں۔
# source: CONTENT-FACTS section 1 (a supporter if you wish; a friend or relative; tell the social worker beforehand)
room-role-my-supporter = میرا مددگار
room-role-my-supporter-why = کوئی دوست یا رشتہ دار، جو آپ کے ساتھ آئے ہیں۔
# source: CONTENT-FACTS section 1 (a solicitor can advise you before and after; in many areas they cannot speak during the meeting)
room-role-my-solicitor = میرا وکیل (solicitor)
room-role-my-solicitor-why = آپ کا اپنا وکیل۔ بہت سے علاقوں میں وکیل میٹنگ کے دوران بول نہیں سکتا: چیئرپرسن سے پوچھیں۔
room-role-other = کوئی اور
room-role-other-why = چیئرپرسن سے پوچھیں کہ یہ وہاں کیوں ہیں۔
