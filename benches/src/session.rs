//! One benchmark session: every program under every runtime, a checked
//! warm-up run each, then the timed repetitions.
//!
//! The repetitions are interleaved across runtimes (rep 1 of every runtime,
//! then rep 2, ...) so that a slow drift of the machine (thermal state,
//! another process) spreads over all runtimes instead of landing on one.
//!
//! The number of repetitions adapts to how long a run takes: a runtime whose
//! warm-up took longer than [`LONG_RUN`] has that run counted as its first
//! sample and takes further ones only while its timed work on the program
//! stays within [`BUDGET`]; it then sits out the later rounds. Runtimes
//! with shorter runs get the full `--reps` after a discarded warm-up.

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Duration;

use crate::gc_stats;
use crate::manifest::{Program, Size};
use crate::measure::{self, Measurement};
use crate::report::{median, Cell, ProgramRow, Report, RunRecord};
use crate::runtimes::{Kind, Runtime, NUMBA};

/// A warm-up that took longer than this counts as the first timed sample.
/// The warm-up keeps one-off costs (a cold page cache for the runtime's and
/// the program's files, the first check of the output) out of the timed
/// runs; beside a run this long they are negligible. And throwing such a run
/// away would be the biggest cost of a full run: at the full sizes the
/// interpreters (CPython, Lua 5.4, rumba --no-jit) take up to two minutes a
/// run, while the JIT-class runtimes mostly stay well under this and keep
/// their discarded warm-up and all of `--reps`.
pub const LONG_RUN: Duration = Duration::from_secs(10);

/// The timed work a runtime with long runs gets per program: after the
/// warm-up it takes another sample only while the samples so far plus one
/// more as long as their mean fit in this, and never has fewer than one.
/// Runs this long differ by a few per cent from one to the next, far less
/// than the differences the table shows, so two or three of them give as
/// good a median as more would; and with each such cell capped near a
/// minute, a full `--reps 3` run stays near an hour instead of several.
pub const BUDGET: Duration = Duration::from_secs(60);

pub struct Session {
    pub programs: Vec<Program>,
    pub runtimes: Vec<Runtime>,
    pub missing: Vec<String>,
    pub programs_dir: PathBuf,
    pub c_dir: PathBuf,
    /// Programs whose C twin compiled.
    pub c_built: HashSet<String>,
    pub quick: bool,
    /// Only check outputs (one run each), time nothing.
    pub check_only: bool,
    pub reps: usize,
    pub limit: Duration,
}

/// What one run amounted to: right, or a cell saying what went wrong.
fn judge(m: &Result<Measurement, String>, size: &Size) -> Result<(), Cell> {
    match m {
        Err(why) => Err(Cell::Failed { why: why.clone() }),
        Ok(m) if !m.success() => Err(Cell::Failed { why: m.failure() }),
        Ok(m) if m.stdout != size.stdout() => Err(Cell::Mismatch { got: m.stdout.clone() }),
        Ok(_) => Ok(()),
    }
}

fn problem(cell: &Cell) -> Option<String> {
    match cell {
        Cell::Failed { why } => Some(why.clone()),
        Cell::Mismatch { got } => Some(format!("printed {got:?}")),
        _ => None,
    }
}

/// Whether a runtime that has these timed samples takes another one. After
/// a short warm-up: until it has `reps`. After a long one (the first
/// sample): also only while the samples so far plus one more as long as
/// their mean fit in [`BUDGET`].
fn wants_more(samples: &[f64], reps: usize, long: bool) -> bool {
    if samples.len() >= reps {
        return false;
    }
    if !long || samples.is_empty() {
        return true;
    }
    let total: f64 = samples.iter().sum();
    total + total / samples.len() as f64 <= BUDGET.as_secs_f64()
}

