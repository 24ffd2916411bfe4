//! Cooperation plans over realistic sentences, with a pinned publication date.

use milcoop::{CooperationPlan, Report};

use crate::common::*;

const PUBLISHED: &str = "2024-03-15";

fn plans(text: &str, outlet: Option<&str>) -> Report {
    let r = parse_with(text, Some(PUBLISHED), outlet);
    assert_spans_slice(text, &r);
    r
}

fn find<'r>(r: &'r Report, name: &str) -> &'r CooperationPlan {
    r.cooperation_plans
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no plan named {name:?}\n{}", dump(r)))
}

fn codes(p: &CooperationPlan) -> Vec<&str> {
    let mut v: Vec<&str> = p.parties.iter().map(|c| c.alpha2()).collect();
    v.sort_unstable();
    v
}

fn years(p: &CooperationPlan) -> Option<(i32, i32)> {
    p.years.map(|y| (y.start(), y.end()))
}

#[test]
fn seed_gives_its_two_plans() {
    let r = plans(SEED, Some("KZ"));
    assert_eq!(r.cooperation_plans.len(), 2, "{}", dump(&r));
    let coop = find(&r, "Cooperation Plan");
    assert_eq!(coop.duration_years, Some(5), "{}", dump(&r));
    assert_eq!(years(coop), None, "{}", dump(&r));
    assert_eq!(
        coop.fields,
        [
            "peacekeeping",
            "personnel training",
            "technical assistance",
            "development of the system of military education"
        ],
        "{}",
        dump(&r)
    );
    assert_eq!(codes(coop), ["KZ", "US"], "{}", dump(&r));
    let contacts = find(&r, "Military Contacts Plan");
    assert_eq!(contacts.duration_years, None, "{}", dump(&r));
    assert_eq!(
        contacts.fields,
        [
            "development of Kazbrig",
            "study of advanced experience of the activity and organization of the American Army",
            "exchange of experience"
        ],
        "{}",
        dump(&r)
    );
    assert_eq!(codes(contacts), ["KZ", "US"], "{}", dump(&r));
    assert_eq!(&SEED[coop.span.range()], "Cooperation Plan");
}

#[test]
fn named_plan_with_year_and_signing_states() {
    let text = "Kazakhstan and Turkey signed the Plan of Military Cooperation for 2019 on Tuesday.";
    let r = plans(text, None);
    assert_eq!(r.cooperation_plans.len(), 1, "{}", dump(&r));
    let p = find(&r, "Plan of Military Cooperation");
    assert_eq!(years(p), Some((2019, 2019)), "{}", dump(&r));
    assert_eq!(codes(p), ["KZ", "TR"], "{}", dump(&r));
    assert_eq!(&text[p.span.range()], "Plan of Military Cooperation");
}

#[test]
fn programme_with_duration_range_and_fields() {
    let text = "The defence ministries of Poland and Lithuania signed a three-year programme of \
                military-technical cooperation for 2024-2026, which provides for joint repair \
                of armoured vehicles, exchange of instructors and maintenance of air defence systems.";
    let r = plans(text, None);
    let p = find(&r, "programme of military-technical cooperation");
    assert_eq!(p.duration_years, Some(3), "{}", dump(&r));
    assert_eq!(years(p), Some((2024, 2026)), "{}", dump(&r));
    assert_eq!(
        p.fields,
        [
            "joint repair of armoured vehicles",
            "exchange of instructors",
            "maintenance of air defence systems"
        ],
        "{}",
        dump(&r)
    );
    assert_eq!(codes(p), ["LT", "PL"], "{}", dump(&r));
}

#[test]
fn demonym_compound_gives_parties_and_year_before_name() {
    let text =
        "Officers reviewed the Serbian-Hungarian defence cooperation plan for 2025 in Belgrade. \
                Later the 2025 plan for military cooperation between the Slovak and Czech defence \
                ministries was signed.";
    let r = plans(text, None);
    assert_eq!(r.cooperation_plans.len(), 2, "{}", dump(&r));
    let a = find(&r, "defence cooperation plan");
    assert_eq!(years(a), Some((2025, 2025)), "{}", dump(&r));
    assert_eq!(codes(a), ["HU", "RS"], "{}", dump(&r));
    let b = find(&r, "plan for military cooperation");
    assert_eq!(years(b), Some((2025, 2025)), "{}", dump(&r));
    assert_eq!(codes(b), ["CZ", "SK"], "{}", dump(&r));
}

