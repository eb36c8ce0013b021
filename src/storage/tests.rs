//! The storage decisions, natively: what the app opens with for each state of
//! the two storages, what a save writes, what a change heard from another tab
//! means, and the sentence told for each state.

use super::*;

const DAY: Date = Date {
    year: 2026,
    month: 11,
    day: 22,
};

fn answers(council: &str, name: &str) -> Answers {
    let mut answers = Answers {
        council: council.into(),
        ..Answers::default()
    };
    answers.about_you.name = name.into();
    answers
}

fn stored(answers: &Answers, revision: u32) -> String {
    encode_stored(answers, DAY, revision)
}

#[test]
fn the_sentence_told_is_true_for_each_state() {
    use StorageProblem::{Full, Unavailable};
    let table = [
        // (tab, device, said)
        (Ok(()), None, Said::InTab),
        (Ok(()), Some(Ok(())), Said::OnDevice),
        // Only the device is full: the tab copy was saved, and we say so.
        (Ok(()), Some(Err(Full)), Said::TabOnlyDeviceFull),
        (Ok(()), Some(Err(Unavailable)), Said::TabOnlyDeviceRefused),
        // The device has them even when the tab could not.
        (Err(Full), Some(Ok(())), Said::OnDevice),
        (Err(Full), None, Said::NowhereFull),
        (Err(Unavailable), None, Said::NowhereRefused),
        (Err(Unavailable), Some(Err(Full)), Said::NowhereFull),
        (
            Err(Unavailable),
            Some(Err(Unavailable)),
            Said::NowhereRefused,
        ),
        (Err(Full), Some(Err(Unavailable)), Said::NowhereFull),
    ];
    for (tab, device, expected) in table {
        let kept = Kept {
            tab,
            device,
            older_on_device: false,
        };
        assert_eq!(said(kept), expected, "{kept:?}");
        assert_eq!(
            expected.is_problem(),
            !matches!(expected, Said::InTab | Said::OnDevice)
        );
    }
}

#[test]
fn what_the_app_opens_with() {
    let a = answers("bury", "Asha");
    let b = answers("bury", "Ben");
    let (a1, b2) = (stored(&a, 1), stored(&b, 2));
    let bad =
        "{\"format\":\"carer-check-answers\",\"schema\":2,\"answers\":{\"carer\":{\"age\":\"25-6"
            .to_owned();
    struct Case {
        what: &'static str,
        found: Found,
        answers: Answers,
        keep: bool,
        unreadable: Option<String>,
        conflict: bool,
    }
    let found = |tab: Option<&String>, device: Option<&String>, state: Option<&str>| Found {
        tab: tab.cloned(),
        device: device.cloned(),
        tab_state: state.map(str::to_owned),
        ..Found::default()
    };
    let cases = [
        Case {
            what: "nothing",
            found: found(None, None, None),
            answers: Answers::default(),
            keep: false,
            unreadable: None,
            conflict: false,
        },
        Case {
            what: "a tab copy",
            found: found(Some(&a1), None, None),
            answers: a.clone(),
            keep: false,
            unreadable: None,
            conflict: false,
        },
        Case {
            what: "a new tab, a device copy",
            found: found(None, Some(&a1), None),
            answers: a.clone(),
            keep: true,
            unreadable: None,
            conflict: false,
        },
        Case {
            what: "a tab that keeps, the device has newer",
            found: found(Some(&a1), Some(&b2), Some(KEPT)),
            answers: b.clone(),
            keep: true,
            unreadable: None,
            conflict: false,
        },
        Case {
            what: "a tab that does not keep, beside another tab's device copy",
            found: found(Some(&a1), Some(&b2), Some(TAB_ONLY)),
            answers: a.clone(),
            keep: false,
            unreadable: None,
            conflict: false,
        },
        Case {
            what: "a tab whose last device save failed: both kept",
            found: found(Some(&stored(&a, 3)), Some(&b2), Some(KEPT_BEHIND)),
            answers: a.clone(),
            keep: true,
            unreadable: None,
            conflict: true,
        },
        Case {
            what: "the device copy is older than the tab's",
            found: found(Some(&stored(&a, 5)), Some(&b2), Some(KEPT)),
            answers: a.clone(),
            keep: true,
            unreadable: None,
            conflict: true,
        },
        Case {
            what: "an unreadable tab copy beside a readable device copy",
            found: found(Some(&bad), Some(&a1), Some(KEPT)),
            answers: a.clone(),
            keep: true,
            unreadable: Some(bad.clone()),
            conflict: false,
        },
        Case {
            what: "an unreadable tab copy and no device copy",
            found: found(Some(&bad), None, None),
            answers: Answers::default(),
            keep: false,
            unreadable: Some(bad.clone()),
            conflict: false,
        },
        Case {
            what: "a readable tab copy beside an unreadable device copy",
            found: found(Some(&a1), Some(&bad), Some(KEPT)),
            answers: a.clone(),
            keep: true,
            unreadable: Some(bad.clone()),
            conflict: false,
        },
        Case {
            what: "both unreadable",
            found: found(Some(&bad), Some(&"{oops".to_owned()), None),
            answers: Answers::default(),
            keep: true,
            unreadable: Some(format!("{bad}\n\n{{oops")),
            conflict: false,
        },
    ];
    for case in cases {
        let loaded = decode(case.found);
        assert_eq!(loaded.answers, case.answers, "{}", case.what);
        assert_eq!(loaded.kept_on_device, case.keep, "{}", case.what);
        assert_eq!(loaded.unreadable, case.unreadable, "{}", case.what);
        assert_eq!(loaded.other.is_some(), case.conflict, "{}", case.what);
    }
}

