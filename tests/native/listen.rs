//! "Listen to this page" (issue 17): the voice for each page language, and
//! who must get none, so the button is hidden rather than sending the page's
//! text to a speech service or reading it in the wrong language.

use carer_check::domain::listen::{voice_for, Voice};

const fn voice(language: &'static str, on_device: bool) -> Voice<'static> {
    Voice {
        language,
        on_device,
    }
}

/// A phone with a few voices, as Chrome on Android lists them.
const PHONE: [Voice; 7] = [
    voice("en-US", true),
    voice("en-GB", true),
    voice("pl-PL", true),
    voice("ur-PK", false),
    voice("bn_IN", true),
    voice("de-DE", true),
    voice("pa-IN", false),
];

#[test]
fn each_page_language_gets_a_voice_on_the_device_in_that_language_or_none() {
    let table: [(&str, &[Voice], Option<usize>); 12] = [
        // English: the British voice, wherever it is in the list.
        ("en", &PHONE, Some(1)),
        // The test language reads as English.
        ("en-XA", &PHONE, Some(1)),
        ("pl", &PHONE, Some(2)),
        // An underscore, as some browsers write it.
        ("bn", &PHONE, Some(4)),
        // Urdu and Punjabi voices that are not on the device would send the
        // page away: no button.
        ("ur", &PHONE, None),
        ("pa", &PHONE, None),
        // English with no British voice: the first English one.
        (
            "en",
            &[
                voice("de-DE", true),
                voice("en-US", true),
                voice("en-AU", true),
            ],
            Some(1),
        ),
        // Case does not matter.
        ("PL", &[voice("pl-pl", true)], Some(0)),
        // Another language's voice never reads the page.
        ("pl", &[voice("en-GB", true), voice("ru-RU", true)], None),
        // A British voice that is not on the device is passed over.
        (
            "en",
            &[voice("en-GB", false), voice("en-IE", true)],
            Some(1),
        ),
        // "pa" is not "pl", nor a prefix of another language.
        (
            "pa",
            &[voice("pam-PH", true), voice("pa-Guru-IN", true)],
            Some(1),
        ),
        // No voices at all (a browser without speech): no button.
        ("en", &[], None),
    ];
    for (page_language, voices, expected) in table {
        assert_eq!(
            voice_for(page_language, voices),
            expected,
            "a page in {page_language} with {voices:?}"
        );
    }
}
