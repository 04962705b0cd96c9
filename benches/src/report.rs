//! What a benchmark session produced: every run, one summary cell per
//! program and runtime, and the Markdown tables made from them. The whole
//! `Report` is what results.json holds, so `--replot` can redraw from it.

use serde::{Deserialize, Serialize};

use crate::gc_stats::{self, GcStats};

/// One execution of one program under one runtime.
#[derive(Serialize, Deserialize, Clone)]
pub struct RunRecord {
    pub program: String,
    pub runtime: String,
    /// The size argument the program got.
    pub arg: u64,
    /// The first run (it checks the output and warms caches).
    pub warmup: bool,
    /// 0-based index of the timed sample this run is; none for a warm-up
    /// that did not count (one longer than `Report::long_run_s` is sample 0).
    pub rep: Option<usize>,
    pub seconds: f64,
    pub max_rss_kib: i64,
    /// Exited 0 and printed the expected checksum.
    pub ok: bool,
    /// Why not ok: the exit and stderr's last line, or the output seen.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub problem: Option<String>,
    /// rumba's collector counters (`--gc-stats`); none for the other
    /// runtimes, for a run that died before printing them, and in files
    /// written before they were recorded.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gc: Option<GcStats>,
}

/// The outcome of one program under one runtime.
#[derive(Serialize, Deserialize, Clone)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Cell {
    /// Right output every time; the median of the timed samples, the
    /// largest peak RSS among them, and how many there were (fewer than
    /// `Report::reps` for a runtime whose runs are long; none in files
    /// written before this was recorded).
    Timed {
        median_s: f64,
        max_rss_kib: i64,
        #[serde(default)]
        samples: Option<usize>,
    },
    /// `--check`: right output, not timed.
    Passed,
    /// Exited 0 but printed something else.
    Mismatch { got: String },
    /// Did not start, exited non-zero, crashed or timed out.
    Failed { why: String },
    /// Not run, for a known reason (Numba cannot compile the program).
    Skipped { why: String },
}

#[derive(Serialize, Deserialize)]
pub struct ProgramRow {
    pub name: String,
    pub arg: u64,
}

#[derive(Serialize, Deserialize)]
pub struct Report {
    /// "full", "quick" or "check".
    pub mode: String,
    pub reps: usize,
    /// A warm-up longer than this many seconds counted as a timed sample...
    #[serde(default)]
    pub long_run_s: f64,
    /// ...and such a runtime stopped taking samples at about this many
    /// seconds of timed runs per program (0 in older files: not recorded).
    #[serde(default)]
    pub budget_s: f64,
    /// Seconds since the Unix epoch when the session started.
    pub started_unix: u64,
    pub runtimes: Vec<String>,
    pub programs: Vec<ProgramRow>,
    /// cells[program][runtime], in the order of `programs` and `runtimes`.
    pub cells: Vec<Vec<Cell>>,
    pub runs: Vec<RunRecord>,
    /// Runtimes not found, each with how to install it.
    pub missing: Vec<String>,
    /// Peak RSS reported for `true`: the least any run can show, because
    /// Linux carries the high-water mark of the forking process (this
    /// harness) across exec into the child's.
    #[serde(default)]
    pub rss_floor_kib: i64,
}

pub fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    match n {
        0 => f64::NAN,
        _ if n % 2 == 1 => xs[n / 2],
        _ => (xs[n / 2 - 1] + xs[n / 2]) / 2.0,
    }
}

/// A median count: whole, or halfway between two runs' counts ("10.5").
fn count(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n:.1}")
    }
}

/// A pause in milliseconds, with the digits of [`secs`]; "0" for none.
fn millis(ms: f64) -> String {
    if ms == 0.0 {
        "0".to_string()
    } else {
        secs(ms)
    }
}

/// "1.23", "0.0456", "12.3": three significant digits, whatever the scale.
fn secs(s: f64) -> String {
    if s >= 100.0 {
        format!("{s:.0}")
    } else if s >= 10.0 {
        format!("{s:.1}")
    } else if s >= 1.0 {
        format!("{s:.2}")
    } else if s >= 0.1 {
        format!("{s:.3}")
    } else {
        format!("{s:.4}")
    }
}

