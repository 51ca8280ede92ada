//! NKeys: ed25519 (and, for `X` keys, x25519) keys as base32 text with a role prefix and CRC16.
//!
//! Format per nats-io/nkeys `strkey.go` and `crc16.go`:
//! - public key: `prefix byte ‖ 32 key bytes ‖ crc16 (LE)`, base32 without padding, 56
//!   characters starting with the role letter (`O` operator, `N` server, `C` cluster, `A`
//!   account, `U` user, `X` curve);
//! - seed: two prefix bytes packing the seed prefix (`S`, 18 << 3) with the role's prefix byte
//!   (`b1 = S | role >> 5`, `b2 = (role & 31) << 3`), then the 32-byte seed and the CRC: 58
//!   characters starting `S` + role letter (`SU...`, `SA...`);
//! - CRC-16/XMODEM (polynomial 0x1021, initial 0) over everything before it.
//!
//! Ed25519 key pairs derive from the 32-byte seed as RFC 8032 does; curve (`X`) keys use the
//! seed as an x25519 secret (public = X25519(seed, base point)), as nkeys `xkeys.go` does, and
//! cannot sign. Sealing and opening with curve keys is not provided here yet.
#![deny(clippy::arithmetic_side_effects)]

use data_encoding::BASE32_NOPAD;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

/// Prefix byte of seeds (`S`).
const PREFIX_SEED: u8 = 18 << 3;

/// Length of an encoded public key.
pub const PUBLIC_KEY_LEN: usize = 56;
/// Length of an encoded seed.
pub const SEED_LEN: usize = 58;

/// Role of a key, encoded in its first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum KeyRole {
    /// `O...`
    Operator = 14 << 3,
    /// `N...`
    Server = 13 << 3,
    /// `C...`
    Cluster = 2 << 3,
    /// `A...`
    Account = 0,
    /// `U...`
    User = 20 << 3,
    /// `X...`: x25519 keys for sealing (xkeys); they cannot sign.
    Curve = 23 << 3,
}

impl KeyRole {
    /// Every role.
    pub const ALL: [KeyRole; 6] = [
        KeyRole::Operator,
        KeyRole::Server,
        KeyRole::Cluster,
        KeyRole::Account,
        KeyRole::User,
        KeyRole::Curve,
    ];

    /// The role whose prefix byte is `b`.
    pub fn from_prefix_byte(b: u8) -> Option<KeyRole> {
        KeyRole::ALL.into_iter().find(|r| *r as u8 == b)
    }

    /// The letter public keys of this role start with.
    pub fn letter(self) -> char {
        match self {
            KeyRole::Operator => 'O',
            KeyRole::Server => 'N',
            KeyRole::Cluster => 'C',
            KeyRole::Account => 'A',
            KeyRole::User => 'U',
            KeyRole::Curve => 'X',
        }
    }
}

/// Why a key, seed or signature is not acceptable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NkeyError {
    /// Not valid base32, or the wrong length.
    #[error("invalid encoding")]
    InvalidEncoding,
    /// The checksum does not match.
    #[error("invalid checksum")]
    InvalidChecksum,
    /// The prefix is not a known role (or not a seed where a seed is expected).
    #[error("invalid prefix byte")]
    InvalidPrefix,
    /// A role other than the one required.
    #[error("unexpected key role {0:?}")]
    WrongRole(KeyRole),
    /// The 32 bytes are not a valid ed25519 public key.
    #[error("invalid public key")]
    InvalidPublicKey,
    /// A signature that is not 64 bytes.
    #[error("invalid signature length {0}")]
    InvalidSignatureLength(usize),
    /// The signature does not verify.
    #[error("signature verification failed")]
    InvalidSignature,
    /// Curve (`X`) keys cannot sign or verify.
    #[error("curve keys cannot sign or verify")]
    CurveKeyOperation,
}

