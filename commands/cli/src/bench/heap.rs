//! Heap tuning for benchmark clients.
//!
//! A subscriber receiving millions of small messages allocates and frees them at a high rate
//! while its queue fills and drains. glibc grows a thread arena a little at a time and gives
//! memory back as soon as the free top exceeds 128 KiB, so the heap oscillates: the profile
//! of `bench sub` showed a quarter of the client's CPU in `mprotect` and page faults. A
//! benchmark is a short-lived process whose job is measuring the server, so it keeps a
//! generous top pad and trims late. The server does not do this (it must give memory back).

/// Grow arenas by 64 MiB and trim only above 256 MiB of free top. Best effort: on a libc
/// without `mallopt` tuning the call is absent and the defaults stay.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code)] // reason: mallopt(3) has no safe wrapper; it only sets two tunables.
    // SAFETY: mallopt takes plain integers, touches no memory we own, and is called before
    // the runtime starts any thread.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 64 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 256 << 20);
    }
}
