//! One service in a list: enough to choose it, and the quickest safe way to reach it.

use crate::directory::ServiceSummary;
use crate::i18n::{Locale, t};
use leptos::prelude::*;

#[component]
pub fn OpenBadge(open: Option<bool>) -> impl IntoView {
    let (class, id) = match open {
        Some(true) => ("badge badge--open", "open-now"),
        Some(false) => ("badge badge--closed", "closed-now"),
        None => ("badge badge--unknown", "hours-unknown"),
    };
    view! { <span class=class>{t(id)}</span> }
}

#[component]
pub fn ServiceCard(
    locale: Locale,
    service: ServiceSummary,
    open: Option<bool>,
    /// Why this service was suggested, already worded for the reader.
    #[prop(optional)]
    reason: Option<String>,
) -> impl IntoView {
    let href = format!("/{}/services/{}", locale.tag(), service.slug);
    let phone = service.phones.first().cloned();
    let name = service.name_in(locale);
    let description = service.description_in(locale);
    view! {
        <article class="service-card">
            <h3 class="service-card__name"><a href=href lang=name.lang>{name.text}</a></h3>
            <p class="service-card__organisation">{service.organization}</p>
            {reason.map(|reason| view! { <p class="service-card__reason">{reason}</p> })}
            <p class="service-card__description" lang=description.lang>{description.text}</p>
            <p class="service-card__meta">
                <OpenBadge open />
                {(!service.verified).then(|| view! { <span class="badge badge--unverified">{t("not-verified")}</span> })}
            </p>
            {phone.map(|phone| {
                let uri = phone.uri();
                view! {
                    <p class="service-card__phone">
                        <a href=uri>{phone.number}</a>
                        {phone.description.map(|d| view! { " " <span class="service-card__phone-note">{d}</span> })}
                    </p>
                }
            })}
        </article>
    }
}
