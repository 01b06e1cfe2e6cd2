staff-site-name = لندن متاثرین پورٹل: عملہ
staff-sign-in-title = سائن ان
staff-sign-in = سائن ان کریں
staff-sign-out = سائن آؤٹ کریں
staff-email = ای میل ایڈریس
staff-password = پاس ورڈ
staff-forgot-link = پاس ورڈ بھول گئے؟
staff-code-title = اپنا کوڈ درج کریں
staff-code = کوڈ
staff-code-hint = آپ کی تصدیقی ایپ میں دکھایا گیا چھ ہندسوں کا کوڈ، یا آپ کے بازیابی کوڈز میں سے کوئی ایک۔
staff-continue = جاری رکھیں
staff-back-home = عملے کے ہوم پیج پر واپس جائیں
staff-nav-label = عملے کے صفحات
staff-nav-home = ہوم
staff-nav-services = اندراجات
staff-nav-moderation = منظوری کی منتظر تبدیلیاں
staff-nav-stale = غیر تصدیق شدہ اندراجات
staff-nav-organizations = تنظیمیں
staff-nav-users = اکاؤنٹس
staff-nav-audit = آڈٹ لاگ
staff-nav-account = آپ کا اکاؤنٹ

staff-error-title = کچھ غلط ہو گیا
staff-error-summary = ایک مسئلہ ہے
staff-error-signed-out = آپ کا سیشن ختم ہو گیا ہے۔ براہ کرم دوبارہ سائن ان کریں۔
staff-error-forbidden = آپ کے اکاؤنٹ کو یہ کرنے کی اجازت نہیں ہے۔
staff-error-form-expired = اس فارم کی میعاد ختم ہو گئی ہے۔ واپس جائیں، صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
staff-error-not-found = یہ صفحہ موجود نہیں ہے، یا آپ کا اکاؤنٹ اسے نہیں دیکھ سکتا۔
staff-error-bad-form = فارم پڑھا نہیں جا سکا۔ صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
staff-error-email = ای میل ایڈریس درج کریں، مثلاً name@example.org
staff-error-credentials = ای میل ایڈریس یا پاس ورڈ درست نہیں ہے۔
staff-error-account-locked = بہت زیادہ ناکام کوششوں کی وجہ سے یہ اکاؤنٹ 15 منٹ کے لیے لاک کر دیا گیا ہے۔ بعد میں دوبارہ کوشش کریں، یا اپنا پاس ورڈ ری سیٹ کریں۔
staff-error-too-many-attempts = اس نیٹ ورک سے بہت زیادہ ناکام کوششیں ہوئی ہیں۔ 15 منٹ انتظار کریں اور پھر دوبارہ کوشش کریں۔
staff-error-code = یہ کوڈ درست نہیں ہے، یا پہلے ہی استعمال ہو چکا ہے۔ کوڈ ہر 30 سیکنڈ بعد بدل جاتے ہیں۔
staff-error-password-short = کم از کم 12 حروف کا پاس ورڈ چنیں۔ چند غیر متعلقہ الفاظ سے اچھا پاس ورڈ بنتا ہے۔
staff-error-password-long = زیادہ سے زیادہ 256 حروف کا پاس ورڈ چنیں۔
staff-error-password-mismatch = دونوں پاس ورڈ ایک جیسے نہیں ہیں۔
staff-error-password-like-email = ایسا پاس ورڈ چنیں جس میں آپ کا ای میل ایڈریس شامل نہ ہو۔
staff-error-password-simple = ایسا پاس ورڈ چنیں جس میں زیادہ مختلف حروف ہوں۔
staff-error-current-password = آپ کا موجودہ پاس ورڈ درست نہیں ہے۔
staff-error-link-unknown = یہ لنک درست نہیں ہے۔ دیکھ لیں کہ آپ نے پورا لنک کاپی کیا ہے۔
staff-error-link-expired = اس لنک کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے۔ نیا لنک منگوائیں۔
staff-error-age = عمر 0 سے 120 تک کا پورا عدد ہونی چاہیے۔
staff-error-listing-field = { $field }: { $problem }
staff-error-no-change = کچھ بھی تبدیل نہیں ہوا۔ کسی خانے میں تبدیلی کریں، یا اس کے بجائے "یہ اندراج درست ہے" استعمال کریں۔
staff-error-already-reviewed = کوئی اور اس تبدیلی کو پہلے ہی منظور یا مسترد کر چکا ہے۔
staff-error-reason = زیادہ سے زیادہ 2,000 حروف میں وجہ لکھیں: فراہم کنندہ اسے دیکھ سکے گا۔
staff-error-organization-name = تنظیم کا نام درج کریں (زیادہ سے زیادہ 200 حروف)۔
staff-error-organization-slug = مختصر نام میں صرف چھوٹے انگریزی حروف، ہندسے اور اکہرے ہائفن ہو سکتے ہیں، جیسے "solace-women"۔
staff-error-organization-website = ویب سائٹ کا پتہ https:// سے شروع ہونا چاہیے۔
staff-error-organization-exists = اس مختصر نام کی ایک تنظیم پہلے سے موجود ہے۔
staff-error-organization-needed = فراہم کنندہ یا کیس ورکر کے لیے کم از کم ایک تنظیم چنیں۔
staff-error-user-exists = اس ای میل ایڈریس کا ایک اکاؤنٹ پہلے سے موجود ہے۔
staff-error-date = تاریخیں سال-مہینہ-دن کی صورت میں لکھی جاتی ہیں، جیسے 2026-11-29۔

