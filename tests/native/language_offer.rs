//! Offering the browser's language (issue 17): who is offered which
//! language, in one line, and who must not be offered any.

use carer_check::content::language::to_offer;

const HAVE: [&str; 5] = ["en", "pl", "ur", "pa", "bn"];

#[test]
fn the_browsers_first_language_that_the_app_has_is_offered_unless_it_is_on_screen_or_chosen() {
    // (the browser's languages, on screen, the carer chose it, offered)
    let table: [(&[&str], &str, bool, Option<&str>); 14] = [
        // Offered: the browser prefers Polish, the page is in English.
        (&["pl-PL", "en-GB"], "en", false, Some("pl")),
        // A language the app does not have is passed over for the next.
        (&["de-DE", "bn-IN"], "en", false, Some("bn")),
        (&["pa-Guru-IN"], "en", false, Some("pa")),
        (&["UR"], "en", false, Some("ur")),
        // A council page set to Polish, for a browser that prefers English.
        (&["en-GB", "pl"], "pl", false, Some("en")),
        // Not offered: the browser prefers English to Polish.
        (&["en-GB", "pl"], "en", false, None),
        (&["fr-FR", "en-US", "pl"], "en", false, None),
        // Already on screen.
        (&["ur-PK"], "ur", false, None),
        // The carer chose the language on screen (the link or a kept
        // choice): never offered another, even one the browser prefers.
        (&["pl-PL"], "en", true, None),
        (&["en-GB"], "pl", true, None),
        // Nothing the app has.
        (&["de-DE", "fr"], "en", false, None),
        (&[], "en", false, None),
        // The test language is not offered, and its page counts as English.
        (&["en-XA"], "en-XA", false, None),
        // "pa" is not a prefix match for another language.
        (&["pam"], "en", false, None),
    ];
    for (browser, on_screen, chosen, offered) in table {
        let preferred: Vec<String> = browser.iter().map(|tag| (*tag).to_owned()).collect();
        assert_eq!(
            to_offer(&preferred, on_screen, chosen, &HAVE),
            offered,
            "browser {browser:?}, on screen {on_screen}, chosen {chosen}"
        );
    }
}
