import Inequality
import PanelData

/// The study's published aggregates next to the same figures of an analysis: what the
/// synthetic demo panel is calibrated to, and the side-by-side table that
/// `resilience demo-data --compare-study` prints (README, "How close is the demo to the
/// study?").
///
/// ``study`` holds the figures of the 2025 study exactly as STUDY-FIGURES.md prints them
/// (Table 3 in full; the Gini of 2009 and 2023 and its change; the between-region shares
/// of Table 4; the dimension shares of Table 5; the largest between-region cells of
/// Table 6), plus its average growth of the national mean and its CRITIC dimension
/// weights (METHOD.md section 1). ``figures(of:)`` reads the same figures from an
/// ``AnalysisResult``, matching groups and dimensions by name, so the two line up row by
/// row. Nothing here is an expected value for real data: the study's figures are a
/// target for the synthetic demo only.
public enum StudyComparison {
    /// The study's region order (Table 3's columns).
    public static let regions = ["East", "Central", "West", "Northeast"]
    /// The study's dimension order.
    public static let dimensions = ["Resistance", "Resilience", "Adaptability"]

    /// One year of the figures. Values the source does not give are nil.
    public struct Year: Sendable, Equatable {
        public var year: Int
        /// The national mean of the composite score.
        public var national: Double
        /// Mean score per region, in ``StudyComparison/regions`` order (nil: no such
        /// region, or no unit of it this year).
        public var regions: [Double?]
        /// Mean sub-score per dimension, in ``StudyComparison/dimensions`` order.
        public var dimensions: [Double?]
        /// The Gini coefficient G.
        public var gini: Double?
        /// The between-region share of G in percent (Table 4's "between").
        public var betweenShare: Double?
        /// The share of G of each dimension in percent (Table 5), in
        /// ``StudyComparison/dimensions`` order.
        public var sourceShares: [Double?]?
        /// The largest between-region cell of the two-way table (Table 6).
        public var largestBetweenCell: Cell?

        public init(year: Int, national: Double, regions: [Double?], dimensions: [Double?], gini: Double? = nil,
                    betweenShare: Double? = nil, sourceShares: [Double?]? = nil, largestBetweenCell: Cell? = nil) {
            self.year = year
            self.national = national
            self.regions = regions
            self.dimensions = dimensions
            self.gini = gini
            self.betweenShare = betweenShare
            self.sourceShares = sourceShares
            self.largestBetweenCell = largestBetweenCell
        }
    }

    /// A cell Gb_jh^m of the two-way decomposition (METHOD.md section 9): the pair of
    /// regions, the dimension and the term.
    public struct Cell: Sendable, Equatable {
        public var first: String
        public var second: String
        public var dimension: String
        public var value: Double

        public init(first: String, second: String, dimension: String, value: Double) {
            self.first = first
            self.second = second
            self.dimension = dimension
            self.value = value
        }

        /// `East-West Resistance`.
        public var label: String { "\(first)-\(second) \(dimension)" }
    }

    /// The figures of one source (the study, or one analysis).
    public struct Figures: Sendable, Equatable {
        public var years: [Year]
        /// Weight of each dimension, in ``StudyComparison/dimensions`` order.
        public var dimensionWeights: [Double?]
        /// The mean of the year-on-year growth rates of the national mean (a fraction).
        public var meanGrowth: Double?
        /// The Gini's change from the first to the last year (a fraction).
        public var giniChange: Double?

        /// The figures of `year`, if present.
        public func year(_ year: Int) -> Year? { years.first { $0.year == year } }
    }

    // MARK: The study's figures

