//! Unit tests for the client: URL parsing, creds, CONNECT building, and a mock server.
