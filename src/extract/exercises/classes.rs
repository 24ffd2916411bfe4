//! The word classes the rules ask about, each a bit of a token's mask:
//! one lookup per word of a sentence, then bit tests.

use super::*;

/// Capitalised words that never belong to an unquoted name.
#[rustfmt::skip]
pub(super) const NAME_STOP: WordClass = WordClass::new(0, &[
    "The", "A", "An", "In", "On", "At", "Of", "For", "And", "But", "Or", "To", "With", "By", "From",
    "As", "Into", "During", "Since", "Until", "While", "When", "Where", "Which", "Who", "This",
    "That", "These", "Those", "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "Our",
    "Also", "Both", "All", "Some", "Other", "According", "Last", "Next", "Earlier", "Later",
    "Meanwhile", "However", "Moreover", "After", "Before", "Over", "Under", "Thus", "Today",
    "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Minister", "Ministry", "President", "Ambassador", "Secretary",
    "General", "Commander", "Chief", "Mr", "Mrs", "Ms", "Dr", "Said", "Says", "If", "Then", "There",
    "Here", "Begin", "Begins", "Began", "Starts", "Start", "Launch", "Launches", "Kicks", "Ends",
    "Held", "Hold", "Holds", "Host", "Hosts", "Part", "Take", "Takes", "Join", "Joins", "Will",
    "Is", "Are", "Was", "Were", "Be", "Has", "Have", "Not", "No", "Yes", "Photo", "Video", "News",
    "Director", "Spokesman", "Spokesperson", "Coordinator", "Officer", "Colonel", "Col", "Lt",
    "Gen", "Maj", "Capt", "Adm", "Sgt", "Brigadier", "Lieutenant", "Captain", "Admiral", "Deputy",
    "Sen", "Rep",
]);

/// Military units and bodies: "the Black Sea Fleet drills" are a unit's, not named.
#[rustfmt::skip]
pub(super) const UNITS: WordClass = WordClass::new(1, &[
    "Fleet", "Flotilla", "District", "Brigade", "Division", "Regiment", "Corps", "Battalion",
    "Group", "Army", "Command", "Forces", "Force", "Navy", "Guard", "Ministry", "Department",
    "Academy", "University", "School", "Center", "Centre", "Agency", "Service", "Police", "Troops",
    "Committee", "Council", "Government", "Office", "Squadron", "Wing", "Company",
]);

/// Words after "exercise" that make it a verb ("exercises his right").
#[rustfmt::skip]
pub(super) const VERB_OBJECTS: WordClass = WordClass::new(2, &[
    "his", "her", "its", "their", "the", "a", "an", "this", "that", "full", "great", "control",
    "power", "authority", "caution", "restraint", "new", "our", "your", "my", "extreme",
]);

/// Words that say a sentence goes on about taking part ("participating nations").
pub(super) const FOCUS_CUES: WordClass = WordClass::new(3, exercise_words::FOCUS_CUES);

/// Nouns before "between" that make it about relations, not an exercise's sides.
#[rustfmt::skip]
pub(super) const RELATIONS: WordClass = WordClass::new(4, &[
    "tensions", "tension", "conflict", "war", "relations", "border", "dispute", "rivalry",
    "standoff", "talks", "agreement", "cooperation", "ties", "partnership", "friendship",
    "fighting", "clashes", "meeting", "differences", "balance",
]);