    /// The 2025 study's published figures, from STUDY-FIGURES.md (Tables 3-6 and the
    /// "Gini" section) and METHOD.md section 1 (dimension weights).
    public static let study: Figures = {
        // STUDY-FIGURES.md, Table 3: year, national, East, Central, West, Northeast,
        // Resistance, Resilience, Adaptability.
        let table3: [[Double]] = [
            [2009, 0.566, 0.568, 0.562, 0.575, 0.552, 0.315, 0.022, 0.229],
            [2010, 0.581, 0.578, 0.581, 0.585, 0.577, 0.314, 0.023, 0.244],
            [2011, 0.557, 0.550, 0.555, 0.567, 0.556, 0.291, 0.024, 0.242],
            [2012, 0.571, 0.559, 0.574, 0.581, 0.565, 0.297, 0.024, 0.250],
            [2013, 0.574, 0.564, 0.570, 0.590, 0.572, 0.295, 0.025, 0.255],
            [2014, 0.566, 0.550, 0.566, 0.589, 0.549, 0.283, 0.026, 0.257],
            [2015, 0.579, 0.563, 0.573, 0.608, 0.560, 0.290, 0.026, 0.263],
            [2016, 0.612, 0.593, 0.617, 0.628, 0.604, 0.320, 0.027, 0.265],
            [2017, 0.620, 0.613, 0.633, 0.624, 0.594, 0.332, 0.026, 0.262],
            [2018, 0.629, 0.624, 0.642, 0.632, 0.602, 0.335, 0.027, 0.267],
            [2019, 0.637, 0.629, 0.646, 0.648, 0.611, 0.335, 0.028, 0.274],
            [2020, 0.646, 0.642, 0.654, 0.654, 0.622, 0.341, 0.029, 0.277],
            [2021, 0.656, 0.651, 0.666, 0.662, 0.635, 0.344, 0.031, 0.282],
            [2022, 0.659, 0.653, 0.669, 0.666, 0.632, 0.344, 0.032, 0.283],
            [2023, 0.658, 0.652, 0.667, 0.667, 0.624, 0.343, 0.033, 0.281],
        ]
        // STUDY-FIGURES.md, "Gini": 2009 and 2023 only.
        let gini: [Int: Double] = [2009: 0.0708, 2023: 0.0556]
        // Table 4, column "between" (%).
        let between: [Int: Double] = [2009: 73.46, 2014: 73.50, 2019: 73.83, 2023: 74.05]
        // Table 5: Resistance, Resilience, Adaptability (%).
        let sources: [Int: [Double?]] = [
            2009: [58.91, 0.21, 40.87], 2011: [66.94, 0.50, 32.56], 2014: [72.94, 0.35, 26.71],
            2017: [51.55, 2.18, 46.27], 2018: [47.63, 2.91, 49.46], 2020: [38.22, 3.40, 58.37],
            2023: [39.88, 3.87, 56.24],
        ]
        // Table 6: the largest between-region cells ("moves from East-West resistance
        // (2009) to Central-West adaptability (2023)").
        let cells: [Int: Cell] = [
            2009: Cell(first: "East", second: "West", dimension: "Resistance", value: 0.0081),
            2023: Cell(first: "Central", second: "West", dimension: "Adaptability", value: 0.0051),
        ]
        let years = table3.map { row -> Year in
            let year = Int(row[0])
            return Year(year: year, national: row[1], regions: row[2...5].map { $0 }, dimensions: row[6...8].map { $0 },
                        gini: gini[year], betweenShare: between[year], sourceShares: sources[year],
                        largestBetweenCell: cells[year])
        }
        // METHOD.md section 1 (weights); STUDY-FIGURES.md (growth 1.10%, Gini -21.47%).
        return Figures(years: years, dimensionWeights: [0.442, 0.174, 0.384], meanGrowth: 0.0110, giniChange: -0.2147)
    }()

    // MARK: The same figures from an analysis

    /// The figures of `result`, with regions and dimensions matched by name to the
    /// study's (nil where the result has no such group or dimension). The largest
    /// between-region cell is taken over every pair and dimension of the result.
    public static func figures(of result: AnalysisResult) -> Figures {
        let groupIndex = regions.map { result.input.groups.firstIndex(of: $0) }
        let dimensionIndex = dimensions.map { result.input.system.dimensions.firstIndex(of: $0) }
        let pairs = GroupPairs.pairs(groupCount: result.input.groups.count)
        let years = result.yearly.map { yearly -> Year in
            let d = yearly.decomposition
            var largest: Cell?
            for (p, pair) in pairs.enumerated() where p < d.twoWayBetween.count {
                for (m, value) in d.twoWayBetween[p].enumerated() where largest.map({ value > $0.value }) ?? true {
                    largest = Cell(first: result.input.groups[pair.0], second: result.input.groups[pair.1],
                                   dimension: m < result.input.system.dimensions.count ? result.input.system.dimensions[m] : "source \(m + 1)",
                                   value: value)
                }
            }
            return Year(
                year: yearly.year, national: yearly.mean,
                regions: groupIndex.map { $0.flatMap { $0 < yearly.groupMeans.count ? yearly.groupMeans[$0] : nil } },
                dimensions: dimensionIndex.map { $0.flatMap { $0 < yearly.dimensionMeans.count ? yearly.dimensionMeans[$0] : nil } },
                gini: d.gini, betweenShare: d.contributionRate(d.betweenTotal),
                sourceShares: dimensionIndex.map { $0.flatMap { $0 < d.sources.count ? d.contributionRate(d.sources[$0]) : nil } },
                largestBetweenCell: largest)
        }
        let weights = result.weights.count == 1 ? result.weights[0].dimensionWeights : nil
        return Figures(years: years,
                       dimensionWeights: dimensionIndex.map { index in index.flatMap { weights?[$0] } },
                       meanGrowth: result.meanGrowth.arithmetic, giniChange: result.giniChange.total)
    }

