//! QR codes for the share page, made here rather than fetched: the app makes no
//! network requests, and a general QR library would cost far more wasm than
//! the one case we need. So only what a web address needs: byte mode, error
//! correction level M (the code still scans when partly smudged or folded) and
//! versions 1 to 10 (up to 213 bytes). `tests/qr.rs` checks every module
//! against a reference encoder.

/// A square of modules, row by row; `true` is dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    pub size: usize,
    pub modules: Vec<bool>,
}

/// Readers need a light border this many modules wide around the code.
pub const QUIET_ZONE: usize = 4;

/// Level M, versions 1 to 10: (data codewords, error correction codewords per
/// block, blocks). From ISO/IEC 18004 table 9.
const LEVEL_M: [(u8, u8, u8); 10] = [
    (16, 10, 1),
    (28, 16, 1),
    (44, 26, 1),
    (64, 18, 2),
    (86, 24, 2),
    (108, 16, 4),
    (124, 18, 4),
    (154, 22, 4),
    (182, 22, 5),
    (216, 26, 5),
];

/// The QR code for `text`, in the smallest version that holds it; `None` if
/// even version 10 is too small.
pub fn encode(text: &str) -> Option<QrCode> {
    let bytes = text.as_bytes();
    // A byte for the mode and terminator nibbles, then the length: two bytes from version 10.
    let (version, &(data, ecc, blocks)) = (1..)
        .zip(LEVEL_M.iter())
        .find(|&(v, &(data, _, _))| bytes.len() + 2 + usize::from(v >= 10) <= usize::from(data))?;
    let codewords = codewords(bytes, version >= 10, data.into(), ecc.into(), blocks.into())?;
    let mut grid = Grid::new(version);
    grid.place(&codewords);
    let mut best = (usize::MAX, 0);
    for mask in 0..8 {
        grid.apply_mask(mask);
        grid.draw_format(mask);
        best = best.min((grid.penalty(), mask));
        grid.apply_mask(mask);
    }
    grid.apply_mask(best.1);
    grid.draw_format(best.1);
    Some(QrCode {
        size: grid.size,
        modules: grid.dark,
    })
}

impl QrCode {
    /// Outside the code is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size
            && y < self.size
            && self
                .modules
                .get(y.wrapping_mul(self.size).wrapping_add(x))
                .is_some_and(|&dark| dark)
    }

    /// The side of the SVG `viewBox`: the code inside its quiet zone.
    pub fn view_box_size(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }

    /// The `d` of one SVG path drawing every dark module. Each run of dark
    /// modules in a row is one rectangle, which keeps the markup short.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                let start = x;
                while self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                if run == 0 {
                    x += 1;
                    continue;
                }
                path.push('M');
                push_number(&mut path, start + QUIET_ZONE);
                path.push(' ');
                push_number(&mut path, y + QUIET_ZONE);
                path.push('h');
                push_number(&mut path, run);
                path.push_str("v1h-");
                push_number(&mut path, run);
                path.push('z');
            }
        }
        path
    }
}

/// The data codewords and each block's error correction, interleaved for placing.
fn codewords(
    bytes: &[u8],
    long_length: bool,
    data: usize,
    ecc: usize,
    blocks: usize,
) -> Option<Vec<u8>> {
    // Byte mode's 4-bit header puts everything after it half a byte along.
    let len = bytes.len();
    let length: &[u8] = if long_length {
        &[(len >> 8) as u8, len as u8]
    } else {
        &[len as u8]
    };
    let mut stream = Vec::with_capacity(data);
    let mut previous = 0b0100;
    for &byte in length.iter().chain(bytes).chain(&[0]) {
        stream.push(previous << 4 | byte >> 4);
        previous = byte;
    }
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if stream.len() >= data {
            break;
        }
        stream.push(pad);
    }

    let generator = rs_generator(ecc);
    let short = data / blocks;
    // Blocks one codeword longer come last.
    let first_long = blocks - data % blocks;
    let mut split = Vec::with_capacity(blocks);
    let mut start = 0;
    for block in 0..blocks {
        let end = start + short + usize::from(block >= first_long);
        let block = stream.get(start..end)?;
        split.push((block, rs_remainder(block, &generator)));
        start = end;
    }
    let mut out = Vec::with_capacity(data + ecc * blocks);
    for i in 0..=short {
        out.extend(split.iter().filter_map(|(block, _)| block.get(i)));
    }
    for i in 0..ecc {
        out.extend(split.iter().filter_map(|(_, block)| block.get(i)));
    }
    Some(out)
}

