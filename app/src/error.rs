//! The one error type of the portal. Each variant knows its HTTP status; what a person sees is a
//! Fluent message in their language, never the cause of an internal failure, which is logged
//! with its whole chain instead.

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// Input that was well formed but not acceptable; `message_id` explains it to the person.
    #[error("invalid input ({message_id})")]
    Validation { message_id: &'static str },
    /// Input that could not be read at all (a broken form, a body too large).
    #[error("bad request ({message_id})")]
    BadRequest { message_id: &'static str },
    /// A body over the size limit, refused before it was read.
    #[error("payload too large")]
    TooLarge,
    /// More requests from one client address than its limit allows.
    #[error("too many requests")]
    TooManyRequests,
    /// The database could not write because its disk is full. Nothing was saved; what was
    /// saved before is intact (SQLite and PostgreSQL roll the transaction back).
    #[error("the disk is full")]
    StorageFull(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("internal error")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl AppError {
    pub const fn status_code(&self) -> http::StatusCode {
        match self {
            AppError::NotFound => http::StatusCode::NOT_FOUND,
            AppError::Validation { .. } => http::StatusCode::UNPROCESSABLE_ENTITY,
            AppError::BadRequest { .. } => http::StatusCode::BAD_REQUEST,
            AppError::TooLarge => http::StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooManyRequests => http::StatusCode::TOO_MANY_REQUESTS,
            AppError::StorageFull(_) => http::StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The Fluent message shown to the person.
    pub const fn message_id(&self) -> &'static str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::Validation { message_id } | AppError::BadRequest { message_id } => message_id,
            AppError::TooLarge => "error-too-large",
            AppError::TooManyRequests => "error-too-many-requests",
            AppError::StorageFull(_) => "error-storage-full",
            AppError::Internal(_) => "error-internal",
        }
    }

    /// Whether the cause should be logged: failures of the portal or its machine, not of the
    /// request.
    pub const fn is_server_fault(&self) -> bool {
        matches!(self, AppError::Internal(_) | AppError::StorageFull(_))
    }

    pub fn internal(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        AppError::Internal(error.into())
    }

    /// A form that could not be read: too large (413), or unreadable, explained by
    /// `unreadable_message_id` (400).
    #[cfg(feature = "ssr")]
    pub fn from_form_rejection(
        rejection: &axum::extract::rejection::FormRejection,
        unreadable_message_id: &'static str,
    ) -> Self {
        if rejection.status() == http::StatusCode::PAYLOAD_TOO_LARGE {
            AppError::TooLarge
        } else {
            AppError::BadRequest {
                message_id: unreadable_message_id,
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        if is_disk_full(&error) {
            AppError::StorageFull(error.into())
        } else {
            AppError::internal(error)
        }
    }
}

/// SQLite's `SQLITE_FULL` (13) or PostgreSQL's `disk_full` (53100), or the operating system's
/// "no space left on device" underneath either.
#[cfg(feature = "ssr")]
pub fn is_disk_full(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Database(database) => matches!(database.code().as_deref(), Some("13" | "53100")),
        sqlx::Error::Io(io) => io.kind() == std::io::ErrorKind::StorageFull,
        _ => false,
    }
}

#[cfg(feature = "ssr")]
impl From<anyhow::Error> for AppError {
    fn from(error: anyhow::Error) -> Self {
        AppError::Internal(error.into())
    }
}

/// Formats an error with every cause in its chain, for logs.
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_errors_are_4xx_and_internal_errors_hide_their_cause() {
        assert_eq!(AppError::NotFound.status_code(), http::StatusCode::NOT_FOUND);
        assert!(AppError::Validation { message_id: "x" }.status_code().is_client_error());
        assert!(AppError::BadRequest { message_id: "x" }.status_code().is_client_error());
        let internal = AppError::internal(std::io::Error::other("disk on fire"));
        assert_eq!(internal.message_id(), "error-internal");
        assert!(error_chain(&internal).contains("disk on fire"));
        assert!(internal.is_server_fault());
        assert!(!AppError::TooManyRequests.is_server_fault());
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_full_disk_is_told_apart_from_other_database_failures() {
        let full = sqlx::Error::Io(std::io::Error::from(std::io::ErrorKind::StorageFull));
        assert!(is_disk_full(&full));
        let error = AppError::from(full);
        assert_eq!(error.status_code(), http::StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(error.message_id(), "error-storage-full");
        assert!(error.is_server_fault());
        let other = AppError::from(sqlx::Error::PoolTimedOut);
        assert_eq!(other.status_code(), http::StatusCode::INTERNAL_SERVER_ERROR);
    }
}
