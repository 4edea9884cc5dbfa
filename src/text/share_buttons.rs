//! Removes the text of share buttons and social counters.
//!
//! Before:
//! ```text
//! Share on Facebook
//!
//! Share prices fell 4% in early trading.
//!
//! Share 0 Tweet 0 Pin 0
//! ```
//! After:
//! ```text
//! Share prices fell 4% in early trading.
//! ```
//!
//! A line is widget text when every one of its words belongs to the share
//! vocabulary (share verbs, network names, "email", "print", "copy link",
//! counters like "1.2K", and filler such as "this article", "on", "via",
//! "(opens in new window)") and at least one of them is a share verb or a
//! network. So "Share prices fell" stays: "prices" is not widget vocabulary.
//! A block goes when all its lines are widget text. Inside a block that has
//! real text too, a line goes only if it holds a share verb or two networks,
//! so a lone "Email" heading in a contact list stays.
//!
//! The vocabulary covers English, German, French, Spanish, Italian,
//! Portuguese, Dutch, Polish, Russian, Ukrainian, Bulgarian, Swedish,
//! Finnish, Turkish, Czech, Slovak, Hungarian, Romanian, Greek, Croatian
//! and Serbian, Catalan, Basque, Estonian, Latvian, Lithuanian, Icelandic,
//! Hebrew, Arabic, Persian, Hindi, Bengali, Thai, Swahili, Indonesian and
//! Malay, Vietnamese, Chinese, Japanese and Korean, and the names of the
//! networks, also as the Arabic, Hebrew, Devanagari, Cyrillic and Thai
//! scripts write them. In scripts written without spaces a share verb may
//! run on into the network it shares to ("分享到微信").

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::filter::{split_lines, BlockRule};
use crate::text::{ascii_in_range, is_alnum, is_counter, token_spans, trim, Lowered};

/// What a word is to a widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Share,
    Network,
    Filler,
}

/// Every list word, looked up in one hash probe per token.
static WORDS: LazyLock<FxHashMap<&'static [u8], Word>> = LazyLock::new(|| {
    let mut m = FxHashMap::default();
    m.extend(FILLER.iter().map(|w| (w.as_bytes(), Word::Filler)));
    m.extend(NETWORKS.iter().map(|w| (w.as_bytes(), Word::Network)));
    m.extend(SHARE.iter().map(|w| (w.as_bytes(), Word::Share)));
    m
});

/// Networks long enough to match as a prefix ("facebooku", "twitterze"),
/// sorted, and without any that starts with another (the shorter matches
/// whatever the longer would); and the pairs of bytes they start with, one
/// bit per pair, which turn away most words without a string compared.
struct NetworkPrefixes {
    sorted: Vec<&'static str>,
    first_pairs: PairSet,
}

static NETWORK_PREFIXES: LazyLock<NetworkPrefixes> = LazyLock::new(|| {
    let mut long: Vec<&str> = NETWORKS.iter().copied().filter(|n| n.chars().count() >= 6).collect();
    long.sort_unstable();
    long.dedup();
    let sorted: Vec<&str> = long.iter().copied().filter(|n| !long.iter().any(|m| m != n && n.starts_with(m))).collect();
    let first_pairs = PairSet::new(sorted.iter().map(|p| first_pair(p.as_bytes())));
    NetworkPrefixes { sorted, first_pairs }
});

/// A set of pairs of bytes (numbers below 65,536, as [`first_pair`] and
/// [`ascii_letter_start`] make them), one bit each.
struct PairSet(Box<[u64; 1024]>);

impl PairSet {
    fn new(pairs: impl IntoIterator<Item = usize>) -> Self {
        let mut bits = Box::new([0u64; 1024]);
        for pair in pairs {
            bits[pair / 64] |= 1 << (pair % 64);
        }
        PairSet(bits)
    }

    fn contains(&self, pair: usize) -> bool {
        self.0[pair / 64] & (1 << (pair % 64)) != 0
    }
}

/// The first two bytes of `t` as one number below 65,536 (0 if `t` is shorter).
fn first_pair(t: &[u8]) -> usize {
    match t {
        [a, b, ..] => usize::from(*a) << 8 | usize::from(*b),
        _ => 0,
    }
}

/// Whether `t` starts with one of [`NETWORK_PREFIXES`]. In a sorted list
/// where none starts another, the only one `t` can start with is the last
/// one not after it: everything between that prefix and `t` starts with it.
fn starts_with_network(t: &[u8]) -> bool {
    let prefixes = &*NETWORK_PREFIXES;
    if !prefixes.first_pairs.contains(first_pair(t)) {
        return false;
    }
    let i = prefixes.sorted.partition_point(|p| p.as_bytes() <= t);
    i > 0 && t.starts_with(prefixes.sorted[i - 1].as_bytes())
}

