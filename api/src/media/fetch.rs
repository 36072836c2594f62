//! Fetching images from museums' links, guarded against server-side request
//! forgery: an address that is private, loopback, link-local or otherwise not
//! on the public internet is refused, whether the link names it or a host
//! name resolves to it, at every redirect, unless `VCM_FETCH_ALLOW` allows it.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::Url;

/// A block of addresses: an address and how many leading bits must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Block(IpAddr, u8);

impl Block {
    fn parse(s: &str) -> Result<Self, String> {
        let (ip, bits) = match s.split_once('/') {
            Some((ip, bits)) => (ip, Some(bits)),
            None => (s, None),
        };
        let ip: IpAddr = ip
            .trim()
            .parse()
            .map_err(|_| format!("VCM_FETCH_ALLOW: {s:?} is not an IP address or CIDR block"))?;
        let max = if ip.is_ipv4() { 32 } else { 128 };
        let bits = match bits {
            Some(b) => b
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|b| *b <= max)
                .ok_or_else(|| format!("VCM_FETCH_ALLOW: {s:?} has a bad prefix length"))?,
            None => max,
        };
        Ok(Self(ip, bits))
    }

    fn contains(&self, ip: IpAddr) -> bool {
        match (self.0, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.1)).unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.1)).unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// Whether an address is on the public internet.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_documentation()
        || ip.is_multicast()
        || a == 0
        // Shared address space (carrier-grade NAT), 100.64.0.0/10.
        || (a == 100 && (64..128).contains(&b))
        // Benchmarking, 198.18.0.0/15; reserved, 240.0.0.0/4.
        || (a == 198 && (18..20).contains(&b))
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        // Unique local fc00::/7, link-local fe80::/10, documentation 2001:db8::/32.
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || (first == 0x2001 && ip.segments()[1] == 0x0db8)
        // NAT64 64:ff9b::/96 could reach private IPv4 addresses.
        || (first == 0x0064 && ip.segments()[1] == 0xff9b))
}

/// Why a fetch failed, and whether trying again later may help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError {
    pub message: String,
    pub retry: bool,
}

impl FetchError {
    fn final_(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            retry: false,
        }
    }
}

/// The addresses links may reach, and a client that keeps to them.
#[derive(Debug, Clone)]
pub struct Guard {
    allow: Arc<Vec<Block>>,
    client: reqwest::Client,
}

/// Resolves host names, keeping only the addresses the guard permits.
#[derive(Debug)]
struct Screened {
    allow: Arc<Vec<Block>>,
}

impl Resolve for Screened {
    fn resolve(&self, name: Name) -> Resolving {
        let allow = self.allow.clone();
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let found = tokio::net::lookup_host((host.as_str(), 0)).await?;
            let kept = screen(&allow, &host, found)?;
            Ok(Box::new(kept.into_iter()) as Addrs)
        })
    }
}

/// Keeps the permitted addresses among those a name resolved to; none left is
/// a refusal.
fn screen(
    allow: &[Block],
    host: &str,
    found: impl Iterator<Item = SocketAddr>,
) -> Result<Vec<SocketAddr>, Box<dyn std::error::Error + Send + Sync>> {
    let found: Vec<SocketAddr> = found.collect();
    let kept: Vec<SocketAddr> = found
        .iter()
        .copied()
        .filter(|a| permits(allow, a.ip()))
        .collect();
    if kept.is_empty() {
        return Err(format!(
            "{host} resolves only to addresses that are not public ({}); they are refused",
            found
                .iter()
                .map(|a| a.ip().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )
        .into());
    }
    Ok(kept)
}

fn permits(allow: &[Block], ip: IpAddr) -> bool {
    is_public(ip) || allow.iter().any(|b| b.contains(ip))
}

const MAX_REDIRECTS: usize = 5;

impl Guard {
    /// A guard permitting public addresses and the blocks listed.
    pub fn new(allow: &[String]) -> Result<Self, String> {
        let allow: Arc<Vec<Block>> = Arc::new(
            allow
                .iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(Block::parse)
                .collect::<Result<_, _>>()?,
        );
        let redirect_allow = allow.clone();
        let client = reqwest::Client::builder()
            .user_agent(concat!(
                "VCM/",
                env!("CARGO_PKG_VERSION"),
                " (image fetcher)"
            ))
            .dns_resolver(Arc::new(Screened {
                allow: allow.clone(),
            }))
            .redirect(reqwest::redirect::Policy::custom(move |attempt| {
                if attempt.previous().len() >= MAX_REDIRECTS {
                    return attempt.error(format!("more than {MAX_REDIRECTS} redirects"));
                }
                match literal_refusal(&redirect_allow, attempt.url()) {
                    Some(why) => attempt.error(why),
                    None => attempt.follow(),
                }
            }))
            .connect_timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| format!("cannot build the image fetcher: {e}"))?;
        Ok(Self { allow, client })
    }

    /// Checks a link before it is accepted: `http` or `https`, a host, and not
    /// an address that is refused. Host names are checked when fetched.
    pub fn check(&self, link: &str) -> Result<Url, String> {
        let url = Url::parse(link).map_err(|e| format!("not a valid address: {e}"))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err("the address must start with http:// or https://".into());
        }
        if url.host().is_none() {
            return Err("the address has no host".into());
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err("the address may not carry a user name or password".into());
        }
        match literal_refusal(&self.allow, &url) {
            Some(why) => Err(why),
            None => Ok(url),
        }
    }

    /// Fetches a link: at most `max_bytes`, within `timeout`.
    pub async fn get(
        &self,
        link: &str,
        max_bytes: u64,
        timeout: Duration,
    ) -> Result<Bytes, FetchError> {
        let url = self.check(link).map_err(FetchError::final_)?;
        let sent = self.client.get(url).timeout(timeout).send().await;
        let mut response = sent.map_err(|e| FetchError {
            retry: !e.is_redirect() && !is_refusal(&e),
            message: format!("the link could not be fetched: {}", chain(&e)),
        })?;
        let status = response.status();
        if !status.is_success() {
            return Err(FetchError {
                message: format!("the link answered {status}"),
                retry: status.is_server_error() || status.as_u16() == 429 || status.as_u16() == 408,
            });
        }
        if response.content_length().is_some_and(|n| n > max_bytes) {
            return Err(FetchError::final_(format!(
                "the file is larger than {max_bytes} bytes"
            )));
        }
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if (body.len() + chunk.len()) as u64 > max_bytes {
                        return Err(FetchError::final_(format!(
                            "the file is larger than {max_bytes} bytes"
                        )));
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => {
                    return Err(FetchError {
                        message: format!("the download broke off: {}", chain(&e)),
                        retry: true,
                    });
                }
            }
        }
        Ok(Bytes::from(body))
    }
}

