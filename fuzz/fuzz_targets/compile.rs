//! Any text through the lexer, parser, scope analysis, emitter and
//! disassembler, as a module and as a prompt entry: a `SyntaxError` (with
//! its CPython-shaped report, whose caret slices the source line), the
//! compiler's nesting limit, or bytecode, never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Undecodable bytes get the engine's SyntaxError; the rest is text.
    let source = match rumba::Engine::decode_source(data, "<fuzz>") {
        Ok(source) => source,
        Err(e) => {
            assert_eq!(e.kind, "SyntaxError");
            return;
        }
    };
    match rumba::Engine::disassemble(&source, "<fuzz>") {
        Ok(listing) => assert!(listing.contains("Disassembly")),
        // TabError is CPython's subclass of IndentationError. Nesting
        // deeper than the compiler's share of the host stack is CPython's
        // RecursionError, as CPython raises it for deep expressions.
        Err(e) => assert!(
            (matches!(e.kind.as_str(), "SyntaxError" | "IndentationError" | "TabError")
                || (e.kind == "RecursionError" && e.message == "maximum recursion depth exceeded during compilation"))
                && e.report.ends_with(&format!("{e}\n")),
            "a compile error that is neither a syntax error nor the nesting limit: {e}"
        ),
    }
    let _ = rumba_compiler::compile_interactive(&source);
    let _ = rumba::Engine::is_incomplete(&source);
});
