//! The benchmark programs, their two sizes and the checksum each size must
//! print (programs/manifest.toml).
//!
//! The expected output lives in the manifest rather than being taken from
//! whichever runtime runs first: then every runtime, CPython included, is
//! checked against the same fixed text, and a wrong twin cannot pass by
//! agreeing with another wrong twin.

use std::path::Path;

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    program: Vec<Program>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Program {
    pub name: String,
    pub quick: Size,
    pub full: Size,
    /// Why Numba's nopython mode cannot compile this program; Numba is
    /// skipped for it with this note.
    #[serde(default)]
    pub no_numba: Option<String>,
    /// Why the program has no Lua and C twins (big ints, which neither
    /// language has built in); LuaJIT, Lua 5.4 and C are skipped for it
    /// with this note.
    #[serde(default)]
    pub no_twins: Option<String>,
    /// For `--instructions`: two sizes and how many units of work each
    /// does (the instructions between them are divided by the units).
    #[serde(default)]
    pub per_unit: Option<PerUnit>,
}

/// Two sizes to difference, the units of work each does, and the unit's
/// name ("inner iteration", "step").
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct PerUnit {
    pub sizes: [u64; 2],
    pub work: [u64; 2],
    pub unit: String,
}

/// One problem size: the program's argument and what it must print.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Size {
    pub arg: u64,
    /// The lines of stdout, each without its newline.
    pub expect: Vec<String>,
}

impl Size {
    /// The exact stdout expected, byte for byte.
    pub fn stdout(&self) -> String {
        self.expect.iter().map(|line| format!("{line}\n")).collect()
    }
}

pub fn read(dir: &Path) -> Result<Vec<Program>, String> {
    let path = dir.join("manifest.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file: File = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    for p in &file.program {
        let exts: &[&str] = if p.no_twins.is_some() {
            &["py"]
        } else {
            &["py", "lua", "c"]
        };
        for ext in exts {
            let twin = dir.join(format!("{}.{ext}", p.name));
            if !twin.exists() {
                return Err(format!("{}: {} is missing", path.display(), twin.display()));
            }
        }
    }
    Ok(file.program)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_parses_and_every_twin_exists() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
        let programs = read(&dir).unwrap();
        assert!(programs.len() >= 12);
        for p in &programs {
            assert!(p.quick.arg < p.full.arg, "{}: quick must be smaller", p.name);
            assert!(!p.quick.expect.is_empty() && !p.full.expect.is_empty(), "{}", p.name);
            if let Some(per) = &p.per_unit {
                assert!(per.sizes[0] < per.sizes[1] && per.work[0] < per.work[1], "{}", p.name);
            }
        }
    }

    #[test]
    fn expected_stdout_ends_every_line() {
        let size = Size {
            arg: 1,
            expect: vec!["a".into(), "b c".into()],
        };
        assert_eq!(size.stdout(), "a\nb c\n");
    }
}
