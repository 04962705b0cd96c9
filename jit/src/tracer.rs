//! The JIT's bookkeeping: which loops are hot, recording, compiling and
//! installing traces, running them, counting exits, growing side traces
//! from hot exits, blacklisting loops that keep aborting, and the
//! `--jit-log` / `--jit-stats` / `--jit-dump` output.

use crate::fixed_hash::Map;
use std::cell::RefCell;
use std::sync::Arc;
use std::time::Instant;

use rumba_vm::bytecode::{CodeId, Opcode};
use rumba_vm::hook::{HotLoop, JitHook, TraceRun};
use rumba_vm::vm::Vm;

use crate::abort::Abort;
use crate::backend::x64::{self, CodeArea, CompiledTrace};
use crate::exit::{self, Ctx};
use crate::ir::Ref;
use crate::ir::{IrBuf, Op};
use crate::record::{Ending, Recorder, Step, TraceKind, ENTRY};
use crate::words::{self, Watched};
use crate::{dump, opt, params, JitOptions};
use rumba_vm::heap::ObjRef;
use rumba_vm::jit_api::AttrFound;
use rumba_vm::jit_report::{ExitReport, JitEvent, JitReport, LoopReport, Row, TimeSlice, TraceReport, TIMELINE_SLICE};
use rumba_vm::object::Obj;
use rumba_vm::value::Value;

struct Trace {
    kind: TraceKind,
    ir: IrBuf,
    compiled: CompiledTrace,
    /// For root traces: side traces grown from this tree.
    sides: u32,
}

struct ExitRecord {
    trace: u32,
    /// Index among the trace's exits.
    local: u32,
    count: u32,
    /// Side-trace attempts that aborted.
    tries: u32,
    /// Side-trace attempts deferred (`Step::Defer`), which count as
    /// aborts only past `MAX_DEFERS`; the next attempt waits until the
    /// exit was taken `retry_at` times.
    defers: u32,
    retry_at: u32,
    side: Option<u32>,
    /// The type the guarded slot held after the last time this exit was
    /// taken (`--explain` and `--jit-log` only).
    seen: Option<&'static str>,
}

#[derive(Default)]
struct LoopRecord {
    aborts: u32,
    /// Recordings deferred (`Step::Defer`); they do not count as aborts
    /// until there are `MAX_DEFERS` of them.
    defers: u32,
    blacklisted: bool,
    /// A recording of the loop left it on its first round: a short loop,
    /// which recordings of the code around it unroll.
    short: bool,
    /// Why the last recording failed, in plain words.
    last_why: Option<String>,
}

#[derive(Default)]
struct Stats {
    traces: u32,
    side_traces: u32,
    aborts: u32,
    blacklisted: u32,
    exits: u64,
    /// The reason of the last abort, for the stats line.
    last_abort: Option<String>,
}

pub struct Jit {
    options: JitOptions,
    area: CodeArea,
    ctx: Box<Ctx>,
    traces: Vec<Trace>,
    exits: Vec<ExitRecord>,
    loops: Map<(CodeId, u32), LoopRecord>,
    recorder: Option<Recorder>,
    /// Functions a recording saw call themselves (directly or through
    /// inlined calls): their calls run through entry traces.
    recursive: Vec<CodeId>,
    /// Deepest inlining of any trace: entering needs that many frames free.
    max_inline: usize,
    stats: Stats,
    /// When the JIT began: event times count from here.
    began: Instant,
    /// When the recording in progress began.
    recording_since: Option<Instant>,
    /// `--explain`: what happened and where the time went.
    /// (Written by `log`, which has only `&self` where it is called.)
    events: RefCell<Vec<JitEvent>>,
    timeline: Vec<TimeSlice>,
}

impl Jit {
    pub fn new(options: JitOptions) -> std::io::Result<Jit> {
        Ok(Jit {
            options,
            area: CodeArea::new()?,
            ctx: Ctx::new(),
            traces: Vec::new(),
            exits: Vec::new(),
            loops: Map::default(),
            recorder: None,
            recursive: Vec::new(),
            max_inline: 0,
            stats: Stats::default(),
            began: Instant::now(),
            recording_since: None,
            events: RefCell::new(Vec::new()),
            timeline: Vec::new(),
        })
    }

    fn log(&self, line: impl AsRef<str>) {
        if self.options.log {
            eprintln!("{}", line.as_ref());
        }
        if self.options.explain {
            let at = self.began.elapsed().as_secs_f64();
            let text = line.as_ref().to_string();
            self.events.borrow_mut().push(JitEvent { at, line: 0, text });
        }
    }

    /// Whether exits should learn what their guards saw.
    fn watching(&self) -> bool {
        self.options.log || self.options.explain
    }

    /// Counts `from..now` as time spent on `what` in the timeline, split
    /// over the slices it covers.
    fn charge(&mut self, from: Instant, what: fn(&mut TimeSlice) -> &mut f64) {
        // In whole nanoseconds, so that every step ends a slice exactly.
        let slice_ns = (TIMELINE_SLICE * 1e9) as u128;
        let mut t0 = from.saturating_duration_since(self.began).as_nanos();
        let t1 = self.began.elapsed().as_nanos();
        while t0 < t1 {
            let slice = (t0 / slice_ns) as usize;
            let end = ((slice as u128 + 1) * slice_ns).min(t1);
            if self.timeline.len() <= slice {
                self.timeline.resize(slice + 1, TimeSlice::default());
            }
            *what(&mut self.timeline[slice]) += (end - t0) as f64 * 1e-9;
            t0 = end;
        }
    }

    /// A recording ended (closed, aborted or deferred): its time counts.
    fn recording_over(&mut self) {
        if let Some(since) = self.recording_since.take() {
            self.charge(since, |s| &mut s.recording);
        }
    }

    fn place(vm: &Vm, code: CodeId, line: u32) -> String {
        format!("{}:{}", vm.code(code).code.filename, line)
    }

