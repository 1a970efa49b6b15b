//! Every catalogue has every message of the English one, uses only the variables the English
//! message is given, and no message the English one lacks; plural selectors give every CLDR
//! category of their language (Arabic six, Russian four, …) so that no count falls through to
//! a wrong form.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

use crate::domain::Language;

/// A catalogue: message id → (its variables, the variant keys of each plural selector).
type Catalogue = BTreeMap<String, (BTreeSet<String>, Vec<BTreeSet<String>>)>;

fn read(language: Language) -> Catalogue {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("templates/locales")
        .join(language.as_str());
    let mut catalogue = Catalogue::new();
    let entries =
        std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    for entry in entries {
        let path = entry.expect("file").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("UTF-8 catalogue");
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut variables = BTreeSet::new();
                    let mut selectors = Vec::new();
                    if let Some(pattern) = &message.value {
                        walk(pattern, &mut variables, &mut selectors);
                    }
                    for attribute in &message.attributes {
                        walk(&attribute.value, &mut variables, &mut selectors);
                    }
                    let id = message.id.name.to_string();
                    let twice = catalogue.insert(id.clone(), (variables, selectors));
                    assert!(twice.is_none(), "{language}: {id} is defined twice");
                }
                Entry::Junk { content } => {
                    panic!("{}: cannot read {content:?}", path.display())
                }
                _ => {}
            }
        }
    }
    catalogue
}

fn walk(
    pattern: &Pattern<&str>,
    variables: &mut BTreeSet<String>,
    selectors: &mut Vec<BTreeSet<String>>,
) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_walk(expression, variables, selectors);
        }
    }
}

fn expression_walk(
    expression: &Expression<&str>,
    variables: &mut BTreeSet<String>,
    selectors: &mut Vec<BTreeSet<String>>,
) {
    match expression {
        Expression::Inline(inline) => inline_walk(inline, variables, selectors),
        Expression::Select { selector, variants } => {
            inline_walk(selector, variables, selectors);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    VariantKey::Identifier { name } => Some(name.to_string()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            selectors.push(keys);
            for variant in variants {
                walk(&variant.value, variables, selectors);
            }
        }
    }
}

fn inline_walk(
    inline: &InlineExpression<&str>,
    variables: &mut BTreeSet<String>,
    selectors: &mut Vec<BTreeSet<String>>,
) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => {
            expression_walk(expression, variables, selectors)
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_walk(argument, variables, selectors);
            }
        }
        _ => {}
    }
}

/// The CLDR plural categories of cardinal numbers in each language.
fn plural_categories(language: Language) -> BTreeSet<String> {
    let categories: &[&str] = match language {
        Language::Ar => &["zero", "one", "two", "few", "many", "other"],
        Language::Ru => &["one", "few", "many", "other"],
        Language::Fr | Language::Es => &["one", "many", "other"],
        Language::En => &["one", "other"],
        Language::Zh => &["other"],
    };
    categories.iter().map(|c| c.to_string()).collect()
}

#[test]
fn every_catalogue_has_every_message_with_the_same_variables() {
    let english = read(Language::En);
    assert!(
        english.len() > 500,
        "the English catalogue was not found whole"
    );
    let mut problems = Vec::new();
    for language in Language::all() {
        let catalogue = read(language);
        for (id, (variables, _)) in &english {
            match catalogue.get(id) {
                None => problems.push(format!("{language}: {id} is missing")),
                Some((theirs, _)) => {
                    for unknown in theirs.difference(variables) {
                        problems.push(format!(
                            "{language}: {id} uses ${unknown}, which it is not given"
                        ));
                    }
                }
            }
        }
        for id in catalogue.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{language}: {id} is not an English message"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn plural_selectors_give_every_category_of_their_language() {
    let mut problems = Vec::new();
    for language in Language::all() {
        let categories = plural_categories(language);
        let plural_word =
            |k: &String| ["zero", "one", "two", "few", "many", "other"].contains(&k.as_str());
        for (id, (_, selectors)) in read(language) {
            for keys in selectors.iter().filter(|keys| keys.iter().any(plural_word)) {
                // "many" is a form of large round numbers in French and Spanish (1 000 000 de
                // …): messages that count delegations or days may do without it.
                let needed: BTreeSet<&String> = categories
                    .iter()
                    .filter(|c| {
                        !(c.as_str() == "many" && matches!(language, Language::Fr | Language::Es))
                    })
                    .collect();
                for missing in needed.into_iter().filter(|c| !keys.contains(*c)) {
                    problems.push(format!("{language}: {id} has no [{missing}] form"));
                }
                for stray in keys
                    .iter()
                    .filter(|k| plural_word(k) && !categories.contains(*k))
                {
                    problems.push(format!(
                        "{language}: {id} has a [{stray}] form the language lacks"
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