    // MARK: The side-by-side table

    /// Two Markdown tables, study next to `other`: Table 3 year by year (each cell
    /// `study / other`), then the inequality figures (Gini, Table 4's between share,
    /// Table 5's shares, Table 6's largest cell) and the weights, in the years the study
    /// reports them. A figure `other` lacks is written `-`.
    public static func markdown(study: Figures = study, other: Figures, otherName: String = "demo") -> String {
        func fixed(_ value: Double?, _ digits: Int) -> String {
            value.map { NumberText.fixed($0, digits: digits) } ?? "-"
        }
        func list(_ values: [Double?]?, _ digits: Int) -> String {
            guard let values else { return "-" }
            return values.map { fixed($0, digits) }.joined(separator: " / ")
        }
        func cell(_ cell: Cell?) -> String {
            cell.map { "\($0.label) \(NumberText.fixed($0.value, digits: 4))" } ?? "-"
        }
        var lines: [String] = []
        lines.append("Yearly means of the composite score (Table 3); each cell: study / \(otherName).")
        lines.append("")
        lines.append("| Year | National | " + regions.joined(separator: " | ") + " | " + dimensions.joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "---:|", count: 1 + regions.count + dimensions.count))
        for row in study.years {
            let mine = other.year(row.year)
            var cells = ["\(row.year)", "\(fixed(row.national, 3)) / \(fixed(mine?.national, 3))"]
            for r in regions.indices {
                cells.append("\(fixed(row.regions[r], 3)) / \(fixed(mine?.regions[r], 3))")
            }
            for m in dimensions.indices {
                cells.append("\(fixed(row.dimensions[m], 3)) / \(fixed(mine?.dimensions[m], 3))")
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append("| Figure | Study | \(otherName.prefix(1).uppercased() + otherName.dropFirst()) |")
        lines.append("|---|---|---|")
        func add(_ name: String, _ studyText: String, _ otherText: String) {
            lines.append("| \(name) | \(studyText) | \(otherText) |")
        }
        add("Dimension weights (\(dimensions.joined(separator: " / ")))", list(study.dimensionWeights, 3), list(other.dimensionWeights, 3))
        add("Average annual growth of the national mean (%)", fixed(study.meanGrowth.map { $0 * 100 }, 2),
            fixed(other.meanGrowth.map { $0 * 100 }, 2))
        for row in study.years where row.gini != nil {
            add("Gini \(row.year)", fixed(row.gini, 4), fixed(other.year(row.year)?.gini, 4))
        }
        if let first = study.years.first(where: { $0.gini != nil }), let last = study.years.last(where: { $0.gini != nil }) {
            add("Gini change \(first.year)-\(last.year) (%)", fixed(study.giniChange.map { $0 * 100 }, 2),
                fixed(other.giniChange.map { $0 * 100 }, 2))
        }
        for row in study.years where row.betweenShare != nil {
            add("Between-region share of the Gini \(row.year) (%, Table 4)", fixed(row.betweenShare, 2),
                fixed(other.year(row.year)?.betweenShare, 2))
        }
        for row in study.years where row.sourceShares != nil {
            add("Shares \(row.year) (%, Table 5): \(dimensions.joined(separator: " / "))", list(row.sourceShares, 2),
                list(other.year(row.year)?.sourceShares, 2))
        }
        for row in study.years where row.largestBetweenCell != nil {
            add("Largest between-region cell \(row.year) (Table 6)", cell(row.largestBetweenCell),
                cell(other.year(row.year)?.largestBetweenCell))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
