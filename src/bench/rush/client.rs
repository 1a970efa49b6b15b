//! The HTTP client of the simulated delegations: signing in as a browser does, then sending
//! each planned request (JSON API with the delegation's token, or HTML form with its session
//! cookie and CSRF token) and reading what the answer means.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use jiff::Timestamp;
use reqwest::Url;
use reqwest::header::{CONTENT_TYPE, COOKIE, LOCATION};

use super::record::{Content, Op, Outcome, Record};
use super::workload::{Delegation, Plan};

/// How long one request may take before it counts as unanswered.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The settings of every client of the bench: no redirects followed (a form's answer is its
/// redirect), no proxy, Nagle off.
pub(super) fn client_builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(REQUEST_TIMEOUT)
        .tcp_nodelay(true)
        .no_proxy()
}

/// The client the rush's requests share; each carries its delegation's credentials.
pub(in crate::bench) fn http_client() -> anyhow::Result<reqwest::Client> {
    Ok(client_builder().build()?)
}

/// What an answer's `Server-Timing` header says.
#[derive(Debug, Clone, Copy, Default)]
struct ServerTiming {
    app_ms: Option<f64>,
    writer_ms: Option<f64>,
}

/// Everything the requests share.
pub(in crate::bench) struct Rush {
    pub(in crate::bench) client: reqwest::Client,
    pub(in crate::bench) bases: Vec<String>,
    pub(in crate::bench) next_base: AtomicUsize,
    pub(in crate::bench) round_id: i64,
    pub(in crate::bench) recommendation_ids: Vec<i64>,
    pub(in crate::bench) delegations: Vec<Delegation>,
}

impl Rush {
    fn base(&self) -> &str {
        let i = self.next_base.fetch_add(1, Ordering::Relaxed);
        &self.bases[i % self.bases.len()]
    }

    /// A form the delegation's browser posts to `url`: its session cookie, and its CSRF token
    /// before the `fields`.
    fn post_form(
        &self,
        delegation: &Delegation,
        url: String,
        fields: &[(&str, &str)],
    ) -> reqwest::RequestBuilder {
        let mut all = vec![("csrf_token", delegation.session.csrf.as_str())];
        all.extend_from_slice(fields);
        self.client
            .post(url)
            .header(COOKIE, delegation.session.cookie.clone())
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(serde_urlencoded::to_string(all).unwrap_or_default())
    }

    /// A JSON API request of the delegation (its bearer token) with `body`.
    fn api(
        &self,
        delegation: &Delegation,
        request: reqwest::RequestBuilder,
        body: serde_json::Value,
    ) -> reqwest::RequestBuilder {
        request
            .bearer_auth(&delegation.api_token)
            .header(CONTENT_TYPE, "application/json")
            .body(body.to_string())
    }

