//! Meetings over realistic sentences, with a pinned publication date.

use milcoop::{DiagnosticKind, Report};

use crate::common::*;

/// (name, role, country) of a participant.
type Who = (String, Option<String>, Option<String>);

/// Each participant of each meeting.
fn people(r: &Report) -> Vec<Vec<Who>> {
    r.meetings
        .iter()
        .map(|m| {
            m.participants
                .iter()
                .map(|p| {
                    (
                        p.name.clone(),
                        p.role.clone(),
                        p.country.map(|c| c.to_string()),
                    )
                })
                .collect()
        })
        .collect()
}

fn p(
    name: &str,
    role: Option<&str>,
    country: Option<&str>,
) -> (String, Option<String>, Option<String>) {
    (name.into(), role.map(Into::into), country.map(Into::into))
}

#[test]
fn seed_meeting_is_exact() {
    let r = parse_with(SEED, None, Some("KZ"));
    assert_eq!(
        people(&r),
        vec![vec![
            p(
                "Adilbek Dzhaksybekov",
                Some("Minister of Defense"),
                Some("KZ")
            ),
            p("Richard Hoagland", Some("Ambassador"), Some("US")),
        ]],
        "{}",
        dump(&r)
    );
    let m = &r.meetings[0];
    let date = m.date.as_ref().expect("a date");
    assert_eq!(date.text, "Friday");
    assert_eq!(date.resolved, None);
    assert_eq!(m.location.as_deref(), Some("Astana"));
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::UnresolvedDate),
        "{}",
        dump(&r)
    );
    assert_spans_slice(SEED, &r);
}

#[test]
fn seed_date_resolves_with_a_publication_date() {
    // 2009-11-23 is a Monday: the past-tense "Friday" is 2009-11-20.
    let r = parse_with(SEED, Some("2009-11-23"), Some("KZ"));
    let d = r.meetings[0].date.as_ref().expect("a date");
    assert_eq!(d.resolved, Some(date("2009-11-20")), "{}", dump(&r));
}

#[test]
fn demonym_title_and_counterpart() {
    let text = "BISHKEK, May 3 - Kyrgyz Defense Minister Baktybek Bekbolotov held talks with his Indian counterpart Rajnath Singh on Tuesday. \
                The ministers discussed training. Bekbolotov said the talks were productive.";
    let r = parse_with(text, Some("2023-05-03"), None);
    assert_eq!(
        people(&r),
        vec![vec![
            p("Baktybek Bekbolotov", Some("Defense Minister"), Some("KG")),
            p("Rajnath Singh", None, Some("IN")),
        ]],
        "{}",
        dump(&r)
    );
    let m = &r.meetings[0];
    assert_eq!(m.date.as_ref().map(|d| d.text.as_str()), Some("on Tuesday"));
    assert_eq!(
        m.date.as_ref().and_then(|d| d.resolved),
        Some(date("2023-05-02"))
    );
    assert_eq!(m.location.as_deref(), Some("BISHKEK"), "dateline");
}

#[test]
fn qualifier_after_title_and_received_by() {
    let text = "Minister of Defence of Mongolia Gursed Saikhanbayar was received by President of Vietnam Vo Van Thuong in Hanoi yesterday.";
    let r = parse_with(text, Some("2023-10-11"), None);
    assert_eq!(
        people(&r),
        vec![vec![
            p(
                "Gursed Saikhanbayar",
                Some("Minister of Defence"),
                Some("MN")
            ),
            p("Vo Van Thuong", Some("President"), Some("VN")),
        ]],
        "{}",
        dump(&r)
    );
    assert_eq!(r.meetings[0].location.as_deref(), Some("Hanoi"));
    assert_eq!(
        r.meetings[0].date.as_ref().and_then(|d| d.resolved),
        Some(date("2023-10-10"))
    );
}

