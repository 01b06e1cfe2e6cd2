staff-site-name = بوابة ضحايا الجريمة في لندن: قسم الموظفين
staff-sign-in-title = تسجيل الدخول
staff-sign-in = تسجيل الدخول
staff-sign-out = تسجيل الخروج
staff-email = عنوان البريد الإلكتروني
staff-password = كلمة المرور
staff-forgot-link = هل نسيت كلمة المرور؟
staff-code-title = إدخال الرمز
staff-code = الرمز
staff-code-hint = الرمز المكوّن من ستة أرقام الذي يظهر في تطبيق المصادقة، أو أحد رموز الاسترداد الخاصة بك.
staff-continue = متابعة
staff-back-home = العودة إلى الصفحة الرئيسية للموظفين
staff-nav-label = صفحات الموظفين
staff-nav-home = الرئيسية
staff-nav-services = صفحات الخدمات
staff-nav-moderation = تغييرات بانتظار الموافقة
staff-nav-stale = صفحات خدمات غير مؤكَّدة
staff-nav-organizations = المنظمات
staff-nav-users = الحسابات
staff-nav-audit = سجل التدقيق
staff-nav-account = حسابك

staff-error-title = حدث خطأ ما
staff-error-summary = هناك مشكلة
staff-error-signed-out = انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.
staff-error-forbidden = لا يملك حسابك صلاحية القيام بذلك.
staff-error-form-expired = انتهت صلاحية هذا النموذج. يُرجى الرجوع وإعادة تحميل الصفحة ثم المحاولة مرة أخرى.
staff-error-not-found = هذه الصفحة غير موجودة، أو لا يملك حسابك صلاحية عرضها.
staff-error-bad-form = تعذّرت قراءة النموذج. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
staff-error-email = يُرجى إدخال عنوان بريد إلكتروني، مثل name@example.org
staff-error-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
staff-error-account-locked = تم قفل هذا الحساب لمدة 15 دقيقة بسبب كثرة المحاولات الفاشلة. يُرجى المحاولة لاحقاً، أو إعادة تعيين كلمة المرور.
staff-error-too-many-attempts = هناك محاولات فاشلة كثيرة من هذه الشبكة. يُرجى الانتظار 15 دقيقة ثم المحاولة مرة أخرى.
staff-error-code = هذا الرمز غير صحيح، أو سبق استخدامه. تتغيّر الرموز كل 30 ثانية.
staff-error-password-short = يُرجى اختيار كلمة مرور لا تقل عن 12 حرفاً. استخدام بضع كلمات لا رابط بينها طريقة جيدة.
staff-error-password-long = يُرجى اختيار كلمة مرور لا تزيد على 256 حرفاً.
staff-error-password-mismatch = كلمتا المرور غير متطابقتين.
staff-error-password-like-email = يُرجى اختيار كلمة مرور لا تحتوي على عنوان بريدك الإلكتروني.
staff-error-password-simple = يُرجى اختيار كلمة مرور تحتوي على أحرف أكثر تنوعاً.
staff-error-current-password = كلمة المرور الحالية غير صحيحة.
staff-error-link-unknown = هذا الرابط غير صالح. يُرجى التأكد من نسخه كاملاً.
staff-error-link-expired = انتهت صلاحية هذا الرابط أو سبق استخدامه. يُرجى طلب رابط جديد.
staff-error-age = يجب أن يكون العمر عدداً صحيحاً من 0 إلى 120.
staff-error-listing-field = { $field }: { $problem }
staff-error-no-change = لم يتغيّر شيء. يُرجى تعديل أحد الحقول، أو استخدام «معلومات هذه الخدمة صحيحة» بدلاً من ذلك.
staff-error-already-reviewed = سبق أن وافق شخص آخر على هذا التغيير أو رفضه.
staff-error-reason = يُرجى كتابة سبب لا يزيد على 2000 حرف: سيطّلع عليه مقدّم الخدمة.
staff-error-organization-name = يُرجى إدخال اسم المنظمة (200 حرف كحد أقصى).
staff-error-organization-slug = لا يجوز أن يحتوي الاسم المختصر إلا على أحرف لاتينية صغيرة وأرقام وشرطات مفردة، مثل «solace-women».
staff-error-organization-website = يجب أن يبدأ عنوان الموقع الإلكتروني بـ https://
staff-error-organization-exists = توجد بالفعل منظمة بهذا الاسم المختصر.
staff-error-organization-needed = يُرجى اختيار منظمة واحدة على الأقل لحساب مقدّم الخدمة أو أخصائي الحالات.
staff-error-user-exists = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا.
staff-error-date = تُكتب التواريخ بصيغة السنة-الشهر-اليوم، مثل 2026-11-29.

