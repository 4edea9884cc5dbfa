//! Removes teasers for other articles: `Read more: <headline>` and kin.
//!
//! Before:
//! ```text
//! The vote passed.
//!
//! READ MORE: Senate adjourns over deaths of two members
//!
//! Read more about the programme on the ministry's website.
//! ```
//! After:
//! ```text
//! The vote passed.
//!
//! Read more about the programme on the ministry's website.
//! ```
//!
//! A block or line goes when it is a teaser label ("Read more", "Related",
//! "Also read", "See also", "Recommended", "Read this", "Suggested", "From
//! the archives", "Sponsored", "Partner content", "Lesen Sie auch", "Zum
//! Thema", "Lire aussi",
//! "Leer más", "Leggi anche", "Leia também", "Lees ook", "Czytaj także",
//! "Читайте также", "Läs också", "İlgili haberler", "Ayrıca okuyun",
//! "קראו גם", "Čtěte také", "Διαβάστε επίσης", "関連記事", "相关阅读",
//! "관련기사" ...) followed by a separator (`:`, `»`, `|`, a dash) and at most a
//! headline's worth of words, or the bare label ended by a colon, or a
//! section header such as "Related articles", "Most read", "Meistgelesen",
//! "おすすめ記事", "推荐阅读", "많이 본 뉴스", "مقالات ذات صلة",
//! "Les plus lus" or "Lo más leído" alone (with a colon or without). A
//! shop's labels count too ("Customers also bought", "Frequently bought
//! together", "Similar items", "Kunden kauften auch", "Похожие товары"). "Read more
//! about the programme..." has no separator after the label, so it stays.

use std::sync::LazyLock;

use regex::Regex;

use crate::filter::BlockRule;
use crate::text::{trim, word_count_up_to, LazyDfa};

/// Removes related-article teasers; see the [module docs](self).
///
/// ```
/// use unclutter::{Pipeline, text::RelatedTeasers};
///
/// let p = Pipeline::builder().filter(RelatedTeasers).build();
/// assert_eq!(p.clean_text("Text.\n\nLire aussi : Le budget adopté"), "Text.");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct RelatedTeasers;

