//! Tests of the HTML reader: text, offset map, metadata, detection and hostile input. The page
//! fixtures are in tests/fixtures/html/ (written for these tests in the style of real sites).

use super::*;
use crate::model::Span;

fn text(html: &str) -> String {
    read(html).text
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/html/{name}.html", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| !l.trim().is_empty()).collect()
}

/// Asserts that the map covers both texts and that every output character maps to what produced
/// it: itself, a character reference for it, or (for spaces and line breaks) some markup or
/// whitespace.
fn check_map(html: &str, r: &HtmlText) {
    assert_eq!(r.map.input_len(), html.len(), "map input length");
    assert_eq!(r.map.output_len(), r.text.len(), "map output length");
    for (i, c) in r.text.char_indices() {
        let span = r.map.to_input(Span::new(i, i + c.len_utf8()));
        let Some(source) = html.get(span.start..span.end) else {
            panic!("char {c:?} at {i} maps to {span:?}, not a char range of the input");
        };
        if c == ' ' || c == '\n' {
            assert!(!source.is_empty(), "inserted {c:?} at {i} maps to nothing");
            continue;
        }
        let decoded = entities::decode(source, false);
        assert!(source == c.to_string() || (source.starts_with('&') && decoded == c.to_string()), "char {c:?} at {i} maps to {source:?}");
    }
}

/// Every line's span maps to HTML that contains the line's first and last words (once its
/// references are decoded).
fn check_line_spans(html: &str, r: &HtmlText) {
    let mut offset = 0;
    for line in r.text.split('\n') {
        let span = Span::new(offset, offset + line.len());
        offset += line.len() + 1;
        let words: Vec<&str> = line.split([' ', '\u{A0}']).filter(|w| !w.is_empty()).collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else { continue };
        let input = r.map.to_input(span);
        let source = entities::decode(&html[input.start..input.end], false);
        assert!(source.starts_with(first) && source.ends_with(last), "line {line:?} maps to {source:?}");
    }
}

#[test]
fn module_doc_example() {
    let html = "<nav><a>خانه</a><a>سیاسی</a></nav><h1>تیتر</h1><p>متن <b>خبر</b><br>ادامه</p><div hidden>پنهان</div>";
    let r = read(html);
    assert_eq!(r.text, "خانه سیاسی\n\nتیتر\n\nمتن خبر\nادامه");
    // The break after the menu maps to the tag that made it; "خبر" maps to itself.
    let nl = r.text.find('\n').unwrap();
    let span = r.map.to_input(Span::new(nl, nl + 2));
    assert_eq!(&html[span.start..span.end], "</nav>");
    let at = r.text.find("خبر").unwrap();
    let span = r.map.to_input(Span::new(at, at + "خبر".len()));
    assert_eq!(&html[span.start..span.end], "خبر");
    check_map(html, &r);
}

