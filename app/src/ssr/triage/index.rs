//! The two tantivy indexes: the lexicon's phrases (one text field per language, each with that
//! language's analyzer) and the listings (English text). Both live under the data folder and are
//! rebuilt when missing, unreadable or out of step with their source.

use super::analysis::{analyzer, analyzer_name};
use super::lexicon::{Lexicon, Target};
use crate::directory::ServiceDetail;
use crate::domain::taxonomy::{Group, Need, Situation, Vocabulary};
use crate::i18n::Locale;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, NumericOptions, STORED, STRING, Schema, TantivyDocument, TextFieldIndexing,
    TextOptions,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Term, doc};

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index folder {path}")]
    Folder { path: PathBuf, source: std::io::Error },
    #[error("search index: a writer lock was poisoned")]
    Poisoned,
}

/// Where an index lives: a folder under the data directory, or memory (tests, the CLI).
#[derive(Debug, Clone)]
pub enum Storage {
    Folder(PathBuf),
    Memory,
}

fn text_options(locale: Locale) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(&analyzer_name(locale))
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

fn register_analyzers(index: &Index) {
    for locale in Locale::ALL {
        index.tokenizers().register(&analyzer_name(locale), analyzer(locale));
    }
}

/// Opens the index at `storage` if it is readable and `is_current` accepts it; otherwise starts
/// it afresh (deleting whatever was there) and reports that it must be filled.
fn open_or_create(
    storage: &Storage,
    schema: &Schema,
    is_current: impl Fn(&Index) -> bool,
) -> Result<(Index, bool), IndexError> {
    let Storage::Folder(path) = storage else {
        let index = Index::create_in_ram(schema.clone());
        register_analyzers(&index);
        return Ok((index, true));
    };
    if path.exists() {
        if let Ok(index) = Index::open_in_dir(path) {
            register_analyzers(&index);
            if index.schema() == *schema && is_current(&index) {
                return Ok((index, false));
            }
        }
        tracing::warn!(path = %path.display(), "search index missing, unreadable or stale: rebuilding");
        std::fs::remove_dir_all(path).map_err(|source| IndexError::Folder {
            path: path.clone(),
            source,
        })?;
    }
    std::fs::create_dir_all(path).map_err(|source| IndexError::Folder {
        path: path.clone(),
        source,
    })?;
    let index = Index::create_in_dir(path, schema.clone())?;
    register_analyzers(&index);
    Ok((index, true))
}

fn doc_count(index: &Index) -> Option<u64> {
    index.reader().ok().map(|reader| reader.searcher().num_docs())
}

/// The lexicon, indexed twice per language, on terms the language's analyzer already produced:
/// each phrase alone (to find the phrases a text may contain) and each slug's phrases together
/// (to score slugs by BM25 when no phrase is found whole).
pub struct LexiconIndex {
    phrases: IndexReader,
    slugs: IndexReader,
    fields: HashMap<Locale, Field>,
}

const PHRASE_ID: &str = "phrase_id";
const TARGET_ID: &str = "target_id";
/// Terms are analysed before indexing, so the index only splits on spaces.
const PRE_ANALYSED: &str = "portal_pre_analysed";

fn pre_analysed_options() -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(PRE_ANALYSED)
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

fn lexicon_schema(id_field: &str) -> (Schema, HashMap<Locale, Field>) {
    let mut builder = Schema::builder();
    builder.add_u64_field(id_field, NumericOptions::default().set_fast().set_stored());
    let fields = Locale::ALL
        .iter()
        .map(|locale| {
            (
                *locale,
                builder.add_text_field(&format!("terms_{}", analyzer_name(*locale)), pre_analysed_options()),
            )
        })
        .collect();
    (builder.build(), fields)
}

fn register_pre_analysed(index: &Index) {
    index
        .tokenizers()
        .register(PRE_ANALYSED, tantivy::tokenizer::WhitespaceTokenizer::default());
}

