//! A map this instance keeps in memory as a shortcut to what it read from the database,
//! shared by the request threads and bounded: past its capacity it starts again empty (any
//! entry can be read again).

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Mutex, MutexGuard};

pub(super) struct BoundedMap<K, V> {
    map: Mutex<HashMap<K, V>>,
    capacity: usize,
}

impl<K: Hash + Eq, V: Clone> BoundedMap<K, V> {
    pub(super) fn new(capacity: usize) -> Self {
        BoundedMap {
            map: Mutex::new(HashMap::new()),
            capacity,
        }
    }

    pub(super) fn insert(&self, key: K, value: V) {
        let mut map = self.lock();
        if map.len() >= self.capacity && !map.contains_key(&key) {
            map.clear();
        }
        map.insert(key, value);
    }

    pub(super) fn get(&self, key: &K) -> Option<V> {
        self.lock().get(key).cloned()
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<K, V>> {
        // A panic while holding the lock cannot leave the map half-updated in a way that
        // matters: at worst an entry is missing, which costs one read.
        self.map
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_its_capacity_the_map_starts_again() {
        let map = BoundedMap::new(100);
        for id in 0..110_i64 {
            map.insert(id, 7);
        }
        assert!(map.lock().len() <= 100);
        assert_eq!(map.get(&109), Some(7));
        assert_eq!(map.get(&0), None, "the first entries were dropped");
        map.insert(109, 8);
        assert_eq!(
            map.get(&109),
            Some(8),
            "a known key is replaced, not counted"
        );
    }
}
