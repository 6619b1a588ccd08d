import Foundation
import PanelData
import Testing
import Weighting

/// Every weighting method on one 3 x 3 matrix worked by hand.
///
/// Raw matrix (rows = units), with directions:
///
///     a (positive)  b (negative)  c (positive)
///         10            5             7
///         20            3             2
///         30            3             2
///
/// Min-max (METHOD.md section 3): a' = (a - 10)/20 = (0, 1/2, 1);
/// b' = (5 - b)/2 = (0, 1, 1); c' = (c - 2)/5 = (1, 0, 0).
///
/// Deviations from the means (1/2, 2/3, 1/3): a (-1/2, 0, 1/2), b (-2/3, 1/3, 1/3),
/// c (2/3, -1/3, -1/3) = -b. Sums of squares: a 1/2, b 2/3, c 2/3.
/// - sigma (1/N, N = 3): a sqrt(1/6) = 0.40824829046386302, b = c = sqrt(2/9) = sqrt(2)/3
///   = 0.47140452079103168.
/// - r_ab = (1/3 + 0 + 1/6) / sqrt(1/2 * 2/3) = (1/2) / sqrt(1/3) = sqrt(3)/2;
///   r_ac = -sqrt(3)/2; r_bc = -1.
/// - conflict: C_a = (1 - sqrt3/2) + (1 + sqrt3/2) = 2; C_b = (1 - sqrt3/2) + 2 = 3 - sqrt3/2
///   = 2.1339745962155614; C_c = (1 + sqrt3/2) + 2 = 3 + sqrt3/2 = 3.8660254037844386.
/// - information I = sigma C: a 2/sqrt6 = 0.81649658092772603; b 1.0059652719092320;
///   c 1.8224618528369581; total sqrt6/3 + 2 sqrt2 = 3.6449237056739161.
/// - weights, multiplying through by 3/sqrt2: W_a = sqrt3/(6 + sqrt3) = 0.22400923773979587,
///   W_b = (3 - sqrt3/2)/(6 + sqrt3) = 0.27599076226020413, W_c = (3 + sqrt3/2)/(6 + sqrt3)
///   = 1/2 exactly (since 2(3 + sqrt3/2) = 6 + sqrt3).
///
/// The decimals were checked with mpmath at 40 digits. Tolerance 1e-12 (the fixtures'
/// floor): a handful of roundings of numbers below 4.
enum HandMatrix {
    static let raw: [[Double]] = [[10, 20, 30], [5, 3, 3], [7, 2, 2]]
    static let directions: [Direction] = [.positive, .negative, .positive]
    static let ids = ["a", "b", "c"]
    static let system = IndicatorSystem(dimensions: ["D1", "D2"], indicators: [
        Indicator(id: "a", name: "a", unit: "", direction: .positive, dimension: 0),
        Indicator(id: "b", name: "b", unit: "", direction: .negative, dimension: 0),
        Indicator(id: "c", name: "c", unit: "", direction: .positive, dimension: 1),
    ])
    static let standardized: [[Double]] = [[0, 0.5, 1], [0, 1, 1], [1, 0, 0]]
    static let sigma = [0.40824829046386302, 0.47140452079103168, 0.47140452079103168]
    /// Raw means (20, 11/3, 11/3) and population deviations: a sqrt(200/3), b: deviations
    /// (4/3, -2/3, -2/3), variance 8/9, sd 2 sqrt2/3; c: (10/3, -5/3, -5/3), variance 50/9,
    /// sd 5 sqrt2/3.
    static let rawMeans = [20, 11.0 / 3, 11.0 / 3]
    static let rawDeviations = [8.1649658092772603, 0.94280904158206337, 2.3570226039551584]
    static let tolerance = 1e-12
}

@Suite("Known values, worked by hand")
struct KnownValueTests {
    @Test("min-max standardisation with directions")
    func standardization() {
        var columns = HandMatrix.raw
        let ranges = Standardization.minMax(&columns, directions: HandMatrix.directions)
        #expect(columns == HandMatrix.standardized, "exact: (x - min) / span with dyadic results")
        #expect(ranges.map(\.minimum) == [10, 3, 2])
        #expect(ranges.map(\.maximum) == [30, 5, 7])
        #expect(!ranges.contains { $0.isConstant })
    }