staff-done-revision-sent = تم إرسال التغيير. سيراجعه أحد المشرفين قبل نشره.
staff-done-confirmed = شكراً لك. تُظهر صفحة الخدمة الآن تاريخ اليوم بوصفه تاريخ آخر مراجعة.
staff-done-approved = تمت الموافقة على التغيير وأصبح منشوراً.
staff-done-rejected = تم رفض التغيير، وسيطّلع مقدّم الخدمة على السبب الذي ذكرته.
staff-done-password-changed = تم تغيير كلمة المرور، وتم تسجيل الخروج من جلساتك الأخرى.
staff-done-language-changed = تم حفظ اللغة التي اخترتها.
staff-done-invited = تم إنشاء الحساب وإرسال رابط الإعداد بالبريد الإلكتروني.
staff-done-organization-created = تم إنشاء المنظمة.
staff-done-user-disabled = تم تعطيل الحساب وتسجيل خروجه.
staff-done-user-enabled = تمت إعادة تفعيل الحساب.
staff-done-memberships-changed = تم تحديث المنظمات المرتبطة بالحساب.
staff-done-password-reset = تم تغيير كلمة المرور. يمكنك الآن تسجيل الدخول بها.
staff-done-reset-sent = إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطاً لاختيار كلمة مرور جديدة. يبقى الرابط صالحاً لمدة ساعة واحدة.

staff-setup-title = إعداد حسابك
staff-reset-title = اختيار كلمة مرور جديدة
staff-setup-for = الحساب: { $email }
staff-link-title = الرابط غير صالح
staff-new-password = كلمة المرور الجديدة
staff-new-password-hint = 12 حرفاً على الأقل. بضع كلمات لا رابط بينها سهلة التذكّر وصعبة التخمين.
staff-confirm-password = إعادة كتابة كلمة المرور الجديدة
staff-save-password = حفظ كلمة المرور
staff-enrol-title = إعداد تطبيق المصادقة
staff-enrol-intro = يحتاج كل حساب موظف إلى خطوة ثانية عند تسجيل الدخول. يُرجى مسح هذا الرمز باستخدام تطبيق مصادقة على هاتفك (مثل Microsoft Authenticator أو Google Authenticator أو FreeOTP).
staff-enrol-manual = إذا تعذّر عليك مسحه، يمكنك كتابة هذا المفتاح في التطبيق بدلاً من ذلك:
staff-enrol-code = الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق
staff-enrol-confirm = تأكيد
staff-recovery-title = رموز الاسترداد
staff-recovery-intro = يُرجى حفظ هذه الرموز في مكان آمن، مثل برنامج لإدارة كلمات المرور. يتيح لك كل رمز منها تسجيل الدخول مرة واحدة إذا فقدت هاتفك. لن تُعرض هذه الرموز مرة أخرى.
staff-recovery-remaining = { $count ->
    [zero] ليس لديك أي رمز استرداد غير مستخدم.
    [one] لديك رمز استرداد واحد غير مستخدم.
    [two] لديك رمزا استرداد غير مستخدمين.
    [few] لديك { $count } رموز استرداد غير مستخدمة.
    [many] لديك { $count } رمزاً غير مستخدم من رموز الاسترداد.
   *[other] لديك { $count } رمز استرداد غير مستخدم.
}
staff-recovery-new = إنشاء رموز استرداد جديدة (ستتوقف الرموز القديمة عن العمل)
staff-forgot-title = إعادة تعيين كلمة المرور
staff-forgot-intro = يُرجى إدخال عنوان البريد الإلكتروني لحسابك. سنرسل إليك بالبريد الإلكتروني رابطاً لاختيار كلمة مرور جديدة.
staff-forgot-send = إرسال الرابط
staff-mail-reset-subject = إعادة تعيين كلمة المرور في بوابة ضحايا الجريمة في لندن
staff-mail-reset-body = طلب أحدهم إعادة تعيين كلمة المرور لحساب الموظف الخاص بك في بوابة ضحايا الجريمة في لندن. لاختيار كلمة مرور جديدة، يُرجى فتح هذا الرابط خلال ساعة واحدة:

    { $link }

    إذا لم يصدر هذا الطلب عنك، يُرجى تجاهل هذه الرسالة: ستبقى كلمة المرور الخاصة بك كما هي.
