import PanelData

/// A table as data: one model rendered as CSV, Markdown, LaTeX and aligned text, so no
/// table is written twice by hand.
public struct Table: Sendable {
    /// How a number is shown in the human-readable forms (CSV always keeps full precision).
    public enum NumberStyle: Sendable, Hashable {
        /// Fixed decimals.
        case fixed(Int)
        /// A percentage, already multiplied by 100, with fixed decimals.
        case percent(Int)
    }

    public enum Alignment: Sendable { case left, right }

    /// One cell.
    public enum Cell: Sendable, Hashable {
        case text(String)
        /// A number; nil is shown empty (undefined, never `nan`).
        case number(Double?, NumberStyle)
        /// A number with a lower and upper bound (confidence interval).
        case range(Double?, lower: Double?, upper: Double?, NumberStyle)
        case empty
    }

    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment
        public init(_ header: String, _ alignment: Alignment = .right) {
            self.header = header
            self.alignment = alignment
        }
    }

    /// A row; `marked` cells are emphasised (the largest cell of a column, say).
    public struct Row: Sendable {
        public var cells: [Cell]
        public var marked: Set<Int>
        /// A rule is drawn above this row in the typeset forms.
        public var ruleAbove: Bool
        public init(_ cells: [Cell], marked: Set<Int> = [], ruleAbove: Bool = false) {
            self.cells = cells
            self.marked = marked
            self.ruleAbove = ruleAbove
        }
    }

    /// A short machine name (`weights`, used for file names and anchors).
    public var name: String
    public var title: String
    /// A note under the table (sources, what marks mean).
    public var note: String?
    public var columns: [Column]
    public var rows: [Row]

    public init(name: String, title: String, note: String? = nil, columns: [Column], rows: [Row] = []) {
        self.name = name
        self.title = title
        self.note = note
        self.columns = columns
        self.rows = rows
    }

    /// The cell as text for people (fixed digits).
    public static func display(_ cell: Cell) -> String {
        switch cell {
        case let .text(text): return text
        case .empty: return ""
        case let .number(value, style): return value.map { format($0, style) } ?? ""
        case let .range(value, lower, upper, style):
            guard let value else { return "" }
            guard let lower, let upper else { return format(value, style) }
            return "\(format(value, style)) [\(format(lower, style)), \(format(upper, style))]"
        }
    }

    /// The cell as text for machines (CSV): full precision.
    public static func machine(_ cell: Cell) -> [String] {
        switch cell {
        case let .text(text): return [text]
        case .empty: return [""]
        case let .number(value, _): return [value.flatMap(NumberText.roundTrip) ?? ""]
        case let .range(value, lower, upper, _):
            return [value, lower, upper].map { $0.flatMap(NumberText.roundTrip) ?? "" }
        }
    }

    static func format(_ value: Double, _ style: NumberStyle) -> String {
        switch style {
        case let .fixed(digits): return NumberText.fixed(value, digits: digits)
        case let .percent(digits): return NumberText.fixed(value, digits: digits)
        }
    }
}
