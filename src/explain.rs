//! `rumba --explain OUT.html`: one self-contained page that shows a
//! learner what the interpreter and the JIT did with a program: the
//! source with each line's state, count and share of the time; every hot
//! loop and function with what became of it; every trace's IR, machine
//! code and exits; the bytecode; and a timeline. Hovering or clicking any
//! row lights up every row of the same source line, in every panel.
//!
//! Time per line comes from sampling: a thread reads the VM's position
//! word every `SAMPLE_EVERY` (the interpreter writes the instruction it
//! runs; compiled code, the trace it is in). Samples in a trace are split
//! over the trace's lines by their share of its machine code.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use rumba::{Engine, JitReport, TraceReport};

/// How often the sampler looks.
const SAMPLE_EVERY: Duration = Duration::from_micros(500);

/// Most bars the timeline draws (slices beyond are merged).
const MAX_BARS: usize = 400;

/// A thread counting where the VM is.
pub struct Sampler {
    stop: Arc<AtomicBool>,
    thread: JoinHandle<HashMap<u64, u32>>,
}

impl Sampler {
    pub fn start(here: Arc<AtomicU64>) -> Sampler {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut seen: HashMap<u64, u32> = HashMap::new();
            while !flag.load(Ordering::Relaxed) {
                *seen.entry(here.load(Ordering::Relaxed)).or_default() += 1;
                std::thread::sleep(SAMPLE_EVERY);
            }
            seen
        });
        Sampler { stop, thread }
    }

    /// Samples by position word.
    pub fn finish(self) -> HashMap<u64, u32> {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.join().unwrap_or_default()
    }
}

/// What the run gave, for the page.
pub struct Run<'a> {
    /// The script's name as given (the page's title).
    pub filename: &'a str,
    /// The name its code carries (`script_path`: absolute), by which the
    /// profile's lines are found.
    pub path: &'a str,
    pub source: &'a str,
    pub seconds: f64,
    /// The same program's time with `--no-jit` (`--explain-compare`).
    pub interpreted_seconds: Option<f64>,
    pub threshold: u32,
    pub stats: String,
    pub error: Option<String>,
}

/// How a line ran.
#[derive(Clone, Copy, PartialEq)]
enum State {
    Compiled,
    Interpreted,
    Cold,
}

impl State {
    fn name(self) -> &'static str {
        match self {
            State::Compiled => "compiled",
            State::Interpreted => "interpreted",
            State::Cold => "cold",
        }
    }
}

/// The page, from the engine after the run.
pub fn page(engine: &Engine, run: &Run, samples: &HashMap<u64, u32>) -> String {
    let report = engine.jit_report();
    let counts = engine.profile_lines(run.path);
    let shares = line_shares(engine, run.path, &report, samples);
    let compiled_lines: HashMap<u32, u32> = (report.traces.iter().rev())
        .flat_map(|t| t.ir.iter().map(move |r| (r.line, t.id)))
        .filter(|(l, _)| *l != 0)
        .collect();
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>rumba --explain {}</title>\n<style>{STYLE}</style></head><body>\n",
        esc(run.filename)
    );
    let _ = writeln!(out, "<h1>What Rumba did with <code>{}</code></h1>", esc(run.filename));
    summary(&mut out, run, &report);
    timeline(&mut out, run, &report);
    let _ = writeln!(
        out,
        "<div class=\"panels\"><div class=\"panel\" id=\"source\"><h2>Source</h2>"
    );
    let _ = writeln!(
        out,
        "<p class=\"note\">Each line: how many times it ran in the interpreter, its share of the run's time, and its state: <span class=\"compiled\">compiled</span> (part of a trace), <span class=\"interpreted\">interpreted</span> (ran at least {} times, the JIT threshold, but no trace covers it), <span class=\"cold\">cold</span>. Hover or click a line.</p>",
        run.threshold
    );
    let _ = writeln!(out, "<table class=\"src\">");
    for (i, text) in run.source.lines().enumerate() {
        let line = i as u32 + 1;
        let count = counts.get(&line).copied().unwrap_or(0);
        let state = if compiled_lines.contains_key(&line) {
            State::Compiled
        } else if count >= run.threshold as u64 {
            State::Interpreted
        } else {
            State::Cold
        };
        let why = match state {
            State::Compiled => format!("compiled in trace {}", compiled_lines[&line]),
            State::Interpreted => interpreted_reason(&report, line),
            State::Cold => String::new(),
        };
        let share = shares.get(&line).copied().unwrap_or(0.0);
        let _ = writeln!(
            out,
            "<tr data-line=\"{line}\" data-state=\"{}\" data-count=\"{count}\" title=\"{}\"><td class=\"n\">{line}</td><td class=\"c\">{}</td><td class=\"t\">{}</td><td class=\"code\"><code>{}</code></td></tr>",
            state.name(),
            esc(&why),
            if count > 0 { count.to_string() } else { String::new() },
            if share >= 0.0005 { format!("{:.1}%", share * 100.0) } else { String::new() },
            esc(text)
        );
    }
    let _ = writeln!(out, "</table></div>");
    let _ = writeln!(out, "<div class=\"panel\" id=\"jit\">");
    loops(&mut out, &report);
    for t in &report.traces {
        trace(&mut out, t);
    }
    bytecode(&mut out, run);
    events(&mut out, &report);
    let _ = writeln!(out, "</div></div>\n<script>{SCRIPT}</script>\n</body></html>");
    out
}

