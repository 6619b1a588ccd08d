import PanelData
import Weighting

/// A seeded random raw matrix for the property tests: `rows` x `columns` values, each
/// column on its own scale (1e-3 to 1e6) and offset, some columns skewed, with a random
/// direction per column. Values are positive (so the raw mean of `cv` is never 0).
struct RandomMatrix {
    var columns: [[Double]]
    var directions: [Direction]
    var seed: UInt64

    init(seed: UInt64, rows: ClosedRange<Int> = 3...60, columnCount: ClosedRange<Int> = 2...6) {
        self.seed = seed
        var random = SplitMix64(seed: seed)
        let n = Int.random(in: rows, using: &random)
        let m = Int.random(in: columnCount, using: &random)
        columns = (0..<m).map { _ in
            let scale = [1e-3, 1, 10, 1e3, 1e6].randomElement(using: &random)!
            let offset = Double.random(in: 0...5, using: &random) * scale
            let skewed = Bool.random(using: &random)
            return (0..<n).map { _ in
                let u = Double.random(in: 0.01...1, using: &random)
                return offset + scale * (skewed ? u * u * u : u)
            }
        }
        directions = (0..<m).map { _ in Bool.random(using: &random) ? .positive : .negative }
    }

    var rowCount: Int { columns.first?.count ?? 0 }

    /// The min-max standardised columns.
    var standardized: [[Double]] {
        var copy = columns
        Standardization.minMax(&copy, directions: directions)
        return copy
    }
}

/// Mean and population standard deviation (two-pass), the raw statistics `cv` needs.
func meanAndDeviation(_ column: [Double]) -> (mean: Double, deviation: Double) {
    let mean = column.reduce(0, +) / Double(column.count)
    let squares = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return (mean, (squares / Double(column.count)).squareRoot())
}
