//! English page furniture that Persian and Arabic sites print (theme strings, widgets).
//!
//! Source: WordPress and news-theme strings as they appear in pasted Persian and Arabic pages
//! (the project's seeds 001, 002 and 004; WordPress core's comment form strings; common
//! accessibility and font-size widgets).

use super::At::{Anywhere, Line, Start};
use super::{Phrase, p};
use crate::model::RemovalReason::*;

pub static PHRASES: &[Phrase] = &[
    p("breaking news", SiteChrome, Line),
    p("logo", SiteChrome, Line),
    p("menu", SiteChrome, Line),
    p("search", SiteChrome, Line),
    p("skip to content", SiteChrome, Line),
    p("skip to main content", SiteChrome, Line),
    p("toggle navigation", SiteChrome, Line),
    p("dark mode", SiteChrome, Line),
    p("login", SiteChrome, Line),
    p("log in", SiteChrome, Line),
    p("sign in", SiteChrome, Line),
    p("register", SiteChrome, Line),
    p("subscribe", Newsletter, Line),
    p("newsletter", Newsletter, Line),
    p("share", SiteChrome, Line),
    p("share this", SiteChrome, Start),
    p("print", SiteChrome, Line),
    p("email", SiteChrome, Line),
    p("facebook", Newsletter, Line),
    p("twitter", Newsletter, Line),
    p("telegram", Newsletter, Line),
    p("whatsapp", Newsletter, Line),
    p("instagram", Newsletter, Line),
    p("youtube", Newsletter, Line),
    p("linkedin", Newsletter, Line),
    p("rss", Newsletter, Line),
    p("xs", SiteChrome, Line),
    p("sm", SiteChrome, Line),
    p("md", SiteChrome, Line),
    p("lg", SiteChrome, Line),
    p("xl", SiteChrome, Line),
    p("home", Navigation, Line),
    p("next", Navigation, Line),
    p("previous", Navigation, Line),
    p("read more", ReadAlso, Start),
    // Screen-reader labels of Al Jazeera's inline lists: `list of 3 items`, `list 1 of 3`.
    p("list of", ReadAlso, Start),
    p("list", ReadAlso, Start),
    p("end of list", ReadAlso, Line),
    p("read also", ReadAlso, Start),
    p("related", Related, Start),
    p("most read", Related, Start),
    p("most popular", Related, Start),
    p("leave a reply", Comments, Start),
    p("leave a comment", Comments, Start),
    p("your email address will not be published", Comments, Start),
    p("required fields are marked", Comments, Anywhere),
    p("cancel reply", Comments, Line),
    p("post comment", Comments, Line),
    p("comments", Comments, Line),
    p("reply", Comments, Line),
    p("tags", Tags, Start),
    p("all rights reserved", Copyright, Anywhere),
    p("copyright", Copyright, Start),
    p("powered by", Copyright, Start),
    p("advertisement", SiteChrome, Line),
    p("sponsored", SiteChrome, Line),
];
