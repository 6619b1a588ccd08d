import Inequality
import Testing

/// The conventions of METHOD.md sections 6-9 and the brief, one test each.
@Suite("Conventions of the decomposition")
struct ConventionTests {
    /// Every G-scaled term of a result, flattened, to check "every term is 0".
    private func allTerms(_ result: YearDecomposition) -> [Double] {
        [result.gini, result.withinTotal, result.betweenTotal, result.netBetween, result.transvariation]
            + result.within + result.between + result.sources + result.finerSources
            + result.twoWayWithin.flatMap { $0 } + result.twoWayBetween.flatMap { $0 }
    }

    /// METHOD.md section 6 and fixture edge/zero_variance_year (2022): equal totals give
    /// G = 0 and every term exactly 0, D_jh = 0, Dagum's indices 0, group means still
    /// reported; contribution rates are undefined (nil, never NaN). The parts may differ.
    @Test("equal totals: G and every term are 0, D = 0, group means reported")
    func equalTotals() throws {
        let input = DecompositionInput(
            totals: [2, 2, 2, 2, 2], groups: [0, 1, 0, 1, 1], groupCount: 2,
            sources: [[1, 2, 0.5, -1, 0], [1, 0, 1.5, 3, 2]], finerSources: [[2, 2, 2, 2, 2], [0, 0, 0, 0, 0]])
        let result = try InequalityDecomposition.decompose(input)
        #expect(allTerms(result).allSatisfy { $0 == 0 })
        #expect(result.affluence == [0])
        #expect(result.groupGini == [0, 0])
        #expect(result.pairGini == [0])
        #expect(result.groupMeans == [2, 2])
        #expect(result.mean == 2)
        #expect(result.contributionRate(result.withinTotal) == nil)
    }

    @Test("all totals zero: every term 0 and no 0/0")
    func allZero() throws {
        let input = DecompositionInput(totals: [0, 0, 0], groups: [0, 1, 1], groupCount: 2,
                                       sources: [[0, 0, 0]])
        let result = try InequalityDecomposition.decompose(input)
        #expect(allTerms(result).allSatisfy { $0 == 0 })
        #expect(result.affluence == [0])
        #expect(result.groupGini == [0, 0])
        #expect(result.pairGini == [0])
        #expect(result.groupMeans == [0, 0])
    }

    /// A group with no unit this year: its within term, pair terms and two-way cells are
    /// 0; its mean, G_jj, G_jh and D_jh are nil (undefined, never NaN).
    @Test("an empty group has zero terms and undefined indices")
    func emptyGroup() throws {
        let input = DecompositionInput(
            totals: [1, 3, 2, 6], groups: [0, 0, 2, 2], groupCount: 3,
            sources: [[1, 1, 1, 1], [0, 2, 1, 5]])
        let result = try InequalityDecomposition.decompose(input)
        #expect(result.groupSizes == [2, 0, 2])
        #expect(result.groupMeans == [2, nil, 4])
        #expect(result.within[1] == 0)
        #expect(result.groupGini[1] == nil && result.groupGini[0] != nil)
        // Pairs (0,1), (0,2), (1,2): those with group 1 are 0 / nil.
        #expect(result.between[0] == 0 && result.between[2] == 0 && result.between[1] > 0)
        #expect(result.pairGini[0] == nil && result.pairGini[2] == nil && result.pairGini[1] != nil)
        #expect(result.affluence[0] == nil && result.affluence[2] == nil && result.affluence[1] != nil)
        #expect(result.twoWayWithin[1] == [0, 0])
        #expect(result.twoWayBetween[0] == [0, 0] && result.twoWayBetween[2] == [0, 0])
    }

    /// A group of one unit has no pair inside it: G_jj = 0 and its within terms are 0
    /// (fixture edge/single_city_region).
    @Test("a group of one unit has G_jj = 0")
    func oneUnitGroup() throws {
        let input = DecompositionInput(totals: [1, 3, 7], groups: [0, 0, 1], groupCount: 2, sources: [[1, 3, 7]])
        let result = try InequalityDecomposition.decompose(input)
        #expect(result.groupGini[1] == 0)
        #expect(result.within[1] == 0)
        #expect(result.twoWayWithin[1] == [0])
    }

    /// Negative totals are allowed (METHOD.md section 6) and counted, so that the caller
    /// can flag them; the terms follow the same formulas.
    @Test("negative totals are allowed and counted")
    func negativeTotals() throws {
        let input = DecompositionInput(totals: [-1, 2, 5, -0.5], groups: [0, 0, 1, 1], groupCount: 2,
                                       sources: [[-1, 1, 5, 0], [0, 1, 0, -0.5]])
        let result = try InequalityDecomposition.decompose(input)
        #expect(result.negativeValueCount == 2)
        expectAgreement(result, NaiveDecomposition(input), "negative totals")
    }

