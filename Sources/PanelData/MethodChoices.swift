/// The choices of method a configuration makes. They live with the data model so that
/// every stage (reading, weighting, the pipeline, the report) names them the same way.

/// Over which rows the min-max standardisation (and the weights) are computed
/// (METHOD.md section 3).
public enum StandardizationMode: String, Sendable, CaseIterable, Codable {
    /// Over all unit-years together (the default; one weight set).
    case pooled
    /// Within each year (one weight set per year).
    case perYear = "per-year"
}

/// How the indicator weights are found (METHOD.md section 4 and the alternatives).
public enum WeightingMethod: String, Sendable, CaseIterable, Codable {
    /// CRITIC (Diakoulaki, Mavrotas and Papayannakis, 1995): contrast times conflict.
    case critic
    /// Entropy weights on the standardised values.
    case entropy
    /// Coefficient of variation of the raw values.
    case cv
    /// Standard deviation of the standardised values.
    case stdev
    /// 1/m each.
    case equal
    /// Weights listed in the configuration.
    case given
}

/// How a panel is laid out in its file(s).
public enum PanelLayout: String, Sendable, CaseIterable, Codable {
    /// One row per unit-year (the default).
    case long
    /// One sheet (or file) per year: units as rows, indicators as columns.
    case wideByYear = "wide-by-year"
    /// One sheet per indicator: units as rows, years as columns.
    case wideByIndicator = "wide-by-indicator"
}

/// The text encoding of a CSV file.
public enum TextEncodingChoice: String, Sendable, CaseIterable, Codable {
    /// A byte-order mark if there is one, else strict UTF-8, else GB18030.
    case auto
    case utf8 = "utf-8"
    case gb18030
}
