//! Article extraction: classify the lines of a pasted page and assemble the [`Article`].

use crate::dates;
use crate::error::Error;
use crate::language::Evidence;
use crate::model::{Article, Confidence, Paragraph};
use crate::normalize::analysis_form;
use crate::options::{DateOptions, ExtractOptions, check_size};
use crate::segment;

/// Extracts the article from a pasted page.
///
/// ```
/// let page = "لینک های دسترسی\n\nدلیل سفر الکاظمی به آمریکا چیست؟\n\nبه گزارش مشرق، کارشناسان دلیل این سفر را نگرانی واشنگتن میدانند.";
/// let article = khabar::extract(page, &Default::default()).unwrap();
/// assert_eq!(article.language, khabar::Language::Fa);
/// ```
pub fn extract(text: &str, options: &ExtractOptions) -> Result<Article, Error> {
    check_size(text, options.max_input_bytes)?;
    let lines = segment::lines(text);
    let mut article = Article::default();

    let mut evidence = Evidence::default();
    for line in &lines {
        evidence.add(Evidence::of(line.text));
    }
    article.language = evidence.language();
    article.variant = evidence.variant();

    // TODO(extract): classification. First behaviour: the first line of some length is the
    // title, every other line is body.
    let title_index = lines.iter().position(|l| Evidence::of(l.text).arabic_script >= 12).or(if lines.is_empty() { None } else { Some(0) });
    for (i, line) in lines.iter().enumerate() {
        if Some(i) == title_index {
            article.title = Some(line.text.to_string());
            article.title_span = Some(line.span);
        } else {
            let e = Evidence::of(line.text);
            article.body.push(line.text.to_string());
            article.paragraphs.push(Paragraph {
                text: line.text.to_string(),
                start: line.span.start,
                end: line.span.end,
                language: e.language(),
                variant: e.variant(),
            });
        }
    }

    let analysis = analysis_form(text);
    let date_options = DateOptions { now: options.now, variant: article.variant, max_input_bytes: options.max_input_bytes };
    article.dates = dates::find_in(text, &analysis, &date_options);
    article.confidence = Confidence { title: if article.title.is_some() { 0.3 } else { 0.0 }, published: 0.0, body: 0.3 };
    Ok(article)
}
