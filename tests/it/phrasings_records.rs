//! The record phrasing table: one invented sentence per way agencies write a
//! statistic, a cooperation plan or an exercise (or a look-alike that is not
//! one), with the records it must give. A new phrasing is one row here.
//!
//! Rows are invented: no name, number or sentence comes from an evaluation
//! article. Each expected record is written as one line:
//!
//! * `stat: VALUE @ START-END : metric`
//! * `plan: name | START-END or - | duration or - | field; field | parties`
//! * `ex: name | year or - | location or - | participants or -`
//!
//! and `stat: none`, `plan: none`, `ex: none` when the text gives none of that
//! kind. Only the kinds a row names are compared, as sets.

use crate::common::*;
use milcoop::Report;

/// (phrasing, text, expected records).
type Row = (&'static str, &'static str, &'static [&'static str]);

const ROWS: &[Row] = &[
    (
        "metric having totaled money (participle bridge)",
        "Chile tops the region's naval budgets, its naval spending having totaled US$ 3.4 billion in 2021.",
        &["stat: 3400000000 @ 2021-2021 : naval spending"],
    ),
    (
        "metric has reached money",
        "In 2022, Ghana's defence budget has reached $410 million.",
        &["stat: 410000000 @ 2022-2022 : defence budget"],
    ),
    (
        "aid to STATE totalled money a year on average",
        "British aid to Kenya totalled $35 million a year on average in 2012-2018.",
        &["stat: 35000000 @ 2012-2018 : British aid to Kenya"],
    ),
    (
        "hyphenated modifier in a metric read backwards",
        "In 2020, Danish non-lethal assistance to Ukraine amounted to EUR 14 million.",
        &["stat: 14000000 @ 2020-2020 : Danish non-lethal assistance to Ukraine"],
    ),
    (
        "money for X and Y (a coordinated purpose)",
        "In 2023 the fund set aside $4 million for demining and border security.",
        &["stat: 4000000 @ 2023-2023 : demining and border security"],
    ),
    (
        "a list of amounts with an Oxford comma shares its year",
        "For 2025, the request includes $12 million for maritime security, $5 million for cadet training, and $9 million for coastal radars.",
        &[
            "stat: 12000000 @ 2025-2025 : maritime security",
            "stat: 5000000 @ 2025-2025 : cadet training",
            "stat: 9000000 @ 2025-2025 : coastal radars",
        ],
    ),
    (
        "a change compared to YEAR: the year is a baseline",
        "Norway spent $8.1 billion on defence last year, a rise of 9% compared to 2019.",
        &["stat: none"],
    ),
    (
        "an increase compared with YEAR: the year is a baseline",
        "Fiji's defence spending, at 60 million USD, showed the largest increase in the Pacific compared with 2015.",
        &["stat: none"],
    ),
    (
        "money then its noun",
        "In 2021 parliament passed the Rs 2,450 billion defence budget.",
        &["stat: 2450000000000 @ 2021-2021 : defence budget"],
    ),
    (
        "things worth a total of money",
        "In 2020, the country won arms orders worth a total of £9bn.",
        &["stat: 9000000000 @ 2020-2020 : arms orders"],
    ),
    (
        "reached an all-time high of",
        "Naval exports reached an all-time high of $3.2 billion in 2022.",
        &["stat: 3200000000 @ 2022-2022 : Naval exports"],
    ),
    (
        "the amount in YEAR was (anaphor)",
        "The country exported drones worth $120 million in 2019. The amount in 2018 was $95 million.",
        &["stat: 120000000 @ 2019-2019 : drones", "stat: 95000000 @ 2018-2018 : drones"],
    ),
    (
        "X will grow to money for Financial Year",
        "The budget papers show the fund will grow to AUD 40 million for Financial Year 2024/25.",
        &["stat: 40000000 @ 2024-2025 : fund"],
    ),
    (
        "money restated in brackets",
        "In 2023 the ministry allocated EUR 12 million (about $13 million) for pilot training.",
        &["stat: 12000000 @ 2023-2023 : pilot training"],
    ),
    (
        "from N in YEAR to M the following year",
        "Spending decreased from $50bn in 2019 to around $44bn the following year.",
        &["stat: 50000000000 @ 2019-2019 : Spending"],
    ),
    (
        "Indian digit grouping, target by YEAR",
        "The ministry set a target of defence exports worth Rs 1,25,000 crore by 2029-30.",
        &["stat: 1250000000000 @ 2029-2030 : target of defence exports"],
    ),
    (
        "money in FY YEAR in <metric>",
        "Ghana received $425 million in FY 2016 in military financing.",
        &["stat: 425000000 @ 2016-2016 : military financing"],
    ),
    (
        "an N% jump over YEAR (the year compared with, no year of the count's)",
        "Colombia follows with US$ 10.05 billion and an 11% jump over 2008.",
        &["stat: none"],
    ),
    (
        "up N% from YEAR (the year compared with)",
        "Exports grew to $2 billion in 2019, up 20% from 2018.",
        &["stat: 2000000000 @ 2019-2019 : Exports"],
    ),
    (
        "over YEAR and YEAR (a span, not a comparison)",
        "The army recruited 5,000 soldiers over 2008 and 2009.",
        &["stat: 5000 @ 2008-2009 : soldiers"],
    ),
    (
        "from FY YEAR to FY YEAR",
        "Washington gave $45 million in military aid to Ghana from FY 2015 to FY 2018.",
        &["stat: 45000000 @ 2015-2018 : military aid"],
    ),
    (
        "between FY YEAR and FY YEAR (GUIDELINES' settled case)",
        "The grant totalled $80 million between FY 2012 and FY 2016.",
        &["stat: 80000000 @ 2012-2016 : grant"],
    ),
    (
        "from fiscal year YEAR to fiscal year YEAR",
        "Training aid totalled $12 million from fiscal year 2015 to fiscal year 2018.",
        &["stat: 12000000 @ 2015-2018 : Training aid"],
    ),
    (
        "FY YEAR/YY split year",
        "The grant totalled $80 million in FY 2012/13.",
        &["stat: 80000000 @ 2012-2013 : grant"],
    ),
    (
        "budget for the next fiscal (YYYY-YY)",
        "Parliament approved the Rs 900 billion defence budget for the next fiscal (2017-18).",
        &["stat: 900000000000 @ 2017-2018 : defence budget"],
    ),
    (
        "since-phrase: later counts open",
        "Since its first deployment of three observers in 2005, the country has sent more than 4,000 peacekeepers abroad.",
        &["stat: 3 @ 2005-2005 : observers"],
    ),
    (
        "top five is a rank",
        "In 2020 the country was among the top five arms importers.",
        &["stat: none"],
    ),
    (
        "a measure is no count",
        "In 2019 the coast guard patrolled 1,200 km of coastline.",
        &["stat: none"],
    ),
    (
        "N of the <things>",
        "In 2022, 12 of the allied countries sent instructors.",
        &["stat: 12 @ 2022-2022 : allied countries"],
    ),
    (
        "fronted founding year",
        "Founded in 1998, the agency now employs 300 analysts.",
        &["stat: none"],
    ),
    (
        "year as modifier of a calendar",
        "Their 2026 training calendar lists 35 combined drills.",
        &["stat: 35 @ 2026-2026 : combined drills"],
    ),
    (
        "the figure was N in YEAR (anaphor)",
        "The academy trained 1,500 cadets in 2018. The figure was 2,000 in 2019.",
        &["stat: 1500 @ 2018-2018 : cadets", "stat: 2000 @ 2019-2019 : cadets"],
    ),
    (
        "the number of X rose to N",
        "In 2020 the number of cadets rose to 250.",
        &["stat: 250 @ 2020-2020 : cadets"],
    ),
    (
        "$N billion dollars for X",
        "In 2017 Congress approved $1.2 billion dollars for the coast guard fund.",
        &["stat: 1200000000 @ 2017-2017 : coast guard fund"],
    ),
    (
        "letter O in a range",
        "In 2O21-2022 the academy trained 400 officers.",
        &["stat: 400 @ 2021-2022 : officers"],
    ),
    (
        "digits grouped by spaces",
        "Assistance during 2001-2010 years totaled USD 2 345 678 901.",
        &["stat: 2345678901 @ 2001-2010 : Assistance"],
    ),
    (
        "QR prefix glued",
        "In 2014 Qatar signed contracts worth QR4.1 billion.",
        &["stat: 4100000000 @ 2014-2014 : contracts"],
    ),
    (
        "Tk prefix and crore",
        "In 2022 the government allocated Tk 3,500 crore for the navy.",
        &["stat: 35000000000 @ 2022-2022 : navy"],
    ),
    (
        "Oxford comma inside a metric list",
        "The country bought $2.3 billion worth of radars, patrol boats, and other equipment from 2014 to 2020.",
        &["stat: 2300000000 @ 2014-2020 : radars"],
    ),
    (
        "day after an abbreviated month",
        "On Sept. 14, 2021, some 300 cadets graduated.",
        &["stat: 300 @ 2021-2021 : cadets"],
    ),
    (
        "the two countries sign an N-year plan",
        "Kenya and Uganda held defence talks on Monday. The two countries signed a three-year plan for 2026-2028.",
        &["plan: plan | 2026-2028 | 3 |  | KE,UG"],
    ),
    (
        "plan of joint activities",
        "Kazakhstan and Kyrgyzstan signed a plan of joint activities for 2025.",
        &["plan: plan of joint activities | 2025-2025 | - |  | KZ,KG"],
    ),
    (
        "the sides adopted the action plan",
        "Armenia, Belarus and Russia took part in the session. The sides adopted the action plan for 2024.",
        &["plan: action plan | 2024-2024 | - |  | AM,BY,RU"],
    ),
    (
        "fields in a later sentence",
        "Chile and Peru signed a naval cooperation plan for 2024. The plan includes ship visits, staff talks and cadet exchanges.",
        &["plan: naval cooperation plan | 2024-2024 | - | ship visits; staff talks; cadet exchanges | CL,PE"],
    ),
    (
        "which stipulates holding events within",
        "Uzbekistan and Tajikistan signed a military cooperation plan, which stipulates holding events within border security, as well as military medicine.",
        &["plan: military cooperation plan | - | - | border security; military medicine | UZ,TJ"],
    ),
    (
        "is divided into N parts:",
        "Norway and Poland signed the 2025 Plan of Cooperation. The plan is divided into three parts: staff visits, joint training, and officer exchanges.",
        &["plan: Plan of Cooperation | 2025-2025 | - | staff visits; joint training; officer exchanges | NO,PL"],
    ),
    (
        "the plan ... this year stipulates",
        "The plan of cooperation between the defence ministries of Serbia and Hungary this year stipulates joint training of special forces.",
        &["plan: plan of cooperation | - | - | joint training of special forces | RS,HU"],
    ),
    (
        "possessive state before the plan",
        "Belarus' plan of military cooperation with Russia for 2025 was approved on Friday.",
        &["plan: plan of military cooperation | 2025-2025 | - |  | BY,RU"],
    ),
    (
        "for the next N years is a duration",
        "Georgia and Ukraine signed a defence partnership programme for the next four years.",
        &["plan: defence partnership programme | - | 4 |  | GE,UA"],
    ),
    (
        "paraphrase of one plan",
        "Egypt and Sudan sign four-year military partnership plan. Egypt and Sudan signed a partnership program for the next four years on Monday. The partnership program for four years was signed in Cairo.",
        &["plan: partnership program | - | 4 |  | EG,SD"],
    ),
    (
        "between A and B is one field",
        "Ghana and Togo signed a border cooperation plan, which covers joint patrols between the border posts of Ghana and Togo.",
        &["plan: border cooperation plan | - | - | joint patrols between the border posts of Ghana and Togo | GH,TG"],
    ),
    (
        "a vague range of areas is no field",
        "Mongolia and Japan signed a defence cooperation plan which includes a wide range of areas.",
        &["plan: defence cooperation plan | - | - |  | MN,JP"],
    ),
    (
        "Roman edition glued in quotes",
        "Egypt and Greece will hold \"Medusa Shield-IV\" exercises in May.",
        &["ex: Medusa Shield | - | - | EG,GR"],
    ),
    (
        "Roman edition after a space",
        "Navies from Peru and Chile joined the naval exercise SOUTHERN TIDE XII off Callao.",
        &["ex: SOUTHERN TIDE | - | Callao | PE,CL"],
    ),
    (
        "apostrophe two-digit year",
        "Sailors from Sweden and Finland took part in exercise NORDIC WAVE '19, held in the Baltic Sea.",
        &["ex: NORDIC WAVE | 2019 | Baltic Sea | SE,FI"],
    ),
    (
        "year then serial designator",
        "Troops from Canada and Norway trained in Exercise Polar Gate 26-1 in northern Norway.",
        &["ex: Polar Gate | 2026 | - | CA,NO"],
    ),
    (
        "Exercise Series N/YEAR",
        "Units from Thailand and Japan are taking part in the Golden Reed Exercise Series 12/2025 from today.",
        &["ex: Golden Reed | 2025 | - | TH,JP"],
    ),
    (
        "possessive name refreshes the focus",
        "The naval exercise CORAL WATCH opened on Monday. It is the region's oldest drill. It has been held since 1971. The format changed in 2001. Few ships came in 2015. In CORAL WATCH's 50th edition, navies from Fiji, Tonga and Samoa participated.",
        &["ex: CORAL WATCH | - | - | FJ,TO,WS"],
    ),
    (
        "all-caps word after 'the exercise,' is no name",
        "In the first part of the exercise, NDMA officers briefed the staff.",
        &["ex: none"],
    ),
    (
        "port cities of A and B",
        "The naval exercise Blue Current was carried out in the port cities of Mombasa and Lamu.",
        &["ex: Blue Current | - | Mombasa and Lamu | -"],
    ),
    (
        "northern province of X",
        "The Sand Viper exercise was held in the northern province of Tabuk.",
        &["ex: Sand Viper | - | Tabuk | -"],
    ),
    (
        "since YEAR via pronoun",
        "The multinational exercise Pacific Bond began on Monday. It has been held since 1994.",
        &["ex: Pacific Bond | - | - | -"],
    ),
    (
        "generic word inside the quotes",
        "Troops from Oman and India opened the \"Silver Anchor 2025 Exercise\" on Monday.",
        &["ex: Silver Anchor | 2025 | - | OM,IN"],
    ),
    (
        "sentence period inside the closing quote",
        "Soldiers from Kenya and Rwanda took part in the exercise \"Lake Guard.\"",
        &["ex: Lake Guard | - | - | KE,RW"],
    ),
    (
        "Name Exercise-YEAR",
        "The Desert Falcon Exercise-2024 opened in Jordan with troops from Jordan and Egypt.",
        &["ex: Desert Falcon | 2024 | Jordan | JO,EG"],
    ),
    (
        "Name - YEAR with a spaced dash",
        "The \"Steppe Guard - 2016\" exercise involved troops from Kazakhstan and Kyrgyzstan.",
        &["ex: Steppe Guard | 2016 | - | KZ,KG"],
    ),
    (
        "observers are not participants",
        "Troops from Mongolia and India took part in the Khaan Shield exercise, as well as observers from Japan.",
        &["ex: Khaan Shield | - | - | MN,IN"],
    ),
    (
        "at the X Ranges in Y",
        "The Iron Fist exercise was held at the Bakhtar Ranges in Oman.",
        &["ex: Iron Fist | - | Bakhtar Ranges | -"],
    ),
    (
        "another edition's year does not leak",
        "The Sand Hawk-2024 exercise opened on Monday with troops from Jordan and Bahrain. The Sand Hawk-2022 exercise was staged in Egypt.",
        &["ex: Sand Hawk | 2024 | - | JO,BH"],
    ),
    (
        "A and B drills, each with a year",
        "Russia and Belarus held the Union Shield 2019 and Slavic Unity 2019 drills.",
        &["ex: Union Shield | 2019 | - | RU,BY", "ex: Slavic Unity | 2019 | - | RU,BY"],
    ),
    (
        "a date with an abbreviated month in the clause",
        "On Oct. 5, 2020, 40 engineers arrived in Juba.",
        &["stat: 40 @ 2020-2020 : engineers"],
    ),
    (
        "weekday, month, ordinal day, year",
        "On Monday, March 3rd, 2014 the minister signed four contracts worth more than two billion dollars.",
        &["stat: 4 @ 2014-2014 : contracts", "stat: 2000000000 @ 2014-2014 : contracts"],
    ),
    (
        "count and money share a clause, noun after the count",
        "In 2016 the navy bought six patrol boats for $90 million.",
        &["stat: 6 @ 2016-2016 : patrol boats", "stat: 90000000 @ 2016-2016 : patrol boats"],
    ),
    (
        "names in a list without quotes",
        "The two navies held several joint drills such as Silver Current, Harbor Watch and Iron Reef in 2023.",
        &["ex: Silver Current | 2023 | - | -", "ex: Harbor Watch | 2023 | - | -", "ex: Iron Reef | 2023 | - | -"],
    ),
    (
        "participants with a dashed apposition",
        "About 400 sailors from Peru, Chile and three partner navies - Spain, Italy and Canada - join the Pacific Tide exercise.",
        &["ex: Pacific Tide | - | - | PE,CL,ES,IT,CA"],
    ),
    (
        "participants in the next sentence",
        "The Andean Shield exercise began on Monday. Units from Peru, Chile and Ecuador make up the joint task force.",
        &["ex: Andean Shield | - | - | PE,CL,EC"],
    ),
    (
        "around X and Y",
        "The Coral Sentinel exercise takes place around Mombasa and Malindi with troops from Kenya and Tanzania.",
        &["ex: Coral Sentinel | - | Mombasa and Malindi | KE,TZ"],
    ),
    (
        "a camp in quotes near a town",
        "The Granite Brotherhood exercise is held at the alpine camp \"Edelweiss\" near Osh with troops from Kyrgyzstan and Kazakhstan.",
        &["ex: Granite Brotherhood | - | Edelweiss | KG,KZ"],
    ),
    (
        "resume as a participation verb",
        "Thailand and Singapore resume the Lightning Strike exercise after a pause.",
        &["ex: Lightning Strike | - | - | TH,SG"],
    ),
    (
        "a date's year before a proper noun",
        "On Friday, May 9th, 2015 Ghana's navy received two patrol boats worth $40 million.",
        &["stat: 2 @ 2015-2015 : patrol boats", "stat: 40000000 @ 2015-2015 : patrol boats"],
    ),
    (
        ", and then <verb>: one subject's predicates",
        "In 2018 the ministry met the suppliers, and then signed three contracts totaling $12 million.",
        &["stat: 3 @ 2018-2018 : contracts", "stat: 12000000 @ 2018-2018 : contracts"],
    ),
    (
        ", and <new clause> stays a break",
        "In 2018 the navy held 12 drills, and the army took part in 30 more.",
        &["stat: 12 @ 2018-2018 : drills"],
    ),
    (
        "Through the <initials>, X does A, B, and C",
        "Chile and Peru renewed the Naval Cooperation Plan in Lima. Through the NCP, Chile trains Peruvian divers, hosts staff courses, and provides hydrographic surveys in Callao and Arica.",
        &["plan: Naval Cooperation Plan | - | - | Peruvian divers; staff courses; hydrographic surveys | CL,PE"],
    ),
    (
        "Under the plan, X does A and B",
        "Kenya and Uganda signed a military cooperation plan on Monday. Under the plan, Kenya trains Ugandan pilots, supplies spare parts and hosts joint patrols.",
        &["plan: military cooperation plan | - | - | Ugandan pilots; spare parts; joint patrols | KE,UG"],
    ),
    (
        "here: the dateline's place",
        "SAN JOSE, March 3 - Units from Costa Rica and Panama are taking part in the Jungle Bridge exercise here until Friday.",
        &["ex: Jungle Bridge | - | SAN JOSE | CR,PA"],
    ),
    (
        "a gerund before the metric",
        "The plan sets a target of producing military drones worth $900 million by 2030.",
        &["stat: 900000000 @ 2030-2030 : military drones"],
    ),
    (
        "several periods in brackets date things",
        "The two states have signed four defence memoranda (2011-2014, 2015-2018 and 2019-2022).",
        &["stat: none"],
    ),
    (
        "compared with N in YEAR",
        "In 2021 the navy held 24 joint drills, compared with 18 in 2020.",
        &["stat: 24 @ 2021-2021 : joint drills", "stat: 18 @ 2020-2020 : joint drills"],
    ),
    (
        "up from N in YEAR",
        "Arms sales reached $7.5 billion in 2022, up from $6.1 billion in 2021.",
        &["stat: 7500000000 @ 2022-2022 : Arms sales", "stat: 6100000000 @ 2021-2021 : Arms sales"],
    ),
    (
        "from N in YEAR to M in YEAR",
        "The number of foreign cadets grew from 120 in 2015 to 310 in 2020.",
        &["stat: 120 @ 2015-2015 : foreign cadets", "stat: 310 @ 2020-2020 : foreign cadets"],
    ),
    (
        "between YEAR and YEAR ... N",
        "Between 2010 and 2015 the academy trained 900 foreign officers.",
        &["stat: 900 @ 2010-2015 : foreign officers"],
    ),
    (
        "the YEAR fiscal year",
        "The ministry spent $3 billion on procurement in the 2019 fiscal year.",
        &["stat: 3000000000 @ 2019-2019 : procurement"],
    ),
    (
        "N million euros",
        "In 2018 Germany provided 45 million euros in military aid.",
        &["stat: 45000000 @ 2018-2018 : military aid"],
    ),
    (
        "pound sign and bn",
        "In 2020 the UK committed £1.2bn to the programme.",
        &["stat: 1200000000 @ 2020-2020 : programme"],
    ),
    (
        "N bln abbreviated",
        "In 2023 exports totalled 2.4 bln dollars.",
        &["stat: 2400000000 @ 2023-2023 : exports"],
    ),
    (
        "N trillion local currency",
        "In 2022 the defence budget was 1.5 trillion tenge.",
        &["stat: 1500000000000 @ 2022-2022 : defence budget"],
    ),
    (
        "in YEAR, subject verb N things",
        "In 2019, the two armies conducted 45 joint exercises.",
        &["stat: 45 @ 2019-2019 : joint exercises"],
    ),
    (
        "a percentage is no count",
        "In 2020 spending rose by 4.5 percent.",
        &["stat: none"],
    ),
    (
        "a count with a year in an exercise name only",
        "Some 50 ships will take part in BALTOPS 2019.",
        &["stat: none"],
    ),
    (
        "open range since YEAR",
        "Since 2014 the United States has provided $2.5 billion in aid.",
        &["stat: none"],
    ),
    (
        "that year anaphor without a number",
        "The academy opened in 2010. That year it enrolled 80 cadets.",
        &["stat: none"],
    ),
    (
        "a total of N",
        "In 2020 a total of 350 cadets graduated from the academy.",
        &["stat: 350 @ 2020-2020 : cadets"],
    ),
    (
        "lakh crore",
        "The defence budget for 2023-24 is Rs 5.94 lakh crore.",
        &["stat: 5940000000000 @ 2023-2024 : defence budget"],
    ),
    (
        "number words with scale and currency word",
        "In 2021 the country spent three billion euros on new frigates.",
        &["stat: 3000000000 @ 2021-2021 : new frigates"],
    ),
    (
        "as many as N",
        "In 2017 as many as 600 soldiers took part in the drills.",
        &["stat: 600 @ 2017-2017 : soldiers"],
    ),
    (
        "N troops deployed in YEAR",
        "Some 1,100 troops were deployed in 2016.",
        &["stat: 1100 @ 2016-2016 : troops"],
    ),
    (
        "for the YEAR-YEAR period",
        "The ministry allocated $40 million for the 2021-2023 period.",
        &["stat: 40000000 @ 2021-2023 : amount"],
    ),
    (
        "mn abbreviation",
        "In 2019 the fund paid out $12mn to veterans.",
        &["stat: 12000000 @ 2019-2019 : veterans"],
    ),
    (
        "the CC-CC Name exercise",
        "The India-Nepal Surya Kiran exercise began in Pithoragarh on Monday.",
        &["ex: Surya Kiran | - | Pithoragarh | IN,NP"],
    ),
    (
        "Name-YEAR",
        "Troops from Russia and Mongolia started the Selenga-2024 drills.",
        &["ex: Selenga | 2024 | - | RU,MN"],
    ),
    (
        "Name YY two-digit year",
        "Sailors from Canada and the United States joined Exercise Trident Fury 23 off Victoria.",
        &["ex: Trident Fury | 2023 | Victoria | CA,US"],
    ),
    (
        "Name (GLOSS)",
        "Pakistan and China held the Shaheen-IX (Eagle) air exercise in 2020.",
        &["ex: Shaheen | 2020 | - | PK,CN"],
    ),
    (
        "exercise code-named Name",
        "Kenyan and Ugandan troops began an exercise code-named Ushirikiano Imara in Jinja.",
        &["ex: Ushirikiano Imara | - | Jinja | KE,UG"],
    ),
    (
        "portmanteau name with year",
        "Troops from Kazakhstan and India opened the KAZIND-2024 exercise in Aulie.",
        &["ex: KAZIND | 2024 | Aulie | KZ,IN"],
    ),
    (
        "Operation Name is no exercise",
        "Operation Sea Shield continued in the Gulf with ships from Bahrain and Kuwait.",
        &["ex: none"],
    ),
    (
        "the Nth edition of Name",
        "The 12th edition of the Nomadic Elephant exercise opened in Umroi with troops from India and Mongolia.",
        &["ex: Nomadic Elephant | - | Umroi | IN,MN"],
    ),
    (
        "Name-N is an edition, not a year",
        "Troops from Turkey and Azerbaijan held the Mountain Eagle-3 exercise.",
        &["ex: Mountain Eagle | - | - | TR,AZ"],
    ),
    (
        "a lower-case description in brackets is no alias",
        "Greece and Cyprus are holding bilateral EOD-UDT (underwater demolition) drills this week.",
        &["ex: none"],
    ),
    (
        "plan between the defence ministries of A and B",
        "The military cooperation plan between the defence ministries of Armenia and Greece for 2024 was signed in Athens.",
        &["plan: military cooperation plan | 2024-2024 | - |  | AM,GR"],
    ),
    (
        "programme of military-technical cooperation for YEAR",
        "Russia and Belarus approved a programme of military-technical cooperation for 2021-2025.",
        &["plan: programme of military-technical cooperation | 2021-2025 | - |  | RU,BY"],
    ),
    (
        "N-Year Military Cooperation Plan capitalised",
        "India and Vietnam signed a Five-Year Military Cooperation Plan on Tuesday.",
        &["plan: Military Cooperation Plan | - | 5 |  | IN,VN"],
    ),
    (
        "roadmap for defence cooperation YEAR-YEAR",
        "Romania and Poland adopted a roadmap for defence cooperation 2023-2027.",
        &["plan: roadmap for defence cooperation | 2023-2027 | - |  | RO,PL"],
    ),
    (
        "the YEAR cooperation plan",
        "Armenia and Georgia signed the 2022 cooperation plan of their defence ministries.",
        &["plan: cooperation plan | 2022-2022 | - |  | AM,GE"],
    ),
    (
        "plan for the current year: years null",
        "Kyrgyzstan and Tajikistan signed a military cooperation plan for the current year.",
        &["plan: military cooperation plan | - | - |  | KG,TJ"],
    ),
    (
        "until YEAR leaves years null",
        "Ukraine and Lithuania signed a defence cooperation roadmap until 2025.",
        &["plan: defence cooperation roadmap | - | - |  | UA,LT"],
    ),
    (
        "annual is no duration",
        "Serbia and Hungary signed the annual defence cooperation plan.",
        &["plan: defence cooperation plan | - | - |  | RS,HU"],
    ),
    (
        "in the areas of",
        "Kenya and Egypt signed a defence cooperation plan in the areas of training, intelligence sharing and counter-terrorism.",
        &["plan: defence cooperation plan | - | - | training; intelligence sharing; counter-terrorism | KE,EG"],
    ),
    (
        "memorandum is no plan",
        "Turkey and Kenya signed a memorandum of understanding on defence cooperation.",
        &["plan: none"],
    ),
    (
        "commas inside brackets",
        "Chile and Peru signed a naval cooperation plan which covers staff talks, ship visits (port calls, passing exercises), and cadet exchanges.",
        &["plan: naval cooperation plan | - | - | staff talks; ship visits (port calls, passing exercises); cadet exchanges | CL,PE"],
    ),
    (
        ", and agreed ... ends the list",
        "Ghana and Benin signed a border cooperation plan which covers joint patrols, intelligence sharing and training, and agreed to meet again in 2026.",
        &["plan: border cooperation plan | - | - | joint patrols; intelligence sharing; training | GH,BJ"],
    ),
    (
        "consists of ... to include",
        "Peru and Colombia signed a naval cooperation plan. The plan consists of four areas to include river patrols, medical support and pilot training.",
        &["plan: naval cooperation plan | - | - | river patrols; medical support; pilot training | PE,CO"],
    ),
    (
        "a common word as a name, with a year",
        "Troops from Chile and Argentina held the Rescue 2026 drill in Mendoza.",
        &["ex: Rescue | 2026 | Mendoza | CL,AR"],
    ),
    (
        "a bare name with an appositive",
        "Silver Arrow, an annual multinational exercise, began in Latvia with troops from Latvia and Canada.",
        &["ex: Silver Arrow | - | Latvia | LV,CA"],
    ),
    (
        "a misspelled country does not end the list",
        "Troops from Mali, Burkino Faso, Niger and Chad took part in the Sahel Shield exercise.",
        &["ex: Sahel Shield | - | - | ML,NE,TD"],
    ),
    (
        "X will host the drills in another sentence",
        "The Desert Lance exercise will start next week. Oman will host the drills near Salalah.",
        &["ex: Desert Lance | - | Salalah | -"],
    ),
    (
        "a base in the body over the headline's country",
        "Kenya hosts Lion Shield drills\n\nThe Lion Shield exercise opened at Laikipia Air Base with troops from Kenya and Britain.",
        &["ex: Lion Shield | - | Laikipia Air Base | KE,GB"],
    ),
    (
        "a paraphrase once each keeps the fuller name",
        "Qatar and Oman signed a three-year partnership plan on Sunday. The three-year naval partnership plan covers port visits and joint patrols.",
        &["plan: naval partnership plan | - | 3 | port visits; joint patrols | QA,OM"],
    ),
    (
        "comparative: than in YEAR",
        "In 2021 the navy held 24 joint drills, more than in 2019.",
        &["stat: 24 @ 2021-2021 : joint drills"],
    ),
    (
        "comparative: compared to YEAR",
        "The academy trained 450 foreign cadets in 2022, twice as many as in 2018.",
        &["stat: 450 @ 2022-2022 : foreign cadets"],
    ),
    (
        "a list of years before a count",
        "In 2019, 2020 and 2021, about 6 thousand officers were trained abroad.",
        &["stat: 6000 @ 2019-2021 : officers"],
    ),
    (
        "a comma list of years before a count",
        "In 2019, 2020, 2021, about 6 thousand officers were trained abroad.",
        &["stat: 6000 @ 2019-2021 : officers"],
    ),
    (
        "a resolution's number is no count",
        "In 2016 the council adopted Resolution 2310 without a vote.",
        &["stat: none"],
    ),
    (
        "a phase's number is no count",
        "The battalion moved to phase 3 of the training in 2021.",
        &["stat: none"],
    ),
    (
        "No. N names a unit, the count after it stays",
        "Field Hospital No. 4 treated 350 patients in 2022.",
        &["stat: 350 @ 2022-2022 : patients"],
    ),
    (
        "one of the group is no count",
        "In 2018, one of the three frigates ran aground.",
        &["stat: none"],
    ),
    (
        "a rate per day is no year's total",
        "In 2023 the plant assembled 12 drones per day.",
        &["stat: none"],
    ),
    (
        "a rate a day after the metric",
        "In 2017 the squadron flew 40 sorties a day.",
        &["stat: none"],
    ),
    (
        "from YEAR without an end is open",
        "From 2024, the ministry will spend £16 billion over five years.",
        &["stat: none"],
    ),
    (
        "a present count before a target set after it",
        "The coast guard has 9,000 personnel and plans to reach 12,000 by 2030.",
        &["stat: 12000 @ 2030-2030 : personnel"],
    ),
    (
        "scaled amounts without a currency, from N in YEAR to M in YEAR",
        "Military spending grew from 1.4 trillion in 2016 to 2.1 trillion in 2021.",
        &[
            "stat: 1400000000000 @ 2016-2016 : Military spending",
            "stat: 2100000000000 @ 2021-2021 : Military spending",
        ],
    ),
    (
        "model designators in the metric",
        "In 2020, 24 T-72 tanks and 8 Mi-17 helicopters were handed over.",
        &[
            "stat: 24 @ 2020-2020 : T-72 tanks",
            "stat: 8 @ 2020-2020 : Mi-17 helicopters",
        ],
    ),
    (
        "values listed against names are no counts",
        "The largest buyers in 2019 were Qatar: $2.4bn, Oman: $1.1bn and Kuwait: $0.9bn.",
        &["stat: none"],
    ),
    (
        "metric before FYyyyy-yy and the amount",
        "The capital outlay for FY2021-22 is Rs 1.35 lakh crore.",
        &["stat: 1350000000000 @ 2021-2022 : capital outlay"],
    ),
    (
        "an age in commas takes no earlier sentence's metric",
        "The depot stored 80 trucks in 2017. In 2018, the colonel, 52, retired.",
        &["stat: 80 @ 2017-2017 : trucks"],
    ),
    (
        "a score in points is no count",
        "In 2022 the cadets' team won the contest with 95 points.",
        &["stat: none"],
    ),
    (
        "as of YEAR is a point in time",
        "As of 2021, 850 peacekeepers served abroad.",
        &["stat: 850 @ 2021-2021 : peacekeepers served abroad"],
    ),
    (
        "money spent on its X",
        "Chile spent 95 billion pesos on its navy in 2018.",
        &["stat: 95000000000 @ 2018-2018 : navy"],
    ),
    (
        "US$ written glued after worth",
        "In 2020, the kingdom bought arms worth US$1.9 billion.",
        &["stat: 1900000000 @ 2020-2020 : arms"],
    ),
    (
        "a range after over",
        "Peru and Chile held 11 joint drills over 2019-2020.",
        &["stat: 11 @ 2019-2020 : joint drills"],
    ),
    (
        "N% over YEAR: the compared year is no count",
        "The budget stood at $3.1bn in 2021, an increase of 6% over 2020.",
        &["stat: 3100000000 @ 2021-2021 : budget"],
    ),
    (
        "a year earlier is no written year",
        "Imports rose to $700 million in 2022 from $500 million a year earlier.",
        &["stat: 700000000 @ 2022-2022 : Imports"],
    ),
    (
        "Exercise <Name> in a sentence full of names is prose, not a headline",
        "Soldiers of Peru and Bolivia are taking part in Exercise Andean Condor at Arequipa.",
        &["ex: Andean Condor | - | Arequipa | PE,BO"],
    ),
    (
        "Exercise <Name> opening a sentence with a weekday",
        "Exercise Granite Hawk began on Tuesday.",
        &["ex: Granite Hawk | - | - | -"],
    ),
    (
        "hosted by is no participant",
        "The Silver Steppe 2024 exercise, hosted by Kyrgyzstan, brought together troops from 12 countries, including Nepal, Fiji and Chile.",
        &["ex: Silver Steppe | 2024 | - | NP,FJ,CL"],
    ),
    (
        "demonym forces concluded the exercise",
        "Egyptian and Greek naval forces concluded the Aegean Shield exercise.",
        &["ex: Aegean Shield | - | - | EG,GR"],
    ),
    (
        "the exercise will involve A and B",
        "The Ocean Lance 2025 exercise will involve Oman and Pakistan.",
        &["ex: Ocean Lance | 2025 | - | OM,PK"],
    ),
    (
        "besides A and B, the exercise will involve C and D",
        "Besides Ghana and Togo, the Coastal Guardian exercise will involve Benin and Nigeria.",
        &["ex: Coastal Guardian | - | - | GH,TG,BJ,NG"],
    ),
    (
        "the participating nations were A, B and C",
        "The Jungle Viper 2023 exercise began. The participating nations were Laos, Cambodia and Vietnam.",
        &["ex: Jungle Viper | 2023 | - | LA,KH,VN"],
    ),
    (
        "off the coast of PLACE",
        "Navies of Ecuador and Peru took part in the Pacific Wave exercise off the coast of Manta.",
        &["ex: Pacific Wave | - | Manta | EC,PE"],
    ),
    (
        "a combining form and a demonym before the head",
        "The Indo-Thai joint exercise Tiger Crest concluded on Friday.",
        &["ex: Tiger Crest | - | - | IN,TH"],
    ),
    (
        "two combining forms are the sides, not a name",
        "The Indo-Pak exercise Border Watch began.",
        &["ex: Border Watch | - | - | IN,PK"],
    ),
    (
        "a series name ending in an ocean, with its year",
        "Warships of Chile and Peru joined UNITAS Pacific 2021 this week.",
        &["ex: UNITAS Pacific | 2021 | - | CL,PE"],
    ),
    (
        "the drills brought together A, B and C",
        "The Sahara Shield drills brought together Mali, Niger and Chad.",
        &["ex: Sahara Shield | - | - | ML,NE,TD"],
    ),
    (
        "the implementation of the <Plan> in YEAR",
        "Uzbekistan and Turkey discussed the implementation of the Plan of Military Cooperation in 2019.",
        &["plan: Plan of Military Cooperation | 2019-2019 | - |  | UZ,TR"],
    ),
    (
        "envisages more than N events in the fields of",
        "Azerbaijan and Turkey signed the military cooperation plan for 2021. The plan envisages more than 150 events in the fields of military education, training and military medicine.",
        &["plan: military cooperation plan | 2021-2021 | - | military education; training; military medicine | AZ,TR"],
    ),
    (
        "sets out how: a clause, no fields",
        "The Philippines and Japan signed a defence cooperation roadmap that sets out how the two navies will cooperate.",
        &["plan: defence cooperation roadmap | - | - |  | PH,JP"],
    ),
    (
        "such events include",
        "The bilateral military cooperation plan for 2023 between Tajikistan and Kyrgyzstan includes 45 events. Such events include joint exercises, staff talks and sports competitions.",
        &["plan: bilateral military cooperation plan | 2023-2023 | - | joint exercises; staff talks; sports competitions | TJ,KG"],
    ),
    (
        "the two countries are two, not the three of the sentence before",
        "Sweden and Finland signed a defence cooperation plan for 2025. Swedish, Finnish and Norwegian units trained together in March. The two countries also agreed an exchange programme.",
        &[
            "plan: defence cooperation plan | 2025-2025 | - |  | SE,FI",
            "plan: exchange programme | - | - |  | SE,FI",
        ],
    ),
    (
        "areas of cooperation in a lettered list",
        "Vietnam and Cambodia signed the 2022 defence cooperation plan. Areas of cooperation include: a) training; b) search and rescue; c) border management.",
        &["plan: defence cooperation plan | 2022-2022 | - | training; search and rescue; border management | VN,KH"],
    ),
    (
        "with about N activities, including",
        "Malaysia and Brunei signed a military cooperation plan for 2024 with about 30 activities, including staff visits, joint exercises and sports events.",
        &["plan: military cooperation plan | 2024-2024 | - | staff visits; joint exercises; sports events | MY,BN"],
    ),
    (
        "hit a record money",
        "Shipbuilding exports hit a record $2.7 billion in 2022.",
        &["stat: 2700000000 @ 2022-2022 : Shipbuilding exports"],
    ),
    (
        "now has: a present count after a year's",
        "The agency had 400 staff in 2005 and now has 90 regional offices.",
        &["stat: 400 @ 2005-2005 : staff"],
    ),
    (
        "an age range is no count",
        "In 2021 the ministry recruited 5,000 soldiers aged 18 to 25.",
        &["stat: 5000 @ 2021-2021 : soldiers"],
    ),
    (
        "the drills <Name> after a cue, in the Gulf of PLACE",
        "The naval drills Blue Current were held in the Gulf of Thailand.",
        &["ex: Blue Current | - | Gulf of Thailand | -"],
    ),
    (
        "a drill <Surname> described: a person, not a name",
        "A drill Smith described as routine took place.",
        &["ex: none"],
    ),
    (
        "on the island of PLACE",
        "Soldiers from Fiji and Tonga took part in Exercise Coral Pact on the island of Viti Levu.",
        &["ex: Coral Pact | - | Viti Levu | FJ,TO"],
    ),
    (
        "the <Sea> port of <City>",
        "The Golden Anchor exercise opened in the Black Sea port of Constanta.",
        &["ex: Golden Anchor | - | Black Sea port of Constanta | -"],
    ),
    (
        "hosted by A at PLACE: the place after the host",
        "The Pacific Shield 2024 exercise was hosted by Fiji at the Blackrock Camp in Nadi.",
        &["ex: Pacific Shield | 2024 | Blackrock Camp in Nadi | -"],
    ),
    (
        "in the mountains of northern <COUNTRY>",
        "The drills named Thunder Ridge were held in the mountains of northern Pakistan with Chinese and Pakistani special forces.",
        &["ex: Thunder Ridge | - | Pakistan | CN,PK"],
    ),
    (
        "FYyy two-digit fiscal year",
        "In FY22 the army received 40 tanks.",
        &["stat: 40 @ 2022-2022 : tanks"],
    ),
    (
        "<COUNTRY>'s YYYY-YY budget",
        "Pakistan's 2021-22 budget allocates Rs 1,370 billion to defence.",
        &["stat: 1370000000000 @ 2021-2022 : defence"],
    ),
    (
        "the country's YYYY military expenditure",
        "The country's 2020 military expenditure was $72.9 billion.",
        &["stat: 72900000000 @ 2020-2020 : military expenditure"],
    ),
    (
        "<Name>'s YYYY edition is a label, not a time",
        "Zapad's 2021 edition involved 200,000 troops.",
        &["stat: none"],
    ),
    (
        "at the end of YYYY",
        "At the end of 2021 the army had 250,000 personnel.",
        &["stat: 250000 @ 2021-2021 : personnel"],
    ),
    (
        "in the first half of YYYY",
        "In the first half of 2023, exports reached $2 billion.",
        &["stat: 2000000000 @ 2023-2023 : exports"],
    ),
    (
        "a span of months before the year",
        "In January-June 2022, the ministry signed 45 contracts.",
        &["stat: 45 @ 2022-2022 : contracts"],
    ),
    (
        "money in YYYY-YY then on what",
        "The ministry spent Rs 35,000 crore in 2018-19 and Rs 42,000 crore in 2019-20 on modernisation.",
        &[
            "stat: 350000000000 @ 2018-2019 : modernisation",
            "stat: 420000000000 @ 2019-2020 : modernisation",
        ],
    ),
    (
        "a clock time in hrs is no count",
        "The drill began at 0900 hrs in 2021 with 40 tanks.",
        &["stat: 40 @ 2021-2021 : tanks"],
    ),
    (
        "a clock time in GMT is no count",
        "In 2019, the ship sailed at 1100 GMT with 200 crew.",
        &["stat: 200 @ 2019-2019 : crew"],
    ),
    (
        "began in YYYY, has killed N: a total up to now",
        "The operation, which began in 2014, has killed 3,000 militants.",
        &["stat: none"],
    ),
    (
        "began in YYYY with N: that year's count",
        "The exercise began in 2019 with 500 troops.",
        &["stat: 500 @ 2019-2019 : troops"],
    ),
    (
        "a page's view counter after a date and a bar",
        "Army gets new tanks\n\nPublished: 12 March 2020 | 1,234 views\n\nThe army received 30 tanks.",
        &["stat: none"],
    ),
    (
        "a view counter after a date and a middle dot",
        "Navy drills end\n\nPosted 3 May 2021 \u{b7} 560 views\n\nIn 2021 the navy held 12 drills.",
        &["stat: 12 @ 2021-2021 : drills"],
    ),
    (
        "arrived in PLACE for Exercise <Name>",
        "The Nepalese contingent arrived in Jabalpur for Exercise Mountain Bond.",
        &["ex: Mountain Bond | - | Jabalpur | NP"],
    ),
    (
        "the YYYY edition of <Name> with ships from A and B",
        "The 2023 edition of Ocean Shield began in Oman with ships from Oman and India. The exercise ended on Friday.",
        &["ex: Ocean Shield | 2023 | Oman | OM,IN"],
    ),
    (
        "the Nth edition of <Name>, its year in the clause",
        "The fifth edition of Desert Knight was conducted in Jodhpur in 2021 with French and Indian pilots. The exercise ended on Friday.",
        &["ex: Desert Knight | 2021 | Jodhpur | FR,IN"],
    ),
    (
        "the Nth edition of a show is no exercise",
        "The 14th edition of Aero India drew 800 exhibitors from 98 countries. The exercise ended on Friday.",
        &["ex: none"],
    ),
    (
        "<Name> (<ABBR>) YY-N before the head",
        "The Granite Hawk (GH) 25-1 exercise began at Fort Irwin.",
        &["ex: Granite Hawk | 2025 | Fort Irwin | -"],
    ),
    (
        "<Name> YY-N before the head",
        "The Blue Lance 22-2 exercise opened at Eglin.",
        &["ex: Blue Lance | 2022 | Eglin | -"],
    ),
    (
        "money versus money in YEAR",
        "In 2022 exports totalled $3 billion versus $2.2 billion in 2021.",
        &[
            "stat: 3000000000 @ 2022-2022 : exports",
            "stat: 2200000000 @ 2021-2021 : exports",
        ],
    ),
    (
        "rose N% to money",
        "Spending rose 8% to $45 billion in 2021.",
        &["stat: 45000000000 @ 2021-2021 : Spending"],
    ),
    (
        "doubled from money in YEAR to money in YEAR",
        "Exports doubled from $1 billion in 2015 to $2 billion in 2019.",
        &[
            "stat: 1000000000 @ 2015-2015 : Exports",
            "stat: 2000000000 @ 2019-2019 : Exports",
        ],
    ),
    (
        "N such things, while in YEAR only M",
        "In 2019, there were 12 such exercises, while in 2020 only 5 were held.",
        &[
            "stat: 12 @ 2019-2019 : exercises",
            "stat: 5 @ 2020-2020 : exercises",
        ],
    ),
    (
        "X numbered N; in YEAR, M",
        "In 2019 the contingent numbered 850; in 2020, 920.",
        &[
            "stat: 850 @ 2019-2019 : contingent",
            "stat: 920 @ 2020-2020 : contingent",
        ],
    ),
    (
        "a year in a closed relative clause is not the count's",
        "Kazakhstan, which joined the alliance in 1994, sent 300 troops.",
        &["stat: none"],
    ),
    (
        "who took command in YEAR, oversees N",
        "The general, who took command in 2017, oversees 40,000 personnel.",
        &["stat: none"],
    ),
    (
        "which was held in YEAR, involved N: the event's year",
        "The exercise, which was held in 2019, involved 3,000 troops.",
        &["stat: 3000 @ 2019-2019 : troops"],
    ),
    (
        "who is exchanged stays in the name",
        "Japan and the Philippines launched a cadet exchange programme in 2023.",
        &["plan: cadet exchange programme | - | - |  | JP,PH"],
    ),
    (
        "no headline: the lead sentence's two states are the sides",
        "The Chile-Peru naval memorandum signed in Lima by the Chilean and Peruvian navy chiefs allows closer work in several areas, the ministry said on Monday.\nThe minister added that the memorandum builds on the Bilateral Naval Cooperation Programme.",
        &["plan: Bilateral Naval Cooperation Programme | - | - |  | CL,PE"],
    ),
    (
        "a relative clause of an earlier sentence leaves the year alone",
        "Two ships took part in the drill, which began on Monday. The chief spoke. In 2022, the navy inducted 6 new vessels, he said.",
        &["stat: 6 @ 2022-2022 : new vessels"],
    ),
    (
        "in the outgoing fiscal year is no written year",
        "The government allocated Rs1.8 trillion for defence for 2023-24, up from Rs1.53 trillion in the outgoing fiscal year.",
        &["stat: 1800000000000 @ 2023-2024 : defence"],
    ),
    (
        "N this year, up from M in YEAR: the metric of the relative count",
        "Some 12,200 troops took part this year, up from 8,900 in 2022.",
        &["stat: 8900 @ 2022-2022 : troops"],
    ),
    (
        "a designator with digits opens the metric",
        "Belarus received 4 Tor-M2 batteries in 2021.",
        &["stat: 4 @ 2021-2021 : Tor-M2 batteries"],
    ),
    (
        "a count in a closed relative clause keeps out of a later year",
        "Minsk, which hosted the drills with 12,800 troops, will host the summit in 2024.",
        &["stat: none"],
    ),
    (
        "a bare count as the subject of were takes the earlier metric",
        "The academy trained 300 cadets in 2019. In 2020, 450 were trained.",
        &[
            "stat: 300 @ 2019-2019 : cadets",
            "stat: 450 @ 2020-2020 : cadets",
        ],
    ),
    (
        "A and B have taken part in X since YEAR",
        "India and Nepal have taken part in the Surya Shield drills since 2011.",
        &["ex: Surya Shield | - | - | IN,NP"],
    ),
    (
        "from N to M between YEAR and YEAR: respectively",
        "The number of joint drills rose from 19 to 43 between 2013 and 2022.",
        &[
            "stat: 19 @ 2013-2013 : joint drills",
            "stat: 43 @ 2022-2022 : joint drills",
        ],
    ),
    (
        "between YEAR and YEAR, from N to M things",
        "Between 2015 and 2020, the fleet grew from 40 to 65 ships.",
        &["stat: 40 @ 2015-2015 : ships", "stat: 65 @ 2020-2020 : ships"],
    ),
    (
        "from money to money between YEAR and YEAR",
        "Aid grew from $10 million to $25 million between 2015 and 2020.",
        &[
            "stat: 10000000 @ 2015-2015 : Aid",
            "stat: 25000000 @ 2020-2020 : Aid",
        ],
    ),
    (
        "a plan encompassing A, B and C",
        "Egypt and Sudan signed a defence cooperation programme encompassing air defence, logistics and engineering.",
        &["plan: defence cooperation programme | - | - | air defence; logistics; engineering | EG,SD"],
    ),
    (
        "its key areas include",
        "Nepal and India signed a defence cooperation roadmap. Its key areas include disaster relief, military education and medical cooperation.",
        &["plan: defence cooperation roadmap | - | - | disaster relief; military education; medical cooperation | NP,IN"],
    ),
    (
        "which spans",
        "Greece and Cyprus adopted the 2024 defence cooperation programme, which spans cyber defence, special operations and maritime security.",
        &["plan: defence cooperation programme | 2024-2024 | - | cyber defence; special operations; maritime security | GR,CY"],
    ),
    (
        "priority areas are",
        "Chile and Argentina signed a bilateral cooperation plan for 2022. Priority areas are Antarctic logistics, search and rescue and peacekeeping.",
        &["plan: bilateral cooperation plan | 2022-2022 | - | Antarctic logistics; search and rescue; peacekeeping | CL,AR"],
    ),
    (
        "that addresses",
        "Tunisia and Algeria signed a military cooperation plan that addresses border security, counter-terrorism and training.",
        &["plan: military cooperation plan | - | - | border security; counter-terrorism; training | TN,DZ"],
    ),
    (
        "on issues of",
        "Serbia and Belarus signed a military cooperation plan for 2021 on issues of military education, medicine and logistics.",
        &["plan: military cooperation plan | 2021-2021 | - | military education; medicine; logistics | RS,BY"],
    ),
    (
        "officials of an embassy at a ceremony are no participants",
        "Officials from the US embassy attended the closing ceremony of the Steel Bridge exercise.",
        &["ex: Steel Bridge | - | - | -"],
    ),
    (
        "conducted by A and B, funded by C",
        "The Steel Bridge exercise, conducted by Kenya and Uganda, was funded by the European Union and Germany.",
        &["ex: Steel Bridge | - | - | KE,UG"],
    ),
    (
        "A and B held talks: not the exercise",
        "The Steel Bridge exercise, involving Kenya and Uganda, comes a week after Somalia and Ethiopia held talks.",
        &["ex: Steel Bridge | - | - | KE,UG"],
    ),
    (
        "KD prefix before money",
        "In 2022 Kuwait signed contracts worth KD 1.2 billion for helicopters.",
        &["stat: 1200000000 @ 2022-2022 : helicopters"],
    ),
    (
        "Rp prefix before money",
        "Indonesia allocated Rp 134 trillion for defence in 2023.",
        &["stat: 134000000000000 @ 2023-2023 : defence"],
    ),
    (
        "a currency word after the number: baht",
        "Thailand approved 200 billion baht for the army in 2022.",
        &["stat: 200000000000 @ 2022-2022 : army"],
    ),
    (
        "a naira sign before money",
        "Nigeria earmarked \u{20a6}966 billion for defence in 2022.",
        &["stat: 966000000000 @ 2022-2022 : defence"],
    ),
    (
        "pounds of a thing are a weight",
        "The unit carried 500 pounds of explosives in 2019.",
        &["stat: none"],
    ),
    (
        "N, M and K things in Y1, Y2 and Y3 respectively",
        "The navy held 10, 12 and 15 drills in 2016, 2017 and 2018 respectively.",
        &[
            "stat: 10 @ 2016-2016 : drills",
            "stat: 12 @ 2017-2017 : drills",
            "stat: 15 @ 2018-2018 : drills",
        ],
    ),
    (
        "money and money in Y1 and Y2 respectively",
        "Exports were $1.2 billion and $1.5 billion in 2020 and 2021 respectively.",
        &[
            "stat: 1200000000 @ 2020-2020 : Exports",
            "stat: 1500000000 @ 2021-2021 : Exports",
        ],
    ),
    (
        "a relative year before the count in apposition, compared to the N things in YEAR",
        "The total number of recruits last year, 4,210, was a 5 percent drop compared to the 4,430 recruits in 2019.",
        &["stat: 4430 @ 2019-2019 : recruits"],
    ),
    (
        "Last year, N ..., compared with M in YEAR",
        "Last year, 4,210 recruits joined, compared with 4,430 in 2019.",
        &["stat: 4430 @ 2019-2019 : recruits"],
    ),
    (
        "the N things: a figure of three digits after the is a count, a small one a reference",
        "In 2021 the 12 member states sent the 300 instructors of the mission.",
        &["stat: 300 @ 2021-2021 : instructors"],
    ),
    (
        "a year past a comma opens the next count's phrase",
        "While in 2005, when the reform began, there were only 40 private shipyards in the country, by 2020 the figure topped 300, he said.",
        &["stat: 40 @ 2005-2005 : private shipyards", "stat: 300 @ 2020-2020 : private shipyards"],
    ),
    (
        "In YEAR there were N, in YEAR the figure reached M",
        "In 2005 there were 40 private shipyards, in 2020 the figure reached 300.",
        &["stat: 40 @ 2005-2005 : private shipyards", "stat: 300 @ 2020-2020 : private shipyards"],
    ),
    (
        "In YEAR X had N, and by YEAR their number had grown to M",
        "In 2010 the fleet had 12 frigates, and by 2020 their number had grown to 20.",
        &["stat: 12 @ 2010-2010 : frigates", "stat: 20 @ 2020-2020 : frigates"],
    ),
    (
        "money in YEAR, money in YEAR and money in YEAR keep their own years",
        "The ministry provided $3 million in flight training to the air wing in 2019, $5 million in 2020 and $6 million in 2021.",
        &[
            "stat: 3000000 @ 2019-2019 : flight training",
            "stat: 5000000 @ 2020-2020 : flight training",
            "stat: 6000000 @ 2021-2021 : flight training",
        ],
    ),
    (
        "a plan's year after its capitalised head dates the events it holds",
        "Armenia and Greece signed the Military Cooperation Program 2025 in Athens, which includes more than 40 defense events.",
        &["stat: 40 @ 2025-2025 : defense events"],
    ),
    (
        "the YEAR cooperation plan, which includes N events",
        "The two ministries signed the 2025 cooperation plan, which includes 40 joint events.",
        &["stat: 40 @ 2025-2025 : joint events"],
    ),
    (
        "the YEAR <Capitalised> Plan envisages more than N events",
        "The 2024 Defense Cooperation Plan envisages more than 60 events.",
        &["stat: 60 @ 2024-2024 : events"],
    ),
    (
        "a year before a capitalised title that is no plan labels it",
        "The 2023 Defense White Paper lists 40 priority projects.",
        &["stat: none"],
    ),
    (
        "a day before a month in another script is a date",
        "28 \u{43e}\u{43a}\u{442}\u{44f}\u{431}\u{440}\u{44f}, 2019 10:01\nThe minister arrived on Sunday.",
        &["stat: none"],
    ),
    (
        "a bilateral plan discussed after a meeting of two states' officials",
        "The navy held a parade on Sunday. On 15 May the Estonian defence minister met with his Moroccan counterpart in Rabat. The officials discussed a bilateral cooperation plan for next year.",
        &["plan: bilateral cooperation plan | - | - |  | EE,MA"],
    ),
    (
        "one side at the plan, the pair in the sentence before",
        "A new academy opened on Friday. The Indonesian and Thai army chiefs met in Bangkok on Monday. They reviewed the cooperation plan for 2024, the Thai army said.",
        &["plan: cooperation plan | 2024-2024 | - |  | ID,TH"],
    ),
    (
        "three states before the plan are no pair",
        "Ministers of Kazakhstan, Kyrgyzstan and Tajikistan met in Bishkek. They discussed a cooperation plan for 2024.",
        &["plan: cooperation plan | 2024-2024 | - |  |"],
    ),
    (
        ", focusing on A, B and C after the plan and another document",
        "The minister urged the implementation of the 2024 cooperation plan and the border protocol, focusing on officer training, border security and joint exercises.",
        &["plan: cooperation plan | 2024-2024 | - | officer training; border security; joint exercises |"],
    ),
    (
        ", covering A, B and C after a signed plan",
        "Malaysia and Brunei signed a three-year defence cooperation plan, covering maritime security, counter-terrorism and military medicine.",
        &["plan: defence cooperation plan | - | 3 | maritime security; counter-terrorism; military medicine | MY,BN"],
    ),
    (
        "a participle past a semicolon is another clause's",
        "The ministers of Chile and Peru signed the cooperation plan for 2025; the talks, focusing on border security, lasted two hours.",
        &["plan: cooperation plan | 2025-2025 | - |  | CL,PE"],
    ),
    (
        "X noted that the main directions of the cooperation are A, B, as well as C",
        "Georgia and Latvia signed the defence cooperation plan for 2026 in Riga. The Georgian ministry noted that the main directions of the cooperation are staff training, cyber defence, as well as military medicine.",
        &["plan: defence cooperation plan | 2026-2026 | - | staff training; cyber defence; military medicine | GE,LV"],
    ),
    (
        "X said that the priority areas are A and B",
        "Kenya and Uganda signed a military cooperation plan for 2025. The Kenyan defence ministry said that the priority areas are air defence and logistics.",
        &["plan: military cooperation plan | 2025-2025 | - | air defence; logistics | KE,UG"],
    ),
    (
        "a joint naval exercise of A, B and C in apposition",
        "The Coral Lance 2021 exercise, a trilateral naval exercise of Peru, Chile and Spain, will take place in May.",
        &["ex: Coral Lance | 2021 | - | PE,CL,ES"],
    ),
    (
        "the drills of the armed forces of A and B",
        "The Coral Lance 2021 drills of the armed forces of Peru and Ecuador opened on Monday.",
        &["ex: Coral Lance | 2021 | - | PE,EC"],
    ),
    (
        "including NATO allies A, B and C, along with partner nations D and E",
        "Twelve countries will take part in the Coral Lance 2021 exercise, including NATO allies Spain, Italy and Norway, along with partner nations Finland and Sweden.",
        &["ex: Coral Lance | 2021 | - | ES,IT,NO,FI,SE"],
    ),
    (
        "troops from member states A, B and C",
        "The Coral Lance 2024 drills bring together troops from member states Kazakhstan, Kyrgyzstan and Tajikistan.",
        &["ex: Coral Lance | 2024 | - | KZ,KG,TJ"],
    ),
    (
        "the exercise of restraint is no exercise's list",
        "The Coral Lance 2021 exercise began as Peru called for the exercise of restraint by Chile.",
        &["ex: Coral Lance | 2021 | - | -"],
    ),
    (
        "N countries will take part in the drills, including A, B and C, before the name",
        "Twelve countries will take part in the drills, including Spain, Italy and Norway. The ships will sail on Monday. The Coral Lance exercise has been held annually since 1995.",
        &["ex: Coral Lance | - | - | ES,IT,NO"],
    ),
    (
        "servicemen from A, B and C will take part in the exercise, then its name",
        "Servicemen from Kazakhstan, Kyrgyzstan and Tajikistan will take part in the exercise. The Coral Lance 2024 drills open on Monday.",
        &["ex: Coral Lance | 2024 | - | KZ,KG,TJ"],
    ),
    (
        "states of an unnamed, indefinite exercise before a name are not lent",
        "Peru and Chile will hold joint naval drills next week. The Coral Lance 2024 exercise will take place in the Pacific.",
        &["ex: Coral Lance | 2024 | Pacific | -"],
    ),
    (
        "states of the drills many sentences before a name are not lent",
        "Troops from Peru and Chile took part in the drills. The navy held a parade. A new academy opened. The minister spoke. The budget grew. The Coral Lance 2024 exercise will take place in the Pacific.",
        &["ex: Coral Lance | 2024 | Pacific | -"],
    ),
    (
        "sailed for Exercise NAME following an opening ceremony in CITY: the ceremony's place",
        "Naval vessels have sailed for Exercise CORAL LANCE 2024 following an opening ceremony in Lima this week.",
        &["ex: CORAL LANCE | 2024 | - | -"],
    ),
    (
        "an opening ceremony at a base in CITY, then activities will take place in AREA",
        "Exercise Coral Lance 2024 began with an opening ceremony at the naval base in Callao. Exercise Coral Lance 2024 activities will take place in the Pisco Training Area, near Ica.",
        &["ex: Coral Lance | 2024 | Pisco Training Area | -"],
    ),
    (
        "A and B warships have sailed for Exercise NAME",
        "Peruvian and Chilean warships have sailed for Exercise CORAL LANCE 2024.",
        &["ex: CORAL LANCE | 2024 | - | PE,CL"],
    ),
    (
        "a DEMONYM Army contingent departed for Exercise NAME in HOST",
        "An Indian Army contingent departed for Exercise Coral Lance 2024 in Peru on Sunday.",
        &["ex: Coral Lance | 2024 | Peru | IN"],
    ),
    (
        "the three exercises conducted between A and B this year - which are X, Y, and Z",
        "Both leaders praised the three exercises conducted between the Peruvian Armed Forces (PAF) and the Royal Chilean Armed Forces (RCAF) this year \u{2014} which are Air Coral, Land Coral, and Sea Coral.",
        &[
            "ex: Air Coral | - | - | PE,CL",
            "ex: Land Coral | - | - | PE,CL",
            "ex: Sea Coral | - | - | PE,CL",
        ],
    ),
    (
        "held three exercises this year, namely X, Y and Z (a count, not the verb 'exercises')",
        "The two armies held three exercises this year, namely Coral Lance, Blue Dune and Red Reef.",
        &["ex: Coral Lance | - | - | -", "ex: Blue Dune | - | - | -", "ex: Red Reef | - | - | -"],
    ),
    (
        "the exercises held in YEAR: X and Y",
        "The navies completed the exercises held in May: Coral Lance and Blue Dune.",
        &["ex: Coral Lance | - | - | -", "ex: Blue Dune | - | - | -"],
    ),
    (
        "people listed after a colon are no exercise names",
        "The drills were watched by senior officials: Defence Minister Ivan Petrov and General Pavel Sidorov.",
        &["ex: none"],
    ),
    (
        "a quoted sentence: \"The document envisages A, B and C,\" the ministry said",
        "Russia and Mongolia signed a military cooperation plan for 2025. \"The document envisages staff talks, exchange of instructors and joint training of troops,\" the ministry said.",
        &["plan: military cooperation plan | 2025-2025 | - | staff talks; exchange of instructors; joint training of troops | RU,MN"],
    ),
    (
        "curly quotes: \u{201c}The plan covers A and B,\u{201d} X said",
        "Chile and Peru adopted a defence cooperation plan for 2026. \u{201c}The plan covers maritime patrols and cadet exchanges,\u{201d} the navy said.",
        &["plan: defence cooperation plan | 2026-2026 | - | maritime patrols; cadet exchanges | CL,PE"],
    ),
    (
        "outlines directions and spheres of cooperation is no field; the next sentence's are",
        "Chile and Peru adopted a defence cooperation plan. \u{201c}The plan outlines directions and spheres of cooperation until 2030. It highlights maritime patrols and cadet exchanges,\u{201d} the navy said.",
        &["plan: defence cooperation plan | - | - | maritime patrols; cadet exchanges | CL,PE"],
    ),
    (
        "a capitalised roadmap name agreed by A and B, which covers ...",
        "The two sides reviewed progress on the Naval Industrial Roadmap agreed by Chile and Spain, which covers shipbuilding, sonar technology and crew training.",
        &["plan: Naval Industrial Roadmap | - | - | shipbuilding; sonar technology; crew training | CL,ES"],
    ),
    (
        "a capitalised roadmap of one state is no plan between states",
        "The navy published the Naval Industrial Roadmap on Monday, which covers shipbuilding and crew training.",
        &["plan: none"],
    ),
    (
        "a headline's short place refined in the body: at PLACE, then at the PLACE training area",
        "Exercise Coral Lance 2024 opens at Pisco\n\nThe exercise Coral Lance 2024 opened today at the Pisco training area, the ministry said.",
        &["ex: Coral Lance | 2024 | Pisco training area | -"],
    ),
    (
        "in REGION in the headline, at the X Ranges in REGION in the body",
        "Peru-Chile exercise Coral Lance 2024 commences in Ica\n\nThe fourth edition of the Peru-Chile exercise Coral Lance 2024 commenced today at Pisco Field Firing Ranges in Ica.",
        &["ex: Coral Lance | 2024 | Pisco Field Firing Ranges | PE,CL"],
    ),
    (
        "another place later is no refinement",
        "Exercise Coral Lance 2024 opens at Pisco\n\nThe exercise Coral Lance 2024 continued at the Callao naval base in Lima.",
        &["ex: Coral Lance | 2024 | Pisco | -"],
    ),
    (
        "The exercise will be held at PLACE, the sentence after the name",
        "Chilean units will take part in the Peruvian-led exercise Coral Lance 2022 this spring. The exercise will be held at the Pisco training area and will include a winter phase.",
        &["ex: Coral Lance | 2022 | Pisco training area | CL,PE"],
    ),
    (
        "The drills will take place in PLACE, the sentence after the name",
        "The Coral Lance 2022 exercise opened on Monday. The drills will take place at the Pisco training area.",
        &["ex: Coral Lance | 2022 | Pisco training area | -"],
    ),
    (
        "the previous exercise was held in PLACE: another edition's place",
        "The Coral Lance 2022 exercise opened on Monday. The previous exercise was held in Chile in 2020.",
        &["ex: Coral Lance | 2022 | - | -"],
    ),
    (
        "last year the exercise was held in PLACE: another edition's place",
        "The Coral Lance 2022 exercise opened on Monday. Last year the exercise was held in Chile.",
        &["ex: Coral Lance | 2022 | - | -"],
    ),
    (
        "Name YEAR, a command post exercise ... to be held in CITY",
        "The two sides discussed preparations for Coral Lance 2022, a command post exercise for the regional standby force to be held in Lima in November.",
        &["ex: Coral Lance | 2022 | Lima | -"],
    ),
    (
        "Name YEAR, the largest multinational exercise in REGION: a scope, not the place",
        "Coral Lance 2024, the largest multinational exercise in the Pacific, began on Monday with troops from Peru and Chile.",
        &["ex: Coral Lance | 2024 | - | PE,CL"],
    ),
    (
        "In Month YEAR, the largest exercise ...: a date, not a name",
        "In May 2022, the largest multinational exercise in the Pacific began.",
        &["ex: none"],
    ),
    (
        "the A-B joint army training Name-YEAR in PLACE",
        "The two sides agreed to hold the Peru-Chile joint army training Coral Lance-2024 in Chile later this year.",
        &["ex: Coral Lance | 2024 | Chile | PE,CL"],
    ),
    (
        "Name-YEAR, held by troops of the two countries near PLACE: the agent, then the place; the pair from before",
        "Peru and Chile signed a deal. The minister praised the joint exercise Coral Lance-2021, held by troops of the two countries near Arica in February.",
        &["ex: Coral Lance | 2021 | Arica | PE,CL"],
    ),
    (
        "with troops from both countries taking part: the pair of the sentence before",
        "The Peruvian minister met his Chilean counterpart on Monday. They agreed to hold the joint exercise Coral Lance-2024 later this year, with troops from both countries taking part.",
        &["ex: Coral Lance | 2024 | - | PE,CL"],
    ),
    (
        "both countries after three states named is no pair",
        "Ministers of Peru, Chile and Ecuador met. They agreed to hold the joint exercise Coral Lance-2024, with troops from both countries taking part.",
        &["ex: Coral Lance | 2024 | - | -"],
    ),
    (
        "a pro-verb after a bare count takes the clause's metric",
        "In 2019, 500 officers graduated, and in 2020, 450 did.",
        &["stat: 500 @ 2019-2019 : officers", "stat: 450 @ 2020-2020 : officers"],
    ),
    (
        "money was allocated to X: the recipient is the metric",
        "In the 2015/2016 financial year, Sh50 billion was allocated to the security sector.",
        &["stat: 50000000000 @ 2015-2016 : security sector"],
    ),
    (
        "money went to X",
        "In 2019, $40 million went to the coast guard.",
        &["stat: 40000000 @ 2019-2019 : coast guard"],
    ),
    (
        "money was earmarked for X",
        "In 2019, $40 million was earmarked for border security.",
        &["stat: 40000000 @ 2019-2019 : border security"],
    ),
    (
        "a while-clause without a year shares the year before it",
        "The Treasury in the 2016/2017 financial year allocated Sh124 billion for the Coast Guard Service while Sh140 billion was given to the Interior Ministry.",
        &[
            "stat: 124000000000 @ 2016-2017 : Coast Guard Service",
            "stat: 140000000000 @ 2016-2017 : Interior Ministry",
        ],
    ),
    (
        "a while-clause with a time of its own keeps out of the year before",
        "In 2019 the navy had 40 ships, while the air force now has 120 jets.",
        &["stat: 40 @ 2019-2019 : ships"],
    ),
    (
        "while this year's edition involves N: not the earlier year's",
        "In 2019, 14 warships took part, the organisers said, while this year's edition involves more than 20 vessels.",
        &["stat: 14 @ 2019-2019 : warships"],
    ),
    (
        "Name YEAR was joined by A and B forces (no head word in the sentence)",
        "The drills opened on Monday. Andean Eagle 2024 was joined by Chilean and Bolivian forces.",
        &["ex: Andean Eagle | 2024 | - | CL,BO"],
    ),
    (
        "the participating nations in Name YEAR were A, B and C",
        "The drills opened on Monday. The participating nations in Andean Eagle 2024 were Peru, Chile and Bolivia.",
        &["ex: Andean Eagle | 2024 | - | PE,CL,BO"],
    ),
    (
        "Name YEAR, hosted by A, saw the participation of N personnel each from A and B",
        "The drills opened on Monday. Andean Eagle 2024, hosted by Peru, saw the participation of 300 personnel each from Peru and Ecuador.",
        &["ex: Andean Eagle | 2024 | - | PE,EC"],
    ),
    (
        "observers attended Name YEAR, which involved troops from A and B",
        "The drills opened on Monday. Observers from Argentina and Uruguay attended Andean Eagle 2024, which involved troops from Peru and Chile.",
        &["ex: Andean Eagle | 2024 | - | PE,CL"],
    ),
    (
        "a defence show with its year is no exercise",
        "The drills opened on Monday. Delegations from 40 countries took part in Defence Expo 2024 in Lima.",
        &["ex: none"],
    ),
    (
        "COVID-19 is no edition",
        "The drills opened on Monday. In 2020, 1,250 soldiers took part in courses despite restrictions related to COVID-19.",
        &["ex: none"],
    ),
    (
        "roadmap for defence cooperation YEAR-YEAR focusing on A, B and C (no comma)",
        "Peru and Chile adopted a roadmap for defence cooperation 2024-2028 focusing on maritime security, cyber defence and training.",
        &["plan: roadmap for defence cooperation | 2024-2028 | - | maritime security; cyber defence; training | PE,CL"],
    ),
    (
        "a typo range the scan leaves, then ', which covered A, B and C'",
        "Peru and Chile noted that the five-year Programme of Military Cooperation for 201-2015, which covered military education, mountain warfare training and military medicine, had been implemented.",
        &["plan: Programme of Military Cooperation | 2011-2015 | 5 | military education; mountain warfare training; military medicine | PE,CL"],
    ),
    (
        "X touched money in YYYY-YY",
        "Defence exports touched Rs 21,083 crore in 2023-24, a 32.5% increase over the previous year.",
        &["stat: 210830000000 @ 2023-2024 : Defence exports"],
    ),
    (
        "X for YYYY-YY has been set at money",
        "The defence budget for 2020-21 has been set at Rs1.289 trillion.",
        &["stat: 1289000000000 @ 2020-2021 : defence budget"],
    ),
    (
        "X was pegged at money for YYYY",
        "The navy's allocation was pegged at $4.5 billion for 2022.",
        &["stat: 4500000000 @ 2022-2022 : allocation"],
    ),
    (
        "N billion manats (a plural currency word)",
        "Defence spending reached 2.7 billion manats in 2021.",
        &["stat: 2700000000 @ 2021-2021 : Defence spending"],
    ),
    (
        "N trillion yen",
        "The defence budget hit 6.8 trillion yen in 2023.",
        &["stat: 6800000000000 @ 2023-2023 : defence budget"],
    ),
    (
        "the quadruple co-operation plan for A, B, C and D: the states it is for",
        "Estonia provides advice within the framework of the quadruple co-operation plan for Estonia, Latvia, Lithuania and Georgia, signed in 2003 in Brussels.",
        &["plan: quadruple co-operation plan | - | - |  | EE,LV,LT,GE"],
    ),
    (
        "a trilateral plan for A, B and C for YEAR",
        "The trilateral defence cooperation plan for Peru, Chile and Bolivia for 2025 was signed.",
        &["plan: trilateral defence cooperation plan | 2025-2025 | - |  | PE,CL,BO"],
    ),
    (
        "a tripartite plan and a bilateral plan are two plans",
        "Peru and Chile signed a bilateral cooperation plan for 2025. They also backed the tripartite cooperation plan for Peru, Chile and Bolivia.",
        &[
            "plan: bilateral cooperation plan | 2025-2025 | - |  | PE,CL",
            "plan: tripartite cooperation plan | - | - |  | PE,CL,BO",
        ],
    ),
    (
        "Under the plan, the two armies will hold A, B and C",
        "Peru and Chile signed a military cooperation plan for 2025. Under the plan, the two armies will hold staff talks, joint exercises and cadet exchanges.",
        &["plan: military cooperation plan | 2025-2025 | - | staff talks; joint exercises; cadet exchanges | PE,CL"],
    ),
    (
        "According to the plan, the sides will conduct A, B and C",
        "Peru and Chile signed a military cooperation plan for 2025. According to the plan, the sides will conduct staff talks, joint exercises and cadet exchanges.",
        &["plan: military cooperation plan | 2025-2025 | - | staff talks; joint exercises; cadet exchanges | PE,CL"],
    ),
    (
        "Under the plan, the sides will carry out more than N events, including A and B",
        "Peru and Chile signed a military cooperation plan for 2025. Under the plan, the sides will carry out more than 40 events, including staff talks and joint exercises.",
        &["plan: military cooperation plan | 2025-2025 | - | staff talks; joint exercises | PE,CL"],
    ),
    (
        "Under the agreement is no plan's list",
        "Peru and Chile signed a military cooperation plan for 2025. Under the agreement, the sides will hold staff talks.",
        &["plan: military cooperation plan | 2025-2025 | - |  | PE,CL"],
    ),
    (
        "the third most X (N) in YEAR: a count in brackets after its noun",
        "Peru had the third most trainees (1,591) in 2014.",
        &["stat: 1591 @ 2014-2014 : trainees"],
    ),
    (
        "X (N) and Y (M) in a year's clause",
        "In 2019 the navy commissioned new frigates (12) and corvettes (8).",
        &["stat: 12 @ 2019-2019 : new frigates", "stat: 8 @ 2019-2019 : corvettes"],
    ),
    (
        "values in brackets after names are no counts",
        "In 2014, the top recipients were Burundi (6,244) and Colombia (4,969).",
        &["stat: none"],
    ),
    (
        "the X provided by A to B for ... during YEAR-YEAR totaled money: the subject",
        "The financial and technical assistance provided by Japan to Peru for training and equipment during 2010-2015 totaled USD 12 400 000.",
        &["stat: 12400000 @ 2010-2015 : financial and technical assistance"],
    ),
    (
        "the X allocated to B in YEAR amounted to money",
        "The aid allocated to the coast guard for boats and radars in 2019 amounted to $40 million.",
        &["stat: 40000000 @ 2019-2019 : aid"],
    ),
    (
        "\"Name YEAR\", a bilateral naval drill: a quoted name before an appositive head",
        "Peru and Chile will hold \"Coral Lance 2021\", a bilateral naval drill, in May.",
        &["ex: Coral Lance | 2021 | - | PE,CL"],
    ),
    (
        "\"Name\", the annual joint military exercise, at PLACE",
        "India and Peru launched \"Andes Shakti\", the annual joint military exercise, at Lima.",
        &["ex: Andes Shakti | - | Lima | IN,PE"],
    ),
    (
        "\"Title\", a new book on naval exercises: no exercise",
        "The minister read \"Sea Power Today\", a new book on naval exercises.",
        &["ex: none"],
    ),
    (
        "N more than in YEAR is a difference, not a count",
        "There were 1,200 peacekeepers in 2019, 300 more than in 2018.",
        &["stat: 1200 @ 2019-2019 : peacekeepers"],
    ),
    (
        "N more X than in YEAR is a difference",
        "In 2019 the navy had 300 more ships than in 2010.",
        &["stat: none"],
    ),
    (
        "N more X without than is a count",
        "In 2020 the army bought 40 more tanks.",
        &["stat: 40 @ 2020-2020 : tanks"],
    ),
    (
        "N% less that in YEAR: \"that\" mistyped for \"than\", the year is compared with",
        "Bolivia comes seventh with 410 million USD, 4% less that in 2011.",
        &["stat: none"],
    ),
    (
        "N percent more that in YEAR (mistyped comparison)",
        "Naval exports stood at $2.3 billion, 12 percent more that in 2016.",
        &["stat: none"],
    ),
    (
        "fewer that in YEAR after a count with its own year",
        "In 2021, 940 cadets graduated, 60 fewer that in 2020.",
        &["stat: 940 @ 2021-2021 : cadets"],
    ),
    (
        "the jets that in YEAR flew: \"that\" is a relative pronoun, the year dates the count",
        "The air force lost 3 jets that in 2015 were grounded.",
        &["stat: 3 @ 2015-2015 : jets"],
    ),
    (
        "fact sheet: a money figure on its own line, the next line says what it is, FY to FY",
        "Key facts\n$2.4 billion\nThe total value of Dutch radar sales to Chile from FY 2010 to FY 2015, a record for the firm.\nMore soon.",
        &["stat: 2400000000 @ 2010-2015 : total value of Dutch radar sales to Chile"],
    ),
    (
        "fact sheet: a bare count line, then \"The number of X ... in YEAR\"",
        "At a glance\n4,500\nThe number of officers trained in the United States in 2019.",
        &["stat: 4500 @ 2019-2019 : officers trained in the United States"],
    ),
    (
        "fact sheet: \"The amount of X to the Y in YEAR-YEAR\"",
        "Figures\n€350 million\nThe amount of EU support to the region's armies in 2021-2022.",
        &["stat: 350000000 @ 2021-2022 : EU support to the region's armies"],
    ),
    (
        "fact sheet: the definer's own clause after the noun (\"X the ministry approved in a deal of YEAR\")",
        "Numbers\n312\nThe number of armoured vehicles the ministry ordered in a contract signed in March 2018.",
        &["stat: 312 @ 2018-2018 : armoured vehicles"],
    ),
    (
        "fact sheet: an open range (\"since\") in the definer is no statistic",
        "Facts\n$8 billion\nThe total amount of arms deals approved for Qatar since 2014.",
        &["stat: none"],
    ),
    (
        "fact sheet: a percentage line is no count",
        "Facts\n37%\nThe share of the budget spent on salaries in 2019.",
        &["stat: none"],
    ),
    (
        "a number alone in a running paragraph, the next sentence undated: no statistic",
        "The battalion counts\n650\nThe soldiers come from four provinces.",
        &["stat: none"],
    ),
    (
        "a fiscal year written as two dates: October 1, YEAR, to September 30, YEAR",
        "For the fiscal year of October 1, 2017, to September 30, 2018, Washington gave Ghana $18 million in security assistance.",
        &["stat: 18000000 @ 2017-2018 : security assistance"],
    ),
    (
        "from DAY MONTH YEAR to DAY MONTH YEAR (British dates)",
        "From 1 April 2019 to 31 March 2020 the ministry approved 412 export licences.",
        &["stat: 412 @ 2019-2020 : export licences"],
    ),
    (
        "between MONTH DAY, YEAR and ... : a date range through a later date",
        "Between January 1, 2021, through December 31, 2022, the coast guard seized 96 boats.",
        &["stat: 96 @ 2021-2022 : boats"],
    ),
    (
        "two dates in one year are that year",
        "From March 3, 2020 to June 30, 2020, 1,150 troops were deployed.",
        &["stat: 1150 @ 2020-2020 : troops"],
    ),
    (
        "a date then a separate year, not a date range, stays apart",
        "On May 4, 2021, the ministry said 30 cadets graduated in 2020.",
        &["stat: 30 @ 2020-2020 : cadets"],
    ),
    (
        "the President's fiscal year YEAR X request is money (a fiscal year after a possessive)",
        "The President's fiscal year 2022 security aid request for Moldova is $14.5 million.",
        &["stat: 14500000 @ 2022-2022 : security aid request for Moldova"],
    ),
    (
        "the ministry's FY2021 budget request stood at money",
        "The ministry's FY2021 budget request stood at $2.1 billion.",
        &["stat: 2100000000 @ 2021-2021 : budget request"],
    ),
    (
        "the YEAR aid request for STATE is money (a year before a request)",
        "The 2023 aid request for Tunisia is $60 million.",
        &["stat: 60000000 @ 2023-2023 : aid request for Tunisia"],
    ),
    (
        "X averaged money per year in YEAR-YEAR (a yearly average over a range)",
        "Japanese naval aid averaged $12 million per year in 2012-2019.",
        &["stat: 12000000 @ 2012-2019 : Japanese naval aid"],
    ),
    (
        "Between YEAR and YEAR, X averaged money per annum",
        "Between 2011 and 2016, French arms sales to Peru averaged EUR 90 million per annum.",
        &["stat: 90000000 @ 2011-2016 : French arms sales to Peru"],
    ),
    (
        "As for X, it averaged at money per year in YEAR-YEAR (the topic is the metric)",
        "As for British military aid, it averaged at $21 million per year in 2015-2018.",
        &["stat: 21000000 @ 2015-2018 : British military aid"],
    ),
    (
        "Regarding X, it reached money in YEAR",
        "Regarding Chinese arms exports to Africa, they reached $1.4 billion in 2019.",
        &["stat: 1400000000 @ 2019-2019 : Chinese arms exports to Africa"],
    ),
    (
        "N per cent in YEAR is still no count",
        "In 2019, salaries took 45 per cent of the budget.",
        &["stat: none"],
    ),
    (
        "N troops per year is not money: still no yearly count",
        "In 2015-2020 the academy trained 300 per year.",
        &["stat: none"],
    ),
    (
        "a plan told again with military for defence is one plan",
        "Chile, Peru and Ecuador signed a trilateral defence cooperation programme in Lima. The signing of the trilateral military cooperation programme crowns years of talks.",
        &["plan: trilateral defence cooperation programme | - | - |  | CL,PE,EC"],
    ),
    (
        "defense cooperation plan, then the military cooperation plan (US spelling)",
        "Ghana and Togo adopted a defense cooperation plan for 2024. Officials said the military cooperation plan for 2024 would be reviewed in June.",
        &["plan: defense cooperation plan | 2024-2024 | - |  | GH,TG"],
    ),
    (
        "a field of cooperation between named institutions runs to the list's end",
        "Oman and Jordan signed a military cooperation programme. The programme includes joint exercises, staff courses, and cooperation between the Royal Staff College, the Jordanian War College, and the National Defence University of Oman.",
        &["plan: military cooperation programme | - | - | joint exercises; staff courses; cooperation between the Royal Staff College, the Jordanian War College, and the National Defence University of Oman | OM,JO"],
    ),
    (
        "\"among other things\" is no relation between parties: the list still splits",
        "Peru and Bolivia signed a cooperation plan. It highlights, among other things, border security, cadet exchanges and military medicine.",
        &["plan: cooperation plan | - | - | border security; cadet exchanges; military medicine | PE,BO"],
    ),
    (
        "\"exchanges between the navies\" with lower-case items after it still splits",
        "Kenya and Tanzania signed a naval cooperation plan. The plan covers exchanges between the navies, joint patrols, and hydrography.",
        &["plan: naval cooperation plan | - | - | exchanges between the navies; joint patrols; hydrography | KE,TZ"],
    ),
    (
        "The document will ..., especially in the area of A, B and C (fields after an emphasis)",
        "Serbia and Hungary are preparing a defence cooperation plan. The document will set priorities for joint work, especially in the area of border security, air policing and cyber defence.",
        &["plan: defence cooperation plan | - | - | border security; air policing; cyber defence | RS,HU"],
    ),
    (
        "The plan aims to ..., particularly in the fields of A and B",
        "Kenya and Ethiopia adopted a military cooperation plan. The plan aims to deepen ties, particularly in the fields of logistics and military medicine.",
        &["plan: military cooperation plan | - | - | logistics; military medicine | KE,ET"],
    ),
    (
        "It will strengthen ..., notably in such areas as A and B",
        "Chile and Uruguay signed a naval cooperation roadmap. It will strengthen cooperation, notably in such areas as hydrography and mine clearance.",
        &["plan: naval cooperation roadmap | - | - | hydrography; mine clearance | CL,UY"],
    ),
    (
        "an emphasis without a field cue gives no fields",
        "Oman and Jordan signed a defence cooperation plan. The document will deepen ties, especially between the two navies.",
        &["plan: defence cooperation plan | - | - |  | OM,JO"],
    ),
    (
        "their joint military exercise, Name, next year: a name set off by commas; both sides take part",
        "Laos and Vietnam held border talks. Both sides will keep preparing their joint military exercise, Silver Lotus, next year.",
        &["ex: Silver Lotus | - | - | LA,VN"],
    ),
    (
        "the annual drill, Name, at PLACE",
        "Ghana and Togo will hold the annual drill, Coastal Shield, at Lomé in May.",
        &["ex: Coastal Shield | - | Lomé | GH,TG"],
    ),
    (
        "its naval exercise, Name. (the name closes the sentence)",
        "The navy announced its naval exercise, Blue Horizon.",
        &["ex: Blue Horizon | - | - | -"],
    ),
    (
        "a fronted adverbial's comma sets off a person, not a name",
        "After the exercise, John Ward, the commander, thanked the crews.",
        &["ex: none"],
    ),
    (
        "the exercise, Colonel X, ...: a title opens a person",
        "The army praised the exercise, Colonel Peter Lang, its planner, said.",
        &["ex: none"],
    ),
    (
        "the exercise, one capitalised word: no name",
        "Officers reviewed the exercise, Monday, at the base.",
        &["ex: none"],
    ),
    (
        "The two countries will hold their joint exercise \"Name YEAR\": the sides named before take part",
        "Peru and Chile met in Lima. The two countries will hold their joint naval exercise \"Pacific Reef 2025\" in May.",
        &["ex: Pacific Reef | 2025 | - | PE,CL"],
    ),
    (
        "from N tenge in YEAR to M tenge in YEAR: the currency word is no metric",
        "Defence spending rose from 2.1 trillion tenge in 2019 to 2.6 trillion tenge in 2022.",
        &[
            "stat: 2100000000000 @ 2019-2019 : Defence spending",
            "stat: 2600000000000 @ 2022-2022 : Defence spending",
        ],
    ),
    (
        "from N US dollars in YEAR to M US dollars in YEAR",
        "Naval aid fell from 4 million US dollars in 2014 to 3 million US dollars in 2016.",
        &[
            "stat: 4000000 @ 2014-2014 : Naval aid",
            "stat: 3000000 @ 2016-2016 : Naval aid",
        ],
    ),
    (
        "X plans to raise Y to money by YEAR: the intent is no metric",
        "The ministry plans to raise arms exports to $3 billion by 2027.",
        &["stat: 3000000000 @ 2027-2027 : arms exports"],
    ),
    (
        "aid to STATE still joins after the intent rule",
        "In 2021, aid to Georgia reached $90 million.",
        &["stat: 90000000 @ 2021-2021 : aid to Georgia"],
    ),
    (
        "money for the YEAR-YEAR period for X",
        "The ministry set aside $900 million for the 2024-2028 period for coastal radars.",
        &["stat: 900000000 @ 2024-2028 : coastal radars"],
    ),
    (
        "for the next fiscal year (YYYY-YY): the bracketed year is written",
        "Parliament passed a defence budget of Rs 2.1 trillion for the next fiscal year (2024-25).",
        &["stat: 2100000000000 @ 2024-2025 : defence budget"],
    ),
    (
        "in the previous fiscal year with no year written stays relative",
        "The army recruited 4,000 soldiers in the previous fiscal year.",
        &["stat: none"],
    ),
    (
        "a known series' two-digit edition with no head word near: Name YY at PLACE",
        "Pilots from Italy and Spain joined Frisian Flag 24 at Leeuwarden.",
        &["ex: Frisian Flag | 2024 | Leeuwarden | IT,ES"],
    ),
    (
        "a known series' year and serial with no head word: Name YY-N began",
        "Keen Edge 26-1 began in Tokyo with staff officers from Japan and the United States.",
        &["ex: Keen Edge | 2026 | Tokyo | JP,US"],
    ),
    (
        "a known series then a count of things: the number is no edition",
        "In Tiger Meet 20 squadrons took part.",
        &["ex: Tiger Meet | - | - | -"],
    ),
    (
        "PLACE, AGENCY reported: the agency is no region of the place",
        "Peru and Chile held the Coral Lance drills near Callao, Andina reported.",
        &["ex: Coral Lance | - | Callao | PE,CL"],
    ),
    (
        "in the PLACE, AGENCY said",
        "Ghana and Togo opened the Gulf Sentinel exercise in the Gulf of Guinea, AFP said.",
        &["ex: Gulf Sentinel | - | Gulf of Guinea | GH,TG"],
    ),
    (
        "Name [GLOSS] air exercise: a gloss in square brackets before the head",
        "Egypt and Sudan held the Hamat [Guardians] air exercise at Merowe.",
        &["ex: Hamat | - | Merowe | EG,SD"],
    ),
    (
        "a lower-case aside in square brackets after the head is no name",
        "Officials said the exercise [in March] was a success.",
        &["ex: none"],
    ),
    (
        "Name ROMAN after a verb of holding, two states as subject",
        "Ghana and Togo opened Granite Heron IV at Tamale, GNA reported.",
        &["ex: Granite Heron | - | Tamale | GH,TG"],
    ),
    (
        "Name-ROMAN glued, naval units of A and B as subject",
        "Naval units of Oman and Pakistan concluded Lake Sentry-VI in Gwadar on Thursday.",
        &["ex: Lake Sentry | - | Gwadar | OM,PK"],
    ),
    (
        "Name YY-N after a verb of holding: the year of the edition",
        "Thai and Malaysian pilots completed Coral Kestrel 25-2 at Butterworth.",
        &["ex: Coral Kestrel | 2025 | Butterworth | TH,MY"],
    ),
    (
        "Name-N edition after 'held', troops as subject",
        "Jordanian and Emirati commandos held Al-Burhan-5 near Aqaba, state media said.",
        &["ex: Al-Burhan | - | Aqaba | JO,AE"],
    ),
    (
        "troops from A, B and C took part in a two-word name",
        "Soldiers from Kenya, Uganda and Tanzania took part in Amani Shamba in Arusha.",
        &["ex: Amani Shamba | - | Arusha | KE,UG,TZ"],
    ),
    (
        "troops of A and B held a two-word name, observers are no participants",
        "Troops of Chad and Niger held Dune Lances, with observers from Mali.",
        &["ex: Dune Lances | - | - | TD,NE"],
    ),
    (
        "a war with a Roman numeral is no exercise",
        "British and Canadian veterans took part in World War II commemorations.",
        &["ex: none"],
    ),
    (
        "a monarch's numeral after a verb is no exercise",
        "Officers from Britain and Canada held Queen Elizabeth II in high regard.",
        &["ex: none"],
    ),
    (
        "a phase numeral is no exercise",
        "Indian and Russian engineers completed Phase III in Lipetsk.",
        &["ex: none"],
    ),
    (
        "an aircraft model after a verb is no exercise",
        "Russia and India launched Su-30 production in Nashik.",
        &["ex: none"],
    ),
    (
        "one state launching a numbered missile is no exercise",
        "The Indian Army launched Agni-V on Monday.",
        &["ex: none"],
    ),
    (
        "troops holding a two-word place is no exercise",
        "Ukrainian troops held Robotyne Village in the south.",
        &["ex: none"],
    ),
    (
        "a bare name without troops or states is no exercise",
        "Local students took part in Model Parliament in Accra.",
        &["ex: none"],
    ),
    (
        "known series that is an ordinary word: ', hosted by STATE'",
        "Flintlock, hosted by Senegal and Mauritania, opened in Thies on Monday.",
        &["ex: Flintlock | - | Thies | -"],
    ),
    (
        "known series that is an ordinary word: ', first held in YEAR'",
        "Pitch Black, first held in 1981, began in Darwin with 17 nations.",
        &["ex: Pitch Black | - | Darwin | -"],
    ),
    (
        "known series that is an ordinary word: 'is held between the armies of'",
        "Shakti is held between the armies of India and France every two years.",
        &["ex: Shakti | - | - | IN,FR"],
    ),
    (
        "known series that is an ordinary word: 'participants in X include'",
        "Participants in Sea Breeze include Ukraine, Moldova and Georgia.",
        &["ex: Sea Breeze | - | - | UA,MD,GE"],
    ),
    (
        "known series that is an ordinary word after the A and B armies began",
        "The Indian and Kyrgyz armies began Khanjar at Bakloh on Monday.",
        &["ex: Khanjar | - | Bakloh | IN,KG"],
    ),
    (
        "a series word opening a longer place name is no exercise",
        "The Indian Army held Malabar Hill in 1947.",
        &["ex: none"],
    ),
    (
        "a series word after ', hosted by' someone not a state is no exercise",
        "Tourists in Malabar, hosted by locals, ate well.",
        &["ex: none"],
    ),
    (
        "a series word joined by tourists is no exercise",
        "Tourists from Germany and France joined Shakti, a yoga retreat.",
        &["ex: none"],
    ),
    (
        "A and B kicked off the Name war games: the subject takes part",
        "Kenya and Tanzania kicked off the Tana Shield war games near Lamu.",
        &["ex: Tana Shield | - | Lamu | KE,TZ"],
    ),
    (
        "the DEMONYM contingent left for Exercise Name: the contingent's state takes part",
        "The Ghanaian contingent left for Exercise Savannah Guard in Senegal, GNA said.",
        &["ex: Savannah Guard | - | Senegal | GH"],
    ),
    (
        "A and B kicked off talks about an exercise: no participants",
        "Kenya and Uganda kicked off talks on the Tana Shield exercise.",
        &["ex: Tana Shield | - | - | -"],
    ),
    (
        "a capitalised word before a series that is an ordinary word makes a longer name",
        "Kazakh and Russian troops launched Steppe Interaction 2024 near Oral.",
        &["ex: Steppe Interaction | 2024 | Oral | KZ,RU"],
    ),
    (
        "Word Series-YYYY at the sentence's start is one longer name",
        "Eastern Indra-2025 began in Rajasthan with Indian and Russian troops.",
        &["ex: Eastern Indra | 2025 | Rajasthan | IN,RU"],
    ),
    (
        "a demonym before a series stays out of its name",
        "Kyrgyz and Russian troops held Interaction 2024 at Edelweiss.",
        &["ex: Interaction | 2024 | Edelweiss | KG,RU"],
    ),
    (
        "Exercise before a series stays out of its name",
        "Exercise Interaction-2024 began at Balykchy with Kyrgyz troops.",
        &["ex: Interaction | 2024 | Balykchy | KG"],
    ),
];

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn or_dash<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |x| x.to_string())
}

