//! Removes navigation and page-tool lines left in scraped text: skip links,
//! "Back to top", breadcrumbs, links to the previous or next article,
//! comment counters and links, and reading-time and listen lines.
//!
//! Before:
//! ```text
//! Skip to main content
//!
//! Home > News > Politics
//!
//! The council approved the budget.
//!
//! Comments (12)
//!
//! Back to top
//! ```
//! After:
//! ```text
//! The council approved the budget.
//! ```
//!
//! # How it decides
//! A block or line goes only as a whole, and only when it is one of these
//! links alone, in any case, up to 72 bytes (a breadcrumb trail up to 200):
//! - skip links: "Skip to main content", "Skip navigation", "Jump to
//!   content", "Zum Inhalt springen", "Aller au contenu", "Ir al contenido",
//!   "跳到主要内容", "본문 바로가기" and kin in 25 languages;
//! - "Back to top", "Return to top of page", "Nach oben", "Retour en haut",
//!   "Volver arriba", "Наверх", "返回顶部" and kin in 25 languages; "Back
//!   to overview", "Zurück zur Übersicht", "Retour à la liste" and kin;
//! - "Main menu", "Toggle navigation";
//! - a like button's label and a widget still loading: "Like this:", "Like
//!   Loading...", "Loading...";
//! - the label of a table of contents: "Table of contents", "In this
//!   article", "On this page" (its list of links goes as link furniture);
//! - breadcrumbs: "Home" ("Startseite", "Accueil", "Inicio", "Главная" and
//!   kin) followed by one to six parts, each after `>`, `»`, `›`, `/` or `|`
//!   with spaces around it ("Home > News > Politics");
//! - "Previous article", "Next post", "Older posts", "« Previous", "Next »",
//!   "Vorheriger Artikel", "Article suivant", "Следующая статья" and kin;
//!   "Post navigation", "Comments are closed";
//! - comment links and counters: "Leave a comment", "Leave a reply", "Show
//!   comments", "View all 12 comments", "Comments (12)", "12 comments", "No
//!   comments yet", "You must be logged in to post a comment", and kin in
//!   German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian;
//! - "Log in to comment", "Create an account or sign in to comment", "Post
//!   Comment", "Load more comments";
//! - a footer's "Advertise with us" and "Follow us (on social media)",
//!   "Folgen Sie uns", "Suivez-nous", "Síguenos" and kin in 8 languages;
//! - an article's tools and a blog's furniture: "Cancel reply", "Jump to
//!   Recipe", "Print Recipe", "Add to reading list", "Text size", "More from
//!   this author", "See all articles by ...", "Send us a tip", "Proudly
//!   powered by WordPress" (a blogging platform's name only: "Powered by AI"
//!   stays), FeedBurner's "Delivered by FeedBurner" and "Subscribe to ...
//!   by Email";
//! - a footer's row of links, three to twelve parted by ` | `, ` · ` or
//!   ` • `, two of them at least the links every footer holds ("Terms of
//!   Use | Privacy Policy | Contact Us", "Impressum · Datenschutz · AGB");
//! - an image's address alone on its line (`https://cdn.example.com/a.jpg`),
//!   as a shop's hidden fields or a gallery's data leave it;
//! - a forum's thread tools and post furniture: "Reply to this topic",
//!   "Start new topic", "20 replies to this topic", "Report inappropriate
//!   content", "You need to be a member in order to leave a comment", "You
//!   must log in or register to reply here", "Log in or register to post
//!   comments", "Du musst angemeldet sein, um einen Kommentar abzugeben" and
//!   kin in French, Spanish, Italian and Portuguese, "Users browsing this
//!   forum: ..." (up to 340 bytes), "Who is online", "Report post",
//!   "Original poster", "Jump to latest", "Go to solution", "Accepted
//!   solution", "Mark as new", "Subscribe to RSS feed", "Did this answer
//!   your question?", a poster's counts ("Join Date: Aug 2008", "Posts: 1,077",
//!   "Reputation: 56", "Registered: 2016-07-02", a forum's posting rules
//!   ("You may not post new threads", "BB code is On"), Discourse's "This
//!   topic was automatically closed after 30 days. New replies are no longer
//!   allowed.", "Top Posters In This Topic", Stack Exchange's "Start asking
//!   to get answers", "Reply 2", "Pages: 1
//!   2 3", "8.1k 2 gold
//!   badges 5 silver badges"), a post's counters and stamps ("12 Likes", "Posted 3 hours ago",
//!   "Like (12)", "♥ 12", "👍 45 💬 12", "45 likes, 12 comments", "12K
//!   views", "Aufrufe: 1.234", "Like · Reply · 3h", "Read 1,204 times",
//!   "Gefällt mir", "Last edited:", "answered Feb 3, 2024 at 10:12") and a mobile
//!   signature ("Sent from my iPhone using Tapatalk");
//! - a post's tags and categories: "Tags: politics, budget", "Filed
//!   under: News | Politics", "Schlagwörter: ...", "Étiquettes : ...",
//!   "Etiquetas: ...": a label and a colon, then up to 16 items of at most
//!   four words each, parted by commas, bars, dots or slashes, with no
//!   sentence mark ("Topics: the council met on Monday to ..." is a
//!   sentence; "Category:" alone heads a wiki's category line and stays);
//! - a listing's tools and counters: "Sort by", "Filter & Sort", "Showing
//!   24 of 291 results", "Page 1 of 8", "Seite 1 von 3", "Ordenar por";
//! - an affiliate's price button: "Check price at Amazon";
//! - a rating widget: "Rate this book", "Clear rating", a row of stars
//!   alone ("★★★★☆");
//! - page tools: "Gift this article", "Save for later", "Join the
//!   conversation", "Pin this for later", "Was this page helpful?", "Edit this page on GitHub",
//!   "Copy code", "Toggle theme";
//! - "See similar questions with these tags";
//! - a shop's buttons and prompts: "Add to wishlist", "Compare", "Quick view", "Continue shopping",
//!   "View cart", "Be the first to review this product", "Select your size", "Follow the author";
//! - search widgets: "Related searches", "Trending searches", "Search this site", "Type to search";
//! - the furniture of an embedded post, video or gallery: "View this post
//!   on Instagram" (and Instagram's own wording of it in German, French,
//!   Spanish, Italian, Portuguese, Dutch, Polish and Russian), its credit
//!   "A post shared by Ann (@ann)", "Watch on YouTube", "Tap to unmute", "Play video", "Your
//!   browser does not support the video tag", "Click to enlarge", "View
//!   gallery", "Photo 3 of 12", a forum's "Click to expand..." and "Reply
//!   with quote", "View post on imgur.com", a list's "Show less" ("Show more" stays: a page may hold
//!   it as text), a shop's "More options", "View details", "Calculate shipping";
//! - reading tools: "Listen to this article", "Listen · 5 min", the buttons
//!   that size the text ("A- A A+"), "5 min
//!   read", "Reading time:
//!   4 minutes", "Lesezeit: 4 Minuten", "Temps de lecture : 4 min" and kin.
//!
//! Menu and account words alone ("Menu", "Search", "Log in", "Sign up",
//! "Register", "Subscribe") stay: a manual or a help page may head a section
//! with any of them, and a line alone does not tell the two apart.
//!
//! A sentence that holds such words ("Sign in at the front desk.", "Back to
//! top form, she won the final.", "Home is where the heart is") stays: the
//! line must be the link and nothing more.

