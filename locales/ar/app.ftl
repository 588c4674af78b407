# رسائل التطبيق كله، باللغة العربية.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Translated from the English messages for the whole app. The English was written in plain English
# for a reading age of about 9 to 11. Facts carry a `# source:` comment naming the
# document in shared/seeds (or "public") that supports them.

## The app and its frame

app-name = دليل مؤتمر حماية الطفل
skip-link = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-home = البداية
menu-button = القائمة
menu-guide = الدليل
menu-notes = ملاحظاتي
menu-writing = الكتابة
menu-help = المساعدة
nav-checklist = قائمة المهام
nav-questions = الأسئلة
nav-plan = الخطة
nav-dates = التواريخ
nav-contacts = جهات الاتصال
nav-letters = الرسائل
nav-settings = الإعدادات
language-switcher-label = اللغة
# One short line at the top of every page in a translated language, saying how the translation
# was made. English is the original; its line is never shown.
language-status = تُرجم هذا الدليل من الإنجليزية بمساعدة الآلة، ولم يراجعه مترجم مؤهل بعد.
language-check-interpreter = إذا كان هناك شيء غير واضح، يمكنك أن تسأل عنه المترجم الفوري أو الأخصائي الاجتماعي.
footer-private = كل ما تكتبه في هذا الدليل يبقى على هذا الهاتف. لا يُرسَل أي شيء إلى أي أحد.

## The page shell, shown before the app starts

shell-loading = جارٍ تحميل الدليل…
shell-noscript = يحتاج هذا الدليل إلى JavaScript. يُرجى تشغيله من إعدادات المتصفح، ثم إعادة تحميل هذه الصفحة.
# While a tool's own code is fetched, the first time it is opened (a second or two on a slow phone).
chunk-loading = جارٍ فتح هذه الأداة…
# When that code cannot be fetched (offline, say): the button loads the page again.
chunk-failed = تعذّر فتح هذا الجزء من الدليل. تحقّق من اتصالك بالإنترنت، ثم حاول مرة أخرى.
chunk-retry = حاول مرة أخرى
shell-load-error = تعذّر تشغيل الدليل. يُرجى التأكد من الاتصال بالإنترنت، ثم إعادة تحميل هذه الصفحة.

## Emergency exit

exit-region = خروج سريع
exit-emergency = طوارئ
exit-this-page = الخروج من هذه الصفحة
exit-shift-remaining = { $count ->
        [zero] لا حاجة للضغط على Shift مرة أخرى.
        [one] اضغط على Shift مرة واحدة أخرى للخروج.
        [two] اضغط على Shift مرتين أخريين للخروج.
        [few] اضغط على Shift { $count } مرات أخرى للخروج.
        [many] اضغط على Shift { $count } مرة أخرى للخروج.
       *[other] اضغط على Shift { $count } مرة أخرى للخروج.
    }

## Updates and errors

update-ready = نسخة جديدة من هذا الدليل جاهزة.
update-reload = إعادة التحميل للتحديث
language-load-failed = تعذّر تحميل هذه اللغة. تأكد من الاتصال بالإنترنت، ثم حاول مرة أخرى.

## Home