/// Why a link naming an address directly is refused, if it is.
fn literal_refusal(allow: &[Block], url: &Url) -> Option<String> {
    let ip = match url.host()? {
        url::Host::Ipv4(ip) => IpAddr::V4(ip),
        url::Host::Ipv6(ip) => IpAddr::V6(ip),
        url::Host::Domain(_) => return None,
    };
    (!permits(allow, ip)).then(|| {
        format!("{ip} is not a public address; links to private, loopback and link-local addresses are refused")
    })
}

fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

fn is_refusal(e: &reqwest::Error) -> bool {
    chain(e).contains("are refused")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard(allow: &[&str]) -> Guard {
        Guard::new(&allow.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn private_loopback_and_link_local_addresses_are_refused() {
        let g = guard(&[]);
        for link in [
            "http://10.0.0.1/a.jpg",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/a.jpg",
            "http://127.0.0.1:8080/a.jpg",
            "http://192.168.1.10/a.jpg",
            "http://172.16.0.5/a.jpg",
            "http://100.64.0.1/a.jpg",
            "http://0.0.0.0/a.jpg",
            "http://[fe80::1]/a.jpg",
            "http://[fd00::1]/a.jpg",
            "http://[::ffff:10.0.0.1]/a.jpg",
            "http://[64:ff9b::a00:1]/a.jpg",
        ] {
            assert!(g.check(link).is_err(), "{link}");
        }
        for link in [
            "https://example.org/a.jpg",
            "http://93.184.215.14/a.jpg",
            "http://[2606:4700::1]/a.jpg",
        ] {
            assert!(g.check(link).is_ok(), "{link}");
        }
        for link in [
            "ftp://example.org/a.jpg",
            "file:///etc/passwd",
            "http://user:pw@example.org/",
            "not a link",
        ] {
            assert!(g.check(link).is_err(), "{link}");
        }
    }

    #[test]
    fn an_allowed_block_is_let_through_and_nothing_else() {
        let g = guard(&["127.0.0.1", "10.1.0.0/16"]);
        assert!(g.check("http://127.0.0.1:9000/a.jpg").is_ok());
        assert!(g.check("http://10.1.200.3/a.jpg").is_ok());
        assert!(g.check("http://10.2.0.1/a.jpg").is_err());
        assert!(g.check("http://127.0.0.2/a.jpg").is_err());
        assert!(g.check("http://[::1]/a.jpg").is_err());
        assert!(Guard::new(&["10.0.0.0/33".into()]).is_err());
        assert!(Guard::new(&["example.org".into()]).is_err());
    }

    #[test]
    fn a_name_resolving_to_refused_addresses_is_refused() {
        let at = |ip: &str| SocketAddr::new(ip.parse().unwrap(), 0);
        // What a resolver might answer for a name an attacker controls.
        for answer in [
            vec![at("10.0.0.1")],
            vec![at("169.254.169.254")],
            vec![at("::1"), at("127.0.0.1")],
        ] {
            assert!(screen(&[], "evil.example", answer.into_iter()).is_err());
        }
        // A mixed answer keeps only the public addresses.
        let kept = screen(
            &[],
            "mixed.example",
            [at("10.0.0.1"), at("93.184.215.14")].into_iter(),
        )
        .unwrap();
        assert_eq!(kept, [at("93.184.215.14")]);
    }

    #[tokio::test]
    async fn localhost_is_refused_by_the_resolver_itself() {
        // A real lookup of a name that resolves to loopback; nothing is sent to it.
        let resolver = Screened {
            allow: Arc::new(Vec::new()),
        };
        let refused = resolver.resolve("localhost".parse::<Name>().unwrap()).await;
        assert!(refused.is_err());
        let allowed = Screened {
            allow: Arc::new(vec![Block::parse("127.0.0.1").unwrap()]),
        };
        let kept: Vec<_> = allowed
            .resolve("localhost".parse::<Name>().unwrap())
            .await
            .unwrap()
            .collect();
        assert!(
            kept.iter().all(|a| a.ip() == IpAddr::from([127, 0, 0, 1])),
            "{kept:?}"
        );
    }
}
