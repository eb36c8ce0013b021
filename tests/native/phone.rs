//! Table-driven checks of UK phone numbers, typed the ways carers type them.
//! Numbers are Ofcom's ranges for drama and tests (07700 900xxx,
//! 020 7946 0xxx, 0161 496 0xxx, 0808 157 0xxx, 0909 879 0xxx) or well known.

use carer_check::content::messages::messages;
use carer_check::domain::phone::{check_phone, Phone, PhoneCheck, PhoneIssue, PhoneKind};
use carer_check::domain::record::Record;

fn ok(kind: PhoneKind, display: &str) -> PhoneCheck {
    PhoneCheck::Ok {
        kind,
        display: display.to_string(),
    }
}

fn questionable(kind: Option<PhoneKind>, issue: PhoneIssue, display: &str) -> PhoneCheck {
    PhoneCheck::Questionable {
        kind,
        issue,
        display: display.to_string(),
    }
}

fn invalid(issue: PhoneIssue) -> PhoneCheck {
    PhoneCheck::Invalid { issue }
}

#[test]
fn numbers_that_can_be_rung_are_accepted_and_grouped() {
    use PhoneKind::*;
    let cases = [
        // (typed, kind, printed)
        ("020 7946 0018", Landline, "020 7946 0018"),
        ("02079460018", Landline, "020 7946 0018"),
        ("(020) 7946-0018", Landline, "020 7946 0018"),
        ("0161 496 0000", Landline, "0161 496 0000"),
        ("01614960999", Landline, "0161 496 0999"),
        ("0113 496 0000", Landline, "0113 496 0000"),
        ("01632 960123", Landline, "01632 960123"),
        ("07700 900123", Mobile, "07700 900123"),
        ("07700900123", Mobile, "07700 900123"),
        ("07700-900-123", Mobile, "07700 900123"),
        ("  07700 900123  ", Mobile, "07700 900123"),
        ("07700\u{a0}900123", Mobile, "07700 900123"),
        ("07624 123456", Mobile, "07624 123456"),
        ("+44 7700 900123", Mobile, "07700 900123"),
        ("+447700900123", Mobile, "07700 900123"),
        ("+44 (0)7700 900123", Mobile, "07700 900123"),
        ("+44 (0) 20 7946 0018", Landline, "020 7946 0018"),
        ("+44 020 7946 0018", Landline, "020 7946 0018"),
        ("0044 20 7946 0018", Landline, "020 7946 0018"),
        ("44 7700 900123", Mobile, "07700 900123"),
        ("0300 123 4567", NonGeographic, "0300 123 4567"),
        ("0800 123 4567", Freephone, "0800 123 4567"),
        ("0800 123456", Freephone, "0800 123456"),
        ("0808 157 0000", Freephone, "0808 157 0000"),
        ("0800 1111", Freephone, "0800 1111"),
        ("0845 123 4567", ServiceRate, "0845 123 4567"),
        ("0844 123 4567", ServiceRate, "0844 123 4567"),
        ("0870 123 4567", ServiceRate, "0870 123 4567"),
        ("0871 123 4567", ServiceRate, "0871 123 4567"),
        ("111", ShortCode, "111"),
        ("999", ShortCode, "999"),
        ("112", ShortCode, "112"),
        ("101", ShortCode, "101"),
        ("119", ShortCode, "119"),
        ("116 123", ShortCode, "116 123"),
        ("116123", ShortCode, "116 123"),
        ("116 111", ShortCode, "116 111"),
    ];
    for (typed, kind, printed) in cases {
        assert_eq!(check_phone(typed), ok(kind, printed), "{typed:?}");
    }
}

#[test]
fn unusual_numbers_are_questioned_but_can_be_kept() {
    use PhoneIssue as I;
    use PhoneKind as K;
    let cases = [
        (
            "0909 879 0000",
            questionable(Some(K::Premium), I::PremiumRate, "0909 879 0000"),
        ),
        (
            "07012 345678",
            questionable(Some(K::PersonalNumber), I::PersonalNumber, "07012 345678"),
        ),
        (
            "07623 123456",
            questionable(Some(K::Pager), I::Pager, "07623 123456"),
        ),
        (
            "07700 90012",
            questionable(
                Some(K::Mobile),
                I::WrongLength { digits: 10 },
                "07700 90012",
            ),
        ),
        (
            "020 7946 00181",
            questionable(
                Some(K::Landline),
                I::WrongLength { digits: 12 },
                "020 7946 00181",
            ),
        ),
        // A few areas really do have 10-digit numbers, so only questioned.
        (
            "016977 2345",
            questionable(
                Some(K::Landline),
                I::WrongLength { digits: 10 },
                "016977 2345",
            ),
        ),
        (
            "012",
            questionable(None, I::WrongLength { digits: 3 }, "012"),
        ),
        (
            "12345",
            questionable(None, I::WrongLength { digits: 5 }, "12345"),
        ),
        (
            "496 0000",
            questionable(None, I::LocalNumberWithoutAreaCode, "4960000"),
        ),
        (
            "7700 900123",
            questionable(None, I::MissingLeadingZero, "7700900123"),
        ),
        (
            "0400 123 4567",
            questionable(None, I::UnusualStart, "0400 123 4567"),
        ),
        (
            "+33 1 23 45 67 89",
            questionable(Some(K::International), I::NotUk, "+33123456789"),
        ),
        (
            "0033 1 23 45 67 89",
            questionable(Some(K::International), I::NotUk, "+33123456789"),
        ),
    ];
    for (typed, expected) in cases {
        assert_eq!(check_phone(typed), expected, "{typed:?}");
    }
}

