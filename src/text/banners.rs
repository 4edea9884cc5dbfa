//! Removes cookie-consent notices, newsletter sign-up prompts, browser notices and
//! subscriber-only prompts: the page's own messages to its reader, left in
//! scraped text.
//!
//! Before:
//! ```text
//! The council approved the budget.
//!
//! We use cookies to improve your experience. By continuing to browse,
//! you agree to our use of cookies.
//!
//! Sign up for our newsletter to get the latest news in your inbox.
//!
//! The mayor called it a victory.
//! ```
//! After:
//! ```text
//! The council approved the budget.
//!
//! The mayor called it a victory.
//! ```
//!
//! # How it decides
//! A block or line goes only as a whole, and only when it opens as a
//! prompt does, speaking to the reader as the site:
//! - a cookie notice: "We use cookies" (alone, or followed by words of the
//!   web: "... on our site", "... to personalise content"; a recipe that
//!   uses cookies says none), "This website uses cookies", "By
//!   continuing to use this site ... cookies", "Wir verwenden Cookies",
//!   "Nous utilisons des cookies", "Utilizamos cookies", "Мы используем
//!   файлы cookie", "Ten serwis wykorzystuje pliki cookies", "Bu web sitesi
//!   çerezler kullanır", "En poursuivant votre navigation ... cookies" and
//!   kin in 27 languages (Chinese, Japanese and Korean among them), then
//!   anything, up to 600 bytes in all; or a cookie button alone ("Accept
//!   all cookies", "Manage cookie settings", "Alle akzeptieren", "Godkänn
//!   alla", "すべて同意" and kin in 25 languages);
//!   "Cookie policy" or "Privacy settings" alone stay, as a privacy
//!   policy's own headings;
//! - a newsletter prompt: "Sign up for our newsletter", "Subscribe to our
//!   daily newsletter", "Enter your email address", "By signing up, you
//!   agree", "Thanks for subscribing", "Newsletter abonnieren",
//!   "Inscrivez-vous à notre newsletter", "Suscríbete a nuestro boletín"
//!   "Get the latest news delivered to your inbox", "Click here to
//!   subscribe", "Subscribe to get the latest posts sent to your email",
//!   "Join Medium for free to get updates from this writer", "Sign up to
//!   receive our newsletter", "Join 50,000 readers who ...", "Get breaking
//!   news alerts" and kin in 25 languages, then
//!   anything, up to 300 bytes in all; or
//!   "Newsletter", "Download our app", "Sign up for free", "Never miss a
//!   story" or "Turn on notifications" alone;
//! - a subscriber-only prompt: "Subscribe to continue reading", "Already a
//!   subscriber?", "This article is for subscribers only", "Subscribers
//!   only:", "Unlock this article", "To continue reading, subscribe", "Get
//!   unlimited access", "Dieser Artikel ist nur für Abonnenten", "Cet
//!   article est réservé aux abonnés" and kin;
//! - a browser or script notice: "Please enable JavaScript to view the
//!   comments", "JavaScript is disabled in your browser", "Your browser does
//!   not support the video tag", "Please update your browser to ...", "You
//!   are using an outdated browser", "This slideshow requires JavaScript",
//!   "Bitte aktivieren Sie JavaScript", "Votre
//!   navigateur ne prend pas en charge" and kin in 11 languages, then
//!   anything, up to 200 bytes in all ("This feature requires JavaScript" or
//!   "Enable JavaScript source maps", a help page's own words, stay);
//! - a button alone that manages consent or opens the app ("Manage
//!   preferences", "Accept & Close", "Open in app", "Get our free app");
//! - a plea to share the page, alone on its line: "If you liked this
//!   article, please share it with your friends.", "Did you like this
//!   article? Share it!";
//! - a form's message on its own line: "Thank you! Your submission has been
//!   received!", "Oops! Something went wrong while submitting the form.",
//!   a comment form's "Your email address will not be published. Required
//!   fields are marked *" (in 9 languages), a sign-up form's "No spam, we
//!   promise", "You can unsubscribe at any time", "Check your inbox to
//!   confirm your subscription", "Please enter a valid email address",
//!   "This field is for validation purposes and should be left unchanged."
//!
//! A sentence about cookies or newsletters that does not open so ("The
//! company said it uses cookies to track visitors", "He signed up for the
//! newsletter in 2019") stays, and so does a longer block that opens so: a
//! prompt is short.

use std::sync::LazyLock;

use regex::Regex;

use crate::filter::BlockRule;
use crate::text::{trim, LazyDfa};

/// Removes cookie, newsletter and subscriber prompts; see the [module docs](self).
///
/// ```
/// use unclutter::{Pipeline, text::Banners};
///
/// let p = Pipeline::builder().filter(Banners).build();
/// assert_eq!(p.clean_text("One.\n\nWe use cookies to improve your experience.\n\nTwo."), "One.\n\nTwo.");
/// assert_eq!(p.clean_text("The site said it uses cookies."), "The site said it uses cookies.");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Banners;

/// What may follow the opening of a prompt: nothing, or a character that
/// is no letter or digit and then anything. (Not `\b`: the lazy DFA of
/// [`START`] gives up on `\b` in text that is not ASCII.)
const REST: &str = r"(?:\W.*)?";

