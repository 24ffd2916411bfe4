//! Named exercises: names, suffixes, merging, year, since_year, location,
//! participants, and what is not an exercise.

use milcoop::{Exercise, Report};

use crate::common::*;

const DATE: Option<&str> = Some("2024-06-14");

fn names(r: &Report) -> Vec<&str> {
    r.exercises.iter().map(|e| e.name.as_str()).collect()
}

fn find<'r>(r: &'r Report, name: &str) -> &'r Exercise {
    r.exercises
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no exercise {name:?}\n{}", dump(r)))
}

fn codes(e: &Exercise) -> Vec<&str> {
    let mut v: Vec<&str> = e.participants.iter().map(|c| c.alpha2()).collect();
    v.sort_unstable();
    v
}

fn sorted(mut v: Vec<&str>) -> Vec<&str> {
    v.sort_unstable();
    v
}

/// Parses, checks the spans, and returns the report.
fn parse(text: &str, outlet: Option<&str>) -> Report {
    let r = parse_with(text, DATE, outlet);
    assert_spans_slice(text, &r);
    r
}

#[test]
fn seed_article() {
    let r = parse(SEED, Some("KZ"));
    assert_eq!(
        names(&r),
        [
            "Regional Cooperation",
            "Joint Efforts",
            "Golden Medic",
            "Steppe Eagle"
        ],
        "{}",
        dump(&r)
    );
    for n in ["Regional Cooperation", "Joint Efforts", "Golden Medic"] {
        let e = find(&r, n);
        assert_eq!(codes(e), ["KZ"], "{n}\n{}", dump(&r));
        assert_eq!(
            (e.year, e.since_year, e.location.as_deref()),
            (None, None, None),
            "{}",
            dump(&r)
        );
    }
    let se = find(&r, "Steppe Eagle");
    assert_eq!(se.since_year, Some(2007), "{}", dump(&r));
    assert_eq!(se.year, None, "{}", dump(&r));
    assert_eq!(se.location.as_deref(), Some("Kazakhstan"), "{}", dump(&r));
    assert_eq!(codes(se), ["US"], "{}", dump(&r));
}

#[test]
fn year_suffix_location_and_troops_from() {
    let t = "Troops from Kazakhstan, Kyrgyzstan and Tajikistan took part in the Steppe Eagle-2015 exercise at the Iliyskiy training ground.";
    let r = parse(t, None);
    assert_eq!(names(&r), ["Steppe Eagle"], "{}", dump(&r));
    let e = &r.exercises[0];
    assert_eq!(e.year, Some(2015), "{}", dump(&r));
    assert_eq!(
        e.location.as_deref(),
        Some("Iliyskiy training ground"),
        "{}",
        dump(&r)
    );
    assert_eq!(codes(e), ["KG", "KZ", "TJ"], "{}", dump(&r));
    assert_eq!(&t[e.span.range()], "Steppe Eagle-2015", "{}", dump(&r));
}

#[test]
fn two_digit_suffix_in_single_quotes() {
    let t = "In 2021, Belarusian and Russian troops held the joint strategic exercise 'Zapad-21' at ranges in Belarus.";
    let r = parse(t, None);
    assert_eq!(names(&r), ["Zapad"], "{}", dump(&r));
    let e = &r.exercises[0];
    assert_eq!(e.year, Some(2021), "{}", dump(&r));
    assert_eq!(e.location.as_deref(), Some("Belarus"), "{}", dump(&r));
    assert_eq!(codes(e), ["BY", "RU"], "{}", dump(&r));
}

#[test]
fn apostrophes_are_not_quotes() {
    let t = "Kazakhstan's troops and Uzbekistan's marines joined the 'Caspian Shield' drills, the ministry's statement said.";
    let r = parse(t, None);
    assert_eq!(names(&r), ["Caspian Shield"], "{}", dump(&r));
    assert_eq!(codes(&r.exercises[0]), ["KZ", "UZ"], "{}", dump(&r));
}

