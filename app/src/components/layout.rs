//! The frame of every page: document head, quick exit, emergency banner, navigation, footer.

use crate::i18n::{Locale, t};
use leptos::config::LeptosOptions;
use leptos::prelude::*;

/// Where quick exit goes: a neutral, everyday page.
pub const QUICK_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

#[component]
pub fn Shell(
    locale: Locale,
    title: String,
    path: String,
    options: Option<LeptosOptions>,
    /// Danger now: the emergency panel grows, takes the alert role and says more.
    urgent: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <html lang=locale.tag() dir=locale.direction().as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="referrer" content="no-referrer" />
                <title>{title}</title>
                // An empty icon: otherwise every browser asks for /favicon.ico on each visit.
                <link rel="icon" href="data:," />
                <link rel="stylesheet" href="/pkg/portal.css" />
                // Quick exit is plain JavaScript, not an island: it must work the moment the
                // page appears, before (or without) WebAssembly.
                <script src="/quick-exit.js" defer></script>
                {options.map(|options| view! { <HydrationScripts options islands=true /> })}
            </head>
            <body>
                <a class="skip-link" href="#main">{t("skip-to-content")}</a>
                <SiteHeader locale path />
                <EmergencyBanner locale urgent />
                <main id="main" tabindex="-1">{children()}</main>
                <SiteFooter locale />
            </body>
        </html>
    }
}

#[component]
fn SiteHeader(locale: Locale, path: String) -> impl IntoView {
    let home = format!("/{}/", locale.tag());
    let other_languages: Vec<Locale> = Locale::PUBLISHED.into_iter().filter(|l| *l != locale).collect();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-name" href=home>{t("site-name")}</a>
                <QuickExit />
            </div>
            {(!other_languages.is_empty()).then(|| view! {
                <nav class="languages" aria-label=t("languages-label")>
                    <ul>
                        {other_languages.into_iter().map(|other| view! {
                            <li><a href=format!("/{}{}", other.tag(), path) lang=other.tag() hreflang=other.tag()>{other.native_name()}</a></li>
                        }).collect_view()}
                    </ul>
                </nav>
            })}
        </header>
    }
}

/// A plain link, so that it works with scripts off; `quick-exit.js` adds the keyboard
/// shortcuts and replaces the page so that Back does not return.
#[component]
pub fn QuickExit() -> impl IntoView {
    view! {
        <a class="quick-exit" href=QUICK_EXIT_URL rel="noreferrer" data-quick-exit="">
            <span class="quick-exit__label">{t("quick-exit")}</span>
            <span class="quick-exit__hint">{t("quick-exit-hint")}</span>
        </a>
    }
}

#[component]
pub fn EmergencyBanner(locale: Locale, urgent: bool) -> impl IntoView {
    let class = if urgent {
        "emergency emergency--urgent"
    } else {
        "emergency"
    };
    let safety = format!("/{}/safety", locale.tag());
    view! {
        <aside class=class aria-label=t("emergency-label") role=urgent.then_some("alert")>
            <p>
                <strong>{t("emergency-title")}</strong>" "
                <a href="tel:999">{t("emergency-call")}</a>" "
                {t("emergency-silent")}
            </p>
            {urgent.then(|| view! { <p><a href=safety>{t("emergency-safety-link")}</a></p> })}
        </aside>
    }
}

#[component]
fn SiteFooter(locale: Locale) -> impl IntoView {
    let link = |name: &str| format!("/{}/{name}", locale.tag());
    view! {
        <footer class="site-footer">
            <nav aria-label=t("footer-label")>
                <ul>
                    <li><a href=link("rights")>{t("nav-rights")}</a></li>
                    <li><a href=link("safety")>{t("nav-safety")}</a></li>
                    <li><a href=link("privacy")>{t("nav-privacy")}</a></li>
                    <li><a href=link("accessibility")>{t("nav-accessibility")}</a></li>
                </ul>
            </nav>
            <p>{t("footer-history-note")}</p>
        </footer>
    }
}
