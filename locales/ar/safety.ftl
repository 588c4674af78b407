# البقاء في أمان: صفحة «إخفاء آثار التصفح»، وإعدادات زر الخروج السريع، ورمز المرور، باللغة العربية.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode.

cover-tracks-title = إخفاء آثار التصفح
cover-tracks-intro = إذا كان من الممكن أن ينظر شخص آخر في هاتفك، فهذه طريقة لإبقاء ما تقرؤه سرًّا.

cover-keep-heading = ما يحفظه هذا الدليل، وأين
cover-keep-where = يحفظ هذا الدليل اختياراتك، مثل لغتك، في هذا المتصفح فقط على هذا الهاتف. وما تكتبه في قائمة المهام والأسئلة والخطة وجهات الاتصال والتواريخ يُحفظ هناك أيضًا. أما الملف الذي تنزّله، مثل نسخة من ملاحظاتك، فيذهب إلى مجلد التنزيلات في هاتفك. وهناك يمكن لشخص آخر أن يفتحه.
cover-keep-nothing-sent = لا يُرسَل أي شيء إلينا أو إلى أي شخص آخر. هذا الدليل لا يستخدم ملفات تعريف الارتباط (cookies).

cover-delete-heading = طريقة الحذف
cover-delete-intro = لحذف كل ما يحفظه هذا الدليل، افتح «الإعدادات» واستخدم زر «حذف كل بياناتي». ويمكنك أيضًا حذف بيانات هذا الموقع من المتصفح.
cover-delete-chrome = في Chrome على Android: اضغط على النقاط الثلاث، ثم «الإعدادات» (Settings)، ثم «إعدادات المواقع» (Site settings)، ثم «جميع المواقع» (All sites). اضغط على هذا الموقع، ثم «حذف» (Delete).
cover-delete-safari = على iPhone: افتح تطبيق «الإعدادات» (Settings)، ثم Safari، ثم «متقدم» (Advanced)، ثم «بيانات مواقع الويب» (Website Data). ابحث عن هذا الموقع، واسحبه إلى اليسار، ثم اضغط على «حذف» (Delete).

cover-history-heading = مسح سجل التصفح
cover-history-why = يُظهر سجل المتصفح الصفحات التي فتحتها، ومنها هذا الدليل.
cover-history-chrome = في Chrome على Android: اضغط على النقاط الثلاث، ثم «السجل» (History)، ثم «محو بيانات التصفح» (Delete browsing data).
cover-history-safari = على iPhone: افتح تطبيق «الإعدادات» (Settings)، ثم Safari، ثم «مسح السجل وبيانات المواقع» (Clear History and Website Data). هذا يحذف أيضًا ما يحفظه هذا الدليل.

cover-private-heading = التصفح الخاص
cover-private-text = في النافذة الخاصة (تسمى «التصفح المتخفي» أو Incognito في Chrome)، لا يُحفظ أي شيء بعد إغلاقها. وهذا يشمل أي شيء تكتبه في هذا الدليل.

cover-limits-heading = ما لا يستطيع زر الخروج فعله
cover-limits-exit = زر «الخروج من هذه الصفحة» ينقلك فورًا إلى موقع آخر. ويمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات. لكن هذا لا يحذف سجل التصفح.
cover-limits-icon = إذا أضفت هذا الدليل إلى الشاشة الرئيسية، ستظهر أيقونته هناك.
cover-limits-unlock = الشخص الذي يستطيع فتح قفل هاتفك قد يستطيع فتح هذا الدليل.

exit-site-heading = إلى أين ينقلك زر الخروج
exit-site-hint = اختر موقعًا لا يبدو غريبًا على هاتفك.
exit-site-bbc-weather = BBC Weather
exit-site-bbc-news = BBC News
exit-site-bbc-sport = BBC Sport
footer-cover-tracks = إخفاء آثار التصفح

## The passcode

passcode-heading = قفل ملاحظاتي برمز مرور
passcode-what = إذا كان من الممكن أن يمسك شخص آخر هاتفك، يمكنك قفل ما تكتبه هنا. عندها تُحفظ قائمة المهام والأسئلة والخطة وجهات الاتصال والتواريخ على الهاتف بشكل مشفّر. ويطلب الدليل رمز المرور قبل أن يعرضها. أما الدليل نفسه فيمكن قراءته كالمعتاد.
passcode-forget-warning = إذا نسيت رمز المرور، فلا أحد يستطيع فتح ملاحظاتك، ولا حتى نحن. الطريقة الوحيدة للمتابعة هي حذفها والبدء من جديد.
passcode-rules = استخدم 6 أرقام على الأقل، أو عبارة من 8 أحرف ومسافات على الأقل. تخمين العبارة أصعب بكثير على أي شخص آخر.
passcode-new-label = رمز المرور الجديد
passcode-again-label = اكتبه مرة أخرى
passcode-pin-too-short = رمز المرور المكوّن من أرقام يحتاج إلى 6 أرقام على الأقل.
passcode-phrase-too-short = عبارة المرور تحتاج إلى 8 أحرف على الأقل.
passcode-mismatch = رمزا المرور غير متطابقين. اكتبهما مرة أخرى.
passcode-set-button = قفل ملاحظاتي
passcode-working = يُرجى الانتظار…
passcode-set-done = تم. ملاحظاتك الآن مقفلة برمز المرور.
passcode-set-failed = عذرًا، لم يحفظ هذا الهاتف التغيير. ملاحظاتك كما كانت.
passcode-is-on = ملاحظاتك مقفلة برمز مرور.
passcode-lock-now = قفل ملاحظاتي الآن
passcode-auto-lock-label = إعادة قفلها إذا لم أستخدم الدليل لمدة
passcode-minutes = { $minutes ->
    [zero] 0 دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
passcode-change-heading = تغيير رمز المرور
passcode-change-button = تغيير رمز المرور
passcode-remove-heading = التوقف عن استخدام رمز المرور
passcode-remove-body = ستُحفظ ملاحظاتك على هذا الهاتف بدون رمز مرور. أي شخص يفتح هذا الدليل على هذا الهاتف يستطيع قراءتها.
passcode-remove-button = التوقف عن استخدام رمز المرور
passcode-remove-confirm = نعم، التوقف عن استخدام رمز المرور
passcode-removed = تم. لم تعد ملاحظاتك تحتاج إلى رمز مرور.
passcode-locked-here = ملاحظاتك مقفلة. افتح قفلها لتغيير رمز المرور أو للتوقف عن استخدامه.

unlock-title = ملاحظاتك مقفلة
unlock-intro = أدخل رمز المرور لترى ملاحظاتك. باقي الدليل لا يحتاج إليه.
unlock-label = رمز المرور
unlock-button = فتح القفل
unlock-checking = جارٍ التحقق…
unlock-wrong = رمز المرور هذا غير صحيح.
unlock-wait = { $seconds ->
    [zero] يمكنك المحاولة مرة أخرى الآن.
    [one] انتظر ثانية واحدة، ثم حاول مرة أخرى.
    [two] انتظر ثانيتين، ثم حاول مرة أخرى.
    [few] انتظر { $seconds } ثوانٍ، ثم حاول مرة أخرى.
    [many] انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
   *[other] انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
}
unlock-forgot = نسيت رمز المرور
unlock-forgot-body = لا أحد يستطيع فتح ملاحظاتك بدون رمز المرور. لكي تستخدم ملاحظات هذا الدليل مرة أخرى، احذفها وابدأ من جديد. زر «حذف كل بياناتي» موجود في أسفل صفحة الإعدادات.
unlock-forgot-link = الذهاب إلى الإعدادات
