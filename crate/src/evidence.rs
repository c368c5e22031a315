//! What was observed. Every field optional; wrong types are errors naming the field.
use serde::Serialize;
use serde_json::Value;
use std::fmt;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    pub url: Option<String>,
    pub site: Option<String>,
    pub text: Option<String>,
    pub http_status: Option<u16>,
    pub net_error: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceError {
    pub field: String,
    pub problem: String,
}

impl fmt::Display for EvidenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "evidence.{}: {}", self.field, self.problem)
    }
}
impl std::error::Error for EvidenceError {}

impl Evidence {
    /// Reads evidence from any JSON value; unknown fields are ignored.
    pub fn from_json(v: &Value) -> Result<Evidence, EvidenceError> {
        let obj = v.as_object().ok_or_else(|| EvidenceError {
            field: "(root)".into(),
            problem: "expected an object".into(),
        })?;
        let string = |k: &str| -> Result<Option<String>, EvidenceError> {
            match obj.get(k) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.clone())),
                Some(_) => Err(EvidenceError {
                    field: k.into(),
                    problem: "expected a string".into(),
                }),
            }
        };
        let http_status =
            match obj.get("httpStatus") {
                None | Some(Value::Null) => None,
                Some(Value::Number(n)) => Some(n.as_u64().filter(|n| *n < 1000).ok_or_else(
                    || EvidenceError {
                        field: "httpStatus".into(),
                        problem: "expected an integer from 0 to 999".into(),
                    },
                )? as u16),
                Some(_) => {
                    return Err(EvidenceError {
                        field: "httpStatus".into(),
                        problem: "expected a number".into(),
                    })
                }
            };
        Ok(Evidence {
            url: string("url")?,
            site: string("site")?,
            text: string("text")?,
            http_status,
            net_error: string("netError")?,
        })
    }
}
