//! The hash maps and sets of the compiler's own keys (IR ops, slot and
//! value numbers): ahash with fixed seeds. Compiling a trace hashes an op
//! per instruction in several passes, where std's SipHash cost a few
//! percent of a short program's run; and with the seeds fixed, a trace
//! compiles to the same code in every run, which keeps a fuzzer's finding
//! reproducible. The keys come from a bounded trace, so colliding keys a
//! script could aim at cost at most a bounded amount of work.

use std::hash::BuildHasher;

#[derive(Clone, Copy, Debug, Default)]
pub struct FixedState;

impl BuildHasher for FixedState {
    type Hasher = ahash::AHasher;
    fn build_hasher(&self) -> ahash::AHasher {
        ahash::RandomState::with_seeds(0x5275_6d62, 0x614a_4954, 0x7472_6163, 0x6573_0000).build_hasher()
    }
}

pub type Map<K, V> = std::collections::HashMap<K, V, FixedState>;
pub type Set<K> = std::collections::HashSet<K, FixedState>;
