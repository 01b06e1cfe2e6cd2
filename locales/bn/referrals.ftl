# কেসওয়ার্কারদের রেফারাল, এবং সেবাদাতার ইনবক্সে যোগাযোগের অনুরোধ ও রেফারালের যেসব বিষয় একই রকম:
# দায়িত্ব দেওয়া, অভ্যন্তরীণ নোট, ইতিহাস, এবং এসব নিয়ে ইমেইল (কখনও কোনো ব্যক্তিগত তথ্য নয়)।

## রেফারাল ফর্ম
referral-client-heading = সেবাগ্রহীতা
referral-name-label = সেবাগ্রহীতাকে ডাকার জন্য সেবাটি যে নাম ব্যবহার করতে পারে
referral-name-hint = নামের প্রথম অংশ, নামের আদ্যক্ষর বা একটি ছদ্মনামই যথেষ্ট।
referral-method-legend = সেবাটি কীভাবে সেবাগ্রহীতার সাথে যোগাযোগ করবে?
referral-method-phone = ফোন কল
referral-method-text = টেক্সট মেসেজ
referral-method-email = ইমেইল
referral-method-none = আমার মাধ্যমে, অর্থাৎ কেসওয়ার্কারের মাধ্যমে
referral-detail-label = সেবাগ্রহীতার ফোন নম্বর বা ইমেইল ঠিকানা
referral-safe-times-label = কখন সেবাগ্রহীতার সাথে যোগাযোগ করা নিরাপদ? (ঐচ্ছিক)
referral-message-legend = সেবাটি কি মেসেজ রেখে যেতে পারে?
referral-message-yes = হ্যাঁ, মেসেজ রেখে যাওয়া যাবে
referral-message-no = না, কখনও মেসেজ রেখে যাবেন না
referral-language-label = সেবাগ্রহীতার ভাষা
referral-interpreter-label = দোভাষী প্রয়োজন (ভাষাটি এগুলোর মধ্যে না থাকলে সেটি লিখুন)
referral-need-heading = সেবাগ্রহীতার যা প্রয়োজন
referral-help-label = সেবাগ্রহীতার কী ধরনের সাহায্য প্রয়োজন?
referral-risk-label = যেসব ঝুঁকি সম্পর্কে সেবাটির জানা দরকার
referral-risk-hint = যেমন ঝুঁকি মূল্যায়নের মাত্রা, MARAC-এ রেফারাল, অথবা যে ব্যক্তি ক্ষতি করছে সে সেবাগ্রহীতার ফোন দেখতে পারে কি না।
referral-urgency-legend = জরুরিতা
referral-urgency-routine = সাধারণ
referral-urgency-soon = শীঘ্রই: এক সপ্তাহের মধ্যে
referral-urgency-urgent = জরুরি: এক কর্মদিবসের মধ্যে
referral-consent-heading = সম্মতি
referral-consent-label = সেবাগ্রহীতা এই রেফারালে সম্মতি দিয়েছেন (অথবা তাঁর পক্ষে সম্মতি দেওয়ার অধিকার আছে এমন কেউ দিয়েছেন)।
referral-consent-by-legend = কে সম্মতি দিয়েছেন?
referral-consent-by-client = সেবাগ্রহীতা
referral-consent-by-parent-or-carer = মা-বাবা বা পরিচর্যাকারী (শিশুর ক্ষেত্রে)
referral-consent-by-legal-authority = সেবাগ্রহীতার পক্ষে কাজ করার আইনগত অধিকার আছে এমন কেউ
referral-consent-on-label = সম্মতি দেওয়ার তারিখ
referral-shares-legend = এই সম্মতি অনুযায়ী আমি যা শেয়ার করতে পারি
referral-share-contact-details = সেবাগ্রহীতার যোগাযোগের তথ্য
referral-share-situation = কী ঘটেছে এবং কী সাহায্য প্রয়োজন
referral-share-risk = ঝুঁকি সম্পর্কিত তথ্য
referral-notes-label = সেবাটির আর কিছু জানা দরকার থাকলে লিখুন (ঐচ্ছিক)
referral-send = রেফারাল পাঠান

