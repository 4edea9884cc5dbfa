//! Byte scans sixteen bytes at a time, with the portable SIMD types of the
//! `wide` crate (SSE2 on x86-64, NEON on AArch64, plain arrays elsewhere),
//! so the crate keeps `forbid(unsafe_code)`.
//!
//! Scans turn a block of at most 64 bytes into a `u64` with one bit per
//! byte (bit `j` for byte `j`), and walk the set bits with `trailing_zeros`.

use wide::u8x16;

/// A chunk of sixteen bytes as lanes (all zeros for a chunk of another length).
#[inline(always)]
pub(crate) fn lanes(chunk: &[u8]) -> u8x16 {
    u8x16::new(<[u8; 16]>::try_from(chunk).unwrap_or_default())
}

/// Whether each byte of `v` lies in `lo..=hi`: its distance above `lo`,
/// wrapping, is at most `hi - lo`. All ones in a lane for yes.
#[inline(always)]
pub(crate) fn in_range(v: u8x16, lo: u8, hi: u8) -> u8x16 {
    let above = v - u8x16::splat(lo);
    above.min(u8x16::splat(hi - lo)).simd_eq(above)
}

/// The first place at byte `from` of `b` or after that `hits` flags: it is
/// given `W` bytes at a time (seventeen or more) and flags (bit `j`) which
/// of the first sixteen start what it looks for, so it may look at the
/// `W - 16` bytes after each. The last bytes are given in a window padded
/// with zeros, so a zero byte must start nothing `hits` looks for.
#[inline(always)]
pub(crate) fn find_by_sixteen<const W: usize>(b: &[u8], from: usize, hits: impl Fn(&[u8; W]) -> u16) -> Option<usize> {
    let mut i = from;
    while let Some(window) = b.get(i..i + W).and_then(|w| <&[u8; W]>::try_from(w).ok()) {
        match hits(window) {
            0 => i += 16,
            found => return Some(i + found.trailing_zeros() as usize),
        }
    }
    // Fewer than `W` bytes are left: up to `W - 1` places, sixteen a window.
    while i < b.len() {
        let rest = &b[i..];
        let mut padded = [0; W];
        padded[..rest.len()].copy_from_slice(rest);
        match hits(&padded) {
            0 => i += 16,
            found => return Some(i + found.trailing_zeros() as usize),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_range_agrees_with_comparing_each_byte() {
        for (lo, hi) in [(b'0', b'9'), (b'a', b'z'), (b'\t', b'\n'), (0, 255), (0x80, 0xBF)] {
            for x in 0..=255u8 {
                let lanes = in_range(u8x16::splat(x), lo, hi).to_bitmask();
                assert_eq!(lanes == 0xFFFF, (lo..=hi).contains(&x), "{x:#x} in {lo:#x}..={hi:#x}");
                assert!(lanes == 0 || lanes == 0xFFFF);
            }
        }
    }
}
