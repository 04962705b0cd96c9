//! One benchmark session: every program under every runtime, a checked
//! warm-up run each, then the timed repetitions.
//!
//! The repetitions are interleaved across runtimes (rep 1 of every runtime,
//! then rep 2, ...) so that a slow drift of the machine (thermal state,
//! another process) spreads over all runtimes instead of landing on one.

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Duration;

use crate::manifest::{Program, Size};
use crate::measure::{self, Measurement};
use crate::report::{median, Cell, ProgramRow, Report, RunRecord};
use crate::runtimes::{Kind, Runtime, NUMBA};

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
        let m = measure::run(cmd, self.limit);
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
            for (r, rt) in self.runtimes.iter().enumerate() {
                if row[r].is_none() {
                    match self.run_one(p, rt, None, &mut runs) {
                        Err(cell) => row[r] = Some(cell),
                        Ok(_) if self.check_only => row[r] = Some(Cell::Passed),
                        Ok(_) => {}
                    }
                }
            }
            let mut times: Vec<Vec<f64>> = vec![Vec::new(); n];
            let reps = if self.check_only { 0 } else { self.reps };
            for rep in 0..reps {
                for (r, rt) in self.runtimes.iter().enumerate() {
                    if row[r].is_none() {
                        match self.run_one(p, rt, Some(rep), &mut runs) {
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
                            .filter(|x| x.program == p.name && x.runtime == self.runtimes[r].name && !x.warmup)
                            .map(|x| x.max_rss_kib)
                            .max()
                            .unwrap_or(0),
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
