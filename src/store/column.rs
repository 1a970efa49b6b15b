//! How values are kept in columns, for both backends alike: an instant as integer milliseconds,
//! a yes/no as an integer 0/1 (or, for an `EXISTS (…)`, whatever the backend answers), an
//! enumeration as its text. Rows are read through these in one place each: a row struct of the
//! store derives `sqlx::FromRow` and names the stored form of a field with
//! `#[sqlx(try_from = "Millis")]`, `"MaybeMillis"` or `"Flag"`; a domain value the store builds
//! reads its columns with [`Columns`]; the enumerations decode themselves.

use jiff::Timestamp;
use sqlx::any::{AnyRow, AnyTypeInfo, AnyTypeInfoKind, AnyValueRef};
use sqlx::error::BoxDynError;
use sqlx::{Any, Decode, Row, Type};

use crate::domain::disposition::Decision;
use crate::domain::{CommentKind, CommentStatus, DelegationCategory, Role, Visibility};

/// An instant as stored (milliseconds since the epoch), read into a `Timestamp`.
pub(crate) struct Millis(i64);

/// An instant that may be missing (`NULL`), read into an `Option<Timestamp>`.
pub(crate) struct MaybeMillis(Option<i64>);

/// A yes/no: an integer 0/1 on both backends, but an `EXISTS (…)` is an integer on SQLite and a
/// boolean on PostgreSQL.
pub(crate) struct Flag(bool);

/// Both instants are integer columns.
macro_rules! integer_column {
    ($($stored:ty),+) => {$(
        impl Type<Any> for $stored {
            fn type_info() -> AnyTypeInfo {
                <i64 as Type<Any>>::type_info()
            }

            fn compatible(ty: &AnyTypeInfo) -> bool {
                <i64 as Type<Any>>::compatible(ty)
            }
        }
    )+};
}

integer_column!(Millis, MaybeMillis);

impl<'r> Decode<'r, Any> for Millis {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        <i64 as Decode<Any>>::decode(value).map(Millis)
    }
}

impl<'r> Decode<'r, Any> for MaybeMillis {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        <Option<i64> as Decode<Any>>::decode(value).map(MaybeMillis)
    }
}

impl TryFrom<Millis> for Timestamp {
    type Error = jiff::Error;

    fn try_from(ms: Millis) -> Result<Timestamp, jiff::Error> {
        Timestamp::from_millisecond(ms.0)
    }
}

impl TryFrom<MaybeMillis> for Option<Timestamp> {
    type Error = jiff::Error;

    fn try_from(ms: MaybeMillis) -> Result<Option<Timestamp>, jiff::Error> {
        ms.0.map(Timestamp::from_millisecond).transpose()
    }
}

impl Type<Any> for Flag {
    fn type_info() -> AnyTypeInfo {
        <i64 as Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        ty.kind() == AnyTypeInfoKind::Bool || <i64 as Type<Any>>::compatible(ty)
    }
}

impl<'r> Decode<'r, Any> for Flag {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        match <bool as Decode<Any>>::decode(value.clone()) {
            Ok(yes) => Ok(Flag(yes)),
            Err(_) => <i64 as Decode<Any>>::decode(value).map(|v| Flag(v != 0)),
        }
    }
}

impl From<Flag> for bool {
    fn from(flag: Flag) -> bool {
        flag.0
    }
}

/// Reads an enumeration from its text with its `from_stored`; a text it does not know is a
/// decoding error naming the column.
macro_rules! stored_as_text {
    ($($enum:ty),+ $(,)?) => {$(
        impl Type<Any> for $enum {
            fn type_info() -> AnyTypeInfo {
                <String as Type<Any>>::type_info()
            }

            fn compatible(ty: &AnyTypeInfo) -> bool {
                <String as Type<Any>>::compatible(ty)
            }
        }

        impl<'r> Decode<'r, Any> for $enum {
            fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
                let text = <&str as Decode<Any>>::decode(value)?;
                <$enum>::from_stored(text)
                    .ok_or_else(|| format!("unexpected {}: {text:?}", stringify!($enum)).into())
            }
        }
    )+};
}

stored_as_text!(
    CommentKind,
    CommentStatus,
    Decision,
    DelegationCategory,
    Role,
    Visibility,
    crate::domain::silence::SilenceResult,
    super::outbox::OutboxStatus,
);

/// The columns of a row that builds a domain value (which names nothing of the database and so
/// derives nothing): its `FromRow`, written here in the store, reads them in their stored forms.
pub(crate) trait Columns {
    /// An instant column.
    fn time(&self, column: &str) -> sqlx::Result<Timestamp>;
    /// An instant column that may be `NULL`.
    fn maybe_time(&self, column: &str) -> sqlx::Result<Option<Timestamp>>;
    /// A yes/no column (see [`Flag`]).
    fn flag(&self, column: &str) -> sqlx::Result<bool>;
}

impl Columns for AnyRow {
    fn time(&self, column: &str) -> sqlx::Result<Timestamp> {
        stored::<Millis, _>(self, column)
    }

    fn maybe_time(&self, column: &str) -> sqlx::Result<Option<Timestamp>> {
        stored::<MaybeMillis, _>(self, column)
    }

    fn flag(&self, column: &str) -> sqlx::Result<bool> {
        stored::<Flag, _>(self, column)
    }
}

/// `column` read in its stored form `S` and turned into a `T`, as the derived `FromRow` does
/// with `#[sqlx(try_from = "S")]`.
fn stored<'r, S, T>(row: &'r AnyRow, column: &str) -> sqlx::Result<T>
where
    S: Decode<'r, Any> + Type<Any>,
    T: TryFrom<S>,
    T::Error: std::error::Error + Send + Sync + 'static,
{
    T::try_from(row.try_get::<S, _>(column)?).map_err(|e| sqlx::Error::ColumnDecode {
        index: column.to_owned(),
        source: Box::new(e),
    })
}
