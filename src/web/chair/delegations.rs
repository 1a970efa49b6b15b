//! The delegations of a round on the Chair's pages: the CSV import, and the changes by hand
//! (add, rename, remove, focal points).

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::ChairNav;
use super::setup::{import_errors, submitted_content};
use crate::app::AppError;
use crate::app::chair::parse_delegations;
use crate::domain::DelegationCategory;
use crate::domain::import::MAX_IMPORT_BYTES;
use crate::i18n::Arg;
use crate::web::error::{WebError, WebResult};
use crate::web::extract::{PagePath, Staff};
use crate::web::page::{Page, ShownError, html};
use crate::web::session::CsrfMultipart;
use crate::web::state::WebState;

#[derive(Template)]
#[template(path = "chair/delegations.html")]
struct DelegationsPage {
    page: Page,
    nav: ChairNav,
    title: String,
    delegations: Vec<DelegationView>,
    categories: Vec<(&'static str, String)>,
    content: String,
    notice: Option<String>,
    fields: DelegationFields,
}

struct DelegationView {
    delegation_id: i64,
    name: String,
    category: String,
    focal_points: Vec<(i64, String)>,
}

/// The hand-editing forms of the delegations page (one `action` each).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct DelegationFields {
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub delegation_id: String,
    #[serde(default)]
    pub user_id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub email: String,
}

async fn render_delegations(
    state: &WebState,
    staff: &Staff,
    round_id: i64,
    content: String,
    fields: DelegationFields,
    errors: Vec<ShownError>,
    notice: Option<String>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let round = state
        .app
        .staff_round_record(&staff.signed_in.actor, round_id)
        .await?;
    let list = state
        .app
        .round_delegations(&staff.signed_in.actor, round_id)
        .await?;
    let delegations = list
        .into_iter()
        .map(|d| DelegationView {
            delegation_id: d.delegation_id,
            name: d.name,
            category: tr.t(&format!("category-{}", d.category.as_str())),
            focal_points: d
                .focal_points
                .into_iter()
                .map(|u| (u.user_id, u.email))
                .collect(),
        })
        .collect();
    let page = DelegationsPage {
        page: staff
            .round_page(&tr, "delegations-title", &round.title)
            .in_venue(&crate::app::venue_zone(&round.venue_tz)?)
            .showing(errors),
        nav: ChairNav::new(round_id, "nav-delegations"),
        title: round.title.clone(),
        delegations,
        categories: DelegationCategory::all()
            .iter()
            .map(|c| (c.as_str(), tr.t(&format!("category-{}", c.as_str()))))
            .collect(),
        content,
        notice,
        fields,
    };
    html(page.page.status(), &page)
}

pub async fn delegations_page(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
) -> WebResult<Response> {
    render_delegations(
        &state,
        &staff,
        round_id,
        String::new(),
        DelegationFields::default(),
        Vec::new(),
        None,
    )
    .await
}

/// Every form of the delegations page posts here (multipart, for the file upload).
pub async fn delegations_action(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    form: CsrfMultipart,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let actor = staff.signed_in.actor;
    let fields = DelegationFields {
        action: form.text("action"),
        delegation_id: form.text("delegation_id"),
        user_id: form.text("user_id"),
        name: form.text("name"),
        category: form.text("category"),
        email: form.text("email"),
    };
    let id = |s: &str| s.trim().parse::<i64>().map_err(|_| WebError::NotFound);
    let result: Result<String, AppError> = match fields.action.as_str() {
        "import" => {
            let bytes = submitted_content(&form);
            let content =
                String::from_utf8_lossy(&bytes[..bytes.len().min(MAX_IMPORT_BYTES)]).into_owned();
            let imported = match parse_delegations(&bytes) {
                Ok(rows) => state.app.import_delegations(actor, round_id, rows).await,
                Err(e) => Err(e),
            };
            match imported {
                Ok(summary) => Ok(tr.ta(
                    "import-done",
                    &[
                        ("rows", Arg::Number(summary.rows as i64)),
                        ("created", Arg::Number(summary.created as i64)),
                        ("focal", Arg::Number(summary.focal_points_added as i64)),
                    ],
                )),
                Err(AppError::Import(problems)) => {
                    let errors = import_errors(&problems, &tr, "content");
                    return render_delegations(
                        &state, &staff, round_id, content, fields, errors, None,
                    )
                    .await;
                }
                Err(e) => Err(e),
            }
        }
        "add" => {
            let category = DelegationCategory::parse(&fields.category);
            match (crate::domain::DelegationName::parse(&fields.name), category) {
                (Ok(name), Some(category)) => {
                    let emails: Result<Vec<crate::domain::Email>, _> = fields
                        .email
                        .split(';')
                        .map(str::trim)
                        .filter(|e| !e.is_empty())
                        .map(crate::domain::Email::parse)
                        .collect();
                    match emails {
                        Ok(focal_points) => {
                            let row = crate::domain::import::DelegationRow {
                                row: 0,
                                name,
                                category,
                                focal_points,
                            };
                            state
                                .app
                                .import_delegations(actor, round_id, vec![row])
                                .await
                                .map(|_| tr.t("delegation-added"))
                        }
                        Err(e) => Err(AppError::invalid(
                            "email",
                            crate::i18n::Message::new(e.message_id()),
                        )),
                    }
                }
                (Err(e), _) => Err(AppError::invalid(
                    "name",
                    crate::i18n::Message::new(e.message_id()),
                )),
                (_, None) => Err(AppError::invalid(
                    "category",
                    crate::i18n::Message::new("error-category"),
                )),
            }
        }
        "rename" => state
            .app
            .rename_delegation(actor, round_id, id(&fields.delegation_id)?, &fields.name)
            .await
            .map(|_| tr.t("delegation-renamed")),
        "remove" => state
            .app
            .remove_delegation(actor, round_id, id(&fields.delegation_id)?)
            .await
            .map(|_| tr.t("delegation-removed")),
        "add-focal-point" => state
            .app
            .add_focal_point(actor, round_id, id(&fields.delegation_id)?, &fields.email)
            .await
            .map(|_| tr.t("focal-point-added")),
        "remove-focal-point" => state
            .app
            .remove_focal_point(actor, round_id, id(&fields.user_id)?)
            .await
            .map(|_| tr.t("focal-point-removed")),
        _ => return Err(WebError::BadForm),
    };
    match result {
        Ok(notice) => {
            render_delegations(
                &state,
                &staff,
                round_id,
                String::new(),
                DelegationFields::default(),
                Vec::new(),
                Some(notice),
            )
            .await
        }
        Err(AppError::Invalid(errors)) => {
            let suffix = match fields.action.as_str() {
                "add" => "-add".to_string(),
                _ => format!("-{}", fields.delegation_id.trim()),
            };
            let shown = Page::anonymous(tr, String::new())
                .with_errors(&errors, &suffix)
                .errors;
            render_delegations(&state, &staff, round_id, String::new(), fields, shown, None).await
        }
        Err(e) => Err(e.into()),
    }
}