/// Labels that introduce a teaser, lower-case, as regex alternatives.
const LABELS: &str = r"read\s(?:more|also|next|this\snext|this)|suggested(?:\s(?:articles?|stories|for\syou))?|from\sthe\sarchives?|sponsored|partner\scontent|also\s(?:read|see)|previously|ранее|in\sother\snews|more\sto\sread|related(?:\s(?:articles?|stories|story|posts?|content|coverage|links?|news|reading|videos?|products|items|topics|tags))?|see\salso|recommended(?:\s(?:for\syou|reading|articles?|stories|videos?))?|you\s(?:may|might)\s(?:also\s)?(?:like|enjoy|be\sinterested\sin)|more\s(?:on\sthis(?:\sstory|\stopic)?|stories|news|from\s[^\n:：|>»…\]]{1,30}|coverage|reading)|more\s(?:news|stories|articles|videos|posts)\s(?:from|in|on|about)\s[^\n:：|>»…\]]{1,30}|further\sreading|don'?t\smiss|must\sread|editor'?s\spicks?|trending(?:\s(?:now|news|stories))?|most\s(?:read|popular|viewed)|popular\s(?:now|stories)|top\sstories|watch(?:\snow)?|lesen\ssie\s(?:auch|mehr|hier)|auch\sinteressant|zum\sweiterlesen|auch\slesenswert|passend\sdazu|ebenfalls\sinteressant|mehr\slesen|mehr\s(?:zum\sthema|dazu)|das\skönnte\ssie\s(?:auch\s)?interessieren|weitere\sartikel|(?:à\s)?lire\s(?:aussi|également|la\ssuite)|à\slire|à\svoir\saussi|lisez\saussi|voir\saussi|sur\sle\smême\ssujet|leer\s(?:más|también)|zum\sthema|lea\s(?:también|más)|lee\stambién|(?:también\s)?te\s(?:puede|podría)\sinteresar|ver\stambién|noticias\srelacionadas|relacionad[oa]s?|leggi\s(?:anche|altro)|potrebbe\sinteressarti(?:\sanche)?|approfondisci|vedi\sanche|articoli\scorrelati|leia\s(?:também|mais)|veja\s(?:também|mais)|saiba\smais|lees\s(?:ook|meer|verder)|zie\sook|bekijk\sook|ook\sinteressant|czytaj\s(?:także|też|więcej|również)|przeczytaj\s(?:też|także|również)|polecamy|zobacz\s(?:też|także|również)|читайте(?:\s(?:также|еще|ещё))?|смотрите\sтакже|по\sтеме|baca\sjuga|simak\sjuga|baca\sselengkapnya|lihat\sjuga|xem\sthêm|đọc\sthêm|voc[eê]\s(?:tamb[eé]m\s)?pode\sgostar|vous\saimerez\saussi|ti\spotrebbe\sinteressare|more\slike\sthis|what\sto\sread\snext|up\snext|in\scase\syou\smissed\sit|icymi|keep\sreading|read\sthe\s(?:full|whole)\s(?:story|article)|top\sstory|listen(?:\snow)?|see\smore|also\son\s[^\n:：|>»…\]]{1,30}|latest\s(?:news|stories|headlines)|läs\s(?:också|även|mer)|les\s(?:også|mer)|læs\smere|lue\slisää|siehe\sauch|noticia\srelacionada|relaterade\sartiklar|l[æe]s\sogså|lue\smyös|(?:i̇|i|İ)lg(?:i̇|i|İ)l(?:i̇|i|İ)\s(?:haberler|haber|içerikler|yazılar)|bunlar\sda\silginizi\sçekebilir|ayrıca\s(?:okuyun|bakınız|bakın)|קראו\sגם|קרא\sגם|čtěte\s(?:také|též)|přečtěte\ssi\s(?:také|též)|související\sčlánky|čítajte\s(?:aj|tiež)|súvisiace\sčlánky|ezt\sis\solvassa\sel|kapcsolódó(?:\s(?:cikkek|cikk|hírek))?|citește\s(?:și|si)|citiți\s(?:și|si)|articole\ssimilare|διαβάστε\s(?:επίσης|ακόμη|ακόμα)|σχετικά\sάρθρα|читайте\sтакож|дивіться\sтакож|прочетете\sоще|вижте\sоще|още\sпо\sтемата|pročitajte\s(?:i|još|također|takođe)|прочитајте\s(?:и|још|такође)|povezan[ie]\s(?:članci|vijesti|vesti)|קראו\sעוד|קרא\sעוד|อ่านเพิ่มเติม|(?:ข่าว|บทความ)ที่เกี่ยวข้อง|llegeix\s(?:també|més)|notícies\srelacionades|loe\s(?:ka|lisaks)|seotud\s(?:artiklid|uudised)|lasi(?:et)?\sarī|saistītie\sraksti|(?:taip\spat\s)?skaitykite(?:\staip\spat)?|susiję\sstraipsniai|(?:بیشتر\s)?بخوانید|مطالب\sمرتبط|اقرأ\sالمزيد|(?:أخبار|مواضيع)\sذات\sصلة|আরও\sপড়ুন|یہ\sبھی\sپڑھیں|और\sपढ़ें|இதையும்\sபடிக்க(?:வும்)?|soma\s(?:pia|zaidi)|basahin\s(?:din|rin)|llegiu\stambé|həmçinin\soxuyun|preberite\studi|(?:artikel|berita)\sterkait|tin\sliên\squan|bài\sviết\sliên\squan|関連記事|あわせて読みたい|合わせて読みたい|こちらもおすすめ|相[关關](?:阅读|閱讀|文章|新闻|新聞)|延伸(?:阅读|閱讀)|推[荐薦](?:阅读|閱讀)|관련\s?기사|함께\s볼만한\s뉴스|اقرأ\s(?:أيضا|أيضاً|ايضا)|(?:ये|यह)\sभी\sपढ़ें|empfohlene\sartikel|notizie\scorrelate|artigos\srelacionados|powiązane\sartykuły|(?:материалы|новости)\sпо\sтеме|похожие\sновости|(?:customers|people|shoppers|guests|others)(?:\swho\s(?:bought|viewed)\s(?:this|these)(?:\s(?:items?|products?))?)?(?:\slike\syou)?\salso\s(?:bought|viewed|purchased|liked)|(?:this\sis\s)?what\s(?:other\s)?customers\s(?:who\sviewed\sthis\s(?:item|product)\s)?(?:also\s)?(?:bought|viewed)|frequently\sbought\stogether|similar\s(?:items|products)|recently\sviewed(?:\s(?:items|products))?|more\sfrom\sthis\s(?:seller|shop|store|brand)|seller'?s\sother\sitems|sponsored\sproducts|(?:complete|shop)\sthe\slook|kunden\skauften\sauch|ähnliche\s(?:produkte|artikel)|produits\s(?:similaires|associés)|les\sclients\sont\saussi\s(?:acheté|consulté)|productos\s(?:relacionados|similares)|prodotti\s(?:correlati|simili)|produtos\s(?:relacionados|semelhantes)|gerelateerde\sproducten|vergelijkbare\sproducten|podobne\sprodukty|похожие\sтовары|с\sэтим\sтоваром\s(?:покупают|смотрят)";