/// CRC-16/XMODEM as nkeys computes it.
pub fn crc16(data: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// Encodes `prefix ‖ key ‖ crc` (prefix of 1 or 2 bytes) as base32 text.
fn encode_raw(prefix: &[u8], key: &[u8; 32]) -> String {
    let mut raw = Vec::with_capacity(36);
    raw.extend_from_slice(prefix);
    raw.extend_from_slice(key);
    let crc = crc16(&raw);
    raw.extend_from_slice(&crc.to_le_bytes());
    BASE32_NOPAD.encode(&raw)
}

/// Decodes base32 text of exactly `expect` raw bytes and checks its trailing CRC; the bytes
/// before the CRC are at the start of the returned array.
fn decode_raw(text: &str, expect: usize) -> Result<[u8; 36], NkeyError> {
    let bytes = text.as_bytes();
    let len = BASE32_NOPAD
        .decode_len(bytes.len())
        .map_err(|_| NkeyError::InvalidEncoding)?;
    if len != expect {
        return Err(NkeyError::InvalidEncoding);
    }
    let mut raw = [0u8; 36];
    BASE32_NOPAD
        .decode_mut(bytes, &mut raw[..len])
        .map_err(|_| NkeyError::InvalidEncoding)?;
    // `len` is `expect`, 35 or 36: the CRC is its last two bytes.
    let (body, crc) = raw[..len].split_at(len.saturating_sub(2));
    let crc = u16::from_le_bytes([crc[0], crc[1]]);
    if crc16(body) != crc {
        return Err(NkeyError::InvalidChecksum);
    }
    Ok(raw)
}

/// Encodes a 32-byte public key with its role prefix.
pub fn encode_public(role: KeyRole, key: &[u8; 32]) -> String {
    encode_raw(&[role as u8], key)
}

/// Encodes a 32-byte seed for `role` (`S` + role letter).
pub fn encode_seed(role: KeyRole, seed: &[u8; 32]) -> String {
    let r = role as u8;
    encode_raw(&[PREFIX_SEED | (r >> 5), (r & 31) << 3], seed)
}

/// Decodes a public key: its role and 32 key bytes, after checking length, prefix and CRC.
pub fn decode_public(key: &str) -> Result<(KeyRole, [u8; 32]), NkeyError> {
    let raw = decode_raw(key, 35)?;
    let role = KeyRole::from_prefix_byte(raw[0]).ok_or(NkeyError::InvalidPrefix)?;
    let mut out = [0u8; 32];
    out.copy_from_slice(&raw[1..33]);
    Ok((role, out))
}

/// Decodes a seed: its role and 32 seed bytes, after checking length, prefixes and CRC.
pub fn decode_seed(seed: &str) -> Result<(KeyRole, [u8; 32]), NkeyError> {
    let raw = decode_raw(seed, 36)?;
    if raw[0] & 0b1111_1000 != PREFIX_SEED {
        return Err(NkeyError::InvalidPrefix);
    }
    let role_byte = ((raw[0] & 0b111) << 5) | ((raw[1] & 0b1111_1000) >> 3);
    let role = KeyRole::from_prefix_byte(role_byte).ok_or(NkeyError::InvalidPrefix)?;
    let mut out = [0u8; 32];
    out.copy_from_slice(&raw[2..34]);
    Ok((role, out))
}

/// Whether `key` is a well-formed public key, of `role` when given.
pub fn is_valid_public_key(key: &str, role: Option<KeyRole>) -> bool {
    match decode_public(key) {
        Ok((r, _)) => role.is_none_or(|want| want == r),
        Err(_) => false,
    }
}

/// Verifies an ed25519 `sig` of `msg` by the public key `public` (any signing role).
pub fn verify(public: &str, msg: &[u8], sig: &[u8]) -> Result<(), NkeyError> {
    let (role, key) = decode_public(public)?;
    if role == KeyRole::Curve {
        return Err(NkeyError::CurveKeyOperation);
    }
    let sig: &[u8; 64] = sig
        .try_into()
        .map_err(|_| NkeyError::InvalidSignatureLength(sig.len()))?;
    let vk = VerifyingKey::from_bytes(&key).map_err(|_| NkeyError::InvalidPublicKey)?;
    vk.verify(msg, &Signature::from_bytes(sig))
        .map_err(|_| NkeyError::InvalidSignature)
}

/// A key pair with a role, built from its 32-byte seed.
pub struct KeyPair {
    role: KeyRole,
    seed: [u8; 32],
}

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the seed.
        f.debug_struct("KeyPair")
            .field("public", &self.public_key())
            .finish()
    }
}

