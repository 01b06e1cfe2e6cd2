//! A plain keyword match of a description against the listings: the words a person used,
//! found in a service's name, its situations and its description. The triage (taxonomy first,
//! then services) replaces it as the results page's engine.

use super::directory::{Directory, ListFilter};
use crate::directory::ServiceSummary;
use crate::domain::description::Description;
use crate::domain::taxonomy::Situation;
use std::collections::HashMap;

const STOP_WORDS: &[&str] = &[
    "about", "after", "again", "also", "always", "been", "before", "being", "could", "does", "doing", "dont", "down",
    "even", "every", "from", "have", "having", "here", "into", "just", "keep", "keeps", "know", "like", "make", "many",
    "more", "much", "never", "only", "other", "over", "really", "said", "says", "some", "still", "that", "them",
    "then", "there", "they", "thing", "this", "want", "very", "were", "what", "when", "where", "which", "while",
    "will", "with", "would", "your",
];

/// English endings removed before comparing, so that "following" meets "followed".
const SUFFIXES: &[&str] = &["ing", "ed", "es", "s"];

fn stem(word: String) -> String {
    SUFFIXES
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix).filter(|stem| stem.chars().count() >= 4))
        .map_or_else(|| word.clone(), str::to_owned)
}

/// The words that count (four letters or more, not a filler word), each as it was written,
/// lower-cased, and as its stem.
fn written_words(text: &str) -> Vec<(String, String)> {
    let mut words: Vec<(String, String)> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 4 && !STOP_WORDS.contains(&w.as_str()))
        .map(|w| (w.clone(), stem(w)))
        .collect();
    words.sort_by(|a, b| a.1.cmp(&b.1));
    words.dedup_by(|a, b| a.1 == b.1);
    words
}

fn words(text: &str) -> Vec<String> {
    written_words(text).into_iter().map(|(_, stem)| stem).collect()
}

/// Two words match when one begins with the other ("stalk", "stalked", "stalking").
fn same_word(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

const MIN_SCORE: u32 = 2;

/// A service that matched, with the person's words that led to it.
pub struct KeywordMatch {
    pub service: ServiceSummary,
    pub score: u32,
    pub words: Vec<String>,
}

/// Services ranked by how many of the person's words they share, weighting a service's name
/// and situations above its description. `situation_text` gives a situation's name and
/// explanation in the language the person is reading. A single word found only in a
/// description is too weak a reason to suggest a service.
pub fn rank(
    directory: &Directory,
    description: &Description,
    filter: ListFilter,
    situation_text: impl Fn(Situation) -> String,
    limit: usize,
) -> Vec<KeywordMatch> {
    let query = written_words(description.as_str());
    if query.is_empty() {
        return Vec::new();
    }
    let situation_words: HashMap<Situation, Vec<String>> = Situation::ALL
        .iter()
        .map(|s| (*s, words(&format!("{} {}", situation_text(*s), s.as_str()))))
        .collect();
    let mut matches: Vec<KeywordMatch> = directory
        .services()
        .map(|detail| &detail.summary)
        .filter(|s| {
            filter
                .borough
                .is_none_or(|borough| s.areas.iter().any(|area| area.covers(borough)))
        })
        .filter_map(|service| {
            let name = words(&format!("{} {}", service.name, service.organization));
            let situations: Vec<&String> = service.situations.iter().flat_map(|s| &situation_words[s]).collect();
            let body = words(&service.description);
            let mut score = 0;
            let mut matched = Vec::new();
            for (written, word) in &query {
                let weight = if name.iter().any(|w| same_word(w, word)) {
                    3
                } else if situations.iter().any(|w| same_word(w, word)) {
                    2
                } else {
                    u32::from(body.iter().any(|w| same_word(w, word)))
                };
                if weight > 0 {
                    score += weight;
                    matched.push(written.clone());
                }
            }
            (score >= MIN_SCORE).then(|| KeywordMatch {
                service: service.clone(),
                score,
                words: matched,
            })
        })
        .collect();
    matches.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.service.name.cmp(&b.service.name)));
    matches.truncate(limit);
    matches
}

/// The situations most common among the matched services, weighted by score.
pub fn likely_situations(matches: &[KeywordMatch], limit: usize) -> Vec<Situation> {
    let mut weights: HashMap<Situation, u32> = HashMap::new();
    for found in matches {
        for situation in &found.service.situations {
            *weights.entry(*situation).or_default() += found.score;
        }
    }
    let mut ranked: Vec<(Situation, u32)> = weights.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.into_iter().take(limit).map(|(situation, _)| situation).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::ServiceDetail;
    use crate::domain::area::Area;

    fn service(slug: &str, name: &str, description: &str, situations: Vec<Situation>) -> ServiceDetail {
        ServiceDetail {
            summary: ServiceSummary {
                slug: slug.to_owned(),
                name: name.to_owned(),
                organization: "Org".to_owned(),
                description: description.to_owned(),
                areas: vec![Area::National],
                situations,
                needs: vec![],
                groups: vec![],
                phones: vec![],
                hours: vec![],
                url: None,
                verified: false,
            },
            offers: vec![],
            eligibility: None,
            email: None,
            chat_url: None,
            hours_notes: vec![],
            languages: vec![],
            interpretation: None,
            fees: None,
            minimum_age: None,
            maximum_age: None,
            places: vec![],
            accepts_online_contact: false,
            verified_at: None,
            organization_website: None,
        }
    }

    #[test]
    fn words_in_names_and_situations_rank_first() {
        let directory = Directory::new(vec![
            service(
                "stalking-line",
                "Stalking Helpline",
                "Advice for people being followed.",
                vec![Situation::Stalking],
            ),
            service("fraud-line", "Fraud Line", "Report scams.", vec![Situation::Fraud]),
        ]);
        let description = Description::parse("someone has been stalking me and followed me home").expect("valid");
        let label = |s: Situation| s.as_str().replace('-', " ");
        let matches = rank(&directory, &description, ListFilter::default(), label, 10);
        assert_eq!(matches.len(), 1);
        assert_eq!(matches[0].service.slug, "stalking-line");
        assert!(matches[0].words.contains(&"stalking".to_owned()));
        assert_eq!(likely_situations(&matches, 3), vec![Situation::Stalking]);
    }

    #[test]
    fn filler_words_match_nothing() {
        let directory = Directory::new(vec![service(
            "a",
            "Helpline",
            "What they do.",
            vec![Situation::OtherCrime],
        )]);
        let description = Description::parse("what they said").expect("valid");
        assert!(
            rank(
                &directory,
                &description,
                ListFilter::default(),
                |s| s.as_str().to_owned(),
                10
            )
            .is_empty()
        );
    }
}
