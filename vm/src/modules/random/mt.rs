//! MT19937, the Mersenne Twister of Matsumoto and Nishimura (1998), as
//! its published reference describes it: the state of 624 words, seeding
//! from an array of words (`init_by_array`), the twist, the tempering, and
//! 53-bit floats from two outputs (`genrand_res53`). CPython's `random`
//! is this generator, so the same seed gives the same numbers.

pub(crate) const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator: its words and the position of the next one to temper.
#[derive(Clone)]
pub(crate) struct Mt19937 {
    pub words: [u32; N],
    pub index: usize,
}

impl Mt19937 {
    /// Seeded from one word (`init_genrand`).
    fn from_word(seed: u32) -> Mt19937 {
        let mut words = [0u32; N];
        words[0] = seed;
        for i in 1..N {
            let prev = words[i - 1];
            words[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 { words, index: N }
    }

    /// Seeded from an array of words (`init_by_array`).
    pub fn from_key(key: &[u32]) -> Mt19937 {
        let mut g = Mt19937::from_word(19_650_218);
        let mt = &mut g.words;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // The most significant bit set: a state that is not all zeros.
        mt[0] = 0x8000_0000;
        g
    }

    /// Generates the next 624 words.
    pub fn twist(&mut self) {
        let mt = &mut self.words;
        let mix = |a: u32, b: u32, c: u32| {
            let y = (a & UPPER_MASK) | (b & LOWER_MASK);
            c ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N - M {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M]);
        }
        for k in N - M..N - 1 {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M - N]);
        }
        mt[N - 1] = mix(mt[N - 1], mt[0], mt[M - 1]);
        self.index = 0;
    }

    /// The next 32-bit output (`genrand_uint32`). The module draws from the
    /// state in the instance instead (`random.rs`); this one checks the
    /// algorithm against the reference.
    #[cfg(test)]
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let y = self.words[self.index];
        self.index += 1;
        temper(y)
    }

    /// A float in [0, 1) with 53 random bits (`genrand_res53`).
    #[cfg(test)]
    pub fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// The tempering that turns a state word into an output.
pub(crate) fn temper(mut y: u32) -> u32 {
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference implementation's published check: seeded with
    /// {0x123, 0x234, 0x345, 0x456}, its first outputs.
    #[test]
    fn reference_outputs() {
        let mut g = Mt19937::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| g.next_u32()).collect();
        assert_eq!(
            first,
            [1_067_595_299, 955_945_823, 477_289_528, 4_107_218_783, 4_228_976_476]
        );
    }

    /// `random.seed(42); random.random()` in CPython.
    #[test]
    fn cpython_seed_42() {
        let mut g = Mt19937::from_key(&[42]);
        assert_eq!(g.next_f64(), 0.6394267984578837);
    }
}
