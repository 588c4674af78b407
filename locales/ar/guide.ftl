# الدليل: صفحات المراحل الخمس، باللغة العربية.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Translated from the English guide. Plain Arabic (Modern Standard), reading age about 9 to 11.
# Every message receives $nation ("england" or "wales"); where the nations differ, a selector
# chooses the words. Glossary terms are marked [[term-id|words shown]]: keep the id, translate the words.

## Before the conference

before-what-heading = ما هو مؤتمر حماية الطفل (child protection conference)؟
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-meeting = هو اجتماع عن سلامة طفلك. تنظّمه [[childrens-services|خدمات الأطفال]] (children's services) عندما تكون قلقة جدًا على طفلك. فهي تظن أن طفلك يتعرض للأذى، أو قد يتعرض له. وهذا يُسمّى [[significant-harm|الأذى الخطير]] (significant harm).
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Wales: Wales Safeguarding Procedures (public)
before-what-harm = { $nation ->
        [wales] قد يكون القلق بسبب الإساءة الجسدية، أو الإساءة الجنسية، أو الإساءة العاطفية أو النفسية، أو الإساءة المالية، أو الإهمال.
       *[england] قد يكون القلق بسبب الإساءة الجسدية، أو الإساءة الجنسية، أو الإساءة العاطفية، أو الإهمال.
    }
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-not-court = الاجتماع ليس محكمة. هو يقرر هل يحتاج طفلك إلى { $nation ->
        [wales] [[care-and-support-protection-plan|خطة الحماية للرعاية والدعم]] (care and support protection plan).
       *[england] [[child-protection-plan|خطة حماية الطفل]] (child protection plan).
    }
# source: public (Family Rights Group glossary)
before-what-pre-birth = يمكن أيضًا عقد المؤتمر قبل ولادة الطفل. وهذا يُسمّى [[pre-birth-conference|مؤتمر ما قبل الولادة]] (pre-birth conference).

before-when-heading = متى سيُعقد؟
# source: England: Working Together to Safeguard Children; Wales: Wales Safeguarding Procedures (public)
before-when-timing = { $nation ->
        [wales] يُعقد المؤتمر الأول عادةً خلال 15 [[working-day|يوم عمل]] من آخر [[strategy-discussion|نقاش استراتيجي]] (strategy discussion).
       *[england] يُعقد المؤتمر الأول عادةً خلال 15 [[working-day|يوم عمل]] من [[strategy-discussion|النقاش الاستراتيجي]] (strategy discussion).
    } في هذا النقاش يتحدث المختصون عن المخاوف، ويقررون ماذا سيفعلون.
before-when-cannot-go = إذا كان الموعد لا يناسبك، فمن المهم إخبار الأخصائي الاجتماعي (social worker) في أقرب وقت ممكن.

before-who-heading = من سيحضر؟
# source: 003_23392368096e3b46.txt; chair: 001_ae30d34ab232a286.txt
# source: Working Together to Safeguard Children 2023 (the chair is independent of the case, usually employed by the council) (content review L3)
before-who-chair = يدير الاجتماعَ شخص مستقل يُسمّى [[chair|رئيس المؤتمر]] (chair). رئيس المؤتمر أخصائي اجتماعي ذو خبرة يعمل لدى المجلس المحلي. لكنه ليس جزءًا من العمل على قضية طفلك، ولم يعمل مع عائلتك من قبل.
before-who-list-intro = أشخاص آخرون قد يحضرون:
before-who-you = أنت، ومعك شخص يساندك إذا أردت
before-who-social-worker = الأخصائي الاجتماعي الذي يتابع طفلك، وربما مديره
before-who-gp = طبيب العائلة (GP)
before-who-health-visitor = ممرض الزيارات المنزلية، ويُسمّى [[health-visitor|الزائر الصحي]] (health visitor)، إذا كان عمر طفلك أقل من 5 سنوات
before-who-teacher = معلم من مدرسة طفلك
before-who-police = ضابط شرطة يعمل في حماية الأطفال
before-who-paediatrician = طبيب أطفال من الخدمات الصحية المحلية (community paediatrician)
before-who-minute-taker = شخص يكتب ملاحظات عمّا يُقال في الاجتماع (minute taker)
# source: 003_23392368096e3b46.txt
# source: content review L15 (jobs explained)
before-who-others = قد يحضر أشخاص آخرون أيضًا، مثل موظفين من المستشفى. وقد يحضر ضابط مراقبة السلوك (probation officer)، وهو يشرف على أشخاص بعد قضية في المحكمة. وقد يحضر موظف رعاية التعليم (education welfare officer)، وهو يساعد الأطفال على الذهاب إلى المدرسة.
# source: 003_23392368096e3b46.txt (the need-to-know rule binds the professionals); content review M4 (a parent may show their own adviser)
before-who-confidential = لا يُسمح للمختصين بمشاركة ما يسمعونه إلا مع زملائهم الذين يحتاجون إلى معرفته. أما أنت فيمكنك أن تُطلع محاميك أو مناصرك (advocate) على التقارير والمحضر.

before-rights-heading = ما يمكنك فعله
# source: 003_23392368096e3b46.txt
before-rights-go = حاول أن تحضر إن استطعت. فأنت أكثر من يعرف طفلك، ورأيك مهم.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (the two differ on what a solicitor may do)
# source: Family Rights Group (parent advocacy; content review L9)
before-rights-supporter = يمكنك أن تُحضر معك صديقًا أو قريبًا أو محاميًا أو مناصرًا (advocate). اسأل إن كان في منطقتك مناصرون للوالدين. وأخبر الأخصائي الاجتماعي قبل يوم الاجتماع بمن سيحضر معك.
before-rights-solicitor = يستطيع المحامي أن ينصحك قبل الاجتماع وبعده. في مناطق كثيرة، لا يُسمح له بالكلام داخل الاجتماع نفسه. يمكنك سؤال رئيس المؤتمر عمّا يُسمح به لمن يساندك أو لمحاميك.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (Legal Help is means-tested until a letter before proceedings); Family Rights Group "Working with a solicitor" (content review M1)
before-rights-legal-aid = قبل وصول أي رسالة بشأن المحكمة، تعتمد المساعدة القانونية (legal aid) على دخلك. وهذا يُسمّى فحص الدخل (means test). إذا كنت تحصل على بعض الإعانات الحكومية (benefits)، فعادةً تكون مؤهلًا لها. اسأل المحامي عندما تتصل به.
# source: Family Rights Group; local procedures on police information at conferences (e.g. Greater Manchester "Guidance on the Use, Recording, Dissemination and Handling of Police Information") (content review M10)
before-rights-police = قد تكون الشرطة تحقق فيما حدث. وفي هذه الحالة، تسمع الشرطة ما تقوله، ويُكتب كلامك في المحضر. تحدّث مع محامٍ قبل الاجتماع عمّا ستقوله.
# source: Wales Safeguarding Procedures (public)
# source: Wales Safeguarding Procedures s3 pt2 (conference in Welsh; minutes in the chosen language) (content review L13)
before-rights-interpreter = { $nation ->
        [wales] إذا احتجت إلى مترجم، يمكنك طلبه. ويمكنك أن تطلب أن يكون الاجتماع والمحضر باللغة الويلزية. ويمكنك أيضًا السؤال عن مساعدة في المواصلات أو في رعاية الأطفال.
       *[england] إذا احتجت إلى مترجم، يمكنك طلبه. ويمكنك أيضًا السؤال عن مساعدة في المواصلات أو في رعاية الأطفال.
    }
# source: Wales Safeguarding Procedures s3 pt2 (separate attendance); 003_23392368096e3b46.txt (attendance that may put people in danger) (content review M9)
before-rights-safety = هل تشعر بعدم الأمان إذا كنت في الغرفة نفسها مع شخص ما؟ أخبر الأخصائي الاجتماعي أو رئيس المؤتمر قبل يوم الاجتماع. ويمكنهم ترتيب مشاركتك بشكل منفصل.
# source: 003_23392368096e3b46.txt
before-rights-asked-not-to-come = أحيانًا يُطلب من أحد الوالدين عدم الحضور. قد يحدث هذا إذا كان حضوره قد يعرّض أحدًا للخطر. رئيس المؤتمر هو من يقرر من يحضر. ومع ذلك، ينبغي أن يُسمع رأيك.

before-reports-heading = التقارير
# source: 003_23392368096e3b46.txt, 001_ae30d34ab232a286.txt (areas differ on timing)
before-reports-share = يجب أن يُطلعك الأخصائي الاجتماعي على تقريره قبل الاجتماع. والمدة تختلف حسب منطقتك: قد تكون 5 أيام عمل، أو يومين أو 3 أيام فقط. قد يصلك التقرير باليد أو بالبريد.
before-reports-every = من حقك أن ترى تقارير جميع المختصين. ويمكنك الاحتفاظ بنسخ منها.
before-reports-wrong = إذا وجدت خطأ في أحد التقارير، فأخبر الأخصائي الاجتماعي، وأخبر رئيس المؤتمر أيضًا.
# source: 003_23392368096e3b46.txt; ideas: public (parent advocacy tips)
before-reports-your-own = يمكنك كتابة تقرير خاص بك للمؤتمر. ويمكن لأي شخص أن يساعدك في كتابته. يمكنك الكتابة عن:
before-reports-idea-going-well = ما يسير بشكل جيد في عائلتك
before-reports-idea-worries = ما يقلقك
before-reports-idea-help = ما الذي يساعدك ويساعد طفلك

before-children-heading = طفلك في الاجتماع
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
before-children-attend = قد يحضر طفلك الاجتماع إذا كان ذلك مناسبًا له. يحدث هذا غالبًا من عمر 10 أو 12 عامًا تقريبًا، لكن المناطق تختلف. والأخصائي الاجتماعي يساعد الطفل على الاستعداد.
before-children-childcare = من الأفضل ألّا تُحضر الأطفال الصغار. وإذا احتجت إلى مساعدة في رعاية الأطفال، اسأل الأخصائي الاجتماعي.

before-day-heading = في يوم الاجتماع
# source: 003_23392368096e3b46.txt
before-day-early = من الأفضل الوصول قبل الموعد بحوالي 15 دقيقة. عادةً يلتقي بك رئيس المؤتمر أولًا، ليشرح لك ما سيحدث.
before-day-break = يمكنك طلب استراحة قصيرة في أي وقت أثناء الاجتماع.

## During the conference

during-start-heading = كيف يبدأ الاجتماع
# source: 003_23392368096e3b46.txt
during-start-chair = يطلب رئيس المؤتمر (chair) من كل شخص أن يعرّف بنفسه. ثم يشرح رئيس المؤتمر سبب عقد الاجتماع.
during-start-share = يشارك كل شخص ما يعرفه عن طفلك وعائلتك. وستُتاح لك أيضًا فرصة لتشارك ما تعرفه وتقول رأيك.

during-happens-heading = ماذا يحدث في الاجتماع
# source: 003_23392368096e3b46.txt
during-happens-minutes = يكتب أحد الموظفين ملاحظات عن الاجتماع. هذه الملاحظات تُسمّى [[minutes|محضر الاجتماع]] (minutes). وستصلك نسخة منه لاحقًا.
# source: Wales Safeguarding Procedures s3 pt2 ("decision-making process": the practitioners decide, taking the family's views into account); 003_23392368096e3b46.txt (the final decision rests with the chair) (content review M3)
during-happens-decide = يتخذ المختصون القرار بعد أن يستمعوا إلى رأيك. وإذا لم يتفقوا فيما بينهم، يتخذ رئيس المؤتمر القرار. ويمكنك أن تطلب تسجيل اعتراضك في المحضر.
# source: Wales Safeguarding Procedures s3 pt2 ("Post conference": corrections to the chair within 10 working days of receiving the minutes; dissent recorded); England: local procedures (e.g. Tees: accuracy taken up with the chair) (content review M11)
during-happens-check-minutes = { $nation ->
        [wales] اقرأ المحضر عندما يصلك. إذا كان فيه خطأ، اكتب إلى رئيس المؤتمر. واطلب تصحيحه، أو إضافة رأيك. افعل ذلك خلال 10 أيام عمل من استلامه.
       *[england] اقرأ المحضر عندما يصلك. إذا كان فيه خطأ، اكتب إلى رئيس المؤتمر. واطلب تصحيحه، أو إضافة رأيك. واسأل رئيس المؤتمر عن المهلة المتاحة لك.
    }
during-happens-break = إذا شعرت بالضيق، يمكنك طلب استراحة قصيرة.

during-decisions-heading = ما الذي يمكن أن يقرره المؤتمر
# source: 003_23392368096e3b46.txt
during-decisions-intro = يمكن أن يقرر المؤتمر:
during-decisions-no-action = أنه لا حاجة إلى أي شيء آخر
during-decisions-support = { $nation ->
        [wales] أن تحصل عائلتك على مساعدة ودعم من خلال [[care-and-support-plan|خطة الرعاية والدعم]] (care and support plan)
       *[england] أن تحصل عائلتك على مساعدة ودعم من خلال [[child-in-need-plan|خطة الطفل المحتاج إلى الدعم]] (Child in Need plan)
    }
during-decisions-plan = { $nation ->
        [wales] أن طفلك يحتاج إلى [[care-and-support-protection-plan|خطة الحماية للرعاية والدعم]] (care and support protection plan)
       *[england] أن طفلك يحتاج إلى [[child-protection-plan|خطة حماية الطفل]] (child protection plan)
    }
# source: 003_23392368096e3b46.txt (a decision for each child); Wales Safeguarding Procedures s3 pt2 (one or more categories) (content review L1, L2)
during-decisions-plan-details = يتخذ المؤتمر قرارًا منفصلًا لكل طفل يعيش معك. وتذكر الخطة [[category-of-harm|فئة أذى]] (category of harm) واحدة أو أكثر. { $nation ->
        [wales] والفئات هي: الإساءة الجسدية، والإساءة الجنسية، والإساءة العاطفية أو النفسية، والإساءة المالية، والإهمال.
       *[england] والفئات هي: الإساءة الجسدية، والإساءة الجنسية، والإساءة العاطفية، والإهمال.
    }
# source: 003_23392368096e3b46.txt; Wales: 004_cdfde2f55ea0fb42.txt
during-decisions-core-group = { $nation ->
        [wales] يحدد المؤتمر الأخصائي الاجتماعي الذي سينسّق الخطة. ويقرر أيضًا من يكون في [[core-group|المجموعة الأساسية]] (core group).
       *[england] يحدد المؤتمر [[lead-social-worker|الأخصائي الاجتماعي المسؤول]] (lead social worker). ويقرر أيضًا من يكون في [[core-group|المجموعة الأساسية]] (core group).
    }
# source: 004_cdfde2f55ea0fb42.txt
# source: Wales Safeguarding Procedures s3 pt2 ("The Child Protection Register": only when a care and support protection plan is made; confidential) (content review M2)
during-decisions-register = قد يحتاج طفلك إلى [[care-and-support-protection-plan|خطة الحماية للرعاية والدعم]] (care and support protection plan). وفي هذه الحالة، يُسجَّل اسمه أيضًا في [[child-protection-register|سجل حماية الطفل]] (child protection register). وهذا السجل قائمة سرّية، لا يطّلع عليها إلا المختصون.
# source: CONTENT-FACTS.md section 2 (England has had no register since 2008)
during-decisions-no-register = لا يوجد سجل لحماية الطفل في إنجلترا منذ عام 2008. بدلًا من ذلك، يقول الناس إن طفلك «خاضع لخطة حماية الطفل» (is subject to a child protection plan).
# source: 003_23392368096e3b46.txt
during-decisions-not-removal = لا يستطيع المؤتمر أن يأخذ طفلك منك. لكنه يستطيع أن يقول إن على خدمات الأطفال طلب نصيحة قانونية.
# source: Children Act 1989 ss31, 44, 46 (only a court orders removal without agreement; police protection for up to 72 hours); these apply in Wales too (content review M5)
during-decisions-court-only = المحكمة وحدها تستطيع أن تقرر أن يعيش طفلك في مكان آخر دون موافقتك. وفي حالة الطوارئ، تستطيع الشرطة أيضًا أن تتدخل لمدة أقصاها 72 ساعة.
# source: England: Children Act 1989 s20(7)-(8); Wales: Social Services and Well-being (Wales) Act 2014 s76 and the NSPCC Wales summary (a parent can require the child's return at any stage) (content review M5)
during-decisions-living-elsewhere = { $nation ->
        [wales] قد يُطلب منك أن توافق على أن يعيش طفلك مع شخص آخر. ويُسمّى هذا غالبًا «section 76» (المادة 76). وهذا اختيارك، ويمكنك إنهاؤه في أي وقت. استشر محاميًا قبل أن توافق.
       *[england] قد يُطلب منك أن توافق على أن يعيش طفلك مع شخص آخر. ويُسمّى هذا غالبًا «section 20» (المادة 20). وهذا اختيارك، ويمكنك إنهاؤه في أي وقت. استشر محاميًا قبل أن توافق.
    }
# source: Family Rights Group guidance on written agreements (not court orders; can be used as evidence) (content review M5)
during-decisions-agreements = وقد يُطلب منك أيضًا توقيع اتفاق مكتوب (written agreement) أو خطة سلامة (safety plan). هذا ليس أمرًا من المحكمة، لكن يمكن استخدامه دليلًا لاحقًا. تحدّث مع محامٍ قبل أن توقّع.
# source: public (council guidance)
during-decisions-responsibility = وجود خطة لا يلغي [[parental-responsibility|مسؤوليتك الأبوية]] (parental responsibility).

during-leave-heading = قبل المغادرة
# source: 004_cdfde2f55ea0fb42.txt
# source: 004_cdfde2f55ea0fb42.txt (a Wales duty); England: good practice (content review L7)
during-leave-intro = { $nation ->
        [wales] في نهاية الاجتماع، يجب أن يتأكد رئيس المؤتمر أن هذه الأمور واضحة لك:
       *[england] في نهاية الاجتماع، ينبغي أن يتأكد رئيس المؤتمر أن هذه الأمور واضحة لك:
    }
during-leave-evidence = الأدلة على أن طفلك تعرّض للأذى، أو قد يتعرض له
during-leave-change = ما الذي يجب أن يتغير
during-leave-expected = ما المطلوب منك
during-leave-ask = إذا كان أي شيء غير واضح، فالسؤال حقك. يمكنك أن تطلب من رئيس المؤتمر أن يشرحه مرة أخرى.

## The core group

core-group-what-heading = ما هي المجموعة الأساسية (core group)؟
# source: 000_1e1dbaff73eac1a8.txt, 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-what-group = إذا كانت لطفلك خطة، تجتمع مجموعة أصغر لتنفيذها. هذه هي [[core-group|المجموعة الأساسية]] (core group). واجتماعاتها أقل رسمية من المؤتمر.
core-group-what-members = تضم المجموعة المختصين الذين يعملون أكثر من غيرهم مع طفلك. مثلًا: الأخصائي الاجتماعي، أو الزائر الصحي، أو معلم، أو شخص من الحضانة، أو ممرض المدرسة. ويكون فيها أيضًا أفراد مهمون من العائلة. وأنت عادةً من أعضائها.

core-group-when-heading = متى تجتمع؟
# source: 004_cdfde2f55ea0fb42.txt (10 working days); organiser: 000_1e1dbaff73eac1a8.txt
core-group-when-first = { $nation ->
        [wales] يُعقد الاجتماع الأول خلال 10 [[working-day|أيام عمل]] من المؤتمر. ويرتّبه الأخصائي الاجتماعي الذي يتابع عائلتك.
       *[england] يُعقد الاجتماع الأول خلال 10 [[working-day|أيام عمل]] من المؤتمر. ويرتّبه [[lead-social-worker|الأخصائي الاجتماعي المسؤول]] (lead social worker).
    }
# source: Wales: 004_cdfde2f55ea0fb42.txt; England: no national rule (CONTENT-FACTS.md section 3)
core-group-when-regular = { $nation ->
        [wales] بعد ذلك، تجتمع المجموعة مرة كل 6 أسابيع على الأقل. وغالبًا تجتمع كل شهر.
       *[england] بعد ذلك، تجتمع المجموعة بانتظام. لا توجد قاعدة لكل إنجلترا تحدد عدد المرات. في مناطق كثيرة تجتمع كل 4 إلى 6 أسابيع، لذلك من الأفضل السؤال عن ذلك.
    }

core-group-plan-heading = وضع الخطة
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt, 004_cdfde2f55ea0fb42.txt
core-group-plan-outline = وضع المؤتمر خطة أولية. والمجموعة الأساسية تحوّلها إلى خطة كاملة فيها كل التفاصيل.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-plan-says = تذكر الخطة:
core-group-plan-social-worker = من هو الأخصائي الاجتماعي الذي يتابع عائلتك
core-group-plan-needs = ما يحتاجه طفلك، وكيف ستُلبّى هذه الاحتياجات
core-group-plan-actions = الخطوات التي ستُتَّخذ ليصبح طفلك أكثر أمانًا
core-group-plan-who = من سيقوم بكل أمر، أنت والمختصون
core-group-plan-when = متى ينبغي إنجاز كل أمر
# source: 000_1e1dbaff73eac1a8.txt
core-group-plan-examples-intro = ينبغي أن يغادر الجميع وهم يعرفون ما سيفعلونه، ومتى. مثلًا:
core-group-plan-example-dentist = أن تأخذ طفلك إلى طبيب الأسنان خلال شهر
core-group-plan-example-school = أن تقدّم المدرسة نوادي بعد الدوام المدرسي مرتين في الأسبوع
core-group-plan-example-housing = أن يرتّب موظف الإسكان إصلاح الشقة خلال أسبوعين

core-group-helps-heading = ما الذي يمكن أن يساعد
# source: 000_1e1dbaff73eac1a8.txt
core-group-helps-read = قراءة ما قرره المؤتمر قبل الاجتماع الأول.
core-group-helps-questions = أخذ أسئلتك معك مكتوبة على ورقة.
core-group-helps-views = التأكد من أن الآخرين يفهمون رأيك في الخطة.
core-group-helps-support = اقتراح أنواع الدعم التي تساعد عائلتك.
core-group-helps-family = إشراك أقاربك وعائلتك الأوسع من البداية.
core-group-helps-fgc = طلب عقد [[family-group-conference|مؤتمر المجموعة العائلية]] (family group conference).

core-group-visits-heading = الزيارات والتقييم
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
core-group-visits-often = سيزورك الأخصائي الاجتماعي بانتظام. في مناطق كثيرة تكون الزيارة مرة كل 10 أيام عمل على الأقل، لكن المناطق تختلف. وقد تكون بعض الزيارات دون موعد مسبق.
core-group-visits-see = سيقابل الأخصائي الاجتماعي طفلك على انفراد. وسيرى أيضًا أرجاء بيتك، ومنها المكان الذي ينام فيه طفلك.
# source: 003_23392368096e3b46.txt
core-group-visits-assessment = يستمر [[assessment|التقييم]] (assessment) لاحتياجات طفلك. وينبغي أن يُطلعك الأخصائي الاجتماعي عليه.
# source: Working Together to Safeguard Children 2023 (an assessment within 45 working days of the referral) (content review L8)
core-group-visits-assessment-england = في إنجلترا، ينبغي أن ينتهي التقييم (assessment) خلال 45 يوم عمل من الإحالة (referral). وتُحسب المدة من الوقت الذي علمت فيه خدمات الأطفال بالقلق لأول مرة.
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-assessment-wales = في ويلز، يجب إنهاء التقييم خلال 42 يوم عمل. وتُحسب المدة من بداية [[section-47-enquiries|تحقيقات المادة 47]] (section 47 enquiries).
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-contingency = قد تضع المجموعة أيضًا [[contingency-plan|خطة بديلة]] (contingency plan). وهي تقول ما سيحدث إذا لم تنجح الخطة.

## The review conference

review-when-heading = متى يُعقد؟
# source: 000, 001, 002, 003, 004 (all agree)
review-when-timing = يُعقد أول [[review-conference|مؤتمر مراجعة]] (review conference) خلال 3 أشهر من المؤتمر الأول. بعد ذلك، تُعقد مراجعة مرة كل 6 أشهر على الأقل، ما دامت الخطة قائمة.
review-when-early = يمكن عقد المراجعة قبل موعدها إذا كانت الخطة لا تسير جيدًا.
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-when-who = عادةً يديره رئيس المؤتمر نفسه، ويحضره كثير من المختصين أنفسهم. وستصلك دعوة للحضور.

review-looks-heading = ما الذي ينظر فيه
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-looks-intro = ينظر مؤتمر المراجعة في:
review-looks-plan = مدى نجاح الخطة
review-looks-working-together = كيف يسير العمل بينك وبين المختصين
review-looks-worries = هل ما زالت هناك مخاوف جدية على طفلك
review-looks-reports = يكتب المختصون تقارير قبل المراجعة. يذكرون فيها ما تحسّن، وما لا يزال يقلقهم.

review-ready-heading = الاستعداد
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-ready-changes = فكّر في ما تغيّر في عائلتك منذ المؤتمر الأخير، وفي الفرق الذي أحدثه ذلك لطفلك. يمكنك كتابة ذلك وأخذه معك.

review-outcome-means = ماذا يعني ذلك
review-outcome-feel = ما قد تشعر به
review-outcome-do = ما الذي يمكنك فعله الآن

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-ends-heading = النتيجة 1: تنتهي الخطة
review-ends-means = يقرر المؤتمر أن طفلك لم يعد معرّضًا لخطر الأذى الخطير (significant harm). وتنتهي الخطة.
review-ends-feel = يشعر كثير من الأهل بالارتياح. وبعضهم يقلق أيضًا من فقدان المساعدة التي كانت لديهم.
review-ends-do = { $nation ->
        [wales] هل ما زلت بحاجة إلى مساعدة؟ يمكن أن تحدد [[care-and-support-plan|خطة الرعاية والدعم]] (care and support plan) الدعم الذي تحصل عليه عائلتك.
       *[england] هل ما زلت بحاجة إلى مساعدة؟ يمكن أن تحدد [[child-in-need-plan|خطة الطفل المحتاج إلى الدعم]] (Child in Need plan) الدعم الذي تحصل عليه عائلتك.
    } ولا ينبغي أن يتوقف الدعم على أن يكون طفلك معرّضًا لخطر الأذى.

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-continues-heading = النتيجة 2: تستمر الخطة
review-continues-means = يقرر المؤتمر أن طفلك ما زال معرّضًا للخطر. تبقى الخطة، وقد تتغير.
review-continues-feel = قد يكون هذا صعبًا، خاصة إذا بذلت جهدًا كبيرًا في تنفيذ الخطة. لا بأس في التعبير عن مشاعرك.
review-continues-do = من حقك إبداء رأيك في أي تغيير في الخطة. ستكون المراجعة التالية خلال 6 أشهر. وقد يُعقد أيضًا [[legal-planning-meeting|اجتماع التخطيط القانوني]] (legal planning meeting).

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-legal-heading = النتيجة 3: تبقى مخاوف جدية
review-legal-means = إذا بقيت مخاوف جدية، تعقد خدمات الأطفال اجتماع التخطيط القانوني (legal planning meeting). وفيه تحصل على نصيحة قانونية. قد تقدّم لك دعمًا إضافيًا، أو قد تطلب من المحكمة النظر في الأمر.
# source: Children Act 1989 ss44, 46; Practice Direction 12A (Public Law Outline): legal steps are not tied to a review (content review M5)
review-legal-any-time = يمكن لخدمات الأطفال طلب نصيحة قانونية في أي وقت، وليس بعد المراجعة فقط.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (free once a letter arrives, not before) (content review M1)
review-legal-feel = قد يكون هذا مخيفًا. لست وحدك في مواجهته. يمكن أن تساعدك خطوط النصيحة المجانية الآن. وإذا وصلتك رسالة، تكون المساعدة القانونية مجانية.
review-legal-letters = ينبغي أن تكتب لك خدمات الأطفال. هناك نوعان من الرسائل:
# source: Practice Direction 12A (Public Law Outline); Family Rights Group "What happens at a pre-proceedings meeting" (content review M6)
review-legal-letter-before = تذكر [[letter-before-proceedings|رسالة ما قبل الإجراءات القضائية]] (letter before proceedings) ما يمكنك فعله لتجنّب الذهاب إلى المحكمة. وتُسمّى غالبًا «رسالة PLO» (PLO letter).
review-legal-letter-issue = تقول [[letter-of-issue|رسالة بدء الإجراءات القضائية]] (letter of issue) إن خدمات الأطفال ستذهب إلى المحكمة.
review-legal-solicitor = إذا وصلتك أي من الرسالتين، اذهب فورًا إلى محامٍ (solicitor) متخصص في قانون الأطفال. وخذ الرسالة معك.
# source: Practice Direction 12A (Public Law Outline): the letter before proceedings invites the parent to a pre-proceedings meeting; Family Rights Group (content review M6)
review-legal-plo = كلمة PLO اختصار لـ [[plo|Public Law Outline]] (قواعد مرحلة ما قبل المحكمة). وتدعوك الرسالة إلى اجتماع يُسمّى غالبًا اجتماع PLO. خذ محاميك معك.
# source: public (Family Rights Group A-Z "Legal aid"; legal aid regulations for this stage)
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (content review M1)
review-legal-aid = عندما تصلك رسالة ما قبل الإجراءات القضائية، تكون المساعدة القانونية مجانية مهما كان دخلك. وهذا يُسمّى [[legal-aid|المساعدة القانونية]] (legal aid). وهي تشمل النصيحة، والرسائل، والمحادثات مع المجلس المحلي (council). وتشمل أيضًا محاميًا معك في الاجتماع الذي يلي الرسالة. اذهب مباشرة إلى محامٍ يقدّم المساعدة القانونية ومتخصص في قانون الأطفال. ولا تنتظر فحص الدخل (means test).
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (care proceedings: free whatever the income or merits); Family Rights Group "Working with a solicitor" (content review M1)
review-legal-court-aid = إذا ذهب المجلس المحلي إلى المحكمة، تحصل على مساعدة قانونية مجانية للقضية. ولا يهم مقدار دخلك.
# source: GOV.UK "Find a legal aid adviser" (find-legal-advice.justice.gov.uk); the Law Society's "Find a Solicitor" (solicitors.lawsociety.org.uk, Children Law Accreditation); Family Rights Group "Working with a solicitor" (content review M6). Web services only: no phone number is given
review-legal-find = للعثور على محامٍ، ابحث في موقع GOV.UK عن «Find a legal aid adviser». أو استخدم خدمة «Find a Solicitor» التابعة لـ Law Society (نقابة المحامين). اختر محاميًا يعمل في قانون الأطفال. وعندما تتصل، قل إن لديك رسالة بشأن المحكمة.

review-guidance-heading = عن هذا الدليل
review-guidance = هذه إرشادات عامة لإنجلترا وويلز، وليست نصيحة قانونية. تختلف طريقة العمل من منطقة إلى أخرى. يمكنك سؤال الأخصائي الاجتماعي أو محامٍ.

## Complaints and advice

help-complain-heading = إذا كانت لديك شكوى من المؤتمر
# source: 003_23392368096e3b46.txt
# source: LGSCO fact sheet "Child protection issues" (complain to the chair as soon as possible); Greater Manchester procedure (in writing within 28 days) (content review M7)
help-complain-chair = يمكنك الكتابة إلى رئيس المؤتمر (chair). افعل ذلك في أقرب وقت ممكن. فبعض المناطق تطلب الشكوى خلال نحو 28 يومًا. ويمكن للأخصائي الاجتماعي أن يساعدك في كتابة الرسالة إن أردت.
# source: London Safeguarding Children Procedures PA8 (conference complaints follow the partnership's own procedure, not the Children Act complaints procedure) (content review M7)
help-complain-team = اسأل رئيس المؤتمر عن طريقة تقديم الشكاوى المتعلقة بالمؤتمرات في منطقتك. فبعض المناطق لديها إجراء خاص بها. وتستخدم مناطق أخرى فريق الشكاوى في المجلس المحلي (council)، الذي يُسمّى أحيانًا خدمة العملاء (customer care). ويمكنك أيضًا التواصل مع هذا الفريق بنفسك.
# source: London Safeguarding Children Procedures PA8; Greater Manchester; St Helens (the decision stands while a complaint is considered; the outcome and category can be challenged) (content review M7)
help-complain-meanwhile = تستمر الخطة أثناء النظر في شكواك. ويمكنك أن تشتكي من طريقة إدارة المؤتمر، أو مما قرره.
# source: public (the ombudsmen's fact sheets)
help-complain-ombudsman = { $nation ->
        [wales] إذا لم تُحَلّ المشكلة بعد مرحلتَي الشكوى في المجلس المحلي، يمكنك التوجه إلى [[ombudsman|أمين المظالم]] (Ombudsman). واسمه في ويلز Public Services Ombudsman for Wales. وعادةً يجب التوجه إليه خلال 12 شهرًا من معرفتك بالمشكلة.
       *[england] إذا لم تُحَلّ المشكلة عن طريق نظام الشكاوى في المجلس المحلي، يمكنك التوجه إلى [[ombudsman|أمين المظالم]] (Ombudsman). واسمه في إنجلترا Local Government and Social Care Ombudsman. يجب تقديم الشكوى إلى رئيس المؤتمر أولًا. وعادةً يجب التوجه إلى أمين المظالم خلال 12 شهرًا.
    }
help-complain-ombudsman-limits = { $nation ->
        [wales] لا يستطيع أمين المظالم أن ينظر في قرار المؤتمر نفسه. بل ينظر في طريقة تصرّف المجلس المحلي.
       *[england] لا يستطيع أمين المظالم تغيير قرار المؤتمر. بل ينظر في طريقة تصرّف المجلس المحلي.
    }

# source: content review L14 (Civil Legal Advice is a 0345 number: the advice is free, the call may not be)
help-lines-heading = خطوط النصيحة
help-lines-intro = يمكنك الضغط على الرقم للاتصال به. من الأفضل التأكد من ساعات العمل أولًا.
# source: frg.org.uk "Our advice service" (England only); content review M8. No Wales advice line on child protection could be sourced and checked (2026-12-04), so none is shown; a parent is pointed to a solicitor and an advocate instead
help-lines-wales = خط النصيحة التابع لـ Family Rights Group مخصص لإنجلترا فقط. ولم نجد بعد خط نصيحة مُتحقَّقًا منه بشأن حماية الطفل في ويلز. اطلب النصيحة من محامٍ متخصص في قانون الأطفال. واسأل المجلس المحلي إن كان هناك مناصر (advocate) للوالدين.

help-local-heading = أرقامك المحلية
# source: CONTENT-FACTS.md section 5 (local numbers differ by council)
help-local-numbers = بعض الأرقام تختلف من منطقة إلى أخرى: رقم الأخصائي الاجتماعي، ورئيس المؤتمر، وخدمة المجلس المحلي خارج أوقات الدوام، ومحاميك، و[[advocate|المناصِر]] (advocate) الذي يساندك. يمكنك حفظ هذه الأرقام على هذا الهاتف.
help-local-link = حفظ أرقامي

help-faq-heading = أسئلة يطرحها الأهل كثيرًا
help-faq-record-q = هل يمكنني تسجيل الاجتماع؟
# source: content review L6 (taking notes needs no permission; recording depends on local rules)
help-faq-record-a = إذا أردت تسجيل الاجتماع، اسأل رئيس المؤتمر قبل الاجتماع. القواعد تختلف من منطقة إلى أخرى. ستصلك نسخة من المحضر. ويمكنك أن تكتب ملاحظاتك الخاصة.
help-faq-complain-q = هل ستضرّني الشكوى؟
help-faq-complain-a = الشكوى حق من حقوقك. ولا ينبغي أن تغيّر طريقة تعامل خدمات الأطفال معك أو مع طفلك. إذا كان هذا يقلقك، فمن المفيد التحدث إلى أحد خطوط النصيحة أولًا.
help-faq-new-worker-q = هل يمكنني طلب أخصائي اجتماعي آخر؟
help-faq-new-worker-a = يمكنك أن تطلب ذلك. اكتب إلى مدير الأخصائي الاجتماعي، واشرح السبب. المجلس المحلي غير مُلزَم بالموافقة.
help-faq-no-call-back-q = ماذا أفعل إذا لم يعاود الأخصائي الاجتماعي الاتصال بي؟
help-faq-no-call-back-a = اكتب متى اتصلت. بعد ذلك، يمكنك التواصل مع مديره، أو مع الفريق المناوب (duty team) في المجلس المحلي، أي الأخصائيين الاجتماعيين المناوبين في ذلك اليوم. ويمكنك أيضًا التواصل مع فريق الشكاوى.
help-faq-how-long-q = كم من الوقت تستغرق الشكوى؟
help-faq-how-long-a = { $nation ->
        [wales] هذا يعتمد على المجلس المحلي، لذلك يمكنك سؤال فريق الشكاوى عن موعد الرد. ويمكنك التوجه إلى أمين المظالم بعد مرحلتَي الشكوى في المجلس. وعادةً يجب التوجه إليه خلال 12 شهرًا من معرفتك بالمشكلة.
       *[england] هذا يعتمد على المجلس المحلي، لذلك يمكنك سؤال فريق الشكاوى عن موعد الرد. وعادةً يجب التوجه إلى أمين المظالم خلال 12 شهرًا.
    }
help-faq-end-early-q = هل يمكن أن تنتهي خطة طفلي مبكرًا؟
help-faq-end-early-a = عادةً تنتهي الخطة في مؤتمر المراجعة (review conference). إذا تغيّرت الأمور كثيرًا، يمكنك سؤال الأخصائي الاجتماعي أو رئيس المؤتمر: هل يمكن عقد المراجعة في وقت أبكر؟

## Advice lines (numbers are data in src/core/content/advice.rs)

# source: 002_d34d1fa72bfe9724.txt, public. The number in 003 (0800 731 1696) is out of date.
line-frg-name = خط النصيحة من Family Rights Group
line-frg-about = نصائح مجانية للعائلات في إنجلترا التي يتعامل أطفالها مع خدمات الأطفال. لمستخدمي الهاتف النصي (Textphone): اطلب 18001 أولًا.
line-frg-hours = من الاثنين إلى الجمعة، من 9:30 صباحًا حتى 3 بعد الظهر، ما عدا العطل الرسمية
# source: 003_23392368096e3b46.txt (hours could not be confirmed, so none are shown)
line-family-lives-name = Family Lives
line-family-lives-about = مساعدة مجانية لكل من يربّي طفلًا.
# source: public
line-cla-name = Civil Legal Advice
line-cla-about = يتحقق هل يمكنك الحصول على المساعدة القانونية (legal aid) في مشكلات أخرى. إذا وصلتك رسالة ما قبل الإجراءات القضائية (letter before proceedings)، اذهب مباشرة إلى محامٍ متخصص في قانون الأطفال بدلًا من ذلك.
line-cla-hours = من الاثنين إلى الجمعة، من 9 صباحًا حتى 8 مساءً. السبت، من 9 صباحًا حتى 12:30 ظهرًا
# source: public
line-samaritans-name = Samaritans
line-samaritans-about = إذا كانت الأمور فوق طاقتك. الاتصال مجاني.
line-samaritans-hours = في أي وقت، ليلًا أو نهارًا
line-emergency-name = الطوارئ
line-emergency-about = إذا كان أحد في خطر الآن.

line-call = الاتصال بـ { $name }
line-checked = آخر تحقق: { $date }