#[test]
fn exercise_before_the_name_with_year() {
    let t = "Exercise Cobra Gold 2024 opened in Thailand on Tuesday, with Thai, American and Singaporean forces taking part.";
    let r = parse(t, None);
    assert_eq!(names(&r), ["Cobra Gold"], "{}", dump(&r));
    let e = &r.exercises[0];
    assert_eq!(e.year, Some(2024), "{}", dump(&r));
    assert_eq!(e.location.as_deref(), Some("Thailand"), "{}", dump(&r));
    assert_eq!(codes(e), ["SG", "TH", "US"], "{}", dump(&r));
}

#[test]
fn unknown_name_with_two_digit_year() {
    let t = "Exercise Desert Falcon 19 brought together soldiers from Egypt and Saudi Arabia near the Red Sea coast.";
    let r = parse(t, None);
    assert_eq!(names(&r), ["Desert Falcon"], "{}", dump(&r));
    assert_eq!(r.exercises[0].year, Some(2019), "{}", dump(&r));
    assert_eq!(codes(&r.exercises[0]), ["EG", "SA"], "{}", dump(&r));
}

#[test]
fn code_named_and_navies_of() {
    let t = "The navies of China and Russia began a week-long exercise, code-named Joint Sea 2019, off the coast of Qingdao.";
    let r = parse(t, None);
    assert_eq!(names(&r), ["Joint Sea"], "{}", dump(&r));
    assert_eq!(r.exercises[0].year, Some(2019), "{}", dump(&r));
    assert_eq!(codes(&r.exercises[0]), ["CN", "RU"], "{}", dump(&r));
}

#[test]
fn alias_in_brackets_is_one_record() {
    let t = "Chinese servicemen took part in the Center-2019 (Tsentr-2019) drills in the Orenburg Region.";
    let r = parse(t, None);
    assert_eq!(names(&r), ["Center"], "{}", dump(&r));
    let e = &r.exercises[0];
    assert_eq!(e.year, Some(2019), "{}", dump(&r));
    assert_eq!(
        e.location.as_deref(),
        Some("Orenburg Region"),
        "{}",
        dump(&r)
    );
    assert_eq!(codes(e), ["CN"], "{}", dump(&r));
}

#[test]
fn quoted_list_after_such_exercises_as() {
    let t = "Uzbek troops regularly take part in such exercises as \u{201c}Southern Shield\u{201d}, \u{201c}Mountain Wolf\u{201d} and \u{201c}Steppe Wind\u{201d}.";
    let r = parse(t, None);
    assert_eq!(
        names(&r),
        ["Southern Shield", "Mountain Wolf", "Steppe Wind"],
        "{}",
        dump(&r)
    );
    for e in &r.exercises {
        assert_eq!(codes(e), ["UZ"], "{}", dump(&r));
    }
}

#[test]
fn our_troops_are_the_outlets() {
    let t = "Our servicemen will participate in the \"Indestructible Brotherhood\" exercise this autumn.";
    let r = parse(t, Some("AM"));
    assert_eq!(names(&r), ["Indestructible Brotherhood"], "{}", dump(&r));
    assert_eq!(codes(&r.exercises[0]), ["AM"], "{}", dump(&r));
    let r = parse(t, None);
    assert!(r.exercises[0].participants.is_empty(), "{}", dump(&r));
}

#[test]
fn mentions_merge_case_insensitively_and_keep_the_first_span() {
    let t = "Headline\n\nThe US is hosting partner navies for the annual exercise PANAMAX. Panamax 2023 focuses on the defence of the canal, and the Panamax staff will meet in Florida.";
    let r = parse(t, None);
    assert_eq!(names(&r), ["PANAMAX"], "{}", dump(&r));
    let e = &r.exercises[0];
    assert_eq!(e.year, Some(2023), "{}", dump(&r));
    assert_eq!(&t[e.span.range()], "PANAMAX", "{}", dump(&r));
}

