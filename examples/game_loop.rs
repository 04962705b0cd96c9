//! A game loop: the host calls a script's `update` every frame with the
//! frame's time step, and reads the world back. The script's state lives
//! in the engine between calls; the budget applies to each frame.
//!
//!     cargo run --release --example game_loop

use std::time::Instant;

use rumba::Engine;

const WORLD: &str = r#"
balls = [(float(i), 10.0 + i, 1.0, 0.0) for i in range(50)]

def update(dt):
    global balls
    moved = []
    for x, y, vx, vy in balls:
        vy -= 9.81 * dt
        x, y = x + vx * dt, y + vy * dt
        if y < 0.0:
            y, vy = -y, -vy * 0.9
        moved.append((x, y, vx, vy))
    balls = moved
    return max([b[1] for b in balls])
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut engine = Engine::new();
    engine.enable_jit(rumba::JitOptions::default());
    engine.set_budget(Some(1_000_000));
    engine.run(WORLD)?;
    let frames = 10_000;
    let start = Instant::now();
    let mut highest = 0.0;
    for _ in 0..frames {
        highest = engine.call::<_, f64>("update", (1.0 / 60.0,))?;
    }
    let elapsed = start.elapsed();
    println!(
        "{frames} frames in {:.3} s ({:.1} µs a frame); highest ball at {highest:.3}",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / frames as f64
    );
    Ok(())
}