/// Capitalised words that describe a kind of training rather than name one
/// ("Field Training Exercises", "Combined Joint Task Force Command Post Exercise").
#[rustfmt::skip]
pub(super) const GENERIC: WordClass = WordClass::new(5, &[
    "joint", "combined", "military", "naval", "navy", "army", "air", "land", "ground", "special",
    "forces", "force", "annual", "multinational", "international", "bilateral", "trilateral",
    "tactical", "strategic", "operational", "field", "training", "command", "staff", "post", "live",
    "fire", "live-fire", "computer", "assisted", "computer-assisted", "table", "top", "tabletop",
    "table-top", "aviation", "task", "peacekeeping", "counter-terrorism", "counterterrorism",
    "anti-terrorism", "anti-terror", "humanitarian", "rescue", "search", "disaster", "relief",
    "exercise", "exercises", "drill", "drills", "maneuver", "maneuvers", "manoeuvre", "manoeuvres",
    "war", "games", "wargame", "wargames", "marine", "marines", "amphibious", "maritime",
    "readiness", "emergency", "mobilization", "mobilisation", "snap", "large-scale", "large",
    "scale", "main", "final", "major", "mountain", "urban", "night", "airborne", "medical",
    "engineering", "command-staff", "command-post", "flight-tactical", "operational-tactical",
    "security", "border", "defense", "defence", "armed", "national", "regional", "combat", "cyber",
    "logistics", "intelligence", "civic", "assistance", "interagency", "integrated", "simulation",
    "rehearsal", "mission", "missions", "training, ", "first", "second", "third", "fourth", "fifth",
    "sixth", "seventh", "eighth", "ninth", "tenth", "inaugural", "biennial", "upcoming", "new",
    "recent", "latest", "current", "ongoing", "scheduled", "planned", "two-week", "one-week",
    "three-week", "month-long", "week-long", "weeklong", "day-long", "two-day", "three-day",
    "five-day", "ten-day", "allied", "nato-led", "us-led", "u.s.-led", "sea", "coastal",
    "submarine", "anti-submarine", "electronic", "nuclear", "missile", "artillery", "tank",
    "infantry", "paratroop", "parachute", "series",
]);

/// Head words that stay out of a name even when capitalised ("Exercise X Drills").
pub(super) const HEADS_AS_NAMES: WordClass = WordClass::new(
    25,
    &[
        "exercise",
        "exercises",
        "drill",
        "drills",
        "training",
        "maneuvers",
        "manoeuvres",
        "maneuver",
        "manoeuvre",
        "games",
        "wargames",
        "series",
    ],
);

/// Geographic words: a capitalised phrase ending in one is a place, not a name.
#[rustfmt::skip]
pub(super) const GEO: WordClass = WordClass::new(6, &[
    "Sea", "Ocean", "Gulf", "Strait", "Straits", "Region", "Mountains", "Peninsula", "Coast",
    "Island", "Islands", "Bay", "Sahel", "Baltic", "Mediterranean", "Pacific", "Atlantic",
    "Caspian", "Arctic", "Indo-Pacific", "Balkans", "Caucasus", "Asia", "Europe", "Africa",
    "America", "Americas", "East", "West", "North", "South", "Desert", "Valley", "River",
    "Province", "District", "Oblast", "County", "City", "Canal",
]);

/// Words before a mention that make it an earlier edition.
#[rustfmt::skip]
pub(super) const PAST_MARKERS: WordClass = WordClass::new(7, &[
    "previous", "last", "first", "past", "earlier", "prior", "former", "inaugural",
]);

/// Words before a year that make it not the edition's year.
#[rustfmt::skip]
pub(super) const NOT_EDITION_BEFORE: WordClass = WordClass::new(8, &[
    "since", "until", "till", "by", "before", "through", "after", "from", "between", "to",
]);

/// Words just before a year that make it the series' start, not an edition.
#[rustfmt::skip]
pub(super) const BEGIN_WORDS: WordClass = WordClass::new(9, &[
    "began", "begun", "started", "first", "inception", "established", "founded", "launched",
    "initiated", "created", "inaugurated", "birth",
]);