impl Session {
    fn size<'a>(&self, p: &'a Program) -> &'a Size {
        if self.quick {
            &p.quick
        } else {
            &p.full
        }
    }

    /// A reason not to run `p` under `rt` at all.
    fn skip(&self, p: &Program, rt: &Runtime) -> Option<Cell> {
        if rt.name == NUMBA {
            if let Some(why) = &p.no_numba {
                return Some(Cell::Skipped {
                    why: format!("Numba's nopython mode cannot compile it ({why})"),
                });
            }
        }
        if matches!(rt.kind(), Kind::C | Kind::Lua) {
            if let Some(why) = &p.no_twins {
                return Some(Cell::Skipped {
                    why: format!("no {} twin ({why})", if rt.kind() == Kind::C { "C" } else { "Lua" }),
                });
            }
        }
        if rt.kind() == Kind::C && !self.c_built.contains(&p.name) {
            return Some(Cell::Failed {
                why: format!("{}.c does not compile", p.name),
            });
        }
        None
    }

    fn run_one(&self, p: &Program, rt: &Runtime, rep: Option<usize>, runs: &mut Vec<RunRecord>) -> Result<f64, Cell> {
        let size = self.size(p);
        let cmd = rt.command(&self.programs_dir, &self.c_dir, &p.name, size.arg);
        let mut m = measure::run(cmd, self.limit);
        // Before anything reads stderr for an error message.
        let gc = match &mut m {
            Ok(m) if rt.reports_gc() => gc_stats::take(&mut m.stderr),
            _ => None,
        };
        let verdict = judge(&m, size);
        if let Ok(m) = &m {
            runs.push(RunRecord {
                program: p.name.clone(),
                runtime: rt.name.to_string(),
                arg: size.arg,
                warmup: rep.is_none(),
                rep,
                seconds: m.seconds,
                max_rss_kib: m.max_rss_kib,
                ok: verdict.is_ok(),
                problem: verdict.as_ref().err().and_then(problem),
                gc,
            });
        }
        let label = match rep {
            Some(r) => format!("rep {}/{}", r + 1, self.reps),
            None if self.check_only => "check".to_string(),
            None => "warm-up".to_string(),
        };
        match (&m, &verdict) {
            (Ok(m), Ok(())) => eprintln!("  {:<15} {label:<9} {:>8.3} s", rt.name, m.seconds),
            (_, Err(cell)) => eprintln!("  {:<15} {label:<9} {}", rt.name, problem(cell).unwrap_or_default()),
            (Err(_), Ok(())) => unreachable!("a run that did not start is never right"),
        }
        verdict.map(|()| m.map_or(0.0, |m| m.seconds))
    }

    pub fn run(&self) -> Report {
        let started_unix = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut cells = Vec::new();
        let mut runs = Vec::new();
        let n = self.runtimes.len();
        let rss_floor_kib = measure::run(std::process::Command::new("true"), self.limit).map_or(0, |m| m.max_rss_kib);
        for p in &self.programs {
            eprintln!("{} ({})", p.name, self.size(p).arg);
            // None: still in the running; Some: settled (failed, skipped,
            // or passed in --check).
            let mut row: Vec<Option<Cell>> = self.runtimes.iter().map(|rt| self.skip(p, rt)).collect();
            // The timed samples of each runtime, and whether its warm-up was
            // a long run (and so the first of them).
            let mut times: Vec<Vec<f64>> = vec![Vec::new(); n];
            let mut long = vec![false; n];
            for (r, rt) in self.runtimes.iter().enumerate() {
                if row[r].is_none() {
                    match self.run_one(p, rt, None, &mut runs) {
                        Err(cell) => row[r] = Some(cell),
                        Ok(_) if self.check_only => row[r] = Some(Cell::Passed),
                        Ok(seconds) if seconds > LONG_RUN.as_secs_f64() => {
                            long[r] = true;
                            times[r].push(seconds);
                            if let Some(warmup) = runs.last_mut() {
                                warmup.rep = Some(0);
                            }
                            // As many as fit if the runs stay this long.
                            let planned = 1
                                + (1..self.reps)
                                    .take_while(|&k| wants_more(&vec![seconds; k], self.reps, true))
                                    .count();
                            eprintln!(
                                "  {:<15} over {} s: the warm-up counts as rep 1 of about {planned}",
                                rt.name,
                                LONG_RUN.as_secs()
                            );
                        }
                        Ok(_) => {}
                    }
                }
            }
            let reps = if self.check_only { 0 } else { self.reps };
            // Rounds until every runtime has its samples; one that has them
            // (or has failed) sits out the rounds after.
            for _round in 0..reps {
                for (r, rt) in self.runtimes.iter().enumerate() {
                    if row[r].is_none() && wants_more(&times[r], self.reps, long[r]) {
                        match self.run_one(p, rt, Some(times[r].len()), &mut runs) {
                            // Right once but wrong now: report it, drop the times.
                            Err(cell) => row[r] = Some(cell),
                            Ok(seconds) => times[r].push(seconds),
                        }
                    }
                }
            }
            let row = row
                .into_iter()
                .enumerate()
                .map(|(r, cell)| {
                    cell.unwrap_or_else(|| Cell::Timed {
                        median_s: median(times[r].clone()),
                        max_rss_kib: runs
                            .iter()
                            .filter(|x| x.program == p.name && x.runtime == self.runtimes[r].name && x.rep.is_some())
                            .map(|x| x.max_rss_kib)
                            .max()
                            .unwrap_or(0),
                        samples: Some(times[r].len()),
                    })
                })
                .collect();
            cells.push(row);
        }
        Report {
            mode: if self.check_only {
                "check"
            } else if self.quick {
                "quick"
            } else {
                "full"
            }
            .to_string(),
            reps: if self.check_only { 0 } else { self.reps },
            long_run_s: LONG_RUN.as_secs_f64(),
            budget_s: BUDGET.as_secs_f64(),
            started_unix,
            runtimes: self.runtimes.iter().map(|r| r.name.to_string()).collect(),
            programs: self
                .programs
                .iter()
                .map(|p| ProgramRow {
                    name: p.name.clone(),
                    arg: self.size(p).arg,
                })
                .collect(),
            cells,
            runs,
            missing: self.missing.clone(),
            rss_floor_kib,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::End;

    fn ran(stdout: &str, end: End) -> Result<Measurement, String> {
        Ok(Measurement {
            seconds: 1.0,
            max_rss_kib: 1,
            stdout: stdout.into(),
            stderr: "Traceback (most recent call last):\nNameError: name 'x' is not defined\n".into(),
            end,
        })
    }

    #[test]
    fn short_runs_get_every_rep_and_long_ones_fit_the_budget() {
        // After a discarded warm-up: all the reps, however long.
        assert!(wants_more(&[], 5, false));
        assert!(wants_more(&[30.0; 4], 5, false));
        assert!(!wants_more(&[0.5; 5], 5, false));
        // A long warm-up was the first sample; more while they fit in 60 s.
        let samples = |first: f64, reps: usize| {
            let mut xs = vec![first];
            while wants_more(&xs, reps, true) {
                xs.push(first);
            }
            xs.len()
        };
        assert_eq!(samples(11.0, 5), 5);
        assert_eq!(samples(15.0, 5), 4);
        assert_eq!(samples(15.0, 3), 3);
        assert_eq!(samples(25.0, 5), 2);
        assert_eq!(samples(45.0, 5), 1);
        assert_eq!(samples(200.0, 1), 1);
        // Slower runs than the first stop it sooner.
        assert!(!wants_more(&[20.0, 40.0], 5, true));
    }

    #[test]
    fn a_run_is_right_only_with_exit_0_and_the_exact_output() {
        let size = Size {
            arg: 10,
            expect: vec!["55".into()],
        };
        assert!(judge(&ran("55\n", End::Exited(0)), &size).is_ok());
        assert!(matches!(
            judge(&ran("55", End::Exited(0)), &size),
            Err(Cell::Mismatch { .. })
        ));
        match judge(&ran("55\n", End::Exited(1)), &size) {
            Err(Cell::Failed { why }) => assert_eq!(why, "exit 1: NameError: name 'x' is not defined"),
            _ => panic!("a non-zero exit is a failure"),
        }
        assert!(matches!(
            judge(&Err("cannot start".into()), &size),
            Err(Cell::Failed { .. })
        ));
    }
}