home-title = دليلك إلى مؤتمر حماية الطفل
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
home-intro = طلبت منك خدمات الأطفال (children's services) حضور اجتماع بشأن طفلك. وتسمى أحيانًا الخدمات الاجتماعية (social services). اسم هذا الاجتماع مؤتمر حماية الطفل (child protection conference). يشرح هذا الدليل كل مرحلة بكلمات بسيطة. ويبيّن ما يمكنك فعله في كل مرحلة.
home-stages-heading = المراحل الخمس
home-not-legal-advice = هذه إرشادات عامة لإنجلترا وويلز. وهي ليست استشارة قانونية. تختلف طريقة العمل من منطقة إلى أخرى، لذلك اسأل الأخصائي الاجتماعي أو محاميًا.
stage-number = المرحلة { $number } من { $total }

## Stage pages

before-title = قبل المؤتمر
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-intro = مؤتمر حماية الطفل (child protection conference) هو اجتماع، وليس محكمة. تنظّمه خدمات الأطفال عندما يكون لديها قلق كبير من أن طفلًا يتعرض للأذى، أو قد يتعرض له. تشرح هذه الصفحة كيف يمكنك الاستعداد.
before-summary = ما هو الاجتماع، ومن سيحضره، وكيف يمكنك الاستعداد له.

during-title = في المؤتمر
# source: 003_23392368096e3b46.txt
during-intro = يدير الاجتماع رئيس مستقل (independent chair). يقول كل شخص ما يعرفه، وتحصل أنت أيضًا على فرصة لتقول رأيك. تشرح هذه الصفحة ما يحدث في الاجتماع وما يمكن أن يُقرَّر فيه.
during-summary = ما يحدث في الاجتماع، وما يمكن أن يقرره.

core-group-title = المجموعة الأساسية
# source: 004_cdfde2f55ea0fb42.txt, 000_1e1dbaff73eac1a8.txt
# source: 004_cdfde2f55ea0fb42.txt, CONTENT-FACTS.md section 2 (the Wales term) (content review L5)
core-group-intro = { $nation ->
        [wales] إذا كانت لطفلك خطة الحماية للرعاية والدعم (care and support protection plan)، تجتمع مجموعة أصغر لتنفيذ الخطة. اسمها المجموعة الأساسية (core group). وأنت عادةً جزء منها. يكون الاجتماع الأول خلال 10 أيام عمل من المؤتمر.
       *[england] إذا كانت لطفلك خطة حماية الطفل (child protection plan)، تجتمع مجموعة أصغر لتنفيذ الخطة. اسمها المجموعة الأساسية (core group). وأنت عادةً جزء منها. يكون الاجتماع الأول خلال 10 أيام عمل من المؤتمر.
    }
core-group-summary = المجموعة الأصغر التي تحوّل الخطة إلى أفعال.

review-title = مؤتمر المراجعة
# source: 002_d34d1fa72bfe9724.txt, 003_23392368096e3b46.txt
review-intro = ينظر مؤتمر المراجعة (review conference) في مدى نجاح الخطة. يكون أول مؤتمر مراجعة خلال 3 أشهر من المؤتمر الأول. بعد ذلك، يُعقد مؤتمر مراجعة مرة كل 6 أشهر على الأقل، ما دامت الخطة قائمة.
review-summary = كيف تُراجَع الخطة، وما الذي قد يحدث بعد ذلك.

help-title = الشكاوى والنصيحة
# source: 003_23392368096e3b46.txt, 002_d34d1fa72bfe9724.txt
help-intro = { $nation ->
        [wales] إذا لم يعجبك ما حدث في المؤتمر، يمكنك تقديم شكوى. ويمكن أن يساعدك بعض خطوط النصيحة ومحامٍ في أي مرحلة.
       *[england] إذا لم يعجبك ما حدث في المؤتمر، يمكنك تقديم شكوى. وهناك خطوط نصيحة مجانية يمكن أن تساعدك في أي مرحلة.
    }
help-summary = كيفية تقديم شكوى، ومن يمكنه أن يعطيك نصيحة مجانية.

## Your own tools

checklist-title = قائمة مهامي
checklist-intro = قائمة بالأشياء التي يجب فعلها قبل كل اجتماع وبعده، محفوظة على هذا الهاتف.
questions-title = أسئلتي
questions-intro = الأسئلة التي تريد طرحها في كل اجتماع، والأجوبة التي تحصل عليها، محفوظة على هذا الهاتف.
dates-title = تواريخي
dates-intro = أدخل تاريخ المؤتمر الأول. تحسب هذه الصفحة التواريخ التي تأتي بعده، بأيام العمل. وتبقى هذه التواريخ محفوظة على هذا الهاتف.

contacts-title = جهات اتصالي
contacts-intro = أرقام الهواتف وعناوين البريد الإلكتروني للأشخاص المعنيين بملف طفلك، محفوظة على هذا الهاتف.
nav-glossary = قائمة الكلمات
stage-nav-label = المراحل
stage-you-are-here = أنت هنا
stage-previous = السابق
stage-next = التالي
stage-suggestions-do = أشياء يمكنك فعلها
stage-suggestions-ask = أسئلة يمكنك طرحها
stage-suggestions-to-checklist = إضافة هذه إلى قائمة مهامي
stage-suggestions-to-questions = إضافة هذه إلى أسئلتي
nation-heading = أين تسكن؟
nation-hint = القواعد مختلفة قليلًا في إنجلترا وفي ويلز.
nation-england = إنجلترا
nation-wales = ويلز

settings-title = الإعدادات
settings-intro = اختر طريقة عمل هذا الدليل التي تناسبك. تبقى اختياراتك على هذا الهاتف.
settings-language-heading = اللغة
settings-language-hint = اختر لغة هذا الدليل.
text-size-heading = حجم الخط
text-size-hint = اجعل الكلمات أكبر أو أصغر. يتذكر الدليل اختيارك على هذا الهاتف.
text-size-standard = عادي
text-size-large = كبير
text-size-largest = الأكبر
theme-note = إذا كان هاتفك على الوضع الداكن، يصبح هذا الدليل داكنًا أيضًا.

## Listen: the page read aloud by the phone

listen-button = الاستماع إلى هذه الصفحة
listen-pause = إيقاف مؤقت
listen-resume = متابعة
listen-stop = إيقاف
listen-label = قراءة هذه الصفحة بصوت عالٍ

## My dates

dates-fields-heading = تواريخ اجتماعاتك
dates-initial-label = تاريخ أول مؤتمر لحماية الطفل
dates-last-core-group-label = تاريخ آخر اجتماع للمجموعة الأساسية
dates-last-review-label = تاريخ آخر مؤتمر مراجعة
dates-enquiries-label = تاريخ بدء التحقيقات، إذا كنت تعرفه
dates-minutes-received-label = يوم وصول محضر آخر مؤتمر
dates-minutes-by-label = آخر موعد لتصحيح المحضر، من رسالة رئيس المؤتمر
dates-optional-hint = اترك هذا فارغًا حتى يحدث.
dates-timeline-heading = جدولك الزمني
# source: Working Together to Safeguard Children 2023 and 004_cdfde2f55ea0fb42.txt (the only national rules: first core group within 10 working days, reviews within 3 then 6 months; Wales: core group at least every 6 weeks, assessment within 42 working days); everything else is local practice (content review M12)
dates-latest-note = { $nation ->
        [wales] تحدد القواعد الوطنية آخر موعد لاجتماعات المجموعة الأساسية، ولمؤتمرات المراجعة، وللتقييم. أما مواعيد التقارير والزيارات فهي ممارسة محلية شائعة. المجلس المحلي (council) هو الذي يحدد التواريخ الحقيقية، لذلك تأكد منها مع الأخصائي الاجتماعي.
       *[england] تحدد القواعد الوطنية آخر موعد لأول اجتماع للمجموعة الأساسية ولمؤتمرات المراجعة. أما التواريخ الأخرى فهي ممارسة محلية شائعة، وليست قواعد. المجلس المحلي (council) هو الذي يحدد التواريخ الحقيقية، لذلك تأكد منها مع الأخصائي الاجتماعي.
    }
dates-empty = أدخل تاريخ المؤتمر الأول لترى التواريخ التي تأتي بعده.
dates-today = اليوم
dates-by = بحلول { $date }
dates-on = في { $date }
dates-in-days = { $days ->
        [0] اليوم
        [1] غدًا
        [zero] اليوم
        [one] غدًا
        [two] بعد يومين
        [few] بعد { $days } أيام
        [many] بعد { $days } يومًا
       *[other] بعد { $days } يوم
    }
dates-passed = هذا التاريخ قد مضى.
dates-next = التالي
dates-item-initial-conference = أول مؤتمر لحماية الطفل
dates-item-reports-before-initial = ينبغي أن تصلك التقارير (في مناطق كثيرة، قبل المؤتمر بـ 5 أيام عمل)
dates-item-first-core-group = أول اجتماع للمجموعة الأساسية
dates-item-next-core-group = { $nation ->
        [wales] الاجتماع القادم للمجموعة الأساسية (مرة كل 6 أسابيع على الأقل)
       *[england] الاجتماع القادم للمجموعة الأساسية (لا توجد قاعدة وطنية: اسأل الأخصائي الاجتماعي)
    }
dates-item-social-worker-visit = زيارات الأخصائي الاجتماعي (اسأل عن عددها: في مناطق كثيرة، مرة كل 10 أيام عمل على الأقل)
dates-item-first-review = أول مؤتمر مراجعة
dates-item-reports-before-review = ينبغي أن تصلك تقارير المراجعة (في مناطق كثيرة، قبلها بـ 5 أيام عمل)
dates-item-next-review = مؤتمر المراجعة القادم
dates-item-assessment-due = ينبغي أن ينتهي التقييم (بعد 42 يوم عمل من بدء التحقيقات)
# source: CONTENT-FACTS.md "Minutes (Wales)" (10 working days from receiving them); England: the date the chair's letter gives
dates-item-minutes-corrections = { $nation ->
        [wales] أرسل تصحيحات المحضر إلى رئيس المؤتمر (خلال 10 أيام عمل من وصوله)
       *[england] أرسل تصحيحات المحضر إلى رئيس المؤتمر
    }
dates-add-to-calendar = إضافة هذه التواريخ إلى تقويمي
dates-calendar-heading = إضافة التواريخ إلى تقويم
dates-calendar-warning = كثيرًا ما تنسخ التقويمات تواريخها إلى أجهزتك الأخرى، وإلى أي شخص يشاركك التقويم. وقد تعرض أيضًا تنبيهات على شاشة القفل.
dates-calendar-full-wording = استخدام الصياغة الكاملة في تقويمي
dates-calendar-plain-hint = إذا لم تضع علامة هنا، فسيكون اسم كل تاريخ فقط: اجتماع أو موعد أو تذكير.
dates-plain-meeting = اجتماع
dates-plain-appointment = موعد
dates-plain-reminder = تذكير
dates-calendar-downloaded = تم تنزيل ملف التقويم. افتحه لإضافة التواريخ إلى تقويمك.
dates-calendar-note = آخر موعد ممكن، محسوب وفق القواعد. المجلس المحلي هو الذي يحدد الموعد الحقيقي.

## Dates: written out from these, in every language

date-long = { $day } { $month } { $year }
date-full = { $weekday }، { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

## Not found

not-found-title = الصفحة غير موجودة
not-found-body = لم نجد هذه الصفحة. ربما يكون الرابط خاطئًا، أو ربما نُقلت الصفحة إلى مكان آخر.
not-found-home = الذهاب إلى بداية الدليل

## The plain name (Settings)

plain-name-heading = اسم هذا الدليل في علامات التبويب وسجل التصفح
plain-name-hint = أي شخص ينظر إلى علامات التبويب أو سجل التصفح في متصفحك يرى اسم كل صفحة فتحتها.
plain-name-off = اسمه الأصلي: دليل مؤتمر حماية الطفل
plain-name-on = اسم عادي: ملاحظات
plain-name-title = ملاحظات
plain-name-install = إذا أضفت هذا الدليل إلى الشاشة الرئيسية بعد اختيار اسم عادي، فسيكون اسم أيقونته «ملاحظات» أيضًا. أما الأيقونة التي أضفتها من قبل فتبقى باسم الدليل: احذفها ثم أضفها من جديد. والصفحات التي فتحتها قبل هذا الاختيار تبقى بأسمائها في سجل التصفح.

## Share this guide (the page's own words are in share.ftl)

share-title = شارك هذا الدليل
share-intro = للعاملين في دعم الأسر وغيرهم ممن يساعدون الآباء والأمهات: أعطِ الوالد أو الوالدة هذا الدليل بلغته، رابطًا أو رمز QR أو نشرة مطبوعة.
share-file-title = نشرة
home-share = هل تساعد الآباء والأمهات؟ شارك هذا الدليل بلغتهم
footer-share = شارك هذا الدليل
