//! Page metadata: `<title>`, `<meta>` (Open Graph, `article:`, Dublin Core, microdata),
//! `<link rel=canonical>`, `<html lang>`, `<time datetime>` and JSON-LD.
//!
//! Several sources often give the same field; each candidate has a rank and the best one wins
//! (the first one among equals). Values are kept as written: references decoded, whitespace
//! collapsed, nothing converted.

use super::entities;
use super::jsonld::{self, Json};
use super::eq_ic;
use super::tokenizer::{Tag, attrs};

/// What a page says about itself. Every field is as written in the page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct PageMeta {
    /// `<title>`.
    pub title: Option<String>,
    /// `og:title` (or `twitter:title`).
    pub og_title: Option<String>,
    /// `og:site_name`.
    pub og_site_name: Option<String>,
    /// `description`, `og:description`, `twitter:description` or JSON-LD `description`.
    pub description: Option<String>,
    /// `article:published_time`, JSON-LD `datePublished`, `itemprop=datePublished`,
    /// `<time pubdate>`, `date`/`pubdate`/`DC.date.issued`/`sailthru.date` meta, or the first
    /// `<time datetime>` inside `<article>`.
    pub published: Option<String>,
    /// `article:modified_time`, `og:updated_time`, JSON-LD `dateModified`, ...
    pub modified: Option<String>,
    /// `article:section` or JSON-LD `articleSection`.
    pub section: Option<String>,
    /// `author` meta or JSON-LD `author` names (a URL is not an author).
    pub author: Option<String>,
    /// JSON-LD `publisher.name` (or a `publisher` meta that is not a URL).
    pub publisher: Option<String>,
    /// JSON-LD `headline`.
    pub headline: Option<String>,
    /// The text of the first visible `<h1>`.
    pub heading: Option<String>,
    /// `<html lang>` (or `Content-Language`, or JSON-LD `inLanguage`).
    pub lang: Option<String>,
    /// `<link rel=canonical>` or `og:url`.
    pub canonical_url: Option<String>,
    /// `keywords`, `news_keywords` or JSON-LD `keywords`.
    pub keywords: Option<String>,
}

/// Decodes references, collapses whitespace and trims; `None` when nothing is left.
#[inline(never)]
pub(crate) fn clean(raw: &str, in_attribute: bool) -> Option<String> {
    let decoded = entities::decode(raw, in_attribute);
    let mut out = String::with_capacity(decoded.len());
    for word in decoded.split(|c: char| c.is_ascii_whitespace() || c == '\u{A0}').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    (!out.is_empty()).then_some(out)
}

fn is_url(s: &str) -> bool {
    let s = s.trim_start();
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//") || s.starts_with("www.")
}

/// A field's best candidate so far.
#[derive(Default)]
struct Slot(Option<(u8, String)>);

impl Slot {
    #[inline(never)]
    fn offer(&mut self, rank: u8, value: Option<String>) {
        let Some(value) = value else { return };
        if self.0.as_ref().is_none_or(|(r, _)| rank > *r) {
            self.0 = Some((rank, value));
        }
    }

    fn offer_ranked(&mut self, ranked: Option<(u8, String)>, rank_of: impl Fn(u8) -> u8) {
        if let Some((r, v)) = ranked {
            self.offer(rank_of(r), clean(&v, false));
        }
    }

    fn take(self) -> Option<String> {
        self.0.map(|(_, v)| v)
    }
}

/// Collects candidates while the page is read.
#[derive(Default)]
pub(crate) struct Collector {
    title: Slot,
    og_title: Slot,
    og_site_name: Slot,
    description: Slot,
    published: Slot,
    modified: Slot,
    section: Slot,
    author: Slot,
    publisher: Slot,
    headline: Slot,
    lang: Slot,
    canonical_url: Slot,
    keywords: Slot,
    json_ld: Vec<Json>,
    seen_html: bool,
}