impl KeyPair {
    /// Creates a new random key pair for `role`.
    pub fn new(role: KeyRole) -> Result<KeyPair, getrandom::Error> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed)?;
        Ok(KeyPair::from_raw_seed(role, seed))
    }

    /// A key pair from raw seed bytes.
    pub fn from_raw_seed(role: KeyRole, seed: [u8; 32]) -> KeyPair {
        KeyPair { role, seed }
    }

    /// A key pair from an encoded seed (`SU...`, `SA...`, ...). Surrounding whitespace, as in
    /// a seed file, is ignored.
    pub fn from_seed(seed: &str) -> Result<KeyPair, NkeyError> {
        let (role, raw) = decode_seed(seed.trim())?;
        Ok(KeyPair::from_raw_seed(role, raw))
    }

    /// The role.
    pub fn role(&self) -> KeyRole {
        self.role
    }

    /// The encoded seed (`S` + role letter, 58 characters). Treat it as a secret.
    pub fn seed(&self) -> String {
        encode_seed(self.role, &self.seed)
    }

    /// The raw 32 public key bytes (ed25519, or x25519 for curve keys).
    pub fn public_key_bytes(&self) -> [u8; 32] {
        match self.role {
            KeyRole::Curve => {
                curve25519_dalek::MontgomeryPoint::mul_base_clamped(self.seed).to_bytes()
            }
            _ => SigningKey::from_bytes(&self.seed)
                .verifying_key()
                .to_bytes(),
        }
    }

    /// The encoded public key (`N...`, `U...`, ...).
    pub fn public_key(&self) -> String {
        encode_public(self.role, &self.public_key_bytes())
    }

    /// Signs `msg` with ed25519. Curve keys cannot sign.
    pub fn sign(&self, msg: &[u8]) -> Result<[u8; 64], NkeyError> {
        if self.role == KeyRole::Curve {
            return Err(NkeyError::CurveKeyOperation);
        }
        Ok(SigningKey::from_bytes(&self.seed).sign(msg).to_bytes())
    }

    /// Verifies `sig` of `msg` against this pair's public key.
    pub fn verify(&self, msg: &[u8], sig: &[u8]) -> Result<(), NkeyError> {
        verify(&self.public_key(), msg, sig)
    }
}

#[cfg(test)]
#[allow(
    clippy::arithmetic_side_effects,
    reason = "tests build their own keys; no peer input"
)]
mod tests {
    use super::*;
    use data_encoding::BASE64URL_NOPAD;

    /// Seed/public pairs published in nats-io/nats-server's tests (`auth_callout_test.go`,
    /// `jwt_test.go` with `configs/nkeys/op.jwt`).
    const VECTORS: [(&str, &str); 4] = [
        (
            "SUAP277QP7U4JMFFPVZHLJYEQJ2UHOTYVEIZJYAWRJXQLP4FRSEHYZJJOU",
            "UBO2MQV67TQTVIRV3XFTEZOACM4WLOCMCDMAWN5QVN5PI2N6JHTVDRON",
        ),
        (
            "SAANDLKMXL6CUS3CP52WIXBEDN6YJ545GDKC65U5JZPPV6WH6ESWUA6YAI",
            "ABJHLOVMPA4CI6R5KLNGOB4GSLNIY7IOUPAJC4YFNDLQVIOBYQGUWVLA",
        ),
        (
            "SOAFYNORQLQFJYBYNUGC5D7SH2MXMUX5BFEWWGHN3EK4VGG5TPT5DZP7QU",
            "OCAT33MTVU2VUOIMGNGUNXJ66AH2RLSDAF3MUBCYAY5QMIL65NQM6XQG",
        ),
        (
            "SXAAXMRAEP6JWWHNB6IKFL554IE6LZVT6EY5MBRICPILTLOPHAG73I3YX4",
            "XAB3NANV3M6N7AHSQP2U5FRWKKUT7EG2ZXXABV4XVXYQRJGM4S2CZGHT",
        ),
    ];

