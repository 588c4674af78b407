# أشياء مقترحة للفعل وأسئلة مقترحة لكل مرحلة، بصوت ولي الأمر، باللغة العربية.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Suggested actions and questions for each stage, in the parent's voice. The personal tools
# offer them; ids are in src/core/content/suggestions.rs.

## Before the conference: things to do
suggest-before-ask-for-reports = طلب نسخة من كل تقرير من الأخصائي الاجتماعي
suggest-before-read-reports = قراءة التقارير، ووضع علامة على كل ما لا أفهمه
suggest-before-note-mistakes = كتابة أي شيء خاطئ في التقارير
suggest-before-write-my-report = كتابة تقريري الخاص، أو طلب المساعدة من شخص ما في كتابته
suggest-before-send-my-report = إرسال تقريري الخاص إلى الأخصائي الاجتماعي ورئيس المؤتمر قبل الاجتماع
suggest-before-choose-supporter = اختيار صديق أو قريب ليأتي معي
suggest-before-tell-who-is-coming = إخبار الأخصائي الاجتماعي بمن سيأتي معي
suggest-before-call-solicitor = الاتصال بمحامٍ متخصص في قانون الأطفال
suggest-before-ask-interpreter = طلب مترجم فوري إذا احتجت إليه
suggest-before-plan-childcare = ترتيب من يرعى أطفالي في ذلك اليوم
suggest-before-plan-journey = التخطيط لطريقة الوصول، ومحاولة الوصول قبل الموعد بـ 15 دقيقة

## Before the conference: questions to ask
suggest-before-q-worried-about = ما الذي يقلقكم بالضبط؟
suggest-before-q-evidence = ما الدليل الذي لديكم على هذه المخاوف؟
suggest-before-q-who-is-coming = من سيحضر المؤتمر؟
suggest-before-q-when-report = متى سأحصل على تقريركم؟
suggest-before-q-solicitor-speak = هل يمكن لمحاميّ أو للشخص الذي يساندني أن يتكلم في الاجتماع؟
suggest-before-q-child-attend = هل ينبغي أن يحضر طفلي، ومن سيساعده على الاستعداد؟
suggest-before-q-travel-help = هل يمكنني الحصول على مساعدة في المواصلات أو في رعاية الأطفال لكي أحضر؟
suggest-before-q-meet-chair = هل يمكنني مقابلة رئيس المؤتمر قبل أن يبدأ الاجتماع؟

## At the conference: things to do
suggest-during-arrive-early = الوصول قبل الموعد بـ 15 دقيقة لمقابلة رئيس المؤتمر
suggest-during-bring-notes = إحضار ملاحظاتي وأسئلتي
suggest-during-bring-my-report = إحضار نسخ من تقريري الخاص
suggest-during-write-down-names = كتابة أسماء الحاضرين وعمل كل واحد منهم
suggest-during-say-what-is-going-well = ذكر الأشياء التي تسير بشكل جيد في حياة طفلي
suggest-during-ask-for-break = طلب استراحة إذا احتجت إليها
suggest-during-correct-mistakes = التنبيه إذا قيل عنا شيء خاطئ
suggest-during-ask-for-minutes = السؤال عن موعد حصولي على محضر الاجتماع
suggest-during-disagreement-in-minutes = طلب تسجيل اعتراضي في المحضر

## At the conference: questions to ask
suggest-during-q-what-worried = ما الذي يقلقكم بالضبط؟
suggest-during-q-what-change = ما الذي يجب أن يتغير، وفي أي موعد؟
suggest-during-q-expected-of-me = ماذا تتوقعون مني أن أفعل؟
suggest-during-q-what-category = ما فئة الأذى المذكورة في الخطة، ولماذا؟
suggest-during-q-who-social-worker = من هو الأخصائي الاجتماعي لطفلي الآن؟
suggest-during-q-who-core-group = من هم أعضاء المجموعة الأساسية؟
suggest-during-q-when-minutes = متى سأحصل على نسخة من محضر الاجتماع؟
suggest-during-q-what-support = ما المساعدة والدعم المتاحان لعائلتي؟

## The core group: things to do
suggest-core-group-read-decision = قراءة ما قرره المؤتمر
suggest-core-group-write-questions = كتابة أسئلتي قبل كل اجتماع
suggest-core-group-note-actions = كتابة من سيفعل ماذا، وفي أي موعد
suggest-core-group-suggest-support = اقتراح أنواع من الدعم تساعدنا
suggest-core-group-involve-family = طلب المساعدة من أقاربي في وقت مبكر
suggest-core-group-ask-fgc = طلب مؤتمر المجموعة العائلية (family group conference)
suggest-core-group-save-numbers = حفظ أرقام كل أعضاء المجموعة الأساسية
suggest-core-group-keep-diary = تدوين الزيارات وما قيل فيها

