import Inequality
import PanelData
import PanelIO

/// The weighting sensitivity of a run: the whole pipeline (``Analysis/run``) once per
/// weighting method, then, side by side, the weights, the Spearman rank correlation of
/// the unit scores between every two methods in every year, the Gini with its shares,
/// and whether the study-style conclusions (``SensitivityConclusions``) hold under each
/// method as under the reference, the first method listed.
///
/// The runs are made one after another, each on all cores for its years; each is exactly
/// the run `analyze --weighting METHOD` makes, so the results do not depend on the
/// number of cores, and the reference run equals a plain ``Analysis/run``. A run
/// passed in as `existing` (the one `analyze --sensitivity` already made) is reused.
///
/// Complexity: one analysis per method; the rank correlations are
/// O(years x pairs x n log n).
public enum Sensitivity {
    /// The methods compared by default: the study's CRITIC first (the reference), then
    /// the other objective weightings and equal weights.
    public static let defaultMethods: [WeightingMethod] = [.critic, .entropy, .cv, .stdev, .equal]

    /// Runs the analysis under each of `methods` (at least one, no repeats; the first is
    /// the reference) on the same panel and configuration otherwise.
    ///
    /// - Parameters: as ``Analysis/run``, plus the methods and a run already made under
    ///   one of them (reused instead of recomputed). A bootstrap in `options` is ignored.
    /// - Throws: the ``AnalysisError`` of the first method, in the order given, whose run
    ///   failed (e.g. `cv` with an indicator of mean 0), with the method named.
    public static func run(panel: Panel, configuration: AnalysisConfiguration, source: String, synthetic: Bool,
                           methods: [WeightingMethod], existing: AnalysisResult? = nil,
                           readerWarnings: [String] = [], encoding: String? = nil,
                           options: Analysis.Options = Analysis.Options()) async throws(AnalysisError) -> SensitivityResult {
        guard !methods.isEmpty, Set(methods).count == methods.count else {
            throw .internal("sensitivity needs at least one method and no method twice (got \(methods.map(\.rawValue)))")
        }
        var runOptions = options
        runOptions.bootstrap = nil
        runOptions.onReplicate = nil
        let reusable = existing.flatMap { $0.standardization == configuration.standardization ? $0 : nil }
        // One run after another: each already decomposes its years on all cores. (A task
        // group over the methods crashed or lost a run in release builds with Swift 6.3.)
        var runs: [AnalysisResult] = []
        for method in methods {
            if let reusable, reusable.weighting == method {
                runs.append(reusable)
                continue
            }
            do throws(AnalysisError) {
                runs.append(try await Analysis.run(
                    panel: copy panel, configuration: configuration.withWeighting(method), source: source,
                    synthetic: synthetic, readerWarnings: readerWarnings, encoding: encoding, options: runOptions))
            } catch {
                throw named(error, method: method)
            }
        }
        return try SensitivityResult(methods: methods, runs: runs)
    }

    /// The error of one method's run, its problem prefixed with the method.
    static func named(_ error: AnalysisError, method: WeightingMethod) -> AnalysisError {
        switch error {
        case let .input(list):
            var list = list
            for index in list.diagnostics.indices {
                list.diagnostics[index].problem = "with weighting \(method.rawValue): " + list.diagnostics[index].problem
            }
            return .input(list)
        case let .internal(message):
            return .internal("weighting \(method.rawValue): \(message)")
        }
    }
}

/// The runs of a sensitivity analysis and their comparison.
public struct SensitivityResult: Sendable {
    /// The methods, the reference first.
    public var methods: [WeightingMethod]
    /// One full run per method, in the order of ``methods``.
    public var runs: [AnalysisResult]
    /// The pairs of methods (a, b), a < b, in the order (0,1), (0,2), ..., as in
    /// ``GroupPairs``; keyed `"critic|entropy"` in results.json.
    public var pairs: [(Int, Int)]
    /// `rankCorrelations[year][pair]`: Spearman's rho of the unit scores of that year
    /// under the two methods; nil where undefined (fewer than two units, or every unit
    /// scoring the same under one method).
    public var rankCorrelations: [[Double?]]
    /// The study-style conclusions under each method.
    public var conclusions: [SensitivityConclusions]

    /// Builds the comparison of runs made on the same panel (same rows).
    init(methods: [WeightingMethod], runs: [AnalysisResult]) throws(AnalysisError) {
        guard let reference = runs.first, runs.count == methods.count,
              runs.allSatisfy({ $0.rowYear == reference.rowYear && $0.rowUnit == reference.rowUnit }) else {
            throw .internal("the sensitivity runs do not share their rows")
        }
        self.methods = methods
        self.runs = runs
        pairs = GroupPairs.pairs(groupCount: methods.count)
        var rowsByYear = [[Int]](repeating: [], count: reference.input.years.count)
        for (row, year) in reference.rowYear.enumerated() { rowsByYear[Int(year)].append(row) }
        let scoresByYear = runs.map { run in rowsByYear.map { rows in rows.map { run.scores.score[$0] } } }
        rankCorrelations = rowsByYear.indices.map { year in
            GroupPairs.pairs(groupCount: methods.count).map { a, b in
                SpearmanCorrelation.coefficient(scoresByYear[a][year], scoresByYear[b][year])
            }
        }
        conclusions = runs.map(SensitivityConclusions.init)
    }

    /// The years, as in every run.
    public var years: [Int] { runs.first?.input.years ?? [] }

    /// The reference run (the first method's).
    public var reference: AnalysisResult { runs[0] }

    /// `"critic|entropy"` for each pair.
    public var pairKeys: [String] { pairs.map { "\(methods[$0.0].rawValue)|\(methods[$0.1].rawValue)" } }

    /// Whether each method's conclusions hold as under the reference.
    public var agreements: [SensitivityConclusions.Agreement] {
        conclusions.map { $0.agreement(with: conclusions[0]) }
    }

    /// The smallest, mean and largest rho of a pair over the years with a defined rho;
    /// nil when no year has one.
    public func rankCorrelationRange(pair: Int) -> (min: Double, mean: Double, max: Double)? {
        let values = rankCorrelations.compactMap { $0[pair] }
        guard let low = values.min(), let high = values.max() else { return nil }
        return (low, values.reduce(0, +) / Double(values.count), high)
    }
}

extension AnalysisConfiguration {
    /// The same configuration with another weighting method.
    func withWeighting(_ method: WeightingMethod) -> AnalysisConfiguration {
        var copy = self
        copy.weighting = method
        return copy
    }
}