staff-mail-invite-subject = حساب الموظف الخاص بك في بوابة ضحايا الجريمة في لندن
staff-mail-invite-body = أنشأ أحد المشرفين حساب موظف لك في بوابة ضحايا الجريمة في لندن. لاختيار كلمة المرور وإعداد تطبيق المصادقة، يُرجى فتح هذا الرابط خلال 72 ساعة:

    { $link }

staff-home-title = الصفحة الرئيسية للموظفين
staff-role-admin = لديك صلاحيات المشرف.
staff-role-provider = مهمتك إبقاء صفحات خدمات منظمتك محدَّثة.
staff-role-caseworker = لديك صلاحيات أخصائي الحالات.
staff-member-of = المنظمات: { $organizations }
staff-home-services = { $count ->
    [zero] لا توجد صفحات خدمات عليك تحديثها
    [one] صفحة خدمة واحدة عليك إبقاؤها محدَّثة
    [two] صفحتا خدمة عليك إبقاؤهما محدَّثتين
    [few] { $count } صفحات خدمات عليك إبقاؤها محدَّثة
    [many] { $count } صفحةَ خدمة عليك إبقاؤها محدَّثة
   *[other] { $count } صفحة خدمة عليك إبقاؤها محدَّثة
}
staff-home-pending = { $count ->
    [zero] لا توجد تغييرات بانتظار الموافقة
    [one] تغيير واحد بانتظار الموافقة
    [two] تغييران بانتظار الموافقة
    [few] { $count } تغييرات بانتظار الموافقة
    [many] { $count } تغييراً بانتظار الموافقة
   *[other] { $count } تغيير بانتظار الموافقة
}
staff-home-stale = { $count ->
    [zero] لا توجد صفحات خدمات لم تُؤكَّد منذ ستة أشهر
    [one] صفحة خدمة واحدة لم تُؤكَّد منذ ستة أشهر
    [two] صفحتا خدمة لم تُؤكَّدا منذ ستة أشهر
    [few] { $count } صفحات خدمات لم تُؤكَّد منذ ستة أشهر
    [many] { $count } صفحةَ خدمة لم تُؤكَّد منذ ستة أشهر
   *[other] { $count } صفحة خدمة لم تُؤكَّد منذ ستة أشهر
}
staff-home-directory = البحث عن الخدمات في الدليل
staff-account-title = حسابك
staff-language = اللغة
staff-save = حفظ
staff-change-password = تغيير كلمة المرور
staff-current-password = كلمة المرور الحالية

