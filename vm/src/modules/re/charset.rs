//! Character sets (`[a-z\d]`, `\w`, ...) and the character classes and
//! case rules of CPython's `re`: Unicode by default for str patterns,
//! ASCII for bytes patterns and under `re.ASCII`.

use crate::unicode;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum SetItem {
    /// Code points `lo..=hi`.
    Range(u32, u32),
    Class(Category),
}

/// A set of characters, with its membership of the first 256 code
/// points (where most text lives) precomputed as a bitmap.
#[derive(Clone, Debug)]
pub(crate) struct CharSet {
    items: Vec<SetItem>,
    negated: bool,
    icase: bool,
    ascii: bool,
    low: [u64; 4],
}

impl CharSet {
    pub(crate) fn new(items: Vec<SetItem>, negated: bool, icase: bool, ascii: bool) -> CharSet {
        let mut set = CharSet {
            items,
            negated,
            icase,
            ascii,
            low: [0; 4],
        };
        for c in 0..256u32 {
            let ch = char::from_u32(c).unwrap_or('\0');
            if set.slow_contains(ch) {
                set.low[(c / 64) as usize] |= 1 << (c % 64);
            }
        }
        set
    }

    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        let n = c as u32;
        if n < 256 {
            return self.low[(n / 64) as usize] & (1 << (n % 64)) != 0;
        }
        self.slow_contains(c)
    }

    /// Whether a character below 256 is in the set (for the first-character
    /// filter of a search).
    pub(crate) fn low_bitmap(&self) -> [u64; 4] {
        self.low
    }

    /// Whether a character above 255 may be in the set.
    pub(crate) fn has_high(&self) -> bool {
        self.negated
            || self.items.iter().any(|item| match *item {
                SetItem::Range(_, hi) => hi >= 256 || self.icase && !self.ascii,
                SetItem::Class(_) => !self.ascii,
            })
    }

    fn slow_contains(&self, c: char) -> bool {
        let mut found = self.raw_contains(c);
        if !found && self.icase {
            if self.ascii {
                if c.is_ascii_alphabetic() {
                    found = self.raw_contains(c.to_ascii_lowercase()) || self.raw_contains(c.to_ascii_uppercase());
                }
            } else {
                found = self.raw_contains(lower(c)) || self.raw_contains(upper(c));
            }
        }
        found != self.negated
    }

    fn raw_contains(&self, c: char) -> bool {
        let n = c as u32;
        self.items.iter().any(|item| match *item {
            SetItem::Range(lo, hi) => lo <= n && n <= hi,
            SetItem::Class(cat) => in_category(cat, c, self.ascii),
        })
    }
}

pub(crate) fn in_category(cat: Category, c: char, ascii: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, ascii),
        Category::NotDigit => !is_digit(c, ascii),
        Category::Space => is_space(c, ascii),
        Category::NotSpace => !is_space(c, ascii),
        Category::Word => is_word(c, ascii),
        Category::NotWord => !is_word(c, ascii),
    }
}

fn is_digit(c: char, ascii: bool) -> bool {
    if ascii || c.is_ascii() {
        c.is_ascii_digit()
    } else {
        unicode::decimal_value(c).is_some()
    }
}

fn is_space(c: char, ascii: bool) -> bool {
    if ascii || c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') || !ascii && ('\x1c'..='\x1f').contains(&c)
    } else {
        unicode::is_space(c)
    }
}

/// `\w`: what `str.isalnum()` accepts, and `_`.
pub(crate) fn is_word(c: char, ascii: bool) -> bool {
    if ascii || c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        is_word_unicode(c)
    }
}

pub(crate) fn is_word_unicode(c: char) -> bool {
    c == '_'
        || unicode::is_alpha(c)
        || unicode::decimal_value(c).is_some()
        || unicode::is_digit(c)
        || unicode::is_numeric(c)
}

/// The simple lowercase of `c` (Unicode's one-character mapping).
pub(crate) fn lower(c: char) -> char {
    // The one character whose full lowercase (`i` and a combining dot)
    // differs from its simple one.
    if c == '\u{130}' {
        return 'i';
    }
    single(c.to_lowercase()).unwrap_or(c)
}

pub(crate) fn upper(c: char) -> char {
    single(c.to_uppercase()).unwrap_or(c)
}

fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

/// Whether case-insensitive matching can change what `c` matches.
pub(crate) fn has_case(c: char) -> bool {
    lower(c) != c || upper(c) != c
}

/// Whether `a` and `b` are equal ignoring case: ASCII letters only for
/// bytes and `re.ASCII`... as CPython's ignore-case rules for str patterns
/// (the simple lowercase, or the simple uppercase, agree).
#[inline]
pub(crate) fn same_ignoring_case(a: char, b: char, ascii: bool) -> bool {
    if a == b {
        return true;
    }
    if ascii || a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(&b);
    }
    lower(a) == lower(b) || upper(a) == upper(b)
}