/// Removes share/social widget text; see the [module docs](self).
///
/// ```
/// use unclutter::{Pipeline, text::ShareButtons};
///
/// let p = Pipeline::builder().filter(ShareButtons).build();
/// assert_eq!(p.clean_text("Tweet\n\nShare prices fell.\n\nTeilen"), "Share prices fell.");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ShareButtons;

/// Verbs and nouns of sharing: enough on their own to make a widget line.
const SHARE: &[&str] = &[
    // en
    "share",
    "shares",
    "shared",
    "sharing",
    "tweet",
    "tweets",
    "retweet",
    "retweets",
    "repost",
    // de
    "teilen",
    "teile",
    "geteilt",
    "twittern",
    "tweeten",
    // fr
    "tweeter",
    "partager",
    "partagez",
    "partages",
    "partage",
    "partagé",
    "partagée",
    // es / pt
    "compartir",
    "compartido",
    "compartidos",
    "compártelo",
    "comparte",
    "compártela",
    "tuitear",
    "tuitea",
    "retuitear",
    "tuitar",
    "compartilhar",
    "compartilhe",
    "compartilhamentos",
    "partilhar",
    "partilhe",
    // it
    "condividi",
    "condividere",
    "condivisioni",
    // nl
    "delen",
    "deel",
    "gedeeld",
    // pl
    "udostępnij",
    "udostępnień",
    "udostępnienia",
    "podziel",
    "poleć",
    // ru
    "поделиться",
    "поделись",
    "поделитесь",
    "репост",
    "твитнуть",
    "твит",
    // sv
    "dela",
    "delad",
    "delningar",
    // fi
    "jaa",
    "jaettu",
    // tr
    "paylaş",
    "tweetle",
    // cs / sk
    "sdílet",
    "sdílejte",
    "zdieľať",
    "zdieľajte",
    // hu
    "megosztás",
    "megosztom",
    // ro
    "distribuie",
    "partajează",
    // el
    "κοινοποίηση",
    "κοινοποιήστε",
    "μοιραστείτε",
    // uk
    "поділитися",
    "поділіться",
    "поширити",
    // bg
    "сподели",
    "споделете",
    // hr / sr / bs / sl
    "podijeli",
    "podijelite",
    "podeli",
    "podelite",
    // he
    "שתפו",
    "שתף",
    "שיתוף",
    // ar
    "شارك",
    "مشاركة",
    // hi
    "शेयर",
    // id / ms
    "bagikan",
    "kongsi",
    // tl: "ibahagi sa"
    "ibahagi",
    // vi: "chia sẻ"
    "sẻ",
    // ca, eu, et, lv, lt, is, th, bn, fa, sw
    "comparteix",
    "partekatu",
    "jaga",
    "dalīties",
    "bendrinti",
    "dalintis",
    "deila",
    "แชร์",
    "แชร์ไปยัง",
    "শেয়ার",
    "اشتراک",
    "shiriki",
    // sr, mk (Cyrillic)
    "подели",
    "поделите",
    // ja, zh, ko
    "シェア",
    "シェアする",
    "この記事をシェアする",
    "この記事をシェア",
    "ツイート",
    "ツイートする",
    "いいね",
    "分享",
    "分享到",
    "分享至",
    "转发",
    "轉發",
    "공유",
    "공유하기",
];

/// Networks and channels; a prefix match, so "facebooku" and "twitterze" count.
const NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "pinterest",
    "instagram",
    "youtube",
    "tiktok",
    "snapchat",
    "reddit",
    "telegram",
    "tumblr",
    "flipboard",
    "pocket",
    "messenger",
    "vkontakte",
    "вконтакте",
    "одноклассники",
    "xing",
    "weibo",
    "wechat",
    "viber",
    "threads",
    "bluesky",
    "vk",
    "zalo",
    "mastodon",
    "google+",
    "digg",
    "email",
    "e-mail",
    "mail",
    "sms",
    "pin",
    "print",
    "drucken",
    "imprimer",
    "imprimir",
    "stampa",
    "stampare",
    "afdrukken",
    "drukuj",
    "wydrukuj",
    "печать",
    "распечатать",
    "correo",
    "courriel",
    "e-mailen",
    "mailen",
    "link",
    "url",
    "lien",
    "enlace",
    "collegamento",
    "ссылка",
    "ссылку",
    "почта",
    "почте",
    "почту",
    "微信",
    "微博",
    "朋友圈",
    "豆瓣",
    "qq空间",
    "はてブ",
    "はてなブックマーク",
    "페이스북",
    "트위터",
    "카카오톡",
    "카카오스토리",
    // the largest networks in other scripts; the longer match as prefixes
    "فيسبوك",
    "فیسبوک",
    "تويتر",
    "توییتر",
    "واتساب",
    "تلگرام",
    "פייסבוק",
    "בפייסבוק",
    "טוויטר",
    "בטוויטר",
    "וואטסאפ",
    "בוואטסאפ",
    "फेसबुक",
    "ट्विटर",
    "व्हाट्सएप",
    "фейсбук",
    "твиттер",
    "телеграм",
    "ватсап",
    "เฟซบุ๊ก",
];