use std::sync::LazyLock;

use crate::filter::BlockRule;
use crate::text::{trim, LazyDfa};

/// Removes navigation and page-tool lines; see the [module docs](self).
///
/// ```
/// use unclutter::{Pipeline, text::Navigation};
///
/// let p = Pipeline::builder().filter(Navigation).build();
/// assert_eq!(p.clean_text("Skip to main content\n\nThe vote passed.\n\nBack to top"), "The vote passed.");
/// assert_eq!(p.clean_text("Back to top form, she won."), "Back to top form, she won.");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Navigation;

/// The longest line that can be a link, and the longest breadcrumb trail.
const LIMIT: usize = 72;
const TRAIL_LIMIT: usize = 200;
/// The longest line of a forum's list of who is reading it ("Users browsing
/// this forum: Bing [Bot], Ann, Bo and 3 guests").
const ONLINE_LIMIT: usize = 340;

/// Every link, as alternatives of a verbose, case-insensitive pattern that
/// a whole line must match.
const LINKS: &str = r"
      skip\s(?:to|navigation)(?:\s(?:the\s)?(?:main\s)?(?:content|navigation|menu|search|footer))?
    | jump\sto\s(?:main\s)?(?:content|navigation)
    | (?:back|return|go|scroll)\sto\s(?:the\s)?top(?:\sof\s(?:the\s)?page)?
    | (?:back|return|go\sback)\sto\s(?:the\s)?(?:overview|list|listing|all\s(?:articles|news|posts|stories)|news|blog|search\sresults|results)
    | zurück\szu(?:r\s(?:übersicht|startseite|liste|artikelliste|newsübersicht)|m\s(?:blog|archiv))
    | retour\s(?:à\sla\sliste|aux\sarticles|aux\sactualités|à\sl'accueil|au\sblog)
    | volver\s(?:al\slistado|a\sla\slista|a\snoticias|al\sblog)
    | torna\s(?:all'elenco|alla\slista|alle\snotizie|al\sblog)
    | voltar\s(?:para\sa\slista|à\slista|para\sas\snotícias|ao\sblog)
    | terug\snaar\s(?:het\s)?(?:overzicht|nieuwsoverzicht)
    | (?:toggle|open|close)\s(?:the\s)?(?:navigation|menu)
    | main\s(?:menu|navigation)
    | like\sthis: | (?:like\s)?loading\s?(?:\.\.\.|…)
    | (?:toggle\s|show\s|hide\s)?table\sof\scontents | in\sthis\s(?:article|post|guide) | on\sthis\spage | jump\sto\ssection
    | TRAIL_HEAD(?:\s[>»›/|]\s[^>»›/|\n]{1,60}){1,6}
    | (?:\d{1,4}\s){1,9}(?:…|\.\.\.)\s\d{1,4}(?:\s(?:next|»|›|→)(?:\s?»)?)?
    | (?:previous|prev|next|older|newer)\s(?:article|story|post|entry|entries|posts)
    | (?:leave|post|write|add)\s(?:a|your)\s(?:comment|reply)(?:\scancel\sreply|\s?(?:\.\.\.|…))? | cancel\sreply
    | jump\sto\s(?:the\s)?(?:recipe|comments|video|reviews) | (?:print|pin|save|rate)\s(?:this\s)?recipe
    | (?:see|view)\sall\s(?:articles|posts|stories)\sby\s[^\n]{1,40} | more\s(?:from|by)\s(?:this|the)\sauthor
    | add\sto\s(?:my\s)?reading\slist | give\sthis\sarticle | (?:text|font)\ssize | send\sus\sa\s(?:news\s)?tip
    | (?:proudly\s)?powered\sby\s(?:wordpress|blogger|ghost|squarespace|wix|tumblr|jekyll|hugo|phpbb|vbulletin|xenforo|discourse)
    | delivered\sby\sfeedburner | subscribe\sto\s[^\n.!?]+\sby\se-?mail
    | (?:show|view|hide|load|read|see)\s(?:all\s|more\s)?(?:\d+\s)?comments(?:\s\(\d+\))? | (?:post|submit)\scomment
    | advertise\s(?:with\sus|here) | follow\sus(?:\son\ssocial(?:\smedia)?)?
    | follow\s(?:us\s)?(?:on\s(?:twitter|x|instagram|threads|bluesky|tiktok|mastodon)\s)?@[\w.]{1,30}
    | folgen\ssie\suns | folge\suns | suivez-nous | s[ií]guenos | seguici | siga-nos | segue-nos | подписывайтесь\sна\sнас | obserwuj\snas | volg\sons
    | zum\sseitenanfang | оставить\sкомментарий | оставьте\sкомментарий | (?:dodaj|napisz|zostaw)\skomentarz
    | (?:comments?|commentaires|comentarios|commenti|comentários|reacties|komentarze|комментарии)\s?\(\d+\)
    | \d+\s(?:comments?|replies|responses)(?:\sto\sthis\s(?:topic|thread|post|article))?
    | no\scomments(?:\syet)?
    | you\smust\s(?:be\slogged\sin|log\sin(?:\sor\sregister)?|sign\sin)\sto\s(?:post\sa\scomment|comment|reply|post)(?:\shere|\sto\sthis\s(?:topic|thread))?
    | log\s?in\sor\sregister\sto\s(?:post\scomments|comment|reply|post)
    | du\smusst\sangemeldet\ssein,\sum\s(?:einen\skommentar\sabzugeben|zu\santworten)
    | vous\sdevez\sêtre\sconnecté\spour\s(?:publier\sun\scommentaire|répondre|commenter)
    | debes\s(?:haber\siniciado\ssesión|estar\sregistrado)\spara\s(?:publicar\sun\scomentario|responder|comentar)
    | devi\sessere\s(?:connesso|registrato)\sper\s(?:inviare\sun\scommento|rispondere|commentare)
    | você\sprecisa\s(?:fazer\so\slogin|estar\slogado)\spara\s(?:publicar\sum\scomentário|responder|comentar)
    | (?:please\s)?(?:create\san\saccount\sor\s)?(?:log|sign)\s?in\sto\s(?:access\s(?:all\s)?(?:these|this|the)\sfeatures?|update\syour\s(?:newsletter\s|email\s)?preferences)
    | users\sbrowsing\sthis\s(?:forum|topic|thread|board)(?::\s[^\n]+)? | who\sis\sonline
    | report\s(?:post|comment|abuse) | original\sposter | op\sposts: | jump\sto\slatest | top\sposters\sin\sthis\s(?:topic|thread)
    | this\stopic\swas\sautomatically\s(?:closed|opened)(?:\s[^\n.]+)?(?:\.\snew\sreplies\sare\sno\slonger\sallowed)?
    | this\stopic\swill\s(?:automatically\s)?(?:close|open)\s(?:in\s)?\d[^\n.]*
    | start\sasking\sto\sget\sanswers | find\sthe\sanswer\sto\syour\squestion\sby\sasking
    | (?:solved!\s)?go\sto\ssolution | accepted\ssolution | mark\sas\s(?:new|read) | subscribe\sto\srss\sfeed
    | did\sthis\s(?:answer|solve)\syour\s(?:question|problem)\?? | thanks\sfor\sthe\sfeedback!?
    | posted\s\d{1,3}\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\sago
    | view\sthis\s(?:post|profile|photo|video)\son\s(?:instagram|facebook|tiktok|threads|twitter|x|youtube)
    | diesen\sbeitrag\sauf\sinstagram\sansehen | voir\scette\spublication\ssur\sinstagram | ver\sesta\spublicación\sen\sinstagram
    | visualizza\squesto\spost\ssu\sinstagram | ver\s(?:esta|essa)\s(?:publicação|foto)\sno\sinstagram | bekijk\sdit\sbericht\sop\sinstagram
    | wyświetl\sten\spost\sna\sinstagramie | посмотреть\sэту\sпубликацию\sв\sinstagram
    | (?:a\s(?:post|photo|video)\sshared\sby|ein\sbeitrag\sgeteilt\svon|une\spublication\spartagée\spar|una\spublicación\scompartida\sde
      |un\spost\scondiviso\sda|uma\spublicação\scompartilhada\spor|een\sbericht\sgedeeld\sdoor)
      \s(?:[^\n@]+\s\(@[\w.]+\)|@[\w.]+)(?:\s[^\n]+)?
    | watch\s(?:this\s(?:video\s)?)?on\s(?:youtube|vimeo|tiktok|instagram) | tap\sto\sunmute | play\svideo | loading\svideo
    | (?:the\s)?video\splayer\sis\sloading | this\svideo\sis\s(?:unavailable|private|no\slonger\savailable)
    | your\sbrowser\sdoes\snot\ssupport\s(?:the\s)?(?:video|audio)(?:\s(?:tag|element))? | sorry,\sthe\svideo\splayer\sfailed\sto\sload
    | click\sto\s(?:enlarge|expand|zoom)(?:\s?(?:\.\.\.|…))? | (?:enlarge|expand|zoom)\s(?:this\s)?(?:image|photo|picture)
    | (?:open|view|see)\s(?:the\s)?(?:full\s)?(?:gallery|slideshow) | (?:photo|image|picture|slide)\s\d{1,3}\sof\s\d{1,3}
    | show\sless | reply\swith\squote | multi-?quote | more\soptions | view\sdetails | calculate\sshipping
    | (?:more\sinfo\s)?quick\sview | view\spost\son\simgur(?:\.com)? | see\ssimilar\squestions\swith\sth(?:ese|is)\stags?
    | you\smay\snot\s(?:post\snew\sthreads|post\sreplies|post\sattachments|edit\syour\sposts)
    | (?:bb|\[img\]|\[video\]|html)\scode\sis\s(?:on|off) | smilies\sare\s(?:on|off)
    | (?:create\san\saccount\sor\s)?(?:log|sign)\s?in\sto\s(?:comment|reply|post|join\sthe\s(?:discussion|conversation))
    | reply\sto\sthis\s(?:topic|thread|post)
    | (?:start|create|post)\s(?:a\s)?new\s(?:topic|thread)
    | you\sneed\sto\sbe\sa\smember\sin\sorder\sto\s(?:leave\sa\scomment|comment|post|reply)
    | report\s(?:inappropriate\scontent|this\s(?:post|comment))
    | sent\sfrom\smy\s[^\n]{1,40}
    | \d[\d,.]*k?\s(?:likes?|reactions?) | likes?\s?(?:\(\d[\d,.]*k?\)|:?\s?\d[\d,.]*k?) | liked\sby\s\d[\d,.]*k?\s(?:person|people|others?)
    | (?:(?:♥|❤️?|♡|👍|💬|🗨️?|👁️?|🔁)\s?\d[\d,.]*k?\s?){1,4}
    | (?:\d[\d,.]*k?\s(?:likes?|comments?|shares?|views|replies|retweets?)\s?[,·|]?\s?){2,4} | (?:(?:likes?|comments?|shares?|views|replies):\s?\d[\d,.]*k?\s?[,·|]?\s?){2,4}
    | like\s·\sreply(?:\s·\s\d{1,3}\s?[smhdw])? | \d[\d,.]*k?\s(?:people|others)\slike\sthis | be\sthe\sfirst\sto\slike\sthis | spread\sthe\slove
    | \d[\d,.]*[km]?\s(?:views|reads) | views:\s?\d[\d,.]*[km]? | read\s\d[\d,.]*\stimes
    | \d[\d\s,.]*[km]?\s(?:aufrufe|vues|visualizaciones|visualizações|visualizzazioni|weergaven|wyświetle[nń]|просмотр(?:ов|а)?|переглядів|görüntülenme|dilihat|lượt\sxem)
    | (?:aufrufe|vues|visualizaciones|visualizações|visualizzazioni|weergaven|wyświetlenia|просмотров|просмотры|переглядів|перегляди|görüntülenme|dilihat|lượt\sxem):\s?\d[\d\s,.]*[km]?
    | (?:gefällt\smir|j'aime|me\sgusta|mi\spiace|нравится|lubię\sto)(?:\s\(?\d[\d,.]*k?\)?)?
    | last\sedited(?::|\sby\s[^\n]{1,50}|\sby\s[^\n]{1,80},\sedited\s\d+\stimes?\sin\stotal)?
    | (?:answered|asked|edited)\s[a-z]{3,9}\s\d{1,2}(?:,\s\d{4})?(?:\sat\s\d{1,2}:\d{2})?
    | (?:\d[\d,.]*k?)?(?:\s?\d[\d,]*\s(?:gold|silver|bronze)\sbadges?){1,3}
    | (?:join\sdate|joined|registered|member\ssince):\s[\w\s,.-]{1,20} | reply\s\#?\d{1,5} | pages:\s\d+(?:\s\d+)*
    | (?:posts|threads|messages|reaction\sscore|likes\sreceived|reputation|points|karma):\s\d[\d,.]*
    | showing\s\d[\d,]*(?:\s?[-–]\s?\d[\d,]*)?\sof\s\d[\d,]*(?:\s(?:results|items|products|entries))?
    | page\s\d+\sof\s\d+
    | sort\s(?:by|options) | filter\s(?:&|and)\ssort | view\soptions
    | (?:check|see|view)\s(?:the\s)?(?:latest\s|current\s)?price\s(?:at|on)\s[\w.&'-]+(?:\s[\w.&'-]+){0,2}
    | add\sto\s(?:wish\s?list|favou?rites|compare) | compare | continue\sshopping | view\s(?:cart|bag|basket)
    | (?:select|choose)\s(?:a\s|your\s)?(?:size|colou?r) | follow\sthe\sauthor
    | (?:related|trending|popular)\ssearches | search\sthis\s(?:site|blog|website) | type\sto\ssearch(?:\s(?:products|the\ssite))?
    | be\sthe\sfirst\sto\sreview(?:\sthis\s(?:product|item))?
    | (?:was\sthis|did\syou\sfind\sthis)(?:\s(?:page|article|answer|post))?\shelpful\?? | rate\sthis\s(?:article|post|page|book|product|recipe|item)
    | clear\srating | (?:[1-5]\sof\s5\sstars?)+ | [★☆✩⭐](?:\s?[★☆✩⭐])+(?:\s\(?\d(?:[.,]\d)?\)?)?
    | thanks?(?:\syou)?\sfor\syour\sfeedback
    | edit\s(?:this\spage(?:\son\sgithub)?|on\sgithub) | improve\sthis\spage | copy\scode | copied(?:\sto\sclipboard)?
    | toggle\s(?:theme|dark\smode|sidebar) | search\s(?:the\s)?docs
    | zur\sstartseite | zum\s(?:haupt)?inhalt\s(?:springen|wechseln) | (?:zurück\s)?nach\soben
    | kommentar\sschreiben | kommentare\s?\(\d+\) | \d+\skommentare?
    | (?:aller|passer)\sau\scontenu(?:\sprincipal)? | retour\sen\shaut
    | laisser\sun\scommentaire | \d+\scommentaires?
    | (?:ir|saltar)\sal\scontenido(?:\sprincipal)? | volver\sarriba
    | dejar\sun\scomentario | iniciar?\ssesión\spara\scomentar | connectez-vous\spour\scommenter | deja\sun\scomentario | \d+\scomentarios?
    | vai\sal\scontenuto(?:\sprincipale)? | torna\ssu | lascia\sun\scommento | \d+\scommenti
    | ir\spara\so\sconteúdo(?:\sprincipal)? | voltar\sao\stopo | deixe\sum\scomentário | \d+\scomentários?
    | naar\sde\sinhoud | terug\snaar\sboven | laat\seen\sreactie\sachter | \d+\sreacties?
    | przejdź\sdo\streści | wróć\sna\sgórę | \d+\skomentarz(?:y|e)?
    | перейти\sк\s(?:основному\s)?(?:содержимому|содержанию|контенту) | наверх | \d+\sкомментари(?:й|я|ев)
    | (?:ga\s)?naar\s(?:de\s)?(?:hoofdinhoud|inhoud) | (?:hoppa|gå)\still\s(?:huvud)?innehåll(?:et)? | siirry\s(?:pää)?sisältöön
    | (?:gå|hopp)\stil\s(?:hoved)?(?:indhold|innhold)(?:et)? | přejít\sna\s(?:hlavní\s)?obsah | prejsť\sna\s(?:hlavný\s)?obsah
    | (?:ana\s)?(?:i̇|i|İ)çeriğe\s(?:geç|atla) | μετάβαση\sστο\s(?:κύριο\s)?περιεχόμενο | ugrás\sa\s(?:fő)?tartalomhoz
    | перейти\sдо\s(?:основного\s)?(?:вмісту|змісту) | (?:treci|salt)\sla\sconținut(?:ul\sprincipal)?
    | 跳(?:到|至|转到|轉到)(?:主要)?(?:内容|正文|內容) | (?:メインコンテンツ|本文)(?:へ|に)(?:スキップ|移動) | 본문\s?바로\s?가기
    | (?:انتقل|تخطى|انتقال)\sإلى\sالمحتوى(?:\sالرئيسي)? | דלג(?:ו)?\s(?:לתוכן|אל\sהתוכן)(?:\sהראשי)?
    | (?:langsung|lewati)\ske\s(?:konten|isi)(?:\sutama)? | (?:chuyển|bỏ\squa)\s(?:đến\s)?nội\sdung(?:\schính)?
    | (?:(?:tillbaka\s)?till|(?:tilbage|tilbake)\still|til)\stoppen | takaisin\sylös | (?:powrót\s)?do\sgóry | zpět\snahoru | späť\shore
    | başa\sdön | yukarı\sçık | επιστροφή\sστην\sκορυφή | (?:返回|回到)(?:顶部|頂部) | (?:ページ)?(?:トップ|先頭)(?:へ|に)戻る | ページの先頭へ
    | ページトップへ(?:戻る)? | (?:返回|回到)(?:首页|首頁) | [上下]一篇[：:]\s?[^\n]{1,60} | 点击(?:查看|阅读|加载)更多 | 続きを読む | 맨\s?위로(?:\s?가기)? | (?:العودة|عودة|الرجوع)\sإلى\s(?:الأعلى|أعلى\sالصفحة) | חזרה\s(?:למעלה|לראש\sהעמוד)
    | kembali\ske\satas | (?:về|lên)\sđầu\strang | vissza\sa\stetejére | înapoi\ssus | вгору | нагору | нагоре
    | (?:vorheriger|nächster)\s(?:artikel|beitrag) | article\s(?:précédent|suivant)
    | (?:artículo|entrada|noticia)\s(?:anterior|siguiente) | (?:siguiente|anterior)\s(?:artículo|entrada|noticia)
    | articolo\s(?:precedente|successivo) | (?:artigo|post)\s(?:anterior|seguinte) | (?:próximo|anterior)\s(?:artigo|post)
    | (?:vorige|volgende)\s(?:artikel|bericht) | (?:poprzedni|następny)\s(?:artykuł|wpis) | (?:предыдущая|следующая)\sстатья
    | (?:föregående|nästa)\s(?:artikel|inlägg) | (?:forrige|næste|neste)\s(?:artikel|artikkel|indlæg|innlegg)
    | (?:edellinen|seuraava)\s(?:artikkeli|juttu) | (?:předchozí|další|následující)\s(?:článek|příspěvek)
    | (?:predchádzajúci|ďalší|nasledujúci)\s(?:článok|príspevok) | (?:előző|következő)\s(?:cikk|bejegyzés)
    | articolul\s(?:anterior|următor) | (?:önceki|sonraki)\s(?:haber|yazı|makale) | (?:προηγούμενο|επόμενο)\sάρθρο
    | (?:попередня|наступна)\sстаття | [上下]一篇(?:文章)? | (?:前|次)の記事 | (?:이전|다음)\s?(?:기사|글)
    | (?:المقال|المقالة|الخبر)\s(?:السابق|السابقة|التالي|التالية) | (?:הכתבה|המאמר)\s(?:הקודמת|הקודם|הבאה|הבא)
    | (?:artikel|berita)\s(?:sebelumnya|selanjutnya|berikutnya) | bài\s(?:trước|tiếp\stheo|sau)
    | \d+\s(?:kommentarer|kommentaaria|kommenttia|hozzászólás|komentářů|komentáře|komentárov|yorum|σχόλια|коментарів|коментарі|коментар|تعليقات|تعليق|komentar|bình\sluận)
    | \d+\s?条评论 | コメント\s?[(（]\d+[)）] | 댓글\s?\d+\s?개?
    | (?:lästid|lukuaika|doba\sčtení|čas\sčítania|okuma\ssüresi|χρόνος\sανάγνωσης|час\sчитання|tempo\sde\sleitura|olvasási\sidő|timp\sde\scitire|læsetid|lesetid|waktu\sbaca|thời\sgian\sđọc)\s?:?\s\d{1,3}\s?(?:min\w*|dk|dakika|λεπτά|хв\w*|perc|menit|phút)\.?
    | 阅读(?:时间|时长)[:：]?\s?\d{1,3}\s?分钟 | (?:約)?\d{1,3}分で読めます
    | (?:«|‹|←)\s?(?:previous|prev|older|newer)(?:\s(?:posts?|articles?|pages?|entries|stories))? | (?:next|newer|older)(?:\s(?:posts?|articles?|pages?|entries|stories))?\s?(?:»|›|→)
    | posts?\snavigation | comments\sare\sclosed
    | (?:seite|página|page|pagina|strona|страница)\s\d+\s(?:von|de|sur|di|van|z|из)\s\d+
    | (?:ordenar|sortieren|trier|ordina|sorteer|sortuj|сортировать)\s(?:por|nach|par|per|op|według|по)
    | kommentare\s(?:anzeigen|lesen|ansehen) | (?:afficher|voir)\s(?:les\s)?commentaires
    | (?:ver|mostrar)\s(?:los\s|os\s)?coment(?:arios|ários?) | (?:mostra|vedi)\s(?:i\s)?commenti | показать\sкомментарии | pokaż\skomentarze
    | nach\soben\sscrollen | torna\s(?:all'inizio|in\salto) | volver\sal\sinicio | haut\sde\s(?:la\s)?page
    | menu\sprincipale? | hauptmenü | menú\sprincipal | hoofdmenu | главное\sменю | menu\sgłówne | navigation\s(?:umschalten|öffnen)
    | inhaltsverzeichnis | table\sdes\smatières | sommaire | índice(?:\sde\scontenidos)? | indice\sdei\scontenuti | spis\streści | содержание | inhoudsopgave
    | lesedauer:?\s\d{1,3}\s?(?:min\.?|minuten?) | tempo\sdi\slettura:?\s\d{1,3}\s?min(?:uti)? | \d{1,3}\s?min(?:uti)?\sdi\slettura
    | leestijd:?\s\d{1,3}\s?min(?:uten)? | czas\sczytania:?\s\d{1,3}\s?min(?:ut)?
    | listen\sto\s(?:this\s)?(?:article|story)(?:\s[·|•–-]\s\d{1,3}\s?(?:min|mins|minutes?))? | listen(?:\s[·|•–-])?\s\d{1,3}\s?(?:min|mins|minutes?)
    | a[-−]\sa\sa\+ | a\sa\+ | a\sa\sa
    | (?:gift|save|bookmark)\s(?:this\s)?(?:article|story) | save\sfor\slater | pin\s(?:this|it)\sfor\slater
    | écouter\s(?:cet\s|l')article | ascolta\s(?:l'articolo|questo\sarticolo) | escuchar\s(?:(?:este\s)?artículo|(?:esta\s)?noticia)
    | (?:diesen\s)?(?:artikel|beitrag)\s(?:vorlesen(?:\slassen)?|anhören|merken)
    | (?:sauvegarder|enregistrer)\s(?:cet\s|l')article | (?:guardar|salvar)\s(?:este\s)?(?:artículo|artigo) | salva\s(?:l'articolo|articolo)
    | join\sthe\s(?:conversation|discussion)
    | (?:estimated\s)?reading\stime:?\s\d{1,3}\s?(?:min|mins|minutes?)
    | \d{1,3}\s?(?:min|mins|minutes?)\s(?:read|listen)
    | lesezeit:?\s\d{1,3}\s?(?:min\.?|minuten?) | \d{1,3}\s?(?:min\.?|minuten?)\slesezeit
    | temps\sde\slecture\s?:?\s\d{1,3}\s?min(?:utes?)?
    | tiempo\sde\slectura:?\s\d{1,3}\s?min(?:utos?)? | \d{1,3}\s?min(?:utos?)?\sde\slectura
    | время\sчтения:?\s\d{1,3}\s?мин(?:ут[аы]?)?
    | TAG_HEAD(?:TAG_ITEM(?:\s?[,|·•/]\s?(?:TAG_ITEM)?){0,15}|(?:[,|·•/]\s?(?:TAG_ITEM)?){1,16})
";

/// The first part of a breadcrumb trail: the site's home page, in the
/// languages [`LINKS`] knows.
const HOME: &str = r"home|startseite|accueil|inicio|início|home\spage|strona\sgłówna|главная|hem|etusivu|forside|ana\s?sayfa|beranda|trang\schủ|головна|αρχική|domů|kezdőlap|acasă|首页|首頁|ホーム|홈|الرئيسية|דף\sהבית";

/// The labels of a post's list of tags or categories, which stand before
/// a colon ("Tags: politics, budget"). "Category:" alone heads a wiki's
/// category line, part of the page; the plural is a blog's list.
const TAGS: &str = r"tags?|tagged(?:\swith)?|schlagw[öo]rter|stichw[öo]rter|étiquettes?|mots[-\s]clés|etiquetas|palabras\sclave|tagi|теги|метки|etiketler|filed\sunder|categories|kategorien|catégories|categorías|categorie|topics|themen|temas|argomenti|onderwerpen|tematy|темы|konular|rubriken|rubriques";

/// What may stand before a breadcrumb trail: "You are here:".
const HERE: &str =
    r"you\sare\shere|sie\sbefinden\ssich\shier|vous\sêtes\sici|usted\sestá\saquí|estás\saquí|ti\strovi\squi";

/// The head of a breadcrumb trail: "You are here:" or kin, if anything, then the home page.
fn trail_head() -> String {
    format!(r"(?:(?:{HERE})\s?:?\s)?(?:{HOME})")
}

/// The head of a list of tags: a label of [`TAGS`] and its colon.
fn tag_head() -> String {
    format!(r"(?:{TAGS})\s?:\s?")
}

/// [`LINKS`], matched against a whole trimmed line (stopping at a closing
/// colon, full stop or arrow). Anchored at both ends, so most lines die in
/// the DFA within their first bytes.
static LINK: LazyLock<LazyDfa> = LazyLock::new(|| {
    // An item of a list of tags: up to four words, with no sentence mark or separator.
    let item = r"[^\s.!?:;,|·•/]+(?:\s[^\s.!?:;,|·•/]+){0,3}";
    let links = LINKS.replace("TRAIL_HEAD", &trail_head()).replace("TAG_HEAD", &tag_head()).replace("TAG_ITEM", item);
    LazyDfa::new(&format!(r"(?ix)^(?:{links})\s*[.:!→»›]?$"))
});

/// The start of a breadcrumb trail or a list of tags, which may run longer than [`LIMIT`].
static TRAIL: LazyLock<LazyDfa> =
    LazyLock::new(|| LazyDfa::new(&format!(r"(?i)^(?:{}\s[>»›/|]\s|{})", trail_head(), tag_head())));

/// Why `text`, a whole block or line, is navigation, if it is.
pub(crate) fn link(text: &str) -> Option<&'static str> {
    let t = trim(text);
    // A breadcrumb trail, a forum's edit stamp ("Last edited by Ann on
    // Tue Aug 27, 2019 1:47 am, edited 3 times in total."), its list of
    // readers ("Users browsing this forum: ...") and an Instagram post's
    // credit ("A post shared by Ann (@ann) on Mar 3, 2020 at 10:15am PST")
    // run longer.
    let starts = |w: &[u8]| t.as_bytes().get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w));
    let short = t.len() <= LIMIT
        || (t.len() <= TRAIL_LIMIT
            && (starts(b"last edited")
                || starts(b"a post shared by")
                || starts(b"this topic")
                || TRAIL.matches_start(t)))
        || (t.len() <= ONLINE_LIMIT && starts(b"users browsing this"));
    (!t.is_empty() && short && LINK.matches_start(t)).then_some("navigation or page-tool link")
}