#[test]
fn since_year_of_the_series() {
    let t =
        "Since 2010, Indian soldiers have taken part in the Nomadic Elephant exercise in Mongolia.";
    let r = parse(t, None);
    let e = find(&r, "Nomadic Elephant");
    assert_eq!(e.since_year, Some(2010), "{}", dump(&r));
    assert_eq!(e.year, None, "{}", dump(&r));
    assert_eq!(e.location.as_deref(), Some("Mongolia"), "{}", dump(&r));
    assert_eq!(codes(e), ["IN"], "{}", dump(&r));

    let t = "Khaan Quest has been an annual exercise since its inception in 2003.";
    let r = parse(t, None);
    assert_eq!(
        find(&r, "Khaan Quest").since_year,
        Some(2003),
        "{}",
        dump(&r)
    );
}

#[test]
fn began_in_is_not_since_nor_the_edition() {
    let t = "The Sea Breeze exercise began in 1997 with Ukraine and the United States. Sea Breeze 2021 was the largest since the first edition.";
    let r = parse(t, None);
    assert_eq!(names(&r), ["Sea Breeze"], "{}", dump(&r));
    let e = &r.exercises[0];
    assert_eq!(e.since_year, None, "{}", dump(&r));
    assert_eq!(e.year, Some(2021), "{}", dump(&r));
}

#[test]
fn edition_year_and_place_list() {
    let t = "Morocco and the US launched Monday the 2019 edition of their annual military exercise, African Lion, which will take place in the regions of Agadir, Tan-Tan and Kenitra.";
    let r = parse(t, None);
    let e = find(&r, "African Lion");
    assert_eq!(e.year, Some(2019), "{}", dump(&r));
    assert_eq!(
        e.location.as_deref(),
        Some("Agadir, Tan-Tan and Kenitra"),
        "{}",
        dump(&r)
    );
    assert_eq!(codes(e), ["MA", "US"], "{}", dump(&r));
}

#[test]
fn title_case_headline_merges_with_the_body() {
    let t = "Morocco, US Launch African Lion Annual Military Drills\n\nThe African Lion exercise brings together troops from Morocco, the United States and Senegal.";
    let r = parse(t, None);
    assert_eq!(names(&r), ["African Lion"], "{}", dump(&r));
    assert_eq!(codes(&r.exercises[0]), ["MA", "SN", "US"], "{}", dump(&r));
}

#[test]
fn observers_are_not_participants() {
    let t = "Troops from Thailand and the United States took part in Cobra Gold, while China and India attended as observers.";
    let r = parse(t, None);
    assert_eq!(codes(find(&r, "Cobra Gold")), ["TH", "US"], "{}", dump(&r));

    let t = "Exercise Pacific Reach 2023 was led by Australia and the US. Fiji, Tonga and Samoa are participating in the exercise as observer nations.";
    let r = parse(t, None);
    assert_eq!(
        codes(find(&r, "Pacific Reach")),
        ["AU", "US"],
        "{}",
        dump(&r)
    );
}

#[test]
fn participants_in_the_following_sentences() {
    let t = "The \"Eastern Gate\" command-staff exercise opened on Monday at the Edrei training area. \
             The drills involve some 3,000 troops. Other participating nations include Poland, Latvia and Estonia. \
             Forces from Lithuania are also taking part.";
    let r = parse(t, None);
    let e = find(&r, "Eastern Gate");
    assert_eq!(
        e.location.as_deref(),
        Some("Edrei training area"),
        "{}",
        dump(&r)
    );
    assert_eq!(codes(e), ["EE", "LT", "LV", "PL"], "{}", dump(&r));
}

#[test]
fn another_unnamed_exercise_ends_the_focus() {
    let t = "Georgian special forces attended the \"Mountain Eagle\" drills in Tbilisi. \
             Georgia and Turkey also periodically hold joint drills.";
    let r = parse(t, None);
    assert_eq!(codes(find(&r, "Mountain Eagle")), ["GE"], "{}", dump(&r));
}

