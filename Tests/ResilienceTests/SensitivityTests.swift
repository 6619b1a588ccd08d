import DemoPanel
import Foundation
import PanelData
import PanelIO
@testable import Resilience
import Testing

/// Spearman's rank correlation and the weighting sensitivity runner (issue 8, point 4).
@Suite("Spearman rank correlation")
struct SpearmanCorrelationTests {
    /// Known values, each exact as a fraction:
    /// - Wikipedia, "Spearman's rank correlation coefficient", worked example (IQ against
    ///   hours of television a week, 10 people, no ties): sum d^2 = 194, so
    ///   rho = 1 - 6 * 194 / (10 * 99) = -29/165;
    /// - SciPy's documentation of `scipy.stats.spearmanr` (ties in y): ranks of y
    ///   (5, 6, 7, 8, 7) are (1, 2, 3.5, 5, 3.5), so rho = 8 / sqrt(10 * 9.5) = 8 / sqrt(95)
    ///   = 0.8207826816681233 (SciPy 1.17 prints the same);
    /// - by hand (ties on both sides): ranks (1.5, 1.5, 3, 4) and (3, 1.5, 1.5, 4) have
    ///   co-deviations summing to 2.25 and squared deviations to 4.5 each: rho = 1/2.
    /// Tolerance 1e-15: a few ulp of numbers below 1.
    @Test("known values", arguments: [
        ([106, 100, 86, 101, 99, 103, 97, 113, 112, 110], [7, 27, 2, 50, 28, 29, 20, 12, 6, 17], -29.0 / 165),
        ([1, 2, 3, 4, 5], [5, 6, 7, 8, 7], 8 / 95.0.squareRoot()),
        ([1, 1, 2, 3], [2, 1, 1, 3], 0.5),
    ] as [([Double], [Double], Double)])
    func knownValues(x: [Double], y: [Double], expected: Double) throws {
        let rho = try #require(SpearmanCorrelation.coefficient(x, y))
        #expect(abs(rho - expected) <= 1e-15, "\(rho) vs \(expected)")
        let swapped = try #require(SpearmanCorrelation.coefficient(y, x))
        #expect(abs(swapped - expected) <= 1e-15, "symmetric")
    }

    @Test("ties get the mean of the ranks they span")
    func averageRanks() {
        #expect(SpearmanCorrelation.ranks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4])
        #expect(SpearmanCorrelation.ranks([3, 1, 3, 3, 0]) == [4, 2, 4, 4, 1])
        #expect(SpearmanCorrelation.ranks([]) == [])
    }

    @Test("monotone relations give 1 and -1; rho ignores any increasing transformation")
    func monotone() throws {
        let x = [0.3, 1.7, 0.9, 2.2, 0.1, 5.0]
        #expect(SpearmanCorrelation.coefficient(x, x.map { exp($0) }) == 1)
        #expect(SpearmanCorrelation.coefficient(x, x.map { -$0 * $0 * $0 }) == -1)
        let y = [2.0, 1.0, 4.0, 3.0, 6.0, 5.0]
        let rho = try #require(SpearmanCorrelation.coefficient(x, y))
        let transformed = try #require(SpearmanCorrelation.coefficient(x.map { log($0) }, y.map { $0 * $0 }))
        #expect(rho == transformed)
    }

    @Test("undefined cases give nil, never NaN: a constant list, fewer than two values, unequal lengths, NaN")
    func undefined() {
        #expect(SpearmanCorrelation.coefficient([1, 1, 1], [1, 2, 3]) == nil)
        #expect(SpearmanCorrelation.coefficient([1], [2]) == nil)
        #expect(SpearmanCorrelation.coefficient([1, 2], [1, 2, 3]) == nil)
        #expect(SpearmanCorrelation.coefficient([1, .nan, 3], [1, 2, 3]) == nil)
    }
}

@Suite("Weighting sensitivity")
struct SensitivityTests {
    static let methods: [WeightingMethod] = [.critic, .equal, .stdev]

    static let shared = Task { () throws -> SensitivityResult in
        try await Sensitivity.run(panel: DemoPanel.make(), configuration: .study, source: "demo", synthetic: true,
                                  methods: methods)
    }