#[test]
fn unreadable_text_already_set_aside_is_offered_once() {
    let a = answers("bury", "Asha");
    let loaded = decode(Found {
        tab: Some(stored(&a, 1)),
        tab_unreadable: Some("{oops".into()),
        tab_state: Some(TAB_ONLY.into()),
        device: Some("{oops".into()),
        device_unreadable: Some("{oops".into()),
        ..Found::default()
    });
    assert_eq!(loaded.answers, a);
    // The device is another tab's, not this one's: its text is not this tab's business.
    assert_eq!(loaded.unreadable.as_deref(), Some("{oops"));
    assert_eq!(join_unreadable(["x", "x", "y"]).as_deref(), Some("x\n\ny"));
}

#[test]
fn answers_stored_before_files_had_a_header_or_a_revision_still_load() {
    let a = answers("bury", "");
    let bare = crate::json::print(&a.to_value());
    assert_eq!(
        decode(Found {
            tab: Some(bare),
            ..Found::default()
        })
        .answers,
        a
    );
    let no_revision = encode(&a, DAY);
    assert_eq!(
        decode(Found {
            device: Some(no_revision),
            ..Found::default()
        })
        .answers,
        a
    );
}

#[test]
fn a_save_never_writes_older_answers_over_newer_ones() {
    let base = answers("bury", "");
    let known = stored(&base, 4);
    // Nothing changed anywhere: nothing to write.
    assert_eq!(
        prepare(&base, Some(&known), Some(&known), DAY),
        Prepared::Unchanged(known.clone())
    );
    // This tab changed the name; nobody else saved: written with the next revision.
    let mine = answers("bury", "Asha");
    let Prepared::Write {
        text,
        answers: out,
        other,
    } = prepare(&mine, Some(&known), Some(&known), DAY)
    else {
        panic!("a change is written");
    };
    assert_eq!((out, other), (mine.clone(), None));
    assert_eq!(parse(&text).unwrap().1, 5);
    // Another tab changed the council since: both changes are kept.
    let theirs = stored(&answers("manchester", ""), 5);
    let Prepared::Write {
        text,
        answers: out,
        other,
    } = prepare(&mine, Some(&known), Some(&theirs), DAY)
    else {
        panic!("a merge is written");
    };
    assert_eq!(out, answers("manchester", "Asha"));
    assert_eq!(other, None);
    assert_eq!(parse(&text).unwrap().1, 6);
    // Both changed the name: this tab's is kept, the other tab's is the other version.
    let theirs = stored(&answers("bury", "Ben"), 5);
    let Prepared::Write {
        answers: out,
        other,
        ..
    } = prepare(&mine, Some(&known), Some(&theirs), DAY)
    else {
        panic!("a conflict is written");
    };
    assert_eq!(out, mine);
    assert_eq!(other, Some(answers("bury", "Ben")));
    // Nothing on the device yet (just ticked "keep"): this tab's answers, revision 1.
    let Prepared::Write { text, .. } = prepare(&mine, None, None, DAY) else {
        panic!("a first copy is written");
    };
    assert_eq!(parse(&text).unwrap(), (mine, 1));
}