#[test]
fn short_mentions_refer_back_and_the_meeting_continues() {
    let text = "Polish Defence Minister Tomasz Kowalczyk met with the Ambassador of Japan Hiroshi Tanaka in Warsaw. \
                During the meeting, Kowalczyk thanked Tanaka for the support. \
                Minister Kowalczyk later visited a base.";
    let r = parse_with(text, None, None);
    assert_eq!(r.meetings.len(), 1, "{}", dump(&r));
    let names: Vec<&str> = r.meetings[0]
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["Tomasz Kowalczyk", "Hiroshi Tanaka"],
        "{}",
        dump(&r)
    );
    assert_eq!(
        r.meetings[0].participants[1].country.map(|c| c.alpha2()),
        Some("JP")
    );
}

#[test]
fn pronoun_subject_joins_later_meetings() {
    let text = "Turkish Defence Minister Ahmet Kaya arrived in Baku on Monday. He met with President Ilham Aliyev. \
                He also held talks with Defence Minister Zakir Hasanov.";
    let r = parse_with(text, Some("2024-02-06"), Some("TR"));
    let got = people(&r);
    assert_eq!(got.len(), 2, "{}", dump(&r));
    for m in &got {
        assert_eq!(m[0].0, "Ahmet Kaya", "{}", dump(&r));
    }
    assert_eq!(got[0][1].0, "Ilham Aliyev");
    assert_eq!(got[1][1].0, "Zakir Hasanov");
    assert_eq!(
        got[1][1].2.as_deref(),
        Some("AZ"),
        "hosts take the state of the place\n{}",
        dump(&r)
    );
}

#[test]
fn remote_contacts_are_not_meetings() {
    let texts = [
        "Defense Minister Zakir Hasanov held a phone conversation with U.S. Deputy Secretary of Defense Kathleen Hicks.",
        "Defense Minister Hulusi Akar and Estonian Defense Minister Juri Luik held talks via video link on Tuesday.",
        "Minister of Defense Ruslan Zhaksylykov sent a letter to his Turkish counterpart Yasar Guler.",
        "Defense Minister Ruslan Zhaksylykov told a press conference that talks with NATO would go on.",
    ];
    for text in texts {
        let r = parse_with(text, Some("2023-01-10"), None);
        assert!(
            r.meetings.is_empty(),
            "expected none in {text:?}\n{}",
            dump(&r)
        );
    }
}

#[test]
fn series_of_meetings_are_separate_encounters() {
    let text = "During his visit to Vilnius, Minister Jonas Petraitis had a series of meetings with Prime Minister Ingrida Simonyte, \
                with the Speaker of the Seimas, Viktorija Cmilyte-Nielsen, and with the Minister of National Defence, Arvydas Anusauskas.";
    let r = parse_with(text, None, Some("LV"));
    let got = people(&r);
    assert_eq!(got.len(), 3, "{}", dump(&r));
    for m in &got {
        assert_eq!(m.len(), 2, "{}", dump(&r));
        assert_eq!(m[0].0, "Jonas Petraitis");
        assert_eq!(
            m[0].2.as_deref(),
            Some("LV"),
            "the outlet's own official\n{}",
            dump(&r)
        );
    }
}

#[test]
fn received_with_the_title_after_and_state_inside_the_role() {
    let text = "President of Mongolia Ukhnaagiin Khurelsukh received the commander of the U.S. Army Pacific, General Charles Flynn, on Tuesday.";
    let r = parse_with(text, Some("2023-06-21"), None);
    assert_eq!(
        people(&r),
        vec![vec![
            p("Ukhnaagiin Khurelsukh", Some("President"), Some("MN")),
            p(
                "Charles Flynn",
                Some("commander of the U.S. Army Pacific"),
                Some("US")
            ),
        ]],
        "{}",
        dump(&r)
    );
    // "received" with money is not a meeting.
    let r = parse_with(
        "Defense Minister Ruslan Zhaksylykov said the army received $60 million.",
        None,
        None,
    );
    assert!(r.meetings.is_empty(), "{}", dump(&r));
}

