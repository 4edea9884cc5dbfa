//! Removes advertisement markers: the labels a page leaves where an ad was.
//!
//! Before:
//! ```text
//! The talks ended.
//!
//! ADVERTISEMENT
//!
//! Story continues below advertisement
//!
//! Advertisers have many platforms.
//! ```
//! After:
//! ```text
//! The talks ended.
//!
//! Advertisers have many platforms.
//! ```
//!
//! Only whole short blocks or lines match: after lower-casing and trimming
//! dashes, colons and brackets, the text must be one of the known labels
//! ("advertisement", "sponsored content", "anzeige", "publicité", "реклама" ...)
//! or one of the "continues below the ad" / "scroll to continue" patterns
//! (in some twenty languages), or a sponsor's line ("Paid for by ...",
//! "Brought to you by ..." and a name of up to 40 characters without a
//! comma: "Brought to you by Acme, a family office." is a sentence), or an
//! advertiser's label ("ADVERTISEMENT – Star Tours": the marker, a dash and
//! up to four words without a sentence mark).
//! A sentence that merely mentions advertising is never touched.

use std::cell::Cell;
use std::sync::LazyLock;

use crate::filter::BlockRule;
use crate::text::{lowered_bytes, lowered_bytes_at, plain_lowered_at, word_count_up_to, LazyDfa};

/// Removes ad markers; see the [module docs](self).
///
/// ```
/// use unclutter::{Pipeline, text::AdMarkers};
///
/// let p = Pipeline::builder().filter(AdMarkers).build();
/// assert_eq!(p.clean_text("One.\n\n- Advertisement -\n\nTwo."), "One.\n\nTwo.");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct AdMarkers;

const LABELS: &[&str] = &[
    // en
    "advertisement",
    "advertisements",
    "advert",
    "adverts",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "sponsored links",
    "sponsored stories",
    "sponsored post",
    "sponsored article",
    "sponsored by",
    "promoted",
    "promoted content",
    "promoted stories",
    "promoted links",
    "paid content",
    "paid post",
    "paid partnership",
    "partner content",
    "ads by google",
    "adchoices",
    "ad choices",
    "advertiser disclosure",
    "sponsored message",
    "advertisement feature",
    "ad feature",
    "advertiser content",
    "commercial content",
    "ad content",
    "go ad-free",
    "from our sponsors",
    "our sponsors",
    // de
    "anzeige",
    "werbung",
    "gesponsert",
    "gesponserter inhalt",
    "sponsored",
    "reklame",
    // fr
    "publicité",
    "publicite",
    "contenu sponsorisé",
    "sponsorisé",
    "contenu commandité",
    // es / pt
    "publicidad",
    "anuncio",
    "contenido patrocinado",
    "patrocinado",
    "publicidade",
    "conteúdo patrocinado",
    // it
    "pubblicità",
    "contenuto sponsorizzato",
    "sponsorizzato",
    // nl
    "advertentie",
    "reclame",
    "gesponsord",
    // ro
    "reclamă",
    "reclama",
    // pl
    "reklama",
    "sponsorowane",
    "artykuł sponsorowany",
    // ru
    "реклама",
    "на правах рекламы",
    // others
    "mainos",
    "annonce",
    "annons",
    "annonse",
    "hirdetés",
    "publicitate",
    "inzerce",
    "oglas",
    "פרסומת",
    "διαφήμιση",
    "reklam",
    "iklan",
    "quảng cáo",
    "广告",
    "廣告",
    "広告",
    "スポンサーリンク",
    "광고",
    "विज्ञापन",
    "إعلان",
    "publicitat",
    "publizitatea",
    "reklaam",
    "reklāma",
    "auglýsing",
    "reklamë",
    "hysbyseb",
    "tangazo",
    "patalastas",
    "โฆษณา",
    "বিজ্ঞাপন",
    "விளம்பரம்",
    "اشتہار",
    "تبلیغات",
    "რეკლამა",
    "գովազդ",
    "жарнама",
];

