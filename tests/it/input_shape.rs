//! The shape of the input: final newlines, lead paragraphs that are not
//! headlines, hard-wrapped lines, and sentences past the reading cap.

use milcoop::{DiagnosticKind, Report, Span};

use crate::common::*;

const MEETING: &str = "Oman's Defence Minister Sayyid Badr met Indian Army Chief General Manoj Pande on Monday in Muscat.";

/// The participants' names of each meeting.
fn names(r: &Report) -> Vec<Vec<String>> {
    r.meetings
        .iter()
        .map(|m| m.participants.iter().map(|p| p.name.clone()).collect())
        .collect()
}

/// The report as JSON with every span replaced by the words it covers,
/// whitespace runs read as one space: two inputs that differ only in how lines
/// are broken give equal values when they give the same records over the same words.
fn by_words(text: &str, r: &Report) -> serde_json::Value {
    fn walk(text: &str, v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, v) in map.iter_mut() {
                    // A meeting's `sentences` are spans too.
                    if k == "sentences" {
                        if let Ok(spans) = serde_json::from_value::<Vec<Span>>(v.clone()) {
                            *v = spans
                                .iter()
                                .map(|s| {
                                    let covered = text.get(s.range()).unwrap_or("<bad span>");
                                    covered.split_whitespace().collect::<Vec<_>>().join(" ")
                                })
                                .collect::<Vec<_>>()
                                .into();
                            continue;
                        }
                    }
                    let span = (k == "span")
                        .then(|| serde_json::from_value::<Span>(v.clone()).ok())
                        .flatten();
                    match span {
                        Some(s) => {
                            let covered = text.get(s.range()).unwrap_or("<not on a char boundary>");
                            *v = covered
                                .split_whitespace()
                                .collect::<Vec<_>>()
                                .join(" ")
                                .into();
                        }
                        None => walk(text, v),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| walk(text, v)),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(r).unwrap_or_default();
    walk(text, &mut v);
    v
}

#[test]
fn one_paragraph_with_a_final_newline_has_no_headline_and_keeps_its_meeting() {
    let bare = parse_with(MEETING, None, None);
    assert_eq!(bare.headline, None);
    assert_eq!(
        names(&bare),
        [["Sayyid Badr", "Manoj Pande"]],
        "{}",
        dump(&bare)
    );
    for end in [
        "\n",
        "\r\n",
        "\n\n",
        "\r\n\r\n",
        "  \n",
        "\n  \n\t\n",
        "\r",
        " \r\n \r\n ",
    ] {
        let text = format!("{MEETING}{end}");
        let r = parse_with(&text, None, None);
        assert_eq!(r.headline, None, "{end:?}");
        assert_spans_slice(&text, &r);
        // The same records with the same spans: the text before the end is the same.
        assert_eq!(r, bare, "{end:?}\n{}", dump(&r));
    }
}

#[test]
fn a_headline_needs_body_text_after_its_blank_line() {
    let r = parse_with("Oman and India discuss defence ties\n\n", None, None);
    assert_eq!(r.headline, None);
    let r = parse_with(
        &format!("Oman and India discuss defence ties\r\n \r\n{MEETING}\r\n"),
        None,
        None,
    );
    assert_eq!(
        r.headline.as_deref(),
        Some("Oman and India discuss defence ties")
    );
    assert_eq!(names(&r), [["Sayyid Badr", "Manoj Pande"]], "{}", dump(&r));
}

#[test]
fn a_lead_paragraph_is_body_and_its_people_are_read() {
    // Several sentences; one sentence that ends with a full stop; over 40 words.
    let leads = [
        "Defence Minister Sayyid Badr Albusaidi received Indian Army Chief General Manoj Pande in Muscat on Monday. The two sides discussed defence cooperation.",
        "Defence Minister Sayyid Badr Albusaidi received Indian Army Chief General Manoj Pande in Muscat on Monday.",
        "Defence Minister Sayyid Badr Albusaidi received Indian Army Chief General Manoj Pande in Muscat on Monday for Talks on Training, Joint Exercises, Maritime Security, Hydrography, the Defence Industry, Military Medicine, Staff Talks, Cadet Exchanges, Counter-Piracy Patrols, Humanitarian Relief, Disaster Response and Other Areas of Common Interest to Both Armed Forces",
    ];
    for lead in leads {
        let text =
            format!("{lead}\n\nGeneral Pande later visited the Sultan's Armed Forces Museum.");
        let r = parse_with(&text, None, None);
        assert_eq!(r.headline, None, "{lead}");
        assert_eq!(
            names(&r),
            [["Badr Albusaidi", "Manoj Pande"]],
            "{lead}\n{}",
            dump(&r)
        );
        assert_spans_slice(&text, &r);
    }
}

#[test]
fn a_title_above_a_blank_line_is_still_the_headline() {
    for head in [
        "Oman, India Discuss Defence Ties",
        "Is Oman ready for joint drills with India?",
        "Oman hosts talks with the U.S.",
    ] {
        let text = format!("{head}\n\n{MEETING}");
        let r = parse_with(&text, None, None);
        assert_eq!(r.headline.as_deref(), Some(head));
        assert_eq!(names(&r), [["Sayyid Badr", "Manoj Pande"]], "{}", dump(&r));
    }
}

#[test]
fn a_meeting_told_in_headline_and_body_is_one_record() {
    let text =
        format!("Sayyid Badr meets Indian Army Chief General Manoj Pande in Muscat\n\n{MEETING}");
    let r = parse_with(&text, None, None);
    assert_eq!(r.meetings.len(), 1, "{}", dump(&r));
}

/// Greedy wrapping at `width` columns, breaking with `nl`.
fn wrap(paragraph: &str, width: usize, nl: &str) -> String {
    let mut out = String::new();
    let mut col = 0;
    for w in paragraph.split(' ') {
        if col > 0 && col + 1 + w.chars().count() > width {
            out.push_str(nl);
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(w);
        col += w.chars().count();
    }
    out
}

#[test]
fn a_sentence_broken_before_lower_case_words_reads_as_one() {
    let one = parse_with(MEETING, None, None);
    for nl in ["\n", "\r\n", " \n  ", "\r"] {
        let text = format!(
            "Oman's Defence Minister Sayyid Badr{nl}met Indian Army Chief General Manoj Pande{nl}on Monday in Muscat."
        );
        let r = parse_with(&text, None, None);
        assert_spans_slice(&text, &r);
        assert_eq!(names(&r), names(&one), "{nl:?}\n{}", dump(&r));
        assert_eq!(by_words(&text, &r), by_words(MEETING, &one), "{nl:?}");
        if nl == "\n" {
            // A break in place of a space: the very same spans.
            assert_eq!(r, one);
        }
    }
}

const ARTICLE: &[&str] = &[
    "Oman and India review defence ties in Muscat",
    "MUSCAT, May 6 (ONA) -",
    "Oman's Defence Minister Sayyid Badr Albusaidi met Indian Army Chief General Manoj Pande on Monday in Muscat, where the two discussed training, joint exercises and the defence industry of both countries.",
    "The two countries signed a Military Cooperation Plan for 2024 covering training and maritime security. Officials said the plan builds on the Al Najah exercise held in Oman since 2009.",
    "Indian Defence Minister Rajnath Singh and Omani Secretary General of the Ministry of Defence Mohammed Nasser Al Zaabi signed the plan at the Ministry of Defence in Muscat.",
];

/// The article with its paragraphs wrapped at `width` and broken with `nl`.
fn wrapped_article(width: usize, nl: &str) -> String {
    let mut paras = vec![ARTICLE[0].to_string(), ARTICLE[1].to_string()];
    paras.extend(ARTICLE[2..].iter().map(|p| wrap(p, width, nl)));
    // The headline stands above a blank line; the dateline on a line of its own.
    format!(
        "{}{nl}{nl}{}{nl}{}",
        paras[0],
        paras[1],
        paras[2..].join(&format!("{nl}{nl}"))
    )
}

#[test]
fn a_hard_wrapped_article_gives_the_records_of_the_unwrapped_one() {
    let flat = wrapped_article(usize::MAX, "\n");
    let want = parse_with(&flat, Some("2024-05-07"), None);
    assert_eq!(
        names(&want),
        [
            vec!["Badr Albusaidi", "Manoj Pande"],
            vec!["Rajnath Singh", "Mohammed Nasser Al Zaabi"]
        ],
        "{}",
        dump(&want)
    );
    assert_eq!(want.cooperation_plans.len(), 1, "{}", dump(&want));
    for width in [40, 60, 72] {
        for nl in ["\n", "\r\n"] {
            let text = wrapped_article(width, nl);
            assert!(text.lines().count() > 12, "{text}");
            let r = parse_with(&text, Some("2024-05-07"), None);
            assert_spans_slice(&text, &r);
            assert_eq!(
                by_words(&text, &r),
                by_words(&flat, &want),
                "width {width}, {nl:?}:\n{text}"
            );
            if nl == "\n" {
                assert_eq!(r, want, "width {width}:\n{text}");
            }
        }
    }
}

#[test]
fn paragraphs_datelines_and_list_lines_still_separate() {
    let quito = "Ecuador's Defence Minister Gian Carlo Loffredo met US Ambassador Michael Fitzpatrick in Quito on Monday to review the training and the joint exercises planned for the coming year.";
    let oslo = "Norwegian Defence Minister Bjorn Arild Gram met his Danish counterpart Troels Lund Poulsen in Oslo on Tuesday to discuss the joint procurement of artillery ammunition for both armies.";
    let list =
        "The plan covers:\n- Training\n- Joint exercises\na. Maritime security\nb. Hydrography";
    let shape = |quito: &str, oslo: &str| {
        format!(
            "Talks in Quito and Oslo\n\nQUITO:\n{quito}\n{list}\n\nOSLO, June 3 (NTB) -\n{oslo}"
        )
    };
    let flat = shape(quito, oslo);
    let want = parse_with(&flat, None, None);
    assert_eq!(want.headline.as_deref(), Some("Talks in Quito and Oslo"));
    assert_eq!(want.meetings.len(), 2, "{}", dump(&want));
    assert_eq!(want.meetings[0].location.as_deref(), Some("Quito"));
    assert_eq!(want.meetings[1].location.as_deref(), Some("Oslo"));
    for width in [45, 50, 64] {
        let text = shape(&wrap(quito, width, "\n"), &wrap(oslo, width, "\n"));
        let r = parse_with(&text, None, None);
        assert_eq!(r, want, "width {width}:\n{text}\n{}", dump(&r));
    }
}

/// A sentence of about `len` bytes without a full stop, that opens with a meeting.
fn long_sentence(len: usize) -> String {
    let mut s = MEETING.trim_end_matches('.').to_string();
    while s.len() < len {
        s.push_str(", and the talks went on about training");
    }
    s.push('.');
    s
}

#[test]
fn a_sentence_past_the_reading_cap_is_reported_with_what_was_not_read() {
    let long = long_sentence(5_000);
    let other =
        "Indian Defence Minister Rajnath Singh met Omani Defence Minister Sayyid Shihab in Muscat.";
    let text = format!(
        "Talks in Muscat\r\n\r\n{long} {other}\r\n{}",
        long_sentence(9_000)
    );
    let r = parse_with(&text, None, None);
    assert_spans_slice(&text, &r);
    let limits: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::WorkLimit)
        .collect();
    assert_eq!(limits.len(), 2, "{}", dump(&r));
    let first = text.find("Oman's").unwrap_or(0);
    assert_eq!(limits[0].span, Span::new(first, first + long.len()));
    assert_eq!(&text[limits[0].span.range()], long);
    assert!(
        limits[0]
            .message
            .contains(&format!("{} bytes", long.len() - 4_096)),
        "{}",
        limits[0].message
    );
    let second = text.rfind("Oman's").unwrap_or(0);
    assert_eq!(limits[1].span, Span::new(second, text.len()));
    // The sentence after the long one is read: its meeting is found.
    assert!(
        names(&r).iter().flatten().any(|n| n == "Rajnath Singh"),
        "{}",
        dump(&r)
    );
}

#[test]
fn the_reading_cap_counts_input_bytes_and_cuts_between_chars() {
    // Curly quotes are three input bytes and one normalised byte; "é" is two.
    let unit = " and \u{201c}Café\u{201d} talks";
    let mut s = String::from("Ministers met");
    while s.len() < 12_000 {
        s.push_str(unit);
    }
    let r = parse_with(&s, None, None);
    assert_spans_slice(&s, &r);
    let limits: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::WorkLimit)
        .collect();
    assert_eq!(limits.len(), 1, "{}", dump(&r));
    assert_eq!(limits[0].span, Span::new(0, s.len()));
}

#[test]
fn a_sentence_at_the_cap_is_read_whole_and_not_reported() {
    let mut s = long_sentence(4_000);
    while s.len() < 4_096 {
        s.insert(s.len() - 1, 'x');
    }
    assert_eq!(s.len(), 4_096);
    let r = parse_with(&s, None, None);
    assert!(
        r.diagnostics
            .iter()
            .all(|d| d.kind != DiagnosticKind::WorkLimit),
        "{}",
        dump(&r)
    );
}
