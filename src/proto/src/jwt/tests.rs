//! JWT golden tests: tokens made by upstream (nats-server's test fixtures, signed by
//! nats-io/jwt) decode, verify and re-hash to their own `jti`; ours round-trip and fail where
//! they must.

use super::*;

/// Operator `js-test` from nats-server `server/configs/js-op.conf` (nats-io/jwt v2).
const UP_OPERATOR: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.eyJqdGkiOiIyUkc0WjJKVzYzSUtBS1czSFg0SkpMQVhRN1ZSM0NKVlRQU1FHUVRCU0ZFQjVKTkNISUpRIiwiaWF0IjoxNjE2MTg2MjAxLCJpc3MiOiJPRDRNNklBQUtRU000RFFTTFdaSVZCQUNZVFlTMlM2WFFTN1U2N1hYWVhKNDRJTE5FMzVZUEdKSyIsIm5hbWUiOiJqcy10ZXN0Iiwic3ViIjoiT0Q0TTZJQUFLUVNNNERRU0xXWklWQkFDWVRZUzJTNlhRUzdVNjdYWFlYSjQ0SUxORTM1WVBHSksiLCJuYXRzIjp7InR5cGUiOiJvcGVyYXRvciIsInZlcnNpb24iOjJ9fQ.VkjSK2BlMmtYfVJSkC9aZEFvjg4BXzbd0oXkQa3Rlkhh8EuSRU7-Tp1zUm1SveBb6dZXsE51vhIQFQY66fO0Bw";
/// Account `one` (JetStream limits) from the same file.
const UP_ACCOUNT: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.eyJqdGkiOiJRSVFDRFpRRkRIUU9WQlc3Q0tDNFQzVzJJV0dZV1ZISjZTVTRSTlYzUFo3NUhTUFVQS1ZBIiwiaWF0IjoxNjE2MTg3MjUwLCJpc3MiOiJPRDRNNklBQUtRU000RFFTTFdaSVZCQUNZVFlTMlM2WFFTN1U2N1hYWVhKNDRJTE5FMzVZUEdKSyIsIm5hbWUiOiJvbmUiLCJzdWIiOiJBQlZSWktKNlo3TklNUElZSlJDSEVZRlJVTzdFTk42TldPS1FERkxGREZWUFNNMzZVUFgyVUNQUCIsIm5hdHMiOnsibGltaXRzIjp7InN1YnMiOi0xLCJkYXRhIjotMSwicGF5bG9hZCI6LTEsImltcG9ydHMiOi0xLCJleHBvcnRzIjotMSwid2lsZGNhcmRzIjp0cnVlLCJjb25uIjotMSwibGVhZiI6LTEsIm1lbV9zdG9yYWdlIjoxMDczNzQxODI0LCJkaXNrX3N0b3JhZ2UiOjEwNzM3NDE4MjQwLCJzdHJlYW1zIjoxMDB9LCJkZWZhdWx0X3Blcm1pc3Npb25zIjp7InB1YiI6e30sInN1YiI6e319LCJ0eXBlIjoiYWNjb3VudCIsInZlcnNpb24iOjJ9fQ.yYdE3AjpWMBt_rZVLSNmuxR28FP5-6fO_x6FMQl7xe7hmeEc--bbCBcw4ujEjtVkE62I21asKtu06vmW1fEsAg";
/// User `one` from nats-server `server/configs/one.creds`.
const UP_USER: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.eyJqdGkiOiJHRUNQVEpISE1TM01DTUtMVFBHWUdBTzQ1R1E2TjZRUFlXUTRHUExBRUIzM1ZDUkpOUlZRIiwiaWF0IjoxNjE2MjQ3MjMyLCJpc3MiOiJBQlZSWktKNlo3TklNUElZSlJDSEVZRlJVTzdFTk42TldPS1FERkxGREZWUFNNMzZVUFgyVUNQUCIsIm5hbWUiOiJvbmUiLCJzdWIiOiJVRENJQkdHR0hDSkJRUE9PNFNDSkpCSFpEUjM3TlFHR0NJV01ORzJEREFLSjZXTUtCTUFLWElNTyIsIm5hdHMiOnsicHViIjp7fSwic3ViIjp7fSwic3VicyI6LTEsImRhdGEiOi0xLCJwYXlsb2FkIjotMSwidHlwZSI6InVzZXIiLCJ2ZXJzaW9uIjoyfX0.VLhSDtGZEF_jdvgmhgkdISXAt5wFMMZxxwm5w8UrsnlM1hkUvtxBlTe4IP0xJIf4xf8JOR2Bmf73xUGJKUZECQ";

/// Fixed seeds (nats-server tests) for deterministic tokens.
const OP_SEED: &str = "SOAFYNORQLQFJYBYNUGC5D7SH2MXMUX5BFEWWGHN3EK4VGG5TPT5DZP7QU";
const ACC_SEED: &str = "SAANDLKMXL6CUS3CP52WIXBEDN6YJ545GDKC65U5JZPPV6WH6ESWUA6YAI";
const USER_SEED: &str = "SUAP277QP7U4JMFFPVZHLJYEQJ2UHOTYVEIZJYAWRJXQLP4FRSEHYZJJOU";

