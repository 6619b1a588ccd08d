import Foundation

/// The colours of every chart and map: colour-blind-safe by construction.
///
/// - Series (``categorical(_:)``): the Okabe-Ito palette (M. Okabe and K. Ito, *Color
///   Universal Design (CUD): how to make figures and presentations that are friendly to
///   colorblind people*, 2008), in the order blue, vermillion, bluish green, reddish
///   purple, orange, sky blue, black. Its yellow is left out: it is invisible as a thin
///   line on white. Past seven series the colours repeat and ``dash(_:)`` tells the
///   repeats apart by their dash pattern.
/// - Classes of a map (``sequential(_:of:)``): viridis (S. van der Walt and N. Smith,
///   matplotlib, 2015), which is perceptually uniform, readable with the common colour
///   vision deficiencies and in grey scale; five anchor colours, interpolated linearly in
///   sRGB, from dark purple (lowest class) to yellow (highest).
public enum ChartPalette {
    static let okabeIto = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]

    /// The colour of series `index` (0-based), as `#RRGGBB`.
    public static func categorical(_ index: Int) -> String {
        okabeIto[((index % okabeIto.count) + okabeIto.count) % okabeIto.count]
    }

    /// The SVG `stroke-dasharray` of series `index`: nil (solid) for the first round of
    /// colours, then dashed, then dotted.
    public static func dash(_ index: Int) -> String? {
        switch (index / okabeIto.count) % 3 {
        case 0: return nil
        case 1: return "6 3"
        default: return "2 3"
        }
    }

    static let viridis: [(Double, Double, Double)] = [
        (0x44, 0x01, 0x54), (0x3B, 0x52, 0x8B), (0x21, 0x91, 0x8C), (0x5E, 0xC9, 0x62), (0xFD, 0xE7, 0x25),
    ]

    /// The colour of class `index` of `count` classes (0 = lowest), as `#RRGGBB`; one
    /// class gets the middle colour.
    public static func sequential(_ index: Int, of count: Int) -> String {
        let t = count > 1 ? Double(min(max(index, 0), count - 1)) / Double(count - 1) : 0.5
        let position = t * Double(viridis.count - 1)
        let left = min(Int(position), viridis.count - 2)
        let weight = position - Double(left)
        let (a, b) = (viridis[left], viridis[left + 1])
        func channel(_ x: Double, _ y: Double) -> Int { Int((x + (y - x) * weight).rounded()) }
        return hex(channel(a.0, b.0), channel(a.1, b.1), channel(a.2, b.2))
    }

    static func hex(_ red: Int, _ green: Int, _ blue: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        var text = "#"
        for value in [red, green, blue] {
            let clamped = min(max(value, 0), 255)
            text.append(digits[clamped / 16])
            text.append(digits[clamped % 16])
        }
        return text
    }
}
