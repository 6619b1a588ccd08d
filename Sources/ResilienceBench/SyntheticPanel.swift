import Foundation
import PanelData
import PanelIO

/// Panels of any size for the benchmark: `units` units in 4 groups, 15 years, the study's
/// 12 indicators with log-normal values, a few missing cells. Deterministic (SplitMix64).
enum SyntheticPanel {
    static let firstYear = 2009, yearCount = 15

    static func make(units: Int, seed: UInt64 = 42) -> Panel {
        var random = SplitMix64(seed: seed)
        let system = IndicatorSystem.study
        let groups = StudyRegions.names
        let rows = units * yearCount
        var rowUnit = [Int32](repeating: 0, count: rows), rowYear = [Int32](repeating: 0, count: rows)
        var values = [[Double]](repeating: [Double](repeating: 0, count: rows), count: system.count)
        var panelUnits: [PanelUnit] = []
        panelUnits.reserveCapacity(units)
        for unit in 0..<units {
            let group = Int(random.next() % 4)
            panelUnits.append(PanelUnit(name: "U\(unit)", group: group,
                                        longitude: ((100 + random.uniform() * 25) * 100).rounded() / 100,
                                        latitude: ((22 + random.uniform() * 25) * 100).rounded() / 100))
            let size = random.normal()
            for year in 0..<yearCount {
                let row = unit * yearCount + year
                rowUnit[row] = Int32(unit)
                rowYear[row] = Int32(year)
                for j in 0..<system.count {
                    let trend = Double(year) * (system.indicators[j].direction == .positive ? 0.02 : -0.02)
                    var value = (1 + Double(j)) * exp(0.8 * size + 0.4 * random.normal() + trend + 0.1 * Double(group))
                    if system.indicators[j].unit == "%" { value = min(100, 40 + 5 * value) }
                    values[j][row] = (value * 100).rounded() / 100
                }
            }
            // About 1% interior missing cells.
            if random.next() % 8 == 0 {
                let j = Int(random.next() % UInt64(system.count))
                values[j][unit * yearCount + 1 + Int(random.next() % UInt64(yearCount - 2))] = .nan
            }
        }
        do {
            return try Panel(units: panelUnits, groups: groups, years: Array(firstYear..<(firstYear + yearCount)),
                             system: system, rowUnit: rowUnit, rowYear: rowYear, values: values)
        } catch {
            preconditionFailure("the synthetic panel has one row per unit and year by construction")
        }
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014) with uniform and normal draws.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Box-Muller.
    mutating func normal() -> Double {
        let u = max(uniform(), 1e-300), v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

extension SyntheticPanel {
    /// Writes the generated panel of `units` units as a long CSV at `path`, replacing it.
    static func writeCSV(units: Int, to path: String) throws {
        let panel = make(units: units)
        let handle = try BenchFiles.create(atPath: path)
        defer { try? handle.close() }
        try LongCSVWriter.write(panel, configuration: .study) { try handle.write(contentsOf: Data($0.utf8)) }
    }
}