fn claims_json(token: &str) -> String {
    let seg = token.split('.').nth(1).expect("claims segment");
    String::from_utf8(BASE64URL_NOPAD.decode(seg.as_bytes()).expect("b64")).expect("utf8")
}

#[test]
fn upstream_tokens_decode_verify_and_rehash() {
    let op = OperatorClaims::decode(UP_OPERATOR).expect("operator");
    assert_eq!(op.data.name, "js-test");
    assert!(op.data.is_self_signed());
    let acc = AccountClaims::decode(UP_ACCOUNT).expect("account");
    assert_eq!(acc.data.issuer, op.data.subject);
    assert_eq!(acc.nats.limits.jetstream.streams, 100);
    assert_eq!(acc.nats.limits.jetstream.disk_storage, 10737418240);
    assert!(acc.nats.limits.account.wildcard_exports);
    let user = UserClaims::decode(UP_USER).expect("user");
    assert_eq!(user.account(), acc.data.subject);
    assert_eq!(user.nats.perms.limits.nats, NatsLimits::UNLIMITED);
    // The jti upstream wrote is the hash of the common fields alone.
    for data in [&op.data, &acc.data, &user.data] {
        assert_eq!(data.hash(), data.id, "{}", data.name);
    }
    // Re-serialised, upstream's operator and user payloads come back byte for byte (field
    // order and omitempty as Go writes them).
    assert_eq!(
        serde_json::to_string(&op).expect("json"),
        claims_json(UP_OPERATOR)
    );
    assert_eq!(
        serde_json::to_string(&user).expect("json"),
        claims_json(UP_USER)
    );
    // The account predates `authorization` (always written now): everything else matches.
    let ours = serde_json::to_string(&acc).expect("json");
    assert_eq!(
        ours.replace(",\"authorization\":{}", ""),
        claims_json(UP_ACCOUNT)
    );
    assert!(matches!(decode(UP_USER), Ok(AnyClaims::User(_))));
}

#[test]
fn golden_tokens_from_fixed_seeds() {
    let op_kp = KeyPair::from_seed(OP_SEED).expect("seed");
    let acc_kp = KeyPair::from_seed(ACC_SEED).expect("seed");
    let user_kp = KeyPair::from_seed(USER_SEED).expect("seed");

    let mut op = OperatorClaims::new(&op_kp.public_key());
    op.data.name = "O".into();
    let op_jwt = op.encode_at(&op_kp, 1_700_000_000).expect("encode");
    assert_eq!(
        claims_json(&op_jwt),
        format!(
            "{{\"jti\":\"{}\",\"iat\":1700000000,\"iss\":\"{pk}\",\"name\":\"O\",\"sub\":\"{pk}\",\
             \"nats\":{{\"type\":\"operator\",\"version\":2}}}}",
            op.data.id,
            pk = op_kp.public_key()
        )
    );
    assert_eq!(op.data.id.len(), 52);

    let mut acc = AccountClaims::new_account(&acc_kp.public_key());
    acc.data.name = "A".into();
    let acc_jwt = acc.encode_at(&op_kp, 1_700_000_000).expect("encode");
    let json = claims_json(&acc_jwt);
    assert!(
        json.ends_with(
            "\"nats\":{\"limits\":{\"subs\":-1,\"data\":-1,\"payload\":-1,\"imports\":-1,\
             \"exports\":-1,\"wildcards\":true,\"conn\":-1,\"leaf\":-1},\"default_permissions\":\
             {\"pub\":{},\"sub\":{}},\"authorization\":{},\"type\":\"account\",\"version\":2}}"
        ),
        "{json}"
    );

    let mut user = UserClaims::new_user(&user_kp.public_key());
    user.data.name = "U".into();
    user.nats.perms.permissions.publish.allow = vec!["a.>".into()];
    user.nats.perms.permissions.response = Some(ResponsePermission {
        max_msgs: 1,
        expires: 0,
    });
    let user_jwt = user.encode_at(&acc_kp, 1_700_000_000).expect("encode");
    let json = claims_json(&user_jwt);
    assert!(
        json.ends_with(
            "\"nats\":{\"pub\":{\"allow\":[\"a.>\"]},\"sub\":{},\"resp\":{\"max\":1,\"ttl\":0},\
             \"subs\":-1,\"data\":-1,\"payload\":-1,\"type\":\"user\",\"version\":2}}"
        ),
        "{json}"
    );
    // ed25519 is deterministic: the same inputs make the same token.
    let mut again = UserClaims::new_user(&user_kp.public_key());
    again.data.name = "U".into();
    again.nats.perms = user.nats.perms.clone();
    assert_eq!(
        again.encode_at(&acc_kp, 1_700_000_000).expect("encode"),
        user_jwt
    );

    let back = UserClaims::decode(&user_jwt).expect("decode");
    assert_eq!(back, user);
}

