//! Open Referral UK 3.0: the `/openreferral/` API (pages, parameters, errors, CORS), every item
//! validated against the standard's JSON schemas, confidential locations, and `portal import`
//! and `portal export` of data packages.

use crate::helpers::{TestApp, spawn_app, workspace_path};
use app::ssr::openreferral::import::{self, Options, Quiet, Report};
use app::ssr::openreferral::{ImportError, export};
use reqwest::StatusCode;
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

const ORUK: &str = "content/openreferral-uk";
const EXAMPLE_SERVICE: &str = "ac148810-d857-441c-9679-408f346de14b";

fn oruk(relative: &str) -> PathBuf {
    workspace_path(ORUK).join(relative)
}

impl TestApp {
    async fn get_json(&self, path: &str) -> (StatusCode, Value) {
        let response = self.get(path).await;
        let status = response.status();
        let cors = response
            .headers()
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        assert_eq!(
            cors.as_deref(),
            Some("*"),
            "{path} has no Access-Control-Allow-Origin: *"
        );
        let body = response.text().await.expect("body");
        let value = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path} is not JSON ({e}): {body}"));
        (status, value)
    }

    async fn ok_json(&self, path: &str) -> Value {
        let (status, value) = self.get_json(path).await;
        assert_eq!(status, StatusCode::OK, "{path}: {value}");
        value
    }

    /// Every item of a list, page after page, checking each page's metadata.
    async fn all_items(&self, path: &str, per_page: usize) -> Vec<Value> {
        let separator = if path.contains('?') { '&' } else { '?' };
        let mut items = Vec::new();
        let mut page_number = 1;
        loop {
            let page = self
                .ok_json(&format!("{path}{separator}page={page_number}&per_page={per_page}"))
                .await;
            let total_items = as_usize(&page["total_items"]);
            let contents = page["contents"].as_array().expect("contents").clone();
            assert_eq!(as_usize(&page["page_number"]), page_number);
            assert_eq!(as_usize(&page["size"]), contents.len());
            assert_eq!(as_usize(&page["total_pages"]), total_items.div_ceil(per_page).max(1));
            assert_eq!(page["first_page"], Value::Bool(page_number == 1));
            assert_eq!(page["empty"], Value::Bool(total_items == 0));
            items.extend(contents);
            if page["last_page"] == Value::Bool(true) {
                assert_eq!(items.len(), total_items, "{path}: every item once");
                return items;
            }
            page_number += 1;
        }
    }

    async fn import(&self, path: &Path, dry_run: bool) -> Result<Report, ImportError> {
        let report = import::run(
            &self.state.pool,
            path,
            &workspace_path("content/taxonomy.toml"),
            Options { dry_run },
            &Quiet,
        )
        .await;
        self.state.reload_directory().await.expect("reload");
        report
    }

    /// How many rows each table holds.
    async fn row_counts(&self) -> BTreeMap<&'static str, i64> {
        let mut counts = BTreeMap::new();
        for table in [
            "organization",
            "service",
            "service_offer",
            "service_translation",
            "phone",
            "schedule",
            "language",
            "service_area",
            "location",
            "address",
            "service_at_location",
            "taxonomy",
            "taxonomy_term",
            "attribute",
        ] {
            // The table names are the constants above.
            let sql = sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}"));
            let count: i64 = sqlx::query_scalar(sql).fetch_one(&self.sql).await.expect("count");
            counts.insert(table, count);
        }
        counts
    }
}

fn as_usize(value: &Value) -> usize {
    value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or_else(|| panic!("{value} is not a count"))
}

fn ids(items: &[Value]) -> Vec<String> {
    items.iter().map(|i| i["id"].as_str().expect("id").to_owned()).collect()
}

// ---------------------------------------------------------------------------------------------
// The API

#[tokio::test]
async fn the_root_names_the_standard() {
    let app = spawn_app().await;
    let root = app.ok_json("/openreferral/").await;
    assert_eq!(root["version"], "3.0");
    assert!(root["openapi_url"].as_str().is_some_and(|u| u.starts_with("https://")));
    let openapi = app.ok_json("/openreferral/openapi.json").await;
    assert_eq!(openapi["info"]["version"], "3.0");
}