#[test]
fn open_end_leaves_years_unknown() {
    let text = "Mongolia and Japan signed a defence cooperation roadmap until 2027. \
                The road map charts joint work through 2030.";
    let r = plans(text, None);
    assert_eq!(r.cooperation_plans.len(), 1, "{}", dump(&r));
    let p = find(&r, "defence cooperation roadmap");
    assert_eq!(p.years, None, "{}", dump(&r));
    assert_eq!(codes(p), ["JP", "MN"], "{}", dump(&r));
}

#[test]
fn annual_is_not_a_duration() {
    let text = "Every year, within the annual cooperation programme between the armed forces of \
                Chile and Peru, officers train together.";
    let r = plans(text, None);
    let p = find(&r, "cooperation programme");
    assert_eq!(p.duration_years, None, "{}", dump(&r));
    assert_eq!(codes(p), ["CL", "PE"], "{}", dump(&r));
}

#[test]
fn documents_that_are_not_cooperation_plans() {
    for text in [
        "Lithuania and Poland signed a memorandum of understanding on defence cooperation.",
        "Norway and Denmark signed an agreement on military cooperation for 2024.",
        "The government approved the National Defence Development Plan for 2025-2030.",
        "Georgia has taken part in NATO's Partnership for Peace program since 1994.",
        "The parties agreed to implement programs on collaboration in several new areas.",
        "Russia and China plan joint naval drills next month.",
        "The city updated its evacuation plan after the flood.",
    ] {
        let r = plans(text, None);
        assert!(r.cooperation_plans.is_empty(), "{text}\n{}", dump(&r));
    }
}

#[test]
fn plural_roadmaps_with_partners_give_one_plan_each() {
    let text = "Finland has signed similar bilateral roadmaps for cooperation with both Sweden and Norway.";
    let r = plans(text, None);
    assert_eq!(r.cooperation_plans.len(), 2, "{}", dump(&r));
    let mut sets: Vec<Vec<&str>> = r.cooperation_plans.iter().map(codes).collect();
    sets.sort();
    assert_eq!(sets, [["FI", "NO"], ["FI", "SE"]], "{}", dump(&r));
    for p in &r.cooperation_plans {
        assert_eq!(p.name, "bilateral roadmap for cooperation", "{}", dump(&r));
    }
}

#[test]
fn headline_and_body_are_one_plan() {
    let text = "Jordan, US sign roadmap for defence cooperation\n\n\
                On Monday the United States and Jordan signed a Roadmap for Defense Cooperation \
                for 2025-2030 that covers counterterrorism, border security and professional \
                military education.";
    let r = plans(text, None);
    assert_eq!(r.cooperation_plans.len(), 1, "{}", dump(&r));
    let p = &r.cooperation_plans[0];
    assert_eq!(p.name, "Roadmap for Defense Cooperation", "{}", dump(&r));
    assert_eq!(years(p), Some((2025, 2030)), "{}", dump(&r));
    assert_eq!(
        p.fields,
        [
            "counterterrorism",
            "border security",
            "professional military education"
        ],
        "{}",
        dump(&r)
    );
    assert_eq!(codes(p), ["JO", "US"], "{}", dump(&r));
    // The span is the first mention, in the headline.
    assert_eq!(&text[p.span.range()], "roadmap for defence cooperation");
}

#[test]
fn same_years_and_parties_merge() {
    let text =
        "Delegations discussed the Bulgarian-Greek defence cooperation plan for 2024 in Sofia. \
                Based on the results, the defence ministries of Bulgaria and Greece signed the \
                bilateral cooperation plan for 2024. On the same day a trilateral cooperation plan \
                was signed between Bulgaria, Greece and Romania.";
    let r = plans(text, None);
    assert_eq!(r.cooperation_plans.len(), 2, "{}", dump(&r));
    let a = find(&r, "defence cooperation plan");
    assert_eq!(codes(a), ["BG", "GR"], "{}", dump(&r));
    let b = find(&r, "trilateral cooperation plan");
    assert_eq!(b.years, None, "{}", dump(&r));
    assert_eq!(codes(b), ["BG", "GR", "RO"], "{}", dump(&r));
}

#[test]
fn next_sentence_fields_when_the_subject_refers_back() {
    let text = "India and Vietnam signed an implementation plan for defence cooperation. \
                It highlights, among other things, maritime security, peacekeeping, and \
                cyber defence and the like.";
    let r = plans(text, None);
    let p = find(&r, "implementation plan for defence cooperation");
    assert_eq!(
        p.fields,
        ["maritime security", "peacekeeping", "cyber defence"],
        "{}",
        dump(&r)
    );
}