/// Whether `text` is the address of an image and nothing else
/// (`https://cdn.example.com/images/5001_TEE_THUMB.jpg`), as a shop's
/// hidden custom fields or a gallery's data leave on a line of their own:
/// no reader reads one as text. An address inside a sentence stays. Most
/// lines are turned away by their first byte.
fn is_image_address(text: &str) -> bool {
    let t = text.trim_start();
    if !matches!(t.as_bytes().first(), Some(b'h' | b'/')) {
        return false;
    }
    let t = t.trim_end();
    let Some(rest) = ["https://", "http://", "//"].iter().find_map(|p| t.strip_prefix(p)) else {
        return false;
    };
    let path = rest.split(['?', '#']).next().unwrap_or(rest);
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    path.contains('/')
        && !t.contains(char::is_whitespace)
        && ["jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "bmp", "tif", "tiff"]
            .iter()
            .any(|e| ext.eq_ignore_ascii_case(e))
}

/// The links of a site's footer, which [`is_footer_links`] knows in a row:
/// legal pages, contact and help, in English and the main European
/// languages.
const FOOTER_LINKS: &str = r"(?ix)^(?:
      privacy(?:\s(?:policy|notice|statement|settings|center|centre))? | (?:your\s)?privacy\schoices
    | terms(?:\s(?:of\s(?:use|service|sale)|and\sconditions|&\sconditions))? | legal(?:\s(?:notice|statement|information))?
    | cookies?(?:\s(?:policy|settings|preferences|notice))? | manage\scookies | do\snot\ssell\s(?:or\sshare\s)?my\s(?:personal\s)?info(?:rmation)?
    | contact(?:\sus)? | sitemap | site\smap | accessibility(?:\sstatement)? | about(?:\sus)? | careers | jobs | press | advertise(?:\swith\sus)?
    | help(?:\scenter|\scentre)? | faqs? | support | disclaimer | imprint | all\srights\sreserved | rss(?:\sfeeds?)?
    | impressum | datenschutz(?:erklärung|hinweise)? | agb | kontakt | nutzungsbedingungen | barrierefreiheit
    | mentions\slégales | (?:politique\sde\s)?confidentialité | cgu | cgv | nous\scontacter | plan\sdu\ssite
    | aviso\slegal | (?:política\sde\s)?privacidad | (?:política\sde\s)?cookies | contacto | mapa\sdel\ssitio | términos\sy\scondiciones
    | note\slegali | (?:informativa\s)?privacy | contatti | termini\se\scondizioni | política\sde\sprivacidade | termos\sde\suso | contato
    | privacybeleid | (?:algemene\s)?voorwaarden | polityka\sprywatności | regulamin | kontakt
)$";

