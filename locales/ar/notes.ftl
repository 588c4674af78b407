# أدوات ولي الأمر الخاصة: قائمة المهام، والأسئلة، والخطة، وجهات الاتصال، وحفظ نسخة، والطباعة، وحذف كل شيء.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# The parent's own tools: checklist, questions, plan, contacts, keeping a copy, printing,
# deleting everything. Short sentences, plain words: this is read on a phone, often under stress.

## Shared words

notes-kept-here = ما تكتبه هنا يبقى على هذا الهاتف. لا يُرسَل إلى أي أحد.
notes-add = إضافة
notes-not-for-me = لا يناسبني
notes-change = تعديل
notes-move-up = نقل إلى الأعلى
notes-move-down = نقل إلى الأسفل
notes-delete = حذف
notes-save = حفظ
notes-cancel = إلغاء
notes-done-changing = تم
notes-undo = تراجع
notes-deleted = تم الحذف: { $item }
notes-suggestions-heading = أفكار من هذا الدليل
notes-suggestions-none = لقد أضفت أو أخفيت كل الأفكار الخاصة بهذه المرحلة.
notes-show-hidden = { $count ->
    [zero] لا توجد أفكار مخفية
    [one] إظهار الفكرة التي أخفيتها
    [two] إظهار الفكرتين اللتين أخفيتهما
    [few] إظهار الأفكار التي أخفيتها ({ $count })
    [many] إظهار الأفكار التي أخفيتها ({ $count })
   *[other] إظهار الأفكار التي أخفيتها ({ $count })
}
notes-missing-words = (جاء هذا البند من نسخة أقدم من الدليل.)

## Something went wrong with saving

storage-unreadable-title = تعذّر فتح بعض ملاحظاتك
storage-unreadable-body = تعذّرت قراءة شيء حفظته على هذا الهاتف، لذلك يبدأ هذا الجزء فارغًا. لم يُحذف أي شيء. النص القديم ما زال محفوظًا على هذا الهاتف، ويمكنك تنزيله.
storage-unreadable-download = تنزيل النص القديم
storage-not-saved-title = لم يُحفظ آخر تغيير قمت به
storage-not-saved-body = لم يحفظه هذا الهاتف. ربما تكون ذاكرة الهاتف ممتلئة، أو ربما يكون الهاتف في وضع التصفح الخاص. كلماتك ما زالت على الشاشة، لكنها ستضيع عندما تغلق هذه الصفحة. نزّل نسخة الآن لتحتفظ بها.
storage-not-saved-download = تنزيل نسخة من ملاحظاتي
storage-unreadable-downloaded = تم تنزيل النص القديم.
storage-not-saved-keep-locked = حفظ نسخة مقفلة من ملاحظاتي

## My checklist

checklist-progress = تم إنجاز { $done } من { $total }
checklist-empty-stage = لا يوجد شيء في قائمتك لهذه المرحلة بعد.
checklist-add-label = إضافة مهمة من عندك

## My questions

questions-asked = لقد سألت هذا السؤال
questions-answer = الجواب الذي حصلت عليه
questions-empty-stage = لا توجد أسئلة لهذه المرحلة بعد.
questions-add-label = إضافة سؤال من عندك
questions-take-to-meeting = أخذ أسئلتي إلى الاجتماع
questions-only-open = إظهار الأسئلة التي لم أسألها بعد فقط
questions-share = مشاركة أسئلتي
questions-copy = نسخ أسئلتي
questions-share-title = أسئلتي
questions-shared = أسئلتك جاهزة للإرسال.
questions-copied = تم نسخ أسئلتك. يمكنك لصقها في رسالة أو في بريد إلكتروني.
questions-share-failed = عذرًا، لم يتمكن هذا الهاتف من نسخها. يمكنك طباعتها بدلًا من ذلك.

## Take to the meeting

