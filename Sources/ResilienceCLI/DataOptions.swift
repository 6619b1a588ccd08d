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
            return LoadedInput(panel: DemoPanel.make(), configuration: configuration.withDemoSystemCheck(), source: "demo",
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