    /// Whether no more traces fit: too many, or too much machine code.
    fn full(&self) -> bool {
        self.traces.len() >= params::MAX_TRACES || self.area.size() > params::MAX_MCODE
    }

    /// Drops every trace, as LuaJIT flushes its trace cache: the machine
    /// code, the exits, the loops' counts and blacklists, and the objects
    /// the traces kept alive. Loops and function entries count afresh.
    /// Only between traces: nothing records and no trace is on the stack
    /// (the interpreter calls the hook only from its own loop, and a
    /// trace calls no built-in that runs script code).
    fn drop_traces(&mut self, vm: &mut Vm) {
        let Ok(area) = CodeArea::new() else {
            return;
        };
        for t in &self.traces {
            match t.kind {
                TraceKind::Root { code, loop_id } => vm.set_loop_trace(code, loop_id, None),
                TraceKind::Entry { code } => vm.set_entry_trace(code, None),
                TraceKind::Side { .. } => {}
            }
        }
        self.log(format!(
            "[FLUSH {} traces, {} bytes of machine code]",
            self.traces.len(),
            self.area.size()
        ));
        self.area = area;
        self.traces.clear();
        self.exits.clear();
        self.loops.clear();
        self.recursive.clear();
        self.max_inline = 0;
        vm.clear_jit_roots();
    }

    /// The VM freed these codes and will give their ids to new ones: what
    /// was counted against them (aborts, blacklisting, recursion) must
    /// not carry over. No trace names them (`Vm::pin_code_for_jit`).
    fn forget_freed_codes(&mut self, vm: &mut Vm) {
        let freed = vm.take_freed_codes();
        if freed.is_empty() {
            return;
        }
        self.loops.retain(|(code, _), _| !freed.contains(code));
        self.recursive.retain(|code| !freed.contains(code));
    }

    /// Loops that recordings unroll (`LoopRecord::short`).
    fn short_loops(&self) -> Vec<(CodeId, u32)> {
        (self.loops.iter())
            .filter(|(_, l)| l.short)
            .map(|(&key, _)| key)
            .collect()
    }

    /// Functions whose entry traces were given up on (blacklisted).
    fn entries_given_up(&self) -> Vec<CodeId> {
        (self.loops.iter())
            .filter(|(&(_, id), l)| id == ENTRY && l.blacklisted)
            .map(|(&(code, _), _)| code)
            .collect()
    }

    fn aborted(&mut self, vm: &Vm, rec: Recorder, why: &Abort) {
        self.stats.aborts += 1;
        self.stats.last_abort = Some(why.to_string());
        let start_line = vm.code(rec.start_code).code.lines[rec.start_pc];
        let at = Self::place(vm, rec.line_code, rec.line);
        let counted = match rec.kind {
            TraceKind::Root { code, loop_id } => Some((code, loop_id, "loop")),
            TraceKind::Entry { code } => Some((code, ENTRY, "function")),
            TraceKind::Side { .. } => None,
        };
        match rec.kind {
            TraceKind::Root { .. } | TraceKind::Entry { .. } => {
                let (code, loop_id, what) = counted.expect("a loop or an entry");
                let entry = self.loops.entry((code, loop_id)).or_default();
                entry.aborts += 1;
                entry.last_why = Some(why.to_string());
                let aborts = entry.aborts;
                if aborts >= params::MAX_ABORTS {
                    entry.blacklisted = true;
                }
                self.log(format!(
                    "[TRACE --- {} -- {why} at {at}]",
                    Self::place(vm, code, start_line)
                ));
                if aborts >= params::MAX_ABORTS {
                    self.stats.blacklisted += 1;
                    self.log(format!(
                        "[BLACKLIST {} -- {what} stays interpreted after {aborts} aborts; last: {why}]",
                        Self::place(vm, code, start_line)
                    ));
                }
            }
            TraceKind::Side { parent, exit, .. } => {
                let local = self.exits[exit as usize].local;
                self.exits[exit as usize].tries += 1;
                self.log(format!(
                    "[TRACE --- ({parent}/{local}) {} -- {why} at {at}]",
                    Self::place(vm, rec.start_code, start_line)
                ));
            }
        }
    }

    /// The countdown to the next attempt at a loop.
    fn penalty(&self, code: CodeId, loop_id: u32) -> u32 {
        match self.loops.get(&(code, loop_id)) {
            Some(l) if l.blacklisted => u32::MAX,
            Some(l) => params::FIRST_PENALTY.saturating_mul(1 << l.aborts.min(20)),
            None => params::FIRST_PENALTY,
        }
    }

