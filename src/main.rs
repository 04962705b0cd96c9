//! The `rumba` command: run a script, a string, stdin, or an interactive
//! prompt, optionally under bounds (ticks, heap, depth, wall clock) so that
//! untrusted scripts and external fuzzers cannot take the host down.

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use rumba::{Engine, JitOptions, ScriptError};

#[cfg(feature = "mimalloc")]
mod allocator;
mod explain;

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: allocator::SplitAllocator = allocator::SplitAllocator;

/// Run a Python-subset script with Rumba.
#[derive(Parser, Debug)]
#[command(name = "rumba", version, about, trailing_var_arg = true)]
struct Cli {
    /// Program passed in as a string (sys.argv[0] is '-c').
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,

    /// After the script (if any), an interactive prompt, even when stdin
    /// is not a terminal.
    #[arg(short = 'i')]
    interactive: bool,

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

    /// Also print each trace's IR as recorded and after each
    /// optimization pass (on stderr).
    #[arg(long)]
    jit_dump_passes: bool,

    /// Write a page (HTML, self-contained) showing what the interpreter
    /// and the JIT did: each line's state and time, every trace's IR and
    /// machine code, exits, bytecode, a timeline.
    #[arg(long, value_name = "OUT.html")]
    explain: Option<PathBuf>,

    /// With --explain: also time the program with --no-jit and show both.
    #[arg(long, requires = "explain")]
    explain_compare: bool,

    /// Stop the script after this many ticks (loop iterations plus calls).
    #[arg(long, value_name = "TICKS")]
    budget: Option<u64>,

    /// Largest heap before MemoryError: bytes, or a number with K, M or G.
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_heap: Option<HeapSize>,

    /// Deepest call nesting, counting the module's frame (default 1000).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    max_depth: Option<u32>,

    /// Stop the script after this many seconds of wall-clock time.
    #[arg(long, value_name = "SECS", value_parser = parse_seconds)]
    timeout: Option<f64>,

    /// The script to run (`-`: standard input), then its arguments
    /// (sys.argv[1:]): everything after the script is the script's, as
    /// with CPython (`rumba tool.py --help` asks the tool). Without a
    /// script (and without -c), stdin when it is not a terminal, else an
    /// interactive prompt.
    #[arg(value_name = "FILE [ARGS]", trailing_var_arg = true, allow_hyphen_values = true)]
    script: Vec<std::ffi::OsString>,
}

impl Cli {
    /// The script's file (with -c: the script's first argument).
    fn file(&self) -> Option<PathBuf> {
        self.script.first().map(PathBuf::from)
    }

    /// The arguments after the file.
    fn args(&self) -> impl Iterator<Item = String> + '_ {
        self.script.iter().skip(1).map(|a| a.to_string_lossy().into_owned())
    }
}

/// `--max-heap`: the bytes, and the text given (for the report).
#[derive(Clone, Debug)]
struct HeapSize {
    bytes: usize,
    text: String,
}

/// `16M`, `1G`, `512K` or plain bytes; the suffixes are powers of 1024,
/// in either case.
fn parse_size(text: &str) -> Result<HeapSize, String> {
    let (digits, shift) = match text.char_indices().last() {
        Some((at, 'k' | 'K')) => (&text[..at], 10),
        Some((at, 'm' | 'M')) => (&text[..at], 20),
        Some((at, 'g' | 'G')) => (&text[..at], 30),
        _ => (text, 0),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("'{text}' is not a size (bytes, or a number with K, M or G)"))?;
    let bytes = n
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("'{text}' is too large"))?;
    Ok(HeapSize {
        bytes,
        text: text.to_string(),
    })
}

fn parse_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        // Duration::from_secs_f64 panics past about 5.8e11 years.
        Ok(s) if s > 0.0 && s < 1e12 => Ok(s),
        _ => Err(format!("'{text}' is not a number of seconds above 0")),
    }
}

/// Where the script comes from.
enum Source {
    Code(String),
    File(PathBuf),
    Stdin,
    Prompt,
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::new().filter("RUMBA_LOG")).init();
    let cli = Cli::parse();
    let source = match (&cli.code, &cli.file()) {
        (Some(code), _) => Source::Code(code.clone()),
        (None, Some(file)) if file.as_os_str() == "-" => Source::Stdin,
        (None, Some(file)) => Source::File(file.clone()),
        // As CPython: a pipe or a redirected file is one script, not a
        // session typed at a prompt.
        (None, None) if !cli.interactive && !std::io::stdin().is_terminal() => Source::Stdin,
        (None, None) => Source::Prompt,
    };
    // The engine runs on a thread of its own with a large stack, so that
    // built-ins calling back into a script nest as deep as CPython lets
    // them (the stack is reserved, and only what is used is ever touched).
    let runner = std::thread::Builder::new()
        .name("rumba".into())
        .stack_size(CLI_STACK)
        .spawn(move || run(&cli, source));
    let status = match runner {
        Ok(handle) => handle.join().unwrap_or(1),
        Err(e) => {
            eprintln!("rumba: can't start the interpreter's thread: {e}");
            1
        }
    };
    ExitCode::from(status)
}