// Ranks of the date sources, best first: explicit article meta, JSON-LD article objects,
// microdata and `<time pubdate>`, generic date meta, a `<time>` that merely sits in `<article>`.
const META_ARTICLE: u8 = 9;
const JSON_LD_BASE: u8 = 5; // + the object's type rank (3 for articles, 1 for pages)
const MICRODATA: u8 = 7;
const META_GENERIC: u8 = 4;
const TIME_IN_ARTICLE: u8 = 1;

/// Lower-cases an ASCII key into `buf`; `None` when it is too long to be a key we know.
fn lower<'b>(s: &str, buf: &'b mut [u8; 48]) -> Option<&'b str> {
    let b = s.trim().as_bytes();
    let dst = buf.get_mut(..b.len())?;
    dst.copy_from_slice(b);
    dst.make_ascii_lowercase();
    std::str::from_utf8(dst).ok()
}

impl Collector {
    /// A start tag (visible or not). `name` is lower-case; `in_article` says whether an
    /// `<article>` element is open.
    pub fn start_tag(&mut self, name: &str, tag: &Tag<'_>, in_article: bool) {
        match name {
            "html" if !self.seen_html => {
                self.seen_html = true;
                for a in attrs(tag.attrs) {
                    if eq_ic(a.name, "lang") {
                        self.lang.offer(4, clean(a.value, true));
                    } else if eq_ic(a.name, "xml:lang") {
                        self.lang.offer(3, clean(a.value, true));
                    }
                }
            }
            "meta" => self.meta(tag),
            "link" => {
                let (mut rel, mut href) = (None, None);
                for a in attrs(tag.attrs) {
                    if eq_ic(a.name, "rel") {
                        rel = Some(a.value);
                    } else if eq_ic(a.name, "href") {
                        href = Some(a.value);
                    }
                }
                if rel.is_some_and(|r| r.split_ascii_whitespace().any(|t| eq_ic(t, "canonical"))) {
                    self.canonical_url.offer(4, href.and_then(|h| clean(h, true)));
                }
            }
            _ => {}
        }
        // `<time datetime>` and microdata on any element (`<span itemprop=datePublished content=..>`).
        let (mut itemprop, mut datetime, mut content, mut pubdate) = (None, None, None, false);
        for a in attrs(tag.attrs) {
            let n = a.name;
            if eq_ic(n, "itemprop") {
                itemprop = Some(a.value);
            } else if eq_ic(n, "datetime") {
                datetime = Some(a.value);
            } else if eq_ic(n, "content") {
                content = Some(a.value);
            } else if eq_ic(n, "pubdate") {
                pubdate = true;
            }
        }
        let value = if name == "time" { datetime.or(content) } else { content.or(datetime) };
        let value = || value.and_then(|v| clean(v, true));
        if let Some(prop) = itemprop {
            for p in prop.split_ascii_whitespace() {
                if eq_ic(p, "datePublished") {
                    self.published.offer(MICRODATA, value());
                } else if eq_ic(p, "dateModified") {
                    self.modified.offer(MICRODATA, value());
                }
            }
        }
        if name == "time" {
            if pubdate {
                self.published.offer(MICRODATA, value());
            } else if in_article && itemprop.is_none() {
                self.published.offer(TIME_IN_ARTICLE, value());
            }
        }
    }