staff-done-revision-sent = آپ کی تبدیلی بھیج دی گئی ہے۔ شائع ہونے سے پہلے ایک منتظم اسے جانچے گا۔
staff-done-confirmed = شکریہ۔ اب اندراج پر آخری جانچ کی تاریخ کے طور پر آج کی تاریخ دکھائی جا رہی ہے۔
staff-done-approved = تبدیلی منظور ہو گئی ہے اور شائع ہو چکی ہے۔
staff-done-rejected = تبدیلی مسترد کر دی گئی ہے؛ فراہم کنندہ آپ کی بتائی ہوئی وجہ دیکھ سکے گا۔
staff-done-password-changed = آپ کا پاس ورڈ تبدیل ہو گیا ہے۔ آپ کے دوسرے سیشنز سے سائن آؤٹ کر دیا گیا ہے۔
staff-done-language-changed = آپ کی زبان محفوظ ہو گئی ہے۔
staff-done-invited = اکاؤنٹ بنا دیا گیا ہے اور سیٹ اپ کا لنک ای میل کر دیا گیا ہے۔
staff-done-organization-created = تنظیم بنا دی گئی ہے۔
staff-done-user-disabled = اکاؤنٹ غیر فعال کر دیا گیا ہے اور اسے سائن آؤٹ کر دیا گیا ہے۔
staff-done-user-enabled = اکاؤنٹ دوبارہ فعال کر دیا گیا ہے۔
staff-done-memberships-changed = اکاؤنٹ کی تنظیمیں اپ ڈیٹ کر دی گئی ہیں۔
staff-done-password-reset = آپ کا پاس ورڈ تبدیل ہو گیا ہے۔ اب اسی سے سائن ان کریں۔
staff-done-reset-sent = اگر کوئی اکاؤنٹ یہ ایڈریس استعمال کرتا ہے، تو ہم نے اس پر نیا پاس ورڈ چننے کا لنک ای میل کر دیا ہے۔ یہ لنک ایک گھنٹے تک کام کرے گا۔