meeting-title = خذها معك إلى الاجتماع
meeting-intro = أسئلتك التي لم تطرحها بعد، بخط كبير. اضغط على كل سؤال بعد أن تطرحه.
meeting-next = اجتماعك القادم: { $meeting }، { $date }.
meeting-mark-asked = لقد سألت هذا السؤال
meeting-none-left = لقد طرحت كل أسئلتك.
meeting-asked-heading = أسئلة طرحتها
meeting-not-asked = لم أطرحه بعد
meeting-back-to-questions = العودة إلى أسئلتي وأجوبتي

## My plan

plan-title = خطتي
plan-intro = اكتب ما اتُّفق عليه في كل اجتماع: من سيفعل ماذا، وفي أي موعد. بعد ذلك يمكنك أن تتأكد مما أُنجز.
plan-actions-heading = ما اتُّفق عليه
plan-no-actions = لم يُكتب شيء بعد.
plan-overdue = متأخر: الموعد قد مضى.
plan-overdue-count = { $count ->
    [zero] لا يوجد شيء متأخر.
    [one] هناك شيء واحد متأخر.
    [two] هناك شيئان متأخران.
    [few] هناك { $count } أشياء متأخرة.
    [many] هناك { $count } شيئًا متأخرًا.
   *[other] هناك { $count } شيء متأخر.
}
plan-add-action = إضافة شيء اتُّفق عليه
plan-add-action-button = إضافة إلى خطتي
plan-what = ما الذي سيتم فعله
plan-who = من سيقوم به
plan-who-name = الاسم (إذا كنت تعرفه)
plan-by = في أي موعد
plan-no-date = بدون تاريخ
plan-status = هل أُنجز؟
plan-reason = لماذا لم يُنجز؟
plan-who-me = أنا
plan-who-social-worker = الأخصائي الاجتماعي
plan-who-school = المدرسة
plan-who-health-visitor = الزائر الصحي (health visitor)
plan-who-other = شخص آخر
plan-status-to-do = ليس بعد
plan-status-done = أُنجز
plan-status-not-done = لم يُنجز
plan-meetings-heading = اجتماعاتي
plan-no-meetings = لم يُكتب أي اجتماع بعد.
plan-add-meeting = إضافة اجتماع
plan-add-meeting-button = إضافة الاجتماع
plan-meeting-kind = أي اجتماع
plan-meeting-date = التاريخ
plan-meeting-notes = ما تقرر
plan-meeting-initial-conference = المؤتمر الأول
plan-meeting-core-group = اجتماع المجموعة الأساسية
plan-meeting-review = مؤتمر المراجعة

## My contacts

contacts-none = لا توجد جهات اتصال بعد.
contacts-add = إضافة جهة اتصال
contacts-add-button = إضافة جهة الاتصال
contacts-name = الاسم
contacts-name-missing = أدخل اسمًا.
contacts-role = من هو هذا الشخص
contacts-phone = الهاتف
contacts-email = البريد الإلكتروني
contacts-notes = ملاحظات
contacts-call = اتصال
contacts-role-social-worker = الأخصائي الاجتماعي (social worker)
contacts-role-conference-chair = رئيس المؤتمر (conference chair)
contacts-role-solicitor = المحامي (solicitor)
contacts-role-advocate = المناصر (advocate)
contacts-role-out-of-hours = خدمة خارج أوقات العمل (out-of-hours service)
contacts-role-other = شخص آخر

## Keep a copy