    /// Optimizes, compiles and installs a finished recording.
    fn install(&mut self, vm: &mut Vm, mut rec: Recorder, ending: Ending) -> Result<(), String> {
        rec.check_snapshots().map_err(|why| why.to_string())?;
        if self.area.size() > params::MAX_MCODE {
            return Err("machine code area full".into());
        }
        let mut ir = std::mem::take(&mut rec.ir);
        let id = self.traces.len() as u32;
        if self.options.dump_passes {
            let filename = vm.code(rec.start_code).code.filename.to_string();
            let source = |line| dump::source_line(&vm.code(rec.start_code).code, line);
            opt::optimize_watched(&mut ir, &mut |pass, ir| {
                let listing = dump::ir_listing(vm, ir, &filename, &source, &vec![None; ir.ins.len()]);
                let when = match pass {
                    "recording" => "as recorded".to_string(),
                    pass => format!("after {pass}"),
                };
                eprint!("---- TRACE {id} IR {when}\n{listing}");
            })?;
        } else {
            opt::optimize(&mut ir)?;
        }
        // Objects the code names by address must never be freed (another
        // object could then be made at that address and pass the guards).
        for o in ir.objects_named(0) {
            // SAFETY: the recorder took these addresses from live objects,
            // and nothing has collected since (recording and compiling
            // happen between two instructions).
            vm.add_jit_root(Value::Obj(unsafe { ObjRef::from_addr(o) }));
        }
        let first_exit = self.exits.len() as u32;
        let kind_code = match rec.kind {
            TraceKind::Root { code, .. } | TraceKind::Entry { code } => Some(code),
            TraceKind::Side { .. } => None,
        };
        let tails: Vec<_> = self.traces.iter().map(|t| t.compiled.tail).collect();
        let starts: Vec<_> = self.traces.iter().map(|t| t.compiled.start).collect();
        let entry_snap = match rec.kind {
            TraceKind::Root { .. } => Some(Recorder::ENTRY_SNAPSHOT),
            TraceKind::Side { .. } | TraceKind::Entry { .. } => None,
        };
        let labels = x64::TraceLabels {
            start: &|t| starts[t as usize],
            tail: &|t| tails[t as usize],
        };
        let compiled = x64::compile(&mut self.area, &ir, first_exit, entry_snap, &labels)?;
        for code in ir.codes_named().into_iter().chain(kind_code).chain([rec.start_code]) {
            vm.pin_code_for_jit(code);
        }
        for k in 0..compiled.exits.len() {
            self.exits.push(ExitRecord {
                trace: id,
                local: k as u32,
                count: 0,
                tries: 0,
                defers: 0,
                retry_at: 0,
                side: None,
                seen: None,
            });
        }
        self.max_inline = self.max_inline.max(rec.max_inline);
        let start_line = vm.code(rec.start_code).code.lines[rec.start_pc];
        let size = compiled.code_end - compiled.code_start;
        let link = match ending {
            Ending::Loop => "loop".to_string(),
            Ending::Link(t) => format!("-> {t}"),
            Ending::Handoff => "-> interpreter".to_string(),
            Ending::CallEntry(crate::ir::SELF_TRACE) => format!("-> call {id}"),
            Ending::CallEntry(t) => format!("-> call {t}"),
        };
        match rec.kind {
            TraceKind::Root { code, loop_id } => {
                self.stats.traces += 1;
                vm.set_loop_trace(code, loop_id, Some(id));
                self.log(format!(
                    "[TRACE {id:3} {} {link}] {} IR, {} exits, {size} bytes",
                    Self::place(vm, code, start_line),
                    ir.ins.len(),
                    compiled.exits.len()
                ));
            }
            TraceKind::Entry { code } => {
                self.stats.traces += 1;
                vm.set_entry_trace(code, Some(id));
                self.log(format!(
                    "[TRACE {id:3} {} entry {link}] {} IR, {} exits, {size} bytes",
                    Self::place(vm, code, start_line),
                    ir.ins.len(),
                    compiled.exits.len()
                ));
            }
            TraceKind::Side { parent, exit, root } => {
                self.stats.side_traces += 1;
                self.traces[root as usize].sides += 1;
                let record = &mut self.exits[exit as usize];
                record.side = Some(id);
                let local = record.local;
                let jump_at = self.traces[parent as usize].compiled.exits[local as usize].jump_at;
                self.area.patch_exit(jump_at, compiled.start);
                self.log(format!(
                    "[TRACE {id:3} ({parent}/{local}) {} {link}] {} IR, {} exits, {size} bytes",
                    Self::place(vm, rec.start_code, start_line),
                    ir.ins.len(),
                    compiled.exits.len()
                ));
            }
        }
        if self.options.dump {
            self.dump(vm, id, rec.start_code, &ir, &compiled);
        }
        self.traces.push(Trace {
            kind: rec.kind,
            ir,
            compiled,
            sides: 0,
        });
        Ok(())
    }

    fn dump(&self, vm: &Vm, id: u32, code: CodeId, ir: &IrBuf, compiled: &CompiledTrace) {
        let code = &vm.code(code).code;
        let filename = code.filename.to_string();
        let mut out = format!("---- TRACE {id} IR\n");
        let exit_of = exit_numbers(ir, compiled);
        out.push_str(&dump::ir_listing(
            vm,
            ir,
            &filename,
            &|line| dump::source_line(code, line),
            &exit_of,
        ));
        let rows = self.asm_rows(ir, compiled);
        out.push_str(&format!(
            "---- TRACE {id} mcode {} bytes\n",
            compiled.code_end - compiled.code_start
        ));
        let mut shown = None;
        for row in rows {
            if let Some(i) = row.ir.filter(|_| row.ir != shown) {
                shown = row.ir;
                let i = i as usize;
                out.push_str(&format!("; {}\n", dump::ins_text(vm, ir, i, exit_of[i])));
            }
            out.push_str(&row.text);
            out.push('\n');
        }
        eprint!("{out}");
    }

    /// A trace's machine code, one row per instruction (and per exit
    /// label), each tied to the IR instruction it implements and that
    /// instruction's source line; an exit stub belongs to its guard.
    fn asm_rows(&self, ir: &IrBuf, compiled: &CompiledTrace) -> Vec<Row> {
        let (bytes, _) = self.area.bytes(compiled.code_start, compiled.code_end);
        let line_of = |g: Option<u32>| g.map_or(0, |g| ir.ins[g as usize].line);
        let mut stubs: Vec<(usize, u32)> = (compiled.exits.iter().enumerate())
            .map(|(k, e)| (e.stub_at - compiled.code_start, k as u32))
            .collect();
        stubs.sort_unstable();
        let labels: Vec<(usize, String)> = (stubs.iter())
            .map(|&(at, k)| {
                let guard = compiled.exits[k as usize].guard;
                let line = guard.map_or("loop header".to_string(), |g| format!("line {}", line_of(Some(g))));
                (at, format!("exit {k} ({line})"))
            })
            .collect();
        let first_stub = stubs.first().map_or(usize::MAX, |s| s.0);
        dump::disassemble_rows(&bytes, &labels)
            .into_iter()
            .map(|(at, text)| {
                let ir_index = if at < first_stub {
                    let k = compiled.ins_at.partition_point(|&(_, o)| o - compiled.code_start <= at);
                    k.checked_sub(1).map(|k| compiled.ins_at[k].0)
                } else {
                    let k = stubs.partition_point(|&(o, _)| o <= at);
                    k.checked_sub(1).and_then(|k| compiled.exits[stubs[k].1 as usize].guard)
                };
                Row {
                    line: line_of(ir_index),
                    ir: ir_index,
                    text,
                }
            })
            .collect()
    }
}

