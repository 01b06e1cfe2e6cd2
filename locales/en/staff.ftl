staff-site-name = London Victims Portal: staff
staff-sign-in-title = Sign in
staff-sign-in = Sign in
staff-sign-out = Sign out
staff-email = Email address
staff-password = Password
staff-forgot-link = Forgotten your password?
staff-code-title = Enter your code
staff-code = Code
staff-code-hint = The six-digit code from your authenticator app, or one of your recovery codes.
staff-continue = Continue
staff-back-home = Back to the staff home page
staff-nav-label = Staff pages
staff-nav-home = Home
staff-nav-services = Listings
staff-nav-moderation = Changes to approve
staff-nav-stale = Unconfirmed listings
staff-nav-organizations = Organisations
staff-nav-users = Accounts
staff-nav-audit = Audit log
staff-nav-account = Your account

staff-error-title = Something went wrong
staff-error-summary = There is a problem
staff-error-signed-out = Your session has ended. Please sign in again.
staff-error-forbidden = Your account cannot do this.
staff-error-form-expired = This form has expired. Go back, reload the page and try again.
staff-error-not-found = This page does not exist, or your account cannot see it.
staff-error-bad-form = The form could not be read. Reload the page and try again.
staff-error-email = Enter an email address, like name@example.org.
staff-error-credentials = The email address or password is not right.
staff-error-account-locked = This account is locked for 15 minutes after too many failed attempts. Try again later, or reset your password.
staff-error-too-many-attempts = Too many failed attempts from this network. Wait 15 minutes and try again.
staff-error-code = That code is not right, or it has been used already. Codes change every 30 seconds.
staff-error-password-short = Choose a password of at least 12 characters. A few unrelated words work well.
staff-error-password-long = Choose a password of at most 256 characters.
staff-error-password-mismatch = The two passwords are not the same.
staff-error-password-like-email = Choose a password that does not contain your email address.
staff-error-password-simple = Choose a password with more different characters.
staff-error-current-password = Your current password is not right.
staff-error-link-unknown = This link is not valid. Check that you copied all of it.
staff-error-link-expired = This link has expired or has been used already. Ask for a new one.
staff-error-age = Ages are whole numbers from 0 to 120.
staff-error-listing-field = { $field }: { $problem }
staff-error-no-change = Nothing has changed. Change a field, or use "This listing is correct" instead.
staff-error-already-reviewed = Someone has already approved or rejected this change.
staff-error-reason = Give a reason of at most 2,000 characters: the provider will see it.
staff-error-organization-name = Enter the organisation's name (at most 200 characters).
staff-error-organization-slug = The short name may only hold lower-case letters, digits and single hyphens, like "solace-women".
staff-error-organization-website = The website must start with https://.
staff-error-organization-exists = An organisation with this short name exists already.
staff-error-organization-needed = Choose at least one organisation for a provider or caseworker.
staff-error-user-exists = An account with this email address exists already.
staff-error-date = Dates are written as year-month-day, like 2026-11-29.

staff-done-revision-sent = Your change has been sent. An administrator will check it before it goes live.
staff-done-confirmed = Thank you. The listing shows today's date as its last check.
staff-done-approved = The change is approved and live.
staff-done-rejected = The change is rejected; the provider will see your reason.
staff-done-password-changed = Your password is changed. Your other sessions have been signed out.
staff-done-language-changed = Your language is saved.
staff-done-invited = The account is created and a set-up link has been emailed.
staff-done-organization-created = The organisation is created.
staff-done-user-disabled = The account is disabled and signed out.
staff-done-user-enabled = The account is enabled again.
staff-done-memberships-changed = The account's organisations are updated.
staff-done-password-reset = Your password is changed. Sign in with it now.
staff-done-reset-sent = If an account uses that address, we have emailed it a link to choose a new password. The link works for one hour.

