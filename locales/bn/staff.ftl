staff-site-name = লন্ডন ভুক্তভোগী সহায়তা পোর্টাল: কর্মীদের অংশ
staff-sign-in-title = সাইন ইন করুন
staff-sign-in = সাইন ইন করুন
staff-sign-out = সাইন আউট করুন
staff-email = ইমেইল ঠিকানা
staff-password = পাসওয়ার্ড
staff-forgot-link = পাসওয়ার্ড ভুলে গেছেন?
staff-code-title = আপনার কোড লিখুন
staff-code = কোড
staff-code-hint = আপনার অথেন্টিকেটর অ্যাপে দেখানো ছয় অঙ্কের কোড, অথবা আপনার রিকভারি কোডগুলোর যেকোনো একটি।
staff-continue = চালিয়ে যান
staff-back-home = কর্মীদের মূল পাতায় ফিরে যান
staff-nav-label = কর্মীদের পাতা
staff-nav-home = মূল পাতা
staff-nav-services = তালিকাভুক্তি
staff-nav-moderation = অনুমোদনের অপেক্ষায় থাকা পরিবর্তন
staff-nav-stale = নিশ্চিত না করা তালিকাভুক্তি
staff-nav-organizations = সংস্থা
staff-nav-users = অ্যাকাউন্ট
staff-nav-audit = অডিট লগ
staff-nav-account = আপনার অ্যাকাউন্ট

staff-error-title = কিছু একটা সমস্যা হয়েছে
staff-error-summary = একটি সমস্যা আছে
staff-error-signed-out = আপনার সেশন শেষ হয়ে গেছে। অনুগ্রহ করে আবার সাইন ইন করুন।
staff-error-forbidden = আপনার অ্যাকাউন্ট দিয়ে এটি করা যায় না।
staff-error-form-expired = এই ফর্মের মেয়াদ শেষ হয়ে গেছে। আগের পাতায় ফিরে যান, পাতাটি আবার লোড করুন এবং আবার চেষ্টা করুন।
staff-error-not-found = এই পাতাটি নেই, অথবা আপনার অ্যাকাউন্ট এটি দেখতে পারে না।
staff-error-bad-form = ফর্মটি পড়া যায়নি। পাতাটি আবার লোড করে আবার চেষ্টা করুন।
staff-error-email = একটি ইমেইল ঠিকানা লিখুন, যেমন: name@example.org
staff-error-credentials = ইমেইল ঠিকানা অথবা পাসওয়ার্ড সঠিক নয়।
staff-error-account-locked = অনেকবার ব্যর্থ চেষ্টার কারণে এই অ্যাকাউন্টটি 15 মিনিটের জন্য লক করা হয়েছে। পরে আবার চেষ্টা করুন, অথবা আপনার পাসওয়ার্ড রিসেট করুন।
staff-error-too-many-attempts = এই নেটওয়ার্ক থেকে অনেকবার ব্যর্থ চেষ্টা করা হয়েছে। 15 মিনিট অপেক্ষা করে আবার চেষ্টা করুন।
staff-error-code = কোডটি সঠিক নয়, অথবা এটি আগেই ব্যবহার করা হয়েছে। কোড প্রতি 30 সেকেন্ডে বদলে যায়।
staff-error-password-short = কমপক্ষে 12 অক্ষরের একটি পাসওয়ার্ড বেছে নিন। পরস্পর সম্পর্কহীন কয়েকটি শব্দ ব্যবহার করা ভালো।
staff-error-password-long = সর্বোচ্চ 256 অক্ষরের একটি পাসওয়ার্ড বেছে নিন।
staff-error-password-mismatch = দুটি পাসওয়ার্ড এক নয়।
staff-error-password-like-email = এমন একটি পাসওয়ার্ড বেছে নিন যাতে আপনার ইমেইল ঠিকানা নেই।
staff-error-password-simple = আরও বেশি ভিন্ন ভিন্ন অক্ষর দিয়ে একটি পাসওয়ার্ড বেছে নিন।
staff-error-current-password = আপনার বর্তমান পাসওয়ার্ডটি সঠিক নয়।
staff-error-link-unknown = এই লিংকটি বৈধ নয়। দেখে নিন আপনি পুরো লিংকটি কপি করেছেন কি না।
staff-error-link-expired = এই লিংকের মেয়াদ শেষ হয়ে গেছে অথবা এটি আগেই ব্যবহার করা হয়েছে। একটি নতুন লিংক চেয়ে নিন।
staff-error-age = বয়স 0 থেকে 120-এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে।
staff-error-listing-field = { $field }: { $problem }
staff-error-no-change = কিছুই পরিবর্তন করা হয়নি। কোনো একটি ঘর পরিবর্তন করুন, অথবা এর বদলে "এই তালিকাভুক্তিটি সঠিক" ব্যবহার করুন।
staff-error-already-reviewed = অন্য কেউ ইতিমধ্যে এই পরিবর্তনটি অনুমোদন বা প্রত্যাখ্যান করেছেন।
staff-error-reason = সর্বোচ্চ 2,000 অক্ষরে একটি কারণ লিখুন: সেবাদাতা এটি দেখতে পাবে।
staff-error-organization-name = সংস্থার নাম লিখুন (সর্বোচ্চ 200 অক্ষর)।
staff-error-organization-slug = সংক্ষিপ্ত নামে শুধু ছোট হাতের ইংরেজি অক্ষর, অঙ্ক এবং একক হাইফেন থাকতে পারে, যেমন "solace-women"।
staff-error-organization-website = ওয়েবসাইটের ঠিকানা অবশ্যই https:// দিয়ে শুরু হতে হবে।
staff-error-organization-exists = এই সংক্ষিপ্ত নামে একটি সংস্থা আগে থেকেই আছে।
staff-error-organization-needed = সেবাদাতা বা কেসওয়ার্কারের জন্য অন্তত একটি সংস্থা বেছে নিন।
staff-error-user-exists = এই ইমেইল ঠিকানা দিয়ে একটি অ্যাকাউন্ট আগে থেকেই আছে।
staff-error-date = তারিখ বছর-মাস-দিন ক্রমে লিখুন, যেমন 2026-11-29।