impl Jit {
    /// The line of a loop's header, or of a function's first instruction.
    fn loop_line(vm: &Vm, code: CodeId, loop_id: u32) -> u32 {
        let c = &vm.code(code).code;
        if loop_id == ENTRY {
            return c.lines.first().copied().unwrap_or(c.first_line);
        }
        let pc = c.instrs.iter().position(|i| i.op == Opcode::Loop && i.arg == loop_id);
        pc.map_or(c.first_line, |pc| c.lines[pc])
    }

    /// Every loop and function that became hot, in source order, with
    /// what became of it.
    fn loop_reports(&self, vm: &Vm) -> Vec<LoopReport> {
        let mut keys: Vec<(CodeId, u32)> = self.loops.keys().copied().collect();
        for t in &self.traces {
            match t.kind {
                TraceKind::Root { code, loop_id } => keys.push((code, loop_id)),
                TraceKind::Entry { code } => keys.push((code, ENTRY)),
                TraceKind::Side { .. } => {}
            }
        }
        keys.sort_by_key(|&(code, id)| (Self::loop_line(vm, code, id), code.0, id));
        keys.dedup();
        (keys.into_iter())
            .map(|(code, loop_id)| {
                let is_function = loop_id == ENTRY;
                let trace = if is_function {
                    vm.entry_trace(code)
                } else {
                    vm.loop_trace(code, loop_id)
                };
                let record = self.loops.get(&(code, loop_id));
                let aborts = record.map_or(0, |r| r.aborts);
                let blacklisted = record.is_some_and(|r| r.blacklisted);
                let last_abort = record.and_then(|r| r.last_why.clone());
                let last = last_abort.as_deref().unwrap_or("no reason was kept");
                let status = match trace {
                    Some(t) => match self.traces[t as usize].sides {
                        0 => format!("compiled as trace {t}"),
                        1 => format!("compiled as trace {t}, with 1 side trace"),
                        n => format!("compiled as trace {t}, with {n} side traces"),
                    },
                    None if blacklisted => {
                        format!("not compiled: given up after {aborts} failed recordings; the last one: {last}")
                    }
                    None if aborts > 0 => format!("not compiled yet: {aborts} failed recordings; the last one: {last}"),
                    None if record.is_some_and(|r| r.defers > 0) => format!(
                        "not compiled: its recording was put off ({}) and not tried again before the run ended; the last time: {last}",
                        times(record.map_or(0, |r| r.defers))
                    ),
                    None => "hot, but not recorded yet".to_string(),
                };
                LoopReport {
                    code,
                    function: vm.code(code).code.qualname.to_string(),
                    line: Self::loop_line(vm, code, loop_id),
                    is_function,
                    trace,
                    aborts,
                    blacklisted,
                    last_abort,
                    status,
                }
            })
            .collect()
    }

    /// What became of an exit, in words.
    fn exit_fate(&self, e: &ExitRecord, guard: Option<&Op>) -> String {
        match (e.side, guard) {
            (Some(s), _) => format!("grew side trace {s}"),
            _ if e.count == 0 => "never taken".into(),
            (None, Some(Op::Handoff)) => "taken every time by design: no side trace grows here".into(),
            _ if e.count < params::HOT_EXIT => format!(
                "taken too rarely for a side trace (one grows after {} exits)",
                params::HOT_EXIT
            ),
            _ if e.tries >= params::TRY_SIDE => format!("no side trace: all {} recordings failed", e.tries),
            _ if e.tries > 0 => format!("no side trace yet: {} recordings failed", e.tries),
            _ => "no side trace: the trace tree had no room, or the exit was not worth one".into(),
        }
    }

    fn trace_report(&self, vm: &Vm, id: u32) -> TraceReport {
        let t = &self.traces[id as usize];
        let ir = &t.ir;
        let c = &t.compiled;
        let exit_of = exit_numbers(ir, c);
        let (code, line) = match t.kind {
            TraceKind::Root { code, loop_id } => (code, Self::loop_line(vm, code, loop_id)),
            TraceKind::Entry { code } => (code, Self::loop_line(vm, code, ENTRY)),
            TraceKind::Side { .. } => {
                // Where it starts: the innermost frame of its first snapshot
                // (an inlined call's, for an exit inside one).
                let snap = &ir.snaps[ir.ins.iter().find_map(|i| i.snap).unwrap_or(0) as usize];
                let code = snap.frames.last().map_or(snap.code, |f| f.code);
                (code, ir.ins.first().map_or(0, |i| i.line))
            }
        };
        let function = vm.code(code).code.qualname.to_string();
        let what = match t.kind {
            TraceKind::Root { .. } => format!("the loop at line {line} in {function}"),
            TraceKind::Entry { .. } => format!("the entry of {function}(): its calls run this trace"),
            TraceKind::Side { parent, exit, .. } => {
                format!(
                    "a side trace from exit {} of trace {parent}",
                    self.exits[exit as usize].local
                )
            }
        };
        let ends = match ir.ins.last().map(|i| i.op) {
            Some(Op::LoopBack) => "loops back to its own start".to_string(),
            Some(Op::Link(to)) => format!("continues in trace {to}"),
            Some(Op::CallEntry(_, crate::ir::SELF_TRACE)) => "calls its own function: recursion runs this trace".into(),
            Some(Op::CallEntry(_, to)) => format!("makes a call that runs trace {to}"),
            Some(Op::Handoff) => "hands over to the interpreter".into(),
            _ => "exits".into(),
        };
        let ir_rows = (0..ir.ins.len())
            .map(|i| Row {
                line: ir.ins[i].line,
                ir: Some(i as u32),
                text: dump::ins_text(vm, ir, i, exit_of[i]),
            })
            .collect();
        let exits = (self.exits.iter())
            .filter(|e| e.trace == id)
            .map(|e| {
                let ce = &c.exits[e.local as usize];
                let guard = ce.guard.map(Ref);
                let line = guard.map_or(line, |g| ir.ins[g.0 as usize].line);
                ExitReport {
                    number: e.local,
                    line,
                    guard: guard.map_or_else(
                        || "the loop header's check: the budget is not spent, no interrupt or collection is due".into(),
                        |g| words::guard_words(vm, ir, g),
                    ),
                    taken: e.count,
                    why: (e.count > 0).then(|| words::exit_words(vm, ir, guard, e.seen)),
                    fate: self.exit_fate(e, guard.map(|g| &ir.ins[g.0 as usize].op)),
                }
            })
            .collect();
        TraceReport {
            id,
            code,
            line,
            what,
            ends,
            ir: ir_rows,
            asm: self.asm_rows(ir, c),
            exits,
            bytes: c.code_end - c.code_start,
        }
    }
}

