//! Authentication and authorization: who a connection is ([`authn`]), what it may publish and
//! subscribe to ([`perms`]), and the configuration both are built from ([`options`]).

pub mod authn;
pub mod options;
pub mod perms;