staff-done-revision-sent = আপনার পরিবর্তন পাঠানো হয়েছে। প্রকাশের আগে একজন প্রশাসক এটি যাচাই করবেন।
staff-done-confirmed = ধন্যবাদ। তালিকাভুক্তিতে এখন সর্বশেষ যাচাইয়ের তারিখ হিসেবে আজকের তারিখ দেখানো হচ্ছে।
staff-done-approved = পরিবর্তনটি অনুমোদিত ও প্রকাশিত হয়েছে।
staff-done-rejected = পরিবর্তনটি প্রত্যাখ্যান করা হয়েছে; সেবাদাতা আপনার দেওয়া কারণটি দেখতে পাবে।
staff-done-password-changed = আপনার পাসওয়ার্ড পরিবর্তন করা হয়েছে। আপনার অন্য সব সেশন থেকে সাইন আউট করা হয়েছে।
staff-done-language-changed = আপনার ভাষা সংরক্ষণ করা হয়েছে।
staff-done-invited = অ্যাকাউন্টটি তৈরি করা হয়েছে এবং সেট আপ করার একটি লিংক ইমেইলে পাঠানো হয়েছে।
staff-done-organization-created = সংস্থাটি তৈরি করা হয়েছে।
staff-done-user-disabled = অ্যাকাউন্টটি নিষ্ক্রিয় করা হয়েছে এবং সাইন আউট করে দেওয়া হয়েছে।
staff-done-user-enabled = অ্যাকাউন্টটি আবার সক্রিয় করা হয়েছে।
staff-done-memberships-changed = অ্যাকাউন্টের সংস্থাগুলো হালনাগাদ করা হয়েছে।
staff-done-password-reset = আপনার পাসওয়ার্ড পরিবর্তন করা হয়েছে। এখন নতুন পাসওয়ার্ড দিয়ে সাইন ইন করুন।
staff-done-reset-sent = ওই ঠিকানা দিয়ে কোনো অ্যাকাউন্ট থাকলে, নতুন পাসওয়ার্ড বেছে নেওয়ার জন্য আমরা সেই ঠিকানায় একটি লিংক ইমেইল করেছি। লিংকটি এক ঘণ্টা পর্যন্ত কাজ করবে।

