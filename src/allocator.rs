//! The `rumba` command's global allocator: mimalloc for blocks below
//! `LARGE`, the C library's malloc for larger ones.
//!
//! Objects of up to 128 bytes come from the heap's own size classes; what
//! reaches the global allocator is buffers (list, set and dict storage, big
//! ints, long strs), made and freed at a high rate by code that builds
//! small collections. mimalloc serves those in about two thirds of glibc's
//! time (docs/design.md, "Buffers"). A large buffer that grows, as a
//! list of millions of items does, is better off with glibc: its `realloc`
//! of a mapped block moves pages (`mremap`) instead of copying into a new
//! block while the old one is still held (mimalloc alone put the
//! `list_memory` benchmark over its peak-memory target).

use std::alloc::{GlobalAlloc, Layout, System};

/// Blocks of this size and more go to the C library's malloc.
const LARGE: usize = 1 << 20;

pub struct SplitAllocator;

fn is_large(size: usize) -> bool {
    size >= LARGE
}

// SAFETY: each block is served by one of two sound allocators, chosen by
// its size alone. Rust hands `dealloc` and `realloc` the layout the block
// was allocated with (or last reallocated to), so a block always returns
// to the allocator that made it. A `realloc` that crosses `LARGE` makes the
// new block with the other allocator, copies the smaller of the two sizes
// and frees the old block with its own allocator, which is what
// `GlobalAlloc::realloc`'s default does.
unsafe impl GlobalAlloc for SplitAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's layout has a non-zero size, as `alloc` requires.
        unsafe {
            if is_large(layout.size()) {
                System.alloc(layout)
            } else {
                mimalloc::MiMalloc.alloc(layout)
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            if is_large(layout.size()) {
                System.alloc_zeroed(layout)
            } else {
                mimalloc::MiMalloc.alloc_zeroed(layout)
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated with `layout`, so by the allocator its
        // size picks (the impl's comment).
        unsafe {
            if is_large(layout.size()) {
                System.dealloc(ptr, layout)
            } else {
                mimalloc::MiMalloc.dealloc(ptr, layout)
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let (was, will) = (is_large(layout.size()), is_large(new_size));
        // SAFETY: `ptr` and `layout` are the caller's block, made by the
        // allocator `was` names; within one allocator its own `realloc`
        // keeps the contract. Across, the new block is made first and the
        // old one freed only once its bytes are copied.
        unsafe {
            match (was, will) {
                (true, true) => System.realloc(ptr, layout, new_size),
                (false, false) => mimalloc::MiMalloc.realloc(ptr, layout, new_size),
                _ => {
                    let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                    let new = self.alloc(new_layout);
                    if !new.is_null() {
                        std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    new
                }
            }
        }
    }
}
