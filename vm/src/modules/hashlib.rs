//! `hashlib`: MD5, SHA-1 and the SHA-2 digests, with CPython's API.
//!
//! The hash objects are Python (`hashlib.py`): they keep the bytes fed to
//! them (held against the heap limit as any bytes object) and hash them
//! all when asked for the digest, through one native,
//! `_native_digest(name, data)`.

mod md5;
mod sha1;
mod sha256;
pub(crate) mod sha512;

use crate::builtins::args;
use crate::error::{ExcKind, PyError};
use crate::native::{KwArg, NativeResult};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn import(vm: &mut Vm) -> Result<Value, PyError> {
    crate::import::source_module(vm, "hashlib", include_str!("hashlib.py"), &[("_native_digest", digest)])
}

/// `data`, a 1 bit, zeros, and the data's length in bits (big or little
/// end first, in an eighth of a block), to a multiple of `block` bytes:
/// the padding of the Merkle-Damgard digests here.
pub(crate) fn padded(data: &[u8], block: usize, big_endian: bool) -> Vec<u8> {
    let length_bytes = block / 8;
    let mut message = Vec::with_capacity(data.len() + block + length_bytes);
    message.extend_from_slice(data);
    message.push(0x80);
    while message.len() % block != block - length_bytes {
        message.push(0);
    }
    let bits = (data.len() as u128) * 8;
    let length = if big_endian {
        bits.to_be_bytes()
    } else {
        bits.to_le_bytes()
    };
    if big_endian {
        message.extend_from_slice(&length[16 - length_bytes..]);
    } else {
        message.extend_from_slice(&length[..length_bytes]);
    }
    message
}

/// `_native_digest(name, data)`: the digest of bytes `data`.
fn digest(vm: &mut Vm, args: &[Value], kwargs: &[KwArg]) -> NativeResult {
    args::no_kwargs("_native_digest", kwargs)?;
    args::count("_native_digest", args, 2, 2)?;
    let name = vm.as_str(args[0]).unwrap_or("").to_string();
    let Some(data) = vm.bytes_of(args[1]).map(<[u8]>::to_vec) else {
        return Err(args::error(ExcKind::TypeError, "the data to hash must be bytes"));
    };
    // The compression functions cost about a tick per byte or two.
    vm.charge_bytes(data.len())?;
    let out: Vec<u8> = match name.as_str() {
        "md5" => md5::md5(&data).to_vec(),
        "sha1" => sha1::sha1(&data).to_vec(),
        "sha224" => sha256::sha224(&data).to_vec(),
        "sha256" => sha256::sha256(&data).to_vec(),
        "sha384" => sha512::sha384(&data).to_vec(),
        "sha512" => sha512::sha512(&data).to_vec(),
        _ => {
            return Err(args::error(
                ExcKind::ValueError,
                format!("unsupported hash type {name}"),
            ))
        }
    };
    Ok(vm.new_bytes(out, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Digests printed by CPython's `hashlib`.
    #[test]
    fn digests_match_hashlib() {
        assert_eq!(hex(&md5::md5(b"")), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(hex(&md5::md5(b"abc")), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(hex(&sha1::sha1(b"abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(
            hex(&sha256::sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(&sha256::sha224(b"abc")),
            "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"
        );
        assert_eq!(
            hex(&sha512::sha384(b"abc")),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed\
             8086072ba1e7cc2358baeca134c825a7"
        );
    }
}