/// "once", "3 times".
fn times(n: u32) -> String {
    match n {
        1 => "once".into(),
        n => format!("{n} times"),
    }
}

/// For each IR instruction, the exit its guard takes (by the trace's own
/// numbering), if it is a guard.
fn exit_numbers(ir: &IrBuf, compiled: &CompiledTrace) -> Vec<Option<u32>> {
    let mut exit_of = vec![None; ir.ins.len()];
    for (k, e) in compiled.exits.iter().enumerate() {
        if let Some(g) = e.guard {
            exit_of[g as usize].get_or_insert(k as u32);
        }
    }
    exit_of
}

impl JitHook for Jit {
    fn threshold(&self) -> u32 {
        self.options.threshold
    }

    fn loop_hot(&mut self, vm: &mut Vm, code: CodeId, loop_id: u32, pc: usize) -> HotLoop {
        self.forget_freed_codes(vm);
        if self.recorder.is_none() && self.full() {
            self.drop_traces(vm);
        }
        let blacklisted = self.loops.get(&(code, loop_id)).is_some_and(|l| l.blacklisted);
        if blacklisted || self.full() || self.recorder.is_some() {
            return HotLoop::Wait(self.penalty(code, loop_id));
        }
        if vm.is_prelude(code) && vm.code(code).code.locals.generator {
            // The loop of a `map`, `filter`, `enumerate` or `zip` the
            // prelude steps (`Face`): it runs
            // compiled inside the loop that steps it, and a trace of its
            // own would abort at its `yield` (`Abort::GeneratorOwnLoop`).
            // Not the script's loop, so not in its reports either.
            return HotLoop::Wait(u32::MAX);
        }
        if Recorder::loop_ends_now(vm, pc) {
            // This iteration leaves the loop: record the next time round
            // (no penalty: nothing went wrong). A loop met at its end is
            // likely a short one (a `for` over a set of none or one item),
            // which recordings of the code around it unroll.
            self.loops.entry((code, loop_id)).or_default().short = true;
            return HotLoop::Wait(1);
        }
        let line = vm.code(code).code.lines[pc - 1];
        self.log(format!("[TRACE start {}]", Self::place(vm, code, line)));
        let mut rec = Recorder::new(vm, TraceKind::Root { code, loop_id }, pc - 1, pc, &[]);
        rec.entries_given_up = self.entries_given_up();
        rec.short_loops = self.short_loops();
        rec.known_recursive = self.recursive.clone();
        rec.may_leave = self
            .loops
            .get(&(code, loop_id))
            .is_some_and(|l| l.defers >= params::LEAVING_DEFERS);
        self.recorder = Some(rec);
        if self.options.explain {
            self.recording_since = Some(Instant::now());
        }
        HotLoop::Record
    }

    fn function_hot(&mut self, vm: &mut Vm, code: CodeId) -> HotLoop {
        self.forget_freed_codes(vm);
        if self.recorder.is_none() && self.full() {
            self.drop_traces(vm);
        }
        let blacklisted = self.loops.get(&(code, ENTRY)).is_some_and(|l| l.blacklisted);
        if blacklisted || self.full() || self.recorder.is_some() {
            return HotLoop::Wait(self.penalty(code, ENTRY));
        }
        let line = vm.code(code).code.lines[0];
        self.log(format!("[TRACE start {} entry]", Self::place(vm, code, line)));
        let mut rec = Recorder::new(vm, TraceKind::Entry { code }, 0, 0, &[]);
        rec.entries_given_up = self.entries_given_up();
        rec.short_loops = self.short_loops();
        rec.known_recursive = self.recursive.clone();
        self.recorder = Some(rec);
        if self.options.explain {
            self.recording_since = Some(Instant::now());
        }
        HotLoop::Record
    }