staff-services-title = صفحات خدماتك
staff-services-none = لا توجد صفحات خدمات مرتبطة بحسابك بعد. يُرجى الطلب من أحد المشرفين إضافة منظمتك.
staff-never-confirmed = لم يؤكدها مقدّم الخدمة قط
staff-confirmed-on = آخر تأكيد بتاريخ { $date }
staff-last-confirmed = آخر تأكيد
staff-revision-pending = هناك تغيير بانتظار الموافقة.
staff-revision-rejected = لم تتم الموافقة على آخر تغيير أرسلته: { $reason }
staff-revision-approved = تمت الموافقة بتاريخ { $date } على آخر تغيير أرسلته.
staff-edit = تعديل
staff-confirm-correct = معلومات هذه الخدمة صحيحة
staff-edit-title = تعديل { $name }
staff-edit-intro = يُرجى تعديل أي معلومات غير صحيحة. يراجع أحد المشرفين كل تغيير قبل نشره.
staff-edit-pending = يعرض هذا النموذج التغيير الذي أرسلته والذي ما زال بانتظار الموافقة. إرساله مرة أخرى يحلّ محلّ التغيير السابق.
staff-listing-about = عن الخدمة
staff-listing-availability = التوفّر
staff-listing-contact = التواصل
staff-listing-languages = اللغات
staff-listing-submit = إرسال للموافقة
staff-hint-one-per-line = عنصر واحد في كل سطر.
staff-capacity-unstated = غير محدد
staff-closure-message = رسالة تظهر أثناء الإغلاق
staff-closure-until = مغلقة حتى (اختياري)
staff-phone-n = الهاتف { $n }
staff-phone-number = الرقم
staff-phone-kind = النوع
staff-phone-kind-voice = مكالمات صوتية
staff-phone-kind-sms = رسائل نصية
staff-phone-kind-textphone = الهاتف النصي
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = ملاحظة (اختياري)
staff-hours-hint = الأوقات بتوقيت لندن، بصيغة HH:MM. إذا كان وقت الإغلاق قبل وقت الفتح، فهذا يعني أن الفترة تمتد إلى ما بعد منتصف الليل، و24:00 تعني نهاية اليوم. لحذف صف، يُرجى تركه فارغاً.
staff-hours-n = أوقات العمل { $n }
staff-hours-opens = وقت الفتح
staff-hours-closes = وقت الإغلاق
staff-hours-note = ملاحظة (اختياري)
staff-languages-hint = رموز اللغات المكوّنة من حرفين أو ثلاثة أحرف، مفصولة بفواصل، مثل «en, so, ar».
staff-places-hint = لا يظهر عنوان المكان السري (مثل دار إيواء أو منزل آمن) في أي مكان على الإطلاق: يُحذف أي عنوان يُكتب له.
staff-place-n = المكان { $n }
staff-place-name = الاسم
staff-place-confidential = سري: لا يُعرض موقعه أبداً
staff-place-address = عنوان الشارع
staff-place-city = البلدة أو المدينة
staff-place-postcode = الرمز البريدي
staff-place-borough = البلدية
staff-place-borough-none = لا يقع ضمن أي من بلديات لندن
staff-place-description = ملاحظة (اختياري)

staff-field-id = المعرّف
staff-field-name = الاسم
staff-field-organization = المنظمة
staff-field-description = الوصف
staff-field-offers = ما تقدّمه الخدمة
staff-field-eligibility_description = لمن هذه الخدمة
staff-field-url = الموقع الإلكتروني
staff-field-email = البريد الإلكتروني
staff-field-chat_url = الدردشة عبر الإنترنت
staff-field-phones = أرقام الهاتف
staff-field-schedules = أوقات العمل
staff-field-languages = اللغات المستخدمة
staff-field-interpretation_services = الترجمة الفورية
staff-field-areas = المناطق التي تغطيها الخدمة
staff-field-situations = الحالات التي تساعد فيها
staff-field-needs = الاحتياجات التي تلبّيها
staff-field-groups = الفئات التي تتخصص فيها
staff-field-fees = الرسوم
staff-field-minimum_age = الحد الأدنى للعمر
staff-field-maximum_age = الحد الأقصى للعمر
staff-field-accepts_online_contact = تقبل طلبات التواصل عبر البوابة
staff-field-locations = الأماكن
staff-field-translations = الترجمات
staff-field-capacity = الطاقة الاستيعابية
staff-field-capacity_note = ملاحظة حول الطاقة الاستيعابية (مثلاً، مدة الانتظار)
staff-field-closure = مغلقة مؤقتاً

staff-queue-title = تغييرات بانتظار الموافقة
staff-queue-empty = لا توجد تغييرات بانتظار الموافقة.
staff-proposed-by = أرسله { $email } بتاريخ { $date }
staff-revision-title = تغيير على صفحة خدمة
staff-revision-heading = تغيير على { $name }
staff-revision-changed-since = تغيّرت الصفحة المنشورة منذ إجراء هذا التغيير. يقارن الجدول التغيير بالصفحة المنشورة حالياً.
staff-diff-caption = ما الذي سيتغيّر
staff-diff-field = الحقل
staff-diff-before = الحالي
staff-diff-after = المقترح
staff-approve = الموافقة والنشر
staff-reject = رفض
staff-reject-reason = سبب الرفض (سيطّلع عليه مقدّم الخدمة)
staff-status-approved = تمت الموافقة
staff-status-rejected = مرفوض
staff-status-withdrawn = استُبدل بتغيير أحدث
staff-status-pending = قيد الانتظار

staff-organizations-title = المنظمات
staff-organization-new = إضافة منظمة
staff-organization-name = الاسم
staff-organization-slug = الاسم المختصر
staff-organization-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات، مثل «solace-women». لا يمكن تغييره لاحقاً.
staff-organization-website = الموقع الإلكتروني (اختياري)
staff-organization-create = إضافة المنظمة
staff-organization-services = صفحات الخدمات
staff-organization-members = حسابات الموظفين

