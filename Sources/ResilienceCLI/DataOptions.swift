import ArgumentParser
import DemoPanel
import PanelData
import PanelIO

/// `--data` and `--config`, shared by the commands that read a panel.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The panel: a CSV file, an .xlsx workbook, or a folder of CSV files, laid out as the configuration's `layout` says (default long: one row per unit and year). Without it, the built-in synthetic demo panel is used.", valueName: "file"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("The configuration, YAML (.yaml/.yml) or JSON (.json). Without it, the study's indicator system is used (see `resilience init-config`).", valueName: "file"))
    var config: String?

    @Flag(name: .long, help: "Drop a unit that never observes some indicator (and say so), instead of stopping with an error.")
    var dropIncomplete = false

    /// The panel and the configuration to analyse.
    func load() throws -> LoadedInput {
        try Self.load(data: data, config: config)
    }

    /// The panel at `data` (the demo panel when nil) with the configuration at `config`
    /// (the study's when nil).
    static func load(data: String?, config: String?) throws -> LoadedInput {
        var configuration = AnalysisConfiguration.study
        if let config { configuration = try ConfigurationLoader.load(path: config) }
        guard let data else {
            var panel = DemoPanel.make()
            let demoConfiguration = configuration.withDemoSystemCheck()
            if demoConfiguration.weighting == .given {
                // The given weights travel with the indicator system: the demo panel takes
                // the configuration's, which must be the study's system with weights added.
                let same = demoConfiguration.system.dimensions == panel.system.dimensions
                    && demoConfiguration.system.indicators.map(\.id) == panel.system.indicators.map(\.id)
                    && demoConfiguration.system.dimensionOfIndicator == panel.system.dimensionOfIndicator
                guard same else {
                    throw configuration.diagnostic(
                        at: "dimensions", dataFile: config ?? "demo",
                        problem: "with the demo panel and `weighting: given`, `dimensions` must list the study's 12 indicators in their dimensions",
                        hint: "start from `resilience init-config` and add a `weight` to each indicator, or pass your own data with --data")
                }
                panel.system = demoConfiguration.system
            }
            return LoadedInput(panel: panel, configuration: demoConfiguration, source: "demo",
                               synthetic: true, warnings: [], encoding: nil)
        }
        let loaded = try PanelReader.read(path: data, configuration: configuration)
        return LoadedInput(panel: loaded.panel, configuration: configuration, source: data, synthetic: false,
                           warnings: loaded.warnings, encoding: loaded.encoding,
                           groupSourceValues: loaded.groupSourceValues)
    }
}

struct LoadedInput {
    var panel: Panel
    var configuration: AnalysisConfiguration
    var source: String
    var synthetic: Bool
    var warnings: [String]
    var encoding: String?
    /// For each unit, the value of the column its group was mapped from (`groupFrom`);
    /// empty when groups come from a group column or the panel is the demo.
    var groupSourceValues: [String] = []
}

extension AnalysisConfiguration {
    /// The demo panel always carries the study's indicator system; a configuration given
    /// with the demo may change the methods (weighting, standardisation, edges) only.
    func withDemoSystemCheck() -> AnalysisConfiguration {
        var copy = AnalysisConfiguration.study
        copy.standardization = standardization
        copy.weighting = weighting
        copy.edges = edges
        if weighting == .given { copy.system = system }
        return copy
    }
}
