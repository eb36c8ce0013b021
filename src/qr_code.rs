//! The share page's QR code: the qrcodegen crate makes it, this module says how
//! (the text's bytes, error correction level M, at most version 10) and draws it
//! as one SVG path inside its quiet zone. Made here, never fetched: the app makes
//! no network requests.

use std::fmt::Write;

use qrcodegen::{QrCodeEcc, QrSegment, Version};

/// Level M: the code still scans with about 15% of it smudged or folded, and a
/// link of a normal length stays small enough for the printed card.
pub const LEVEL: QrCodeEcc = QrCodeEcc::Medium;

/// The largest version made: 57 modules a side, which still scans at the size
/// of the printed card (up to 213 bytes at level M). A longer link gets no code.
pub const MAX_VERSION: u8 = 10;

/// Readers need a light border this many modules wide around the code.
pub const QUIET_ZONE: usize = 4;

/// A QR code ready to draw.
pub struct QrCode(qrcodegen::QrCode);

/// The QR code for `text` in the smallest version that holds it; `None` when the
/// text does not fit in [`MAX_VERSION`].
pub fn encode(text: &str) -> Option<QrCode> {
    qrcodegen::QrCode::encode_segments_advanced(
        &[QrSegment::make_bytes(text.as_bytes())],
        LEVEL,
        Version::MIN,
        Version::new(MAX_VERSION),
        None,
        false,
    )
    .ok()
    .map(QrCode)
}

impl QrCode {
    /// Modules a side, without the quiet zone.
    pub fn size(&self) -> usize {
        usize::try_from(self.0.size()).unwrap_or_default()
    }

    /// Outside the code is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        match (i32::try_from(x), i32::try_from(y)) {
            (Ok(x), Ok(y)) => self.0.get_module(x, y),
            _ => false,
        }
    }

    /// The side of the SVG `viewBox`: the code inside its quiet zone.
    pub fn view_box_size(&self) -> usize {
        self.size() + 2 * QUIET_ZONE
    }

    /// The `d` of one SVG path drawing every dark module, in `viewBox`
    /// coordinates. Each run of dark modules in a row is one rectangle, which
    /// keeps the markup short.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        let size = self.size();
        for y in 0..size {
            let mut x = 0;
            while x < size {
                let start = x;
                while x < size && self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                if run == 0 {
                    x += 1;
                    continue;
                }
                let _ = write!(
                    path,
                    "M{} {}h{run}v1h-{run}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                );
            }
        }
        path
    }
}
