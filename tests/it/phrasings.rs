//! The phrasing table: one invented sentence per way agencies write an
//! encounter (or a look-alike that is not one), with the people each meeting
//! must name. A new phrasing is one row here.
//!
//! Rows are invented: no name or sentence comes from an evaluation article.

use crate::common::*;

/// (phrasing, text, the surnames of each expected meeting's participants).
/// An empty list of meetings means the text reports none.
type Row = (
    &'static str,
    &'static str,
    &'static [&'static [&'static str]],
);

const MEETINGS: &[Row] = &[
    (
        "X met with Y",
        "Defence Minister Tomas Varga met with his Slovak counterpart Peter Holub in Bratislava on Monday.",
        &[&["Varga", "Holub"]],
    ),
    (
        "X called on Y",
        "General Asim Raza called on Chief of Naval Staff Admiral Faisal Khan at Naval Headquarters on Tuesday.",
        &[&["Raza", "Khan"]],
    ),
    (
        "X calls on Y (headline present tense)",
        "Visiting Nepalese Army Chief Ram Thapa calls on President Ali Reza in Islamabad on Wednesday.",
        &[&["Thapa", "Reza"]],
    ),
    (
        "X paid a courtesy call on Y",
        "Rear Admiral Kwame Boateng paid a courtesy call on the Chief of Defence Staff, Major General Kofi Mensah, at Burma Camp on Thursday.",
        &[&["Boateng", "Mensah"]],
    ),
    (
        "X paid a courtesy call to Y",
        "Brigadier Salim Haddad paid a courtesy call to Defence Minister Omar Nasser in Amman on Sunday.",
        &[&["Haddad", "Nasser"]],
    ),
    (
        "X paid a courtesy visit to Y",
        "Army Chief General Rohan Mehta paid a courtesy visit to Prime Minister Farida Rahman at her office on Monday.",
        &[&["Mehta", "Rahman"]],
    ),
    (
        "X discussed ... with Y",
        "Defence Minister Anna Berg discussed regional security with her Danish counterpart Lars Holm in Oslo on Friday.",
        &[&["Berg", "Holm"]],
    ),
    (
        "X and Y discussed ...",
        "Defence Minister Anna Berg and Danish Defence Minister Lars Holm discussed regional security in Oslo on Friday.",
        &[&["Berg", "Holm"]],
    ),
    (
        "X talked today with his DEMONYM colleague Y",
        "Defence Minister Jonas Meier talked today with his Austrian colleague Klaudia Brandner in Vienna.",
        &[&["Meier", "Brandner"]],
    ),
    (
        "X and Y talked about ...",
        "General Paolo Ricci and Admiral Hugo Lenz talked about joint patrols in Rome on Tuesday.",
        &[&["Ricci", "Lenz"]],
    ),
    (
        "after a fronted adverbial, 'the ABBR OFFICE had received last WEEKDAY Y' (office anaphor, past perfect of this week)",
        "Chief of Staff General Karim Haddad hosted Admiral Tomas Krogh in Algiers on Thursday. Besides, the JOC Chief of Staff had received last Tuesday Anton Petrov, Deputy Foreign Minister of Russia.",
        &[&["Haddad", "Krogh"], &["Haddad", "Petrov"]],
    ),
    (
        "X had met Y last year is background, not this story's meeting",
        "Defence Minister Karim Haddad had met General Tomas Krogh last year in Oslo.",
        &[],
    ),
    (
        "In a talk yesterday with Y, X promised ...",
        "In a brief talk yesterday with Defence Minister Sok Dara, General Li Wenhua promised more training places.",
        &[&["Dara", "Wenhua"]],
    ),
    (
        "an unnamed body called on the TITLE (ABBR), RANK Y for an introduction",
        "A group of foreign naval attaches called on the Chief of Naval Staff (CNS), Rear Admiral Kofi Mensah for an introductory meeting on Wednesday at the naval base in Sekondi.",
        &[&["Mensah"]],
    ),
    (
        "X had an audience with King NAME NUMBER",
        "On his last day, Mr. Jens Berg had an audience with King Olav VI at the royal palace in Oslo.",
        &[&["Berg", "VI"]],
    ),
    (
        "King NAME NUMBER received Y",
        "King Abdullah III received General Mark Hale in Amman on Monday.",
        &[&["III", "Hale"]],
    ),
    (
        "X prepares to discuss ... with Y (ahead, no meeting)",
        "While President Mark Hale prepares to discuss trade on Friday with President Amir Ben Salem in Tunis, officials are drafting a deal.",
        &[],
    ),
    (
        "an internal meeting chaired by one official is no encounter",
        "The session, chaired by Prime Minister Muhammad Ali Khan, approved the new pay scales for the civil service.",
        &[],
    ),
    (
        "a delegation meeting chaired by one official is an encounter",
        "The meeting with the visiting delegation was chaired by General Paulo Costa in Brasilia on Monday.",
        &[&["Costa"]],
    ),
    (
        "heading the DEMONYM delegation was Z (after a meeting with no one named)",
        "Officials of the three armies met in Nicosia on Monday for the annual consultations. Heading the Greek delegation was Colonel Nikos Pappas.",
        &[&["Pappas"]],
    ),
    (
        "He paid a courtesy call on Y (no one named before): a meeting with one named participant",
        "He paid a courtesy call on President Ranil Perera in Colombo on Monday.",
        &[&["Perera"]],
    ),
    (
        "X and his DEMONYM counterpart Y came together in CITY",
        "Turkish Defense Minister Yusuf Aydin and his Azerbaijani counterpart Kamal Aliyev came together in Ankara on Monday.",
        &[&["Aydin", "Aliyev"]],
    ),
    (
        "their defence ministers met; the next sentence names them",
        "Japan and Australia agreed on Monday to deepen defence ties as their defence ministers met in Tokyo. Japanese Defence Minister Kenji Sato and his Australian counterpart Mark Reid agreed to expand joint exercises.",
        &[&["Sato", "Reid"]],
    ),
    (
        "X met A and B. Both meetings ...: two encounters",
        "Defence Minister Ali Khan met Army Chief General Omar Diallo and Navy Chief Admiral Jean Pierre in Dakar on Monday. Both meetings focused on training.",
        &[&["Khan", "Diallo"], &["Khan", "Pierre"]],
    ),
    (
        "X met A and B (one encounter unless the text says otherwise)",
        "Defence Minister Ali Khan met Army Chief General Omar Diallo and Navy Chief Admiral Jean Pierre in Dakar on Monday. The meeting focused on training.",
        &[&["Khan", "Diallo", "Pierre"]],
    ),
    (
        "X had a tete-a-tete with Y",
        "Defence Minister Ali Khan had a tête-à-tête with General Omar Diallo in Dakar on Monday.",
        &[&["Khan", "Diallo"]],
    ),
    (
        "the Nth round of negotiations ... ended in CITY; later 'X said during the talks'",
        "The fourth round of negotiations on the border patrol plan of Ghana, Togo and Benin, which began on Monday, closed in Lome on Thursday. Experts walked the border. \"Our patrols will be joint,\" Colonel Koffi Adjo of Togo said during the talks.",
        &[&["Adjo"]],
    ),
    (
        "X said after a meeting held by Y (a quote, no meeting told before): no encounter",
        "The cabinet approved the budget. Minister Koffi Adjo said after a meeting held by the president that the budget was approved.",
        &[],
    ),
    (
        "A and B (states) discussed ...; This came during a meeting ... held in CITY; Head of the DEMONYM delegation Z said",
        "Ghana and Togo yesterday discussed maritime patrols and officer training. This came during the annual session of their joint commission, held in Lome. Head of the Ghanaian delegation Major General Kofi Asante said patrols would start in June.",
        &[&["Asante"]],
    ),
    (
        "A and B (states) discussed ... with no one ever named: no meeting",
        "Ghana and Togo yesterday discussed ways of promoting military cooperation. The talks focused on training.",
        &[],
    ),
    (
        "X signed the decree appointing Y: one signer, no encounter",
        "Defence Minister Ali Khan signed the decree appointing General Omar Diallo as army chief.",
        &[],
    ),
    (
        "X signed an agreement with his DEMONYM counterpart Y",
        "Defence Minister Ali Khan signed an agreement with his Turkish counterpart Yusuf Aydin in Ankara on Monday.",
        &[&["Khan", "Aydin"]],
    ),
    (
        "the decree was signed by X (one signer, passive): no encounter",
        "The decree was signed on Monday by President Ali Khan.",
        &[],
    ),
    (
        "X, who met Y in YEAR, retired: background",
        "General Omar Diallo, who met Defence Minister Ali Khan in 2019, retired on Monday.",
        &[],
    ),
    (
        "X is to hold talks with Y (ahead)",
        "Defence Minister Ali Khan is to hold talks with General Omar Diallo on Friday.",
        &[],
    ),
    (
        "X presented his credentials to Y",
        "Ambassador Hans Weber presented his credentials to President Ali Khan at the palace on Monday.",
        &[&["Weber", "Khan"]],
    ),
    (
        "X presented her letter of credence to Y",
        "The new Ambassador of Chile, Maria Soto, presented her letter of credence to King Harald V in Oslo.",
        &[&["Soto", "V"]],
    ),
    (
        "the meeting, which took place in CITY, brought together X and Y",
        "The meeting, which took place in Lome, brought together Defence Minister Kofi Mensah and General Yao Agbo.",
        &[&["Mensah", "Agbo"]],
    ),
    (
        "X held back-to-back meetings with A, B and C (one meeting each)",
        "During his visit, General Rana Kapoor held back-to-back meetings with Defence Minister Ali Sabry, Navy Commander Vice Admiral Nimal Perera and Army Commander Lieutenant General Vikum Silva.",
        &[&["Kapoor", "Sabry"], &["Kapoor", "Perera"], &["Kapoor", "Silva"]],
    ),
    (
        "X met A and B. Two meetings ... (the phrase opening the next sentence)",
        "General Rana Kapoor met Defence Minister Ali Perera and Admiral Nimal Silva in Colombo on Monday. Two meetings, at the ministry and at the naval base, covered training.",
        &[&["Kapoor", "Perera"], &["Kapoor", "Silva"]],
    ),
    (
        "X exchanged views with Y",
        "Chief of General Staff Ivan Petrenko exchanged views with Polish General Marek Nowak in Warsaw on Tuesday.",
        &[&["Petrenko", "Nowak"]],
    ),
    (
        "X interacted with Y",
        "Defence Secretary Rajesh Kumar interacted with the visiting Omani Defence Minister Salim Al Busaidi in New Delhi on Monday.",
        &[&["Kumar", "Al Busaidi"]],
    ),
    (
        "X held discussions with Y",
        "Vice Admiral Suresh Nair held discussions with Sri Lankan Navy Commander Vice Admiral Nimal Perera in Colombo on Monday.",
        &[&["Nair", "Perera"]],
    ),
    (
        "X had a meeting with Y",
        "Minister of Defence Ali Karimov had a meeting with the Ambassador of Turkey Mehmet Yilmaz in Tashkent on Monday.",
        &[&["Karimov", "Yilmaz"]],
    ),
    (
        "X and Y co-chaired the dialogue",
        "Defence Secretary Rajesh Kumar and Japanese Vice Minister Kenji Sato co-chaired the fifth round of the Defence Policy Dialogue in Tokyo on Monday.",
        &[&["Kumar", "Sato"]],
    ),
    (
        "X granted an audience to Y",
        "King Hamad Al Khalifa granted an audience to the visiting British Chief of the Defence Staff, Admiral Tony Radford, in Manama on Sunday.",
        &[&["Al Khalifa", "Radford"]],
    ),
    (
        "X was received by Y",
        "Indonesian Army Chief General Budi Santoso was received by Malaysian Defence Minister Razak Hamid in Kuala Lumpur on Monday.",
        &[&["Santoso", "Hamid"]],
    ),
    (
        "Y receives X (headline present tense)",
        "Defence Minister Tran Van Minh receives Lao Deputy Minister Somsak Vong in Hanoi on Monday.",
        &[&["Minh", "Vong"]],
    ),
    (
        "X visited PLACE to have talks with A, B and C",
        "Secretary General Ana Ruiz visited Lisbon on Monday to have talks with Prime Minister Joao Costa, Foreign Minister Rita Gomes, and the Minister of Defence Paulo Silva.",
        &[&["Ruiz", "Costa", "Gomes", "Silva"]],
    ),
    (
        "X had an audience with Y",
        "Admiral Pedro Alves had an audience with His Majesty King Carlos Ferreira in Madrid on Monday.",
        &[&["Alves", "Ferreira"]],
    ),
    (
        "X held bilateral meetings with A and B (separate encounters)",
        "Defence Minister Anna Berg held bilateral meetings with Polish Defence Minister Marek Nowak and Czech Defence Minister Petr Novak in Vilnius on Monday.",
        &[&["Berg", "Nowak"], &["Berg", "Novak"]],
    ),
    (
        "His Excellency met with A (the honorific as a pronoun)",
        "Defence Minister Khalid Al-Mansour opened the exhibition in Doha on Monday. His Excellency met with Omani Defence Minister Salim Al Busaidi on the sidelines.",
        &[&["Al-Mansour", "Al Busaidi"]],
    ),
    (
        "a later sentence about the talks continues the meeting",
        "Ambassador Lena Ortiz met Defence Minister Tomas Varga on Tuesday. Speaking afterwards, Ortiz said the talks had focused on training.",
        &[&["Ortiz", "Varga"]],
    ),
    (
        "X and Title Y met (a title word such as 'Plans' is no future)",
        "Defence Minister Irakli Beridze and Director of Plans Daniel Lasko met in Tbilisi on Monday.",
        &[&["Beridze", "Lasko"]],
    ),
    (
        "the delegation led by X (named earlier) called on Y",
        "Kigali: A Qatari delegation led by the Chief of Staff, Lt Gen Saad bin Khalid, began a two-day visit to Rwanda on Monday. On Tuesday, the Qatari military delegation paid a courtesy call on the Minister of Defence, Maj Gen Paul Mugisha.",
        &[&["Saad bin Khalid", "Mugisha"]],
    ),
    (
        "the plan was signed on DATE by X and Y",
        "The plan was signed on Aug. 20 by Uzbek Defence Minister Kabul Rashidov and his Kazakh counterpart Nurlan Bekov.",
        &[&["Rashidov", "Bekov"]],
    ),
    (
        "during the bilateral discussions with Y, X said",
        "During the bilateral discussions with the Egyptian Ambassador Ahmed Fathy, Defence Secretary Aden Warsame said the two countries enjoy strong relations.",
        &[&["Fathy", "Warsame"]],
    ),
    (
        "X has met with Y",
        "Defence Minister Ali Karimov has met with the visiting Turkish Chief of General Staff General Mehmet Yilmaz in Tashkent.",
        &[&["Karimov", "Yilmaz"]],
    ),
    (
        "Y hosted a reception for X",
        "Defence Minister Phan Van Giang hosted a reception for Lao Defence Minister Somsak Vong in Hanoi on Monday.",
        &[&["Giang", "Vong"]],
    ),
    (
        "X and Y held a bilateral meeting",
        "Defence Minister Anna Berg and Danish Defence Minister Lars Holm held a bilateral meeting in Oslo on Friday.",
        &[&["Berg", "Holm"]],
    ),
    (
        "X and Y signed",
        "Defence Minister Anna Berg and Danish Defence Minister Lars Holm signed a memorandum in Oslo on Friday.",
        &[&["Berg", "Holm"]],
    ),
    (
        "X, who is on an official visit to C, called on Y",
        "General Ahmed Saleh, who is on an official visit to Pakistan, called on Chief of Naval Staff Admiral Naveed Ashraf in Islamabad on Tuesday.",
        &[&["Saleh", "Ashraf"]],
    ),
    (
        "visiting DEMONYM TITLE X held talks with Y",
        "Visiting Chinese Defence Minister Dong Lei held talks with his Cambodian counterpart Tea Vichet in Phnom Penh on Monday.",
        &[&["Dong Lei", "Tea Vichet"]],
    ),
    (
        "during his visit to C, X met Y",
        "During his visit to Ghana, General Tom Baker met Chief of Defence Staff Vice Admiral Seth Amoama on Monday.",
        &[&["Baker", "Amoama"]],
    ),
    (
        "the meeting between X and Y",
        "The meeting between Defence Minister Anna Berg and Danish Defence Minister Lars Holm took place in Oslo on Friday.",
        &[&["Berg", "Holm"]],
    ),
    (
        "a meeting was held between X and Y",
        "A meeting was held between Defence Minister Anna Berg and Danish Defence Minister Lars Holm in Oslo on Friday.",
        &[&["Berg", "Holm"]],
    ),
    (
        "X said at talks with his DEMONYM counterpart Y",
        "Defence Minister Sergei Orlov said at talks with his Belarusian counterpart Viktor Khrenin in Moscow on Tuesday that ties were strong.",
        &[&["Orlov", "Khrenin"]],
    ),
    (
        "on the sidelines of EVENT, X met Y",
        "On the sidelines of the Shangri-La Dialogue, Defence Minister Anna Berg met Japanese Defence Minister Kenji Sato on Saturday.",
        &[&["Berg", "Sato"]],
    ),
    (
        "X, accompanied by Z, met Y",
        "General Tom Baker, accompanied by Ambassador Lisa Grant, met President John Mahama in Accra on Monday.",
        &[&["Baker", "Grant", "Mahama"]],
    ),
    (
        "X met Y here on WEEKDAY",
        "Defence Minister Ali Karimov met Indian Army Chief General Rohan Mehta here on Monday.",
        &[&["Karimov", "Mehta"]],
    ),
    (
        "X WEEKDAY met Y",
        "Chief of Army Staff General Asim Raza Tuesday met Turkish Land Forces Commander General Selcuk Bayraktar at GHQ.",
        &[&["Raza", "Bayraktar"]],
    ),
    (
        "Y received here on WEEKDAY X",
        "Saudi Defence Minister Prince Khalid bin Salman received here on Monday the visiting US CENTCOM Commander General Michael Kurilla.",
        &[&["Khalid bin Salman", "Kurilla"]],
    ),
    (
        "the delegation was led by X while the DEMONYM side by Y",
        "The sixth round of staff talks was held in Baku. The Azerbaijani delegation was led by Major General Elchin Aliyev, while the British side was headed by Brigadier Tom Hughes.",
        &[&["Aliyev", "Hughes"]],
    ),
    (
        "X and Y co-chaired the Nth JWG",
        "Defence Secretary Rajesh Kumar and Omani Secretary General Mohammed Al Zaabi co-chaired the 11th Joint Military Cooperation Committee meeting in Muscat on Monday.",
        &[&["Kumar", "Al Zaabi"]],
    ),
    (
        "X met Y and his accompanying delegation",
        "The Chief of Staff, General Fayyad Al Ruwaili, met Egyptian Chief of Staff Lieutenant General Osama Askar and his accompanying delegation in Riyadh.",
        &[&["Al Ruwaili", "Askar"]],
    ),
    (
        "Also present were Z and W (a later sentence adds people)",
        "Defence Minister Kwame Asante met Brigadier General Emeka Obi in Abuja on Monday. Also present were Colonel Yaw Darko and Ambassador Nana Ofori.",
        &[&["Asante", "Obi", "Darko", "Ofori"]],
    ),
    (
        "Z was also present on the occasion",
        "Rear Admiral Sunil Perera called on the Chief of Naval Staff Admiral Vikram Desai at Naval Headquarters. The Defence Adviser Captain Ravi Menon was also present on the occasion.",
        &[&["Perera", "Desai", "Menon"]],
    ),
    (
        "Present on the occasion were Z",
        "General Asim Qadir called on the Minister of Defence Arif Baig in Islamabad on Monday. Present on the occasion were Brigadier Hamid Ali and Colonel Tariq Aziz.",
        &[&["Qadir", "Baig", "Ali", "Aziz"]],
    ),
    (
        "Among those present were Z",
        "Defence Minister Kwame Asante received General Emeka Obi in Accra. Among those present were Colonel Yaw Darko and Major Kofi Annor.",
        &[&["Asante", "Obi", "Darko", "Annor"]],
    ),
    (
        "Y was accompanied by Z",
        "Defence Minister Lars Holm held talks with General Piotr Nowak in Copenhagen on Friday. General Nowak was accompanied by Colonel Jan Kowal.",
        &[&["Holm", "Nowak", "Kowal"]],
    ),
    (
        "at the call, Z was present (a courtesy call told before, not a phone call)",
        "General Thura Aung met Defence Minister Sok Chea in Phnom Penh on Tuesday. Also present at the call together with the General were Colonel Min Htet and Colonel Kyaw Lin.",
        &[&["Aung", "Chea", "Htet", "Lin"]],
    ),
    (
        "X and Y ... on DAY; the two met (a plural anaphor names the last two)",
        "Indian Defence Minister Ravi Kumar and his Japanese counterpart Kenji Sato on Tuesday agreed to deepen defence ties. While Kumar is touring Japan, the two met and discussed maritime security.",
        &[&["Kumar", "Sato"]],
    ),
    (
        "X was greeted by Y; they held talks",
        "General Asim Raza arrived in Kabul on Monday, where he was greeted by General Tom Hale. Later they held talks on border security.",
        &[&["Raza", "Hale"]],
    ),
    (
        "X arrived; both ministers met (only one named: no meeting)",
        "Defence Minister Ali Khan arrived in Dakar on Monday. Both ministers met on Tuesday.",
        &[],
    ),
    (
        "X met Y; the two sides held talks (the same meeting, told again)",
        "Defence Minister Lars Holm met General Piotr Nowak in Copenhagen on Friday. The two sides held talks on air defence.",
        &[&["Holm", "Nowak"]],
    ),
    (
        "the two countries held talks (states, not the people named before)",
        "Defence Minister Lars Holm visited a shipyard in Gdansk on Friday with Admiral Piotr Nowak. The two countries held talks in Warsaw later.",
        &[],
    ),
    (
        "a later short mention with diacritics the full name lacks",
        "Security was discussed by Tomasz Wojcik, Minister of National Defence, and Czech Defence Minister Jana Novakova. On Friday Minister Wójcik met with Minister Nováková in Warsaw.",
        &[&["Wojcik", "Novakova"]],
    ),
    (
        "a later short mention without the diacritics of the full name",
        "Turkish Defence Minister Yaşar Güler arrived in Baku on Monday. Guler met Azerbaijani Defence Minister Zakir Hasanov on Tuesday.",
        &[&["Güler", "Hasanov"]],
    ),
    (
        "X hosted a delegation; during the discussions with Y, the minister said (X is the other side)",
        "Defence Secretary Joseph Kamau today hosted a delegation from the Nigerian Army at Defence Headquarters. During the bilateral discussions with Nigerian Army Chief General Emeka Obi, the minister praised the two armies' ties.",
        &[&["Kamau", "Obi"]],
    ),
    (
        "X hosted visitors; the engagement with Y was a follow-up (X is the other side)",
        "Defence Secretary Joseph Kamau today hosted visitors from the Indian Navy. The engagement with the Indian team led by Vice Admiral Ravi Menon was a follow-up to an earlier visit.",
        &[&["Kamau", "Menon"]],
    ),
    (
        "X and Y deliberated on",
        "Chief of Naval Staff Admiral Faisal Khan and Royal Navy chief Admiral Tom Reed deliberated on maritime security in Karachi on Monday.",
        &[&["Khan", "Reed"]],
    ),
    (
        "X talked with Y",
        "Defence Minister Marko Petrovic talked with Hungarian Defence Minister Laszlo Kovacs in Belgrade on Thursday about joint training.",
        &[&["Petrovic", "Kovacs"]],
    ),
    (
        "X talked to reporters (no one named: no meeting)",
        "Defence Minister Marko Petrovic talked to reporters in Belgrade on Thursday.",
        &[],
    ),
    (
        "X sat down with Y",
        "US Defense Secretary Mark Elliott sat down with Philippine Defense Secretary Jose Santos at Camp Aguinaldo on Tuesday.",
        &[&["Elliott", "Santos"]],
    ),
    (
        "Y played host to X",
        "Defence Minister Rajan Pillai played host to his Vietnamese counterpart General Tran Van Minh in New Delhi on Friday.",
        &[&["Pillai", "Minh"]],
    ),
    (
        "headline 'X to meet with Y' (a future, not a meeting)",
        "Army chief General Asif Khan to meet with US General Tom Hale\n\nGeneral Khan will travel to Washington next week.",
        &[],
    ),
    (
        "X travelled to C to meet with Y (a purpose, the meeting told)",
        "General Asif Khan travelled to Washington on Monday to meet with US General Tom Hale.",
        &[&["Khan", "Hale"]],
    ),
    (
        "X called on A and thereafter held discussions with B (two encounters)",
        "On Tuesday, General Juma Mfaume paid a courtesy call on the Minister of Defence, Major General Paul Mugisha and thereafter, held bilateral discussions with his counterpart, General Eric Kayonga at the Defence Force Headquarters.",
        &[&["Mfaume", "Mugisha"], &["Mfaume", "Kayonga"]],
    ),
    (
        "X met A, and later held talks with B (two encounters)",
        "Defence Minister Lars Holm met Prime Minister Ewa Nowak in Warsaw on Monday, and later held talks with General Piotr Zielinski.",
        &[&["Holm", "Nowak"], &["Holm", "Zielinski"]],
    ),
    (
        "X will also pay a call on Y (a future, four words back)",
        "General Manoj Kumar called on General Karim Hossain on Monday. He will also pay a call on Prime Minister Rina Begum on Tuesday.",
        &[&["Kumar", "Hossain"]],
    ),
    (
        "a meeting with his DEMONYM counterpart, named in another sentence",
        "New Zealand's Minister for Defence Aroha Tane is visiting Fiji this week. Fiji's Minister for Defence Josefa Vula spoke after holding a bilateral meeting with his New Zealand counterpart.",
        &[&["Vula", "Tane"]],
    ),
    // Look-alikes.
    (
        "X addressed troops",
        "Defence Minister Anna Berg addressed the troops in Oslo on Friday.",
        &[],
    ),
    (
        "held a video conference",
        "Defence Minister Anna Berg held a video conference with Danish Defence Minister Lars Holm on Friday.",
        &[],
    ),
    (
        "will hold talks",
        "Defence Minister Anna Berg will hold talks with Danish Defence Minister Lars Holm in Oslo next week.",
        &[],
    ),
    (
        "X held a telephone conversation with Y",
        "Defence Minister Anna Berg held a telephone conversation with her Danish counterpart Lars Holm on Friday.",
        &[],
    ),
    (
        "X spoke with Y in a call",
        "Defence Minister Anna Berg spoke with Danish Defence Minister Lars Holm in a call on Friday.",
        &[],
    ),
    (
        "X will meet Y",
        "Defence Minister Anna Berg will meet her Danish counterpart Lars Holm in Oslo on Friday.",
        &[],
    ),
    (
        "X is expected to hold talks with Y",
        "Defence Minister Anna Berg is expected to hold talks with Danish Defence Minister Lars Holm in Oslo next week.",
        &[],
    ),
    (
        "X is scheduled to call on Y",
        "General Asim Raza is scheduled to call on Chief of Naval Staff Admiral Faisal Khan on Tuesday.",
        &[],
    ),
    (
        "X had met Y (background)",
        "Defence Minister Anna Berg had met Danish Defence Minister Lars Holm during an earlier visit.",
        &[],
    ),
    (
        "X called on states to ... (an appeal, not a visit)",
        "Defence Minister Anna Berg called on all states to respect the ceasefire.",
        &[],
    ),
    (
        "X visited COUNTRY (a trip, no one met)",
        "Only days earlier, President Amina Juma visited Rwanda.",
        &[],
    ),
    (
        "X said after a meeting held by the president (a quote, no encounter)",
        "The two ministries signed a programme, Major General Oleg Petrov said after a meeting held by the president on Tuesday.",
        &[],
    ),
    (
        "two ministries signed (no named signatories)",
        "The Russian and Belarusian defence ministries signed a cooperation programme, Major General Oleg Petrov told reporters in Minsk.",
        &[],
    ),
    (
        "X met soldiers (troops are no counterpart)",
        "Defence Minister Anna Berg met soldiers of the northern brigade on Friday.",
        &[],
    ),
    (
        "X interacted with the young officers",
        "Army Chief General Rohan Mehta interacted with the young officers at the academy on Monday.",
        &[],
    ),
    (
        "X held virtual talks with Y",
        "Defence Minister Anna Berg held virtual talks with Danish Defence Minister Lars Holm on Friday.",
        &[],
    ),
    (
        "plural title held talks; the talks between X and Y (next sentence)",
        "The defence ministers of Ghana and Togo held talks in Lome on Monday. The talks between Defence Minister Kofi Mensah and his Togolese counterpart Yao Agbo focused on border security.",
        &[&["Mensah", "Agbo"]],
    ),
    (
        "officials met; the delegation was led by X, the side headed by Y",
        "Officials of the two armies met in Nairobi on Tuesday. The Kenyan delegation was led by Brigadier Peter Otieno, while the Ugandan side was headed by Colonel James Okello.",
        &[&["Otieno", "Okello"]],
    ),
    (
        "delegations held consultations; the negotiations were led by X and Y",
        "Military delegations of Peru and Ecuador held consultations in Quito. The negotiations were led by Rear Admiral Luis Vega and General Carlos Mora.",
        &[&["Vega", "Mora"]],
    ),
    (
        "a committee met; the meeting was co-chaired by X and Y",
        "The joint defence committee met in Hanoi on Friday. The meeting was co-chaired by Deputy Defence Minister Tran Van Minh and Lao Deputy Minister Somsak Vongsa.",
        &[&["Minh", "Vongsa"]],
    ),
    (
        "at a meeting in PLACE; delegations were headed by X, then Y and Z",
        "Representatives of the navies discussed the plan at a meeting in Manila on Thursday. Both navies train together every year. The Philippine delegation was led by Commodore Jose Santos. The Indonesian and Malaysian delegations were headed by Colonel Budi Hartono and Captain Azmi Rahman.",
        &[&["Santos", "Hartono", "Rahman"]],
    ),
    (
        "delegations met; the side was represented by X, the other by Y",
        "Delegations of the two ministries met in Beijing on Monday. The Chinese side was represented by Major General Zhang Hua and the Pakistani side by Brigadier Imran Qureshi.",
        &[&["Hua", "Qureshi"]],
    ),
    (
        "X and Y discussed ... during talks in PLACE",
        "General Ram Thapa and General Vikram Rao reviewed border cooperation during talks in Kathmandu on Sunday.",
        &[&["Thapa", "Rao"]],
    ),
    (
        "X, speaking at a meeting of a council (a body's own meeting)",
        "General Ram Thapa, speaking at a meeting of the army council, praised the troops.",
        &[],
    ),
    (
        "the meeting was also attended by Z, sentences later",
        "Defence Minister Anna Berg met Danish Defence Minister Lars Holm in Oslo on Friday. The ministers discussed Arctic security. They also reviewed training. Both agreed to meet again next year. The meeting was also attended by State Secretary Erik Lund.",
        &[&["Berg", "Holm", "Lund"]],
    ),
    (
        "during today's meeting (the one told before, one meeting)",
        "Colonel Ivan Horvat and Colonel Mark Ellis signed the plan today. During today's meeting, Colonel Ellis stressed training.",
        &[&["Horvat", "Ellis"]],
    ),
    (
        "X called on Y here on DAY",
        "Visiting Chief of Naval Staff Admiral Ravi Menon called on Sri Lankan Defence Secretary General Kamal Perera here on Tuesday.",
        &[&["Menon", "Perera"]],
    ),
    (
        "X DAY received Y at HQ (weekday without on)",
        "Chief of the Army Staff General Tariq Mahmood Monday received Commander of the Royal Jordanian Army Major General Yousef Hunaiti at GHQ.",
        &[&["Mahmood", "Hunaiti"]],
    ),
    (
        "Y received here on DAY the visiting X",
        "Defence Minister Saleh Al Harbi received here on Sunday the visiting Omani Chief of Staff Lieutenant General Salim Al Rawahi.",
        &[&["Harbi", "Rawahi"]],
    ),
    (
        "X met on DAY D/M/YYYY in CITY with Y",
        "Minister of Defence Ahmed Zaki met on Monday 12/3/2024 in Cairo with Sudanese Chief of Staff General Yasir Atta.",
        &[&["Zaki", "Atta"]],
    ),
    (
        "X said at talks with his counterpart Y",
        "Russian Defence Minister Sergei Volkov said at talks with his Lao counterpart Chansouk Vong in Moscow that ties were growing.",
        &[&["Volkov", "Vong"]],
    ),
    (
        "At a meeting with his counterpart Y, X said",
        "At a meeting with his Kyrgyz counterpart Bakyt Osmonov, Defence Minister Ruslan Zhaksylykov said cooperation was strong.",
        &[&["Zhaksylykov", "Osmonov"]],
    ),
    (
        "the talks, held on DAY in CITY, were attended by X and Y",
        "The talks, held on Monday in Baku, were attended by Defence Minister Zakir Aliyev and Georgian Defence Minister Levan Beridze.",
        &[&["Aliyev", "Beridze"]],
    ),
    (
        "X briefed the visiting Y on ...",
        "Army Chief General Manoj Rana briefed the visiting Vietnamese Defence Minister General Phan Van Tuan on the security situation in New Delhi on Monday.",
        &[&["Rana", "Tuan"]],
    ),
    (
        "X met with a delegation led by Y",
        "Defence Minister Zakir Aliyev met with a delegation led by Deputy Defence Minister Levan Beridze of Georgia in Baku on Tuesday.",
        &[&["Aliyev", "Beridze"]],
    ),
    (
        "A and B held the Nth round of the DIALOGUE; the A delegation was led by X while the B side was headed by Y",
        "India and Vietnam held the 12th round of the Defence Policy Dialogue in Hanoi on Friday. The Indian delegation was led by Defence Secretary Ajay Kumar while the Vietnamese side was headed by Senior Lieutenant General Hoang Xuan Chien.",
        &[&["Kumar", "Chien"]],
    ),
    (
        "the Nth meeting of the GROUP took place; it was co-chaired by X and Y",
        "The 5th meeting of the Pakistan-Turkey High Level Military Dialogue Group took place in Ankara on Monday. It was co-chaired by General Nadeem Raza and General Yasar Guler.",
        &[&["Raza", "Guler"]],
    ),
    (
        "a trilateral meeting of X, Y and Z was held in CITY",
        "A trilateral meeting of Defence Minister Zakir Aliyev, Turkish Defence Minister Hulusi Akar and Georgian Defence Minister Juansher Burchuladze was held in Tbilisi on Friday.",
        &[&["Aliyev", "Akar", "Burchuladze"]],
    ),
    (
        "a meeting was held between X and Y",
        "A meeting was held between Chief of General Staff Karim Valiyev and Turkish Land Forces Commander General Musa Avsever in Baku.",
        &[&["Valiyev", "Avsever"]],
    ),
    (
        "on the sidelines of EVENT, X met Y",
        "On the sidelines of the Shangri-La Dialogue, Defence Minister Richard Marles met Japanese Defence Minister Minoru Kihara on Saturday.",
        &[&["Marles", "Kihara"]],
    ),
    (
        "X, accompanied by Z, called on Y",
        "General Asim Raza, accompanied by Brigadier Omar Javed, called on the Chief of Defence Forces General Andika Perkasa at the headquarters in Jakarta.",
        &[&["Raza", "Javed", "Perkasa"]],
    ),
    (
        "X, who is on an official visit to COUNTRY, met Y",
        "Defence Minister Hulusi Akar, who is on an official visit to Qatar, met Qatari Defence Minister Khalid Al Attiyah in Doha on Monday.",
        &[&["Akar", "Attiyah"]],
    ),
    (
        "during his visit to COUNTRY, X met Y",
        "During his visit to Kenya, Army Chief General Moeen Ahmed met Kenyan Chief of Defence Forces General Robert Kibochi at Defence Headquarters.",
        &[&["Ahmed", "Kibochi"]],
    ),
    (
        "X held talks with his DEMONYM counterpart Y",
        "Chinese Defence Minister Li Shangfu held talks with his Belarusian counterpart Viktor Khrenin in Beijing on Tuesday.",
        &[&["Shangfu", "Khrenin"]],
    ),
    (
        "DEMONYM, DEMONYM defence ministers meet (headline, no names)",
        "Pakistan, Turkey defence ministers meet in Ankara",
        &[],
    ),
    (
        "the meeting between X and Y took place",
        "The meeting between Defence Minister Rajnath Singh and Australian Deputy Prime Minister Richard Marles took place in New Delhi on Monday.",
        &[&["Singh", "Marles"]],
    ),
    (
        "X's meeting with his counterpart Y",
        "Defence Minister Rajnath Singh's meeting with his Australian counterpart Richard Marles focused on maritime security.",
        &[&["Singh", "Marles"]],
    ),
    (
        "X and Y held a cordial discussion",
        "Defence Secretary Giridhar Aramane and Deputy Secretary Matt Yannopoulos held a cordial discussion on regional security in Canberra.",
        &[&["Aramane", "Yannopoulos"]],
    ),
    (
        "the visiting delegation was led by Z; earlier, X met Y",
        "The visiting delegation was led by Rear Admiral Nikolai Ivanov. Earlier, Admiral Sergei Orlov met Pakistani Navy chief Admiral Amjad Niazi in Karachi.",
        &[&["Orlov", "Niazi"]],
    ),
    (
        "X met troops",
        "Defence Minister Ben Wallace met troops in Estonia on Friday.",
        &[],
    ),
    (
        "X will meet Y next week",
        "Defence Minister Ben Wallace will meet his Estonian counterpart Hanno Pevkur next week.",
        &[],
    ),
    (
        "X held a telephone conversation with Y",
        "Defence Minister Ben Wallace held a telephone conversation with his Estonian counterpart Hanno Pevkur on Friday.",
        &[],
    ),
    (
        "X addressed the officers",
        "Minister Ben Wallace addressed the officers of the Estonian Defence College in Tartu.",
        &[],
    ),
    (
        "X is scheduled to call on Y",
        "General Mark Carleton-Smith is scheduled to call on Estonian Chief of Defence General Martin Herem on Tuesday.",
        &[],
    ),
    (
        "X DAY called on Y (APP style)",
        "Army Chief General Asim Munir Tuesday called on Saudi Chief of General Staff General Fayyadh Al Ruwaili in Riyadh.",
        &[&["Munir", "Ruwaili"]],
    ),
    (
        "X and Y discussed ..., the ministry said",
        "Deputy Defence Minister Alexander Fomin and Indonesian Ambassador Jose Tavares discussed military cooperation in Moscow, the ministry said.",
        &[&["Fomin", "Tavares"]],
    ),
    (
        "X and his counterpart Y signed a roadmap",
        "Defence Minister Ben Wallace and his Estonian counterpart Hanno Pevkur signed a roadmap in Tallinn on Friday.",
        &[&["Wallace", "Pevkur"]],
    ),
    (
        "one meeting told again by some of its people, one by an initial",
        "Defence Minister Arvydas Kalnas and Chief of Defence General Jonas Petraitis met Latvian Chief of Defence General Karlis Ozols in Vilnius on Monday. The Lithuanian and Latvian Chiefs of Defence had a meeting on regional security. Minister A. Kalnas said at the meeting with General Ozols that ties were strong.",
        &[&["Kalnas", "Petraitis", "Ozols"]],
    ),
    (
        "the same two people on another day, with a third: two meetings",
        "General Andris Berzins met General Peeter Tamm in Riga on Monday. On Friday, General Berzins met General Tamm and Colonel Janis Ozols in Tallinn.",
        &[&["Berzins", "Tamm"], &["Berzins", "Tamm", "Ozols"]],
    ),
    (
        "earlier in the day, X held talks with Y (a second meeting on the first one's day)",
        "Vice Chairman Fan Long met Australian Defence Minister David Jones on Monday in Beijing. Earlier in the day, Defense Minister Chang Quan held talks with David Jones.",
        &[&["Long", "Jones"], &["Quan", "Jones"]],
    ),
    (
        "one official signed a law (no encounter)",
        "President Yoweri Kato signed the defence amendment law on Friday.",
        &[],
    ),
    (
        "X and his counterpart signed (one named)",
        "Defense Secretary Lloyd Hale and his Ukrainian counterpart signed a defence cooperation deal at the Pentagon.",
        &[&["Hale"]],
    ),
    (
        "X met Dr Y (a style alone marks the person)",
        "Sir Tony Radley, the Chief of the Defence Staff, met Dr Marcus Faber in Berlin on Tuesday.",
        &[&["Radley", "Faber"]],
    ),
    (
        "X received H.E. Y (a style alone marks the person)",
        "Defence Minister Saleh Al Harbi received H.E. Jean-Paul Moreau at the ministry in Riyadh.",
        &[&["Harbi", "Moreau"]],
    ),
    (
        "X met with reporters (the press is no counterpart)",
        "Defence Minister Anna Berg met with reporters in Oslo on Friday.",
        &[],
    ),
    (
        "X is scheduled to be received by Y",
        "Defence Minister Anna Berg is scheduled to be received by Defence Minister Lars Holm.",
        &[],
    ),
    (
        "X and Y, who met in CITY last year, will meet again (background)",
        "Defence Minister Anna Berg and Defence Minister Lars Holm, who met in Oslo last year, will meet again in June.",
        &[],
    ),
    (
        "X met Y two years ago (background)",
        "Defence Minister Anna Berg recalled that she met Defence Minister Lars Holm two years ago.",
        &[],
    ),
    (
        "the ABBR (an office's initials) called on Y (the person named before with that office)",
        "Chief of Army Staff General Asim Munir arrived in Riyadh on Monday. The COAS called on Saudi Defence Minister Prince Khalid Salman.",
        &[&["Munir", "Salman"]],
    ),
    (
        "the minister met Y (the person named before with that office)",
        "Defence Minister Richard Marles arrived in Tokyo on Monday. The minister met Japanese Defence Minister Minoru Kihara.",
        &[&["Marles", "Kihara"]],
    ),
    (
        "the naval chief called on Y (the person named before with that office)",
        "Naval Chief Admiral Ravi Menon arrived in Colombo on Monday. The naval chief called on Sri Lankan Defence Secretary Kamal Perera.",
        &[&["Menon", "Perera"]],
    ),
    (
        "the CDS later met Y (the person named before with that office)",
        "Chief of Defence Staff General Chris Musa arrived in Accra. The CDS later met Ghanaian Defence Minister Dominic Nitiwul.",
        &[&["Musa", "Nitiwul"]],
    ),
    (
        "X hosted a delegation (the other side unnamed: one participant)",
        "Defence Minister Aden Farah hosted a delegation from the Indian Navy at Defence Headquarters on Monday.",
        &[&["Farah"]],
    ),
    (
        "X received a delegation, then met its named head (the lead lends its date and venue)",
        "Defence Minister Aden Farah today received a delegation from Egypt at Defence Headquarters, Nairobi. During the talks with the Egyptian Ambassador His Excellency Wael Nasr, the minister praised the ties.",
        &[&["Farah", "Nasr"]],
    ),
    (
        "X paid a courtesy call on Y; X ... held a cordial discussion (the same meeting)",
        "High Commissioner Ali Nasir paid a courtesy call on the State Minister of Defence Kamal Perera at the State Ministry of Defence in Colombo today. H.E. Nasir was accorded a warm reception by the Minister upon his arrival at the State Ministry premises and both high officials held a cordial discussion on matters of bilateral importance.",
        &[&["Nasir", "Perera"]],
    ),
    (
        "X met Y; X later attended talks (the same meeting, no one new)",
        "Defence Minister Anna Berg met Defence Minister Lars Holm in Oslo on Friday. Berg later held talks on Arctic security.",
        &[&["Berg", "Holm"]],
    ),
    (
        "X will arrive ... and meet with Y (one modal, two verbs)",
        "Defence Minister Peter Kahu will arrive in Suva tomorrow for a two-day visit and meet with Fijian Defence Minister Jone Tora.",
        &[],
    ),
    (
        "X will then travel to PLACE and meet Y",
        "Defence Minister Peter Kahu will then travel to Canberra and meet Australian Defence Minister Mark Reid.",
        &[],
    ),
    (
        "X will arrive ... and meet Y to reaffirm ... and discuss ways (a far modal)",
        "Minister for Defence, Peter Kahu will arrive in Suva tomorrow for a bilateral visit and meet with Fijian Minister for Defence, Jone Tora to reaffirm their commitment to regional security in the Pacific and discuss ways to strengthen defence cooperation.",
        &[],
    ),
    (
        "X would fly to PLACE next week and hold talks with Y",
        "General Luis Vega would fly to Lima next week and hold talks with General Carlos Mora, the ministry said.",
        &[],
    ),
];

#[test]
fn every_meeting_phrasing_reads_as_its_row_says() {
    let mut failures = Vec::new();
    for (phrasing, text, want) in MEETINGS {
        let r = parse_with(text, Some("2024-05-10"), None);
        assert_spans_slice(text, &r);
        let got: Vec<Vec<String>> = r
            .meetings
            .iter()
            .map(|m| m.participants.iter().map(|p| p.name.clone()).collect())
            .collect();
        let ok = got.len() == want.len()
            && got.iter().zip(want.iter()).all(|(g, w)| {
                g.len() == w.len() && w.iter().all(|s| g.iter().any(|n| n.ends_with(s)))
            });
        if !ok {
            failures.push(format!(
                "{phrasing}: {text}\n  want {want:?}\n  got  {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (title shape, text, (surname, role, country) of each participant of the one meeting).
type PeopleRow = (
    &'static str,
    &'static str,
    &'static [(&'static str, Option<&'static str>, Option<&'static str>)],
);

const TITLES: &[PeopleRow] = &[
    (
        "a STATE's delegation led by X: X leads for that state",
        "Kigali: A Qatar Armed Forces delegation led by the Chief of Staff, Lt Gen Salem Al-Nabit, met the Chief of Defence Staff, Gen Jean Mugabo, on Monday.",
        &[
            ("Al-Nabit", Some("Chief of Staff"), Some("QA")),
            ("Mugabo", Some("Chief of Defence Staff"), Some("RW")),
        ],
    ),
    (
        "the meeting began in the presence of A and B, with their DEMONYM counterparts C and D, respectively",
        "The meeting began at 10:30 AM in the presence of Peru's Foreign Minister Luis Vega and Defense Minister Jorge Mora, together with their Chilean counterparts Pedro Soto and Jose Antonio Rios, respectively.",
        &[
            ("Vega", Some("Foreign Minister"), Some("PE")),
            ("Mora", Some("Defense Minister"), Some("PE")),
            ("Soto", None, Some("CL")),
            ("Rios", None, Some("CL")),
        ],
    ),
    (
        "RANK NAME, the deputy head of STATE's BODY (GLOSS) DEPARTMENT",
        "General Ahmed Salah received Lieutenant General Wang Jun, the deputy head of China's PLA (People's Liberation Army) General Logistics Department, in Algiers.",
        &[
            ("Salah", None, Some("DZ")),
            ("Wang Jun", Some("deputy head of China's PLA (People's Liberation Army) General Logistics Department"), Some("CN")),
        ],
    ),
    (
        "decorations after the name, then the title",
        "Lieutenant General Ranjit Mehra, PVSM, AVSM, SM, Defence Adviser, called on the Chief of Army Staff of Sri Lanka General Vikum Perera.",
        &[
            ("Mehra", Some("Defence Adviser"), None),
            ("Perera", Some("Chief of Army Staff"), Some("LK")),
        ],
    ),
    (
        "State Secretary in the Ministry of Defence of STATE NAME",
        "State Secretary in the Ministry of Defence of Mongolia Gantulga Bat met Indian Defence Secretary Rajesh Kumar in Ulaanbaatar.",
        &[
            ("Bat", Some("State Secretary in the Ministry of Defence"), Some("MN")),
            ("Kumar", Some("Defence Secretary"), Some("IN")),
        ],
    ),
    (
        "TITLE attached to the DEMONYM embassy in STATE, RANK NAME (the embassy's state, not the host's)",
        "Captain Ravi Kumar called on Rear Admiral Nimal Perera at the Western Naval Command Headquarters. The Defence Advisor attached to the Indian High Commission in Sri Lanka Captain Ashok Rao was also present on the occasion.",
        &[
            ("Kumar", None, None),
            ("Perera", None, None),
            ("Rao", Some("Defence Advisor"), Some("IN")),
        ],
    ),
    (
        "a lower-case office heading a named body: the deputy chief of International Affairs",
        "Colonel Amadou Sow met the deputy chief of International Affairs, Brigadier General Paulo Silva, in Brasilia.",
        &[
            ("Sow", None, None),
            ("Silva", Some("deputy chief of International Affairs"), Some("BR")),
        ],
    ),
    (
        "an adviser's field after 'on'; a possessive state two words before the title",
        "General Nasser Sabah met Britain's Senior Defense Advisor on the Middle East Lieutenant General Sir John Hale in Kuwait.",
        &[
            ("Sabah", None, Some("KW")),
            ("Hale", Some("Defense Advisor on the Middle East"), Some("GB")),
        ],
    ),
    (
        "TITLE (ABBR) of FORCE, RANK NAME",
        "General Ali Ghanim was welcomed by the Chief of Defence Staff (CDS) of Rwanda Defence Force, Gen Jean Bosco Kagame.",
        &[
            ("Ghanim", None, None),
            ("Kagame", Some("Chief of Defence Staff (CDS) of Rwanda Defence Force"), Some("RW")),
        ],
    ),
    (
        "an abbreviated senior rank without a final dot",
        "Deputy Minister of National Defence Sen. Lieut. Gen Vu Minh paid a courtesy call to Cambodian Defence Minister Gen. Tea Sok in Phnom Penh.",
        &[
            ("Minh", Some("Deputy Minister of National Defence"), None),
            ("Sok", Some("Defence Minister"), Some("KH")),
        ],
    ),
    (
        "NAME of the INSTITUTION (the institution names the state)",
        "General Li Ming of the People's Liberation Army met General Tom Hale in Geneva.",
        &[("Ming", None, Some("CN")), ("Hale", None, None),],
    ),
    (
        "RANK NAME of the DEMONYM service",
        "Air Chief Marshal Vivek Rao of the Indian Air Force met General Tom Hale in Geneva.",
        &[("Rao", None, Some("IN")), ("Hale", None, None),],
    ),
    (
        "Commander of COMMAND RANK NAME (the command inside the title)",
        "Commander of U.S. Africa Command General Michael Lane met General Tom Hale in Geneva.",
        &[("Lane", Some("Commander of U.S. Africa Command"), Some("US")), ("Hale", None, None),],
    ),
    (
        "DEMONYM service Chief of Staff RANK NAME",
        "Indonesian Army Chief of Staff General Agus Budi met General Tom Hale in Geneva.",
        &[("Budi", Some("Army Chief of Staff"), Some("ID")), ("Hale", None, None),],
    ),
    (
        "TITLE NAME of STATE after another",
        "Polish Defence Minister Jan Nowak and Defence Minister Giorgi Lomidze of Georgia met in Geneva.",
        &[("Nowak", Some("Defence Minister"), Some("PL")), ("Lomidze", Some("Defence Minister"), Some("GE")),],
    ),
    (
        "a title word as a given name after a rank: Colonel Sultan X",
        "Defence Minister Ruslan Bekov met Colonel Sultan Nazarov, the Tajik military attache, in Bishkek.",
        &[
            ("Bekov", Some("Defence Minister"), Some("KG")),
            ("Nazarov", Some("military attache"), Some("TJ")),
        ],
    ),
    (
        "a list of names each with its title after it: A, Title, B, Title, and C, Title",
        "General Tom Hale met Asif Khan, Defence Secretary, Omar Baig, Chief of Naval Staff, and Ali Raza, Chief of Air Staff, in Islamabad.",
        &[
            ("Hale", None, None),
            ("Khan", Some("Defence Secretary"), Some("PK")),
            ("Baig", Some("Chief of Naval Staff"), Some("PK")),
            ("Raza", Some("Chief of Air Staff"), Some("PK")),
        ],
    ),
    (
        "TITLE under STATE's ministry, RANK NAME (the body between title and name)",
        "Military delegations of Azerbaijan and Georgia held consultations in Baku. The negotiations were led by Head of the International Cooperation Department under Azerbaijan's Defense Ministry, Major General Elnur Mammadov and Chief of the Bilateral Cooperation Office under Georgia's Defense Ministry Levan Beridze.",
        &[
            ("Mammadov", Some("Head of the International Cooperation Department"), Some("AZ")),
            ("Beridze", Some("Chief of the Bilateral Cooperation Office"), Some("GE")),
        ],
    ),
    (
        "plural office of STATE and STATE, then the names",
        "The Defence Ministers of Ghana and Togo, Kofi Mensah and Yao Agbo, met in Lome on Monday.",
        &[
            ("Mensah", Some("Defence Minister"), Some("GH")),
            ("Agbo", Some("Defence Minister"), Some("TG")),
        ],
    ),
    (
        "DEMONYM and DEMONYM plural office, names, respectively",
        "The Armenian and Greek defence ministers, Suren Papyan and Nikos Dendas, respectively, signed the plan in Yerevan.",
        &[
            ("Papyan", Some("defence minister"), Some("AM")),
            ("Dendas", Some("defence minister"), Some("GR")),
        ],
    ),
    (
        "DEMONYM and DEMONYM plural office, names without commas (Xinhua)",
        "Chinese and Cambodian defense ministers Dong Jun and Tea Seiha held talks in Beijing on Tuesday.",
        &[
            ("Jun", Some("defense minister"), Some("CN")),
            ("Seiha", Some("defense minister"), Some("KH")),
        ],
    ),
    (
        "plural service office with ranks before each name",
        "The Army Chiefs of Nepal and India, General Ram Thapa and General Vikram Rao, reviewed border cooperation during talks in Kathmandu on Sunday.",
        &[
            ("Thapa", Some("Army Chief"), Some("NP")),
            ("Rao", Some("Army Chief"), Some("IN")),
        ],
    ),
    (
        "the two plural office, names (no states)",
        "The two defence ministers, Ben Wallace and Hanno Pevkur, met in Geneva on Friday.",
        &[
            ("Wallace", Some("defence minister"), None),
            ("Pevkur", Some("defence minister"), None),
        ],
    ),
    (
        "a later mention without the Arabic article; a state's name modifying a long title",
        "KUWAIT: Chief of the General Staff Lieutenant General Nasser Al-Sabah opened the new academy on Sunday. Sabah later met with the visiting US Naval Forces Central Commander Admiral Brad Cooper.",
        &[
            ("Al-Sabah", Some("Chief of the General Staff"), Some("KW")),
            ("Cooper", Some("Commander"), Some("US")),
        ],
    ),
    (
        "Y was accompanied by Z: Z is on Y's side; a rank at a line's end goes on into the name",
        "Defence Minister Ali Khan met Cambodian Defence Minister Gen.\nTea Banh in Phnom Penh. Tea Banh was accompanied by Secretary General of the Ministry of National Defence Gen. Sam Vanthan.",
        &[
            ("Khan", Some("Defence Minister"), None),
            ("Banh", Some("Defence Minister"), Some("KH")),
            ("Vanthan", Some("Secretary General of the Ministry of National Defence"), Some("KH")),
        ],
    ),
    (
        "a first participant of no state at a meeting in a state none of the others is of is its host",
        "Minister of Defence Tran Van Minh held talks with his Indian counterpart Rajesh Kumar on Wednesday in the Vietnamese capital Ha Noi.",
        &[
            ("Minh", Some("Minister of Defence"), Some("VN")),
            ("Kumar", None, Some("IN")),
        ],
    ),
    (
        "a service before Chief or Commander is part of the title",
        "Togolese Navy Chief Rear Admiral Yao Agbo met Sri Lankan Army Commander General Nimal Perera in Colombo.",
        &[
            ("Agbo", Some("Navy Chief"), Some("TG")),
            ("Perera", Some("Army Commander"), Some("LK")),
        ],
    ),
    (
        "a service with a lower-case office, after a demonym",
        "Indian Navy chief Admiral Ravi Menon met the visiting Turkish land forces commander General Selim Kaya in Mumbai.",
        &[
            ("Menon", Some("Navy chief"), Some("IN")),
            ("Kaya", Some("land forces commander"), Some("TR")),
        ],
    ),
    (
        "a service before a longer office keeps the office's own title",
        "People's Liberation Army Chief of General Staff General Li Ming met British Defence Adviser, Colonel James Hart, in Beijing.",
        &[
            ("Ming", Some("Chief of General Staff"), None),
            ("Hart", Some("Defence Adviser"), Some("GB")),
        ],
    ),
    (
        "a demonym before the first of two titles joined by and is the second's too",
        "Defence Minister Anna Berg met with Chilean President Luis Mora and Defence Minister Carla Rojas in Geneva on Monday.",
        &[
            ("Berg", Some("Defence Minister"), None),
            ("Mora", Some("President"), Some("CL")),
            ("Rojas", Some("Defence Minister"), Some("CL")),
        ],
    ),
    (
        "a second field of one office after and",
        "The Minister of Defence and Veterans Affairs, Kofi Mensah, received Brigadier Yao Agbo in Accra.",
        &[
            ("Mensah", Some("Minister of Defence and Veterans Affairs"), None),
            ("Agbo", None, None),
        ],
    ),
    (
        "his counterpart, unnamed, is the visitor the lead named",
        "Indonesian Defence Minister Budi Santoso arrived in Manila on Monday. During the visit, the Philippine Defence Secretary Jose Reyes met with his counterpart.",
        &[
            ("Reyes", Some("Defence Secretary"), Some("PH")),
            ("Santoso", Some("Defence Minister"), Some("ID")),
        ],
    ),
    (
        "abbreviation between title and rank",
        "Chief of Army Staff (COAS) General Tariq Mahmood met Turkish Defence Minister General Ahmet Kaya at GHQ on Monday.",
        &[
            ("Mahmood", Some("Chief of Army Staff"), None),
            ("Kaya", Some("Defence Minister"), Some("TR")),
        ],
    ),
    (
        "a title with a place qualifier after a comma is the next name's",
        "General Thura Aung met Defence Minister Sok Chea in Phnom Penh. Also present were General Min Htet, Myanmar Ambassador to Cambodia Kyaw Lin and Military Attache Colonel Zaw Win.",
        &[
            ("Aung", None, None),
            ("Chea", Some("Defence Minister"), Some("KH")),
            ("Htet", None, None),
            ("Lin", Some("Ambassador"), Some("MM")),
            ("Win", Some("Military Attache"), None),
        ],
    ),
    (
        "Cabinet Secretary for Defence with Hon.",
        "The Cabinet Secretary for Defence Hon. Joseph Kamau received the Ambassador of Egypt Ahmed Fathy in Nairobi on Monday.",
        &[
            ("Kamau", Some("Cabinet Secretary for Defence"), None),
            ("Fathy", Some("Ambassador"), Some("EG")),
        ],
    ),
    (
        "coordinated titles, the first with its organisation and abbreviation",
        "Chief of the General Staff of the Vietnam People's Army (VPA) and Deputy Minister of National Defence Senior Lieutenant General Nguyen Van Long held talks with Lao Defence Minister General Bounmy Keo in Vientiane on March 4.",
        &[
            ("Long", Some("Chief of the General Staff of the Vietnam People's Army (VPA) and Deputy Minister of National Defence"), None),
            ("Keo", Some("Defence Minister"), Some("LA")),
        ],
    ),
    (
        "the body's fuller title over the headline's short one",
        "General Thura Aung holds talks with Cambodian Dy PM and Defence Minister Gen. Sok Chea\n\nGeneral Thura Aung met with Deputy Prime Minister and Minister for National Defence Gen. Sok Chea at the Ministry of National Defence of Cambodia on 8 March.",
        &[
            ("Aung", None, None),
            ("Chea", Some("Deputy Prime Minister and Minister for National Defence"), Some("KH")),
        ],
    ),
    (
        "a list of officials with H E and mixed-dot ranks ('Lt. Gen')",
        "Defence Minister Khalid Al Kuwari met with Deputy Minister of Defence of Thailand H E Lt. Gen Somchai Wong, First Deputy Minister of Defence of the Republic of Armenia H E Lt Gen Arman Sargsyan, and State Secretary Marko Vuk.",
        &[
            ("Kuwari", Some("Defence Minister"), None),
            ("Wong", Some("Deputy Minister of Defence"), Some("TH")),
            ("Sargsyan", Some("First Deputy Minister of Defence"), Some("AM")),
            ("Vuk", Some("State Secretary"), None),
        ],
    ),
    (
        "a service chief's abbreviation as the title (COAS, GOC-in-C)",
        "COAS General Asim Raza met GOC-in-C Lt Gen Ravi Menon in Rawalpindi on Monday.",
        &[
            ("Raza", Some("COAS"), None),
            ("Menon", Some("GOC-in-C"), None),
        ],
    ),
    (
        "a dash between title and rank (Ghanaian style)",
        "Chief of Air Staff – Air Vice Marshal Kofi Boateng met Nigerian Chief of Defence Staff General Musa Bello in Accra on Monday.",
        &[
            ("Boateng", Some("Chief of Air Staff"), None),
            ("Bello", Some("Chief of Defence Staff"), Some("NG")),
        ],
    ),
    (
        "Defence Cabinet Secretary (Kenyan style)",
        "Defence Cabinet Secretary Joseph Kamau met Tanzanian Defence Minister Stergomena Tax in Nairobi on Monday.",
        &[
            ("Kamau", Some("Defence Cabinet Secretary"), None),
            ("Tax", Some("Defence Minister"), Some("TZ")),
        ],
    ),
    (
        "His Excellency between title and name",
        "Minister of Defence of Ghana His Excellency Kofi Mensah received the Ambassador of Japan Kenji Sato in Accra on Monday.",
        &[
            ("Mensah", Some("Minister of Defence"), Some("GH")),
            ("Sato", Some("Ambassador"), Some("JP")),
        ],
    ),
    (
        "the Hon between title and name",
        "Senator the Hon Mark Ellis met Papua New Guinea Defence Minister John Kila in Port Moresby on Monday.",
        &[
            ("Ellis", Some("Senator"), None),
            ("Kila", Some("Defence Minister"), Some("PG")),
        ],
    ),
    (
        "Malay honorific chain",
        "Defence Minister Tan Sri Dato' Haji Ahmad Zahid received Thai Defence Minister General Somchai Wong in Kuala Lumpur on Monday.",
        &[
            ("Ahmad Zahid", Some("Defence Minister"), None),
            ("Wong", Some("Defence Minister"), Some("TH")),
        ],
    ),
    (
        "capitalised Counterpart",
        "Visiting Indian Chief of Army Staff, General Rakesh Menon, paid a courtesy visit to his Bangladeshi Counterpart, General Karim Uddin, at Army Headquarters on Monday.",
        &[
            ("Menon", Some("Chief of Army Staff"), Some("IN")),
            ("Uddin", None, Some("BD")),
        ],
    ),
    (
        "a capital as a given name",
        "Uzbek Defence Minister Kabul Rashidov met his Kazakh counterpart Nurlan Bekov in Tashkent on Monday.",
        &[
            ("Rashidov", Some("Defence Minister"), Some("UZ")),
            ("Bekov", None, Some("KZ")),
        ],
    ),
    (
        "a rank's specialty in brackets",
        "Chief of Staff Lt Gen (Pilot) Saad bin Khalid met Rwandan Chief of Defence Staff General Paul Mugisha in Kigali on Monday.",
        &[
            ("Saad bin Khalid", Some("Chief of Staff"), None),
            ("Mugisha", Some("Chief of Defence Staff"), Some("RW")),
        ],
    ),
    (
        "coordinated titles are one role",
        "Deputy Prime Minister and Minister of National Defence Tran Van Minh received Lao Minister of Defence Somsak Vong in Hanoi on Monday.",
        &[
            ("Minh", Some("Deputy Prime Minister and Minister of National Defence"), None),
            ("Vong", Some("Minister of Defence"), Some("LA")),
        ],
    ),
    (
        "an international body's office has no state",
        "NATO Secretary General Ana Ruiz met Norwegian Prime Minister Erik Dahl in Oslo on Monday.",
        &[
            ("Ruiz", Some("Secretary General"), None),
            ("Dahl", Some("Prime Minister"), Some("NO")),
        ],
    ),
    (
        "a second name after 'and' takes the title after it, not the first one's",
        "Defence Minister Irakli Beridze and Daniel Lasko, the Director of Plans, met in Tbilisi on Monday.",
        &[
            ("Beridze", Some("Defence Minister"), None),
            ("Lasko", Some("Director of Plans"), None),
        ],
    ),
    (
        "Senior General before the name",
        "Commander-in-Chief of Defence Services Senior General Aung Min received Cambodian Defence Minister Sok Chea in Naypyitaw on Monday.",
        &[
            ("Aung Min", Some("Commander-in-Chief of Defence Services"), None),
            ("Sok Chea", Some("Defence Minister"), Some("KH")),
        ],
    ),
    (
        "initials without dots as given names",
        "Vice Admiral S K Menon, Chief of Naval Staff, met Sri Lankan Defence Secretary PR Perera in Colombo on Monday.",
        &[
            ("S K Menon", Some("Chief of Naval Staff"), None),
            ("PR Perera", Some("Defence Secretary"), Some("LK")),
        ],
    ),
    (
        "a command's area between title and rank is no name",
        "Captain Arun Das called on Commander Western Naval Area Rear Admiral Nimal Silva at the naval headquarters on Monday.",
        &[
            ("Arun Das", None, None),
            ("Nimal Silva", Some("Commander Western Naval Area"), None),
        ],
    ),
    (
        "an international mission's office has no state; a force named for its state gives it",
        "Commander International Security Assistance Force (ISAF), General Tom Baker, met People's Liberation Army Chief of General Staff General Li Wei in Kabul on Monday.",
        &[
            ("Tom Baker", Some("Commander International Security Assistance Force"), None),
            ("Li Wei", Some("Chief of General Staff"), Some("CN")),
        ],
    ),
    (
        "Sheikh as a style before a long name, and as part of a two-word name",
        "Defence Minister Sheikh Khalid bin Hamad Al-Mansour received Bangladeshi Prime Minister Sheikh Hasina in Doha on Monday.",
        &[
            ("Khalid bin Hamad Al-Mansour", Some("Defence Minister"), None),
            ("Sheikh Hasina", Some("Prime Minister"), Some("BD")),
        ],
    ),
    (
        "Indian styles: Hon'ble, Raksha Mantri, Smt",
        "Hon'ble Raksha Mantri Rajnath Singh met Defence Secretary Smt Anita Rao and Japanese Defence Minister Kenji Sato in New Delhi on Monday.",
        &[
            ("Rajnath Singh", Some("Raksha Mantri"), None),
            ("Anita Rao", Some("Defence Secretary"), None),
            ("Kenji Sato", Some("Defence Minister"), Some("JP")),
        ],
    ),
    (
        "a title that is also a given name (Amir) before a surname is a name",
        "Defence Minister Amir Nasiri met his Omani counterpart Sayyid Badr Albusaidi in Muscat on Monday.",
        &[
            ("Amir Nasiri", Some("Defence Minister"), None),
            ("Albusaidi", None, Some("OM")),
        ],
    ),
    (
        "the Amir before a honorific is a title",
        "The Amir of Kuwait, Sheikh Nawaf Al-Sabah, received Defence Minister Karim Haddad in Kuwait City on Monday.",
        &[
            ("Al-Sabah", Some("Amir"), Some("KW")),
            ("Haddad", Some("Defence Minister"), None),
        ],
    ),
    (
        "Malaysian styles between the title and the name (Datuk Seri)",
        "Defence Minister Datuk Seri Amir Hassan met Indonesian Defence Minister Budi Santoso in Jakarta on Monday.",
        &[
            ("Amir Hassan", Some("Defence Minister"), None),
            ("Santoso", Some("Defence Minister"), Some("ID")),
        ],
    ),
    (
        "a given name that is also a reporting verb (Said)",
        "The Chief of Staff of the Army, General Said Benali, received Admiral Tomas Krogh in Algiers on Monday.",
        &[
            ("Said Benali", Some("Chief of Staff of the Army"), Some("DZ")),
            ("Krogh", None, None),
        ],
    ),
    (
        "X received Y in CITY: the receiver is the host, the received is not",
        "Army Commander Lieutenant General Nuwan Perera received General Tomas Krogh in Colombo on Monday.",
        &[
            ("Perera", Some("Army Commander"), Some("LK")),
            ("Krogh", None, None),
        ],
    ),
    (
        "State Minister of Defence keeps 'State'",
        "Ambassador Ahmed Latheef called on State Minister of Defence Ruwan Silva in Colombo on Monday.",
        &[
            ("Latheef", Some("Ambassador"), None),
            ("Silva", Some("State Minister of Defence"), Some("LK")),
        ],
    ),
    (
        "a name ending in a title word (Amir) after a rank",
        "Defence Minister Ali Rahman met General Omar Diallo in Dakar on Monday. Defence Attache Lt. Col. Yusuf Amir was also present.",
        &[
            ("Ali Rahman", Some("Defence Minister"), None),
            ("Omar Diallo", None, None),
            ("Yusuf Amir", Some("Defence Attache"), None),
        ],
    ),
    (
        "a region after a role is no person (for the Middle East and the Gulf)",
        "General Karim Haddad received Anton Petrov, Deputy Foreign Minister of Russia and Special Envoy of Ivan Sokolov for the Middle East and the Gulf, in Algiers on Monday.",
        &[("Haddad", None, Some("DZ")), ("Petrov", Some("Deputy Foreign Minister"), Some("RU"))],
    ),
    (
        "Cambodian styles between the title and the name (Samdech ... Techo)",
        "Chinese State Councillor and Defence Minister Li Wenhua called on Prime Minister Samdech Akka Moha Sena Padei Techo Sok Vanna in Phnom Penh on Monday.",
        &[
            ("Li Wenhua", Some("State Councillor and Defence Minister"), Some("CN")),
            ("Sok Vanna", Some("Prime Minister"), Some("KH")),
        ],
    ),
    (
        "a headline's last words are not the state or role of the next line's name",
        "Navy chief hosts officers of Royal Thai Army\n\nAdmiral Aung Kyaw met General Somchai Wongsawat of the Royal Thai Army in Yangon on Monday.",
        &[
            ("Aung Kyaw", None, None),
            ("Somchai Wongsawat", None, Some("TH")),
        ],
    ),
    (
        "a title at a headline's end is not the role of a name two lines down",
        "Russian minister meets Peru President\n\nState News Service\n\nGeneral Pablo Ruiz met Defense Minister Ivan Orlov of Russia in Lima on Friday.",
        &[
            ("Pablo Ruiz", None, None),
            ("Ivan Orlov", Some("Defense Minister"), Some("RU")),
        ],
    ),
    (
        "forces named for their state (KDF, UPDF) give the state of their officers",
        "KDF Commander General Peter Njoroge met UPDF Chief of Defence Forces General Moses Okello in Kampala on Monday.",
        &[
            ("Njoroge", Some("Commander"), Some("KE")),
            ("Okello", Some("Chief of Defence Forces"), Some("UG")),
        ],
    ),
    (
        "NAME of the Royal DEMONYM Navy: the state after 'Royal'",
        "Admiral Tan Wei Ming met Rear Admiral Ahmad Razak of the Royal Malaysian Navy in Singapore on Monday.",
        &[
            ("Tan Wei Ming", None, None),
            ("Ahmad Razak", None, Some("MY")),
        ],
    ),
    (
        "his DEMONYM counterpart RANK Y: the state across the rank",
        "Defence Minister Ali Khan met his Malaysian counterpart General Omar Razak in Singapore on Monday.",
        &[
            ("Ali Khan", Some("Defence Minister"), None),
            ("Omar Razak", None, Some("MY")),
        ],
    ),
    (
        "an office holder of no state meeting an officer known by rank in a capital is the host",
        "Defence Cabinet Secretary Aden Mwangi met General Tom Hale in Nairobi on Monday.",
        &[
            ("Aden Mwangi", Some("Defence Cabinet Secretary"), Some("KE")),
            ("Tom Hale", None, None),
        ],
    ),
    (
        "External Affairs Minister is one office",
        "External Affairs Minister Anil Verma met Foreign Minister Ali Khan of Oman in New Delhi on Monday.",
        &[
            ("Anil Verma", Some("External Affairs Minister"), Some("IN")),
            ("Ali Khan", Some("Foreign Minister"), Some("OM")),
        ],
    ),
    (
        "Chief of Defence Forces of STATE: the state is no part of the role",
        "Chief of Defence Forces of Malaysia General Hafiz Rahman met the Chief of Defence of Brunei, Major General Ali Bakar, in Kuala Lumpur on Monday.",
        &[
            ("Hafiz Rahman", Some("Chief of Defence Forces"), Some("MY")),
            ("Ali Bakar", Some("Chief of Defence"), Some("BN")),
        ],
    ),
    (
        "a second field of one office: Minister of Defense and Military Production",
        "The Egyptian Minister of Defense and Military Production, General Karim Fawzi, received Colonel Tom Hale in Cairo on Monday.",
        &[
            ("Karim Fawzi", Some("Minister of Defense and Military Production"), Some("EG")),
            ("Tom Hale", None, None),
        ],
    ),
    (
        "a service chief inside the name of a force that names its state",
        "Vice Admiral Jose Ramos met Japanese Maritime Self-Defense Force chief Admiral Kenji Mori in Manila on Monday.",
        &[
            ("Jose Ramos", None, None),
            ("Kenji Mori", Some("Self-Defense Force chief"), Some("JP")),
        ],
    ),
    (
        "services in brackets after an office are part of the role; Vice-Senior General is a rank",
        "General Aung Kyaw received Admiral John Lowe in Yangon on Monday. Also present were Chief of Staff (Army, Navy and Air Force) General Tun Oo and Inspector General (Navy) Vice-Senior General Moe Aung.",
        &[
            ("Aung Kyaw", None, None),
            ("John Lowe", None, None),
            ("Tun Oo", Some("Chief of Staff (Army, Navy and Air Force)"), None),
            ("Moe Aung", Some("Inspector General (Navy)"), None),
        ],
    ),
    (
        "Burmese styles (U, Daw) before a name, not an initial",
        "Myanmar Ambassador U Kyaw Moe met Major General U K Rao in Yangon on Monday.",
        &[
            ("Kyaw Moe", Some("Ambassador"), Some("MM")),
            ("U K Rao", None, None),
        ],
    ),
    (
        "a retired officer marked after the rank or after the name ('(Ret.)')",
        "Col. (Ret.) John Smith met Brigadier Tomas Berg in Tampa on Monday. Brigadier Ahmed Salim (Ret.), the Defence Adviser, was also present.",
        &[
            ("John Smith", None, None),
            ("Tomas Berg", None, None),
            ("Ahmed Salim", Some("Defence Adviser"), None),
        ],
    ),
    (
        "RANK A, Title, RANK B, Title, and RANK C, Title: each title is its own name's (no shift)",
        "Defence Minister Ali Khan met General Omar Diallo in Dakar on Monday. The meeting was also attended by Brigadier Amadou Sow, Director of Operations, Colonel Jean Faye, Defence Attache, and Captain Paul Ndiaye, Naval Adviser.",
        &[
            ("Ali Khan", Some("Defence Minister"), None),
            ("Omar Diallo", None, None),
            ("Amadou Sow", Some("Director of Operations"), None),
            ("Jean Faye", Some("Defence Attache"), None),
            ("Paul Ndiaye", Some("Naval Adviser"), None),
        ],
    ),
    (
        "the Chiefs of Army Staff of A and B, RANK X and RANK Y (the plural inside the office)",
        "The Chiefs of Army Staff of Nepal and India, General Prabhu Thapa and General Vikram Rao, met in Kathmandu on Monday.",
        &[
            ("Prabhu Thapa", Some("Chief of Army Staff"), Some("NP")),
            ("Vikram Rao", Some("Chief of Army Staff"), Some("IN")),
        ],
    ),
    (
        "Defence Ministers X of A and Y of B",
        "Defence Ministers Kofi Mensah of Ghana and Yao Agbo of Togo met in Lome on Monday.",
        &[
            ("Kofi Mensah", Some("Defence Minister"), Some("GH")),
            ("Yao Agbo", Some("Defence Minister"), Some("TG")),
        ],
    ),
    (
        "a surname that is also a stop word ('Nor') after honorifics",
        "Defence Minister Tan Sri Dato' Haji Ahmad Nor received Ambassador Li Wei Dong of China in Putrajaya on Monday.",
        &[
            ("Ahmad Nor", Some("Defence Minister"), None),
            ("Li Wei Dong", Some("Ambassador"), Some("CN")),
        ],
    ),
    (
        "a rank alone is no role",
        "Lt Gen Omar Saleh met Defence Minister Ali Hassan in Doha on Monday.",
        &[("Saleh", None, None), ("Hassan", Some("Defence Minister"), None)],
    ),
];

#[test]
fn every_title_shape_gives_its_roles() {
    let mut failures = Vec::new();
    for (shape, text, want) in TITLES {
        let r = parse_with(text, Some("2024-05-10"), None);
        let got: Vec<(String, Option<String>, Option<String>)> = r
            .meetings
            .iter()
            .flat_map(|m| &m.participants)
            .map(|p| {
                (
                    p.name.clone(),
                    p.role.clone(),
                    p.country.map(|c| c.to_string()),
                )
            })
            .collect();
        let ok = got.len() == want.len()
            && got.iter().zip(want.iter()).all(|(g, w)| {
                g.0.ends_with(w.0)
                    && g.1.as_deref() == w.1
                    && (w.2.is_none() || g.2.as_deref() == w.2)
            });
        if !ok {
            failures.push(format!("{shape}: {text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (place shape, text, the meeting's location).
const PLACES: &[(&str, &str, &str)] = &[
    (
        "dateline CITY D.C. -- (the district is part of the place)",
        "Talks in the capital\n\nWASHINGTON D.C. -- Defence Minister Ali Khan met General Omar Diallo on Monday.",
        "WASHINGTON D.C.",
    ),
    (
        "dateline City D.C. then the sentence, with no punctuation between",
        "Ties deepen\n\nBogotá D.C. Colombia's Defence Minister Jorge Mora received Ecuador's Defence Minister Paulo Souza on Wednesday.",
        "Bogotá D.C.",
    ),
    (
        "visiting CITY MONTH D-D (a month after the place is no modifier)",
        "Defence Minister Arvydas Kalnas met Latvian Chief of Defence General Karlis Ozols visiting Vilnius December 8-9.",
        "Vilnius",
    ),
    (
        "in the ADJ city of CITY (a city the gazetteer does not know)",
        "Defence Minister Ali Khan met General Omar Diallo in the northern city of Kankan on Monday.",
        "Kankan",
    ),
    (
        "in the coastal town of TOWN",
        "Defence Minister Ali Khan met General Omar Diallo in the coastal town of Mbour on Monday.",
        "Mbour",
    ),
    (
        "in CITY on DAY (a city the gazetteer does not know)",
        "Defence Minister Ali Khan met General Omar Diallo in Thies on Monday.",
        "Thies",
    ),
    (
        "on board a ship in CITY",
        "Defence Minister Ali Khan met General Omar Diallo on board the frigate Dupuy in Toulon on Monday.",
        "Toulon",
    ),
    (
        "at his office in CITY (an unnamed venue is no venue)",
        "Defence Minister Ali Khan received General Omar Diallo at his office in Dakar.",
        "Dakar",
    ),
    (
        "a dateline, then at the ministry (an unnamed venue is no venue)",
        "DAKAR - Defence Minister Ali Khan met General Omar Diallo at the ministry on Monday.",
        "DAKAR",
    ),
    (
        "the DEMONYM capital CITY (a city the gazetteer spells otherwise)",
        "Minister of Defence Tran Van Minh held talks with his Indian counterpart Rajesh Kumar on Wednesday in the Vietnamese capital Ha Noi.",
        "Ha Noi",
    ),
    (
        "the capital CITY",
        "General Luis Vega met Peruvian Defence Minister Jorge Nieto in the capital Lima on Monday.",
        "Lima",
    ),
    (
        "the DEMONYM capital, CITY,",
        "General Luis Vega met Colombian Defence Minister Jorge Nieto in the Colombian capital, Bogota, on Monday.",
        "Bogota",
    ),
    (
        "a dateline city over the visited country",
        "Tanzanian army chief visits Rwanda\n\nKIGALI, May 3 - Tanzanian Chief of Defence Forces General Juma Mfaume, on a visit to Rwanda, met Rwandan Defence Minister Paul Mugisha on Tuesday.",
        "KIGALI",
    ),
    (
        "a dateline with a colon",
        "RAWALPINDI: General Tom Baker called on Chief of Army Staff General Asif Khan on Tuesday.",
        "RAWALPINDI",
    ),
    (
        "a mixed-case dateline with the agency in brackets",
        "Hanoi (VNA) - Defence Minister Phan Van Tuan received Lao Defence Minister General Bounmy Keo on Monday.",
        "Hanoi",
    ),
    (
        "an aggregator's prefix in brackets before the dateline",
        "(MENAFN - Trend) BAKU, Azerbaijan, March 3. Defence Minister Rauf Aliyev met Turkish Defence Minister Ahmet Kaya on Monday.",
        "BAKU",
    ),
    (
        "a venue (at GHQ) and the dateline's city after it",
        "RAWALPINDI: General Tom Baker called on Chief of Army Staff General Asif Khan at GHQ on Tuesday.",
        "GHQ, RAWALPINDI",
    ),
    (
        "at VENUE, CITY",
        "General Tom Baker called on Defence Minister Joseph Kamau at Defence Headquarters, Nairobi, on Tuesday.",
        "Defence Headquarters, Nairobi",
    ),
    (
        "at VENUE (ABBR) Headquarters, DISTRICT (a district the gazetteer does not know)",
        "General Tom Baker called on General Paul Mugisha at the Rwanda Defence Force (RDF) Headquarters, Gikondo on Tuesday.",
        "Rwanda Defence Force (RDF) Headquarters, Gikondo",
    ),
    (
        "at VENUE in CITY Cantonment",
        "General Tom Baker met General Karim Hossain at Bangladesh Army Headquarters in Dhaka Cantonment on Monday.",
        "Bangladesh Army Headquarters in Dhaka Cantonment",
    ),
    (
        "at the lower-case venue of the Ministry",
        "Defence Minister Arman Petrosyan received General Sergei Volkov at the administrative complex of the Ministry of Defence today.",
        "administrative complex of the Ministry of Defence",
    ),
    (
        "visited the headquarters of FORCE, where he was received by Y",
        "Later, General Khalid Al Harbi visited the headquarters of the Land Forces, where he was received by Major General Saeed Al Nuaimi.",
        "headquarters of the Land Forces",
    ),
    (
        "at the Pentagon",
        "Defence Secretary Mark Elliott hosted Defence Minister Ali Rahimov at the Pentagon today.",
        "Pentagon",
    ),
    (
        "at the invitation of the Ministry (no venue)",
        "General Tom Baker met General Karim Hossain in Dhaka at the invitation of the Ministry of Defence on Monday.",
        "Dhaka",
    ),
    (
        "a mixed-case dateline with a colon",
        "Doha: Defence Minister Khalid Al-Mansour met with Omani Defence Minister Salim Al Busaidi on Monday.",
        "Doha",
    ),
    (
        "a mixed-case dateline with an em dash",
        "Kigali \u{2014} General Juma Mfaume met Defence Minister Paul Mugisha on Tuesday.",
        "Kigali",
    ),
    (
        "visited CITY to have talks",
        "Secretary General Ana Ruiz visited Oslo on Monday to have talks with Prime Minister Erik Dahl.",
        "Oslo",
    ),
    (
        "in CITY, STATE with a city the gazetteer does not know",
        "General Nguyen Van Binh met Lao Defence Minister Somsak Vong in Luang Prabang, Laos, on Monday.",
        "Luang Prabang",
    ),
    (
        "the country stays when the dateline is another state's city",
        "Chief visits Rwanda\n\nNAIROBI, May 3 - Tanzanian Chief of Defence Forces General Juma Mfaume, on a visit to Rwanda, met Rwandan Defence Minister Paul Mugisha on Tuesday.",
        "Rwanda",
    ),
];

#[test]
fn every_place_shape_gives_its_location() {
    for (shape, text, want) in PLACES {
        let r = parse_with(text, Some("2024-05-10"), None);
        let got: Vec<Option<&str>> = r.meetings.iter().map(|m| m.location.as_deref()).collect();
        assert_eq!(got, vec![Some(*want)], "{shape}: {text}");
    }
}
