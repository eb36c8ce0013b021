//! Which language a carer asked for, and whether a language file fits this
//! build. Pure: the browser side is `ui::language`.

/// English is built in; every other language is a file `lang/<tag>.bin`.
pub const ENGLISH: &str = "en";

/// Where the language a carer starts in came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The link (`?lang=pl`, and `?lang=en` for English): the carer's choice now.
    Link,
    /// The choice the carer made earlier, kept with the answers (`storage`).
    Kept,
    /// The host page (`<div id="carer-check" data-lang="pl">`).
    HostPage,
    /// Nothing asked: English.
    Nothing,
}

/// The language to start in: `tag` (`en` for English, which needs no file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Start {
    pub tag: String,
    pub from: Source,
}

impl Start {
    /// English: no file to fetch.
    pub fn is_english(&self) -> bool {
        self.tag.eq_ignore_ascii_case(ENGLISH)
    }

    /// Whether the language is kept with the answers once it has started
    /// (`loaded`: its file was read; English needs none). A choice from the
    /// link is kept only when its file loaded, so a broken or offline link
    /// never replaces a language that works; a kept choice stays kept.
    pub fn keep(&self, loaded: bool) -> bool {
        match self.from {
            Source::Link => loaded || self.is_english(),
            Source::Kept => true,
            Source::HostPage | Source::Nothing => false,
        }
    }
}

/// Which language to start in: the link's `?lang=` (a choice made now,
/// `?lang=en` included) before the carer's kept choice, before the host
/// page's `data-lang`, before English. Anything that is not a language tag
/// is passed over (it could name another file).
pub fn start(query: &str, kept: Option<&str>, host_lang: Option<&str>) -> Start {
    let link = query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="));
    [
        (link, Source::Link),
        (kept, Source::Kept),
        (host_lang, Source::HostPage),
    ]
    .into_iter()
    .find_map(|(tag, from)| Some((tag_in(tag?)?, from)))
    .map_or(
        Start {
            tag: ENGLISH.to_owned(),
            from: Source::Nothing,
        },
        |(tag, from)| Start {
            tag: tag.to_owned(),
            from,
        },
    )
}

/// The host page's language: `data-lang` on the host element or, in the
/// snippet's frame, the `host-lang=` embed.js copies from the council's
/// element. Never the carer's choice, so never kept.
pub fn host_language<'a>(query: &'a str, attribute: Option<&'a str>) -> Option<&'a str> {
    attribute.or_else(|| {
        query
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("host-lang="))
    })
}

/// The language to offer in one line, in its own words, when the browser
/// prefers one the app has to the one on screen: the first of `preferred`
/// (the browser's languages, most wanted first) that is in `have`, unless it
/// is the one on screen. Never when the carer chose the language on screen
/// (`chosen`: the link, or a kept choice): an offer, never a switch.
pub fn to_offer<'a>(
    preferred: &[String],
    on_screen: &str,
    chosen: bool,
    have: &[&'a str],
) -> Option<&'a str> {
    let primary = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    let wanted = preferred
        .iter()
        .find_map(|tag| have.iter().find(|have| primary(have) == primary(tag)))?;
    (!chosen && primary(wanted) != primary(on_screen)).then_some(*wanted)
}

