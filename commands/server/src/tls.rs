//! TLS for the client, WebSocket and monitoring listeners, with rustls.
//!
//! [`TlsOptions`] is what a `tls {}` block (or the `--tls*` flags) says; [`TlsSetup::build`]
//! turns it into a rustls `ServerConfig` once per (re)load, so a SIGHUP with new certificate
//! files takes effect for the next handshake while open connections keep theirs. Go names are
//! kept where users write them: cipher suites (`TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`), curves
//! (`CurveP256`, `X25519`), versions (`"1.2"`, `"1.3"`). What rustls does not have (CBC suites,
//! RSA key exchange, TLS 1.0/1.1, P-521) is refused with a clear error instead of being skipped.
//!
//! After a handshake, [`TlsSetup::check_peer`] applies `pinned_certs` (SHA-256 of the peer
//! certificate's SubjectPublicKeyInfo, hex) and [`peer_identities`] gives the names
//! `verify_and_map` matches against users: e-mail SANs, DNS SANs, URI SANs, then the subject in
//! Go's `pkix.Name.String()` form (`CN=alice,O=Acme,C=US`).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use rustls::crypto::CryptoProvider;
use rustls::server::{ServerConfig, WebPkiClientVerifier};
use rustls::{RootCertStore, SupportedCipherSuite};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use sha2::Digest;

/// nats-server's default TLS handshake timeout (`tls { timeout }`, seconds).
pub const DEFAULT_TLS_TIMEOUT: Duration = Duration::from_secs(2);

/// How long `handshake_first: auto` waits for a client to start TLS before sending INFO
/// (nats-server's `tlsFirstFallback` default).
pub const DEFAULT_TLS_FIRST_FALLBACK: Duration = Duration::from_millis(50);

/// When the TLS handshake happens relative to the INFO line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HandshakeFirst {
    /// INFO in plain text first, then the client starts TLS (NATS' classic order).
    #[default]
    Off,
    /// TLS first, INFO over TLS (`handshake_first: true`).
    On,
    /// TLS first when the client starts it within the delay, else INFO first
    /// (`handshake_first: auto` or a duration).
    Auto(Duration),
}

/// The lowest TLS version accepted (`min_version`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsVersion {
    /// TLS 1.2 (the default: rustls has nothing older).
    V1_2,
    /// TLS 1.3 only.
    V1_3,
}

/// A `tls {}` block, as configured.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlsOptions {
    /// `cert_file`: the server certificate chain (PEM).
    pub cert_file: Option<PathBuf>,
    /// `key_file`: its private key (PEM: PKCS#8, PKCS#1 or SEC1).
    pub key_file: Option<PathBuf>,
    /// `ca_file`: CAs that client certificates must chain to (system roots when absent).
    pub ca_file: Option<PathBuf>,
    /// `verify`: require and verify a client certificate.
    pub verify: bool,
    /// `verify_and_map`: also map the certificate to a configured user.
    pub map: bool,
    /// `timeout`: the handshake timeout (default [`DEFAULT_TLS_TIMEOUT`]).
    pub timeout: Option<Duration>,
    /// `min_version`.
    pub min_version: Option<TlsVersion>,
    /// `cipher_suites`, Go names (TLS 1.2 suites; TLS 1.3's are always on, as in Go).
    pub cipher_suites: Vec<String>,
    /// `curve_preferences`, Go names.
    pub curve_preferences: Vec<String>,
    /// `handshake_first`.
    pub handshake_first: HandshakeFirst,
    /// `pinned_certs`: lowercase hex SHA-256 of accepted peer SubjectPublicKeyInfos.
    pub pinned_certs: Vec<String>,
}

impl TlsOptions {
    /// The handshake timeout in effect.
    pub fn handshake_timeout(&self) -> Duration {
        self.timeout.unwrap_or(DEFAULT_TLS_TIMEOUT)
    }

    /// Whether client certificates are requested and verified.
    pub fn verifies_clients(&self) -> bool {
        self.verify || self.map
    }
}

