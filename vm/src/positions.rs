//! Where each instruction's expression lies in the source: CPython's
//! `co_positions`, which tracebacks use to put `^~~` markers under the
//! failing expression.
//!
//! The start line of an instruction is already in the code object's line
//! table (the JIT reads it there), so this table keeps the rest: how many
//! lines the expression spans and its start and end columns, packed into
//! one `u32` per instruction. What does not fit (a column past 1022, an
//! expression over 4094 lines) goes to a short side list searched by pc.
//! The line span gets the most bits: a loop's `for`, a `def`, a `with`
//! are placed at their whole statement, body included.
//! Four bytes an instruction, next to the eight of the instruction itself
//! and the four of its line (`positions_cost_four_bytes_an_instruction`
//! measures the corpus).

/// A span of source: 1-based lines, 0-based columns in characters, the end
/// just past the last character.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

const COL_BITS: u32 = 10;
const COL_MASK: u32 = (1 << COL_BITS) - 1;
const SPAN_SHIFT: u32 = 2 * COL_BITS;
/// The line-span field's value that sends the lookup to the side list.
const WIDE: u32 = (1 << (32 - SPAN_SHIFT)) - 1;

/// The columns and line span of every instruction of a code object.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PositionTable {
    packed: Vec<u32>,
    /// `(pc, position)` of the instructions whose position does not pack,
    /// in pc order.
    wide: Vec<(u32, Position)>,
}

impl PositionTable {
    /// Adds the position of the next instruction, which starts on `line`
    /// (its entry in the line table).
    pub fn push(&mut self, line: u32, p: Position) {
        let span = p.end_line.wrapping_sub(line);
        if span < WIDE && p.col < COL_MASK && p.end_col < COL_MASK && p.line == line {
            self.packed.push(span << SPAN_SHIFT | p.end_col << COL_BITS | p.col);
        } else {
            self.wide.push((self.packed.len() as u32, p));
            self.packed.push(WIDE << SPAN_SHIFT);
        }
    }

    /// The position of instruction `pc`, which starts on `line`.
    pub fn get(&self, pc: usize, line: u32) -> Option<Position> {
        let packed = *self.packed.get(pc)?;
        let span = packed >> SPAN_SHIFT;
        if span == WIDE {
            let i = self.wide.binary_search_by_key(&(pc as u32), |w| w.0).ok()?;
            return Some(self.wide[i].1);
        }
        Some(Position {
            line,
            end_line: line + span,
            col: packed & COL_MASK,
            end_col: packed >> COL_BITS & COL_MASK,
        })
    }

    pub fn len(&self) -> usize {
        self.packed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.packed.is_empty()
    }

    /// Gives back the room the table grew into while it was filled.
    pub fn shrink_to_fit(&mut self) {
        self.packed.shrink_to_fit();
        self.wide.shrink_to_fit();
    }

    /// The bytes the table holds on the heap.
    pub fn heap_bytes(&self) -> usize {
        self.packed.capacity() * std::mem::size_of::<u32>()
            + self.wide.capacity() * std::mem::size_of::<(u32, Position)>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, end_line: u32, col: u32, end_col: u32) -> Position {
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    #[test]
    fn positions_pack_and_the_rest_go_to_the_side_list() {
        let mut t = PositionTable::default();
        let small = at(3, 4, 8, 2);
        let wide_col = at(5, 5, 1100, 1110);
        let long = at(6, 5000, 0, 1);
        let other_line = at(1, 2, 0, 1);
        t.push(3, small);
        t.push(5, wide_col);
        t.push(6, long);
        t.push(7, other_line);
        assert_eq!(t.get(0, 3), Some(small));
        assert_eq!(t.get(1, 5), Some(wide_col));
        assert_eq!(t.get(2, 6), Some(long));
        assert_eq!(t.get(3, 7), Some(other_line));
        assert_eq!(t.get(4, 7), None);
        assert_eq!(t.wide.len(), 3);
    }
}
