//! A configuration script: the host gives it the environment, the script
//! computes settings with the full language (loops, functions, f-strings),
//! and the host reads the result into its own types. A mistake in the
//! script is reported with its line, as Python would.
//!
//!     cargo run --release --example config

use std::collections::HashMap;

use rumba::Engine;

const CONFIG: &str = r#"
def workers_for(cores):
    return max(1, cores - 1) if cores < 16 else cores // 2

workers = workers_for(cores)
name = f"{env}-{workers}w"
limits = {"memory_mb": 512 * workers, "timeout_s": 30 if env == "prod" else 300}
hosts = [f"{env}-node{i}.internal" for i in range(workers)]
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for (env, cores) in [("dev", 4_i64), ("prod", 32)] {
        let mut engine = Engine::with_captured_output();
        engine.set_budget(Some(100_000));
        engine.set_global("env", env)?;
        engine.set_global("cores", cores)?;
        engine.run_named(CONFIG, "config.py")?;
        let name: String = engine.get_global("name")?;
        let limits: HashMap<String, i64> = engine.get_global("limits")?;
        let hosts: Vec<String> = engine.get_global("hosts")?;
        println!(
            "{name}: {} MB, timeout {} s, first host {}",
            limits["memory_mb"], limits["timeout_s"], hosts[0]
        );
    }
    let mut engine = Engine::with_captured_output();
    let err = engine
        .run_named("workers = 4\nname = 'x' + workers\n", "config.py")
        .unwrap_err();
    print!("a broken config (line {:?}):\n{}", err.line, err.report);
    Ok(())
}
