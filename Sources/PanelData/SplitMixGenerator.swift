/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014): a small, fast, seeded generator, passed in explicitly wherever the
/// program draws at random (bootstrap replicates, generated panels), so every run is
/// reproducible.
public struct SplitMixGenerator: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// An independent stream for item `index` of a seeded family (replicate b of a
    /// bootstrap): the same values whatever the order in which items are computed.
    public init(seed: UInt64, stream index: UInt64) {
        var mixer = SplitMixGenerator(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
