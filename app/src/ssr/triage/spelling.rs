//! Tolerance of one slip of the keyboard: a word of the text that is not in the lexicon but is
//! one letter away from a word that is ("stalkin", "y2otelni") counts as that word. People in
//! distress type fast, on phones, in languages they rarely write down.

use std::collections::{HashMap, HashSet};

/// Words shorter than this are too easily one letter from another word.
const MIN_LENGTH: usize = 5;

#[derive(Debug, Default)]
pub struct SpellingIndex {
    vocabulary: HashSet<String>,
    /// Each word with one character removed, pointing back to the words it came from.
    deletions: HashMap<String, Vec<String>>,
}

fn one_deletion(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(index, c)| {
        let mut shorter = String::with_capacity(word.len());
        shorter.push_str(&word[..index]);
        shorter.push_str(&word[index + c.len_utf8()..]);
        shorter
    })
}

impl SpellingIndex {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a String>) -> Self {
        let mut index = SpellingIndex::default();
        for word in words {
            if !index.vocabulary.insert(word.clone()) || word.chars().count() < MIN_LENGTH {
                continue;
            }
            for shorter in one_deletion(word) {
                index.deletions.entry(shorter).or_default().push(word.clone());
            }
        }
        index
    }

    pub fn contains(&self, word: &str) -> bool {
        self.vocabulary.contains(word)
    }

    /// The lexicon words one insertion, deletion or substitution away from `word`, when `word`
    /// itself is not a lexicon word.
    pub fn corrections(&self, word: &str) -> Vec<&str> {
        if self.vocabulary.contains(word) || word.chars().count() < MIN_LENGTH {
            return Vec::new();
        }
        let mut found: Vec<&str> = Vec::new();
        // The word has an extra letter.
        for shorter in one_deletion(word) {
            if let Some(known) = self.vocabulary.get(&shorter) {
                found.push(known);
            }
            // A letter is wrong: both lose it.
            if let Some(words) = self.deletions.get(&shorter) {
                found.extend(words.iter().map(String::as_str));
            }
        }
        // The word lacks a letter.
        if let Some(words) = self.deletions.get(word) {
            found.extend(words.iter().map(String::as_str));
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> SpellingIndex {
        let words: Vec<String> = ["stalking", "passport", "yaqtulni", "refuge"]
            .iter()
            .map(|w| (*w).to_owned())
            .collect();
        SpellingIndex::new(&words)
    }

    #[test]
    fn one_slip_finds_the_word() {
        let index = index();
        assert_eq!(index.corrections("stalkin"), vec!["stalking"]);
        assert_eq!(index.corrections("pasport"), vec!["passport"]);
        assert_eq!(index.corrections("passpport"), vec!["passport"]);
        assert_eq!(index.corrections("yaqtulny"), vec!["yaqtulni"]);
    }

    #[test]
    fn known_short_and_distant_words_are_left_alone() {
        let index = index();
        assert!(index.corrections("stalking").is_empty());
        assert!(index.corrections("rfg").is_empty());
        assert!(index.corrections("stolen").is_empty());
    }
}