/// A built TLS configuration: what a listener hands to each handshake.
#[derive(Debug)]
pub struct TlsSetup {
    /// The rustls configuration.
    pub config: Arc<ServerConfig>,
    /// The options it was built from.
    pub opts: TlsOptions,
    /// `pinned_certs`, decoded.
    pins: Vec<[u8; 32]>,
}

impl TlsSetup {
    /// Reads the certificate, key and CA files and builds the rustls configuration. Errors
    /// name the file or option at fault.
    pub fn build(opts: &TlsOptions) -> Result<TlsSetup, String> {
        let cert_file = opts
            .cert_file
            .as_ref()
            .ok_or("missing 'cert_file' in TLS configuration")?;
        let key_file = opts
            .key_file
            .as_ref()
            .ok_or("missing 'key_file' in TLS configuration")?;
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert_file)
            .map_err(|e| {
                format!(
                    "error parsing X509 certificate/key pair: {}: {e}",
                    cert_file.display()
                )
            })?
            .collect::<Result<_, _>>()
            .map_err(|e| {
                format!(
                    "error parsing X509 certificate/key pair: {}: {e}",
                    cert_file.display()
                )
            })?;
        if certs.is_empty() {
            return Err(format!(
                "error parsing X509 certificate/key pair: {}: no certificate found",
                cert_file.display()
            ));
        }
        let key = PrivateKeyDer::from_pem_file(key_file).map_err(|e| {
            format!(
                "error parsing X509 certificate/key pair: {}: {e}",
                key_file.display()
            )
        })?;
        let provider = Arc::new(provider(opts)?);
        let versions: &[&rustls::SupportedProtocolVersion] = match opts.min_version {
            Some(TlsVersion::V1_3) => &[&rustls::version::TLS13],
            _ => &[&rustls::version::TLS13, &rustls::version::TLS12],
        };
        let builder = ServerConfig::builder_with_provider(provider.clone())
            .with_protocol_versions(versions)
            .map_err(|e| format!("TLS configuration: {e}"))?;
        let builder = if opts.verifies_clients() {
            let roots = roots(opts.ca_file.as_ref())?;
            let verifier = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .map_err(|e| format!("TLS client verification: {e}"))?;
            builder.with_client_cert_verifier(verifier)
        } else {
            builder.with_no_client_auth()
        };
        let config = builder
            .with_single_cert(certs, key)
            .map_err(|e| format!("error parsing X509 certificate/key pair: {e}"))?;
        let mut pins = Vec::with_capacity(opts.pinned_certs.len());
        for p in &opts.pinned_certs {
            let bytes = data_encoding::HEXLOWER_PERMISSIVE
                .decode(p.as_bytes())
                .ok()
                .and_then(|b| <[u8; 32]>::try_from(b).ok())
                .ok_or_else(|| {
                    format!("error parsing tls config, cannot parse pinned certificate {p:?} as hex encoded sha256")
                })?;
            pins.push(bytes);
        }
        Ok(TlsSetup {
            config: Arc::new(config),
            opts: opts.clone(),
            pins,
        })
    }

    /// Applies `pinned_certs` to the peer's certificate chain (its first certificate).
    pub fn check_peer(&self, peer: Option<&[CertificateDer<'_>]>) -> Result<(), String> {
        if self.pins.is_empty() {
            return Ok(());
        }
        let Some(cert) = peer.and_then(|c| c.first()) else {
            return Err("peer did not present a certificate, pinned certificates required".into());
        };
        let fp = spki_sha256(cert)?;
        if self.pins.contains(&fp) {
            Ok(())
        } else {
            Err(format!(
                "peer certificate with SPKI sha256 {} is not in the pinned certificates",
                data_encoding::HEXLOWER.encode(&fp)
            ))
        }
    }
}

/// SHA-256 of a certificate's SubjectPublicKeyInfo (what `pinned_certs` lists).
pub fn spki_sha256(cert: &CertificateDer<'_>) -> Result<[u8; 32], String> {
    let (_, parsed) = x509_parser::parse_x509_certificate(cert.as_ref())
        .map_err(|e| format!("cannot parse the peer certificate: {e}"))?;
    Ok(sha2::Sha256::digest(parsed.public_key().raw).into())
}

