//! Our QR encoder against Project Nayuki's reference encoder (qrcodegen), set
//! up the same way (bytes, level M, versions 1 to 10, automatic mask, no ECC
//! boost): the same size and the same module in every place, or both refuse.
#![cfg(not(target_arch = "wasm32"))]

use carer_check::domain::qr::{encode, QrCode, QUIET_ZONE};
use qrcodegen::{QrCodeEcc, QrSegment, Version};

const COUNCILS: [&str; 4] = ["bury", "manchester", "birmingham", "worcestershire"];

fn reference(text: &str) -> Option<qrcodegen::QrCode> {
    qrcodegen::QrCode::encode_segments_advanced(
        &[QrSegment::make_bytes(text.as_bytes())],
        QrCodeEcc::Medium,
        Version::new(1),
        Version::new(10),
        None,
        false,
    )
    .ok()
}

/// The first difference from the reference, if any.
fn difference(text: &str, ours: Option<&QrCode>) -> Option<String> {
    let theirs = reference(text);
    let (ours, theirs) = match (ours, theirs) {
        (None, None) => return None,
        (Some(ours), Some(theirs)) => (ours, theirs),
        (ours, theirs) => {
            return Some(format!(
                "size {:?}, reference {:?}",
                ours.map(|c| c.size),
                theirs.map(|c| c.size())
            ))
        }
    };
    let size = theirs.size() as usize;
    if ours.size != size || ours.modules.len() != size * size {
        return Some(format!(
            "size {} ({} modules), reference {size}",
            ours.size,
            ours.modules.len()
        ));
    }
    for y in 0..size {
        for x in 0..size {
            let expected = theirs.get_module(x as i32, y as i32);
            if ours.is_dark(x, y) != expected || ours.modules[y * size + x] != expected {
                return Some(format!(
                    "module ({x}, {y}) should be {}",
                    if expected { "dark" } else { "light" }
                ));
            }
        }
    }
    None
}

/// Checks each text and returns the largest version made.
fn assert_all_match(texts: &[String]) -> usize {
    let mut largest = 0;
    for text in texts {
        let ours = encode(text);
        if let Some(problem) = difference(text, ours.as_ref()) {
            panic!("{text:?} ({} bytes): {problem}", text.len());
        }
        if let Some(code) = ours {
            largest = largest.max((code.size - 17) / 4);
        }
    }
    largest
}

/// Text of exactly `bytes` bytes from `alphabet`, chosen by a fixed
/// pseudo-random sequence so failures can be reproduced.
fn text_of(bytes: usize, alphabet: &[char], seed: &mut u32) -> String {
    let mut text = String::new();
    while text.len() < bytes {
        *seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let c = alphabet[(*seed >> 16) as usize % alphabet.len()];
        // Fill the last few bytes with ASCII so the length is exact.
        let c = if text.len() + c.len_utf8() > bytes {
            'x'
        } else {
            c
        };
        text.push(c);
    }
    text
}

#[test]
fn the_links_we_share_match_the_reference_encoder() {
    let mut texts = Vec::new();
    for page in [
        "https://example.org/carer-check/",
        "http://127.0.0.1:8080/",
        "https://www.example.gov.uk/services/adult-social-care/carer-check/index.html",
    ] {
        texts.push(page.to_string());
        for council in COUNCILS {
            texts.push(format!("{page}?council={council}"));
            texts.push(format!("{page}#/start?council={council}"));
        }
    }
    assert!(assert_all_match(&texts) >= 3);
}

#[test]
fn every_length_up_to_version_10_matches_the_reference_encoder() {
    let ascii: Vec<char> = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789:/?=&.-_~%#+ "
        .chars()
        .collect();
    let mixed: Vec<char> = "aZ9/?=é£€ßŷ中文😀 ".chars().collect();
    let mut seed = 2024;
    let mut texts = Vec::new();
    for bytes in 1..=213 {
        texts.push(text_of(bytes, &ascii, &mut seed));
        texts.push(text_of(bytes, &mixed, &mut seed));
    }
    // Runs of one byte value stress the mask penalties in other ways.
    for bytes in [1, 17, 50, 100, 150, 200] {
        texts.push("a".repeat(bytes));
        texts.push("\u{0}".repeat(bytes));
        texts.push("\u{7f}".repeat(bytes));
    }
    assert_eq!(assert_all_match(&texts), 10);
}

#[test]
fn the_smallest_version_that_fits_is_chosen() {
    // The last byte count each version holds at level M.
    for (version, most) in [14, 26, 42, 62, 84, 106, 122, 152, 180, 213]
        .into_iter()
        .enumerate()
    {
        let size = 17 + 4 * (version + 1);
        assert_eq!(encode(&"x".repeat(most)).map(|c| c.size), Some(size));
        if version < 9 {
            assert_eq!(
                encode(&"x".repeat(most + 1)).map(|c| c.size),
                Some(size + 4)
            );
        }
    }
}

#[test]
fn too_long_for_version_10_is_refused() {
    for bytes in [214, 215, 300, 2_000] {
        let text = "y".repeat(bytes);
        assert_eq!(encode(&text), None, "{bytes} bytes");
        assert!(reference(&text).is_none());
    }
    // 71 three-byte characters are 213 bytes; one more is too many.
    assert!(encode(&"€".repeat(71)).is_some());
    assert!(encode(&"€".repeat(72)).is_none());
}

#[test]
fn the_comparison_notices_a_single_wrong_module() {
    let text = "https://example.org/carer-check/?council=bury";
    let mut code = encode(text).unwrap();
    assert_eq!(difference(text, Some(&code)), None);
    let last = code.modules.len() - 1;
    code.modules[last] = !code.modules[last];
    assert!(difference(text, Some(&code)).is_some());
}

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

#[test]
fn the_svg_path_draws_exactly_the_dark_modules_inside_a_quiet_zone() {
    assert_eq!(QUIET_ZONE, 4);
    for council in COUNCILS {
        let code = encode(&format!(
            "https://example.org/carer-check/?council={council}"
        ))
        .unwrap();
        let side = code.view_box_size();
        assert_eq!(side, code.size + 8);
        let path = code.svg_path();
        let grid = drawn(&path, side);
        for y in 0..side {
            for x in 0..side {
                let in_code = (4..4 + code.size).contains(&x) && (4..4 + code.size).contains(&y);
                let dark = in_code && code.is_dark(x - 4, y - 4);
                assert_eq!(grid[y * side + x], dark, "({x}, {y}) in the viewBox");
            }
        }
        // Runs are merged: no rectangle starts where another ends.
        let rects = path.matches('M').count();
        let runs = (0..code.size)
            .flat_map(|y| (0..code.size).map(move |x| (x, y)))
            .filter(|&(x, y)| code.is_dark(x, y) && (x == 0 || !code.is_dark(x - 1, y)))
            .count();
        assert_eq!(rects, runs);
    }
}

#[test]
fn outside_the_code_is_light() {
    let code = encode("a").unwrap();
    assert_eq!(code.size, 21);
    assert!(code.is_dark(0, 0));
    assert!(!code.is_dark(21, 0) && !code.is_dark(0, 21) && !code.is_dark(usize::MAX, usize::MAX));
}