/// Openings of a cookie notice, lower-case, as alternatives of a verbose
/// pattern; each is followed by [`REST`].
const COOKIE_OPENINGS: &str = r"
      (?:we|this\s(?:web)?site|our\s(?:web)?site|this\sweb\ssite)\s(?:use|uses|are\susing|is\susing)\s(?:cookies|tracking\stechnologies)
    | by\s(?:continuing|using|browsing|clicking)[^\n]{0,80}?cookies
    | (?:strictly\s)?necessary\scookies\sare\s(?:absolutely\s|strictly\s)?(?:essential|required|needed)
    | (?:we\sand\sour|we\sand\sselected)\s(?:partners|third\sparties)\s(?:use|store)[^\n]{0,40}?cookies
    | (?:this\ssite|this\swebsite|we)\s(?:stores?|places?)\scookies
    | wir\s(?:verwenden|nutzen|setzen)\s(?:auf\sdieser\s(?:web)?seite\s)?cookies
    | diese\s(?:web)?(?:seite|site)\s(?:verwendet|nutzt)\scookies
    | nous\sutilisons\sdes\scookies
    | ce\ssite(?:\sweb|\sinternet)?\sutilise\sdes\scookies
    | (?:utilizamos|usamos)\s(?:las\s)?cookies
    | (?:este|nuestro)\s(?:sitio|site|portal)(?:\sweb)?\s(?:utiliza|usa)\s(?:las\s)?cookies
    | (?:utilizziamo|usiamo)\s(?:i\s)?cookie
    | questo\ssito(?:\sweb)?\s(?:utilizza|usa)\s(?:i\s)?cookie
    | w(?:ij|e)\sgebruiken\scookies
    | deze\s(?:web)?site\s(?:gebruikt|maakt\sgebruik\svan)\scookies
    | używamy\s(?:plików\s)?cookies?
    | (?:ta|nasza)?\s?(?:strona|serwis)(?:\sinternetowa)?\s(?:używa|wykorzystuje|korzysta\sz)\s(?:plik(?:ów|i)\s)?cookies?
    | (?:ten\s|nasz\s)(?:serwis|portal)\s(?:używa|wykorzystuje|korzysta\sz)\s(?:plik(?:ów|i)\s)?cookies?
    | (?:tento|náš)\s(?:web|webový\sserver|server)\s(?:používá|využívá)\s(?:soubory\s)?cookies?
    | (?:tyto\s|naše\s)?(?:webové\s)?stránky\s(?:používají|využívají)\s(?:soubory\s)?cookies? | používáme\s(?:soubory\s)?cookies?
    | (?:ova\s(?:web\s|internetska\s)?stranica|ovaj\s(?:web\s)?(?:sajt|site))\s(?:koristi|upotrebljava)\s(?:kolačiće|cookies?) | koristimo\skolačiće
    | (?:този\s(?:уеб)?сайт\sизползва|(?:ние\s)?използваме)\s(?:бисквитки|cookies?)
    | laman\s(?:web\s)?ini\smenggunakan\s(?:kuki|cookies?) | kami\smenggunakan\skuki
    | (?:यह|हमारी)\sवेबसाइट\s(?:कुकीज़|कुकीज|कुकी) | हम\s(?:कुकीज़|कुकीज|कुकी)\sका\s(?:उपयोग|इस्तेमाल)
    | (?:เว็บไซต์นี้|เว็บไซต์ของเรา|เรา)ใช้คุกกี้[^\n]*
    | (?:az\s|ez\sa\s)?(?:oldal|weboldal|honlap)\s(?:sütiket|cookie-kat)\shasznál
    | (?:acest\ssite|site-ul\s(?:nostru|acesta))\s(?:folosește|utilizează)\s(?:cookie|module\scookie)
    | (?:bu\s(?:web\s)?site(?:si)?|sitemiz|web\ssitemiz)\s(?:çerez(?:ler)?(?:i|den)?|cookie)
    | (?:denne\s(?:hjemmeside|side|nettside)|dette\snettsted|nettstedet)\s(?:bruger|bruker|anvender)\s(?:cookies|informasjonskapsler)
    | tämä\s(?:sivusto|verkkosivusto)\skäyttää\sevästeitä
    | (?:en\spoursuivant\svotre\snavigation|al\s(?:continuar|seguir)\snavegando|ao\scontinuar\s(?:a\snavegar|navegando)|continuando\sa\snavigare|proseguendo\sla\snavigazione|durch\sdie\s(?:weitere\s)?nutzung\s(?:dieser|unserer)\s(?:web)?(?:seite|site))[^\n]{0,80}?cookies?
    | мы\sиспользуем\s(?:файлы\s)?(?:cookies?|куки)
    | (?:этот|наш)\sсайт\sиспользует\s(?:файлы\s)?(?:cookies?|куки)
    | vi\s(?:använder|bruger|bruker)\s(?:oss\sav\s)?(?:cookies|kakor|informasjonskapsler)
    | käytämme\sevästeitä
    | (?:esta|nuestra)\s(?:web|página(?:\sweb)?)\s(?:utiliza|usa)\s(?:las\s)?cookies
    | (?:denna\s(?:webbplats|webbsida|sida)|webbplatsen|vi)\s(?:använder|nyttjar)\s(?:sig\sav\s)?(?:cookies|kakor)
    | (?:αυτός\sο\s(?:ιστότοπος|ιστοχώρος)|ο\sιστότοπος\sμας|χρησιμοποιούμε)\s(?:χρησιμοποιεί\s)?cookies
    | (?:цей\sсайт\sвикористовує|ми\sвикористовуємо)\s(?:файли\s)?(?:cookie|куки)
    | (?:aquest\s(?:lloc\s)?web|aquest\slloc)\s(?:utilitza|fa\sservir)\s(?:galetes|cookies) | utilitzem\s(?:galetes|cookies)
    | (?:situs|website)(?:\sweb)?\sini\smenggunakan\scookie | kami\smenggunakan\scookie
    | (?:trang\sweb|website)\snày\ssử\sdụng\scookie | chúng\stôi\ssử\sdụng\scookie
    | (?:يستخدم\sهذا\sالموقع|نستخدم|يستخدم\sموقعنا)\s(?:ملفات\s)?(?:تعريف\sالارتباط|الكوكيز|كوكيز)
    | (?:אתר\sזה|האתר)\s(?:משתמש|עושה\sשימוש)\s(?:ב|בקבצי\s)(?:עוגיות|cookies) | אנו\sמשתמשים\s(?:ב|בקבצי\s)(?:עוגיות|cookies)
    | (?:本网站|本站|我们|本網站|本站台|我們)(?:使用|采用|使用了)\s?cookie[^\n]*
    | (?:当|本|この)(?:ウェブ)?サイト(?:では|は)\s?(?:cookie|クッキー)を(?:使用|利用)[^\n]*
    | (?:이\s|당\s)?(?:웹\s?사이트|사이트)(?:는|에서는)\s쿠키를\s사용[^\n]*
";

