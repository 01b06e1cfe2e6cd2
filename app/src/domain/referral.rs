//! A caseworker's referral of a client to a service: how to reach the client, what help they
//! need, what the service should know of the risks, and the consent that allows the referral.
//! Validated on construction; `Debug` hides every answer, so none can reach a log.

use super::contact::{ContactDetails, ContactForm, ContactMethod};
use super::slug_enum;
use serde::{Deserialize, Serialize};

slug_enum!(
    /// How soon the service should act.
    Urgency, "urgency", {
        Routine => "routine",
        Soon => "soon",
        Urgent => "urgent",
    }
);

slug_enum!(
    /// Where a referral is, from the caseworker sending it to the service closing it.
    ReferralStatus, "referral status", {
        Sent => "sent",
        Received => "received",
        Accepted => "accepted",
        Contacting => "contacting",
        Engaged => "engaged",
        Helped => "helped",
        Declined => "declined",
        Closed => "closed",
    }
);

impl ReferralStatus {
    /// The statuses the receiving service sets; `sent` is only ever the caseworker's.
    pub fn set_by_service() -> impl Iterator<Item = ReferralStatus> {
        Self::ALL.iter().copied().filter(|s| *s != ReferralStatus::Sent)
    }

    /// Whether the referral has ended, which starts the retention period.
    pub const fn is_final(self) -> bool {
        matches!(
            self,
            ReferralStatus::Helped | ReferralStatus::Declined | ReferralStatus::Closed
        )
    }
}

slug_enum!(
    /// Why a service declined a referral.
    DeclineReason, "decline reason", {
        NotEligible => "not-eligible",
        NoCapacity => "no-capacity",
        CouldNotContact => "could-not-contact",
        NoLongerWanted => "no-longer-wanted",
    }
);

/// A status change as a service makes it: a decline always says why, nothing else has a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusChange {
    pub status: ReferralStatus,
    pub reason: Option<DeclineReason>,
}

impl StatusChange {
    pub fn parse(status: &str, reason: &str) -> Result<Self, &'static str> {
        let status = ReferralStatus::parse(status)
            .ok()
            .filter(|s| *s != ReferralStatus::Sent)
            .ok_or("staff-error-bad-form")?;
        match (status, DeclineReason::parse(reason).ok()) {
            (ReferralStatus::Declined, None) => Err("referral-error-decline-reason"),
            (ReferralStatus::Declined, reason) => Ok(StatusChange { status, reason }),
            _ => Ok(StatusChange { status, reason: None }),
        }
    }
}

slug_enum!(
    /// Who agreed to the referral.
    ConsentGiver, "consent giver", {
        Client => "client",
        ParentOrCarer => "parent-or-carer",
        LegalAuthority => "legal-authority",
    }
);

slug_enum!(
    /// What the consent allows the caseworker to pass on.
    Share, "share", {
        ContactDetails => "contact-details",
        Situation => "situation",
        Risk => "risk",
    }
);

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub given_by: ConsentGiver,
    /// The day it was given, `YYYY-MM-DD`.
    pub given_on: String,
    pub shares: Vec<Share>,
}

/// What is sealed for a referral: everything personal in it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralDetails {
    /// The client: a name to use, how to reach them (or "through the caseworker"), safe times,
    /// messages, interpreter and language; `help` is what help they need.
    pub client: ContactDetails,
    pub risk: Option<String>,
    /// For the service, from the caseworker.
    pub notes: Option<String>,
    pub consent: Consent,
}

impl std::fmt::Debug for ReferralDetails {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ReferralDetails({})", self.client.method.as_str())
    }
}

/// The raw answers of the referral form.
#[derive(Default)]
pub struct ReferralForm<'a> {
    pub client: ContactForm<'a>,
    pub language: &'a str,
    pub urgency: &'a str,
    pub risk: &'a str,
    pub notes: &'a str,
    pub consent: &'a str,
    pub consent_by: &'a str,
    pub consent_on: &'a str,
    pub shares: Vec<&'a str>,
}