staff-setup-title = اپنا اکاؤنٹ سیٹ اپ کریں
staff-reset-title = نیا پاس ورڈ چنیں
staff-setup-for = اکاؤنٹ: { $email }
staff-link-title = لنک درست نہیں ہے
staff-new-password = نیا پاس ورڈ
staff-new-password-hint = کم از کم 12 حروف۔ چند غیر متعلقہ الفاظ یاد رکھنے میں آسان اور اندازہ لگانے میں مشکل ہوتے ہیں۔
staff-confirm-password = نیا پاس ورڈ دوبارہ لکھیں
staff-save-password = پاس ورڈ محفوظ کریں
staff-enrol-title = اپنی تصدیقی ایپ سیٹ اپ کریں
staff-enrol-intro = عملے کے ہر اکاؤنٹ کے لیے سائن ان کرتے وقت ایک دوسرا مرحلہ ضروری ہے۔ اپنے فون پر کسی تصدیقی ایپ سے یہ کوڈ اسکین کریں (مثلاً Microsoft Authenticator، Google Authenticator یا FreeOTP)۔
staff-enrol-manual = اگر آپ اسے اسکین نہیں کر سکتے، تو اس کے بجائے یہ کلید ایپ میں ٹائپ کریں:
staff-enrol-code = ایپ میں دکھایا گیا چھ ہندسوں کا کوڈ
staff-enrol-confirm = تصدیق کریں
staff-recovery-title = بازیابی کوڈز
staff-recovery-intro = یہ کوڈز کسی محفوظ جگہ رکھیں، جیسے پاس ورڈ مینیجر میں۔ اگر آپ کا فون گم ہو جائے تو ہر کوڈ سے آپ ایک بار سائن ان کر سکتے ہیں۔ یہ کوڈز دوبارہ نہیں دکھائے جائیں گے۔
staff-recovery-remaining = { $count ->
    [one] آپ کے پاس ایک غیر استعمال شدہ بازیابی کوڈ باقی ہے۔
   *[other] آپ کے پاس { $count } غیر استعمال شدہ بازیابی کوڈز باقی ہیں۔
}
staff-recovery-new = نئے بازیابی کوڈز بنائیں (پرانے کوڈز کام کرنا بند کر دیں گے)
staff-forgot-title = اپنا پاس ورڈ ری سیٹ کریں
staff-forgot-intro = اپنے اکاؤنٹ کا ای میل ایڈریس درج کریں۔ ہم آپ کو نیا پاس ورڈ چننے کا لنک ای میل کریں گے۔
staff-forgot-send = لنک بھیجیں
staff-mail-reset-subject = اپنا لندن متاثرین پورٹل کا پاس ورڈ ری سیٹ کریں
staff-mail-reset-body = کسی نے آپ کے لندن متاثرین پورٹل کے عملے والے اکاؤنٹ کا پاس ورڈ ری سیٹ کرنے کی درخواست کی ہے۔ نیا پاس ورڈ چننے کے لیے، یہ لنک ایک گھنٹے کے اندر کھولیں:

    { $link }

    اگر یہ درخواست آپ نے نہیں کی تھی، تو اس ای میل کو نظر انداز کر دیں: آپ کا پاس ورڈ جیسا ہے ویسا ہی رہے گا۔
staff-mail-invite-subject = لندن متاثرین پورٹل پر آپ کا عملے والا اکاؤنٹ
staff-mail-invite-body = ایک منتظم نے آپ کے لیے لندن متاثرین پورٹل پر عملے والا اکاؤنٹ بنایا ہے۔ اپنا پاس ورڈ چننے اور اپنی تصدیقی ایپ سیٹ اپ کرنے کے لیے، یہ لنک 72 گھنٹوں کے اندر کھولیں:

    { $link }

