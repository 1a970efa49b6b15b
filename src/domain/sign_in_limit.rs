//! How often sign-in links may be asked for, and who is asking: the limits per address and per
//! client, and the address a request is counted under when it came through proxies.
//!
//! A proxy's `X-Forwarded-For` is believed only when the request came from a proxy the
//! installation names, and then only its right-most entry that is not one of those proxies:
//! everything to the left of it was written by the client, who can put anything there (the
//! left-most entry would let one client count as as many clients as it likes).

use std::net::IpAddr;

use jiff::SignedDuration;

/// The installation's limits on asking for sign-in links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignInLimits {
    /// Links e-mailed to one address within [`SignInLimits::address_window`].
    pub links_per_address: u32,
    pub address_window: SignedDuration,
    /// Requests for links (to any address, known or not) from one client within
    /// [`SignInLimits::client_window`].
    pub requests_per_client: u32,
    pub client_window: SignedDuration,
}

impl Default for SignInLimits {
    fn default() -> Self {
        SignInLimits {
            links_per_address: 5,
            address_window: SignedDuration::from_hours(1),
            requests_per_client: 30,
            client_window: SignedDuration::from_mins(10),
        }
    }
}

/// Whether one more request may be served after `so_far` within the window.
pub fn within_limit(so_far: u64, limit: u32) -> bool {
    so_far < u64::from(limit)
}

/// The key a client's requests are counted under: its IPv4 address, or the /64 network of its
/// IPv6 address (one subscriber is handed a whole /64, so counting single IPv6 addresses would
/// let one client count as billions).
pub fn client_key(address: IpAddr) -> String {
    match address.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            let network = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
            format!("{network}/64")
        }
    }
}

/// The address of the client behind `peer` (the socket's other end): `peer` itself unless it is
/// one of the `trusted` proxies, else the right-most entry of the `X-Forwarded-For` values
/// (`forwarded_for`, in the order the headers came) that is not a trusted proxy. An entry that
/// is not an address where the client should be, or a chain of trusted proxies only, leaves the
/// proxy's own address: that counts everything it forwards as one client, never as many.
pub fn client_address<'a>(
    peer: IpAddr,
    forwarded_for: impl IntoIterator<Item = &'a str>,
    trusted: &[IpAddr],
) -> IpAddr {
    let is_trusted = |ip: IpAddr| {
        trusted
            .iter()
            .any(|t| t.to_canonical() == ip.to_canonical())
    };
    if !is_trusted(peer) {
        return peer;
    }
    let entries: Vec<&str> = forwarded_for
        .into_iter()
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .collect();
    for entry in entries.into_iter().rev() {
        match parse_forwarded_entry(entry) {
            Some(ip) if is_trusted(ip) => continue,
            Some(ip) => return ip,
            None => return peer,
        }
    }
    peer
}

/// An `X-Forwarded-For` entry: an address, possibly with a port (`1.2.3.4:5678`,
/// `[2001:db8::1]:443`).
fn parse_forwarded_entry(entry: &str) -> Option<IpAddr> {
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<std::net::SocketAddr>().ok().map(|s| s.ip()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("an address")
    }

    #[test]
    fn defaults_are_five_links_an_hour_and_thirty_requests_in_ten_minutes() {
        let limits = SignInLimits::default();
        assert_eq!(limits.links_per_address, 5);
        assert_eq!(limits.address_window, SignedDuration::from_hours(1));
        assert_eq!(limits.requests_per_client, 30);
        assert_eq!(limits.client_window, SignedDuration::from_mins(10));
    }

    #[test]
    fn the_limit_lets_exactly_that_many_through() {
        assert!(within_limit(0, 5));
        assert!(within_limit(4, 5));
        assert!(!within_limit(5, 5));
        assert!(!within_limit(6, 5));
    }

    #[test]
    fn forwarded_for_is_ignored_unless_the_peer_is_a_trusted_proxy() {
        let client = ip("203.0.113.7");
        assert_eq!(client_address(client, ["198.51.100.1"], &[]), client);
        assert_eq!(
            client_address(client, ["198.51.100.1"], &[ip("10.0.0.1")]),
            client
        );
    }

    #[test]
    fn the_right_most_untrusted_entry_is_the_client() {
        let proxy = ip("10.0.0.1");
        // The client wrote "1.1.1.1" itself; the proxy appended what it saw.
        assert_eq!(
            client_address(proxy, ["1.1.1.1, 203.0.113.7"], &[proxy]),
            ip("203.0.113.7")
        );
        // Two proxies, each appending; several header lines count in order.
        let inner = ip("10.0.0.2");
        assert_eq!(
            client_address(proxy, ["1.1.1.1", "203.0.113.7, 10.0.0.2"], &[proxy, inner]),
            ip("203.0.113.7")
        );
        assert_eq!(
            client_address(proxy, ["203.0.113.7:51234"], &[proxy]),
            ip("203.0.113.7")
        );
        assert_eq!(
            client_address(proxy, ["[2001:db8::7]:443"], &[proxy]),
            ip("2001:db8::7")
        );
    }

    #[test]
    fn a_proxy_without_a_usable_entry_counts_as_one_client() {
        let proxy = ip("10.0.0.1");
        assert_eq!(client_address(proxy, [], &[proxy]), proxy);
        assert_eq!(client_address(proxy, ["10.0.0.1"], &[proxy]), proxy);
        assert_eq!(
            client_address(proxy, ["1.1.1.1, not-an-address"], &[proxy]),
            proxy
        );
        // IPv4 seen through an IPv6 socket is the same proxy.
        assert_eq!(
            client_address(ip("::ffff:10.0.0.1"), ["203.0.113.7"], &[proxy]),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_network() {
        assert_eq!(client_key(ip("203.0.113.7")), "203.0.113.7");
        assert_eq!(client_key(ip("::ffff:203.0.113.7")), "203.0.113.7");
        assert_eq!(client_key(ip("2001:db8:1:2:aaaa::1")), "2001:db8:1:2::/64");
        assert_eq!(
            client_key(ip("2001:db8:1:2:bbbb::9")),
            client_key(ip("2001:db8:1:2:aaaa::1"))
        );
    }
}