#[test]
fn what_a_change_in_another_tab_means() {
    let base = answers("bury", "");
    let known = stored(&base, 4);
    let mine = answers("bury", "Asha");
    assert_eq!(
        heard(Some(DELETED), None, Some("1"), &mine, Some(&known)),
        Heard::Deleted
    );
    assert_eq!(
        heard(Some(DELETED), Some("1"), None, &mine, Some(&known)),
        Heard::Nothing
    );
    assert_eq!(
        heard(Some(KEY), Some(&known), None, &mine, Some(&known)),
        Heard::StoppedKeeping
    );
    assert_eq!(
        heard(None, None, None, &mine, Some(&known)),
        Heard::StoppedKeeping
    );
    assert_eq!(
        heard(Some(KEY), None, Some(&known), &mine, Some(&known)),
        Heard::Nothing
    );
    assert_eq!(
        heard(Some("someone-else"), None, Some("x"), &mine, Some(&known)),
        Heard::Nothing
    );
    // Another tab changed the council; this tab has a name not yet saved.
    let theirs = stored(&answers("manchester", ""), 5);
    assert_eq!(
        heard(Some(KEY), Some(&known), Some(&theirs), &mine, Some(&known)),
        Heard::Answers {
            answers: answers("manchester", "Asha"),
            other: None,
            known: theirs.clone(),
            save: true,
        }
    );
    // No changes here: the other tab's answers, nothing to save back.
    assert_eq!(
        heard(Some(KEY), Some(&known), Some(&theirs), &base, Some(&known)),
        Heard::Answers {
            answers: answers("manchester", ""),
            other: None,
            known: theirs.clone(),
            save: false,
        }
    );
    // The same answer changed in both: a conflict, the other version kept.
    let theirs = stored(&answers("bury", "Ben"), 5);
    let Heard::Answers {
        answers: out,
        other,
        save,
        ..
    } = heard(Some(KEY), Some(&known), Some(&theirs), &mine, Some(&known))
    else {
        panic!("a conflict is taken in");
    };
    assert_eq!(
        (out, other, save),
        (mine.clone(), Some(answers("bury", "Ben")), true)
    );
    // Both tabs saved at once: the other tab merged with the copy before this
    // tab's (its `old`), so this tab's own save is not taken for agreement.
    let my_save = stored(&mine, 5);
    let theirs = stored(&answers("manchester", ""), 5);
    let Heard::Answers {
        answers: out, save, ..
    } = heard(
        Some(KEY),
        Some(&known),
        Some(&theirs),
        &mine,
        Some(&my_save),
    )
    else {
        panic!("a race is merged");
    };
    assert_eq!((out, save), (answers("manchester", "Asha"), true));
    // Unreadable text from another tab is left for the next save to move aside.
    assert_eq!(
        heard(Some(KEY), Some(&known), Some("{oops"), &mine, Some(&known)),
        Heard::Nothing
    );
    // The other version of a conflict, kept or let go of in another tab.
    let other = encode(&answers("bury", "Ben"), DAY);
    assert_eq!(
        heard(Some(OTHER), None, Some(&other), &mine, None),
        Heard::Other(Some(answers("bury", "Ben")))
    );
    assert_eq!(
        heard(Some(OTHER), Some(&other), None, &mine, None),
        Heard::Other(None)
    );
}

#[test]
fn the_kept_language_is_where_the_answers_are_kept() {
    let given = |text: &'static str| Some(text).filter(|t| !t.is_empty());
    let answers = stored(&answers("bury", "Asha"), 1);
    let table = [
        // (who, tab's language, device's language, answers on the device, tab state, kept)
        ("nothing kept", "", "", false, "", ""),
        ("this tab chose", "pl", "", false, TAB_ONLY, "pl"),
        ("a new tab, kept on the device", "", "pl", true, "", "pl"),
        ("this tab keeps on the device", "", "ur", true, KEPT, "ur"),
        ("behind the device", "", "ur", true, KEPT_BEHIND, "ur"),
        // The tab's own choice before another tab's on the device.
        ("this tab's first", "bn", "ur", true, KEPT, "bn"),
        // A tab that keeps in the tab only (after Exit this page, say) never
        // takes the device's, like the answers.
        ("tab only", "", "pl", true, TAB_ONLY, ""),
        // No answers on the device: nothing is kept there.
        ("no answers on the device", "", "pl", false, "", ""),
    ];
    for (who, tab, device, on_device, state, kept) in table {
        let device_answers = on_device.then_some(answers.as_str());
        let (tab, device) = (
            given(tab).map(str::to_owned),
            given(device).map(str::to_owned),
        );
        let on_device = keeps_on_device(device_answers, given(state));
        assert_eq!(
            kept_language(tab, device, on_device),
            given(kept).map(str::to_owned),
            "{who}"
        );
        let loaded = decode(Found {
            device: device_answers.map(str::to_owned),
            tab_state: given(state).map(str::to_owned),
            ..Found::default()
        });
        assert_eq!(
            on_device, loaded.kept_on_device,
            "{who}: the language and the answers agree on the device"
        );
    }
}
