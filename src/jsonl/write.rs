//! A compact JSON writer for the output lines, driven by the types' own
//! `Serialize` impls.
//!
//! The output of a corpus run is about half the size of its input, and
//! writing it with serde_json takes about a twentieth of the run: serde_json
//! escapes every object key afresh and goes through `io::Write` for each
//! piece. This [`Serializer`](serde::Serializer) writes into a `Vec<u8>`
//! directly: a key or string that needs no escape (nearly all) is copied as
//! it is, integers are formatted by hand, and anything rarer is left to
//! serde_json (a string with an escape, a float).
//!
//! It writes what serde_json's compact writer writes, byte for byte, for
//! the shapes milcoop's types have: structs, sequences, options, strings,
//! numbers, booleans and unit variants. Any other shape (maps, tuple or
//! struct variants, bytes) is an error, on which the caller writes the
//! whole line with serde_json instead. The tests hold it to serde_json.

use serde::ser::{self, Impossible, Serialize};
use serde_json::Error;

/// Appends `value` as compact JSON to `out`. On an error `out` may hold a
/// part of the value: the caller truncates it.
pub(super) fn to_vec<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(Json { out })
}

/// The shapes this writer leaves to serde_json.
fn unsupported(what: &str) -> Error {
    ser::Error::custom(format_args!("{what} is left to serde_json"))
}

/// No byte of `b` needs an escape in JSON: a loop the compiler vectorises.
fn plain(b: &[u8]) -> bool {
    !b.iter().fold(false, |any, &x| {
        any | (x < 0x20) | (x == b'"') | (x == b'\\')
    })
}

/// `s` as a JSON string.
#[inline]
fn string(out: &mut Vec<u8>, s: &str) {
    if plain(s.as_bytes()) {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        // serde_json writes a string into a Vec without fail.
        let _ = serde_json::to_writer(&mut *out, s);
    }
}

/// `n` in decimal, as serde_json (itoa) writes it.
fn unsigned(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

fn signed(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    unsigned(out, n.unsigned_abs());
}

struct Json<'a> {
    out: &'a mut Vec<u8>,
}

/// An array or object being written; `first` until its first element.
struct Compound<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> ser::Serializer for Json<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" as &[u8] } else { b"false" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }

    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }

    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }

    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        signed(self.out, v);
        Ok(())
    }

    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        unsigned(self.out, v);
        Ok(())
    }

    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        serde_json::to_writer(self.out, &v)
    }

    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        serde_json::to_writer(self.out, &v)
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        string(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        string(self.out, v);
        Ok(())
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(unsupported("a byte string"))
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(unsupported("a newtype variant"))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        self.out.push(b'[');
        Ok(Compound {
            out: self.out,
            first: true,
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("a tuple variant"))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("a map"))
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        self.out.push(b'{');
        Ok(Compound {
            out: self.out,
            first: true,
        })
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("a struct variant"))
    }

    fn collect_str<T: std::fmt::Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        // Written in place (a date, say); escaped afresh in the rare case it needs it.
        use std::fmt::Write;
        struct Raw<'b>(&'b mut Vec<u8>);
        impl Write for Raw<'_> {
            fn write_str(&mut self, s: &str) -> std::fmt::Result {
                self.0.extend_from_slice(s.as_bytes());
                Ok(())
            }
        }
        let start = self.out.len();
        self.out.push(b'"');
        write!(Raw(self.out), "{value}").map_err(|_| unsupported("a failing Display"))?;
        if plain(&self.out[start + 1..]) {
            self.out.push(b'"');
        } else {
            let text = self.out.split_off(start + 1);
            self.out.truncate(start);
            string(self.out, &String::from_utf8_lossy(&text));
        }
        Ok(())
    }
}

