//! Process-wide settings of the SQLite library itself (not of a connection), applied once
//! before the first connection is opened: its memory statistics are off. With them on (SQLite's
//! default), every allocation inside SQLite takes one process-wide mutex, which sqlx's thread per
//! connection made contended; turning them off took the SQLite closed-loop deadline rush from
//! about 2,900 to 3,700 requests/s.

use std::os::raw::c_int;
use std::sync::Once;

/// Turns off SQLite's memory statistics (`SQLITE_CONFIG_MEMSTATUS`, on by default). With it on,
/// every allocation and free inside SQLite takes one process-wide mutex, for counters and heap
/// limits redraft does not use; sqlx runs each connection on a thread of its own and copies
/// every value of a row (freed later on a request's thread), so under load that mutex was
/// contended: in a SQLite rush (`redraft bench rush`), 4 % of the server's CPU samples were
/// threads waiting for it, plus the wake-ups of the waiters.
///
/// SQLite accepts this only before it initializes; it is called before the first connection
/// of the process, and were SQLite already initialized (another user of the library in the same
/// process), the call changes nothing and says so in the log.
pub(super) fn configure_once() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // SAFETY: `sqlite3_config` takes the option and, for MEMSTATUS, one int argument; it
        // must not run concurrently with other SQLite calls, which `Once` and calling it before
        // the process opens its first SQLite connection ensure.
        let rc = unsafe {
            libsqlite3_sys::sqlite3_config(libsqlite3_sys::SQLITE_CONFIG_MEMSTATUS, 0 as c_int)
        };
        if rc != libsqlite3_sys::SQLITE_OK {
            tracing::info!(
                rc,
                "SQLite was already initialized: its memory statistics stay on"
            );
        }
    });
}