/// The stack of the thread the command line runs the engine on.
const CLI_STACK: usize = 256 << 20;

fn run(cli: &Cli, source: Source) -> u8 {
    let (text, filename, argv0) = match source {
        Source::Code(code) => (code, "<string>".to_string(), "-c".to_string()),
        Source::Prompt => return repl(cli, &mut new_engine(cli, "")),
        Source::File(path) => {
            let name = path.to_string_lossy().into_owned();
            let bytes = match std::fs::read(&path) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!(
                        "rumba: can't open file '{name}': [Errno {}] {e}",
                        e.raw_os_error().unwrap_or(0)
                    );
                    return 2;
                }
            };
            match Engine::decode_source(&bytes, &name) {
                Ok(text) => (text, name.clone(), name),
                Err(e) => return report(&e),
            }
        }
        Source::Stdin => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("rumba: can't read standard input: {e}");
                return 2;
            }
            // CPython's sys.argv[0] is '-' when named, '' when implied.
            let argv0 = if cli.file().is_some() { "-" } else { "" };
            match Engine::decode_source(&bytes, "<stdin>") {
                Ok(text) => (text, "<stdin>".to_string(), argv0.to_string()),
                Err(e) => return report(&e),
            }
        }
    };
    if cli.dis {
        return match Engine::disassemble(&text, &filename) {
            Ok(listing) => {
                print!("{listing}");
                0
            }
            Err(e) => report(&e),
        };
    }
    let mut engine = new_engine(cli, &argv0);
    let sampler = cli
        .explain
        .as_ref()
        .map(|_| explain::Sampler::start(engine.start_profile()));
    let timer = cli.timeout.map(|secs| Timer::start(secs, engine.interrupt_handle()));
    let began = Instant::now();
    let path = script_path(&filename);
    let result = engine.run_script(&text, &path);
    let seconds = began.elapsed().as_secs_f64();
    let timed_out = timer.is_some_and(|t| t.stop());
    let _ = std::io::stdout().flush();
    let status = match &result {
        Ok(()) => 0,
        Err(e) => report_bounded(cli, e, timed_out),
    };
    if let (Some(out), Some(sampler)) = (&cli.explain, sampler) {
        let samples = sampler.finish();
        let names = (filename.as_str(), path.as_str());
        let page = explain_page(cli, &engine, &text, names, &argv0, seconds, &result, &samples);
        if let Err(e) = std::fs::write(out, page) {
            eprintln!("rumba: can't write '{}': {e}", out.display());
            return 2;
        }
    }
    if cli.interactive {
        return repl(cli, &mut engine);
    }
    finish(cli, &mut engine);
    status
}

/// The `--explain` page, after the run (and, with `--explain-compare`,
/// after a second run of the program with the interpreter alone, its
/// output thrown away).
#[allow(clippy::too_many_arguments)]
fn explain_page(
    cli: &Cli,
    engine: &Engine,
    text: &str,
    (filename, path): (&str, &str),
    argv0: &str,
    seconds: f64,
    result: &Result<(), ScriptError>,
    samples: &std::collections::HashMap<u64, u32>,
) -> String {
    let interpreted_seconds = cli.explain_compare.then(|| {
        let mut plain = engine_with(cli, argv0, false);
        plain.on_print(|_| {});
        let began = Instant::now();
        let _ = plain.run_named(text, path);
        began.elapsed().as_secs_f64()
    });
    let run = explain::Run {
        filename,
        path,
        source: text,
        seconds,
        interpreted_seconds,
        threshold: if cli.no_jit {
            u32::MAX
        } else {
            cli.jit_threshold.unwrap_or(JitOptions::default().threshold)
        },
        stats: engine.jit_stats_line(),
        error: result
            .as_ref()
            .err()
            .map(|e| e.report.lines().last().unwrap_or("").to_string()),
    };
    explain::page(engine, &run, samples)
}

/// The name a script's frames carry, as CPython 3.11 names its main
/// script: a relative path joined to the working directory (not
/// normalized: `./a.py` is `/cwd/./a.py`); `<string>` and `<stdin>` as
/// they are.
fn script_path(filename: &str) -> String {
    let path = std::path::Path::new(filename);
    if filename.starts_with('<') || path.is_absolute() {
        return filename.to_string();
    }
    match std::env::current_dir() {
        Ok(dir) => format!("{}/{filename}", dir.to_string_lossy().trim_end_matches('/')),
        Err(_) => filename.to_string(),
    }
}

