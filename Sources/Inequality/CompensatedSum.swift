/// A running sum with Neumaier's compensation (an improved Kahan summation).
///
/// Each addition also accumulates the rounding error it made, so the result of adding
/// n terms is within a few ulp of the exact sum, whatever n and however much the terms
/// cancel (plain summation can lose n ulp of the largest partial sum). The
/// decompositions add up n * k signed terms whose sum is much smaller than their
/// magnitudes, so this is what keeps 1e6-unit results accurate.
///
/// Source: A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation
/// endlicher Summen", ZAMM 54 (1974) 39-51.
///
/// Non-finite terms make the result non-finite (NaN after an infinity, as the
/// compensation then holds inf - inf).
struct CompensatedSum: Sendable {
    private var sum = 0.0
    private var compensation = 0.0

    init() {}

    /// Adds one term. O(1).
    @inline(__always)
    mutating func add(_ term: Double) {
        let next = sum + term
        if abs(sum) >= abs(term) {
            compensation += (sum - next) + term
        } else {
            compensation += (term - next) + sum
        }
        sum = next
    }

    /// The compensated total of the terms added so far.
    var value: Double { sum + compensation }

    /// The compensated sum of `values`. O(n).
    static func total<S: Sequence>(of values: S) -> Double where S.Element == Double {
        var accumulator = CompensatedSum()
        for value in values { accumulator.add(value) }
        return accumulator.value
    }
}
