//! Triage: from a person's own words to situations, needs, groups, danger and services, each with
//! its reason. The text is matched against the lexicon (taxonomy first), then services are ranked
//! by the taxonomy they fit, with borough, group and opening hours as boosts that never hide a
//! national helpline, and the listings' text last.

pub mod analysis;
pub mod answer;
pub mod eval;
pub mod index;
pub mod language;
pub mod lexicon;
pub mod matcher;
pub mod spelling;

use self::analysis::{analyzer, terms};
use self::index::{IndexError, LexiconIndex, ServiceIndex, Storage};
use self::lexicon::{Lexicon, Target};
use self::matcher::{AnalysedText, match_strength, near, overlap};
use super::directory::{Directory, open_now};
use crate::directory::{ServiceDetail, ServiceSummary};
use crate::domain::area::{Area, Borough};
use crate::domain::hours::{TimeOfDay, Weekday};
use crate::domain::taxonomy::{Group, Need, Situation};
use crate::i18n::Locale;
use std::collections::HashMap;

/// A slug the text gave evidence of, how strongly, and the reason to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognised<T> {
    pub slug: T,
    pub score: f32,
    /// A reason id (`reason-<id>` in `locales/*/triage.ftl`).
    pub reason: String,
}

/// What the text says, before any service is considered.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub lang: Locale,
    pub danger: bool,
    pub situations: Vec<Recognised<Situation>>,
    pub needs: Vec<Recognised<Need>>,
    pub groups: Vec<Recognised<Group>>,
    /// The lexicon phrases found in the text and how strongly, for explaining a result to the
    /// people who maintain the lexicon.
    pub matched: Vec<(Target, String, f32)>,
}

/// Why a service was suggested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServiceReason {
    /// It helps with something the person described (a reason id).
    Described(String),
    /// It works in the person's borough.
    Local(Borough),
    /// It is for people like the person.
    For(Group),
    OpenNow,
    /// Its own description shares the person's words.
    Words,
}

#[derive(Debug, Clone)]
pub struct RankedService {
    pub service: ServiceSummary,
    pub score: f32,
    pub open: Option<bool>,
    pub reasons: Vec<ServiceReason>,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub analysis: Analysis,
    pub services: Vec<RankedService>,
}

/// What to triage.
pub struct Request<'a> {
    pub text: &'a str,
    /// The language, when the caller knows it; otherwise it is detected.
    pub lang: Option<Locale>,
    pub borough: Option<Borough>,
    /// The language of the page, which settles a detection tie.
    pub hint: Locale,
    pub now: (Weekday, TimeOfDay),
    pub limit: usize,
}

/// The reason shown for danger now.
const DANGER_REASON: &str = "danger-now";
/// A reason used when no lexicon phrase matched and services were found by their text alone.
const GENERAL_REASON: &str = "other-crime";
/// The share of the best fit a service needs to be weighed for the top of the list.
const CANDIDATE_SHARE: f32 = 0.5;
/// A need counts for this much of a situation when fitting services.
const NEED_FIT: f32 = 0.6;
/// How much a listing found by its text alone counts, against a phrase of the lexicon (1.0).
const LISTING_EVIDENCE: f32 = 0.2;
/// How much the best BM25 slug counts, against a whole phrase of the lexicon (about 1.0).
const BM25_WEIGHT: f32 = 0.6;
/// Needs and groups are asked of fewer texts; their BM25 evidence is held to a lower weight.
const NEED_BM25_DISCOUNT: f32 = 0.5;
/// Situations that, put in the present ("now", "tonight", "at my door"), mean danger now.
const DANGEROUS_SITUATIONS: [Situation; 11] = [
    Situation::DomesticAbuse,
    Situation::Fgm,
    Situation::Harassment,
    Situation::SexualViolence,
    Situation::Stalking,
    Situation::ForcedMarriage,
    Situation::HonourBasedAbuse,
    Situation::Trafficking,
    Situation::SexualExploitation,
    Situation::ChildAbuse,
    Situation::ViolentCrime,
];
/// How many of the leading situations are looked at for a dangerous context.
const LEADING_SITUATIONS: usize = 2;
/// Words of harm and of now this close together (in words) raise the alarm.
const DANGER_WINDOW: usize = 12;
/// A danger phrase found at least this strongly raises the alarm.
const DANGER_THRESHOLD: f32 = 1.0;
/// Evidence found through the other language (English within Polish text, say) counts a little less.
const SECOND_LANGUAGE_WEIGHT: f32 = 0.8;

