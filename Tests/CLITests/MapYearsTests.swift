import Foundation
import Testing

/// `--map-years` with a year the panel does not have: a usage error in the project's one
/// message shape (`error: --map-years: ...; hint: ...`), exit code 2, nothing written,
/// and found before the analysis runs (so a bootstrap is not computed first).
@Suite("--map-years outside the panel")
struct MapYearsTests {
    @Test("exit 2, one line in the one message shape, no output folder")
    func unknownYear() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let start = Date()
        let outcome = try Binary.run(["analyze", "--map-years", "2009,1999", "--bootstrap", "100000", "--out", out.path])
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError == "error: --map-years: 1999 is not a year of the panel (its years: 2009-2023); "
            + "hint: name years of the panel, e.g. --map-years 2009,2023, or leave --map-years out\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // 100,000 replicates would take minutes: the check comes first.
        #expect(Date().timeIntervalSince(start) < 30)
    }
}
