import Foundation  // log, sqrt, cos only; no Foundation randomness is used.

/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny generator used here only to turn a
/// seed into the 256-bit state of ``Xoshiro256StarStar``, as Blackman and Vigna advise.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(state: UInt64) { self.state = state }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 output function: a bijective 64-bit hash.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** 1.0 (Blackman and Vigna, 2018): the seeded generator behind the demo
/// panel. Its output for a given seed is fixed by this code alone (it does not depend on
/// the platform or on the standard library's random algorithms).
struct Xoshiro256StarStar: RandomNumberGenerator {
    private var s0, s1, s2, s3: UInt64

    /// A generator for one independent stream of a seed. Different `stream` values give
    /// unrelated sequences (the stream number is hashed into the seed), so that each part
    /// of the demo panel draws from its own stream and changing how many numbers one part
    /// draws leaves the others unchanged.
    init(seed: UInt64, stream: UInt64 = 0) {
        var seeder = SplitMix64(state: seed ^ SplitMix64.mix(stream &+ 0x6A09_E667_F3BC_C909))
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
        // xoshiro must not start from the all-zero state; four zero outputs in a row from
        // SplitMix64 are not expected for any seed, but guard anyway.
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// A generator started from a raw state (for checking against the published
    /// reference outputs); the state must not be all zero.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state != (0, 0, 0, 0), "xoshiro256** needs a non-zero state")
        (s0, s1, s2, s3) = state
    }

    mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}

extension RandomNumberGenerator {
    /// A uniform draw from [0, 1): the top 53 bits of one output, scaled by 2^-53.
    /// Written out (not `Double.random(in:)`) so the mapping can never change underneath.
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A standard normal draw by the Box-Muller transform (one of the pair is used);
    /// the first uniform is taken from (0, 1] so the logarithm is finite.
    mutating func standardNormal() -> Double {
        let u1 = Double((next() >> 11) + 1) * 0x1p-53
        let u2 = uniform()
        return sqrt(-2 * log(u1)) * cos(2 * Double.pi * u2)
    }
}
