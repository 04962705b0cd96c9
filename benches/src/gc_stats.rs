//! What rumba's collector did in one run, as `rumba --gc-stats` reports it:
//! one stderr line at exit,
//!
//! ```text
//! gc-stats: collections=N pause_total_ms=X pause_max_ms=X heap_peak_bytes=N
//! ```
//!
//! The collector keeps these counters whether or not the flag is given; the
//! flag only prints them, so passing it to every rumba run costs nothing
//! measurable and the timed runs double as the GC measurements.

use serde::{Deserialize, Serialize};

/// The option that makes rumba print the line.
pub const FLAG: &str = "--gc-stats";

const PREFIX: &str = "gc-stats: ";

/// One run's counters.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct GcStats {
    pub collections: u64,
    /// Wall time spent in all collections together, and in the longest one.
    pub pause_total_ms: f64,
    pub pause_max_ms: f64,
    /// The collector's own estimate of its largest heap (not the RSS).
    pub heap_peak_bytes: u64,
}

impl GcStats {
    fn parse(line: &str) -> Option<GcStats> {
        let mut collections = None;
        let mut total = None;
        let mut max = None;
        let mut peak = None;
        for field in line.strip_prefix(PREFIX)?.split_whitespace() {
            let (key, value) = field.split_once('=')?;
            match key {
                "collections" => collections = value.parse().ok(),
                "pause_total_ms" => total = value.parse().ok(),
                "pause_max_ms" => max = value.parse().ok(),
                "heap_peak_bytes" => peak = value.parse().ok(),
                // A counter added later is not an error for this harness.
                _ => {}
            }
        }
        Some(GcStats {
            collections: collections?,
            pause_total_ms: total?,
            pause_max_ms: max?,
            heap_peak_bytes: peak?,
        })
    }
}

/// Reads the counters out of a run's stderr and removes their line, so that
/// whatever later reads stderr for an error message (the last line of a
/// traceback) sees only what the program itself printed. None if the line
/// is missing or malformed (a run that crashed before exiting).
pub fn take(stderr: &mut String) -> Option<GcStats> {
    let line = stderr.lines().rev().find(|l| l.starts_with(PREFIX))?.to_string();
    let stats = GcStats::parse(&line)?;
    *stderr = stderr
        .lines()
        .filter(|l| *l != line)
        .map(|l| format!("{l}\n"))
        .collect();
    Some(stats)
}

/// What the GC table shows for one program under one runtime: medians over
/// its timed runs, counter by counter (so from different runs, possibly).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Medians {
    /// Fractional when an even number of runs disagree.
    pub collections: f64,
    pub pause_total_ms: f64,
    pub pause_max_ms: f64,
}

/// The medians of several runs' counters; none for no runs.
pub fn medians(runs: &[GcStats]) -> Option<Medians> {
    if runs.is_empty() {
        return None;
    }
    let of = |get: fn(&GcStats) -> f64| crate::report::median(runs.iter().map(get).collect());
    Some(Medians {
        collections: of(|s| s.collections as f64),
        pause_total_ms: of(|s| s.pause_total_ms),
        pause_max_ms: of(|s| s.pause_max_ms),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_is_read_and_taken_out_of_stderr() {
        let mut stderr = "Traceback (most recent call last):\n\
                          gc-stats: collections=12 pause_total_ms=34.500 pause_max_ms=6.710 heap_peak_bytes=4203400\n\
                          ZeroDivisionError: division by zero\n"
            .to_string();
        let stats = take(&mut stderr).expect("the line is there");
        assert_eq!(
            stats,
            GcStats {
                collections: 12,
                pause_total_ms: 34.5,
                pause_max_ms: 6.71,
                heap_peak_bytes: 4203400,
            }
        );
        assert_eq!(
            stderr,
            "Traceback (most recent call last):\nZeroDivisionError: division by zero\n"
        );
    }

    #[test]
    fn a_missing_or_broken_line_is_no_stats_and_leaves_stderr_alone() {
        let mut stderr = "Segmentation fault\n".to_string();
        assert_eq!(take(&mut stderr), None);
        let mut broken = "gc-stats: collections=3 pause_total_ms=x\n".to_string();
        assert_eq!(take(&mut broken), None);
        assert_eq!(broken, "gc-stats: collections=3 pause_total_ms=x\n");
        // Counters this harness does not know yet are skipped.
        let mut newer =
            "gc-stats: collections=1 pause_total_ms=1.0 pause_max_ms=1.0 heap_peak_bytes=8 minor=4\n".to_string();
        assert_eq!(take(&mut newer).map(|s| s.collections), Some(1));
    }

    #[test]
    fn medians_are_taken_counter_by_counter() {
        let run = |c, t, m| GcStats {
            collections: c,
            pause_total_ms: t,
            pause_max_ms: m,
            heap_peak_bytes: 100,
        };
        let m = medians(&[run(10, 5.0, 1.0), run(12, 9.0, 0.5), run(11, 7.0, 4.0)]).unwrap();
        assert_eq!((m.collections, m.pause_total_ms, m.pause_max_ms), (11.0, 7.0, 1.0));
        let even = medians(&[run(10, 5.0, 1.0), run(11, 7.0, 2.0)]).unwrap();
        assert_eq!(even.collections, 10.5);
        assert_eq!(medians(&[]), None);
    }
}