fn term_query(field: Field, terms: &[String]) -> Option<BooleanQuery> {
    let unique: HashSet<&String> = terms.iter().collect();
    let clauses: Vec<(Occur, Box<dyn Query>)> = unique
        .into_iter()
        .map(|term| {
            let query: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(field, term),
                IndexRecordOption::WithFreqs,
            ));
            (Occur::Should, query)
        })
        .collect();
    (!clauses.is_empty()).then(|| BooleanQuery::new(clauses))
}

/// Opens one of the lexicon's two indexes, filling it with `documents` (id, locale, terms) when
/// it is new or does not match `fingerprint`.
fn open_lexicon_part(
    storage: &Storage,
    id_field: &str,
    fingerprint: &str,
    documents: &[(u64, Locale, String)],
) -> Result<(IndexReader, HashMap<Locale, Field>), IndexError> {
    let (schema, fields) = lexicon_schema(id_field);
    let fingerprint_file = match storage {
        Storage::Folder(path) => Some(path.join("portal-lexicon-fingerprint")),
        Storage::Memory => None,
    };
    let stored = fingerprint_file.as_ref().and_then(|f| std::fs::read_to_string(f).ok());
    let expected = documents.len() as u64;
    let (index, fresh) = open_or_create(storage, &schema, |index| {
        doc_count(index) == Some(expected) && stored.as_deref() == Some(fingerprint)
    })?;
    register_pre_analysed(&index);
    if fresh {
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 50_000_000)?;
        let id = schema.get_field(id_field)?;
        for (document_id, locale, terms) in documents {
            writer.add_document(doc!(id => *document_id, fields[locale] => terms.as_str()))?;
        }
        writer.commit()?;
        if let Some(file) = &fingerprint_file {
            std::fs::write(file, fingerprint).map_err(|source| IndexError::Folder {
                path: file.clone(),
                source,
            })?;
        }
    }
    let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
    reader.reload()?;
    Ok((reader, fields))
}

/// A slug (or danger) as a number, for the slug index's id field.
pub fn target_id(target: Target) -> u64 {
    let position = |slugs: Vec<&str>, slug: &str| slugs.iter().position(|s| *s == slug).unwrap_or(0) as u64;
    match target {
        Target::Situation(s) => position(Vocabulary::Situation.slugs(), s.as_str()),
        Target::Need(n) => 100 + position(Vocabulary::Need.slugs(), n.as_str()),
        Target::Group(g) => 200 + position(Vocabulary::Group.slugs(), g.as_str()),
        Target::Danger => 300,
    }
}

pub fn target_of(id: u64) -> Option<Target> {
    let index = |offset: u64| usize::try_from(id - offset).ok();
    match id {
        0..100 => index(0)
            .and_then(|i| Situation::ALL.get(i))
            .map(|s| Target::Situation(*s)),
        100..200 => index(100).and_then(|i| Need::ALL.get(i)).map(|n| Target::Need(*n)),
        200..300 => index(200).and_then(|i| Group::ALL.get(i)).map(|g| Target::Group(*g)),
        300 => Some(Target::Danger),
        _ => None,
    }
}

impl LexiconIndex {
    /// Builds (or reopens, when they hold exactly this lexicon) the lexicon's indexes.
    pub fn open(storage: &Storage, lexicon: &Lexicon) -> Result<Self, IndexError> {
        let fingerprint = lexicon_fingerprint(lexicon);
        let part = |name: &str| match storage {
            Storage::Folder(path) => Storage::Folder(path.join(name)),
            Storage::Memory => Storage::Memory,
        };
        let phrase_documents: Vec<(u64, Locale, String)> = lexicon
            .phrases
            .iter()
            .enumerate()
            .map(|(id, p)| (id as u64, p.locale, p.terms.join(" ")))
            .collect();
        let mut by_target: HashMap<(u64, Locale), Vec<&str>> = HashMap::new();
        for phrase in &lexicon.phrases {
            by_target
                .entry((target_id(phrase.target), phrase.locale))
                .or_default()
                .extend(phrase.terms.iter().map(String::as_str));
        }
        let mut slug_documents: Vec<(u64, Locale, String)> = by_target
            .into_iter()
            .map(|((target, locale), terms)| (target, locale, terms.join(" ")))
            .collect();
        slug_documents.sort_by(|a, b| (a.0, a.1.tag()).cmp(&(b.0, b.1.tag())));
        let (phrases, fields) = open_lexicon_part(&part("phrases"), PHRASE_ID, &fingerprint, &phrase_documents)?;
        let (slugs, _) = open_lexicon_part(&part("slugs"), TARGET_ID, &fingerprint, &slug_documents)?;
        Ok(LexiconIndex { phrases, slugs, fields })
    }