    /// Contribution rate = term / G * 100 (METHOD.md section 7), nil when G = 0.
    @Test("contribution rates are term / G * 100")
    func contributionRate() throws {
        let input = DecompositionInput(totals: [1, 4, 2, 5], groups: [0, 0, 1, 1], groupCount: 2)
        let result = try InequalityDecomposition.decompose(input)
        // Gb = 8/48 of G = 14/48: 800/14 percent.
        expectClose(result.contributionRate(result.betweenTotal) ?? .nan, 800.0 / 14, within: 1e-12,
                    "between rate")
    }

    /// Without sources there are no source or two-way terms (a group decomposition only).
    @Test("no sources: no source terms, empty two-way rows")
    func noSources() throws {
        let input = DecompositionInput(totals: [1, 4, 2], groups: [0, 1, 1], groupCount: 2)
        let result = try InequalityDecomposition.decompose(input)
        #expect(result.sources.isEmpty && result.finerSources.isEmpty)
        #expect(result.twoWayWithin == [[], []])
        #expect(result.twoWayBetween == [[]])
    }

    // MARK: - Errors

    @Test("no units: .empty")
    func emptyInput() {
        #expect(throws: InequalityError.empty) {
            try InequalityDecomposition.decompose(DecompositionInput(totals: [], groups: [], groupCount: 1))
        }
    }

    @Test("arrays that do not match: .shapeMismatch", arguments: [
        DecompositionInput(totals: [1, 2], groups: [0], groupCount: 1),
        DecompositionInput(totals: [1, 2], groups: [0, 0], groupCount: 1, sources: [[1]]),
        DecompositionInput(totals: [1, 2], groups: [0, 0], groupCount: 1, sources: [[1, 2]], finerSources: [[1, 2, 3]]),
        DecompositionInput(totals: [1, 2], groups: [0, 2], groupCount: 2),
        DecompositionInput(totals: [1, 2], groups: [0, -1], groupCount: 2),
        DecompositionInput(totals: [1, 2], groups: [0, 0], groupCount: 0),
    ])
    func shapeMismatch(input: DecompositionInput) {
        #expect(throws: InequalityError.shapeMismatch) { try InequalityDecomposition.decompose(input) }
    }

    /// The error names the first unit (0-based) with a NaN or infinite total or part.
    @Test("a non-finite total or part: .nonFinite at the first such unit")
    func nonFinite() {
        let input = DecompositionInput(
            totals: [1, 2, 3, .infinity], groups: [0, 0, 0, 0], groupCount: 1,
            sources: [[1, 2, 3, 4]], finerSources: [[1, .nan, 3, 4]])
        #expect(throws: InequalityError.nonFinite(index: 1)) { try InequalityDecomposition.decompose(input) }
    }

    @Test("a negative mean: .negativeMean with the mean")
    func negativeMean() {
        let input = DecompositionInput(totals: [-1, -2], groups: [0, 0], groupCount: 1)
        #expect(throws: InequalityError.negativeMean(-1.5)) { try InequalityDecomposition.decompose(input) }
    }

    @Test("a zero mean with spread: .zeroMeanWithSpread")
    func zeroMeanWithSpread() {
        let input = DecompositionInput(totals: [-1, 1], groups: [0, 0], groupCount: 1)
        #expect(throws: InequalityError.zeroMeanWithSpread) { try InequalityDecomposition.decompose(input) }
    }

    /// Parts that do not add up to their totals break sum_m G^m = G: the run-time check
    /// catches it rather than returning inconsistent terms.
    @Test("parts that do not add up to their totals: .identityViolated")
    func partsNotAddingUp() {
        let input = DecompositionInput(totals: [1, 2, 4], groups: [0, 0, 1], groupCount: 2,
                                       sources: [[0.5, 1, 2], [0.5, 1, 1]])
        #expect {
            try InequalityDecomposition.decompose(input)
        } throws: { error in
            guard case .identityViolated(let identity, _, _)? = error as? InequalityError else { return false }
            return identity == "sum of source terms = G"
        }
    }

    @Test("error messages say what is wrong")
    func descriptions() {
        #expect(InequalityError.nonFinite(index: 7).description.contains("unit 7"))
        #expect(InequalityError.negativeMean(-0.25).description.contains("-0.25"))
        #expect(InequalityError.identityViolated(identity: "Gw + Gnb + Gt = G", left: 1, right: 2)
            .description.contains("Gw + Gnb + Gt = G"))
        #expect(InequalityError.zeroMeanWithSpread.description.contains("mean"))
    }
}

extension DecompositionInput: CustomTestStringConvertible {
    public var testDescription: String {
        "totals \(totals), groups \(groups) of \(groupCount), sources \(sources), finer \(finerSources)"
    }
}
