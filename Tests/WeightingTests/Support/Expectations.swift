import Testing

/// Records an issue unless |actual - expected| <= tolerance. NaN never passes.
func expectClose(_ actual: Double, _ expected: Double, within tolerance: Double,
                 _ label: @autoclosure () -> String = "",
                 sourceLocation: SourceLocation = #_sourceLocation) {
    if !(abs(actual - expected) <= tolerance) {
        Issue.record("\(label()): \(actual) but expected \(expected) (|difference| \(abs(actual - expected)) > \(tolerance))",
                     sourceLocation: sourceLocation)
    }
}

/// Element-wise ``expectClose`` for two lists of the same length.
func expectClose(_ actual: [Double], _ expected: [Double], within tolerance: Double,
                 _ label: @autoclosure () -> String = "",
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard actual.count == expected.count else {
        Issue.record("\(label()): \(actual.count) values but expected \(expected.count)", sourceLocation: sourceLocation)
        return
    }
    for index in actual.indices {
        expectClose(actual[index], expected[index], within: tolerance, "\(label())[\(index)]",
                    sourceLocation: sourceLocation)
    }
}

/// fixtures/README.md "How results are compared": weights (sigma, conflict, information,
/// weight), dimension weights, scores, sub-scores and means pass when
/// |a - e| <= max(1e-9 |e|, 1e-12). Implementations that sum in other orders differ in the
/// last bits; 1e-9 relative leaves room for that and nothing else.
func fixtureTolerance(_ expected: Double) -> Double { max(1e-9 * abs(expected), 1e-12) }