const LONG: usize = 2000;

/// The form's messages speak to the person who needs help; a caseworker reads the client's.
fn for_caseworker(message_id: &'static str) -> &'static str {
    match message_id {
        "error-contact-name" => "referral-error-name",
        "error-contact-method" => "referral-error-method",
        "error-contact-message" => "referral-error-message",
        other => other,
    }
}

/// Whether `text` is a real calendar day written `YYYY-MM-DD`.
fn is_calendar_day(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let number = |part: &str, digits: usize| {
        (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(year, 4), number(month, 2), number(day, 2)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day) && year >= 2000
}

fn optional(value: &str) -> Result<Option<String>, &'static str> {
    let value = value.trim();
    if value.chars().count() > LONG {
        return Err("error-contact-too-long");
    }
    Ok((!value.is_empty()).then(|| value.to_owned()))
}

impl ReferralDetails {
    /// Checks every answer against the consent given; `today` is `YYYY-MM-DD` in London. The
    /// errors are Fluent message ids, every problem at once.
    pub fn parse(form: &ReferralForm<'_>, today: &str) -> Result<(Urgency, Self), Vec<&'static str>> {
        let mut errors: Vec<&'static str> = Vec::new();
        let mut note = |error: &'static str| {
            if !errors.contains(&error) {
                errors.push(error);
            }
        };
        let client = ContactDetails::parse(&form.client, form.language)
            .map_err(|found| found.into_iter().for_each(|e| note(for_caseworker(e))))
            .ok();
        let urgency = Urgency::parse(form.urgency)
            .map_err(|_| note("referral-error-urgency"))
            .ok();
        let risk = optional(form.risk).map_err(&mut note).ok().flatten();
        let notes = optional(form.notes).map_err(&mut note).ok().flatten();
        if form.consent != "yes" {
            note("referral-error-consent");
        }
        let given_by = ConsentGiver::parse(form.consent_by)
            .map_err(|_| note("referral-error-consent-by"))
            .ok();
        let given_on = form.consent_on.trim();
        if !is_calendar_day(given_on) || given_on > today {
            note("referral-error-consent-date");
        }
        let mut shares = Vec::new();
        for share in &form.shares {
            match Share::parse(share) {
                Ok(share) if !shares.contains(&share) => shares.push(share),
                Ok(_) => {}
                Err(_) => note("staff-error-bad-form"),
            }
        }
        shares.sort();
        let needs = |share: Share| !shares.contains(&share);
        if form.client.method != ContactMethod::None.as_str()
            && !form.client.method.is_empty()
            && needs(Share::ContactDetails)
        {
            note("referral-error-share-contact");
        }
        if !form.client.help.trim().is_empty() && needs(Share::Situation) {
            note("referral-error-share-situation");
        }
        if risk.is_some() && needs(Share::Risk) {
            note("referral-error-share-risk");
        }
        match (client, urgency, given_by) {
            (Some(client), Some(urgency), Some(given_by)) if errors.is_empty() => Ok((
                urgency,
                ReferralDetails {
                    client,
                    risk,
                    notes,
                    consent: Consent {
                        given_by,
                        given_on: given_on.to_owned(),
                        shares,
                    },
                },
            )),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn form<'a>() -> ReferralForm<'a> {
        ReferralForm {
            client: ContactForm {
                help: "Wants an ISVA",
                name: "Sam",
                method: "phone",
                detail: "07700 900123",
                leave_message: "no",
                ..ContactForm::default()
            },
            language: "en",
            urgency: "soon",
            consent: "yes",
            consent_by: "client",
            consent_on: "2026-11-28",
            shares: vec!["contact-details", "situation"],
            ..ReferralForm::default()
        }
    }

    #[test]
    fn a_complete_referral_is_accepted() {
        let (urgency, details) = ReferralDetails::parse(&form(), "2026-11-29").expect("valid");
        assert_eq!(urgency, Urgency::Soon);
        assert_eq!(details.consent.shares, [Share::ContactDetails, Share::Situation]);
        assert_eq!(details.client.help.as_deref(), Some("Wants an ISVA"));
        assert_eq!(format!("{details:?}"), "ReferralDetails(phone)");
    }

    #[test]
    fn nothing_is_passed_on_beyond_the_consent() {
        let errors = ReferralDetails::parse(
            &ReferralForm {
                shares: vec![],
                risk: "He has keys to her flat",
                ..form()
            },
            "2026-11-29",
        )
        .expect_err("invalid");
        assert_eq!(
            errors,
            [
                "referral-error-share-contact",
                "referral-error-share-situation",
                "referral-error-share-risk"
            ]
        );
        let through_caseworker = ReferralForm {
            client: ContactForm {
                method: "none",
                help: "",
                ..form().client
            },
            shares: vec![],
            ..form()
        };
        assert!(ReferralDetails::parse(&through_caseworker, "2026-11-29").is_ok());
    }

    #[test]
    fn every_problem_is_named_at_once_in_a_caseworkers_words() {
        let errors = ReferralDetails::parse(
            &ReferralForm {
                client: ContactForm::default(),
                ..ReferralForm::default()
            },
            "2026-11-29",
        )
        .expect_err("invalid");
        assert_eq!(
            errors,
            [
                "referral-error-name",
                "referral-error-method",
                "referral-error-urgency",
                "referral-error-consent",
                "referral-error-consent-by",
                "referral-error-consent-date"
            ]
        );
    }

    #[test]
    fn consent_cannot_be_dated_in_the_future_or_on_a_day_that_does_not_exist() {
        for day in [
            "2026-11-30",
            "2026-02-29",
            "2026-13-01",
            "26-11-01",
            "2026-11-1",
            "tomorrow",
        ] {
            let errors = ReferralDetails::parse(
                &ReferralForm {
                    consent_on: day,
                    ..form()
                },
                "2026-11-29",
            )
            .expect_err(day);
            assert_eq!(errors, ["referral-error-consent-date"], "{day}");
        }
        assert!(is_calendar_day("2024-02-29"));
        assert!(!is_calendar_day("2100-02-29"));
    }

    #[test]
    fn a_decline_says_why_and_nothing_else_has_a_reason() {
        assert_eq!(
            StatusChange::parse("declined", ""),
            Err("referral-error-decline-reason")
        );
        assert_eq!(
            StatusChange::parse("declined", "no-capacity"),
            Ok(StatusChange {
                status: ReferralStatus::Declined,
                reason: Some(DeclineReason::NoCapacity)
            })
        );
        assert_eq!(
            StatusChange::parse("accepted", "no-capacity").map(|c| c.reason),
            Ok(None)
        );
        assert!(StatusChange::parse("sent", "").is_err(), "only the caseworker sends");
        assert!(ReferralStatus::Helped.is_final() && !ReferralStatus::Engaged.is_final());
    }

    proptest! {
        #[test]
        fn any_answers_give_a_referral_or_named_problems(
            name in ".{0,120}", method in "phone|text|email|none|.{0,5}", detail in ".{0,30}",
            urgency in "routine|soon|urgent|.{0,5}", consent_on in "[0-9-]{0,12}",
            shares in proptest::collection::vec("contact-details|situation|risk|.{0,5}", 0..4),
        ) {
            let answers = ReferralForm {
                client: ContactForm { name: &name, method: &method, detail: &detail, leave_message: "yes", ..ContactForm::default() },
                language: "en",
                urgency: &urgency,
                consent: "yes",
                consent_by: "client",
                consent_on: &consent_on,
                shares: shares.iter().map(String::as_str).collect(),
                ..ReferralForm::default()
            };
            match ReferralDetails::parse(&answers, "2026-11-29") {
                Ok((_, details)) => {
                    prop_assert!(details.consent.given_on.as_str() <= "2026-11-29");
                    prop_assert!(details.client.method == ContactMethod::None || details.consent.shares.contains(&Share::ContactDetails));
                }
                Err(errors) => prop_assert!(!errors.is_empty()),
            }
        }
    }
}