staff-setup-title = Set up your account
staff-reset-title = Choose a new password
staff-setup-for = Account: { $email }
staff-link-title = Link not valid
staff-new-password = New password
staff-new-password-hint = At least 12 characters. A few unrelated words are easy to remember and hard to guess.
staff-confirm-password = Type the new password again
staff-save-password = Save password
staff-enrol-title = Set up your authenticator app
staff-enrol-intro = Every staff account needs a second step at sign-in. Scan this code with an authenticator app on your phone (for example Microsoft Authenticator, Google Authenticator or FreeOTP).
staff-enrol-manual = If you cannot scan it, type this key into the app instead:
staff-enrol-code = The six-digit code the app shows
staff-enrol-confirm = Confirm
staff-recovery-title = Recovery codes
staff-recovery-intro = Keep these codes somewhere safe, such as a password manager. Each one signs you in once if you lose your phone. They will not be shown again.
staff-recovery-remaining = { $count ->
    [one] You have one unused recovery code.
   *[other] You have { $count } unused recovery codes.
}
staff-recovery-new = Make new recovery codes (the old ones stop working)
staff-forgot-title = Reset your password
staff-forgot-intro = Enter your account's email address. We will email you a link to choose a new password.
staff-forgot-send = Send the link
staff-mail-reset-subject = Reset your London Victims Portal password
staff-mail-reset-body = Someone asked to reset the password of your London Victims Portal staff account. To choose a new password, open this link within one hour:

    { $link }

    If it was not you, ignore this email: your password stays as it is.
staff-mail-invite-subject = Your London Victims Portal staff account
staff-mail-invite-body = An administrator has created a London Victims Portal staff account for you. To choose your password and set up your authenticator app, open this link within 72 hours:

    { $link }

staff-home-title = Staff home
staff-role-admin = You are an administrator.
staff-role-provider = You keep your organisation's listings up to date.
staff-role-caseworker = You are a caseworker.
staff-member-of = Organisations: { $organizations }
staff-home-services = { $count ->
    [one] One listing to keep up to date
   *[other] { $count } listings to keep up to date
}
staff-home-pending = { $count ->
    [one] One change to approve
   *[other] { $count } changes to approve
}
staff-home-stale = { $count ->
    [one] One listing not confirmed for six months
   *[other] { $count } listings not confirmed for six months
}
staff-home-directory = Find services in the directory
staff-account-title = Your account
staff-language = Language
staff-save = Save
staff-change-password = Change your password
staff-current-password = Current password

staff-services-title = Your listings
staff-services-none = Your account has no listings yet. Ask an administrator to add your organisation.
staff-never-confirmed = Never confirmed by the provider
staff-confirmed-on = Last confirmed { $date }
staff-last-confirmed = Last confirmed
staff-revision-pending = A change is waiting for approval.
staff-revision-rejected = Your last change was not approved: { $reason }
staff-revision-approved = Your last change was approved on { $date }.
staff-edit = Edit
staff-confirm-correct = This listing is correct
staff-edit-title = Edit { $name }
staff-edit-intro = Change anything that is not right. An administrator checks every change before it goes live.
staff-edit-pending = This form shows your change that is waiting for approval. Sending it again replaces it.
staff-listing-about = About the service
staff-listing-availability = Availability
staff-listing-contact = Contact
staff-listing-languages = Languages
staff-listing-submit = Send for approval
staff-hint-one-per-line = One item a line.
staff-capacity-unstated = Not stated
staff-closure-message = Message while closed
staff-closure-until = Closed until (optional)
staff-phone-n = Phone { $n }
staff-phone-number = Number
staff-phone-kind = Kind
staff-phone-kind-voice = Voice calls
staff-phone-kind-sms = Text messages
staff-phone-kind-textphone = Textphone
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = Note (optional)
staff-hours-hint = Times in London time, as HH:MM. A closing time before the opening time runs past midnight; 24:00 ends the day. Leave a row empty to remove it.
staff-hours-n = Opening times { $n }
staff-hours-opens = Opens
staff-hours-closes = Closes
staff-hours-note = Note (optional)
staff-languages-hint = Two- or three-letter language codes, separated by commas, like "en, so, ar".
staff-places-hint = A confidential place (a refuge, a safe house) never shows an address anywhere: any address typed for it is dropped.
staff-place-n = Place { $n }
staff-place-name = Name
staff-place-confidential = Confidential: never show where it is
staff-place-address = Street address
staff-place-city = Town or city
staff-place-postcode = Postcode
staff-place-borough = Borough
staff-place-borough-none = Not in a London borough
staff-place-description = Note (optional)

