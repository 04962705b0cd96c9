//! Where a generator's decisions come from: a seeded generator (tests, the
//! command line) or the bytes of a fuzzer's input (structure-aware fuzzing:
//! libFuzzer mutates bytes, and each byte is a decision, so a mutation
//! changes a program into another valid program instead of breaking its
//! syntax).

/// A source of decisions. Every generator in this crate takes one.
pub trait Choices {
    /// A number in `0..n`. `n` must be at least 1.
    fn below(&mut self, n: usize) -> usize;

    /// One of `items`, which must not be empty.
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// A number in `lo..=hi`.
    fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }
}

/// A small seeded generator (xorshift64*), so a seed names a program.
/// `Rng(s)` uses `s` as the state as it is (it must not be 0); `seeded`
/// spreads any number, 0 included, over the state first.
#[derive(Clone, Debug)]
pub struct Rng(pub u64);

impl Rng {
    /// The generator for a seed given by a person: nearby seeds give
    /// unrelated programs (splitmix64's finalizer), and 0 is allowed.
    pub fn seeded(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

impl Choices for Rng {
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Decisions read from bytes, as many bytes as the choice needs (one for
/// up to 256 options). Past the end every decision is 0, and every
/// generator here ends when all its decisions are 0, so any input,
/// including an empty one, is a program.
#[derive(Clone, Debug)]
pub struct Bytes<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Bytes<'a> {
    pub fn new(data: &'a [u8]) -> Bytes<'a> {
        Bytes { data, at: 0 }
    }

    /// How many bytes the decisions so far have read.
    pub fn consumed(&self) -> usize {
        self.at.min(self.data.len())
    }
}

impl Choices for Bytes<'_> {
    fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            // A forced decision reads nothing, so inserting an option
            // elsewhere does not shift what later bytes mean.
            return 0;
        }
        let width = match n {
            0..=0x100 => 1,
            0x101..=0x1_0000 => 2,
            _ => 4,
        };
        let mut value: u64 = 0;
        for _ in 0..width {
            value = (value << 8) | u64::from(self.data.get(self.at).copied().unwrap_or(0));
            self.at += 1;
        }
        (value % n as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_run_out_into_zeros() {
        let mut b = Bytes::new(&[7, 1, 2]);
        assert_eq!(b.below(10), 7);
        assert_eq!(b.below(1), 0);
        assert_eq!(b.below(1000), 0x0102);
        assert_eq!(b.below(10), 0);
        assert_eq!(b.consumed(), 3);
    }

    #[test]
    fn seeds_are_spread_and_never_zero() {
        assert_ne!(Rng::seeded(0).0, 0);
        assert_ne!(Rng::seeded(1).next_u64(), Rng::seeded(2).next_u64());
    }
}