/// Words that appear in widget text but say nothing alone.
const FILLER: &[&str] = &[
    // en
    "this",
    "the",
    "a",
    "an",
    "on",
    "via",
    "to",
    "with",
    "by",
    "your",
    "friend",
    "friends",
    "article",
    "story",
    "post",
    "page",
    "copy",
    "copied",
    "is",
    "caring",
    "love",
    "total",
    "friendly",
    "pdf",
    "save",
    "it",
    "us",
    "follow",
    "like",
    "clipboard",
    "full",
    "opens",
    "in",
    "new",
    "window",
    "tab",
    "click",
    "here",
    "now",
    "send",
    "and",
    "or",
    "&",
    "of",
    "comments",
    "comment",
    "more",
    "options",
    "facebook's",
    "button",
    "icon",
    "social",
    "media",
    "x",
    "formerly",
    "our",
    "join",
    "channel",
    "choose",
    "platform",
    "people",
    "quote",
    "video",
    "videos",
    // de
    "sie",
    "uns",
    "folgen",
    "jetzt",
    "auf",
    "per",
    "diesen",
    "dieser",
    "dieses",
    "den",
    "artikel",
    "beitrag",
    "seite",
    "kopieren",
    "im",
    "neuen",
    "fenster",
    "öffnet",
    "sich",
    "teilen:",
    "mit",
    "oder",
    "und",
    "kommentare",
    // fr
    "suivez-nous",
    "suivez",
    "nous",
    "sur",
    "par",
    "cet",
    "cette",
    "lien",
    "copier",
    "le",
    "la",
    "les",
    "l",
    "du",
    "de",
    "des",
    "nouvelle",
    "fenêtre",
    "s'ouvre",
    "dans",
    "ou",
    "et",
    "commentaires",
    "l'article",
    // es / pt
    "síguenos",
    "siga-nos",
    "siga",
    "nos",
    "en",
    "por",
    "este",
    "esta",
    "artículo",
    "artigo",
    "nota",
    "noticia",
    "notícia",
    "página",
    "copiar",
    "no",
    "na",
    "pelo",
    "pela",
    "el",
    "o",
    "os",
    "del",
    "do",
    "da",
    "y",
    "e",
    "mil",
    "comentarios",
    "comentários",
    "nueva",
    "ventana",
    "nova",
    "janela",
    // it
    "seguici",
    "su",
    "questo",
    "articolo",
    "copia",
    "il",
    "lo",
    "di",
    "commenti",
    "nuova",
    "finestra",
    "l'articolo",
    // tl
    "sa",
    // hi, ar
    "करें",
    "पर",
    "على",
    // nl
    "op",
    "dit",
    "deze",
    "kopieer",
    "kopiëren",
    "het",
    "een",
    "via",
    "reacties",
    // pl
    "ten",
    "artykuł",
    "artykułem",
    "kopiuj",
    "skopiuj",
    "przez",
    "komentarze",
    // ru
    "в",
    "во",
    "эту",
    "эта",
    "статью",
    "этой",
    "этим",
    "статьей",
    "статьёй",
    "копировать",
    "скопировать",
    "по",
    "и",
    "или",
    "комментарии",
    // sends, in the languages above
    "enviar",
    "envoyer",
    "senden",
    "versenden",
    "invia",
    "wyślij",
    "отправить",
    // sv / fi / tr / cs / sk / hu / ro / el / uk / bg / hr / id / vi / ko
    "på",
    "artikeln",
    "ile",
    "bu",
    "haberi",
    "versturen",
    "tento",
    "článek",
    "článok",
    "pe",
    "articol",
    "στο",
    "το",
    "άρθρο",
    "у",
    "цю",
    "статтю",
    "або",
    "тази",
    "статия",
    "članak",
    "ini",
    "ke",
    "chia",
    "bài",
    "viết",
    "복사",
    // vi, bg, is, th, fa, sw
    "lên",
    "qua",
    "във",
    "á",
    "ไปยัง",
    "به",
    "در",
    "kwenye",
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// Not a widget line at all.
    None,
    /// Only network names, "email", "print": widget text when alone.
    Weak,
    /// A share verb, a counter beside one, or several networks: widget text anywhere.
    Strong,
}