#[test]
fn numbers_that_cannot_work_are_invalid() {
    use PhoneIssue::*;
    let cases = [
        ("O77OO 9OO123", HasLetters),
        ("07700 900123 ext 4", HasLetters),
        ("call mum", HasLetters),
        ("07700*900123", StrangeCharacters),
        ("0161 + 496 0000", StrangeCharacters),
        ("()", NoDigits),
        ("0500 123456", NoLongerInUse),
        ("07700 900123 07700 900123", TooManyDigits),
    ];
    for (typed, issue) in cases {
        assert_eq!(check_phone(typed), invalid(issue), "{typed:?}");
    }
}

#[test]
fn nothing_typed_is_not_a_problem() {
    assert_eq!(check_phone(""), PhoneCheck::Empty);
    assert_eq!(check_phone("   "), PhoneCheck::Empty);
    let phone = Phone::default();
    assert!(phone.is_empty());
    assert_eq!(phone.attention(), None);
    assert!(!phone.is_usable());
}

#[test]
fn every_issue_has_a_message_and_ok_numbers_have_none() {
    let typed = [
        "O7700",
        "07700*1",
        "()",
        "0500 123456",
        "07700 900123 07700 900123",
        "0909 879 0000",
        "07012 345678",
        "07623 123456",
        "012",
        "496 0000",
        "7700 900123",
        "0400 123 4567",
        "+33 1 23 45 67 89",
    ];
    // The check gives a code; the words for it are in messages.toml.
    let words = messages();
    for number in typed {
        let issue = check_phone(number).issue();
        assert!(issue.is_some(), "{number:?} has no issue");
        let message = words.phone(issue.unwrap());
        assert!(message.ends_with('.'), "{number:?}: {message:?}");
        assert!(message.len() > 20, "{number:?}: {message:?}");
        assert!(!message.contains('{'), "{number:?}: {message:?}");
    }
    assert_eq!(check_phone("07700 900123").issue(), None);
    let count = words.phone(PhoneIssue::WrongLength { digits: 10 });
    assert!(count.contains("This one has 10"), "{count}");
}

#[test]
fn a_questionable_number_is_kept_once_the_carer_confirms_it() {
    let mut phone = Phone::new("0909 879 0000");
    assert!(matches!(
        phone.attention(),
        Some(PhoneCheck::Questionable { .. })
    ));
    assert!(!phone.is_usable());

    phone.keep_anyway = true;
    assert_eq!(phone.attention(), None);
    assert!(phone.is_usable());
    assert_eq!(phone.display(), "0909 879 0000");

    // Setting the same number again keeps the confirmation…
    phone.set_number(" 0909 879 0000 ");
    assert!(phone.keep_anyway);
    // …but a different number must be confirmed afresh.
    phone.set_number("0909 879 0001");
    assert!(!phone.keep_anyway);
    assert!(phone.attention().is_some());
}

#[test]
fn confirming_cannot_keep_an_invalid_number() {
    let phone = Phone::kept_anyway("0500 123456");
    assert_eq!(
        phone.attention(),
        Some(PhoneCheck::Invalid {
            issue: PhoneIssue::NoLongerInUse
        })
    );
    assert!(!phone.is_usable());
    // Printed as typed, since it could not be read.
    assert_eq!(phone.display(), "0500 123456");
}

#[test]
fn a_good_number_needs_no_confirmation() {
    let phone = Phone::new("+44 (0)20 7946 0018");
    assert!(phone.is_usable());
    assert_eq!(phone.display(), "020 7946 0018");
}

#[test]
fn phones_survive_a_round_trip_and_old_files_without_the_flag() {
    let phone = Phone::kept_anyway("0909 879 0000");
    let read = |text: &str| Phone::from_value(&carer_check::json::parse(text).unwrap()).unwrap();
    let json = carer_check::json::print(&phone.to_value());
    assert_eq!(read(&json), phone);
    let bare = read(r#"{"number":"07700 900123"}"#);
    assert_eq!(bare, Phone::new("07700 900123"));
}