/// Longer markers, as alternatives of a verbose (`(?x)`) pattern over lower-cased text.
const PATTERNS: &str = r"

          (?:the\s)?(?:article|story|content|text|post|video)\s(?:continues|resumes)\s(?:below|after)(?:\s(?:this|the))?\s(?:ad|advertisement|advert|sponsored\scontent)
        | (?:advertisement|ad)\s?[-–—:|·•(]?\s?(?:continue\sreading\sbelow|scroll\s(?:down\s)?(?:to\scontinue(?:\sreading)?|for\smore(?:\scontent)?)|(?:story|article|content)\scontinues\sbelow|continue\sreading)\)?
        | continue\sreading\s(?:the\smain\sstory|below|(?:after|below)\s(?:the|this)\s(?:ad|advertisement))
        | (?:advertisement|ad)\scontinues\sbelow
        | (?:the\s)?(?:story|article|content)\scontinues\sbelow
        | scroll\s(?:down\s)?to\scontinue(?:\swith\scontent|\sreading)?
        | (?:(?:advertisement|ad)\s)?(?:skip|close|hide|remove|report)\s(?:this\s|an\s)?(?:ad|ads|advertisement)
        | ad\sclosed\sby\sgoogle
        | ad\sfeedback
        | why\sthis\sad\??
        | (?:ads|advertisements?|promoted|sponsored|recommended)(?:\s(?:links|stories|content))?\sby\s(?:taboola|outbrain|revcontent|mgid|zergnet|google|nativo)
        | recommended\sby
        | (?:paid\sfor|brought\sto\syou)\sby\s[^,;:!?]{2,40}
        | advertisement\s[-–—|]\s[^\s,;:!?.]+(?:\s[^\s,;:!?.]+){0,3}
        | (?:mainos|annons|annonse|annonce)\s?[-–—:|·•.]?\s?(?:päättyy|slut|slutt|slutter)
        | (?:artikel|berita)\s(?:berlanjut|dilanjutkan)\s(?:setelah|sesudah)\siklan(?:\sberikut)?
        | (?:iklan\s)?scroll\suntuk\s(?:melanjutkan|lanjut)(?:\smembaca)?
        | (?:reklamdan\ssonra|reklam\ssonrası)\s(?:devam\sediyor|haber\sdevam\sediyor)
        | (?:weiter(?:lesen)?\snach\sder\sanzeige|(?:der\s)?(?:artikel|text)\swird\s(?:nach|unter)\sder\s(?:anzeige|werbung)\sfortgesetzt|lesen\ssie\snach\sder\s(?:anzeige|werbung)\sweiter)
        | (?:reklama|werbung|anzeige)\s?[-–—:|·•]?\s?(?:czytaj\sdalej|weiterlesen(?:\sunten|\snach\sder\sanzeige)?)
        | (?:(?:lire\s)?la\ssuite\s|l'article\scontinue\s)?après\s(?:cette\s|la\s)?publicité
        | (?:el\sartículo\scontinúa\s|(?:continúa|sigue)\s(?:leyendo\s)?)?(?:después|tras)\s(?:de\sla\spublicidad|del\sanuncio|la\spublicidad)
        | (?:(?:l'articolo|il\stesto)\scontinua\s|continua\sa\sleggere\s)?dopo\sla\spubblicità
        | (?:(?:(?:a\smatéria|o\sartigo|o\stexto|artigo|texto)\s)?continua\s)?(?:após\s|depois\sd)a\spublicidade
        | (?:(?:lees|(?:het\s)?(?:artikel|verhaal)\sgaat)\sverder\s)?na\sde\sadvertentie
        | (?:dalsza\sczęść\s)?(?:artykułu\s)?(?:pod|po)\sreklam(?:ą|ie)
        | (?:продолжение\s)?(?:статьи\s)?после\sрекламы | продолжение\s(?:статьи\s)?ниже
        | (?:продовження\s)?(?:статті\s)?після\sреклами
        | pokračování\s(?:článku\s)?pod\sreklamou | (?:článok\spokračuje|pokračovanie\sčlánku)\spod\sreklamou
        | (?:artikkeli|juttu)\sjatkuu\smainoksen\själkeen
        | (?:articolul\scontinuă|continuarea)\s(?:după|sub)\s(?:reclamă|publicitate)
        | a\scikk\sa\shirdetés\sután\sfolytatódik
        | (?:tekst|članak)\s(?:se\s)?nastavlja\s(?:ispod|nakon)\s(?:oglasa|reklame)
        | (?:реклама|reklama|werbung|anzeige|publicidad|publicité|advertisement)\s?[.,·]?\s?\d{1,2}\+
        | (?:advertisement|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|реклама|advertentie|annons|annonse|annonce|mainos|reklama|reklam|διαφήμιση|广告|廣告|広告|광고)\s?[-–—:|·•.]?\s?(?:sigue\sleyendo(?:\s(?:debajo|abajo))?|contin[úu]a\s(?:leyendo\s)?(?:debajo|abajo)|continua\sa\sleggere(?:\ssotto)?|(?:la\s)?suite\sci-dessous|continuez\sà\slire(?:\sci-dessous)?|продолжение\sниже|lees\sverder(?:\sonder\sde\sadvertentie)?|continua\sdepois\sda\spublicidade|continue\slendo(?:\sabaixo)?|artikeln\sfortsätter(?:\snedan)?|artikkeli\sjatkuu(?:\salla)?|pokračování\sčlánku\spod\sreklamou|pokračovanie\sčlánku\spod\sreklamou|haberin\sdevamı(?:\saşağıda)?|(?:η\s)?συνέχεια\sπαρακάτω|继续阅读|繼續閱讀|続きを読む|계속\s읽기)
";

/// Every label and pattern as one anchored DFA over lower-cased text whose
/// white space is collapsed to single spaces. It is stepped one byte at a
/// time while the text is lowered, so most text is settled by its first few
/// bytes, where the DFA dies.
static MARKERS: LazyLock<LazyDfa> = LazyLock::new(|| {
    let labels: Vec<String> = LABELS.iter().map(|l| regex::escape(l).replace(' ', r"\x20")).collect();
    // The text's white space is all single spaces: `\s` as a space keeps
    // Unicode's white-space class out of the DFA.
    let patterns = PATTERNS.replace(r"\s", r"\x20");
    LazyDfa::new(&format!("(?x)^(?:{}|{patterns})$", labels.join("|")))
});

/// Whether `text` is an ad marker as a block or line would be judged.
pub(crate) fn is_ad_marker(text: &str) -> bool {
    marker_start(text).is_some_and(is_started_marker)
}

/// `text` trimmed of white space and the punctuation around markers, if it
/// could start one: no text on whose first two letters the DFA dies is a marker.
fn marker_start(text: &str) -> Option<&str> {
    let t = text.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, '-' | '–' | '—' | ':' | '|' | '[' | ']' | '(' | ')' | '*' | '•' | '·' | '_' | '=' | '.')
    });
    (!t.is_empty() && two_letters_dead_at(t).is_none()).then_some(t)
}