/// What one token, as it stands in the text, is to a widget: see [`token_kind`].
///
/// Most tokens of any text are no widget vocabulary, and most of those are
/// turned away by their first two bytes ([`VOCABULARY_STARTS`]) before they
/// are lower-cased and looked up; a token of up to eight ASCII bytes is
/// lower-cased as one `u64` and looked up by it ([`SHORT_WORDS`]).
fn kind_of_token(token: &str) -> Option<Word> {
    let b = token.as_bytes();
    if ascii_letter_start(b).is_some_and(|start| !VOCABULARY_STARTS.contains(start))
        || !other_start_may_be_vocabulary(token)
    {
        return None;
    }
    if b.len() > 8 || !b.is_ascii() {
        return token_kind(Lowered::<64>::new(token).as_bytes());
    }
    // A short ASCII token, lower-cased in one word: one probe, no string compared.
    let x = short_key(b);
    let lower = x | (ascii_in_range(x, b'A', b'Z') >> 2);
    match SHORT_WORDS.get(&lower) {
        Some(&kind) => Some(kind),
        None => token_kind_unlisted(&lower.to_le_bytes()[..b.len()]),
    }
}

/// Every vocabulary word of at most eight ASCII bytes, by its [`short_key`].
static SHORT_WORDS: LazyLock<FxHashMap<u64, Word>> = LazyLock::new(|| {
    WORDS.iter().filter(|(w, _)| w.len() <= 8 && w.is_ascii()).map(|(w, &kind)| (short_key(w), kind)).collect()
});

/// The bytes of `t` (at most eight) as one `u64`, padded with zeros: no
/// token holds a zero byte, so no two tokens share one.
fn short_key(t: &[u8]) -> u64 {
    let mut bytes = [0; 8];
    bytes[..t.len()].copy_from_slice(t);
    u64::from_le_bytes(bytes)
}

/// Whether the first token of `text` is surely no widget vocabulary: `text`
/// starts with two ASCII letters, so its first token starts with them, and
/// no vocabulary word does ([`kind_of_token`] turns it away), told without
/// finding where the token ends.
fn starts_outside_vocabulary(text: &str) -> bool {
    let b = text.as_bytes();
    match b.first() {
        // A letter or digit starts the first token.
        Some(&x) if x >= 0x80 => text.chars().next().is_some_and(|c| is_alnum(c) && !OTHER_STARTS.holds(c)),
        _ => {
            b.get(1).is_some_and(u8::is_ascii_alphabetic)
                && ascii_letter_start(b).is_some_and(|start| !VOCABULARY_STARTS.contains(start))
        }
    }
}

/// Whether `text`, if it starts with a character that is not ASCII, starts
/// with one that lower-cases to the first character of some vocabulary word
/// ([`OTHER_STARTS`]); `true` for text that starts with ASCII or nothing.
/// A token that starts otherwise (Chinese, Arabic, most Cyrillic words) is
/// turned away without being lower-cased.
fn other_start_may_be_vocabulary(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(&x) if x >= 0x80 => text.chars().next().is_some_and(|c| OTHER_STARTS.holds(c)),
        _ => true,
    }
}

/// The first character of every vocabulary word.
fn vocabulary_firsts() -> Vec<char> {
    WORDS.keys().filter_map(|w| std::str::from_utf8(w).ok()?.chars().next()).collect()
}

/// A sorted list of characters.
struct CharSet(Vec<char>);

impl CharSet {
    fn holds(&self, c: char) -> bool {
        self.0.binary_search(&c).is_ok()
    }
}

/// Every character that is not ASCII and lower-cases to text that starts
/// with the first character of a vocabulary word, sorted: those in the
/// blocks that hold letters with case, and the first characters themselves
/// (kana, Hangul and ideographs have no case). A test checks the whole of
/// Unicode.
static OTHER_STARTS: LazyLock<CharSet> = LazyLock::new(|| {
    let firsts = vocabulary_firsts();
    const CASED: [(u32, u32); 4] = [(0x80, 0x24F), (0x370, 0x52F), (0x1E00, 0x1FFF), (0x2100, 0x214F)];
    let cased = CASED
        .iter()
        .flat_map(|&(lo, hi)| (lo..=hi).filter_map(char::from_u32))
        .filter(|c| c.to_lowercase().next().is_some_and(|l| firsts.contains(&l)));
    // A first character outside those blocks (kana, Hangul, ideographs) has no case: it starts only itself.
    let mut starts: Vec<char> = cased.chain(firsts.iter().copied().filter(|c| !c.is_ascii())).collect();
    starts.sort_unstable();
    starts.dedup();
    CharSet(starts)
});