    /// METHOD.md section 3 Convention: max = min standardises to 0 everywhere, in either
    /// direction.
    @Test("a constant column standardises to 0", arguments: Direction.allCases)
    func constantColumn(direction: Direction) {
        var column = [4.5, 4.5, 4.5]
        let range = Standardization.minMax(&column, direction: direction)
        #expect(column == [0, 0, 0])
        #expect(range.isConstant && range.minimum == 4.5)
    }

    @Test("CRITIC: sigma, conflict, information, weights")
    func critic() throws {
        let set = try CRITIC.weights(standardized: HandMatrix.standardized)
        let root3 = 3.0.squareRoot()
        expectClose(set.sigma, HandMatrix.sigma, within: HandMatrix.tolerance, "sigma")
        expectClose(try #require(set.conflict), [2, 3 - root3 / 2, 3 + root3 / 2], within: HandMatrix.tolerance, "conflict")
        expectClose(try #require(set.conflict), [2, 2.1339745962155614, 3.8660254037844386], within: HandMatrix.tolerance, "conflict")
        expectClose(try #require(set.information), [0.81649658092772603, 1.0059652719092320, 1.8224618528369581],
                    within: HandMatrix.tolerance, "information")
        expectClose(set.weights, [0.22400923773979587, 0.27599076226020413, 0.5], within: HandMatrix.tolerance, "weights")
        #expect(set.method == .critic)
        // Dimension weights: D1 = W_a + W_b = 0.5, D2 = W_c = 0.5.
        expectClose(set.dimensionWeights(dimensionOfIndicator: [0, 0, 1], dimensionCount: 2), [0.5, 0.5],
                    within: HandMatrix.tolerance, "dimension weights")
    }

    /// Entropy with the 1e-4 shift (EntropyWeights): x'' = x' + 1e-4,
    /// p = x'' / sum x'', e = -(1/ln 3) sum p ln p, d = 1 - e, W = d / sum d.
    /// - a: x'' = (0.0001, 0.5001, 1.0001), sum 1.5003, p = (6.66533e-5, 1/3, 0.6666000133),
    ///   e_a = 0.57999963964722607
    /// - b: x'' = (0.0001, 1.0001, 1.0001), sum 2.0003, p = (4.99925e-5, 0.49997500375,
    ///   0.49997500375), e_b = 0.63139438218198997
    /// - c: x'' = (1.0001, 0.0001, 0.0001), sum 1.0003, p = (0.99980006, 9.997e-5, 9.997e-5),
    ///   e_c = 0.0018582493955635079
    /// - d = (0.42000036035277393, 0.36860561781801003, 0.99814175060443649), sum
    ///   1.7867477287752204; W = (0.23506416355747977, 0.20629975451021379,
    ///   0.55863608193230644). (mpmath, 40 digits.) Tolerance 1e-12: logs and sums of
    ///   three terms, all below 2, lose a few ulp.
    @Test("entropy with the 1e-4 shift")
    func entropy() throws {
        #expect(EntropyWeights.shift == 1e-4)
        let set = try EntropyWeights.weights(standardized: HandMatrix.standardized)
        expectClose(try #require(set.entropy), [0.57999963964722607, 0.63139438218198997, 0.0018582493955635079],
                    within: HandMatrix.tolerance, "entropy")
        expectClose(set.weights, [0.23506416355747977, 0.20629975451021379, 0.55863608193230644],
                    within: HandMatrix.tolerance, "weights")
        expectClose(set.sigma, HandMatrix.sigma, within: HandMatrix.tolerance, "sigma")
        #expect(set.conflict == nil && set.information == nil)
    }

    @Test("entropy needs two rows")
    func entropyOneRow() {
        #expect(throws: WeightingError.tooFewRows(method: .entropy, rows: 1)) {
            try EntropyWeights.weights(standardized: [[0.5], [1]])
        }
    }

    /// Coefficient of variation on the RAW values: v = sd / |mean|:
    /// a sqrt(200/3)/20 = 1/sqrt6 = 0.40824829046386302; b (2 sqrt2/3)/(11/3) = 2 sqrt2/11
    /// = 0.25712973861329001; c 5 sqrt2/11 = 0.64282434653322502; sum 1/sqrt6 + 7 sqrt2/11
    /// = 1.3082023756103781; W = (0.31206814639316296, 0.19655195817338201,
    /// 0.49137989543345503).
    @Test("cv on the raw data")
    func coefficientOfVariation() throws {
        let set = try CoefficientOfVariationWeights.weights(
            rawMeans: HandMatrix.rawMeans, rawDeviations: HandMatrix.rawDeviations,
            standardizedSigma: HandMatrix.sigma, ids: HandMatrix.ids)
        expectClose(set.weights, [0.31206814639316296, 0.19655195817338201, 0.49137989543345503],
                    within: HandMatrix.tolerance, "weights")
        #expect(set.sigma == HandMatrix.sigma, "the standardised sigma is reported as given")
        // The raw statistics the hand values use are the raw matrix's own (1e-12 relative
        // to values up to 20: a few roundings in sums of three terms).
        for j in 0..<3 {
            let (mean, deviation) = meanAndDeviation(HandMatrix.raw[j])
            expectClose(mean, HandMatrix.rawMeans[j], within: 1e-12, "mean \(j)")
            expectClose(deviation, HandMatrix.rawDeviations[j], within: 1e-12, "sd \(j)")
        }
    }

    @Test("cv: a raw mean of 0 with spread is an error naming the indicator; a constant column gets 0")
    func coefficientOfVariationEdges() throws {
        #expect(throws: WeightingError.zeroMean(indicator: "b")) {
            try CoefficientOfVariationWeights.weights(rawMeans: [1, 0], rawDeviations: [1, 2], standardizedSigma: [0.5, 0.5],
                                                      ids: ["a", "b"])
        }
        // v = (0.5/2, 0, 1/4): the constant second column (sd 0) has weight 0 even with mean 0.
        let set = try CoefficientOfVariationWeights.weights(rawMeans: [2, 0, -4], rawDeviations: [0.5, 0, 1],
                                                            standardizedSigma: [0.4, 0, 0.4], ids: ["a", "b", "c"])
        expectClose(set.weights, [0.5, 0, 0.5], within: 1e-15, "|mean| for the negative mean; exact in binary")
    }