staff-setup-title = আপনার অ্যাকাউন্ট সেট আপ করুন
staff-reset-title = একটি নতুন পাসওয়ার্ড বেছে নিন
staff-setup-for = অ্যাকাউন্ট: { $email }
staff-link-title = লিংকটি বৈধ নয়
staff-new-password = নতুন পাসওয়ার্ড
staff-new-password-hint = কমপক্ষে 12 অক্ষর। পরস্পর সম্পর্কহীন কয়েকটি শব্দ মনে রাখা সহজ, কিন্তু অনুমান করা কঠিন।
staff-confirm-password = নতুন পাসওয়ার্ডটি আবার লিখুন
staff-save-password = পাসওয়ার্ড সংরক্ষণ করুন
staff-enrol-title = আপনার অথেন্টিকেটর অ্যাপ সেট আপ করুন
staff-enrol-intro = প্রতিটি কর্মী অ্যাকাউন্টে সাইন ইন করার সময় একটি দ্বিতীয় ধাপ প্রয়োজন। আপনার ফোনের একটি অথেন্টিকেটর অ্যাপ (যেমন Microsoft Authenticator, Google Authenticator বা FreeOTP) দিয়ে এই কোডটি স্ক্যান করুন।
staff-enrol-manual = স্ক্যান করতে না পারলে, এর বদলে এই কী-টি অ্যাপে টাইপ করুন:
staff-enrol-code = অ্যাপে দেখানো ছয় অঙ্কের কোড
staff-enrol-confirm = নিশ্চিত করুন
staff-recovery-title = রিকভারি কোড
staff-recovery-intro = এই কোডগুলো কোনো নিরাপদ জায়গায় রাখুন, যেমন একটি পাসওয়ার্ড ম্যানেজারে। আপনার ফোন হারিয়ে গেলে প্রতিটি কোড দিয়ে একবার সাইন ইন করা যাবে। এগুলো আর দেখানো হবে না।
staff-recovery-remaining = { $count ->
    [one] আপনার { $count }টি অব্যবহৃত রিকভারি কোড আছে।
   *[other] আপনার { $count }টি অব্যবহৃত রিকভারি কোড আছে।
}
staff-recovery-new = নতুন রিকভারি কোড তৈরি করুন (পুরোনো কোডগুলো আর কাজ করবে না)
staff-forgot-title = আপনার পাসওয়ার্ড রিসেট করুন
staff-forgot-intro = আপনার অ্যাকাউন্টের ইমেইল ঠিকানা লিখুন। নতুন পাসওয়ার্ড বেছে নেওয়ার জন্য আমরা আপনাকে একটি লিংক ইমেইল করব।
staff-forgot-send = লিংক পাঠান
staff-mail-reset-subject = আপনার লন্ডন ভুক্তভোগী সহায়তা পোর্টালের পাসওয়ার্ড রিসেট করুন
staff-mail-reset-body = কেউ আপনার লন্ডন ভুক্তভোগী সহায়তা পোর্টালের কর্মী অ্যাকাউন্টের পাসওয়ার্ড রিসেট করার অনুরোধ করেছেন। নতুন পাসওয়ার্ড বেছে নিতে, এক ঘণ্টার মধ্যে এই লিংকটি খুলুন:

    { $link }

    এই অনুরোধ আপনি না করে থাকলে, এই ইমেইলটি উপেক্ষা করুন: আপনার পাসওয়ার্ড যেমন আছে তেমনই থাকবে।
staff-mail-invite-subject = লন্ডন ভুক্তভোগী সহায়তা পোর্টালে আপনার কর্মী অ্যাকাউন্ট
staff-mail-invite-body = একজন প্রশাসক আপনার জন্য লন্ডন ভুক্তভোগী সহায়তা পোর্টালে একটি কর্মী অ্যাকাউন্ট তৈরি করেছেন। আপনার পাসওয়ার্ড বেছে নিতে এবং অথেন্টিকেটর অ্যাপ সেট আপ করতে, 72 ঘণ্টার মধ্যে এই লিংকটি খুলুন:

    { $link }

