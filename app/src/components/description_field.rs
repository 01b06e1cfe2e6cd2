//! The box where a person writes what happened. An island: with scripts it counts the characters
//! left; without, it is a plain textarea in a plain form. Its text arrives already translated,
//! so the browser needs no message bundles.

use leptos::prelude::*;

#[island]
pub fn DescriptionField(
    label: String,
    hint: String,
    /// The counter sentence with `{remaining}` where the number goes.
    counter: String,
    max_chars: usize,
    value: String,
) -> impl IntoView {
    let (used, set_used) = signal(value.chars().count());
    let remaining = move || counter.replace("{remaining}", &max_chars.saturating_sub(used.get()).to_string());
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