#[tokio::test]
async fn lists_are_paged_as_the_openapi_page_schema_says() {
    let app = spawn_app().await;
    let published = app.state.directory.snapshot().len();
    let page = app.ok_json("/openreferral/services?per_page=10&page=2").await;
    for key in [
        "total_items",
        "total_pages",
        "page_number",
        "size",
        "first_page",
        "last_page",
        "empty",
        "contents",
    ] {
        assert!(page.get(key).is_some(), "the page has no `{key}`");
    }
    assert_eq!(as_usize(&page["total_items"]), published);
    assert_eq!(as_usize(&page["total_pages"]), published.div_ceil(10));
    assert_eq!(as_usize(&page["page_number"]), 2);
    assert_eq!(as_usize(&page["size"]), 10);
    assert_eq!(page["first_page"], false);
    assert_eq!(page["last_page"], false);
    assert_eq!(page["empty"], false);

    let last = published.div_ceil(10);
    let page = app
        .ok_json(&format!("/openreferral/services?per_page=10&page={last}"))
        .await;
    assert_eq!(page["last_page"], true);
    assert_eq!(as_usize(&page["size"]), published - (last - 1) * 10);

    let beyond = app
        .ok_json(&format!("/openreferral/services?per_page=10&page={}", last + 1))
        .await;
    assert_eq!(as_usize(&beyond["size"]), 0);
    assert_eq!(beyond["empty"], false, "the list is not empty, this page is");

    let none = app.ok_json("/openreferral/services?search=zzqxjv").await;
    assert_eq!(as_usize(&none["total_items"]), 0);
    assert_eq!(as_usize(&none["total_pages"]), 1);
    assert_eq!(none["empty"], true);
    assert_eq!(none["first_page"], true);
    assert_eq!(none["last_page"], true);

    // Pages do not overlap and together hold every service once.
    let all = app.all_items("/openreferral/services", 25).await;
    let unique: HashSet<String> = ids(&all).into_iter().collect();
    assert_eq!(unique.len(), published);
}