pub struct TriageEngine {
    lexicon: Lexicon,
    lexicon_index: LexiconIndex,
    services: ServiceIndex,
}

/// Longer phrases are more specific evidence.
#[allow(clippy::cast_precision_loss)]
fn phrase_weight(terms: usize) -> f32 {
    1.0 + 0.25 * (terms.clamp(1, 5) - 1) as f32
}

/// Evidence for one slug: the strongest counts fully, each further one half as much as the last.
#[derive(Default)]
struct Evidence {
    contributions: Vec<(f32, String)>,
}

impl Evidence {
    /// Whether a whole phrase (not just BM25 or part of a phrase) was found.
    fn has_whole_phrase(&self) -> bool {
        self.contributions.iter().any(|(weight, _)| *weight >= 1.0)
    }

    fn score(&mut self) -> (f32, String) {
        self.contributions.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut score = 0.0;
        let mut factor = 1.0;
        for (weight, _) in &self.contributions {
            score += weight * factor;
            factor *= 0.5;
        }
        (
            score,
            self.contributions.first().map(|c| c.1.clone()).unwrap_or_default(),
        )
    }
}

fn ranked<T: Copy + Ord>(evidence: HashMap<T, Evidence>) -> Vec<Recognised<T>> {
    let mut recognised: Vec<Recognised<T>> = evidence
        .into_iter()
        .map(|(slug, mut evidence)| {
            let (score, reason) = evidence.score();
            Recognised { slug, score, reason }
        })
        .collect();
    recognised.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.slug.cmp(&b.slug)));
    recognised
}

impl TriageEngine {
    pub fn new(
        lexicon: Lexicon,
        lexicon_storage: &Storage,
        services_storage: &Storage,
        services: &[ServiceDetail],
    ) -> Result<Self, IndexError> {
        let lexicon_index = LexiconIndex::open(lexicon_storage, &lexicon)?;
        let services = ServiceIndex::open(services_storage, services)?;
        Ok(TriageEngine {
            lexicon,
            lexicon_index,
            services,
        })
    }

    /// Keeps the listings index in step with the directory.
    pub fn reindex(&self, services: &[ServiceDetail]) -> Result<(), IndexError> {
        self.services.replace_all(services)
    }

    /// The slugs of the listings whose text best matches `text`, best first.
    pub fn search_services(&self, text: &str, limit: usize) -> Result<Vec<String>, IndexError> {
        Ok(self
            .services
            .search(text, limit)?
            .into_iter()
            .map(|(slug, _)| slug)
            .collect())
    }

    pub fn indexed_services(&self) -> u64 {
        self.services.len()
    }

