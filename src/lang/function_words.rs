//! The commonest function words of Persian and Arabic news prose.
//!
//! Running text is full of them; menus, headlines lists and widget labels are not. The share of
//! function words in a line is one of the signals that tell body text from page furniture (as in
//! jusText's stop-word density). Source: the closed word classes of Persian and Arabic grammar
//! (conjunctions, prepositions, particles, pronouns, auxiliaries), limited to the forms that are
//! frequent in news prose; jusText's Persian and Arabic stoplists contain the same words among
//! many others.

pub static PERSIAN: &[&str] = &[
    "و", "در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "یک", "تا", "بر", "هم", "نیز", "شد", "شده",
    "می", "کرد", "کرده", "های", "ها", "اند", "بود", "باید", "خود", "پس", "اما", "یا", "اگر", "هر", "چه", "همه", "دیگر",
    "شود", "کند", "کنند", "دارد", "بین", "ما", "او", "وی", "آنها", "ای", "نه", "بی", "چند", "هیچ", "روی", "درباره", "زیرا",
    "چون", "همچنین", "سوی", "طور", "بوده", "گفت",
];

pub static ARABIC: &[&str] = &[
    "و", "في", "من", "على", "إلى", "الى", "أن", "ان", "إن", "عن", "مع", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك",
    "تلك", "كان", "كانت", "قد", "لا", "لم", "لن", "ما", "بين", "كما", "بعد", "قبل", "حيث", "أو", "او", "ثم", "منذ", "حتى",
    "عند", "خلال", "وقال", "وقالت", "قال", "قالت", "أنه", "انه", "إنه", "بأن", "هو", "هي", "هم", "وفي", "ومن", "وهو",
    "فيه", "فيها", "عليه", "عليها", "إلا", "غير", "كل", "بعض", "أي", "لكن", "ولكن", "وكان", "يكون", "تكون",
];

/// Persian function words without پ چ ژ گ ی ک as Persian typed on an Arabic keyboard writes them
/// (ي, ك), and that are no Arabic words: one in a line tells Persian from Arabic there. (Not
/// كرد, also Arabic's "Kurds", nor به, Arabic's "with it".)
pub static PERSIAN_IN_ARABIC_LETTERS: &[&str] = &[
    "در", "را", "از", "است", "اين", "براي", "يك", "نيز", "شد", "شده", "كه", "مي", "بود", "بايد", "خود", "همه", "ديگر",
    "شود", "كند", "كنند", "دارد", "اند",
];