#[test]
fn with_the_participation_of_and_the_host() {
    let t = "In 2024, Uzbekistan will host the \"Hamkorlik\" exercise with the participation of the armed forces of Kazakhstan and Tajikistan.";
    let r = parse(t, None);
    let e = find(&r, "Hamkorlik");
    assert_eq!(e.year, Some(2024), "{}", dump(&r));
    assert_eq!(e.location.as_deref(), Some("Uzbekistan"), "{}", dump(&r));
    assert_eq!(codes(e), ["KZ", "TJ", "UZ"], "{}", dump(&r));
}

#[test]
fn hyphenated_pair_before_the_head() {
    let t = "The India-Mongolia joint military exercise, NOMADIC ELEPHANT-2024, began at Umroi in Meghalaya on Wednesday.";
    let r = parse(t, None);
    let e = find(&r, "NOMADIC ELEPHANT");
    assert_eq!(e.year, Some(2024), "{}", dump(&r));
    assert_eq!(codes(e), ["IN", "MN"], "{}", dump(&r));
}

#[test]
fn number_suffix_is_not_a_year() {
    let t = "Azerbaijani commandos are attending the Eternal Brotherhood-2 special forces drills in Ankara, Turkiye.";
    let r = parse(t, None);
    let e = find(&r, "Eternal Brotherhood");
    assert_eq!(e.year, None, "{}", dump(&r));
    assert_eq!(
        e.location.as_deref(),
        Some("Ankara, Turkiye"),
        "{}",
        dump(&r)
    );
    assert_eq!(codes(e), ["AZ"], "{}", dump(&r));
}

#[test]
fn not_exercises() {
    let cases = [
        "Pupils took part in a fire drill called \"Safe Exit\" at the school on Monday.",
        "A civil defence mock drill named \"Operation Abhyaas\" was held in 244 districts.",
        "The Civil Defence Exercise and Rehearsal will test air raid sirens across the country.",
        "Russian and Chinese troops held joint drills in Tajikistan on Tuesday.",
        "The minister praised the \"Open Skies\" agreement and the \"Belt and Road\" initiative.",
        "The \"Iron Will\" boot camp offers daily exercise for residents of Almaty.",
        "The programme includes Field Training Exercises, Aviation Training Exercises and a Combined Joint Task Force Command Post Exercise.",
        "Exercises will continue until Friday, the Defence Ministry said.",
        "Both sides must exercise restraint, the \"Peace Now\" group said.",
        "Japan took part in 56 international exercises in 2023, up from three in 2006.",
    ];
    for t in cases {
        let r = parse(t, None);
        assert!(r.exercises.is_empty(), "{t}\n{}", dump(&r));
    }
}

#[test]
fn known_series_without_quotes_or_head() {
    let t = "Soldiers from Mongolia and the United States trained together during Khaan Quest.";
    let r = parse(t, None);
    assert_eq!(names(&r), ["Khaan Quest"], "{}", dump(&r));
    // A series name that is also an ordinary word needs context.
    let r = parse(
        "The Center for Strategic Studies published a report on Cooperation.",
        None,
    );
    assert!(r.exercises.is_empty(), "{}", dump(&r));
}

#[test]
fn many_names_are_capped() {
    let mut t = String::new();
    for i in 0..260 {
        t.push_str(&format!("Troops held the \"Alpha{i}\" exercise. "));
    }
    let r = parse(&t, None);
    assert_eq!(r.exercises.len(), 200, "{} records", r.exercises.len());
    assert!(!r.diagnostics.is_empty());
}

#[test]
fn arbitrary_unicode_does_not_panic() {
    let inputs = [
        "\u{212A}azind-2019 exercise \u{201c}\u{212A}\u{201d} drills 'Ά-2019' manoeuvres",
        "exercise \"",
        "'",
        "\"\"\"exercise\"\"\"",
        "Exercise 中国-2019 drills «Щит-2019» учения",
        "drills known as",
        "exercise, code-named",
        "the regions of",
        "Steppe Eagle-",
        "Steppe Eagle-99999999999999999999 exercise",
        "since its inception in",
        "\u{0301}exercise\u{0301} \"A\u{0301}\" drills",
    ];
    for t in inputs {
        let r = parse(t, None);
        let _ = names(&r);
    }
    let long = "exercise \"Zapad\" ".repeat(2_000);
    let r = parse(&long, None);
    assert_eq!(sorted(names(&r)), ["Zapad"], "{}", r.exercises.len());
}