fn new_engine(cli: &Cli, argv0: &str) -> Engine {
    engine_with(cli, argv0, !cli.no_jit)
}

/// An engine set up as the command line says, with or without the JIT.
fn engine_with(cli: &Cli, argv0: &str, jit: bool) -> Engine {
    let mut engine = Engine::new();
    let mut argv = vec![argv0.to_string()];
    // With -c, what clap took for the file is the script's first argument.
    if cli.code.is_some() {
        argv.extend(cli.file().iter().map(|f| f.to_string_lossy().into_owned()));
    }
    argv.extend(cli.args());
    engine.set_argv(argv);
    // The command line is the user's own: scripts may read its standard
    // input and files (an embedding host decides for itself).
    engine.allow_stdin(Box::new(std::io::BufReader::new(std::io::stdin())));
    engine.allow_files(true);
    // CPython's `sys.path[0]`: the script's directory (the current one
    // for `-c` and the prompt).
    let script_dir = match (&cli.code, &cli.file()) {
        (None, Some(file)) => file.parent().map(std::path::Path::to_path_buf).unwrap_or_default(),
        _ => std::path::PathBuf::new(),
    };
    engine.allow_imports_from(if script_dir.as_os_str().is_empty() {
        std::path::Path::new(".")
    } else {
        &script_dir
    });
    if jit {
        let mut options = rumba::JitOptions {
            log: cli.jit_log,
            dump: cli.jit_dump || cli.jit_dump_passes,
            dump_passes: cli.jit_dump_passes,
            explain: cli.explain.is_some(),
            ..Default::default()
        };
        if let Some(n) = cli.jit_threshold {
            options.threshold = n;
        }
        engine.enable_jit(options);
    }
    if cli.budget.is_some() {
        engine.set_budget(cli.budget);
    }
    if let Some(size) = &cli.max_heap {
        engine.set_heap_limit(size.bytes);
    }
    engine.set_host_stack(CLI_STACK - (rumba::MIN_HOST_STACK - rumba::STACK_BUDGET));
    if let Some(frames) = cli.max_depth {
        engine.set_recursion_limit(frames as usize);
    }
    engine
}

/// `--timeout`: a thread that sets the engine's interrupt flag when the
/// time is up. The flag is looked at on every loop iteration and call, so
/// a script stops at once unless one built-in operation runs long (a huge
/// sort, say); the thread then waits `GRACE` more and ends the process,
/// so the bound holds for every input.
struct Timer {
    fired: Arc<AtomicBool>,
    finished: Arc<AtomicBool>,
    interrupt: Arc<AtomicBool>,
}

/// How long a script may take to reach its next safe point after the
/// timeout before the process is ended without it.
const GRACE: Duration = Duration::from_secs(1);

impl Timer {
    fn start(secs: f64, interrupt: Arc<AtomicBool>) -> Timer {
        let fired = Arc::new(AtomicBool::new(false));
        let finished = Arc::new(AtomicBool::new(false));
        let (fired2, finished2, flag) = (fired.clone(), finished.clone(), interrupt.clone());
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs_f64(secs));
            if finished2.load(Ordering::SeqCst) {
                return;
            }
            fired2.store(true, Ordering::SeqCst);
            flag.store(true, Ordering::SeqCst);
            std::thread::sleep(GRACE);
            if !finished2.load(Ordering::SeqCst) {
                eprintln!("{}", timeout_line(secs));
                std::process::exit(1);
            }
        });
        Timer {
            fired,
            finished,
            interrupt,
        }
    }

    /// Ends the timer's watch; whether it fired (the script's
    /// KeyboardInterrupt, if any, came from it). A flag the script ended
    /// too soon to see is cleared, so a prompt after it (-i) starts clean.
    fn stop(self) -> bool {
        self.finished.store(true, Ordering::SeqCst);
        let fired = self.fired.load(Ordering::SeqCst);
        if fired {
            self.interrupt.store(false, Ordering::SeqCst);
        }
        fired
    }
}

