import Foundation

/// Kernel density estimation on a grid: f(x) = (1 / (n h)) sum_i K((x - x_i) / h).
///
/// Kernels (``Kernel``):
/// - `gaussian`: K(z) = exp(-z^2 / 2) / sqrt(2 pi), with **Silverman's rule of thumb**
///   h = 0.9 min(s, IQR / 1.34) n^(-1/5) (B. W. Silverman, *Density Estimation for
///   Statistics and Data Analysis*, Chapman and Hall, 1986, eq. 3.31; R's `bw.nrd0`).
///   s is the sample standard deviation (divisor n - 1) and the IQR uses R's default
///   quantile (type 7, linear interpolation between order statistics).
/// - `epanechnikov`: Stata's `kdensity` default, the Epanechnikov kernel scaled to unit
///   variance, K(z) = (3 / (4 sqrt 5)) (1 - z^2 / 5) for |z| < sqrt 5, else 0; with
///   **Stata's default width** h = 0.9 m n^(-1/5), m = min(s, IQR / 1.349) (Stata
///   Reference Manual, `[R] kdensity`, Methods and formulas), the IQR from Stata's
///   percentile definition (with P = n p: x_(i+1) for i = floor(P) < P, and
///   (x_(i) + x_(i+1)) / 2 when P is a whole number i).
///
/// Conventions: non-finite values are left out (and counted in ``Estimate/count``'s
/// difference from the input). When min(s, IQR / c) is 0 (more than half the values
/// tie) the rule falls back to s, then to |x_(1)|, then to 1, as R's `bw.nrd0` does.
/// Fewer than two finite values give no estimate (nil).
///
/// The grid runs from min - c h to max + c h, with c = 4 for the Gaussian (the mass
/// beyond is below 1e-4) and c = sqrt 5 for the Epanechnikov (its whole support), so the
/// density integrates to 1 up to the trapezoid rule's error. Complexity O(n g) for g
/// grid points.
public enum KernelDensity {
    public enum Kernel: String, Sendable, CaseIterable {
        case gaussian, epanechnikov

        /// The kernel's name as printed on a chart.
        public var title: String { self == .gaussian ? "Gaussian" : "Epanechnikov" }
        /// The bandwidth rule's name as printed on a chart.
        public var bandwidthRule: String {
            self == .gaussian ? "Silverman's rule of thumb, h = 0.9 min(sd, IQR/1.34) n^(-1/5)"
                : "Stata's default, h = 0.9 min(sd, IQR/1.349) n^(-1/5)"
        }

        /// K(z).
        public func callAsFunction(_ z: Double) -> Double {
            switch self {
            case .gaussian: return exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
            case .epanechnikov:
                let zz = z * z
                return zz < 5 ? 0.75 * (1 - zz / 5) / Double(5).squareRoot() : 0
            }
        }

        /// Half the width of the grid beyond the data, in bandwidths.
        var reach: Double { self == .gaussian ? 4 : Double(5).squareRoot() }
    }

    /// A density on a grid.
    public struct Estimate: Sendable {
        public var kernel: Kernel
        public var bandwidth: Double
        /// The number of finite values used.
        public var count: Int
        public var grid: [Double]
        public var density: [Double]
    }

    /// The default bandwidth of `kernel` for `values` (Silverman's rule for the Gaussian,
    /// Stata's rule for the Epanechnikov), or nil for fewer than two finite values.
    public static func bandwidth(_ values: [Double], kernel: Kernel) -> Double? {
        let sorted = values.filter(\.isFinite).sorted()
        let n = sorted.count
        guard n >= 2 else { return nil }
        let mean = sorted.reduce(0, +) / Double(n)
        let sd = (sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)).squareRoot()
        let iqr: Double, divisor: Double
        switch kernel {
        case .gaussian:
            iqr = typeSevenQuantile(sorted, 0.75) - typeSevenQuantile(sorted, 0.25)
            divisor = 1.34
        case .epanechnikov:
            iqr = stataPercentile(sorted, 75) - stataPercentile(sorted, 25)
            divisor = 1.349
        }
        var spread = min(sd, iqr / divisor)
        if spread <= 0 { spread = sd }
        if spread <= 0 { spread = abs(sorted[0]) }
        if spread <= 0 { spread = 1 }
        return 0.9 * spread * pow(Double(n), -0.2)
    }

    /// The density of `values` on `gridCount` points from `range.lower` to
    /// `range.upper` (by default the data's range widened by the kernel's reach), with
    /// `bandwidth` (by default the kernel's rule).
    public static func estimate(_ values: [Double], kernel: Kernel, bandwidth: Double? = nil, gridCount: Int = 256,
                                range: (lower: Double, upper: Double)? = nil) -> Estimate? {
        let finite = values.filter(\.isFinite)
        guard finite.count >= 2, let h = bandwidth ?? Self.bandwidth(finite, kernel: kernel), h > 0, h.isFinite,
              let low = finite.min(), let high = finite.max() else { return nil }
        let lower = range?.lower ?? low - kernel.reach * h
        let upper = range?.upper ?? high + kernel.reach * h
        let count = max(2, gridCount)
        let step = (upper - lower) / Double(count - 1)
        let grid = (0..<count).map { lower + Double($0) * step }
        let scale = 1 / (Double(finite.count) * h)
        let density = grid.map { x in finite.reduce(0) { $0 + kernel((x - $1) / h) } * scale }
        return Estimate(kernel: kernel, bandwidth: h, count: finite.count, grid: grid, density: density)
    }

    /// The grid range that holds the whole estimate of every sample: the union of each
    /// sample's range widened by its own bandwidth times the kernel's reach.
    public static func commonRange(_ samples: [[Double]], kernel: Kernel) -> (lower: Double, upper: Double)? {
        var lower = Double.infinity, upper = -Double.infinity
        for sample in samples {
            let finite = sample.filter(\.isFinite)
            guard let h = bandwidth(finite, kernel: kernel), let low = finite.min(), let high = finite.max() else { continue }
            lower = min(lower, low - kernel.reach * h)
            upper = max(upper, high + kernel.reach * h)
        }
        return lower < upper ? (lower, upper) : nil
    }

    /// R's default quantile (type 7) of ascending `sorted` values: linear interpolation
    /// at position (n - 1) p.
    static func typeSevenQuantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = Double(sorted.count - 1) * p
        let below = Int(position.rounded(.down)), above = min(below + 1, sorted.count - 1)
        return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
    }

    /// Stata's percentile (`summarize, detail`; `_pctile`) of ascending `sorted` values.
    static func stataPercentile(_ sorted: [Double], _ percent: Double) -> Double {
        let n = sorted.count
        let position = Double(n) * percent / 100
        let i = Int(position.rounded(.down))
        if Double(i) == position {
            guard i >= 1 else { return sorted[0] }
            return i >= n ? sorted[n - 1] : (sorted[i - 1] + sorted[i]) / 2
        }
        return sorted[min(i, n - 1)]
    }
}