    /// Sends one request of delegation `d` (due at `due`) and records its answer.
    pub(super) async fn step(&self, d: usize, due: Instant) -> Record {
        let delegation = &self.delegations[d];
        let plan = delegation.plan(&self.recommendation_ids);
        let base = self.base();
        let sent_ms = Timestamp::now().as_millisecond();
        let server;
        let (op, target, content, outcome) = match &plan {
            Plan::Page => {
                let request = self
                    .client
                    .get(format!("{base}/rounds/{}", self.round_id))
                    .header(COOKIE, delegation.session.cookie.clone());
                let (outcome, timing) = page(request).await;
                server = timing;
                (Op::Page, None, None, outcome)
            }
            Plan::Submit {
                form,
                recommendation_id,
                content,
            } => {
                let (outcome, timing) = if *form {
                    let id = recommendation_id.to_string();
                    let mut fields = vec![("recommendation_id", id.as_str())];
                    fields.extend(content_fields(content));
                    let url = format!("{base}/rounds/{}/comments", self.round_id);
                    form_write(self.post_form(delegation, url, &fields), "saved", 1).await
                } else {
                    let body = serde_json::json!({
                        "recommendation_id": recommendation_id,
                        "kind": content.kind,
                        "text": content.text,
                        "proposed_text": content.proposed_text,
                    });
                    let url = format!("{base}/api/v1/rounds/{}/comments", self.round_id);
                    api_write(self.api(delegation, self.client.post(url), body), 1).await
                };
                server = timing;
                let op = if *form { Op::SubmitForm } else { Op::SubmitApi };
                (op, None, Some(content.clone()), outcome)
            }
            Plan::Edit {
                form,
                comment_id,
                version,
                content,
                ..
            } => {
                let (outcome, timing) = if *form {
                    let sent_version = version.to_string();
                    let mut fields = content_fields(content).to_vec();
                    fields.push(("version", &sent_version));
                    let url = format!("{base}/comments/{comment_id}/edit");
                    let request = self.post_form(delegation, url, &fields);
                    form_write(request, "saved", version + 1).await
                } else {
                    let body = serde_json::json!({
                        "kind": content.kind,
                        "text": content.text,
                        "proposed_text": content.proposed_text,
                        "version": version,
                    });
                    let url = format!("{base}/api/v1/comments/{comment_id}");
                    let request = self.api(delegation, self.client.put(url), body);
                    api_write(request, version + 1).await
                };
                server = timing;
                let op = if *form { Op::EditForm } else { Op::EditApi };
                (op, Some(*comment_id), Some(content.clone()), outcome)
            }
            Plan::Withdraw {
                form,
                slot,
                comment_id,
            } => {
                let version = delegation.version(*slot) + 1;
                let (outcome, timing) = if *form {
                    let url = format!("{base}/comments/{comment_id}/withdraw");
                    form_write(self.post_form(delegation, url, &[]), "withdrawn", version).await
                } else {
                    let request = self
                        .client
                        .delete(format!("{base}/api/v1/comments/{comment_id}"))
                        .bearer_auth(&delegation.api_token);
                    api_write(request, version).await
                };
                server = timing;
                let op = if *form {
                    Op::WithdrawForm
                } else {
                    Op::WithdrawApi
                };
                (op, Some(*comment_id), None, outcome)
            }
        };
        let latency_ms = due.elapsed().as_secs_f64() * 1000.0;
        let done_ms = Timestamp::now().as_millisecond();
        delegation.settle(&plan, &outcome);
        Record {
            op,
            delegation: d,
            target,
            content,
            sent_ms,
            done_ms,
            latency_ms,
            server_ms: server.app_ms,
            writer_ms: server.writer_ms,
            outcome,
        }
    }
}

