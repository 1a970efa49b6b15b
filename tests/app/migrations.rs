//! The two migration folders stay in step: `migrations/sqlite` and `migrations/postgres` hold
//! the same files, and a fresh database migrated on each backend has the same tables with the
//! same column names. One store API reads both, so a column added on one backend only would
//! fail at run time on the other. Column types may differ (identity columns, `BIGINT`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use redraft::config::sqlite_url;
use redraft::store::{PoolSettings, Store};
use sqlx::Row;

use crate::helpers::postgres_url;

/// Table name → its column names, as a fresh database of one backend has them.
type Schema = BTreeMap<String, BTreeSet<String>>;

fn migration_files(backend: &str) -> BTreeSet<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(backend);
    std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("reading {}: {e}", folder.display()))
        .map(|entry| {
            entry
                .expect("directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

#[test]
fn both_folders_hold_the_same_files() {
    let sqlite = migration_files("sqlite");
    let postgres = migration_files("postgres");
    assert!(!sqlite.is_empty(), "no SQLite migrations found");
    assert_eq!(
        sqlite.difference(&postgres).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "migrations in sqlite/ but not in postgres/"
    );
    assert_eq!(
        postgres.difference(&sqlite).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "migrations in postgres/ but not in sqlite/"
    );
}

/// The tables and columns of the database at `url` once migrated (sqlx's own bookkeeping
/// table left out).
async fn migrated_schema(url: &str, columns_sql: &str) -> Schema {
    let store = Store::connect(url, &PoolSettings::default())
        .await
        .expect("connect");
    store.migrate().await.expect("migrate");
    let mut conn = store.read().await.expect("connection");
    let rows = sqlx::query(sqlx::AssertSqlSafe(columns_sql.to_owned()))
        .fetch_all(&mut *conn)
        .await
        .expect("reading the schema");
    drop(conn);
    store.close().await;
    let mut schema = Schema::new();
    for row in rows {
        let table: String = row.get(0);
        let column: String = row.get(1);
        if table != "_sqlx_migrations" {
            schema.entry(table).or_default().insert(column);
        }
    }
    schema
}

async fn sqlite_schema() -> Schema {
    let dir = tempfile::tempdir().expect("temp dir");
    migrated_schema(
        &sqlite_url(&dir.path().join("redraft.db")),
        "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%'",
    )
    .await
}

async fn postgres_schema(admin_url: &str) -> Schema {
    let name = format!(
        "redraft_test_{}",
        &redraft::app::auth::new_secret()[..16].to_ascii_lowercase()
    );
    let url = redraft::store::create_postgres_database(admin_url, &name)
        .await
        .expect("create test database");
    let schema = migrated_schema(
        &url,
        "SELECT c.table_name::text, c.column_name::text FROM information_schema.columns c \
         JOIN information_schema.tables t \
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'",
    )
    .await;
    redraft::store::drop_postgres_database(admin_url, &name)
        .await
        .expect("drop test database");
    schema
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_backends_make_the_same_tables_and_columns() {
    let sqlite = sqlite_schema().await;
    assert!(
        sqlite.contains_key("comment") && sqlite.contains_key("round"),
        "the SQLite schema lacks its main tables: {sqlite:#?}"
    );
    let Some(admin_url) = postgres_url() else {
        eprintln!(
            "SKIPPED migrations::both_backends_make_the_same_tables_and_columns (PostgreSQL \
             side): TEST_DATABASE_URL is not set"
        );
        return;
    };
    let postgres = postgres_schema(&admin_url).await;

    let tables = |schema: &Schema| schema.keys().cloned().collect::<BTreeSet<_>>();
    assert_eq!(
        tables(&sqlite),
        tables(&postgres),
        "the two backends have different tables"
    );
    let differences: Vec<String> = sqlite
        .iter()
        .filter_map(|(table, columns)| {
            let other = &postgres[table];
            (columns != other).then(|| {
                format!(
                    "{table}: SQLite only {:?}, PostgreSQL only {:?}",
                    columns.difference(other).collect::<Vec<_>>(),
                    other.difference(columns).collect::<Vec<_>>()
                )
            })
        })
        .collect();
    assert!(
        differences.is_empty(),
        "columns differ between the backends:\n{}",
        differences.join("\n")
    );
}
