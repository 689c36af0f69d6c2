//! Officials who speak: "Thủ tướng Chính phủ Phạm Minh Chính phát biểu", followed through
//! title-only ("Thủ tướng") and given-name follow-ups. The recognizer and its tables of
//! family names, titles and speech verbs.

pub mod people_tables;
pub mod recognizer;
pub mod roles;

pub use recognizer::{
    asks_as_interviewer, ends_with_quotation, is_name_prefix, may_be_family_name,
    opens_with_quotation, signs_a_quotation, speaker_key, thanks_as_interviewer, Speaker,
    SpeakerTracker,
};
