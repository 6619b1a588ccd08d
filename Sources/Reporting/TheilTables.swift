import Inequality
import PanelData
import Resilience

/// The Theil decomposition tables (the robustness check next to Dagum's): `theil.csv`
/// for machines and Table 7 for people.
extension AnalysisTables {
    /// `theil.csv`: year, total T, within, between, their shares of T (%), then each
    /// group's own index T_j (`T:East`) and income share s_j (`share:East`). A year
    /// without a Theil result (a negative score) has empty cells.
    public var theilCSV: Table {
        let digits = theilDigits
        let columns = ["year", "total", "within", "between", "withinShare", "betweenShare"]
            + groups.map { "T:\($0)" } + groups.map { "share:\($0)" }
        var table = Table(name: "theil", title: "Theil T decomposition by group", columns: columns.map { Table.Column($0) })
        for year in result.yearly {
            let t = year.theil
            let terms: [Double?] = [t?.total, t?.within, t?.between]
            table.rows.append(Table.Row([.text(String(year.year))]
                + terms.map { .number($0, .fixed(digits.gini)) }
                + [t?.withinShare, t?.betweenShare].map { .number($0, .percent(digits.percent)) }
                + groups.indices.map { .number(t?.groupTheil[$0], .fixed(digits.gini)) }
                + groups.indices.map { .number(t?.groupShares[$0], .fixed(digits.scores)) }))
        }
        return table
    }

    /// Table 7: Theil's T, each group's T_j, the within and between terms, and the
    /// between share of T next to Dagum's between shares (Gb / G and Gnb / G), one row
    /// per year.
    public var theilTable: Table {
        let numbers = groupNumbers
        let digits = theilDigits
        let headers = ["Year", "T"] + numbers.groups.map { "T\($0)" }
            + ["Within", "Between", "Theil between %", "Dagum Gb %", "Dagum Gnb %"]
        var table = Table(
            name: "table7-theil", title: "Table 7. Theil T decomposition by group, with Dagum's between shares",
            note: "Groups: \(numbers.key). T_j: group j's own Theil index; Within = sum_j s_j T_j with s_j the group's "
                + "share of the total; Between = sum_j s_j ln(mu_j / mu); T = Within + Between. Dagum Gb % and Gnb %: "
                + "the between-group total and the net between-group term as a share of G (Table 4a). T is of the order "
                + "of G^2, so it is shown with two more decimals than G.",
            columns: headers.enumerated().map { Table.Column($1, $0 == 0 ? .left : .right) })
        for year in result.yearly {
            let t = year.theil, d = year.decomposition
            table.rows.append(Table.Row(
                [.text(String(year.year)), .number(t?.total, .fixed(digits.gini))]
                    + groups.indices.map { .number(t?.groupTheil[$0], .fixed(digits.gini)) }
                    + [.number(t?.within, .fixed(digits.gini)), .number(t?.between, .fixed(digits.gini)),
                       .number(t?.betweenShare, .percent(digits.percent)),
                       .number(d.contributionRate(d.betweenTotal), .percent(digits.percent)),
                       .number(d.contributionRate(d.netBetween), .percent(digits.percent))]))
        }
        return table
    }

    /// The decimals of the Theil tables: two more than the Gini terms for T (of the order
    /// of G^2), the others unchanged.
    var theilDigits: TableDigits {
        TableDigits(scores: digits.scores, gini: min(digits.gini + 2, 12), percent: digits.percent)
    }

    /// The tables of tables.md and tables.tex: the study-style tables, then Table 7
    /// (Theil) and, under per-year standardisation, Table 8 (weights by year).
    public var documentTables: [Table] {
        studyTables + [theilTable] + (weightsByYearTable.map { [$0] } ?? [])
    }
}
