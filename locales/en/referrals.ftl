# Referrals by caseworkers, and what contact requests and referrals share in a provider's inbox:
# assignment, internal notes, the timeline, and the emails about them (never anything personal).

## The referral form
referral-client-heading = The client
referral-name-label = A name the service can use for the client
referral-name-hint = A first name, initials or an alias is enough.
referral-method-legend = How should the service contact the client?
referral-method-phone = Phone call
referral-method-text = Text message
referral-method-email = Email
referral-method-none = Through me, the caseworker
referral-detail-label = The client's phone number or email address
referral-safe-times-label = When is it safe to contact the client? (optional)
referral-message-legend = May the service leave a message?
referral-message-yes = Yes, a message may be left
referral-message-no = No, never leave a message
referral-language-label = The client's language
referral-interpreter-label = Interpreter needed (language, if not one of these)
referral-need-heading = What the client needs
referral-help-label = What help does the client need?
referral-risk-label = Risks the service should know about
referral-risk-hint = For example the risk assessment level, a MARAC referral, or whether the person causing harm can see the client's phone.
referral-urgency-legend = Urgency
referral-urgency-routine = Routine
referral-urgency-soon = Soon: within a week
referral-urgency-urgent = Urgent: within a working day
referral-consent-heading = Consent
referral-consent-label = The client agreed to this referral (or someone able to agree for them did).
referral-consent-by-legend = Who gave consent?
referral-consent-by-client = The client
referral-consent-by-parent-or-carer = A parent or carer (for a child)
referral-consent-by-legal-authority = Someone with legal authority to act for the client
referral-consent-on-label = Date consent was given
referral-shares-legend = The consent allows me to share
referral-share-contact-details = the client's contact details
referral-share-situation = what happened and the help needed
referral-share-risk = information about risks
referral-notes-label = Anything else the service should know (optional)
referral-send = Send the referral

## Problems with the form
referral-error-name = Please give a name the service can use for the client (at most 100 characters).
referral-error-method = Please choose how the service should contact the client.
referral-error-message = Please say whether the service may leave a message.
referral-error-urgency = Please choose how urgent the referral is.
referral-error-consent = A referral needs consent: please confirm that it was given.
referral-error-consent-by = Please say who gave consent.
referral-error-consent-date = Please give the date consent was given, as a real date that is not in the future.
referral-error-share-contact = The consent does not cover contact details: choose "Through me, the caseworker", or tick contact details if the client agreed.
referral-error-share-situation = The consent does not cover what happened: leave the help needed empty, or tick it if the client agreed.
referral-error-share-risk = The consent does not cover risks: leave the risks empty, or tick them if the client agreed.
referral-error-decline-reason = Please choose why the referral is declined.

## Statuses and reasons
referral-status-sent = Sent
referral-status-received = Received
referral-status-accepted = Accepted
referral-status-contacting = Trying to contact
referral-status-engaged = In touch
referral-status-helped = Helped
referral-status-declined = Declined
referral-status-closed = Closed
referral-reason-not-eligible = not eligible
referral-reason-no-capacity = no capacity
referral-reason-could-not-contact = could not make contact
referral-reason-no-longer-wanted = no longer wanted

## Caseworkers' pages
staff-nav-referrals = My referrals
staff-nav-refer = Refer a client
staff-referrals-title = My referrals
staff-referrals-new = Refer a client
staff-referrals-none = You have not sent any referrals yet.
staff-referral-updated = Last change { $date }
staff-referral-news = Updated since you last looked
staff-referral-find-title = Find a service to refer to
staff-referral-find-label = Words about the service or the help needed
staff-referral-find-button = Search
staff-referral-find-none = No listing matches these words. Try other words.
staff-referral-listing = See the listing
staff-referral-refer = Refer a client here
staff-referral-new-title = Refer a client to { $service }
staff-referral-not-receivable = This service does not take referrals through the portal yet. Please contact them as their listing says.
staff-referral-heading = Referral { $reference }
staff-referral-service = Service
staff-referral-referrer = Referred by
staff-referral-sent = Sent
staff-referral-consent = Given by { $who } on { $date }, to share: { $shares }
staff-referral-withdraw = Withdraw the referral
staff-referral-withdraw-hint = If the client no longer needs this service, withdraw the referral: the service is told, and it is closed.
staff-referral-from = From { $email }, { $date }
staff-referral-reason-label = Reason, if declined
staff-referral-reason-hint = Needed only when you decline the referral.

## Providers' inbox
staff-inbox-requests = Contact requests
staff-inbox-referrals = Referrals
staff-inbox-no-referrals = No referrals yet.
staff-assigned-to = Assigned to { $email }
staff-assign-heading = Assigned to
staff-assign-label = Colleague dealing with it
staff-assign-nobody = Nobody yet
staff-assign = Assign
staff-notes-title = Internal notes
staff-notes-private = Only your organisation can read these notes. The caseworker and the client cannot.
staff-notes-none = No notes yet.
staff-note-label = New note
staff-note-hint = At most 2,000 characters.
staff-note-add = Add the note
staff-note-meta = { $date }, { $email }
staff-error-note-empty = The note is empty. Please write something, or go back.
staff-error-note-long = The note is longer than 2,000 characters. Please shorten it.
staff-back = Back
staff-timeline-someone = someone
staff-timeline-assigned = { $date }: { $email } assigned it to { $assignee }
staff-timeline-unassigned = { $date }: { $email } took the assignment away
staff-done-assigned = The assignment is saved.
staff-done-note-added = The note is saved.
staff-done-referral-sent = The referral is sent. You will get an email when the service updates it.
staff-done-referral-withdrawn = The referral is withdrawn.

## Emails: a link to sign in, never anything about the person
staff-mail-new-referral-subject = New referral
staff-mail-new-referral-body = A caseworker has referred someone to one of your organisation's services. Sign in to read the referral:

    { $link }
staff-mail-referral-update-subject = A referral has changed
staff-mail-referral-update-body = There is an update on a referral. Sign in to see it:

    { $link }
staff-mail-assigned-subject = Something was assigned to you
staff-mail-assigned-body = A colleague has assigned you an item in your organisation's inbox. Sign in to see it:

    { $link }