#[tokio::test]
async fn bad_parameters_are_refused_with_a_message_naming_them() {
    let app = spawn_app().await;
    for (path, parameter) in [
        ("/openreferral/services?page=abc", "page"),
        ("/openreferral/services?page=0", "page"),
        ("/openreferral/services?per_page=100000", "per_page"),
        ("/openreferral/services?per_page=-5", "per_page"),
        ("/openreferral/services?taxonomy_term_id=fgm", "taxonomy_term_id"),
        ("/openreferral/services?taxonomy_id=1", "taxonomy_id"),
        ("/openreferral/services?minimum_age=old", "minimum_age"),
        ("/openreferral/services?maximum_age=-1", "maximum_age"),
        ("/openreferral/services?day=someday", "day"),
        ("/openreferral/services?start_time=9am", "start_time"),
        ("/openreferral/services?end_time=25:00", "end_time"),
        ("/openreferral/services?page=1&page=2", "page"),
        ("/openreferral/service_at_locations?postcode=nowhere", "postcode"),
        (
            "/openreferral/service_at_locations?postcode=E8&proximity=1000",
            "proximity",
        ),
        ("/openreferral/taxonomies?per_page=0", "per_page"),
        ("/openreferral/taxonomy_terms?page=x", "page"),
    ] {
        let (status, body) = app.get_json(path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {body}");
        let message = body["message"].as_str().expect("message");
        assert!(message.contains(&format!("`{parameter}`")), "{path}: {message}");
    }
}

#[tokio::test]
async fn unknown_ids_and_addresses_are_not_found() {
    let app = spawn_app().await;
    let unknown = "00000000-0000-4000-8000-000000000000";
    for path in [
        format!("/openreferral/services/{unknown}"),
        "/openreferral/services/not-a-uuid".to_owned(),
        format!("/openreferral/service_at_locations/{unknown}"),
        format!("/openreferral/taxonomies/{unknown}"),
        format!("/openreferral/taxonomy_terms/{unknown}"),
        "/openreferral/organizations".to_owned(),
    ] {
        let (status, body) = app.get_json(&path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {body}");
        assert_eq!(body["error"], "not_found");
    }
}

#[tokio::test]
async fn each_query_parameter_narrows_the_list_as_documented() {
    use app::domain::hours::Weekday;
    use app::domain::taxonomy::{Situation, Vocabulary};
    use app::ssr::db::directory::{taxonomy_id, taxonomy_term_id};
    let app = spawn_app().await;
    let directory = app.state.directory.snapshot();
    let all = directory.len();
    let count = |path: String| {
        let app = &app;
        async move { app.all_items(&path, 500).await }
    };

    // taxonomy_term_id: the services tagged with that situation, and only them.
    let fgm = taxonomy_term_id(Vocabulary::Situation, "fgm");
    let found = count(format!("/openreferral/services?taxonomy_term_id={fgm}")).await;
    let expected = directory
        .with_situation(Situation::Fgm, app::ssr::directory::ListFilter::default())
        .len();
    assert!(expected > 0);
    assert_eq!(found.len(), expected);

    // taxonomy_id: services with any term of the taxonomy (groups: not every service has one).
    let groups = taxonomy_id(Vocabulary::Group);
    let found = count(format!("/openreferral/services?taxonomy_id={groups}")).await;
    let expected = directory.services().filter(|s| !s.summary.groups.is_empty()).count();
    assert!(0 < expected && expected < all, "{expected} of {all}");
    assert_eq!(found.len(), expected);

    // minimum_age: services whose minimum age is at least the value.
    let found = count("/openreferral/services?minimum_age=16".to_owned()).await;
    let expected = directory
        .services()
        .filter(|s| s.minimum_age.is_some_and(|a| a >= 16))
        .count();
    assert!(0 < expected && expected < all);
    assert_eq!(found.len(), expected);
    assert!(found.iter().all(|s| s["minimum_age"].as_i64().is_some_and(|a| a >= 16)));

    // maximum_age: services whose maximum age is at most the value.
    let found = count("/openreferral/services?maximum_age=25".to_owned()).await;
    let expected = directory
        .services()
        .filter(|s| s.maximum_age.is_some_and(|a| a <= 25))
        .count();
    assert!(0 < expected && expected < all);
    assert_eq!(found.len(), expected);

    // day, start_time, end_time: one schedule must fit them all.
    let fits = |s: &app::directory::ServiceDetail, day: Weekday, start: u16, end: u16| {
        s.summary.hours.iter().any(|p| {
            let closes = if p.runs_past_midnight() {
                p.closes().minutes() + 1440
            } else {
                p.closes().minutes()
            };
            p.days().contains(day) && p.opens().minutes() >= start && closes <= end
        })
    };
    let found = count("/openreferral/services?day=SU".to_owned()).await;
    let expected = directory
        .services()
        .filter(|s| fits(s, Weekday::Sunday, 0, 2880))
        .count();
    assert!(0 < expected && expected < all);
    assert_eq!(found.len(), expected);
    let found = count("/openreferral/services?day=monday&start_time=09:00&end_time=17:30".to_owned()).await;
    let expected = directory
        .services()
        .filter(|s| fits(s, Weekday::Monday, 540, 1050))
        .count();
    assert!(0 < expected && expected < all);
    assert_eq!(found.len(), expected);

    // search: every word must appear; a distinctive name finds its service.
    let found = count("/openreferral/services?search=AAFDA".to_owned()).await;
    assert!(!found.is_empty() && found.len() < all);
    assert!(
        found
            .iter()
            .any(|s| s["name"].as_str().is_some_and(|n| n.contains("AAFDA")))
    );
    let narrower = count("/openreferral/services?search=AAFDA%20inquests".to_owned()).await;
    assert!(narrower.len() <= found.len());

    // Filters work on /service_at_locations too, and postcode narrows by postcode district.
    let links = count("/openreferral/service_at_locations".to_owned()).await;
    let in_w6 = count("/openreferral/service_at_locations?postcode=W6".to_owned()).await;
    assert_eq!(in_w6.len(), 1, "one location in the demonstration directory is in W6");
    assert!(links.len() > in_w6.len());
    let location = &app
        .ok_json(&format!(
            "/openreferral/service_at_locations/{}",
            in_w6[0]["id"].as_str().expect("id")
        ))
        .await["location"];
    assert_eq!(location["addresses"][0]["postal_code"], "W6 9JT");
    assert!(
        count("/openreferral/service_at_locations?postcode=W6%209JT".to_owned())
            .await
            .len()
            == 1
    );
    assert!(
        count("/openreferral/service_at_locations?postcode=W6%209JU".to_owned())
            .await
            .is_empty()
    );
    let tagged = count(format!("/openreferral/service_at_locations?taxonomy_term_id={fgm}")).await;
    assert!(tagged.len() < links.len());

    // Terms can be listed by taxonomy.
    let situations = count(format!(
        "/openreferral/taxonomy_terms?taxonomy_id={}",
        taxonomy_id(Vocabulary::Situation)
    ))
    .await;
    assert_eq!(situations.len(), Situation::ALL.len());
}

#[tokio::test]
async fn the_portal_taxonomy_is_published_with_its_terms() {
    use app::domain::taxonomy::{Group, Need, Situation, Vocabulary};
    use app::ssr::db::directory::{taxonomy_id, taxonomy_term_id};
    let app = spawn_app().await;
    let taxonomies = app.all_items("/openreferral/taxonomies", 50).await;
    assert_eq!(taxonomies.len(), 3);
    for (vocabulary, slugs) in [
        (
            Vocabulary::Situation,
            Situation::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        ),
        (Vocabulary::Need, Need::ALL.iter().map(|s| s.as_str()).collect()),
        (Vocabulary::Group, Group::ALL.iter().map(|s| s.as_str()).collect()),
    ] {
        let taxonomy = app
            .ok_json(&format!("/openreferral/taxonomies/{}", taxonomy_id(vocabulary)))
            .await;
        let terms = taxonomy["taxonomy_terms"].as_array().expect("terms");
        let names: HashSet<&str> = terms.iter().filter_map(|t| t["term"].as_str()).collect();
        assert_eq!(names, slugs.iter().copied().collect::<HashSet<_>>());
        let first = app
            .ok_json(&format!(
                "/openreferral/taxonomy_terms/{}",
                taxonomy_term_id(vocabulary, slugs[0])
            ))
            .await;
        assert_eq!(first["taxonomy_id"], taxonomy["id"]);
        assert!(!first["description"].as_str().unwrap_or_default().is_empty());
    }
    // A service carries its situations as attributes with their terms.
    let service = app.state.directory.snapshot().details()[0].clone();
    let id = sqlx::query_scalar::<_, String>("SELECT id FROM service WHERE slug = $1")
        .bind(&service.summary.slug)
        .fetch_one(&app.sql)
        .await
        .expect("id");
    let full = app.ok_json(&format!("/openreferral/services/{id}")).await;
    let terms: HashSet<&str> = full["attributes"]
        .as_array()
        .expect("attributes")
        .iter()
        .filter_map(|a| a["taxonomy_term"]["term"].as_str())
        .collect();
    for situation in &service.summary.situations {
        assert!(terms.contains(situation.as_str()), "{situation} missing from {terms:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Conformance: every item against the standard's JSON schemas (draft 2020-12, formats checked)

/// A schema file with its `$ref`s to sibling files replaced by their contents.
fn schema(relative: &str) -> Value {
    fn inline(value: &mut Value, folder: &Path) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get("$ref").cloned()
                    && !target.starts_with('#')
                {
                    let mut referenced = read_json(&folder.join(&target));
                    inline(&mut referenced, folder);
                    *value = referenced;
                    return;
                }
                map.values_mut().for_each(|v| inline(v, folder));
            }
            Value::Array(items) => items.iter_mut().for_each(|v| inline(v, folder)),
            _ => {}
        }
    }
    let path = oruk(relative);
    let mut value = read_json(&path);
    inline(&mut value, path.parent().expect("folder"));
    value
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

struct Schema {
    name: &'static str,
    validator: jsonschema::Validator,
}

impl Schema {
    fn new(name: &'static str) -> Self {
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema(name))
            .unwrap_or_else(|e| panic!("{name} compiles: {e}"));
        Schema { name, validator }
    }

    fn check(&self, item: &Value, failures: &mut Vec<String>) {
        for error in self.validator.iter_errors(item) {
            failures.push(format!(
                "{} against {}: at {}: {error}",
                item["id"],
                self.name,
                error.instance_path()
            ));
        }
    }
}

/// The `Page` schema of the OpenAPI document, with every property required.
fn page_schema() -> Schema {
    let openapi = read_json(&oruk("schema/openapi.json"));
    let mut page = openapi["components"]["schemas"]["Page"].clone();
    let keys: Vec<Value> = page["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .cloned()
        .map(Value::String)
        .collect();
    page["required"] = Value::Array(keys);
    let validator = jsonschema::draft202012::new(&page).expect("Page compiles");
    Schema {
        name: "openapi.json#/components/schemas/Page",
        validator,
    }
}

async fn validate_everything(app: &TestApp) -> BTreeMap<&'static str, usize> {
    let page = page_schema();
    let mut failures = Vec::new();
    let mut counts = BTreeMap::new();
    for (list, item_schema, single_schema, single_path) in [
        (
            "/openreferral/services",
            "schema/compiled/service_list.json",
            "schema/compiled/service.json",
            "/openreferral/services",
        ),
        (
            "/openreferral/service_at_locations",
            "schema/compiled/service_at_location_list.json",
            "schema/compiled/service_at_location.json",
            "/openreferral/service_at_locations",
        ),
        (
            "/openreferral/taxonomies",
            "schema/taxonomy.json",
            "schema/taxonomy.json",
            "/openreferral/taxonomies",
        ),
        (
            "/openreferral/taxonomy_terms",
            "schema/taxonomy_term.json",
            "schema/taxonomy_term.json",
            "/openreferral/taxonomy_terms",
        ),
    ] {
        let first = app.ok_json(&format!("{list}?per_page=500")).await;
        page.check(&first, &mut failures);
        let items = app.all_items(list, 40).await;
        let item_schema = Schema::new(item_schema);
        let single_schema = Schema::new(single_schema);
        for item in &items {
            item_schema.check(item, &mut failures);
            let id = item["id"].as_str().expect("id");
            let single = app.ok_json(&format!("{single_path}/{id}")).await;
            single_schema.check(&single, &mut failures);
        }
        counts.insert(list, items.len());
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    counts
}

#[tokio::test]
async fn every_item_of_the_demonstration_directory_validates_against_the_schemas() {
    let app = spawn_app().await;
    let counts = validate_everything(&app).await;
    eprintln!("validated as lists and one by one: {counts:?}");
    assert_eq!(counts["/openreferral/services"], app.state.directory.snapshot().len());
    assert!(counts["/openreferral/service_at_locations"] >= 15);
    assert_eq!(counts["/openreferral/taxonomies"], 3);
    assert!(counts["/openreferral/taxonomy_terms"] >= 30);
}

#[tokio::test]
async fn imported_open_referral_data_validates_too() {
    let app = spawn_app().await;
    app.import(&oruk("examples/csv"), false).await.expect("CSV example");
    app.import(&oruk("examples/service_full.json"), false)
        .await
        .expect("JSON example");
    let counts = validate_everything(&app).await;
    assert_eq!(counts["/openreferral/services"], app.state.directory.snapshot().len());
    assert!(counts["/openreferral/taxonomies"] > 3);
}

#[test]
fn the_schemas_reject_what_they_should() {
    // The validator really checks: a service without a status, or with an id that is no UUID,
    // fails; so does a location without its type.
    let service = Schema::new("schema/compiled/service.json");
    let mut failures = Vec::new();
    service.check(&serde_json::json!({"id": EXAMPLE_SERVICE, "name": "A"}), &mut failures);
    service.check(
        &serde_json::json!({"id": "x", "name": "A", "status": "active"}),
        &mut failures,
    );
    service.check(
        &serde_json::json!({"id": EXAMPLE_SERVICE, "name": "A", "status": "active", "url": "not a uri"}),
        &mut failures,
    );
    assert_eq!(failures.len(), 3, "{failures:?}");
    let mut none = Vec::new();
    service.check(&read_json(&oruk("examples/service_full.json")), &mut none);
    assert!(none.is_empty(), "{none:?}");
}

// ---------------------------------------------------------------------------------------------
// Confidential locations

#[tokio::test]
async fn a_confidential_address_never_leaves_even_if_the_database_holds_one() {
    let app = spawn_app().await;
    let confidential: Vec<String> = sqlx::query_scalar("SELECT id FROM location WHERE confidential = TRUE")
        .fetch_all(&app.sql)
        .await
        .expect("locations");
    assert!(!confidential.is_empty());
    // Plant an address on every confidential location, as a bug or a hand edit might.
    for (n, id) in confidential.iter().enumerate() {
        sqlx::query(
            "INSERT INTO address (id, location_id, address_1, city, postal_code) VALUES ($1, $2, $3, 'London', 'ZZ9 9ZZ')",
        )
        .bind(format!("planted-{n}"))
        .bind(id)
        .bind(format!("{n} Secret Refuge Street"))
        .execute(&app.sql)
        .await
        .expect("planted");
    }
    app.state.reload_directory().await.expect("reload");

    let mut published = String::new();
    for list in [
        "/openreferral/services",
        "/openreferral/service_at_locations",
        "/openreferral/taxonomies",
        "/openreferral/taxonomy_terms",
    ] {
        for item in app.all_items(list, 500).await {
            published.push_str(&item.to_string());
            let id = item["id"].as_str().expect("id");
            published.push_str(&app.ok_json(&format!("{list}/{id}")).await.to_string());
        }
    }
    let folder = tempfile::tempdir().expect("folder");
    let report = export::export(&app.state.pool, folder.path()).await.expect("export");
    for file in &report.files {
        published.push_str(&std::fs::read_to_string(file).expect("file"));
    }
    assert!(
        !published.contains("Secret Refuge Street"),
        "a confidential address was published"
    );
    assert!(!published.contains("ZZ9 9ZZ"), "a confidential postcode was published");
    // The test can fail: public addresses are published, and confidential locations are
    // published by name, marked confidential, without addresses.
    assert!(published.contains("W6 9JT"));
    for id in &confidential {
        let links = app.all_items("/openreferral/service_at_locations", 500).await;
        let link = links.iter().find(|l| l["location_id"] == id.as_str()).expect("listed");
        let full = app
            .ok_json(&format!(
                "/openreferral/service_at_locations/{}",
                link["id"].as_str().expect("id")
            ))
            .await;
        assert_eq!(full["location"]["confidential"], true);
        assert!(full["location"].get("addresses").is_none());
        assert!(full["location"].get("latitude").is_none());
    }
}

#[tokio::test]
async fn an_import_refuses_an_address_or_coordinates_on_a_confidential_location() {
    let app = spawn_app().await;
    let folder = tempfile::tempdir().expect("folder");
    let mut service = read_json(&oruk("examples/service_full.json"));
    service["service_at_locations"][0]["location"]["confidential"] = Value::Bool(true);
    let file = folder.path().join("refuge.json");
    std::fs::write(&file, service.to_string()).expect("write");
    let message = app.import(&file, false).await.expect_err("refused").to_string();
    assert!(message.contains("refuge.json"), "{message}");
    assert!(message.contains("must not have an address"), "{message}");

    let location = &mut service["service_at_locations"][0]["location"];
    location.as_object_mut().expect("object").remove("addresses");
    std::fs::write(&file, service.to_string()).expect("write");
    let message = app.import(&file, false).await.expect_err("refused").to_string();
    assert!(
        message.contains("`latitude`") && message.contains("coordinates"),
        "{message}"
    );
}

// ---------------------------------------------------------------------------------------------
// Import

#[tokio::test]
async fn the_csv_example_imports_with_every_field_the_portal_keeps() {
    let app = spawn_app().await;
    let report = app.import(&oruk("examples/csv"), false).await.expect("import");
    assert_eq!(report.services.added, 1);
    assert_eq!(report.organizations.added, 1);
    assert_eq!(report.locations.added, 1);
    assert!(report.notes.not_kept.contains_key("service.accreditations"));

    let service = app.ok_json(&format!("/openreferral/services/{EXAMPLE_SERVICE}")).await;
    for (field, expected) in [
        ("name", "Community Counselling"),
        ("url", "http://example.com/counselling"),
        ("email", "email@example.com"),
        ("status", "active"),
        ("fees", "fees_description"),
        ("assured_date", "2005-01-01"),
        ("last_modified", "2023-03-15T10:30:45.123Z"),
        ("organization_id", "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"),
    ] {
        assert_eq!(service[field], expected, "{field}");
    }
    assert!(
        service["description"]
            .as_str()
            .expect("description")
            .starts_with("Counselling Services")
    );
    assert_eq!(service["minimum_age"], 12);
    assert_eq!(service["maximum_age"], 100);
    assert_eq!(service["organization"]["name"], "Example Organization Inc.");
    assert_eq!(service["organization"]["website"], "http://example.com");
    let schedule = &service["schedules"][0];
    assert_eq!(schedule["id"], "48102e86-bb50-41c4-8f1e-e269368c41d1");
    assert_eq!(schedule["byday"], "TH,FR");
    assert_eq!(schedule["opens_at"], "10:00");
    assert_eq!(schedule["closes_at"], "18:00");
    assert!(
        schedule["description"]
            .as_str()
            .expect("description")
            .starts_with("The service is available")
    );
    assert!(
        service["service_areas"][0]["name"]
            .as_str()
            .expect("area")
            .contains("MyCity")
    );
    let phone = &service["phones"][0];
    assert_eq!(phone["number"], "+44 1234 234567");
    assert_eq!(phone["id"], "1554f2e2-a373-45db-a3fa-9fc48a61c15e");
    let link = &service["service_at_locations"][0];
    assert_eq!(link["id"], "e94c9f38-1e8f-4564-91d4-d53501ab1765");
    let location = &link["location"];
    assert_eq!(location["name"], "MyCity Civic Center");
    assert_eq!(location["location_type"], "physical");
    let address = &location["addresses"][0];
    for (field, expected) in [
        ("id", "74706e55-df26-4b84-80fe-ecc30b5befb4"),
        ("attention", "A. Persona"),
        ("address_1", "1-30 Main Street"),
        ("city", "MyCity"),
        ("region", "MyRegion"),
        ("state_province", "MyState"),
        ("postal_code", "ABC 1234"),
        ("country", "US"),
        ("address_type", "postal"),
    ] {
        assert_eq!(address[field], expected, "address {field}");
    }
    // The other directory's taxonomy and term are kept, under the ids it gave them.
    let term = app
        .ok_json("/openreferral/taxonomy_terms/3f7b145d-84af-42d7-8fae-eaca714b02b2")
        .await;
    assert_eq!(term["parent_id"], "0bc248fa-dc27-4650-9ba4-8f1a24ef16a2");
    assert_eq!(term["term_uri"], "http://example.com");
    assert_eq!(term["taxonomy_id"], "07ff6aee-a219-438c-b694-d2fcb6c5373b");
    let taxonomy = app
        .ok_json("/openreferral/taxonomies/5c4d79d7-cc55-470e-9f1f-8cad074e4892")
        .await;
    assert_eq!(taxonomy["uri"], "http://example.com");
    assert_eq!(taxonomy["version"], "version");

    // A service with none of the portal's situations still has its page, and is listed under
    // no situation.
    let directory = app.state.directory.snapshot();
    let imported = directory
        .services()
        .find(|s| s.summary.name == "Community Counselling")
        .expect("in the directory");
    assert!(imported.summary.situations.is_empty());
    let (status, html) = app.get_text(&format!("/en/services/{}", imported.summary.slug)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Community Counselling"));
}

#[tokio::test]
async fn the_json_examples_import_and_unknown_taxonomies_stay_as_attributes() {
    let app = spawn_app().await;
    app.import(&oruk("examples/service_full.json"), false)
        .await
        .expect("service_full.json");
    let service = app.ok_json(&format!("/openreferral/services/{EXAMPLE_SERVICE}")).await;
    let attribute = &service["attributes"][0];
    assert_eq!(attribute["id"], "ae58cc39-8b70-4ab1-8aea-786882e5ac8e");
    assert_eq!(attribute["link_type"], "link_type");
    assert_eq!(attribute["taxonomy_term"]["id"], "3f7b145d-84af-42d7-8fae-eaca714b02b2");
    assert_eq!(attribute["taxonomy_term"]["taxonomy"], "taxonomy");
    assert_eq!(
        service["service_at_locations"][0]["location"]["addresses"][0]["postal_code"],
        "ABC 1234"
    );
    let found = app
        .all_items(
            "/openreferral/services?taxonomy_term_id=3f7b145d-84af-42d7-8fae-eaca714b02b2",
            50,
        )
        .await;
    assert_eq!(ids(&found), vec![EXAMPLE_SERVICE.to_owned()]);

    // Every JSON example together: the same service seen in several documents is one record.
    let before = app.row_counts().await;
    let report = app.import(&oruk("examples"), false).await.expect("examples/");
    assert_eq!(report.services.total(), 1);
    assert_eq!(app.row_counts().await["service"], before["service"]);
    let terms = app.all_items("/openreferral/taxonomy_terms", 500).await;
    assert!(ids(&terms).contains(&"3f7b145d-84af-42d7-8fae-eaca714b02b2".to_owned()));
}

#[tokio::test]
async fn importing_again_changes_no_row() {
    let app = spawn_app().await;
    app.import(&oruk("examples/csv"), false).await.expect("first");
    let first = app.row_counts().await;
    let report = app.import(&oruk("examples/csv"), false).await.expect("second");
    assert_eq!((report.services.added, report.services.updated), (0, 0));
    assert_eq!(report.services.unchanged, 1);
    assert_eq!(app.row_counts().await, first);

    // The same holds for a whole exported directory imported over itself.
    let folder = tempfile::tempdir().expect("folder");
    export::export(&app.state.pool, folder.path()).await.expect("export");
    let report = app.import(folder.path(), false).await.expect("own export");
    assert_eq!(
        report.services.added + report.services.updated,
        0,
        "{:?}",
        report.services
    );
    assert_eq!(app.row_counts().await, first);
}

#[tokio::test]
async fn a_dry_run_reports_and_changes_nothing() {
    let app = spawn_app().await;
    let before = app.row_counts().await;
    let report = app.import(&oruk("examples/csv"), true).await.expect("dry run");
    assert!(report.dry_run);
    assert_eq!(report.services.added, 1);
    assert!(report.lines()[0].contains("dry run"));
    assert!(report.lines().iter().any(|l| l.contains("would add 1")));
    assert_eq!(app.row_counts().await, before);
    let (status, _) = app.get_json(&format!("/openreferral/services/{EXAMPLE_SERVICE}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// A copy of the CSV example with one table changed.
fn broken_csv(table: &str, edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("folder");
    for entry in std::fs::read_dir(oruk("examples/csv")).expect("examples") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read");
        let name = path.file_name().expect("name").to_string_lossy().into_owned();
        let text = if name == table { edit(&text) } else { text };
        std::fs::write(folder.path().join(name), text).expect("write");
    }
    folder
}

#[tokio::test]
async fn malformed_input_is_named_by_file_row_and_field_and_changes_nothing() {
    let app = spawn_app().await;
    let before = app.row_counts().await;
    let cases: Vec<(tempfile::TempDir, &str, Vec<&str>)> = vec![
        (
            broken_csv("services.csv", |t| t.replace(",12,100,", ",twelve,100,")),
            "services.csv",
            vec!["row 1", "`minimum_age`", "twelve"],
        ),
        (
            broken_csv("services.csv", |t| t.replace(",active,", ",open,")),
            "services.csv",
            vec!["row 1", "`status`", "open"],
        ),
        (
            broken_csv("schedule.csv", |t| t.replace("10:00:00", "10am")),
            "schedule.csv",
            vec!["row 1", "`opens_at`", "10am"],
        ),
        (
            broken_csv("phones.csv", |t| t.replace("\"\"\"+44 1234 234567\"\"\"", "call us")),
            "phones.csv",
            vec!["row 1", "`number`"],
        ),
        (
            broken_csv("address.csv", |t| {
                t.replace("3a19ff88-4620-4d17-9830-ac1d859eb5d5", "no-such-location")
            }),
            "address.csv",
            vec!["row 1", "`location_id`"],
        ),
        (
            broken_csv("service_at_location.csv", |t| {
                t.replace("e94c9f38-1e8f", "e94c9f38-xxxx")
            }),
            "service_at_location.csv",
            vec!["row 1", "`id`", "not a UUID"],
        ),
        (
            broken_csv("locations.csv", |t| format!("{t}\"unterminated,physical\n")),
            "locations.csv",
            vec!["not a valid CSV table"],
        ),
    ];
    for (folder, file, words) in &cases {
        let message = app.import(folder.path(), false).await.expect_err("refused").to_string();
        assert!(message.contains(file), "{message}");
        for word in words {
            assert!(message.contains(word), "`{word}` not in: {message}");
        }
        assert_eq!(app.row_counts().await, before, "{message}");
    }

    // JSON: the file and the field of the record.
    let folder = tempfile::tempdir().expect("folder");
    let mut service = read_json(&oruk("examples/service_full.json"));
    service["minimum_age"] = Value::String("twelve".to_owned());
    let file = folder.path().join("bad_service.json");
    std::fs::write(&file, service.to_string()).expect("write");
    let message = app.import(&file, false).await.expect_err("refused").to_string();
    assert!(
        message.contains("bad_service.json") && message.contains(EXAMPLE_SERVICE) && message.contains("minimum_age"),
        "{message}"
    );
    std::fs::write(&file, "{\"id\": ").expect("write");
    let message = app.import(&file, false).await.expect_err("refused").to_string();
    assert!(
        message.contains("bad_service.json") && message.contains("line 1"),
        "{message}"
    );

    // One bad service among good ones: nothing at all is written.
    let good = read_json(&oruk("examples/service_full.json"));
    let mut bad = good.clone();
    bad["id"] = Value::String("9d6a2c1e-0000-4000-8000-000000000001".to_owned());
    bad["schedules"][0]["byday"] = Value::String("MON".to_owned());
    bad["schedules"][0]["id"] = Value::String("9d6a2c1e-0000-4000-8000-000000000002".to_owned());
    std::fs::write(&file, Value::Array(vec![good, bad]).to_string()).expect("write");
    let message = app.import(&file, false).await.expect_err("refused").to_string();
    assert!(
        message.contains("9d6a2c1e-0000-4000-8000-000000000001") && message.contains("`byday`"),
        "{message}"
    );
    assert_eq!(app.row_counts().await, before);
}

// ---------------------------------------------------------------------------------------------
// Export

#[tokio::test]
async fn an_export_imports_back_to_the_same_data() {
    let app = spawn_app().await;
    // The demonstration directory, with another directory's service and taxonomy beside it.
    app.import(&oruk("examples/csv"), false).await.expect("CSV example");
    app.import(&oruk("examples/service_full.json"), false)
        .await
        .expect("JSON example");
    let first = tempfile::tempdir().expect("folder");
    let report = export::export(&app.state.pool, first.path()).await.expect("export");
    assert_eq!(report.services, app.state.directory.snapshot().len());
    let descriptor = read_json(&first.path().join("datapackage.json"));
    assert_eq!(descriptor["profile"], "tabular-data-package");

    // Into an empty database.
    let data = tempfile::tempdir().expect("data");
    let database = crate::helpers::TestDatabase::new().await;
    let url = database
        .url()
        .unwrap_or_else(|| format!("sqlite://{}", data.path().join("portal.sqlite3").display()));
    let pool = app::ssr::db::connect(&url).await.expect("database");
    pool.migrate().await.expect("migrations");
    let imported = import::run(
        &pool,
        first.path(),
        &workspace_path("content/taxonomy.toml"),
        Options::default(),
        &Quiet,
    )
    .await
    .expect("the export imports");
    assert_eq!(imported.services.added, report.services);

    // The second export is the first, byte for byte, and pages would show the same.
    let second = tempfile::tempdir().expect("folder");
    export::export(&pool, second.path()).await.expect("second export");
    let files = |folder: &Path| -> BTreeMap<String, String> {
        std::fs::read_dir(folder)
            .expect("folder")
            .map(|e| e.expect("entry").path())
            .map(|p| {
                (
                    p.file_name().expect("name").to_string_lossy().into_owned(),
                    std::fs::read_to_string(&p).expect("file"),
                )
            })
            .collect()
    };
    let (a, b) = (files(first.path()), files(second.path()));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (name, text) in &a {
        assert!(text == &b[name], "{name} differs after the round trip");
    }
    let services = a["services.csv"].lines().count() - 1;
    assert_eq!(services, report.services);
    assert_eq!(
        app::ssr::db::directory::load_active_services(&app.state.pool)
            .await
            .expect("original"),
        app::ssr::db::directory::load_active_services(&pool)
            .await
            .expect("round trip"),
    );
}
