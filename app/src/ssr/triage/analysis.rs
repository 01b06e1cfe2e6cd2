//! How text becomes comparable terms, the same way for a description and for a lexicon phrase:
//! word boundaries by Unicode (UAX #29, so combining marks stay inside their word in Arabic,
//! Urdu and Bengali), NFKC and lower case, per-script folding, Chinese as overlapping character
//! pairs, and a stemmer where tantivy has one for the language.

use crate::i18n::Locale;
use tantivy::tokenizer::{Language, Stemmer, TextAnalyzer, Token, TokenStream, Tokenizer};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_segmentation::UnicodeSegmentation;

/// The name a language's analyzer is registered under in a tantivy index.
pub fn analyzer_name(locale: Locale) -> String {
    format!("portal_{}", locale.tag().to_ascii_lowercase().replace('-', "_"))
}

fn stemmer_language(locale: Locale) -> Option<Language> {
    match locale {
        Locale::En | Locale::Pseudo => Some(Language::English),
        Locale::Ar => Some(Language::Arabic),
        Locale::Es => Some(Language::Spanish),
        Locale::Fr => Some(Language::French),
        Locale::It => Some(Language::Italian),
        Locale::Pt => Some(Language::Portuguese),
        Locale::Ro => Some(Language::Romanian),
        Locale::Tr => Some(Language::Turkish),
        Locale::Bn | Locale::Pl | Locale::So | Locale::Ur | Locale::ZhHans => None,
    }
}

/// The analyzer for one language.
pub fn analyzer(locale: Locale) -> TextAnalyzer {
    let words = WordTokenizer { locale };
    match stemmer_language(locale) {
        Some(language) => TextAnalyzer::builder(words).filter(Stemmer::new(language)).build(),
        None => TextAnalyzer::builder(words).build(),
    }
}

/// The terms of `text` under a language's analyzer, in order.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    while let Some(token) = stream.next() {
        terms.push(token.text.clone());
    }
    terms
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Unifies the letter variants people type interchangeably in Arabic and Urdu, and drops short
/// vowels, tatweel and other marks that change no word.
fn fold_arabic_script(word: &str, locale: Locale) -> String {
    word.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}'))
        .map(|c| match (c, locale) {
            ('أ' | 'إ' | 'آ' | 'ٱ', _) => 'ا',
            ('ؤ', _) => 'و',
            ('ك', Locale::Ur) => 'ک',
            ('ک', _) => 'ك',
            ('ي' | 'ى' | 'ئ' | 'ے', Locale::Ur) => 'ی',
            ('ی' | 'ى' | 'ئ', _) => 'ي',
            ('ۃ' | 'ة' | 'ه' | 'ھ', Locale::Ur) => 'ہ',
            ('ة', _) => 'ه',
            (other, _) => other,
        })
        .collect()
}

/// Removes accents from Latin letters (`zabiję` → `zabije`), which people often leave out when
/// typing; `ł` and `ı` have no decomposition and are mapped by hand.
fn fold_latin(word: &str) -> String {
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'ł' => 'l',
            'ı' => 'i',
            'ø' => 'o',
            'đ' => 'd',
            'ß' => 's',
            other => other,
        })
        .collect()
}

/// Polish and Somali inflect heavily and tantivy has no stemmer for them; cutting words to their
/// first letters ("zgwałcił", "zgwałciła" → "zgwalc") is the usual light substitute.
const PREFIX_LENGTH: usize = 6;

/// Arabic, Bengali and Urdu typed in Latin letters have no fixed spelling ("y2otelni",
/// "y2tolni"; "maarta", "marta"): their words are compared by their consonants, in order, with
/// doubled letters written once. The first letter stays, so short words keep their shape.
fn consonant_skeleton(word: &str) -> String {
    let mut skeleton = String::with_capacity(word.len());
    for (index, c) in word.chars().enumerate() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'h');
        if (index == 0 || !vowel) && !skeleton.ends_with(c) {
            skeleton.push(c);
        }
    }
    skeleton
}

fn normalise_word(word: &str, locale: Locale) -> String {
    let normalised = fold_word(word, locale);
    if !normalised.is_ascii() {
        return normalised;
    }
    match locale {
        Locale::Pl | Locale::So => normalised.chars().take(PREFIX_LENGTH).collect(),
        Locale::Ar | Locale::Bn | Locale::Ur if normalised.chars().count() >= 4 => consonant_skeleton(&normalised),
        _ => normalised,
    }
}

fn fold_word(word: &str, locale: Locale) -> String {
    let lower: String = word.nfkc().flat_map(char::to_lowercase).collect();
    if lower.chars().any(is_arabic_script) {
        let locale = if locale == Locale::Ur { Locale::Ur } else { Locale::Ar };
        fold_arabic_script(&lower, locale)
    } else if lower
        .chars()
        .all(|c| c.is_ascii() || c.is_alphabetic() && (c as u32) < 0x0250)
    {
        fold_latin(&lower)
    } else {
        lower.nfc().collect()
    }
}

