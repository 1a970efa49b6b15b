//! A real SMTP server for tests and the mail benchmark, on a loopback port: the protocol is the
//! `mailin` crate's; this file only runs its sessions on sockets, keeps what was accepted, and
//! can be stopped (connections cut, port closed: clients see "connection refused") and started
//! again on the same port.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpStream};
use std::sync::{Arc, Mutex, MutexGuard};

use mail_parser::MimeHeaders;
use mailin::{Action, Handler, Response, SessionBuilder};

/// One message the server accepted: the envelope's recipients and the raw message.
#[derive(Clone, Debug)]
pub struct Received {
    pub envelope_to: Vec<String>,
    pub raw: Vec<u8>,
}

impl Received {
    pub fn parsed(&self) -> ParsedMail {
        ParsedMail::parse(&self.raw).expect("a parsable message")
    }
}

/// A received message as a test reads it.
#[derive(Clone, Debug)]
pub struct ParsedMail {
    pub to: Vec<String>,
    pub from: String,
    pub reply_to: Option<String>,
    pub subject: String,
    /// Without the angle brackets.
    pub message_id: String,
    pub text: String,
    pub html: String,
    /// (file name, contents)
    pub attachments: Vec<(String, String)>,
}

impl ParsedMail {
    /// Reads a raw message (as sent over SMTP or written by the file transport); `None` when it
    /// is not one.
    pub fn parse(raw: &[u8]) -> Option<ParsedMail> {
        let message = mail_parser::MessageParser::default().parse(raw)?;
        let to = message
            .to()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.address())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let attachments = message
            .attachments()
            .map(|a| {
                (
                    a.attachment_name().unwrap_or_default().to_string(),
                    String::from_utf8_lossy(a.contents()).to_string(),
                )
            })
            .collect();
        Some(ParsedMail {
            to,
            from: message
                .from()
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .unwrap_or_default()
                .to_string(),
            reply_to: message
                .reply_to()
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .map(str::to_string),
            subject: message.subject().unwrap_or_default().to_string(),
            message_id: message.message_id().unwrap_or_default().to_string(),
            text: message
                .body_text(0)
                .map(|t| t.to_string())
                .unwrap_or_default(),
            html: message
                .body_html(0)
                .map(|t| t.to_string())
                .unwrap_or_default(),
            attachments,
        })
    }

    /// Whether `address` is among the message's `To` addresses (case aside).
    pub fn is_to(&self, address: &str) -> bool {
        self.to.iter().any(|to| to.eq_ignore_ascii_case(address))
    }
}

#[derive(Default)]
struct Shared {
    received: Vec<Received>,
    /// Clones of the open connections, to cut them when the server stops.
    connections: Vec<TcpStream>,
    running: bool,
    /// Go down by itself right after accepting this many messages (an outage mid-wave).
    stop_after: Option<usize>,
}

/// The message a session completed, waiting to be recorded together with its 250 answer.
type Completed = Arc<Mutex<Option<Received>>>;

struct Sink {
    completed: Completed,
    envelope_to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Sink {
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.envelope_to = to.to_vec();
        self.data.clear();
        mailin::response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        // Recorded by `serve_connection` under the server's lock, together with the answer.
        *self.completed.lock().unwrap_or_else(|p| p.into_inner()) = Some(Received {
            envelope_to: std::mem::take(&mut self.envelope_to),
            raw: std::mem::take(&mut self.data),
        });
        mailin::response::OK
    }
}

fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(|p| p.into_inner())
}

/// The server; stops when dropped.
pub struct SmtpServer {
    pub addr: SocketAddr,
    shared: Arc<Mutex<Shared>>,
    accept: Option<tokio::task::JoinHandle<()>>,
}

