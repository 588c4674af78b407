# یہ گائیڈ شیئر کریں: خاندانوں کی مدد کرنے والے کارکنوں کا صفحہ، اور پرچے کے سارے الفاظ۔
# The English menu names are isolated (U+2068 … U+2069), so their quotes stay with them.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.

share-who = والدین کی زبان، وہ کہاں رہتے ہیں، اور وہ صفحہ چنیں جس پر گائیڈ کھلے۔ پھر انہیں لنک بھیجیں، QR کوڈ دکھائیں، یا پرچہ پرنٹ کریں۔
share-language-legend = والدین کی زبان
share-language-hint = گائیڈ اسی زبان میں کھلتی ہے۔ والدین اسے کسی بھی وقت بدل سکتے ہیں۔
share-nation-legend = والدین کہاں رہتے ہیں
share-nation-hint = انگلینڈ اور ویلز میں کچھ قواعد مختلف ہیں۔
share-nation-england = انگلینڈ
share-nation-wales = ویلز
share-nation-unsaid = نہیں بتایا: گائیڈ ان سے پوچھ لے گی
share-start-label = وہ صفحہ جس پر گائیڈ کھلتی ہے
share-link-heading = لنک
share-link-hint = اسے ٹیکسٹ میسج یا ای میل میں بھیجیں۔ اس صفحے پر یہ لنک نہیں ہے، تاکہ آپ کا اپنا فون آپ کی زبان میں رہے۔
share-copy = لنک کاپی کریں
share-share = لنک شیئر کریں
share-copied = لنک کاپی ہو گیا۔
share-copy-failed = لنک کاپی نہیں ہو سکا۔ اسے چن کر خود کاپی کریں۔
share-qr-heading = QR کوڈ
share-qr-hint = والدین اپنے فون کا کیمرہ کوڈ کی طرف کرتے ہیں۔ اس سے وہی لنک کھلتا ہے۔
share-qr-label = { $link } کا QR کوڈ
share-private = آپ یہاں جو بھی چنیں، وہ کہیں نہیں بھیجا جاتا اور نہ رکھا جاتا ہے۔ اس سے آپ کے فون پر یہ گائیڈ نہیں بدلتی۔
share-leaflet-heading = پرچہ پرنٹ کریں
share-leaflet-hint = والدین کو دینے کے لیے ایک صفحہ: ان کی زبان میں، ساتھ انگریزی میں، QR کوڈ اور لنک کے ساتھ۔
share-paper-legend = کاغذ
share-paper-a4 = ایک A4 صفحہ
share-paper-a5 = ایک A4 کاغذ پر دو A5 کاپیاں، بیچ سے کاٹنے کے لیے
share-print = پرچہ پرنٹ کریں
share-words-failed = پرچے کے الفاظ لوڈ نہیں ہو سکے۔ اپنا انٹرنیٹ کنکشن چیک کریں اور دوبارہ کوشش کریں۔

## The leaflet

leaflet-title = بچوں کے تحفظ کی کانفرنس کے لیے آپ کی گائیڈ
leaflet-what = آپ کے فون کے لیے یہ مفت گائیڈ بچوں کے تحفظ کی کانفرنس کا ہر مرحلہ آسان الفاظ میں سمجھاتی ہے۔
leaflet-open = اسے کھولنے کے لیے اپنے فون کا کیمرہ کوڈ کی طرف کریں، یا لنک ٹائپ کریں۔
leaflet-stages-heading = پانچ مرحلے
leaflet-stage-before = کانفرنس سے پہلے: یہ میٹنگ کیا ہے، اور تیاری کیسے کریں۔
leaflet-stage-during = کانفرنس میں: کیا ہوتا ہے، اور کیا فیصلے ہو سکتے ہیں۔
leaflet-stage-core-group = بنیادی گروپ: وہ چھوٹا گروپ جو پلان پر عمل کرواتا ہے۔
leaflet-stage-review = نظرِ ثانی کانفرنس: پلان کو کیسے جانچا جاتا ہے۔
leaflet-stage-help = شکایات اور مشورہ: شکایت کیسے کریں، اور کون مدد کر سکتا ہے۔
leaflet-private = ایک بار کھلنے کے بعد یہ سگنل کے بغیر چلتی ہے، اور آپ جو کچھ لکھتے ہیں وہ آپ کے فون سے باہر نہیں جاتا۔
leaflet-home-heading = اسے اپنی ہوم اسکرین پر رکھیں
leaflet-home-android = اینڈرائیڈ: لنک کو Chrome میں کھولیں۔ مینو (⋮) پر ٹیپ کریں، پھر ⁨"Add to Home screen"⁩ پر۔
leaflet-home-iphone = آئی فون: لنک کو Safari میں کھولیں۔ Share پر ٹیپ کریں، پھر ⁨"Add to Home Screen"⁩ پر۔
leaflet-exit-heading = اگر کوئی آ جائے
leaflet-exit = گائیڈ کے اوپر "اس صفحے سے نکلیں" پر ٹیپ کریں۔ یا کی بورڈ پر Shift کا بٹن تین بار دبائیں۔ فوراً کوئی اور ویب سائٹ کھل جاتی ہے۔