#[test]
fn month_words_inside_names_and_title_case_headlines() {
    let text = "Defence Chiefs Meet With Indian Counterpart\n\n\
                BEIJING, April 16 - Chinese Defense Minister Dong Jun held talks with Indian Defence Minister Rajnath Singh on Tuesday.";
    let r = parse_with(text, Some("2024-04-17"), None);
    assert_eq!(
        people(&r),
        vec![vec![
            p("Dong Jun", Some("Defense Minister"), Some("CN")),
            p("Rajnath Singh", Some("Defence Minister"), Some("IN")),
        ]],
        "no person is read from the Title Case headline\n{}",
        dump(&r)
    );
}

#[test]
fn mixed_case_dateline_gives_the_place() {
    let text = "Baku, December 12, AZERTAC\n\n\
                Azerbaijan's Minister of Defense, Colonel General Zakir Hasanov, met with the Chief of the General Staff of Uzbekistan, Major General Shukhrat Khalmukhamedov.";
    let r = parse_with(text, None, None);
    assert_eq!(r.meetings.len(), 1, "{}", dump(&r));
    assert_eq!(
        r.meetings[0].location.as_deref(),
        Some("Baku"),
        "{}",
        dump(&r)
    );
    let countries: Vec<_> = r.meetings[0]
        .participants
        .iter()
        .map(|p| p.country.map(|c| c.alpha2()))
        .collect();
    assert_eq!(countries, [Some("AZ"), Some("UZ")], "{}", dump(&r));
}

#[test]
fn family_name_first_short_mentions_and_modifiers_before_titles() {
    let text = "BEIJING, June 2 -- Chinese Defense Minister Zhao Minghui held talks with Thai Supreme Commander Anan Srisuk here on Sunday. \
                On Saturday, Zhao also met with Cambodian Minister of National Defense Chea Dara in Beijing.";
    let r = parse_with(text, Some("2024-06-02"), None);
    assert_eq!(
        people(&r),
        vec![
            vec![
                p("Zhao Minghui", Some("Defense Minister"), Some("CN")),
                p("Anan Srisuk", Some("Commander"), Some("TH")),
            ],
            vec![
                p("Zhao Minghui", Some("Defense Minister"), Some("CN")),
                p(
                    "Chea Dara",
                    Some("Minister of National Defense"),
                    Some("KH")
                ),
            ],
        ],
        "{}",
        dump(&r)
    );
    assert_eq!(
        r.meetings[1].date.as_ref().and_then(|d| d.resolved),
        Some(date("2024-06-01"))
    );
}

#[test]
fn counterpart_before_a_title() {
    let text = "Minister of Defense of the Republic of Kazakhstan Nurlan Ermekov held talks on Wednesday with his Turkish counterpart, \
                Minister of National Defense Ali Yurt, who arrived in Astana on an official visit.";
    let r = parse_with(text, Some("2023-11-16"), None);
    let who = people(&r);
    assert_eq!(who.len(), 1, "{}", dump(&r));
    assert_eq!(
        who[0][1],
        p("Ali Yurt", Some("Minister of National Defense"), Some("TR")),
        "{}",
        dump(&r)
    );
}

#[test]
fn received_with_places_between_and_co_chaired_dialogues() {
    let text = "Peruvian Minister of Defence Luis Carrasco received in Lima on Wednesday a delegation headed by \
                Secretary General for Defence Policy Marta Vidal.";
    let r = parse_with(text, Some("2019-05-17"), None);
    let names: Vec<Vec<String>> = people(&r)
        .into_iter()
        .map(|m| m.into_iter().map(|w| w.0).collect())
        .collect();
    assert_eq!(
        names,
        vec![vec!["Luis Carrasco".to_string(), "Marta Vidal".to_string()]],
        "{}",
        dump(&r)
    );
    assert_eq!(r.meetings[0].location.as_deref(), Some("Lima"));

    let text = "Senior Lieutenant General Tran Quoc Bao, Deputy Minister of National Defence, and Japanese \
                Vice-Minister of Defense Hiroshi Kato co-chaired the defence policy dialogue in Hanoi yesterday.";
    let r = parse_with(text, Some("2019-10-25"), Some("VN"));
    assert_eq!(r.meetings.len(), 1, "{}", dump(&r));
    let first = &r.meetings[0].participants[0];
    assert_eq!(first.name, "Tran Quoc Bao");
    assert_eq!(
        first.role.as_deref(),
        Some("Deputy Minister of National Defence"),
        "the position wins over the rank"
    );
}

