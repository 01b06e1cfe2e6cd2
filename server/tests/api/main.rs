//! Integration tests: the real application on a free port, a fresh database and data folder per
//! test, spoken to over HTTP.

mod backup;
mod contact;
mod headers;
mod helpers;
mod i18n;
mod import;
mod instances;
mod limits;
mod openreferral;
mod pages;
mod privacy;
mod process;
mod referrals;
mod smtp;
mod staff;
mod staff_helpers;
mod staff_matrix;
mod triage;
mod validation;