staff-users-title = حسابات الموظفين
staff-invite-title = إنشاء حساب
staff-invite-intro = سيتلقى الشخص رسالة بريد إلكتروني تتضمن رابطاً لاختيار كلمة مرور وإعداد تطبيق المصادقة.
staff-invite-organizations = المنظمات (لاختيار أكثر من منظمة، يُرجى الضغط باستمرار على Ctrl أو ⌘)
staff-invite-send = إنشاء الحساب وإرسال الرابط
staff-role = الدور
staff-role-name-admin = مشرف
staff-role-name-provider = مقدّم خدمة
staff-role-name-caseworker = أخصائي حالات
staff-user-organizations = المنظمات
staff-user-state = الحالة
staff-user-actions = الإجراءات
staff-user-active = نشط
staff-user-invited = تمت دعوته، ولم يُكمل الإعداد بعد
staff-user-locked = مقفل مؤقتاً
staff-user-disabled = معطّل
staff-user-disable = تعطيل
staff-user-enable = تفعيل
staff-membership-add = إضافة إلى منظمة
staff-membership-add-button = إضافة

staff-stale-title = صفحات خدمات لم تُؤكَّد منذ ستة أشهر
staff-stale-count = { $count ->
    [zero] لا توجد صفحات خدمات لم يؤكدها مقدّمو الخدمات منذ ستة أشهر أو أكثر.
    [one] هناك صفحة خدمة واحدة لم يؤكدها مقدّم الخدمة منذ ستة أشهر أو أكثر.
    [two] هناك صفحتا خدمة لم يؤكدهما مقدّمو الخدمات منذ ستة أشهر أو أكثر.
    [few] هناك { $count } صفحات خدمات لم يؤكدها مقدّمو الخدمات منذ ستة أشهر أو أكثر.
    [many] هناك { $count } صفحةَ خدمة لم يؤكدها مقدّمو الخدمات منذ ستة أشهر أو أكثر.
   *[other] هناك { $count } صفحة خدمة لم يؤكدها مقدّمو الخدمات منذ ستة أشهر أو أكثر.
}

staff-audit-title = سجل التدقيق
staff-audit-when = الوقت (UTC)
staff-audit-actor = الشخص
staff-audit-action = الإجراء
staff-audit-any = أي إجراء
staff-audit-target = السجل
staff-audit-from = من تاريخ
staff-audit-to = إلى تاريخ
staff-audit-filter = تصفية
staff-audit-change = قبل وبعد
staff-audit-show = عرض
staff-audit-older = إدخالات أقدم

staff-nav-inbox = صندوق الوارد
staff-inbox-title = صندوق الوارد
staff-inbox-empty = لا توجد طلبات تواصل بعد.
staff-inbox-admin-counts = يرى المشرفون عدد الطلبات فقط، ولا يرون محتواها أبداً.
staff-inbox-received = ورد بتاريخ { $date }
staff-done-status-changed = تم حفظ الحالة.
staff-contact-heading = طلب التواصل { $reference }
staff-contact-name = الاسم المطلوب استخدامه
staff-contact-method = طريقة التواصل مع الشخص
staff-contact-message = الرسالة
staff-contact-safe-times = الأوقات الآمنة
staff-contact-help = المساعدة المطلوبة
staff-contact-interpreter = المترجم الفوري
staff-contact-language = لغة النموذج
staff-contact-status = الحالة
staff-contact-status-new = جديد
staff-contact-status-contacting = جارٍ محاولة التواصل
staff-contact-status-engaged = تم التواصل
staff-contact-status-helped = تمت المساعدة
staff-contact-status-declined = تم الرفض
staff-contact-status-closed = مغلق
staff-mail-new-request-subject = طلب تواصل جديد
staff-mail-new-request-body = طلب أحدهم أن تتواصل معه إحدى خدمات منظمتك. يُرجى تسجيل الدخول لقراءة الطلب:

    { $link }

    حفاظاً على سلامة هذا الشخص، لا تتضمن هذه الرسالة أي معلومات عنه.
staff-contact-timeline = السجل
staff-contact-timeline-entry = { $date }: غيّر { $email } الحالة إلى «{ $status }»
staff-membership-remove = إزالة
staff-membership-remove-label = إزالة من { $organization }
