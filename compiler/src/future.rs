//! `from __future__ import ...`: which features a module turns on, and
//! CPython's rules for where such an import may stand.
//!
//! A future import changes how the rest of the module compiles, so it
//! must come first: after the docstring, before any other statement.
//! As in CPython (Python/future.c) the features are read from the top of
//! the module before anything is compiled; a future import found later
//! is an error the emitter reports where it meets it, in source order
//! with the other compile errors.

use crate::ast::{Module, StmtKind};
use crate::error::SyntaxError;

/// Every feature name Python 3.11 accepts, with whether it changes what
/// Rumba compiles. The others are historical: their behaviour is the
/// language's behaviour now, so importing them changes nothing.
const FEATURES: &[(&str, Feature)] = &[
    ("nested_scopes", Feature::NoOp),
    ("generators", Feature::NoOp),
    ("division", Feature::NoOp),
    ("absolute_import", Feature::NoOp),
    ("with_statement", Feature::NoOp),
    ("print_function", Feature::NoOp),
    ("unicode_literals", Feature::NoOp),
    ("barry_as_FLUFL", Feature::Unsupported),
    ("generator_stop", Feature::NoOp),
    ("annotations", Feature::Annotations),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Feature {
    NoOp,
    /// Annotations are kept as their source text, never evaluated.
    Annotations,
    /// `barry_as_FLUFL` turns `!=` into `<>`: outside the subset.
    Unsupported,
}

/// The features a module turned on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Futures {
    /// `from __future__ import annotations`.
    pub annotations: bool,
    /// The line of the last future import at the top of the module (0 when
    /// there is none). A future import on a later line is misplaced.
    pub last_line: u32,
}

impl Futures {
    /// Whether a `from __future__ import` on `line` comes too late (the
    /// check CPython's compiler makes for every such import).
    pub fn is_late(&self, line: u32) -> bool {
        line > self.last_line
    }
}

pub const LATE_FUTURE: &str = "from __future__ imports must occur at the beginning of the file";

/// Reads the future imports at the top of `module`: after an optional
/// docstring, up to the first statement that is not one.
pub fn features(module: &Module) -> Result<Futures, SyntaxError> {
    let mut futures = Futures::default();
    let body = &module.body;
    let has_docstring = crate::ast::docstring(body).is_some();
    let mut done = false;
    let mut prev_line = 0;
    for stmt in &body[has_docstring as usize..] {
        // Statements joined by `;` share a line: CPython keeps looking
        // along it, so `import os; from __future__ import x` is caught
        // here rather than by the line test.
        if done && stmt.span.line > prev_line {
            break;
        }
        prev_line = stmt.span.line;
        match &stmt.kind {
            StmtKind::ImportFrom { module, names } if module == "__future__" => {
                if done {
                    return Err(SyntaxError::new(LATE_FUTURE, stmt.span.line, stmt.span.col));
                }
                for alias in names {
                    match FEATURES.iter().find(|(name, _)| *name == alias.name) {
                        Some((_, Feature::NoOp)) => {}
                        Some((_, Feature::Annotations)) => futures.annotations = true,
                        Some((name, Feature::Unsupported)) => {
                            return Err(SyntaxError::new(
                                format!("from __future__ import {name} is not supported"),
                                stmt.span.line,
                                stmt.span.col,
                            ))
                        }
                        None if alias.name == "braces" => {
                            return Err(SyntaxError::new("not a chance", stmt.span.line, stmt.span.col))
                        }
                        None => {
                            return Err(SyntaxError::new(
                                format!("future feature {} is not defined", alias.name),
                                stmt.span.line,
                                stmt.span.col,
                            ))
                        }
                    }
                }
                futures.last_line = stmt.span.line;
            }
            _ => done = true,
        }
    }
    Ok(futures)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_module;

    fn futures(src: &str) -> Result<Futures, String> {
        features(&parse_module(src).unwrap()).map_err(|e| e.msg)
    }

    #[test]
    fn features_come_after_the_docstring_and_before_anything_else() {
        let f = futures("'''doc'''\nfrom __future__ import annotations, division\nimport math\n").unwrap();
        assert!(f.annotations);
        assert_eq!(f.last_line, 2);
        assert!(f.is_late(4));
        assert!(!futures("from __future__ import division\n").unwrap().annotations);
        assert_eq!(futures("x = 1\n").unwrap().last_line, 0);
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(
            futures("from __future__ import spam\n").unwrap_err(),
            "future feature spam is not defined"
        );
        assert_eq!(futures("from __future__ import braces\n").unwrap_err(), "not a chance");
        assert_eq!(
            futures("from __future__ import *\n").unwrap_err(),
            "future feature * is not defined"
        );
        assert_eq!(
            futures("from __future__ import division; import os; from __future__ import annotations\n").unwrap_err(),
            LATE_FUTURE
        );
        assert!(futures("from __future__ import barry_as_FLUFL\n")
            .unwrap_err()
            .contains("not supported"));
    }
}
