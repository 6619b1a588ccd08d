import PanelData
import Testing
import Weighting

/// Runs `method` on a random matrix as the pipeline would: raw statistics for `cv`,
/// seeded random positive weights for `given`.
func weights(_ method: WeightingMethod, _ matrix: RandomMatrix, standardized: [[Double]]? = nil) throws -> WeightSet {
    let x = standardized ?? matrix.standardized
    let statistics = matrix.columns.map(meanAndDeviation)
    var random = SplitMix64(seed: matrix.seed &+ 77)
    let system = IndicatorSystem(dimensions: ["D"], indicators: matrix.directions.indices.map { j in
        Indicator(id: "x\(j)", name: "x\(j)", unit: "", direction: matrix.directions[j], dimension: 0,
                  givenWeight: Double.random(in: 0.01...3, using: &random))
    })
    var ranges = matrix.columns
    return try ObjectiveWeighting.weights(method: method, rawMeans: statistics.map(\.mean),
                                          rawDeviations: statistics.map(\.deviation), standardized: x,
                                          ranges: Standardization.minMax(&ranges, directions: matrix.directions),
                                          system: system)
}

/// Invariances every weighting must have, on seeded random matrices (RandomMatrix: 3-60
/// rows, 2-6 columns on scales 1e-3 to 1e6, random directions). Each failure names its
/// seed. Tolerances: 1e-12, the fixtures' floor; the operations compared differ only in
/// summation order or in a few roundings of numbers of size at most about 10 (conflicts
/// are at most 2(m - 1) = 10).
@Suite("Properties (seeded)")
struct PropertyTests {
    static let seeds: [UInt64] = Array(0..<200)

    @Test("weights are non-negative and add up to 1 for every method", arguments: WeightingMethod.allCases)
    func weightsSumToOne(method: WeightingMethod) throws {
        for seed in Self.seeds {
            let set = try weights(method, RandomMatrix(seed: seed))
            #expect(set.weights.allSatisfy { $0 >= 0 }, "seed \(seed): \(set.weights)")
            expectClose(set.weights.reduce(0, +), 1, within: 1e-12, "\(method) seed \(seed) sum")
            #expect(set.weights.count == RandomMatrix(seed: seed).columns.count)
        }
    }

    /// Scores are weighted means of numbers in [0, 1], so they lie in [0, 1]; the 1e-12
    /// slack covers weights that add up to 1 only to rounding.
    @Test("scores lie in [0, 1] and sub-scores add up to the score", arguments: WeightingMethod.allCases)
    func scoresInUnitInterval(method: WeightingMethod) throws {
        for seed in Self.seeds {
            let matrix = RandomMatrix(seed: seed)
            let x = matrix.standardized
            let set = try weights(method, matrix, standardized: x)
            let dimensions = x.indices.map { $0 % 2 }
            let scores = CompositeIndex.scores(standardized: x, weights: set.weights, dimensionOfIndicator: dimensions,
                                               dimensionCount: 2)
            for i in scores.score.indices {
                #expect(scores.score[i] >= -1e-12 && scores.score[i] <= 1 + 1e-12, "seed \(seed) row \(i)")
                expectClose(scores.dimensionScores[0][i] + scores.dimensionScores[1][i], scores.score[i],
                            within: 1e-12, "seed \(seed) row \(i) parts")
            }
        }
    }

    /// The composite is the plain left-to-right sum in indicator order (METHOD.md
    /// section 8): with one dimension the sub-score is the score bit for bit, and the
    /// score is exactly ((w0 x0 + w1 x1) + w2 x2) + ...
    @Test("the composite is the left-to-right sum of its weighted parts, exactly")
    func leftToRightSum() throws {
        for seed in Self.seeds {
            let matrix = RandomMatrix(seed: seed)
            let x = matrix.standardized
            let set = try weights(.critic, matrix, standardized: x)
            let scores = CompositeIndex.scores(standardized: x, weights: set.weights,
                                               dimensionOfIndicator: x.map { _ in 0 }, dimensionCount: 1)
            for i in 0..<matrix.rowCount {
                var total = 0.0
                for j in x.indices { total += set.weights[j] * x[j][i] }
                #expect(scores.score[i] == total && scores.dimensionScores[0][i] == total, "seed \(seed) row \(i)")
            }
        }
    }

    /// x'(negative) = (max - x)/span = 1 - (x - min)/span = 1 - x'(positive); 1e-15: two
    /// or three roundings of numbers in [0, 1].
    @Test("flipping an indicator's direction flips its standardised column")
    func flipDirection() {
        for seed in Self.seeds {
            let matrix = RandomMatrix(seed: seed)
            for column in matrix.columns {
                var positive = column, negative = column
                Standardization.minMax(&positive, direction: .positive)
                Standardization.minMax(&negative, direction: .negative)
                expectClose(negative, positive.map { 1 - $0 }, within: 1e-15, "seed \(seed)")
                #expect(positive.min() == 0 && positive.max() == 1 && negative.min() == 0 && negative.max() == 1)
            }
        }
    }

