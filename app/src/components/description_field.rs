//! The box where a person writes what happened. An island: with scripts it counts the characters
//! left; without, it is a plain textarea in a plain form. Its text arrives already translated,
//! so the browser needs no message bundles, and numbers arrive as the language writes them.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How a language writes the counter's numbers (up to a few thousand), as CLDR says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberStyle {
    /// The ten digits, zero first.
    pub digits: Vec<char>,
    /// What separates thousands, and from which number it is used (1,000 or 10,000).
    pub separator: String,
    pub group_from: usize,
}

impl NumberStyle {
    pub fn format(&self, n: usize) -> String {
        let plain = n.to_string();
        let native: String = plain
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .and_then(|d| self.digits.get(d as usize))
                    .copied()
                    .unwrap_or(c)
            })
            .collect();
        if n < self.group_from || self.separator.is_empty() || native.chars().count() <= 3 {
            return native;
        }
        let chars: Vec<char> = native.chars().collect();
        let split = chars.len() - 3;
        format!(
            "{}{}{}",
            chars[..split].iter().collect::<String>(),
            self.separator,
            chars[split..].iter().collect::<String>()
        )
    }
}

#[island]
pub fn DescriptionField(
    label: String,
    hint: String,
    /// The counter sentence with `{remaining}` where the number goes.
    counter: String,
    max_chars: usize,
    value: String,
    numbers: NumberStyle,
) -> impl IntoView {
    let (used, set_used) = signal(value.chars().count());
    let remaining = move || counter.replace("{remaining}", &numbers.format(max_chars.saturating_sub(used.get())));
    view! {
        <div class="field">
            <label class="field__label" for="description">{label}</label>
            <p class="field__hint" id="description-hint">{hint}</p>
            <textarea
                id="description"
                name="description"
                rows="6"
                maxlength=max_chars
                required
                autocomplete="off"
                spellcheck="false"
                aria-describedby="description-hint description-count"
                on:input=move |event| set_used.set(event_target_value(&event).chars().count())
            >
                {value}
            </textarea>
            <p class="field__counter" id="description-count">{remaining}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_written_in_the_languages_digits_and_grouping() {
        let bengali = NumberStyle {
            digits: "০১২৩৪৫৬৭৮৯".chars().collect(),
            separator: ",".into(),
            group_from: 1000,
        };
        assert_eq!(bengali.format(4995), "৪,৯৯৫");
        let spanish = NumberStyle {
            digits: "0123456789".chars().collect(),
            separator: ".".into(),
            group_from: 10_000,
        };
        assert_eq!(spanish.format(5000), "5000");
        assert_eq!(spanish.format(12), "12");
    }
}
