//! Files and directories redraft creates on disk (the data directory, the SQLite database, the
//! jobs lock, the mailbox of the file transport and its messages) are its owner's only: they
//! hold every comment before its deadline, sign-in links and session data, which other
//! accounts on the machine must not read. On unix directories are created `0700` and files
//! `0600`; what already exists is left as its administrator set it. SQLite creates its `-wal`
//! and `-shm` files with the database file's permissions, so creating the database file
//! owner-only covers them.

use std::fs::File;
use std::io;
use std::path::Path;

/// Creates `dir` and any missing parent, each owner-only.
pub fn create_private_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Opens `path` for writing, creating it owner-only if it does not exist (never truncating).
pub fn open_private_file(path: &Path) -> io::Result<File> {
    let mut options = File::options();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Makes a file that another library created owner-only.
pub fn make_private(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    }

    #[test]
    fn what_is_created_is_the_owners_only() {
        let root = std::env::temp_dir().join(format!(
            "redraft-files-test-{}",
            &crate::app::auth::new_secret()[..8]
        ));
        let dir = root.join("data").join("mail");
        create_private_dir_all(&dir).expect("dirs");
        assert_eq!(mode(&root.join("data")), 0o700);
        assert_eq!(mode(&dir), 0o700);
        let file = dir.join("redraft.db");
        drop(open_private_file(&file).expect("file"));
        assert_eq!(mode(&file), 0o600);
        let other = dir.join("message.eml");
        std::fs::write(&other, b"x").expect("write");
        make_private(&other).expect("chmod");
        assert_eq!(mode(&other), 0o600);
        // An existing file keeps its content.
        std::fs::write(&file, b"kept").expect("write");
        drop(open_private_file(&file).expect("reopen"));
        assert_eq!(std::fs::read(&file).expect("read"), b"kept");
        std::fs::remove_dir_all(&root).expect("clean up");
    }
}