#[test]
fn tampering_roles_and_types_are_refused() {
    let op_kp = KeyPair::from_seed(OP_SEED).expect("seed");
    let user_kp = KeyPair::from_seed(USER_SEED).expect("seed");
    let mut user = UserClaims::new_user(&user_kp.public_key());
    // An operator cannot sign a user.
    assert!(matches!(
        user.encode_at(&op_kp, 1),
        Err(JwtError::IssuerRole(_))
    ));
    let mut parts: Vec<String> = UP_USER.split('.').map(str::to_owned).collect();
    let mut claims = claims_json(UP_USER);
    claims = claims.replace("\"name\":\"one\"", "\"name\":\"two\"");
    parts[1] = BASE64URL_NOPAD.encode(claims.as_bytes());
    assert_eq!(
        UserClaims::decode(&parts.join(".")),
        Err(JwtError::Signature(2))
    );
    assert!(matches!(
        AccountClaims::decode(UP_USER),
        Err(JwtError::WrongType { .. })
    ));
    assert_eq!(decode("a.b"), Err(JwtError::Chunks));
    assert!(OperatorClaims::new("x").encode_at(&op_kp, 1).is_ok());
    let mut nosub = OperatorClaims::default();
    assert_eq!(nosub.encode_at(&op_kp, 1), Err(JwtError::NoSubject));
}

#[test]
fn times_and_revocations() {
    let d = ClaimsData {
        expires: 100,
        not_before: 50,
        ..ClaimsData::default()
    };
    assert_eq!(d.check_times(49), Err(JwtError::NotYetValid));
    assert_eq!(d.check_times(50), Ok(()));
    assert_eq!(d.check_times(100), Ok(()));
    assert_eq!(d.check_times(101), Err(JwtError::Expired));
    let mut acc = AccountClaims::new_account("A");
    acc.nats.revocations.insert("UX".into(), 10);
    assert!(acc.is_revoked("UX", 10));
    assert!(!acc.is_revoked("UX", 11));
    assert!(!acc.is_revoked("UY", 1));
    acc.nats.revocations.insert("*".into(), 5);
    assert!(acc.is_revoked("UY", 5));
}

#[test]
fn scoped_signing_keys_and_exports_round_trip() {
    let mut acc = AccountClaims::new_account("AB");
    acc.nats.signing_keys.add("AZ");
    acc.nats.signing_keys.0.insert(
        "AC".into(),
        Some(UserScope {
            kind: "user_scope".into(),
            key: "AC".into(),
            role: "dev".into(),
            template: UserPermissionLimits::default(),
            description: String::new(),
        }),
    );
    acc.nats.exports.push(Export {
        name: "svc".into(),
        subject: "svc.>".into(),
        export_type: Some(ExportType::Service),
        latency: Some(ServiceLatency {
            sampling: 0,
            results: "lat".into(),
        }),
        ..Export::default()
    });
    let v = serde_json::to_value(&acc).expect("json");
    let sk = &v["nats"]["signing_keys"];
    assert_eq!(sk[0]["key"], "AC");
    assert_eq!(sk[0]["template"]["pub"], serde_json::json!({}));
    assert_eq!(sk[1], "AZ");
    assert_eq!(v["nats"]["exports"][0]["type"], "service");
    assert_eq!(
        v["nats"]["exports"][0]["service_latency"]["sampling"],
        "headers"
    );
    let back: AccountClaims = serde_json::from_value(v).expect("back");
    assert_eq!(back, acc);
    // Source networks also parse from a comma-separated string, as upstream's CIDRList does.
    let u: UserLimits =
        serde_json::from_str(r#"{"src":"10.0.0.0/8, 192.168.0.0/16"}"#).expect("src");
    assert_eq!(u.src, ["10.0.0.0/8", "192.168.0.0/16"]);
}

#[test]
fn creds_text_is_exactly_nsc_s() {
    let acc_kp = KeyPair::from_seed(ACC_SEED).expect("seed");
    let user_kp = KeyPair::from_seed(USER_SEED).expect("seed");
    let jwt = UserClaims::new_user(&user_kp.public_key())
        .encode_at(&acc_kp, 1)
        .expect("encode");
    let creds = format_user_config(&jwt, USER_SEED).expect("creds");
    assert_eq!(
        creds,
        format!(
            "-----BEGIN NATS USER JWT-----\n{jwt}\n------END NATS USER JWT------\n\n\
             ************************* IMPORTANT *************************\n\
             NKEY Seed printed below can be used to sign and prove identity.\n\
             NKEYs are sensitive and should be treated as secrets.\n\n\
             -----BEGIN USER NKEY SEED-----\n{USER_SEED}\n------END USER NKEY SEED------\n\n\
             *************************************************************\n"
        )
    );
    // The client's lenient parser reads it back.
    let parsed = crate::client::auth::parse_creds(&creds).expect("parse");
    assert_eq!(parsed.jwt, jwt);
    assert_eq!(parsed.key.public_key(), user_kp.public_key());
    // A seed of another user is refused.
    assert!(format_user_config(&jwt, ACC_SEED).is_err());
}