#[test]
fn blocks_become_lines_and_paragraphs_blank_lines() {
    assert_eq!(text("<p>a <b>b</b></p><p>c</p>"), "a b\n\nc");
    assert_eq!(text("<div>a</div><div><div>b</div></div>c"), "a\nb\nc");
    assert_eq!(text("<h1>T</h1><div>x</div>"), "T\n\nx");
    assert_eq!(text("a<br>b<br><br>c<br><br><br>d<br>"), "a\nb\n\nc\n\nd");
    assert_eq!(text("<ul><li>one<li>two</ul>after"), "one\ntwo\nafter");
    assert_eq!(text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</table>"), "a\nb\nc");
    assert_eq!(text("x<hr>y"), "x\ny");
    assert_eq!(text("<p>a</p>\n\n   <p>b</p>"), "a\n\nb");
    // `</br>` is a line break; a stray `</p>` is an empty paragraph.
    assert_eq!(text("a</br>b</p>c"), "a\nb\n\nc");
}

#[test]
fn whitespace_collapses_as_in_a_browser() {
    assert_eq!(text("  a \n\t b  <i> c </i>  d  "), "a b c d");
    assert_eq!(text("<span>a</span> <span>b</span>"), "a b");
    assert_eq!(text("a&nbsp;&nbsp;b"), "a\u{A0}\u{A0}b");
    assert_eq!(text("<p>\n  line\n  </p>"), "line");
    // `<pre>` keeps whitespace; the newline right after its start tag is not content.
    assert_eq!(text("<pre>\n  x  y\n z</pre>w"), "  x  y\n z\nw");
    // Sibling inline elements with nothing between them are separated.
    assert_eq!(text("<a>خانه</a><a>اخبار</a>"), "خانه اخبار");
    assert_eq!(text("<b>کتاب</b>ها"), "کتابها");
}

#[test]
fn references_are_decoded() {
    assert_eq!(
        text("&laquo;خبر&raquo; &hellip; &mdash; می&zwnj;شود&rlm; &#1587;&#x644;&#1575;&#1605; &quot;q&quot; &amp;&lt;tag&gt; &copy"),
        "«خبر» … — می\u{200C}شود\u{200F} سلام \"q\" &<tag> ©"
    );
    assert_eq!(text("a&#32;&#32;b &bogus; & x"), "a b &bogus; & x");
}

#[test]
fn what_a_browser_does_not_show_is_left_out() {
    let page = concat!(
        "<html><head><title>T</title><style>p{color:red}</style><script>var s='</div>x';</script></head><body>",
        "<p>one</p><!-- a comment --><noscript>enable js</noscript><template><p>tpl</p></template>",
        "<svg><text>svg text</text><title>icon</title></svg><svg/><p>two <img src=x alt=\"alt text\"> three</p>",
        "<select><option>opt</option></select><textarea>typed</textarea><div hidden>h1</div><div aria-hidden=\"true\">h2</div>",
        "<div style=\"color:red; display : none !important\">h3</div><span style='visibility:hidden'>h4</span>",
        "<div aria-hidden=\"false\">shown</div><div style=\"display:block\">block</div></body></html>",
    );
    assert_eq!(lines(&text(page)), ["one", "two three", "shown", "block"]);
}

#[test]
fn implied_end_tags_close_hidden_elements() {
    // The browser closes the hidden <p> when the <div> starts, so the div is visible.
    assert_eq!(text("<p hidden>secret<div>visible</div>"), "visible");
    assert_eq!(text("<ul><li hidden>x<li>y</ul>"), "y");
    // An end tag closes the elements left open inside it.
    assert_eq!(text("<div><span hidden>x</div>y"), "y");
    assert_eq!(text("<div hidden><div>x</div>still hidden</div>shown"), "shown");
    // A hidden block leaves no line break behind.
    assert_eq!(text("a<div hidden>x</div>b"), "ab");
}

#[test]
fn text_hidden_wholesale_is_shown_after_all() {
    // A page saved before its scripts revealed the article: nearly all text is hidden.
    let body = "<p>".to_string() + &"متن خبر پنهان است. ".repeat(30) + "</p>";
    let page = format!("<html><body><nav>خانه</nav><div id=\"main\" style=\"display:none\">{body}</div></body></html>");
    let r = read(&page);
    assert!(r.text.starts_with("خانه\n"), "{:?}", r.text);
    assert!(r.text.contains("متن خبر پنهان است."));
    check_map(&page, &r);
    // An <svg> that never closes would hide the rest of the page.
    let page = format!("<html><body><p>بالا</p><svg viewBox='0 0 1 1'><path d='M0 0'></path>{body}</body></html>");
    assert!(read(&page).text.contains("متن خبر پنهان است."));
    // Small hidden parts stay hidden.
    assert_eq!(text(&format!("<p>پیدا</p><div hidden>پنهان</div>{body}")).matches("پنهان").count(), 30);
}

#[test]
fn irna_like_page() {
    let html = fixture("fa_irna_like");
    let r = read(&html);
    check_map(&html, &r);
    check_line_spans(&html, &r);
    let l = lines(&r.text);
    assert_eq!(l[0], "یکشنبه ۲۳ اردیبهشت ۱۴۰۳ ورود | RSS");
    assert_eq!(&l[2..8], ["صفحه نخست", "سیاسی", "اقتصادی", "جامعه", "بین‌الملل", "ورزشی"]);
    assert_eq!(&l[8..11], ["خانه ›", "اقتصادی ›", "حمل و نقل"]);
    assert!(l.contains(&"کد خبر: 85471236 ۲۳ اردیبهشت ۱۴۰۳، ۹:۴۱"));
    assert!(r.text.contains("\n\nدولت طرح توسعه حمل\u{200C}ونقل ریلی شرق کشور را تصویب کرد\n\n"));
    assert!(r.text.contains("تکمیل خط ریلی چابهار - زاهدان از محل"), "inline <strong> and a newline in a paragraph");
    assert!(r.text.contains("«با بهره\u{200C}برداری از این خط"));
    assert!(r.text.contains("تا ۴۹\u{A0}درصد"));
    assert_eq!(l.last(), Some(&"© ۱۴۰۳ - کلیه حقوق این سایت متعلق به خبرگزاری جمهوری اسلامی است."));
    for absent in [
        "dataLayer",
        "متن تبلیغ",
        "بانک و بیمه",
        "لوگوی ایرنا",
        "قطار در ایستگاه",
        "اشتراک",
        "آیکون",
        "قالب کارت",
        "googletagmanager",
        "header start",
    ] {
        assert!(!r.text.contains(absent), "{absent} should not be in the text");
    }
    let m = &r.meta;
    assert_eq!(m.title.as_deref(), Some("دولت طرح توسعه حمل\u{200C}ونقل ریلی شرق کشور را تصویب کرد - ایرنا"));
    assert_eq!(m.og_title.as_deref(), Some("دولت طرح توسعه حمل\u{200C}ونقل ریلی شرق کشور را تصویب کرد"));
    assert_eq!(m.og_site_name.as_deref(), Some("خبرگزاری جمهوری اسلامی"));
    assert_eq!(m.published.as_deref(), Some("2024-05-12T09:41:00+03:30"));
    assert_eq!(m.modified.as_deref(), Some("2024-05-12T10:05:12+03:30"));
    assert_eq!(m.section.as_deref(), Some("اقتصادی"));
    assert_eq!(m.author.as_deref(), Some("مریم احمدی"));
    assert_eq!(m.publisher.as_deref(), Some("ایرنا"));
    assert_eq!(m.headline, m.og_title);
    assert_eq!(m.lang.as_deref(), Some("fa-IR"));
    assert_eq!(m.canonical_url.as_deref(), Some("https://www.irna.example/news/85471236/"));
    assert_eq!(m.keywords.as_deref(), Some("راه\u{200C}آهن,هیئت وزیران,حمل\u{200C}ونقل ریلی"));
    assert!(m.description.as_deref().is_some_and(|d| d.starts_with("هیئت وزیران در جلسه امروز")));
}

#[test]
fn tasnim_like_page() {
    let html = fixture("fa_tasnim_like");
    let r = read(&html);
    check_map(&html, &r);
    check_line_spans(&html, &r);
    let l = lines(&r.text);
    // The submenu is aria-hidden; unclosed <li> and <p> close as in a browser.
    assert_eq!(&l[..6], ["امروز: ۲۴ اردیبهشت ۱۴۰۳ - ۱۴:۰۵", "سیاسی", "اقتصادی", "ورزشی", "فرهنگی", "سیاسی > سیاست خارجی"]);
    assert_eq!(
        &l[6..11],
        [
            "سفر رئیس سازمان انرژی اتمی به وین",
            "رئیس سازمان انرژی اتمی ایران برای شرکت در کنفرانس بین‌المللی ایمنی هسته‌ای صبح امروز وارد وین شد.",
            "۱۴۰۳/۰۲/۲۴ - ۱۱:۲۴",
            "کد خبر: 3085521",
            "بازدید: ۱۲۴۰",
        ]
    );
    assert!(r.text.contains("گفت\u{200C}وگو خواهد کرد.\nاین کنفرانس سه روزه"), "<br> inside a paragraph");
    assert!(r.text.contains("\n\nسابقه سفرها\nاین دومین سفر"));
    assert!(l.contains(&"انتهای پیام/"));
    assert!(!r.text.contains("رهبری"));
    assert_eq!(l.last(), Some(&"تمامی حقوق این سایت متعلق به خبرگزاری تسنیم است. © ۱۴۰۳"));
    let m = &r.meta;
    assert_eq!(m.title.as_deref(), Some("سفر رئیس سازمان انرژی اتمی به وین | خبرگزاری تسنیم | Tasnim"));
    // The NewsArticle's date, not the WebPage's; the publisher through its @id.
    assert_eq!(m.published.as_deref(), Some("2024-05-13T11:24:37+03:30"));
    assert_eq!(m.publisher.as_deref(), Some("خبرگزاری تسنیم"));
    assert_eq!(m.section.as_deref(), Some("سیاست خارجی"));
    assert_eq!(m.headline.as_deref(), Some("سفر رئیس سازمان انرژی اتمی به وین"));
    assert_eq!(m.author, None, "an empty author name is no author");
    assert_eq!(m.keywords.as_deref(), Some("انرژی اتمی، وین، آژانس"));
    assert_eq!(
        m.description.as_deref(),
        Some("رئیس سازمان انرژی اتمی برای شرکت در کنفرانس بین\u{200C}المللی ایمنی هسته\u{200C}ای وارد وین شد.")
    );
    assert_eq!(m.lang.as_deref(), Some("fa"));
    assert_eq!(m.modified, None);
}

#[test]
fn aljazeera_like_page() {
    let html = fixture("ar_aljazeera_like");
    let r = read(&html);
    check_map(&html, &r);
    check_line_spans(&html, &r);
    let l = lines(&r.text);
    assert_eq!(&l[..8], ["تجاوز إلى المحتوى", "أخبار", "سياسة", "اقتصاد", "رياضة", "برامج", "الوضع المظلم", "أخبار | أفريقيا"]);
    assert_eq!(l[8], "الأمم المتحدة تحذر من موجة جفاف في القرن الأفريقي");
    assert_eq!(l[10], "نشر في 7/3/2024 آخر تحديث: 7/3/2024 - 07:02 (توقيت مكة)");
    assert!(r.text.contains("أكثر من 20\u{A0}مليون شخص"));
    assert!(r.text.contains("إن «الوضع يتدهور بسرعة»،"));
    assert!(r.text.contains("\n\nاقرأ أيضا\n\nبرنامج الأغذية العالمي يعلق مساعداته في مناطق صومالية\nكينيا تعلن"));
    assert_eq!(l[l.len() - 2], "المصدر\u{A0}: الجزيرة + وكالات");
    assert!(!r.text.contains("APOLLO") && !r.text.contains("مواشٍ نافقة"));
    let m = &r.meta;
    assert_eq!(m.published.as_deref(), Some("2024-03-07T14:32:11Z"));
    assert_eq!(m.modified.as_deref(), Some("2024-03-07T16:02:40Z"));
    assert_eq!(m.publisher.as_deref(), Some("Al Jazeera"));
    // The author meta is a URL; JSON-LD names the author.
    assert_eq!(m.author.as_deref(), Some("الجزيرة نت"));
    assert_eq!(m.og_site_name.as_deref(), Some("الجزيرة نت"));
    assert_eq!(m.lang.as_deref(), Some("ar"));
    assert_eq!(m.canonical_url.as_deref(), Some("https://www.aljazeera.example/news/2024/3/7/un-drought"));
    assert_eq!(m.section, None);
}

#[test]
fn youm7_like_table_layout_page() {
    let html = fixture("ar_youm7_like");
    let r = read(&html);
    check_map(&html, &r);
    check_line_spans(&html, &r);
    assert_eq!(
        lines(&r.text),
        [
            "أخبار عاجلة",
            "سياسة",
            "اقتصاد وبورصة",
            "الخميس، 14 مارس 2024 03:00 م",
            "كتب محمد عبد الله",
            "وزير التموين يتفقد مخازن القمح",
            "تفقد وزير التموين والتجارة الداخلية، اليوم الخميس، عددا من صوامع تخزين القمح بمحافظة الشرقية، للاطمئنان على جاهزيتها لاستقبال موسم الحصاد الجديد.",
            "وأكد الوزير خلال الجولة أن الاحتياطى الاستراتيجى من القمح يكفى لمدة 5 أشهر، مشيرا إلى أن الدولة تستهدف توريد 4 ملايين طن من القمح المحلى هذا الموسم.",
            "وأضاف أن سعر التوريد سيتم الإعلان عنه خلال أيام بعد موافقة مجلس الوزراء.",
            "اقرأ أيضا: أسعار الخضروات اليوم",
            "جميع الحقوق محفوظة © اليوم السابع 2024",
        ]
    );
    // The headline is written as numeric references: each letter maps to its reference.
    let at = r.text.find("وزير التموين يتفقد").unwrap();
    let span = r.map.to_input(Span::new(at, at + "وزير".len()));
    assert_eq!(&html[span.start..span.end], "&#1608;&#1586;&#1610;&#1585;");
    let m = &r.meta;
    assert_eq!(m.title.as_deref(), Some("وزير التموين يتفقد مخازن القمح - اليوم السابع"));
    assert_eq!(m.published.as_deref(), Some("2024-03-14 15:00:00"));
    assert_eq!(m.canonical_url.as_deref(), Some("https://www.youm7.example/story/2024/3/14/6512345"));
    assert_eq!(m.keywords.as_deref(), Some("وزير التموين,القمح,الصوامع"));
    assert_eq!(m.lang, None);
}

#[test]
fn azadi_like_dari_page() {
    let html = fixture("fa_af_azadi_like");
    let r = read(&html);
    check_map(&html, &r);
    check_line_spans(&html, &r);
    let l = lines(&r.text);
    // Screen-reader links are selectable text in a browser, so a copy has them too.
    assert_eq!(
        &l[..6],
        ["لینک های دسترسی", "به محتوای اصلی بروید", "به بخش ناوبری بروید", "جستجو", "Breaking News", "افغانستان جهان ویدیو"]
    );
    assert_eq!(
        &l[7..11],
        [
            "حکومت کمک\u{200C}های زمستانی را در ولسوالی\u{200C}های بدخشان توزیع کرد",
            "۸ دلو ۱۴۰۲",
            "داوود صافی",
            "توزیع کمک\u{200C}ها در ولسوالی شغنان، بدخشان",
        ]
    );
    assert!(l.contains(&"\"مردم این مناطق در زمستان هیچ راه دیگری برای دسترسی به مواد غذایی ندارند.\""));
    assert_eq!(&l[l.len() - 4..], ["XS", "SM", "MD", "LG"]);
    let m = &r.meta;
    assert_eq!(m.lang.as_deref(), Some("fa-AF"));
    // JSON-LD's article date outranks the <time pubdate> and the Dublin Core date.
    assert_eq!(m.published.as_deref(), Some("2024-01-28 09:15:00Z"));
    assert_eq!(m.author.as_deref(), Some("داوود صافی"));
    assert_eq!(m.publisher.as_deref(), Some("رادیو آزادی"));
    assert_eq!(m.section.as_deref(), Some("افغانستان"));
}

#[test]
fn date_sources_rank() {
    let published = |h: &str| read(h).meta.published;
    let time_pubdate = "<time pubdate datetime=\"2024-01-03\">x</time>";
    let time_in_article = "<article><time datetime=\"2024-01-04\">x</time></article>";
    let generic = "<meta name=\"DC.date.issued\" content=\"2024-01-05\">";
    let article = "<meta property=\"article:published_time\" content=\"2024-01-06\">";
    assert_eq!(published(time_in_article).as_deref(), Some("2024-01-04"));
    assert_eq!(published(&format!("{time_in_article}{generic}")).as_deref(), Some("2024-01-05"));
    assert_eq!(published(&format!("{generic}{time_pubdate}{time_in_article}")).as_deref(), Some("2024-01-03"));
    assert_eq!(published(&format!("{time_pubdate}{article}")).as_deref(), Some("2024-01-06"));
    // A <time> outside <article> (a header clock) is not the publication date.
    assert_eq!(published("<header><time datetime=\"2024-01-01T10:00\">10:00</time></header>"), None);
    assert_eq!(published("<span itemprop=\"datePublished\" content=\"2024-01-07\">7 Jan</span>").as_deref(), Some("2024-01-07"));
    assert_eq!(read("<meta name=sailthru.date content='2024-01-08 10:00'>").meta.published.as_deref(), Some("2024-01-08 10:00"));
    assert_eq!(read("<time itemprop=dateModified datetime=2024-02-01>").meta.modified.as_deref(), Some("2024-02-01"));
}

#[test]
fn meta_values_are_decoded_and_trimmed() {
    let m = read("<html LANG=' ar-EG '><title>\n  A &amp; B\n</title><meta property='og:title' content='&quot;Q&quot;  x'><meta name=author content='https://x.example/a'><meta name=author content='نویسنده'>").meta;
    assert_eq!(m.title.as_deref(), Some("A & B"));
    assert_eq!(m.og_title.as_deref(), Some("\"Q\" x"));
    assert_eq!(m.lang.as_deref(), Some("ar-EG"));
    assert_eq!(m.author.as_deref(), Some("نویسنده"));
    // The first <title> outside SVG counts.
    assert_eq!(read("<svg><title>icon</title></svg><title>page</title>").meta.title.as_deref(), Some("page"));
}

#[test]
fn detects_html() {
    for name in ["fa_irna_like", "fa_tasnim_like", "ar_aljazeera_like", "ar_youm7_like", "fa_af_azadi_like"] {
        assert!(looks_like_html(&fixture(name)), "{name}");
    }
    assert!(looks_like_html("\u{FEFF}  <!doctype html><p>x"));
    assert!(looks_like_html("<div class=\"article\"><p>متن</p><p>دوم</p></div>"));
    assert!(looks_like_html("<p>پاراگراف اول</p>\n<p>پاراگراف دوم</p>"));
    assert!(looks_like_html("<meta charset=utf-8><title>x</title>"));
    let dense = "خبر\n<div>a</div><div>b</div>\n<p>c</p><br>\n<ul><li>d</li></ul>";
    assert!(looks_like_html(dense));
}

#[test]
fn plain_text_is_not_html() {
    let dir = format!("{}/tests/fixtures/seeds", env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            assert!(!looks_like_html(&std::fs::read_to_string(&path).unwrap()), "{path:?}");
            seen += 1;
        }
    }
    assert_eq!(seen, 5);
    for s in [
        "",
        "a < b",
        "if x<y and y>z then",
        "I <3 this",
        "قیمت <<دلار>> امروز",
        "در HTML تگ <p> برای پاراگراف است.\nو تگ <div> برای بخش.",
        "خط اول <b>مهم</b>\nخط دوم\nخط سوم\nخط چهارم\nخط پنجم <i>کج</i>",
        "<<<>>>",
        "<b>فوری</b>\nمتن خبر\nادامه <i>متن</i>",
    ] {
        assert!(!looks_like_html(s), "{s:?}");
    }
}

