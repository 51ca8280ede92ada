//! Certificates made for a test (rcgen): a CA, a server certificate for `localhost` and
//! `127.0.0.1`, a client certificate (CN `alice`, e-mail SAN `alice@example.com`) and a client
//! certificate from another CA, written as PEM files into a directory.

use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose, SanType,
};

/// Paths of the PEM files.
pub struct Certs {
    pub ca: PathBuf,
    pub server_cert: PathBuf,
    pub server_key: PathBuf,
    pub client_cert: PathBuf,
    pub client_key: PathBuf,
    /// A client certificate signed by a CA the server does not trust.
    pub rogue_cert: PathBuf,
    pub rogue_key: PathBuf,
}

fn ca(name: &str) -> (CertificateParams, KeyPair, String) {
    let key = KeyPair::generate().expect("ca key");
    let mut p = CertificateParams::new(Vec::<String>::new()).expect("ca params");
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.distinguished_name.push(DnType::CommonName, name);
    p.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let pem = p.self_signed(&key).expect("ca cert").pem();
    (p, key, pem)
}

fn leaf(
    issuer: &Issuer<'_, KeyPair>,
    sans: Vec<String>,
    cn: &str,
    client: bool,
) -> (String, String) {
    let key = KeyPair::generate().expect("leaf key");
    let mut p = CertificateParams::new(sans).expect("leaf params");
    p.distinguished_name.push(DnType::CommonName, cn);
    p.distinguished_name
        .push(DnType::OrganizationName, "rnats tests");
    p.extended_key_usages = vec![if client {
        ExtendedKeyUsagePurpose::ClientAuth
    } else {
        ExtendedKeyUsagePurpose::ServerAuth
    }];
    if client {
        p.subject_alt_names.push(SanType::Rfc822Name(
            format!("{cn}@example.com").try_into().expect("email"),
        ));
    }
    let cert = p.signed_by(&key, issuer).expect("leaf cert");
    (cert.pem(), key.serialize_pem())
}

impl Certs {
    /// Makes fresh certificates in `dir`.
    pub fn make(dir: &Path) -> Certs {
        let (ca_params, ca_key, ca_pem) = ca("rnats test CA");
        let issuer = Issuer::new(ca_params, ca_key);
        let (server_cert, server_key) = leaf(
            &issuer,
            vec!["localhost".into(), "127.0.0.1".into()],
            "localhost",
            false,
        );
        let (client_cert, client_key) = leaf(&issuer, Vec::new(), "alice", true);
        let (rogue_params, rogue_ca_key, _) = ca("rogue CA");
        let rogue_issuer = Issuer::new(rogue_params, rogue_ca_key);
        let (rogue_cert, rogue_key) = leaf(&rogue_issuer, Vec::new(), "mallory", true);
        let write = |name: &str, body: &str| {
            let p = dir.join(name);
            std::fs::write(&p, body).expect("write pem");
            p
        };
        Certs {
            ca: write("ca.pem", &ca_pem),
            server_cert: write("server-cert.pem", &server_cert),
            server_key: write("server-key.pem", &server_key),
            client_cert: write("client-cert.pem", &client_cert),
            client_key: write("client-key.pem", &client_key),
            rogue_cert: write("rogue-cert.pem", &rogue_cert),
            rogue_key: write("rogue-key.pem", &rogue_key),
        }
    }

    /// A `tls {}` block for the server with `extra` lines inside.
    pub fn tls_block(&self, extra: &str) -> String {
        format!(
            "tls {{\n  cert_file: \"{}\"\n  key_file: \"{}\"\n  ca_file: \"{}\"\n  {extra}\n}}\n",
            self.server_cert.display(),
            self.server_key.display(),
            self.ca.display()
        )
    }
}
