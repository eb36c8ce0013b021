//! "Add a reminder to review the plan": a calendar file (.ics, RFC 5545)
//! with one all-day event on the review date the documents print
//! (`from_answers::review_date`).
//!
//! Calendars are often copied to online accounts, so the file holds no name,
//! no need and no answer: only the date and the two fixed texts it is given
//! (the wording, the same for every carer), an id made of random bytes and
//! the time it was made.

use crate::domain::dates::{next_day, Date};

/// When the file was made, in UTC (RFC 5545's DTSTAMP).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

/// The most octets on a line, not counting its CRLF (RFC 5545 section 3.1).
pub const LINE_OCTETS: usize = 75;

/// The calendar file. `uid` is random bytes (16 from the browser) so that
/// opening the file twice updates the one event; `summary` is the event's
/// title and `description` its notes, both fixed wording.
pub fn review_reminder(
    review: Date,
    stamp: Stamp,
    uid: &[u8],
    summary: &str,
    description: &str,
) -> String {
    let uid: String = uid.iter().map(|byte| format!("{byte:02x}")).collect();
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//carer-check//review-reminder//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{uid}@carer-check"),
        format!(
            "DTSTAMP:{}T{:02}{:02}{:02}Z",
            basic_date(stamp.date),
            stamp.hour,
            stamp.minute,
            stamp.second
        ),
        format!("DTSTART;VALUE=DATE:{}", basic_date(review)),
        format!("DTEND;VALUE=DATE:{}", basic_date(next_day(review))),
        format!("SUMMARY:{}", escape(summary)),
        format!("DESCRIPTION:{}", escape(description)),
        "TRANSP:TRANSPARENT".to_owned(),
        // A reminder at nine in the morning of the day.
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{}", escape(summary)),
        "TRIGGER;RELATED=START:PT9H".to_owned(),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    lines.iter().map(|line| fold(line)).collect()
}

/// The file's name: the review date and nothing else.
pub fn file_name(review: Date) -> String {
    format!("carer-check-review-{}.ics", basic_date(review))
}

/// A date as RFC 5545 writes it: `YYYYMMDD`.
fn basic_date(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year, date.month, date.day)
}

/// TEXT as RFC 5545 section 3.3.11 writes it: backslash, semicolon and
/// comma escaped, line breaks as `\n`, other control characters left out.
pub fn escape(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded (RFC 5545 section 3.1): no line longer than
/// [`LINE_OCTETS`] octets, each going on after a CRLF and one space, never
/// splitting a character; ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}
