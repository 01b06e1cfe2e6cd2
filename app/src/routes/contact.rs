//! `/{lang}/services/{slug}/contact`: ask a service to get in touch. No account and no cookie;
//! the form works without scripts; what the person writes is sealed before it is stored and
//! never logged; the confirmation gives a short reference to quote when calling.

use crate::domain::contact::{ContactForm, ContactMethod};
use crate::i18n::{Locale, t, t_args};
use leptos::prelude::*;

/// What the form shows again after a problem, so nothing typed is lost. No `Debug`: it holds
/// what a person wrote, which must never reach a log.
#[derive(Clone, Default)]
pub struct Answers {
    pub help: String,
    pub name: String,
    pub method: String,
    pub detail: String,
    pub safe_times: String,
    pub leave_message: String,
    pub interpreter: String,
}

impl Answers {
    /// The answers from a posted form's fields, by name.
    pub fn read<'a>(field: impl Fn(&str) -> &'a str) -> Self {
        Answers {
            help: field("help").to_owned(),
            name: field("name").to_owned(),
            method: field("method").to_owned(),
            detail: field("detail").to_owned(),
            safe_times: field("safe_times").to_owned(),
            leave_message: field("leave_message").to_owned(),
            interpreter: field("interpreter").to_owned(),
        }
    }

    pub fn form(&self) -> ContactForm<'_> {
        ContactForm {
            help: &self.help,
            name: &self.name,
            method: &self.method,
            detail: &self.detail,
            safe_times: &self.safe_times,
            leave_message: &self.leave_message,
            interpreter: &self.interpreter,
        }
    }
}