    fn record(&mut self, vm: &mut Vm, pc: usize) -> bool {
        let Some(rec) = self.recorder.as_mut() else {
            return false;
        };
        let step = rec.step(vm, pc);
        for code in std::mem::take(&mut rec.found_recursive) {
            if !self.recursive.contains(&code) {
                self.recursive.push(code);
            }
        }
        match step {
            Step::Continue => true,
            Step::Abort(why) => {
                let rec = self.recorder.take().expect("recording");
                self.recording_over();
                self.after_abort(vm, rec, &why);
                false
            }
            Step::Defer { why, inner, left } => {
                let rec = self.recorder.take().expect("recording");
                self.recording_over();
                if let (true, TraceKind::Root { code, loop_id }) = (left, rec.kind) {
                    self.loops.entry((code, loop_id)).or_default().short = true;
                }
                self.deferred(vm, rec, &why, inner);
                false
            }
            Step::Close(ending) => {
                let rec = self.recorder.take().expect("recording");
                self.recording_over();
                let kind = rec.kind;
                let compiling = Instant::now();
                let installed = self.install(vm, rec, ending);
                if self.options.explain {
                    self.charge(compiling, |s| &mut s.compiling);
                }
                if let Err(why) = installed {
                    // The recording is gone; count the failure like an abort.
                    self.stats.aborts += 1;
                    self.stats.last_abort = Some(format!("compiling failed: {why}"));
                    self.log(format!("[TRACE --- compiling failed: {why}]"));
                    match kind {
                        TraceKind::Root { code, loop_id } => self.loops.entry((code, loop_id)).or_default().aborts += 1,
                        TraceKind::Entry { code } => self.loops.entry((code, ENTRY)).or_default().aborts += 1,
                        // A side trace's exit tries a limited number of
                        // times, whether recording or compiling failed.
                        TraceKind::Side { exit, .. } => self.exits[exit as usize].tries += 1,
                    }
                }
                false
            }
        }
    }

    fn raised(&mut self, vm: &mut Vm, e: &rumba_vm::error::PyError) -> bool {
        self.recorder.as_mut().is_some_and(|rec| rec.caught(vm, e))
    }

    fn abandon(&mut self, vm: &mut Vm, why: &str) {
        if let Some(rec) = self.recorder.take() {
            self.recording_over();
            self.after_abort(vm, rec, &Abort::Interpreter(why.to_string()));
        }
    }