/// Each line's share of the samples. A trace's samples go to its lines
/// by how many of its machine instructions each line has.
fn line_shares(engine: &Engine, filename: &str, report: &JitReport, samples: &HashMap<u64, u32>) -> HashMap<u32, f64> {
    let total: u32 = samples.values().sum();
    let mut shares: HashMap<u32, f64> = HashMap::new();
    if total == 0 {
        return shares;
    }
    for (&here, &n) in samples {
        let part = n as f64 / total as f64;
        if let Some(t) = Engine::trace_of_position(here) {
            let Some(trace) = report.traces.get(t as usize) else {
                continue;
            };
            let rows: Vec<u32> = trace.asm.iter().map(|r| r.line).filter(|&l| l != 0).collect();
            for line in &rows {
                *shares.entry(*line).or_default() += part / rows.len() as f64;
            }
        } else if let Some(line) = engine.line_of_position(here, filename) {
            *shares.entry(line).or_default() += part;
        }
    }
    shares
}

/// Why a line that ran often has no trace: the status of the nearest
/// hot loop or function above it that was not compiled.
fn interpreted_reason(report: &JitReport, line: u32) -> String {
    let near = (report.loops.iter())
        .filter(|l| l.trace.is_none() && l.line <= line)
        .max_by_key(|l| l.line);
    match near {
        Some(l) => format!(
            "{} at line {}: {}",
            if l.is_function { "the function" } else { "the loop" },
            l.line,
            l.status
        ),
        None => "ran often, but not inside a loop or function that became hot".into(),
    }
}

fn summary(out: &mut String, run: &Run, report: &JitReport) {
    let aborts: u32 = report.loops.iter().map(|l| l.aborts).sum();
    let exits: u32 = report.traces.iter().flat_map(|t| &t.exits).map(|e| e.taken).sum();
    let _ = writeln!(out, "<div class=\"summary\">");
    let _ = writeln!(
        out,
        "<p>Ran in <b>{:.3} s</b> with the JIT (the interpreter counting every instruction it runs, which slows it).",
        run.seconds
    );
    if let Some(t) = run.interpreted_seconds {
        let _ = write!(
            out,
            " The same program with <code>--no-jit</code>, without counting: <b>{t:.3} s</b>"
        );
        if run.seconds > 0.0 {
            let _ = write!(out, " ({:.2}x).", t / run.seconds);
        }
    }
    let _ = writeln!(out, "</p>");
    let _ = writeln!(
        out,
        "<p>{} traces compiled; {} hot loops and functions, {} of them compiled, {aborts} failed recordings of them; {exits} exits back to the interpreter. <code>{}</code></p>",
        report.traces.len(),
        report.loops.len(),
        report.loops.iter().filter(|l| l.trace.is_some()).count(),
        esc(&run.stats)
    );
    if let Some(e) = &run.error {
        let _ = writeln!(
            out,
            "<p class=\"error\">The program stopped with <code>{}</code></p>",
            esc(e)
        );
    }
    let _ = writeln!(out, "</div>");
}