/// The names `verify_and_map` tries, in upstream's order: e-mail SANs, DNS SANs, URI SANs, then
/// the subject as Go prints it (`CN=alice,OU=eng,O=Acme,C=US`).
pub fn peer_identities(cert: &CertificateDer<'_>) -> Vec<String> {
    let Ok((_, parsed)) = x509_parser::parse_x509_certificate(cert.as_ref()) else {
        return Vec::new();
    };
    let mut emails = Vec::new();
    let mut dns = Vec::new();
    let mut uris = Vec::new();
    if let Ok(Some(san)) = parsed.subject_alternative_name() {
        for name in &san.value.general_names {
            match name {
                x509_parser::extensions::GeneralName::RFC822Name(e) => emails.push(e.to_string()),
                x509_parser::extensions::GeneralName::DNSName(d) => dns.push(d.to_string()),
                x509_parser::extensions::GeneralName::URI(u) => uris.push(u.to_string()),
                _ => {}
            }
        }
    }
    let mut out = emails;
    out.extend(dns);
    out.extend(uris);
    let subject = go_rdn_string(parsed.subject());
    if !subject.is_empty() {
        out.push(subject);
    }
    out
}

/// A distinguished name in Go's `pkix.Name.String()` form: the standard attributes in Go's
/// fixed order (serial number, CN, OU, O, postal code, street, L, ST, C; several values of one
/// type joined by `+`), then any other attribute as a dotted OID, `,`-joined, RFC 4514 escaping.
fn go_rdn_string(name: &x509_parser::x509::X509Name<'_>) -> String {
    use x509_parser::oid_registry as oids;
    let order = [
        (oids::OID_X509_SERIALNUMBER, "SERIALNUMBER"),
        (oids::OID_X509_COMMON_NAME, "CN"),
        (oids::OID_X509_ORGANIZATIONAL_UNIT, "OU"),
        (oids::OID_X509_ORGANIZATION_NAME, "O"),
        (oids::OID_X509_POSTAL_CODE, "POSTALCODE"),
        (oids::OID_X509_STREET_ADDRESS, "STREET"),
        (oids::OID_X509_LOCALITY_NAME, "L"),
        (oids::OID_X509_STATE_OR_PROVINCE_NAME, "ST"),
        (oids::OID_X509_COUNTRY_NAME, "C"),
    ];
    let mut parts = Vec::new();
    for (oid, short) in &order {
        let values: Vec<String> = name
            .iter_attributes()
            .filter(|a| a.attr_type() == oid)
            .map(|a| format!("{short}={}", a.as_str().map(escape_rdn).unwrap_or_default()))
            .collect();
        if !values.is_empty() {
            parts.push(values.join("+"));
        }
    }
    for a in name.iter_attributes() {
        if order.iter().any(|(oid, _)| a.attr_type() == oid) {
            continue;
        }
        let value = a.as_str().map(escape_rdn).unwrap_or_default();
        parts.push(format!("{}={value}", a.attr_type().to_id_string()));
    }
    parts.join(",")
}