/// The code while it is built: which modules are dark, and which belong to
/// the fixed patterns (never data, never masked).
struct Grid {
    size: usize,
    dark: Vec<bool>,
    fixed: Vec<bool>,
}

impl Grid {
    fn new(version: usize) -> Grid {
        let size = 17 + 4 * version;
        let mut grid = Grid {
            size,
            dark: vec![false; size * size],
            fixed: vec![false; size * size],
        };
        for i in 0..size {
            grid.fix(6, i, i % 2 == 0);
            grid.fix(i, 6, i % 2 == 0);
        }
        let last = size - 7;
        for (left, top) in [(0, 0), (last, 0), (0, last)] {
            // 9 by 9 with the light separator, cut off by the edges.
            for dy in 0..9usize {
                for dx in 0..9usize {
                    let ring = dx.abs_diff(4).max(dy.abs_diff(4));
                    let (x, y) = ((left + dx).wrapping_sub(1), (top + dy).wrapping_sub(1));
                    grid.fix(x, y, ring != 2 && ring != 4);
                }
            }
        }
        // Alignment patterns are centred on row and column 6, the last row
        // and column but 6 and, from version 7, the middle; none on a finder.
        let middle = size / 2;
        let positions = [6, middle, last].into_iter();
        let positions = positions.filter(|&p| version >= 7 || p != middle);
        for cy in positions.clone() {
            for cx in positions.clone() {
                let on_finder = cx.min(cy) == 6 && cx.max(cy) != middle;
                if version >= 2 && !on_finder {
                    for dy in 0..5usize {
                        for dx in 0..5usize {
                            let ring = dx.abs_diff(2).max(dy.abs_diff(2));
                            grid.fix(cx + dx - 2, cy + dy - 2, ring != 1);
                        }
                    }
                }
            }
        }
        // Reserved now so data flows around it; drawn again with the mask.
        grid.draw_format(0);
        if version >= 7 {
            let bits = bch(version as u32, 12, 0x1F25);
            for i in 0..18 {
                let (a, b) = (last - 4 + i % 3, i / 3);
                grid.fix(a, b, bits >> i & 1 != 0);
                grid.fix(b, a, bits >> i & 1 != 0);
            }
        }
        grid
    }

    /// Sets a fixed module; outside the grid (a finder's separator) is ignored.
    fn fix(&mut self, x: usize, y: usize, dark: bool) {
        if x < self.size && y < self.size {
            let at = y * self.size + x;
            if let (Some(d), Some(f)) = (self.dark.get_mut(at), self.fixed.get_mut(at)) {
                *d = dark;
                *f = true;
            }
        }
    }

    fn draw_format(&mut self, mask: usize) {
        // Level M is 00, so the data is just the mask.
        let bits = bch(mask as u32, 10, 0x537) ^ 0x5412;
        let size = self.size;
        for i in 0..15 {
            let dark = bits >> i & 1 != 0;
            // Around the top-left finder, stepping over the timing row and column.
            let (x, y) = match i {
                0..=5 => (8, i),
                6 | 7 => (8, i + 1),
                8 => (7, 8),
                _ => (14 - i, 8),
            };
            self.fix(x, y, dark);
            // Split between the other two finders.
            let (x, y) = if i < 8 {
                (size - 1 - i, 8)
            } else {
                (8, size - 15 + i)
            };
            self.fix(x, y, dark);
        }
        self.fix(8, size - 8, true);
    }

    /// Bits go up, then down, two-module-wide columns from the right edge,
    /// stepping over the vertical timing pattern. Leftover modules stay light.
    fn place(&mut self, codewords: &[u8]) {
        let size = self.size;
        let mut bit = 0;
        let mut right = size - 1;
        let mut upward = true;
        loop {
            for step in 0..size {
                let y = if upward { size - 1 - step } else { step };
                for x in [right, right - 1] {
                    let at = y * size + x;
                    if self.fixed.get(at) == Some(&false) {
                        let dark = codewords
                            .get(bit / 8)
                            .is_some_and(|&byte| byte << (bit % 8) & 0x80 != 0);
                        if let Some(module) = self.dark.get_mut(at) {
                            *module = dark;
                        }
                        bit += 1;
                    }
                }
            }
            upward = !upward;
            if right <= 2 {
                break;
            }
            right -= 2;
            if right == 6 {
                right = 5;
            }
        }
    }