    /// Reads the text: its language, danger, and the situations, needs and groups it describes.
    pub fn analyse(
        &self,
        directory: &Directory,
        text: &str,
        lang: Option<Locale>,
        hint: Locale,
    ) -> Result<Analysis, IndexError> {
        let lang = lang.unwrap_or_else(|| language::detect(&self.lexicon, text, hint));
        let mut situations: HashMap<Situation, Evidence> = HashMap::new();
        let mut needs: HashMap<Need, Evidence> = HashMap::new();
        let mut groups: HashMap<Group, Evidence> = HashMap::new();
        let mut danger = false;
        let mut matched = Vec::new();
        // Whether the text puts something now: by a phrase ("at the door", "this evening") or
        // only by a word ("tonight", "door"), which alone is weaker evidence.
        let mut now_phrase = false;
        let mut now_word = false;
        // People mix languages; English phrases are looked for in every text.
        let languages: &[Locale] = if lang == Locale::En {
            &[Locale::En]
        } else {
            &[lang, Locale::En]
        };
        // BM25 of the text against each slug's phrases taken together, and the reason of the
        // phrase each slug came closest with.
        let mut bm25: HashMap<Target, f32> = HashMap::new();
        let mut closest: HashMap<Target, (f32, String)> = HashMap::new();
        for (position, locale) in languages.iter().enumerate() {
            let written = terms(&mut analyzer(*locale), text);
            let analysed = match self.lexicon.spelling.get(locale.tag()) {
                Some(spelling) => AnalysedText::with_alternatives(&written, |term| spelling.corrections(term)),
                None => AnalysedText::new(&written),
            };
            let text_terms = analysed.terms();
            let language_weight = if position == 0 { 1.0 } else { SECOND_LANGUAGE_WEIGHT };
            if let Some(rules) = self.lexicon.danger_rules.get(locale.tag()) {
                if let Some((harm, now)) = near(&analysed, &rules.harm, &rules.now, DANGER_WINDOW, |item| &item.terms) {
                    danger = true;
                    matched.push((Target::Danger, format!("{} + {}", harm.text, now.text), 1.0));
                }
                for now in rules
                    .now
                    .iter()
                    .filter(|item| !analysed.occurrences(&item.terms).is_empty())
                {
                    if now.terms.len() >= 2 {
                        now_phrase = true;
                    } else {
                        now_word = true;
                    }
                    matched.push((Target::Danger, format!("now: {}", now.text), 0.0));
                }
            }
            for (target, score) in self
                .lexicon_index
                .slug_scores(*locale, &self.lexicon.meaningful(*locale, &text_terms))?
            {
                *bm25.entry(target).or_default() += score * language_weight;
            }
            for id in self.lexicon_index.candidates(*locale, &text_terms)? {
                let Some(phrase) = usize::try_from(id).ok().and_then(|id| self.lexicon.phrases.get(id)) else {
                    continue;
                };
                let reason = phrase.reason.clone().unwrap_or_default();
                let overlap = overlap(&analysed, &phrase.terms);
                let entry = closest.entry(phrase.target).or_insert((0.0, String::new()));
                if overlap > entry.0 {
                    *entry = (overlap, reason.clone());
                }
                let strength = match_strength(&analysed, &phrase.terms, &phrase.meaningful);
                if strength <= 0.0 {
                    continue;
                }
                let weight = strength * phrase_weight(phrase.terms.len()) * language_weight;
                matched.push((phrase.target, phrase.text.clone(), strength));
                match phrase.target {
                    Target::Situation(slug) => situations.entry(slug).or_default().contributions.push((weight, reason)),
                    Target::Need(slug) => needs.entry(slug).or_default().contributions.push((weight, reason)),
                    Target::Group(slug) => groups.entry(slug).or_default().contributions.push((weight, reason)),
                    Target::Danger => danger |= strength >= DANGER_THRESHOLD,
                }
            }
        }
        // Abuse, control, exploitation or despair that the text puts now ("he's at the door",
        // "tonight", "today at 8") is danger even when no word of harm is near.
        let whole_phrase_context = situations
            .iter()
            .any(|(slug, evidence)| DANGEROUS_SITUATIONS.contains(slug) && evidence.has_whole_phrase())
            || needs.get(&Need::MentalHealth).is_some_and(Evidence::has_whole_phrase);
        self.add_bm25(&bm25, &closest, &mut situations, &mut needs, &mut groups);
        let situations_ranked = ranked(situations);
        let leading_context = situations_ranked
            .iter()
            .take(LEADING_SITUATIONS)
            .any(|s| DANGEROUS_SITUATIONS.contains(&s.slug));
        // A word of now counts with a context found by a whole phrase; a phrase of now also with
        // the context the text leads with.
        danger |= (whole_phrase_context && (now_phrase || now_word)) || (leading_context && now_phrase);
        let mut needs = ranked(needs);
        danger |= needs.iter().any(|n| n.slug == Need::Emergency && n.score >= 1.0);
        if danger {
            // Danger now is the need that comes before every other.
            needs.retain(|n| n.slug != Need::Emergency);
            let top = needs.first().map_or(1.0, |n| n.score);
            needs.insert(
                0,
                Recognised {
                    slug: Need::Emergency,
                    score: top.max(1.0) + 1.0,
                    reason: DANGER_REASON.to_owned(),
                },
            );
        }
        let mut situations = situations_ranked;
        if situations.is_empty() {
            situations = self.situations_from_listings(directory, text)?;
        }
        Ok(Analysis {
            lang,
            danger,
            situations,
            needs,
            groups: ranked(groups),
            matched,
        })
    }

