//! The issuers an index knows for a document number typed without one: "Quyết định 1291"
//! is `1291/QĐ-TTg` in one article and `1291/QĐ-UBND` in another, and the words after it
//! ("của Thủ tướng") say which, once the codes the index holds under that number are known.

use super::reference_details::{issuer_codes, KnownNumber};
use super::Searcher;
use crate::refs::{is_type_code, DocumentRef};

/// The most reference keys read under one number: a bound on the work a query can ask for.
const MAX_KEYS_READ: usize = 10_000;

impl Searcher {
    /// The keys the index cites under `r`'s type and number, `r` being typed without an
    /// issuer (key `qd 1291`, `nd 107/2021`), with their codes: `1291/qd-ttg` (codes `qd`,
    /// `ttg`), `1291/2020/qd-ubnd` and its key without the year when `1291/QĐ-TTg` and
    /// `1291/2020/QĐ-UBND` are cited, and the numbers an issuer gives without a type
    /// (`35/2023/ubtvqh15`: code `ubtvqh`). Empty for any other reference, or when the index
    /// cannot be read.
    pub(super) fn issuers_numbered(&self, r: &DocumentRef) -> Vec<KnownNumber> {
        // `qd 1291`, or `nd 107/2021` with its year.
        let Some((kind, number)) = r.key.split_once(' ') else {
            return Vec::new();
        };
        let field = self.fields().refs;
        // Every full key of the number starts "1291/" (or "107/2021/"), and "1291/" < key
        // < "12910".
        let (from, to) = (format!("{number}/"), format!("{number}0"));
        let mut numbered: Vec<KnownNumber> = Vec::new();
        let mut read = 0;
        for segment in self.tantivy_searcher().segment_readers() {
            let Ok(inverted) = segment.inverted_index(field) else {
                continue;
            };
            let Ok(mut keys) = inverted.terms().range().ge(&from).lt(&to).into_stream() else {
                continue;
            };
            while read < MAX_KEYS_READ && keys.advance() {
                read += 1;
                let key = String::from_utf8_lossy(keys.key());
                // Of the type asked, or of no type: a number its issuer gives alone
                // ("Nghị quyết số 35/2023/UBTVQH15" is keyed `35/2023/ubtvqh15`).
                let first_code = key
                    .rsplit_once('/')
                    .and_then(|(_, last)| last.split('-').next());
                let of_kind = first_code.is_some_and(|code| code == kind || !is_type_code(code));
                if of_kind && !numbered.iter().any(|n| n.key == key) {
                    numbered.push(KnownNumber {
                        codes: issuer_codes(&key),
                        key: key.into_owned(),
                    });
                }
            }
        }
        numbered
    }
}