static FOOTER_LINK: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(FOOTER_LINKS).expect("static pattern"));

/// Whether `text` is a row of a footer's links: three to twelve short items
/// parted by ` | `, ` · ` or ` • `, at least two of them the links every
/// site's footer holds ("Terms of Use | Privacy Policy | Contact Us",
/// "Impressum · Datenschutz · AGB"), none a sentence. A row of other
/// links ("Politics | Business | Tech") stays, as a line alone cannot tell
/// a menu from a list of the text's own.
fn is_footer_links(text: &str) -> bool {
    // Most blocks hold none of the separators' bytes (`|`, and the last
    // bytes of `·` and `•`): one scan settles them. A row is one line.
    let t = trim(text);
    if t.len() > TRAIL_LIMIT
        || memchr::memchr3(b'|', 0xB7, 0xA2, t.as_bytes()).is_none()
        || memchr::memchr(b'\n', t.as_bytes()).is_some()
        || !(t.contains(" | ") || t.contains(" · ") || t.contains(" • "))
    {
        return false;
    }
    let mut items = 0;
    let mut footer = 0;
    for item in t.split(['|', '·', '•']).map(str::trim) {
        items += 1;
        if item.len() > 40 || item.ends_with(['.', '!', '?']) {
            return false;
        }
        footer += usize::from(FOOTER_LINK.is_match(item));
    }
    (3..=12).contains(&items) && footer >= 2
}