fn escape_rdn(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let last = v.chars().count().saturating_sub(1);
    for (i, c) in v.chars().enumerate() {
        let special = matches!(c, ',' | '+' | '"' | '\\' | '<' | '>' | ';')
            || (i == 0 && (c == ' ' || c == '#'))
            || (i == last && c == ' ');
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Client-certificate roots: `ca_file`, or the system's when it is absent (as Go does).
fn roots(ca_file: Option<&PathBuf>) -> Result<RootCertStore, String> {
    let mut roots = RootCertStore::empty();
    match ca_file {
        Some(path) => {
            let certs = CertificateDer::pem_file_iter(path).map_err(|e| {
                format!(
                    "failed to parse root ca certificate {}: {e}",
                    path.display()
                )
            })?;
            for cert in certs {
                let cert = cert.map_err(|e| {
                    format!(
                        "failed to parse root ca certificate {}: {e}",
                        path.display()
                    )
                })?;
                roots.add(cert).map_err(|e| {
                    format!(
                        "failed to parse root ca certificate {}: {e}",
                        path.display()
                    )
                })?;
            }
            if roots.is_empty() {
                return Err(format!(
                    "failed to parse root ca certificate {}: no certificate found",
                    path.display()
                ));
            }
        }
        None => {
            for cert in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(cert);
            }
            if roots.is_empty() {
                return Err("TLS verify without 'ca_file' needs system root certificates, and none were found".into());
            }
        }
    }
    Ok(roots)
}

/// The ring provider restricted to the configured suites and curves.
fn provider(opts: &TlsOptions) -> Result<CryptoProvider, String> {
    let mut p = rustls::crypto::ring::default_provider();
    if !opts.cipher_suites.is_empty() {
        let mut suites: Vec<SupportedCipherSuite> = p
            .cipher_suites
            .iter()
            .copied()
            .filter(|s| s.version() == &rustls::version::TLS13)
            .collect();
        for name in &opts.cipher_suites {
            // TLS 1.3 suites are always on (as in Go, where listing them changes nothing).
            if matches!(
                name.as_str(),
                "TLS_AES_128_GCM_SHA256"
                    | "TLS_AES_256_GCM_SHA384"
                    | "TLS_CHACHA20_POLY1305_SHA256"
            ) {
                continue;
            }
            suites.push(cipher_suite(name)?);
        }
        p.cipher_suites = suites;
    }
    if !opts.curve_preferences.is_empty() {
        let mut groups = Vec::new();
        for name in &opts.curve_preferences {
            let g = match name.as_str() {
                "X25519" => rustls::crypto::ring::kx_group::X25519,
                "CurveP256" => rustls::crypto::ring::kx_group::SECP256R1,
                "CurveP384" => rustls::crypto::ring::kx_group::SECP384R1,
                "CurveP521" => {
                    return Err("curve preference \"CurveP521\" is not supported by rnats (rustls has no P-521 key exchange)".into())
                }
                other => return Err(format!("unrecognized curve preference {other}")),
            };
            groups.push(g);
        }
        p.kx_groups = groups;
    }
    Ok(p)
}

/// A TLS 1.2 suite by its Go name.
fn cipher_suite(name: &str) -> Result<SupportedCipherSuite, String> {
    use rustls::crypto::ring::cipher_suite as cs;
    Ok(match name {
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" => cs::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384" => cs::TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305"
        | "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256" => {
            cs::TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256
        }
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" => cs::TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" => cs::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305" | "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256" => {
            cs::TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256
        }
        n if n.starts_with("TLS_") && GO_ONLY_SUITES.contains(&n) => {
            return Err(format!(
                "cipher suite {n} is not supported by rnats (rustls has no CBC or RSA key exchange suites)"
            ))
        }
        other => return Err(format!("unrecognized cipher suite: {other:?}")),
    })
}

/// Suites Go knows that rustls deliberately lacks.
const GO_ONLY_SUITES: &[&str] = &[
    "TLS_RSA_WITH_RC4_128_SHA",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_RC4_128_SHA",
    "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
];

/// `--help_tls`: how to configure TLS and what this build offers (rustls' suites and curves,
/// by their Go names).
pub fn help_text() -> String {
    let mut out = String::from(
        "\nTLS configuration is specified in the tls section of a configuration file:\n\ne.g.\n\n    tls {\n        cert_file:      \"./certs/server-cert.pem\"\n        key_file:       \"./certs/server-key.pem\"\n        ca_file:        \"./certs/ca.pem\"\n        verify:         true\n        verify_and_map: true\n\n        cipher_suites: [\n            \"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256\",\n            \"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\"\n        ]\n        curve_preferences: [\n            \"CurveP256\",\n            \"CurveP384\"\n        ]\n    }\n\nAvailable cipher suites include:\n",
    );
    for s in [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    ] {
        out.push_str("    ");
        out.push_str(s);
        out.push('\n');
    }
    out.push_str(
        "\nAvailable curve preferences include:\n    X25519\n    CurveP256\n    CurveP384\n",
    );
    out.push_str("\nTLS 1.3 suites are always enabled; CBC and RSA key exchange suites, TLS 1.0/1.1,\nCurveP521 and OCSP are not available in rnats (rustls).\n\n");
    out
}