    /// Operator JWT from nats-server `server/jwt_test.go` (`ojwt`), self-signed by the
    /// operator key above (`iss` = `sub` = `OCAT33...`).
    const OP_JWT: &str = "eyJ0eXAiOiJqd3QiLCJhbGciOiJlZDI1NTE5In0.eyJhdWQiOiJURVNUUyIsImV4cCI6MTg1OTEyMTI3NSwianRpIjoiWE5MWjZYWVBIVE1ESlFSTlFPSFVPSlFHV0NVN01JNVc1SlhDWk5YQllVS0VRVzY3STI1USIsImlhdCI6MTU0Mzc2MTI3NSwiaXNzIjoiT0NBVDMzTVRWVTJWVU9JTUdOR1VOWEo2NkFIMlJMU0RBRjNNVUJDWUFZNVFNSUw2NU5RTTZYUUciLCJuYW1lIjoiU3luYWRpYSBDb21tdW5pY2F0aW9ucyBJbmMuIiwibmJmIjoxNTQzNzYxMjc1LCJzdWIiOiJPQ0FUMzNNVFZVMlZVT0lNR05HVU5YSjY2QUgyUkxTREFGM01VQkNZQVk1UU1JTDY1TlFNNlhRRyIsInR5cGUiOiJvcGVyYXRvciIsIm5hdHMiOnsic2lnbmluZ19rZXlzIjpbIk9EU0tSN01ZRlFaNU1NQUo2RlBNRUVUQ1RFM1JJSE9GTFRZUEpSTUFWVk40T0xWMllZQU1IQ0FDIiwiT0RTS0FDU1JCV1A1MzdEWkRSVko2NTdKT0lHT1BPUTZLRzdUNEhONk9LNEY2SUVDR1hEQUhOUDIiLCJPRFNLSTM2TFpCNDRPWTVJVkNSNlA1MkZaSlpZTVlXWlZXTlVEVExFWjVUSzJQTjNPRU1SVEFCUiJdfX0.hyfz6E39BMUh0GLzovFfk3wT4OfualftjdJ_eYkLfPvu5tZubYQ_Pn9oFYGCV_6yKy3KMGhWGUCyCdHaPhalBw";

    #[test]
    fn published_vectors() {
        for (seed, public) in VECTORS {
            let kp = KeyPair::from_seed(seed).expect("seed");
            assert_eq!(kp.public_key(), public, "{seed}");
            assert_eq!(kp.seed(), seed);
            let (role, _) = decode_public(public).expect("public");
            assert_eq!(role, kp.role());
            assert!(public.starts_with(role.letter()));
            assert_eq!(seed.as_bytes()[1] as char, role.letter());
        }
    }

    #[test]
    fn verifies_upstream_jwt_signature() {
        // A v1 JWT (`alg: ed25519`): the signature covers the claims segment alone
        // (nats-io/jwt v2 `Decode`, `AlgorithmNkeyOld`).
        let mut parts = OP_JWT.split('.');
        let (_header, signed, sig) = (parts.next(), parts.next().expect("claims"), parts.next());
        let sig = BASE64URL_NOPAD
            .decode(sig.expect("signature").as_bytes())
            .expect("b64");
        let operator = VECTORS[2].1;
        assert_eq!(verify(operator, signed.as_bytes(), &sig), Ok(()));
        // Our own signature over the same bytes is the same (ed25519 is deterministic).
        let kp = KeyPair::from_seed(VECTORS[2].0).expect("seed");
        assert_eq!(kp.sign(signed.as_bytes()).expect("sign").to_vec(), sig);
        let mut tampered = signed.as_bytes().to_vec();
        tampered[0] ^= 1;
        assert_eq!(
            verify(operator, &tampered, &sig),
            Err(NkeyError::InvalidSignature)
        );
    }

