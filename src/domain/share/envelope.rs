//! The locked plan file: the envelope around what the browser's Web Crypto
//! encrypts. This module does no cryptography; it records how the contents
//! were locked, and reads that back, refusing anything it cannot trust.
//!
//! A file is JSON on one line, so a person (or any tool) can see what it is:
//!
//! ```json
//! {"format":"carer-check-locked","version":1,
//!  "encryption":"AES-GCM","key_bits":256,
//!  "key_derivation":"PBKDF2","hash":"SHA-256","iterations":600000,
//!  "salt":"<base64, 16 bytes or more>","nonce":"<base64, 12 bytes>",
//!  "check":"<8 hex digits>","ciphertext":"<base64, with its 16-byte tag>"}
//! ```
//!
//! - `format` names the kind of file; `version` is this layout's version.
//! - `encryption`, `key_bits`, `key_derivation`, `hash`, `iterations` are
//!   Web Crypto's own names and parameters: the key is
//!   `PBKDF2(SHA-256, passphrase, salt, iterations)` as a 256-bit AES-GCM
//!   key; the contents are `AES-GCM(key, nonce, additional data)`, where the
//!   additional data is [`Parameters::additional_data`] (the header, so it
//!   cannot be changed without the decryption failing).
//! - base64 is the standard alphabet with padding (RFC 4648 section 4).
//! - `check` is a checksum (xxHash32, seed 0, as 8 lowercase hex digits) of
//!   the additional data, salt, nonce and ciphertext. It is not security (AES-GCM's tag is
//!   that): it tells a file damaged on the way (a changed byte) from a wrong
//!   passphrase, which the decryption alone cannot tell apart, and it does so
//!   before the slow key derivation.
//!
//! What the envelope cannot see: whether the passphrase is right. Web
//! Crypto's decryption fails for a wrong passphrase, and also for a file
//! changed on purpose with its checksum made again; the app then says the
//! passphrase does not open this file (and that it may have been changed).
//!
//! Later versions may raise the parameters for new files ([`NEW_ITERATIONS`])
//! and still open older files: a file records its own parameters, and any
//! file whose parameters are at least the minimums ([`Rules`]) is opened.

use crate::domain::dates::Date;
use crate::json::{self, Map, Value};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use xxhash_rust::xxh32::xxh32;

/// Names the kind of file, so another kind (the answers file, a photo) is
/// told apart.
pub const FORMAT: &str = "carer-check-locked";
/// The layout this app writes.
pub const VERSION: u32 = 1;

/// Web Crypto's names for the method, as written in the file.
pub const ENCRYPTION: &str = "AES-GCM";
pub const KEY_DERIVATION: &str = "PBKDF2";
pub const HASH: &str = "SHA-256";
/// The AES key's length in bits: the only one accepted.
pub const KEY_BITS: u32 = 256;
/// AES-GCM's nonce: 96 bits, the only length accepted.
pub const NONCE_BYTES: usize = 12;
/// AES-GCM's authentication tag at the end of the ciphertext (128 bits,
/// Web Crypto's default `tagLength`).
pub const TAG_BYTES: usize = 16;

/// The fewest PBKDF2 iterations a file may have and still be opened.
pub const MIN_ITERATIONS: u32 = 600_000;
/// The most: a file asking for more would keep a phone busy for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// The shortest salt a file may have and still be opened.
pub const MIN_SALT_BYTES: usize = 16;

/// New files' parameters: never below the minimums (a test says so). A
/// later version may raise them; files made with the old ones still open.
pub const NEW_ITERATIONS: u32 = 600_000;
pub const NEW_SALT_BYTES: usize = 16;

/// Bigger files are refused unread: an answers file is at most 1 MiB, and
/// base64 makes it a third longer.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// The fields of a file, named in problems.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Version,
    Encryption,
    KeyBits,
    KeyDerivation,
    Hash,
    Iterations,
    Salt,
    Nonce,
    Check,
    Ciphertext,
}