staff-home-title = কর্মীদের মূল পাতা
staff-role-admin = আপনি একজন প্রশাসক।
staff-role-provider = আপনি আপনার সংস্থার তালিকাভুক্তিগুলো হালনাগাদ রাখেন।
staff-role-caseworker = আপনি একজন কেসওয়ার্কার।
staff-member-of = সংস্থা: { $organizations }
staff-home-services = { $count ->
    [one] হালনাগাদ রাখার জন্য { $count }টি তালিকাভুক্তি
   *[other] হালনাগাদ রাখার জন্য { $count }টি তালিকাভুক্তি
}
staff-home-pending = { $count ->
    [one] অনুমোদনের জন্য { $count }টি পরিবর্তন
   *[other] অনুমোদনের জন্য { $count }টি পরিবর্তন
}
staff-home-stale = { $count ->
    [one] { $count }টি তালিকাভুক্তি ছয় মাস ধরে নিশ্চিত করা হয়নি
   *[other] { $count }টি তালিকাভুক্তি ছয় মাস ধরে নিশ্চিত করা হয়নি
}
staff-home-directory = ডিরেক্টরিতে সেবা খুঁজুন
staff-account-title = আপনার অ্যাকাউন্ট
staff-language = ভাষা
staff-save = সংরক্ষণ করুন
staff-change-password = আপনার পাসওয়ার্ড পরিবর্তন করুন
staff-current-password = বর্তমান পাসওয়ার্ড

staff-services-title = আপনার তালিকাভুক্তিগুলো
staff-services-none = আপনার অ্যাকাউন্টে এখনও কোনো তালিকাভুক্তি নেই। আপনার সংস্থাকে যুক্ত করার জন্য একজন প্রশাসককে বলুন।
staff-never-confirmed = সেবাদাতা কখনও নিশ্চিত করেনি
staff-confirmed-on = সর্বশেষ নিশ্চিত করা হয়েছে: { $date }
staff-last-confirmed = সর্বশেষ নিশ্চিতকরণ
staff-revision-pending = একটি পরিবর্তন অনুমোদনের অপেক্ষায় আছে।
staff-revision-rejected = আপনার সর্বশেষ পরিবর্তনটি অনুমোদিত হয়নি: { $reason }
staff-revision-approved = আপনার সর্বশেষ পরিবর্তনটি { $date } তারিখে অনুমোদিত হয়েছে।
staff-edit = সম্পাদনা করুন
staff-confirm-correct = এই তালিকাভুক্তিটি সঠিক
staff-edit-title = { $name } সম্পাদনা করুন
staff-edit-intro = যা কিছু সঠিক নয় তা পরিবর্তন করুন। প্রতিটি পরিবর্তন প্রকাশের আগে একজন প্রশাসক যাচাই করেন।
staff-edit-pending = এই ফর্মে আপনার সেই পরিবর্তনটি দেখানো হচ্ছে যা অনুমোদনের অপেক্ষায় আছে। আবার পাঠালে আগেরটির জায়গায় নতুনটি জমা হবে।
staff-listing-about = সেবা সম্পর্কে
staff-listing-availability = প্রাপ্যতা
staff-listing-contact = যোগাযোগ
staff-listing-languages = ভাষা
staff-listing-submit = অনুমোদনের জন্য পাঠান
staff-hint-one-per-line = প্রতি লাইনে একটি করে লিখুন।
staff-capacity-unstated = উল্লেখ করা হয়নি
staff-closure-message = বন্ধ থাকাকালীন বার্তা
staff-closure-until = যে তারিখ পর্যন্ত বন্ধ (ঐচ্ছিক)
staff-phone-n = ফোন { $n }
staff-phone-number = নম্বর
staff-phone-kind = ধরন
staff-phone-kind-voice = ভয়েস কল
staff-phone-kind-sms = টেক্সট মেসেজ
staff-phone-kind-textphone = টেক্সটফোন
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = নোট (ঐচ্ছিক)
staff-hours-hint = সময় লন্ডনের সময় অনুযায়ী HH:MM আকারে লিখুন। বন্ধের সময় খোলার সময়ের আগে হলে তা মধ্যরাত পেরিয়ে যায় বলে ধরা হয়; 24:00 মানে দিনের শেষ। কোনো সারি মুছে ফেলতে সেটি খালি রাখুন।
staff-hours-n = খোলার সময় { $n }
staff-hours-opens = খোলে
staff-hours-closes = বন্ধ হয়
staff-hours-note = নোট (ঐচ্ছিক)
staff-languages-hint = দুই বা তিন অক্ষরের ভাষা কোড, কমা দিয়ে আলাদা করে লিখুন, যেমন "en, so, ar"।
staff-places-hint = গোপন স্থানের (যেমন আশ্রয়কেন্দ্র বা নিরাপদ বাড়ি) ঠিকানা কোথাও কখনও দেখানো হয় না: এর জন্য কোনো ঠিকানা লিখলে তা বাদ দেওয়া হয়।
staff-place-n = স্থান { $n }
staff-place-name = নাম
staff-place-confidential = গোপন: এটি কোথায় তা কখনও দেখানো হবে না
staff-place-address = রাস্তার ঠিকানা
staff-place-city = শহর
staff-place-postcode = পোস্টকোড
staff-place-borough = বরো
staff-place-borough-none = লন্ডনের কোনো বরোর মধ্যে নয়
staff-place-description = নোট (ঐচ্ছিক)

