//! Content pages: Markdown files in `content/<locale>/<name>.md`, rendered to HTML once at
//! start-up. A page missing in a locale falls back to English, and says so.

use crate::i18n::Locale;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use std::collections::HashMap;
use std::path::Path;

/// The content pages every locale is expected to have.
pub const PAGE_NAMES: [&str; 3] = ["safety", "accessibility", "privacy"];

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
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path} has no `# Title` line")]
    NoTitle { path: String },
    #[error("content/en/{name}.md is missing: every locale falls back to it")]
    MissingEnglish { name: String },
}

impl ContentPages {
    /// Loads every `<locale>/<name>.md` under `root` for the known page names.
    pub fn load(root: &Path) -> Result<Self, ContentError> {
        let mut pages = HashMap::new();
        for locale in Locale::ALL {
            for name in PAGE_NAMES {
                let path = root.join(locale.tag()).join(format!("{name}.md"));
                let text = match std::fs::read_to_string(&path) {
                    Ok(text) => text,
                    Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(source) => {
                        return Err(ContentError::Read {
                            path: path.display().to_string(),
                            source,
                        });
                    }
                };
                let page = render_markdown(&text).ok_or_else(|| ContentError::NoTitle {
                    path: path.display().to_string(),
                })?;
                pages.insert((locale, name.to_owned()), page);
            }
        }
        for name in PAGE_NAMES {
            if !pages.contains_key(&(Locale::En, name.to_owned())) {
                return Err(ContentError::MissingEnglish { name: name.to_owned() });
            }
        }
        Ok(ContentPages { pages })
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
    fn a_page_without_a_title_is_refused() {
        assert!(render_markdown("no heading").is_none());
    }

    #[test]
    fn the_shipped_english_pages_load() {
        let pages =
            ContentPages::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"))).expect("content loads");
        for name in PAGE_NAMES {
            let found = pages.get(Locale::Pl, name).expect("english fallback");
            assert!(found.is_fallback);
        }
    }
}