// ---- hostile input -------------------------------------------------------------------------

/// A deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<span>",
    "</span>",
    "<li>",
    "<ul>",
    "</ul>",
    "<table><tr><td>",
    "</td>",
    "<pre>",
    "</pre>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<title>",
    "</title>",
    "<textarea>",
    "<svg>",
    "</svg>",
    "<svg/>",
    "<template>",
    "</template>",
    "<!--",
    "-->",
    "<!",
    "<![CDATA[",
    "]]>",
    "<?xml",
    "</",
    "<",
    ">",
    "/>",
    "\"",
    "'",
    "=",
    "&",
    "&amp;",
    "&nbsp;",
    "&#",
    "&#x",
    "&#1587;",
    "&zwnj",
    "&notin;",
    ";",
    " ",
    "\n",
    "\t",
    "\r\n",
    "\u{0}",
    "خبر",
    "خبر ",
    "أ",
    "\u{200C}",
    "\u{FEFF}",
    "😀",
    "x",
    "1",
    "<a href=\"",
    "<a href='x>'>",
    "<div hidden>",
    "<p aria-hidden=true>",
    "<div style=\"display:none\">",
    "<article>",
    "<time datetime=\"2024\">",
    "<meta property=\"og:title\" content=\"",
    "<script type=\"application/ld+json\">{\"@graph\":[{",
    "\"headline\":\"",
    "\\u",
    "}",
    "]",
    "<html lang=\"",
    "<head>",
    "</head>",
    "<body>",
    "&",
    "<P>",
    "</DIV>",
    "<BR/>",
    "<h1>",
];

