import ArgumentParser
import DemoPanel
import PanelData
import PanelIO

/// `--data` and `--config`, shared by the commands that read a panel.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The panel: a long-format CSV file (one row per unit and year). Without it, the built-in synthetic demo panel is used.", valueName: "file"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("The configuration, YAML (.yaml/.yml) or JSON (.json). Without it, the study's indicator system is used (see `resilience init-config`).", valueName: "file"))
    var config: String?

    @Flag(name: .long, help: "Drop a unit that never observes some indicator (and say so), instead of stopping with an error.")
    var dropIncomplete = false

    /// The panel and the configuration to analyse.
    func load() throws -> LoadedInput {
        var configuration = AnalysisConfiguration.study
        if let config { configuration = try ConfigurationLoader.load(path: config) }
        guard let data else {
            return LoadedInput(panel: DemoPanel.make(), configuration: configuration.withDemoSystemCheck(), source: "demo",
                               synthetic: true, warnings: [], encoding: nil)
        }
        guard configuration.layout == .long else {
            throw configuration.diagnostic(at: "layout", dataFile: data,
                                           problem: "layout `\(configuration.layout.rawValue)` is not supported for CSV input yet",
                                           hint: "write the panel in long format (one row per unit and year) and set `layout: long`")
        }
        let loaded = try LongPanelReader.readCSV(path: data, configuration: configuration)
        return LoadedInput(panel: loaded.panel, configuration: configuration, source: data, synthetic: false,
                           warnings: loaded.warnings, encoding: loaded.encoding)
    }
}

struct LoadedInput {
    var panel: Panel
    var configuration: AnalysisConfiguration
    var source: String
    var synthetic: Bool
    var warnings: [String]
    var encoding: String?
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
