# شارك هذا الدليل: صفحة العاملين في دعم الأسر، وكل كلمات النشرة المطبوعة.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.

share-who = اختر لغة الوالد أو الوالدة، ومكان سكنه، والصفحة التي يُفتح عليها الدليل. ثم أرسل له الرابط، أو أرِه رمز QR، أو اطبع نشرة.
share-language-legend = لغة الوالد أو الوالدة
share-language-hint = يُفتح الدليل بهذه اللغة. ويمكن تغييرها في أي وقت.
share-nation-legend = أين يسكن الوالد أو الوالدة
share-nation-hint = بعض القواعد مختلفة في إنجلترا وفي ويلز.
share-nation-england = إنجلترا
share-nation-wales = ويلز
share-nation-unsaid = لم يُذكر: سيسأل الدليل عن ذلك
share-start-label = الصفحة التي يُفتح عليها الدليل
share-link-heading = الرابط
share-link-hint = أرسله في رسالة نصية أو بريد إلكتروني. ليس رابطًا على هذه الصفحة، حتى يبقى هاتفك أنت بلغتك.
share-copy = انسخ الرابط
share-share = شارك الرابط
share-copied = تم نسخ الرابط.
share-copy-failed = تعذّر نسخ الرابط. حدّده وانسخه بنفسك.
share-qr-heading = رمز QR
share-qr-hint = يوجّه الوالد أو الوالدة كاميرا الهاتف نحو الرمز، فيُفتح الرابط نفسه.
share-qr-label = رمز QR للرابط { $link }
share-private = لا يُرسَل شيء مما تختاره هنا إلى أي مكان، ولا يُحفَظ. ولا يغيّر هذا الدليل على هاتفك.
share-leaflet-heading = اطبع نشرة
share-leaflet-hint = صفحة تعطيها للوالد أو الوالدة: بلغته وبجانبها الإنجليزية، مع رمز QR والرابط.
share-paper-legend = الورق
share-paper-a4 = صفحة A4 واحدة
share-paper-a5 = نسختان A5 على ورقة A4 واحدة، تُقَصّ من المنتصف
share-print = اطبع النشرة
share-words-failed = تعذّر تحميل كلمات النشرة. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.

## The leaflet

leaflet-title = دليلك إلى مؤتمر حماية الطفل
leaflet-what = هذا الدليل المجاني لهاتفك يشرح كل مرحلة من مراحل مؤتمر حماية الطفل بكلمات بسيطة.
leaflet-open = لفتحه، وجّه كاميرا هاتفك نحو الرمز، أو اكتب الرابط.
leaflet-stages-heading = المراحل الخمس
leaflet-stage-before = قبل المؤتمر: ما هو الاجتماع، وكيف تستعد له.
leaflet-stage-during = في المؤتمر: ما يحدث، وما يمكن أن يقرره.
leaflet-stage-core-group = المجموعة الأساسية: المجموعة الأصغر التي تحوّل الخطة إلى أفعال.
leaflet-stage-review = مؤتمر المراجعة: كيف تُراجَع الخطة.
leaflet-stage-help = الشكاوى والنصيحة: كيفية تقديم شكوى، ومن يمكنه المساعدة.
leaflet-private = يعمل دون إشارة بعد فتحه، ولا يغادر هاتفك أي شيء تكتبه.
leaflet-home-heading = احتفظ به على شاشتك الرئيسية
leaflet-home-android = أندرويد: افتح الرابط في Chrome. اضغط على القائمة (⋮)، ثم «إضافة إلى الشاشة الرئيسية».
leaflet-home-iphone = آيفون: افتح الرابط في Safari. اضغط على «مشاركة»، ثم «إضافة إلى الشاشة الرئيسية».
leaflet-exit-heading = إذا دخل أحد
leaflet-exit = اضغط على «الخروج من هذه الصفحة» أعلى الدليل. أو اضغط مفتاح Shift ثلاث مرات على لوحة المفاتيح. يُفتح موقع آخر فورًا.