impl Report {
    /// How many samples a timed cell has, if that is fewer than `reps`.
    fn fewer(&self, cell: &Cell) -> Option<usize> {
        match cell {
            Cell::Timed { samples: Some(k), .. } if *k < self.reps => Some(*k),
            _ => None,
        }
    }

    pub fn count(&self, pred: impl Fn(&Cell) -> bool) -> usize {
        self.cells.iter().flatten().filter(|c| pred(c)).count()
    }

    fn header(&self, first: &str) -> String {
        let mut out = format!("| {first} | size | {} |\n|---|---:|", self.runtimes.join(" | "));
        out.push_str(&"---:|".repeat(self.runtimes.len()));
        out.push('\n');
        out
    }

    /// The time table (cells `median s (ratio×)`, the ratio being this
    /// runtime's time over rumba's), the peak-memory table, and notes on
    /// every cell that is not a number.
    pub fn markdown(&self) -> String {
        let mut notes = Vec::new();
        let mut out = String::new();
        if self.mode != "check" {
            out.push_str(&format!(
                "Median wall time of {} run(s) in seconds ({} sizes); in parentheses, time ÷ rumba's time.",
                self.reps, self.mode
            ));
            if self.count(|c| self.fewer(c).is_some()) > 0 {
                out.push_str(&format!(
                    " `n=K`: the median of K runs only. A runtime whose warm-up took over {} s had that run \
                     counted as the first, and took more only while its timed runs stayed within about {} s.",
                    self.long_run_s, self.budget_s
                ));
            }
            out.push_str("\n\n");
        }
        out.push_str(&self.header("program"));
        let rumba = self.runtimes.iter().position(|r| r == "rumba");
        for (p, row) in self.programs.iter().zip(&self.cells) {
            let base = rumba.and_then(|i| match row[i] {
                Cell::Timed { median_s, .. } => Some(median_s),
                _ => None,
            });
            out.push_str(&format!("| {} | {} |", p.name, p.arg));
            for (r, cell) in row.iter().enumerate() {
                let mut note = |text: String| {
                    notes.push(format!("{} under {}: {text}", p.name, self.runtimes[r]));
                    format!("{}[{}]", cell_word(cell), notes.len())
                };
                let text = match cell {
                    Cell::Timed { median_s, .. } => {
                        let mut text = match base {
                            Some(b) => format!("{} ({:.2}×)", secs(*median_s), median_s / b),
                            None => secs(*median_s),
                        };
                        if let Some(k) = self.fewer(cell) {
                            text.push_str(&format!(" n={k}"));
                        }
                        text
                    }
                    Cell::Passed => "ok".to_string(),
                    Cell::Mismatch { got } => note(format!("printed {:?}", shorten(got))),
                    Cell::Failed { why } => note(why.clone()),
                    Cell::Skipped { why } => note(why.clone()),
                };
                out.push_str(&format!(" {text} |"));
            }
            out.push('\n');
        }
        if self.mode != "check" {
            out.push_str(&format!(
                "\nPeak resident memory of the child process, MiB (largest over the timed runs; \
                 Linux reports at least the harness's own {:.1} MiB).\n\n",
                self.rss_floor_kib as f64 / 1024.0
            ));
            out.push_str(&self.header("program"));
            for (p, row) in self.programs.iter().zip(&self.cells) {
                out.push_str(&format!("| {} | {} |", p.name, p.arg));
                for cell in row {
                    match cell {
                        Cell::Timed { max_rss_kib, .. } => {
                            out.push_str(&format!(" {:.1} |", *max_rss_kib as f64 / 1024.0))
                        }
                        other => out.push_str(&format!(" {} |", cell_word(other))),
                    }
                }
                out.push('\n');
            }
        }
        if self.mode != "check" {
            out.push_str(&self.gc_table());
        }
        if !notes.is_empty() {
            out.push_str("\nNotes:\n");
            for (i, n) in notes.iter().enumerate() {
                out.push_str(&format!("{}. {n}\n", i + 1));
            }
        }
        for m in &self.missing {
            out.push_str(&format!("\nNot run: {m}"));
        }
        out
    }