    /// Rows are exchangeable: a permutation changes every method's weights by rounding
    /// only, and each row keeps its score.
    @Test("permuting rows changes nothing", arguments: WeightingMethod.allCases)
    func permuteRows(method: WeightingMethod) throws {
        for seed in Self.seeds {
            let matrix = RandomMatrix(seed: seed)
            var random = SplitMix64(seed: seed &+ 1_000)
            let order = Array(0..<matrix.rowCount).shuffled(using: &random)
            var permuted = matrix
            permuted.columns = matrix.columns.map { column in order.map { column[$0] } }
            let a = try weights(method, matrix), b = try weights(method, permuted)
            expectClose(b.weights, a.weights, within: 1e-12, "\(method) seed \(seed)")
            expectClose(b.sigma, a.sigma, within: 1e-12, "\(method) seed \(seed) sigma")
            let dimensions = matrix.columns.map { _ in 0 }
            let scoreA = CompositeIndex.scores(standardized: matrix.standardized, weights: a.weights,
                                               dimensionOfIndicator: dimensions, dimensionCount: 1).score
            let scoreB = CompositeIndex.scores(standardized: permuted.standardized, weights: b.weights,
                                               dimensionOfIndicator: dimensions, dimensionCount: 1).score
            expectClose(order.map { scoreA[$0] }, scoreB, within: 1e-12, "\(method) seed \(seed) scores")
        }
    }

    /// Min-max removes units: multiplying a raw column by c > 0 changes its standardised
    /// values by rounding only, hence the weights and scores of every method (cv is
    /// scale-free too: sd(cx)/|mean(cx)| = sd(x)/|mean(x)|).
    @Test("scaling a raw indicator by a positive constant changes nothing", arguments: WeightingMethod.allCases)
    func scaleInvariance(method: WeightingMethod) throws {
        for seed in Self.seeds {
            let matrix = RandomMatrix(seed: seed)
            var random = SplitMix64(seed: seed &+ 2_000)
            let j = Int.random(in: 0..<matrix.columns.count, using: &random)
            let factor = [1e-6, 0.37, 3, 1024, 7.5e5].randomElement(using: &random)!
            var scaled = matrix
            scaled.columns[j] = matrix.columns[j].map { $0 * factor }
            expectClose(scaled.standardized[j], matrix.standardized[j], within: 1e-12, "seed \(seed) x'")
            let a = try weights(method, matrix), b = try weights(method, scaled)
            expectClose(b.weights, a.weights, within: 1e-12, "\(method) seed \(seed), column \(j) x \(factor)")
        }
    }

    /// METHOD.md section 4 Convention: a constant column gets W = 0 and is left out of the
    /// other columns' conflict sums, so adding one never changes the other weights; its
    /// sigma, conflict and information are 0 (exactly: they are conventions, not sums),
    /// and the weighting names it in a warning.
    @Test("a constant column gets weight 0 and leaves the other CRITIC weights unchanged")
    func constantColumn() throws {
        for seed in Self.seeds {
            let matrix = RandomMatrix(seed: seed)
            var random = SplitMix64(seed: seed &+ 3_000)
            let position = Int.random(in: 0...matrix.columns.count, using: &random)
            var extended = matrix
            extended.columns.insert(Array(repeating: 7.25, count: matrix.rowCount), at: position)
            extended.directions.insert(Bool.random(using: &random) ? .positive : .negative, at: position)
            let before = try weights(.critic, matrix), after = try weights(.critic, extended)
            #expect(after.weights[position] == 0, "seed \(seed)")
            #expect(after.sigma[position] == 0 && after.conflict?[position] == 0 && after.information?[position] == 0)
            var others = after.weights
            others.remove(at: position)
            expectClose(others, before.weights, within: 1e-12, "seed \(seed)")
            var conflicts = try #require(after.conflict)
            conflicts.remove(at: position)
            expectClose(conflicts, try #require(before.conflict), within: 1e-12, "seed \(seed) conflict")
            #expect(after.warnings.first?.hasPrefix("constant indicator(s) x\(position): standardised to 0") == true,
                    "seed \(seed): \(after.warnings)")
        }
    }

    /// The other methods give a constant column (standardised to 0, sigma 0) no weight
    /// either: stdev and cv exactly, entropy to rounding (its p = 1/N up to the shift's
    /// rounding, so e = 1 - tiny; 1e-12 bounds that). `equal` gives every column 1/m by
    /// definition.
    @Test("a constant column gets weight 0 from stdev, cv and entropy", arguments: [WeightingMethod.stdev, .cv, .entropy])
    func constantColumnOtherMethods(method: WeightingMethod) throws {
        for seed in Self.seeds {
            var matrix = RandomMatrix(seed: seed)
            matrix.columns.append(Array(repeating: 3.5, count: matrix.rowCount))
            matrix.directions.append(.positive)
            let set = try weights(method, matrix)
            #expect(abs(set.weights.last!) <= 1e-12, "\(method) seed \(seed): \(set.weights.last!)")
        }
    }

    /// CRITIC's conflict is computed on the direction-adjusted columns (METHOD.md
    /// section 4): flipping the direction of every column at once flips every
    /// correlation twice, so nothing changes; sigma never depends on direction.
    @Test("flipping every direction at once leaves CRITIC unchanged")
    func flipAll() throws {
        for seed in Self.seeds {
            let matrix = RandomMatrix(seed: seed)
            var flipped = matrix
            flipped.directions = matrix.directions.map { $0 == .positive ? .negative : .positive }
            let a = try weights(.critic, matrix), b = try weights(.critic, flipped)
            expectClose(b.weights, a.weights, within: 1e-12, "seed \(seed)")
            expectClose(b.sigma, a.sigma, within: 1e-12, "seed \(seed) sigma")
        }
    }
}
