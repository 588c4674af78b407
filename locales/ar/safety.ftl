# البقاء في أمان: صفحة «إخفاء آثار التصفح»، وإعدادات زر الخروج السريع، ورمز المرور، باللغة العربية.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode.

cover-tracks-title = إخفاء آثار التصفح
cover-tracks-intro = إذا كان من الممكن أن ينظر شخص آخر في هاتفك، فهذه طريقة لإبقاء ما تقرؤه سرًّا.

# The "Cover your tracks" page is for a parent who may share a phone with someone who must not
# see what they read. It says plainly what can still be seen: no step on it hides everything.
# Phone steps name the menus as the phone shows them; where a name differs between versions,
# the message says what the button does instead.

## What this guide keeps, and where

cover-keep-heading = ما يحفظه هذا الدليل، وأين
# source: this guide's own storage (src/web/storage.rs, src/core/store/settings.rs, the service worker); reviews/security.md L1, M3
cover-keep-where = يحفظ هذا الدليل ثلاثة أنواع من الأشياء، في هذا المتصفح فقط على هذا الهاتف.
# source: this guide's own storage; reviews/security.md L1
cover-keep-notes = ما تكتبه: قائمة المهام والأسئلة والخطة وجهات الاتصال والتواريخ والرسائل.
# source: src/core/store/settings.rs
cover-keep-choices = اختياراتك: لغتك، وإنجلترا أو ويلز، وحجم الخط، والموقع الذي ينقلك إليه زر الخروج.
# source: the service worker's caches (scripts/sw-languages.js); reviews/security.md L1, M3
cover-keep-pages = صفحات هذا الدليل واللغات التي استخدمتها، حتى يعمل الدليل دون إنترنت.
# source: src/core/vault (what is sealed and what is not); reviews/security.md L1
cover-keep-passcode = إذا قفلت ملاحظاتك برمز مرور، فلن يستطيع أحد قراءتها من دونه. لكن الشخص الذي يعرف أين يبحث قد يرى مع ذلك اختياراتك، وعدد المرات التي كُتب فيها رمز خاطئ، وأن لديك ملاحظات. وقد يخمّن تقريبًا مقدار ما كتبته، لكنه لا يعرف ما فيه.
# source: the Content Security Policy (connect-src 'self') and the browser tests, which fail on any cookie
cover-keep-nothing-sent = لا يُرسَل أي شيء إلينا أو إلى أي شخص آخر. هذا الدليل لا يستخدم ملفات تعريف الارتباط (cookies).

## Removing this guide from your history

cover-history-heading = إزالة هذا الدليل من سجل التصفح
# source: an empty history can raise suspicion: Scottish Borders Council, Covering your tracks online (scotborders.gov.uk); Somerset Survivors, Cover your tracks (somersetsurvivors.org.uk); reviews/security.md M4
cover-history-why = يعرض سجل المتصفح الصفحات التي فتحتها مع أسمائها. الأفضل ألّا تحذف السجل كله، لأن السجل الفارغ قد يثير الشك بحد ذاته. أزل صفحات هذا الدليل فقط، واحدة تلو الأخرى.
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): History, search, Remove (X) next to an entry
cover-history-chrome = في Chrome على Android: اضغط على النقاط الثلاث، ثم «السجل» (History). اضغط على زر البحث (عدسة مكبّرة) واكتب اسم هذا الموقع. اضغط على علامة X بجانب كل صفحة من هذا الدليل لإزالتها.
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082); iPhone User Guide, Safari history
cover-history-safari = في Safari على iPhone: اضغط على زر «الإشارات المرجعية» (Bookmarks)، وشكله مثل كتاب مفتوح، ثم على تبويب «السجل» (History)، وشكله مثل ساعة. اكتب اسم هذا الموقع في مربع البحث. اسحب كل صفحة من هذا الدليل إلى اليسار، ثم اضغط على «حذف» (Delete).
# source: Chrome on Android, New Tab page shortcuts (touch and hold a tile, then Remove); reviews/security.md M4
cover-history-tiles = في Chrome، قد تعرض علامة التبويب الجديدة مربعات للمواقع التي تزورها أكثر من غيرها. إذا كان هذا الدليل بينها، فالمس مربعه مطولًا، ثم اضغط على «إزالة» (Remove).
# source: Chrome on Android, address bar suggestions come from your history; reviews/security.md M4
cover-history-suggest = قد يقترح Chrome أيضًا هذا الموقع عندما تكتب في شريط العناوين. وإزالة صفحاته من السجل توقف ذلك. ويمكنك أيضًا أن تلمس الاقتراح مطولًا لإزالته.

## Accounts that share your history