    @Test("the reference (CRITIC) run equals a plain Analysis.run, bit for bit")
    func referenceIsPlainRun() async throws {
        let sensitivity = try await Self.shared.value
        let plain = try await Analysis.run(panel: DemoPanel.make(), configuration: .study, source: "demo", synthetic: true)
        let reference = sensitivity.reference
        #expect(reference.weighting == .critic)
        #expect(reference.weights.map(\.set) == plain.weights.map(\.set))
        #expect(reference.scores.score == plain.scores.score)
        #expect(reference.yearly.map(\.decomposition) == plain.yearly.map(\.decomposition))
        #expect(reference.yearly.map(\.theil) == plain.yearly.map(\.theil))
    }

    @Test("each run is the run of its own method: the same as analyze --weighting METHOD")
    func eachMethodsRun() async throws {
        let sensitivity = try await Self.shared.value
        #expect(sensitivity.methods == Self.methods)
        for (method, run) in zip(sensitivity.methods, sensitivity.runs) {
            #expect(run.weighting == method)
            var configuration = AnalysisConfiguration.study
            configuration.weighting = method
            let alone = try await Analysis.run(panel: DemoPanel.make(), configuration: configuration, source: "demo", synthetic: true)
            #expect(run.scores.score == alone.scores.score, "\(method)")
        }
    }

    @Test("rank correlations: one per year and pair of methods, each equal to Spearman's rho of that year's scores")
    func rankCorrelations() async throws {
        let sensitivity = try await Self.shared.value
        #expect(sensitivity.pairKeys == ["critic|equal", "critic|stdev", "equal|stdev"])
        #expect(sensitivity.rankCorrelations.count == sensitivity.years.count)
        let (a, b) = sensitivity.pairs[2]
        for (index, _) in sensitivity.years.enumerated() {
            #expect(sensitivity.rankCorrelations[index].count == 3)
            let rows = sensitivity.reference.rowYear.indices.filter { Int(sensitivity.reference.rowYear[$0]) == index }
            let expected = SpearmanCorrelation.coefficient(rows.map { sensitivity.runs[a].scores.score[$0] },
                                                           rows.map { sensitivity.runs[b].scores.score[$0] })
            #expect(sensitivity.rankCorrelations[index][2] == expected)
            for rho in sensitivity.rankCorrelations[index] {
                let value = try #require(rho)
                #expect(value > 0 && value <= 1, "the demo's methods all rank cities alike to some degree")
            }
        }
        let range = try #require(sensitivity.rankCorrelationRange(pair: 1))
        #expect(range.min <= range.mean && range.mean <= range.max)
    }

    @Test("conclusions: the reference agrees with itself; each method's are those of its own run")
    func conclusions() async throws {
        let sensitivity = try await Self.shared.value
        #expect(sensitivity.agreements[0].all)
        for (run, conclusions) in zip(sensitivity.runs, sensitivity.conclusions) {
            #expect(conclusions == SensitivityConclusions(run))
            let first = try #require(run.yearly.first?.decomposition), last = try #require(run.yearly.last?.decomposition)
            #expect(conclusions.giniTrend == (last.gini < first.gini ? .falling : last.gini > first.gini ? .rising : .unchanged))
            let largest = try #require(conclusions.largestSourceLast)
            #expect(last.sources.allSatisfy { $0 <= last.sources[largest] })
            let pair = try #require(conclusions.largestBetweenPairFirst)
            #expect(first.between.allSatisfy { $0 <= first.between[pair] })
        }
    }

    @Test("the runs are the same serially, concurrently and with an existing run reused")
    func reproducible() async throws {
        let sensitivity = try await Self.shared.value
        let serial = try await Sensitivity.run(panel: DemoPanel.make(), configuration: .study, source: "demo", synthetic: true,
                                               methods: Self.methods, options: Analysis.Options(parallel: false))
        #expect(serial.runs.map(\.scores.score) == sensitivity.runs.map(\.scores.score))
        #expect(serial.rankCorrelations == sensitivity.rankCorrelations)
        let reused = try await Sensitivity.run(panel: DemoPanel.make(), configuration: .study, source: "demo", synthetic: true,
                                               methods: Self.methods, existing: sensitivity.runs[1])
        #expect(reused.runs.map(\.scores.score) == sensitivity.runs.map(\.scores.score))
    }

    @Test("a method whose run fails stops the comparison with an error naming the method")
    func failingMethod() async {
        do {
            _ = try await Sensitivity.run(panel: DemoPanel.make(), configuration: .study, source: "demo", synthetic: true,
                                          methods: [.critic, .given])
            Issue.record("the study configuration has no given weights")
        } catch {
            #expect(error.description.contains("with weighting given"), "\(error)")
        }
    }
}