## ফর্মের সমস্যা
referral-error-name = অনুগ্রহ করে এমন একটি নাম দিন যা সেবাটি সেবাগ্রহীতার জন্য ব্যবহার করতে পারে (সর্বোচ্চ 100 অক্ষর)।
referral-error-method = সেবাটি কীভাবে সেবাগ্রহীতার সাথে যোগাযোগ করবে, অনুগ্রহ করে তা বেছে নিন।
referral-error-message = সেবাটি মেসেজ রেখে যেতে পারবে কি না, অনুগ্রহ করে তা জানান।
referral-error-urgency = রেফারালটি কতটা জরুরি, অনুগ্রহ করে তা বেছে নিন।
referral-error-consent = রেফারালের জন্য সম্মতি প্রয়োজন: অনুগ্রহ করে নিশ্চিত করুন যে সম্মতি দেওয়া হয়েছে।
referral-error-consent-by = কে সম্মতি দিয়েছেন, অনুগ্রহ করে তা জানান।
referral-error-consent-date = অনুগ্রহ করে সম্মতি দেওয়ার তারিখটি দিন; এটি একটি সঠিক তারিখ হতে হবে এবং ভবিষ্যতের কোনো তারিখ হতে পারবে না।
referral-error-share-contact = এই সম্মতিতে যোগাযোগের তথ্য শেয়ার করার অনুমতি নেই: "আমার মাধ্যমে, অর্থাৎ কেসওয়ার্কারের মাধ্যমে" বেছে নিন, অথবা সেবাগ্রহীতা রাজি হয়ে থাকলে যোগাযোগের তথ্যে টিক দিন।
referral-error-share-situation = এই সম্মতিতে কী ঘটেছে তা শেয়ার করার অনুমতি নেই: প্রয়োজনীয় সাহায্যের ঘরটি খালি রাখুন, অথবা সেবাগ্রহীতা রাজি হয়ে থাকলে এতে টিক দিন।
referral-error-share-risk = এই সম্মতিতে ঝুঁকির তথ্য শেয়ার করার অনুমতি নেই: ঝুঁকির ঘরটি খালি রাখুন, অথবা সেবাগ্রহীতা রাজি হয়ে থাকলে এতে টিক দিন।
referral-error-decline-reason = রেফারালটি কেন প্রত্যাখ্যান করা হচ্ছে, অনুগ্রহ করে তা বেছে নিন।

## অবস্থা ও কারণ
referral-status-sent = পাঠানো হয়েছে
referral-status-received = প্রাপ্ত
referral-status-accepted = গৃহীত
referral-status-contacting = যোগাযোগের চেষ্টা চলছে
referral-status-engaged = যোগাযোগ হয়েছে
referral-status-helped = সাহায্য করা হয়েছে
referral-status-declined = প্রত্যাখ্যান করা হয়েছে
referral-status-closed = বন্ধ
referral-reason-not-eligible = যোগ্যতার শর্ত পূরণ হয়নি
referral-reason-no-capacity = সক্ষমতা নেই
referral-reason-could-not-contact = যোগাযোগ করা যায়নি
referral-reason-no-longer-wanted = সেবাগ্রহীতা আর চান না

## কেসওয়ার্কারদের পাতা
staff-nav-referrals = আমার রেফারাল
staff-nav-refer = সেবাগ্রহীতাকে রেফার করুন
staff-referrals-title = আমার রেফারাল
staff-referrals-new = সেবাগ্রহীতাকে রেফার করুন
staff-referrals-none = আপনি এখনও কোনো রেফারাল পাঠাননি।
staff-referral-updated = সর্বশেষ পরিবর্তন: { $date }
staff-referral-news = আপনি শেষবার দেখার পর হালনাগাদ হয়েছে
staff-referral-find-title = রেফার করার জন্য একটি সেবা খুঁজুন
staff-referral-find-label = সেবা বা প্রয়োজনীয় সাহায্য সম্পর্কে কিছু শব্দ
staff-referral-find-button = খুঁজুন
staff-referral-find-none = এই শব্দগুলোর সাথে মেলে এমন কোনো তালিকাভুক্তি নেই। অন্য শব্দ দিয়ে চেষ্টা করুন।
staff-referral-listing = তালিকাভুক্তিটি দেখুন
staff-referral-refer = এখানে সেবাগ্রহীতাকে রেফার করুন
staff-referral-new-title = সেবাগ্রহীতাকে রেফার করুন: { $service }
staff-referral-not-receivable = এই সেবাটি এখনও পোর্টালের মাধ্যমে রেফারাল নেয় না। অনুগ্রহ করে তাদের তালিকাভুক্তিতে যেভাবে বলা আছে সেভাবে যোগাযোগ করুন।
staff-referral-heading = রেফারাল { $reference }
staff-referral-service = সেবা
staff-referral-referrer = রেফার করেছেন
staff-referral-sent = পাঠানোর তারিখ
staff-referral-consent = সম্মতি দিয়েছেন: { $who }, { $date } তারিখে; যা শেয়ার করা যাবে: { $shares }
staff-referral-withdraw = রেফারাল প্রত্যাহার করুন
staff-referral-withdraw-hint = সেবাগ্রহীতার যদি আর এই সেবার প্রয়োজন না থাকে, রেফারালটি প্রত্যাহার করুন: সেবাটিকে জানানো হবে এবং রেফারালটি বন্ধ করা হবে।
staff-referral-from = প্রেরক: { $email }, { $date }
staff-referral-reason-label = কারণ (প্রত্যাখ্যান করা হলে)
staff-referral-reason-hint = শুধু রেফারাল প্রত্যাখ্যান করার সময় প্রয়োজন।