#[test]
fn units_verbs_and_relations_are_not_names_or_sides() {
    let cases = [
        "The Black Sea Fleet drills began on Monday.",
        "The Southern Military District exercise involved 5,000 troops.",
        "A Rapid Reaction Force exercise was held in Armenia.",
        "President Tokayev exercises his right to veto the bill.",
        "During the exercise Smith said the troops performed well.",
        "The \"NATO\" exercise ended on Friday.",
        "The Kazakhstan Armed Forces exercise ended on Friday.",
    ];
    for t in cases {
        let r = parse(t, None);
        assert!(r.exercises.is_empty(), "{t}\n{}", dump(&r));
    }
    let t = "The Cobra Gold exercise comes amid tensions between China and the Philippines.";
    let r = parse(t, None);
    assert!(
        find(&r, "Cobra Gold").participants.is_empty(),
        "{}",
        dump(&r)
    );
}

#[test]
fn sides_with_and_troops_of() {
    let t = "Indonesia held the Garuda Shield exercise with the United States and Japan.";
    let r = parse(t, None);
    assert_eq!(
        codes(find(&r, "Garuda Shield")),
        ["ID", "JP", "US"],
        "{}",
        dump(&r)
    );

    let t = "Troops of the US and Thailand opened Cobra Gold 2025 in Chonburi province on Tuesday.";
    let r = parse(t, None);
    let e = find(&r, "Cobra Gold");
    assert_eq!(codes(e), ["TH", "US"], "{}", dump(&r));
    assert_eq!(
        e.location.as_deref(),
        Some("Chonburi province"),
        "{}",
        dump(&r)
    );
}

#[test]
fn unrelated_later_sentences_add_nobody() {
    let t = "Kazakh troops took part in Steppe Eagle. Separately, US officials held talks with Russian diplomats in Geneva.";
    let r = parse(t, None);
    assert_eq!(codes(find(&r, "Steppe Eagle")), ["KZ"], "{}", dump(&r));
}

#[test]
fn troops_of_listed_states_start_a_named_exercise() {
    let r = parse(
        "Servicemen of Georgia, Azerbaijan and Turkey have started the \"Caucasus Shield-2024\" command-staff exercise in Tbilisi.",
        None,
    );
    let e = find(&r, "Caucasus Shield");
    assert_eq!(e.year, Some(2024));
    assert_eq!(sorted(codes(e)), ["AZ", "GE", "TR"], "{}", dump(&r));
    assert_eq!(e.location.as_deref(), Some("Tbilisi"));
}

#[test]
fn name_before_a_head_with_state_adjectives_between() {
    let r = parse(
        "The sides discussed the Tuul-2024 joint Russian-Mongolian exercise, which will be held in Mongolia in August.",
        None,
    );
    let e = find(&r, "Tuul");
    assert_eq!(e.year, Some(2024), "{}", dump(&r));
}

#[test]
fn contrasting_conjunctions_end_the_clause_of_a_location() {
    // A place after "although" or "though" belongs to another clause; after
    // a plain "in" it is where the exercise ran.
    let r = parse(
        "Troops held the Steppe Eagle exercise in Almaty.",
        Some("KZ"),
    );
    assert_eq!(find(&r, "Steppe Eagle").location.as_deref(), Some("Almaty"));
    for conj in ["although", "though"] {
        let text =
            format!("Troops held the Steppe Eagle exercise {conj} in Almaty the weather was poor.");
        let r = parse(&text, Some("KZ"));
        assert_eq!(
            find(&r, "Steppe Eagle").location,
            None,
            "{conj}\n{}",
            dump(&r)
        );
    }
}