#[component]
pub fn ContactPage(
    locale: Locale,
    slug: String,
    service: String,
    answers: Answers,
    errors: Vec<&'static str>,
) -> impl IntoView {
    let action = format!("/{}/services/{slug}/contact", locale.tag());
    let back = format!("/{}/services/{slug}", locale.tag());
    let Answers {
        help,
        name,
        method,
        detail,
        safe_times,
        leave_message,
        interpreter,
    } = answers;
    view! {
        <h1>{t("contact-title")}</h1>
        <p>{t_args("contact-intro", &[("service", service.into())])}</p>
        <p class="notice"><strong>{t("contact-not-urgent")}</strong></p>
        {(!errors.is_empty()).then(|| view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <ul>{errors.into_iter().map(|id| view! { <li>{t(id)}</li> }).collect_view()}</ul>
            </div>
        })}
        <form method="post" action=action class="form contact-form">
            <label for="help">{t("contact-help-label")}</label>
            <p class="hint" id="help-hint">{t("contact-help-hint")}</p>
            <textarea id="help" name="help" rows="3" maxlength="1000" aria-describedby="help-hint">{help}</textarea>
            <label for="name">{t("contact-name-label")}</label>
            <p class="hint" id="name-hint">{t("contact-name-hint")}</p>
            <input id="name" name="name" type="text" maxlength="100" required autocomplete="off" aria-describedby="name-hint" value=name />
            <fieldset>
                <legend>{t("contact-method-legend")}</legend>
                {ContactMethod::ALL.into_iter().map(|m| {
                    let id = format!("method-{}", m.as_str());
                    view! {
                        <div class="radio">
                            <input id=id.clone() name="method" type="radio" value=m.as_str() checked={method == m.as_str()} />
                            <label for=id>{t(&format!("contact-method-{}", m.as_str()))}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <label for="detail">{t("contact-detail-label")}</label>
            <p class="hint" id="detail-hint">{t("contact-detail-hint")}</p>
            <input id="detail" name="detail" type="text" maxlength="100" autocomplete="off" aria-describedby="detail-hint" value=detail />
            <label for="safe_times">{t("contact-safe-times-label")}</label>
            <p class="hint" id="times-hint">{t("contact-safe-times-hint")}</p>
            <input id="safe_times" name="safe_times" type="text" maxlength="200" autocomplete="off" aria-describedby="times-hint" value=safe_times />
            <fieldset>
                <legend>{t("contact-message-legend")}</legend>
                <div class="radio">
                    <input id="message-yes" name="leave_message" type="radio" value="yes" checked={leave_message == "yes"} />
                    <label for="message-yes">{t("contact-message-yes")}</label>
                </div>
                <div class="radio">
                    <input id="message-no" name="leave_message" type="radio" value="no" checked={leave_message == "no"} />
                    <label for="message-no">{t("contact-message-no")}</label>
                </div>
            </fieldset>
            <label for="interpreter">{t("contact-interpreter-label")}</label>
            <input id="interpreter" name="interpreter" type="text" maxlength="100" autocomplete="off" value=interpreter />
            <button type="submit" class="button">{t("contact-send")}</button>
        </form>
        <p><a href=back>{t("contact-back-to-service")}</a></p>
    }
}

#[component]
pub fn ContactSent(
    locale: Locale,
    slug: String,
    service: String,
    reference: String,
    by_themselves: bool,
) -> impl IntoView {
    view! {
        <h1>{t("contact-sent-title")}</h1>
        <p class="reference">{t_args("contact-sent-reference", &[("reference", reference.into())])}</p>
        <p>{if by_themselves {
            t_args("contact-sent-self", &[("service", service.into())])
        } else {
            t_args("contact-sent-body", &[("service", service.into())])
        }}</p>
        <p><a href=format!("/{}/services/{slug}", locale.tag())>{t("contact-back-to-service")}</a></p>
    }
}

#[cfg(feature = "ssr")]
mod handlers {
    use super::{Answers, ContactPage, ContactSent};
    use crate::domain::contact::{ContactDetails, ContactMethod};
    use crate::error::AppError;
    use crate::i18n::{Locale, t_in};
    use crate::ssr::auth::{now_text, secret};
    use crate::ssr::db::contact::{NewContactRequest, insert};
    use crate::ssr::notify::{self, Audience, Message};
    use crate::ssr::render::{Caching, Page, PageError, respond};
    use crate::ssr::state::AppState;
    use axum::extract::{Path, State};
    use axum::http::StatusCode;
    use axum::response::Response;
    use leptos::prelude::*;

    /// The service, if it takes contact requests through the portal.
    fn contactable(state: &AppState, locale: Locale, slug: &str) -> Result<String, PageError> {
        let directory = state.directory.snapshot();
        directory
            .service(slug)
            .filter(|s| s.accepts_online_contact)
            .map(|s| s.summary.name_in(locale).text)
            .ok_or_else(|| PageError::new(locale, AppError::NotFound))
    }

    fn page(locale: Locale, slug: &str) -> Page {
        // A neutral title: the tab and history say nothing about what the page is for.
        Page::new(
            locale,
            t_in(locale, "results-page-title", &[]),
            format!("/services/{slug}/contact"),
        )
        .caching(Caching::NoStore)
    }

    pub async fn form(
        State(state): State<AppState>,
        Path((lang, slug)): Path<(String, String)>,
    ) -> Result<Response, PageError> {
        let locale = super::super::locale_of(&lang)?;
        let service = contactable(&state, locale, &slug)?;
        let page = page(locale, &slug);
        Ok(respond(&state, page, move || {
            view! { <ContactPage locale slug service answers=Answers::default() errors=vec![] /> }
        }))
    }

    pub async fn send(
        State(state): State<AppState>,
        Path((lang, slug)): Path<(String, String)>,
        fields: Result<axum::Form<Vec<(String, String)>>, axum::extract::rejection::FormRejection>,
    ) -> Result<Response, PageError> {
        let locale = super::super::locale_of(&lang)?;
        let axum::Form(fields) = fields.map_err(|rejection| {
            PageError::new(
                locale,
                AppError::from_form_rejection(&rejection, "error-form-unreadable"),
            )
        })?;
        let service = contactable(&state, locale, &slug)?;
        let answers = Answers::read(|name| fields.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str()));
        let details = match ContactDetails::parse(&answers.form(), locale.tag()) {
            Ok(details) => details,
            Err(errors) => {
                let page = page(locale, &slug).status(StatusCode::UNPROCESSABLE_ENTITY);
                return Ok(respond(&state, page, move || {
                    view! { <ContactPage locale slug service answers errors /> }
                }));
            }
        };
        let by_themselves = details.method == ContactMethod::None;
        let slug_value =
            crate::domain::slug::Slug::parse(&slug).map_err(|_| PageError::new(locale, AppError::NotFound))?;
        let service_id = crate::ssr::db::directory::service_id(&slug_value);
        let id = uuid::Uuid::new_v4().to_string();
        let plaintext = serde_json::to_vec(&details).map_err(|e| PageError::new(locale, AppError::internal(e)))?;
        let sealed = state.keys.seal(&id, &plaintext);
        let now = now_text();
        let mut reference = secret::case_reference();
        // A clash of references is rare (31^8 of them); draw again if it happens.
        for _ in 0..5 {
            let stored = insert(
                &state.pool,
                &NewContactRequest {
                    id: &id,
                    reference: &reference,
                    service_id: &service_id,
                    sealed: &sealed,
                    now: &now,
                },
            )
            .await;
            let stored = match stored.map_err(AppError::from) {
                Ok(stored) => stored,
                // The form again, answers kept, so that nothing typed is lost: the person can
                // send it later, or call instead.
                Err(error @ AppError::StorageFull(_)) => {
                    tracing::error!(error = %crate::error::error_chain(&error), "request failed");
                    let page = page(locale, &slug).status(error.status_code());
                    let errors = vec![error.message_id()];
                    return Ok(respond(&state, page, move || {
                        view! { <ContactPage locale slug service answers errors /> }
                    }));
                }
                Err(error) => return Err(PageError::new(locale, error)),
            };
            if stored {
                notify::send_later(
                    &state,
                    Audience::ProvidersOfService { service_id },
                    Message {
                        subject_id: "staff-mail-new-request-subject",
                        body_id: "staff-mail-new-request-body",
                    },
                    "/staff/inbox".to_owned(),
                );
                let page = page(locale, &slug);
                return Ok(respond(&state, page, move || {
                    view! { <ContactSent locale slug service reference by_themselves /> }
                }));
            }
            reference = secret::case_reference();
        }
        Err(PageError::new(
            locale,
            AppError::internal("no free contact reference after five draws"),
        ))
    }
}

#[cfg(feature = "ssr")]
pub use handlers::{form, send};
