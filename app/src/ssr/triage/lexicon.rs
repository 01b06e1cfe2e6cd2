//! The lexicon (`content/lexicon/<tag>.toml`): per language, the phrases that signal each
//! situation, need and group, the phrases that signal danger now, and the language's common
//! words. Loaded once, checked against the taxonomy, and analysed with the language's analyzer.

use super::analysis::{analyzer, terms};
use super::spelling::SpellingIndex;
use crate::domain::taxonomy::{Group, Need, Situation};
use crate::i18n::Locale;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// What a phrase is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Situation(Situation),
    Need(Need),
    Group(Group),
    Danger,
}

/// One phrase, analysed into the terms the matcher compares.
#[derive(Debug, Clone)]
pub struct Phrase {
    pub locale: Locale,
    pub target: Target,
    /// The reason id (`reason-<id>` in `locales/*/triage.ftl`); danger phrases have none.
    pub reason: Option<String>,
    pub text: String,
    /// The terms a whole match needs: the meaningful ones when there are two or more, else all.
    pub terms: Vec<String>,
    /// The phrase's terms without the language's function words.
    pub meaningful: Vec<String>,
}

/// A language's common words, as analysed terms, for telling languages apart.
#[derive(Debug, Clone, Default)]
pub struct CommonWords {
    pub native: HashSet<String>,
    pub romanised: HashSet<String>,
    /// Both lists as plain words (lower case, no accents, no stemming), for detection.
    pub plain_native: HashSet<String>,
    pub plain_romanised: HashSet<String>,
}

/// A language's danger-now rules (`content/lexicon/danger/<tag>.toml`): words of harm and words
/// that put it now; both near each other raise the alarm.
#[derive(Debug, Clone, Default)]
pub struct DangerRules {
    pub harm: Vec<DangerItem>,
    pub now: Vec<DangerItem>,
}