/// A label, its separator and the space after: what stands before the
/// headline of a teaser.
const HEAD_PATTERN: &str = r"(?i)^[\s\p{Pd}»>•*\[]*(?:LABELS)\s*(?:[:：»|>\]]|\s[\p{Pd}]|\.\.\.|…)\s*";

/// [`HEAD_PATTERN`], found without capture groups: a teaser's headline is
/// the rest of its line, so where the head ends is where it starts.
static HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&HEAD_PATTERN.replace("LABELS", LABELS)).expect("static pattern"));

/// A label alone, ended by a colon or an arrow: the header of a teaser list.
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^[\s\p{{Pd}}»>•*\[]*(?:{LABELS})\s*[:：»>…]\s*$")).expect("static pattern")
});

/// Section headers that need no colon: only ever used above lists of other articles.
const SECTION_LABELS: &str = r"related\s(?:articles|stories|posts|content|coverage|links|news|videos|topics|tags)|explore\smore\s(?:articles|stories|posts)|other\s(?:articles|stories|posts)\syou\s(?:may|might)\s(?:also\s)?(?:like|enjoy)|more\son\sthis\s(?:story|topic)|you\s(?:may|might)\s(?:also\s)?be\sinterested\sin|recommended\s(?:stories|articles|videos)|top\sstories|most\s(?:read|popular|viewed)|trending\s(?:now|news|stories)|latest\s(?:news|stories|headlines)|you\s(?:may|might)\s(?:also\s)?like|recommended\sfor\syou|more\sstories|further\sreading|weitere\sartikel|articles\ssimilaires|noticias\srelacionadas|articoli\scorrelati|notícias\srelacionadas|gerelateerde\sartikelen|похожие\sстатьи|relaterade\sartiklar|související\sčlánky|súvisiace\sčlánky|σχετικά\sάρθρα|(?:i̇|i|İ)lg(?:i̇|i|İ)l(?:i̇|i|İ)\shaberler|mehr\szum\sthema|das\skönnte\ssie\s(?:auch\s)?interessieren|vous\saimerez\saussi|te\spuede\sinteresar|empfohlene\sartikel|notizie\scorrelate|artigos\srelacionados|powiązane\sartykuły|(?:материалы|новости)\sпо\sтеме|похожие\sновости|(?:artikel|berita)\sterkait|tin\sliên\squan|bài\sviết\sliên\squan|関連記事|相[关關](?:阅读|閱讀|文章|新闻|新聞)|관련\s?기사|editor'?s\spicks?|more\sfrom\sthis\ssection|empfehlungen\sder\sredaktion|unsere\sempfehlungen|mehr\saus\s(?:dem\sressort|der\srubrik)|top-themen|meistgelesen(?:e|en)?(?:\s(?:artikel|nachrichten))?|die\smeistgelesenen\s(?:artikel|nachrichten)|weitere\s(?:nachrichten|meldungen)|les\splus\s(?:lus|populaires|partagés)|autres\sarticles|lo\smás\s(?:leído|visto|popular)|más\snoticias|i\spiù\s(?:letti|popolari)|altre\snotizie|самое\s(?:читаемое|популярное)|популярное|другие\sновости|najczęściej\s(?:czytane|komentowane)|więcej\swiadomości|meest\s(?:gelezen|bekeken)|meer\snieuws|mais\s(?:lidas|lidos|vistas|populares)|mais\snotícias|おすすめ(?:の)?記事|人気(?:の)?記事|推[荐薦](?:阅读|閱讀|文章)|热门(?:文章|新闻)|熱門(?:文章|新聞)|많이\s본\s뉴스|인기\s기사|기사\s더보기|(?:مقالات|أخبار)\sذات\sصلة|الأكثر\s(?:قراءة|مشاهدة)|כתבות\s(?:נוספות|קשורות)|הנקראים\sביותר|kapcsolódó\s(?:cikkek|hírek)|articole\s(?:similare|asemănătoare)|схожі\s(?:новини|статті)|(?:ข่าว|บทความ)ที่เกี่ยวข้อง|संबंधित\s(?:ख़बरें|खबरें|लेख|समाचार)|(?:berita|artikel)\sberkaitan|notícies\srelacionades|povezan[ie]\s(?:članci|vijesti|vesti)|свързани\s(?:новини|статии)|habari\szinazohusiana";

static SECTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{SECTION_LABELS})\s*[:：.]?\s*$")).expect("static pattern"));

/// What every teaser and section header starts with: a label, or a section
/// header. Text that does not start so is none (checked before the regexes,
/// and settled for most text at its first byte or two).
static START: LazyLock<LazyDfa> =
    LazyLock::new(|| LazyDfa::new(&format!(r"(?i)^(?:[\s\p{{Pd}}»>•*\[]*(?:{LABELS})|(?:{SECTION_LABELS}))")));

/// A label alone, optionally ended by a colon, an arrow or an ellipsis.
static LABEL_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^[\s\p{{Pd}}»>•*\[]*(?:{LABELS})\s*(?:[:：»>…]|\.\.\.)?\s*$")).expect("static pattern")
});

/// Whether `text` is the header of a section of other articles: a teaser
/// label alone ("You may also like", "Related", "Read next...", "Você pode
/// gostar..."). Used on HTML pages, where a container that opens with such a
/// header, off the article's own path, holds other stories.
pub(crate) fn is_section_label(text: &str) -> bool {
    let t = trim(text);
    !t.is_empty()
        && t.len() <= 80
        && START.matches_start(t)
        && (LABEL_ALONE.is_match(t) || SECTION.is_match(t))
        && !CONTINUE.is_match(t)
}

/// Labels that as often open the rest of the same article ("Read more...",
/// "Lire la suite"), a video of it ("Watch"), cross-references of a manual
/// or wiki ("See also") or something other than stories ("Recommended: 8 GB
/// RAM") as other stories.
///
/// The word edge after a label is `(?:\W|$)`, not `\b`, for the reason
/// given at the glued-headline credit pattern: it is only asked whether it
/// matches, and the lazy DFA gives up on `\b` in text that is not ASCII.
const CONTINUE_PATTERN: &str = r"(?i)^[\s\p{Pd}»>•*\[]*(?:(?:read|leer|lea|leia|veja|saiba|lees|czytaj|leggi|lesen\ssie)\s(?:more|más|mais|meer|więcej|altro|mehr|verder)|lire\sla\ssuite|baca\sselengkapnya|watch(?:\snow)?|in\scase\syou\smissed\sit|icymi|keep\sreading|read\sthe\s(?:full|whole)\s(?:story|article)|listen(?:\snow)?|see\s(?:also|more)|voir\saussi|vedi\sanche|ver\stambién|zie\sook)(?:\W|$)|^[\s\p{Pd}»>•*\[]*recommended\s*(?:[:：»>…]|\.\.\.)?\s*$";

static CONTINUE: LazyLock<Regex> = LazyLock::new(|| Regex::new(CONTINUE_PATTERN).expect("static pattern"));

/// Whether `text` is a teaser as a block or line would be judged.
pub(crate) fn is_teaser(text: &str) -> bool {
    let t = trim(text);
    !t.is_empty() && START.matches_start(t) && is_started_teaser(t)
}

/// [`is_teaser`] for trimmed text that starts as a teaser does ([`START`]).
fn is_started_teaser(t: &str) -> bool {
    if t.len() > 400 || memchr::memchr(b'\n', t.as_bytes()).is_some() {
        return false;
    }
    if BARE.is_match(t) || SECTION.is_match(t) {
        return true;
    }
    match HEAD.find(t) {
        Some(head) => {
            let words = word_count_up_to(&t[head.end()..], 31);
            words > 0 && words <= 30
        }
        None => false,
    }
}