fn codes(cs: &[milcoop::Country]) -> String {
    cs.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// The records of one kind in the table's notation.
fn lines(r: &Report, kind: &str) -> Vec<String> {
    match kind {
        "stat" => r
            .statistics
            .iter()
            .map(|s| {
                format!(
                    "{} @ {}-{} : {}",
                    number(s.value),
                    s.years.start(),
                    s.years.end(),
                    s.metric
                )
            })
            .collect(),
        "plan" => r
            .cooperation_plans
            .iter()
            .map(|p| {
                let years = p.years.map(|y| format!("{}-{}", y.start(), y.end()));
                format!(
                    "{} | {} | {} | {} | {}",
                    p.name,
                    or_dash(years),
                    or_dash(p.duration_years),
                    p.fields.join("; "),
                    codes(&p.parties)
                )
                .trim_end()
                .to_string()
            })
            .collect(),
        "ex" => r
            .exercises
            .iter()
            .map(|e| {
                let parts = codes(&e.participants);
                format!(
                    "{} | {} | {} | {}",
                    e.name,
                    or_dash(e.year),
                    or_dash(e.location.as_deref()),
                    if parts.is_empty() {
                        "-".to_string()
                    } else {
                        parts
                    }
                )
            })
            .collect(),
        other => panic!("unknown record kind {other:?}"),
    }
}

#[test]
fn every_record_phrasing_reads_as_its_row_says() {
    let mut failures = Vec::new();
    for (phrasing, text, want) in ROWS {
        let r = parse_with(text, None, None);
        assert_spans_slice(text, &r);
        let mut kinds: Vec<&str> = want.iter().filter_map(|w| w.split(':').next()).collect();
        kinds.dedup();
        for kind in kinds {
            let mut expected: Vec<String> = want
                .iter()
                .filter_map(|w| w.strip_prefix(kind)?.strip_prefix(':'))
                .map(|w| w.trim().to_string())
                .filter(|w| w != "none")
                .collect();
            let mut got = lines(&r, kind);
            expected.sort();
            got.sort();
            if expected != got {
                failures.push(format!("{phrasing}\n  want {expected:?}\n  got  {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
