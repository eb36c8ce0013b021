//! Which language a carer asked for, and whether a language file fits this
//! build. Pure: the browser side is `ui::language`.

/// English is built in; every other language is a file `lang/<tag>.bin`.
pub const ENGLISH: &str = "en";

/// The language asked for by the link (`?lang=pl`) or, failing that, by the
/// host page (`<div id="carer-check" data-lang="pl">`). `None` for English or
/// for anything that is not a language tag (it could name another file).
pub fn requested(query: &str, host_lang: Option<&str>) -> Option<String> {
    let from_link = query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="));
    let tag = from_link.or(host_lang)?.trim();
    let is_tag = (2..=12).contains(&tag.len())
        && tag.split('-').all(|part| {
            (2..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
        && tag.starts_with(|c: char| c.is_ascii_alphabetic());
    (is_tag && !tag.eq_ignore_ascii_case(ENGLISH)).then(|| tag.to_owned())
}

/// The content format a language file must have been built for: files from
/// another build of the app (a kept copy, say) may not fit its types.
pub const FORMAT: &str = env!("CONTENT_FORMAT");

/// The content in a language file, when it was built for this app's format
/// and arrived whole: its checksum (written by build.rs) matches. The content
/// is then read as data this build wrote (`content::trusted`), so a damaged
/// file must never get past here.
pub fn content_of(file: &[u8]) -> Option<&[u8]> {
    let rest = file.strip_prefix(FORMAT.as_bytes())?;
    let (checksum, content) = rest.split_first_chunk::<4>()?;
    (xxhash_rust::xxh32::xxh32(content, 0) == u32::from_le_bytes(*checksum)).then_some(content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_comes_before_the_host_page_and_english_needs_no_file() {
        assert_eq!(requested("?lang=pl", None).as_deref(), Some("pl"));
        assert_eq!(
            requested("?council=bury&lang=ur", Some("pl")).as_deref(),
            Some("ur")
        );
        assert_eq!(requested("", Some("pa-Guru")).as_deref(), Some("pa-Guru"));
        assert_eq!(requested("?council=bury", None), None);
        assert_eq!(requested("?lang=en", Some("pl")), None);
        assert_eq!(requested("?lang=EN", None), None);
    }

    #[test]
    fn anything_that_is_not_a_language_tag_is_never_fetched() {
        for asked in [
            "../index",
            "a",
            "pl/../../x",
            "p l",
            "thirteen-long",
            "1x",
            "",
            "pl-",
            "-pl",
            "pl%2F..",
            "en.bin",
        ] {
            assert_eq!(requested(&format!("?lang={asked}"), None), None, "{asked}");
        }
    }

    fn file_of(content: &[u8]) -> Vec<u8> {
        let mut file = FORMAT.as_bytes().to_vec();
        file.extend(xxhash_rust::xxh32::xxh32(content, 0).to_le_bytes());
        file.extend(content);
        file
    }

    #[test]
    fn a_language_file_is_read_only_when_built_for_these_types() {
        let content = [1u8, 2, 3];
        assert_eq!(content_of(&file_of(&content)), Some(&content[..]));
        assert_eq!(content_of(&content), None);
        let mut other_format = file_of(&content);
        other_format[FORMAT.len() - 2] ^= 1;
        assert_eq!(content_of(&other_format), None);
        assert_eq!(content_of(FORMAT.as_bytes()), None);
    }

    #[test]
    fn a_language_file_that_is_cut_short_or_changed_is_never_read() {
        let content: Vec<u8> = (0..=255).collect();
        let file = file_of(&content);
        for length in 0..file.len() {
            assert_eq!(content_of(&file[..length]), None, "cut to {length} bytes");
        }
        for at in FORMAT.len()..file.len() {
            let mut changed = file.clone();
            changed[at] ^= 0x10;
            assert_eq!(content_of(&changed), None, "byte {at} changed");
        }
        let mut longer = file.clone();
        longer.push(0);
        assert_eq!(content_of(&longer), None, "a byte added");
    }
}
