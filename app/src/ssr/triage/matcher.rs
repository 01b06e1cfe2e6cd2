//! Whether a phrase occurs in a text: all its terms within a short window, in any order; or,
//! for longer phrases, most of them (a weaker signal).

use std::collections::HashMap;

/// The analysed text: every term with the positions it occurs at.
pub struct AnalysedText {
    positions: HashMap<String, Vec<usize>>,
}

impl AnalysedText {
    pub fn new(terms: &[String]) -> Self {
        let mut positions: HashMap<String, Vec<usize>> = HashMap::new();
        for (position, term) in terms.iter().enumerate() {
            positions.entry(term.clone()).or_default().push(position);
        }
        AnalysedText { positions }
    }

    /// The text's terms, each at its position, plus the lexicon words that a misspelt term may
    /// stand for, at the same position.
    pub fn with_alternatives<'a>(terms: &[String], alternatives: impl Fn(&str) -> Vec<&'a str>) -> Self {
        let mut text = AnalysedText::new(terms);
        for (position, term) in terms.iter().enumerate() {
            for alternative in alternatives(term) {
                text.positions.entry(alternative.to_owned()).or_default().push(position);
            }
        }
        text
    }

    /// Every distinct term, alternatives included.
    pub fn terms(&self) -> Vec<String> {
        self.positions.keys().cloned().collect()
    }

    pub fn contains(&self, term: &str) -> bool {
        self.positions.contains_key(term)
    }

    /// Where a phrase occurs whole (all its terms close together): the positions of its rarest
    /// term, or nothing.
    pub fn occurrences(&self, phrase: &[String]) -> &[usize] {
        if !whole(self, phrase) {
            return &[];
        }
        phrase
            .iter()
            .filter_map(|term| self.positions.get(term))
            .min_by_key(|p| p.len())
            .map_or(&[], Vec::as_slice)
    }

    pub fn count_in(&self, words: &std::collections::HashSet<String>) -> usize {
        self.positions
            .iter()
            .filter(|(term, _)| words.contains(*term))
            .map(|(_, p)| p.len())
            .sum()
    }
}

/// How strongly a phrase was found: 1 when all its terms are within a short window, any
/// order; less when most of its meaningful words are (`meaningful`: the phrase's terms without
/// function words, which alone say nothing: "m-a violat" is not half-found in "m-a convins").
pub fn match_strength(text: &AnalysedText, phrase: &[String], meaningful: &[String]) -> f32 {
    let occurrences: Vec<&Vec<usize>> = phrase.iter().filter_map(|term| text.positions.get(term)).collect();
    if occurrences.is_empty() {
        return 0.0;
    }
    if occurrences.len() == phrase.len() && smallest_span(&occurrences) < window(phrase.len()) {
        return 1.0;
    }
    // Three meaningful words of four, within reach of each other, still say much the same.
    let found: Vec<&Vec<usize>> = meaningful.iter().filter_map(|term| text.positions.get(term)).collect();
    #[allow(clippy::cast_precision_loss)]
    let coverage = found.len() as f32 / meaningful.len().max(1) as f32;
    if meaningful.len() >= 3 && found.len() >= 2 && coverage >= 0.6 && smallest_span(&found) < window(meaningful.len())
    {
        return coverage * 0.6;
    }
    0.0
}

/// How far apart, in words, the words of a phrase of `length` words may be.
const fn window(length: usize) -> usize {
    length * 2 + 3
}

/// Whether all of a phrase's terms occur close together.
pub fn whole(text: &AnalysedText, phrase: &[String]) -> bool {
    match_strength(text, phrase, &[]) >= 1.0
}

/// The first pair of an item of `first` and an item of `second` that occur within `window`
/// words of each other.
pub fn near<'a, T>(
    text: &AnalysedText,
    first: &'a [T],
    second: &'a [T],
    window: usize,
    terms: impl Fn(&T) -> &[String],
) -> Option<(&'a T, &'a T)> {
    let found: Vec<(usize, &T)> = first
        .iter()
        .flat_map(|item| text.occurrences(terms(item)).iter().map(move |p| (*p, item)))
        .collect();
    if found.is_empty() {
        return None;
    }
    // A pair must be two things said, not one phrase counted twice ("still hitting" is not
    // both harm and now).
    let distinct = |a: &T, b: &T| !terms(b).iter().any(|term| terms(a).contains(term));
    second.iter().find_map(|item| {
        text.occurrences(terms(item)).iter().find_map(|b| {
            found
                .iter()
                .find(|(a, first)| a.abs_diff(*b) <= window && distinct(first, item))
                .map(|(_, first)| (*first, item))
        })
    })
}

/// The share of a phrase's terms that occur anywhere in the text.
#[allow(clippy::cast_precision_loss)]
pub fn overlap(text: &AnalysedText, phrase: &[String]) -> f32 {
    let found = phrase.iter().filter(|term| text.contains(term)).count();
    found as f32 / phrase.len().max(1) as f32
}

/// The shortest span of positions that holds one occurrence of each term.
fn smallest_span(occurrences: &[&Vec<usize>]) -> usize {
    let mut events: Vec<(usize, usize)> = occurrences
        .iter()
        .enumerate()
        .flat_map(|(term, positions)| positions.iter().map(move |p| (*p, term)))
        .collect();
    events.sort_unstable();
    let wanted = occurrences.len();
    let mut counts = vec![0usize; wanted];
    let mut covered = 0;
    let mut best = usize::MAX;
    let mut start = 0;
    for end in 0..events.len() {
        let term = events[end].1;
        if counts[term] == 0 {
            covered += 1;
        }
        counts[term] += 1;
        while covered == wanted {
            best = best.min(events[end].0 - events[start].0 + 1);
            let first = events[start].1;
            counts[first] -= 1;
            if counts[first] == 0 {
                covered -= 1;
            }
            start += 1;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(str::to_owned).collect()
    }

    #[test]
    fn all_terms_close_together_match_fully_in_any_order() {
        let text = AnalysedText::new(&words("every night he check my phone and my messages"));
        assert!(whole(&text, &words("check my phone")));
        assert!(whole(&text, &words("phone check")));
    }

    #[test]
    fn scattered_terms_do_not_match() {
        let text = AnalysedText::new(&words(
            "my phone broke so i went to the shop and a man there said to check it",
        ));
        assert!(!whole(&text, &words("check phone")));
    }

    #[test]
    fn most_of_a_long_phrase_is_a_weaker_match() {
        let text = AnalysedText::new(&words("they took away my passport"));
        let phrase = words("they took my passport away from me");
        let strength = match_strength(&text, &phrase, &words("took passport away"));
        assert!(strength > 0.0 && strength < 1.0, "{strength}");
        assert!(match_strength(&text, &phrase, &words("away passport stolen ripped")) < 1.0);
    }

    #[test]
    fn function_words_alone_never_half_match_a_phrase() {
        let text = AnalysedText::new(&words("m a convins sa bag bani"));
        assert!(match_strength(&text, &words("m a violat"), &words("violat")) < f32::EPSILON);
    }

    #[test]
    fn spans_are_measured_between_the_closest_occurrences() {
        assert_eq!(smallest_span(&[&vec![0, 10], &vec![11]]), 2);
        assert_eq!(smallest_span(&[&vec![3]]), 1);
    }
}
