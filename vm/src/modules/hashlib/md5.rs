//! MD5 (RFC 1321), for `hashlib.md5`: checksums, not security. Written
//! from the RFC; its sine table is computed as the RFC defines it.

use std::sync::OnceLock;

/// The rotation of each of the 64 steps, four per round.
const SHIFTS: [[u32; 4]; 4] = [[7, 12, 17, 22], [5, 9, 14, 20], [4, 11, 16, 23], [6, 10, 15, 21]];

/// floor(abs(sin(i + 1)) * 2**32), i in radians.
fn sines() -> &'static [u32; 64] {
    static TABLE: OnceLock<[u32; 64]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [0u32; 64];
        for (i, t) in table.iter_mut().enumerate() {
            *t = ((i as f64 + 1.0).sin().abs() * 4294967296.0) as u32;
        }
        table
    })
}

pub(crate) fn md5(data: &[u8]) -> [u8; 16] {
    let table = sines();
    let mut state: [u32; 4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
    for block in super::padded(data, 64, false).chunks_exact(64) {
        let mut m = [0u32; 16];
        for (i, bytes) in block.chunks_exact(4).enumerate() {
            m[i] = u32::from_le_bytes(bytes.try_into().expect("4 bytes"));
        }
        let [mut a, mut b, mut c, mut d] = state;
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let rotated = a
                .wrapping_add(f)
                .wrapping_add(table[i])
                .wrapping_add(m[g])
                .rotate_left(SHIFTS[i / 16][i % 4]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(rotated);
        }
        for (s, v) in state.iter_mut().zip([a, b, c, d]) {
            *s = s.wrapping_add(v);
        }
    }
    let mut out = [0; 16];
    for (chunk, word) in out.chunks_exact_mut(4).zip(state) {
        chunk.copy_from_slice(&word.to_le_bytes());
    }
    out
}
