//! JSON Lines: clean one field of each record, in place.
//!
//! A batch run reads a stream of records and must write exactly one record for
//! each, in input order, whatever happens to the others. [`RecordCleaner`]
//! cleans one line; a line that cannot be cleaned comes back as a
//! [`RecordError`], and [`error_record`] turns that into an output line of its
//! own, so the output always has one line per input record.
//!
//! ```
//! use unclutter::jsonl::{error_record, RecordCleaner, RecordError};
//! use unclutter::Discard;
//!
//! let cleaner = RecordCleaner::new(unclutter::default_pipeline());
//! let out = cleaner.clean_line(br#"{"id":7,"text":"Share\n\nIt rained."}"#, &mut Discard)?;
//! assert_eq!(out, r#"{"id":7,"text":"It rained."}"#);
//!
//! let err = cleaner.clean_line(b"{\"id\":8}", &mut Discard).unwrap_err();
//! assert_eq!(error_record(&err, Some(2), None), r#"{"error":"record has no field `text`","line":2}"#);
//! # Ok::<(), RecordError>(())
//! ```

use serde_json::{Map, Value};

use crate::pipeline::{Input, OutputFormat, Pipeline};
use crate::report::Sink;

/// Why one record could not be cleaned.
///
/// ```
/// let e = unclutter::jsonl::RecordError::TooLarge { len: 10, max: 5 };
/// assert_eq!(e.to_string(), "record is 10 bytes, over the limit of 5");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// The line is not UTF-8.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Where the first bad byte is.
        offset: usize,
    },
    /// The line is not JSON.
    #[error("invalid JSON: {message}")]
    InvalidJson {
        /// What the parser said.
        message: String,
    },
    /// The line is JSON, but not an object.
    #[error("record is not a JSON object")]
    NotAnObject,
    /// The record lacks the field to clean.
    #[error("record has no field `{field}`")]
    MissingField {
        /// The field's name.
        field: String,
    },
    /// The field to clean is not a string.
    #[error("field `{field}` is not a string")]
    NotAString {
        /// The field's name.
        field: String,
    },
    /// The record is over the size budget and was not cleaned.
    #[error("record is {len} bytes, over the limit of {max}")]
    TooLarge {
        /// The record's length in bytes.
        len: usize,
        /// The budget.
        max: usize,
    },
}

/// Cleans the text field of JSON Lines records, keeping every other field and
/// the order of fields.
///
/// ```
/// use unclutter::{jsonl::RecordCleaner, Discard, Input};
///
/// let cleaner = RecordCleaner::new(unclutter::default_pipeline()).field("body").input(Input::Text);
/// assert_eq!(cleaner.clean_line(br#"{"body":"<b>Hi</b>"}"#, &mut Discard)?, r#"{"body":"<b>Hi</b>"}"#);
/// # Ok::<(), unclutter::jsonl::RecordError>(())
/// ```
#[derive(Debug, Clone)]
pub struct RecordCleaner<'p> {
    pipeline: &'p Pipeline,
    input: Input,
    output: OutputFormat,
    field: String,
    max_bytes: Option<usize>,
}

impl<'p> RecordCleaner<'p> {
    /// A cleaner for the field `text`, sniffing HTML, with no size budget.
    pub fn new(pipeline: &'p Pipeline) -> Self {
        RecordCleaner {
            pipeline,
            input: Input::Sniff,
            output: OutputFormat::Text,
            field: "text".to_owned(),
            max_bytes: None,
        }
    }

    /// What kind of input the field holds.
    pub fn input(mut self, input: Input) -> Self {
        self.input = input;
        self
    }

    /// What the cleaned field holds: text (the default) or Markdown.
    pub fn output(mut self, output: OutputFormat) -> Self {
        self.output = output;
        self
    }

    /// The name of the field to clean.
    pub fn field(mut self, name: impl Into<String>) -> Self {
        self.field = name.into();
        self
    }

    /// The size budget: a line longer than `max` bytes is not cleaned but
    /// reported as [`RecordError::TooLarge`].
    ///
    /// ```
    /// use unclutter::jsonl::{RecordCleaner, RecordError};
    ///
    /// let cleaner = RecordCleaner::new(unclutter::default_pipeline()).max_bytes(Some(8));
    /// let err = cleaner.clean_line(br#"{"text":"long enough"}"#, &mut unclutter::Discard).unwrap_err();
    /// assert_eq!(err, RecordError::TooLarge { len: 22, max: 8 });
    /// ```
    pub fn max_bytes(mut self, max: Option<usize>) -> Self {
        self.max_bytes = max;
        self
    }

