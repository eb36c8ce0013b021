//! QR codes for the share page, drawn in the browser: no image service, no
//! network, and small enough for the app's size budget. Only what a web
//! address needs: byte mode, error correction level M (a code still scans
//! with some of it smudged or folded), versions 1 to 10 (up to 213 bytes).
//! It follows ISO/IEC 18004 as Project Nayuki's reference encoder reads it,
//! including its mask penalty rules, so the tests can compare the two module
//! for module.

/// A square of modules; `true` is dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    pub size: usize,
    modules: Vec<bool>,
    /// Finder, timing, alignment, format and version modules: not data, never masked.
    function: Vec<bool>,
}

/// Error correction codewords per block, and the number of blocks, for level M.
const ECC_PER_BLOCK: [usize; 10] = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const BLOCKS: [usize; 10] = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5];
/// Level M's two format bits.
const LEVEL_M: u32 = 0;
/// A light border this many modules wide is part of every code.
pub const QUIET_ZONE: usize = 4;

/// The QR code for `text`, or `None` if it is too long for version 10.
pub fn encode(text: &str) -> Option<QrCode> {
    let bytes = text.as_bytes();
    let version = (1..=10).find(|&v| bytes.len() <= capacity(v))?;
    let mut code = QrCode::blank(version);
    let codewords = code.codewords(bytes, version);
    code.place(&codewords);
    let best = (0..8)
        .min_by_key(|&mask| {
            code.apply_mask(mask);
            code.draw_format(mask);
            let penalty = code.penalty();
            code.apply_mask(mask);
            penalty
        })
        .unwrap_or(0);
    code.apply_mask(best);
    code.draw_format(best);
    Some(code)
}

/// Whole codewords a version holds, data and error correction together.
fn raw_codewords(version: usize) -> usize {
    let mut modules = (16 * version + 128) * version + 64;
    if version >= 2 {
        let align = version / 7 + 2;
        modules -= (25 * align - 10) * align - 55;
        if version >= 7 {
            modules -= 36;
        }
    }
    modules / 8
}

fn data_codewords(version: usize) -> usize {
    raw_codewords(version) - ECC_PER_BLOCK[version - 1] * BLOCKS[version - 1]
}

/// Bytes of text a version holds: mode (4 bits) and length (8 or 16 bits) first.
fn capacity(version: usize) -> usize {
    let length_bits = if version < 10 { 8 } else { 16 };
    (data_codewords(version) * 8 - 4 - length_bits) / 8
}

impl QrCode {
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// The side of the SVG `viewBox`: the code and its quiet zone.
    pub fn view_box_size(&self) -> usize {
        self.size + 2 * QUIET_ZONE
    }

    /// The `d` of one SVG path drawing every dark module: a rectangle per
    /// run of dark modules in a row, inside the quiet zone.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
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