impl Field {
    /// The field's key in the file.
    pub fn key(self) -> &'static str {
        match self {
            Field::Version => "version",
            Field::Encryption => "encryption",
            Field::KeyBits => "key_bits",
            Field::KeyDerivation => "key_derivation",
            Field::Hash => "hash",
            Field::Iterations => "iterations",
            Field::Salt => "salt",
            Field::Nonce => "nonce",
            Field::Check => "check",
            Field::Ciphertext => "ciphertext",
        }
    }
}

/// Why a file cannot be opened. Every problem has its own variant, so the UI
/// can word each; [`EnvelopeProblem::kind`] groups them for the carer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnvelopeProblem {
    /// Nothing in it (or only white space).
    Empty,
    /// Bigger than [`MAX_BYTES`].
    TooBig,
    /// Not a locked plan file: another kind of file.
    NotOurs,
    /// A locked plan file from a newer Carer Check (its version).
    Newer(u32),
    /// Ours, but it ends early: cut short.
    CutShort,
    /// Ours, but a field is not there.
    Missing(Field),
    /// Ours, but a field is not what it must be (the wrong type, bad
    /// base64, a version of 0).
    Malformed(Field),
    /// Locked with a method this app does not use (the field that says so).
    UnknownMethod(Field),
    /// A key length other than 256 bits.
    KeyBits(u32),
    /// Fewer iterations than [`MIN_ITERATIONS`].
    TooFewIterations(u32),
    /// More iterations than [`MAX_ITERATIONS`].
    TooManyIterations(u32),
    /// A salt shorter than [`MIN_SALT_BYTES`] (its length in bytes).
    SaltTooShort(usize),
    /// A nonce other than [`NONCE_BYTES`] long (its length in bytes).
    NonceLength(usize),
    /// A ciphertext shorter than AES-GCM's tag (its length in bytes).
    CiphertextTooShort(usize),
    /// The checksum does not match: a byte was changed on the way.
    Changed,
}

/// The problems grouped as the carer is told them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// Empty, too big, or another kind of file.
    NotALockedFile,
    /// Made by a newer Carer Check: update the app.
    Newer,
    /// Cut short: ask for the file again.
    CutShort,
    /// Something in it was changed or is missing: ask for the file again.
    Damaged,
    /// Locked in a way this app will not trust (too weak, or unknown).
    NotSafe,
}

impl EnvelopeProblem {
    pub fn kind(&self) -> ProblemKind {
        match self {
            EnvelopeProblem::Empty | EnvelopeProblem::TooBig | EnvelopeProblem::NotOurs => {
                ProblemKind::NotALockedFile
            }
            EnvelopeProblem::Newer(_) => ProblemKind::Newer,
            EnvelopeProblem::CutShort => ProblemKind::CutShort,
            EnvelopeProblem::Missing(_)
            | EnvelopeProblem::Malformed(_)
            | EnvelopeProblem::CiphertextTooShort(_)
            | EnvelopeProblem::Changed => ProblemKind::Damaged,
            EnvelopeProblem::UnknownMethod(_)
            | EnvelopeProblem::KeyBits(_)
            | EnvelopeProblem::TooFewIterations(_)
            | EnvelopeProblem::TooManyIterations(_)
            | EnvelopeProblem::SaltTooShort(_)
            | EnvelopeProblem::NonceLength(_) => ProblemKind::NotSafe,
        }
    }
}

/// What reading accepts. [`Rules::CURRENT`] is this app's; a later app has
/// a newer `newest_version` and perhaps higher parameters for new files,
/// with the same minimums, so older files still open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    /// The newest version this app can read (it reads every one from 1).
    pub newest_version: u32,
    pub min_iterations: u32,
    pub max_iterations: u32,
    pub min_salt_bytes: usize,
}

impl Rules {
    pub const CURRENT: Rules = Rules {
        newest_version: VERSION,
        min_iterations: MIN_ITERATIONS,
        max_iterations: MAX_ITERATIONS,
        min_salt_bytes: MIN_SALT_BYTES,
    };
}

/// How a file's contents are locked: all the key derivation and the
/// decryption need, except the passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parameters {
    pub version: u32,
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub nonce: Vec<u8>,
}