impl BlockRule for Navigation {
    fn name(&self) -> &str {
        "navigation"
    }

    fn verdict(&self, block: &str) -> Option<&'static str> {
        link(block)
            .or_else(|| is_image_address(block).then_some("an image's address alone"))
            .or_else(|| is_footer_links(block).then_some("a footer's row of links"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> String {
        crate::testing::clean_with(Navigation, text)
    }

    #[test]
    fn the_first_bytes_tables_agree_with_the_dfa() {
        LINK.assert_byte_tables_agree();
        TRAIL.assert_byte_tables_agree();
    }

    #[test]
    fn removes_links() {
        for l in [
            "Skip to main content",
            "Skip to content",
            "Skip navigation",
            "Back to top",
            "Return to top of page",
            "Toggle navigation",
            "Home > News > Politics",
            "You are here: Home / News / Local",
            "Sie befinden sich hier: Startseite > Politik",
            "1 2 3 … 10 Next »",
            "Close menu",
            "Load more comments",
            "Post Comment",
            "Advertise with us",
            "Follow us",
            "Follow us on social media",
            "Folgen Sie uns",
            "Suivez-nous",
            "Síguenos",
            "Zum Seitenanfang",
            "Оставить комментарий",
            "Dodaj komentarz",
            "https://cdn11.example.com/images/stencil/160x160/5001_STAPLE_TEE_BONE_THUMB_1.jpg",
            "//images.example.org/photo.PNG?w=300#top",
            "Home » Blog » How we built it",
            "Startseite > Politik > Deutschland",
            "Accueil › Politique › France",
            "Inicio / Política / España",
            "Главная » Политика » Россия",
            "Aller au contenu principal",
            "Saltar al contenido principal",
            "Перейти к содержанию",
            "Zum Hauptinhalt springen",
            "Комментарии (12)",
            "Commentaires (3)",
            "Iniciar sesión para comentar",
            "Vorheriger Artikel",
            "Article suivant",
            "Siguiente artículo",
            "Articolo precedente",
            "Следующая статья",
            "Poprzedni artykuł",
            "Volgende artikel",
            "« Previous",
            "Next »",
            "Seite 1 von 3",
            "Página 1 de 5",
            "Sortieren nach",
            "Ordenar por",
            "Lesedauer: 4 Minuten",
            "Leestijd: 4 minuten",
            "Kommentare anzeigen",
            "Afficher les commentaires",
            "Ver comentarios",
            "Haut de page",
            "Menú principal",
            "Inhaltsverzeichnis",
            "Table des matières",
            "Содержание",
            "Comments are closed.",
            "Post navigation",
            "♥ 12",
            "👍 12",
            "Like (12)",
            "Likes: 45",
            "12K views",
            "Views: 1,204",
            "Tags: politics, budget, council",
            "Schlagwörter: Politik, Haushalt",
            "Étiquettes : politique, budget",
            "Filed under: News | Politics",
            "Filed under: |",
            "Beranda > Berita > Politik",
            "← Older posts",
            "Aufrufe: 1.234",
            "ページトップへ",
            "返回首页",
            "上一篇：政府公布新预算",
            "点击查看更多",
            "👍 45 💬 12",
            "♡ 120",
            "45 likes, 12 comments",
            "Likes: 45 Comments: 12",
            "Like · Reply · 3h",
            "3,456 people like this",
            "Be the first to like this.",
            "Просмотров: 1234",
            "1 234 просмотра",
            "Visualizações: 1.234",
            "Lượt xem: 1.234",
            "Read 1,204 times",
            "Gefällt mir",
            "J'aime",
            "Me gusta 12",
            "Нравится",
            "Gift this article",
            "Save article",
            "Save for later",
            "Listen · 5 min",
            "Listen to this article · 4 min",
            "Écouter cet article",
            "Ascolta l'articolo",
            "Escuchar noticia",
            "Artikel vorlesen",
            "Artikel merken",
            "A- A A+",
            "A A A",
            "Write a comment...",
            "Join the conversation",
            "Previous article",
            "Next post",
            "Older posts",
            "Leave a comment",
            "Cancel reply",
            "Follow @dailynews",
            "Follow us on Instagram @daily.news",
            "Scroll to top",
            "Jump to Recipe",
            "Print Recipe",
            "See all articles by Jane Doe",
            "More from this author",
            "Add to reading list",
            "Give this article",
            "Text size",
            "Send us a tip",
            "Proudly powered by WordPress",
            "Copied to clipboard",
            "Leave a Reply",
            "Show comments",
            "View all 12 comments",
            "Comments (12)",
            "12 comments",
            "No comments yet",
            "You must be logged in to post a comment.",
            "Create an account or sign in to comment",
            "Sign in to join the discussion",
            "Leave a Reply Cancel reply",
            "Reply to this topic",
            "Start new topic",
            "20 replies to this topic",
            "Report inappropriate content",
            "You need to be a member in order to leave a comment",
            "Join Date: Aug 2008",
            "Posts: 1,077",
            "Sent from my SM-S908U using Tapatalk",
            "Table of Contents",
            "Like this:",
            "Like Loading...",
            "Loading…",
            "Loading ...",
            "In this article:",
            "On this page",
            "12 Likes",
            "1 Like",
            "Last edited:",
            "Last edited by Trilby (2024-01-03 10:00:00)",
            "Last edited by Outer Armatonisdaristan on Sun Feb 22, 2026 2:08 am, edited 108 times in total.",
            "Last edited by Minoa on Tue Aug 27, 2019 10:03 pm, edited 1 time in total.",
            "answered Feb 3, 2024 at 10:12",
            "edited Nov 14, 2023 at 9:05",
            "8.1k2 gold badges5 silver badges",
            "1,234 silver badges5 bronze badges",
            "Sort by:",
            "Filter & Sort",
            "Showing 24 of 291 results",
            "Showing 1-24 of 133",
            "Page 1 of 8",
            "Check price at Amazon",
            "See price at REI",
            "Zum Inhalt springen",
            "Nach oben",
            "Back to overview",
            "Back to all articles",
            "Zurück zur Übersicht",
            "Retour à la liste",
            "Volver al listado",
            "Torna all'elenco",
            "Terug naar het overzicht",
            "Aller au contenu",
            "Retour en haut",
            "Ir al contenido",
            "Volver arriba",
            "Deixe um comentário",
            "Terug naar boven",
            "Наверх",
            "5 комментариев",
            "Listen to this article",
            "5 min read",
            "Reading time: 4 minutes",
            "Lesezeit: 4 Minuten",
            "Temps de lecture : 4 min",
            "Время чтения: 3 минуты",
            "Vai al contenuto principale",
            "Naar hoofdinhoud",
            "Hoppa till huvudinnehåll",
            "Siirry pääsisältöön",
            "Přejít na obsah",
            "İçeriğe geç",
            "Μετάβαση στο περιεχόμενο",
            "跳到主要内容",
            "メインコンテンツへスキップ",
            "본문 바로가기",
            "انتقل إلى المحتوى",
            "דלג לתוכן",
            "Langsung ke konten utama",
            "Chuyển đến nội dung chính",
            "Till toppen",
            "Takaisin ylös",
            "Powrót do góry",
            "Zpět nahoru",
            "Başa dön",
            "Επιστροφή στην κορυφή",
            "返回顶部",
            "トップへ戻る",
            "맨 위로",
            "العودة إلى الأعلى",
            "חזרה למעלה",
            "Kembali ke atas",
            "Về đầu trang",
            "Like 0",
            "Likes 12",
            "Liked by 1 person",
            "Zur Startseite",
            "Add to wishlist",
            "Compare",
            "Was this page helpful?",
            "Edit this page on GitHub",
            "Copy code",
            "Toggle theme",
            "Nästa artikel",
            "Předchozí článek",
            "Önceki haber",
            "Επόμενο άρθρο",
            "下一篇",
            "次の記事",
            "이전 기사",
            "المقال السابق",
            "הכתבה הבאה",
            "Artikel sebelumnya",
            "Bài tiếp theo",
            "5 kommentarer",
            "10 yorum",
            "12条评论",
            "コメント(5)",
            "댓글 5개",
            "Lästid: 4 min",
            "Okuma süresi: 4 dk",
            "Χρόνος ανάγνωσης: 4 λεπτά",
            "阅读时间：4分钟",
            "Tempo de leitura: 4 min",
            "You must log in or register to reply here.",
            "You must be logged in to reply to this topic.",
            "Log in or register to post comments",
            "Du musst angemeldet sein, um einen Kommentar abzugeben.",
            "Vous devez être connecté pour publier un commentaire.",
            "Debes haber iniciado sesión para publicar un comentario.",
            "Devi essere connesso per inviare un commento.",
            "Você precisa fazer o login para publicar um comentário.",
            "Please create an account or log in to access all these features",
            "Log in to update your newsletter preferences.",
            "Users browsing this forum: Bing [Bot], Google [Bot], Ann Lee, Bo, Camtropia, Cro09, Greater Guantanamo, Innocala and 3 guests",
            "Who is online",
            "Report post",
            "Original Poster",
            "OP posts:",
            "Jump to latest",
            "Solved! Go to Solution.",
            "Accepted Solution",
            "Mark as New",
            "Subscribe to RSS Feed",
            "Did this answer your question?",
            "Thanks for the feedback!",
            "posted 6 years ago",
            "Reputation: 56",
            "View this post on Instagram",
            "Diesen Beitrag auf Instagram ansehen",
            "Voir cette publication sur Instagram",
            "A post shared by The Metropolitan Museum of Art (@metmuseum) on Mar 3, 2020 at 10:15am PST",
            "A post shared by @janedoe",
            "Ein Beitrag geteilt von Jane Doe (@janedoe)",
            "Watch on YouTube",
            "Tap to unmute",
            "Video Player is loading.",
            "Your browser does not support the video tag.",
            "Sorry, the video player failed to load.",
            "Click to enlarge",
            "Click to expand...",
            "View gallery",
            "Photo 3 of 12",
            "Reply with Quote",
            "Show less",
            "More options",
            "Registered: 2016-07-02",
            "Member since: March 2019",
            "Reply 2",
            "Pages: 1 2 3",
            "Rate this book",
            "Clear rating",
            "1 of 5 stars2 of 5 stars3 of 5 stars4 of 5 stars5 of 5 stars",
            "★★★★☆",
            "☆ ★ ☆ ★ ☆ ★ ☆ ★ ☆ ★",
            "★★★★★ (4.8)",
            "Terms of Use | Privacy Policy | Contact Us",
            "© 2025 Doodlo | All Rights Reserved | Terms of Use | Privacy Policy",
            "Impressum · Datenschutz · AGB · Kontakt",
            "Mentions légales • Politique de confidentialité • Plan du site",
            "More Info Quick View",
            "View post on imgur.com",
            "See similar questions with these tags.",
            "You may not post new threads",
            "BB code is On",
            "Smilies are Off",
            "This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.",
            "This topic was automatically closed after 14 days. New replies are no longer allowed.",
            "This topic will close 3 days after the last reply.",
            "Top Posters In This Topic",
            "Start asking to get answers",
            "Find the answer to your question by asking.",
            "Select your size",
            "Choose a colour",
            "Follow the author",
            "Related searches",
            "Trending Searches",
            "Search this site",
            "Type to search products",
            "Pin this for later!",
            "Delivered by FeedBurner",
            "Subscribe to The Daily Post by Email",
        ] {
            assert_eq!(clean(&format!("One.\n\n{l}\n\nTwo.")), "One.\n\nTwo.", "{l:?}");
        }
        assert_eq!(clean("One.\nBack to top\nTwo."), "One.\nTwo.");
    }

    #[test]
    fn keeps_look_alikes() {
        for t in [
            "Sign in at the front desk.",
            "Follow us into the woods, the guide said.",
            "https://example.com/gallery/",
            "https://example.com/report.pdf",
            "See https://example.com/photo.jpg for the map.",
            "Advertise with us? The firm said no.",
            "Back to top form, she won the final.",
            "Powered by WordPress, the site grew to a million readers.",
            "Font size matters more on small screens than most designers think.",
            "You are here: at the start of the trail, the sign said.",
            "It happened 1 2 3 ... 10 times.",
            "Artikel vorlesen lernen Kinder in der ersten Klasse.",
            "Back to the list of demands, the union said nothing had changed.",
            "Zurück zur Übersicht kam er erst nach Jahren.",
            "Home is where the heart is.",
            "Compare the two offers before you sign.",
            "Copied from the original letter, the text ran to four pages.",
            "Till toppen av berget tog det fem timmar.",
            "Kembali ke atas panggung setelah sepuluh tahun.",
            "Neste, a global leader in renewable diesel",
            "Nästa artikel i serien handlar om skatter.",
            "Save this story for your children, she said.",
            "Join the conversation about the budget at the town hall.",
            "Startseite",
            "Me gusta el fútbol, dijo el alcalde.",
            "12K views were enough to make it a hit.",
            "1.234 Aufrufe pro Tag reichen dem Verlag nicht.",
            "Category:Portage",
            "Tags: we sorted the photos by date. Then by place.",
            "Topics: what the council will decide next?",
            "Temas: la vivienda y el empleo dominaron el debate de anoche",
            "Categories: small, medium and large firms all reported gains",
            "Topics:",
            "Likes: cats, tea and long walks.",
            "Next steps for the council are unclear.",
            "Seite 3 von Goethes Brief fehlt.",
            "Comments are closed on Sundays, the editor said.",
            "Das Inhaltsverzeichnis fehlt in der Ausgabe.",
            "Accueil des réfugiés > 40 000 personnes",
            "Home",
            "Search",
            "Log in",
            "Subscribe",
            "Register",
            "Search and rescue teams arrived.",
            "Comments are closed for the day, the mayor said.",
            "Register of deeds",
            "Home > News > Politics > This is far too long to be a breadcrumb of the site, it runs on and on and on and on",
            "Next",
            "Listen to this article before you vote, the mayor said.",
            "The 5 min read is a new format.",
            "Reading time",
            "Reply to this topic, he said, was the wrong move.",
            "Start new topics with a question.",
            "Posts: the mayor's office answered none of them.",
            "Showing 3 of 5 patients improved after a week.",
            "Sort by date, then by name, the clerk was told.",
            "Check price at the pump before you fill up.",
            "12 likes were enough to win the contest.",
            "He likes it.",
            "Contents",
            "Like this",
            "Loading the truck took an hour.",
            "In this article, we compare six phones.",
            "Last edited in 1998, the guide is out of date.",
            "Last edited by the standards committee in the spring of 1998, the guide is now badly out of date.",
            "She answered Feb 3 letters in one morning.",
            "Three silver badges were awarded.",
            "You must log in or register to vote, the clerk said.",
            "Users browsing this forum grew to a million last year, the owners said.",
            "Who is online shopping most? Young men, the survey found.",
            "Report post-mortem findings to the board.",
            "The original poster of the photo was never found.",
            "Posted 6 years ago, the video went viral this week.",
            "Reputation: the firm's most valuable asset",
            "Mark as new any item that arrived this week.",
            "A post shared by the mayor drew a thousand replies.",
            "Watch on YouTube as the rocket lifts off at dawn.",
            "Photo 3 of 12 shows the mayor at the bridge.",
            "Show less mercy, the coach told them.",
            "More options for renters are coming, the council said.",
            "View details of the plan at the town hall.",
            "Show more",
            "Registered: the names of all 40 voters.",
            "Reply 2 of the survey asked about rent.",
            "Pages: see the appendix",
            "★ Best in class",
            "You may not post new threads without reading the rules first.",
            "Quick view of the budget: taxes go up.",
            "Politics | Business | Tech | Sport",
            "Privacy | Terms",
            "Contact us | Privacy is what we promise. | Terms",
            "Select your size carefully, the fitter said.",
            "Follow the author's advice and rest for a week.",
            "Related searches rose by a third, the report found.",
            "This topic was discussed at length by the committee.",
            "This topic will open the meeting on Monday.",
            "This topic will close the session, the chair said.",
            "Start asking questions before you sign anything.",
            "Subscribe to the paper by email, she said, and it arrives at six.",
        ] {
            assert_eq!(clean(t), t);
        }
    }
}
