//! Multi-row statements: the rows a group commit writes together (its submissions, and just
//! before its commit the audit records and outbox messages of its writes) go in a few statements
//! of fixed sizes rather than one statement each.

/// Rows per statement: fixed sizes, so that the statements prepared and cached per connection
/// stay eight per kind whatever the number of rows. Every size up to 4 has its own: groups are
/// small when writes are few (on PostgreSQL at 1,000 writes/s, two or three), and each statement
/// is a round trip on the writer's connection.
const BATCH_SIZES: [usize; 8] = [64, 32, 16, 8, 4, 3, 2, 1];

/// The statement sizes that write `rows` rows: the largest batch that fits, again and again
/// (75 rows: 64, 8, 3).
pub(super) fn batches(rows: usize) -> Vec<usize> {
    let mut sizes = Vec::new();
    let mut rest = rows;
    while let Some(size) = BATCH_SIZES.into_iter().find(|&size| size <= rest) {
        sizes.push(size);
        rest -= size;
    }
    sizes
}

/// A statement being given its parameters.
pub(super) type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Inserts `rows` in as few statements as the batch sizes allow: `sql(n)` is the statement for
/// `n` rows, `bind` gives it one row's parameters. Returns what the statements return (their
/// `RETURNING` rows, if they have one), statement after statement.
pub(super) async fn insert_all<R: ?Sized>(
    conn: &mut sqlx::AnyConnection,
    rows: &[&R],
    sql: impl Fn(usize) -> String,
    bind: impl for<'q> Fn(AnyQuery<'q>, &R) -> AnyQuery<'q>,
) -> super::Result<Vec<sqlx::any::AnyRow>> {
    let mut rest = rows;
    let mut returned = Vec::new();
    for size in batches(rows.len()) {
        let (batch, after) = rest.split_at(size);
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql(size)));
        for row in batch {
            query = bind(query, row);
        }
        returned.extend(query.fetch_all(&mut *conn).await?);
        rest = after;
    }
    Ok(returned)
}

/// Looks rows up by a list of keys (`… IN ($1, …, $n)`, see [`in_list`]) in as few statements as
/// [`insert_all`] would insert them: one lookup of thousands of keys stays a few round trips.
pub(super) async fn lookup_all<R: ?Sized>(
    conn: &mut sqlx::AnyConnection,
    keys: &[&R],
    sql: impl Fn(usize) -> String,
    bind: impl for<'q> Fn(AnyQuery<'q>, &R) -> AnyQuery<'q>,
) -> super::Result<Vec<sqlx::any::AnyRow>> {
    insert_all(conn, keys, sql, bind).await
}

/// The statement for [`insert_all`] that inserts `n` rows: `insert VALUES (…), (…), … tail`,
/// where `insert` is `INSERT INTO table (columns…)` and each row has one parameter per column.
/// `tail` (`RETURNING …`, `ON CONFLICT …`) may be empty.
pub(super) fn insert_sql(insert: &'static str, tail: &'static str) -> impl Fn(usize) -> String {
    let columns = insert.matches(',').count() + 1;
    move |n| {
        let rows = values(n, columns, |first| placeholders(first, columns));
        if tail.is_empty() {
            format!("{insert} VALUES {rows}")
        } else {
            format!("{insert} VALUES {rows} {tail}")
        }
    }
}

/// The `(key, id)` pairs of the rows a statement returned, by column name.
pub(super) fn returned_pairs(
    rows: &[sqlx::any::AnyRow],
    key: &str,
    id: &str,
) -> super::Result<std::collections::HashMap<String, i64>> {
    use sqlx::Row;
    Ok(rows
        .iter()
        .map(|row| Ok((row.try_get(key)?, row.try_get(id)?)))
        .collect::<sqlx::Result<_>>()?)
}

/// `$1, $2, …, $n`: the parameters of an `IN` list of `n` keys.
pub(super) fn in_list(n: usize) -> String {
    values(n, 1, |first| format!("${first}"))
}

/// `($1, …, $n), ($n+1, …), …`: the `VALUES` of `rows` rows of `columns` parameters each;
/// `row` writes one row's tuple from the number of its first parameter.
pub(super) fn values(rows: usize, columns: usize, row: impl Fn(usize) -> String) -> String {
    (0..rows)
        .map(|r| row(r * columns + 1))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `($first, $first+1, …)`: a row of `columns` parameters.
pub(super) fn placeholders(first: usize, columns: usize) -> String {
    let list: Vec<String> = (first..first + columns).map(|n| format!("${n}")).collect();
    format!("({})", list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_go_in_few_statements_of_the_fixed_sizes() {
        assert_eq!(batches(0), Vec::<usize>::new());
        assert_eq!(batches(1), vec![1]);
        assert_eq!(batches(2), vec![2]);
        assert_eq!(batches(3), vec![3]);
        assert_eq!(batches(7), vec![4, 3]);
        assert_eq!(batches(75), vec![64, 8, 3]);
        assert_eq!(batches(130), vec![64, 64, 2]);
        for rows in 0..600 {
            let sizes = batches(rows);
            assert_eq!(sizes.iter().sum::<usize>(), rows);
            assert!(sizes.iter().all(|size| BATCH_SIZES.contains(size)));
        }
    }

    #[test]
    fn each_row_has_its_own_parameters() {
        assert_eq!(
            values(2, 3, |first| placeholders(first, 3)),
            "($1, $2, $3), ($4, $5, $6)"
        );
        assert_eq!(in_list(3), "$1, $2, $3");
        let sql = insert_sql("INSERT INTO t (a, b)", "RETURNING a");
        assert_eq!(
            sql(2),
            "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4) RETURNING a"
        );
        assert_eq!(
            insert_sql("INSERT INTO t (a, b, c)", "")(1),
            "INSERT INTO t (a, b, c) VALUES ($1, $2, $3)"
        );
    }
}
