//! Runs a command and measures its wall time and peak memory.

use std::process::{Command, Stdio};
use std::time::Instant;

pub struct Measurement {
    pub seconds: f64,
    /// Peak resident set size of the child, in KiB.
    pub max_rss_kib: i64,
    pub stdout: String,
    pub success: bool,
}

pub fn run(mut cmd: Command) -> Result<Measurement, String> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::null()).stdin(Stdio::null());
    let start = Instant::now();
    let child = cmd.spawn().map_err(|e| format!("cannot start: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let mut stdout = child.stdout.expect("piped");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut s);
        s
    });
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data that wait4 fills in; zeroed is a
    // valid value of it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet reaped (we never call wait on
    // the `Child`), and both out-pointers point to live, writable locals.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let seconds = start.elapsed().as_secs_f64();
    if reaped != pid {
        return Err("wait4 failed".into());
    }
    let stdout = reader.join().unwrap_or_default();
    let success = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    Ok(Measurement {
        seconds,
        max_rss_kib: usage.ru_maxrss,
        stdout,
        success,
    })
}