backup-title = حفظ نسخة من ملاحظاتي
backup-intro = احفظ ملاحظاتك في ملف، أو اطبعها، أو استرجعها من ملف.
backup-download-heading = تنزيل ملاحظاتي
backup-download-body = ستحصل على ملف واحد فيه قائمة المهام والأسئلة والخطة وجهات الاتصال والتواريخ. احتفظ به في مكان آمن. أي شخص يفتح الملف يستطيع قراءته.
backup-download = تنزيل ملاحظاتي
backup-downloaded = تم تنزيل ملاحظاتك.
backup-download-failed = عذرًا، لم يتمكن هذا الهاتف من تنزيل الملف.
backup-no-passcode-hint = لقفل الملف برمز مرور، اضبط رمز مرور أولًا في الإعدادات.
backup-sealed-body = سيُقفل الملف برمز المرور الخاص بك. اكتب رمز المرور لتنزيله. لفتح الملف لاحقًا، ستحتاج إلى رمز المرور الذي تكتبه الآن.
backup-passcode-label = رمز المرور الخاص بك
backup-sealing = جارٍ قفل الملف…
backup-unprotected-heading = حفظ نسخة غير محمية
backup-unprotected-body = النسخة غير المحمية ليست مقفلة. أي شخص يفتح الملف يستطيع قراءة كل ما فيه: ملاحظاتك وجهات الاتصال والتواريخ والرسائل.
backup-unprotected-button = حفظ نسخة غير محمية
download-where = الملف موجود في مجلد التنزيلات في هاتفك. على iPhone، هو في تطبيق الملفات، الذي قد ينسخه إلى iCloud. يمكنك حذف الملف من هناك.
backup-print-heading = طباعة ملاحظاتي
backup-print-body = اطبع ملاحظاتك، أو احفظها بصيغة PDF، لتأخذها إلى اجتماع أو إلى محاميك.
backup-print-link = عرض ملاحظاتي جاهزة للطباعة
backup-import-heading = استرجاع ملاحظاتي من ملف
backup-import-body = اختر ملفًا نزّلته من هذا الدليل. سترى ما فيه قبل أن يتغير أي شيء.
backup-import-choose = اختيار الملف
backup-file-holds = يحتوي هذا الملف على:
backup-choose-how = هل تريد إضافة هذه إلى الملاحظات الموجودة على هذا الهاتف، أم وضعها مكانها؟
backup-merge = إضافتها إلى ملاحظاتي
backup-replace = وضع ما في الملف مكان ملاحظاتي
backup-merged = تم. أُضيفت الملاحظات التي في الملف إلى ملاحظاتك.
backup-replaced = تم. ملاحظاتك الآن هي الملاحظات التي في الملف.
backup-error-too-large = هذا الملف كبير جدًا، فلا يمكن أن يكون من هذا الدليل. لم يتغير أي شيء.
backup-error-not-ours = هذا الملف ليس من هذا الدليل. لم يتغير أي شيء.
backup-error-damaged = هذا الملف تالف، ولا يمكن قراءته. لم يتغير أي شيء.
backup-error-newer = هذا الملف من نسخة أحدث من هذا الدليل. أعد تحميل الدليل لتحديثه، ثم حاول مرة أخرى. لم يتغير أي شيء.
backup-sealed-file = هذا الملف مقفل برمز مرور. اكتب رمز المرور الذي كان لديك عندما نزّلته.
backup-sealed-file-label = رمز المرور لهذا الملف
backup-sealed-file-open = فتح الملف
backup-sealed-file-wrong = رمز المرور هذا لا يفتح الملف. تحقق منه وحاول مرة أخرى. إذا كان صحيحًا، فقد يكون الملف تالفًا. لم يتغير أي شيء.
backup-delete-heading = حذف كل شيء
backup-delete-link = حذف كل ملاحظاتي (في الإعدادات)
backup-count-checklist = { $count ->
    [zero] لا توجد مهام
    [one] مهمة واحدة
    [two] مهمتان
    [few] { $count } مهام
    [many] { $count } مهمة
   *[other] { $count } مهمة
}
backup-count-questions = { $count ->
    [zero] لا توجد أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
backup-count-actions = { $count ->
    [zero] لا توجد أمور متفق عليها
    [one] أمر واحد متفق عليه
    [two] أمران متفق عليهما
    [few] { $count } أمور متفق عليها
    [many] { $count } أمرًا متفقًا عليه
   *[other] { $count } أمر متفق عليه
}
backup-count-meetings = { $count ->
    [zero] لا توجد اجتماعات
    [one] اجتماع واحد
    [two] اجتماعان
    [few] { $count } اجتماعات
    [many] { $count } اجتماعًا
   *[other] { $count } اجتماع
}
backup-count-contacts = { $count ->
    [zero] لا توجد جهات اتصال
    [one] جهة اتصال واحدة
    [two] جهتا اتصال
    [few] { $count } جهات اتصال
    [many] { $count } جهة اتصال
   *[other] { $count } جهة اتصال
}
backup-count-dates = { $count ->
    [zero] لا توجد تواريخ
    [one] تاريخ واحد
    [two] تاريخان
    [few] { $count } تواريخ
    [many] { $count } تاريخًا
   *[other] { $count } تاريخ
}
backup-count-letters = { $count ->
    [zero] لا توجد رسائل
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
    [many] { $count } رسالة
   *[other] { $count } رسالة
}
backup-count-reports = { $count ->
    [zero] لا توجد تقارير محفوظة
    [one] تقرير محفوظ واحد
    [two] تقريران محفوظان
    [few] { $count } تقارير محفوظة
    [many] { $count } تقريرًا محفوظًا
   *[other] { $count } تقرير محفوظ
}

## Print

print-title = ملاحظاتي للطباعة
print-file-title = ملاحظات
print-intro = كل ملاحظاتك في صفحة واحدة. اطبعها، أو احفظها بصيغة PDF.
print-button = طباعة أو حفظ بصيغة PDF
print-made-on = طُبعت من هذا الدليل في { $date }.
print-nothing = لم تكتب أي ملاحظات بعد.
print-done = (تم)

## Delete all my data

delete-all-heading = حذف كل بياناتي
delete-all-body = هذا يحذف من هذا الهاتف ما كتبته في هذا الدليل (قائمة المهام، والأسئلة، والخطة، وجهات الاتصال، والتواريخ، والرسائل)، ورمز المرور، واختياراتك، والصفحات واللغات التي حفظها هذا الدليل. لا يمكن التراجع عن ذلك. إذا أردت الاحتفاظ بملاحظاتك، فنزّل نسخة منها أولًا.
delete-all-button = حذف كل بياناتي
delete-all-question = هل أنت متأكد؟ لا يمكن التراجع عن ذلك.
delete-all-confirm = نعم، احذف كل شيء
delete-all-keep = لا، احتفظ ببياناتي
delete-all-done = حُذف من هذا الهاتف: ملاحظاتك، ورمز المرور، واختياراتك، والصفحات واللغات التي حفظها هذا الدليل. وحُذف كل ذلك أيضًا من أي علامة تبويب أخرى مفتوح فيها هذا الدليل.
delete-all-remains = قد يظل متصفحك يحتفظ بصفحات الدليل في سجل التصفح، وبأي ملف نزّلته، وبالدليل نفسه، المحفوظ لكي يعمل دون إنترنت.
delete-all-cover-tracks = طريقة إزالة هذه الأشياء: إخفاء آثار التصفح
delete-all-failed = عذرًا، لم يتمكن هذا الهاتف من حذف البيانات. حاول مرة أخرى، أو احذف بيانات هذا الموقع من إعدادات المتصفح.
remove-trace-heading = إزالة كل أثر لهذا الدليل من هذا المتصفح
remove-trace-body = هذا يحذف كل ما سبق، ويحذف أيضًا نسخة الدليل التي تجعله يعمل دون إنترنت. ثم ينقلك إلى الموقع نفسه الذي ينقلك إليه زر «الخروج من هذه الصفحة». لكي تقرأ الدليل مرة أخرى، ستحتاج إلى الإنترنت.
remove-trace-button = إزالة كل أثر لهذا الدليل
remove-trace-question = هل أنت متأكد؟ ستُحذف ملاحظاتك ورمز المرور ونسخة الدليل على هذا الهاتف، وستُغلق هذه الصفحة. لا يمكن التراجع عن ذلك.

## Letters I can send

letters-title = رسائل يمكنني إرسالها
letters-intro = رسائل جاهزة إلى الأخصائي الاجتماعي أو إلى رئيس المؤتمر. املأ بعض التفاصيل، فتُكتب الرسالة لك.
report-title = افهم التقرير
report-intro = اعرف معنى الكلمات في تقرير الأخصائي الاجتماعي أو محضر الاجتماع أو رسالة.
report-link = هل وصلك تقرير أو محضر اجتماع أو رسالة؟ اعرف معنى كلماته.
my-report-title = تقريري للمؤتمر
my-report-intro = اكتب تقريرك الخاص للمؤتمر، بكلماتك أنت. كل من يحضر المؤتمر يحصل على نسخة منه. اكتب قليلًا أو كثيرًا، كما تريد.
my-report-link = اكتب تقريرك الخاص للمؤتمر: ما الذي يسير على ما يرام، وما الذي غيّرته، وما الذي لا توافق عليه.
letters-kept-here = لا يُرسَل أي شيء من هذا الدليل. أنت تنسخ الرسالة أو تشاركها أو تطبعها أو تنزّلها، ثم ترسلها بنفسك. تفاصيلك ومسوّداتك تبقى على هذا الهاتف.
letters-choose = اختر رسالة
letters-what-it-says = ماذا تقول هذه الرسالة
letters-about-you = عنك وعن طفلك
letters-my-name = اسمك
letters-my-address = عنوانك
letters-my-contact = رقم هاتفك أو بريدك الإلكتروني
letters-child-name = اسم طفلك
letters-child-dob = تاريخ ميلاد طفلك
letters-this-letter = هذه الرسالة
letters-write-in-english = هذه الرسالة باللغة الإنجليزية. اكتب بالإنجليزية إن استطعت، أو اطلب من أحد أن يساعدك.
letters-to-social-worker = اسم الأخصائي الاجتماعي
letters-to-chair = اسم رئيس المؤتمر
letters-conference-date = تاريخ المؤتمر
letters-language = لغة الرسالة
letters-language-hint = في ويلز يمكنك أن تكتب إلى المجلس المحلي بالويلزية أو بالإنجليزية.
letters-language-en = English (الإنجليزية)
letters-language-cy = Cymraeg (الويلزية)
letters-preview = رسالتك
letters-load-failed = تعذّر تحميل الرسالة. تأكد من الاتصال، ثم افتح هذه الصفحة مرة أخرى.
letters-nothing-sent = راجع الرسالة. ثم انسخها في بريد إلكتروني أو في رسالة، أو اطبعها.
letters-copy = نسخ الرسالة
letters-share = مشاركة الرسالة
letters-print = طباعة الرسالة
letters-download = تنزيل الرسالة
letters-downloaded = تم تنزيل الرسالة.
letters-file-title = رسائل
letters-mark-sent = أرسلت هذه الرسالة: حفظ نسخة منها
letters-copied = تم نسخ الرسالة. يمكنك لصقها في بريد إلكتروني أو في رسالة.
letters-copy-failed = عذرًا، لم يتمكن هذا الهاتف من نسخها. يمكنك تنزيلها أو طباعتها بدلًا من ذلك.
letters-saved-sent = حُفظت نسخة في الأسفل، مع تاريخ اليوم.
letters-sent-heading = رسائل أرسلتها
letters-my-report-sent = تقريري للمؤتمر

letters-reports-title = طلب التقارير
letters-reports-when = قبل المؤتمر، إذا لم تحصل على التقارير لتقرأها.
letters-reports-summary = تطلب الرسالة من الأخصائي الاجتماعي أن يرسل إليك كل تقارير المؤتمر في وقت كافٍ، لكي تقرأها وتستعد. وتسأل أين يمكنك قراءتها إذا لم يكن إرسالها ممكنًا.
letters-reports-details-label = أي شيء آخر تريد قوله (يمكنك ترك هذا فارغًا)

letters-interpreter-title = طلب مترجم فوري، أو مساعدة للوصول
letters-interpreter-when = إذا كنت تحتاج إلى مترجم فوري، أو إلى مساعدة في المواصلات أو في رعاية الأطفال لكي تحضر المؤتمر.
letters-interpreter-summary = تطلب الرسالة مترجمًا فوريًا بلغتك، وتسأل إن كان بإمكانك الحصول على مساعدة في المواصلات أو في رعاية الأطفال.
letters-interpreter-extra-label = لغتك، إذا كنت تحتاج إلى مترجم فوري (بالإنجليزية، مثلًا: Arabic)
letters-interpreter-details-label = ما المساعدة التي تحتاجها (يمكنك ترك هذا فارغًا)

letters-supporter-title = إخبارهم بمن سيأتي معي
letters-supporter-when = إذا أردت أن تُحضر معك صديقًا، أو قريبًا، أو مناصرًا (advocate)، أو محاميًا.
letters-supporter-summary = تخبر الرسالة الأخصائي الاجتماعي بمن سيأتي معك، وتسأل ماذا سيُسمح له أن يفعل ويقول في الاجتماع.
letters-supporter-extra-label = من سيأتي (اسمه، ومن هو)
letters-supporter-details-label = أي شيء آخر تريد قوله (يمكنك ترك هذا فارغًا)

letters-reply-title = الرد على تقرير
letters-reply-when = إذا كان في أحد تقارير المؤتمر شيء خاطئ، أو إذا أغفل التقرير شيئًا مهمًا.
letters-reply-summary = تعرض الرسالة نقاطك واحدة واحدة: ماذا يقول التقرير، ولماذا هو خاطئ أو ناقص، وما الذي يدل على ذلك. وتطلب تصحيح التقرير، أو إرفاق ردك به ليصل إلى كل من يحضر المؤتمر. وتقول إنك ترسل نسخة إلى رئيس المؤتمر.
letters-reply-extra-label = أي تقرير (مثلًا: تقرير الأخصائي الاجتماعي)
letters-reply-details-label = أي شيء آخر تريد قوله (يمكنك ترك هذا فارغًا)
letters-reply-said-label = ماذا يقول التقرير (انسخ كلماته، أو اذكر أين وردت)
letters-reply-why-label = هذا خاطئ أو ناقص لأن
letters-reply-evidence-label = ما الذي يدل على ذلك (تواريخ، ومن رأى ذلك، ورسائل مكتوبة أو رسائل نصية)

letters-minutes-title = تصحيح محضر الاجتماع
letters-minutes-when = عندما يصلك محضر المؤتمر، وفيه شيء يختلف عما قيل في الاجتماع.
letters-minutes-summary = تذكر الرسالة لرئيس المؤتمر كل تصحيح، واحدًا واحدًا: ماذا يقول المحضر، وماذا قيل فعلًا. وتطلب تصحيح المحضر، أو تسجيل اعتراضك فيه.
letters-minutes-details-label = أي شيء آخر تريد قوله (يمكنك ترك هذا فارغًا)
letters-minutes-said-label = ماذا يقول المحضر
letters-minutes-why-label = ماذا قيل فعلًا
letters-minutes-evidence-label = ما الذي يدل على ذلك (يمكنك ترك هذا فارغًا)
# source: CONTENT-FACTS.md "Minutes (Wales)": corrections to the chair within 10 working days of receiving them; England: each area sets its own time, given with the minutes (content review M11)
letters-minutes-deadline = { $nation ->
        [wales] في ويلز، أرسل التصحيحات إلى رئيس المؤتمر خلال 10 أيام عمل من يوم وصول المحضر.
       *[england] أرسل التصحيحات في أقرب وقت ممكن. قد تذكر الرسالة التي وصلت مع المحضر آخر موعد لذلك: أدخله في الأسفل.
    }
letters-minutes-received = يوم وصول المحضر
letters-minutes-by = آخر موعد للتصحيحات، من رسالة رئيس المؤتمر
# $date is the last day for corrections, written out.
letters-minutes-due = أرسل تصحيحاتك بحلول { $date }. هذا التاريخ موجود في «تواريخي».

letters-points-heading = نقاطك
letters-point-heading = النقطة { $number }
letters-point-add = إضافة نقطة
letters-point-remove = حذف النقطة { $number }
letters-point-removed = تم حذف النقطة.
letters-points-empty = لا توجد نقاط بعد. أضف نقطة لكل شيء خاطئ أو ناقص.

letters-family-group-title = طلب مؤتمر المجموعة العائلية
letters-family-group-when = إذا كان بإمكان عائلتك وأصدقائك المساعدة في وضع خطة لطفلك.
letters-family-group-summary = تطلب الرسالة مؤتمر المجموعة العائلية (family group conference)، حيث تضع عائلتك وأصدقاؤك خطة معًا. وتسأل مع من يجب التحدث.
letters-family-group-details-label = من في عائلتك يمكنه المساعدة، وكيف (يمكنك ترك هذا فارغًا)

letters-support-title = طلب استمرار المساعدة
letters-support-when = عندما تنتهي { $nation ->
    [wales] خطة الحماية للرعاية والدعم (care and support protection plan)
   *[england] خطة حماية الطفل (child protection plan)
}، أو قد تنتهي قريبًا، وما زلت بحاجة إلى المساعدة.
letters-support-summary = تسأل الرسالة عن الدعم الذي يمكن أن تستمر عائلتك في الحصول عليه بعد انتهاء الخطة، وإن كان يمكن كتابته في خطة.
letters-support-extra-label = المساعدة التي ستُحدث فرقًا (يمكنك ترك هذا فارغًا)
letters-support-details-label = أي شيء آخر تريد قوله (يمكنك ترك هذا فارغًا)

letters-complaint-title = تقديم شكوى عن المؤتمر
letters-complaint-when = إذا لم تعجبك طريقة إدارة المؤتمر، أو ما قرره. اكتب إلى رئيس المؤتمر أولًا.
letters-complaint-summary = تخبر الرسالة رئيس المؤتمر بأنك تريد تقديم شكوى، وتذكر بكلماتك ما الخطأ الذي حدث. وتطلب ردًا مكتوبًا يوضح ما سيفعله، وفي أي موعد.
letters-complaint-details-label = ما الخطأ الذي حدث

other-version-body = تم تحديث هذا الدليل في علامة تبويب أخرى. أعد تحميل الصفحة لترى ملاحظاتك.
other-version-reload = إعادة التحميل
kept-copies-heading = النسخ المحفوظة
kept-copies-body = عندما تعذّرت قراءة جزء من ملاحظاتك، احتفظ هذا الهاتف بالنص القديم بدلًا من حذفه. يمكنك تنزيل كل نسخة، أو حذفها عندما لا تعود بحاجة إليها.
kept-copies-item = حُفظت في { $date }
kept-copies-download = نزّل هذه النسخة
kept-copies-delete = احذف هذه النسخة
kept-copies-question = هل تريد حذف هذه النسخة؟ لا يمكن استعادتها.
kept-copies-confirm = نعم، احذف هذه النسخة
kept-copies-deleted = تم حذف النسخة.
backup-replace-removes = { $count ->
    [zero] لن يُحذف أي شيء من هذا الهاتف.
    [one] سيُحذف عنصر واحد من هذا الهاتف.
    [two] سيُحذف عنصران من هذا الهاتف.
    [few] ستُحذف { $count } عناصر من هذا الهاتف.
    [many] سيُحذف { $count } عنصرًا من هذا الهاتف.
   *[other] سيُحذف { $count } عنصر من هذا الهاتف.
}
backup-replace-undo-what = الملاحظات التي كانت على هذا الهاتف قبل الملف
