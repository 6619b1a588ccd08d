/// The class breaks of a map: how the score range is cut into classes, and which class a
/// value falls in.
///
/// Classes are right-closed intervals: class 0 is [min, b_0], class c > 0 is
/// (b_{c-1}, b_c]. The breaks are computed once, on the values of every mapped year
/// together, so that the maps of different years share one legend and can be compared.
public struct ClassBreaks: Sendable, Equatable {
    public enum Method: String, Sendable, CaseIterable {
        /// Fisher-Jenks natural breaks (``NaturalBreaks``), exact up to 3,000 values.
        case jenks
        /// Quantiles: b_c is the (c + 1) / k quantile (R's type 7, linear interpolation),
        /// so the classes hold about equally many values.
        case quantile
    }

    public var method: Method
    /// The smallest value (the closed lower end of class 0).
    public var minimum: Double
    /// The upper bound of each class, ascending; the last is the largest value.
    public var uppers: [Double]

    /// Breaks of `values` into `classes` classes (fewer when there are fewer distinct
    /// values; quantile breaks that coincide are merged). Non-finite values are left out;
    /// nil when no value is finite.
    public init?(_ values: [Double], classes: Int, method: Method) {
        let sorted = values.filter(\.isFinite).sorted()
        guard let first = sorted.first, let last = sorted.last, classes >= 1 else { return nil }
        self.method = method
        minimum = first
        switch method {
        case .jenks:
            uppers = NaturalBreaks.breaks(sorted, classes: classes)
        case .quantile:
            var bounds: [Double] = []
            for c in 1...classes {
                let bound = c == classes ? last : KernelDensity.typeSevenQuantile(sorted, Double(c) / Double(classes))
                if bounds.last.map({ bound > $0 }) ?? true { bounds.append(bound) }
            }
            uppers = bounds
        }
    }

    public var count: Int { uppers.count }

    /// The class of `value`: the first c with value <= b_c; a value above every bound
    /// goes to the last class, one below the minimum to the first.
    public func classIndex(of value: Double) -> Int {
        var low = 0, high = uppers.count - 1
        guard high >= 0 else { return 0 }
        if value > uppers[high] { return high }
        while low < high {
            let middle = (low + high) / 2
            if value <= uppers[middle] { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The lower end of class c: the minimum for class 0, else b_{c-1}.
    public func lower(ofClass c: Int) -> Double { c == 0 ? minimum : uppers[c - 1] }

    /// The interval of class c as text: `[a, b]` for the first class, `(a, b]` after it.
    public func label(ofClass c: Int, format: (Double) -> String) -> String {
        (c == 0 ? "[" : "(") + format(lower(ofClass: c)) + ", " + format(uppers[c]) + "]"
    }
}
