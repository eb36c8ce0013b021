//! "Listen to this page": which of the browser's voices may read a page
//! aloud. Only a voice on the device: a voice that is not local sends the
//! text to a speech service, and nothing a carer reads may leave the device.

/// A voice as the browser describes it.
#[derive(Clone, Copy, Debug)]
pub struct Voice<'a> {
    /// Its language tag, e.g. "pl-PL" (some browsers write "pl_PL").
    pub language: &'a str,
    /// It speaks on the device, with nothing sent anywhere.
    pub on_device: bool,
}

/// The place in `voices` of the voice that reads a page in `page_language`
/// (e.g. "pl", "ur", "en-XA"): the first voice on the device that speaks the
/// same language, a British one first for English. None: no Listen button.
pub fn voice_for(page_language: &str, voices: &[Voice]) -> Option<usize> {
    let wanted = primary(page_language);
    let speaks =
        |voice: &Voice| voice.on_device && primary(voice.language).eq_ignore_ascii_case(wanted);
    let british = |voice: &Voice| {
        wanted.eq_ignore_ascii_case("en")
            && region(voice.language).is_some_and(|region| region.eq_ignore_ascii_case("gb"))
    };
    voices
        .iter()
        .position(|voice| speaks(voice) && british(voice))
        .or_else(|| voices.iter().position(speaks))
}

fn parts(tag: &str) -> impl Iterator<Item = &str> {
    tag.split(['-', '_'])
}

fn primary(tag: &str) -> &str {
    parts(tag).next().unwrap_or_default()
}

fn region(tag: &str) -> Option<&str> {
    parts(tag).nth(1)
}
