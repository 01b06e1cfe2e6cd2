# الإحالات من أخصائيي الحالات، وما تشترك فيه طلبات التواصل والإحالات في صندوق الوارد لدى مقدّم الخدمة:
# الإسناد، والملاحظات الداخلية، والسجل، ورسائل البريد الإلكتروني المتعلقة بها (دون أي معلومات شخصية أبداً).

## نموذج الإحالة
referral-client-heading = العميل
referral-name-label = اسم يمكن للخدمة استخدامه للعميل
referral-name-hint = يكفي الاسم الأول أو الأحرف الأولى من الاسم أو اسم مستعار.
referral-method-legend = كيف ينبغي أن تتواصل الخدمة مع العميل؟
referral-method-phone = مكالمة هاتفية
referral-method-text = رسالة نصية
referral-method-email = البريد الإلكتروني
referral-method-none = عن طريقي أنا، أخصائي الحالات
referral-detail-label = رقم هاتف العميل أو عنوان بريده الإلكتروني
referral-safe-times-label = متى يكون التواصل مع العميل آمناً؟ (اختياري)
referral-message-legend = هل يمكن للخدمة أن تترك رسالة؟
referral-message-yes = نعم، يمكن ترك رسالة
referral-message-no = لا، يُرجى عدم ترك أي رسالة أبداً
referral-language-label = لغة العميل
referral-interpreter-label = الحاجة إلى مترجم فوري (اللغة، إن لم تكن إحدى هذه اللغات)
referral-need-heading = ما يحتاج إليه العميل
referral-help-label = ما المساعدة التي يحتاج إليها العميل؟
referral-risk-label = المخاطر التي ينبغي أن تعلم بها الخدمة
referral-risk-hint = مثلاً مستوى تقييم المخاطر، أو إحالة إلى MARAC، أو ما إذا كان الشخص المتسبب في الأذى يستطيع الاطلاع على هاتف العميل.
referral-urgency-legend = درجة الاستعجال
referral-urgency-routine = عادية
referral-urgency-soon = قريباً: خلال أسبوع
referral-urgency-urgent = عاجلة: خلال يوم عمل واحد
referral-consent-heading = الموافقة
referral-consent-label = وافق العميل على هذه الإحالة (أو وافق عليها شخص يحق له الموافقة نيابةً عنه).
referral-consent-by-legend = من الذي أعطى الموافقة؟
referral-consent-by-client = العميل
referral-consent-by-parent-or-carer = أحد الوالدين أو مقدّم الرعاية (في حالة الطفل)
referral-consent-by-legal-authority = شخص يملك صلاحية قانونية للتصرف نيابةً عن العميل
referral-consent-on-label = تاريخ إعطاء الموافقة
referral-shares-legend = تسمح لي الموافقة بمشاركة
referral-share-contact-details = بيانات الاتصال الخاصة بالعميل
referral-share-situation = ما حدث والمساعدة المطلوبة
referral-share-risk = معلومات عن المخاطر
referral-notes-label = أي معلومات أخرى ينبغي أن تعرفها الخدمة (اختياري)
referral-send = إرسال الإحالة

## مشكلات في النموذج
referral-error-name = يُرجى كتابة اسم يمكن للخدمة استخدامه للعميل (100 حرف على الأكثر).
referral-error-method = يُرجى اختيار الطريقة التي ينبغي أن تتواصل بها الخدمة مع العميل.
referral-error-message = يُرجى تحديد ما إذا كان يمكن للخدمة أن تترك رسالة.
referral-error-urgency = يُرجى تحديد درجة استعجال الإحالة.
referral-error-consent = تتطلب الإحالة موافقة: يُرجى تأكيد أن الموافقة قد أُعطيت.
referral-error-consent-by = يُرجى تحديد من أعطى الموافقة.
referral-error-consent-date = يُرجى إدخال تاريخ إعطاء الموافقة، على أن يكون تاريخاً صحيحاً وليس في المستقبل.
referral-error-share-contact = لا تشمل الموافقة بيانات الاتصال: يُرجى اختيار «عن طريقي أنا، أخصائي الحالات»، أو تحديد خيار بيانات الاتصال إذا وافق العميل على ذلك.
referral-error-share-situation = لا تشمل الموافقة ما حدث: يُرجى ترك خانة المساعدة المطلوبة فارغة، أو تحديد هذا الخيار إذا وافق العميل على ذلك.
referral-error-share-risk = لا تشمل الموافقة المخاطر: يُرجى ترك خانة المخاطر فارغة، أو تحديد هذا الخيار إذا وافق العميل على ذلك.
referral-error-decline-reason = يُرجى اختيار سبب رفض الإحالة.

