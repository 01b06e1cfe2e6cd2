//! Measuring triage quality (`../shared/triage-eval-format.md`): situation hit@1 and hit@3, need
//! recall@3 and danger recall and precision, per language and overall, with the language given
//! and withheld.

use super::TriageEngine;
use super::index::IndexError;
use crate::domain::taxonomy::{Group, Need, Situation};
use crate::i18n::Locale;
use crate::ssr::directory::Directory;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: String,
    pub lang: String,
    pub text: String,
    pub situations: Vec<Situation>,
    pub needs: Vec<Need>,
    pub groups: Vec<Group>,
    pub danger: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}:{line}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error(transparent)]
    Index(#[from] IndexError),
}

/// Reads a JSON Lines file of cases, or every `*.jsonl` file in a folder.
pub fn read_cases(path: &Path) -> Result<Vec<Case>, EvalError> {
    let files = if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|source| EvalError::Read {
                path: path.to_owned(),
                source,
            })?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        files.sort();
        files
    } else {
        vec![path.to_owned()]
    };
    let mut cases = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|source| EvalError::Read {
            path: file.clone(),
            source,
        })?;
        for (number, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let invalid = |message: String| EvalError::Invalid {
                path: file.clone(),
                line: number + 1,
                message,
            };
            let case: Case = serde_json::from_str(line).map_err(|e| invalid(e.to_string()))?;
            if Locale::from_tag(&case.lang).is_none() {
                return Err(invalid(format!("unknown lang `{}`", case.lang)));
            }
            if case.situations.is_empty() {
                return Err(invalid("a case needs at least one situation".to_owned()));
            }
            cases.push(case);
        }
    }
    Ok(cases)
}

/// Counts for one language (or all), from which the metrics follow.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub cases: usize,
    pub hit1: usize,
    pub hit3: usize,
    pub needs_expected: usize,
    pub needs_found: usize,
    pub danger_true_positive: usize,
    pub danger_false_positive: usize,
    pub danger_false_negative: usize,
    pub language_correct: usize,
}

#[allow(clippy::cast_precision_loss)]
fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

impl Tally {
    pub fn hit_at_1(&self) -> Option<f64> {
        ratio(self.hit1, self.cases)
    }
    pub fn hit_at_3(&self) -> Option<f64> {
        ratio(self.hit3, self.cases)
    }
    pub fn need_recall_at_3(&self) -> Option<f64> {
        ratio(self.needs_found, self.needs_expected)
    }
    pub fn danger_recall(&self) -> Option<f64> {
        ratio(
            self.danger_true_positive,
            self.danger_true_positive + self.danger_false_negative,
        )
    }
    pub fn danger_precision(&self) -> Option<f64> {
        ratio(
            self.danger_true_positive,
            self.danger_true_positive + self.danger_false_positive,
        )
    }
    pub fn language_accuracy(&self) -> Option<f64> {
        ratio(self.language_correct, self.cases)
    }

    fn add(&mut self, other: &Tally) {
        self.cases += other.cases;
        self.hit1 += other.hit1;
        self.hit3 += other.hit3;
        self.needs_expected += other.needs_expected;
        self.needs_found += other.needs_found;
        self.danger_true_positive += other.danger_true_positive;
        self.danger_false_positive += other.danger_false_positive;
        self.danger_false_negative += other.danger_false_negative;
        self.language_correct += other.language_correct;
    }
}

/// The results of one pass over the cases.
#[derive(Debug, Default)]
pub struct Report {
    pub by_language: BTreeMap<String, Tally>,
    pub overall: Tally,
    /// Ids of the cases whose expected situations were not in the top three.
    pub misses: Vec<String>,
}

/// Runs every case, with its language given (`withhold_language` false) or detected.
pub fn evaluate(
    engine: &TriageEngine,
    directory: &Directory,
    cases: &[Case],
    withhold_language: bool,
) -> Result<Report, EvalError> {
    let mut report = Report::default();
    for case in cases {
        let expected_locale = Locale::from_tag(&case.lang).unwrap_or(Locale::En);
        let given = (!withhold_language).then_some(expected_locale);
        let analysis = engine.analyse(directory, &case.text, given, Locale::En)?;
        let tally = report.by_language.entry(expected_locale.tag().to_owned()).or_default();
        tally.cases += 1;
        let top: Vec<Situation> = analysis.situations.iter().take(3).map(|r| r.slug).collect();
        if top.first().is_some_and(|s| case.situations.contains(s)) {
            tally.hit1 += 1;
        }
        if top.iter().any(|s| case.situations.contains(s)) {
            tally.hit3 += 1;
        } else {
            report.misses.push(case.id.clone());
        }
        let top_needs: Vec<Need> = analysis.needs.iter().take(3).map(|r| r.slug).collect();
        tally.needs_expected += case.needs.len();
        tally.needs_found += case.needs.iter().filter(|n| top_needs.contains(n)).count();
        match (case.danger, analysis.danger) {
            (true, true) => tally.danger_true_positive += 1,
            (false, true) => tally.danger_false_positive += 1,
            (true, false) => tally.danger_false_negative += 1,
            (false, false) => {}
        }
        if analysis.lang == expected_locale {
            tally.language_correct += 1;
        }
    }
    for tally in report.by_language.values() {
        report.overall.add(tally);
    }
    Ok(report)
}

fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| format!("{v:.2}"))
}

/// The report as a Markdown table.
pub fn table(report: &Report, title: &str) -> String {
    let mut out = format!(
        "### {title}\n\n| lang | cases | hit@1 | hit@3 | need recall@3 | danger recall | danger precision | language detected |\n|---|---|---|---|---|---|---|---|\n"
    );
    let rows = report
        .by_language
        .iter()
        .map(|(lang, tally)| (lang.as_str(), tally))
        .chain(std::iter::once(("overall", &report.overall)));
    for (lang, tally) in rows {
        let _ = writeln!(
            out,
            "| {lang} | {} | {} | {} | {} | {} | {} | {} |",
            tally.cases,
            percent(tally.hit_at_1()),
            percent(tally.hit_at_3()),
            percent(tally.need_recall_at_3()),
            percent(tally.danger_recall()),
            percent(tally.danger_precision()),
            percent(tally.language_accuracy()),
        );
    }
    out
}

/// The quality gates CI holds the triage to.
pub struct Gates {
    pub overall_hit_at_3: f64,
    pub language_hit_at_3: f64,
    pub danger_recall: f64,
}

pub const GATES: Gates = Gates {
    overall_hit_at_3: 0.90,
    language_hit_at_3: 0.80,
    danger_recall: 0.95,
};

/// Every gate the report falls short of, in words.
pub fn failed_gates(report: &Report, gates: &Gates) -> Vec<String> {
    let mut failures = Vec::new();
    if report.overall.hit_at_3().unwrap_or(0.0) < gates.overall_hit_at_3 {
        failures.push(format!(
            "overall hit@3 {} is below {}",
            percent(report.overall.hit_at_3()),
            gates.overall_hit_at_3
        ));
    }
    for (lang, tally) in &report.by_language {
        if tally.hit_at_3().unwrap_or(0.0) < gates.language_hit_at_3 {
            failures.push(format!(
                "{lang} hit@3 {} is below {}",
                percent(tally.hit_at_3()),
                gates.language_hit_at_3
            ));
        }
    }
    if report.overall.danger_recall().unwrap_or(1.0) < gates.danger_recall {
        failures.push(format!(
            "danger recall {} is below {}",
            percent(report.overall.danger_recall()),
            gates.danger_recall
        ));
    }
    failures
}