fn timeout_line(secs: f64) -> String {
    format!("TimeoutError: wall-clock time limit exceeded (--timeout {secs})")
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

/// `report`, but an error that a command-line bound caused gets a last
/// line that names the bound, so a fuzzer or a user sees in one line why
/// the run stopped.
fn report_bounded(cli: &Cli, err: &ScriptError, timed_out: bool) -> u8 {
    let reason = match (err.kind.as_str(), err.message.as_str()) {
        ("KeyboardInterrupt", _) if timed_out => cli.timeout.map(timeout_line),
        ("RuntimeError", "execution budget exhausted") => cli
            .budget
            .map(|n| format!("RuntimeError: execution budget exhausted (--budget {n} ticks)")),
        ("MemoryError", _) => cli
            .max_heap
            .as_ref()
            .map(|size| format!("MemoryError: heap limit exceeded (--max-heap {})", size.text)),
        ("RecursionError", _) => cli
            .max_depth
            .map(|n| format!("RecursionError: maximum recursion depth exceeded (--max-depth {n})")),
        _ => None,
    };
    let Some(reason) = reason else {
        return report(err);
    };
    let body = err.report.trim_end_matches('\n');
    let head = body.rsplit_once('\n').map_or("", |(head, _)| head);
    let _ = std::io::stdout().flush();
    if head.is_empty() {
        eprintln!("{reason}");
    } else {
        eprintln!("{head}\n{reason}");
    }
    1
}

/// The interactive prompt: `>>>` for a new entry, `...` while a block or
/// bracket is open; expression values are echoed. Ctrl-C at the prompt
/// drops the entry; Ctrl-C while a statement runs stops it with
/// `KeyboardInterrupt` (the engine's interrupt flag, seen at the next loop
/// iteration or call, compiled code included) and the prompt comes back.
fn repl(cli: &Cli, engine: &mut Engine) -> u8 {
    let mut editor = match rustyline::DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("rumba: cannot start the prompt: {e}");
            return 1;
        }
    };
    // The line editor reads Ctrl-C itself while it waits for a line; the
    // handler sees only those that arrive while a statement runs.
    let running = Arc::new(AtomicBool::new(false));
    let (interrupt, busy) = (engine.interrupt_handle(), running.clone());
    if let Err(e) = ctrlc::set_handler(move || {
        if busy.load(Ordering::SeqCst) {
            interrupt.store(true, Ordering::SeqCst);
        }
    }) {
        log::warn!("Ctrl-C will end the prompt rather than a statement: {e}");
    }
    println!("Rumba {} (Python subset). Ctrl-D to exit.", env!("CARGO_PKG_VERSION"));
    let mut entry = String::new();
    let status = 'prompt: loop {
        let prompt = if entry.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            // A paste can bring several lines at once: each is one line of
            // input, as if typed.
            Ok(text) => {
                for line in text.split('\n') {
                    if entry.is_empty() && line.trim().is_empty() {
                        continue;
                    }
                    // A line at the left margin after a block ends the
                    // block, as in a pasted script: the block runs first.
                    if ends_open_block(&entry, line) {
                        if let Some(status) = run_entry(cli, engine, &mut editor, &entry, &running) {
                            break 'prompt status;
                        }
                        entry.clear();
                    }
                    entry.push_str(line);
                    entry.push('\n');
                    if Engine::is_incomplete(&entry) {
                        continue;
                    }
                    if let Some(status) = run_entry(cli, engine, &mut editor, &entry, &running) {
                        break 'prompt status;
                    }
                    entry.clear();
                }
            }
            Err(rustyline::error::ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                entry.clear();
            }
            // End of input: an entry still open runs, as in CPython.
            Err(_) => {
                if !entry.trim().is_empty() {
                    if let Some(status) = run_entry(cli, engine, &mut editor, &entry, &running) {
                        break status;
                    }
                }
                break 0;
            }
        }
    };
    finish(cli, engine);
    status
}

/// Whether `line` starts a new statement after `entry`, an open block
/// that only waits for its closing blank line.
fn ends_open_block(entry: &str, line: &str) -> bool {
    let continues = ["else", "elif", "except", "finally", "case"].iter().any(|k| {
        line.strip_prefix(k)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
    });
    let at_margin = line.starts_with(|c: char| !c.is_whitespace() && c != '#' && c != ')' && c != ']' && c != '}');
    at_margin
        && !continues
        && !entry.is_empty()
        && Engine::is_incomplete(entry)
        && !Engine::is_incomplete(&format!("{entry}\n"))
}

/// Runs one entry of the prompt; `Some(status)` when the script asked to
/// exit.
fn run_entry(
    cli: &Cli,
    engine: &mut Engine,
    editor: &mut rustyline::DefaultEditor,
    entry: &str,
    running: &AtomicBool,
) -> Option<u8> {
    let _ = editor.add_history_entry(entry.trim_end());
    running.store(true, Ordering::SeqCst);
    let result = engine.run_interactive(entry);
    running.store(false, Ordering::SeqCst);
    // A Ctrl-C that came as the statement ended is not for the next one.
    engine.interrupt_handle().store(false, Ordering::SeqCst);
    match result {
        Err(e) if e.kind == "SystemExit" => Some(report(&e)),
        Err(e) => {
            report_bounded(cli, &e, false);
            None
        }
        Ok(()) => None,
    }
}
