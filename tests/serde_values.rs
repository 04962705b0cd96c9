//! Any Serialize/Deserialize type through `Value` (feature `serde`; CI runs
//! these with `cargo test -p rumba --features serde --test serde_values`).
#![cfg(feature = "serde")]

use std::collections::BTreeMap;

use rumba::{from_value, to_value, Engine, Value};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
enum Shape {
    Dot,
    Circle(f64),
    Rect { w: f64, h: f64 },
    Pair(i64, i64),
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Config {
    name: String,
    sizes: Vec<u32>,
    limit: Option<i64>,
    point: (f64, f64),
    shapes: Vec<Shape>,
    tags: BTreeMap<String, bool>,
    unit: (),
}

fn config() -> Config {
    let mut tags = BTreeMap::new();
    tags.insert("fast".to_string(), true);
    Config {
        name: "cfg".into(),
        sizes: vec![1, 2, 3],
        limit: None,
        point: (0.5, -1.0),
        shapes: vec![
            Shape::Dot,
            Shape::Circle(2.0),
            Shape::Rect { w: 1.0, h: 2.0 },
            Shape::Pair(1, 2),
        ],
        tags,
        unit: (),
    }
}

#[test]
fn a_struct_round_trips_through_a_script() {
    let mut engine = Engine::with_captured_output();
    engine.set_global("cfg", to_value(&config()).unwrap()).unwrap();
    engine.run("print(cfg)\nout = cfg").unwrap();
    assert_eq!(
        engine.take_output(),
        "{'name': 'cfg', 'sizes': [1, 2, 3], 'limit': None, 'point': (0.5, -1.0), 'shapes': ['Dot', {'Circle': 2.0}, {'Rect': {'w': 1.0, 'h': 2.0}}, {'Pair': (1, 2)}], 'tags': {'fast': True}, 'unit': None}\n"
    );
    let out: Config = from_value(engine.get_global("out").unwrap()).unwrap();
    assert_eq!(out, config());
}

#[test]
fn a_script_builds_what_the_host_reads() {
    let mut engine = Engine::with_captured_output();
    engine
        .run("out = {'name': 'x' * 3, 'sizes': [i for i in range(3)], 'limit': 7, 'point': [1, 2.5], 'shapes': ['Dot', {'Pair': [3, 4]}], 'tags': {}, 'unit': None}")
        .unwrap();
    let out: Config = from_value(engine.get_global("out").unwrap()).unwrap();
    assert_eq!(out.name, "xxx");
    assert_eq!(out.sizes, [0, 1, 2]);
    assert_eq!(out.limit, Some(7));
    assert_eq!(out.point, (1.0, 2.5));
    assert_eq!(out.shapes, [Shape::Dot, Shape::Pair(3, 4)]);
}

#[test]
fn mismatches_are_type_errors() {
    let err = from_value::<Config>(Value::Int(3)).unwrap_err();
    assert_eq!(err.kind, "TypeError");
    let err = from_value::<Vec<u8>>(Value::List(vec![Value::Int(300)])).unwrap_err();
    assert_eq!(err.kind, "TypeError");
    assert!(err.message.contains("300"), "{}", err.message);
    let err = to_value(&u64::MAX).unwrap_err();
    assert_eq!(err.kind, "TypeError");
    let missing = Value::Dict(vec![(Value::Str("name".into()), Value::Str("a".into()))]);
    assert!(from_value::<Config>(missing)
        .unwrap_err()
        .message
        .contains("missing field"));
}