#[test]
fn fields_need_a_tie_to_the_plan() {
    let text =
        "Armenia and France signed a plan on cooperation in defence for 2024, which includes \
                more than 20 events. The sides also discussed cooperation in such fields as \
                demining and medicine.";
    let r = plans(text, None);
    let p = find(&r, "plan on cooperation in defence");
    assert!(p.fields.is_empty(), "{}", dump(&r));
    assert_eq!(years(p), Some((2024, 2024)), "{}", dump(&r));
}

#[test]
fn outlet_is_the_implied_side() {
    let text = "Ministry of Defence\n\nThe Bilateral Military Cooperation Programme was signed \
                with Greece today.";
    let r = plans(text, Some("RS"));
    let p = find(&r, "Bilateral Military Cooperation Programme");
    assert_eq!(codes(p), ["GR", "RS"], "{}", dump(&r));
}

#[test]
fn our_country_is_the_outlet() {
    let text = "Our country and Uzbekistan have signed a military cooperation plan for 2024-2025.";
    let r = plans(text, Some("TJ"));
    let p = find(&r, "military cooperation plan");
    assert_eq!(codes(p), ["TJ", "UZ"], "{}", dump(&r));
    assert_eq!(years(p), Some((2024, 2025)), "{}", dump(&r));
}

#[test]
fn odd_text_near_triggers_does_not_panic() {
    let long = "plan ".repeat(5_000);
    let cases = [
        "\u{212A}plan cooperation plan\u{212A} for 2019",
        "ǅ cooperation plan ǅ for 20\u{00e9}19 between Ü and Ö",
        "cooperation plan for",
        "plan",
        "road map",
        "co-operation programme, which covers",
        "The cooperation plan for 2019-",
        "the five-year cooperation plan covers \u{1F600}, \u{1F600} and",
        "It highlights",
        long.as_str(),
    ];
    for text in cases {
        let r = plans(text, Some("KZ"));
        assert!(r.cooperation_plans.len() <= 32, "{}", dump(&r));
    }
}

#[test]
fn passive_signing_and_area_lists() {
    let text = "The plan for military cooperation, which covers air defence, logistics and \
                military medicine, was signed by the chiefs of staff of Kenya and Uganda. \
                Egypt and Sudan signed a military cooperation plan in the areas of training, \
                border security and counter-terrorism.";
    let r = plans(text, None);
    assert_eq!(r.cooperation_plans.len(), 2, "{}", dump(&r));
    let a = find(&r, "plan for military cooperation");
    assert_eq!(
        a.fields,
        ["air defence", "logistics", "military medicine"],
        "{}",
        dump(&r)
    );
    assert_eq!(codes(a), ["KE", "UG"], "{}", dump(&r));
    let b = find(&r, "military cooperation plan");
    assert_eq!(
        b.fields,
        ["training", "border security", "counter-terrorism"],
        "{}",
        dump(&r)
    );
    assert_eq!(codes(b), ["EG", "SD"], "{}", dump(&r));
}

#[test]
fn an_anaphor_after_another_document_is_not_the_plan() {
    let text = "Greece and Cyprus adopted the 2024 defence cooperation programme. They also \
                signed a memorandum. The document provides for joint exercises and officer exchanges.";
    let r = plans(text, None);
    let p = find(&r, "defence cooperation programme");
    assert!(p.fields.is_empty(), "{}", dump(&r));
    assert_eq!(years(p), Some((2024, 2024)), "{}", dump(&r));
}

#[test]
fn a_stated_duration_settles_a_year_typo_and_keeps_two_plans_apart() {
    let text = "Kyrgyzstan and India noted that the five-year Programme of Military Cooperation for 201-2015 \
                had been implemented, and that a new Programme of Military Cooperation for 2018-2022 is being drafted.";
    let r = plans(text, None);
    let mut got: Vec<_> = r.cooperation_plans.iter().map(years).collect();
    got.sort();
    assert_eq!(
        got,
        vec![Some((2011, 2015)), Some((2018, 2022))],
        "{}",
        dump(&r)
    );
}

#[test]
fn exchange_programmes_are_plans() {
    let text = "Bangladesh and Japan reviewed the Defence Exchange Programme for 2023-2025.";
    let r = plans(text, None);
    let p = find(&r, "Defence Exchange Programme");
    assert_eq!(years(p), Some((2023, 2025)));
    assert_eq!(codes(p), ["BD", "JP"], "{}", dump(&r));
}