## সেবাদাতাদের ইনবক্স
staff-inbox-requests = যোগাযোগের অনুরোধ
staff-inbox-referrals = রেফারাল
staff-inbox-no-referrals = এখনও কোনো রেফারাল আসেনি।
staff-assigned-to = দায়িত্বপ্রাপ্ত: { $email }
staff-assign-heading = দায়িত্বপ্রাপ্ত
staff-assign-label = যে সহকর্মী বিষয়টি দেখছেন
staff-assign-nobody = এখনও কেউ নন
staff-assign = দায়িত্ব দিন
staff-notes-title = অভ্যন্তরীণ নোট
staff-notes-private = এই নোটগুলো শুধু আপনার সংস্থা পড়তে পারে। কেসওয়ার্কার বা সেবাগ্রহীতা এগুলো পড়তে পারেন না।
staff-notes-none = এখনও কোনো নোট নেই।
staff-note-label = নতুন নোট
staff-note-hint = সর্বোচ্চ 2,000 অক্ষর।
staff-note-add = নোট যোগ করুন
staff-note-meta = { $date }, { $email }
staff-error-note-empty = নোটটি খালি। অনুগ্রহ করে কিছু লিখুন, অথবা আগের পাতায় ফিরে যান।
staff-error-note-long = নোটটি 2,000 অক্ষরের চেয়ে লম্বা। অনুগ্রহ করে এটি ছোট করুন।
staff-back = ফিরে যান
staff-timeline-someone = কেউ একজন
staff-timeline-assigned = { $date }: { $email } দায়িত্ব দিয়েছেন: { $assignee }
staff-timeline-unassigned = { $date }: { $email } দায়িত্ব দেওয়াটি তুলে নিয়েছেন
staff-done-assigned = দায়িত্ব দেওয়ার তথ্য সংরক্ষণ করা হয়েছে।
staff-done-note-added = নোটটি সংরক্ষণ করা হয়েছে।
staff-done-referral-sent = রেফারালটি পাঠানো হয়েছে। সেবাটি এটি হালনাগাদ করলে আপনি একটি ইমেইল পাবেন।
staff-done-referral-withdrawn = রেফারালটি প্রত্যাহার করা হয়েছে।

## ইমেইল: সাইন ইন করার একটি লিংক, ব্যক্তিটি সম্পর্কে কখনও কিছু নয়
staff-mail-new-referral-subject = নতুন রেফারাল
staff-mail-new-referral-body = একজন কেসওয়ার্কার আপনার সংস্থার কোনো একটি সেবায় একজনকে রেফার করেছেন। রেফারালটি পড়তে সাইন ইন করুন:

    { $link }
staff-mail-referral-update-subject = একটি রেফারালে পরিবর্তন হয়েছে
staff-mail-referral-update-body = একটি রেফারালে নতুন হালনাগাদ আছে। এটি দেখতে সাইন ইন করুন:

    { $link }
staff-mail-assigned-subject = আপনাকে একটি বিষয়ের দায়িত্ব দেওয়া হয়েছে
staff-mail-assigned-body = একজন সহকর্মী আপনার সংস্থার ইনবক্সের একটি বিষয়ের দায়িত্ব আপনাকে দিয়েছেন। এটি দেখতে সাইন ইন করুন:

    { $link }