/// Nouns for those who take part: "troops", "servicemen", "military personnel".
#[rustfmt::skip]
pub(super) const TROOPS: WordClass = WordClass::new(10, &[
    "troops", "troop", "soldiers", "soldier", "servicemen", "serviceman", "servicemembers",
    "service-members", "personnel", "forces", "force", "military", "militaries", "army", "armies",
    "navy", "navies", "units", "unit", "contingent", "contingents", "marines", "sailors", "airmen",
    "pilots", "officers", "officials", "paratroopers", "commandos", "servants", "battalion",
    "battalions", "brigade", "brigades", "company", "companies", "specialists", "teams", "team",
    "delegation", "delegations", "participants", "guard", "guardsmen", "cadets", "crews", "crew",
    "squad", "platoon", "platoons", "warships", "ships", "aircraft", "jets", "vessels", "corps",
    "militarymen", "peacekeepers",
]);

/// Words that say someone takes part in, holds or joins an exercise.
#[rustfmt::skip]
pub(super) const CUES: WordClass = WordClass::new(11, &[
    "participate", "participates", "participated", "participating", "participation", "participants",
    "participant", "part", "join", "joins", "joined", "joining", "attend", "attends", "attended",
    "attending", "involve", "involves", "involved", "involving", "begin", "begins", "began",
    "begun", "conduct", "conducts", "conducted", "conducting", "hold", "holds", "held", "host",
    "hosts", "hosted", "hosting", "launch", "launched", "launches", "inaugurated", "inaugurate",
    "kicked", "staged", "stage", "deployed", "dispatched", "sent", "represented", "arrived",
    "together", "led", "engaged", "took", "take", "taking", "takes", "taken", "hailing", "included",
    "include", "includes", "including", "drawn", "contributed", "opened", "opens", "trained",
    "train", "resume", "resumes", "resumed", "contribute", "contributes", "deploy", "deploys",
    "concluded", "conclude", "concludes", "completed", "complete", "completes", "wrapped",
    "sailed", "sail", "sails", "sailing", "departed", "depart", "departs", "arrive", "arrives",
    "arriving", "flew", "left",
]);

/// Verbs that hold an exercise: before an unnamed head they introduce another one.
pub(super) const HOLDING_VERBS: WordClass = WordClass::new(
    12,
    &[
        "hold",
        "holds",
        "held",
        "holding",
        "conduct",
        "conducts",
        "conducted",
        "staged",
        "stage",
        "organized",
        "organised",
        "organize",
    ],
);

/// Verbs whose subject takes part: "Canada and Japan actively participated".
#[rustfmt::skip]
pub(super) const SUBJECT_VERBS: WordClass = WordClass::new(13, &[
    "participate", "participates", "participated", "participating", "hold", "holds", "held",
    "conducted", "conduct", "conducts", "inaugurated", "launched",
    "staged", "attended", "attend", "joined", "join", "took", "take", "takes", "taking", "began",
    "begin", "organized", "organised", "led", "lead", "leads", "co-hosted", "sent", "opened",
    "trained", "resume", "resumes", "resumed", "contribute", "contributes", "contributed",
    "deploy", "deploys", "deployed", "concluded", "conclude", "concludes", "completed",
    "complete", "completes", "wrapped", "taken", "kicked", "kicks",
]);

/// Words allowed between a subject and its verb.
#[rustfmt::skip]
pub(super) const AUX: WordClass = WordClass::new(14, &[
    "actively", "also", "regularly", "will", "would", "have", "has", "had", "been", "are", "is",
    "were", "was", "periodically", "annually", "jointly", "all", "both", "to", "which", "who",
    "traditionally", "again", "successfully", "recently", "each", "year", "together", "now",
    "currently", "usually", "often", "shall", "plan", "plans", "planned", "set", "due", "not",
    "only", "first",
]);

/// Verbs of hosting: the subject is also the location.
pub(super) const HOST_VERBS: WordClass =
    WordClass::new(15, &["hold", "holds", "host", "hosts", "hosted", "hosting"]);

/// Lower-case facility nouns after a place name ("the Vaziani training area").
pub(super) const FACILITIES: &[&[&str]] = &[
    &["training", "area"],
    &["training", "ground"],
    &["training", "grounds"],
    &["training", "range"],
    &["training", "centre"],
    &["training", "center"],
    &["training", "camp"],
    &["proving", "ground"],
    &["firing", "range"],
    &["air", "base"],
    &["naval", "base"],
    &["military", "base"],
    &["range"],
    &["base"],
    &["airbase"],
    &["polygon"],
    &["region"],
    &["province"],
    &["district"],
    &["oblast"],
    &["area"],
    &["sea"],
    &["waters"],
];

