//! The `rumba` command: run a script, a string, or an interactive prompt.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use rumba::{Engine, ScriptError};

/// Run a Python-subset script with Rumba.
#[derive(Parser, Debug)]
#[command(name = "rumba", version, about, trailing_var_arg = true)]
struct Cli {
    /// Program passed in as a string (sys.argv[0] is '-c').
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,

    /// Interpreter only: never compile a loop.
    #[arg(long)]
    no_jit: bool,

    /// Loop iterations before a loop is recorded (at least 1).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    jit_threshold: Option<u32>,

    /// At exit, print one line of JIT counters on stderr.
    #[arg(long)]
    jit_stats: bool,

    /// At exit, print one line of garbage-collector counters on stderr.
    #[arg(long)]
    gc_stats: bool,

    /// Print the bytecode of every code object, then exit.
    #[arg(long)]
    dis: bool,

    /// Print trace events on stderr.
    #[arg(long)]
    jit_log: bool,

    /// Print trace IR and machine code on stderr.
    #[arg(long)]
    jit_dump: bool,

    /// The script to run; without one (and without -c), an interactive prompt.
    file: Option<PathBuf>,

    /// Arguments for the script (sys.argv[1:]).
    #[arg(allow_hyphen_values = true)]
    args: Vec<String>,
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::new().filter("RUMBA_LOG")).init();
    let cli = Cli::parse();
    let status = match (&cli.code, &cli.file) {
        (Some(code), _) => run_source(&cli, code, "<string>", "-c"),
        (None, Some(file)) => run_file(&cli, file),
        (None, None) => repl(&cli),
    };
    ExitCode::from(status)
}

fn new_engine(cli: &Cli, argv0: &str) -> Engine {
    let mut engine = Engine::new();
    let mut argv = vec![argv0.to_string()];
    // With -c, what clap took for the file is the script's first argument.
    if cli.code.is_some() {
        argv.extend(cli.file.iter().map(|f| f.to_string_lossy().into_owned()));
    }
    argv.extend(cli.args.iter().cloned());
    engine.set_argv(argv);
    if !cli.no_jit {
        let mut options = rumba::JitOptions {
            log: cli.jit_log,
            dump: cli.jit_dump,
            ..Default::default()
        };
        if let Some(n) = cli.jit_threshold {
            options.threshold = n;
        }
        engine.enable_jit(options);
    }
    engine
}

/// After a run: the JIT's closing log lines and `--jit-stats`.
fn finish(cli: &Cli, engine: &mut Engine) {
    engine.finish_jit();
    if cli.jit_stats {
        eprintln!("{}", engine.jit_stats_line());
    }
    if cli.gc_stats {
        let gc = engine.gc_stats();
        eprintln!(
            "gc-stats: collections={} pause_total_ms={:.3} pause_max_ms={:.3} heap_peak_bytes={}",
            gc.collections,
            gc.pause_total * 1e3,
            gc.pause_max * 1e3,
            gc.peak_bytes
        );
    }
}

/// Prints an uncaught error the way CPython does and returns the status:
/// `sys.exit(n)` exits with `n & 0xff`, as the C `exit` CPython calls.
fn report(err: &ScriptError) -> u8 {
    let _ = std::io::stdout().flush();
    eprint!("{}", err.report);
    (err.exit_status & 0xff) as u8
}

fn run_source(cli: &Cli, source: &str, filename: &str, argv0: &str) -> u8 {
    if cli.dis {
        return match Engine::disassemble(source, filename) {
            Ok(listing) => {
                print!("{listing}");
                0
            }
            Err(e) => report(&e),
        };
    }
    let mut engine = new_engine(cli, argv0);
    let result = engine.run_named(source, filename);
    let _ = std::io::stdout().flush();
    finish(cli, &mut engine);
    match result {
        Ok(()) => 0,
        Err(e) => report(&e),
    }
}

fn run_file(cli: &Cli, file: &PathBuf) -> u8 {
    let name = file.to_string_lossy().into_owned();
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!(
                "rumba: can't open file '{name}': [Errno {}] {e}",
                e.raw_os_error().unwrap_or(0)
            );
            return 2;
        }
    };
    match String::from_utf8(bytes) {
        Ok(source) => run_source(cli, source.strip_prefix('\u{feff}').unwrap_or(&source), &name, &name),
        Err(_) => {
            // Let the engine produce CPython's message for undecodable source.
            let mut engine = new_engine(cli, &name);
            let result = engine.run_file(file);
            finish(cli, &mut engine);
            match result {
                Ok(()) => 0,
                Err(e) => report(&e),
            }
        }
    }
}

/// The interactive prompt: `>>>` for a new entry, `...` while a block or
/// bracket is open; expression values are echoed.
fn repl(cli: &Cli) -> u8 {
    let mut engine = new_engine(cli, "");
    let mut editor = match rustyline::DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("rumba: cannot start the prompt: {e}");
            return 1;
        }
    };
    println!("Rumba {} (Python subset). Ctrl-D to exit.", env!("CARGO_PKG_VERSION"));
    let mut entry = String::new();
    loop {
        let prompt = if entry.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                if entry.is_empty() && line.trim().is_empty() {
                    continue;
                }
                entry.push_str(&line);
                entry.push('\n');
                if Engine::is_incomplete(&entry) {
                    continue;
                }
                let _ = editor.add_history_entry(entry.trim_end());
                if let Err(e) = engine.run_interactive(&entry) {
                    if e.kind == "SystemExit" {
                        return report(&e);
                    }
                    report(&e);
                }
                entry.clear();
            }
            Err(rustyline::error::ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                entry.clear();
            }
            Err(_) => return 0,
        }
    }
}
