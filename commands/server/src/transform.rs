//! Subject transforms (being written).