/// One item of a danger list: as written, and as analysed terms.
#[derive(Debug, Clone, Default)]
pub struct DangerItem {
    pub text: String,
    pub terms: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    pub phrases: Vec<Phrase>,
    pub common_words: BTreeMap<&'static str, (Locale, CommonWords)>,
    pub danger_rules: BTreeMap<&'static str, DangerRules>,
    /// Per language, the lexicon's words, for recognising a word typed with one slip.
    pub spelling: BTreeMap<&'static str, SpellingIndex>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DangerFile {
    language: String,
    harm: Vec<String>,
    now: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("cannot read {path}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    reason: String,
    phrases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DangerEntry {
    phrases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    language: String,
    common_words: Vec<String>,
    #[serde(default)]
    romanised_common_words: Vec<String>,
    situation: BTreeMap<Situation, Vec<Entry>>,
    need: BTreeMap<Need, Vec<Entry>>,
    group: BTreeMap<Group, Vec<Entry>>,
    danger: Vec<DangerEntry>,
}

/// A file that says which language it is for.
trait LanguageFile: serde::de::DeserializeOwned {
    fn language(&self) -> &str;
}

impl LanguageFile for LexiconFile {
    fn language(&self) -> &str {
        &self.language
    }
}

impl LanguageFile for DangerFile {
    fn language(&self) -> &str {
        &self.language
    }
}

/// Parses a language's TOML file and checks that it is the file for `locale`.
fn parse_language_file<F: LanguageFile>(locale: Locale, path: &Path, text: &str) -> Result<F, LexiconError> {
    let invalid = |message: String| LexiconError::Invalid {
        path: path.to_owned(),
        message,
    };
    let file: F = toml::from_str(text).map_err(|error| invalid(error.to_string()))?;
    if file.language() != locale.tag() {
        return Err(invalid(format!(
            "says language `{}` but is the file for `{}`",
            file.language(),
            locale.tag()
        )));
    }
    Ok(file)
}

impl Lexicon {
    /// Loads every language's file from `folder`; a missing language is an error, so that no
    /// language silently loses its triage.
    pub fn load(folder: &Path) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::default();
        for locale in Locale::ALL {
            let path = folder.join(format!("{}.toml", locale.tag()));
            let text = std::fs::read_to_string(&path).map_err(|source| LexiconError::Read {
                path: path.clone(),
                source,
            })?;
            lexicon.add_file(locale, &path, &text)?;
            let path = folder.join("danger").join(format!("{}.toml", locale.tag()));
            let text = std::fs::read_to_string(&path).map_err(|source| LexiconError::Read {
                path: path.clone(),
                source,
            })?;
            lexicon.add_danger_file(locale, &path, &text)?;
        }
        lexicon.index_spelling();
        Ok(lexicon)
    }

    /// Builds each language's spelling index from the words of its phrases and danger rules.
    pub fn index_spelling(&mut self) {
        for locale in Locale::ALL {
            let phrase_words = self
                .phrases
                .iter()
                .filter(|p| p.locale == locale)
                .flat_map(|p| p.terms.iter());
            let danger_words = self.danger_rules.get(locale.tag()).into_iter().flat_map(|rules| {
                rules
                    .harm
                    .iter()
                    .chain(rules.now.iter())
                    .flat_map(|item| item.terms.iter())
            });
            let index = SpellingIndex::new(phrase_words.chain(danger_words));
            self.spelling.insert(locale.tag(), index);
        }
    }

    /// Parses and adds one language's danger rules.
    pub fn add_danger_file(&mut self, locale: Locale, path: &Path, text: &str) -> Result<(), LexiconError> {
        let invalid = |message: String| LexiconError::Invalid {
            path: path.to_owned(),
            message,
        };
        let file: DangerFile = parse_language_file(locale, path, text)?;
        if file.harm.is_empty() || file.now.is_empty() {
            return Err(invalid("needs both `harm` and `now` items".to_owned()));
        }
        let mut analyzer = analyzer(locale);
        let mut analysed = |items: &[String]| {
            items
                .iter()
                .map(|item| DangerItem {
                    text: item.clone(),
                    terms: terms(&mut analyzer, item),
                })
                .filter(|item| !item.terms.is_empty())
                .collect::<Vec<_>>()
        };
        let rules = DangerRules {
            harm: analysed(&file.harm),
            now: analysed(&file.now),
        };
        self.danger_rules.insert(locale.tag(), rules);
        Ok(())
    }

    /// Parses and adds one language's file.
    pub fn add_file(&mut self, locale: Locale, path: &Path, text: &str) -> Result<(), LexiconError> {
        let invalid = |message: String| LexiconError::Invalid {
            path: path.to_owned(),
            message,
        };
        let file: LexiconFile = parse_language_file(locale, path, text)?;
        for situation in Situation::ALL {
            if !file.situation.contains_key(situation) {
                return Err(invalid(format!("has no entry for situation `{situation}`")));
            }
        }
        for need in Need::ALL {
            if !file.need.contains_key(need) {
                return Err(invalid(format!("has no entry for need `{need}`")));
            }
        }
        for group in Group::ALL {
            if !file.group.contains_key(group) {
                return Err(invalid(format!("has no entry for group `{group}`")));
            }
        }
        let mut analyzer = analyzer(locale);
        let words = |list: &[String], analyzer: &mut tantivy::tokenizer::TextAnalyzer| {
            list.iter()
                .flat_map(|word| terms(analyzer, word))
                .collect::<HashSet<String>>()
        };
        let plain = |list: &[String]| {
            list.iter()
                .flat_map(|word| super::analysis::plain_words(word))
                .collect::<HashSet<String>>()
        };
        let common = CommonWords {
            native: words(&file.common_words, &mut analyzer),
            romanised: words(&file.romanised_common_words, &mut analyzer),
            plain_native: plain(&file.common_words),
            plain_romanised: plain(&file.romanised_common_words),
        };
        let mut add = |target: Target, reason: Option<&str>, phrase: &str| -> Result<(), LexiconError> {
            let all_terms = terms(&mut analyzer, phrase);
            if all_terms.is_empty() {
                return Err(invalid(format!("the phrase `{phrase}` has no words")));
            }
            // Function words ("my", "the", "he") carry no meaning of their own: a phrase is
            // matched on the words that do when it has several. Danger phrases keep them all:
            // "kill me" and "killed him" must not look alike.
            let content: Vec<String> = all_terms
                .iter()
                .filter(|t| !common.native.contains(*t) && !common.romanised.contains(*t))
                .cloned()
                .collect();
            // A phrase left with one meaningful word ("nu îmi dă bani" → "bani") would match any
            // text using that word; such phrases keep all their words.
            let terms = if content.len() < 2 || target == Target::Danger {
                all_terms
            } else {
                content.clone()
            };
            self.phrases.push(Phrase {
                locale,
                target,
                reason: reason.map(str::to_owned),
                text: phrase.to_owned(),
                terms,
                meaningful: content,
            });
            Ok(())
        };
        let entries = file
            .situation
            .iter()
            .flat_map(|(slug, entries)| entries.iter().map(move |e| (Target::Situation(*slug), e)))
            .chain(
                file.need
                    .iter()
                    .flat_map(|(slug, entries)| entries.iter().map(move |e| (Target::Need(*slug), e))),
            )
            .chain(
                file.group
                    .iter()
                    .flat_map(|(slug, entries)| entries.iter().map(move |e| (Target::Group(*slug), e))),
            );
        for (target, entry) in entries {
            for phrase in &entry.phrases {
                add(target, Some(&entry.reason), phrase)?;
            }
        }
        for entry in &file.danger {
            for phrase in &entry.phrases {
                add(Target::Danger, None, phrase)?;
            }
        }
        self.common_words.insert(locale.tag(), (locale, common));
        Ok(())
    }

    /// The text's terms without the language's function words.
    pub fn meaningful(&self, locale: Locale, terms: &[String]) -> Vec<String> {
        match self.common_words.get(locale.tag()) {
            Some((_, common)) => terms
                .iter()
                .filter(|t| !common.native.contains(*t) && !common.romanised.contains(*t))
                .cloned()
                .collect(),
            None => terms.to_vec(),
        }
    }

    /// The reason of a target's first phrase, for evidence that came from no single phrase.
    pub fn first_reason(&self, target: Target) -> String {
        self.phrases
            .iter()
            .find(|p| p.target == target)
            .and_then(|p| p.reason.clone())
            .unwrap_or_default()
    }

    /// Every reason id the lexicon uses, for checking them against the Fluent messages.
    pub fn reason_ids(&self) -> HashSet<&str> {
        self.phrases.iter().filter_map(|p| p.reason.as_deref()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon_folder() -> PathBuf {
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../content/lexicon"))
    }

    #[test]
    fn every_language_file_loads_and_covers_the_taxonomy() {
        let lexicon = Lexicon::load(&lexicon_folder()).expect("the lexicon loads");
        for locale in Locale::ALL {
            let phrases: Vec<&Phrase> = lexicon.phrases.iter().filter(|p| p.locale == locale).collect();
            for situation in Situation::ALL {
                let count = phrases
                    .iter()
                    .filter(|p| p.target == Target::Situation(*situation))
                    .count();
                assert!(count >= 10, "{locale}: situation {situation} has {count} phrases");
            }
            let danger = phrases.iter().filter(|p| p.target == Target::Danger).count();
            assert!(danger >= 20, "{locale}: {danger} danger phrases");
        }
    }

    #[test]
    fn every_reason_has_english_wording() {
        let lexicon = Lexicon::load(&lexicon_folder()).expect("the lexicon loads");
        let messages = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/en/triage.ftl"))
            .expect("triage.ftl");
        for reason in lexicon.reason_ids() {
            assert!(
                messages.contains(&format!("\nreason-{reason} =")),
                "reason `{reason}` has no message in locales/en/triage.ftl"
            );
        }
    }

    #[test]
    fn a_file_missing_a_slug_is_refused_with_its_name() {
        let mut lexicon = Lexicon::default();
        let text = "language = \"en\"\ncommon_words = []\ndanger = []\n[situation]\n[need]\n[group]\n";
        let error = lexicon
            .add_file(Locale::En, Path::new("en.toml"), text)
            .expect_err("incomplete file");
        assert!(error.to_string().contains("situation `domestic-abuse`"), "{error}");
    }
}
