import Testing
@testable import Reporting

/// Fisher-Jenks natural breaks and the classes of a map.
@Suite("Natural breaks and classes")
struct NaturalBreaksTests {
    /// The 50 integers of jenkspy's test suite (`tests/test_jenks.py`, `data2`), whose
    /// 4-class breaks the suite states as (1, 416, 767, 1083, 1424): minimum, then the
    /// upper bound of each class (`res2`, checked there against another implementation).
    static let jenkspyData: [Double] = [
        132, 915, 312, 1424, 1240, 1370, 113, 1028, 1078, 416, 963, 359, 1422, 658, 73, 1326, 245, 848, 683, 255, 1223,
        253, 654, 736, 1079, 39, 583, 1367, 1237, 327, 1083, 328, 951, 678, 927, 301, 96, 297, 179, 230, 767, 1248, 1, 37,
        1352, 1009, 663, 1283, 679, 230,
    ]

    @Test("jenkspy's 50 integers in 4 classes: upper bounds 416, 767, 1083, 1424")
    func jenkspy() throws {
        #expect(NaturalBreaks.breaks(Self.jenkspyData, classes: 4) == [416, 767, 1083, 1424])
        let breaks = try #require(ClassBreaks(Self.jenkspyData, classes: 4, method: .jenks))
        #expect(breaks.minimum == 1)
        // The class sizes of jenkspy's `groups_` (res6): 20, 9, 10, 11 values.
        var sizes = [0, 0, 0, 0]
        for value in Self.jenkspyData { sizes[breaks.classIndex(of: value)] += 1 }
        #expect(sizes == [20, 9, 10, 11])
    }

    @Test("jenkspy's README example: 0...11 in 4 classes breaks at 2, 5, 8 (and 11)")
    func evenlySpaced() {
        #expect(NaturalBreaks.breaks((0...11).map(Double.init), classes: 4) == [2, 5, 8, 11])
    }

    @Test("fewer distinct values than classes: one class per distinct value")
    func fewDistinct() {
        #expect(NaturalBreaks.breaks([3, 1, 3, 1, 2], classes: 5) == [1, 2, 3])
        #expect(NaturalBreaks.breaks([7, 7, 7], classes: 2) == [7])
        #expect(NaturalBreaks.breaks([], classes: 3) == [])
        #expect(NaturalBreaks.breaks([.nan, 1, .infinity, 2], classes: 2) == [1, 2])
    }

    /// The least within-class sum of squares over every way to cut sorted values into k
    /// non-empty runs: the definition, by exhaustive search.
    static func bruteForceMinimum(_ sorted: [Double], classes k: Int) -> Double {
        func best(_ start: Int, _ classes: Int) -> Double {
            let rest = Array(sorted[start...])
            if classes == 1 {
                let mean = rest.reduce(0, +) / Double(rest.count)
                return rest.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            }
            var minimum = Double.infinity
            for end in (start + 1)...(sorted.count - classes + 1) {
                let part = Array(sorted[start..<end])
                let mean = part.reduce(0, +) / Double(part.count)
                let ssd = part.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
                minimum = min(minimum, ssd + best(end, classes - 1))
            }
            return minimum
        }
        return best(0, k)
    }

    @Test("on 1,500 seeded random samples the breaks reach the exhaustive minimum")
    func againstBruteForce() {
        var random = SplitMix64(seed: 1977)
        for _ in 0..<1_500 {
            let n = Int.random(in: 4...11, using: &random)
            let k = Int.random(in: 2...min(5, n - 1), using: &random)
            // Rounded values, so ties occur too.
            let values = (0..<n).map { _ in (Double.random(in: 0...10, using: &random) * 4).rounded() / 4 }
            let sorted = values.sorted()
            let distinct = Set(values).count
            let uppers = NaturalBreaks.breaks(values, classes: k)
            #expect(uppers.count == min(k, distinct))
            #expect(uppers.last == sorted.last)
            guard distinct > k else { continue }
            let found = NaturalBreaks.withinSumOfSquares(sorted, uppers: uppers)
            let minimum = Self.bruteForceMinimum(sorted, classes: k)
            // Relative tolerance 1e-9: the sums differ only by rounding of the order of
            // n ulps of values up to 10.
            #expect(abs(found - minimum) <= 1e-9 * max(1, minimum), "values \(values), k \(k)")
        }
    }

    @Test("above the exact limit the breaks are natural breaks of an evenly spaced sample, and data values")
    func sampled() {
        var random = SplitMix64(seed: 4)
        let values = (0..<(NaturalBreaks.exactLimit + 1_000)).map { _ in Double.random(in: 0...1, using: &random) }
        let uppers = NaturalBreaks.breaks(values, classes: 5)
        #expect(uppers.count == 5)
        #expect(uppers.last == values.max())
        let set = Set(values)
        #expect(uppers.allSatisfy(set.contains))
        #expect(uppers == uppers.sorted())
    }

    @Test("classes are right-closed: a value equal to a break belongs to the lower class")
    func rightClosed() throws {
        let breaks = try #require(ClassBreaks((1...10).map(Double.init), classes: 5, method: .quantile))
        // R's type 7 quantiles of 1...10 at 0.2, 0.4, 0.6, 0.8: 2.8, 4.6, 6.4, 8.2; then the maximum.
        let expected = [2.8, 4.6, 6.4, 8.2, 10]
        #expect(zip(breaks.uppers, expected).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(breaks.classIndex(of: 1) == 0)
        #expect(breaks.classIndex(of: breaks.uppers[0]) == 0)
        #expect(breaks.classIndex(of: breaks.uppers[0].nextUp) == 1)
        #expect(breaks.classIndex(of: 10) == 4)
        #expect(breaks.classIndex(of: 11) == 4)
        #expect(breaks.classIndex(of: 0) == 0)
        #expect(breaks.label(ofClass: 0) { String($0) } == "[1.0, 2.8]")
        #expect(breaks.label(ofClass: 1) { String($0) } == "(2.8, 4.6]")
    }

    @Test("quantile breaks that coincide are merged")
    func quantileTies() throws {
        let breaks = try #require(ClassBreaks([1, 1, 1, 1, 1, 1, 1, 1, 2, 3], classes: 5, method: .quantile))
        // Type 7 quantiles at 0.2, 0.4, 0.6: 1, 1, 1 (one class); at 0.8: 1.2; then 3.
        #expect(breaks.uppers.count == 3)
        #expect(breaks.uppers[0] == 1 && abs(breaks.uppers[1] - 1.2) < 1e-12 && breaks.uppers[2] == 3)
    }

    @Test("no finite value gives no breaks")
    func empty() {
        #expect(ClassBreaks([], classes: 5, method: .jenks) == nil)
        #expect(ClassBreaks([.nan], classes: 5, method: .quantile) == nil)
    }
}