/// Go's name of the negotiated version (`/connz` `tls_version`).
pub fn version_name(v: Option<rustls::ProtocolVersion>) -> &'static str {
    match v {
        Some(rustls::ProtocolVersion::TLSv1_3) => "1.3",
        Some(rustls::ProtocolVersion::TLSv1_2) => "1.2",
        _ => "",
    }
}

/// Go's name of the negotiated suite (`/connz` `tls_cipher_suite`).
pub fn suite_name(s: Option<SupportedCipherSuite>) -> String {
    s.map(|s| format!("{:?}", s.suite())).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(dir: &std::path::Path) -> (PathBuf, PathBuf, CertificateDer<'static>) {
        let key = rcgen::KeyPair::generate().expect("key");
        let mut p = rcgen::CertificateParams::new(vec!["localhost".to_string()]).expect("params");
        p.distinguished_name
            .push(rcgen::DnType::CommonName, "alice, \"the\" admin");
        p.distinguished_name
            .push(rcgen::DnType::OrganizationName, "Acme");
        p.subject_alt_names.push(rcgen::SanType::Rfc822Name(
            "alice@example.com".try_into().expect("email"),
        ));
        let cert = p.self_signed(&key).expect("cert");
        let (c, k) = (dir.join("c.pem"), dir.join("k.pem"));
        std::fs::write(&c, cert.pem()).expect("write");
        std::fs::write(&k, key.serialize_pem()).expect("write");
        (c, k, cert.der().clone())
    }

    #[test]
    fn builds_and_refuses_what_rustls_lacks() {
        let dir = tempfile::tempdir().expect("dir");
        let (c, k, der) = files(dir.path());
        let mut o = TlsOptions {
            cert_file: Some(c),
            key_file: Some(k),
            ..TlsOptions::default()
        };
        TlsSetup::build(&o).expect("plain");
        o.cipher_suites = vec!["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256".into()];
        o.curve_preferences = vec!["X25519".into(), "CurveP256".into()];
        o.min_version = Some(TlsVersion::V1_3);
        TlsSetup::build(&o).expect("suites and curves");
        o.cipher_suites = vec!["TLS_RSA_WITH_AES_128_CBC_SHA".into()];
        let e = TlsSetup::build(&o).expect_err("CBC");
        assert!(e.contains("not supported by rnats"), "{e}");
        o.cipher_suites = vec!["TLS_NOPE".into()];
        assert_eq!(
            TlsSetup::build(&o).expect_err("unknown"),
            "unrecognized cipher suite: \"TLS_NOPE\""
        );
        o.cipher_suites.clear();
        o.pinned_certs = vec!["zz".into()];
        assert!(TlsSetup::build(&o).is_err());
        // Pins: the SPKI hash of the peer certificate must be listed.
        let fp = data_encoding::HEXLOWER.encode(&spki_sha256(&der).expect("spki"));
        o.pinned_certs = vec![fp];
        let setup = TlsSetup::build(&o).expect("pinned");
        setup
            .check_peer(Some(std::slice::from_ref(&der)))
            .expect("pinned peer");
        assert!(setup.check_peer(None).is_err());
        o.pinned_certs = vec!["00".repeat(32)];
        let setup = TlsSetup::build(&o).expect("other pin");
        assert!(setup.check_peer(Some(&[der])).is_err());
    }

    #[test]
    fn identities_in_upstream_order() {
        let dir = tempfile::tempdir().expect("dir");
        let (_, _, der) = files(dir.path());
        assert_eq!(
            peer_identities(&der),
            [
                "alice@example.com",
                "localhost",
                "CN=alice\\, \\\"the\\\" admin,O=Acme"
            ]
        );
    }
}
