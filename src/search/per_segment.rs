//! Values opened once per segment of a search (fast-field columns), on first use: the
//! candidates, facets and date order read columns for many documents of few segments.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use tantivy::{DocAddress, SegmentReader};

use crate::Result;

/// `T` per segment, opened by `open` the first time a document of that segment is read.
pub struct PerSegment<T, F> {
    open: F,
    opened: HashMap<u32, T>,
}

impl<T, F> PerSegment<T, F>
where
    F: FnMut(&SegmentReader) -> Result<T>,
{
    /// Opens values with `open`.
    pub fn new(open: F) -> Self {
        PerSegment {
            open,
            opened: HashMap::new(),
        }
    }

    /// The values of the segment holding `address`.
    pub fn of(&mut self, searcher: &tantivy::Searcher, address: DocAddress) -> Result<&mut T> {
        Ok(match self.opened.entry(address.segment_ord) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                e.insert((self.open)(searcher.segment_reader(address.segment_ord))?)
            }
        })
    }
}
