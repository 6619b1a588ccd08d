import Foundation

/// The one number formatter of the project: locale-free, never `nan` or `inf`.
///
/// - ``roundTrip(_:)``: the shortest text that reads back as the same `Double`
///   (results.json, long CSV); integral values keep their `.0` so they read back as
///   numbers of the same kind.
/// - ``fixed(_:digits:)``: a fixed number of decimals (tables), `-0.000` written `0.000`.
public enum NumberText {
    /// Shortest round-trip form, or nil when `value` is not finite.
    public static func roundTrip(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        return value.description
    }

    /// `value` with `digits` decimals; an empty string when `value` is not finite.
    public static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "" }
        let text = String(format: "%.\(max(0, digits))f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// A percentage with `digits` decimals (the value is already in percent).
    public static func percent(_ value: Double?, digits: Int) -> String {
        value.map { fixed($0, digits: digits) } ?? ""
    }
}
