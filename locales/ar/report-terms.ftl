# شرح الكلمات في التقرير: صفحة «افهم التقرير»، ومعنى الكلمات التي يجدها ولي الأمر في تقرير الأخصائي الاجتماعي، باللغة العربية.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# "Understand a report": what the words in a social worker's report, the minutes, a plan or a
# letter mean. Translated from the English; plain Arabic (Modern Standard), reading age about 9 to 11.
# The marked words are the report's own (English): keep acronyms in Latin letters, with the English
# phrase in brackets where it helps. Keep every `# source:` line as it is (English).
# The ids are the catalogue's (src/core/report_terms/catalogue.rs): never rename one.

## The page (its interface; the terms follow)

rp-intro = الصق أو اكتب كلمات من تقرير، أو من محضر اجتماع، أو من خطة، أو من رسالة. كل كلمة نعرفها تظهر عليها علامة. اضغط على الكلمة التي عليها علامة لترى معناها.
rp-private = يبقى النص على هذا الهاتف. لا يُرسَل إلى أي مكان. ويُحذف عندما تغادر هذه الصفحة، إلا إذا اخترت الاحتفاظ به.
rp-text-label = نص من تقريرك
rp-open-file = أو افتح ملفًا نصيًا (.txt)
rp-file-wrong = تعذّرت قراءة هذا الملف كنص. انسخ الكلمات منه، والصقها هنا بدلًا من ذلك.
rp-keep = الاحتفاظ بهذا التقرير على هاتفي
rp-keep-hint = يُحفظ مثل ملاحظاتك الأخرى: يُقفل برمز المرور إذا كنت قد وضعت رمزًا، ويُحذف مع «حذف كل بياناتي».
rp-clear = مسح النص
rp-summary = { $count ->
    [0] لم نجد بعد أي كلمة من قائمتنا.
    [one] وجدنا كلمة واحدة قد تريد أن تعرف معناها.
    [two] وجدنا كلمتين قد تريد أن تعرف معناهما.
    [few] وجدنا { $count } كلمات قد تريد أن تعرف معناها.
    [many] وجدنا { $count } كلمة قد تريد أن تعرف معناها.
   *[other] وجدنا { $count } كلمة قد تريد أن تعرف معناها.
}
rp-marked-heading = نصّك، مع علامات على الكلمات
rp-list-heading = الكلمات الموجودة في نصّك
rp-explain-close = إغلاق
rp-reply = الرد على هذه الجملة في رسالة
rp-replied = أُضيفت الجملة إلى ردك على التقرير.
rp-open-reply = افتح الرد
rp-source-note = مصدر هذه المعلومات: القوانين والإرشادات في إنجلترا وويلز. تأكّد من أي أمر مهم مع محامٍ أو مناصِر (advocate).
rp-ask = سؤال يمكنك طرحه
rp-add-question = إضافة إلى «أسئلتي»
rp-question-added = تمت الإضافة إلى «أسئلتي».
rp-see-glossary = المزيد في قائمة الكلمات
rp-nothing-yet = لا يوجد شيء لشرحه بعد. الصق بعض النص في الأعلى.

rt-group-law = القانون والإجراءات
rt-group-people = الأشخاص
rt-group-health-school = الصحة والمدرسة
rt-group-about-parents = كلمات يستخدمها المختصون عن الوالدين

## The law and the process

# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures s3 pt2
rt-child-protection-conference = اجتماع عن سلامة طفلك. تعقده خدمات الأطفال عندما تكون قلقة جدًا من أن طفلك يتعرض للأذى، أو قد يتعرض له. أنت مدعوّ إليه. وهو ليس محكمة.
# source: Working Together to Safeguard Children 2023 ch. 4 (within 15 working days of the strategy discussion); Wales Safeguarding Procedures s3 pt2
rt-icpc = الاختصار ICPC يعني المؤتمر الأولي لحماية الطفل (initial child protection conference). وهو أول مؤتمر عن طفلك. يقرر هل يحتاج طفلك إلى خطة حماية الطفل. ويُعقد عادةً خلال 15 يوم عمل من النقاش الاستراتيجي (strategy discussion).
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt, 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 ch. 4
rt-review-conference = الاختصار RCPC يعني مؤتمر المراجعة لحماية الطفل (review child protection conference). ينظر في مدى نجاح الخطة، وهل ما زالت لازمة. يُعقد الأول خلال 3 أشهر من المؤتمر الأول. ثم مرة كل 6 أشهر على الأقل.
# source: Family Rights Group glossary; Wales Safeguarding Procedures s3 pt2 (pre-birth conference)
rt-pre-birth-conference = مؤتمر حماية طفل يُعقد قبل ولادة الطفل. يقرر هل سيحتاج الطفل إلى خطة منذ ولادته.
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4
rt-child-protection-plan = الاختصار CPP يعني خطة حماية الطفل (child protection plan). وهي الخطة التي توضع لحماية الطفل. تذكر ما الذي يحتاج إلى تغيير، ومن سيفعل ماذا، وفي أي موعد. وهي لا تلغي مسؤوليتك الأبوية (parental responsibility).
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (outline plan at the conference, detailed plan by the core group)
rt-outline-plan = الخطة الأولى القصيرة التي توضع في المؤتمر. ثم تحوّلها المجموعة الأساسية (core group) إلى خطة كاملة فيها كل التفاصيل.
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures (common abbreviation)
rt-cp = الاختصار CP يعني حماية الطفل (child protection): العمل على حماية الطفل من الأذى الخطير.
# source: Children Act 1989 s17(10); Social Services and Well-being (Wales) Act 2014 Part 3 (Wales speaks of care and support needs)
rt-child-in-need = { $nation ->
        [wales] الاختصار CIN يعني الطفل المحتاج إلى الدعم (child in need): طفل يحتاج إلى مساعدة إضافية ليكون بصحة جيدة وينمو نموًا جيدًا، أو طفل لديه إعاقة. والقانون في ويلز يسمّيه الآن طفلًا لديه احتياجات رعاية ودعم (care and support needs).
       *[england] الاختصار CIN يعني الطفل المحتاج إلى الدعم (child in need): طفل يحتاج إلى مساعدة إضافية من المجلس المحلي ليكون بصحة جيدة وينمو نموًا جيدًا، أو طفل لديه إعاقة. والاسم مأخوذ من المادة 17 من قانون الأطفال لعام 1989 (Children Act 1989).
    }
# source: Children Act 1989 s17; Working Together to Safeguard Children 2023 ch. 3; 002_d34d1fa72bfe9724.txt
rt-child-in-need-plan = { $nation ->
        [wales] خطة لتقديم المساعدة والدعم للطفل والعائلة، تُستخدم في إنجلترا. وفي ويلز تُسمّى هذه الخطة خطة الرعاية والدعم (care and support plan).
       *[england] خطة لتقديم المساعدة والدعم للطفل والعائلة. تُستخدم عندما لا توجد خطة حماية الطفل، أو بعد انتهائها. وهي تكون بموافقتك: لا تُفرض عليك.
    }
# source: Social Services and Well-being (Wales) Act 2014 s54; 002_d34d1fa72bfe9724.txt
rt-care-and-support-plan = في ويلز، هي خطة لتقديم المساعدة والدعم للطفل والعائلة. تُستخدم عندما لا توجد خطة الحماية للرعاية والدعم (care and support protection plan).
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures s3 pt2
rt-care-and-support-protection-plan = في ويلز، هي الخطة التي توضع في مؤتمر حماية الطفل لحماية الطفل. ويبقى اسم الطفل في سجل حماية الطفل (child protection register) ما دامت الخطة قائمة.
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (content review L12)
rt-child-protection-register = في ويلز، هو قائمة سرّية بالأطفال الذين لديهم خطة الحماية للرعاية والدعم. لا يطّلع عليها إلا المختصون. وليست سجلًا جنائيًا.
# source: Working Together to Safeguard Children 2023 (categories of abuse); Wales Safeguarding Procedures (adds financial abuse)
rt-category-of-harm = { $nation ->
        [wales] النوع الرئيسي من الأذى الذي يقلق المؤتمر: الإساءة الجسدية، أو الإساءة الجنسية، أو الإساءة العاطفية أو النفسية، أو الإهمال، أو الإساءة المالية.
       *[england] النوع الرئيسي من الأذى الذي يقلق المؤتمر: الإساءة الجسدية، أو الإساءة الجنسية، أو الإساءة العاطفية، أو الإهمال.
    }