    fn run_trace(&mut self, vm: &mut Vm, trace: u32) -> TraceRun {
        if vm.frames().len() + self.max_inline + 1 >= vm.limits.max_frames {
            // Too close to the recursion limit for the trace's inlined
            // calls: the interpreter raises at the right place instead.
            return TraceRun::Resume;
        }
        if exit::interrupted(&self.ctx) {
            return TraceRun::Resume;
        }
        let root_base = vm.frames().last().expect("a running frame").base;
        // Short of room under the heap limit, the interpreter goes on and
        // raises the MemoryError where the script needs the memory.
        let Some(stack) = vm.stack_reserve(params::MAX_TRACE_SLOTS + params::MAX_VIRTUAL_SLOTS) else {
            return TraceRun::Resume;
        };
        // SAFETY: root_base is within the stack (it is a frame's base), so
        // the offset stays inside the allocation.
        let base = unsafe { stack.add(root_base) } as *mut u8;
        let ctx: *mut Ctx = &mut *self.ctx;
        self.ctx.budget = vm.limits.budget.unwrap_or(u64::MAX);
        self.ctx.stop = false;
        self.ctx.set_ticks(vm.ticks.get(), 0);
        self.ctx.interrupt = Arc::as_ptr(&vm.interrupt);
        self.ctx.globals = vm.globals_ptr();
        vm.hold_collections(true);
        self.ctx.vm = vm as *mut Vm;
        let start = self.traces[trace as usize].compiled.start;
        // SAFETY: the context was just set up for this VM; base points at
        // the top frame's slots with MAX_TRACE_SLOTS reserved above the
        // stack's top; the trace was compiled for a loop of this frame's
        // code. `vm` is not used until the trace returns.
        let entered = self.options.explain.then(Instant::now);
        let exit_id = unsafe { self.area.run(ctx, base, start) };
        if let Some(entered) = entered {
            self.charge(entered, |s| &mut s.compiled);
            let slice = (self.began.elapsed().as_nanos() / (TIMELINE_SLICE * 1e9) as u128) as usize;
            if let Some(s) = self.timeline.get_mut(slice) {
                s.exits += 1;
            }
        }
        vm.hold_collections(false);
        self.ctx.vm = std::ptr::null_mut();
        vm.ticks.set(self.ctx.ticks());
        let watching = self.watching();
        let record = &mut self.exits[exit_id as usize];
        record.count += 1;
        self.stats.exits += 1;
        let (owner, local, count) = (record.trace, record.local, record.count);
        let t = &self.traces[owner as usize];
        let ce = &t.compiled.exits[local as usize];
        let snap = &t.ir.snaps[ce.snap as usize];
        if snap.redoes_operator {
            // The interpreter redoes the whole operator, and with it what
            // built-ins inside it charged.
            vm.ticks.set(self.ctx.operator_ticks);
        }
        // The trace may have made calls and returns of its own: the exit's
        // slots count from the base of the frame on top now, where its
        // frame pointer was (`enter_call` and `leave_call` keep the two
        // together).
        let exit_base = vm.frames().last().expect("a running frame").base;
        // SAFETY: the exit stub wrote every slot of the snapshot (the
        // recorder put every slot above the height its frame had when the
        // trace entered or reached it in it) and the items of its virtual
        // tuples, from that frame's base; all of it is within the capacity
        // reserved above that frame's top (at entry, or by `enter_call`).
        unsafe { exit::restore(vm, exit_base, snap, &ce.virtuals) };
        if watching {
            let watched = ce.guard.and_then(|g| words::guarded_slot(&t.ir, Ref(g)));
            let value = match watched {
                Some(Watched::Slot(n)) => vm.stack().get(exit_base + n as usize).copied(),
                Some(Watched::Global(g)) => Some(vm.global(g)),
                None => None,
            };
            record.seen = value.map(|v| vm.type_name(v));
        }
        let root = match t.kind {
            TraceKind::Root { .. } | TraceKind::Entry { .. } => owner,
            TraceKind::Side { root, .. } => root,
        };
        // A handoff is taken every time, to let the interpreter make a
        // frame or count a loop; only one at a loop header of the trace's
        // own frame that has a trace now is worth a side trace (which
        // links to that trace at once).
        let mut handoff_linkable = || {
            // The pc is the innermost frame's (an exit inside an inlined
            // call names its frames).
            let code = snap.frames.last().map_or(snap.code, |f| f.code);
            let ins = vm.code(code).code.instrs[snap.pc as usize];
            match ins.op {
                // Inside an inlined call, a handoff at a loop makes that
                // call's frames to run the loop: a side trace would hand
                // off again. (A call, a side trace makes through the
                // callee's entry trace.)
                Opcode::Loop => snap.frames.is_empty() && vm.loop_trace(code, ins.arg).is_some(),
                Opcode::Call => {
                    // The exit restored the stack up to the call: the
                    // callee sits below its arguments.
                    let stack = vm.stack();
                    let Some(at) = stack.len().checked_sub(ins.arg as usize + 1) else {
                        return false;
                    };
                    let callee = match stack[at].as_obj() {
                        // A built-in given a generator: its Python version
                        // is called (`Recorder::consumer_entry`).
                        Some(r) if vm.heap.kind(r) != rumba_vm::object::Kind::Function => {
                            let given = stack[at + 1..].to_vec();
                            vm.consumer_call(r, &given, false).and_then(|(f, _)| f.as_obj())
                        }
                        callee => callee,
                    };
                    match callee.map(|r| vm.heap.get(r)) {
                        Some(Obj::Function(f)) => vm.entry_trace(f.code).is_some(),
                        _ => false,
                    }
                }
                Opcode::CallKw => {
                    // The names sit above the arguments; `min(xs, key=f)`
                    // calls the keyed search's Python version.
                    let stack = vm.stack();
                    let argc = ins.arg as usize;
                    let Some(at) = stack.len().checked_sub(argc + 2) else {
                        return false;
                    };
                    let names = stack[stack.len() - 1];
                    let callee = match stack[at].as_obj() {
                        Some(r) if vm.heap.kind(r) != rumba_vm::object::Kind::Function => {
                            let given = stack[at + 1..at + 1 + argc].to_vec();
                            vm.key_consumer_call(r, &given, names)
                                .and_then(|call| call.function.as_obj())
                        }
                        callee => callee,
                    };
                    match callee.map(|r| vm.heap.get(r)) {
                        Some(Obj::Function(f)) => vm.entry_trace(f.code).is_some(),
                        _ => false,
                    }
                }
                Opcode::CallMethod => {
                    // An instance's method: the receiver sits below the
                    // arguments.
                    let (argc, name) = ((ins.arg & 0xff) as usize, (ins.arg >> 8) as usize);
                    let stack = vm.stack();
                    let receiver = stack.len().checked_sub(argc + 1).and_then(|i| stack[i].as_obj());
                    let name = vm.code(code).names[name];
                    let plan = receiver.and_then(|r| vm.instance_attr_for_jit(r, name));
                    match plan.map(|p| p.found) {
                        Some(AttrFound::Function(f)) => match f.as_obj().map(|r| vm.heap.get(r)) {
                            Some(Obj::Function(f)) => vm.entry_trace(f.code).is_some(),
                            _ => false,
                        },
                        _ => false,
                    }
                }
                _ => false,
            }
        };
        // A tick's exit is taken when a collection is due (or the run is
        // about to stop): the path goes on as recorded, and a side trace
        // from it would only copy the rest of its parent, whose own tick
        // exits would grow copies in turn (a ray tracer that allocates
        // made chains of them until its trees were full).
        let path_leaves = |op: Op| !matches!(op, Op::Tick | Op::Ticks(_) | Op::LoopStart | Op::LoopBack);
        let wants_side = count >= params::HOT_EXIT
            && ce.guard.is_some_and(|g| {
                let op = t.ir.ins[g as usize].op;
                path_leaves(op) && (op != Op::Handoff || handoff_linkable())
            })
            && record.side.is_none()
            && record.tries < params::TRY_SIDE
            && self.traces[root as usize].sides < params::MAX_SIDE
            && self.traces.len() < params::MAX_TRACES
            && self.recorder.is_none();
        // After a failed attempt, wait as many exits again before retrying.
        if wants_side && count >= params::HOT_EXIT * (record.tries + 1) && count >= record.retry_at {
            let pc = snap.pc as usize;
            let code = snap.frames.last().map_or(snap.code, |f| f.code);
            self.log(format!(
                "[TRACE start ({owner}/{local}) {}]",
                Self::place(vm, code, vm.code(code).code.lines[pc])
            ));
            let kind = TraceKind::Side {
                parent: owner,
                exit: exit_id,
                root,
            };
            let virtuals = ce.virtuals.clone();
            let inlined = snap.frames.clone();
            let redoes_operator = snap.redoes_operator;
            self.forget_freed_codes(vm);
            let mut rec = Recorder::new(vm, kind, pc, pc, &inlined);
            if redoes_operator {
                rec.rewind_ticks();
            }
            rec.entries_given_up = self.entries_given_up();
            rec.short_loops = self.short_loops();
            rec.known_recursive = self.recursive.clone();
            // The patched exit jumps into the side trace with the stub's
            // writes only: the tuples it keeps virtual are never made.
            rec.assume_virtuals(vm, &virtuals);
            self.recorder = Some(rec);
            if self.options.explain {
                self.recording_since = Some(Instant::now());
            }
            return TraceRun::ResumeRecording;
        }
        TraceRun::Resume
    }

    fn flush(&mut self, vm: &mut Vm) {
        // A recording in progress refers to traces; the host flushes
        // between runs, when none is.
        if self.recorder.is_none() {
            self.drop_traces(vm);
        }
    }