/// [`is_ad_marker`] for text [`marker_start`] has trimmed and let through.
fn is_started_marker(t: &str) -> bool {
    if t.len() > 90 {
        return false;
    }
    // Most short text is lowered byte by byte, and the DFA dies within a few.
    let held_back = Cell::new(false);
    let plain = plain_lowered_at(t, &held_back).map(|(_, x)| x);
    MARKERS.matches_if_complete(plain, || !held_back.get()).unwrap_or_else(|| MARKERS.matches(lowered_bytes(t, true)))
}

/// Where the marker DFA dies on the first two or three bytes of `text`,
/// as far as they are ASCII letters or digits (which lower-case to
/// themselves, one byte each).
fn two_letters_dead_at(text: &str) -> Option<usize> {
    let lower = u8::to_ascii_lowercase;
    match *text.as_bytes() {
        [x, y, z, ..] if x.is_ascii_alphanumeric() && y.is_ascii_alphanumeric() && z.is_ascii_alphanumeric() => {
            MARKERS.dies_within_three(lower(&x), lower(&y), lower(&z))
        }
        [x, y, ..] if x.is_ascii_alphanumeric() && y.is_ascii_alphanumeric() => {
            MARKERS.dies_within_two(lower(&x), lower(&y))
        }
        _ => None,
    }
}

