//! Which of the thirteen languages a text is written in: its script first, then, among the
//! languages that share a script, how many of each language's common words and phrases it uses.

use super::analysis::plain_words;
use super::lexicon::Lexicon;
use crate::i18n::Locale;

#[derive(Default)]
struct ScriptCounts {
    arabic: usize,
    bengali: usize,
    han: usize,
    latin: usize,
    urdu_letters: usize,
}

fn count_scripts(text: &str) -> ScriptCounts {
    let mut counts = ScriptCounts::default();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        match c {
            'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ۓ' | 'ہ' | 'ھ' | 'ۃ' => {
                counts.arabic += 1;
                counts.urdu_letters += 1;
            }
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => {
                counts.arabic += 1;
            }
            '\u{0980}'..='\u{09FF}' => counts.bengali += 1,
            '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' => counts.han += 1,
            c if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => counts.latin += 1,
            _ => {}
        }
    }
    counts
}

/// Letters that only some Latin-script languages use.
fn letter_hints(text: &str, locale: Locale) -> usize {
    let letters: &[char] = match locale {
        Locale::Pl => &['ą', 'ę', 'ł', 'ś', 'ż', 'ź', 'ć', 'ń'],
        Locale::Ro => &['ă', 'ș', 'ş', 'ț', 'ţ', 'î', 'â'],
        Locale::Tr => &['ı', 'ğ', 'ş', 'İ'],
        Locale::Es => &['ñ', '¿', '¡'],
        Locale::Pt => &['ã', 'õ', 'ç'],
        Locale::Fr => &['ê', 'è', 'ç', 'œ', 'û'],
        Locale::It => &['ò', 'ì', 'ù', 'è'],
        _ => &[],
    };
    text.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| letters.contains(c))
        .count()
}

/// Detects the language of `text`; `hint` (the page's language) settles a tie.
pub fn detect(lexicon: &Lexicon, text: &str, hint: Locale) -> Locale {
    let scripts = count_scripts(text);
    let letters = scripts.arabic + scripts.bengali + scripts.han + scripts.latin;
    if letters == 0 {
        return hint;
    }
    if scripts.han * 3 >= letters {
        return Locale::ZhHans;
    }
    if scripts.bengali * 3 >= letters {
        return Locale::Bn;
    }
    let candidates: &[Locale] = if scripts.arabic * 3 >= letters {
        if scripts.urdu_letters > 0 {
            return Locale::Ur;
        }
        &[Locale::Ar, Locale::Ur]
    } else {
        &Locale::ALL
    };
    let native_script = scripts.arabic * 3 >= letters;
    let words = plain_words(text);
    let mut best = (hint, 0usize);
    for locale in candidates {
        let Some((_, common)) = lexicon.common_words.get(locale.tag()) else {
            continue;
        };
        let list = match (native_script, locale) {
            (false, Locale::Ar | Locale::Bn | Locale::Ur) => &common.plain_romanised,
            (false, Locale::ZhHans) => continue,
            _ => &common.plain_native,
        };
        let hits = words.iter().filter(|word| list.contains(*word)).count();
        let score = hits * 2 + letter_hints(text, *locale) * 3;
        if score > best.1 || (score == best.1 && *locale == hint) {
            best = (*locale, score);
        }
    }
    best.0
}