impl SmtpServer {
    /// Starts on a free loopback port.
    pub async fn start() -> SmtpServer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind SMTP");
        let addr = listener.local_addr().expect("addr");
        let mut server = SmtpServer {
            addr,
            shared: Arc::new(Mutex::new(Shared::default())),
            accept: None,
        };
        server.serve(listener);
        server
    }

    /// `smtp://127.0.0.1:<port>`
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    fn serve(&mut self, listener: tokio::net::TcpListener) {
        lock(&self.shared).running = true;
        let shared = self.shared.clone();
        self.accept = Some(tokio::spawn(async move {
            loop {
                let Ok((stream, peer)) = listener.accept().await else {
                    continue;
                };
                let Ok(stream) = stream.into_std() else {
                    continue;
                };
                let shared = shared.clone();
                std::thread::spawn(move || serve_connection(stream, peer.ip(), shared));
            }
        }));
    }

    /// Stops: no new connection is accepted (the port is closed) and open ones are cut.
    pub async fn stop(&mut self) {
        if let Some(accept) = self.accept.take() {
            accept.abort();
            let _ = accept.await;
        }
        let mut shared = lock(&self.shared);
        shared.running = false;
        for connection in shared.connections.drain(..) {
            let _ = connection.shutdown(Shutdown::Both);
        }
    }

    /// Goes down by itself right after accepting `n` messages in all.
    pub fn stop_after(&self, n: usize) {
        lock(&self.shared).stop_after = Some(n);
    }

    pub fn is_running(&self) -> bool {
        lock(&self.shared).running
    }

    /// Starts again on the same port.
    pub async fn restart(&mut self) {
        if self.accept.is_some() {
            lock(&self.shared).running = true;
            return;
        }
        let mut listener = None;
        for _ in 0..100 {
            match tokio::net::TcpListener::bind(self.addr).await {
                Ok(l) => {
                    listener = Some(l);
                    break;
                }
                Err(_) => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
            }
        }
        self.serve(listener.expect("the SMTP port is free again"));
    }

    pub fn received(&self) -> Vec<Received> {
        lock(&self.shared).received.clone()
    }

    pub fn count(&self) -> usize {
        lock(&self.shared).received.len()
    }

    /// The parsed messages whose envelope went to `to`.
    pub fn mails_to(&self, to: &str) -> Vec<ParsedMail> {
        self.received()
            .iter()
            .filter(|r| r.envelope_to.iter().any(|t| t.eq_ignore_ascii_case(to)))
            .map(Received::parsed)
            .collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        if let Some(accept) = self.accept.take() {
            accept.abort();
        }
        let mut shared = lock(&self.shared);
        shared.running = false;
        for connection in shared.connections.drain(..) {
            let _ = connection.shutdown(Shutdown::Both);
        }
    }
}

/// One SMTP session on a blocking socket (mailin's sessions are not `Send` across awaits).
fn serve_connection(stream: TcpStream, peer: IpAddr, shared: Arc<Mutex<Shared>>) {
    if stream.set_nonblocking(false).is_err() {
        return;
    }
    let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(30)));
    let _ = stream.set_nodelay(true);
    {
        let mut s = lock(&shared);
        if !s.running {
            let _ = stream.shutdown(Shutdown::Both);
            return;
        }
        if let Ok(clone) = stream.try_clone() {
            s.connections.push(clone);
        }
    }
    let Ok(write_half) = stream.try_clone() else {
        return;
    };
    let mut writer = write_half;
    let mut reader = BufReader::new(stream);
    let completed: Completed = Arc::new(Mutex::new(None));
    let sink = Sink {
        completed: completed.clone(),
        envelope_to: Vec::new(),
        data: Vec::new(),
    };
    let mut session = SessionBuilder::new("redraft-test-smtp").build(peer, sink);
    let greeting = session.greeting();
    if greeting.write_to(&mut writer).is_err() {
        return;
    }
    let mut line = Vec::with_capacity(128);
    // Bounded: a session ends when the client quits, the socket is cut, or after many lines.
    for _ in 0..10_000_000u64 {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let response = session.process(&line);
        // Recording a message and answering 250 for it are one step with respect to `stop`:
        // a stopped server neither records nor answers, so the client retries.
        let mut held = lock(&shared);
        if !held.running {
            return;
        }
        let mut going_down = false;
        if let Some(message) = completed.lock().unwrap_or_else(|p| p.into_inner()).take() {
            held.received.push(message);
            going_down = held.stop_after == Some(held.received.len());
        }
        if going_down {
            // Answer this message, then go down: every open connection is cut and new ones
            // are closed at once until `restart`.
            let _ = response.write_to(&mut writer);
            let _ = writer.flush();
            held.running = false;
            held.stop_after = None;
            for connection in held.connections.drain(..) {
                let _ = connection.shutdown(Shutdown::Both);
            }
            return;
        }
        match response.action {
            Action::NoReply => {}
            Action::Reply => {
                if response.write_to(&mut writer).is_err() {
                    return;
                }
                let _ = writer.flush();
            }
            Action::Close | Action::UpgradeTls => {
                let _ = response.write_to(&mut writer);
                return;
            }
        }
    }
}