    fn meta(&mut self, tag: &Tag<'_>) {
        let mut keys: [Option<&str>; 3] = [None; 3];
        let mut content = None;
        for a in attrs(tag.attrs) {
            let n = a.name;
            if eq_ic(n, "property") {
                keys[0] = Some(a.value);
            } else if eq_ic(n, "name") {
                keys[1] = Some(a.value);
            } else if eq_ic(n, "http-equiv") {
                keys[2] = Some(a.value);
            } else if eq_ic(n, "content") {
                content = Some(a.value);
            }
        }
        let Some(content) = content else { return };
        for key in keys.into_iter().flatten() {
            let mut buf = [0u8; 48];
            let Some(key) = lower(key, &mut buf) else { continue };
            let value = clean(content, true);
            let not_url = || value.clone().filter(|v| !is_url(v));
            match key {
                "og:title" => self.og_title.offer(2, value),
                "twitter:title" => self.og_title.offer(1, value),
                "og:site_name" => self.og_site_name.offer(2, value),
                "description" => self.description.offer(4, value),
                "og:description" => self.description.offer(3, value),
                "twitter:description" => self.description.offer(2, value),
                "article:published_time" | "og:article:published_time" | "article:published" | "og:published_time" | "published_time" => {
                    self.published.offer(META_ARTICLE, value)
                }
                "date"
                | "pubdate"
                | "publishdate"
                | "publish-date"
                | "publish_date"
                | "publication_date"
                | "dc.date.issued"
                | "dcterms.issued"
                | "dc.date"
                | "dcterms.date"
                | "dc.date.created"
                | "dcterms.created"
                | "sailthru.date"
                | "parsely-pub-date"
                | "article.published"
                | "original-publish-date"
                | "datepublished"
                | "release_date"
                | "cxenseparse:recs:publishtime"
                | "og:pubdate" => self.published.offer(META_GENERIC, value),
                "article:modified_time" | "og:article:modified_time" | "og:updated_time" | "article:updated_time" | "modified_time" => {
                    self.modified.offer(META_ARTICLE, value)
                }
                "last-modified" | "dcterms.modified" | "dc.date.modified" | "datemodified" | "article.updated" => {
                    self.modified.offer(META_GENERIC, value)
                }
                "article:section" | "og:article:section" => self.section.offer(8, value),
                "section" | "category" | "article.section" | "parsely-section" => self.section.offer(2, value),
                "author" | "article:author_name" | "dc.creator" | "dcterms.creator" | "sailthru.author" | "parsely-author" => {
                    self.author.offer(6, not_url())
                }
                "article:author" | "og:article:author" => self.author.offer(5, not_url()),
                "publisher" | "dc.publisher" | "dcterms.publisher" => self.publisher.offer(4, not_url()),
                "article:publisher" => self.publisher.offer(3, not_url()),
                "keywords" => self.keywords.offer(4, value),
                "news_keywords" => self.keywords.offer(3, value),
                "og:url" => self.canonical_url.offer(2, value),
                "content-language" | "language" | "dc.language" => self.lang.offer(2, value),
                _ => {}
            }
        }
    }

    /// The content of `<title>` (the first one outside SVG and hidden elements).
    pub fn title(&mut self, raw: &str) {
        self.title.offer(1, clean(raw, false));
    }

    /// The content of a JSON-LD script.
    pub fn json_ld(&mut self, raw: &str) {
        self.json_ld.extend(jsonld::parse(raw));
    }

    pub fn finish(mut self) -> PageMeta {
        let f = jsonld::fields(&self.json_ld);
        // JSON-LD article objects outrank generic meta but not the explicit article meta.
        self.published.offer_ranked(f.published, |r| JSON_LD_BASE + r);
        self.modified.offer_ranked(f.modified, |r| JSON_LD_BASE + r);
        self.headline.offer_ranked(f.headline, |r| r);
        self.publisher.offer_ranked(f.publisher.filter(|(_, v)| !is_url(v)), |r| JSON_LD_BASE + r);
        self.author.offer_ranked(f.author.filter(|(_, v)| !is_url(v)), |r| if r >= 3 { 7 } else { 4 });
        self.section.offer_ranked(f.section, |r| 3 + r);
        self.keywords.offer_ranked(f.keywords, |r| r);
        self.description.offer_ranked(f.description, |r| r.min(1));
        self.lang.offer_ranked(f.lang, |_| 1);
        PageMeta {
            title: self.title.take(),
            og_title: self.og_title.take(),
            og_site_name: self.og_site_name.take(),
            description: self.description.take(),
            published: self.published.take(),
            modified: self.modified.take(),
            section: self.section.take(),
            author: self.author.take(),
            publisher: self.publisher.take(),
            headline: self.headline.take(),
            heading: None,
            lang: self.lang.take(),
            canonical_url: self.canonical_url.take(),
            keywords: self.keywords.take(),
        }
    }
}