    /// Ids of the phrases of `locale` that share at least one term with `terms`.
    pub fn candidates(&self, locale: Locale, terms: &[String]) -> Result<HashSet<u64>, IndexError> {
        let Some(query) = term_query(self.fields[&locale], terms) else {
            return Ok(HashSet::new());
        };
        let searcher = self.phrases.searcher();
        let found = searcher.search(&query, &DocSetCollector)?;
        let mut ids = HashSet::with_capacity(found.len());
        for address in found {
            let column = searcher
                .segment_reader(address.segment_ord)
                .fast_fields()
                .u64(PHRASE_ID)?;
            if let Some(id) = column.first(address.doc_id) {
                ids.insert(id);
            }
        }
        Ok(ids)
    }

    /// Every slug of `locale` whose phrases share terms with `terms`, with its BM25 score.
    pub fn slug_scores(&self, locale: Locale, terms: &[String]) -> Result<Vec<(Target, f32)>, IndexError> {
        let Some(query) = term_query(self.fields[&locale], terms) else {
            return Ok(Vec::new());
        };
        let searcher = self.slugs.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(64).order_by_score())?;
        let mut scores = Vec::with_capacity(top.len());
        for (score, address) in top {
            let column = searcher
                .segment_reader(address.segment_ord)
                .fast_fields()
                .u64(TARGET_ID)?;
            if let Some(target) = column.first(address.doc_id).and_then(target_of) {
                scores.push((target, score));
            }
        }
        Ok(scores)
    }
}

/// Changes whenever a phrase is added, removed or reworded.
fn lexicon_fingerprint(lexicon: &Lexicon) -> String {
    // Stable across runs and builds: a fixed-key FNV-style fold, not the randomised std hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for phrase in &lexicon.phrases {
        feed(phrase.locale.tag().as_bytes());
        feed(phrase.text.as_bytes());
        feed(&[0]);
    }
    format!("{hash:016x}-{}", lexicon.phrases.len())
}

/// How many of a text's terms the listings search uses.
const RAREST_TERMS: usize = 6;

/// The listings' text, for the text part of ranking and for finding services when no situation
/// is recognised.
pub struct ServiceIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    slug: Field,
    name: Field,
    body: Field,
}

fn service_schema() -> Schema {
    let mut builder = Schema::builder();
    builder.add_text_field("slug", STRING | STORED | FAST);
    builder.add_text_field("name", text_options(Locale::En));
    builder.add_text_field("body", text_options(Locale::En));
    builder.build()
}

impl ServiceIndex {
    /// Opens the listings index, rebuilding it from `services` when it is missing, unreadable
    /// or holds a different number of listings.
    pub fn open(storage: &Storage, services: &[ServiceDetail]) -> Result<Self, IndexError> {
        let schema = service_schema();
        let (index, fresh) = open_or_create(storage, &schema, |index| {
            doc_count(index) == Some(services.len() as u64)
        })?;
        let writer: IndexWriter = index.writer_with_num_threads(1, 50_000_000)?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let service_index = ServiceIndex {
            slug: schema.get_field("slug")?,
            name: schema.get_field("name")?,
            body: schema.get_field("body")?,
            index,
            reader,
            writer: Mutex::new(writer),
        };
        if fresh {
            service_index.replace_all(services)?;
        }
        service_index.reader.reload()?;
        Ok(service_index)
    }