/// Capitalised last words of a facility name, after which "in PLACE" still belongs to it.
#[rustfmt::skip]
pub(super) const FACILITY_HEADS: WordClass = WordClass::new(16, &[
    "Center", "Centre", "Node", "Range", "Ground", "Grounds", "Base", "Area", "Camp", "Polygon",
    "Academy", "School", "Site", "Field", "Airfield", "Port", "Garrison", "Barracks", "area",
    "ground", "grounds", "range", "base", "camp", "polygon", "airbase",
]);

/// Words that may open a list of participants ("from", "including",
/// "joined by", "between", "participation of", "in addition to").
#[rustfmt::skip]
pub(super) const LIST_OPENERS: WordClass = WordClass::new(17, &[
    "from", "namely", "including", "include", "included", "includes", "participation", "led",
    "joined", "hosted", "join", "joins", "joining", "between", "in", "involve", "involves",
    "involved", "involving", "featured", "features", "featuring", "together", "besides", "were",
    "are", "conducted", "staged",
]);

/// Words that break a clause ([`CLAUSE_WORDS`]).
pub(super) const CLAUSE_BREAKS: WordClass = WordClass::new(18, CLAUSE_WORDS);

/// "since 2007": a sentence without it has no series start.
pub(super) const SINCE: WordClass = WordClass::new(19, &["since"]);

/// "the 2018 edition": a sentence without one of these has no edition year.
pub(super) const EDITIONS: WordClass = WordClass::new(20, &["edition", "iteration", "session"]);

/// "under the auspices of", "sponsored by": the places after are sponsors.
pub(super) const SPONSORS: WordClass =
    WordClass::new(21, &["auspices", "sponsored", "funded", "financed"]);

/// Words that end the search for an exercise's place after its name: a
/// report ("said", "according"), an agent or sponsor ("by", "under").
pub(super) const LOCATION_STOPS: WordClass = WordClass::new(
    22,
    &[
        "said",
        "says",
        "told",
        "according",
        "reported",
        "reports",
        "under",
        "by",
        "auspices",
    ],
);

/// Prepositions of place before a state's name ("in", "across", "near").
pub(super) const LOCATIVES: WordClass = WordClass::new(
    23,
    &[
        "in", "at", "to", "into", "near", "across", "inside", "around", "on",
    ],
);

/// Words that join the states of a list ("A, B and the C", "plus D"); a
/// "&" is a mark, tested apart.
pub(super) const LIST_LINKS: WordClass =
    WordClass::new(24, &["and", "the", "or", "plus", "alongside"]);

/// Every word class above, for the token masks (each word starts with a
/// letter: a test keeps it so, and only word tokens are looked up).
pub(super) const ALL_CLASSES: &[WordClass] = &[
    NAME_STOP,
    UNITS,
    VERB_OBJECTS,
    FOCUS_CUES,
    RELATIONS,
    GENERIC,
    GEO,
    PAST_MARKERS,
    NOT_EDITION_BEFORE,
    BEGIN_WORDS,
    TROOPS,
    CUES,
    HOLDING_VERBS,
    SUBJECT_VERBS,
    AUX,
    HOST_VERBS,
    FACILITY_HEADS,
    LIST_OPENERS,
    CLAUSE_BREAKS,
    SINCE,
    EDITIONS,
    SPONSORS,
    LOCATION_STOPS,
    LOCATIVES,
    LIST_LINKS,
    HEADS_AS_NAMES,
];

/// The token masks of [`ALL_CLASSES`].
pub(super) static CLASSES: LazyLock<ClassTable> = LazyLock::new(|| ClassTable::new(ALL_CLASSES));
