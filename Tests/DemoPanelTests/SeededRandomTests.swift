import Testing
@testable import DemoPanel

/// The generators behind the demo panel, against the reference outputs of their
/// authors' C code (Vigna, prng.di.unimi.it: splitmix64.c and xoshiro256starstar.c).
@Suite struct SeededRandomTests {
    /// splitmix64.c with x = 0: the first three outputs.
    @Test func splitMix64MatchesReference() {
        var generator = SplitMix64(state: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    /// xoshiro256starstar.c with s = {1, 2, 3, 4}: the first three outputs
    /// (the first is rotl(2 * 5, 7) * 9 = 11520 by hand).
    @Test func xoshiroMatchesReference() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        #expect(generator.next() == 11520)
        #expect(generator.next() == 0)
        #expect(generator.next() == 1_509_978_240)
    }

    @Test func streamsDiffer() {
        var a = Xoshiro256StarStar(seed: 7, stream: 0)
        var b = Xoshiro256StarStar(seed: 7, stream: 1)
        var c = Xoshiro256StarStar(seed: 7, stream: 0)
        let first = (0..<4).map { _ in a.next() }
        #expect(first != (0..<4).map { _ in b.next() })
        #expect(first == (0..<4).map { _ in c.next() })
    }

    /// 20,000 draws: uniform in [0, 1) with mean 1/2 (standard error 0.002, so 0.01 is
    /// five of them); normal with mean 0 and variance 1 (standard errors 0.007 and 0.01,
    /// tolerances 0.04 and 0.06).
    @Test func drawsHaveTheirDistribution() {
        var generator = Xoshiro256StarStar(seed: 42)
        let count = 20_000
        let uniforms = (0..<count).map { _ in generator.uniform() }
        #expect(uniforms.allSatisfy { (0..<1).contains($0) })
        #expect(abs(uniforms.reduce(0, +) / Double(count) - 0.5) < 0.01)
        let normals = (0..<count).map { _ in generator.standardNormal() }
        #expect(normals.allSatisfy { $0.isFinite })
        let mean = normals.reduce(0, +) / Double(count)
        let variance = normals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count)
        #expect(abs(mean) < 0.04)
        #expect(abs(variance - 1) < 0.06)
    }
}
