//! The page shown for a missing address or a request that could not be served.

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn ErrorPage(title_id: &'static str, message_id: &'static str) -> impl IntoView {
    let home = format!(
        "/{}/",
        use_context::<crate::i18n::I18n>().map_or("en", |i| i.locale.tag())
    );
    view! {
        <div class="error-page">
            <h1>{t(title_id)}</h1>
            <p class="lead">{t(message_id)}</p>
            <p><a class="button" href=home>{t("error-home-link")}</a></p>
        </div>
    }
}
