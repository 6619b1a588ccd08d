import Foundation

/// Axis ticks at "nice" numbers: 1, 2 or 5 times a power of ten.
///
/// The algorithm is Heckbert's loose labelling (P. S. Heckbert, "Nice numbers for graph
/// labels", in *Graphics Gems*, Academic Press, 1990, pp. 61-63):
///
///     range = nice(max - min, rounding: false)
///     step  = nice(range / (targetTicks - 1), rounding: true)
///     lower = floor(min / step) * step,  upper = ceil(max / step) * step
///
/// where `nice(x)` is f * 10^e with x = g * 10^e, 1 <= g < 10, and f the smallest of
/// 1, 2, 5, 10 with g <= f (without rounding) or the nearest (with rounding: g < 1.5 -> 1,
/// < 3 -> 2, < 7 -> 5, else 10). Labels then need `max(0, -floor(log10(step)))` decimals.
///
/// - ``Mode/loose``: the axis runs from the tick at or below the data to the tick at or
///   above it (Heckbert's choice; used for value axes).
/// - ``Mode/tight``: the axis runs exactly over the data and only the ticks inside it are
///   kept (used for the year axis, so no empty years are drawn).
/// - `integer`: the step is at least 1 (years, counts).
///
/// Conventions: an empty or single-valued range (`min == max`) is widened to
/// `min - 10% |min| ... max + 10% |max|`, or to 0...1 when the value is 0; `min > max` is
/// swapped; non-finite bounds give the axis 0...1. Ticks are computed as integer
/// multiples of the step (`k * step`), so no rounding error accumulates.
public struct NiceScale: Sendable, Equatable {
    public enum Mode: Sendable { case loose, tight }

    /// The axis domain.
    public var lower: Double
    public var upper: Double
    /// The distance between ticks.
    public var step: Double
    /// Fraction digits that show every tick exactly.
    public var decimals: Int
    /// The tick values, ascending.
    public var ticks: [Double]

    public init(min: Double, max: Double, targetTicks: Int = 6, mode: Mode = .loose, integer: Bool = false) {
        var low = min, high = max
        if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
        if low > high { swap(&low, &high) }
        if low == high {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            (low, high) = (low == 0 ? 0 : low - pad, high + pad)
        }
        let target = Swift.max(2, targetTicks)
        let range = Self.nice(high - low, rounding: false)
        var step = Self.nice(range / Double(target - 1), rounding: true)
        if integer { step = Swift.max(1, step.rounded()) }
        let first = (low / step).rounded(.down), last = (high / step).rounded(.up)
        switch mode {
        case .loose:
            lower = first * step
            upper = last * step
            ticks = stride(from: first, through: last, by: 1).map { $0 * step }
        case .tight:
            lower = low
            upper = high
            let tolerance = step * 1e-9
            ticks = stride(from: first, through: last, by: 1).map { $0 * step }
                .filter { $0 >= low - tolerance && $0 <= high + tolerance }
        }
        self.step = step
        decimals = Swift.max(0, -Int((log10(step)).rounded(.down)))
    }

    /// Heckbert's nice number near `x` (> 0): 1, 2, 5 or 10 times a power of ten.
    public static func nice(_ x: Double, rounding: Bool) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let exponent = (log10(x)).rounded(.down)
        let power = pow(10, exponent)
        let fraction = x / power
        let niceFraction: Double
        if rounding {
            niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return niceFraction * power
    }

    /// The position of `value` on 0...1 along the axis (0 at ``lower``).
    public func fraction(_ value: Double) -> Double {
        upper > lower ? (value - lower) / (upper - lower) : 0.5
    }
}