    /// Adds each slug's BM25 score, relative to the best of its vocabulary, as one more piece of
    /// evidence: it finds the slug a text is about when no phrase of it appears whole.
    fn add_bm25(
        &self,
        bm25: &HashMap<Target, f32>,
        closest: &HashMap<Target, (f32, String)>,
        situations: &mut HashMap<Situation, Evidence>,
        needs: &mut HashMap<Need, Evidence>,
        groups: &mut HashMap<Group, Evidence>,
    ) {
        let best = |kind: fn(&Target) -> bool| {
            bm25.iter()
                .filter(|(t, _)| kind(t))
                .map(|(_, s)| *s)
                .fold(0.0_f32, f32::max)
        };
        let best_situation = best(|t| matches!(t, Target::Situation(_)));
        let best_need = best(|t| matches!(t, Target::Need(_)));
        let best_group = best(|t| matches!(t, Target::Group(_)));
        for (target, score) in bm25 {
            let reason = closest
                .get(target)
                .map_or_else(|| self.lexicon.first_reason(*target), |(_, reason)| reason.clone());
            match target {
                Target::Situation(slug) if best_situation > 0.0 => {
                    situations
                        .entry(*slug)
                        .or_default()
                        .contributions
                        .push((BM25_WEIGHT * score / best_situation, reason));
                }
                Target::Need(slug) if best_need > 0.0 => {
                    needs
                        .entry(*slug)
                        .or_default()
                        .contributions
                        .push((BM25_WEIGHT * NEED_BM25_DISCOUNT * score / best_need, reason));
                }
                Target::Group(slug) if best_group > 0.0 => {
                    groups
                        .entry(*slug)
                        .or_default()
                        .contributions
                        .push((BM25_WEIGHT * NEED_BM25_DISCOUNT * score / best_group, reason));
                }
                _ => {}
            }
        }
    }

