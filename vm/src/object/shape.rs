//! Shapes (hidden classes, PyPy's maps): the layout of an object's
//! attributes. A shape maps attribute names to slot indices; objects built
//! the same way (the same names added in the same order) share a shape, so
//! "where is attribute x" is answered once per shape, and an instruction
//! that cached (shape -> slot) only compares the shape next time. Compiled
//! code guards an object's shape and loads the slot.
//!
//! Shapes form a tree: adding an attribute to an object of shape S moves it
//! to S's child for that name, created on first use. Names are interned
//! strs, compared by identity. Shapes are never freed: there are as many as
//! distinct attribute layouts in a program.

use std::collections::HashMap;

use crate::heap::ObjRef;

/// An index into the VM's shape table; `Shapes::ROOT` has no attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ShapeId(pub u32);

struct Shape {
    /// The attribute names, by slot.
    names: Vec<ObjRef>,
    /// Child shapes, by the name they add.
    children: HashMap<ObjRef, ShapeId, ahash::RandomState>,
}

pub struct Shapes {
    shapes: Vec<Shape>,
}

impl Default for Shapes {
    fn default() -> Self {
        let empty = || Shape {
            names: Vec::new(),
            children: HashMap::default(),
        };
        Shapes {
            shapes: vec![empty(), empty()],
        }
    }
}

impl Shapes {
    pub const ROOT: ShapeId = ShapeId(0);
    /// An instance whose attributes live in a dict (its one slot), once a
    /// script asked for its `__dict__`: no names, outside the tree, so no
    /// cache or trace ever finds a slot in it.
    pub const DICT: ShapeId = ShapeId(1);

    /// The shape of an object of shape `from` once `name` is added.
    pub fn with_attr(&mut self, from: ShapeId, name: ObjRef) -> ShapeId {
        debug_assert!(from != Shapes::DICT, "a dict-backed instance has no slots to add");
        if let Some(&child) = self.shapes[from.0 as usize].children.get(&name) {
            return child;
        }
        let mut names = self.shapes[from.0 as usize].names.clone();
        names.push(name);
        let id = ShapeId(self.shapes.len() as u32);
        self.shapes.push(Shape {
            names,
            children: HashMap::default(),
        });
        self.shapes[from.0 as usize].children.insert(name, id);
        id
    }

    /// The slot of attribute `name` (an interned str) in objects of `shape`.
    pub fn slot(&self, shape: ShapeId, name: ObjRef) -> Option<usize> {
        self.shapes[shape.0 as usize].names.iter().position(|n| *n == name)
    }

    /// Every name of every shape. Shapes last as long as the VM and find
    /// names by identity, so these are roots of the heap: an interned name
    /// must not die and come back as another object.
    pub fn all_names(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.shapes.iter().flat_map(|s| s.names.iter().copied())
    }

    /// The names of a shape's attributes, by slot.
    pub fn names(&self, shape: ShapeId) -> &[ObjRef] {
        &self.shapes[shape.0 as usize].names
    }

    pub fn len(&self) -> usize {
        self.shapes.len()
    }
    pub fn is_empty(&self) -> bool {
        false
    }
}