## الحالات والأسباب
referral-status-sent = تم الإرسال
referral-status-received = تم الاستلام
referral-status-accepted = تم القبول
referral-status-contacting = جارٍ محاولة التواصل
referral-status-engaged = تم التواصل
referral-status-helped = تمت المساعدة
referral-status-declined = تم الرفض
referral-status-closed = مغلق
referral-reason-not-eligible = غير مؤهل
referral-reason-no-capacity = لا تتوفر طاقة استيعابية
referral-reason-could-not-contact = تعذّر التواصل
referral-reason-no-longer-wanted = لم تعد هناك حاجة إليها

## صفحات أخصائيي الحالات
staff-nav-referrals = إحالاتي
staff-nav-refer = إحالة عميل
staff-referrals-title = إحالاتي
staff-referrals-new = إحالة عميل
staff-referrals-none = لم ترسل أي إحالات بعد.
staff-referral-updated = آخر تغيير بتاريخ { $date }
staff-referral-news = تم تحديثها منذ آخر اطّلاع لك عليها
staff-referral-find-title = البحث عن خدمة للإحالة إليها
staff-referral-find-label = كلمات تصف الخدمة أو المساعدة المطلوبة
staff-referral-find-button = بحث
staff-referral-find-none = لا توجد صفحة خدمة تطابق هذه الكلمات. يُرجى تجربة كلمات أخرى.
staff-referral-listing = عرض صفحة الخدمة
staff-referral-refer = إحالة عميل إلى هذه الخدمة
staff-referral-new-title = إحالة عميل إلى { $service }
staff-referral-not-receivable = لا تستقبل هذه الخدمة الإحالات عبر البوابة بعد. يُرجى التواصل معها بالطريقة المذكورة في صفحة الخدمة.
staff-referral-heading = الإحالة { $reference }
staff-referral-service = الخدمة
staff-referral-referrer = المُحيل
staff-referral-sent = تاريخ الإرسال
staff-referral-consent = أعطاها { $who } بتاريخ { $date }، لمشاركة: { $shares }
staff-referral-withdraw = سحب الإحالة
staff-referral-withdraw-hint = إذا لم يعد العميل بحاجة إلى هذه الخدمة، يُرجى سحب الإحالة: سيتم إبلاغ الخدمة بذلك، وستُغلق الإحالة.
staff-referral-from = من { $email }، بتاريخ { $date }
staff-referral-reason-label = السبب، في حالة الرفض
staff-referral-reason-hint = مطلوب فقط عند رفض الإحالة.

## صندوق الوارد لدى مقدّمي الخدمات
staff-inbox-requests = طلبات التواصل
staff-inbox-referrals = الإحالات
staff-inbox-no-referrals = لا توجد إحالات بعد.
staff-assigned-to = مُسنَد إلى { $email }
staff-assign-heading = مُسنَد إلى
staff-assign-label = الزميل المسؤول عن المتابعة
staff-assign-nobody = لا أحد بعد
staff-assign = إسناد
staff-notes-title = ملاحظات داخلية
staff-notes-private = لا يطّلع على هذه الملاحظات إلا أفراد منظمتك، ولا يستطيع أخصائي الحالات ولا العميل قراءتها.
staff-notes-none = لا توجد ملاحظات بعد.
staff-note-label = ملاحظة جديدة
staff-note-hint = 2000 حرف على الأكثر.
staff-note-add = إضافة الملاحظة
staff-note-meta = { $date }، { $email }
staff-error-note-empty = الملاحظة فارغة. يُرجى كتابة شيء ما، أو الرجوع.
staff-error-note-long = الملاحظة أطول من 2000 حرف. يُرجى اختصارها.
staff-back = رجوع
staff-timeline-someone = شخص ما
staff-timeline-assigned = { $date }: أسنده { $email } إلى { $assignee }
staff-timeline-unassigned = { $date }: ألغى { $email } الإسناد
staff-done-assigned = تم حفظ الإسناد.
staff-done-note-added = تم حفظ الملاحظة.
staff-done-referral-sent = تم إرسال الإحالة. ستصلك رسالة بريد إلكتروني عندما تحدّثها الخدمة.
staff-done-referral-withdrawn = تم سحب الإحالة.

## رسائل البريد الإلكتروني: رابط لتسجيل الدخول، ودون أي معلومات عن الشخص أبداً
staff-mail-new-referral-subject = إحالة جديدة
staff-mail-new-referral-body = أحال أحد أخصائيي الحالات شخصاً إلى إحدى خدمات منظمتك. يُرجى تسجيل الدخول لقراءة الإحالة:

    { $link }
staff-mail-referral-update-subject = طرأ تغيير على إحدى الإحالات
staff-mail-referral-update-body = هناك تحديث بشأن إحدى الإحالات. يُرجى تسجيل الدخول للاطلاع عليه:

    { $link }
staff-mail-assigned-subject = تم إسناد عنصر إليك
staff-mail-assigned-body = أسند إليك أحد زملائك عنصراً في صندوق الوارد الخاص بمنظمتك. يُرجى تسجيل الدخول للاطلاع عليه:

    { $link }
