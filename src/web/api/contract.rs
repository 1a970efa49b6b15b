//! The API's contract: the OpenAPI document as served, and the checking of request bodies
//! against it.
//!
//! The handlers' annotations declare each operation's own answers; [`complete`] adds those that
//! the shared extractors give on every operation alike (401 from the token, 400/404 from the
//! ids of the path, 400/409/422 from the `Idempotency-Key`, 400/413/415/422 from a body), so
//! the document cannot forget them. A JSON body is then validated against the very schema the
//! document declares for it ([`check_body`]): every constraint a client reads there (enums,
//! lengths, formats, minimums) is one the server enforces, refused with 422 naming the field.
//! Rules the schema cannot state (times in order, a zone that exists, a label of the draft) are
//! the use cases' and also answer 422 naming the field.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::http::{Method, StatusCode};
use jsonschema::Validator;
use jsonschema::error::ValidationErrorKind;
use jsonschema::paths::LocationSegment;
use serde_json::{Value, json};

use super::error::{ApiError, Problem};

/// Longest accepted `Idempotency-Key`; the key is 1 to this many visible ASCII characters.
pub const IDEMPOTENCY_KEY_MAX: usize = 255;

const METHODS: [&str; 4] = ["get", "put", "post", "delete"];

/// Adds to every operation of `document` the answers of the shared extractors, and the
/// `Idempotency-Key` header to every write.
pub fn complete(mut document: Value) -> Value {
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return document;
    };
    for (path, item) in paths.iter_mut() {
        for method in METHODS {
            if let Some(operation) = item.get_mut(method) {
                complete_operation(path, method, operation);
            }
        }
    }
    document
}

fn complete_operation(path: &str, method: &str, operation: &mut Value) {
    let mut answers = vec![(
        401,
        "No valid API token: send 'Authorization: Bearer <token>' (`unauthorized`).",
    )];
    if path.contains('{') {
        answers.push((
            400,
            "An id in the path is not a whole number (`bad_request`, naming it).",
        ));
        answers.push((
            404,
            "No such object, or not one the caller may see (`not_found`).",
        ));
        for parameter in parameters(operation) {
            let is_integer = parameter["schema"]["type"] == "integer";
            if parameter["in"] == "path" && is_integer {
                parameter["schema"]["minimum"] = json!(1);
            }
        }
    }
    if method != "get" {
        if !parameters(operation)
            .iter()
            .any(|p| p["name"] == "Idempotency-Key")
        {
            operation["parameters"]
                .as_array_mut()
                .map(|list| list.push(idempotency_key_parameter()))
                .unwrap_or_else(|| operation["parameters"] = json!([idempotency_key_parameter()]));
        }
        answers.push((
            400,
            "The Idempotency-Key header is not 1 to 255 visible characters (`bad_request`).",
        ));
        answers.push((
            409,
            "A request with this Idempotency-Key is still being processed (`conflict`).",
        ));
        answers.push((
            422,
            "This Idempotency-Key was used for another request (`idempotency_key_reused`).",
        ));
    }
    if operation.get("requestBody").is_some() {
        answers.push((400, "The body is not well-formed JSON (`bad_request`)."));
        answers.push((413, "The body is larger than the limit (`too_large`)."));
        answers.push((
            415,
            "The body is not of a declared content type (`unsupported_media_type`).",
        ));
        answers.push((422, "The body breaks the schema or a rule of the round (`invalid`, naming the field; imports: `import_invalid`, naming rows)."));
    }
    let responses = &mut operation["responses"];
    for (status, description) in answers {
        let answer = &mut responses[status.to_string()];
        match answer.get("description").and_then(Value::as_str) {
            Some(known) if known.contains(description) => {}
            Some(known) if !known.is_empty() => {
                answer["description"] = json!(format!("{known} Or: {description}"));
            }
            _ => answer["description"] = json!(description),
        }
        answer["content"] = json!({
            "application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}
        });
    }
}

fn parameters(operation: &mut Value) -> Vec<&mut Value> {
    operation
        .get_mut("parameters")
        .and_then(Value::as_array_mut)
        .map(|list| list.iter_mut().collect())
        .unwrap_or_default()
}

fn idempotency_key_parameter() -> Value {
    json!({
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "Makes the write repeat-safe: a repeat with the same key and the same request gets the first answer again (with `Idempotent-Replayed: true`); the same key with another request is refused.",
        "schema": {
            "type": "string",
            "pattern": format!("^[!-~]{{1,{IDEMPOTENCY_KEY_MAX}}}$"),
        }
    })
}

/// Whether `key` is a well-formed `Idempotency-Key` (the declared pattern).
pub fn is_idempotency_key(key: &str) -> bool {
    (1..=IDEMPOTENCY_KEY_MAX).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
}

/// The validators of the JSON bodies, by method and route (as the document names it).
static BODIES: LazyLock<HashMap<(Method, String), Validator>> =
    LazyLock::new(|| body_validators(&super::openapi()));

