//! Integration tests: the real server on a loopback port with its own database, driven over
//! HTTP like a user (links from real e-mails, real forms with their CSRF tokens). Every
//! scenario runs on SQLite and, when `TEST_DATABASE_URL` is set, on PostgreSQL.

mod helpers;

mod access;
mod auth;
mod comments;
mod deadline;
mod durability;
mod mail;
mod mail_delivery;
mod security;
mod smtp_server;
mod validation;
