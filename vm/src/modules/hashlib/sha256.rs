//! SHA-256 and SHA-224 (FIPS 180-4). Written from the standard; the
//! constants are derived as it defines them, from roots of primes, with
//! exact integer roots.

use std::sync::OnceLock;

use dashu_int::ops::BitTest;
use dashu_int::UBig;

struct Constants {
    round: [u32; 64],
    initial_256: [u32; 8],
    initial_224: [u32; 8],
}

fn primes(count: usize) -> Vec<u64> {
    let mut found = Vec::with_capacity(count);
    let mut n = 2u64;
    while found.len() < count {
        if found.iter().take_while(|&&p| p * p <= n).all(|&p| !n.is_multiple_of(p)) {
            found.push(n);
        }
        n += 1;
    }
    found
}

/// floor(x ** (1/k)) of a big integer, by Newton's method from above.
fn integer_root(x: &UBig, k: u32) -> UBig {
    let one = UBig::from(1u8);
    if *x <= one {
        return x.clone();
    }
    let mut guess = one << (x.bit_len() / k as usize + 1);
    loop {
        let power = guess.pow(k as usize - 1);
        let next = (&guess * (k - 1) + x / &power) / k;
        if next >= guess {
            return guess;
        }
        guess = next;
    }
}

/// The `bits` bits after the first `skip` of the fractional part of the
/// k-th root of `p`.
fn root_bits(p: u64, k: u32, skip: u32, bits: u32) -> u64 {
    let shift = (skip + bits) as usize;
    let scaled = UBig::from(p) << (shift * k as usize);
    let root = integer_root(&scaled, k);
    let mask = (UBig::from(1u8) << bits as usize) - UBig::from(1u8);
    u64::try_from(&(root & mask)).expect("fits")
}

fn constants() -> &'static Constants {
    static CONSTANTS: OnceLock<Constants> = OnceLock::new();
    CONSTANTS.get_or_init(|| {
        let p = primes(64);
        let mut round = [0u32; 64];
        for (r, &prime) in round.iter_mut().zip(&p) {
            *r = root_bits(prime, 3, 0, 32) as u32;
        }
        let mut initial_256 = [0u32; 8];
        let mut initial_224 = [0u32; 8];
        for i in 0..8 {
            initial_256[i] = root_bits(p[i], 2, 0, 32) as u32;
            // SHA-224: the second 32 bits, of the ninth through sixteenth.
            initial_224[i] = root_bits(p[i + 8], 2, 32, 32) as u32;
        }
        Constants {
            round,
            initial_256,
            initial_224,
        }
    })
}

pub(crate) fn sha256(data: &[u8]) -> [u8; 32] {
    digest(constants().initial_256, data)
}

pub(crate) fn sha224(data: &[u8]) -> [u8; 28] {
    let full = digest(constants().initial_224, data);
    let mut out = [0; 28];
    out.copy_from_slice(&full[..28]);
    out
}

fn digest(initial: [u32; 8], data: &[u8]) -> [u8; 32] {
    let round = &constants().round;
    let mut state = initial;
    for block in super::padded(data, 64, true).chunks_exact(64) {
        let mut w = [0u32; 64];
        for (i, bytes) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes(bytes.try_into().expect("4 bytes"));
        }
        for t in 16..64 {
            let s0 = w[t - 15].rotate_right(7) ^ w[t - 15].rotate_right(18) ^ (w[t - 15] >> 3);
            let s1 = w[t - 2].rotate_right(17) ^ w[t - 2].rotate_right(19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = state;
        for t in 0..64 {
            let big_s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let choose = (e & f) ^ (!e & g);
            let t1 = h
                .wrapping_add(big_s1)
                .wrapping_add(choose)
                .wrapping_add(round[t])
                .wrapping_add(w[t]);
            let big_s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let majority = (a & b) ^ (a & c) ^ (b & c);
            let t2 = big_s0.wrapping_add(majority);
            h = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *s = s.wrapping_add(v);
        }
    }
    let mut out = [0; 32];
    for (chunk, word) in out.chunks_exact_mut(4).zip(state) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}