## The core group: questions to ask
suggest-core-group-q-what-by-when = ما الذي يجب أن يتغير، وفي أي موعد؟
suggest-core-group-q-who-does-what = من المسؤول عن كل جزء من الخطة؟
suggest-core-group-q-how-often = كم مرة ستجتمع المجموعة الأساسية؟
suggest-core-group-q-visits = كم مرة ستزوروننا، وهل ستخبرونني قبل الزيارة؟
suggest-core-group-q-help-available = ما المساعدة التي يمكن أن نحصل عليها لنقوم بهذه التغييرات؟
suggest-core-group-q-assessment = متى سأرى التقييم؟
suggest-core-group-q-contingency = هل هناك خطة بديلة (contingency plan)، وماذا تقول؟
suggest-core-group-q-copy-of-plan = متى سأحصل على نسخة من الخطة الكاملة؟

## The review conference: things to do
suggest-review-list-changes = كتابة قائمة بما تغيّر منذ المؤتمر السابق
suggest-review-note-difference = كتابة الفرق الذي أحدثه ذلك في حياة طفلي
suggest-review-read-reports = قراءة التقارير قبل المراجعة
suggest-review-gather-evidence = جمع الرسائل أو الملاحظات التي تُظهر ما قمت به
suggest-review-ask-supporter = الطلب من الشخص الذي يساندني أن يأتي معي مرة أخرى
suggest-review-think-about-support = التفكير في المساعدة التي ما زلت أحتاجها إذا انتهت الخطة
suggest-review-keep-letters = حفظ كل رسالة تصلني من خدمات الأطفال في مكان آمن
suggest-review-call-solicitor-if-letter = مقابلة محامٍ فورًا إذا وصلتني رسالة بشأن الذهاب إلى المحكمة

## The review conference: questions to ask
suggest-review-q-what-improved = ما الذي ترون أنه تحسّن؟
suggest-review-q-what-still-worries = ما الذي ما زال يقلقكم، ولماذا؟
suggest-review-q-can-plan-end = ما الذي يجب أن يحدث لكي تنتهي الخطة؟
suggest-review-q-what-support-after = ما الدعم الذي يمكن أن نحصل عليه إذا انتهت الخطة؟
suggest-review-q-next-review = متى المراجعة القادمة؟
suggest-review-q-legal-planning = هل تفكرون في عقد اجتماع تخطيط قانوني (legal planning meeting)؟
suggest-review-q-what-letter-means = ماذا تعني هذه الرسالة بالنسبة لي؟
suggest-review-q-changes-to-plan = ما التغييرات التي تجرونها على الخطة، ولماذا؟

## Complaints and advice: things to do
suggest-help-write-to-chair = الكتابة إلى رئيس المؤتمر عن الأشياء التي لا ترضيني
suggest-help-keep-copies = الاحتفاظ بنسخة من كل رسالة وكل بريد إلكتروني أرسله
suggest-help-note-dates = كتابة تواريخ المكالمات والزيارات والاجتماعات
suggest-help-call-advice-line = الاتصال بخط نصيحة مجاني
suggest-help-contact-complaints-team = التواصل مع فريق الشكاوى في المجلس المحلي
suggest-help-ask-for-advocate = السؤال إن كان بإمكاني الحصول على مناصر (advocate)
suggest-help-save-local-numbers = حفظ رقم الأخصائي الاجتماعي ورقم المجلس المحلي
suggest-help-check-legal-aid = التأكد إن كان يحق لي الحصول على المساعدة القانونية (legal aid)

## Complaints and advice: questions to ask
suggest-help-q-how-to-complain = كيف أقدّم شكوى، وإلى من أرسلها؟
suggest-help-q-how-long = كم من الوقت سأنتظر حتى أحصل على رد؟
suggest-help-q-who-decides = من سينظر في شكواي؟
suggest-help-q-ombudsman-when = متى يمكنني اللجوء إلى أمين المظالم (Ombudsman)؟
suggest-help-q-advocate = هل يمكنني الحصول على مناصر (advocate) يساعدني؟
suggest-help-q-different-worker = هل يمكنني طلب أخصائي اجتماعي آخر؟
suggest-help-q-record-meeting = هل يمكنني تسجيل الاجتماع، أو كتابة ملاحظات؟
suggest-help-q-manager-contact = كيف أتواصل مع مدير الأخصائي الاجتماعي؟
