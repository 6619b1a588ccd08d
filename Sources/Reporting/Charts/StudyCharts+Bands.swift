import Resilience

/// The bootstrap bands of the study charts: when the run has a bootstrap, the yearly
/// points of fig-gini, fig-within, fig-within-between and fig-sources carry the term's
/// percentile interval as their lower and upper bound, and ``ChartSVGRenderer`` shades
/// it behind the line. Without a bootstrap the points are the plain ``StudyCharts/yearly(_:)``
/// ones and the charts are unchanged.
extension StudyCharts {
    /// The yearly points of a term, with `band`'s interval of the same year as the band.
    func yearly(_ value: (YearResult) -> Double?, band: (YearIntervals) -> Interval?) -> [Chart.Point] {
        guard let bootstrap = result.bootstrap, bootstrap.years.count == result.yearly.count else { return yearly(value) }
        return zip(result.yearly, bootstrap.years).map { year, intervals in
            let interval = band(intervals)
            return Chart.Point(x: Double(year.year), y: value(year), lower: interval?.lower, upper: interval?.upper)
        }
    }

    /// `Shaded: 95% bootstrap interval (999 replicates).`, or nothing without a bootstrap.
    var bandNote: [String] { BootstrapText.chartNote(result) }
}
