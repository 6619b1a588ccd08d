import Inequality
import Testing

/// Records an issue unless |actual - expected| <= tolerance. NaN never passes.
func expectClose(
    _ actual: Double, _ expected: Double, within tolerance: Double, _ label: @autoclosure () -> String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    if !(abs(actual - expected) <= tolerance) {
        let message = "\(label()): \(actual) but expected \(expected) "
            + "(|difference| \(abs(actual - expected)) > \(tolerance))"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}

/// The same for a value that may be undefined: nil must meet nil.
func expectClose(
    _ actual: Double?, _ expected: Double?, within tolerance: Double, _ label: @autoclosure () -> String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    switch (actual, expected) {
    case (nil, nil):
        return
    case let (actual?, expected?):
        expectClose(actual, expected, within: tolerance, label(), sourceLocation: sourceLocation)
    default:
        Issue.record("\(label()): \(String(describing: actual)) but expected \(String(describing: expected))",
                     sourceLocation: sourceLocation)
    }
}

/// Element-wise ``expectClose`` for two lists of the same length.
func expectClose(
    _ actual: [Double], _ expected: [Double], within tolerance: Double, _ label: @autoclosure () -> String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual.count == expected.count else {
        Issue.record("\(label()): \(actual.count) values but expected \(expected.count)", sourceLocation: sourceLocation)
        return
    }
    for index in actual.indices {
        expectClose(actual[index], expected[index], within: tolerance, "\(label())[\(index)]",
                    sourceLocation: sourceLocation)
    }
}

func expectClose(
    _ actual: [Double?], _ expected: [Double?], within tolerance: Double, _ label: @autoclosure () -> String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual.count == expected.count else {
        Issue.record("\(label()): \(actual.count) values but expected \(expected.count)", sourceLocation: sourceLocation)
        return
    }
    for index in actual.indices {
        expectClose(actual[index], expected[index], within: tolerance, "\(label())[\(index)]",
                    sourceLocation: sourceLocation)
    }
}

/// Every term of `actual` against `expected` (the naive reference, or a transformed
/// decomposition), with the tolerances of the fast-versus-naive agreement:
///
/// - G and every decomposition term: 1e-12 x G. Both sides are compensated sums of exact
///   or once-rounded products, so they agree to a few ulp of the largest term; 1e-12
///   leaves four orders of magnitude of margin while still catching any wrong pair, tie
///   or sign (those move a term by at least one pair's |y_i - y_r| / (n^2 mu)). For
///   G = 0 both must be exactly 0.
/// - Dagum's indices G_jj and G_jh: 1e-12 x max(|expected|, G), the same pair sums
///   divided by group means instead of n^2 mu.
/// - D_jh: 1e-12 absolute, as fixtures/README.md allows (a ratio in [0, 1] that loses
///   digits when two group means are close).
/// - means: 1e-12 x max(|expected|, mu), one compensated sum and one division.
func expectAgreement(
    _ actual: YearDecomposition, _ expected: NaiveDecomposition, _ label: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let gini = expected.gini
    let termTolerance = 1e-12 * abs(gini)
    let location = sourceLocation
    expectClose(actual.mean, expected.mean, within: 1e-12 * abs(expected.mean), "\(label) mean", sourceLocation: location)
    for (group, expectedMean) in expected.groupMeans.enumerated() {
        expectClose(actual.groupMeans[group], expectedMean,
                    within: 1e-12 * max(abs(expectedMean ?? 0), abs(expected.mean)),
                    "\(label) groupMeans[\(group)]", sourceLocation: location)
    }
    expectClose(actual.sourceMeans, expected.sourceMeans, within: 1e-12 * abs(expected.mean),
                "\(label) sourceMeans", sourceLocation: location)
    expectClose(actual.gini, gini, within: termTolerance, "\(label) gini", sourceLocation: location)
    expectClose(actual.within, expected.within, within: termTolerance, "\(label) within", sourceLocation: location)
    expectClose(actual.between, expected.between, within: termTolerance, "\(label) between", sourceLocation: location)
    expectClose(actual.withinTotal, expected.withinTotal, within: termTolerance, "\(label) withinTotal",
                sourceLocation: location)
    expectClose(actual.betweenTotal, expected.betweenTotal, within: termTolerance, "\(label) betweenTotal",
                sourceLocation: location)
    for (group, expectedIndex) in expected.groupGini.enumerated() {
        expectClose(actual.groupGini[group], expectedIndex, within: 1e-12 * max(abs(expectedIndex ?? 0), gini),
                    "\(label) groupGini[\(group)]", sourceLocation: location)
    }
    for (pair, expectedIndex) in expected.pairGini.enumerated() {
        expectClose(actual.pairGini[pair], expectedIndex, within: 1e-12 * max(abs(expectedIndex ?? 0), gini),
                    "\(label) pairGini[\(pair)]", sourceLocation: location)
    }
    expectClose(actual.affluence, expected.affluence, within: 1e-12, "\(label) affluence", sourceLocation: location)
    expectClose(actual.netBetween, expected.netBetween, within: termTolerance, "\(label) netBetween",
                sourceLocation: location)
    expectClose(actual.transvariation, expected.transvariation, within: termTolerance, "\(label) transvariation",
                sourceLocation: location)
    expectClose(actual.sources, expected.sources, within: termTolerance, "\(label) sources", sourceLocation: location)
    expectClose(actual.finerSources, expected.finerSources, within: termTolerance, "\(label) finerSources",
                sourceLocation: location)
    #expect(actual.twoWayWithin.count == expected.twoWayWithin.count, "\(label) twoWayWithin rows",
            sourceLocation: location)
    for (group, row) in zip(actual.twoWayWithin, expected.twoWayWithin).enumerated() {
        expectClose(row.0, row.1, within: termTolerance, "\(label) twoWayWithin[\(group)]", sourceLocation: location)
    }
    #expect(actual.twoWayBetween.count == expected.twoWayBetween.count, "\(label) twoWayBetween rows",
            sourceLocation: location)
    for (pair, row) in zip(actual.twoWayBetween, expected.twoWayBetween).enumerated() {
        expectClose(row.0, row.1, within: termTolerance, "\(label) twoWayBetween[\(pair)]", sourceLocation: location)
    }
    #expect(actual.negativeValueCount == expected.negativeValueCount, "\(label) negativeValueCount",
            sourceLocation: location)
}