cover-sync-heading = الحسابات التي تشارك سجل التصفح
# source: Chrome Help, Sign in and sync in Chrome (support.google.com/chrome/answer/185277); Google My Activity (myactivity.google.com); reviews/security.md M4
cover-sync-google = إذا كان Chrome مسجَّل الدخول إلى حساب Google، فقد تعرض الهواتف والأجهزة اللوحية وأجهزة الكمبيوتر الأخرى المسجَّلة في هذا الحساب سجلّك وعلامات التبويب المفتوحة لديك. وقد يُحفظ سجلّك أيضًا في «نشاطي» من Google (Google My Activity، على myactivity.google.com). ويمكنك حذف صفحات هذا الدليل من هناك أيضًا.
# source: Apple Support, iCloud for Safari (tabs, history) and Safari downloads to iCloud Drive; reviews/security.md M4, H3
cover-sync-apple = على iPhone، يمكن لخدمة iCloud أن تشارك علامات تبويب Safari وسجله والتنزيلات مع أجهزة Apple الأخرى التي تستخدم معرّف Apple نفسه (Apple ID).
# source: Chrome Help, Delete your browsing history (support.google.com/chrome/answer/95589): deleting on a synced device deletes it everywhere
cover-sync-do = إذا كان شخص آخر يستخدم أحد هذه الأجهزة، أو يعرف كلمة مرور حسابك، فأزل هذا الدليل من السجل وأغلق علامات تبويبه عندما تنتهي. والصفحة التي تزيلها على جهاز واحد تُزال عادةً من الأجهزة الأخرى أيضًا.

## Files you download

cover-files-heading = الملفات التي تنزّلها
# source: reviews/security.md H3 (Android's Downloads, and Safari saving to iCloud Drive by default)
cover-files-where = الملف الذي تنزّله من هذا الدليل، مثل نسخة من ملاحظاتك أو رسالة أو ملف تقويم، يُحفظ على هاتفك. على Android يذهب إلى «التنزيلات» (Downloads)، وتجده في تطبيق «الملفات» (Files). وعلى iPhone يذهب عادةً إلى iCloud Drive، لذلك قد يظهر أيضًا على أجهزة Apple الأخرى لديك.
# source: reviews/security.md H3 (the "Download complete" notification, lock screen too)
cover-files-notice = عندما ينتهي التنزيل، قد يعرض هاتفك رسالة بذلك، حتى على شاشة القفل. اسحب الرسالة لإزالتها. واحذف الملف عندما لا تعود بحاجة إليه.
# source: this guide's file names (src/core/personal/backup.rs); reviews/security.md H3
cover-files-names = يعطي هذا الدليل ملفاته أسماء عادية، مثل notes-2026-03-14.json. لكن أي شخص يفتح الملف يستطيع قراءته، إلا إذا كان مقفلًا برمز المرور الخاص بك.

## Dates in your calendar

cover-calendar-heading = المواعيد في التقويم
# source: reviews/security.md M1 (calendars sync to Google or iCloud; default alerts show on the lock screen)
cover-calendar-sync = إذا أضفت مواعيد من هذا الدليل إلى تقويم هاتفك، فقد تُنسخ إلى حسابك في Google أو Apple وتظهر على أجهزتك الأخرى. وقد يظهر تذكير بها على شاشة القفل.
# source: this guide's calendar file (src/core/dates/ics.rs); reviews/security.md M1
cover-calendar-titles = يعطي هذا الدليل هذه المواعيد عنوانًا عاديًا، مثل «اجتماع»، إلا إذا اخترت غير ذلك. احذفها من تطبيق التقويم عندما لا تعود بحاجة إليها.

## Phone calls

cover-calls-heading = المكالمات الهاتفية
# source: reviews/content.md M13; Family Rights Group and Women's Aid cover-your-tracks pages (call history)
cover-calls-log = إذا اتصلت برقم من هذا الدليل، فسيظهر في سجل المكالمات في هاتفك (قائمة المكالمات الأخيرة). ويمكنك حذفه من هناك.
# source: Android's Phone app and iPhone's Phone app, Recents (touch and hold, or swipe left, then Delete)
cover-calls-delete = افتح تطبيق الاتصال في هاتفك وابحث عن المكالمات الأخيرة. المس المكالمة مطولًا ثم احذفها. وعلى iPhone، اسحب المكالمة إلى اليسار ثم اضغط على «حذف» (Delete).

## Text you copy

cover-copy-heading = النص الذي تنسخه
# source: reviews/security.md M4 (keyboard clipboard history after "Copy")
cover-copy-text = إذا نسخت نصًا من هذا الدليل، مثل رسالة، فقد تحتفظ به لوحة المفاتيح في قائمة بالأشياء التي نسختها (الحافظة). افتح الحافظة من لوحة المفاتيح واحذف هذا النص. وعلى iPhone، انسخ شيئًا آخر ليحلّ محله.

## The recent apps screen

