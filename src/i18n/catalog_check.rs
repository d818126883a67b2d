//! Checks every catalog against the English reference: each message present, none extra, and
//! the same `$placeholders` used. Behind `aidkiosk locales check` and the catalog tests.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::{CATALOGS, REFERENCE, SHIPPED_ORDER};

/// Message id → the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

/// How one language compares with the reference.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LanguageReport {
    pub tag: String,
    /// Messages in the reference.
    pub expected: usize,
    /// Reference messages this language has.
    pub present: usize,
    pub missing: Vec<String>,
    pub extra: Vec<String>,
    /// (message id, placeholders in the reference, placeholders here).
    pub placeholders: Vec<(String, Vec<String>, Vec<String>)>,
    pub syntax_errors: Vec<String>,
}

impl LanguageReport {
    /// Whether nothing is wrong.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
            && self.extra.is_empty()
            && self.placeholders.is_empty()
            && self.syntax_errors.is_empty()
    }
}

fn walk_pattern(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, vars);
            for v in variants {
                walk_pattern(&v.value, vars);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, vars),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, vars),
        _ => {}
    }
}

fn messages_of(tag: &str) -> (Messages, Vec<String>) {
    let mut messages = Messages::new();
    let mut errors = Vec::new();
    for (_, file, source) in CATALOGS.iter().filter(|(t, _, _)| *t == tag) {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(r) => r,
            Err((r, errs)) => {
                errors.extend(errs.iter().map(|e| format!("{file}: {e:?}")));
                r
            }
        };
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &m.value {
                        walk_pattern(value, &mut vars);
                    }
                    if messages.insert(m.id.name.to_owned(), vars).is_some() {
                        errors.push(format!("{file}: {} is defined twice", m.id.name));
                    }
                }
                Entry::Junk { content } => {
                    errors.push(format!("{file}: cannot parse {:?}", content.trim()));
                }
                _ => {}
            }
        }
    }
    (messages, errors)
}

/// Compares every shipped language with the reference.
pub fn check_all() -> Vec<LanguageReport> {
    let (reference, ref_errors) = messages_of(REFERENCE);
    SHIPPED_ORDER
        .iter()
        .map(|tag| {
            let (messages, syntax_errors) = if *tag == REFERENCE {
                (reference.clone(), ref_errors.clone())
            } else {
                messages_of(tag)
            };
            let mut report = LanguageReport {
                tag: (*tag).to_owned(),
                expected: reference.len(),
                syntax_errors,
                ..LanguageReport::default()
            };
            for (id, vars) in &reference {
                match messages.get(id) {
                    None => report.missing.push(id.clone()),
                    Some(found) => {
                        report.present += 1;
                        if found != vars {
                            report.placeholders.push((
                                id.clone(),
                                vars.iter().cloned().collect(),
                                found.iter().cloned().collect(),
                            ));
                        }
                    }
                }
            }
            report.extra = messages
                .keys()
                .filter(|id| !reference.contains_key(*id))
                .cloned()
                .collect();
            report
        })
        .collect()
}
