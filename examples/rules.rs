//! A rules engine: the host owns the data and a few functions, the rules
//! are a script compiled once and called for every order, under a budget
//! that applies to each call afresh.
//!
//!     cargo run --release --example rules

use rumba::{Engine, HostError, Module};

const RULES: &str = r#"
import shop

def price(item, quantity):
    base = shop.list_price(item) * quantity
    if quantity >= shop.BULK:
        base = base * 0.9
    return round(base, 2)

def check(order):
    item, quantity = order
    if quantity <= 0:
        return (item, 0.0, "refused: quantity")
    return (item, price(item, quantity), "ok")
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut engine = Engine::new();
    engine.set_budget(Some(100_000));
    engine.register_module(
        Module::new("shop")
            .function("list_price", |item: String| -> Result<f64, HostError> {
                match item.as_str() {
                    "apple" => Ok(0.5),
                    "pear" => Ok(0.75),
                    _ => Err(HostError::new("KeyError", format!("no price for {item:?}"))),
                }
            })
            .constant("BULK", 10),
    )?;
    let rules = engine.compile(RULES, "rules.py")?;
    engine.run_program(&rules)?;
    for order in [("apple", 4), ("pear", 12), ("apple", 0), ("plum", 1)] {
        match engine.call::<_, (String, f64, String)>("check", (order,)) {
            Ok((item, total, verdict)) => println!("{item}: {total:.2} ({verdict})"),
            Err(e) => println!("{}: error {e} (line {:?})", order.0, e.line),
        }
    }
    Ok(())
}
