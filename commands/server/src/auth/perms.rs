//! Permissions (being written).
