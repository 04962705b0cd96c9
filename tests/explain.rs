//! The teaching face: the `--explain` page, and `--jit-log` /
//! `--jit-dump` in words a learner can read.

use std::path::PathBuf;
use std::process::{Command, Output};

/// The tour's program (docs/tour.md). Lines: 3 (yield) and 11 are
/// compiled (the loop at 10 runs the generator's steps inline), 16-17 run
/// hot but stay interpreted (a `for` over a `filter` of a method of `str`
/// is not compiled); 7 is
/// compiled; 9 runs once; at 14, `x` turns from an int into a float
/// halfway.
const PROGRAM: &str = include_str!("../examples/tour.py");

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("explain");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn rumba(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rumba"))
        .args(args)
        .output()
        .expect("rumba runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The page for `PROGRAM`, and the run's stdout.
fn explained(name: &str) -> (PathBuf, String, String) {
    let script = scratch(&format!("{name}.py"));
    std::fs::write(&script, PROGRAM).unwrap();
    let page = scratch(&format!("{name}.html"));
    let out = rumba(&["--explain", page.to_str().unwrap(), script.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    (page.clone(), std::fs::read_to_string(&page).unwrap(), text(&out.stdout))
}

/// The source row of a line, as the page writes it.
fn source_row(page: &str, line: u32) -> &str {
    let at = page
        .find(&format!("<tr data-line=\"{line}\" "))
        .expect("a row per source line");
    &page[at..at + page[at..].find("</tr>").unwrap()]
}

#[test]
fn explain_page_shows_each_lines_state_loops_traces_and_exits() {
    let (_, page, stdout) = explained("states");
    let plain = rumba(&["-c", PROGRAM]);
    assert_eq!(stdout, text(&plain.stdout), "--explain leaves stdout as it is");
    assert!(
        source_row(&page, 7).contains("data-state=\"compiled\""),
        "{}",
        source_row(&page, 7)
    );
    for line in [3, 11] {
        assert!(
            source_row(&page, line).contains("data-state=\"compiled\""),
            "{}",
            source_row(&page, line)
        );
    }
    assert!(
        source_row(&page, 17).contains("data-state=\"interpreted\""),
        "{}",
        source_row(&page, 17)
    );
    assert!(source_row(&page, 17).contains("a for loop over a filter is not compiled yet"));
    assert!(source_row(&page, 9).contains("data-state=\"cold\""));
    assert!(source_row(&page, 7).contains("data-count=\""));
    // Every trace has its section, its IR and machine code rows tied to lines.
    assert!(page.contains("data-trace=\"0\""));
    assert!(page.contains("<span class=\"row\" data-line=\"7\" data-ir="));
    // Loops with what became of them, in words.
    assert!(page.contains("not compiled: given up after 5 failed recordings"));
    assert!(page.contains("compiled as trace"));
    // The exit where `x` became a float, explained.
    assert!(
        page.contains("global `x` was an int when recorded, now it is a float"),
        "exit reasons"
    );
    // Bytecode rows tied to lines, a timeline, and nothing fetched from elsewhere.
    assert!(page.contains("<pre class=\"dis\">"));
    assert!(page.contains("<svg id=\"timeline\""));
    for outside in ["http://", "https://", " src=", "<link"] {
        assert!(!page.contains(outside), "the page is self-contained: found {outside}");
    }
}

/// A script named by a relative path: its code carries the absolute one
/// (as CPython's frames do), and the page still finds its lines' counts.
#[test]
fn explain_counts_lines_of_a_script_named_relatively() {
    let script = scratch("relative.py");
    std::fs::write(&script, PROGRAM).unwrap();
    let page = scratch("relative.html");
    let out = Command::new(env!("CARGO_BIN_EXE_rumba"))
        .current_dir(script.parent().unwrap())
        .args(["--explain", page.to_str().unwrap(), "relative.py"])
        .output()
        .expect("rumba runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let page = std::fs::read_to_string(page).unwrap();
    assert!(
        source_row(&page, 17).contains("data-count=\"6000\""),
        "{}",
        source_row(&page, 17)
    );
    assert!(source_row(&page, 17).contains("data-state=\"interpreted\""));
}

#[test]
fn explain_compare_times_the_interpreter_too() {
    let script = scratch("compare.py");
    std::fs::write(&script, PROGRAM).unwrap();
    let page = scratch("compare.html");
    let out = rumba(&[
        "--explain",
        page.to_str().unwrap(),
        "--explain-compare",
        script.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let page = std::fs::read_to_string(page).unwrap();
    assert!(page.contains("The same program with <code>--no-jit</code>"));
    // The second run prints nothing: stdout holds one run's output.
    assert_eq!(text(&out.stdout).lines().count(), 1);
}

/// Headless Chromium loads the page and follows a link to a line: every
/// row of that line, in the source, the IR and the machine code, is lit.
/// Skipped, with a note, where Chromium is not installed.
#[test]
fn explain_page_lights_a_lines_rows_in_chromium() {
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"].into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        eprintln!("note: Chromium is not installed; the browser test of --explain is skipped");
        return;
    };
    // Run from the repository as the tour does, so the page (and the
    // screenshot in docs) names examples/tour.py.
    let page_path = scratch("chromium.html");
    let out = Command::new(env!("CARGO_BIN_EXE_rumba"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--explain", page_path.to_str().unwrap(), "examples/tour.py"])
        .output()
        .expect("rumba runs");
    assert_eq!(out.status.code(), Some(0));
    let url = format!("file://{}#line=7", page_path.display());
    let out = Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", &url])
        .output()
        .expect("chromium runs");
    let dom = text(&out.stdout);
    assert!(dom.contains("data-lit=\"7\""), "the script ran: {}", text(&out.stderr));
    let lit_source = dom.contains("<tr data-line=\"7\" data-state=\"compiled\"") && dom.contains("class=\"hl\"");
    assert!(lit_source, "the source row of line 7 is lit");
    let lit_ir = dom.matches("class=\"row hl\" data-line=\"7\" data-ir=").count();
    assert!(lit_ir >= 2, "IR and machine code rows of line 7 are lit ({lit_ir})");
    assert!(!dom.contains("class=\"row hl\" data-line=\"6\""), "only line 7 is lit");
    if std::env::var_os("RUMBA_SCREENSHOT").is_some() {
        let shot = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/explain.png");
        let out = Command::new(chromium)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"])
            .arg(format!("--screenshot={}", shot.display()))
            .arg(&url)
            .output()
            .expect("chromium runs");
        assert!(out.status.success());
    }
}

#[test]
fn jit_log_speaks_plain_words() {
    let out = rumba(&["--jit-log", "--jit-stats", "-c", PROGRAM]);
    let log = text(&out.stderr);
    // What is not compiled, the instruction as `--dis` names it, the
    // receiver's Python type and the line.
    let why = "a for loop over a filter is not compiled yet (FOR_ITER, line 16)";
    assert!(log.contains(why), "{log}");
    let stats = log.lines().last().unwrap();
    assert!(
        stats.starts_with("jit-stats: ") && stats.ends_with(&format!(" last_abort: {why}")),
        "{stats}"
    );
    assert!(
        log.contains("[SUMMARY <string>:10 loop in <module>: compiled as trace 0]"),
        "the loop over the generator compiles: {log}"
    );
    assert!(!log.contains("NYI"), "{log}");
    assert!(
        log.contains("global `x` was an int when recorded, now it is a float"),
        "{log}"
    );
    assert!(log.contains("the condition went the other way"), "{log}");
    assert!(
        log.contains("[SUMMARY <string>:6 loop in work: compiled as trace"),
        "{log}"
    );
    assert!(
        log.contains("[SUMMARY <string>:16 loop in <module>: not compiled: given up after 5 failed recordings"),
        "{log}"
    );
}

#[test]
fn jit_dump_names_slots_and_globals_and_groups_machine_code() {
    let out = rumba(&["--jit-dump", "-c", PROGRAM]);
    let dump = text(&out.stderr);
    assert!(dump.contains("; `t`"), "locals by name");
    assert!(dump.contains("global `x`"), "globals by name");
    assert!(dump.contains(", exit "), "guards carry their exit numbers");
    // The machine code sits under the IR instruction it implements.
    let mcode = &dump[dump.find("mcode").unwrap()..];
    assert!(mcode.lines().nth(1).unwrap().starts_with("; 0000 "), "{mcode}");
    // Jumps to exits are relative to the trace's start.
    assert!(mcode.contains("h  ; ->exit "), "{mcode}");
    assert!(!mcode.contains("00007F"), "no absolute addresses: {mcode}");
}

#[test]
fn jit_dump_passes_shows_the_ir_after_each_optimization() {
    let out = rumba(&["--jit-dump-passes", "-c", PROGRAM]);
    let dump = text(&out.stderr);
    let order = [
        "IR as recorded",
        "IR after fold",
        "IR after cse",
        "IR after guards",
        "IR after peel",
        "TRACE 0 mcode",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|h| dump.find(h).unwrap_or_else(|| panic!("{h}")))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "in pipeline order: {at:?}");
    // Peeling adds the loop body: the IR grows from the recording to the end.
    let recorded = &dump[at[0]..at[1]];
    assert!(!recorded.contains("LOOP    ---"), "not peeled yet");
    assert!(dump[at[4]..at[5]].contains("LOOP    ---"), "peeled");
}

/// The `--jit-log` of `main` run beside module `helper`, both written to
/// a scratch directory named after `name`.
fn jit_log_of_two_files(name: &str, helper: &str, main: &str) -> (std::path::PathBuf, String) {
    let dir = scratch(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("helper.py"), helper).unwrap();
    std::fs::write(dir.join("main.py"), main).unwrap();
    let out = rumba(&["--jit-log", dir.join("main.py").to_str().unwrap()]);
    (dir, text(&out.stderr))
}

/// An abort inside a call the trace inlined names the place in the
/// callee's file, not the line number of the callee's file in the root
/// loop's file.
#[test]
fn jit_log_places_an_abort_in_the_inlined_callees_file() {
    let (dir, log) = jit_log_of_two_files(
        "abort-place",
        "\n\n\ndef f(d, i):\n    return d.get(i % 7, i) + len(eval(\"d\"))\n",
        "import helper\nd = {}\nt = 0\nfor i in range(300):\n    t += helper.f(d, i)\nprint(t)\n",
    );
    // The loop's recording, which inlined `helper.f`, stopped in it (at
    // `eval()`, which runs source text compiled at run time, so no trace
    // calls it).
    let root = format!("[TRACE --- {}:4 -- ", dir.join("main.py").display());
    let at = format!("at {}:5]", dir.join("helper.py").display());
    assert!(
        log.lines()
            .any(|l| l.starts_with(&root) && l.contains("(CALL, line 5)") && l.ends_with(&at)),
        "{log}"
    );
}

/// An exit inside a call the trace inlined names the callee's file with
/// the callee's line (it once named the root loop's file with it).
#[test]
fn jit_log_places_an_exit_in_the_inlined_callees_file() {
    let (dir, log) = jit_log_of_two_files(
        "exit-place",
        "\n\n\n\n\n\n\ndef g(i):\n    if i < 200:\n        return 1\n    return 2\n",
        "import helper\nt = 0\nfor i in range(300):\n    t += helper.g(i)\nprint(t)\n",
    );
    let place = format!(" {}:9 taken ", dir.join("helper.py").display());
    assert!(
        log.lines().any(|l| l.starts_with("[EXIT ") && l.contains(&place)),
        "{log}"
    );
}
