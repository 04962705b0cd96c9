fn main() {
    let depth = std::thread::Builder::new()
        .stack_size(rumba::MIN_HOST_STACK)
        .spawn(|| {
            let mut best = 0;
            for n in [5, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100] {
                let mut engine = rumba::Engine::with_captured_output();
                let script = format!(
                    "def f(n):\n    return 0 if n == 0 else min((f(n - 1) for _ in [0]), default=0)\nprint(f({n}))"
                );
                if engine.run(&script).is_ok() {
                    best = n
                } else {
                    break;
                }
            }
            best
        })
        .unwrap()
        .join()
        .unwrap();
    println!("deepest nesting under the default host stack: {depth}");
}
