//! What a benchmark run produced: every measurement, and the Markdown
//! table and JSON file made from them.

use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone)]
pub struct RunRecord {
    pub program: String,
    pub runtime: String,
    pub size: String,
    pub rep: usize,
    pub seconds: f64,
    pub max_rss_kib: i64,
}

/// The outcome of one program under one runtime.
#[derive(Serialize, Deserialize, Clone)]
pub enum Cell {
    Timed {
        median_s: f64,
        max_rss_kib: i64,
    },
    Mismatch {
        got: String,
    },
    Failed {
        why: String,
    },
    /// Not run, for a known reason (Numba cannot compile the program).
    Skipped {
        why: String,
    },
}

#[derive(Serialize, Deserialize)]
pub struct Report {
    pub size: String,
    pub runtimes: Vec<String>,
    pub programs: Vec<String>,
    /// cells[program][runtime]
    pub cells: Vec<Vec<Cell>>,
    pub runs: Vec<RunRecord>,
    pub missing: Vec<String>,
}

pub fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

impl Report {
    /// Moves the rumba columns to the front (they are measured after the
    /// reference runtime, but read first).
    pub fn put_rumba_first(&mut self) {
        let mut order: Vec<usize> = (0..self.runtimes.len()).collect();
        order.sort_by_key(|&i| match self.runtimes[i].as_str() {
            "rumba" => 0,
            "rumba --no-jit" => 1,
            _ => 2,
        });
        self.runtimes = order.iter().map(|&i| self.runtimes[i].clone()).collect();
        for row in &mut self.cells {
            *row = order.iter().map(|&i| row[i].clone()).collect();
        }
    }

    /// Programs as rows, runtimes as columns: `median s (ratio x)`, where
    /// the ratio is the runtime's time over rumba's.
    pub fn markdown(&self) -> String {
        let mut out = format!("| program | {} |\n|---|", self.runtimes.join(" | "));
        out.push_str(&"---|".repeat(self.runtimes.len()));
        out.push('\n');
        let rumba = self.runtimes.iter().position(|r| r == "rumba");
        for (p, row) in self.programs.iter().zip(&self.cells) {
            let base = rumba.and_then(|i| match &row[i] {
                Cell::Timed { median_s, .. } => Some(*median_s),
                _ => None,
            });
            out.push_str(&format!("| {p} |"));
            for cell in row {
                let text = match cell {
                    Cell::Timed { median_s, max_rss_kib } => match base {
                        Some(b) => format!(" {median_s:.3} s ({:.2}×) {} MB |", median_s / b, max_rss_kib / 1024),
                        None => format!(" {median_s:.3} s, {} MB |", max_rss_kib / 1024),
                    },
                    Cell::Mismatch { .. } => " wrong checksum |".to_string(),
                    Cell::Failed { .. } => " failed |".to_string(),
                    Cell::Skipped { .. } => " n/a |".to_string(),
                };
                out.push_str(&text);
            }
            out.push('\n');
        }
        out.push_str("\nCells: median wall time (time ÷ rumba's time) peak RSS.\n");
        for m in &self.missing {
            out.push_str(&format!("\nSkipped {m}"));
        }
        out
    }
}
