# کیس ورکرز کی طرف سے ریفرلز، اور وہ چیزیں جو فراہم کنندہ کے ان باکس میں رابطے کی درخواستوں اور ریفرلز میں مشترک ہیں:
# سپردگی، اندرونی نوٹس، تاریخچہ، اور ان کے بارے میں ای میلز (کبھی کوئی ذاتی معلومات نہیں)۔

## ریفرل فارم
referral-client-heading = کلائنٹ
referral-name-label = کوئی نام جس سے سروس کلائنٹ کو پکار سکے
referral-name-hint = پہلا نام، نام کے ابتدائی حروف یا کوئی فرضی نام کافی ہے۔
referral-method-legend = سروس کلائنٹ سے کیسے رابطہ کرے؟
referral-method-phone = فون کال
referral-method-text = ٹیکسٹ میسج
referral-method-email = ای میل
referral-method-none = میرے ذریعے، یعنی کیس ورکر کے ذریعے
referral-detail-label = کلائنٹ کا فون نمبر یا ای میل ایڈریس
referral-safe-times-label = کلائنٹ سے کس وقت رابطہ کرنا محفوظ ہے؟ (اختیاری)
referral-message-legend = کیا سروس پیغام چھوڑ سکتی ہے؟
referral-message-yes = جی ہاں، پیغام چھوڑا جا سکتا ہے
referral-message-no = نہیں، کبھی کوئی پیغام نہ چھوڑیں
referral-language-label = کلائنٹ کی زبان
referral-interpreter-label = ترجمان کی ضرورت ہے (زبان، اگر ان میں سے کوئی نہ ہو)
referral-need-heading = کلائنٹ کو کیا چاہیے
referral-help-label = کلائنٹ کو کس طرح کی مدد کی ضرورت ہے؟
referral-risk-label = وہ خطرات جن کا سروس کو علم ہونا چاہیے
referral-risk-hint = مثلاً خطرے کی جانچ (رسک اسیسمنٹ) کی سطح، MARAC کو ریفرل، یا یہ کہ کیا نقصان پہنچانے والا شخص کلائنٹ کا فون دیکھ سکتا ہے۔
referral-urgency-legend = کتنا فوری ہے
referral-urgency-routine = معمول کے مطابق
referral-urgency-soon = جلد: ایک ہفتے کے اندر
referral-urgency-urgent = فوری: ایک کام کے دن کے اندر
referral-consent-heading = رضامندی
referral-consent-label = کلائنٹ نے اس ریفرل پر رضامندی دی ہے (یا کسی ایسے شخص نے دی ہے جو ان کی طرف سے رضامندی دینے کا مجاز ہے)۔
referral-consent-by-legend = رضامندی کس نے دی؟
referral-consent-by-client = کلائنٹ
referral-consent-by-parent-or-carer = والدین میں سے کوئی یا نگہداشت کرنے والا شخص (بچے کی صورت میں)
referral-consent-by-legal-authority = کوئی ایسا شخص جسے کلائنٹ کی طرف سے کام کرنے کا قانونی اختیار حاصل ہو
referral-consent-on-label = رضامندی دینے کی تاریخ
referral-shares-legend = رضامندی کے تحت یہ معلومات شیئر کی جا سکتی ہیں
referral-share-contact-details = کلائنٹ سے رابطے کی تفصیلات
referral-share-situation = کیا ہوا اور کس مدد کی ضرورت ہے
referral-share-risk = خطرات کے بارے میں معلومات
referral-notes-label = کوئی اور بات جو سروس کو معلوم ہونی چاہیے (اختیاری)
referral-send = ریفرل بھیجیں