/// The first two bytes of `token`, lower-cased, as one number below 65,536,
/// if it starts with an ASCII letter followed by an ASCII byte or nothing
/// (which counts as 0); `None` for any other token.
fn ascii_letter_start(token: &[u8]) -> Option<usize> {
    match token {
        [a, rest @ ..] if a.is_ascii_alphabetic() => match rest.first() {
            None => Some(usize::from(a.to_ascii_lowercase()) << 8),
            Some(&b) if b < 0x80 => {
                Some(usize::from(a.to_ascii_lowercase()) << 8 | usize::from(b.to_ascii_lowercase()))
            }
            Some(_) => None,
        },
        _ => None,
    }
}

/// One bit for the [`ascii_letter_start`] of each word [`token_kind`] knows
/// (network prefixes among them: each is a network's name). A token that
/// starts with an ASCII letter and an ASCII byte lower-cases to a text that
/// starts with those two bytes lower-cased, so if no vocabulary word starts
/// so, [`token_kind`] finds nothing: counters start with a digit.
static VOCABULARY_STARTS: LazyLock<PairSet> =
    LazyLock::new(|| PairSet::new(WORDS.keys().filter_map(|w| ascii_letter_start(w))));

/// What one lower-cased token is to a widget; `None` if it is no widget
/// vocabulary (nor a counter), which settles a line as no widget text.
fn token_kind(t: &[u8]) -> Option<Word> {
    if t.is_empty() {
        return None;
    }
    match WORDS.get(t) {
        Some(&kind) => Some(kind),
        None => token_kind_unlisted(t),
    }
}

/// Share verbs of scripts written without spaces, which run on into what
/// is shared, where: "分享到微信" (share to WeChat), "Facebookでシェア".
/// A longer stem stands before any it starts with.
const SHARE_STEMS: &[&str] = &["分享到", "分享至", "分享", "转发到", "转发", "シェア", "공유"];
const SHARE_ENDS: &[&str] = &["でシェア", "でシェアする", "で送る"];

/// Whether the lower-cased token `t` is a share verb run on into a listed
/// word or a network ("分享到微信"), or a network run on into one ("lineでシェア").
fn is_run_on_share(t: &[u8]) -> bool {
    let listed = |w: &[u8]| WORDS.contains_key(w) || (w.len() >= 6 && starts_with_network(w));
    SHARE_STEMS.iter().find_map(|s| t.strip_prefix(s.as_bytes())).is_some_and(listed)
        || SHARE_ENDS.iter().find_map(|s| t.strip_suffix(s.as_bytes())).is_some_and(|w| !w.is_empty())
}

/// [`token_kind`] for a lower-cased token that is no listed word.
fn token_kind_unlisted(t: &[u8]) -> Option<Word> {
    // Every prefix is six bytes or more.
    if t.len() >= 6 && starts_with_network(t) {
        Some(Word::Network)
    } else if t.len() >= 6 && t.iter().any(|&x| x >= 0x80) && is_run_on_share(t) {
        Some(Word::Share)
    } else if is_counter(t) {
        Some(Word::Filler)
    } else {
        None
    }
}

/// How strongly one line reads as share-widget text.
fn strength(line: &str) -> Strength {
    let line = trim(line);
    if line.is_empty() || line.len() > 160 || starts_outside_vocabulary(line) || is_enumerated(line) {
        return Strength::None;
    }
    // A line of prose that starts with a filler word ("The", "In") most
    // often ends with a word outside the vocabulary: told before the
    // tokens are walked from the start.
    if plain_last_token(line).is_some_and(|r| kind_at(line, r).is_none()) {
        return Strength::None;
    }
    let (mut share, mut network, mut words) = (0, 0, 0);
    for r in token_spans(line) {
        words += 1;
        if words > 14 {
            return Strength::None;
        }
        match kind_at(line, r) {
            Some(Word::Share) => share += 1,
            Some(Word::Network) => network += 1,
            Some(Word::Filler) => {}
            None => return Strength::None,
        }
    }
    if share > 0 || network > 1 {
        Strength::Strong
    } else if network == 1 {
        Strength::Weak
    } else {
        Strength::None
    }
}

/// The kind of the token at `r` in `line`: a handle (the token after an
/// `@`, "Follow us on Twitter @citynews") is filler, as the network it
/// belongs to counts already.
#[inline]
fn kind_at(line: &str, r: Range<usize>) -> Option<Word> {
    let handle = r.start > 0 && line.as_bytes()[r.start - 1] == b'@';
    kind_of_token(&line[r]).or(handle.then_some(Word::Filler))
}

/// The last token of `line`, as [`token_spans`] gives it, when the bytes
/// at the end tell it alone: a run of ASCII letters and digits after a byte
/// that joins no token (or the start), followed only by ASCII bytes that
/// are no letters or digits and would be trimmed from a token's end if they
/// joined it. `None` when the end is otherwise.
fn plain_last_token(line: &str) -> Option<Range<usize>> {
    let b = line.as_bytes();
    let mut end = b.len();
    while end > 0 && !b[end - 1].is_ascii_alphanumeric() {
        if b[end - 1] >= 0x80 || matches!(b[end - 1], b'+' | b'&') {
            return None;
        }
        end -= 1;
    }
    let start = b[..end].iter().rposition(|x| !x.is_ascii_alphanumeric()).map_or(0, |i| i + 1);
    let joined =
        start > 0 && (b[start - 1] >= 0x80 || matches!(b[start - 1], b'.' | b',' | b'+' | b'&' | b'\'' | b'-'));
    (start < end && !joined).then_some(start..end)
}

