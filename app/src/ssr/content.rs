//! Content pages: Markdown files in `content/<locale>/<name>.md`, rendered to HTML once at
//! start-up. A page missing in a locale falls back to English, and says so.

use crate::domain::taxonomy::{Need, Situation};
use crate::i18n::Locale;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use std::collections::HashMap;
use std::path::Path;

/// The pages English must have, since every other locale falls back to it: the fixed pages,
/// one page per situation and need, and the rights section's front page.
pub fn required_pages() -> Vec<String> {
    let fixed = ["safety", "accessibility", "privacy", "rights/index"].map(str::to_owned);
    let situations = Situation::ALL.iter().map(|s| format!("situations/{s}"));
    let needs = Need::ALL.iter().map(|n| format!("needs/{n}"));
    fixed.into_iter().chain(situations).chain(needs).collect()
}

#[derive(Debug, Clone)]
pub struct ContentPage {
    pub title: String,
    pub html: String,
}

/// A page found for a request, and whether it is the English fallback.
pub struct FoundPage<'a> {
    pub page: &'a ContentPage,
    pub is_fallback: bool,
}

#[derive(Debug, Default)]
pub struct ContentPages {
    pages: HashMap<(Locale, String), ContentPage>,
}

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("cannot read {path}")]
    Read { path: String, source: std::io::Error },
    #[error("{path} has no `# Title` line")]
    NoTitle { path: String },
    #[error("content/en/{name}.md is missing: every locale falls back to it")]
    MissingEnglish { name: String },
}

impl ContentPages {
    /// Loads every `<locale>/**/<name>.md` under `root`; a page's name is its path without the
    /// extension (`safety`, `situations/stalking`, `rights/victims-code`).
    pub fn load(root: &Path) -> Result<Self, ContentError> {
        let mut pages = HashMap::new();
        for locale in Locale::ALL {
            let folder = root.join(locale.tag());
            if !folder.is_dir() {
                continue;
            }
            for path in markdown_files(&folder)? {
                let text = std::fs::read_to_string(&path).map_err(|source| ContentError::Read {
                    path: path.display().to_string(),
                    source,
                })?;
                let page = render_markdown(&text).ok_or_else(|| ContentError::NoTitle {
                    path: path.display().to_string(),
                })?;
                let name = path
                    .strip_prefix(&folder)
                    .unwrap_or(&path)
                    .with_extension("")
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                pages.insert((locale, name), page);
            }
        }
        for name in required_pages() {
            if !pages.contains_key(&(Locale::En, name.clone())) {
                return Err(ContentError::MissingEnglish { name });
            }
        }
        Ok(ContentPages { pages })
    }

    /// The names of the pages present in `locale` itself (not by fallback).
    pub fn names_in(&self, locale: Locale) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .pages
            .keys()
            .filter(|(l, _)| *l == locale)
            .map(|(_, n)| n.as_str())
            .collect();
        names.sort_unstable();
        names
    }

    pub fn get(&self, locale: Locale, name: &str) -> Option<FoundPage<'_>> {
        if let Some(page) = self.pages.get(&(locale, name.to_owned())) {
            return Some(FoundPage {
                page,
                is_fallback: false,
            });
        }
        self.pages.get(&(Locale::En, name.to_owned())).map(|page| FoundPage {
            page,
            is_fallback: locale != Locale::En,
        })
    }
}

/// Renders Markdown to HTML, taking the first level-one heading as the title and leaving it out
/// of the body (the page template shows it). Raw HTML in the source is shown as text, never
/// passed through.
pub fn render_markdown(text: &str) -> Option<ContentPage> {
    let mut title = None;
    let mut in_title = false;
    let mut events = Vec::new();
    for event in Parser::new(text) {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) if title.is_none() => {
                in_title = true;
                title = Some(String::new());
            }
            Event::End(TagEnd::Heading(HeadingLevel::H1)) if in_title => in_title = false,
            Event::Text(ref t) | Event::Code(ref t) if in_title => {
                if let Some(title) = title.as_mut() {
                    title.push_str(t);
                }
            }
            _ if in_title => {}
            Event::Html(raw) | Event::InlineHtml(raw) => events.push(Event::Text(raw)),
            other => events.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    title
        .filter(|t| !t.trim().is_empty())
        .map(|title| ContentPage { title, html })
}

/// Every `.md` file below `folder`, in a stable order.
fn markdown_files(folder: &Path) -> Result<Vec<std::path::PathBuf>, ContentError> {
    let mut files = Vec::new();
    let mut pending = vec![folder.to_owned()];
    while let Some(current) = pending.pop() {
        let entries = std::fs::read_dir(&current).map_err(|source| ContentError::Read {
            path: current.display().to_string(),
            source,
        })?;
        for entry in entries {
            let path = entry
                .map_err(|source| ContentError::Read {
                    path: current.display().to_string(),
                    source,
                })?
                .path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_comes_from_the_first_heading_and_html_is_escaped() {
        let page =
            render_markdown("# Staying safe\n\nSome <script>alert(1)</script> text.\n\n## More\n").expect("title");
        assert_eq!(page.title, "Staying safe");
        assert!(!page.html.contains("<h1>"));
        assert!(!page.html.contains("<script>"));
        assert!(page.html.contains("&lt;script&gt;"));
        assert!(page.html.contains("<h2>More</h2>"));
    }

    #[test]
    fn a_page_missing_in_a_locale_falls_back_to_english_and_says_so() {
        let root = tempfile::tempdir().expect("folder");
        for name in required_pages() {
            let path = root.path().join("en").join(format!("{name}.md"));
            std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
            std::fs::write(&path, format!("# {name}\n\nText.")).expect("write");
        }
        std::fs::create_dir_all(root.path().join("pl")).expect("folder");
        std::fs::write(root.path().join("pl").join("safety.md"), "# Bezpieczeństwo\n\nTekst.").expect("write");
        let pages = ContentPages::load(root.path()).expect("loads");
        let own = pages.get(Locale::Pl, "safety").expect("page");
        assert!(!own.is_fallback);
        assert_eq!(own.page.title, "Bezpieczeństwo");
        let fallback = pages.get(Locale::Pl, "privacy").expect("page");
        assert!(fallback.is_fallback);
        assert_eq!(fallback.page.title, "privacy");
    }

    #[test]
    fn every_locale_has_every_english_page() {
        let pages =
            ContentPages::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"))).expect("content loads");
        let english = pages.names_in(Locale::En);
        let mut missing = Vec::new();
        for locale in Locale::ALL {
            let present = pages.names_in(locale);
            missing.extend(
                english
                    .iter()
                    .filter(|name| !present.contains(name))
                    .map(|name| format!("{locale}/{name}")),
            );
        }
        assert!(
            missing.is_empty(),
            "pages shown in English for want of a translation: {missing:?}"
        );
    }

    #[test]
    fn a_page_without_a_title_is_refused() {
        assert!(render_markdown("no heading").is_none());
    }

    #[test]
    fn the_shipped_english_pages_load() {
        let pages =
            ContentPages::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"))).expect("content loads");
        for name in required_pages() {
            let found = pages.get(Locale::Pl, &name).expect("english fallback");
            assert!(found.is_fallback || pages.names_in(Locale::Pl).contains(&name.as_str()));
        }
    }
}