staff-home-title = عملے کا ہوم پیج
staff-role-admin = آپ منتظم ہیں۔
staff-role-provider = آپ اپنی تنظیم کے اندراجات کو تازہ ترین رکھتے ہیں۔
staff-role-caseworker = آپ کیس ورکر ہیں۔
staff-member-of = تنظیمیں: { $organizations }
staff-home-services = { $count ->
    [one] ایک اندراج جسے آپ کو تازہ ترین رکھنا ہے
   *[other] { $count } اندراجات جنہیں آپ کو تازہ ترین رکھنا ہے
}
staff-home-pending = { $count ->
    [one] ایک تبدیلی منظوری کی منتظر ہے
   *[other] { $count } تبدیلیاں منظوری کی منتظر ہیں
}
staff-home-stale = { $count ->
    [one] ایک اندراج جس کی چھ ماہ سے تصدیق نہیں ہوئی
   *[other] { $count } اندراجات جن کی چھ ماہ سے تصدیق نہیں ہوئی
}
staff-home-directory = ڈائریکٹری میں سروسز تلاش کریں
staff-account-title = آپ کا اکاؤنٹ
staff-language = زبان
staff-save = محفوظ کریں
staff-change-password = اپنا پاس ورڈ تبدیل کریں
staff-current-password = موجودہ پاس ورڈ

staff-services-title = آپ کے اندراجات
staff-services-none = آپ کے اکاؤنٹ میں ابھی کوئی اندراج نہیں ہے۔ کسی منتظم سے کہیں کہ وہ آپ کی تنظیم شامل کرے۔
staff-never-confirmed = فراہم کنندہ نے کبھی تصدیق نہیں کی
staff-confirmed-on = آخری تصدیق { $date } کو ہوئی
staff-last-confirmed = آخری تصدیق
staff-revision-pending = ایک تبدیلی منظوری کی منتظر ہے۔
staff-revision-rejected = آپ کی پچھلی تبدیلی منظور نہیں ہوئی: { $reason }
staff-revision-approved = آپ کی پچھلی تبدیلی { $date } کو منظور ہوئی۔
staff-edit = ترمیم کریں
staff-confirm-correct = یہ اندراج درست ہے
staff-edit-title = { $name } میں ترمیم کریں
staff-edit-intro = جو کچھ درست نہیں، اسے تبدیل کریں۔ ہر تبدیلی کے شائع ہونے سے پہلے ایک منتظم اسے جانچتا ہے۔
staff-edit-pending = اس فارم میں آپ کی وہ تبدیلی دکھائی گئی ہے جو منظوری کی منتظر ہے۔ اسے دوبارہ بھیجنے سے پہلی تبدیلی کی جگہ نئی تبدیلی لے لے گی۔
staff-listing-about = سروس کے بارے میں
staff-listing-availability = دستیابی
staff-listing-contact = رابطہ
staff-listing-languages = زبانیں
staff-listing-submit = منظوری کے لیے بھیجیں
staff-hint-one-per-line = ہر سطر میں ایک چیز۔
staff-capacity-unstated = نہیں بتایا گیا
staff-closure-message = بند ہونے کے دوران دکھایا جانے والا پیغام
staff-closure-until = کب تک بند ہے (اختیاری)
staff-phone-n = فون { $n }
staff-phone-number = نمبر
staff-phone-kind = قسم
staff-phone-kind-voice = وائس کالز
staff-phone-kind-sms = ٹیکسٹ میسجز
staff-phone-kind-textphone = ٹیکسٹ فون
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = نوٹ (اختیاری)
staff-hours-hint = اوقات لندن کے وقت کے مطابق HH:MM کی صورت میں لکھیں۔ اگر بند ہونے کا وقت کھلنے کے وقت سے پہلے ہو، تو اوقات آدھی رات کے بعد تک چلتے ہیں؛ 24:00 کا مطلب دن کا اختتام ہے۔ کسی قطار کو ہٹانے کے لیے اسے خالی چھوڑ دیں۔
staff-hours-n = کھلنے کے اوقات { $n }
staff-hours-opens = کھلنے کا وقت
staff-hours-closes = بند ہونے کا وقت
staff-hours-note = نوٹ (اختیاری)
staff-languages-hint = دو یا تین حروف والے زبان کے کوڈ، کاما سے الگ کیے ہوئے، جیسے "en, so, ar"۔
staff-places-hint = کسی خفیہ جگہ (پناہ گاہ یا محفوظ گھر) کا پتہ کبھی کہیں نہیں دکھایا جاتا: اس کے لیے لکھا گیا کوئی بھی پتہ حذف کر دیا جاتا ہے۔
staff-place-n = جگہ { $n }
staff-place-name = نام
staff-place-confidential = خفیہ: کبھی نہ دکھائیں کہ یہ جگہ کہاں ہے
staff-place-address = سڑک کا پتہ
staff-place-city = قصبہ یا شہر
staff-place-postcode = پوسٹ کوڈ
staff-place-borough = بورو
staff-place-borough-none = لندن کے کسی بورو میں نہیں
staff-place-description = نوٹ (اختیاری)

