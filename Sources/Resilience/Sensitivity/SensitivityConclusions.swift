import Inequality

/// Whether a Gini series fell, rose or stayed the same from its first to its last year.
public enum GiniTrend: String, Sendable, Hashable {
    case falling, rising, unchanged

    /// The direction of `last - first`.
    init(first: Double, last: Double) {
        self = last < first ? .falling : last > first ? .rising : .unchanged
    }
}

/// Which of the within-group and between-group totals is the larger share of G.
public enum DominantTerm: String, Sendable, Hashable {
    /// Between-group total above 50% of G in every year.
    case between
    /// Between-group total below 50% of G in every year.
    case within
    /// Neither in every year (or G = 0 in some year).
    case mixed
}

/// The study-style conclusions of one run, the things a reader takes away from the
/// study's Tables 4 and 5, checked under each weighting in a sensitivity analysis:
///
/// - the largest source of the gap: the dimension m with the largest source term G^m,
///   in the first and in the last year (the study: resistance);
/// - the largest between-group pair: the pair j|h with the largest Gb_jh, in the first
///   and in the last year;
/// - the direction of the Gini trend, first year to last;
/// - which term dominates: the between-group total in every year (the study: about 74%
///   of G), the within-group total in every year, or neither.
///
/// Indices are into the run's dimensions and ``GroupPairs`` order; nil where G = 0 (no
/// term is larger than another) or there is nothing to compare (no source, one group).
public struct SensitivityConclusions: Sendable, Hashable {
    public var largestSourceFirst: Int?
    public var largestSourceLast: Int?
    public var largestBetweenPairFirst: Int?
    public var largestBetweenPairLast: Int?
    public var giniTrend: GiniTrend
    public var dominantTerm: DominantTerm

    public init(_ result: AnalysisResult) {
        let first = result.yearly.first?.decomposition
        let last = result.yearly.last?.decomposition
        func largest(_ terms: [Double]?, gini: Double?) -> Int? {
            guard let terms, let gini, gini != 0 else { return nil }
            return terms.indices.max { terms[$0] < terms[$1] }
        }
        largestSourceFirst = largest(first?.sources, gini: first?.gini)
        largestSourceLast = largest(last?.sources, gini: last?.gini)
        largestBetweenPairFirst = largest(first?.between, gini: first?.gini)
        largestBetweenPairLast = largest(last?.between, gini: last?.gini)
        giniTrend = GiniTrend(first: first?.gini ?? 0, last: last?.gini ?? 0)
        let rates = result.yearly.map { $0.decomposition.contributionRate($0.decomposition.betweenTotal) }
        if !rates.isEmpty, rates.allSatisfy({ ($0 ?? 50) > 50 }) {
            dominantTerm = .between
        } else if !rates.isEmpty, rates.allSatisfy({ ($0 ?? 50) < 50 }) {
            dominantTerm = .within
        } else {
            dominantTerm = .mixed
        }
    }

    /// Which conclusions are the same as under `reference`, in the order largest source
    /// (both years), largest between pair (both years), Gini trend, dominant term.
    public func agreement(with reference: SensitivityConclusions) -> Agreement {
        Agreement(largestSource: largestSourceFirst == reference.largestSourceFirst
                      && largestSourceLast == reference.largestSourceLast,
                  largestBetweenPair: largestBetweenPairFirst == reference.largestBetweenPairFirst
                      && largestBetweenPairLast == reference.largestBetweenPairLast,
                  giniTrend: giniTrend == reference.giniTrend,
                  dominantTerm: dominantTerm == reference.dominantTerm)
    }

    /// Whether each conclusion holds as under the reference weighting.
    public struct Agreement: Sendable, Hashable {
        public var largestSource: Bool
        public var largestBetweenPair: Bool
        public var giniTrend: Bool
        public var dominantTerm: Bool

        /// All four hold.
        public var all: Bool { largestSource && largestBetweenPair && giniTrend && dominantTerm }
    }
}
