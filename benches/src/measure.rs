//! Runs one command and measures its wall time and peak memory.
//!
//! Peak RSS comes from `wait4`, which reports the resource usage of exactly
//! the child it reaps. (`getrusage(RUSAGE_CHILDREN)` would give the maximum
//! over every child so far, so one big run would mask all later ones.) A
//! watchdog kills a child that outlives the time limit, so an engine that
//! hangs on one program cannot stall the whole suite.

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub struct Measurement {
    /// Wall time from spawn to exit.
    pub seconds: f64,
    /// Peak resident set size of the child, in KiB.
    pub max_rss_kib: i64,
    pub stdout: String,
    pub stderr: String,
    pub end: End,
}

#[derive(Debug, PartialEq)]
pub enum End {
    Exited(i32),
    Signaled(i32),
    /// Killed by the watchdog after this many seconds.
    TimedOut(u64),
}

impl Measurement {
    pub fn success(&self) -> bool {
        self.end == End::Exited(0)
    }

    /// Why the run failed, in a few words: the exit and stderr's last line
    /// (where a traceback names the error).
    pub fn failure(&self) -> String {
        let end = match self.end {
            End::Exited(code) => format!("exit {code}"),
            End::Signaled(sig) => format!("signal {sig}"),
            End::TimedOut(secs) => format!("timed out after {secs} s"),
        };
        match self.stderr.lines().rev().find(|l| !l.trim().is_empty()) {
            Some(last) => format!("{end}: {}", last.trim()),
            None => end,
        }
    }
}

fn read_all(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

pub fn run(mut cmd: Command, limit: Duration) -> Result<Measurement, String> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).stdin(Stdio::null());
    let start = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("cannot start: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let stdout = read_all(child.stdout.take().expect("stdout is piped"));
    let stderr = read_all(child.stderr.take().expect("stderr is piped"));

    let (done, finished) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if finished.recv_timeout(limit) == Err(mpsc::RecvTimeoutError::Timeout) {
            // SAFETY: kill has no memory effects. The pid cannot name another
            // process: the main thread reaps the child (wait4) only after
            // this thread has been joined, so until then the pid stays ours,
            // as a live process or a zombie (where SIGKILL is a no-op).
            unsafe { libc::kill(pid, libc::SIGKILL) };
            true
        } else {
            false
        }
    });

    // Wait for the exit without reaping (WNOWAIT), so the watchdog above can
    // never signal a recycled pid; reap with wait4 once it has stopped.
    loop {
        // SAFETY: siginfo_t is plain old data; all zeroes is a valid value.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a live, writable local; `pid` is our unreaped child.
        let r = unsafe { libc::waitid(libc::P_PID, pid as libc::id_t, &mut info, libc::WEXITED | libc::WNOWAIT) };
        if r == 0 {
            break;
        }
        if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("waitid: {}", std::io::Error::last_os_error()));
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    drop(done);
    let timed_out = watchdog.join().unwrap_or(false);

    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data that wait4 fills in; all zeroes is a
    // valid value of it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, exited but not yet reaped (`child` is
    // never waited on through std), and both out-pointers point to live,
    // writable locals.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if reaped != pid {
        return Err(format!("wait4: {}", std::io::Error::last_os_error()));
    }
    let end = if libc::WIFEXITED(status) {
        End::Exited(libc::WEXITSTATUS(status))
    } else if timed_out && libc::WTERMSIG(status) == libc::SIGKILL {
        End::TimedOut(limit.as_secs())
    } else {
        End::Signaled(libc::WTERMSIG(status))
    };
    Ok(Measurement {
        seconds,
        max_rss_kib: usage.ru_maxrss,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
        end,
    })
}