/// The fields of a comment form that say what the comment says.
fn content_fields(content: &Content) -> [(&'static str, &str); 3] {
    [
        ("kind", content.kind),
        ("text", &content.text),
        (
            "proposed_text",
            content.proposed_text.as_deref().unwrap_or(""),
        ),
    ]
}

fn no_answer(e: &reqwest::Error) -> Outcome {
    let kind = if e.is_timeout() {
        "no answer: time-out"
    } else if e.is_connect() {
        "no answer: connection refused"
    } else {
        "no answer: connection lost"
    };
    Outcome::NoAnswer { kind: kind.into() }
}

async fn page(request: reqwest::RequestBuilder) -> (Outcome, ServerTiming) {
    match request.send().await {
        Err(e) => (no_answer(&e), ServerTiming::default()),
        Ok(response) => {
            let status = response.status().as_u16();
            let timing = server_timing(response.headers());
            let outcome = match response.bytes().await {
                Err(e) => no_answer(&e),
                Ok(_) if status == 200 => Outcome::Page,
                Ok(_) => Outcome::Refused {
                    status,
                    kind: format!("{status} on the round page"),
                },
            };
            (outcome, timing)
        }
    }
}

/// The `app` and `writer` durations of an answer's `Server-Timing` header.
fn server_timing(headers: &reqwest::header::HeaderMap) -> ServerTiming {
    let Some(value) = headers.get("server-timing").and_then(|v| v.to_str().ok()) else {
        return ServerTiming::default();
    };
    let duration = |name: &str| {
        value
            .split(',')
            .map(str::trim)
            .find(|entry| entry.split(';').next() == Some(name))?
            .split(';')
            .find_map(|param| param.trim().strip_prefix("dur="))?
            .parse()
            .ok()
    };
    ServerTiming {
        app_ms: duration("app"),
        writer_ms: duration("writer"),
    }
}

async fn api_write(request: reqwest::RequestBuilder, version: i64) -> (Outcome, ServerTiming) {
    let response = match request.send().await {
        Ok(r) => r,
        Err(e) => return (no_answer(&e), ServerTiming::default()),
    };
    let status = response.status().as_u16();
    let timing = server_timing(response.headers());
    let outcome = match response.bytes().await {
        Err(e) => no_answer(&e),
        Ok(body) => classify_api(status, &body, version),
    };
    (outcome, timing)
}

/// The meaning of a JSON API answer to a write.
fn classify_api(status: u16, body: &[u8], version: i64) -> Outcome {
    let json: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    if status == 200 || status == 201 {
        return match json["id"].as_i64() {
            Some(comment_id) => Outcome::Acked {
                comment_id,
                version,
            },
            None => Outcome::Refused {
                status,
                kind: format!("{status} without a receipt"),
            },
        };
    }
    let code = json["error"]["code"].as_str().unwrap_or("no error code");
    if status == 409 && code == "round_closed" {
        Outcome::Closed
    } else {
        Outcome::Refused {
            status,
            kind: format!("{status} {code} (API)"),
        }
    }
}

async fn form_write(
    request: reqwest::RequestBuilder,
    key: &str,
    version: i64,
) -> (Outcome, ServerTiming) {
    let response = match request.send().await {
        Ok(r) => r,
        Err(e) => return (no_answer(&e), ServerTiming::default()),
    };
    let status = response.status().as_u16();
    let timing = server_timing(response.headers());
    let location = response
        .headers()
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let outcome = match response.bytes().await {
        Err(e) => no_answer(&e),
        Ok(body) => classify_form(
            status,
            location.as_deref(),
            &String::from_utf8_lossy(&body),
            key,
            version,
        ),
    };
    (outcome, timing)
}

/// The meaning of an HTML form's answer: a redirect to the round page naming the comment
/// (`?saved=ID` or `?withdrawn=ID`), or a page.
fn classify_form(
    status: u16,
    location: Option<&str>,
    body: &str,
    key: &str,
    version: i64,
) -> Outcome {
    if status == 303 {
        return match location.and_then(|l| named_comment(l, key)) {
            Some(comment_id) => Outcome::Acked {
                comment_id,
                version,
            },
            None => Outcome::Refused {
                status,
                kind: "303 to an unexpected page".into(),
            },
        };
    }
    // The refusal page is told by its title, without parsing it: half the run's answers are
    // refusals, and the load generator shares the machine with the server.
    if status == 409 && body.contains("The round is closed") {
        Outcome::Closed
    } else {
        Outcome::Refused {
            status,
            kind: format!("{status} page (form)"),
        }
    }
}

/// The comment a redirect names in its query (`?saved=ID`), resolved as a browser would.
fn named_comment(location: &str, key: &str) -> Option<i64> {
    static PAGE: LazyLock<Option<Url>> = LazyLock::new(|| Url::parse("http://bench.invalid/").ok());
    let target = PAGE.as_ref()?.join(location).ok()?;
    let (_, id) = target.query_pairs().find(|(name, _)| name == key)?;
    id.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::rush::record::fixtures::acked;

    #[test]
    fn server_timing_is_read() {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            "server-timing",
            "app;dur=12.50, writer;dur=3.25".parse().unwrap(),
        );
        let timing = server_timing(&headers);
        assert_eq!((timing.app_ms, timing.writer_ms), (Some(12.5), Some(3.25)));
        headers.insert("server-timing", "app;dur=7".parse().unwrap());
        let timing = server_timing(&headers);
        assert_eq!((timing.app_ms, timing.writer_ms), (Some(7.0), None));
        assert!(
            server_timing(&reqwest::header::HeaderMap::new())
                .app_ms
                .is_none()
        );
    }

    #[test]
    fn answers_are_classified() {
        let closed = br#"{"error":{"code":"round_closed","message":"closed"}}"#;
        assert_eq!(classify_api(409, closed, 1), Outcome::Closed);
        assert_eq!(classify_api(201, br#"{"id":42}"#, 1), acked(42, 1));
        assert!(matches!(
            classify_api(409, br#"{"error":{"code":"conflict"}}"#, 1),
            Outcome::Refused { status: 409, .. }
        ));
        let location = Some("/rounds/3?saved=17#comment-17");
        assert_eq!(classify_form(303, location, "", "saved", 2), acked(17, 2));
        let closed_page = "<h1>The round is closed</h1>";
        assert_eq!(
            classify_form(409, None, closed_page, "saved", 1),
            Outcome::Closed
        );
        assert!(matches!(
            classify_form(409, None, "<h1>Changed meanwhile</h1>", "saved", 1),
            Outcome::Refused { .. }
        ));
        let elsewhere = Some("/rounds/3?withdrawn=17");
        assert!(matches!(
            classify_form(303, elsewhere, "", "saved", 2),
            Outcome::Refused { status: 303, .. }
        ));
    }
}