# source: Working Together to Safeguard Children 2023 (definition of physical abuse)
rt-physical-abuse = إيذاء جسد الطفل عمدًا، مثل الضرب، أو الهزّ، أو الحرق، أو التسميم. ويشمل أيضًا جعل الطفل مريضًا عمدًا.
# source: Working Together to Safeguard Children 2023 (definition of emotional abuse); Wales Safeguarding Procedures ("emotional or psychological abuse")
rt-emotional-abuse = معاملة الطفل بطريقة تجرح مشاعره وتضرّ نموّه بشدة، مرة بعد مرة. مثلًا: جعله يشعر بأنه بلا قيمة أو بالخوف، أو تركه يرى أو يسمع الإساءة الأسرية (domestic abuse).
# source: Working Together to Safeguard Children 2023 (definition of sexual abuse)
rt-sexual-abuse = دفع الطفل إلى المشاركة في أفعال جنسية، أو السماح بذلك، أو عرض أشياء جنسية عليه. ويمكن أن يحدث ذلك عبر الإنترنت أيضًا.
# source: Working Together to Safeguard Children 2023 (definition of neglect)
rt-neglect = عدم تلبية الاحتياجات الأساسية للطفل مرة بعد مرة، فتتضرر صحته أو نموّه بشدة. مثلًا: عدم توفير ما يكفي من الطعام، أو الدفء، أو الأمان، أو الرعاية الطبية، أو الإشراف.
# source: Wales Safeguarding Procedures (categories of abuse and neglect in Wales)
rt-financial-abuse = في ويلز، هو نوع من الأذى يمكن أن تذكره الخطة. ويعني أخذ مال الطفل أو أغراضه، أو إساءة استخدامها، أو عدم تلبية احتياجاته بالمال المخصص له.
# source: Children Act 1989 s31(9)-(10) and s47; 001_ae30d34ab232a286.txt
rt-significant-harm = أذى شديد إلى درجة أنه يؤثر على صحة الطفل أو نموّه. وهذا ما يقلق مؤتمر حماية الطفل.
# source: Children Act 1989 s47; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures ("a47 enquiries")
rt-section-47-enquiries = فحوصات على خدمات الأطفال أن تقوم بها عندما تظن أن طفلًا قد يكون معرّضًا لخطر الأذى الخطير (significant harm). الاسم مأخوذ من المادة 47 من قانون الأطفال لعام 1989 (Children Act 1989). يتحدث الأخصائي الاجتماعي معك، ومع طفلك، ومع أشخاص آخرين.
# source: Children Act 1989 s17
rt-section-17 = المادة 17 من قانون الأطفال لعام 1989 (Children Act 1989). تسمح للمجلس المحلي بتقديم المساعدة والخدمات للطفل المحتاج إلى الدعم (child in need) ولعائلته. والمساعدة بموجب المادة 17 اختيارية.
# source: Children Act 1989 s20(7)-(8); CONTENT-FACTS.md second round (content review)
rt-section-20 = المادة 20 من قانون الأطفال لعام 1989 (Children Act 1989). يعيش طفلك في مكان آخر، مثلًا مع أسرة حاضنة (foster carers)، لأنك موافق على ذلك. هذا ليس أمرًا من المحكمة. ويستطيع الوالد الذي لديه المسؤولية الأبوية (parental responsibility) أن يُنهيه ويأخذ الطفل إلى البيت. استشر محاميًا أولًا.
# source: Social Services and Well-being (Wales) Act 2014 s76; cyfraith.llyw.cymru "Diogelu"
rt-section-76 = في ويلز، المادة 76 من قانون الخدمات الاجتماعية والرفاه في ويلز لعام 2014 (Social Services and Well-being (Wales) Act 2014). يعيش طفلك في مكان آخر، مثلًا مع أسرة حاضنة (foster carers)، لأنك موافق على ذلك. هذا ليس أمرًا من المحكمة، ويمكنك إنهاؤه. استشر محاميًا أولًا.
# source: Children Act 1989 s31
rt-section-31 = المادة 31 من قانون الأطفال لعام 1989 (Children Act 1989). وهي الجزء من القانون الذي يسمح للمحكمة بإصدار أمر رعاية (care order) أو أمر إشراف (supervision order).
# source: Children Act 1989 s31(2); Practice Direction 12A (threshold document)
rt-threshold = مستوى القلق الذي لا بد من الوصول إليه قبل أن يمكن اتخاذ خطوة ما. لا تستطيع المحكمة أن تصدر أمر رعاية (care order) إلا إذا وجدت أن الطفل يعاني من أذى خطير (significant harm)، أو أنه من المرجّح أن يعاني منه. ولا بد أن يكون سبب الأذى هو الرعاية التي يحصل عليها الطفل. ووثيقة العتبة (threshold document) تذكر الحقائق التي يقول المجلس المحلي إنها تُثبت ذلك.
# source: Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures
rt-strategy-discussion = نقاش بين خدمات الأطفال والشرطة والجهات الصحية وغيرها حول المخاوف على طفل. يقرر هل هناك حاجة إلى تحقيقات المادة 47 (section 47 enquiries). ويُعقد قبل المؤتمر.
# source: Working Together to Safeguard Children 2023 ch. 3 (assessment within 45 working days); 004_cdfde2f55ea0fb42.txt (Wales: 42 working days from the start of section 47 enquiries)
rt-assessment = { $nation ->
        [wales] هو أن يتعرّف الأخصائي الاجتماعي على احتياجات طفلك وعلى عائلتك. يتحدث معك ومع طفلك ومع أشخاص آخرين، ثم يكتب ما وجده. إذا كانت لدى الطفل خطة، ينبغي أن ينتهي التقييم خلال 42 يوم عمل من بداية التحقيقات.
       *[england] هو أن يتعرّف الأخصائي الاجتماعي على احتياجات طفلك وعلى عائلتك. يتحدث معك ومع طفلك ومع أشخاص آخرين، ثم يكتب ما وجده. ينبغي أن ينتهي التقييم خلال 45 يوم عمل.
    }
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures
rt-contingency-plan = خطة لما سيحدث إذا لم تنجح الخطة الرئيسية، أو إذا ساءت الأمور.
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (first meeting within 10 working days)
rt-core-group = مجموعة صغيرة من المختصين وأفراد العائلة، تعمل على تنفيذ الخطة. وأنت عادةً من أعضائها. يكون أول اجتماع لها خلال 10 أيام عمل من المؤتمر.
# source: Family Rights Group (family group conferences); 000_1e1dbaff73eac1a8.txt
rt-family-group-conference = الاختصار FGC يعني مؤتمر المجموعة العائلية (family group conference). تجتمع عائلتك وأصدقاؤك ليضعوا خطتهم الخاصة لحماية طفلك. يمكنك طلب هذا المؤتمر من خدمات الأطفال.
# source: 002_d34d1fa72bfe9724.txt; 000_1e1dbaff73eac1a8.txt
rt-legal-planning-meeting = اجتماع تحصل فيه خدمات الأطفال على نصيحة قانونية: هل تذهب إلى المحكمة أم لا. لا يحضر الوالدان هذا الاجتماع. وقد يؤدي إلى رسالة ما قبل الإجراءات القضائية (letter before proceedings).
# source: 002_d34d1fa72bfe9724.txt; Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5 (content review M1)
rt-letter-before-proceedings = الاختصار LBP يعني رسالة ما قبل الإجراءات القضائية (letter before proceedings). تقول إن خدمات الأطفال تفكر في الذهاب إلى المحكمة، وتذكر ما يمكنك فعله لتجنّب ذلك. خذها فورًا إلى محامٍ متخصص في قانون الأطفال. النصيحة القانونية مجانية في هذه المرحلة، مهما كان دخلك.
# source: 002_d34d1fa72bfe9724.txt
rt-letter-of-issue = رسالة من خدمات الأطفال تقول إنها ستذهب إلى المحكمة. خذها فورًا إلى محامٍ متخصص في قانون الأطفال.
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
rt-plo = الاختصار PLO يعني Public Law Outline. وهي القواعد التي تتبعها المجالس المحلية قبل قضايا الأطفال في المحكمة وأثناءها. تبدأ مرحلة ما قبل الإجراءات القضائية (pre-proceedings) برسالة ما قبل الإجراءات القضائية (letter before proceedings). وهي فرصة لإجراء تغييرات وتجنّب المحكمة.
# source: Practice Direction 12A; Department for Education, Court orders and pre-proceedings (2014)
rt-pre-proceedings-meeting = اجتماع يُعقد بعد رسالة ما قبل الإجراءات القضائية. تذهب إليه مع محاميك. يقول المجلس المحلي ما الذي لا بد أن يتغير، ويمكنك أن تقول ما المساعدة التي تحتاجها.
# source: 003_23392368096e3b46.txt; Wales Safeguarding Procedures (corrections within 10 working days)
rt-minutes = الملاحظات المكتوبة عن الاجتماع. من حقك أن تحصل على نسخة منها. إذا كان فيها شيء خاطئ، فأخبر رئيس المؤتمر (chair).
# source: Children Act 1989 ss2-3; council guidance (a plan does not remove it)
rt-parental-responsibility = الاختصار PR يعني المسؤولية الأبوية (parental responsibility): الحقوق والواجبات التي يملكها الأب أو الأم تجاه طفلهما. خطة حماية الطفل لا تلغيها.
# source: Working Together to Safeguard Children 2023 (timescales in working days); Wales Safeguarding Procedures
rt-working-day = من الاثنين إلى الجمعة، دون احتساب العطل الرسمية (bank holidays).
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5; Family Rights Group (content review M1)
rt-legal-aid = مساعدة من الحكومة لدفع أتعاب المحامي. في البداية تعتمد على دخلك. إذا وصلتك رسالة ما قبل الإجراءات القضائية، تكون مجانية مهما كان دخلك. وهي مجانية أيضًا في القضية أمام المحكمة.
# source: Local Government and Social Care Ombudsman and Public Services Ombudsman for Wales fact sheets
rt-ombudsman = جهة مستقلة تنظر في الشكاوى ضد المجالس المحلية، بعد نظام الشكاوى في المجلس نفسه. وهي تنظر في طريقة تصرّف المجلس. ولا تستطيع تغيير قرار المؤتمر.
# source: 003_23392368096e3b46.txt; Children Act 2004 s18 (director of children's services)
rt-childrens-services = الجزء من المجلس المحلي الذي يعمل مع الأطفال والعائلات. ويُسمّى أيضًا الرعاية الاجتماعية للأطفال (children's social care، واختصارها CSC) أو الخدمات الاجتماعية (social services).
# source: Children Act 1989 s105 (local authority); Social Services and Well-being (Wales) Act 2014 s197
rt-local-authority = الاختصار LA يعني السلطة المحلية (local authority): أي المجلس المحلي (council) في منطقتك.
# source: Children Act 1989 (legislation.gov.uk)
rt-children-act-1989 = القانون الرئيسي الخاص بالأطفال في إنجلترا وويلز. يحدد المسؤولية الأبوية، والمساعدة للعائلات، ومتى تستطيع المحاكم إصدار الأوامر.
# source: Social Services and Well-being (Wales) Act 2014 (legislation.gov.uk); cyfraith.llyw.cymru "Diogelu"
rt-sswba = القانون في ويلز الخاص بالمساعدة والدعم من الخدمات الاجتماعية، وبحماية الأطفال والبالغين. ويُسمّى غالبًا قانون 2014 (the 2014 Act).
# source: Working Together to Safeguard Children 2023 (statutory guidance, GOV.UK)
rt-working-together = إرشادات الحكومة للمختصين في إنجلترا عن حماية الأطفال. أحدث نسخة منها صدرت عام 2023. وهي تشرح كيف ينبغي أن تسير حماية الطفل.
# source: Wales Safeguarding Procedures 2019 (safeguarding.wales), which replaced the All Wales Child Protection Procedures 2008
rt-wales-safeguarding-procedures = القواعد التي يتبعها المختصون في ويلز لحماية الأطفال والبالغين. وقد حلّت في عام 2019 محلّ القواعد الأقدم، واسمها All Wales Child Protection Procedures.
# source: Children Act 1989 ss44-45 (up to 8 days, can be extended by up to 7)
rt-epo = الاختصار EPO يعني أمر الحماية الطارئة (emergency protection order). تستطيع المحكمة إصداره عندما يكون الطفل في خطر الآن. يمكن أن يستمر حتى 8 أيام، ويمكن تمديده حتى 7 أيام أخرى. ابحث عن محامٍ فورًا.
# source: Children Act 1989 s46 (up to 72 hours)
rt-police-protection = تستطيع الشرطة أن تأخذ الطفل إلى مكان آمن، أو أن تبقيه فيه، إذا رأت أنه قد يتعرض لأذى شديد إن لم تفعل. ويمكن أن يستمر ذلك حتى 72 ساعة. وهذا ليس أمرًا من المحكمة.
# source: Children Act 1989 s38
rt-ico = الاختصار ICO يعني أمر الرعاية المؤقت (interim care order): أمر رعاية قصير المدة تصدره المحكمة أثناء سير القضية. ويتقاسم المجلس المحلي معك المسؤولية الأبوية عن طفلك. والمساعدة القانونية (legal aid) للوالدين مجانية في المحكمة.
# source: Children Act 1989 ss31, 33
rt-care-order = أمر من المحكمة يعطي المجلس المحلي المسؤولية الأبوية عن الطفل. ويتقاسمها المجلس مع الوالدين، ويستطيع أن يحدّ من طريقة استخدامهما لها. ويستمر حتى يبلغ الطفل 18 عامًا، إلا إذا أنهته المحكمة.
# source: Children Act 1989 s35 and Sch. 3 (up to 1 year, can be extended up to 3 years)
rt-supervision-order = أمر من المحكمة يضع الطفل تحت إشراف أخصائي اجتماعي. ويعيش الطفل عادةً في البيت. يستمر حتى سنة واحدة، ويمكن تمديده.
# source: Children Act 1989 ss14A-14C
rt-sgo = الاختصار SGO يعني أمر الوصاية الخاصة (special guardianship order). تجعل المحكمة شخصًا ما، وغالبًا يكون قريبًا، وصيًّا خاصًا (special guardian) على الطفل حتى يبلغ 18 عامًا. يتخذ الوصي الخاص معظم القرارات اليومية. ويحتفظ الوالدان بالمسؤولية الأبوية، لكن يكون رأيهما أقل تأثيرًا.
# source: Children Act 1989 s8
rt-child-arrangements-order = الاختصار CAO يعني أمر ترتيبات الطفل (child arrangements order). أمر من المحكمة يحدد مع من يعيش الطفل، ومتى يقضي وقتًا مع أشخاص آخرين.
# source: Children Act 1989 s31 and s32 (26 weeks); Civil Legal Aid regulations (free for parents)
rt-care-proceedings = قضية في المحكمة يطلب فيها المجلس المحلي من المحكمة أمر رعاية (care order) أو أمر إشراف (supervision order). ينبغي أن تنتهي خلال 26 أسبوعًا. ويحصل الوالدان على مساعدة قانونية (legal aid) مجانية. ابحث فورًا عن محامٍ متخصص في قانون الأطفال.
# source: Adoption and Children Act 2002 s21
rt-placement-order = أمر من المحكمة يسمح للمجلس المحلي بأن يضع الطفل عند أشخاص قد يتبنّونه. إذا سمعت هذه الكلمة، فتحدّث مع محاميك فورًا.
# source: Practice Direction 12A (Public Law Outline stages)
rt-irh = الاختصار IRH يعني جلسة حلّ المسائل (issues resolution hearing). جلسة في المحكمة قرب نهاية قضية الرعاية (care proceedings). تحدد الأمور التي يتفق عليها الجميع، والأمور التي ما زال الخلاف عليها قائمًا.
# source: Practice Direction 12A (Public Law Outline stages)
rt-cmh = الاختصار CMH يعني جلسة إدارة القضية (case management hearing). جلسة مبكرة في قضية الرعاية (care proceedings) تُخطَّط فيها القضية: ما التقارير المطلوبة، وما موعد تقديمها.
# source: Practice Direction 12A (Public Law Outline stages)
rt-final-hearing = آخر جلسة في القضية أمام المحكمة، يقرر فيها القاضي أو القضاة (magistrates) الأوامر التي ستصدر.
# source: FDAC National Unit / Centre for Justice Innovation (Family Drug and Alcohol Court model)
rt-fdac = الاختصار FDAC يعني محكمة الأسرة للمخدرات والكحول (Family Drug and Alcohol Court). في بعض المناطق، هي نوع مختلف من قضايا الرعاية، للوالدين الذين يتعاطون المخدرات أو الكحول. يراك القاضي نفسه مرات كثيرة، ويساعدك فريق على إجراء التغييرات.
# source: Children Act 1989 s31A (care plans in care proceedings)
rt-care-plan = في القضية أمام المحكمة، هي خطة المجلس المحلي التي تحدد أين سيعيش الطفل، وما الرعاية التي سيحصل عليها. تقرؤها المحكمة قبل أن تصدر أمر رعاية (care order).
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (care planning); Family Rights Group
rt-parallel-planning = وضع خطتين في الوقت نفسه: خطة لعودة الطفل إلى البيت، وخطة لبيت آخر إذا لم يحدث ذلك. والهدف ألّا ينتظر الطفل مدة طويلة جدًا.
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (permanence)
rt-permanence = بيت آمن ومستقر للطفل حتى نهاية طفولته. قد يكون مع والديه، أو مع أقاربه، أو مع أسرة حاضنة (foster carers)، أو عن طريق التبنّي.
# source: NSPCC Reunification Practice Framework
rt-reunification = عودة الطفل إلى بيته ليعيش مع عائلته، بعد أن كان يُعتنى به في مكان آخر.
# source: Children Act 1989 s22; Social Services and Well-being (Wales) Act 2014 s74
rt-looked-after-child = الاختصار LAC أو CLA يعني طفلًا في رعاية المجلس المحلي (looked after child أو child looked after): طفل يعتني به المجلس المحلي، بموجب أمر من المحكمة أو بموافقة الوالدين. ومعظم هؤلاء الأطفال يعيشون مع أسر حاضنة (foster carers) أو مع أقارب.
# source: Children Act 1989 s34 (contact with a child in care); Family Justice Young People's Board (the words "family time")
rt-family-time = الوقت الذي يقضيه الطفل مع والديه أو عائلته عندما لا يعيشون معًا. ويُسمّى أيضًا التواصل (contact). وكلمة supervised (تحت الإشراف) تعني أن أحد المختصين يكون حاضرًا.
# source: Family Rights Group (viability assessments of family and friends)
rt-viability-assessment = فحص أول وسريع: هل يستطيع قريب أو صديق أن يرعى الطفل؟ وقد يليه تقييم كامل.
# source: Children Act 1989 s38(6); Family Rights Group
rt-residential-assessment = يعيش الوالد والطفل عدة أسابيع في مكان إقامة خاص. ويراقب الموظفون هناك الوالد ويساعدونه وهو يرعى طفله.
# source: Home Office, Multi Agency Working and Information Sharing Project (2014)
rt-mash = الاختصار MASH يعني مركز الحماية المشترك بين الجهات (multi-agency safeguarding hub). فريق تتبادل فيه خدمات الأطفال والشرطة والجهات الصحية وغيرها المعلومات عن المخاوف الجديدة، وتقرر ماذا تفعل.
# source: Working Together to Safeguard Children 2023 ch. 3 (decision within one working day)
rt-referral = عندما يُخبر شخص ما خدمات الأطفال بأنه قلق على طفل. وينبغي أن تقرر خدمات الأطفال ماذا تفعل خلال يوم عمل واحد.
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures s3 pt2 (outcomes of enquiries)
rt-nfa = الاختصار NFA يعني لا إجراءات أخرى (no further action). قررت خدمات الأطفال، أو الشرطة، ألّا تفعل شيئًا آخر في الوقت الحالي.
# source: SafeLives (MARAC guidance)
rt-marac = الاختصار MARAC يعني مؤتمر تقييم المخاطر المشترك بين الجهات (multi-agency risk assessment conference). اجتماع تتبادل فيه الشرطة والجهات الصحية وخدمات الأطفال وغيرها المعلومات، لحماية شخص معرّض لخطر كبير من الإساءة الأسرية (domestic abuse). لا يحضر الشخص المعرّض للخطر، لكن مستشارًا مستقلًا (IDVA) يتكلم نيابةً عنه.
# source: Criminal Justice Act 2003 s325; Ministry of Justice MAPPA guidance
rt-mappa = الاختصار MAPPA يعني ترتيبات حماية الجمهور المشتركة بين الجهات (multi-agency public protection arrangements). تعمل الشرطة وخدمة مراقبة السلوك (probation) والسجون معًا لمتابعة أشخاص ارتكبوا بعض الجرائم الجنسية أو جرائم العنف.
# source: SafeLives (Dash risk identification checklist)
rt-dash = الاختصار DASH هو اسم قائمة أسئلة عن الإساءة الأسرية، والملاحقة (stalking)، والتحرش (harassment). تستخدمها الشرطة وجهات أخرى لتقدير مدى الخطر على شخص ما.
# source: Working Together to Safeguard Children 2023 ch. 2 (early help)
rt-early-help = دعم للعائلة بمجرد أن تبدأ المشكلات، قبل أن تسوء. وهو اختياري. وتقييم المساعدة المبكرة (early help assessment، واختصاره EHA) ينظر في المساعدة التي قد تنفع.
# source: Working Together to Safeguard Children 2023 ch. 2 (early help, lead practitioner)
rt-team-around-the-family = الاختصار TAF أو TAC يعني الفريق حول العائلة (team around the family)، أو الفريق حول الطفل (team around the child). يجتمع المختصون الذين يعملون مع العائلة بأفراد العائلة، ليخططوا معًا للمساعدة.
# source: Working Together to Safeguard Children 2023 (moving between child protection, child in need and early help)
rt-step-down = نقل العائلة إلى مستوى أقل من المساعدة عندما تقل المخاوف. مثلًا: من خطة حماية الطفل إلى خطة الطفل المحتاج إلى الدعم (Child in Need plan)، أو إلى المساعدة المبكرة (early help).
# source: Children and Social Work Act 2017; Working Together to Safeguard Children 2023 ch. 2
rt-safeguarding-partnership = في إنجلترا، يعمل المجلس المحلي والخدمة الصحية (NHS) والشرطة في كل منطقة معًا لحماية الأطفال. ويُسمّون شركاء الحماية (safeguarding partners). والاسم الأقدم لذلك هو LSCB.
# source: Social Services and Well-being (Wales) Act 2014 s134
rt-regional-safeguarding-board = في ويلز، مجلس في كل منطقة يتأكد من أن الجهات المختلفة تعمل معًا لحماية الأطفال.
# source: Working Together to Safeguard Children 2023 (definition of safeguarding)
rt-safeguarding = كل ما يُفعل لحماية الأطفال من الأذى، ولمساعدتهم على أن يكبروا آمنين وبخير.
# source: Working Together to Safeguard Children 2023
rt-multi-agency = جهات مختلفة تعمل معًا، مثل خدمات الأطفال، والجهات الصحية، والمدارس، والشرطة.
# source: Working Together to Safeguard Children 2023; local child protection procedures
rt-professionals-meeting = اجتماع للمختصين الذين يعملون مع العائلة، دون حضور العائلة. اسأل عمّا نوقش فيه، وهل كُتبت ملاحظات عنه.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; local procedures (visit frequency differs by area)
rt-statutory-visit = زيارة على الأخصائي الاجتماعي أن يقوم بها بحكم القانون أو القواعد، مثلًا زيارة طفل لديه خطة. سيرغب الأخصائي الاجتماعي في رؤية طفلك، وغالبًا في رؤية المكان الذي ينام فيه.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (visits may be unannounced)
rt-unannounced-visit = زيارة من الأخصائي الاجتماعي دون أن يخبرك مسبقًا. يمكن أن تحدث ما دامت لطفلك خطة.
# source: Working Together to Safeguard Children 2023 (children seen alone during enquiries and assessments)
rt-seen-alone = تحدّث الأخصائي الاجتماعي مع طفلك دون وجودك. وهذا جزء عادي من العمل. فهو يساعد الطفل على الكلام بحرية.
# source: Working Together to Safeguard Children 2023 (outcomes of section 47 enquiries); Wales Safeguarding Procedures s3 pt2 (concerns substantiated or not)
rt-substantiated = كلمة Substantiated تعني أن المخاوف فُحصت ووُجد أنها صحيحة. وكلمة Unsubstantiated تعني أنه لم يكن هناك دليل كافٍ لإثبات أنها صحيحة.
# source: NSPCC Learning (recognising and responding to abuse: disclosures)
rt-disclosure = عندما يُخبر طفل شخصًا ما عن أذى. ويمكن أن تعني الكلمة أيضًا أن شخصًا بالغًا يُخبر المختصين بشيء عن نفسه.
# source: Ministry of Justice, Achieving Best Evidence in Criminal Proceedings (2022)
rt-abe-interview = الاختصار ABE يعني الحصول على أفضل دليل (achieving best evidence). مقابلة مسجّلة بالفيديو مع طفل أو شاهد، يجريها أفراد من الشرطة أو أخصائيون اجتماعيون مدرّبون تدريبًا خاصًا. ويمكن استخدامها في المحكمة.
# source: Prosecution of Offences Act 1985; CPS (cps.gov.uk)
rt-cps = الاختصار CPS يعني النيابة العامة (Crown Prosecution Service). تقرر هل يُوجَّه اتهام رسمي بجريمة إلى شخص ما، وتأخذ القضايا إلى المحكمة الجنائية.
# source: Police and Criminal Evidence Act 1984 Part IV (pre-charge bail); Bail Act 1976
rt-bail = عندما يُطلق سراح شخص قُبض عليه، بينما تستمر قضية الشرطة أو المحكمة. وشروط الكفالة (bail conditions) قواعد عليه أن يتبعها، مثل عدم الذهاب إلى عنوان معيّن.
# source: Policing and Crime Act 2017 (pre-charge bail reform); College of Policing
rt-rui = الاختصار RUI يعني الإفراج قيد التحقيق (released under investigation). أطلقت الشرطة سراح شخص دون كفالة (bail)، بينما ما زال التحقيق في الجريمة مستمرًا. ولا توجد شروط كفالة.
# source: Family Law Act 1996 ss42-42A
rt-non-molestation-order = أمر من المحكمة يمنع شخصًا من استخدام العنف أو التهديد به، أو من التحرش بشخص آخر أو مضايقته. ومخالفة هذا الأمر جريمة.
# source: Family Law Act 1996 ss33-38
rt-occupation-order = أمر من المحكمة يحدد من يمكنه أن يسكن في بيت ما. ويمكن أن يُبعد شخصًا عن البيت لفترة.
# source: Crime and Security Act 2010 ss24-33; Domestic Abuse Act 2021 Part 3
rt-dvpo = الاختصاران DVPN وDVPO: الأول إشعار من الشرطة، والثاني أمر من المحكمة. وهما يُبعدان شخصًا عن بيت شخص أساء إليه، لمدة تصل إلى 28 يومًا. وفي بعض المناطق، بدأ يحلّ محلهما أمر أحدث اسمه أمر الحماية من الإساءة الأسرية (domestic abuse protection order، واختصاره DAPO).
# source: Home Office, Domestic Violence Disclosure Scheme guidance
rt-clares-law = قانون كلير (Clare's Law)، أي نظام الإفصاح عن العنف الأسري (domestic violence disclosure scheme، واختصاره DVDS)، يسمح لك أن تسأل الشرطة هل لشريكك ماضٍ في الإساءة. ويمكن للشرطة أيضًا أن تخبرك دون أن تسأل.
# source: Department for Education, Child sexual exploitation: definition and guide for practitioners (2017)
rt-cse = الاختصار CSE يعني الاستغلال الجنسي للأطفال (child sexual exploitation). يخدع شخصٌ طفلًا، أو يضغط عليه، أو يُرغمه على نشاط جنسي. وغالبًا يعطي هذا الشخصُ الطفلَ شيئًا في المقابل، مثل الهدايا، أو المخدرات، أو الاهتمام.
# source: Keeping Children Safe in Education 2024; Home Office county lines guidance
rt-cce = الاختصار CCE يعني الاستغلال الإجرامي للأطفال (child criminal exploitation): عندما يستخدم شخصٌ طفلًا لارتكاب جرائم، مثل نقل المخدرات أو المال، وغالبًا مع التهديد أو المكافآت.
# source: Home Office, Criminal exploitation of children and vulnerable adults: county lines guidance
rt-county-lines = عصابات تنقل المخدرات من المدن إلى بلدات أخرى، وغالبًا تستخدم الأطفال لحملها وبيعها.
# source: Working Together to Safeguard Children 2023 ch. 3 (harm outside the home); Contextual Safeguarding Network (University of Durham)
rt-contextual-safeguarding = حماية الشباب من الأذى خارج العائلة. مثلًا: الأذى من الأصدقاء، أو في المنطقة التي يعيشون فيها، أو في المدرسة، أو عبر الإنترنت.
# source: Department for Education, Children who run away or go missing from home or care (2014)
rt-missing-episode = مدة كان فيها الطفل مفقودًا من البيت أو من مكان رعايته. بعد ذلك، ينبغي أن يعرض شخص مستقل على الطفل حديثًا عمّا حدث، ويُسمّى مقابلة العودة إلى البيت (return home interview، واختصارها RHI).
# source: Female Genital Mutilation Act 2003; NHS (female genital mutilation)
rt-fgm = الاختصار FGM يعني تشويه الأعضاء التناسلية للإناث (female genital mutilation): قطع الأعضاء التناسلية لفتاة أو تغييرها دون سبب طبي. وهو جريمة في المملكة المتحدة، ويسبب أذى دائمًا.
# source: Anti-social Behaviour, Crime and Policing Act 2014
rt-asb = الاختصار ASB يعني السلوك المعادي للمجتمع (anti-social behaviour): سلوك يسبب للآخرين المضايقة، أو الخوف، أو الانزعاج الشديد، مثل الضجيج أو التهديد.

## The people

# source: 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-social-worker = الاختصار SW يعني الأخصائي الاجتماعي (social worker). مختص مدرَّب من خدمات الأطفال، يعمل مع طفلك وعائلتك. والأخصائي الاجتماعي المعيَّن لطفلك هو الذي يقود الخطة.
# source: 000_1e1dbaff73eac1a8.txt; 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-lead-social-worker = الأخصائي الاجتماعي المسؤول عن خطة طفلك. وقد يُسمّى أيضًا key worker أو lead practitioner.
# source: local children's services structures (council guides for parents)
rt-team-manager = الاختصار TM يعني مدير الفريق (team manager): مدير الأخصائي الاجتماعي. يمكنك أن تطلب التحدث معه إذا لم تكن راضيًا.
# source: 001_ae30d34ab232a286.txt; Working Together to Safeguard Children 2023 (the chair is independent of the case) (content review L3)
rt-chair = الشخص الذي يدير المؤتمر. وهو أخصائي اجتماعي ذو خبرة، وليس جزءًا من العمل على قضية طفلك. يمكنك التحدث معه قبل الاجتماع.
# source: Children Act 1989 ss25A-25C; IRO Handbook (2010)
rt-iro = الاختصار IRO يعني مسؤول المراجعة المستقل (independent reviewing officer). يراجع خطة الرعاية لطفل في رعاية المجلس المحلي، ويدير اجتماعات المراجعة الخاصة بالطفل. وهو ليس الأخصائي الاجتماعي للطفل.
# source: Working Together to Safeguard Children 2023; Keeping Children Safe in Education 2024 Part 4
rt-lado = الاختصار LADO يعني المسؤول المعيَّن في السلطة المحلية (local authority designated officer). يتعامل مع المخاوف من أن شخصًا يعمل مع الأطفال، مثل معلم، ربما آذى طفلًا.
# source: Family Rights Group (parent advocacy); 003_23392368096e3b46.txt
rt-advocate = شخص يساعدك على قول رأيك، ويتأكد من أن صوتك مسموع. المناصِر يقف إلى جانبك، ولا يعمل لدى خدمات الأطفال.
# source: Children Act 1989 s41; Cafcass
rt-childrens-guardian = في القضية أمام المحكمة، هو شخص مستقل يدافع أمام المحكمة عن مصلحة الطفل. ويختار محاميًا للطفل.
# source: Criminal Justice and Court Services Act 2000 s12; Children Act 2004 s35 (Cafcass Cymru)
rt-cafcass = { $nation ->
        [wales] خدمة Cafcass ترعى مصالح الأطفال في محاكم الأسرة في إنجلترا. وفي ويلز تقوم بالعمل نفسه خدمة Cafcass Cymru.
       *[england] الاسم Cafcass اختصار لـ Children and Family Court Advisory and Support Service (خدمة الاستشارة والدعم لمحاكم الأطفال والأسرة). وهي ترعى مصالح الأطفال في محاكم الأسرة في إنجلترا. ويمكن لموظف من Cafcass أن يكون ممثل الطفل في المحكمة (children's guardian).
    }
# source: Children Act 2004 s35; Welsh Government (Cafcass Cymru)
rt-cafcass-cymru = في ويلز، هي الخدمة التي ترعى مصالح الأطفال في محاكم الأسرة. وهي جزء من حكومة ويلز.
# source: local children's services (family support); Working Together to Safeguard Children 2023 ch. 2
rt-family-support-worker = الاختصار FSW يعني موظف دعم الأسرة (family support worker). يقدم مساعدة عملية في البيت، مثلًا في الروتين اليومي، أو المال، أو التربية. وهو عادةً ليس أخصائيًا اجتماعيًا.
# source: SafeLives (the IDVA role); Home Office
rt-idva = الاختصار IDVA يعني المستشار المستقل في العنف الأسري (independent domestic violence adviser). يدعم الأشخاص المعرّضين لخطر كبير من الإساءة الأسرية ليبقوا في أمان. ويعمل لدى جمعية خيرية أو خدمة، لا لدى الشرطة.
# source: Home Office, The role of the Independent Sexual Violence Adviser (2017)
rt-isva = الاختصار ISVA يعني المستشار المستقل في العنف الجنسي (independent sexual violence adviser). يدعم الأشخاص الذين تعرّضوا للاغتصاب أو لاعتداء جنسي.
# source: Police Reform Act 2002; College of Policing
rt-pcso = الاختصار PCSO يعني موظف دعم المجتمع في الشرطة (police community support officer). يعمل مع الشرطة في المنطقة المحلية، لكنه ليس ضابط شرطة.
# source: Ministry of Justice, HM Prison and Probation Service
rt-probation = خدمة مراقبة السلوك: الخدمة التي تُشرف على الأشخاص الذين صدرت عليهم أحكام تُنفَّذ في المجتمع (community sentences)، أو الذين خرجوا من السجن.
# source: Crime and Disorder Act 1998 s39
rt-yot = الاختصارات YOT وYOS وYJS تعني فريق جرائم الأحداث (youth offending team) أو خدمة عدالة الأحداث (youth justice service). فريق في المجلس المحلي يعمل مع الأطفال من عمر 10 إلى 17 عامًا الذين يقعون في مشكلات مع القانون.
# source: 003_23392368096e3b46.txt (a member of staff takes notes of the meeting)
rt-minute-taker = الشخص الذي يكتب الملاحظات في الاجتماع، وتُسمّى هذه الملاحظات محضر الاجتماع (minutes). ولا يشارك في اتخاذ القرارات.
# source: Fostering Services (England) Regulations 2011; Children Act 1989 s22C
rt-foster-carer = شخص حصل على موافقة المجلس المحلي أو وكالة، ليعتني بالأطفال في بيته. ويرعى أطفالًا لا يستطيعون العيش مع والديهم.
# source: Department for Education, Championing kinship care (2023); Care Planning, Placement and Case Review (England) Regulations 2010 reg 24 (connected person)
rt-kinship-carer = قريب أو صديق يعتني بطفل لا يستطيع العيش مع والديه. وقد يسمّيه المجلس المحلي connected person (شخص له صلة بالطفل).
# source: Framework for the Assessment of Children in Need and their Families (2000)
rt-primary-carer = الشخص الذي يقوم بمعظم الرعاية اليومية للطفل.
# source: Children Act 1989 (parents who do not live with the child keep parental responsibility if they have it)
rt-non-resident-parent = أحد الوالدين لا يعيش مع الطفل. وقد تكون لديه مع ذلك المسؤولية الأبوية، وقد يُطلب منه المشاركة.
# source: Working Together to Safeguard Children 2023 (out-of-hours services); council guides
rt-edt = الاختصار EDT يعني فريق الطوارئ المناوب (emergency duty team): الأخصائيون الاجتماعيون الذين يردّون في الليل، وفي عطلات نهاية الأسبوع، وفي العطل الرسمية.

## Health and school

# source: 003_23392368096e3b46.txt; NHS (health visitors)
rt-health-visitor = الاختصار HV يعني الزائر الصحي (health visitor). وهو ممرض أو قابلة لديه تدريب إضافي، ويدعم العائلات التي لديها أطفال أعمارهم أقل من 5 سنوات.
# source: NHS (GP services); 003_23392368096e3b46.txt
rt-gp = الاختصار GP يعني الطبيب العام (general practitioner): أي طبيب العائلة.
# source: NHS (your antenatal and postnatal care)
rt-midwife = مختص صحي يعتني بالأم أثناء الحمل، وعند الولادة، وفي الأيام الأولى بعد الولادة.
# source: NHS (school nursing); Healthy Child Programme 5 to 19
rt-school-nurse = ممرض يعمل مع الأطفال والشباب في سن المدرسة، ويهتم بصحتهم.
# source: 003_23392368096e3b46.txt; RCPCH Child Protection Companion
rt-paediatrician = طبيب متخصص في الأطفال. وطبيب الأطفال في الخدمات الصحية المحلية (community paediatrician) يرى الأطفال غالبًا بسبب مخاوف تتعلق بنموّهم أو بحمايتهم.
# source: NHS (children and young people's mental health services)
rt-camhs = الاختصار CAMHS يعني خدمات الصحة النفسية للأطفال والمراهقين (child and adolescent mental health services). خدمات من NHS للأطفال والشباب الذين لديهم مشكلات في الصحة النفسية. الاسم الأحدث: CYPMHS.
# source: NHS (community mental health services)
rt-cpn = الاختصار CPN يعني ممرض الطب النفسي في المجتمع (community psychiatric nurse): ممرض صحة نفسية يرى الناس في بيوتهم أو في أماكن قريبة منهم.
# source: NHS (community mental health teams)
rt-cmht = الاختصار CMHT يعني فريق الصحة النفسية في المجتمع (community mental health team): موظفون من NHS يدعمون البالغين الذين لديهم مشكلات خطيرة في الصحة النفسية.
# source: NHS (when to go to A&E)
rt-a-and-e = الاختصار A&E يعني الحوادث والطوارئ (accident and emergency): قسم المستشفى الخاص بالإصابات والأمراض الخطيرة.
# source: NICE guideline CG89, Child maltreatment: when to suspect
rt-nai = الاختصار NAI يعني إصابة غير عرضية (non-accidental injury): إصابة يظن الأطباء أنها ربما لم تكن حادثًا. وهي قلق يلزم فحصه، وليست نتيجة مؤكدة.
# source: Royal College of Radiologists and RCPCH, The radiological investigation of suspected physical abuse in children
rt-skeletal-survey = مجموعة صور أشعة (X-rays) للهيكل العظمي كله، لرضيع أو طفل صغير، للبحث عن كسور في العظام، قديمة أو جديدة.
# source: RCPCH Child Protection Companion
rt-cp-medical = فحص يجريه طبيب أطفال عندما يكون هناك قلق من أن طفلًا تعرّض للأذى. يكتب الطبيب تقريرًا. وعادةً يُطلب منك أن توافق على الفحص.
# source: NHS and RCPCH ("was not brought" replacing "did not attend" for children)
rt-dna = في الملاحظات الصحية، الاختصار DNA يعني عادةً «did not attend» (لم يحضر): أي أن موعدًا فات. وإذا كان التقرير يتحدث عن فحص، فقد يعني DNA فحصًا جينيًا، مثلًا لمعرفة من هو والد الطفل.
# source: NHS and RCPCH ("was not brought")
rt-was-not-brought = الاختصار WNB يعني was not brought (لم يُحضِره أحد): أي أن الطفل فاته موعد صحي. الأطفال لا يستطيعون الذهاب وحدهم، لذلك يُكتب الأمر على أنه مسؤولية الشخص البالغ.
rt-was-not-brought-question = ما المواعيد التي فاتت، وما الذي يساعدنا على الوصول إليها؟
# source: NICE guideline NG75, Faltering growth
rt-faltering-growth = عندما لا يزداد وزن الرضيع أو الطفل، أو لا ينمو كما هو متوقع. الاسم الأقدم هو failure to thrive. وقد تكون هناك أسباب كثيرة، منها المرض.
# source: NHS and RCPCH UK-WHO growth charts (Red Book)
rt-centile = خط على مخطط النمو. يُظهر كيف يقارن وزن الطفل أو طوله بالأطفال الآخرين في العمر نفسه. ويراقب الأطباء إذا انتقل الطفل من خط إلى آخر.
# source: NHS (developmental milestones)
rt-developmental-delay = عندما يتعلم الطفل مهارات مثل المشي أو الكلام أو اللعب في وقت متأخر عن معظم الأطفال في عمره. وهذه المهارات تُسمّى مراحل النمو (milestones).
# source: NHS (personal child health record, the Red Book)
rt-red-book = السجل الصحي الشخصي للطفل، وهو كتاب يحتفظ به الوالدان، فيه فحوصات طفلهما وأوزانه وتطعيماته.
# source: NHS (perinatal mental health; postnatal depression)
rt-perinatal-mental-health = مشكلات الصحة النفسية أثناء الحمل أو بعد الولادة، مثل اكتئاب ما بعد الولادة (postnatal depression، واختصاره PND). وهي شائعة، ويمكن علاجها.
# source: NHS (autism)
rt-autism = الاختصار ASD أو ASC يعني اضطراب طيف التوحد أو حالة طيف التوحد (autism spectrum disorder أو condition). يؤثر التوحد على طريقة تواصل الشخص، وعلى طريقة عيشه للعالم من حوله. وهو ليس مرضًا.
# source: NHS (ADHD)
rt-adhd = الاختصار ADHD يعني اضطراب نقص الانتباه وفرط الحركة (attention deficit hyperactivity disorder). وهو يؤثر على الانتباه، والنشاط، والتصرف باندفاع.
# source: NHS (reduce the risk of sudden infant death syndrome); The Lullaby Trust
rt-safe-sleep = طرق لتقليل خطر أن يموت الرضيع فجأة أثناء نومه (SUDI). مثلًا: ينام الرضيع على ظهره، في سريره الخاص. ومشاركة السرير تكون أخطر بعد شرب الكحول، أو تعاطي المخدرات، أو التدخين.
# source: NHS (drug addiction: getting help; alcohol support)
rt-substance-misuse-service = خدمة محلية تساعد الأشخاص الذين يتعاطون المخدرات أو الكحول. وهي مجانية، ويمكنك غالبًا أن تطلب المساعدة منها بنفسك.
# source: Department of Health, Healthy Child Programme; Welsh Government, Healthy Child Wales Programme
rt-healthy-child-programme = الفحوصات والدعم التي يقدمها الزوار الصحيون (health visitors) لكل عائلة، من الحمل حتى يبدأ الطفل المدرسة.
# source: Children and Families Act 2014 s20; SEND Code of Practice (2015)
rt-sen = الاختصار SEN أو SEND يعني الاحتياجات التعليمية الخاصة والإعاقات (special educational needs and disabilities): عندما يحتاج الطفل إلى مساعدة إضافية في التعلم.
# source: SEND Code of Practice (2015)
rt-senco = الاختصار SENCO يعني منسّق الاحتياجات التعليمية الخاصة (special educational needs coordinator): المعلم الذي ينظّم المساعدة الإضافية للأطفال الذين لديهم احتياجات تعليمية خاصة.
# source: Children and Families Act 2014 s37; SEND Code of Practice (2015)
rt-ehcp = الاختصار EHCP يعني خطة التعليم والصحة والرعاية (education, health and care plan). وثيقة قانونية لطفل أو شاب حتى عمر 25 عامًا لديه احتياجات تعليمية خاصة، تذكر المساعدة التي يلزم أن يحصل عليها.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-aln = في ويلز، الاختصار ALN يعني احتياجات التعلم الإضافية (additional learning needs): عندما يحتاج الطفل إلى مساعدة إضافية في التعلم.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-alnco = في ويلز، الاختصار ALNCo يعني منسّق احتياجات التعلم الإضافية (additional learning needs coordinator): المعلم الذي ينظّم المساعدة الإضافية للأطفال الذين لديهم احتياجات تعلم إضافية.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-idp = في ويلز، الاختصار IDP يعني خطة التطوير الفردية (individual development plan): خطة قانونية لطفل لديه احتياجات تعلم إضافية.
# source: Department for Education, Promoting the education of looked-after children (2018); Welsh Government guidance
rt-pep = الاختصار PEP يعني خطة التعليم الشخصية (personal education plan): جزء من خطة الرعاية لطفل في رعاية المجلس المحلي (looked after child)، وهو يتعلق بدراسته.
# source: Children and Families Act 2014 s99
rt-virtual-school = في إنجلترا، فريق في المجلس المحلي يساعد الأطفال الذين في رعاية المجلس، وبعض الأطفال الآخرين، على النجاح في المدرسة. ويقوده مدير المدرسة الافتراضية (virtual school head).
# source: Keeping Children Safe in Education 2024; Welsh Government, Keeping learners safe (designated safeguarding person)
rt-dsl = الاختصار DSL يعني المسؤول المعيَّن عن الحماية (designated safeguarding lead): الشخص المسؤول عن حماية الأطفال في المدرسة أو الحضانة. وفي ويلز قد يُسمّى designated safeguarding person (DSP).
# source: Education Act 1996 s444 (school attendance); council education welfare services
rt-ewo = الاختصار EWO يعني موظف رعاية التعليم (education welfare officer): شخص من المجلس المحلي يعمل مع العائلات عندما يتغيّب الطفل عن المدرسة كثيرًا.
# source: Department for Education, Working together to improve school attendance (persistent absence is missing 10% or more)
rt-persistent-absence = { $nation ->
        [wales] عندما يتغيّب الطفل عن المدرسة كثيرًا. اسأل المدرسة كيف تحسب ذلك.
       *[england] عندما يتغيّب الطفل عن 10% أو أكثر من الفترات الدراسية (school sessions).
    }
# source: Department for Education, Suspension and permanent exclusion guidance; Welsh Government exclusion guidance
rt-exclusion = عندما ترسل المدرسة تلميذًا إلى البيت لأنه خالف القواعد. الإيقاف المؤقت (suspension أو fixed-term exclusion) يكون لبضعة أيام. والفصل النهائي (permanent exclusion) يعني أن الطفل لا يستطيع العودة.
# source: Education Act 1996 s19 (education otherwise than at school)
rt-pru = الاختصار PRU يعني وحدة إحالة التلاميذ (pupil referral unit): مدرسة للأطفال الذين لا يستطيعون الذهاب إلى مدرسة عادية، مثلًا بعد الفصل من المدرسة (exclusion). وهي نوع من التعليم البديل (alternative provision).
# source: Education Act 1996 s7
rt-ehe = الاختصار EHE يعني التعليم المنزلي الاختياري (elective home education): يعلّم الوالدان طفلهما في البيت بدلًا من المدرسة. ومن حق الوالدين أن يفعلا ذلك.
# source: Education Act 1996 s436A; statutory guidance on children missing education
rt-cme = الاختصار CME يعني أطفالًا خارج التعليم (children missing education): أطفال في سن المدرسة لا يذهبون إلى المدرسة، ولا يتعلمون في البيت.
# source: GOV.UK and Welsh Government (free school meals)
rt-fsm = الاختصار FSM يعني الوجبات المدرسية المجانية (free school meals). يحصل عليها بعض الأطفال بسبب دخل العائلة أو بسبب عمرهم.

## Words professionals use about parents

# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (engagement as a focus of reports); Family Rights Group
rt-engagement = مدى مشاركتك في الخطة: مقابلة الأخصائي الاجتماعي، والذهاب إلى المواعيد، والاستفادة من المساعدة المعروضة عليك. وكثيرًا ما تتحدث التقارير عن ذلك.
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (concerns about caregiver engagement)
rt-non-engagement = يرى كاتب التقرير أنك لا تشارك في الخطة، مثلًا لا تحضر الاجتماعات، أو لا تسمح للأخصائي الاجتماعي بالدخول. قد تكون هناك أسباب، مثل الخوف، أو المرض، أو العمل، أو المال. يمكنك أن تذكر هذه الأسباب.
rt-non-engagement-question = ما الذي فعلته وترونه عدم مشاركة، وما الذي يساعدني على المشاركة؟
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2014, 2024)
rt-disguised-compliance = يرى كاتب التقرير أن أحد الوالدين يبدو متعاونًا مع المختصين، لكن دون تغيير حقيقي. وتقول جمعية NSPCC إن هذه العبارة قد لا تكون مفيدة، وقد تحمل لومًا. وتقول إنه ينبغي أن يصف المختصون ما رأوه.
rt-disguised-compliance-question = ما الذي فعلته وترونه «تعاونًا في الظاهر فقط» (disguised compliance)؟
# source: NSPCC Learning (caregiver engagement); Family Rights Group
rt-non-compliance = يرى كاتب التقرير أنك لم تفعل ما طلبته الخطة أو أحد الاتفاقات.
rt-non-compliance-question = أي جزء من الخطة تقولون إنني لم أفعله، وما الذي يساعدني على فعله؟
# source: Research in Practice, Assessing parental capacity to change (2014) (acknowledging the concerns)
rt-minimising = يرى كاتب التقرير أنك تجعل المخاوف تبدو أصغر أو أقل خطورة مما يراها هو.
rt-minimising-question = ما الذي قلته وترونه تقليلًا من المخاوف (minimising)، وما الذي تريدون أن أفهمه؟
# source: Research in Practice, Assessing parental capacity to change (2014) (recognising the problem)
rt-lack-of-insight = يرى كاتب التقرير أنك لا ترى بعدُ ما يقلقه، أو لا تقبله، أو لا ترى كيف يؤثر ذلك على طفلك.
rt-lack-of-insight-question = ما الذي يُظهر لكم أنني أفهم ما يقلقكم؟
# source: Re L (Care: Threshold Criteria) [2007] 1 FLR 2050 (society must tolerate very diverse standards of parenting); D. W. Winnicott (the "good enough" parent)
rt-good-enough-parenting = رعاية تلبّي احتياجات الطفل بدرجة كافية. وهي لا تعني رعاية مثالية. وقد قالت المحاكم إن العائلات تربّي أطفالها بطرق مختلفة كثيرة، وإن هذا مسموح.
rt-good-enough-parenting-question = في رأيكم، كيف تبدو التربية «الجيدة بما يكفي» (good enough parenting) لطفلي؟
# source: NSPCC Learning, Protecting children from risk and protective factors
rt-protective-factors = أشياء تساعد على حماية الطفل، مثل والد محب، أو عائلة داعمة، أو بيت آمن، أو مدرسة جيدة. اذكر ما لديك منها.
# source: NSPCC Learning, Risk and protective factors
rt-risk-factors = أشياء يمكن أن تجعل الأذى أكثر احتمالًا، مثل الإساءة الأسرية، أو تعاطي المخدرات أو الكحول، أو ضعف الصحة النفسية. وعامل الخطر (risk factor) ليس دليلًا على حدوث أذى.
# source: Care Inspectorate, Practice guide to chronologies (2017); Working Together to Safeguard Children 2023 (assessments consider history)
rt-chronology = قائمة بالأحداث المهمة في حياة عائلتك، مرتبة حسب التاريخ، يكتبها المختصون. إذا كان فيها شيء خاطئ، فقل ذلك.
# source: Social Care Institute for Excellence; Research in Practice (genograms in assessment)
rt-genogram = شجرة عائلة يرسمها الأخصائي الاجتماعي، تُظهر من هم أفراد عائلتك، وما صلة القرابة بينهم.
# source: A. Hartman, Diagrammatic assessment of family relationships (1978); Research in Practice
rt-ecomap = رسم يُظهر الأشخاص والخدمات من حول عائلتك، ومدى قوة كل صلة.
# source: Family Rights Group (family plans); Working Together to Safeguard Children 2023
rt-safety-plan = خطة مكتوبة تذكر ما الذي سيُفعل لإبقاء الطفل في أمان، ومن سيفعله. ويمكن أن يكون أفراد العائلة والأصدقاء جزءًا منها.
# source: CONTENT-FACTS.md second round (written agreements are not court orders but are used as evidence); Family Rights Group
rt-written-agreement = قائمة بأشياء تطلب منك خدمات الأطفال أن توافق على فعلها، أو على عدم فعلها. هي ليست أمرًا من المحكمة، لكن يمكن استخدامها دليلًا إذا وصلت القضية إلى المحكمة. اطلب النصيحة قبل أن توقّع.
# source: Framework for the Assessment of Children in Need and their Families (2000); PAMS (Parent Assessment Manual Software); Good practice guidance on working with parents with a learning disability (2021)
rt-parenting-assessment = تقييم لمدى قدرة الوالد على رعاية طفله. والتقييم المسمّى PAMS نوع منه، ويُستخدم غالبًا مع الوالدين الذين لديهم صعوبات في التعلّم (learning disability).
# source: Framework for the Assessment of Children in Need and their Families (2000) (parenting capacity)
rt-parenting-capacity = مدى قدرة الوالد على تلبية احتياجات طفله: الرعاية الأساسية، والأمان، والحب، والتوجيه ووضع الحدود، والاستقرار.
# source: Research in Practice, Assessing parental capacity to change (2014)
rt-capacity-to-change = هل يستطيع الوالد أن يقوم بالتغييرات التي يحتاجها الطفل، وأن يحافظ عليها، في الوقت المتاح للطفل.
rt-capacity-to-change-question = ما التغييرات التي تحتاجون إلى رؤيتها، وفي أي موعد؟
# source: Research in Practice, Assessing parental capacity to change (2014); Children Act 1989 s1(2) (delay)
rt-sustained-change = تغيير يستمر، وليس لبضعة أسابيع فقط.
rt-sustained-change-question = كم من الوقت يلزم أن يستمر التغيير لكي تكونوا متأكدين منه؟
# source: Family court practice (segmented hair testing, about 1 cm of growth a month); solicitors' guides for parents
rt-hair-strand-test = فحص قطعة صغيرة من الشعر للكشف عن المخدرات أو الكحول. ينمو الشعر نحو 1 سم في الشهر، لذلك يمكن أن يُظهر التعاطي في الأشهر الماضية.
# source: ordinary meaning; NSPCC Learning (describe caregiver behaviour clearly rather than label it)
rt-chaotic = يرى كاتب التقرير أن الحياة في البيت لا يمكن توقعها، ولا يوجد فيها روتين ثابت.
rt-chaotic-question = ما الذي رأيتموه وتسمّونه «فوضى» (chaotic)، وما الذي يجعل الأمور أهدأ؟
# source: Working Together to Safeguard Children 2023 (neglect includes failing to protect a child from harm or danger)
rt-failure-to-protect = يرى كاتب التقرير أن أحد الوالدين لم يحمِ الطفل من أذى سبّبه شخص آخر.
rt-failure-to-protect-question = في رأيكم، ما الذي كان ينبغي أن أفعله، وما الذي يساعدني على حماية طفلي الآن؟
# source: D. Glaser, Emotional abuse and neglect: a conceptual framework (2002) (emotional unavailability)
rt-emotionally-unavailable = يرى كاتب التقرير أن أحد الوالدين نادرًا ما يستجيب لمشاعر الطفل، أو نادرًا ما ينتبه إلى ما يحتاجه الطفل.
rt-emotionally-unavailable-question = ما الذي رأيتموه وجعلكم تقولون هذا؟
# source: Framework for the Assessment of Children in Need and their Families (2000) (housing and home environment)
rt-home-conditions = حالة بيتك: هل هو نظيف وآمن ودافئ بما يكفي، وفيه سرير وطعام للطفل.
rt-home-conditions-question = ما الذي يحتاج بالضبط إلى تغيير في البيت، وما المساعدة التي يمكنكم تقديمها؟
# source: Framework for the Assessment of Children in Need and their Families (2000) (basic care)
rt-basic-care = تلبية الاحتياجات اليومية للطفل: الطعام، والدفء، والنظافة، والملابس، والنوم، والرعاية الصحية.
# source: Framework for the Assessment of Children in Need and their Families (2000) (guidance and boundaries)
rt-boundaries = قواعد واضحة وروتين واضح، لكي يعرف الطفل ماذا يتوقع، وكيف يتصرف.
# source: NICE guideline NG26, Children's attachment
rt-attachment = الرابطة بين الطفل والأشخاص الذين يرعونه. والتعلّق الآمن (secure attachment) يساعد الطفل على الشعور بالأمان.
# source: Public Health Wales, Adverse Childhood Experiences study (2015)
rt-aces = الاختصار ACEs يعني تجارب الطفولة السلبية (adverse childhood experiences): أشياء مرهقة جدًا في الطفولة، مثل الإساءة، أو العيش مع الإساءة الأسرية. يمكن أن تؤثر على الصحة لاحقًا، لكن الدعم يساعد.
# source: Ofsted, In the child's time: professional responses to neglect (2014)
rt-cumulative-harm = أذى يتراكم مع الوقت من أشياء صغيرة كثيرة، وليس من حدث واحد.
# source: Children Act 1989 s1(2) (delay is likely to harm the child's welfare); Ofsted
rt-drift-and-delay = عندما تستمر القضية مدة طويلة جدًا، دون أن تتحسن الأمور، ودون أن تُتَّخذ القرارات.
# source: Brandon et al., analyses of serious case reviews for the Department for Education; Skinner et al. (2021), on the weak evidence for the term
rt-toxic-trio = عبارة تعني حدوث الإساءة الأسرية، وتعاطي المخدرات أو الكحول، ومشكلات الصحة النفسية، معًا في وقت واحد. وقد قال باحثون إن هذه العبارة تبسّط الأمور أكثر من اللازم.
rt-toxic-trio-question = ما المخاوف التي تقصدونها، وما المساعدة التي يمكنكم تقديمها لكل منها؟
# source: Domestic Abuse Act 2021 ss1, 3 (a child who sees, hears or experiences it is a victim)
rt-domestic-abuse = الاختصار DA يعني الإساءة الأسرية (domestic abuse): إساءة بين أشخاص أعمارهم 16 عامًا أو أكثر، وهم شركاء، أو شركاء سابقون، أو من العائلة نفسها. قد تكون جسدية، أو جنسية، أو عاطفية، أو تحكّمًا وسيطرة، أو متعلقة بالمال. والأطفال الذين يرونها أو يسمعونها هم ضحايا أيضًا.
# source: Domestic Abuse Act 2021 s1; Home Office
rt-domestic-violence = الاختصار DV يعني العنف الأسري (domestic violence): الاسم الأقدم للإساءة الأسرية.
# source: Serious Crime Act 2015 s76
rt-coercive-control = نمط من السلوك يسيطر على الشريك أو على أحد أفراد العائلة، أو يخيفه، أو يعزله عن الآخرين. مثلًا: مراقبته، أو التحكم في ماله أو في الأشخاص الذين يقابلهم. وهو جريمة.
# source: NHS (drug and alcohol addiction); Framework for the Assessment of Children in Need and their Families (2000)
rt-substance-misuse = تعاطي المخدرات أو الكحول بطريقة تضرّك أو تضرّ الآخرين.
# source: Working Together to Safeguard Children 2023 (assessments consider history)
rt-historical-concerns = مخاوف من الماضي، وأحيانًا من سنوات مضت.
rt-historical-concerns-question = ما علاقة هذه المخاوف القديمة بطفلي اليوم؟
# source: SafeLives (working with families affected by domestic abuse)
rt-collusion = يرى كاتب التقرير أن أحد الوالدين يقف في صف شخص يسبّب الأذى، أو يساعد على إخفاء الأذى.
rt-collusion-question = ما الذي فعلته وترونه تواطؤًا (colluding)؟
# source: Domestic Abuse Act 2021; Working Together to Safeguard Children 2023
rt-perpetrator = الشخص الذي سبّب الأذى، أو الذي يُقال إنه سبّبه (alleged).
rt-perpetrator-question = على ماذا يعتمد هذا، وهل ثبت؟
# source: Respect (accredited domestic abuse perpetrator programmes)
rt-perpetrator-programme = دورة للأشخاص الذين أساؤوا إلى شريكهم، لمساعدتهم على تغيير سلوكهم.
# source: Working Together to Safeguard Children 2023 (observing the child)
rt-presentation = كيف يبدو الطفل أو الوالد للمختص: مظهره، وتصرفاته، وطريقة كلامه.
# source: Children Act 1989 s1(3)(a), s17(4A), s47(5A)
rt-wishes-and-feelings = ما يريده الطفل وما يشعر به. ويقول القانون إن على المختصين أن يأخذوا ذلك في الاعتبار.
# source: Working Together to Safeguard Children 2023 (child-centred practice); Wales Safeguarding Procedures ("llais y plentyn")
rt-voice-of-the-child = ما يقوله الطفل، أو يُظهره، أو يشعر به، مكتوبًا في التقرير لكي يُسمَع.
# source: Working Together to Safeguard Children 2023 (children's lived experiences)
rt-lived-experience = كيف تبدو الحياة اليومية لطفلك، كما يعيشها هو.
# source: A. Turnell and S. Edwards, Signs of Safety (1999); used by many councils
rt-signs-of-safety = طريقة عمل تستخدمها مجالس محلية كثيرة. تسأل: ما الذي يسير بشكل جيد، وما المخاوف، وما الذي يحتاج إلى أن يحدث.