staff-field-id = Identifier
staff-field-name = Name
staff-field-organization = Organisation
staff-field-description = Description
staff-field-offers = What it offers
staff-field-eligibility_description = Who it is for
staff-field-url = Website
staff-field-email = Email
staff-field-chat_url = Web chat
staff-field-phones = Phones
staff-field-schedules = Opening times
staff-field-languages = Languages spoken
staff-field-interpretation_services = Interpreting
staff-field-areas = Areas covered
staff-field-situations = Situations it helps with
staff-field-needs = Needs it meets
staff-field-groups = Groups it specialises in
staff-field-fees = Fees
staff-field-minimum_age = Minimum age
staff-field-maximum_age = Maximum age
staff-field-accepts_online_contact = Accepts contact requests through the portal
staff-field-locations = Places
staff-field-translations = Translations
staff-field-capacity = Capacity
staff-field-capacity_note = Capacity note (for example, how long the wait is)
staff-field-closure = Temporarily closed

staff-queue-title = Changes to approve
staff-queue-empty = No changes are waiting.
staff-proposed-by = Sent by { $email } on { $date }
staff-revision-title = Change to a listing
staff-revision-heading = Change to { $name }
staff-revision-changed-since = The live listing has changed since this change was made. The table compares it with the live listing.
staff-diff-caption = What changes
staff-diff-field = Field
staff-diff-before = Now
staff-diff-after = Proposed
staff-approve = Approve and publish
staff-reject = Reject
staff-reject-reason = Reason for rejecting (the provider sees it)
staff-status-approved = Approved
staff-status-rejected = Rejected
staff-status-withdrawn = Replaced by a newer change
staff-status-pending = Waiting

staff-organizations-title = Organisations
staff-organization-new = Add an organisation
staff-organization-name = Name
staff-organization-slug = Short name
staff-organization-slug-hint = Lower-case letters, digits and hyphens, like "solace-women". It cannot change later.
staff-organization-website = Website (optional)
staff-organization-create = Add organisation
staff-organization-services = Listings
staff-organization-members = Staff accounts

staff-users-title = Staff accounts
staff-invite-title = Create an account
staff-invite-intro = The person receives an email with a link to choose a password and set up an authenticator app.
staff-invite-organizations = Organisations (hold Ctrl or ⌘ to choose several)
staff-invite-send = Create and send the link
staff-role = Role
staff-role-name-admin = Administrator
staff-role-name-provider = Provider
staff-role-name-caseworker = Caseworker
staff-user-organizations = Organisations
staff-user-state = State
staff-user-actions = Actions
staff-user-active = Active
staff-user-invited = Invited, not set up yet
staff-user-locked = Locked for now
staff-user-disabled = Disabled
staff-user-disable = Disable
staff-user-enable = Enable
staff-membership-add = Add to organisation
staff-membership-add-button = Add

staff-stale-title = Listings not confirmed for six months
staff-stale-count = { $count ->
    [one] One listing has not been confirmed by its provider for six months or more.
   *[other] { $count } listings have not been confirmed by their providers for six months or more.
}

staff-audit-title = Audit log
staff-audit-when = When (UTC)
staff-audit-actor = Who
staff-audit-action = Action
staff-audit-any = Any action
staff-audit-target = Record
staff-audit-from = From
staff-audit-to = To
staff-audit-filter = Filter
staff-audit-change = Before and after
staff-audit-show = Show
staff-audit-older = Older entries

staff-nav-inbox = Inbox
staff-inbox-title = Inbox
staff-inbox-empty = No contact requests yet.
staff-inbox-admin-counts = Administrators see how many requests there are, never what they say.
staff-inbox-received = Received { $date }
staff-done-status-changed = The status is saved.
staff-contact-heading = Contact request { $reference }
staff-contact-name = Name to use
staff-contact-method = How to contact them
staff-contact-message = Message
staff-contact-safe-times = Safe times
staff-contact-help = Help wanted
staff-contact-interpreter = Interpreter
staff-contact-language = Language of the form
staff-contact-status = Status
staff-contact-status-new = New
staff-contact-status-contacting = Trying to contact
staff-contact-status-engaged = In touch
staff-contact-status-helped = Helped
staff-contact-status-declined = Declined
staff-contact-status-closed = Closed
staff-mail-new-request-subject = New contact request
staff-mail-new-request-body = Someone has asked one of your organisation's services to contact them. Sign in to read the request:

    { $link }

    For their safety this email says nothing about them.
staff-contact-timeline = History
staff-contact-timeline-entry = { $date }: { $email } set the status to “{ $status }”
staff-membership-remove = Remove
staff-membership-remove-label = Remove from { $organization }