fn garbage(rng: &mut Rng, pieces: usize) -> String {
    let mut s = String::new();
    for _ in 0..pieces {
        if rng.below(8) == 0 {
            // Random code points, controls and surrogate-free high planes included.
            let c = char::from_u32((rng.next() % 0x11_0000) as u32).unwrap_or('\u{FFFD}');
            s.push(c);
        } else {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        }
    }
    s
}

#[test]
fn generated_garbage_never_panics_and_always_maps() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let pieces = 1 + rng.below(if round % 10 == 0 { 400 } else { 40 });
        let html = garbage(&mut rng, pieces);
        let r = read(&html);
        check_map(&html, &r);
        let _ = looks_like_html(&html);
        assert!(!r.text.starts_with('\n') || html.contains("<pre>") || html.contains("<PRE>"), "{html:?} -> {:?}", r.text);
    }
}

#[test]
fn broken_markup_never_loses_the_text_after_it() {
    for broken in [
        "<!-- never closed",
        "<script>var a = 1;",
        "<style>p {",
        "<a href=\"never closed>",
        "<a href='never closed>",
        "<![CDATA[ open",
        "</div></div></span>",
        "<title>untitled",
        "<textarea>",
        "<div class=\"x\" data-json='{\"a\":\"<p>\"}'>",
        "<svg/>",
        "<math/>",
        "<p",
    ] {
        let html = format!("<p>قبل</p>{broken}<p>بعد از خرابی</p> پایان");
        let r = read(&html);
        assert!(r.text.contains("قبل"), "{broken}: {:?}", r.text);
        assert!(r.text.contains("بعد از خرابی") && r.text.contains("پایان"), "{broken}: {:?}", r.text);
        check_map(&html, &r);
    }
}