    #[test]
    fn round_trip_every_role() {
        for role in KeyRole::ALL {
            let kp = KeyPair::new(role).expect("random");
            let pk = kp.public_key();
            let seed = kp.seed();
            assert_eq!(pk.len(), PUBLIC_KEY_LEN);
            assert_eq!(seed.len(), SEED_LEN);
            assert!(pk.starts_with(role.letter()), "{pk}");
            assert!(
                seed.starts_with('S') && seed[1..].starts_with(role.letter()),
                "{seed}"
            );
            let again = KeyPair::from_seed(&format!("  {seed}\n")).expect("from_seed");
            assert_eq!(again.public_key(), pk);
            assert_eq!(again.role(), role);
            assert!(is_valid_public_key(&pk, Some(role)));
            assert!(is_valid_public_key(&pk, None));
            if role == KeyRole::Curve {
                assert_eq!(kp.sign(b"x"), Err(NkeyError::CurveKeyOperation));
                assert_eq!(
                    verify(&pk, b"x", &[0; 64]),
                    Err(NkeyError::CurveKeyOperation)
                );
            } else {
                let sig = kp.sign(b"nonce").expect("sign");
                assert_eq!(verify(&pk, b"nonce", &sig), Ok(()));
                assert_eq!(kp.verify(b"nonce", &sig), Ok(()));
                assert_eq!(
                    verify(&pk, b"other", &sig),
                    Err(NkeyError::InvalidSignature)
                );
                assert_eq!(
                    verify(&pk, b"nonce", &sig[..63]),
                    Err(NkeyError::InvalidSignatureLength(63))
                );
            }
        }
    }

    #[test]
    fn rejects_bad_keys() {
        let (seed, public) = VECTORS[0];
        // Flip one character: checksum or encoding failure.
        let mut bad = public.to_owned().into_bytes();
        bad[10] = if bad[10] == b'A' { b'B' } else { b'A' };
        let bad = String::from_utf8(bad).expect("ascii");
        assert_eq!(decode_public(&bad), Err(NkeyError::InvalidChecksum));
        assert_eq!(
            decode_public(&public[..55]),
            Err(NkeyError::InvalidEncoding)
        );
        assert_eq!(
            decode_public("not base32!"),
            Err(NkeyError::InvalidEncoding)
        );
        assert_eq!(decode_public(""), Err(NkeyError::InvalidEncoding));
        assert_eq!(
            decode_public(&public.to_lowercase()),
            Err(NkeyError::InvalidEncoding)
        );
        // A seed is not a public key and vice versa.
        assert_eq!(decode_public(seed), Err(NkeyError::InvalidEncoding));
        assert_eq!(decode_seed(public), Err(NkeyError::InvalidEncoding));
        assert!(!is_valid_public_key(public, Some(KeyRole::Account)));
        // A well-formed 35-byte key with an unknown prefix byte (`P`, private keys).
        let private = encode_raw(&[15 << 3], &[7; 32]);
        assert_eq!(decode_public(&private), Err(NkeyError::InvalidPrefix));
        // A 36-byte value whose first prefix is not `S`.
        let not_seed = encode_raw(&[KeyRole::User as u8, 0], &[7; 32]);
        assert_eq!(decode_seed(&not_seed), Err(NkeyError::InvalidPrefix));
        assert_eq!(
            verify(public, b"m", &[0; 64]),
            Err(NkeyError::InvalidSignature)
        );
    }

    #[test]
    fn server_key_shape() {
        let kp = KeyPair::new(KeyRole::Server).expect("random");
        let pk = kp.public_key();
        assert_eq!(pk.len(), 56);
        assert!(pk.starts_with('N'), "{pk}");
        assert!(format!("{kp:?}").contains(&pk));
        assert!(!format!("{kp:?}").contains(&kp.seed()));
    }

    #[test]
    fn crc16_known_value() {
        // CRC-16/XMODEM check value for "123456789".
        assert_eq!(crc16(b"123456789"), 0x31C3);
    }
}
