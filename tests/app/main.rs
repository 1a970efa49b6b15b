//! Integration tests: the real server on a loopback port with its own database, driven over
//! HTTP like a user (links from real e-mails, real forms with their CSRF tokens). Every
//! scenario runs on SQLite and, when `TEST_DATABASE_URL` is set, on PostgreSQL.

mod helpers;

mod access;
mod api;
mod attachments;
mod auth;
mod authorization;
mod bidi;
mod chair;
mod comments;
mod compression;
mod consolidation;
mod cookies;
mod deadline;
mod downloads;
mod durability;
mod focal_points;
mod group_commit;
mod hardening;
mod imports;
mod intake;
mod languages;
mod mail;
mod mail_delivery;
mod mail_notices;
mod migrations;
mod outcome;
mod polish;
mod removed_people;
mod revisions;
mod scheduler;
mod security;
mod sign_in_limits;
mod silence;
mod translations;
mod validation;