    fn blank(version: usize) -> QrCode {
        let size = version * 4 + 17;
        let mut code = QrCode {
            size,
            modules: vec![false; size * size],
            function: vec![false; size * size],
        };
        for i in 0..size {
            code.set_function(6, i, i % 2 == 0);
            code.set_function(i, 6, i % 2 == 0);
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            code.finder(x, y);
        }
        let positions = alignment_positions(version, size);
        let last = positions.len().saturating_sub(1);
        for (i, &x) in positions.iter().enumerate() {
            for (j, &y) in positions.iter().enumerate() {
                // Not where a finder pattern already is: three of the corners.
                let on_finder = i.min(j) == 0 && (i.max(j) == 0 || i.max(j) == last);
                if !on_finder {
                    code.alignment(x, y);
                }
            }
        }
        // Reserve the format areas now; their bits are drawn with the mask.
        code.draw_format(0);
        code.draw_version(version);
        code
    }

    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        let at = y * self.size + x;
        self.modules[at] = dark;
        self.function[at] = true;
    }

    /// A finder pattern centred on (x, y), with its light separator.
    fn finder(&mut self, x: usize, y: usize) {
        for dy in -4i32..=4 {
            for dx in -4i32..=4 {
                let (fx, fy) = (x as i32 + dx, y as i32 + dy);
                let size = self.size as i32;
                if (0..size).contains(&fx) && (0..size).contains(&fy) {
                    let ring = dx.abs().max(dy.abs());
                    self.set_function(fx as usize, fy as usize, ring != 2 && ring != 4);
                }
            }
        }
    }

    fn alignment(&mut self, x: usize, y: usize) {
        for dy in 0..5 {
            for dx in 0..5 {
                let ring = (dx as i32 - 2).abs().max((dy as i32 - 2).abs());
                self.set_function(x + dx - 2, y + dy - 2, ring != 1);
            }
        }
    }

    fn draw_format(&mut self, mask: u32) {
        let data = (LEVEL_M << 3) | mask;
        let mut rem = data;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        let bits = ((data << 10) | rem) ^ 0x5412;
        let bit = |i: u32| (bits >> i) & 1 != 0;
        let size = self.size;
        for i in 0..=5 {
            self.set_function(8, i as usize, bit(i));
        }
        self.set_function(8, 7, bit(6));
        self.set_function(8, 8, bit(7));
        self.set_function(7, 8, bit(8));
        for i in 9..15 {
            self.set_function(14 - i as usize, 8, bit(i));
        }
        for i in 0..8 {
            self.set_function(size - 1 - i as usize, 8, bit(i));
        }
        for i in 8..15 {
            self.set_function(8, size - 15 + i as usize, bit(i));
        }
        self.set_function(8, size - 8, true);
    }

    fn draw_version(&mut self, version: usize) {
        if version < 7 {
            return;
        }
        let mut rem = version as u32;
        for _ in 0..12 {
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
        }
        let bits = ((version as u32) << 12) | rem;
        for i in 0..18 {
            let dark = (bits >> i) & 1 != 0;
            let (a, b) = (self.size - 11 + i % 3, i / 3);
            self.set_function(a, b, dark);
            self.set_function(b, a, dark);
        }
    }

    /// The text as data codewords, padded, split into blocks with their
    /// error correction, and interleaved.
    fn codewords(&self, bytes: &[u8], version: usize) -> Vec<u8> {
        let mut bits = Bits::default();
        bits.push(0b0100, 4);
        bits.push(bytes.len() as u32, if version < 10 { 8 } else { 16 });
        for &byte in bytes {
            bits.push(u32::from(byte), 8);
        }
        let capacity = data_codewords(version) * 8;
        let terminator = (capacity - bits.len).min(4);
        bits.push(0, terminator);
        bits.push(0, (8 - bits.len % 8) % 8);
        let mut data = bits.bytes;
        for pad in [0xEC, 0x11].into_iter().cycle() {
            if data.len() * 8 >= capacity {
                break;
            }
            data.push(pad);
        }

        let blocks = BLOCKS[version - 1];
        let ecc_len = ECC_PER_BLOCK[version - 1];
        let raw = raw_codewords(version);
        let short_blocks = blocks - raw % blocks;
        let short_len = raw / blocks;
        let divisor = rs_divisor(ecc_len);
        let mut split = Vec::new();
        let mut at = 0;
        for i in 0..blocks {
            let data_len = short_len - ecc_len + usize::from(i >= short_blocks);
            let mut block = data[at..at + data_len].to_vec();
            at += data_len;
            let ecc = rs_remainder(&block, &divisor);
            if i < short_blocks {
                block.push(0);
            }
            block.extend(ecc);
            split.push(block);
        }
        let mut out = Vec::with_capacity(raw);
        for i in 0..=short_len {
            for (j, block) in split.iter().enumerate() {
                // Short blocks carry a placeholder where long ones have one more data byte.
                if i != short_len - ecc_len || j >= short_blocks {
                    out.push(block[i]);
                }
            }
        }
        out
    }

    /// Data bits go up and down two-module columns from the right.
    fn place(&mut self, codewords: &[u8]) {
        let size = self.size;
        let mut i = 0;
        let mut right = size - 1;
        loop {
            if right == 6 {
                right = 5;
            }
            for vertical in 0..size {
                for j in 0..2 {
                    let x = right - j;
                    let upward = (right + 1) & 2 == 0;
                    let y = if upward {
                        size - 1 - vertical
                    } else {
                        vertical
                    };
                    let at = y * size + x;
                    if !self.function[at] && i < codewords.len() * 8 {
                        self.modules[at] = (codewords[i >> 3] >> (7 - (i & 7))) & 1 != 0;
                        i += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    /// Flips the data modules the mask selects; doing it twice undoes it.
    fn apply_mask(&mut self, mask: u32) {
        for y in 0..self.size {
            for x in 0..self.size {
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
                let at = y * self.size + x;
                self.modules[at] ^= flip && !self.function[at];
            }
        }
    }

    /// The standard's penalty: long runs, 2×2 blocks, finder-like patterns
    /// and an unbalanced number of dark modules.
    fn penalty(&self) -> isize {
        let size = self.size;
        let mut total = 0;
        for transpose in [false, true] {
            for a in 0..size {
                let mut run_dark = false;
                let mut run = 0;
                let mut history = [0usize; 7];
                for b in 0..size {
                    let dark = if transpose {
                        self.is_dark(a, b)
                    } else {
                        self.is_dark(b, a)
                    };
                    if dark == run_dark {
                        run += 1;
                        if run == 5 {
                            total += 3;
                        } else if run > 5 {
                            total += 1;
                        }
                    } else {
                        add_history(run, &mut history, size);
                        if !run_dark {
                            total += finder_like(&history) * 40;
                        }
                        run_dark = dark;
                        run = 1;
                    }
                }
                if run_dark {
                    add_history(run, &mut history, size);
                    run = 0;
                }
                add_history(run + size, &mut history, size);
                total += finder_like(&history) * 40;
            }
        }
        for y in 0..size - 1 {
            for x in 0..size - 1 {
                let dark = self.is_dark(x, y);
                if dark == self.is_dark(x + 1, y)
                    && dark == self.is_dark(x, y + 1)
                    && dark == self.is_dark(x + 1, y + 1)
                {
                    total += 3;
                }
            }
        }
        let dark = self.modules.iter().filter(|&&m| m).count();
        let all = size * size;
        let off = (dark * 20).abs_diff(all * 10);
        // A perfect balance scores -10, as in the reference encoder.
        total as isize + (off.div_ceil(all) as isize - 1) * 10
    }
}

fn alignment_positions(version: usize, size: usize) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let count = version / 7 + 2;
    let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
    let mut positions: Vec<usize> = (0..count - 1).map(|i| size - 7 - i * step).collect();
    positions.push(6);
    positions.reverse();
    positions
}

/// Records a run's length; the first run also counts the light border.
fn add_history(mut run: usize, history: &mut [usize; 7], size: usize) {
    if history[0] == 0 {
        run += size;
    }
    history.copy_within(0..6, 1);
    history[0] = run;
}

/// How many 1:1:3:1:1 patterns with light space on a side the runs end in.
fn finder_like(history: &[usize; 7]) -> usize {
    let n = history[1];
    let core =
        n > 0 && history[2] == n && history[3] == n * 3 && history[4] == n && history[5] == n;
    usize::from(core && history[0] >= n * 4 && history[6] >= n)
        + usize::from(core && history[6] >= n * 4 && history[0] >= n)
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: u32, count: usize) {
        for i in (0..count).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if (value >> i) & 1 != 0 {
                if let Some(last) = self.bytes.last_mut() {
                    *last |= 0x80 >> (self.len % 8);
                }
            }
            self.len += 1;
        }
    }
}

/// Multiplication in GF(2^8) with the QR polynomial 0x11D.
fn gf_multiply(x: u8, y: u8) -> u8 {
    let mut z: u32 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= ((u32::from(y) >> i) & 1) * u32::from(x);
    }
    z as u8
}

fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut result = vec![0u8; degree];
    result[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            result[j] = gf_multiply(result[j], root);
            if j + 1 < degree {
                result[j] ^= result[j + 1];
            }
        }
        root = gf_multiply(root, 0x02);
    }
    result
}

fn rs_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut result = vec![0u8; divisor.len()];
    for &byte in data {
        let factor = byte ^ result[0];
        result.remove(0);
        result.push(0);
        for (r, &d) in result.iter_mut().zip(divisor) {
            *r ^= gf_multiply(d, factor);
        }
    }
    result
}

/// Digits without the formatting machinery (it costs kilobytes of wasm).
fn push_number(out: &mut String, mut n: usize) {
    let start = out.len();
    loop {
        out.insert(start, char::from(b'0' + (n % 10) as u8));
        n /= 10;
        if n == 0 {
            break;
        }
    }
}