    /// Standard deviation of the standardised columns: W = sigma / sum sigma with sum
    /// 1/sqrt6 + 2 sqrt2/3 = 1.3510573320459264: W = (0.30216947925196224,
    /// 0.34891526037401888, 0.34891526037401888).
    @Test("stdev")
    func standardDeviation() throws {
        let set = try StandardDeviationWeights.weights(standardized: HandMatrix.standardized)
        expectClose(set.weights, [0.30216947925196224, 0.34891526037401888, 0.34891526037401888],
                    within: HandMatrix.tolerance, "weights")
        expectClose(set.sigma, HandMatrix.sigma, within: HandMatrix.tolerance, "sigma")
    }

    @Test("equal: 1/m each")
    func equal() {
        let set = EqualWeights.weights(standardizedSigma: HandMatrix.sigma)
        let third: Double = 1.0 / 3
        #expect(set.weights == [third, third, third])
        #expect(set.sigma == HandMatrix.sigma)
    }

    @Test("given: weights that add up to 1 are kept as they are, without a warning")
    func given() throws {
        let set = try GivenWeights.weights(given: [0.2, 0.3, 0.5], ids: HandMatrix.ids, standardizedSigma: HandMatrix.sigma)
        #expect(set.weights == [0.2, 0.3, 0.5])
        #expect(set.warnings.isEmpty)
    }

    /// (1, 1, 2) add up to 4: divided by 4 they are (0.25, 0.25, 0.5), with a warning
    /// saying so.
    @Test("given: weights that do not add up to 1 are renormalised with a warning")
    func givenRenormalised() throws {
        let set = try GivenWeights.weights(given: [1, 1, 2], ids: HandMatrix.ids, standardizedSigma: HandMatrix.sigma)
        #expect(set.weights == [0.25, 0.25, 0.5])
        #expect(set.warnings.count == 1)
        #expect(set.warnings.first?.contains("add up to 4.0") == true, "\(set.warnings)")
    }

