//! Our QR encoder against Project Nayuki's reference encoder (qrcodegen):
//! the same version, the same mask and the same module in every place.
#![cfg(not(target_arch = "wasm32"))]

use carer_check::domain::qr::{encode, QUIET_ZONE};
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

fn reference(text: &str) -> Option<QrCode> {
    let segments = [QrSegment::make_bytes(text.as_bytes())];
    QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::new(1),
        Version::new(10),
        None,
        false,
    )
    .ok()
}

fn assert_same(text: &str) {
    let ours = encode(text);
    let theirs = reference(text);
    match (ours, theirs) {
        (None, None) => {}
        (Some(ours), Some(theirs)) => {
            let size = theirs.size() as usize;
            assert_eq!(ours.size, size, "size for {text:?}");
            for y in 0..size {
                for x in 0..size {
                    assert_eq!(
                        ours.is_dark(x, y),
                        theirs.get_module(x as i32, y as i32),
                        "module ({x}, {y}) of {text:?}"
                    );
                }
            }
        }
        (ours, theirs) => panic!(
            "{text:?}: ours {:?}, theirs {:?}",
            ours.map(|c| c.size),
            theirs.map(|c| c.size())
        ),
    }
}

#[test]
fn the_links_we_share_match_the_reference_encoder() {
    for page in [
        "http://127.0.0.1:8080/",
        "https://www.example.gov.uk/carer-check/",
        "https://carers.example.org/tools/carer-check/index.html",
    ] {
        assert_same(page);
        for council in ["bury", "manchester", "birmingham", "worcestershire"] {
            assert_same(&format!("{page}?council={council}"));
        }
    }
}

#[test]
fn every_length_and_version_matches_the_reference_encoder() {
    // Lengths from 0 to past version 10's limit cover every version, both
    // block layouts and the change to a 16-bit length at version 10.
    let alphabet: Vec<char> = "abcXYZ019:/?=&.-_~%é€😀 ".chars().collect();
    let mut seed = 12_345u32;
    for length in 0..=220 {
        for _ in 0..3 {
            let text: String = (0..length)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    alphabet[(seed >> 16) as usize % alphabet.len()]
                })
                .collect();
            let clipped: String = text.chars().take(length).collect();
            assert_same(&clipped);
        }
        assert_same(&"a".repeat(length));
    }
}

#[test]
fn too_long_for_version_10_is_refused() {
    assert!(encode(&"a".repeat(213)).is_some());
    assert!(encode(&"a".repeat(214)).is_none());
    assert_eq!(encode(&"a".repeat(213)).map(|c| c.size), Some(57));
}

#[test]
fn the_svg_path_draws_exactly_the_dark_modules_inside_a_quiet_zone() {
    let code = encode("https://www.example.gov.uk/carer-check/?council=bury").unwrap();
    assert_eq!(code.view_box_size(), code.size + 2 * QUIET_ZONE);
    let side = code.view_box_size();
    let mut drawn = vec![false; side * side];
    let path = code.svg_path();
    for rect in path.split('z').filter(|r| !r.is_empty()) {
        // Each rectangle is "M{x} {y}h{n}v1h-{n}".
        let rect = rect.strip_prefix('M').expect("starts with M");
        let (x, rest) = rect.split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let (run, back) = rest.split_once("v1h-").unwrap();
        assert_eq!(run, back);
        let (x, y, run): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
        for dx in 0..run {
            assert!(!drawn[y * side + x + dx], "drawn twice");
            drawn[y * side + x + dx] = true;
        }
    }
    for y in 0..side {
        for x in 0..side {
            let inside = (QUIET_ZONE..QUIET_ZONE + code.size).contains(&x)
                && (QUIET_ZONE..QUIET_ZONE + code.size).contains(&y);
            let dark = inside && code.is_dark(x - QUIET_ZONE, y - QUIET_ZONE);
            assert_eq!(drawn[y * side + x], dark, "({x}, {y})");
        }
    }
}
