//! The share page's QR code, as a phone reads it: the code drawn by our SVG path,
//! inside its quiet zone, decodes to the share link at error correction level M
//! (read by rqrr, a decoder independent of the qrcodegen encoder the app uses); it
//! stays small enough for the printed card; a link too long for that gets no code.
#![cfg(not(target_arch = "wasm32"))]

use carer_check::domain::place::share_link;
use carer_check::qr_code::{encode, QrCode, MAX_VERSION, QUIET_ZONE};

const COUNCILS: [&str; 4] = ["bury", "manchester", "birmingham", "worcestershire"];

const PAGES: [&str; 3] = [
    "https://example.org/carer-check/",
    "http://127.0.0.1:8080/",
    "https://www.example.gov.uk/services/adult-social-care/carer-check/index.html",
];

/// The modules an SVG path's rectangles cover, in viewBox coordinates.
fn drawn(path: &str, side: usize) -> Vec<bool> {
    let mut grid = vec![false; side * side];
    for rect in path.split_terminator('z') {
        // Each rectangle is "M{x} {y}h{n}v1h-{n}".
        let rect = rect.strip_prefix('M').expect("starts with M");
        let (x, rest) = rect.split_once(' ').expect("a space after x");
        let (y, rest) = rest.split_once('h').expect("h after y");
        let (run, back) = rest.split_once("v1h-").expect("v1h- after the run");
        assert_eq!(run, back, "a closed rectangle");
        let [x, y, run]: [usize; 3] = [x, y, run].map(|n| n.parse().expect("a whole number"));
        assert!(
            run > 0 && x + run <= side && y < side,
            "inside the viewBox: {rect}"
        );
        for module in &mut grid[y * side + x..y * side + x + run] {
            assert!(!*module, "drawn twice: {rect}");
            *module = true;
        }
    }
    grid
}

/// What a phone reads from the drawn code (the whole viewBox, 4 pixels a module):
/// the text, the error correction level as the format bits give it (M is 0) and
/// the version.
fn scan(code: &QrCode) -> (String, u16, usize) {
    const PX: usize = 4;
    let side = code.view_box_size();
    let grid = drawn(&code.svg_path(), side);
    let mut image = rqrr::PreparedImage::prepare_from_bitmap(side * PX, side * PX, |x, y| {
        grid[(y / PX) * side + x / PX]
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    let (meta, text) = grids[0].decode().expect("the code decodes");
    (text, meta.ecc_level, meta.version.0)
}

fn version(code: &QrCode) -> usize {
    (code.size() - 17) / 4
}

#[test]
fn every_share_link_scans_back_to_itself_at_level_m() {
    for page in PAGES {
        for council in COUNCILS.into_iter().chain([""]) {
            let link = share_link(page, Some(council).filter(|id| !id.is_empty()));
            assert!(link.ends_with(&format!("?council={council}")) || council.is_empty());
            let code = encode(&link).expect("a share link has a code");
            let (text, level, scanned_version) = scan(&code);
            assert_eq!(text, link);
            assert_eq!(level, 0, "level M for {link}");
            assert_eq!(scanned_version, version(&code));
            assert!(version(&code) <= usize::from(MAX_VERSION));
        }
    }
}

#[test]
fn any_text_that_fits_scans_back_byte_for_byte() {
    // Letters beyond ASCII in a page address are UTF-8 bytes in the code.
    for text in [
        "a",
        "https://example.org/carers/café/?council=bury",
        "https://example.org/£€ßŷ中文😀",
        &"x".repeat(213),
        &"€".repeat(71),
    ] {
        let code = encode(text).unwrap_or_else(|| panic!("{text:?} fits"));
        assert_eq!(scan(&code).0, text);
    }
}

#[test]
fn the_smallest_version_that_fits_is_chosen_up_to_version_10() {
    // The most bytes each version holds at level M; one more needs the next.
    for (v, most) in [14, 26, 42, 62, 84, 106, 122, 152, 180, 213]
        .into_iter()
        .enumerate()
    {
        let size = 17 + 4 * (v + 1);
        assert_eq!(encode(&"x".repeat(most)).map(|c| c.size()), Some(size));
        let next = encode(&"x".repeat(most + 1)).map(|c| c.size());
        assert_eq!(next, (v + 1 < 10).then_some(size + 4), "{} bytes", most + 1);
    }
    assert_eq!(usize::from(MAX_VERSION), 10);
}

#[test]
fn a_link_too_long_for_the_card_gets_no_code() {
    for bytes in [214, 215, 300, 2_000, 10_000] {
        assert!(encode(&"y".repeat(bytes)).is_none(), "{bytes} bytes");
    }
    // 71 three-byte characters are 213 bytes; one more is too many.
    assert!(encode(&"€".repeat(72)).is_none());
    // A real page address that long, with the council added.
    let page = format!("https://example.org/{}/", "long-path".repeat(20));
    assert!(encode(&share_link(&page, Some("bury"))).is_none());
}

#[test]
fn the_svg_path_draws_exactly_the_dark_modules_inside_a_quiet_zone() {
    assert_eq!(QUIET_ZONE, 4);
    for council in COUNCILS {
        let code = encode(&share_link(PAGES[0], Some(council))).unwrap();
        let size = code.size();
        let side = code.view_box_size();
        assert_eq!(side, size + 8);
        let path = code.svg_path();
        let grid = drawn(&path, side);
        for y in 0..side {
            for x in 0..side {
                let in_code = (4..4 + size).contains(&x) && (4..4 + size).contains(&y);
                let dark = in_code && code.is_dark(x - 4, y - 4);
                assert_eq!(grid[y * side + x], dark, "({x}, {y}) in the viewBox");
            }
        }
        // The three finder patterns' corners are dark, so the code fills its square.
        assert!(code.is_dark(0, 0) && code.is_dark(size - 1, 0) && code.is_dark(0, size - 1));
        // Runs are merged: no rectangle starts where another ends.
        let rects = path.matches('M').count();
        let runs = (0..size)
            .flat_map(|y| (0..size).map(move |x| (x, y)))
            .filter(|&(x, y)| code.is_dark(x, y) && (x == 0 || !code.is_dark(x - 1, y)))
            .count();
        assert_eq!(rects, runs);
    }
}

#[test]
fn the_quiet_zone_is_light_on_every_side() {
    // No rectangle comes nearer than QUIET_ZONE modules to any side of the viewBox.
    let code = encode(&share_link(PAGES[2], Some("worcestershire"))).unwrap();
    let side = code.view_box_size();
    let grid = drawn(&code.svg_path(), side);
    for y in 0..side {
        for x in 0..side {
            let border = x < QUIET_ZONE
                || y < QUIET_ZONE
                || x >= side - QUIET_ZONE
                || y >= side - QUIET_ZONE;
            assert!(
                !(border && grid[y * side + x]),
                "({x}, {y}) is in the quiet zone"
            );
        }
    }
}

#[test]
fn outside_the_code_is_light() {
    let code = encode("a").unwrap();
    assert_eq!(code.size(), 21);
    assert!(code.is_dark(0, 0));
    assert!(!code.is_dark(21, 0) && !code.is_dark(0, 21) && !code.is_dark(usize::MAX, usize::MAX));
}