cover-recent-heading = شاشة التطبيقات الأخيرة
# source: reviews/security.md M4, L5 (the Recent apps screenshot)
cover-recent-text = يحتفظ هاتفك بصورة لآخر صفحة كانت مفتوحة في كل تطبيق. وأي شخص يفتح شاشة التطبيقات الأخيرة يستطيع رؤيتها. قبل أن تنتقل إلى تطبيق آخر، افتح موقعًا آخر، أو استخدم زر الخروج.

## Saved passwords

cover-password-heading = كلمات المرور المحفوظة
# source: reviews/security.md M2 (Chrome and iPhone offer to save the passcode)
cover-password-text = إذا عرض هاتفك أن يحفظ رمز المرور الخاص بهذا الدليل، فاختر «أبدًا» (Never). وإذا كان محفوظًا من قبل، فاحذفه من قائمة كلمات المرور المحفوظة في هاتفك.

## Deleting what this guide keeps

cover-delete-heading = حذف ما يحفظه هذا الدليل
# source: src/ui/components/delete_all_data.rs; reviews/security.md M3
cover-delete-all = في صفحة «الإعدادات» في هذا الدليل، يحذف زر «حذف كل بياناتي» ما كتبته ورمز المرور واختياراتك. ويحذف أيضًا الصفحات واللغات التي حفظها هذا الدليل على هذا الهاتف.
# source: remove-trace-* in notes.ftl; reviews/security.md M3 (removing the service worker and its copy)
cover-delete-trace = وتحته، يزيل زر «إزالة كل أثر لهذا الدليل» أيضًا نسخة الدليل التي تعمل دون إنترنت. ثم ينقلك إلى موقع آخر، مثل زر الخروج.
cover-settings-link = الذهاب إلى الإعدادات
# source: reviews/security.md M3 (what remains after Delete all)
cover-delete-remains = قد تبقى بعض الأشياء بعد ذلك:
cover-remains-history = صفحات هذا الدليل في سجل المتصفح. أزلها كما هو موضّح أعلاه.
cover-remains-files = الملفات التي نزّلتها. احذفها من تطبيق الملفات.
cover-remains-site = اسم هذا الموقع في إعدادات المواقع في متصفحك. يمكنك إزالته هكذا:
# source: Chrome Help, Delete, allow and manage cookies in Chrome (support.google.com/chrome/answer/95647; Android: Site settings, All sites); reviews/security.md M3
cover-site-chrome = في Chrome على Android: اضغط على النقاط الثلاث، ثم «الإعدادات» (Settings)، ثم «إعدادات المواقع» (Site settings)، ثم «جميع المواقع» (All sites). اضغط على هذا الموقع، ثم على زر حذف بياناته (قد يكون اسمه Delete أو Clear & reset).
# source: Apple Support, Clear the history and cookies from Safari on iPhone (support.apple.com/en-gb/105082): Advanced, Website Data
cover-site-safari = على iPhone: افتح تطبيق «الإعدادات» (Settings)، ثم Safari (وفي أجهزة iPhone الأحدث: «التطبيقات» (Apps)، ثم Safari). اضغط على «متقدم» (Advanced)، ثم «بيانات مواقع الويب» (Website Data). ابحث عن هذا الموقع، واسحبه إلى اليسار، ثم اضغط على «حذف» (Delete). هذا يحذف هذا الموقع فقط، لا كل شيء.

## Private browsing

cover-private-heading = التصفح الخاص
# source: Chrome Help, Browse in Incognito mode (support.google.com/chrome/answer/95464): nothing kept after closing; downloads are kept
cover-private-text = في النافذة الخاصة (تسمى «التصفح المتخفي» أو Incognito في Chrome)، لا يُحفظ أي شيء بعد إغلاقها. وهذا يشمل أي شيء تكتبه في هذا الدليل. أما الملفات التي تنزّلها فتبقى محفوظة.

## A plain name

cover-plain-heading = اسم عادي
# source: this guide's Settings (plain-name-* in app.ftl); reviews/security.md M5
cover-plain-name = في صفحة «الإعدادات» في هذا الدليل، يمكنك أن تختار له اسمًا عاديًا. عندها تُظهر علامات التبويب وسجل التصفح كلمة «ملاحظات» بدلًا من اسم هذا الدليل. أما الصفحات التي فتحتها قبل هذا الاختيار فتحتفظ باسمها القديم في السجل.
# source: plain-name-install in app.ftl; reviews/security.md M5 (the installed icon and its name)
cover-plain-icon = إذا أضفت هذا الدليل إلى الشاشة الرئيسية، ستظهر هناك أيقونة عليها اسمه. اختر الاسم العادي أولًا، حتى يكون اسم الأيقونة «ملاحظات». والأيقونة التي أضفتها من قبل تحتفظ باسم الدليل: أزلها ثم أضفها من جديد.

## What the exit button does, and what it cannot do

