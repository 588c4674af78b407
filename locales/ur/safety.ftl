# محفوظ رہنا: "اپنے نشان چھپائیں" والا صفحہ، ایمرجنسی میں باہر نکلنے کی سیٹنگز، اور پاس کوڈ، اردو میں۔
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Staying safe: the "Cover your tracks" page and the emergency exit settings and the passcode, translated from English.

cover-tracks-title = اپنے نشان چھپائیں
cover-tracks-intro = اگر کوئی اور آپ کا فون دیکھ سکتا ہو، تو یہاں جانیں کہ آپ کا پڑھا ہوا دوسروں سے کیسے چھپا رہے۔

cover-keep-heading = یہ گائیڈ کیا رکھتی ہے، اور کہاں
cover-keep-where = یہ گائیڈ آپ کی پسند، جیسے آپ کی زبان، صرف اس فون کے اسی براؤزر میں رکھتی ہے۔ آپ اپنی چیک لسٹ، سوالات، پلان، رابطوں اور تاریخوں میں جو لکھیں، وہ بھی وہیں رہتا ہے۔ اگر آپ کوئی فائل ڈاؤن لوڈ کریں، جیسے اپنے نوٹس کی کاپی، تو وہ فون کے ڈاؤن لوڈز میں جاتی ہے۔ وہاں کوئی اور بھی اسے کھول سکتا ہے۔
cover-keep-nothing-sent = کچھ بھی نہ ہمیں بھیجا جاتا ہے، نہ کسی اور کو۔ یہ گائیڈ کوکیز (cookies) استعمال نہیں کرتی۔

cover-delete-heading = اسے کیسے ڈیلیٹ کریں
cover-delete-intro = اس گائیڈ میں رکھی ہر چیز ڈیلیٹ کرنے کے لیے سیٹنگز کھولیں اور "میرا سارا ڈیٹا ڈیلیٹ کریں" والا بٹن دبائیں۔ آپ اپنے براؤزر میں بھی اس سائٹ کا ڈیٹا ڈیلیٹ کر سکتے ہیں۔
cover-delete-chrome = Android پر Chrome میں: تین نقطوں پر ٹیپ کریں، پھر Settings، پھر Site settings، پھر All sites۔ اس سائٹ پر ٹیپ کریں، پھر Delete پر۔
cover-delete-safari = iPhone پر: Settings ایپ کھولیں، پھر Safari، پھر Advanced، پھر Website Data۔ یہ سائٹ ڈھونڈیں، بائیں طرف سوائپ کریں اور Delete پر ٹیپ کریں۔

cover-history-heading = براؤزنگ ہسٹری صاف کرنا
cover-history-why = آپ کے براؤزر کی ہسٹری میں وہ صفحے نظر آتے ہیں جو آپ نے کھولے، یہ گائیڈ بھی۔
cover-history-chrome = Android پر Chrome میں: تین نقطوں پر ٹیپ کریں، پھر History، پھر Delete browsing data۔
cover-history-safari = iPhone پر: Settings ایپ کھولیں، پھر Safari، پھر Clear History and Website Data۔ اس سے وہ سب بھی ڈیلیٹ ہو جاتا ہے جو یہ گائیڈ رکھتی ہے۔

cover-private-heading = پرائیویٹ براؤزنگ
cover-private-text = پرائیویٹ ونڈو میں (Chrome میں اسے Incognito کہتے ہیں) ونڈو بند کرنے کے بعد کچھ بھی باقی نہیں رہتا۔ اس گائیڈ میں آپ جو کچھ لکھیں، وہ بھی نہیں رہتا۔

cover-limits-heading = باہر نکلنے کا بٹن کیا نہیں کر سکتا
cover-limits-exit = "اس صفحے سے نکلیں" والا بٹن آپ کو فوراً کسی اور سائٹ پر لے جاتا ہے۔ آپ Shift کا بٹن تین بار دبا کر بھی نکل سکتے ہیں۔ یہ بٹن آپ کی براؤزنگ ہسٹری ڈیلیٹ نہیں کرتا۔
cover-limits-icon = اگر آپ یہ گائیڈ اپنی ہوم اسکرین پر رکھیں، تو اس کا نشان (آئیکن) وہاں نظر آئے گا۔
cover-limits-unlock = جو شخص آپ کا فون ان لاک کر سکتا ہو، وہ شاید یہ گائیڈ بھی کھول لے۔

exit-site-heading = باہر نکلنے کا بٹن آپ کو کہاں لے جاتا ہے
exit-site-hint = ایسی سائٹ چنیں جو آپ کے فون پر عجیب نہ لگے۔
exit-site-bbc-weather = BBC Weather
exit-site-bbc-news = BBC News
exit-site-bbc-sport = BBC Sport
footer-cover-tracks = اپنے نشان چھپائیں