    /// The counters, then (after any abort) the last abort's reason: the
    /// line stays one line of `name=value` counters for scripts to read.
    fn stats_line(&self) -> String {
        let counters = format!(
            "jit-stats: traces={} side_traces={} aborts={} blacklisted={} exits={}",
            self.stats.traces, self.stats.side_traces, self.stats.aborts, self.stats.blacklisted, self.stats.exits
        );
        match &self.stats.last_abort {
            Some(why) => format!("{counters} last_abort: {why}"),
            None => counters,
        }
    }

    fn report(&self, vm: &Vm) -> JitReport {
        JitReport {
            loops: self.loop_reports(vm),
            traces: (0..self.traces.len() as u32)
                .map(|id| self.trace_report(vm, id))
                .collect(),
            events: self.events.borrow().clone(),
            timeline: self.timeline.clone(),
        }
    }

    fn finish(&mut self, vm: &Vm) {
        if !self.options.log {
            return;
        }
        for (id, e) in self.exits.iter().enumerate() {
            if e.count == 0 {
                continue;
            }
            let t = &self.traces[e.trace as usize];
            let ce = &t.compiled.exits[e.local as usize];
            let snap = &t.ir.snaps[ce.snap as usize];
            // The place is in the innermost frame the exit resumes (an
            // inlined call's), both its file and its line.
            let code = snap.frames.last().map_or(snap.code, |f| f.code);
            let line = match ce.guard {
                Some(g) => t.ir.ins[g as usize].line,
                None => vm.code(code).code.lines[snap.pc as usize],
            };
            let side = e.side.map(|s| format!(", side trace {s}")).unwrap_or_default();
            let why = words::exit_words(vm, &t.ir, ce.guard.map(Ref), e.seen);
            self.log(format!(
                "[EXIT {}/{} {} taken {} times{side}] (exit #{id}) {why}",
                e.trace,
                e.local,
                Self::place(vm, code, line),
                e.count
            ));
        }
        for l in self.loop_reports(vm) {
            let what = if l.is_function {
                format!("function {}()", l.function)
            } else {
                format!("loop in {}", l.function)
            };
            self.log(format!(
                "[SUMMARY {} {what}: {}]",
                Self::place(vm, l.code, l.line),
                l.status
            ));
        }
    }
}

impl Jit {
    /// A root recording met a loop header that will soon be out of the
    /// way: retry after a short wait instead of the doubling penalty. The
    /// wait varies from one attempt to the next, so retries do not stay in
    /// step with a pattern in the data (an inner loop that breaks out on
    /// every third iteration); it is computed from the loop and the attempt
    /// number, never drawn at random, so JIT runs stay reproducible.
    fn deferred(&mut self, vm: &mut Vm, rec: Recorder, why: &str, inner: Option<(CodeId, u32)>) {
        if inner.is_some_and(|l| self.loops.get(&l).is_some_and(|l| l.blacklisted)) {
            return self.after_abort(vm, rec, &Abort::InnerLoopBlacklisted);
        }
        let (code, loop_id) = match rec.kind {
            TraceKind::Root { code, loop_id } => (code, loop_id),
            TraceKind::Side { parent, exit, .. } => {
                let record = &mut self.exits[exit as usize];
                if record.defers >= params::MAX_DEFERS {
                    return self.after_abort(vm, rec, &Abort::Deferred(why.to_string()));
                }
                record.defers += 1;
                // Wait for as many exits again as a loop waits for
                // iterations (the inner loop counts toward its trace
                // meanwhile).
                record.retry_at = record.count.saturating_add(params::FIRST_PENALTY);
                let (local, defers) = (record.local, record.defers);
                self.stats.aborts += 1;
                self.stats.last_abort = Some(why.to_string());
                let start_line = vm.code(rec.start_code).code.lines[rec.start_pc];
                self.log(format!(
                    "[TRACE --- ({parent}/{local}) {} -- {why} at {}; retry {defers} of {}]",
                    Self::place(vm, rec.start_code, start_line),
                    Self::place(vm, rec.line_code, rec.line),
                    params::MAX_DEFERS
                ));
                return;
            }
            // A function's entry waits as a loop does, counted by calls.
            TraceKind::Entry { code } => (code, ENTRY),
        };
        let entry = self.loops.entry((code, loop_id)).or_default();
        if entry.defers >= params::MAX_DEFERS {
            return self.after_abort(vm, rec, &Abort::Deferred(why.to_string()));
        }
        entry.defers += 1;
        entry.last_why = Some(why.to_string());
        let defers = entry.defers;
        self.stats.aborts += 1;
        self.stats.last_abort = Some(why.to_string());
        let start_line = vm.code(code).code.lines[rec.start_pc];
        self.log(format!(
            "[TRACE --- {} -- {why} at {}; retry {defers} of {}]",
            Self::place(vm, code, start_line),
            Self::place(vm, rec.line_code, rec.line),
            params::MAX_DEFERS
        ));
        let mix = (code.0.rotate_left(16) ^ loop_id ^ defers.wrapping_mul(0x9E37_79B9)).wrapping_mul(0x85EB_CA6B);
        let wait = params::FIRST_PENALTY / 2 + (mix >> 16) % params::FIRST_PENALTY;
        if loop_id == ENTRY {
            vm.set_entry_countdown(code, wait);
        } else {
            vm.set_loop_countdown(code, loop_id, wait);
        }
    }

    fn after_abort(&mut self, vm: &mut Vm, rec: Recorder, why: &Abort) {
        match rec.kind {
            TraceKind::Root { code, loop_id } => {
                self.aborted(vm, rec, why);
                let wait = self.penalty(code, loop_id);
                vm.set_loop_countdown(code, loop_id, wait);
            }
            TraceKind::Entry { code } => {
                self.aborted(vm, rec, why);
                let wait = self.penalty(code, ENTRY);
                vm.set_entry_countdown(code, wait);
            }
            TraceKind::Side { .. } => self.aborted(vm, rec, why),
        }
    }
}