staff-field-id = شناخت کنندہ
staff-field-name = نام
staff-field-organization = تنظیم
staff-field-description = تفصیل
staff-field-offers = کیا مدد دی جاتی ہے
staff-field-eligibility_description = یہ کس کے لیے ہے
staff-field-url = ویب سائٹ
staff-field-email = ای میل
staff-field-chat_url = ویب چیٹ
staff-field-phones = فون نمبر
staff-field-schedules = کھلنے کے اوقات
staff-field-languages = بولی جانے والی زبانیں
staff-field-interpretation_services = ترجمانی
staff-field-areas = جن علاقوں میں سروس دستیاب ہے
staff-field-situations = کن حالات میں مدد کی جاتی ہے
staff-field-needs = کون سی ضروریات پوری کی جاتی ہیں
staff-field-groups = کن گروہوں کے لیے خصوصی مہارت ہے
staff-field-fees = فیس
staff-field-minimum_age = کم از کم عمر
staff-field-maximum_age = زیادہ سے زیادہ عمر
staff-field-accepts_online_contact = پورٹل کے ذریعے رابطے کی درخواستیں قبول کی جاتی ہیں
staff-field-locations = جگہیں
staff-field-translations = ترجمے
staff-field-capacity = گنجائش
staff-field-capacity_note = گنجائش کے بارے میں نوٹ (مثلاً، کتنا انتظار کرنا پڑتا ہے)
staff-field-closure = عارضی طور پر بند

staff-queue-title = منظوری کی منتظر تبدیلیاں
staff-queue-empty = کوئی تبدیلی منظوری کی منتظر نہیں ہے۔
staff-proposed-by = { $email } نے { $date } کو بھیجی
staff-revision-title = اندراج میں تبدیلی
staff-revision-heading = { $name } میں تبدیلی
staff-revision-changed-since = یہ تبدیلی کیے جانے کے بعد شائع شدہ اندراج بدل چکا ہے۔ جدول میں اس تبدیلی کا موازنہ شائع شدہ اندراج سے کیا گیا ہے۔
staff-diff-caption = کیا تبدیل ہو رہا ہے
staff-diff-field = خانہ
staff-diff-before = موجودہ
staff-diff-after = تجویز کردہ
staff-approve = منظور اور شائع کریں
staff-reject = مسترد کریں
staff-reject-reason = مسترد کرنے کی وجہ (فراہم کنندہ اسے دیکھے گا)
staff-status-approved = منظور شدہ
staff-status-rejected = مسترد شدہ
staff-status-withdrawn = نئی تبدیلی نے اس کی جگہ لے لی
staff-status-pending = منتظر

staff-organizations-title = تنظیمیں
staff-organization-new = تنظیم شامل کریں
staff-organization-name = نام
staff-organization-slug = مختصر نام
staff-organization-slug-hint = چھوٹے انگریزی حروف، ہندسے اور ہائفن، جیسے "solace-women"۔ اسے بعد میں تبدیل نہیں کیا جا سکتا۔
staff-organization-website = ویب سائٹ (اختیاری)
staff-organization-create = تنظیم شامل کریں
staff-organization-services = اندراجات
staff-organization-members = عملے کے اکاؤنٹس