staff-field-id = শনাক্তকারী
staff-field-name = নাম
staff-field-organization = সংস্থা
staff-field-description = বিবরণ
staff-field-offers = কী সেবা দেয়
staff-field-eligibility_description = কাদের জন্য
staff-field-url = ওয়েবসাইট
staff-field-email = ইমেইল
staff-field-chat_url = ওয়েব চ্যাট
staff-field-phones = ফোন নম্বর
staff-field-schedules = খোলার সময়
staff-field-languages = যে ভাষাগুলোতে কথা বলা হয়
staff-field-interpretation_services = দোভাষী সেবা
staff-field-areas = যে এলাকায় সেবা দেয়
staff-field-situations = যেসব পরিস্থিতিতে সাহায্য করে
staff-field-needs = যেসব প্রয়োজন পূরণ করে
staff-field-groups = যেসব গোষ্ঠীকে নিয়ে বিশেষভাবে কাজ করে
staff-field-fees = ফি
staff-field-minimum_age = সর্বনিম্ন বয়স
staff-field-maximum_age = সর্বোচ্চ বয়স
staff-field-accepts_online_contact = পোর্টালের মাধ্যমে যোগাযোগের অনুরোধ গ্রহণ করে
staff-field-locations = স্থান
staff-field-translations = অনুবাদ
staff-field-capacity = সক্ষমতা
staff-field-capacity_note = সক্ষমতা সম্পর্কে নোট (যেমন, কত দিন অপেক্ষা করতে হয়)
staff-field-closure = সাময়িকভাবে বন্ধ

staff-queue-title = অনুমোদনের অপেক্ষায় থাকা পরিবর্তন
staff-queue-empty = কোনো পরিবর্তন অপেক্ষায় নেই।
staff-proposed-by = { $email } { $date } তারিখে পাঠিয়েছেন
staff-revision-title = তালিকাভুক্তিতে পরিবর্তন
staff-revision-heading = { $name }-এ পরিবর্তন
staff-revision-changed-since = এই পরিবর্তনটি করার পর প্রকাশিত তালিকাভুক্তিটি বদলে গেছে। সারণিতে এটিকে বর্তমানে প্রকাশিত তালিকাভুক্তির সঙ্গে তুলনা করা হয়েছে।
staff-diff-caption = কী কী পরিবর্তন হচ্ছে
staff-diff-field = ঘর
staff-diff-before = বর্তমান
staff-diff-after = প্রস্তাবিত
staff-approve = অনুমোদন করে প্রকাশ করুন
staff-reject = প্রত্যাখ্যান করুন
staff-reject-reason = প্রত্যাখ্যানের কারণ (সেবাদাতা এটি দেখতে পাবে)
staff-status-approved = অনুমোদিত
staff-status-rejected = প্রত্যাখ্যাত
staff-status-withdrawn = নতুন পরিবর্তন দিয়ে প্রতিস্থাপিত
staff-status-pending = অপেক্ষমাণ

staff-organizations-title = সংস্থা
staff-organization-new = একটি সংস্থা যোগ করুন
staff-organization-name = নাম
staff-organization-slug = সংক্ষিপ্ত নাম
staff-organization-slug-hint = ছোট হাতের ইংরেজি অক্ষর, অঙ্ক এবং হাইফেন, যেমন "solace-women"। এটি পরে পরিবর্তন করা যাবে না।
staff-organization-website = ওয়েবসাইট (ঐচ্ছিক)
staff-organization-create = সংস্থা যোগ করুন
staff-organization-services = তালিকাভুক্তি
staff-organization-members = কর্মী অ্যাকাউন্ট