cover-exit-heading = ما يفعله زر الخروج، وما لا يستطيع فعله
# source: src/web/exit.rs, src/core/exit.rs
cover-exit-does = زر «الخروج من هذه الصفحة» ينقلك فورًا إلى موقع آخر. وعلى لوحة المفاتيح، يمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات. ويقوم الزر أيضًا بما يلي:
# source: src/web/exit.rs; reviews/security.md H2
cover-exit-tabs = يغلق هذا الدليل في علامات التبويب الأخرى.
cover-exit-lock = يقفل ملاحظاتك، إذا كنت تستخدم رمز مرور.
# source: src/web/exit.rs; reviews/security.md H1
cover-exit-back = في Chrome، يزيل صفحات هذا الدليل من زر الرجوع.
cover-exit-back-other = في بعض المتصفحات الأخرى، إذا ضغطت مطولًا على زر الرجوع، فقد تظل ترى قائمة بصفحات هذا الدليل. أزلها من السجل كما هو موضّح أعلاه.
cover-exit-history = زر الخروج لا يحذف سجل التصفح.
cover-exit-unlock = الشخص الذي يستطيع فتح قفل هاتفك قد يستطيع فتح هذا الدليل.

## Where the exit button takes you

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
unlock-unavailable = عذرًا، تعذّر التحقق من رمز المرور الآن. يُرجى المحاولة مرة أخرى.
unlock-wait = { $seconds ->
    [zero] يمكنك المحاولة مرة أخرى الآن.
    [one] انتظر ثانية واحدة، ثم حاول مرة أخرى.
    [two] انتظر ثانيتين، ثم حاول مرة أخرى.
    [few] انتظر { $seconds } ثوانٍ، ثم حاول مرة أخرى.
    [many] انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
   *[other] انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
}
passcode-protects = رمز المرور يمنع من يمسك هاتفك من قراءة ملاحظاتك في هذا الدليل.
passcode-not-protects = لكنه لا يمنع من ينسخ كل ما في هاتفك إلى حاسوب: فهناك يستطيع تجربة رمز بعد رمز دون انتظار. العبارة أصعب بكثير في التخمين من الأرقام. لا تستخدم رمز PIN الخاص بهاتفك ولا تاريخ ميلاد.
passcode-never-save = إذا عرض هاتفك أن يحفظ رمز المرور هذا، فاختر «أبدًا» (Never).
passcode-guessable = من السهل تخمين رمز المرور هذا: فهو تاريخ، أو أرقام متتالية، أو أرقام يختارها كثير من الناس. استخدم بدلًا منه عبارة قصيرة، مثل ثلاث كلمات ستتذكرها. أو اختر 6 أرقام على الأقل بلا نمط، وليست رمز PIN الخاص بهاتفك.
passcode-current-label = رمز المرور الحالي
passcode-current-needed = اكتب أولًا رمز المرور الذي تستخدمه الآن.
passcode-remove-ask = لإيقاف استخدام رمز المرور، اكتبه هنا
passcode-removed-notice = أُزيل رمز المرور في { $date }. ملاحظاتك غير مقفلة الآن. إذا لم تكن أنت من أزاله، فربما قرأ شخص آخر ملاحظاتك أو غيّرها. يمكنك وضع رمز مرور من جديد في الإعدادات.
passcode-notice-close = إخفاء هذه الرسالة
unlock-wrong-tries = { $count ->
    [zero] لم يكتب أحد رمز مرور خاطئًا منذ آخر مرة فتحت فيها ملاحظاتك.
    [one] كتب شخص ما رمز مرور خاطئًا مرة واحدة منذ آخر مرة فتحت فيها ملاحظاتك (في { $date } الساعة { $time }).
    [two] كتب شخص ما رمز مرور خاطئًا مرتين منذ آخر مرة فتحت فيها ملاحظاتك (آخرها في { $date } الساعة { $time }).
    [few] كتب شخص ما رمز مرور خاطئًا { $count } مرات منذ آخر مرة فتحت فيها ملاحظاتك (آخرها في { $date } الساعة { $time }).
    [many] كتب شخص ما رمز مرور خاطئًا { $count } مرة منذ آخر مرة فتحت فيها ملاحظاتك (آخرها في { $date } الساعة { $time }).
   *[other] كتب شخص ما رمز مرور خاطئًا { $count } مرة منذ آخر مرة فتحت فيها ملاحظاتك (آخرها في { $date } الساعة { $time }).
}
unlock-forgot = نسيت رمز المرور
unlock-forgot-body = لا أحد يستطيع فتح ملاحظاتك بدون رمز المرور. لكي تستخدم ملاحظات هذا الدليل مرة أخرى، احذفها وابدأ من جديد. زر «حذف كل بياناتي» موجود في أسفل صفحة الإعدادات.
unlock-forgot-link = الذهاب إلى الإعدادات