/// The longest header of a list of other stories, in bytes.
const LIST_HEADER_MAX: usize = 80;

/// Whether `block` is a list of other stories under its header: a first
/// line that is a teaser header ("Most popular", "Related stories", "Don't
/// miss:"), then only lines as short as headlines. A header that as often
/// opens more of the same article ("Read more", "See also") opens no list.
///
/// `block` is trimmed and starts as a teaser does ([`START`]).
fn is_started_teaser_list(block: &str) -> bool {
    // A header is short: its line break stands in the first bytes (a `\r` may come before it), or there is no list.
    let b = block.as_bytes();
    let Some(at) = memchr::memchr(b'\n', &b[..b.len().min(LIST_HEADER_MAX + 2)]) else { return false };
    let (header, rest) = (trim(&block[..at]), &block[at + 1..]);
    let is_header = header.len() <= LIST_HEADER_MAX
        && (BARE.is_match(header) || SECTION.is_match(header))
        && !CONTINUE.is_match(header);
    is_header
        && rest.split('\n').all(|line| {
            let line = trim(line);
            !line.is_empty() && line.len() <= 200 && word_count_up_to(line, 21) <= 20
        })
}

impl BlockRule for RelatedTeasers {
    fn name(&self) -> &str {
        "related_teasers"
    }