## The passcode

passcode-heading = میرے نوٹس کو پاس کوڈ سے لاک کریں
passcode-what = اگر کوئی اور آپ کا فون اٹھا سکتا ہو، تو آپ یہاں لکھی باتوں کو لاک کر سکتے ہیں۔ پھر آپ کی چیک لسٹ، سوالات، پلان، رابطے اور تاریخیں فون پر خفیہ شکل میں رکھی جاتی ہیں۔ یہ گائیڈ انہیں دکھانے سے پہلے آپ کا پاس کوڈ مانگتی ہے۔ گائیڈ خود پھر بھی پڑھی جا سکتی ہے۔
passcode-forget-warning = اگر آپ اپنا پاس کوڈ بھول جائیں، تو کوئی بھی آپ کے نوٹس نہیں کھول سکتا، ہم بھی نہیں۔ آگے بڑھنے کا ایک ہی طریقہ ہے: انہیں ڈیلیٹ کریں اور نئے سرے سے شروع کریں۔
passcode-rules = کم از کم 6 ہندسے استعمال کریں، یا کم از کم 8 حروف اور خالی جگہوں والا کوئی جملہ۔ جملے کا اندازہ لگانا کسی اور کے لیے بہت زیادہ مشکل ہوتا ہے۔
passcode-new-label = آپ کا نیا پاس کوڈ
passcode-again-label = اسے دوبارہ لکھیں
passcode-pin-too-short = ہندسوں والے پاس کوڈ میں کم از کم 6 ہندسے ہونے چاہئیں۔
passcode-phrase-too-short = جملے والے پاس کوڈ میں کم از کم 8 حروف ہونے چاہئیں۔
passcode-mismatch = دونوں پاس کوڈ ایک جیسے نہیں ہیں۔ انہیں دوبارہ لکھیں۔
passcode-set-button = میرے نوٹس لاک کریں
passcode-working = براہ کرم انتظار کریں…
passcode-set-done = ہو گیا۔ آپ کے نوٹس آپ کے پاس کوڈ سے لاک ہو گئے ہیں۔
passcode-set-failed = معاف کیجیے، اس فون نے تبدیلی محفوظ نہیں کی۔ آپ کے نوٹس پہلے جیسے ہی ہیں۔
passcode-is-on = آپ کے نوٹس پاس کوڈ سے لاک ہیں۔
passcode-lock-now = میرے نوٹس ابھی لاک کریں
passcode-auto-lock-label = اگر میں گائیڈ کو اتنی دیر استعمال نہ کروں تو انہیں دوبارہ لاک کر دیں:
passcode-minutes = { $minutes ->
    [one] 1 منٹ
   *[other] { $minutes } منٹ
}
passcode-change-heading = پاس کوڈ بدلیں
passcode-change-button = پاس کوڈ بدلیں
passcode-remove-heading = پاس کوڈ کا استعمال بند کریں
passcode-remove-body = آپ کے نوٹس اس فون پر بغیر پاس کوڈ کے رکھے جائیں گے۔ جو بھی اس فون پر یہ گائیڈ کھولے گا، وہ انہیں پڑھ سکے گا۔
passcode-remove-button = پاس کوڈ کا استعمال بند کریں
passcode-remove-confirm = جی ہاں، پاس کوڈ کا استعمال بند کریں
passcode-removed = ہو گیا۔ اب آپ کے نوٹس کے لیے پاس کوڈ کی ضرورت نہیں۔
passcode-locked-here = آپ کے نوٹس لاک ہیں۔ پاس کوڈ بدلنے یا اس کا استعمال بند کرنے کے لیے پہلے انہیں ان لاک کریں۔

unlock-title = آپ کے نوٹس لاک ہیں
unlock-intro = اپنے نوٹس دیکھنے کے لیے اپنا پاس کوڈ لکھیں۔ باقی گائیڈ کے لیے اس کی ضرورت نہیں۔
unlock-label = پاس کوڈ
unlock-button = ان لاک کریں
unlock-checking = چیک ہو رہا ہے…
unlock-wrong = یہ پاس کوڈ صحیح نہیں ہے۔
unlock-wait = { $seconds ->
    [one] 1 سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
   *[other] { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
}
unlock-forgot = مجھے اپنا پاس کوڈ یاد نہیں
unlock-forgot-body = پاس کوڈ کے بغیر کوئی بھی آپ کے نوٹس نہیں کھول سکتا۔ اس گائیڈ کے نوٹس دوبارہ استعمال کرنے کے لیے، انہیں ڈیلیٹ کریں اور نئے سرے سے شروع کریں۔ "میرا سارا ڈیٹا ڈیلیٹ کریں" والا بٹن سیٹنگز کے صفحے کے نیچے ہے۔
unlock-forgot-link = سیٹنگز پر جائیں
