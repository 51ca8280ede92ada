//! NKeys: ed25519 keys encoded as base32 text with a role prefix and a CRC16 checksum.
//!
//! A public key is `prefix byte ‖ 32 key bytes ‖ crc16(LE)` in base32 without padding: 56
//! characters starting with the role letter (`N` server, `U` user, `A` account, `O` operator).
//! Format: nats-io/nkeys `strkey.go` and `crc16.go` (CRC-16/XMODEM, polynomial 0x1021).

use data_encoding::BASE32_NOPAD;
use ed25519_dalek::SigningKey;

/// Role of a key, encoded in its first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// Encodes a 32-byte public key with its role prefix.
pub fn encode_public(role: KeyRole, key: &[u8; 32]) -> String {
    let mut raw = Vec::with_capacity(35);
    raw.push(role as u8);
    raw.extend_from_slice(key);
    let crc = crc16(&raw);
    raw.extend_from_slice(&crc.to_le_bytes());
    BASE32_NOPAD.encode(&raw)
}

/// An ed25519 key pair with a role.
pub struct KeyPair {
    role: KeyRole,
    signing: SigningKey,
}

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
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
        Ok(KeyPair {
            role,
            signing: SigningKey::from_bytes(&seed),
        })
    }

    /// The encoded public key (`N...`, `U...`, ...).
    pub fn public_key(&self) -> String {
        encode_public(self.role, self.signing.verifying_key().as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_key_shape() {
        let kp = KeyPair::new(KeyRole::Server).expect("random");
        let pk = kp.public_key();
        assert_eq!(pk.len(), 56);
        assert!(pk.starts_with('N'), "{pk}");
    }

    #[test]
    fn crc16_known_value() {
        // CRC-16/XMODEM check value for "123456789".
        assert_eq!(crc16(b"123456789"), 0x31C3);
    }
}