/// Stacked bars: interpreting, recording, compiling, compiled code, by
/// slice of the run; exits as a line.
fn timeline(out: &mut String, run: &Run, report: &JitReport) {
    let slices = &report.timeline;
    let n = ((run.seconds / rumba::TIMELINE_SLICE).ceil() as usize)
        .max(slices.len())
        .max(1);
    let per_bar = n.div_ceil(MAX_BARS);
    let bars = n.div_ceil(per_bar);
    let (w, h) = (800.0, 80.0);
    let bw = w / bars as f64;
    let _ = writeln!(out, "<h2>Timeline</h2><svg id=\"timeline\" viewBox=\"0 0 {w} {}\" width=\"{w}\" role=\"img\" aria-label=\"where the time went\">", h + 20.0);
    let mut max_exits = 1;
    let mut merged = Vec::with_capacity(bars);
    for b in 0..bars {
        let part = slices
            .get(b * per_bar..((b + 1) * per_bar).min(slices.len()))
            .unwrap_or(&[]);
        let span = per_bar as f64 * rumba::TIMELINE_SLICE;
        let sum = |f: fn(&rumba::TimeSlice) -> f64| part.iter().map(f).sum::<f64>() / span;
        let exits: u32 = part.iter().map(|s| s.exits).sum();
        max_exits = max_exits.max(exits);
        merged.push((sum(|s| s.recording), sum(|s| s.compiling), sum(|s| s.compiled), exits));
    }
    for (b, &(rec, comp, run_c, _)) in merged.iter().enumerate() {
        let x = b as f64 * bw;
        let mut y = h;
        let interp = (1.0 - rec - comp - run_c).max(0.0);
        for (frac, class) in [(interp, "interp"), (rec, "rec"), (comp, "comp"), (run_c, "run")] {
            let bh = frac.min(1.0) * h;
            if bh > 0.0 {
                y -= bh;
                let _ = write!(
                    out,
                    "<rect class=\"{class}\" x=\"{x:.2}\" y=\"{y:.2}\" width=\"{bw:.2}\" height=\"{bh:.2}\"/>"
                );
            }
        }
    }
    let points: Vec<String> = (merged.iter().enumerate())
        .map(|(b, m)| {
            format!(
                "{:.1},{:.1}",
                (b as f64 + 0.5) * bw,
                h - m.3 as f64 / max_exits as f64 * h
            )
        })
        .collect();
    let _ = writeln!(out, "<polyline class=\"exits\" points=\"{}\"/>", points.join(" "));
    let _ = writeln!(
        out,
        "<text x=\"0\" y=\"{}\">0 s</text><text x=\"{w}\" y=\"{}\" text-anchor=\"end\">{:.3} s</text></svg>",
        h + 16.0,
        h + 16.0,
        n as f64 * rumba::TIMELINE_SLICE
    );
    let _ = writeln!(
        out,
        "<p class=\"legend\"><span class=\"interp\">interpreting</span> <span class=\"rec\">recording</span> <span class=\"comp\">compiling</span> <span class=\"run\">running compiled code</span> <span class=\"exitkey\">exits (line, most per bar: {max_exits})</span></p>"
    );
}

