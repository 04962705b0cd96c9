//! The list of benchmark programs and their sizes (programs/manifest.txt).

use std::path::Path;

pub struct Program {
    pub name: String,
    pub quick: String,
    pub full: String,
    /// Numba's nopython mode cannot compile this program.
    pub no_numba: bool,
}

pub fn read(dir: &Path) -> Result<Vec<Program>, String> {
    let path = dir.join("manifest.txt");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut programs = Vec::new();
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (name, quick, full, flags) = match fields[..] {
            [name, quick, full, ref flags @ ..] => (name, quick, full, flags),
            _ => return Err(format!("{}: bad line {line:?}", path.display())),
        };
        programs.push(Program {
            name: name.into(),
            quick: quick.into(),
            full: full.into(),
            no_numba: flags.contains(&"no-numba"),
        });
    }
    Ok(programs)
}
