//! Random programs for Rumba's tests and fuzzers, from a seed or from a
//! fuzzer's bytes, plus a statement-deleting reducer. The `rumba` tests,
//! the cargo-fuzz targets in `fuzz/` and the `rumba-fuzzgen` command all
//! use this one crate, so a seed or a crash file names the same program
//! everywhere.
//!
//! ```
//! use rumba_fuzzgen::{program, Rng};
//! let source = program::program(&mut Rng::seeded(7));
//! assert!(source.starts_with("import math\n"));
//! assert_eq!(source, program::program(&mut Rng::seeded(7)));
//! ```

mod choices;
pub mod loops;
pub mod program;
pub mod reduce;
pub mod script;
pub mod soup;

pub use choices::{Bytes, Choices, Rng};

/// The generators, by the name the command line and the docs use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `program`: the structured, type-directed generator (diff_jit's).
    Program,
    /// `loops`: the first JIT generator (clamped numeric loops).
    Loops,
    /// `script`: small everyday programs with small values.
    Script,
    /// `soup`: tokens strung together; mostly syntax errors.
    Soup,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Program, Kind::Loops, Kind::Script, Kind::Soup];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Program => "program",
            Kind::Loops => "loops",
            Kind::Script => "script",
            Kind::Soup => "soup",
        }
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// One source text of this kind.
    pub fn generate(self, c: &mut impl Choices) -> String {
        match self {
            Kind::Program => program::program(c),
            Kind::Loops => loops::loop_program(c),
            Kind::Script => script::script(c),
            Kind::Soup => soup::token_soup(c),
        }
    }
}