    fn document(&self, service: &ServiceDetail) -> TantivyDocument {
        let summary = &service.summary;
        let body = format!(
            "{} {} {} {}",
            summary.organization,
            summary.description,
            service.offers.join(" "),
            service.eligibility.as_deref().unwrap_or_default()
        );
        doc!(self.slug => summary.slug.as_str(), self.name => summary.name.as_str(), self.body => body)
    }

    /// Replaces the whole index with `services` (after an import, or a directory reload).
    pub fn replace_all(&self, services: &[ServiceDetail]) -> Result<(), IndexError> {
        let mut writer = self.writer.lock().map_err(|_| IndexError::Poisoned)?;
        writer.delete_all_documents()?;
        for service in services {
            writer.add_document(self.document(service))?;
        }
        writer.commit()?;
        drop(writer);
        self.reader.reload()?;
        Ok(())
    }

    /// Adds or replaces one listing.
    pub fn upsert(&self, service: &ServiceDetail) -> Result<(), IndexError> {
        let mut writer = self.writer.lock().map_err(|_| IndexError::Poisoned)?;
        writer.delete_term(Term::from_field_text(self.slug, &service.summary.slug));
        writer.add_document(self.document(service))?;
        writer.commit()?;
        drop(writer);
        self.reader.reload()?;
        Ok(())
    }

    /// The listings whose text best matches `text`, by BM25, with their scores.
    pub fn search(&self, text: &str, limit: usize) -> Result<Vec<(String, f32)>, IndexError> {
        let mut analyzer = self
            .index
            .tokenizers()
            .get(&analyzer_name(Locale::En))
            .unwrap_or_else(|| analyzer(Locale::En));
        self.search_terms(&super::analysis::terms(&mut analyzer, text), limit)
    }

    /// The listings that best match terms already analysed in English, by BM25 over the text's
    /// rarest terms (they decide BM25 anyway, and their short postings keep the search fast at
    /// any directory size).
    pub fn search_terms(&self, terms: &[String], limit: usize) -> Result<Vec<(String, f32)>, IndexError> {
        let searcher = self.reader.searcher();
        let mut by_rarity: Vec<(u64, &String)> = Vec::new();
        for term in terms.iter().collect::<HashSet<&String>>() {
            let frequency = searcher.doc_freq(&Term::from_field_text(self.name, term))?
                + searcher.doc_freq(&Term::from_field_text(self.body, term))?;
            if frequency > 0 {
                by_rarity.push((frequency, term));
            }
        }
        by_rarity.sort_unstable();
        let unique: Vec<&String> = by_rarity.into_iter().take(RAREST_TERMS).map(|(_, term)| term).collect();
        let clauses: Vec<(Occur, Box<dyn Query>)> = unique
            .iter()
            .flat_map(|term| {
                [self.name, self.body].into_iter().map(move |field| {
                    let query: Box<dyn Query> = Box::new(TermQuery::new(
                        Term::from_field_text(field, term),
                        IndexRecordOption::WithFreqs,
                    ));
                    (Occur::Should, query)
                })
            })
            .collect();
        if clauses.is_empty() {
            return Ok(Vec::new());
        }
        let top = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(limit).order_by_score(),
        )?;
        let mut found = Vec::with_capacity(top.len());
        for (score, address) in top {
            let Some(slugs) = searcher.segment_reader(address.segment_ord).fast_fields().str("slug")? else {
                continue;
            };
            let mut slug = String::new();
            if let Some(ordinal) = slugs.term_ords(address.doc_id).next() {
                slugs
                    .ord_to_str(ordinal, &mut slug)
                    .map_err(|error| IndexError::Tantivy(error.into()))?;
                found.push((slug, score));
            }
        }
        Ok(found)
    }

    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The folder of one index under the data folder.
pub fn folder(data_dir: &Path, name: &str) -> Storage {
    Storage::Folder(data_dir.join("index").join(name))
}