/// Where in `line` no ad marker can go on: no start of `line` that holds
/// the whole character at this byte offset is an ad marker. `None` if some
/// start of every length could be one. `line` must start with a character
/// [`is_ad_marker`] keeps (a letter or digit), so that its starts are judged
/// untrimmed at the front.
pub(crate) fn marker_end(line: &str) -> Option<usize> {
    if let Some(at) = two_letters_dead_at(line) {
        return Some(at);
    }
    let held_back = Cell::new(false);
    match MARKERS.dies_at(plain_lowered_at(line, &held_back)) {
        None if held_back.get() => MARKERS.dies_at(lowered_bytes_at(line, true)),
        end => end,
    }
}

impl BlockRule for AdMarkers {
    fn name(&self) -> &str {
        "ad_markers"
    }

    fn verdict(&self, block: &str) -> Option<&'static str> {
        // Most blocks start with letters no marker starts with: settled there.
        let t = marker_start(block)?;
        if is_started_marker(t) {
            Some("advertisement marker")
        } else if is_sponsored_list(block) {
            Some("list of sponsored links")
        } else {
            None
        }
    }

    /// A line is never a list.
    fn line_verdict(&self, line: &str) -> Option<&'static str> {
        is_ad_marker(line).then_some("advertisement marker")
    }
}

/// What only the header of a list of paid links says, lower-case:
/// "Sponsored stories", "Promoted links", "Paid content", "Recommended by
/// Outbrain". A bare "Advertisement" is as often followed by the article's
/// next line.
const SPONSORED: &[&str] = &[
    "sponsor",
    "promoted",
    "paid",
    "partner",
    "gesponser",
    "gesponsord",
    "patrocin",
    "commandit",
    "taboola",
    "outbrain",
    "revcontent",
    "mgid",
    "zergnet",
    "на правах рекламы",
];

/// The longest first line [`is_sponsored_list`] takes for a header, in bytes.
const LIST_HEADER_MAX: usize = 100;

