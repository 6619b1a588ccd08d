import PanelData
import Testing
import Weighting

/// Published CRITIC weights (fixtures/external/README.md), compared with the published
/// rounding: a value printed with k decimals is within 0.5 x 10^-k of the exact one.
@Suite("Published CRITIC weights")
struct ExternalCRITICTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var folder: String
        var citation: String
        var weights: [Double]
        var decimals: Int
        var testDescription: String { citation }
    }

    static let cases = [
        // Tuş and Adalı (2019), Opsearch 56:528, as cited in fixtures/external/README.md:
        // 5 alternatives x 6 criteria, all benefit criteria; weights to 3 decimals.
        Case(folder: "external/critic-c1", citation: "Tuş & Adalı 2019, Opsearch 56:528",
             weights: [0.157, 0.249, 0.168, 0.121, 0.154, 0.151], decimals: 3),
        // Akçakanat et al. (2018), as cited in fixtures/external/README.md: 3 alternatives
        // x 4 criteria, the third a cost criterion; weights "about" these, to 4 decimals.
        Case(folder: "external/critic-c2", citation: "Akçakanat et al. 2018",
             weights: [0.1688, 0.4184, 0.2491, 0.1636], decimals: 4),
    ]

    @Test("CRITIC reproduces the published weights to their printed decimals", arguments: cases)
    func published(example: Case) throws {
        let loaded = try FixturePanel.load(example.folder)
        var standardized = loaded.panel.values
        Standardization.minMax(&standardized, directions: loaded.panel.system.indicators.map(\.direction))
        let weights = try CRITIC.weights(standardized: standardized)
        let tolerance = 0.5 * pow10(-example.decimals)
        expectClose(weights.weights, example.weights, within: tolerance, example.citation)
    }

    private func pow10(_ exponent: Int) -> Double {
        exponent < 0 ? 1 / pow10(-exponent) : (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