/// Openings of a newsletter or subscriber prompt, as [`COOKIE_OPENINGS`].
const SIGNUP_OPENINGS: &str = r"
      (?:sign\s(?:me\s)?up|subscribe|register|join|enrol)\s(?:now\s|today\s)?(?:to|for)?\s?(?:our|the)\s(?:free\s)?(?:[\w'’-]+\s){0,3}?(?:newsletters?|mailing\slist|e-?mail\s(?:list|alerts|updates|newsletter))
    | (?:get|receive)\s(?:our|the)\s(?:free\s)?(?:[\w'’-]+\s){0,3}?newsletters?
    | enter\syour\se-?mail
    | sign\sup\s(?:now\s|today\s)?to\s(?:receive|get)\s(?:our|the)\s(?:[\w'’-]+\s){0,3}?(?:newsletters?|news|stories|updates|headlines|alerts|e-?mails|articles|posts)
    | join\s[\d,.]+k?\+?\s(?:other\s)?(?:readers|subscribers|others|people)\s(?:who|and|for|to)
    | don['’]t\smiss\sout!?\s(?:sign\sup|subscribe)
    | (?:get|receive)\s(?:breaking\snews|e-?mail)\s(?:alerts|updates)
    | sign\sup\sfor\s(?:breaking\snews\s)?(?:alerts|e-?mail\salerts|e-?mail\supdates)
    | stay\s(?:informed|up\sto\sdate|in\sthe\sknow)\swith\sour\s(?:free\s)?(?:daily\s|weekly\s)?newsletter
    | by\s(?:signing\sup|subscribing|registering|clicking\s[^\n]{1,30}?),?\syou\s(?:agree|consent|acknowledge|accept)
    | thank(?:s|\syou)\sfor\s(?:subscribing|signing\sup)
    | you(?:'re|’re|\sare)\s(?:now\s)?subscribed
    | (?:subscribe|sign\sup|log\sin|register)(?:\s(?:for\sfree|now|today))?\sto\s(?:continue|keep)\sreading
    | already\sregistered\?
    | want\smore\s[^\n]{1,40}?\?\s(?:sign\sup|subscribe)
    | already\sa\s(?:subscriber|member)\? | already\shave\san\saccount\?
    | déjà\sabonné(?:e)?\s?\? | (?:bereits|schon)\s(?:abonniert|abonnent(?:in)?)\? | ¿ya\s(?:eres|es)\s(?:suscriptor|suscriptora|abonado)\?
    | sei\sgià\sabbonato\? | já\sé\sassinante\?
    | (?:create|register\sfor)\sa\sfree\saccount\sto\s(?:continue|keep)\sreading
    | you\shave\s(?:\d+|one|two|three)\sfree\s(?:articles?|stories|stor(?:y|ies))\s(?:left|remaining)
    | you(?:'ve|’ve|\shave)\sreached\syour\s(?:monthly\s)?(?:free\s(?:article\s|story\s)?limit|(?:article|story)\slimit|limit\sof\s(?:free\s)?(?:articles|stories))
    | subscribe\sfor\s(?:just\s|only\s)?[$€£]\d
    | this\s(?:article|story|content)\sis\s(?:only\s)?(?:available\s|exclusive\s|reserved\s)?(?:for|to)\s(?:paying\s)?(?:[\w+]+\s)?(?:subscribers|members)
    | (?:for\s)?(?:subscribers|members)\sonly(?:\s(?:content|article|story))?\s?[:.!|–—-]
    | unlock\s(?:this|the\sfull|the\srest\sof\sthis)\s(?:article|story)
    | (?:to\s)?(?:continue|keep)\sreading,\s(?:please\s)?(?:subscribe|sign\sin|log\sin|register)
    | (?:subscribe\s(?:now\s|today\s)?(?:for|to\sget)|get)\sunlimited\s(?:digital\s)?access
    | (?:dieser\s(?:artikel|beitrag|inhalt)\sist\s(?:nur\s|exklusiv\s)?für\s(?:abonnenten|abonnentinnen)|(?:jetzt\s)?weiterlesen\smit\s[^\n]{0,20}?(?:plus|abo))
    | (?:cet\s)?article\s(?:est\s)?réservé\saux\sabonnés
    | este\s(?:artículo|contenido)\ses\sexclusivo\spara\s(?:suscriptores|abonados)
    | (?:questo\s)?(?:articolo|contenuto)\s(?:è\s)?riservato\sagli\sabbonati
    | (?:este\s)?conteúdo\s(?:é\s)?exclusivo\spara\sassinantes
    | sie\shaben\s(?:bereits|schon)\sein\s(?:abo|abonnement|konto)\?
    | il\svous\sreste\s\d{1,3}\s?%\sde\scet\sarticle\sà\slire
    | (?:dit\s)?(?:artikel|stuk)\s(?:is\s)?(?:alleen|exclusief)\svoor\s(?:abonnees|leden)
    | (?:ten\s)?(?:artykuł|materiał)\s(?:jest\s)?dostępny\s(?:tylko|wyłącznie)\sdla\s(?:subskrybentów|prenumeratorów|abonentów)
    | (?:этот\s)?(?:материал|статья|контент)\sдоступ(?:ен|на)\sтолько\s(?:для\s)?подписчик(?:ам|ов)
    | bu\s(?:içerik|haber|makale)\s(?:sadece|yalnızca)\sabonelere\sözel(?:dir)?
    | konten\sini\skhusus\s(?:untuk\s)?(?:pelanggan|member|anggota)
    | この記事は(?:有料)?会員(?:限定|のみ)[^\n]* | 本文为付费内容[^\n]* | 이\s기사는\s유료\s?회원\s전용[^\n]*
    | we\srely\son\s(?:readers|supporters|donations|people)\slike\syou
    | (?:jetzt\s)?(?:zum|für\sden|für\sunseren)\snewsletter\sanmelden
    | abonnieren\ssie\s(?:jetzt\s)?(?:unseren|den)\s(?:kostenlosen\s)?newsletter | jetzt\s(?:den\s)?newsletter\s(?:abonnieren|bestellen)
    | newsletter\s(?:abonnieren|bestellen)\s(?:und|&)\s[^\n]{0,40}?(?:verpassen|informiert|erfahren)
    | melden\ssie\ssich\s[^\n]{0,30}?newsletter\san
    | (?:abonnez|inscrivez)-vous\sà\s(?:notre|la)\snewsletter
    | (?:suscr[ií]b(?:e|ete|ase)|reg[ií]strate)\s(?:a|en)\s(?:nuestr[oa]|la|el)\s(?:newsletter|bolet[ií]n)
    | iscriviti\salla\s(?:nostra\s)?newsletter
    | (?:assine|inscreva-se\s(?:em|n[ao]))\s(?:a\s)?(?:nossa\s)?newsletter
    | (?:schrijf\sje\sin|meld\sje\saan|abonneer\s(?:je\s)?op)\s(?:voor\s)?(?:onze|de)\snieuwsbrief
    | zapisz\ssię\s(?:do|na)\s(?:naszego\s)?newslett?era?
    | (?:подпишитесь|подписаться)\sна\s(?:нашу\s)?(?:новостную\s|email-|e-mail\s)?рассылку
    | (?:подписывайтесь|подпишитесь|підписуйтесь|підпишіться)\sна\sнаш\s(?:канал|telegram|телеграм|youtube)
    | abonnez-vous\sà\snotre\s(?:chaîne|compte|canal)
    | prenumerera\spå\s(?:vårt\s)?nyhetsbrev
    | melde\s(?:dich|euch)\s[^\n]{0,30}?newsletter\san
    | (?:e-?)?bülten(?:imiz)?e\sabone\sol(?:un)?
    | εγγραφείτε\sστο\s(?:newsletter|ενημερωτικό\sδελτίο)
    | (?:订阅|訂閱)(?:我们的|我們的)?(?:新闻通讯|电子报|電子報|邮件|newsletter)[^\n]*
    | (?:ニュースレター|メルマガ|メールマガジン)(?:に|の|を)?(?:登録|購読)[^\n]*
    | 뉴스레터\s?(?:구독|신청)[^\n]*
    | اشترك\sفي\s(?:نشرتنا|النشرة)
    | (?:הירשמו|הרשמו|הרשמה)\sל(?:ניוזלטר|עדכונים|דיוור)
    | berlangganan\s(?:newsletter|buletin)
    | đăng\ský\snhận\s(?:bản\stin|tin)
    | subscriu-te\s(?:al|a\sla)\s(?:nostre\s|nostra\s)?(?:butlletí|newsletter)
    | tilaa\s(?:uutiskirje|uutiskirjeemme)
    | (?:न्यूज़लेटर|न्यूजलेटर)\s(?:के\sलिए\s)?(?:सदस्यता\sलें|सब्सक्राइब\sकरें)
    | (?:přihlaste\sse\sk\sodběru|odebírejte)\s(?:našeho\s)?newsletter(?:u)?
    | iratkozz(?:on)?\sfel\s(?:a\s)?hírlevel(?:ünkre|re)
    | abonează-te\sla\snewsletter(?:ul\snostru)?
    | підпишіться\sна\s(?:нашу\s)?розсилку
    | (?:tilmeld\sdig|meld\sdeg\spå|abonner\spå)\s(?:vores\s|vårt\s)?(?:nyhedsbrev|nyhetsbrev)
    | (?:get|have)\s[^\n]{0,60}?\s(?:delivered|sent)\s(?:straight\s|directly\s|right\s)?to\syour\sinbox
    | (?:click|tap)\shere\sto\s(?:subscribe|sign\sup)
    | subscribe\sto\s(?:our|my)\s(?:youtube|telegram|whatsapp)\s(?:channel|group)
    | (?:have|got)\sa\s(?:news\s|story\s)?tip\?
    | subscribe\sto\sget\s(?:the\s)?(?:latest\s|new\s)?(?:posts|articles|stories|updates)\s(?:sent|delivered)\sto\syour\s(?:e-?mail|inbox)
    | (?:join|sign\sup\sfor)(?:\s[\w'’-]+){0,2}\sfor\sfree\sto\s(?:get|receive)\s(?:updates|stories|new\sposts)
";

/// Openings of the browser's or the page's notice that a script, a frame
/// or a player did not run, as [`COOKIE_OPENINGS`].
const BROWSER_OPENINGS: &str = r"
      please\s(?:enable|turn\son|activate|allow)\sjavascript
    | (?:enable|turn\son|activate|allow)\sjavascript\s(?:in\syour\sbrowser\s)?to\s(?:view|use|see|continue|run|display|access|play|comment|read)
    | javascript\s(?:is\s)?(?:currently\s)?(?:disabled|not\senabled|turned\soff)
    | javascript\s(?:is\s)?required\sto\s(?:view|use|run|display|see|play|access)
    | you\s(?:need|must|have)\sto\s(?:enable|turn\son|activate|allow)\sjavascript
    | this\s(?:site|website|page)\s(?:requires|needs)\sjavascript
    | (?:your|this)\s(?:web\s)?browser\s(?:does\snot|doesn't|doesn’t|cannot|can't|can’t)\s(?:support|play|display)\s(?:the\s|this\s)?(?:html5\s|embedded\s|inline\s)?(?:video|audio|iframes?|frames|javascript|pdfs?|svg|content)
    | (?:sorry,\s)?your\s(?:web\s)?browser\sis\s(?:not\ssupported|out\sof\sdate|outdated)
    | (?:please\s)?(?:update|upgrade)\syour\s(?:web\s)?browser\s(?:to\s(?:take\sadvantage|improve|enjoy|view|see|use)|for\s(?:a\sbetter|the\sbest|an\soptimal|a\smore\ssecure))
    | (?:it\slooks\slike\s|we\snoticed\s(?:that\s)?)?you(?:\sare|['’]re)\susing\san?\s(?:outdated|old|older|unsupported|out[\s-]of[\s-]date|obsolete|legacy)\s(?:version\sof\s(?:your\s)?|web\s)?browser
    | it\slooks\slike\syou(?:\sare|['’]re)\susing\s(?:an?\s(?:old|older|outdated)\sversion\sof\s)?internet\sexplorer
    | (?:for\sthe\sbest\sexperience,?\s)?please\s(?:use|switch\sto)\sa\s(?:modern|supported|newer|more\srecent)\s(?:web\s)?browser
    | this\s(?:slideshow|gallery|video\splayer|map)\srequires\sjavascript
    | bitte\s(?:aktivieren\ssie|aktiviere)\s(?:das\s)?javascript | javascript\sist\s(?:deaktiviert|ausgeschaltet)
    | ihr\sbrowser\sunterstützt\s(?:kein|keine|nicht)
    | veuillez\sactiver\s(?:le\s)?javascript | javascript\sest\s(?:désactivé|requis)
    | votre\snavigateur\sne\s(?:prend\spas\sen\scharge|supporte\spas)
    | por\sfavor,?\s(?:habilita|activa|habilite|active|ative)\s(?:el\s|o\s)?javascript | javascript\sestá\s(?:desactivado|deshabilitado|desativado)
    | (?:tu|su|seu)\snavegador\s(?:no|não)\s(?:admite|soporta|es\scompatible|suporta)
    | (?:per\sfavore,?\s)?(?:abilita|attiva)\s(?:il\s)?javascript\s(?:nel\stuo\sbrowser\s)?per\s(?:visualizzare|vedere|usare|continuare) | javascript\sè\s(?:disabilitato|disattivato) | il\stuo\sbrowser\snon\ssupporta
    | (?:ative|habilite)\so\sjavascript\s(?:no\sseu\snavegador\s)?para\s(?:ver|visualizar|usar|continuar|acessar)
    | schakel\sjavascript\sin\s(?:om|in\sje\sbrowser) | javascript\sis\suitgeschakeld | (?:je|uw)\sbrowser\sondersteunt\s(?:geen|dit\sniet)
    | (?:пожалуйста,\s)?включите\sjavascript | ваш\sбраузер\sне\sподдерживает
    | włącz\sjavascript\s(?:w\sprzeglądarce|aby) | twoja\sprzeglądarka\snie\sobsługuje
    | (?:请|請)(?:启用|啟用|开启|開啟)\s?javascript | (?:您的|你的)?(?:浏览器|瀏覽器)不支持
    | javascript\s?を有効に | お使いのブラウザ(?:は|では)
";

/// Buttons, links and headers that are a prompt on their own line.
const ALONE: &str = r"
      (?:accept|allow|reject|decline|refuse|deny|manage|customi[sz]e)\s(?:all\s|necessary\s|only\snecessary\s|essential\s)?(?:cookies?|cookie\s(?:settings|preferences))
    | (?:alle\s)?cookies\s(?:akzeptieren|ablehnen|zulassen) | (?:nur\s)?(?:notwendige|essenzielle|erforderliche)\scookies(?:\s(?:akzeptieren|zulassen|erlauben))?
    | (?:accepter|refuser)\s(?:tous\s)?les\scookies
    | (?:aceptar|rechazar)\s(?:todas\s)?(?:las\s)?cookies
    | (?:accept|reject|allow|deny)\sall | alle\s(?:akzeptieren|ablehnen|annehmen|zulassen) | tout\s(?:accepter|refuser)
    | (?:aceptar|rechazar)\stod(?:o|as) | (?:accetta|rifiuta)\stutt[io] | (?:aceitar|rejeitar)\s(?:todos|tudo)
    | (?:alles|alle)\s(?:cookies\s)?(?:accepteren|weigeren) | accepteer\salle | (?:godkänn|acceptera|avvisa)\salla | (?:hyväksy|hylkää)\skaikki
    | (?:zaakceptuj|akceptuj|odrzuć)\swszystkie | (?:přijmout|odmítnout)\svše | (?:prijať|odmietnuť)\svšetko
    | (?:принять|отклонить|прийняти|відхилити)\sвсе | (?:tümünü\s)?kabul\set | αποδοχή\sόλων | απόρριψη\sόλων
    | (?:全部接受|接受全部|全部拒绝|全部同意) | (?:すべて|全て)(?:同意|許可|受け入れる|拒否) | 모두\s?(?:동의|허용|수락|거부)
    | (?:قبول|رفض)\sالكل | (?:אישור|קבל|אשר)\sהכל | (?:terima|tolak)\ssemua | chấp\snhận\stất\scả | acceptă\stoate | összes\selfogadása
    | newsletters?(?:\s(?:sign[\s-]?up|signup|subscription|abonnieren|bestellen|anmelden))?
    | (?:free\s)?(?:daily\s|weekly\s)?newsletter\ssign[\s-]?up
    | jetzt\s(?:kostenlos\s)?registrieren
    | download\sour\s(?:free\s)?(?:mobile\s)?app(?:\snow|\stoday|\sfor\sfree)?
    | we\s(?:value|care\sabout|respect)\syour\sprivacy
    | do\snot\ssell(?:\sor\sshare)?\smy\spersonal\sinformation
    | support\s(?:independent|quality|local|our)\sjournalism
    | donate\s(?:now|today)
    | manage\s(?:preferences|consent|privacy\spreferences) | accept\s(?:&|and)\sclose
    | sign\sup\sfor\sfree | never\smiss\sa\s(?:story|thing|post|beat|headline|update)
    | (?:turn\son|enable|allow)\s(?:push\s)?notifications | subscribe\sto\s(?:push\s)?notifications
    | (?:open|view|continue|read)\sin\s(?:the\s)?app | get\sour\s(?:free\s)?(?:mobile\s)?app
    | (?:(?:did\syou\s(?:like|enjoy)|(?:if\syou\s)?(?:liked|enjoyed)|found)\sthis(?:\s(?:article|story|post|page))?(?:\s(?:useful|helpful|interesting))?\s?[?,]\s(?:please\s|then\s)?)?share\s(?:it|this(?:\s(?:article|story|post))?)\swith\s(?:your\s)?(?:friends|family|colleagues|others)(?:\s(?:and|&)\s(?:family|friends|colleagues))?
    | (?:did\syou\s(?:like|enjoy)|found)\sthis(?:\s(?:article|story|post))?(?:\s(?:useful|helpful))?\?\sshare\sit
";

/// A form's own messages, on their own line: what it says once sent or
/// when sending failed, and the label of a field for robots, which a page
/// holds hidden until a script needs it.
const FORM: &str = r"
      thank\s(?:you|s)!?\s(?:your\ssubmission\shas\sbeen\sreceived|for\syour\ssubmission)
    | oops!?\ssomething\swent\swrong(?:\swhile\ssubmitting\sthe\sform)?
    | this\sfield\sis\sfor\svalidation\spurposes\sand\sshould\sbe\sleft\sunchanged
    | (?:your\s)?email\saddress\swill\snot\sbe\spublished\.?(?:\s(?:required\sfields\sare\smarked|all\sfields\sare\srequired)\s?\*?)?
    | required\sfields\sare\smarked\s?\*
    | (?:we\s(?:will\s)?never\sshare\syour\s(?:email|e-mail)(?:\saddress)?(?:\swith\sanyone)?|no\sspam(?:,\s(?:we\spromise|ever))?)(?:[.!]\s(?:unsubscribe|you\scan\sunsubscribe)\sat\sany\stime)?
    | (?:you\scan\s)?unsubscribe\sat\sany\stime
    | check\syour\s(?:inbox|email)\sto\s(?:confirm|complete|verify)\syour\s(?:subscription|sign-?up|email(?:\saddress)?)
    | (?:please\senter\sa\svalid|invalid)\se-?mail(?:\saddress)?
    | save\smy\sname,\semail,\sand\swebsite\sin\sthis\sbrowser\sfor\sthe\snext\stime\si\scomment
    | (?:deine|ihre)\se-mail-adresse\swird\snicht\sveröffentlicht\.?(?:\serforderliche\sfelder\ssind\smit\s\*\smarkiert)?
    | votre\sadresse\s(?:e-?mail|de\smessagerie)\sne\ssera\spas\spubliée\.?(?:\sles\schamps\sobligatoires\ssont\sindiqués\savec\s\*)?
    | tu\sdirección\sde\scorreo\selectrónico\sno\sserá\spublicada\.?(?:\slos\scampos\sobligatorios\sestán\smarcados\scon\s\*)?
    | il\stuo\sindirizzo\s(?:e-?mail|email)\snon\ssarà\spubblicato\.?(?:\si\scampi\sobbligatori\ssono\scontrassegnati\s\*)?
    | o\sseu\sendereço\s(?:de\s)?e-?mail\snão\sserá\spublicado\.?(?:\scampos\sobrigatórios\ssão\smarcados\scom\s\*)?
    | (?:je|uw)\se-?mailadres\swordt\sniet\sgepubliceerd\.?(?:\svereiste\svelden\szijn\sgemarkeerd\smet\s\*)?
    | ваш\s(?:адрес\s)?e-?mail\sне\sбудет\sопубликован\.?(?:\sобязательные\sполя\sпомечены\s\*)?
    | twój\sadres\s(?:e-?mail|email)\snie\szostanie\sopublikowany\.?(?:\swymagane\spola\ssą\soznaczone\s\*)?
    | this\ssite\sis\sprotected\sby\srecaptcha\sand\sthe\sgoogle\sprivacy\spolicy\sand\sterms\sof\sservice\sapply
";

/// The longest cookie notice, and the longest other prompt, in bytes.
const COOKIE_LIMIT: usize = 600;
const SIGNUP_LIMIT: usize = 300;
/// The longest browser or script notice, in bytes: a notice is a line, and
/// a longer text that opens so is about browsers.
const BROWSER_LIMIT: usize = 200;

/// What every prompt starts with: a gate before the regexes, which turns
/// away most text at its first byte or two.
static START: LazyLock<LazyDfa> = LazyLock::new(|| {
    LazyDfa::new(&format!(r"(?ix)^(?:{COOKIE_OPENINGS}|{SIGNUP_OPENINGS}|{BROWSER_OPENINGS}|{ALONE}|{FORM})"))
});

static COOKIE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?isx)^(?:{COOKIE_OPENINGS}){REST}$")).expect("static pattern"));

static SIGNUP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?isx)^(?:{SIGNUP_OPENINGS}){REST}$")).expect("static pattern"));

static BROWSER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?isx)^(?:{BROWSER_OPENINGS}){REST}$")).expect("static pattern"));

static ALONE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?ix)^(?:{ALONE})\s*[.:!]?$")).expect("static pattern"));

static FORM_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?ix)^(?:{FORM})\s*[.:!]?$")).expect("static pattern"));

/// "We use cookies" and more: a cookie notice says what for, in words of
/// the web, where a recipe that uses cookies says none.
static WE_USE_COOKIES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^we\s(?:use|are\susing)\scookies[\s.!,:;]*[^\s.!,:;]").expect("static pattern"));

static WEB_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\W)(?:site|sites|website|websites|web|browser|browsing|experience|consent|accept|agree|privacy|polic(?:y|ies)|settings|analytics|traffic|content|ads|advertising|advertisements?|personali[sz]\w*|preferences|partners|third[- ]part\w*|services?|visit\w*|online|improve|functionality|data|technologies|tracking|track|usage|users?)(?:\W|$)")
        .expect("static pattern")
});

/// Why `text`, a whole block or line, is a prompt, if it is one.
pub(crate) fn prompt(text: &str) -> Option<&'static str> {
    let t = trim(text).trim_start_matches(['•', '*', '-', '»', '>', ' ']);
    if t.is_empty() || t.len() > COOKIE_LIMIT || !START.matches_start(t) {
        return None;
    }
    if COOKIE.is_match(t) && (!WE_USE_COOKIES.is_match(t) || WEB_WORDS.is_match(t)) {
        Some("cookie notice")
    } else if t.len() <= SIGNUP_LIMIT && SIGNUP.is_match(t) {
        Some("newsletter or subscriber prompt")
    } else if t.len() <= BROWSER_LIMIT && BROWSER.is_match(t) {
        Some("browser or script notice")
    } else if ALONE_RE.is_match(t) {
        Some("cookie or newsletter button")
    } else if FORM_RE.is_match(t) {
        Some("form message")
    } else {
        None
    }
}

impl BlockRule for Banners {
    fn name(&self) -> &str {
        "banners"
    }

    fn verdict(&self, block: &str) -> Option<&'static str> {
        prompt(block)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> String {
        crate::testing::clean_with(Banners, text)
    }

    #[test]
    fn the_first_bytes_tables_agree_with_the_dfa() {
        START.assert_byte_tables_agree();
    }

    #[test]
    fn the_gate_lets_through_every_prompt_the_regexes_find() {
        let parts = [
            "We use cookies",
            "Newsletter",
            " ",
            ".",
            "Sign up for our newsletter",
            "x",
            "é",
            "\n",
            "Accept all cookies",
            "Oops! Something went wrong",
            "Please enable JavaScript",
            "Your browser does not support the video tag",
        ];
        for t in crate::testing::every_text(&parts, 3, "") {
            let t = t.as_str();
            let found = COOKIE.is_match(t)
                || SIGNUP.is_match(t)
                || BROWSER.is_match(t)
                || ALONE_RE.is_match(t)
                || FORM_RE.is_match(t);
            assert!(!found || START.matches_start(t), "{t:?}");
        }
    }

    #[test]
    fn removes_prompts() {
        for p in [
            "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
            "We use cookies.",
            "We use cookies and similar technologies to understand how you use our site.",
            "This website uses cookies to ensure you get the best experience on our website. Learn more\nGot it!",
            "By continuing to use this site, you consent to the use of cookies.",
            "Necessary cookies are absolutely essential for the website to function properly.",
            "Мы используем cookies для улучшения работы сайта.",
            "Nur notwendige Cookies",
            "Alle cookies accepteren",
            "Подписаться на рассылку",
            "If you liked this article, please share it with your friends.",
            "Did you like this article? Share it!",
            "Found this useful? Share it with your friends.",
            "Accept all cookies",
            "Manage cookie settings",
            "Sign up for our newsletter",
            "Subscribe to our daily newsletter to get the latest news delivered to your inbox.",
            "SIGN UP FOR THE MORNING BRIEFING NEWSLETTER",
            "Enter your email address",
            "By signing up, you agree to our Terms of Use and Privacy Policy.",
            "Thanks for subscribing!",
            "Get the latest news delivered to your inbox",
            "Get our best stories sent straight to your inbox every morning.",
            "Click here to subscribe",
            "Subscribe to our YouTube channel",
            "Have a news tip? Email us at tips@example.com",
            "Subscribe to get the latest posts sent to your email.",
            "Join Medium for free to get updates from this writer.",
            "Download our app",
            "Subscribe to continue reading",
            "Already a subscriber? Log in",
            "This article is only available to subscribers.",
            "Subscribers only: Unlock this story for $1",
            "This story is exclusive to Times+ subscribers",
            "Members only. Log in to read on.",
            "Unlock this article with a free account",
            "To continue reading, subscribe now.",
            "Subscribe now for unlimited digital access",
            "Get unlimited access to our journalism for 99 cents",
            "Dieser Artikel ist nur für Abonnenten verfügbar.",
            "Weiterlesen mit SZ Plus",
            "Cet article est réservé aux abonnés.",
            "Este contenido es exclusivo para suscriptores.",
            "Articolo riservato agli abbonati",
            "Weiterlesen mit Abo",
            "Sie haben bereits ein Abo? Hier anmelden",
            "Il vous reste 80% de cet article à lire.",
            "Questo articolo è riservato agli abbonati.",
            "Dit artikel is alleen voor abonnees.",
            "Этот материал доступен только подписчикам.",
            "この記事は有料会員限定です。",
            "We rely on readers like you. Please consider a donation.",
            "Conteúdo exclusivo para assinantes",
            "Newsletter",
            "• Newsletter sign-up",
            "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
            "Newsletter abonnieren",
            "Jetzt zum Newsletter anmelden",
            "Nous utilisons des cookies pour vous garantir la meilleure expérience.",
            "Inscrivez-vous à notre newsletter",
            "Utilizamos cookies propias y de terceros.",
            "Suscríbete a nuestro boletín",
            "Iscriviti alla newsletter",
            "Assine nossa newsletter",
            "Wij gebruiken cookies om de website te verbeteren.",
            "Schrijf je in voor onze nieuwsbrief",
            "Używamy plików cookie.",
            "Мы используем файлы cookie.",
            "Подпишитесь на нашу рассылку",
            "Подписывайтесь на наш канал в Telegram",
            "Підписуйтесь на наш Telegram-канал",
            "Abonnez-vous à notre chaîne Telegram",
            "Vi använder cookies för att ge dig en bättre upplevelse.",
            "Ten serwis wykorzystuje pliki cookies.",
            "Używamy plików cookies.",
            "Strona korzysta z plików cookies.",
            "Tento web používá soubory cookie.",
            "Az oldal sütiket használ.",
            "Acest site folosește cookie-uri.",
            "Bu web sitesi çerezler kullanır.",
            "Bu web sitesi çerezleri kullanmaktadır.",
            "Deze website maakt gebruik van cookies.",
            "Denne hjemmeside bruger cookies.",
            "Tämä sivusto käyttää evästeitä.",
            "Tyto webové stránky používají soubory cookies.",
            "Ova stranica koristi kolačiće.",
            "Този сайт използва бисквитки.",
            "Laman web ini menggunakan kuki.",
            "यह वेबसाइट कुकीज़ का उपयोग करती है।",
            "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์ของคุณ",
            "न्यूज़लेटर के लिए सदस्यता लें",
            "En poursuivant votre navigation, vous acceptez l'utilisation de cookies.",
            "Al continuar navegando, aceptas el uso de cookies.",
            "Durch die Nutzung dieser Website stimmen Sie der Verwendung von Cookies zu.",
            "Accept all",
            "Alle akzeptieren",
            "Tout accepter",
            "Abonnieren Sie unseren Newsletter",
            "Jetzt Newsletter abonnieren",
            "Newsletter abonnieren und keine Nachricht mehr verpassen!",
            "Already have an account? Sign in",
            "Déjà abonné ? Se connecter",
            "Bereits Abonnent? Hier anmelden",
            "Create a free account to continue reading",
            "You have 3 free articles remaining this month.",
            "You've reached your limit of free articles.",
            "Subscribe for $1 a week",
            "We value your privacy",
            "Do not sell or share my personal information",
            "Support independent journalism",
            "Donate now",
            "Thank you! Your submission has been received!",
            "Oops! Something went wrong while submitting the form.",
            "This field is for validation purposes and should be left unchanged.",
            "Esta web utiliza cookies propias y de terceros. Si continúa navegando, acepta su uso.",
            "Denna webbplats använder cookies. Genom att fortsätta godkänner du vår användning av cookies.",
            "Αυτός ο ιστότοπος χρησιμοποιεί cookies. Συνεχίζοντας, αποδέχεστε τη χρήση τους.",
            "Цей сайт використовує файли cookie. Продовжуючи, ви погоджуєтеся з їх використанням.",
            "本网站使用Cookie以改善您的体验。继续浏览即表示您同意我们使用Cookie。",
            "当サイトではCookieを使用しています。引き続き閲覧することで、Cookieの使用に同意したものとみなされます。",
            "이 웹사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.",
            "يستخدم هذا الموقع ملفات تعريف الارتباط. بمواصلة التصفح، فإنك توافق على استخدامها.",
            "אתר זה משתמש בעוגיות. המשך הגלישה מהווה הסכמה לשימוש בעוגיות.",
            "Situs ini menggunakan cookie. Dengan melanjutkan, Anda menyetujui penggunaan cookie.",
            "Trang web này sử dụng cookie. Bằng cách tiếp tục, bạn đồng ý với việc sử dụng cookie.",
            "Aquest lloc web utilitza galetes. Si continueu navegant, accepteu el seu ús.",
            "Aceptar todas",
            "Alles accepteren",
            "Godkänn alla",
            "Hyväksy kaikki",
            "Zaakceptuj wszystkie",
            "Přijmout vše",
            "Принять все",
            "Tümünü kabul et",
            "すべて同意",
            "Melde dich für unseren Newsletter an",
            "Bültenimize abone olun",
            "Εγγραφείτε στο newsletter μας",
            "订阅我们的新闻通讯",
            "ニュースレターに登録",
            "뉴스레터 구독하기",
            "اشترك في نشرتنا الإخبارية",
            "הירשמו לניוזלטר שלנו",
            "Berlangganan newsletter kami",
            "Đăng ký nhận bản tin",
            "Subscriu-te al nostre butlletí",
            "Article réservé aux abonnés",
            "Jetzt kostenlos registrieren",
            "Register for free to continue reading",
            "Already registered? Log in",
            "Want more stories like this? Sign up for our newsletter.",
            "We care about your privacy",
            "Support our journalism",
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
            "Please enable JavaScript to view the comments powered by Disqus.",
            "JavaScript is disabled in your browser.",
            "You need to enable JavaScript to run this app.",
            "This site requires JavaScript.",
            "Your browser does not support the video tag.",
            "Your browser doesn't support HTML5 video.",
            "Sorry, your browser is not supported.",
            "Bitte aktivieren Sie JavaScript, um diese Seite zu sehen.",
            "Veuillez activer JavaScript pour afficher ce contenu.",
            "Por favor, habilita JavaScript para ver los comentarios.",
            "Tu navegador no soporta el elemento de video.",
            "Seu navegador não suporta vídeos HTML5.",
            "Il tuo browser non supporta il video.",
            "Пожалуйста, включите JavaScript.",
            "Ваш браузер не поддерживает видео.",
            "请启用JavaScript",
            "Please update your browser to take advantage of the latest technology security enhancements.",
            "You are using an outdated browser. Please upgrade your browser to improve your experience.",
            "It looks like you're using Internet Explorer 11 or older.",
            "For the best experience, please use a modern browser such as Chrome, Firefox or Edge.",
            "This slideshow requires JavaScript.",
            "Manage preferences",
            "Accept & Close",
            "Open in app",
            "Get our free app",
            "Your email address will not be published. Required fields are marked *",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Sign up to receive our newsletter",
            "Sign up to get the latest news in your inbox every morning.",
            "Join 50,000 readers who get our newsletter",
            "Don't miss out! Sign up for our newsletter.",
            "Get breaking news alerts",
            "Stay informed with our newsletter",
            "Sign up for free",
            "Never miss a story",
            "Turn on notifications",
            "We will never share your email.",
            "No spam, we promise. Unsubscribe at any time.",
            "You can unsubscribe at any time.",
            "Check your inbox to confirm your subscription.",
            "Please enter a valid email address.",
            "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
            "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
            "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
        ] {
            assert_eq!(clean(&format!("One.\n\n{p}\n\nTwo.")), "One.\n\nTwo.", "{p:?}");
        }
        // A prompt on a line of its own inside a block.
        assert_eq!(clean("One.\nSign up for our newsletter\nTwo."), "One.\nTwo.");
    }

    #[test]
    fn keeps_look_alikes() {
        for t in [
            "The company said it uses cookies to track visitors across sites.",
            "He signed up for the newsletter in 2019 and never read it.",
            "Cookies are small files that websites store on your computer.",
            "Notwendige Cookies sind für den Betrieb der Seite unerlässlich.",
            "We use cookie cutters to shape the dough.",
            "We use cookies and milk in this recipe.",
            "We use cookies, cream and coffee for the tiramisu.",
            "Newsletters have become a business of their own.",
            "Subscribers to the newsletter grew by 40% last year.",
            "“We use cookies to improve the service,” the company said.",
            "Newsletter editors met in Berlin.",
            "Cookie policy",
            "Подписывайтесь на канал, сказал блогер, и он вырос.",
            "Accept all the terms, the lawyer advised.",
            "Strona korzysta z danych GUS.",
            "En poursuivant votre navigation sur ce site, vous verrez la carte.",
            "Privacy settings",
            "Download the app from the store and open it.",
            "Members join the club for free to get a feel for it.",
            "Download our app for the full report, the company urged investors in a statement on Monday.",
            "Get the report delivered, she said.",
            "Have a tip for the waiter? She left ten dollars.",
            "Oops! Something went wrong with the launch, and the rocket fell back.",
            "Thank you for your submission to the committee, the chair wrote.",
            "Subscribers only get the paper on Sundays now, the publisher said.",
            "Members only want lower fees, the union said.",
            "Support independent journalism, the editor urged readers in her column on Sunday.",
            "We value your privacy and your time, the bank said in a letter to customers.",
            "Donate now or never, the campaign said.",
            "You have reached your limit, the coach told him after the third foul.",
            "Unlocking the story of the ancient city took decades of digging.",
            "To continue reading the old letters, she learned Latin.",
            "Google和Facebook使用Cookie追踪用户。",
            "Kabul ettiğini söyledi.",
            "Forskarna sa att webbplatsen använder cookies för att mäta trafiken.",
            "JavaScript is required for most modern web applications to work.",
            "This feature requires JavaScript and a recent browser.",
            "If your browser does not support WebGL, the demo falls back to a static image.",
            "Your browser does not support every CSS feature, the tester found, and several pages rendered badly.",
            "Enable JavaScript source maps in the settings, then reload the page and open the debugger to inspect the original code. \
             The debugger then shows the original files, with their names and lines, rather than the bundled output of the build, \
             which is much harder to read.",
            "Read in the app's own viewer, the chart looked sharper.",
            "Your email address will not be published in the report, the bank promised.",
            "Sign up to receive the vaccine at any pharmacy, the ministry said.",
            "Never miss a story about the river, her editor told her.",
            "You can unsubscribe at any time by writing to the club secretary, who keeps the list.",
            "Enable JavaScript source maps in the settings.",
            "Activer JavaScript dans Firefox : ouvrez les paramètres.",
            "If the page does not load, please update your browser and try again.",
            "To fix the error, update your browser and clear the cache.",
            "Users who are using an old browser face more attacks, the report found.",
            "The gallery requires a ticket for entry on weekends.",
        ] {
            assert_eq!(clean(t), t);
        }
        // An opening followed by more than a prompt's worth of text.
        let long = format!("We use cookies.{}", " The council approved the budget after a long debate.".repeat(12));
        assert!(long.len() > COOKIE_LIMIT);
        assert_eq!(clean(&long), long);
    }
}