staff-users-title = কর্মী অ্যাকাউন্ট
staff-invite-title = একটি অ্যাকাউন্ট তৈরি করুন
staff-invite-intro = ব্যক্তিটি একটি ইমেইল পাবেন, যাতে পাসওয়ার্ড বেছে নেওয়ার এবং অথেন্টিকেটর অ্যাপ সেট আপ করার একটি লিংক থাকবে।
staff-invite-organizations = সংস্থা (একাধিক বেছে নিতে Ctrl বা ⌘ চেপে ধরে রাখুন)
staff-invite-send = তৈরি করুন এবং লিংক পাঠান
staff-role = ভূমিকা
staff-role-name-admin = প্রশাসক
staff-role-name-provider = সেবাদাতা
staff-role-name-caseworker = কেসওয়ার্কার
staff-user-organizations = সংস্থা
staff-user-state = অবস্থা
staff-user-actions = পদক্ষেপ
staff-user-active = সক্রিয়
staff-user-invited = আমন্ত্রিত, এখনও সেট আপ করা হয়নি
staff-user-locked = আপাতত লক করা
staff-user-disabled = নিষ্ক্রিয়
staff-user-disable = নিষ্ক্রিয় করুন
staff-user-enable = সক্রিয় করুন
staff-membership-add = সংস্থায় যোগ করুন
staff-membership-add-button = যোগ করুন

staff-stale-title = ছয় মাস ধরে নিশ্চিত না করা তালিকাভুক্তি
staff-stale-count = { $count ->
    [one] { $count }টি তালিকাভুক্তি ছয় মাস বা তার বেশি সময় ধরে সেবাদাতা নিশ্চিত করেনি।
   *[other] { $count }টি তালিকাভুক্তি ছয় মাস বা তার বেশি সময় ধরে সংশ্লিষ্ট সেবাদাতারা নিশ্চিত করেননি।
}

staff-audit-title = অডিট লগ
staff-audit-when = কখন (UTC)
staff-audit-actor = কে
staff-audit-action = কাজ
staff-audit-any = যেকোনো কাজ
staff-audit-target = রেকর্ড
staff-audit-from = থেকে
staff-audit-to = পর্যন্ত
staff-audit-filter = ফিল্টার করুন
staff-audit-change = আগে ও পরে
staff-audit-show = দেখান
staff-audit-older = পুরোনো এন্ট্রি

staff-nav-inbox = ইনবক্স
staff-inbox-title = ইনবক্স
staff-inbox-empty = এখনও কোনো যোগাযোগের অনুরোধ আসেনি।
staff-inbox-admin-counts = প্রশাসকেরা দেখতে পান কতগুলো অনুরোধ আছে, কিন্তু সেগুলোতে কী লেখা আছে তা কখনও দেখতে পান না।
staff-inbox-received = প্রাপ্তির তারিখ: { $date }
staff-done-status-changed = অবস্থা সংরক্ষণ করা হয়েছে।
staff-contact-heading = যোগাযোগের অনুরোধ { $reference }
staff-contact-name = যে নামে ডাকতে হবে
staff-contact-method = কীভাবে যোগাযোগ করতে হবে
staff-contact-message = বার্তা
staff-contact-safe-times = নিরাপদ সময়
staff-contact-help = যে সাহায্য চাওয়া হয়েছে
staff-contact-interpreter = দোভাষী
staff-contact-language = ফর্মের ভাষা
staff-contact-status = অবস্থা
staff-contact-status-new = নতুন
staff-contact-status-contacting = যোগাযোগের চেষ্টা চলছে
staff-contact-status-engaged = যোগাযোগ হয়েছে
staff-contact-status-helped = সাহায্য করা হয়েছে
staff-contact-status-declined = প্রত্যাখ্যান করা হয়েছে
staff-contact-status-closed = বন্ধ
staff-mail-new-request-subject = নতুন যোগাযোগের অনুরোধ
staff-mail-new-request-body = কেউ অনুরোধ করেছেন যেন আপনার সংস্থার কোনো একটি সেবা তাঁর সঙ্গে যোগাযোগ করে। অনুরোধটি পড়তে সাইন ইন করুন:

    { $link }

    তাঁর নিরাপত্তার জন্য এই ইমেইলে তাঁর সম্পর্কে কিছুই জানানো হয়নি।
staff-contact-timeline = ইতিহাস
staff-contact-timeline-entry = { $date }: { $email } অবস্থা বদলে “{ $status }” করেছেন
staff-membership-remove = সরান
staff-membership-remove-label = { $organization } থেকে সরান