impl Parameters {
    /// A new file's parameters, from the browser's random salt and nonce.
    pub fn for_new_file(salt: &[u8], nonce: &[u8]) -> Result<Parameters, EnvelopeProblem> {
        let parameters = Parameters {
            version: VERSION,
            iterations: NEW_ITERATIONS,
            salt: salt.to_vec(),
            nonce: nonce.to_vec(),
        };
        parameters.check(&Rules::CURRENT)?;
        Ok(parameters)
    }

    /// AES-GCM's additional data: the header, so changing the method, the
    /// version or the iterations makes decryption fail.
    pub fn additional_data(&self) -> Vec<u8> {
        format!(
            "{FORMAT};{};{ENCRYPTION};{KEY_BITS};{KEY_DERIVATION};{HASH};{}",
            self.version, self.iterations
        )
        .into_bytes()
    }

    /// Refuses parameters below the minimums (or above the maximum).
    fn check(&self, rules: &Rules) -> Result<(), EnvelopeProblem> {
        if self.iterations < rules.min_iterations {
            return Err(EnvelopeProblem::TooFewIterations(self.iterations));
        }
        if self.iterations > rules.max_iterations {
            return Err(EnvelopeProblem::TooManyIterations(self.iterations));
        }
        if self.salt.len() < rules.min_salt_bytes {
            return Err(EnvelopeProblem::SaltTooShort(self.salt.len()));
        }
        if self.nonce.len() != NONCE_BYTES {
            return Err(EnvelopeProblem::NonceLength(self.nonce.len()));
        }
        Ok(())
    }
}

/// A locked file: its parameters and the ciphertext (with its tag).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub parameters: Parameters,
    pub ciphertext: Vec<u8>,
}

impl Envelope {
    /// A new file's envelope, from what the browser made: the salt and
    /// nonce it drew, the iterations it used and the ciphertext it got.
    /// Refuses anything it would refuse to open.
    pub fn new(
        salt: &[u8],
        nonce: &[u8],
        iterations: u32,
        ciphertext: &[u8],
    ) -> Result<Envelope, EnvelopeProblem> {
        let parameters = Parameters {
            version: VERSION,
            iterations,
            salt: salt.to_vec(),
            nonce: nonce.to_vec(),
        };
        Envelope::sealed(parameters, ciphertext.to_vec(), &Rules::CURRENT)
    }

    /// An envelope of any version (tests make older ones this way).
    pub fn sealed(
        parameters: Parameters,
        ciphertext: Vec<u8>,
        rules: &Rules,
    ) -> Result<Envelope, EnvelopeProblem> {
        parameters.check(rules)?;
        if ciphertext.len() < TAG_BYTES {
            return Err(EnvelopeProblem::CiphertextTooShort(ciphertext.len()));
        }
        Ok(Envelope {
            parameters,
            ciphertext,
        })
    }

    /// The checksum in the file (see the module's notes).
    pub fn check(&self) -> String {
        let p = &self.parameters;
        let mut bytes = p.additional_data();
        bytes.extend_from_slice(&p.salt);
        bytes.extend_from_slice(&p.nonce);
        bytes.extend_from_slice(&self.ciphertext);
        format!("{:08x}", xxh32(&bytes, 0))
    }

    /// The file's text.
    pub fn write(&self) -> String {
        let p = &self.parameters;
        let text = |s: &str| Value::String(s.to_owned());
        let base64 = |bytes: &[u8]| Value::String(STANDARD.encode(bytes));
        let mut file = Map::new();
        file.insert("format".into(), text(FORMAT));
        file.insert(Field::Version.key().into(), Value::from(p.version));
        file.insert(Field::Encryption.key().into(), text(ENCRYPTION));
        file.insert(Field::KeyBits.key().into(), Value::from(KEY_BITS));
        file.insert(Field::KeyDerivation.key().into(), text(KEY_DERIVATION));
        file.insert(Field::Hash.key().into(), text(HASH));
        file.insert(Field::Iterations.key().into(), Value::from(p.iterations));
        file.insert(Field::Salt.key().into(), base64(&p.salt));
        file.insert(Field::Nonce.key().into(), base64(&p.nonce));
        file.insert(Field::Check.key().into(), text(&self.check()));
        file.insert(Field::Ciphertext.key().into(), base64(&self.ciphertext));
        json::print(&Value::Object(file))
    }
}