/// Where the starts of `line` that can be widget text end: no start that
/// holds `line[..end]` is. That is the end of the first token that is no
/// widget vocabulary, or, when the line starts outside the vocabulary
/// ([`starts_outside_vocabulary`]), the end of the two ASCII letters or the
/// character that tell so: every start that holds them starts its first
/// token with them. `None` if every token is vocabulary. A caller judging
/// many starts of one line can stop there.
pub(crate) fn vocabulary_end(line: &str) -> Option<usize> {
    if starts_outside_vocabulary(line) {
        return line.chars().next().map(|c| if c.is_ascii() { 2 } else { c.len_utf8() });
    }
    token_spans(line).find(|r| kind_of_token(&line[r.clone()]).is_none()).map(|r| r.end)
}

/// Whether `line` starts like an item of a numbered list ("8. LinkedIn"): real content.
fn is_enumerated(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && line[digits..].starts_with(['.', ')']) && line[digits + 1..].starts_with(' ')
}

/// Whether `line` is share-widget text even inside a block with real text.
pub(crate) fn is_widget_line(line: &str) -> bool {
    strength(line) == Strength::Strong
}

/// Whether `text` is share-widget text as a block would be judged (every line widget).
pub(crate) fn is_widget(text: &str) -> bool {
    // The lines of `str::lines`, found with the memchr crate: a final line
    // break ends the last line rather than starting one, and `strength`
    // trims the `\r` of a `\r\n`.
    text.is_empty() || split_lines(text.strip_suffix('\n').unwrap_or(text)).all(|l| strength(l) > Strength::None)
}

impl BlockRule for ShareButtons {
    fn name(&self) -> &str {
        "share_buttons"
    }