fn body_validators(document: &Value) -> HashMap<(Method, String), Validator> {
    let mut validators = HashMap::new();
    let Some(paths) = document["paths"].as_object() else {
        return validators;
    };
    for (path, item) in paths {
        for method in METHODS {
            let schema = &item[method]["requestBody"]["content"]["application/json"]["schema"];
            if schema.is_null() {
                continue;
            }
            // The body's schema with the document's components beside it, so that its
            // references resolve.
            let mut root = schema.clone();
            if let Some(object) = root.as_object_mut() {
                object.insert("components".into(), document["components"].clone());
            } else {
                continue;
            }
            let validator = jsonschema::draft202012::options()
                .should_validate_formats(true)
                .build(&root)
                .unwrap_or_else(|e| panic!("the schema of {method} {path} compiles: {e}"));
            let method =
                Method::from_bytes(method.to_ascii_uppercase().as_bytes()).expect("an HTTP method");
            validators.insert((method, path.clone()), validator);
        }
    }
    validators
}

/// Checks a JSON body sent to the operation `method route` against its declared schema; every
/// problem is named, the first one in `field`. A position in a list (an import) is its `row`
/// (first item = 1).
pub fn check_body(method: &Method, route: &str, body: &Value) -> Result<(), ApiError> {
    let Some(validator) = BODIES.get(&(method.clone(), route.to_string())) else {
        return Ok(());
    };
    let problems: Vec<Problem> = validator
        .iter_errors(body)
        .map(|error| {
            let mut row = None;
            let mut field = None;
            for segment in error.instance_path().iter() {
                match segment {
                    LocationSegment::Index(i) if field.is_none() => row = Some(i + 1),
                    LocationSegment::Index(_) => {}
                    LocationSegment::Property(name) => field = Some(name.to_string()),
                }
            }
            if let ValidationErrorKind::Required { property } = error.kind() {
                field = property.as_str().map(str::to_string);
            }
            let message = match &field {
                Some(name) => format!("{name}: {}", plain(&error.to_string())),
                None => plain(&error.to_string()),
            };
            Problem {
                field,
                row,
                message,
            }
        })
        .collect();
    let Some(first) = problems.first() else {
        return Ok(());
    };
    // A list is an import (delegations, the draft): refused as a whole, like its CSV form.
    let mut refusal = if body.is_array() {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "import_invalid",
            format!(
                "{} problem(s); nothing was stored. {}",
                problems.len(),
                first.message
            ),
            None,
        )
    } else {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            first.message.clone(),
            first.field.as_deref(),
        )
    };
    refusal.detail.problems = problems;
    Err(refusal)
}

/// A validator's message without the value it quotes when that is long (a whole comment).
fn plain(message: &str) -> String {
    const MAX: usize = 300;
    if message.chars().count() <= MAX {
        message.to_string()
    } else {
        let cut: String = message.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

/// JSON numbers with no fractional part are integers (as JSON Schema counts them): `3.0` reads
/// as `3` where an integer is expected.
pub fn whole_numbers(value: &mut Value) {
    match value {
        Value::Number(n) if n.is_f64() => {
            if let Some(f) = n.as_f64()
                && f.fract() == 0.0
                && f >= i64::MIN as f64
                && f < i64::MAX as f64
            {
                *value = json!(f as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers),
        Value::Object(fields) => fields.values_mut().for_each(whole_numbers),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idempotency_keys_are_visible_ascii() {
        assert!(is_idempotency_key("a1-B2_c3"));
        assert!(is_idempotency_key(&"k".repeat(IDEMPOTENCY_KEY_MAX)));
        assert!(!is_idempotency_key(""));
        assert!(!is_idempotency_key("with space"));
        assert!(!is_idempotency_key("é"));
        assert!(!is_idempotency_key(&"k".repeat(IDEMPOTENCY_KEY_MAX + 1)));
    }

    #[test]
    fn whole_floats_read_as_integers() {
        let mut body = json!({"version": 3.0, "list": [1.5, 2.0], "big": 1e300});
        whole_numbers(&mut body);
        assert_eq!(body, json!({"version": 3, "list": [1.5, 2], "big": 1e300}));
    }

    #[test]
    fn every_write_declares_the_shared_answers_and_the_key() {
        let document = super::super::openapi();
        for (path, item) in document["paths"].as_object().expect("paths") {
            for method in METHODS {
                let operation = &item[method];
                if operation.is_null() {
                    continue;
                }
                let answers = operation["responses"].as_object().expect("responses");
                assert!(answers.contains_key("401"), "{method} {path}");
                let has_key = operation["parameters"]
                    .as_array()
                    .is_some_and(|p| p.iter().any(|p| p["name"] == "Idempotency-Key"));
                assert_eq!(has_key, method != "get", "{method} {path}");
                if operation.get("requestBody").is_some() {
                    for status in ["400", "413", "415", "422"] {
                        assert!(answers.contains_key(status), "{status}: {method} {path}");
                    }
                }
            }
        }
    }
}