/// The file's name: dated, and nothing else (no one's name).
pub fn file_name(made: Date) -> String {
    format!(
        "carer-check-locked-{:04}-{:02}-{:02}.json",
        made.year, made.month, made.day
    )
}

/// Reads a file with this app's rules.
pub fn read(bytes: &[u8]) -> Result<Envelope, EnvelopeProblem> {
    read_with(bytes, &Rules::CURRENT)
}

/// Reads a file, or says why it cannot be opened. Never panics.
pub fn read_with(bytes: &[u8], rules: &Rules) -> Result<Envelope, EnvelopeProblem> {
    if bytes.len() > MAX_BYTES {
        return Err(EnvelopeProblem::TooBig);
    }
    let marker = format!("\"{FORMAT}\"");
    let Ok(text) = std::str::from_utf8(bytes) else {
        // Not text: a changed byte in one of ours, or another kind of file.
        return Err(if contains(bytes, marker.as_bytes()) {
            EnvelopeProblem::Changed
        } else {
            EnvelopeProblem::NotOurs
        });
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim();
    if text.is_empty() {
        return Err(EnvelopeProblem::Empty);
    }
    let value = match json::parse(text) {
        Ok(value) => value,
        // Ours if it names our format: cut short if it stops before its
        // end, changed if its end is there but something before it broke.
        Err(_) if text.contains(&marker) && !text.ends_with('}') => {
            return Err(EnvelopeProblem::CutShort)
        }
        Err(_) if text.contains(&marker) => return Err(EnvelopeProblem::Changed),
        Err(_) => return Err(EnvelopeProblem::NotOurs),
    };
    let Value::Object(file) = value else {
        return Err(EnvelopeProblem::NotOurs);
    };
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(EnvelopeProblem::NotOurs);
    }
    let version = whole_number(&file, Field::Version)?;
    if version == 0 {
        return Err(EnvelopeProblem::Malformed(Field::Version));
    }
    if version > rules.newest_version {
        return Err(EnvelopeProblem::Newer(version));
    }
    method(&file, Field::Encryption, ENCRYPTION)?;
    method(&file, Field::KeyDerivation, KEY_DERIVATION)?;
    method(&file, Field::Hash, HASH)?;
    let key_bits = whole_number(&file, Field::KeyBits)?;
    let iterations = whole_number(&file, Field::Iterations)?;
    let salt = base64(&file, Field::Salt)?;
    let nonce = base64(&file, Field::Nonce)?;
    let check = text_field(&file, Field::Check)?;
    if check.len() != 8
        || !check
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    {
        return Err(EnvelopeProblem::Malformed(Field::Check));
    }
    let ciphertext = base64(&file, Field::Ciphertext)?;
    let envelope = Envelope {
        parameters: Parameters {
            version,
            iterations,
            salt,
            nonce,
        },
        ciphertext,
    };
    // Damage first: a changed byte is told as that, not as whatever the
    // changed value now seems to be.
    if envelope.check() != check {
        return Err(EnvelopeProblem::Changed);
    }
    if key_bits != KEY_BITS {
        return Err(EnvelopeProblem::KeyBits(key_bits));
    }
    Envelope::sealed(envelope.parameters, envelope.ciphertext, rules)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

fn field(file: &Map, field: Field) -> Result<&Value, EnvelopeProblem> {
    file.get(field.key()).ok_or(EnvelopeProblem::Missing(field))
}

fn text_field(file: &Map, name: Field) -> Result<&str, EnvelopeProblem> {
    field(file, name)?
        .as_str()
        .ok_or(EnvelopeProblem::Malformed(name))
}

fn whole_number(file: &Map, name: Field) -> Result<u32, EnvelopeProblem> {
    field(file, name)?
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or(EnvelopeProblem::Malformed(name))
}

fn method(file: &Map, name: Field, expected: &str) -> Result<(), EnvelopeProblem> {
    if text_field(file, name)? == expected {
        Ok(())
    } else {
        Err(EnvelopeProblem::UnknownMethod(name))
    }
}

fn base64(file: &Map, name: Field) -> Result<Vec<u8>, EnvelopeProblem> {
    STANDARD
        .decode(text_field(file, name)?)
        .map_err(|_| EnvelopeProblem::Malformed(name))
}