#[test]
fn a_verb_after_a_name_is_no_apposition() {
    let text = "The African Union Commissioner Amara Diallo, received the Chief of the Defence Staff of Ghana, \
                Vice Admiral Kofi Mensah, in Addis Ababa on 14 June.";
    let r = parse_with(text, Some("2022-06-16"), None);
    let diallo = r
        .meetings
        .iter()
        .flat_map(|m| &m.participants)
        .find(|p| p.name == "Amara Diallo")
        .unwrap_or_else(|| panic!("Diallo missing\n{}", dump(&r)));
    assert_eq!(diallo.role.as_deref(), Some("Commissioner"), "{}", dump(&r));
}

/// Issue 21: the seed's meeting span is the sentence that reports it, not the
/// whole body up to "Upon completion of the meeting ..."; that later sentence
/// is listed in `sentences`.
#[test]
fn a_meeting_span_is_the_sentences_that_tell_it() {
    let r = parse_with(SEED, None, Some("KZ"));
    let m = &r.meetings[0];
    let told = &SEED[m.span.range()];
    assert!(
        told.starts_with("Minister of Defense of Kazakhstan"),
        "{told:?}"
    );
    assert!(told.ends_with("Richard Hoagland Friday."), "{told:?}");
    let starts: Vec<&str> = m
        .sentences
        .iter()
        .map(|s| {
            SEED[s.range()]
                .split(' ')
                .take(4)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .map(|w| &SEED[SEED.find(&w).unwrap()..][..w.len()])
        .collect();
    assert_eq!(
        starts,
        [
            "Minister of Defense of",
            "In the course of",
            "Upon completion of the"
        ]
    );
    assert_eq!(m.sentences[0], m.span);
    // Output from before the field existed still reads.
    let mut v = serde_json::to_value(m).unwrap();
    v.as_object_mut().unwrap().remove("sentences");
    let old: milcoop::Meeting = serde_json::from_value(v).unwrap();
    assert!(old.sentences.is_empty());
}

#[test]
fn an_appositions_state_is_not_read_past_and_and_the_next_name() {
    // "X, Minister of National Defence and Y Minister of Defence of Germany":
    // Germany is Y's, not X's.
    let text = "Cooperation was discussed by Jan Nowak, Minister of National Defence and \
                Karl von Weber Minister of Defence of the Federal Republic of Germany. \
                Minister Nowak met Polish General Piotr Zielinski in Gdansk on Friday.";
    let r = parse_with(text, Some("2024-05-10"), None);
    assert_eq!(
        people(&r),
        vec![vec![
            p("Jan Nowak", Some("Minister of National Defence"), None),
            p("Piotr Zielinski", None, Some("PL")),
        ]],
        "{}",
        dump(&r)
    );
}

#[test]
fn a_host_is_of_the_outlets_state_when_the_visitor_is_an_international_officer() {
    // No place gives a state; the visitor holds a NATO office: the Army
    // Chief a Pakistani paper names is Pakistan's.
    let text = "Commander of NATO's Resolute Support Mission General John Carter \
                called on Chief of Army Staff General Asif Khan at GHQ on Tuesday.";
    let r = parse_with(text, Some("2024-05-10"), Some("PK"));
    assert_eq!(
        people(&r),
        vec![vec![
            p(
                "John Carter",
                Some("Commander of NATO's Resolute Support Mission"),
                None
            ),
            p("Asif Khan", Some("Chief of Army Staff"), Some("PK")),
        ]],
        "{}",
        dump(&r)
    );
    // A visitor of a state, with no place: the host's state stays unknown,
    // whatever the outlet.
    let text = "Georgian Defence Minister Levan Beridze met Director Paul Stone on Monday.";
    let r = parse_with(text, Some("2024-05-10"), Some("AZ"));
    assert_eq!(r.meetings.len(), 1, "{}", dump(&r));
    assert_eq!(r.meetings[0].participants[1].country, None, "{}", dump(&r));
}

#[test]
fn a_venue_that_names_a_state_gives_the_hosts_state() {
    let text = "Myanmar's Commander-in-Chief General Thura Aung met Defence Minister \
                Sok Chea at the Ministry of National Defence of Cambodia on 8 March.";
    let r = parse_with(text, Some("2024-03-10"), None);
    assert_eq!(r.meetings.len(), 1, "{}", dump(&r));
    let m = &r.meetings[0];
    assert_eq!(
        m.location.as_deref(),
        Some("Ministry of National Defence of Cambodia")
    );
    assert_eq!(
        m.participants[1].country.map(|c| c.to_string()).as_deref(),
        Some("KH"),
        "{}",
        dump(&r)
    );
}

#[test]
fn a_stop_to_meet_lends_its_date_to_the_meetings_after_it() {
    // "to meet" after a noun of travel is a purpose, not a headline's future.
    let text = "General Tom Hale ended a tour of West Africa with a stop in Ghana on \
                Thursday to meet with the nation's leaders. During the visit, General \
                Hale met with Defence Minister Kofi Mensah.";
    let r = parse_with(text, Some("2024-05-10"), None);
    assert_eq!(r.meetings.len(), 1, "{}", dump(&r));
    let date = r.meetings[0].date.as_ref().expect("a date");
    assert_eq!(date.text, "on Thursday", "{}", dump(&r));
}

#[test]
fn earlier_in_the_day_is_the_day_of_the_meeting_before() {
    let text =
        "Vice Chairman Fan Long met Australian Defence Minister David Jones on Monday in Beijing. \
                Earlier in the day, Defense Minister Chang Quan held talks with David Jones.";
    let r = parse_with(text, Some("2014-10-15"), None);
    assert_eq!(r.meetings.len(), 2, "{}", dump(&r));
    assert_eq!(
        days(&r),
        [
            Some("2014-10-13".to_string()),
            Some("2014-10-13".to_string())
        ]
    );
    assert_eq!(
        r.meetings[1].date.as_ref().unwrap().text,
        "Earlier in the day"
    );
    // Not a day left unresolved.
    assert!(!r
        .diagnostics
        .iter()
        .any(|d| d.kind == DiagnosticKind::UnresolvedDate));
}

#[test]
fn a_bracketed_date_after_the_weekday_is_part_of_it() {
    let r = parse_with(
        "Defence Minister Jens Holm met Prime Minister Erna Berg in Oslo on Monday (5 February 2018).",
        Some("2018-02-07"),
        None,
    );
    let d = r.meetings[0].date.as_ref().expect("a date");
    assert_eq!(d.text, "on Monday (5 February 2018)");
    assert_eq!(
        d.resolved.map(|d| d.to_string()).as_deref(),
        Some("2018-02-05")
    );
    // A meeting told before anyone is named takes the date its next sentence gives.
    let text = "The Kenyan Ministry of Defence received a delegation from the Ugandan army. \
                The meeting took place on Tuesday (5) at the ministry's headquarters. \
                During the meeting, chaired by Brigadier Peter Otieno, training was discussed.";
    let r = parse_with(text, Some("2022-04-08"), None);
    assert_eq!(r.meetings.len(), 1, "{}", dump(&r));
    let d = r.meetings[0].date.as_ref().expect("a date");
    assert_eq!(d.text, "on Tuesday (5)");
    assert_eq!(
        d.resolved.map(|d| d.to_string()).as_deref(),
        Some("2022-04-05")
    );
}

#[test]
fn a_lead_hosting_a_delegation_lends_its_date_and_venue() {
    let text = "Defence Minister Aden Farah today received a delegation from Egypt at Defence Headquarters, Nairobi. \
                During the talks with the Egyptian Ambassador His Excellency Wael Nasr, the minister praised the ties.";
    let r = parse_with(text, Some("2024-05-10"), Some("KE"));
    assert_eq!(r.meetings.len(), 1, "{}", dump(&r));
    let m = &r.meetings[0];
    assert_eq!(m.location.as_deref(), Some("Defence Headquarters, Nairobi"));
    assert_eq!(m.date.as_ref().map(|d| d.text.as_str()), Some("today"));
}

#[test]
fn a_delegation_received_at_a_venue_lends_it_to_the_talks_that_follow() {
    let text = "The delegation led by Defence Minister Ivan Petrov, who is in Armenia on an official visit, \
                was received during a welcoming ceremony held at the administrative complex of the Ministry of Defence today. \
                The ceremony was followed by talks between Defence Minister Armen Sargsyan and Defence Minister Ivan Petrov.";
    let r = parse_with(text, Some("2019-10-29"), Some("AM"));
    assert_eq!(r.meetings.len(), 1, "{}", dump(&r));
    let m = &r.meetings[0];
    assert_eq!(m.participants.len(), 2, "{}", dump(&r));
    assert_eq!(
        m.location.as_deref(),
        Some("administrative complex of the Ministry of Defence")
    );
    assert_eq!(m.date.as_ref().map(|d| d.text.as_str()), Some("today"));
}

/// The resolved day of each meeting, in order.
fn days(r: &Report) -> Vec<Option<String>> {
    r.meetings
        .iter()
        .map(|m| {
            m.date
                .as_ref()
                .and_then(|d| d.resolved)
                .map(|d| d.to_string())
        })
        .collect()
}

#[test]
fn a_meeting_told_with_also_is_on_the_day_of_the_one_before() {
    let text = "Army Chief General Ali Sabah met Dutch envoy John Lowe in Doha yesterday. \
                Separately, Sabah also met with French Admiral Mark Hale.";
    let r = parse_with(text, Some("2019-03-12"), None);
    assert_eq!(
        days(&r),
        [
            Some("2019-03-11".to_string()),
            Some("2019-03-11".to_string())
        ],
        "{}",
        dump(&r)
    );
    // Without "also", a second meeting is not dated by the first.
    let text = "Army Chief General Ali Sabah met Dutch envoy John Lowe in Doha yesterday. \
                In Rabat, Colonel Omar Jaziri met Admiral Mark Hale.";
    let r = parse_with(text, Some("2019-03-12"), None);
    assert_eq!(
        days(&r),
        [Some("2019-03-11".to_string()), None],
        "{}",
        dump(&r)
    );
}

#[test]
fn a_caption_dated_with_the_day_the_body_calls_yesterday_is_the_same_meeting() {
    let text = "Defense Secretary Mark Hale met Defense Minister Jorge Vidal and General Luis Soto yesterday in Lima. \
                Photo: Mark Hale talks with Peru's Jorge Vidal at the ministry, Lima, March 11, 2019.";
    let r = parse_with(text, Some("2019-03-12"), None);
    assert_eq!(r.meetings.len(), 1, "{}", dump(&r));
    assert_eq!(r.meetings[0].date.as_ref().unwrap().text, "yesterday");
    assert_eq!(r.meetings[0].participants.len(), 3);
    // A caption of another day is another meeting.
    let text = "Defense Secretary Mark Hale met Defense Minister Jorge Vidal and General Luis Soto yesterday in Lima. \
                Photo: Mark Hale talks with Peru's Jorge Vidal at the ministry, Lima, March 2, 2019.";
    let r = parse_with(text, Some("2019-03-12"), None);
    assert_eq!(r.meetings.len(), 2, "{}", dump(&r));
}

#[test]
fn people_who_attended_both_meetings_are_at_both() {
    let text = "Army Chief General Ali Sabah met Dutch envoy John Lowe in Doha yesterday. \
                Separately, Sabah also met with French Admiral Mark Hale. \
                Colonel Idris Nasser attended both meetings.";
    let r = parse_with(text, Some("2019-03-12"), None);
    assert_eq!(r.meetings.len(), 2, "{}", dump(&r));
    for m in &r.meetings {
        assert!(
            m.participants.iter().any(|p| p.name == "Idris Nasser"),
            "{}",
            dump(&r)
        );
    }
}