impl Compound<'_> {
    /// The comma before every element but the first.
    fn next(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.out.push(b',');
        }
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.next();
        value.serialize(Json { out: self.out })
    }

    fn end(self) -> Result<(), Error> {
        self.out.push(b']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        // Keys are the field names of milcoop's own types: plain words
        // (the tests write every one of them).
        debug_assert!(plain(key.as_bytes()), "key {key:?} needs an escape");
        self.out.reserve(key.len() + 4);
        self.next();
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\":");
        value.serialize(Json { out: self.out })
    }

    fn end(self) -> Result<(), Error> {
        self.out.push(b'}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// What this writer writes, or `None` where it leaves the value to serde_json.
    fn written<T: Serialize + ?Sized>(value: &T) -> Option<String> {
        let mut out = b"kept ".to_vec();
        to_vec(&mut out, value).ok()?;
        let out = String::from_utf8(out).expect("the writer writes UTF-8");
        Some(
            out.strip_prefix("kept ")
                .expect("the writer appends")
                .to_owned(),
        )
    }

    fn same<T: Serialize + ?Sized>(value: &T) {
        let ours = written(value).expect("a supported shape");
        assert_eq!(ours, serde_json::to_string(value).unwrap());
    }

    #[test]
    fn scalars_are_written_as_serde_json_writes_them() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, u64::from(u32::MAX), u64::MAX] {
            same(&n);
        }
        for n in [0, -1, -9, -10, 7, -12_345, i64::MIN, i64::MAX] {
            same(&n);
        }
        same(&(
            -5i8,
            200u8,
            -300i16,
            60_000u16,
            -70_000i32,
            4_000_000_000u32,
        ));
        for x in [
            0.0,
            -0.0,
            1.5,
            1e18,
            1e-7,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
        ] {
            same(&x);
        }
        same(&(2.5f32, f32::NEG_INFINITY));
        same(&(true, false, (), 'x', '"', '\u{1f}', 'é'));
        same(&(None::<u32>, Some("a"), Some(Some(3))));
    }

    #[test]
    fn every_character_is_escaped_as_serde_json_escapes_it() {
        // Every char below 0x80 and a few above, alone and inside plain text.
        let chars = (0u8..0x80)
            .map(char::from)
            .chain(['é', '\u{2028}', '\u{fffd}', '😀']);
        for c in chars {
            same(&c.to_string());
            same(&format!("Plain text {c} more plain text"));
        }
        same("");
        same("a \"quoted\" \\ back\\slash\nnew line\ttab");
    }

    #[test]
    fn structs_and_sequences_are_written_as_serde_json_writes_them() {
        #[derive(Serialize)]
        #[serde(rename_all = "snake_case")]
        enum Kind {
            RepairedYear,
            Other,
        }
        #[derive(Serialize)]
        struct Unit;
        #[derive(Serialize)]
        struct Wrapped(u32);
        #[derive(Serialize)]
        struct Pair(u32, &'static str);
        #[derive(Serialize)]
        struct Inner {
            a: Vec<u32>,
            #[serde(skip_serializing_if = "Option::is_none")]
            skipped: Option<u32>,
            kind: Kind,
        }
        #[derive(Serialize)]
        struct Outer {
            name: String,
            inner: Vec<Inner>,
            empty: Vec<Inner>,
            unit: Unit,
            wrapped: Wrapped,
            pair: Pair,
            date: chrono::NaiveDate,
        }
        same(&Outer {
            name: "Sergei \"S\" Shoigu".into(),
            inner: vec![
                Inner {
                    a: vec![],
                    skipped: None,
                    kind: Kind::RepairedYear,
                },
                Inner {
                    a: vec![1, 2, 3],
                    skipped: Some(4),
                    kind: Kind::Other,
                },
            ],
            empty: vec![],
            unit: Unit,
            wrapped: Wrapped(7),
            pair: Pair(8, "x"),
            date: chrono::NaiveDate::from_ymd_opt(2017, 10, 12).unwrap(),
        });
        same(&vec![vec![1, 2], vec![], vec![3]]);
    }

    /// The project's articles (the fixture corpus and the seed) give every
    /// record kind and field: their reports, and error lines, are written
    /// as serde_json writes them.
    #[test]
    fn reports_are_written_as_serde_json_writes_them() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
        let mut texts = vec![std::fs::read_to_string(format!("{dir}/fixtures/seed.txt")).unwrap()];
        for entry in std::fs::read_dir(format!("{dir}/corpus")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let article: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
                texts.push(article["text"].as_str().unwrap().to_owned());
            }
        }
        let mut seen = [0; 5];
        let parser =
            crate::Parser::new().published(chrono::NaiveDate::from_ymd_opt(2019, 9, 20).unwrap());
        for text in &texts {
            let report = parser.parse(text).unwrap();
            for (n, k) in seen.iter_mut().zip([
                report.meetings.len(),
                report.cooperation_plans.len(),
                report.exercises.len(),
                report.statistics.len(),
                report.diagnostics.len(),
            ]) {
                *n += k;
            }
            same(&super::super::ReportLine {
                id: "a \"b\"",
                report: &report,
            });
        }
        assert!(seen.iter().all(|&n| n > 0), "records per kind: {seen:?}");
        let error = super::super::LineError::new("invalid_json", "invalid JSON: \"x\"\n");
        same(&super::super::ErrorLine {
            id: "line:3",
            error: &error,
        });
    }

    #[test]
    fn displayed_strings_are_escaped_when_they_need_it() {
        struct Shown(&'static str);
        impl Serialize for Shown {
            fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self.0)
            }
        }
        for text in ["2017-10-12", "", "a \"b\"\n", "é\u{1}"] {
            same(&Shown(text));
        }
    }

    #[test]
    fn other_shapes_are_left_to_serde_json() {
        #[derive(Serialize)]
        enum Shapes {
            Newtype(u32),
            Tuple(u32, u32),
            Struct { a: u32 },
        }
        assert_eq!(written(&Shapes::Newtype(1)), None);
        assert_eq!(written(&Shapes::Tuple(1, 2)), None);
        assert_eq!(written(&Shapes::Struct { a: 1 }), None);
        assert_eq!(written(&BTreeMap::from([("a", 1)])), None);
        assert_eq!(written(serde_bytes_like()), None);
    }

    /// A value that serialises as a byte string.
    fn serde_bytes_like() -> &'static impl Serialize {
        struct Bytes;
        impl Serialize for Bytes {
            fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(b"ab")
            }
        }
        &Bytes
    }
}