/// Words lower-cased and stripped of accents, with no language's stemming: the form in which
/// languages are told apart, one pass over the text for all of them.
pub fn plain_words(text: &str) -> Vec<String> {
    text.unicode_words()
        .map(|word| fold_latin(&word.nfkc().flat_map(char::to_lowercase).collect::<String>()))
        .collect()
}

/// Splits text into normalised words; runs of Chinese characters become overlapping pairs
/// (a lone character stays itself), which finds Chinese words without a dictionary.
#[derive(Clone)]
pub struct WordTokenizer {
    locale: Locale,
}

pub struct WordStream {
    tokens: Vec<Token>,
    index: usize,
}

impl TokenStream for WordStream {
    fn advance(&mut self) -> bool {
        if self.index < self.tokens.len() {
            self.index += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.index - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index - 1]
    }
}

/// Collects tokens, numbering their positions.
#[derive(Default)]
struct Tokens {
    tokens: Vec<Token>,
    /// A run of Chinese characters waiting to be cut into pairs: (byte offset, character).
    han_run: Vec<(usize, char)>,
}

impl Tokens {
    fn push(&mut self, text: String, offset_from: usize, offset_to: usize) {
        let position = self.tokens.len();
        self.tokens.push(Token {
            offset_from,
            offset_to,
            position,
            text,
            position_length: 1,
        });
    }

    fn flush_han(&mut self) {
        let run = std::mem::take(&mut self.han_run);
        match run.as_slice() {
            [] => {}
            [(offset, c)] => self.push(c.to_string(), *offset, offset + c.len_utf8()),
            _ => {
                for pair in run.windows(2) {
                    let ((first_offset, first), (second_offset, second)) = (pair[0], pair[1]);
                    self.push(
                        format!("{first}{second}"),
                        first_offset,
                        second_offset + second.len_utf8(),
                    );
                }
            }
        }
    }
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream {
        let mut tokens = Tokens::default();
        for (offset, word) in text.split_word_bound_indices() {
            if word.chars().any(is_han) {
                tokens.han_run.extend(
                    word.char_indices()
                        .map(|(i, c)| (offset + i, c))
                        .filter(|(_, c)| is_han(*c)),
                );
                continue;
            }
            tokens.flush_han();
            if word.chars().any(char::is_alphanumeric) {
                let normalised = normalise_word(word, self.locale);
                if !normalised.is_empty() {
                    tokens.push(normalised, offset, offset + word.len());
                }
            }
        }
        tokens.flush_han();
        WordStream {
            tokens: tokens.tokens,
            index: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysed(locale: Locale, text: &str) -> Vec<String> {
        terms(&mut analyzer(locale), text)
    }

    #[test]
    fn english_is_stemmed_and_lower_cased() {
        assert_eq!(
            analysed(Locale::En, "He FOLLOWS me, following!"),
            vec!["he", "follow", "me", "follow"]
        );
    }

    #[test]
    fn romanised_urdu_and_arabic_compare_by_consonants() {
        assert_eq!(analysed(Locale::Ur, "maarta"), analysed(Locale::Ur, "marta"));
        assert_eq!(analysed(Locale::Ar, "y2otelni"), analysed(Locale::Ar, "y2tolni"));
        assert_ne!(analysed(Locale::Ur, "maarta"), analysed(Locale::Ur, "mujhe"));
    }

    #[test]
    fn polish_words_are_cut_to_a_common_prefix() {
        assert_eq!(analysed(Locale::Pl, "zgwałcił"), analysed(Locale::Pl, "zgwałciła"));
    }

    #[test]
    fn accents_are_folded_for_latin_scripts() {
        assert_eq!(
            analysed(Locale::Pl, "zabiję mnie, łóżko"),
            analysed(Locale::Pl, "zabije mnie, lozko")
        );
        assert_eq!(analysed(Locale::Ro, "bătaie"), analysed(Locale::Ro, "bataie"));
    }

    #[test]
    fn combining_marks_do_not_split_bengali_words() {
        // "আমাকে মারে" (he hits me): vowel signs and the virama stay inside their words.
        assert_eq!(analysed(Locale::Bn, "আমাকে মারে").len(), 2);
        assert_eq!(analysed(Locale::Bn, "স্বামী").len(), 1);
    }

    #[test]
    fn arabic_letter_variants_and_short_vowels_are_unified() {
        assert_eq!(analysed(Locale::Ar, "زَوْجِي يَضْرِبُنِي"), analysed(Locale::Ar, "زوجي يضربني"));
        assert_eq!(analysed(Locale::Ar, "أمي"), analysed(Locale::Ar, "امي"));
    }

    #[test]
    fn urdu_words_stay_whole_and_variants_unify() {
        assert_eq!(analysed(Locale::Ur, "شوہر مجھے مارتا ہے").len(), 4);
        assert_eq!(analysed(Locale::Ur, "شوهر"), analysed(Locale::Ur, "شوہر"));
    }

    #[test]
    fn chinese_becomes_overlapping_pairs() {
        assert_eq!(analysed(Locale::ZhHans, "他打我"), vec!["他打", "打我"]);
        assert_eq!(analysed(Locale::ZhHans, "我"), vec!["我"]);
        assert_eq!(analysed(Locale::ZhHans, "他打我 help"), vec!["他打", "打我", "help"]);
    }
}