/// A language tag (`pl`, `pa-Guru`, `en`), or `None` for anything else.
fn tag_in(text: &str) -> Option<&str> {
    let tag = text.trim();
    let is_tag = (2..=12).contains(&tag.len())
        && tag.split('-').all(|part| {
            (2..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
        && tag.starts_with(|c: char| c.is_ascii_alphabetic());
    is_tag.then_some(tag)
}

/// Whether a language is written right to left (Urdu, Arabic and others),
/// from its primary subtag: the app's own element then gets `dir="rtl"`.
pub fn is_right_to_left(tag: &str) -> bool {
    const RIGHT_TO_LEFT: &[&str] = &[
        "ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi",
    ];
    let primary = tag.split('-').next().unwrap_or_default();
    RIGHT_TO_LEFT
        .iter()
        .any(|rtl| primary.eq_ignore_ascii_case(rtl))
}

/// The address of this page in another language: the same query with
/// `lang=<tag>` in place of any language asked for.
pub fn switch_to(query: &str, tag: &str) -> String {
    let mut pairs: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .collect();
    let asked = format!("lang={tag}");
    pairs.push(&asked);
    format!("?{}", pairs.join("&"))
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

    fn given(text: &str) -> Option<&str> {
        Some(text).filter(|t| !t.is_empty())
    }

    /// What `start` gives, in words: the tag, where it came from, and when it
    /// is kept with the answers (`if-loaded`: only once its file has loaded).
    /// An empty argument is `None`.
    fn started(query: &str, kept: &str, host: &str) -> String {
        let start = start(query, given(kept), given(host));
        let keep = match (start.keep(true), start.keep(false)) {
            (true, true) => "always",
            (true, false) => "if-loaded",
            (false, false) => "never",
            (false, true) => "only-if-not-loaded",
        };
        format!("{} {:?} {keep}", start.tag, start.from)
    }

    #[test]
    fn the_host_pages_language_comes_from_its_element_or_the_snippets_frame() {
        // (query, data-lang on our element, the host page's language)
        let table = [
            ("", None, None),
            ("", Some("pl"), Some("pl")),
            ("?council=bury&host-lang=ur", None, Some("ur")),
            ("?host-lang=ur", Some("pl"), Some("pl")),
            // The carer's own choice in the link is not the host page's.
            ("?lang=ur", None, None),
        ];
        for (query, attribute, want) in table {
            assert_eq!(
                host_language(query, attribute),
                want,
                "{query} {attribute:?}"
            );
        }
        // Shown, never kept: a host page never makes the carer's choice.
        let framed = start(
            "?council=bury&host-lang=pl",
            None,
            host_language("?council=bury&host-lang=pl", None),
        );
        assert_eq!(
            (framed.tag.as_str(), framed.from, framed.keep(true)),
            ("pl", Source::HostPage, false)
        );
    }

    #[test]
    fn who_starts_in_which_language_and_which_choice_is_kept() {
        let table = [
            // (link's query, kept choice, host page's data-lang, starts in)
            // Nothing asked: English, and nothing to keep.
            ("", "", "", "en Nothing never"),
            // The link is the carer's choice now: over a kept choice and the host page.
            ("?lang=pl", "", "", "pl Link if-loaded"),
            ("?council=bury&lang=ur", "", "", "ur Link if-loaded"),
            ("?lang=ur", "pl", "", "ur Link if-loaded"),
            ("?lang=ur", "", "pl", "ur Link if-loaded"),
            ("?lang=ur", "pl", "bn", "ur Link if-loaded"),
            // ?lang=en means English, needs no file, and replaces a kept choice.
            ("?lang=en", "pl", "bn", "en Link always"),
            ("?lang=EN", "pl", "", "EN Link always"),
            // A kept choice opens the plain address (a bookmark, the GP's link) in it.
            ("", "pl", "", "pl Kept always"),
            ("?council=bury", "pa-Guru", "", "pa-Guru Kept always"),
            // A host page's data-lang never overrides a carer's kept choice, English included.
            ("", "ur", "pl", "ur Kept always"),
            ("", "en", "pl", "en Kept always"),
            // The host page when the carer has chosen nothing: shown, never kept.
            ("", "", "pl", "pl HostPage never"),
            ("?council=bury", "", "pa-Guru", "pa-Guru HostPage never"),
            // A junk kept value is passed over, as if nothing were kept.
            ("", "../x", "pl", "pl HostPage never"),
            ("", " ", "", "en Nothing never"),
            ("", "pl/../../x", "", "en Nothing never"),
            // A junk or empty link is no choice: the kept choice stays.
            ("?lang=../x", "bn", "pl", "bn Kept always"),
            ("?lang=", "", "pl", "pl HostPage never"),
        ];
        for (query, kept, host, expected) in table {
            assert_eq!(
                started(query, kept, host),
                expected,
                "link {query:?}, kept {kept:?}, host {host:?}"
            );
        }
        assert!(start("?lang=EN", None, None).is_english());
        assert!(start("", Some("en"), Some("pl")).is_english());
        assert!(!start("?lang=en-XA", None, None).is_english());
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
            let english = Start {
                tag: ENGLISH.to_owned(),
                from: Source::Nothing,
            };
            let query = format!("?lang={asked}");
            assert_eq!(start(&query, None, None), english, "link {asked}");
            assert_eq!(start("", Some(asked), None), english, "kept {asked}");
            assert_eq!(start("", None, Some(asked)), english, "host {asked}");
        }
    }

    #[test]
    fn urdu_and_other_right_to_left_scripts_are_mirrored_and_no_other_language_is() {
        for rtl in ["ur", "ur-PK", "UR", "ar", "fa", "he", "ps"] {
            assert!(is_right_to_left(rtl), "{rtl}");
        }
        for ltr in [
            "en", "pl", "pa", "pa-Guru", "bn", "en-XA", "gu", "ta", "so", "ro", "ku", "u", "",
        ] {
            assert!(!is_right_to_left(ltr), "{ltr}");
        }
    }

    #[test]
    fn the_link_to_another_language_keeps_the_rest_of_the_query() {
        assert_eq!(switch_to("?lang=ur", ENGLISH), "?lang=en");
        assert_eq!(switch_to("", ENGLISH), "?lang=en");
        assert_eq!(
            switch_to("?council=bury&lang=pa&x=1", "bn"),
            "?council=bury&x=1&lang=bn"
        );
        assert_eq!(switch_to("?council=bury", "pl"), "?council=bury&lang=pl");
        // English is what start() reads as no language file, even over a kept choice and the host page's.
        assert!(start(&switch_to("?lang=bn", ENGLISH), Some("bn"), Some("bn")).is_english());
        assert_eq!(start(&switch_to("", "ur"), Some("pl"), None).tag, "ur");
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
