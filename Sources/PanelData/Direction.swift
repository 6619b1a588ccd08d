/// Whether more of an indicator is better (`positive`) or worse (`negative`).
///
/// The direction decides the min-max standardisation (METHOD.md section 3):
/// positive `x' = (x - min) / (max - min)`, negative `x' = (max - x) / (max - min)`.
public enum Direction: String, Sendable, Hashable, CaseIterable, Codable {
    case positive
    case negative
}
