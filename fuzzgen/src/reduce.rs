//! A test-case reducer for programs: deletes statements (each with its
//! block, an `if` with its `elif`/`else` arms) and unwraps compound
//! statements (drops the header, dedents the body) while the program stays
//! interesting, until nothing more can go. Line-based, so it relies on the
//! generators' layout: one statement per line, four spaces per level.

/// The smallest program reachable from `source` by deletions and unwraps
/// for which `interesting` still holds (it must hold for `source`).
pub fn reduce(source: &str, mut interesting: impl FnMut(&str) -> bool) -> String {
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    let text = |lines: &[String]| {
        let mut s = lines.join("\n");
        s.push('\n');
        s
    };
    loop {
        let mut progress = false;
        // Whole statements, from the last one up: later statements depend
        // on earlier ones, so they go first and let the earlier go next.
        let mut i = lines.len();
        while i > 0 {
            i -= 1;
            if i >= lines.len() || lines[i].trim().is_empty() {
                continue;
            }
            let end = statement_end(&lines, i);
            let candidate: Vec<String> = lines[..i].iter().chain(&lines[end..]).cloned().collect();
            if interesting(&text(&candidate)) {
                lines = candidate;
                progress = true;
            }
        }
        // Compound statements replaced by their bodies.
        let mut i = 0;
        while i < lines.len() {
            if lines[i].trim_end().ends_with(':') {
                let end = block_end(&lines, i);
                let mut candidate = lines[..i].to_vec();
                candidate.extend(lines[i + 1..end].iter().map(|l| dedent(l)));
                candidate.extend_from_slice(&lines[end..]);
                if interesting(&text(&candidate)) {
                    lines = candidate;
                    progress = true;
                    continue;
                }
            }
            i += 1;
        }
        if !progress {
            return text(&lines);
        }
    }
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The line after the block that line `at` opens (or after line `at`
/// itself, for a simple statement).
fn block_end(lines: &[String], at: usize) -> usize {
    let level = indent(&lines[at]);
    let mut end = at + 1;
    while end < lines.len() && (lines[end].trim().is_empty() || indent(&lines[end]) > level) {
        end += 1;
    }
    end
}

/// Like `block_end`, but an `if`, `for`, `while` or `def` takes its
/// `elif`/`else` arms along.
fn statement_end(lines: &[String], at: usize) -> usize {
    let level = indent(&lines[at]);
    let mut end = block_end(lines, at);
    let opens_arms = ["if ", "for ", "while "]
        .iter()
        .any(|k| lines[at].trim_start().starts_with(k));
    while opens_arms && end < lines.len() && indent(&lines[end]) == level {
        let t = lines[end].trim_start();
        if t.starts_with("elif ") || t.starts_with("else:") {
            end = block_end(lines, end);
        } else {
            break;
        }
    }
    end
}

fn dedent(line: &str) -> String {
    line.strip_prefix("    ").unwrap_or(line).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deletes_what_does_not_matter() {
        let source = "a = 1\nb = 2\nfor i in range(3):\n    b += i\n    if b > 2:\n        c = 1/0\n    else:\n        pass\nprint(a)\n";
        let reduced = reduce(source, |s| s.contains("1/0") && s.contains("for i"));
        assert_eq!(reduced, "for i in range(3):\n    c = 1/0\n");
    }

    #[test]
    fn an_if_goes_with_its_arms() {
        let lines: Vec<String> = "if a:\n    x\nelif b:\n    y\nelse:\n    z\nw"
            .lines()
            .map(String::from)
            .collect();
        assert_eq!(statement_end(&lines, 0), 6);
        assert_eq!(block_end(&lines, 0), 2);
    }
}