## فارم میں مسائل
referral-error-name = براہ کرم کوئی نام لکھیں جس سے سروس کلائنٹ کو پکار سکے (زیادہ سے زیادہ 100 حروف)۔
referral-error-method = براہ کرم چنیں کہ سروس کلائنٹ سے کیسے رابطہ کرے۔
referral-error-message = براہ کرم بتائیں کہ کیا سروس پیغام چھوڑ سکتی ہے۔
referral-error-urgency = براہ کرم چنیں کہ ریفرل کتنا فوری ہے۔
referral-error-consent = ریفرل کے لیے رضامندی ضروری ہے: براہ کرم تصدیق کریں کہ رضامندی دی گئی تھی۔
referral-error-consent-by = براہ کرم بتائیں کہ رضامندی کس نے دی۔
referral-error-consent-date = براہ کرم وہ تاریخ لکھیں جب رضامندی دی گئی تھی؛ یہ ایک اصل تاریخ ہو جو مستقبل کی نہ ہو۔
referral-error-share-contact = رضامندی میں رابطے کی تفصیلات شامل نہیں ہیں: "میرے ذریعے، یعنی کیس ورکر کے ذریعے" چنیں، یا اگر کلائنٹ نے اجازت دی ہو تو رابطے کی تفصیلات پر نشان لگائیں۔
referral-error-share-situation = رضامندی میں یہ شامل نہیں کہ کیا ہوا: مطلوبہ مدد کا خانہ خالی چھوڑ دیں، یا اگر کلائنٹ نے اجازت دی ہو تو اس پر نشان لگائیں۔
referral-error-share-risk = رضامندی میں خطرات شامل نہیں ہیں: خطرات کا خانہ خالی چھوڑ دیں، یا اگر کلائنٹ نے اجازت دی ہو تو ان پر نشان لگائیں۔
referral-error-decline-reason = براہ کرم ریفرل سے انکار کی وجہ چنیں۔

## حیثیتیں اور وجوہات
referral-status-sent = بھیج دیا گیا
referral-status-received = موصول ہو گیا
referral-status-accepted = قبول کر لیا گیا
referral-status-contacting = رابطے کی کوشش جاری ہے
referral-status-engaged = رابطہ قائم ہے
referral-status-helped = مدد کی گئی
referral-status-declined = انکار کر دیا گیا
referral-status-closed = بند
referral-reason-not-eligible = اہل نہیں
referral-reason-no-capacity = گنجائش نہیں ہے
referral-reason-could-not-contact = رابطہ نہیں ہو سکا
referral-reason-no-longer-wanted = اب ضرورت نہیں رہی

## کیس ورکرز کے صفحات
staff-nav-referrals = میرے ریفرلز
staff-nav-refer = کلائنٹ کو ریفر کریں
staff-referrals-title = میرے ریفرلز
staff-referrals-new = کلائنٹ کو ریفر کریں
staff-referrals-none = آپ نے ابھی تک کوئی ریفرل نہیں بھیجا۔
staff-referral-updated = آخری تبدیلی { $date } کو ہوئی
staff-referral-news = آپ کے پچھلی بار دیکھنے کے بعد اپ ڈیٹ ہوا ہے
staff-referral-find-title = ریفر کرنے کے لیے سروس تلاش کریں
staff-referral-find-label = سروس یا مطلوبہ مدد کے بارے میں الفاظ
staff-referral-find-button = تلاش کریں
staff-referral-find-none = کوئی اندراج ان الفاظ سے میل نہیں کھاتا۔ دوسرے الفاظ آزما کر دیکھیں۔
staff-referral-listing = اندراج دیکھیں
staff-referral-refer = کلائنٹ کو یہاں ریفر کریں
staff-referral-new-title = کلائنٹ کو { $service } کے پاس ریفر کریں
staff-referral-not-receivable = یہ سروس ابھی پورٹل کے ذریعے ریفرلز قبول نہیں کرتی۔ براہ کرم ان کے اندراج میں بتائے گئے طریقے سے ان سے رابطہ کریں۔
staff-referral-heading = ریفرل { $reference }
staff-referral-service = سروس
staff-referral-referrer = ریفر کرنے والا
staff-referral-sent = بھیجا گیا
staff-referral-consent = { $who } نے { $date } کو دی، یہ شیئر کرنے کے لیے: { $shares }
staff-referral-withdraw = ریفرل واپس لیں
staff-referral-withdraw-hint = اگر کلائنٹ کو اب اس سروس کی ضرورت نہیں، تو ریفرل واپس لے لیں: سروس کو اطلاع دی جائے گی، اور ریفرل بند کر دیا جائے گا۔
staff-referral-from = { $email } کی طرف سے، { $date }
staff-referral-reason-label = وجہ، اگر انکار کیا جائے
staff-referral-reason-hint = صرف اس وقت ضروری ہے جب آپ ریفرل سے انکار کریں۔