    /// The field this cleaner cleans.
    pub fn field_name(&self) -> &str {
        &self.field
    }

    /// Cleans one line (without its line break) and returns the cleaned
    /// record, serialised as one line of JSON.
    pub fn clean_line(&self, line: &[u8], sink: &mut dyn Sink) -> Result<String, RecordError> {
        self.clean_record(line, sink).map(|record| Value::Object(record).to_string())
    }

    /// [`clean_line`](RecordCleaner::clean_line), returning the cleaned record
    /// as a map, for a caller that reads other fields (an id, say) before writing it.
    ///
    /// ```
    /// let cleaner = unclutter::jsonl::RecordCleaner::new(unclutter::default_pipeline());
    /// let record = cleaner.clean_record(br#"{"id":"a1","text":"Hi."}"#, &mut unclutter::Discard)?;
    /// assert_eq!(record["id"], "a1");
    /// # Ok::<(), unclutter::jsonl::RecordError>(())
    /// ```
    pub fn clean_record(&self, line: &[u8], sink: &mut dyn Sink) -> Result<Map<String, Value>, RecordError> {
        if let Some(max) = self.max_bytes.filter(|&max| line.len() > max) {
            return Err(RecordError::TooLarge { len: line.len(), max });
        }
        let line = std::str::from_utf8(line).map_err(|e| RecordError::InvalidUtf8 { offset: e.valid_up_to() })?;
        let mut record: Map<String, Value> = match serde_json::from_str(line) {
            Ok(Value::Object(map)) => map,
            Ok(_) => return Err(RecordError::NotAnObject),
            Err(e) => return Err(RecordError::InvalidJson { message: e.to_string() }),
        };
        let field =
            record.get_mut(&self.field).ok_or_else(|| RecordError::MissingField { field: self.field.clone() })?;
        let Value::String(text) = field else {
            return Err(RecordError::NotAString { field: self.field.clone() });
        };
        let cleaned = self.pipeline.clean_to(text, self.input, self.output, sink);
        if cleaned.len() != text.len() || cleaned != text.as_str() {
            *text = cleaned.into_owned();
        }
        Ok(record)
    }
}

/// The output line for a record that could not be cleaned:
/// `{"error": "...", "line": N, "file": "..."}`, with `line` and `file` where known.
///
/// ```
/// use unclutter::jsonl::{error_record, RecordError};
///
/// let line = error_record(&RecordError::NotAnObject, Some(3), Some("in.jsonl"));
/// assert_eq!(line, r#"{"error":"record is not a JSON object","line":3,"file":"in.jsonl"}"#);
/// ```
pub fn error_record(error: &dyn std::error::Error, line: Option<u64>, file: Option<&str>) -> String {
    let mut record = Map::new();
    record.insert("error".to_owned(), Value::String(error.to_string()));
    if let Some(line) = line {
        record.insert("line".to_owned(), Value::from(line));
    }
    if let Some(file) = file {
        record.insert("file".to_owned(), Value::String(file.to_owned()));
    }
    Value::Object(record).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Discard;

    fn clean(line: &str) -> Result<String, RecordError> {
        RecordCleaner::new(crate::default_pipeline()).clean_line(line.as_bytes(), &mut Discard)
    }

    #[test]
    fn keeps_other_fields_and_their_order() {
        let out = clean(r#"{"z":1,"text":"It was was crucial in in May.","a":[true,null]}"#).unwrap();
        assert_eq!(out, r#"{"z":1,"text":"It was was crucial in May.","a":[true,null]}"#);
    }

    #[test]
    fn each_kind_of_bad_record_is_named() {
        assert!(matches!(clean("not json"), Err(RecordError::InvalidJson { .. })));
        assert_eq!(clean("[1]"), Err(RecordError::NotAnObject));
        assert_eq!(clean(r#"{"x":"y"}"#), Err(RecordError::MissingField { field: "text".into() }));
        assert_eq!(clean(r#"{"text":5}"#), Err(RecordError::NotAString { field: "text".into() }));
        let bad = RecordCleaner::new(crate::default_pipeline()).clean_line(b"{\"text\":\"\xff\"}", &mut Discard);
        assert_eq!(bad, Err(RecordError::InvalidUtf8 { offset: 9 }));
    }

    #[test]
    fn error_records_are_json_with_escaped_messages() {
        let err = RecordError::MissingField { field: "a\"b".into() };
        let v: Value = serde_json::from_str(&error_record(&err, Some(1), None)).unwrap();
        assert_eq!(v["error"], "record has no field `a\"b`");
        assert_eq!(v["line"], 1);
    }
}
