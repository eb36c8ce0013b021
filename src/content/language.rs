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

/// The content in a language file, when it was built for this app's format.
pub fn content_of(file: &[u8]) -> Option<&[u8]> {
    file.strip_prefix(FORMAT.as_bytes())
}