    /// When no phrase is recognised: the situations of the listings whose text is closest, as
    /// weak evidence, or else general victim support.
    fn situations_from_listings(
        &self,
        directory: &Directory,
        text: &str,
    ) -> Result<Vec<Recognised<Situation>>, IndexError> {
        let found = self.services.search(text, 5)?;
        let best = found.first().map_or(1.0, |(_, score)| score.max(f32::EPSILON));
        let mut evidence: HashMap<Situation, f32> = HashMap::new();
        let mut factor = 1.0;
        for (slug, score) in &found {
            if let Some(service) = directory.service(slug) {
                for situation in &service.summary.situations {
                    *evidence.entry(*situation).or_default() += LISTING_EVIDENCE * factor * score / best;
                }
            }
            factor *= 0.5;
        }
        let mut situations: Vec<Recognised<Situation>> = evidence
            .into_iter()
            .map(|(slug, score)| Recognised {
                slug,
                score,
                reason: GENERAL_REASON.to_owned(),
            })
            .collect();
        situations.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.slug.cmp(&b.slug)));
        if situations.is_empty() {
            situations.push(Recognised {
                slug: Situation::OtherCrime,
                score: LISTING_EVIDENCE / 2.0,
                reason: GENERAL_REASON.to_owned(),
            });
        }
        Ok(situations)
    }

    /// The whole triage: the analysis, then the services that fit it, best first.
    pub fn triage(&self, directory: &Directory, request: &Request<'_>) -> Result<Outcome, IndexError> {
        let analysis = self.analyse(directory, request.text, request.lang, request.hint)?;
        let services = self.rank(directory, &analysis, request)?;
        Ok(Outcome { analysis, services })
    }

    fn rank(
        &self,
        directory: &Directory,
        analysis: &Analysis,
        request: &Request<'_>,
    ) -> Result<Vec<RankedService>, IndexError> {
        // Fit per service position: the summed evidence of the slugs it carries, and the slug
        // that gave the most (its reason explains the suggestion). Flat vectors, no cloning:
        // ranking stays linear in the services that fit, whatever the directory's size.
        let size = directory.len();
        let mut fit = vec![0.0_f32; size];
        let mut best: Vec<(f32, usize)> = vec![(0.0, usize::MAX); size];
        let evidence = analysis
            .situations
            .iter()
            .map(|r| (directory.indexes_with_situation(r.slug), r.score, r.reason.as_str()))
            .chain(analysis.needs.iter().map(|r| {
                (
                    directory.indexes_with_need(r.slug),
                    r.score * NEED_FIT,
                    r.reason.as_str(),
                )
            }));
        let mut reasons: Vec<&str> = Vec::new();
        for (indexes, score, reason) in evidence {
            reasons.push(reason);
            let reason = reasons.len() - 1;
            for index in indexes {
                fit[*index] += score;
                if score > best[*index].0 {
                    best[*index] = (score, reason);
                }
            }
        }
        let text_scores: HashMap<String, f32> = {
            let words = self
                .lexicon
                .meaningful(Locale::En, &terms(&mut analyzer(Locale::En), request.text));
            let found = self.services.search_terms(&words, 30)?;
            let top = found.first().map_or(1.0, |(_, score)| score.max(f32::EPSILON));
            found.into_iter().map(|(slug, score)| (slug, score / top)).collect()
        };
        let groups: Vec<Group> = analysis
            .groups
            .iter()
            .filter(|g| g.score >= 0.5)
            .map(|g| g.slug)
            .collect();
        // Only services that fit at least half as well as the best can rise to the top once
        // borough, group and hours are weighed (those multiply by 1.9 at most), so only they are
        // weighed; weak evidence then cannot make every listing a candidate.
        let best_fit = fit.iter().copied().fold(0.0_f32, f32::max);
        let mut candidates: Vec<usize> = (0..size)
            .filter(|index| fit[*index] >= best_fit * CANDIDATE_SHARE && fit[*index] > 0.0)
            .collect();
        if candidates.len() < request.limit {
            candidates = (0..size).filter(|index| fit[*index] > 0.0).collect();
        }
        let mut scored: Vec<(usize, f32)> = candidates
            .into_iter()
            .filter_map(|index| {
                let service = directory.summary_at(index)?;
                Some((
                    index,
                    adjusted(
                        service,
                        fit[index],
                        &groups,
                        request,
                        text_scores.get(&service.slug).copied(),
                    )
                    .0,
                ))
            })
            .collect();
        let by_score = |a: &(usize, f32), b: &(usize, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if scored.len() > request.limit {
            scored.select_nth_unstable_by(request.limit, by_score);
            scored.truncate(request.limit);
        }
        scored.sort_by(by_score);
        Ok(scored
            .into_iter()
            .filter_map(|(index, score)| {
                let service = directory.summary_at(index)?;
                let (_, mut extra) = adjusted(
                    service,
                    fit[index],
                    &groups,
                    request,
                    text_scores.get(&service.slug).copied(),
                );
                let described = reasons
                    .get(best[index].1)
                    .map(|r| ServiceReason::Described((*r).to_owned()));
                let mut why: Vec<ServiceReason> = described.into_iter().collect();
                why.append(&mut extra);
                Some(RankedService {
                    service: service.clone(),
                    score,
                    open: open_now(service, request.now),
                    reasons: why,
                })
            })
            .collect())
    }
}

/// A service's fit, raised or lowered by who it is for, where it works, whether it is open
/// and how well its own words match; with the reasons that raised it.
fn adjusted(
    service: &ServiceSummary,
    fit: f32,
    groups: &[Group],
    request: &Request<'_>,
    text: Option<f32>,
) -> (f32, Vec<ServiceReason>) {
    let mut score = fit;
    let mut reasons = Vec::new();
    if !service.groups.is_empty() && !groups.is_empty() {
        if let Some(group) = groups.iter().find(|g| service.groups.contains(g)) {
            score *= 1.3;
            reasons.push(ServiceReason::For(*group));
        } else {
            score *= 0.6;
        }
    }
    if let Some(borough) = request.borough {
        if service.areas.contains(&Area::Borough(borough)) {
            score *= 1.3;
            reasons.push(ServiceReason::Local(borough));
        } else if service.areas.iter().all(|area| matches!(area, Area::Borough(_))) {
            score *= 0.35;
        }
    }
    match open_now(service, request.now) {
        Some(true) => {
            score *= 1.1;
            reasons.push(ServiceReason::OpenNow);
        }
        Some(false) => score *= 0.95,
        None => {}
    }
    if let Some(text) = text {
        score += 0.2 * text;
        if text > 0.5 {
            reasons.push(ServiceReason::Words);
        }
    }
    (score, reasons)
}