    fn verdict(&self, block: &str) -> Option<&'static str> {
        (block.len() <= 600 && is_widget(block)).then_some("share/social widget text")
    }

    fn line_verdict(&self, line: &str) -> Option<&'static str> {
        (strength(line) == Strength::Strong).then_some("share/social widget line")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_start_that_holds_the_vocabulary_end_is_widget_text() {
        let pieces =
            ["Share", "Tweet", "X", "Xin", "the", "Markets", "12", " ", "’", "Поделиться", "Новости", "中文", "é"];
        for line in crate::testing::every_text(&pieces, 3, "") {
            let Some(end) = vocabulary_end(&line) else { continue };
            for i in (end..=line.len()).filter(|&i| line.is_char_boundary(i)) {
                assert!(!is_widget(&line[..i]), "{line:?}: {:?} holds {:?}", &line[..i], &line[..end]);
            }
        }
        // Settled by the first two letters or the first character, without finding where the token ends.
        for (line, end) in [("Ozone layer", 2), ("Новости дня", 2), ("中文", 3)] {
            assert!(starts_outside_vocabulary(line), "{line}");
            assert_eq!(vocabulary_end(line), Some(end), "{line}");
        }
        assert_eq!(vocabulary_end("Markets rally"), Some(7));
        assert_eq!(vocabulary_end("Share on Facebook"), None);
    }

    #[test]
    fn other_starts_hold_every_character_that_lower_cases_to_a_vocabulary_start() {
        let firsts = vocabulary_firsts();
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let starts = c.to_lowercase().next().is_some_and(|l| firsts.contains(&l));
            assert_eq!(OTHER_STARTS.holds(c), starts, "U+{:04X}", c as u32);
        }
        // Every word that starts with a character that is not ASCII is still found, in any case.
        for w in WORDS.keys().filter_map(|w| std::str::from_utf8(w).ok()).filter(|w| !w.is_ascii()) {
            let capital: String = w.chars().take(1).flat_map(char::to_uppercase).chain(w.chars().skip(1)).collect();
            assert_eq!(kind_of_token(&capital), token_kind(w.as_bytes()), "{capital}");
        }
        assert!(!other_start_may_be_vocabulary("Новости") && other_start_may_be_vocabulary("Печать"));
        assert!(starts_outside_vocabulary("中文 text") && !starts_outside_vocabulary("«Share"));
    }

    use super::*;

    fn clean(text: &str) -> String {
        crate::testing::clean_with(ShareButtons, text)
    }

    fn capitalized(w: &str) -> String {
        let mut chars = w.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }

    #[test]
    fn tokens_turned_away_by_their_start_are_no_vocabulary() {
        // Every vocabulary word and network prefix, in three cases, with
        // its first two bytes replaced by every pair of ASCII letters,
        // digits and marks, and cut short: whatever the start filter turns
        // away, the lookup finds nothing for either.
        let starts: Vec<char> = ('a'..='z').chain('A'..='Z').chain(['0', '\'', '-', '.', 'é']).collect();
        let mut turned_away = 0;
        let words = WORDS.keys().filter_map(|w| std::str::from_utf8(w).ok());
        for w in words.chain(NETWORK_PREFIXES.sorted.iter().copied()) {
            let tails = [w.get(2..).unwrap_or(""), w.get(1..).unwrap_or(""), ""];
            for (word, tail) in [w.to_string(), w.to_uppercase(), capitalized(w)].iter().zip(tails) {
                assert!(kind_of_token(word).is_some(), "{word}");
                for a in &starts {
                    for b in starts.iter().map(|b| b.to_string()).chain([String::new()]) {
                        let token = format!("{a}{b}{tail}");
                        let found = token_kind(Lowered::<64>::new(&token).as_bytes());
                        assert_eq!(kind_of_token(&token), found, "{token}");
                        // A line that starts with the token and goes on.
                        for line in [format!("{token} x"), format!("{token}, Share"), format!("{token}-tweet")] {
                            let first = token_spans(&line).next().map(|r| &line[r]);
                            let first_kind = first.and_then(|t| token_kind(Lowered::<64>::new(t).as_bytes()));
                            assert!(!starts_outside_vocabulary(&line) || first_kind.is_none(), "{line}");
                        }
                        turned_away += usize::from(ascii_letter_start(token.as_bytes()).is_some() && found.is_none());
                    }
                }
            }
        }
        assert!(turned_away > 0);
        // Counters and short tokens of other shapes, around the eight bytes of a short token.
        for token in ["12", "1.2K", "3,400", "9m", "7B", "0", "x", "X", "", "ABCDEFGH", "abcdefghi", "PRINTS", "Emails"]
        {
            assert_eq!(kind_of_token(token), token_kind(Lowered::<64>::new(token).as_bytes()), "{token}");
        }
    }

    #[test]
    fn the_plain_last_token_is_the_last_token_span() {
        let pieces = ["Share", "x9", " ", ".", ",", "+", "&", "'", "’", "-", "é", "”", "(", "Tweet"];
        let mut told = 0;
        for line in crate::testing::every_text(&pieces, 4, "") {
            if let Some(r) = plain_last_token(&line) {
                assert_eq!(token_spans(&line).last(), Some(r), "{line:?}");
                told += 1;
            }
        }
        assert!(told > 1000, "{told}");
    }

    #[test]
    fn clean_input_passes_through_unchanged() {
        let t = "Share prices fell 4% in early trading.\n\nPrint editions continue on Sundays.\n\nEmail remains the main way.";
        assert_eq!(clean(t), t);
    }

    #[test]
    fn removes_widget_blocks() {
        for w in [
            "Share",
            "SHARE",
            "Share this article",
            "Share this video",
            "Share on Facebook",
            "Tweet",
            "Pin it",
            "Email",
            "Print",
            "WhatsApp",
            "Copy link",
            "Facebook Twitter LinkedIn Email",
            "Share\nTweet\nPin",
            "Share 0 Tweet 0 Pin 0",
            "Share on X (formerly Twitter)",
            "Follow us on Instagram",
            "Join our WhatsApp channel",
            "Teilen Sie diesen Artikel",
            "Jetzt teilen",
            "Folgen Sie uns auf YouTube",
            "Suivez-nous sur Twitter",
            "Síguenos en TikTok",
            "Seguici su Facebook",
            "1.2K shares",
            "1,2 mil compartidos",
            "Bu haberi paylaş",
            "この記事をシェアする",
            "Por e-mail versturen",
            "Chia sẻ: Facebook Twitter Zalo",
            "Поделиться: VK Telegram",
            "Share 14",
            "Share this:",
            "Click to share on Twitter (Opens in new window)",
            "Share via Email",
            "Facebook\nTwitter\nEmail",
            "Auf Facebook teilen",
            "Artikel teilen",
            "Partager sur Facebook",
            "Partager cet article",
            "Compartir en Facebook",
            "Compartilhar no WhatsApp",
            "Condividi su Facebook",
            "Deel dit artikel",
            "Udostępnij na Facebooku",
            "Поделиться",
            "Поделиться ВКонтакте",
            "Link kopieren",
            "Copier le lien",
            "Compartir en Facebook Compartir en Twitter Enviar por correo",
            "Dela på Facebook",
            "Jaa Facebookissa",
            "Paylaş",
            "Sdílet na Facebooku",
            "Megosztás",
            "Distribuie pe Facebook",
            "Κοινοποίηση",
            "Поділитися",
            "Podijeli na Facebooku",
            "Bagikan ke WhatsApp",
            "Sharing is caring!",
            "Share this story, choose your platform!",
            "1,245 people shared this",
            "Tweet this quote",
            "Comparte esta noticia",
            "Поделитесь этой статьей",
            "Reddit Pocket Flipboard Email",
            "Copy URL",
            "Follow us on Twitter @citynews",
            "Twitter: @citynews Instagram: @citynews",
            "שתפו",
            "שיתוף",
            "شارك",
            "शेयर करें",
            "Chia sẻ",
            "シェアする",
            "Facebookでシェア",
            "分享到微信 分享到微博",
            "공유하기",
            "Copy link to clipboard",
            "Like us on Facebook",
            "Share full article",
            "Partager l'article",
            "Condividi l'articolo",
            "Tuitear",
            "Compartir\nTuitear",
            "Tweeter",
            "Comparteix a Facebook",
            "Partekatu Facebooken",
            "Jaga Facebookis",
            "Dalīties Facebook",
            "Bendrinti Facebook",
            "Deila á Facebook",
            "Chia sẻ lên Facebook",
            "Сподели във Facebook",
            "شارك على فيسبوك",
            "שתפו בפייסבוק",
            "फेसबुक पर शेयर करें",
            "แชร์ไปยัง Facebook",
            "Shiriki kwenye WhatsApp",
            "Ibahagi sa Facebook",
            "Teile diesen Artikel",
            "Total Shares 45",
            "Per E-Mail versenden",
            "Отправить по почте",
            "Print Friendly, PDF & Email",
            "Save to Pocket",
            "Share the love",
        ] {
            assert_eq!(
                clean(&format!("Real text here.\n\n{w}\n\nMore text.")),
                "Real text here.\n\nMore text.",
                "{w:?}"
            );
        }
    }

    #[test]
    fn network_prefixes_are_found_as_a_linear_search_finds_them() {
        let all: Vec<&str> = NETWORKS.iter().copied().filter(|n| n.chars().count() >= 6).collect();
        let mut tokens: Vec<String> = Vec::new();
        for n in NETWORKS.iter().chain(SHARE).chain(FILLER) {
            let shorter: String = n.chars().take(n.chars().count().saturating_sub(1)).collect();
            for t in [n.to_string(), format!("{n}u"), format!("{n}ze"), shorter, format!("a{n}")] {
                tokens.push(t);
            }
        }
        tokens.extend(["council", "zzzzzz", "aaaaaa", "e-mailen", "e-mailx", "facebook's"].map(String::from));
        for t in &tokens {
            assert_eq!(starts_with_network(t.as_bytes()), all.iter().any(|n| t.starts_with(n)), "{t:?}");
        }
    }

    #[test]
    fn widget_text_is_judged_by_the_lines_str_lines_gives() {
        for t in
            ["", "\n", "Share", "Share\n", "Share\n\n", "Share\r\nTweet", "Share\n\nTweet", "Share\nprices", "\nShare"]
        {
            assert_eq!(is_widget(t), t.lines().all(|l| strength(l) > Strength::None), "{t:?}");
        }
    }

    #[test]
    fn keeps_look_alikes() {
        for t in [
            "Share prices fell 4% in early trading.",
            "Print editions will continue.",
            "Tweet volumes rose sharply.",
            "Email remains the main way the agency contacts applicants.",
            "Pin numbers will be sent separately by post.",
            "The 0 0 draw.",
            "Sharing is caring, said the teacher.",
            "Pockets of resistance remained.",
            "The URL is broken.",
            "Follow @citynews for updates on the storm.",
            "@citynews",
            "8. LinkedIn",
            "X",
            "Join our team",
            "Folgen Sie uns",
            "Instagram and TikTok were fined by the regulator.",
            "Our channel partners sold more.",
            "Choose your platform",
            "People who share the cost pay less.",
            "YouTube TV",
            "print(f'Time: {t:.2f}')",
            "Jaga kesehatan di musim hujan.",
            "Save the date",
            "Total love",
            "Deila um fjárlögin heldur áfram.",
            "فيسبوك تغرم بسبب الخصوصية",
            "分享经济发展很快。",
            "Paylaşım ekonomisi büyüyor.",
            "Chia sẻ kinh nghiệm với bạn bè.",
        ] {
            assert_eq!(clean(t), t);
        }
    }

    #[test]
    fn lines_inside_mixed_blocks() {
        assert_eq!(clean("Contact\nEmail\nfoo at example"), "Contact\nEmail\nfoo at example");
        assert_eq!(clean("It rained.\nShare on Twitter"), "It rained.");
    }
}
