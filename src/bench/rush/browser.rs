//! Signing a delegation in as a browser does: open the single-use link, press "Sign in" on its
//! form, follow the redirect home with reqwest's cookie jar keeping the session, and open the
//! round from its link there. Only the two small pages are parsed (with `scraper`): the round
//! page of 150 recommendations is read but not parsed, and the rush itself parses no HTML.

use std::sync::{Arc, LazyLock};

use anyhow::{Context, bail};
use reqwest::Url;
use reqwest::cookie::{CookieStore, Jar};
use reqwest::header::{CONTENT_TYPE, HeaderValue, LOCATION};
use scraper::{Html, Selector};

use super::client::client_builder;
use crate::web::session::SESSION_COOKIE;

/// The form on the page of a sign-in link.
static SIGN_IN_FORM: LazyLock<Selector> = LazyLock::new(|| selector("form[action^='/sign-in/']"));
/// Any form that posts (every form of a session carries the same CSRF token).
static POST_FORM: LazyLock<Selector> = LazyLock::new(|| selector("form[method='post']"));
/// The links to the delegation's rounds on its home page.
static ROUND_LINKS: LazyLock<Selector> = LazyLock::new(|| selector("a[href^='/rounds/']"));
/// The named fields of a form.
static FIELDS: LazyLock<Selector> = LazyLock::new(|| selector("input[name]"));

fn selector(css: &str) -> Selector {
    // The selectors are constants of this file, checked by its tests.
    Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e}"))
}

/// What a signed-in delegation sends with its forms.
pub(super) struct Session {
    /// The `Cookie` header of its browser.
    pub(super) cookie: HeaderValue,
    /// The CSRF token of its forms.
    pub(super) csrf: String,
}

/// Signs a focal point in on the server at `base` with its single-use link `token`, in a
/// browser of its own (a client with its own cookie jar), and opens the round `round_id`.
pub(super) async fn sign_in(base: &str, token: &str, round_id: i64) -> anyhow::Result<Session> {
    let base = Url::parse(base)?;
    let jar = Arc::new(Jar::default());
    let browser = client_builder().cookie_provider(jar.clone()).build()?;
    let link = browser
        .get(base.join(&format!("/sign-in/{token}"))?)
        .send()
        .await?;
    let form = Page::parse(&link.text().await?)
        .form(&SIGN_IN_FORM)
        .context("no Sign in form on the link's page")?;
    let pressed = browser
        .post(base.join(&form.action)?)
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string(&form.fields)?)
        .send()
        .await?;
    if pressed.status().as_u16() != 303 {
        bail!("pressing Sign in answered {}", pressed.status());
    }
    if !pressed.cookies().any(|c| c.name() == SESSION_COOKIE) {
        bail!("no session cookie after signing in");
    }
    let home = pressed
        .headers()
        .get(LOCATION)
        .and_then(|l| base.join(l.to_str().ok()?).ok())
        .context("signing in redirects nowhere")?;
    let home = browser.get(home).send().await?;
    if !home.status().is_success() {
        bail!("the home page answered {}", home.status());
    }
    let (round_link, csrf) = {
        let page = Page::parse(&home.text().await?);
        let wanted = format!("/rounds/{round_id}");
        let link = page.links(&ROUND_LINKS).into_iter().find(|l| *l == wanted);
        let csrf = page
            .form(&POST_FORM)
            .and_then(|form| form.field("csrf_token").map(str::to_string));
        (link, csrf)
    };
    let round_link = round_link.context("no link to the round on the home page")?;
    let csrf = csrf.context("no form with a CSRF token on the home page")?;
    let round = browser.get(base.join(&round_link)?).send().await?;
    if !round.status().is_success() {
        bail!("the round page answered {}", round.status());
    }
    round.bytes().await?;
    let cookie = jar
        .cookies(&base)
        .context("no cookie kept for the server")?;
    Ok(Session { cookie, csrf })
}

/// The size in bytes of one page as sent plain, with gzip and with brotli.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct PageSizes {
    pub(super) plain: usize,
    pub(super) gzip: usize,
    pub(super) brotli: usize,
}