    @Test("given: negative, missing or all-zero weights are errors naming the indicator",
          arguments: [
              ([0.5, -0.1, 0.6] as [Double?], WeightingError.negativeGivenWeight(indicator: "b", weight: -0.1)),
              ([0.5, 0.5, nil], WeightingError.missingGivenWeight(indicator: "c")),
              ([0, 0, 0], WeightingError.givenWeightsSumToZero),
          ])
    func givenErrors(given: [Double?], error: WeightingError) {
        #expect(throws: error) {
            try GivenWeights.weights(given: given, ids: HandMatrix.ids, standardizedSigma: HandMatrix.sigma)
        }
    }

    /// The dispatcher gives the same numbers for every method, and names constant columns.
    @Test("ObjectiveWeighting runs each method on the same matrix", arguments: WeightingMethod.allCases)
    func dispatcher(method: WeightingMethod) throws {
        let system = IndicatorSystem(dimensions: ["D"], indicators: HandMatrix.system.indicators.enumerated().map { j, indicator in
            var copy = indicator
            copy.dimension = 0
            copy.givenWeight = [0.2, 0.3, 0.5][j]
            return copy
        })
        var copy = HandMatrix.raw
        let ranges = Standardization.minMax(&copy, directions: HandMatrix.directions)
        let set = try ObjectiveWeighting.weights(
            method: method, rawMeans: HandMatrix.rawMeans, rawDeviations: HandMatrix.rawDeviations,
            standardized: HandMatrix.standardized, ranges: ranges, system: system)
        let expected: [WeightingMethod: [Double]] = [
            .critic: [0.22400923773979587, 0.27599076226020413, 0.5],
            .entropy: [0.23506416355747977, 0.20629975451021379, 0.55863608193230644],
            .cv: [0.31206814639316296, 0.19655195817338201, 0.49137989543345503],
            .stdev: [0.30216947925196224, 0.34891526037401888, 0.34891526037401888],
            .equal: [Double](repeating: 1.0 / 3, count: 3),
            .given: [0.2, 0.3, 0.5],
        ]
        expectClose(set.weights, try #require(expected[method]), within: HandMatrix.tolerance, method.rawValue)
        expectClose(set.sigma, HandMatrix.sigma, within: HandMatrix.tolerance, "\(method.rawValue) sigma")
        #expect(set.method == method)
        #expect(set.warnings.isEmpty)
    }

    /// Scores on the hand matrix with the CRITIC weights (W_a, W_b, 1/2):
    /// row 1: 0 + 0 + 1/2 = 0.5; row 2: W_a/2 + W_b = 0.38799538113010207;
    /// row 3: W_a + W_b = 0.5. Sub-scores: D1 = a and b, D2 = c.
    @Test("composite scores and sub-scores on the hand matrix")
    func scores() throws {
        let weights = [0.22400923773979587, 0.27599076226020413, 0.5]
        let scores = CompositeIndex.scores(standardized: HandMatrix.standardized, weights: weights,
                                           dimensionOfIndicator: [0, 0, 1], dimensionCount: 2)
        expectClose(scores.score, [0.5, 0.38799538113010207, 0.5], within: HandMatrix.tolerance, "score")
        expectClose(scores.dimensionScores[0], [0, 0.38799538113010207, 0.5], within: HandMatrix.tolerance, "D1")
        expectClose(scores.dimensionScores[1], [0.5, 0, 0], within: HandMatrix.tolerance, "D2")
    }

    /// METHOD.md section 4: if every column is constant, or no column carries
    /// information, CRITIC's weights are undefined. Two perfectly correlated columns have
    /// conflict 0 each; a single non-constant column has nothing to conflict with.
    @Test("CRITIC is undefined without information",
          arguments: [
              [[0, 0, 0], [0, 0, 0]],
              [[0, 0.5, 1], [0, 0.5, 1]],
              [[0, 0.5, 1], [0, 0, 0]],
          ] as [[[Double]]])
    func criticUndefined(columns: [[Double]]) {
        #expect(throws: WeightingError.undefined(method: .critic)) {
            try CRITIC.weights(standardized: columns)
        }
    }

    @Test("stdev and entropy are undefined when every column is constant")
    func otherUndefined() {
        #expect(throws: WeightingError.undefined(method: .stdev)) {
            try StandardDeviationWeights.weights(standardized: [[0, 0], [0, 0]])
        }
        #expect(throws: WeightingError.undefined(method: .entropy)) {
            try EntropyWeights.weights(standardized: [[0, 0], [0, 0]])
        }
    }

    /// The error messages name the method or the indicator and its value.
    @Test("WeightingError descriptions")
    func descriptions() {
        #expect(WeightingError.negativeGivenWeight(indicator: "so2", weight: -0.5).description.contains("`so2`"))
        #expect(WeightingError.negativeGivenWeight(indicator: "so2", weight: -0.5).description.contains("-0.5"))
        #expect(WeightingError.zeroMean(indicator: "pm25").description.contains("`pm25`"))
        #expect(WeightingError.undefined(method: .critic).description.contains("critic"))
    }
}