fn loops(out: &mut String, report: &JitReport) {
    let _ = writeln!(out, "<h2>Hot loops and functions</h2>");
    if report.loops.is_empty() {
        let _ = writeln!(out, "<p>No loop or function ran often enough to be recorded.</p>");
        return;
    }
    let _ = writeln!(out, "<ul class=\"loops\">");
    for l in &report.loops {
        let what = if l.is_function {
            format!("function <code>{}()</code>", esc(&l.function))
        } else {
            format!("loop at line {} in <code>{}</code>", l.line, esc(&l.function))
        };
        let link = l
            .trace
            .map(|t| format!(" <a href=\"#trace-{t}\">trace {t}</a>"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<li data-line=\"{}\" class=\"{}\">{what}: {}{link}</li>",
            l.line,
            if l.trace.is_some() { "compiled" } else { "interpreted" },
            esc(&l.status)
        );
    }
    let _ = writeln!(out, "</ul>");
}

fn trace(out: &mut String, t: &TraceReport) {
    let _ = writeln!(
        out,
        "<section class=\"trace\" id=\"trace-{id}\" data-trace=\"{id}\"><h3>Trace {id}: {}</h3><p>It {}. {} IR instructions, {} bytes of machine code.</p>",
        esc(&t.what),
        esc(&t.ends),
        t.ir.len(),
        t.bytes,
        id = t.id
    );
    let taken: Vec<_> = t.exits.iter().filter(|e| e.taken > 0).collect();
    if !taken.is_empty() {
        let _ = writeln!(out, "<table class=\"exits\"><tr><th>exit</th><th>line</th><th>taken</th><th>why</th><th>what became of it</th></tr>");
        for e in taken {
            let _ = writeln!(
                out,
                "<tr data-line=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                e.line,
                e.number,
                e.line,
                e.taken,
                esc(e.why.as_deref().unwrap_or("")),
                esc(&e.fate)
            );
        }
        let _ = writeln!(out, "</table>");
    }
    let _ = writeln!(
        out,
        "<details><summary>every guard ({} exits)</summary><table class=\"exits\">",
        t.exits.len()
    );
    for e in &t.exits {
        let _ = writeln!(
            out,
            "<tr data-line=\"{}\"><td>exit {}</td><td>line {}</td><td>{}</td></tr>",
            e.line,
            e.number,
            e.line,
            esc(&e.guard)
        );
    }
    let _ = writeln!(out, "</table></details>");
    let _ = writeln!(out, "<div class=\"listings\"><div><h4>IR</h4><pre class=\"ir\">");
    for r in &t.ir {
        let _ = write!(
            out,
            "<span class=\"row\" data-line=\"{}\" data-ir=\"{}\">{}</span>",
            r.line,
            r.ir.unwrap_or(0),
            esc(&r.text)
        );
    }
    let _ = writeln!(out, "</pre></div><div><h4>Machine code</h4><pre class=\"asm\">");
    for r in &t.asm {
        let ir = r.ir.map(|i| format!(" data-ir=\"{i}\"")).unwrap_or_default();
        let _ = writeln!(
            out,
            "<span class=\"row\" data-line=\"{}\"{ir}>{}</span>",
            r.line,
            esc(&r.text)
        );
    }
    let _ = writeln!(out, "</pre></div></div></section>");
}

/// The bytecode of every function, each row tied to its line.
fn bytecode(out: &mut String, run: &Run) {
    let Ok(listing) = Engine::disassemble(run.source, run.filename) else {
        return;
    };
    let _ = writeln!(out, "<h2>Bytecode</h2><pre class=\"dis\">");
    let mut line = 0;
    for text in listing.lines() {
        // A row that starts a line has its number in the first columns.
        if let Some(n) = text.get(..4).and_then(|h| h.trim().parse::<u32>().ok()) {
            line = n;
        }
        if text.starts_with("Disassembly") || text.is_empty() {
            line = 0;
        }
        let _ = write!(out, "<span class=\"row\" data-line=\"{line}\">{}</span>", esc(text));
    }
    let _ = writeln!(out, "</pre>");
}

fn events(out: &mut String, report: &JitReport) {
    let _ = writeln!(
        out,
        "<details><summary>JIT events ({})</summary><pre class=\"events\">",
        report.events.len()
    );
    for e in &report.events {
        let _ = writeln!(out, "{:9.4} s  {}", e.at, esc(&e.text));
    }
    let _ = writeln!(out, "</pre></details>");
}

/// Text made safe inside HTML elements and attributes.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
body{font:14px/1.4 system-ui,sans-serif;margin:1em;color:#222}
code,pre{font:12px/1.35 ui-monospace,monospace}
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.2em}h3{font-size:1em}
.panels{display:flex;gap:1em;align-items:flex-start}
.panel{flex:1;min-width:0;max-height:85vh;overflow:auto;border:1px solid #ddd;padding:.5em}
table.src{border-collapse:collapse;width:100%}
table.src td{padding:0 .4em;white-space:pre;vertical-align:top}
td.n,td.c,td.t{text-align:right;color:#888}
tr[data-state=compiled] td.code{background:#e3f6e3}
tr[data-state=interpreted] td.code{background:#fff1d6}
.compiled{background:#e3f6e3}.interpreted{background:#fff1d6}.cold{background:#f4f4f4}
.hl,.hl td{background:#ffe46b !important}
.row{display:block;white-space:pre}
pre{overflow:auto}
.listings>div{min-width:0}
table.exits{border-collapse:collapse;margin:.3em 0}
table.exits td,table.exits th{border:1px solid #ddd;padding:1px 4px;text-align:left}
.note,.legend{color:#555;font-size:.9em}
rect.interp,.legend .interp{fill:#9ec5ea;background:#9ec5ea}
rect.rec,.legend .rec{fill:#f3b562;background:#f3b562}
rect.comp,.legend .comp{fill:#e06c5b;background:#e06c5b}
rect.run,.legend .run{fill:#6cc070;background:#6cc070}
polyline.exits{fill:none;stroke:#333;stroke-width:1}
.legend span{padding:0 .4em;margin-right:.4em}
.error{color:#a00}
section.trace{border-top:1px solid #ccc;margin-top:1em}
"#;

/// Hover or click a row tied to a line: every row of that line lights
/// up; a click also brings the first such row of each panel into view.
/// `page.html#line=N` opens with line N lit.
const SCRIPT: &str = r#"
(function(){
  var lit=[];
  function light(line){
    lit.forEach(function(e){e.classList.remove('hl');});
    lit=Array.prototype.slice.call(document.querySelectorAll('[data-line="'+line+'"]'));
    lit.forEach(function(e){e.classList.add('hl');});
    return lit;
  }
  function lineOf(e){
    while(e&&e.getAttribute){var l=e.getAttribute('data-line');if(l&&l!=='0')return l;e=e.parentNode;}
    return null;
  }
  document.addEventListener('mouseover',function(ev){var l=lineOf(ev.target);if(l)light(l);});
  var m=/^#line=(\d+)$/.exec(location.hash);
  if(m){light(m[1]);document.body.setAttribute('data-lit',m[1]);}
  document.addEventListener('click',function(ev){
    var l=lineOf(ev.target);if(!l)return;
    var rows=light(l),seen={};
    rows.forEach(function(e){
      var p=e.closest('.panel,pre');var k=p?(p.id||p.className):'';
      if(!seen[k]&&e!==ev.target.closest('[data-line]')){seen[k]=1;e.scrollIntoView({block:'nearest'});}
    });
  });
})();
"#;
