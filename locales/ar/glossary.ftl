# قاموس الكلمات المستخدمة في الدليل، باللغة العربية.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# The glossary. Each term has a name (term-<id>) and a meaning of one or two short
# sentences (term-<id>-meaning). The ids are anchors on /glossary/: never rename one.
# Term names are written "Arabic term (English term)", because parents hear the English words at meetings.

glossary-title = الكلمات المستخدمة في هذا الدليل
glossary-intro = معنى الكلمات التي يستخدمها الأخصائيون الاجتماعيون، والكلمات التي تُقال في الاجتماعات.

term-advocate = المناصِر (Advocate)
term-advocate-meaning = شخص يساعدك على قول رأيك، ويتأكد من أن صوتك مسموع. المناصِر يقف إلى جانبك، ولا يعمل لدى خدمات الأطفال.
term-assessment = التقييم (Assessment)
term-assessment-meaning = هو أن يتعرّف الأخصائي الاجتماعي على احتياجات طفلك وعلى عائلتك. يتحدث معك ومع طفلك ومع أشخاص آخرين، ثم يكتب ما وجده.
term-care-and-support-plan = خطة الرعاية والدعم (Care and support plan)
term-care-and-support-plan-meaning = في ويلز، هي خطة لتقديم المساعدة والدعم للطفل والعائلة. تُستخدم عندما لا توجد خطة الحماية للرعاية والدعم.
term-care-and-support-protection-plan = خطة الحماية للرعاية والدعم (Care and support protection plan)
term-care-and-support-protection-plan-meaning = في ويلز، هي الخطة التي توضع لحماية الطفل بعد مؤتمر حماية الطفل.
term-category-of-harm = فئة الأذى (Category of harm)
term-category-of-harm-meaning = النوع الرئيسي من الأذى الذي يقلق المؤتمر، مثل الإهمال أو الإساءة الجسدية. وتذكر الخطة فئة واحدة أو أكثر.
term-chair = رئيس المؤتمر (Chair)
term-chair-meaning = الشخص الذي يدير المؤتمر. وهو أخصائي اجتماعي ذو خبرة. يعمل لدى المجلس المحلي، لكنه ليس جزءًا من العمل على قضية طفلك.
term-child-in-need-plan = خطة الطفل المحتاج إلى الدعم (Child in Need plan)
term-child-in-need-plan-meaning = في إنجلترا، هي خطة لتقديم المساعدة والدعم للطفل والعائلة. تُستخدم عندما لا توجد خطة حماية للطفل.
term-child-protection-conference = مؤتمر حماية الطفل (Child protection conference)
term-child-protection-conference-meaning = اجتماع تعقده خدمات الأطفال عندما تكون قلقة جدًا من أن طفلًا يتعرض للأذى، أو قد يتعرض له. أول مؤتمر يُسمّى المؤتمر الأولي (initial conference). والمؤتمرات التي بعده تُسمّى مؤتمرات المراجعة (review conferences).
term-child-protection-plan = خطة حماية الطفل (Child protection plan)
term-child-protection-plan-meaning = الخطة التي توضع لحماية الطفل. يضع المؤتمر خطة أولية، ثم تحوّلها المجموعة الأساسية إلى خطة مفصّلة.
term-child-protection-register = سجل حماية الطفل (Child protection register)
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (confidential, not a criminal record) (content review L12)
term-child-protection-register-meaning = في ويلز، هو قائمة بالأطفال الذين لديهم خطة الحماية للرعاية والدعم. وهي سرّية: لا يطّلع عليها إلا المختصون. وليست سجلًا جنائيًا. توقفت إنجلترا عن استخدام السجل في عام 2008.
term-childrens-services = خدمات الأطفال (Children's services)
term-childrens-services-meaning = الجزء من المجلس المحلي (council) الذي يعمل مع الأطفال والعائلات. ويُسمّى أحيانًا الخدمات الاجتماعية (social services).
term-contingency-plan = الخطة البديلة (Contingency plan)
term-contingency-plan-meaning = خطة لما سيحدث إذا لم تنجح الخطة الرئيسية.
term-core-group = المجموعة الأساسية (Core group)
term-core-group-meaning = { $nation ->
        [wales] مجموعة صغيرة من المختصين وأفراد العائلة، تعمل على تنفيذ خطة الحماية للرعاية والدعم. وأنت عادةً من أعضائها.
       *[england] مجموعة صغيرة من المختصين وأفراد العائلة، تعمل على تنفيذ خطة حماية الطفل. وأنت عادةً من أعضائها.
    }
term-family-group-conference = مؤتمر المجموعة العائلية (Family group conference)
term-family-group-conference-meaning = اجتماع تضع فيه عائلتك وأصدقاؤك خطتهم الخاصة للمساعدة في حماية طفلك. يمكنك طلب هذا الاجتماع من خدمات الأطفال.
term-health-visitor = الزائر الصحي (Health visitor)
term-health-visitor-meaning = ممرض يدعم العائلات التي لديها أطفال أعمارهم أقل من 5 سنوات.
term-lead-social-worker = الأخصائي الاجتماعي المسؤول (Lead social worker)
term-lead-social-worker-meaning = الأخصائي الاجتماعي المسؤول عن خطة طفلك. وقد يُسمّى أيضًا key worker أو lead practitioner.
term-legal-aid = المساعدة القانونية (Legal aid)
term-legal-aid-meaning = مساعدة من الحكومة لدفع أتعاب المحامي. في البداية تعتمد على دخلك. إذا وصلتك رسالة ما قبل الإجراءات القضائية، تكون مجانية مهما كان دخلك. وهي مجانية أيضًا في القضية أمام المحكمة.
term-legal-planning-meeting = اجتماع التخطيط القانوني (Legal planning meeting)
term-legal-planning-meeting-meaning = اجتماع تحصل فيه خدمات الأطفال على نصيحة قانونية: هل تذهب إلى المحكمة أم لا.
term-letter-before-proceedings = رسالة ما قبل الإجراءات القضائية (Letter before proceedings)
term-letter-before-proceedings-meaning = رسالة من خدمات الأطفال تقول إنها تفكر في الذهاب إلى المحكمة، وتذكر ما يمكنك فعله لتجنّب ذلك. خذها فورًا إلى محامٍ متخصص في قانون الأطفال.
term-letter-of-issue = رسالة بدء الإجراءات القضائية (Letter of issue)
term-letter-of-issue-meaning = رسالة من خدمات الأطفال تقول إنها ستذهب إلى المحكمة. خذها فورًا إلى محامٍ متخصص في قانون الأطفال.
term-minutes = محضر الاجتماع (Minutes)
term-minutes-meaning = الملاحظات المكتوبة عن الاجتماع. من حقك أن تحصل على نسخة منه.
term-ombudsman = أمين المظالم (Ombudsman)
term-ombudsman-meaning = جهة مستقلة تنظر في الشكاوى ضد المجالس المحلية. وهي تنظر في طريقة تصرّف المجلس، لا في قرار المؤتمر.
term-parental-responsibility = المسؤولية الأبوية (Parental responsibility)
term-parental-responsibility-meaning = الحقوق والواجبات التي يملكها الأب أو الأم تجاه طفلهما. خطة حماية الطفل لا تلغيها.
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
term-plo = PLO (Public Law Outline)
term-plo-meaning = القواعد التي تتبعها المجالس المحلية قبل الذهاب إلى المحكمة بشأن طفل. تبدأ هذه المرحلة برسالة ما قبل الإجراءات القضائية. وتدعوك الرسالة إلى اجتماع تحضره مع محاميك.
term-pre-birth-conference = مؤتمر ما قبل الولادة (Pre-birth conference)
term-pre-birth-conference-meaning = مؤتمر حماية طفل يُعقد قبل ولادة الطفل.
term-review-conference = مؤتمر المراجعة (Review conference)
term-review-conference-meaning = مؤتمر ينظر في مدى نجاح خطة حماية الطفل. يُعقد الأول خلال 3 أشهر، ثم مرة كل 6 أشهر على الأقل.
term-section-47-enquiries = تحقيقات المادة 47 (Section 47 enquiries)
term-section-47-enquiries-meaning = الفحوصات التي تقوم بها خدمات الأطفال عندما تظن أن طفلًا قد يكون معرّضًا لخطر الأذى الخطير. الاسم مأخوذ من المادة 47 من قانون الأطفال لعام 1989 (Children Act 1989).
term-significant-harm = الأذى الخطير (Significant harm)
term-significant-harm-meaning = أذى شديد إلى درجة أنه يؤثر على صحة الطفل أو نموّه. وهذا ما يقلق مؤتمر حماية الطفل.
term-strategy-discussion = النقاش الاستراتيجي (Strategy discussion)
term-strategy-discussion-meaning = نقاش بين خدمات الأطفال والشرطة وجهات أخرى حول المخاوف، يُعقد قبل المؤتمر.
term-working-day = يوم العمل (Working day)
term-working-day-meaning = من الاثنين إلى الجمعة، دون احتساب العطل الرسمية (bank holidays).