## فراہم کنندگان کا ان باکس
staff-inbox-requests = رابطے کی درخواستیں
staff-inbox-referrals = ریفرلز
staff-inbox-no-referrals = ابھی کوئی ریفرل نہیں ہے۔
staff-assigned-to = { $email } کے سپرد
staff-assign-heading = کس کے سپرد ہے
staff-assign-label = اس پر کام کرنے والا ساتھی
staff-assign-nobody = ابھی کسی کے سپرد نہیں
staff-assign = سپرد کریں
staff-notes-title = اندرونی نوٹس
staff-notes-private = یہ نوٹس صرف آپ کی تنظیم پڑھ سکتی ہے۔ کیس ورکر اور کلائنٹ انہیں نہیں پڑھ سکتے۔
staff-notes-none = ابھی کوئی نوٹ نہیں ہے۔
staff-note-label = نیا نوٹ
staff-note-hint = زیادہ سے زیادہ 2,000 حروف۔
staff-note-add = نوٹ شامل کریں
staff-note-meta = { $date }، { $email }
staff-error-note-empty = نوٹ خالی ہے۔ براہ کرم کچھ لکھیں، یا واپس جائیں۔
staff-error-note-long = نوٹ 2,000 حروف سے زیادہ لمبا ہے۔ براہ کرم اسے مختصر کریں۔
staff-back = واپس
staff-timeline-someone = نامعلوم شخص
staff-timeline-assigned = { $date }: { $email } نے اسے { $assignee } کے سپرد کیا
staff-timeline-unassigned = { $date }: { $email } نے سپردگی ختم کر دی
staff-done-assigned = سپردگی محفوظ ہو گئی ہے۔
staff-done-note-added = نوٹ محفوظ ہو گیا ہے۔
staff-done-referral-sent = ریفرل بھیج دیا گیا ہے۔ جب سروس اسے اپ ڈیٹ کرے گی تو آپ کو ای میل ملے گی۔
staff-done-referral-withdrawn = ریفرل واپس لے لیا گیا ہے۔

## ای میلز: سائن ان کرنے کا لنک، شخص کے بارے میں کبھی کچھ نہیں
staff-mail-new-referral-subject = نیا ریفرل
staff-mail-new-referral-body = ایک کیس ورکر نے کسی کو آپ کی تنظیم کی ایک سروس کے پاس ریفر کیا ہے۔ ریفرل پڑھنے کے لیے سائن ان کریں:

    { $link }
staff-mail-referral-update-subject = ایک ریفرل میں تبدیلی ہوئی ہے
staff-mail-referral-update-body = ایک ریفرل کے بارے میں نئی اپ ڈیٹ ہے۔ اسے دیکھنے کے لیے سائن ان کریں:

    { $link }
staff-mail-assigned-subject = آپ کو ایک کام سونپا گیا ہے
staff-mail-assigned-body = ایک ساتھی نے آپ کی تنظیم کے ان باکس میں موجود ایک آئٹم آپ کے سپرد کیا ہے۔ اسے دیکھنے کے لیے سائن ان کریں:

    { $link }
