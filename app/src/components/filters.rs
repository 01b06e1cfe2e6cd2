//! Choices that narrow or reorder lists: where someone lives, who they are.

use crate::domain::area::Borough;
use crate::domain::taxonomy::Group;
use crate::i18n::t;
use leptos::prelude::*;

/// Borough names, sorted in the reader's language.
fn boroughs_by_name() -> Vec<(Borough, String)> {
    let mut boroughs: Vec<(Borough, String)> = Borough::ALL.iter().map(|b| (*b, t(&format!("borough-{b}")))).collect();
    boroughs.sort_by(|a, b| a.1.cmp(&b.1));
    boroughs
}

#[component]
pub fn BoroughSelect(selected: Option<Borough>) -> impl IntoView {
    view! {
        <div class="field">
            <label class="field__label" for="borough">{t("borough-label")}</label>
            <select id="borough" name="borough">
                <option value="" selected=selected.is_none()>{t("borough-any")}</option>
                {boroughs_by_name().into_iter().map(|(borough, name)| view! {
                    <option value=borough.as_str() selected=selected == Some(borough)>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
pub fn GroupSelect(selected: Option<Group>) -> impl IntoView {
    view! {
        <div class="field">
            <label class="field__label" for="group">{t("group-label")}</label>
            <select id="group" name="group">
                <option value="" selected=selected.is_none()>{t("group-any")}</option>
                {Group::ALL.iter().map(|group| view! {
                    <option value=group.as_str() selected=selected == Some(*group)>{t(&format!("group-{group}"))}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
