//! Locales and interface text. Every word a page shows comes from the Fluent files in
//! `locales/<tag>/`, looked up through [`t`] with the request's locale in context.

use serde::{Deserialize, Serialize};

/// The thirteen languages of the portal (DESIGN.md section 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    En,
    Ar,
    Bn,
    Es,
    Fr,
    It,
    Pl,
    Pt,
    Ro,
    So,
    Tr,
    Ur,
    ZhHans,
    /// A pseudo-locale for finding text that escaped translation: every message shows as
    /// `⟦English⟧`. Served at `/en-XA/` in development builds only; never listed or published.
    Pseudo,
}

/// Text direction of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    pub const ALL: [Locale; 13] = [
        Locale::En,
        Locale::Ar,
        Locale::Bn,
        Locale::Es,
        Locale::Fr,
        Locale::It,
        Locale::Pl,
        Locale::Pt,
        Locale::Ro,
        Locale::So,
        Locale::Tr,
        Locale::Ur,
        Locale::ZhHans,
    ];

    /// The locales whose interface text exists in `locales/` (a test checks that every message
    /// is there). A locale leaves this list rather than show English under its own tag.
    pub const PUBLISHED: [Locale; 13] = Locale::ALL;

    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Bn => "bn",
            Locale::Es => "es",
            Locale::Fr => "fr",
            Locale::It => "it",
            Locale::Pl => "pl",
            Locale::Pt => "pt",
            Locale::Ro => "ro",
            Locale::So => "so",
            Locale::Tr => "tr",
            Locale::Ur => "ur",
            Locale::ZhHans => "zh-Hans",
            Locale::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, for the language chooser.
    pub const fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ar => "العربية",
            Locale::Bn => "বাংলা",
            Locale::Es => "Español",
            Locale::Fr => "Français",
            Locale::It => "Italiano",
            Locale::Pl => "Polski",
            Locale::Pt => "Português",
            Locale::Ro => "Română",
            Locale::So => "Soomaali",
            Locale::Tr => "Türkçe",
            Locale::Ur => "اردو",
            Locale::ZhHans => "简体中文",
            Locale::Pseudo => "⟦Pseudo⟧",
        }
    }

    pub const fn direction(self) -> Direction {
        match self {
            Locale::Ar | Locale::Ur => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Parses a tag as it appears in a path or an `Accept-Language` entry; `zh` means
    /// Simplified Chinese, and matching ignores case and region (`en-GB` is `en`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim().to_ascii_lowercase();
        if tag == "zh-hans" || tag == "zh" || tag == "zh-cn" || tag == "zh-sg" || tag.starts_with("zh-hans-") {
            return Some(Locale::ZhHans);
        }
        let language = tag.split(['-', '_']).next().unwrap_or_default();
        Locale::ALL
            .into_iter()
            .find(|locale| locale.tag() == language && *locale != Locale::ZhHans)
    }

    /// A locale from the first path segment: only published locales, spelled as published.
    pub fn from_path_segment(segment: &str) -> Option<Locale> {
        if segment == Locale::Pseudo.tag() && cfg!(debug_assertions) {
            return Some(Locale::Pseudo);
        }
        Locale::PUBLISHED
            .into_iter()
            .find(|locale| locale.tag() == segment || (segment == "zh" && *locale == Locale::ZhHans))
    }

    pub fn is_published(self) -> bool {
        Locale::PUBLISHED.contains(&self)
    }

    /// The best published locale for an `Accept-Language` header, English when none fits.
    pub fn negotiate(accept_language: &str) -> Locale {
        let mut ranked: Vec<(f32, usize, Locale)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, entry)| {
                let mut parts = entry.split(';');
                let tag = parts.next()?.trim();
                let quality = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                let locale = Locale::from_tag(tag)?;
                (quality > 0.0 && locale.is_published()).then_some((quality, position, locale))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.first().map_or(Locale::En, |(_, _, locale)| *locale)
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(feature = "ssr")]
pub use server::{I18n, current_locale, format_date, format_number, format_time, number_style, t, t_args, t_in};

#[cfg(feature = "ssr")]
mod server {
    use super::Locale;
    use fluent_templates::fluent_bundle::FluentValue;
    use fluent_templates::{LanguageIdentifier, Loader, static_loader};
    use std::borrow::Cow;
    use std::collections::HashMap;

    static_loader! {
        static LOCALES = {
            locales: "../locales",
            fallback_language: "en",
            // Numbers in messages ("{ $count } services") in each language's own digits and
            // grouping, by CLDR, rather than Fluent's plain ASCII.
            customise: |bundle| bundle.set_formatter(Some(cldr_number)),
        };
    }

    /// A CLDR number formatter for one language, built once per language by Fluent's memoizer.
    struct CldrNumbers(icu_decimal::DecimalFormatter);

    impl intl_memoizer::Memoizable for CldrNumbers {
        type Args = ();
        type Error = ();

        fn construct(lang: LanguageIdentifier, (): ()) -> Result<Self, ()> {
            let locale = icu_locale_core::Locale::try_from_str(&lang.to_string()).map_err(|_| ())?;
            icu_decimal::DecimalFormatter::try_new(
                locale.into(),
                icu_decimal::options::DecimalFormatterOptions::default(),
            )
            .map(CldrNumbers)
            .map_err(|_| ())
        }
    }

    fn cldr_number(value: &FluentValue<'_>, memoizer: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
        let FluentValue::Number(number) = value else {
            return None;
        };
        if !number.value.is_finite() || number.value.fract() != 0.0 || number.value.abs() > 1e15 {
            return None;
        }
        #[allow(clippy::cast_possible_truncation)]
        let integer = number.value as i64;
        memoizer
            .with_try_get::<CldrNumbers, _, _>((), |numbers| {
                numbers.0.format_to_string(&icu_decimal::input::Decimal::from(integer))
            })
            .ok()
    }

    /// How `locale` writes the description counter's numbers, for the island to use in the
    /// browser without any locale data of its own.
    /// Built once per locale: every page with the description box needs it, and building it
    /// takes a dozen CLDR formatters.
    pub fn number_style(locale: Locale) -> crate::components::description_field::NumberStyle {
        static STYLES: std::sync::OnceLock<
            std::collections::HashMap<Locale, crate::components::description_field::NumberStyle>,
        > = std::sync::OnceLock::new();
        STYLES
            .get_or_init(|| {
                Locale::ALL
                    .into_iter()
                    .chain([Locale::Pseudo])
                    .map(|l| (l, build_number_style(l)))
                    .collect()
            })
            .get(&locale)
            .cloned()
            .unwrap_or_else(|| build_number_style(locale))
    }

    fn build_number_style(locale: Locale) -> crate::components::description_field::NumberStyle {
        let digits = (0..10)
            .filter_map(|d| format_number(locale, d).chars().next())
            .collect();
        let separator_in = |n: i64| {
            format_number(locale, n)
                .chars()
                .filter(|c| !c.is_numeric())
                .collect::<String>()
        };
        let (separator, group_from) = match separator_in(1000) {
            s if !s.is_empty() => (s, 1000),
            _ => (separator_in(10_000), 10_000),
        };
        crate::components::description_field::NumberStyle {
            digits,
            separator,
            group_from,
        }
    }

    /// The CLDR locale a portal locale formats with: English is written as in the UK.
    fn cldr_locale(locale: Locale) -> Option<icu_locale_core::Locale> {
        let tag = match locale {
            Locale::En | Locale::Pseudo => "en-GB",
            other => other.tag(),
        };
        icu_locale_core::Locale::try_from_str(tag).ok()
    }

    /// A time of day (London time) as `locale` writes times, by CLDR ("09:00", "9:00 AM").
    pub fn format_time(locale: Locale, time: crate::domain::hours::TimeOfDay) -> String {
        let minutes = time.minutes() % (24 * 60);
        let (hour, minute) = (
            u8::try_from(minutes / 60).unwrap_or(0),
            u8::try_from(minutes % 60).unwrap_or(0),
        );
        let formatted = cldr_locale(locale).and_then(|l| {
            let formatter =
                icu_datetime::NoCalendarFormatter::try_new(l.into(), icu_datetime::fieldsets::T::hm()).ok()?;
            let time = icu_datetime::input::Time::try_new(hour, minute, 0, 0).ok()?;
            Some(formatter.format(&time).to_string())
        });
        formatted.unwrap_or_else(|| time.to_hhmm())
    }

    /// A calendar date as `locale` writes dates, by CLDR ("29 November 2026").
    pub fn format_date(locale: Locale, year: i32, month: u8, day: u8) -> Option<String> {
        let formatter = icu_datetime::FixedCalendarDateTimeFormatter::<icu_calendar::Gregorian, _>::try_new(
            cldr_locale(locale)?.into(),
            icu_datetime::fieldsets::YMD::long(),
        )
        .ok()?;
        let date = icu_calendar::Date::try_new_gregorian(year, month, day).ok()?;
        Some(formatter.format(&date).to_string())
    }

    /// `n` written as `locale` writes numbers (digits and grouping), for text built in code.
    pub fn format_number(locale: Locale, n: i64) -> String {
        let tag = if locale == Locale::Pseudo {
            Locale::En.tag()
        } else {
            locale.tag()
        };
        icu_locale_core::Locale::try_from_str(tag)
            .ok()
            .and_then(|l| {
                icu_decimal::DecimalFormatter::try_new(
                    l.into(),
                    icu_decimal::options::DecimalFormatterOptions::default(),
                )
                .ok()
            })
            .map_or_else(
                || n.to_string(),
                |f| f.format_to_string(&icu_decimal::input::Decimal::from(n)),
            )
    }

    /// The request's locale, provided as context while a page renders.
    #[derive(Debug, Clone, Copy)]
    pub struct I18n {
        pub locale: Locale,
    }

    fn language_identifier(locale: Locale) -> LanguageIdentifier {
        locale.tag().parse().unwrap_or_default()
    }

    /// A message in `locale`, falling back to English, and to the message id itself (which a
    /// test forbids from ever reaching a page) rather than panicking.
    pub fn t_in(locale: Locale, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        if locale == Locale::Pseudo {
            return format!("⟦{}⟧", t_in(Locale::En, id, args));
        }
        let lang = language_identifier(locale);
        let text = if args.is_empty() {
            LOCALES.try_lookup(&lang, id)
        } else {
            let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
                .iter()
                .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
                .collect();
            LOCALES.try_lookup_with_args(&lang, id, &args)
        };
        text.unwrap_or_else(|| {
            tracing::warn!(message_id = id, locale = locale.tag(), "missing interface message");
            id.to_owned()
        })
    }

    pub fn current_locale() -> Locale {
        leptos::prelude::use_context::<I18n>().map_or(Locale::En, |i18n| i18n.locale)
    }

    /// A message in the locale of the page being rendered.
    pub fn t(id: &str) -> String {
        t_in(current_locale(), id, &[])
    }

    /// A message with arguments in the locale of the page being rendered.
    pub fn t_args(id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        t_in(current_locale(), id, args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "ssr")]
    #[test]
    fn numbers_follow_each_languages_cldr_rules() {
        assert_eq!(format_number(Locale::En, 5000), "5,000");
        assert_eq!(format_number(Locale::Bn, 5000), "৫,০০০");
        // CLDR's default for Arabic (`ar`) is Western digits; Bengali keeps its own.
        assert_eq!(format_number(Locale::Ar, 12), "12");
        assert_eq!(format_number(Locale::Fr, 5000), "5\u{202f}000");
        let count = t_args_in(Locale::Bn, 12);
        assert!(count.contains("১২"), "{count}");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn times_and_dates_follow_each_languages_cldr_rules() {
        let nine = crate::domain::hours::TimeOfDay::from_hm(9, 0).expect("time");
        assert_eq!(format_time(Locale::En, nine), "09:00");
        assert!(
            format_time(Locale::Bn, nine).contains('৯'),
            "{}",
            format_time(Locale::Bn, nine)
        );
        assert_eq!(
            format_date(Locale::En, 2026, 11, 29).as_deref(),
            Some("29 November 2026")
        );
        assert!(format_date(Locale::Pl, 2026, 11, 29).is_some_and(|d| d.contains("listopada")));
    }

    #[cfg(feature = "ssr")]
    fn t_args_in(locale: Locale, count: i64) -> String {
        t_in(locale, "topic-service-count", &[("count", count.into())])
    }

    #[test]
    fn tags_parse_loosely() {
        assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("zh"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("zh-Hans"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("PL"), Some(Locale::Pl));
        assert_eq!(Locale::from_tag("de"), None);
    }

    #[test]
    fn arabic_and_urdu_are_right_to_left() {
        for locale in Locale::ALL {
            let rtl = matches!(locale, Locale::Ar | Locale::Ur);
            assert_eq!(locale.direction() == Direction::Rtl, rtl, "{locale}");
        }
    }

    #[test]
    fn negotiation_prefers_quality_then_order_and_falls_back_to_english() {
        assert_eq!(Locale::negotiate(""), Locale::En);
        assert_eq!(Locale::negotiate("de-DE,de;q=0.9"), Locale::En);
        assert_eq!(Locale::negotiate("de;q=0.9,en;q=0.8"), Locale::En);
        assert_eq!(Locale::negotiate("garbage;;q=x,,"), Locale::En);
    }
}

#[cfg(test)]
mod catalogue_tests {
    use super::Locale;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn message_ids(path: &Path) -> BTreeSet<String> {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        text.lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    /// Every message of every English file exists in every locale: a missing one is named with
    /// its locale and file, so a translator knows exactly what to add.
    #[test]
    fn every_message_exists_in_every_locale() {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales"));
        let mut files: Vec<_> = std::fs::read_dir(root.join("en"))
            .expect("locales/en")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        files.sort();
        let mut missing = Vec::new();
        for file in &files {
            let name = file.file_name().expect("file name");
            let english = message_ids(file);
            for locale in Locale::PUBLISHED {
                let translated = message_ids(&root.join(locale.tag()).join(name));
                for id in english.difference(&translated) {
                    missing.push(format!("{}/{}: {id}", locale.tag(), name.to_string_lossy()));
                }
                for id in translated.difference(&english) {
                    missing.push(format!(
                        "{}/{}: {id} is not in English",
                        locale.tag(),
                        name.to_string_lossy()
                    ));
                }
            }
        }
        assert!(missing.is_empty(), "messages out of step:\n{}", missing.join("\n"));
    }
}