    /// The GC table: per program and rumba runtime, the medians over the
    /// timed runs of the number of collections, their total pause and the
    /// longest pause. Only the runtimes whose runs reported the counters
    /// get columns; empty if none did (no rumba in the session, or a file
    /// written before the counters were recorded).
    fn gc_table(&self) -> String {
        let reporting: Vec<usize> = (0..self.runtimes.len())
            .filter(|&r| {
                self.runs
                    .iter()
                    .any(|x| x.runtime == self.runtimes[r] && x.gc.is_some())
            })
            .collect();
        if reporting.is_empty() {
            return String::new();
        }
        let mut out = "\nGarbage collection (rumba): medians over the timed runs of the number of collections, \
                       of the time spent in all of them and of the longest one, in ms.\n\n| program | size |"
            .to_string();
        for &r in &reporting {
            let rt = &self.runtimes[r];
            out.push_str(&format!(" {rt} collections | {rt} pause total | {rt} pause max |"));
        }
        out.push_str(&format!("\n|---|---:|{}\n", "---:|".repeat(3 * reporting.len())));
        for (p, row) in self.programs.iter().zip(&self.cells) {
            out.push_str(&format!("| {} | {} |", p.name, p.arg));
            for &r in &reporting {
                let timed: Vec<GcStats> = self
                    .runs
                    .iter()
                    .filter(|x| x.program == p.name && x.runtime == self.runtimes[r] && x.rep.is_some() && x.ok)
                    .filter_map(|x| x.gc)
                    .collect();
                match (&row[r], gc_stats::medians(&timed)) {
                    (Cell::Timed { .. }, Some(m)) => out.push_str(&format!(
                        " {} | {} | {} |",
                        count(m.collections),
                        millis(m.pause_total_ms),
                        millis(m.pause_max_ms)
                    )),
                    // Timed, but no run printed the counters.
                    (Cell::Timed { .. }, None) => out.push_str(" – | – | – |"),
                    (other, _) => {
                        let word = cell_word(other);
                        out.push_str(&format!(" {word} | {word} | {word} |"))
                    }
                }
            }
            out.push('\n');
        }
        out
    }
}

fn cell_word(cell: &Cell) -> &'static str {
    match cell {
        Cell::Timed { .. } | Cell::Passed => "ok",
        Cell::Mismatch { .. } => "wrong output",
        Cell::Failed { .. } => "failed",
        Cell::Skipped { .. } => "skipped",
    }
}

