# تقريري للمؤتمر: الصفحة التي تساعد ولي الأمر على كتابة تقريره الخاص، جزءًا جزءًا، باللغة العربية.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# My report for the conference (src/ui/pages/my_report.rs): the page that helps a parent write
# their own report, section by section. Fetched with that page only. The report itself is in
# letter-text.ftl (English or Welsh). Short sentences, plain words, the parent's own voice.
# English original: written by the development team.

# source: 003 "Can I write a report for the Conference?" (shared with all conference members; the social worker or anyone you choose can help)
mr-why = يُعطى تقريرك لكل من يحضر المؤتمر. وهو فرصتك لتقول، بكلماتك أنت، ما ينبغي أن يعرفوه عن طفلك وعن عائلتك.
mr-help = يمكن لأي شخص أن يساعدك في كتابته: صديق، أو قريب، أو مناصر (advocate)، أو الأخصائي الاجتماعي.
mr-how = كل الأجزاء اختيارية. اكتب بضعة أسطر، أو لا تكتب شيئًا، في أي جزء. تُحفظ كلماتك على هذا الهاتف وأنت تكتب.
mr-write-in-english = التقرير باللغة الإنجليزية. اكتب بالإنجليزية إن استطعت، أو اطلب من أحد أن يساعدك.
mr-sections-heading = تقريرك، جزءًا جزءًا
mr-example = مثلًا
mr-details-hint = اسمك، واسم طفلك، وتاريخ ميلاده، هي نفسها كما في رسائلك.
mr-conference-date = تاريخ المؤتمر

# The nine parts. -label is the box's label; -prompt what to think about; -example one or two short examples in a parent's words.
mr-child-label = عن طفلي
mr-child-prompt = ما يحبه طفلك، وما يجيده، وما يحتاج إليه.
mr-child-example = «سام يحب كرة القدم والرسم. وهو لطيف مع أخته الصغيرة. ويحتاج إلى مساعدة في القراءة.»
mr-going-well-label = ما يسير على ما يرام
mr-going-well-prompt = الأشياء الجيدة في عائلتك الآن، مهما كانت صغيرة.
mr-going-well-example = «سام يذهب إلى المدرسة كل يوم الآن. ونأكل معًا كل مساء.»
mr-changes-label = ما فعلته، وما الذي تغيّر
mr-changes-prompt = ما فعلته منذ أن بدأت المخاوف: دورات، ومواعيد، وتغييرات في البيت.
mr-changes-example = «بدأت دورة في تربية الأطفال (parenting course) في أكتوبر. وحضرت كل الجلسات.»
mr-agree-label = ما أوافق عليه في التقرير
mr-agree-prompt = المخاوف التي توافق عليها. عندما تقول ذلك، يظهر أنك تفهمها.
mr-agree-example = «أوافق على أن البيت لم يكن آمنًا عندما تعطلت التدفئة.»
mr-disagree-label = ما لا أوافق عليه في التقرير، ولماذا
mr-disagree-prompt = ما هو خاطئ أو ناقص في التقرير، وما الذي يدل على ذلك: تواريخ، ومن رأى ذلك، ورسائل مكتوبة أو رسائل نصية.
mr-disagree-example = «يقول التقرير إنني غبت عن زيارتين. كنت في المستشفى في اليومين كليهما. ولديّ رسالة من المستشفى.»
mr-disagree-reply = للرد على التقرير نقطةً نقطة، استخدم رسالة «الرد على تقرير».
mr-help-label = المساعدة التي ستُحدث فرقًا
mr-help-prompt = ما الدعم الذي سيساعد عائلتك، ومن يمكنه أن يقدمه.
mr-help-example = «مساعدة في رعاية الأطفال أيام الثلاثاء، لكي أستطيع الذهاب إلى دورتي.»
mr-family-label = أفراد العائلة والأصدقاء الذين يمكنهم المساعدة
mr-family-prompt = من في عائلتك، أو من بين أصدقائك، يمكنه المساعدة، وكيف.
mr-family-example = «تستطيع أمي أن تأخذ سام من المدرسة ثلاثة أيام في الأسبوع.»
mr-family-fgc = يمكن أيضًا لعائلتك وأصدقائك أن يضعوا خطة معًا في مؤتمر المجموعة العائلية (family group conference).
mr-wishes-label = ما يريده طفلي وما يشعر به
mr-wishes-prompt = فقط إذا أراد طفلك أن يُذكر هذا: ما قاله عن شعوره وعما يريده.
mr-wishes-example = «يقول سام إنه يريد أن يبقى في مدرسته، وأن يرى أباه في عطلة نهاية الأسبوع.»
mr-hopes-label = ما أتمنى أن يحدث
mr-hopes-prompt = ما تأمل أن يقرره المؤتمر، ولماذا.
mr-hopes-example = «أتمنى أن نحصل على مساعدة من موظف دعم الأسرة (family support worker)، دون خطة حماية الطفل.»

mr-preview = تقريرك
mr-load-failed = تعذّر عرض تقريرك. تأكد من الاتصال، ثم افتح هذه الصفحة مرة أخرى.
mr-nothing-yet = اكتب في أي جزء في الأعلى، وسيظهر تقريرك هنا.
mr-copy = نسخ التقرير
mr-share = مشاركة التقرير
mr-print = طباعة التقرير
mr-download = تنزيل التقرير
mr-downloaded = تم تنزيل التقرير.
mr-copied = تم نسخ التقرير. يمكنك لصقه في بريد إلكتروني أو في رسالة.
mr-copy-failed = عذرًا، لم يتمكن هذا الهاتف من نسخه. يمكنك تنزيله أو طباعته بدلًا من ذلك.
mr-mark-sent = أرسلت تقريري: حفظ نسخة منه
mr-saved-sent = حُفظت نسخة في صفحة الرسائل، مع تاريخ اليوم.

# When to send it. $conference is the date written out, $days the days from today.
mr-send-heading = متى ترسله، وإلى من
mr-send-who = أرسله إلى الأخصائي الاجتماعي وإلى رئيس المؤتمر، قبل المؤتمر. أرسله في أقرب وقت ممكن، لكي يكون لدى الجميع وقت لقراءته.
mr-send-when = { $days ->
        [0] مؤتمرك اليوم، { $conference }. خذ معك نسخًا من تقريرك، واطلب من رئيس المؤتمر أن يشاركه مع الحاضرين.
        [1] مؤتمرك غدًا، { $conference }. أرسل تقريرك اليوم.
        [two] مؤتمرك في { $conference }، بعد يومين.
        [few] مؤتمرك في { $conference }، بعد { $days } أيام.
        [many] مؤتمرك في { $conference }، بعد { $days } يومًا.
       *[other] مؤتمرك في { $conference }، بعد { $days } يوم.
    }
mr-send-past = لقد مضى تاريخ ذلك المؤتمر. للمؤتمر القادم، أدخل تاريخه في الأعلى.
mr-send-no-date = أدخل تاريخ المؤتمر في الأعلى لترى كم من الوقت لديك.
mr-send-nothing = لا يُرسَل أي شيء من هذا الدليل. أنت تنسخ تقريرك أو تشاركه أو تطبعه أو تنزّله، ثم ترسله بنفسك.