impl PageSizes {
    /// The report's line, in KB (1,000 bytes) and as a share of the plain size.
    pub(super) fn line(&self, what: &str) -> String {
        let kb = |bytes: usize| bytes as f64 / 1000.0;
        let share = |bytes: usize| bytes as f64 / self.plain.max(1) as f64 * 100.0;
        format!(
            "{what}: {:.1} KB uncompressed, {:.1} KB with gzip ({:.0} %), {:.1} KB with brotli ({:.0} %)",
            kb(self.plain),
            kb(self.gzip),
            share(self.gzip),
            kb(self.brotli),
            share(self.brotli)
        )
    }
}

/// The sizes of the page at `url` as a browser with `session` receives it, asking for no
/// compression, for gzip and for brotli (the client decodes nothing: the bytes are counted as
/// they travel).
pub(super) async fn page_sizes(
    client: &reqwest::Client,
    url: &str,
    session: &Session,
) -> anyhow::Result<PageSizes> {
    let mut sizes = [0usize; 3];
    for (size, encoding) in sizes.iter_mut().zip(["identity", "gzip", "br"]) {
        let answer = client
            .get(url)
            .header(reqwest::header::COOKIE, session.cookie.clone())
            .header(reqwest::header::ACCEPT_ENCODING, encoding)
            .send()
            .await?;
        if !answer.status().is_success() {
            bail!("{url} answered {}", answer.status());
        }
        let sent = answer
            .headers()
            .get(reqwest::header::CONTENT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("identity")
            .to_string();
        if sent != encoding {
            bail!("{url}: asked for {encoding}, got {sent}");
        }
        *size = answer.bytes().await?.len();
    }
    let [plain, gzip, brotli] = sizes;
    Ok(PageSizes {
        plain,
        gzip,
        brotli,
    })
}

/// A page parsed as a browser does.
struct Page(Html);

impl Page {
    fn parse(text: &str) -> Page {
        Page(Html::parse_document(text))
    }

    /// The first form that `selector` matches.
    fn form(&self, selector: &Selector) -> Option<Form> {
        let form = self.0.select(selector).next()?;
        let fields = form
            .select(&FIELDS)
            .filter_map(|input| {
                let input = input.value();
                let value = input.attr("value").unwrap_or_default();
                Some((input.attr("name")?.to_string(), value.to_string()))
            })
            .collect();
        Some(Form {
            action: form.value().attr("action")?.to_string(),
            fields,
        })
    }

    /// Where the links that `selector` matches lead.
    fn links(&self, selector: &Selector) -> Vec<String> {
        self.0
            .select(selector)
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect()
    }
}

/// A form of a page: where it posts, and its named fields with their values.
#[derive(Debug, PartialEq)]
struct Form {
    action: String,
    fields: Vec<(String, String)>,
}

impl Form {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sign_in_form_is_found_with_its_fields() {
        let link = r#"<h1>Sign in</h1><form method="post" action="/sign-in/tok"><input type="hidden" name="csrf_token" value="c1"><button>Sign in</button></form>"#;
        assert_eq!(
            Page::parse(link).form(&SIGN_IN_FORM),
            Some(Form {
                action: "/sign-in/tok".into(),
                fields: vec![("csrf_token".into(), "c1".into())],
            })
        );
        assert_eq!(Page::parse("<p>Link expired</p>").form(&SIGN_IN_FORM), None);
    }

    #[test]
    fn page_sizes_are_reported_in_kb_with_their_share() {
        let sizes = PageSizes {
            plain: 412_345,
            gzip: 41_234,
            brotli: 30_925,
        };
        assert_eq!(
            sizes.line("round page"),
            "round page: 412.3 KB uncompressed, 41.2 KB with gzip (10 %), 30.9 KB with brotli (7 %)"
        );
    }

    #[test]
    fn the_home_page_gives_the_round_links_and_the_token() {
        let home = r#"<html><body>
            <header><form method="post" action="/sign-out" class="inline">
              <input type="hidden" name="csrf_token" value="ab12"><button>Sign out</button>
            </form></header>
            <a class="brand" href="/">redraft</a>
            <ul><li><h2><a href="/rounds/3">Comments</a></h2></li>
                <li><h2><a href="/rounds/12">Other</a></h2></li></ul></body></html>"#;
        let page = Page::parse(home);
        assert_eq!(page.links(&ROUND_LINKS), ["/rounds/3", "/rounds/12"]);
        let form = page.form(&POST_FORM).expect("a form");
        assert_eq!(form.field("csrf_token"), Some("ab12"));
        assert_eq!(form.field("nothing"), None);
    }
}