    /// Flips the data modules the mask picks, so applying it twice undoes it.
    fn apply_mask(&mut self, mask: usize) {
        let size = self.size;
        for (at, (dark, &fixed)) in self.dark.iter_mut().zip(&self.fixed).enumerate() {
            let (x, y) = (at % size, at / size);
            let flip = match mask {
                0 => (x + y) % 2 == 0,
                1 => y % 2 == 0,
                2 => x % 3 == 0,
                3 => (x + y) % 3 == 0,
                4 => (x / 3 + y / 2) % 2 == 0,
                5 => x * y % 2 + x * y % 3 == 0,
                6 => (x * y % 2 + x * y % 3) % 2 == 0,
                _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
            };
            *dark ^= flip && !fixed;
        }
    }

    fn at(&self, x: usize, y: usize) -> bool {
        self.dark.get(y * self.size + x) == Some(&true)
    }

    /// The standard's score for how hard a mask makes reading: long runs,
    /// 2 by 2 blocks, look-alikes of the finder pattern, and too much or too
    /// little dark.
    fn penalty(&self) -> usize {
        let size = self.size;
        let mut total = 0;
        // Lengths of alternating runs in one line, light first.
        let mut runs = Vec::with_capacity(size + 2);
        for line in 0..2 * size {
            runs.clear();
            runs.push(0);
            let mut colour = false;
            for i in 0..size {
                let a = line % size;
                let dark = if line < size {
                    self.at(i, a)
                } else {
                    self.at(a, i)
                };
                if dark != colour {
                    runs.push(0);
                    colour = dark;
                }
                if let Some(run) = runs.last_mut() {
                    *run += 1;
                }
            }
            if colour {
                runs.push(0);
            }
            total += runs
                .iter()
                .filter(|&&run| run >= 5)
                .map(|run| run - 2)
                .sum::<usize>();
            // Outside the code is light, as far as the finder test can see.
            if let Some(first) = runs.first_mut() {
                *first += size;
            }
            if let Some(last) = runs.last_mut() {
                *last += size;
            }
            // Dark 1:1:3:1:1 with light on both sides, four wide on one of them.
            for w in runs.windows(7).step_by(2) {
                let &[before, n, b, c, d, e, after] = w else {
                    continue;
                };
                if [b, c, d, e] == [n, 3 * n, n, n] {
                    total += 40 * usize::from(before >= 4 * n && after >= n);
                    total += 40 * usize::from(after >= 4 * n && before >= n);
                }
            }
        }
        for y in 1..size {
            for x in 1..size {
                let dark = self.at(x, y);
                if self.at(x - 1, y) == dark
                    && self.at(x, y - 1) == dark
                    && self.at(x - 1, y - 1) == dark
                {
                    total += 3;
                }
            }
        }
        // 10 for each whole 5% step away from half dark (45% to 55% scores 0).
        let cells = size * size;
        let dark = self.dark.iter().filter(|&&dark| dark).count();
        total
            + 10 * (20 * dark)
                .abs_diff(10 * cells)
                .div_ceil(cells)
                .saturating_sub(1)
    }
}

/// `data` (6 bits at most) followed by its BCH check bits: the remainder on
/// dividing by `generator`.
fn bch(data: u32, check_bits: u32, generator: u32) -> u32 {
    let mut rem = data << check_bits;
    for bit in (check_bits..check_bits + 6).rev() {
        if rem >> bit & 1 != 0 {
            rem ^= generator << (bit - check_bits);
        }
    }
    data << check_bits | rem
}

/// Multiplication in GF(256) modulo x^8 + x^4 + x^3 + x^2 + 1 (0x11D).
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 != 0 {
            product ^= a;
        }
        a = a << 1 ^ if a & 0x80 != 0 { 0x1D } else { 0 };
        b >>= 1;
    }
    product
}

/// (x - 1)(x - α)…(x - α^(degree-1)), highest power first.
fn rs_generator(degree: usize) -> Vec<u8> {
    let mut poly = vec![1u8];
    let mut root = 1;
    for _ in 0..degree {
        poly.push(0);
        for j in (1..poly.len()).rev() {
            let carry = gf_mul(poly[j - 1], root);
            poly[j] ^= carry;
        }
        root = gf_mul(root, 2);
    }
    poly
}

/// The error correction codewords: the remainder of data·x^degree by the generator.
fn rs_remainder(data: &[u8], generator: &[u8]) -> Vec<u8> {
    let mut rem = vec![0u8; generator.len().saturating_sub(1)];
    for &byte in data {
        let factor = byte ^ rem.first().copied().unwrap_or(0);
        // Shift one place towards the front while adding factor·generator.
        for j in 0..rem.len() {
            let next = rem.get(j + 1).copied().unwrap_or(0);
            rem[j] = next ^ gf_mul(generator.get(j + 1).copied().unwrap_or(0), factor);
        }
    }
    rem
}

/// Digits without `core::fmt`, which would add kilobytes to the wasm.
fn push_number(out: &mut String, n: usize) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}