#[test]
fn large_and_deep_inputs_finish() {
    // About 10 MB of article markup.
    let para = "<p>این یک <b>پاراگراف</b> نمونه است &zwnj; با &laquo;نقل&raquo; و <a href=\"/x?a=1&amp;b=2\">پیوند</a>.</p>\n";
    let page = format!("<html><body>{}</body></html>", para.repeat(10_000_000 / para.len()));
    let r = read(&page);
    assert_eq!(r.text.matches("پاراگراف").count(), 10_000_000 / para.len());
    assert_eq!(r.map.input_len(), page.len());

    // Pathological patterns that would be quadratic with naive searching.
    let n = 200_000;
    for html in [
        "<div>".repeat(n) + "deep" + &"</span>".repeat(n),
        "<a x=\"".repeat(n) + "tail",
        "<!--".repeat(n) + "tail",
        "<script>".repeat(n) + "tail",
        "<".repeat(n) + "tail",
        "<a ".repeat(n) + "tail",
        "<div hidden>".repeat(n) + "tail",
        "&#".repeat(n) + &"&amp".repeat(n),
        "<![CDATA[".repeat(n) + "tail",
        "<svg>".repeat(n) + "tail",
        "</p>".repeat(n) + "tail",
        "<li><p><td><tr>".repeat(n / 4) + "tail",
    ] {
        let r = read(&html);
        assert_eq!(r.map.input_len(), html.len());
        let _ = looks_like_html(&html);
    }
    assert!(read(&("<div>".repeat(n) + "deep")).text == "deep");
    assert!(read(&("<a ".repeat(n) + "tail")).text.ends_with("tail"));
    assert!(read(&("<".repeat(n) + "tail")).text.ends_with("tail"));
}
