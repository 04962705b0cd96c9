//! `rumba-fuzzgen`: prints the program a seed (or a fuzzer input) stands
//! for, diffs generated programs against CPython and against Rumba's own
//! modes, and reduces a program that shows a difference.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rumba_fuzzgen::{program, reduce::reduce, Bytes, Kind, Rng};

mod runner;

use runner::{Difference, Runner};

/// Random Python-subset programs for Rumba, and the differential checks
/// that use them.
#[derive(Parser, Debug)]
#[command(name = "rumba-fuzzgen", args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// The generator: program (the structured one diff_jit uses), loops,
    /// script or soup.
    #[arg(long, default_value = "program", value_parser = parse_kind)]
    kind: Kind,

    /// Print the program a diff_jit input decodes to (a crash or corpus
    /// file), with how the target runs it on stderr.
    #[arg(long, value_name = "FILE")]
    bytes: Option<PathBuf>,

    /// Print the case `tests/robustness.rs` runs for the seed (its budget
    /// and threshold on stderr), not the program `rumba-fuzzgen SEED` prints.
    #[arg(long)]
    case: bool,

    /// The seed whose program to print.
    #[arg(default_value_t = 0)]
    seed: u64,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run generated programs under python3 and rumba's three modes
    /// (--no-jit, default, --jit-threshold 1); stop at the first
    /// difference, print its seed and a reduced program.
    Diff {
        /// The first seed.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// How many seeds, from the first.
        #[arg(long, default_value_t = 100)]
        count: u64,
        #[arg(long, default_value = "program", value_parser = parse_kind)]
        kind: Kind,
        /// Report the difference without reducing the program.
        #[arg(long)]
        no_reduce: bool,
        #[command(flatten)]
        tools: Tools,
    },
    /// Reduce a program that shows a difference, keeping it showing one.
    Reduce {
        file: PathBuf,
        /// cpython: rumba's output differs from python3's (or its modes
        /// disagree); jit: rumba --no-jit and --jit-threshold N disagree.
        #[arg(long, default_value = "cpython")]
        against: String,
        /// For --against jit: the budget both runs get.
        #[arg(long)]
        budget: Option<u64>,
        /// For --against jit: the JIT's threshold.
        #[arg(long, default_value_t = 1)]
        threshold: u32,
        #[command(flatten)]
        tools: Tools,
    },
}

#[derive(clap::Args, Debug)]
struct Tools {
    /// The rumba command (default: beside this one, else on PATH).
    #[arg(long)]
    rumba: Option<PathBuf>,
    /// The CPython to compare with.
    #[arg(long, default_value = "python3")]
    python: PathBuf,
}

fn parse_kind(name: &str) -> Result<Kind, String> {
    Kind::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
        format!("'{name}' is not one of {}", names.join(", "))
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => print_program(&cli),
        Some(Command::Diff {
            seed,
            count,
            kind,
            no_reduce,
            tools,
        }) => diff(&runner_for(&tools), kind, seed, count, !no_reduce),
        Some(Command::Reduce {
            file,
            against,
            budget,
            threshold,
            tools,
        }) => reduce_file(&runner_for(&tools), &file, &against, budget, threshold),
    }
}

fn print_program(cli: &Cli) -> ExitCode {
    if cli.bytes.is_some() || cli.case {
        let case = match &cli.bytes {
            Some(path) => match std::fs::read(path) {
                Ok(data) => program::case(&mut Bytes::new(&data)),
                Err(e) => {
                    eprintln!("rumba-fuzzgen: cannot read {}: {e}", path.display());
                    return ExitCode::from(2);
                }
            },
            None => program::case(&mut Rng::seeded(cli.seed)),
        };
        eprintln!(
            "# diff_jit runs this with --budget {} at --no-jit, --jit-threshold 1{}",
            case.budget,
            if case.threshold == 1 {
                String::new()
            } else {
                format!(" and --jit-threshold {}", case.threshold)
            }
        );
        print!("{}", case.source);
    } else {
        print!("{}", cli.kind.generate(&mut Rng::seeded(cli.seed)));
    }
    ExitCode::SUCCESS
}

fn runner_for(tools: &Tools) -> Runner {
    let rumba = tools.rumba.clone().unwrap_or_else(|| {
        let beside = std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(|d| d.join("rumba")))
            .filter(|p| p.exists());
        beside.unwrap_or_else(|| PathBuf::from("rumba"))
    });
    Runner::new(rumba, tools.python.clone())
}

fn diff(runner: &Runner, kind: Kind, first: u64, count: u64, reduce_it: bool) -> ExitCode {
    let mut tally = runner::Tally::default();
    for seed in first..first.saturating_add(count) {
        let source = kind.generate(&mut Rng::seeded(seed));
        match runner.against_cpython(&source) {
            Ok(verdict) => tally.add(verdict),
            Err(difference) => {
                println!("seed {seed} (--kind {}): {difference}", kind.name());
                let source = if reduce_it {
                    let wanted = difference.class();
                    reduce(&source, |s| {
                        runner.against_cpython(s).err().is_some_and(|d| d.class() == wanted)
                    })
                } else {
                    source
                };
                let label = if reduce_it { "reduced program" } else { "program" };
                println!(
                    "---- {label} (rumba-fuzzgen --kind {} {seed} gives the whole one)",
                    kind.name()
                );
                print!("{source}");
                println!("----");
                if let Err(d) = runner.against_cpython(&source) {
                    println!("{d}");
                }
                return ExitCode::FAILURE;
            }
        }
    }
    println!("{} programs from seed {first} (--kind {}): {tally}", count, kind.name());
    ExitCode::SUCCESS
}

fn reduce_file(runner: &Runner, file: &Path, against: &str, budget: Option<u64>, threshold: u32) -> ExitCode {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rumba-fuzzgen: cannot read {}: {e}", file.display());
            return ExitCode::from(2);
        }
    };
    let check = |s: &str| -> Option<Difference> {
        match against {
            "jit" => runner.jit_against_interpreter(s, budget, threshold).err(),
            _ => runner.against_cpython(s).err(),
        }
    };
    if !matches!(against, "jit" | "cpython") {
        eprintln!("rumba-fuzzgen: --against takes cpython or jit");
        return ExitCode::from(2);
    }
    let Some(difference) = check(&source) else {
        eprintln!("rumba-fuzzgen: {} shows no difference", file.display());
        return ExitCode::from(1);
    };
    let wanted = difference.class();
    let reduced = reduce(&source, |s| check(s).is_some_and(|d| d.class() == wanted));
    print!("{reduced}");
    if let Some(d) = check(&reduced) {
        eprintln!("{d}");
    }
    ExitCode::SUCCESS
}