/// Whether `block` is a list of sponsored links under its header: a first
/// line that is an ad marker of the paid-links kind ([`SPONSORED`]), then
/// only lines as short as headlines that do not end with a full stop
/// ("Doctors stunned by this simple trick").
fn is_sponsored_list(block: &str) -> bool {
    // A marker is short: the header's line break stands in the first bytes, or there is no list.
    let b = block.as_bytes();
    let Some(at) = memchr::memchr(b'\n', &b[..b.len().min(LIST_HEADER_MAX)]) else { return false };
    let (header, rest) = (&block[..at], &block[at + 1..]);
    is_ad_marker(header)
        && {
            let lower = header.to_lowercase();
            SPONSORED.iter().any(|w| lower.contains(w))
        }
        && rest.split('\n').all(|line| {
            let line = line.trim();
            !line.is_empty() && line.len() <= 150 && !line.ends_with('.') && word_count_up_to(line, 16) <= 15
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> String {
        crate::testing::clean_with(AdMarkers, text)
    }

    #[test]
    fn markers_are_told_as_the_dfa_on_the_whole_lowered_text_tells_them() {
        let pieces = ["Ad", "ad", "s", "x", " ", "\t", "\n", "\u{b}", "É", "\u{a0}", "-", "Sponsored"];
        for t in crate::testing::every_text(&pieces, 4, "") {
            let trimmed = t.trim_matches(|c: char| c.is_whitespace() || c == '-');
            let whole = !trimmed.is_empty() && trimmed.len() <= 90 && MARKERS.matches(lowered_bytes(trimmed, true));
            assert_eq!(is_ad_marker(&t), whole, "{t:?}");
        }
    }

    #[test]
    fn marker_ends_are_where_the_dfa_dies_on_the_lowered_line() {
        let pieces = ["Ad", "ad", "ve", "x", " ", "\t", "É", "\u{a0}", "Sponsored", "by"];
        for line in crate::testing::every_text(&pieces, 4, "") {
            assert_eq!(marker_end(&line), MARKERS.dies_at(lowered_bytes_at(&line, true)), "{line:?}");
        }
    }

    #[test]
    fn the_first_bytes_tables_agree_with_the_dfa() {
        MARKERS.assert_byte_tables_agree();
    }

    #[test]
    fn removes_lists_of_sponsored_links_under_their_header() {
        for t in [
            "Sponsored Content\nDoctors stunned by this simple trick",
            "Promoted Stories\nThe one gadget every driver needs\nYou won't believe these photos!",
            "Recommended by Outbrain\nThe best credit cards of 2024",
            "Contenu sponsorisé\nCe gadget cartonne en France",
        ] {
            assert_eq!(clean(&format!("One.\n\n{t}\n\nTwo.")), "One.\n\nTwo.", "{t:?}");
        }
    }

    #[test]
    fn keeps_the_line_after_a_bare_marker_or_a_sentence_after_a_sponsored_one() {
        for (t, kept) in [
            ("Advertisement\nMarkets rally as oil prices recover", "Markets rally as oil prices recover"),
            ("Sponsored\nThe vote passed.", "The vote passed."),
        ] {
            assert_eq!(clean(&format!("One.\n\n{t}\n\nTwo.")), format!("One.\n\n{kept}\n\nTwo."), "{t:?}");
        }
    }

    #[test]
    fn clean_input_passes_through_unchanged() {
        let t = "Advertisers have many platforms.\n\nThe ad campaign was criticised.\n\nSponsored by the state, the plan failed.";
        assert_eq!(clean(t), t);
    }

    #[test]
    fn removes_markers() {
        for m in [
            "Advertisement",
            "ADVERTISEMENT",
            "Advertisement:",
            "- Advertisement -",
            "Advertisement - Continue Reading Below",
            "Anzeige - Weiterlesen nach der Anzeige",
            "Publicité - Continuez à lire ci-dessous",
            "Continua após a publicidade",
            "Artikel gaat verder na de advertentie",
            "Продолжение статьи ниже",
            "Mainos päättyy",
            "Artikel berlanjut setelah iklan",
            "Scroll untuk melanjutkan membaca",
            "Reklamdan sonra devam ediyor",
            "Advertisement by Taboola",
            "スポンサーリンク",
            "Recommended by",
            "Paid for by Citizens for a Better Town",
            "Brought to you by Acme",
            "ADVERTISEMENT – Star Tours",
            "Advertisement - Global Holidays Ltd",
            "Story continues below advertisement",
            "Article continues below advertisement",
            "Sponsored",
            "Sponsored Content",
            "Ads by Google",
            "Continue reading the main story",
            "Scroll to continue with content",
            "Anzeige",
            "Werbung",
            "Publicidad",
            "Publicité",
            "Pubblicità",
            "Реклама",
            "Reklama",
            "Report an ad",
            "Ad closed by Google",
            "Publicidad - Sigue leyendo debajo",
            "Pubblicità - Continua a leggere sotto",
            "Publicité - La suite ci-dessous",
            "Реклама. Продолжение ниже",
            "Annons - Artikeln fortsätter nedan",
            "Reklam - Haberin devamı aşağıda",
            "广告 - 继续阅读",
            "Publicitat",
            "Reklaam",
            "Reklāma",
            "Auglýsing",
            "โฆษณา",
            "বিজ্ঞাপন",
            "تبلیغات",
            "AD",
            "Paid Content",
            "Promoted Stories",
            "[Anzeige]",
            "Advertentie",
            "Artikel wird nach der Anzeige fortgesetzt",
            "Продолжение статьи после рекламы",
            "Advertisement · Scroll to continue",
            "Advertisement - scroll for more content",
            "Advertisement Skip Advertisement",
            "Commercial content",
            "Go ad-free",
            "Continue reading after the ad",
            "Advertisement continues below",
            "SKIP ADVERTISEMENT",
            "Story continues below",
            "Ad Feedback",
            "Report this ad",
            "Ads by Taboola",
            "Sponsored by Outbrain",
            "Sponsored Links by Taboola",
            "Реклама 18+",
            "Werbung 16+",
            "Reclame",
            "AdChoices",
            "Advertiser disclosure",
            "Sponsored message",
            "Weiter nach der Anzeige",
            "Continúa leyendo después del anuncio",
            "Sigue leyendo después de la publicidad",
            "Lire la suite après cette publicité",
            "Content continues below",
            "Il testo continua dopo la pubblicità",
            "Continua a leggere dopo la pubblicità",
            "Artigo continua após a publicidade",
            "Продолжение ниже",
            "Reklama - Czytaj dalej",
            "Pokračování článku pod reklamou",
            "Artikkeli jatkuu mainoksen jälkeen",
            "Продовження статті після реклами",
            "Articolul continuă după reclamă",
            "Der Artikel wird unter der Anzeige fortgesetzt",
            "Lesen Sie nach der Anzeige weiter",
            "Reclamă",
            "A cikk a hirdetés után folytatódik",
            "Tekst se nastavlja ispod oglasa",
            "Patalastas",
            "Ad - content continues below",
            "Advertisement (scroll down to continue reading)",
            "Hirdetés",
            "Publicitate",
            "Inzerce",
            "Oglas",
            "פרסומת",
        ] {
            assert_eq!(clean(&format!("One.\n\n{m}\n\nTwo.")), "One.\n\nTwo.", "{m:?}");
            assert_eq!(clean(&format!("One.\n{m}\nTwo.")), "One.\nTwo.", "line {m:?}");
        }
    }

    #[test]
    fn every_label_is_a_marker_in_any_case_and_spacing() {
        for label in LABELS {
            let upper = label.to_uppercase();
            let spaced = format!("  {}  ", label.replace(' ', " \t "));
            for t in [*label, upper.as_str(), spaced.as_str()] {
                assert!(is_ad_marker(t), "{t:?}");
            }
            // A marker is the whole text, not its start.
            assert!(!is_ad_marker(&format!("{label} prices rose")), "{label:?}");
        }
    }

    #[test]
    fn markers_are_judged_alike_on_every_thread() {
        let on_thread = std::thread::spawn(|| is_ad_marker("Story continues below advertisement"));
        assert!(on_thread.join().unwrap_or(false));
        assert!(is_ad_marker("Story continues below advertisement"));
    }

    #[test]
    fn keeps_look_alikes() {
        for t in [
            "Story continues below gallery",
            "Advertising revenue fell.",
            "Ad hoc committee",
            "Sponsored by Acme Corp.",
            "Brought to you by Goldrock Capital, a multi-family office.",
            "Recommended by Sylvia Bishop",
            "- Advertising",
            "Advertisement - The council met on Monday to set the rates.",
            "Advertisement: a history of the trade",
        ] {
            assert_eq!(clean(t), t);
        }
    }
}