staff-users-title = عملے کے اکاؤنٹس
staff-invite-title = اکاؤنٹ بنائیں
staff-invite-intro = اس شخص کو ایک ای میل ملے گی جس میں پاس ورڈ چننے اور تصدیقی ایپ سیٹ اپ کرنے کا لنک ہو گا۔
staff-invite-organizations = تنظیمیں (ایک سے زیادہ چننے کے لیے Ctrl یا ⌘ دبائے رکھیں)
staff-invite-send = اکاؤنٹ بنائیں اور لنک بھیجیں
staff-role = کردار
staff-role-name-admin = منتظم
staff-role-name-provider = فراہم کنندہ
staff-role-name-caseworker = کیس ورکر
staff-user-organizations = تنظیمیں
staff-user-state = حیثیت
staff-user-actions = اقدامات
staff-user-active = فعال
staff-user-invited = مدعو، ابھی سیٹ اپ نہیں ہوا
staff-user-locked = فی الحال لاک ہے
staff-user-disabled = غیر فعال
staff-user-disable = غیر فعال کریں
staff-user-enable = فعال کریں
staff-membership-add = تنظیم میں شامل کریں
staff-membership-add-button = شامل کریں

staff-stale-title = وہ اندراجات جن کی چھ ماہ سے تصدیق نہیں ہوئی
staff-stale-count = { $count ->
    [one] ایک اندراج کی اس کے فراہم کنندہ نے چھ ماہ یا اس سے زیادہ عرصے سے تصدیق نہیں کی۔
   *[other] { $count } اندراجات کی ان کے فراہم کنندگان نے چھ ماہ یا اس سے زیادہ عرصے سے تصدیق نہیں کی۔
}

staff-audit-title = آڈٹ لاگ
staff-audit-when = کب (UTC)
staff-audit-actor = کس نے
staff-audit-action = کارروائی
staff-audit-any = کوئی بھی کارروائی
staff-audit-target = ریکارڈ
staff-audit-from = اس تاریخ سے
staff-audit-to = اس تاریخ تک
staff-audit-filter = فلٹر کریں
staff-audit-change = پہلے اور بعد
staff-audit-show = دکھائیں
staff-audit-older = مزید پرانا ریکارڈ

staff-nav-inbox = ان باکس
staff-inbox-title = ان باکس
staff-inbox-empty = ابھی رابطے کی کوئی درخواست نہیں ہے۔
staff-inbox-admin-counts = منتظمین دیکھ سکتے ہیں کہ کتنی درخواستیں ہیں، لیکن یہ کبھی نہیں کہ ان میں کیا لکھا ہے۔
staff-inbox-received = { $date } کو موصول ہوئی
staff-done-status-changed = حیثیت محفوظ ہو گئی ہے۔
staff-contact-heading = رابطے کی درخواست { $reference }
staff-contact-name = کس نام سے پکاریں
staff-contact-method = ان سے کیسے رابطہ کریں
staff-contact-message = پیغام
staff-contact-safe-times = محفوظ اوقات
staff-contact-help = مطلوبہ مدد
staff-contact-interpreter = ترجمان
staff-contact-language = فارم کی زبان
staff-contact-status = حیثیت
staff-contact-status-new = نئی
staff-contact-status-contacting = رابطے کی کوشش جاری ہے
staff-contact-status-engaged = رابطہ قائم ہے
staff-contact-status-helped = مدد کی گئی
staff-contact-status-declined = انکار کر دیا گیا
staff-contact-status-closed = بند
staff-mail-new-request-subject = رابطے کی نئی درخواست
staff-mail-new-request-body = کسی نے آپ کی تنظیم کی ایک سروس سے درخواست کی ہے کہ وہ ان سے رابطہ کرے۔ درخواست پڑھنے کے لیے سائن ان کریں:

    { $link }

    ان کی حفاظت کے لیے، اس ای میل میں ان کے بارے میں کچھ نہیں بتایا گیا۔
staff-contact-timeline = تاریخچہ
staff-contact-timeline-entry = { $date }: { $email } نے حیثیت “{ $status }” کر دی
staff-membership-remove = ہٹائیں
staff-membership-remove-label = { $organization } سے ہٹائیں