/// At most 80 characters of a program's output, for a note.
fn shorten(s: &str) -> String {
    let s = s.trim_end();
    match s.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(cells: Vec<Cell>) -> Report {
        Report {
            mode: "full".into(),
            reps: 5,
            long_run_s: 10.0,
            budget_s: 60.0,
            started_unix: 0,
            runtimes: vec!["rumba".into(), "python3".into(), "luajit".into()],
            programs: vec![ProgramRow {
                name: "fib".into(),
                arg: 30,
            }],
            cells: vec![cells],
            runs: vec![],
            missing: vec!["pypy3: not found (apt-get install pypy3)".into()],
            rss_floor_kib: 3000,
        }
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(vec![]).is_nan());
    }

    #[test]
    fn cells_show_time_and_ratio_to_rumba() {
        let md = report(vec![
            Cell::Timed {
                median_s: 2.0,
                max_rss_kib: 2048,
                samples: Some(5),
            },
            Cell::Timed {
                median_s: 5.0,
                max_rss_kib: 10240,
                samples: Some(5),
            },
            Cell::Failed {
                why: "exit 1: NameError".into(),
            },
        ])
        .markdown();
        assert!(
            md.contains("| fib | 30 | 2.00 (1.00×) | 5.00 (2.50×) | failed[1] |"),
            "{md}"
        );
        assert!(md.contains("| fib | 30 | 2.0 | 10.0 | failed |"), "{md}");
        assert!(md.contains("1. fib under luajit: exit 1: NameError"), "{md}");
        assert!(md.contains("Not run: pypy3"), "{md}");
        assert!(!md.contains("n="), "every cell has all its runs: {md}");
    }

    #[test]
    fn cells_with_fewer_runs_say_how_many() {
        let md = report(vec![
            Cell::Timed {
                median_s: 2.0,
                max_rss_kib: 2048,
                samples: Some(5),
            },
            Cell::Timed {
                median_s: 30.0,
                max_rss_kib: 10240,
                samples: Some(2),
            },
            // Read from a file written before samples were recorded.
            Cell::Timed {
                median_s: 1.0,
                max_rss_kib: 1024,
                samples: None,
            },
        ])
        .markdown();
        assert!(
            md.contains("| fib | 30 | 2.00 (1.00×) | 30.0 (15.00×) n=2 | 1.00 (0.50×) |"),
            "{md}"
        );
        assert!(md.contains("took over 10 s") && md.contains("about 60 s"), "{md}");
    }

    #[test]
    fn samples_round_trip_through_json_and_old_files_still_read() {
        let cell = Cell::Timed {
            median_s: 30.0,
            max_rss_kib: 1,
            samples: Some(2),
        };
        let json = serde_json::to_string(&cell).unwrap();
        assert!(json.contains("\"samples\":2"), "{json}");
        let old: Cell = serde_json::from_str(r#"{"outcome":"timed","median_s":1.0,"max_rss_kib":1}"#).unwrap();
        assert!(matches!(old, Cell::Timed { samples: None, .. }));
    }

    fn run(runtime: &str, rep: Option<usize>, gc: Option<(u64, f64, f64)>) -> RunRecord {
        RunRecord {
            program: "fib".into(),
            runtime: runtime.into(),
            arg: 30,
            warmup: rep.is_none(),
            rep,
            seconds: 1.0,
            max_rss_kib: 1,
            ok: true,
            problem: None,
            gc: gc.map(|(collections, pause_total_ms, pause_max_ms)| GcStats {
                collections,
                pause_total_ms,
                pause_max_ms,
                heap_peak_bytes: 1 << 20,
            }),
        }
    }

    #[test]
    fn the_gc_table_gives_medians_of_the_timed_runs() {
        let timed = |s| Cell::Timed {
            median_s: s,
            max_rss_kib: 1,
            samples: Some(3),
        };
        let mut r = report(vec![timed(2.0), timed(5.0), timed(1.0)]);
        r.runtimes[1] = "rumba --no-jit".into();
        r.runs = vec![
            // The warm-up is not a sample: its 99 collections do not count.
            run("rumba", None, Some((99, 99.0, 99.0))),
            run("rumba", Some(0), Some((10, 12.5, 3.0))),
            run("rumba", Some(1), Some((12, 20.0, 0.25))),
            run("rumba", Some(2), Some((11, 15.0, 4.0))),
            run("rumba --no-jit", Some(0), Some((3, 0.0, 0.0))),
            run("rumba --no-jit", Some(1), Some((4, 0.0, 0.0))),
            run("luajit", Some(0), None),
        ];
        let md = r.markdown();
        assert!(md.contains("Garbage collection (rumba)"), "{md}");
        assert!(
            md.contains("| program | size | rumba collections | rumba pause total | rumba pause max | rumba --no-jit collections |"),
            "{md}"
        );
        assert!(
            !md.contains("luajit collections"),
            "only runtimes that report get columns: {md}"
        );
        assert!(md.contains("| fib | 30 | 11 | 15.0 | 3.00 | 3.5 | 0 | 0 |"), "{md}");
    }

    #[test]
    fn without_gc_counters_there_is_no_gc_table() {
        let md = report(vec![Cell::Failed { why: "x".into() }, Cell::Passed, Cell::Passed]).markdown();
        assert!(!md.contains("Garbage collection"), "{md}");
        let old: RunRecord = serde_json::from_str(
            r#"{"program":"fib","runtime":"rumba","arg":1,"warmup":false,"rep":0,"seconds":1.0,"max_rss_kib":1,"ok":true}"#,
        )
        .unwrap();
        assert!(old.gc.is_none());
        let json = serde_json::to_string(&run("rumba", Some(0), Some((2, 1.5, 1.0)))).unwrap();
        assert!(json.contains(r#""gc":{"collections":2,"pause_total_ms":1.5"#), "{json}");
    }

    #[test]
    fn without_rumba_there_is_no_ratio() {
        let md = report(vec![
            Cell::Mismatch { got: "41\n".into() },
            Cell::Timed {
                median_s: 0.05,
                max_rss_kib: 1,
                samples: Some(5),
            },
            Cell::Skipped { why: "no".into() },
        ])
        .markdown();
        assert!(md.contains("| wrong output[1] | 0.0500 | skipped[2] |"), "{md}");
        assert!(md.contains("1. fib under rumba: printed \"41\""), "{md}");
    }
}