    fn verdict(&self, block: &str) -> Option<&'static str> {
        // Most blocks start with no label: settled at their first bytes.
        let t = trim(block);
        if t.is_empty() || !START.matches_start(t) {
            None
        } else if is_started_teaser(t) {
            Some("teaser for another article")
        } else if is_started_teaser_list(t) {
            Some("list of other articles")
        } else {
            None
        }
    }

    /// A line is never a list.
    fn line_verdict(&self, line: &str) -> Option<&'static str> {
        is_teaser(line).then_some("teaser for another article")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> String {
        crate::testing::clean_with(RelatedTeasers, text)
    }

    #[test]
    fn the_first_bytes_tables_agree_with_the_dfa() {
        START.assert_byte_tables_agree();
    }

    #[test]
    fn continue_word_edge_is_a_word_boundary() {
        crate::testing::assert_same_as_word_boundaries(
            CONTINUE_PATTERN,
            &["watch", " now", "read more", "é", "s", " ", "- ", "ver también", "_", "1"],
        );
    }

    /// The head's end, found without capture groups, is where a pattern
    /// with the headline as a capture group starts it.
    #[test]
    fn the_head_ends_where_a_captured_headline_starts() {
        let pattern = format!("{}(.*)$", HEAD_PATTERN.replace("LABELS", LABELS));
        let captured = Regex::new(&pattern).expect("pattern");
        let parts = ["read more", "Related", " ", ":", " - ", "...", "»", "é", "x", "  ", "Watch", "…"];
        for t in crate::testing::every_text(&parts, 5, "") {
            let by_capture = captured.captures(&t).and_then(|c| c.get(1)).map(|m| m.start());
            assert_eq!(HEAD.find(&t).map(|m| m.end()), by_capture, "{t:?}");
        }
    }

    #[test]
    fn clean_input_passes_through_unchanged() {
        let t = "Read more about the programme on the ministry's website, officials said.\n\nRelated research from the same lab reached a similar conclusion.\n\nSee also how the vote went.";
        assert_eq!(clean(t), t);
    }

    #[test]
    fn removes_teasers() {
        for t in [
            "Read more: Senate adjourns",
            "READ MORE:",
            "READ MORE: Amnesty. More than 100 protesters killed in Iran unrest",
            "Related: Doobie Brothers unite",
            "RELATED: Home Depot sales miss, shares plunge",
            "Also read: Clymer review",
            "See also: The budget",
            "Siehe auch: Stadtrat beschließt Haushalt nach langer Sitzung",
            "Noticia relacionada: El pleno aprueba el presupuesto",
            "Läs mer: Fullmäktige klubbade budgeten efter lång debatt",
            "Lue lisää: Valtuusto hyväksyi budjetin",
            "Recommended: Best gadgets of 2019",
            "Read this: Why the bridge took ten years",
            "SUGGESTED: Scientists find a new frog in the Amazon",
            "From the archives: The night the river froze",
            "Sponsored: The best credit cards for travel",
            "Partner content: How to save for a house",
            "Lesen Sie auch: Die Wahl in Hessen",
            "Zum Thema: Die Stadt will mehr Radwege",
            "Leer también: El consejo rechaza el estadio",
            "Lire aussi : Le budget adopté",
            "Leer más: El Gobierno aprueba",
            "Leggi anche: Il governo",
            "Leia também: O governo",
            "Lees ook: Kabinet valt",
            "Czytaj także: Rząd upadł",
            "Читайте также: Новости дня",
            "Related Articles",
            "You may also like",
            "Baca juga: Jokowi resmikan tol",
            "» Read more: The budget",
            "Also read:",
            "Läs också: Räntan sänks igen",
            "İlgili Haberler: Merkez Bankası faizi sabit tuttu",
            "Čtěte také: Vláda schválila rozpočet",
            "Διαβάστε επίσης: Η κυβέρνηση",
            "Читайте також: Уряд ухвалив бюджет",
            "Pročitajte još: Vlada je pala",
            "Ayrıca okuyun: Yeni bütçe aileler için ne anlama geliyor",
            "Also see: Senate votes on the bill",
            "Xem thêm: Chính phủ phê duyệt ngân sách",
            "Lihat juga: Pemerintah setujui anggaran",
            "Previously: Senate votes on the bill",
            "In other news: Senate votes on the bill",
            "Lisez aussi : Le Sénat vote la loi",
            "Mehr dazu: Der Senat stimmt ab",
            "Читайте: Сенат голосует",
            "קראו גם: הממשלה אישרה את התקציב",
            "関連記事：日銀、金利据え置きを決定",
            "おすすめ記事",
            "推荐阅读",
            "많이 본 뉴스",
            "مقالات ذات صلة",
            "כתבות נוספות",
            "Pročitajte i: Vlada je pala",
            "קראו עוד: הממשלה נפלה",
            "อ่านเพิ่มเติม: รัฐบาลล่ม",
            "Llegeix també: El govern cau",
            "Loe ka: Valitsus kukkus",
            "Lasiet arī: Valdība krita",
            "Skaitykite taip pat: Vyriausybė krito",
            "بیشتر بخوانید: دولت سقوط کرد",
            "اقرأ المزيد: الحكومة تستقيل",
            "আরও পড়ুন: সরকারের পতন",
            "और पढ़ें: सरकार गिरी",
            "Soma pia: Serikali yaanguka",
            "ICYMI: Senate votes on the bill",
            "In case you missed it: Senate votes on the bill",
            "Keep reading: Senate votes on the bill",
            "Top story: Senate votes on the bill",
            "Empfehlungen der Redaktion",
            "Mehr aus dem Ressort",
            "Top-Themen",
            "İLGİLİ HABER: Hükümet yeni paketi açıkladı",
            "À lire : Le gouvernement annonce un nouveau plan",
            "También te puede interesar: El Gobierno anuncia un nuevo paquete fiscal",
            "Zum Weiterlesen: Die Regierung kündigt ein neues Paket an",
            "Passend dazu: Die Regierung kündigt ein neues Paket an",
            "Ранее: Правительство объявило новый пакет мер",
            "Simak juga: Pemerintah umumkan paket baru",
            "Potrebbe interessarti anche: Il governo annuncia un nuovo pacchetto",
            "Bekijk ook: Kabinet kondigt nieuw pakket aan",
            "Polecamy: Rząd ogłasza nowy pakiet",
            "相关阅读：央行宣布下调存款准备金率",
            "관련기사: 정부, 예산안 발표",
            "Tin liên quan",
            "Up next: Senate votes on the bill",
            "LISTEN: The full interview",
            "See more: Senate votes on the bill",
            "ALSO ON CNN: Senate votes on the bill",
            "Latest news: Senate votes on the bill",
            "Recommended Stories",
            "Recommended Videos",
            "Related Topics\nWeather\nStorms\nPower outages",
            "Top stories",
            "Mehr zum Thema",
            "Vous aimerez aussi",
            "Te puede interesar",
            "Notizie correlate",
            "Материалы по теме",
            "Customers also bought:",
            "People who viewed this item also viewed:",
            "Similar products: Garden hose, 30 m",
            "Produits similaires :",
            "More on this story",
            "You might be interested in",
            "Trending News",
            "Trending stories: Senate votes on the bill",
            "Meistgelesen\nSturm legt Stromnetz lahm\nSchulen bleiben geschlossen",
            "Les plus lus :\nLa tempête prive des milliers de foyers d'électricité\nLes écoles restent fermées",
            "Lo más leído\nLa tormenta deja sin luz a miles de hogares\nLas escuelas siguen cerradas",
            "I più letti\nLa tempesta lascia migliaia di case senza luce",
            "Самое читаемое\nШторм оставил тысячи домов без света",
            "Najczęściej czytane\nBurza pozbawiła prądu tysiące domów",
            "Meest gelezen\nStorm laat duizenden huizen zonder stroom",
            "Mais lidas\nTempestade deixa milhares de casas sem luz",
            "Editor's Picks\nStorm leaves thousands without power",
            "Kapcsolódó cikkek",
            "Articole similare",
            "Схожі новини",
            "ข่าวที่เกี่ยวข้อง",
            "संबंधित खबरें",
            "Berita berkaitan",
            "Notícies relacionades",
            "Povezane vijesti",
            "Свързани новини",
            "Habari zinazohusiana",
            "Basahin din: Inaprubahan ng gobyerno ang badyet",
            "Llegiu també: El govern aprova el pressupost",
        ] {
            assert_eq!(clean(&format!("One.\n\n{t}\n\nTwo.")), "One.\n\nTwo.", "{t:?}");
        }
    }

    #[test]
    fn removes_lists_of_other_stories_under_their_header() {
        for t in [
            "Most Popular\nPolice search for suspect in downtown robbery\nLocal bakery wins national award",
            "Related stories\nSenate adjourns\nThe budget, explained",
            "Don't miss:\nMarkets rally as oil prices recover",
            "Lesen Sie auch:\nDie Wahl in Hessen\nStreit um das Heizungsgesetz",
        ] {
            assert_eq!(clean(&format!("One.\n\n{t}\n\nTwo.")), "One.\n\nTwo.", "{t:?}");
        }
    }

    #[test]
    fn keeps_lists_under_headers_that_open_the_article_or_run_long() {
        for t in [
            // "See also" opens cross-references of a manual as often as other stories.
            "See also:\nThe configuration file\nThe command-line options",
            // A line longer than a headline is text.
            "Most popular\nThe most popular choice among the readers we asked, by a wide margin and in every age group, was the small electric car with a range of two hundred miles.",
            "Don't miss\nThe jazz festival on Saturday",
        ] {
            let text = format!("One.\n\n{t}\n\nTwo.");
            assert!(clean(&text).contains(t.lines().last().unwrap_or_default()), "{t:?}");
        }
    }

    #[test]
    fn keeps_look_alikes() {
        for t in [
            "Read more about it on the website.",
            "In case you missed it",
            "Keep reading to find out why.",
            "Read the full story",
            "Related research reached a similar conclusion.",
            "Watch the video and decide.",
            "Recommended dose is two tablets.",
            "Sponsored by the city, the race drew 4,000 runners.",
            "Suggested reading:",
            "From the archives of the city library came a map.",
            "Don't Miss",
            "Leggi anche",
            "Zum Thema Klimaschutz hat die Stadt viel gesagt.",
            "(Related reading: the democratization of data.)",
            "Next up: check out the cheaper model.",
            "Listen to the full interview on our website.",
            "Customers also bought more bread than a year before.",
            "Similar items were found at two other sites.",
            "Recently viewed items load faster.",
            "More on this story as it develops.",
            "You might be interested in the second volume.",
            "Trending news outlets covered the vote.",
            "Les plus lus des romans de l'année sont des polars.",
            "Lo más leído del año fue una novela negra.",
            "Weitere Nachrichten folgen am Abend, sagte der Sprecher.",
            "Previously, the company had said otherwise.",
            "In other news, the mayor resigned.",
            "Читайте внимательно инструкцию.",
            "Mehr dazu später, sagte der Minister.",
        ] {
            assert_eq!(clean(t), t);
        }
    }
}
