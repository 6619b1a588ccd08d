import Foundation
import PanelData
import PanelIO
import Reporting
import Resilience

/// Times the stages of one panel size in this process.
enum StageBenchmark {
    static let stages = ["read CSV", "impute", "standardise + CRITIC", "scores", "decomposition", "Theil", "write outputs"]
    static let header = "| units | rows | CSV MB | " + stages.joined(separator: " | ") + " | total | peak MB |\n|"
        + String(repeating: "---:|", count: stages.count + 5)

    static func runChild(units: Int, repeats: Int, serial: Bool) async {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resilience-bench-\(units)-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("panel.csv")
        do {
            try SyntheticPanel.writeCSV(units: units, to: csv.path)
        } catch {
            print("| \(units) | cannot write the CSV: \(error) |")
            return
        }
        let csvBytes = (try? FileManager.default.attributesOfItem(atPath: csv.path)[.size] as? Int) ?? 0
        var samples: [[Double]] = Array(repeating: [], count: stages.count)
        var rows = 0
        for _ in 0..<repeats {
            let clock = ContinuousClock()
            var marks: [ContinuousClock.Instant] = [clock.now]
            do {
                var loaded = try LongPanelReader.readCSV(path: csv.path, configuration: .study)
                rows = loaded.panel.rowCount
                marks.append(clock.now)
                let recorder = StageRecorder()
                let panel = loaded.panel
                loaded.panel = .empty
                let result = try await Analysis.run(panel: panel, configuration: .study, source: csv.path, synthetic: false,
                                                    options: Analysis.Options(parallel: !serial, onStage: { _ in recorder.mark() }))
                marks += recorder.instants
                try OutputWriting.write(result, to: folder.appendingPathComponent("out"))
                marks.append(clock.now)
            } catch {
                print("| \(units) | failed: \(error) |")
                return
            }
            for stage in stages.indices where stage + 1 < marks.count {
                samples[stage].append(seconds(marks[stage + 1] - marks[stage]))
            }
        }
        let medians = samples.map(median)
        let peak = peakMemoryMegabytes()
        let cells = [String(units), String(rows), String(format: "%.1f", Double(csvBytes) / 1e6)]
            + medians.map { String(format: "%.3f", $0) } + [String(format: "%.3f", medians.reduce(0, +)), String(format: "%.0f", peak)]
        print("| " + cells.joined(separator: " | ") + " |")
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// The peak resident set of this process (VmHWM in /proc/self/status), in MB.
    static func peakMemoryMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
        return kilobytes / 1024
    }
}

/// Collects the instants at which the pipeline's stages end.
final class StageRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var instants: [ContinuousClock.Instant] = []
    /// The process's minor page faults so far at each mark (first touches of fresh memory).
    private(set) var pageFaults: [Int] = []
    func mark() {
        lock.lock()
        instants.append(ContinuousClock().now)
        pageFaults.append(Self.minorPageFaults())
        lock.unlock()
    }

    static func minorPageFaults() -> Int {
        var usage = rusage()
        return getrusage(RUSAGE_SELF.rawValue, &usage) == 0 ? usage.ru_minflt : 0
    }
}

/// Writes what `analyze` writes (results.json and the CSV tables; the report files when
/// the Reporting module provides them) to a folder, replacing it.
enum OutputWriting {
    static func write(_ result: AnalysisResult, to folder: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func file(_ name: String, _ body: (@escaping (String) throws -> Void) throws -> Void) throws {
            let handle = try BenchFiles.create(atPath: folder.appendingPathComponent(name).path)
            defer { try? handle.close() }
            try body { try handle.write(contentsOf: Data($0.utf8)) }
        }
        try file("results.json") { try ResultsJSON.write(result, to: $0) }
        let tables = AnalysisTables(result)
        for (name, table) in tables.csvFiles { try file(name) { try $0(CSVTableRenderer.render(table)) } }
        try file("scores.csv") { try tables.writeScoresCSV(to: $0) }
    }
}

/// `--in-memory UNITS`: the pipeline stages alone (impute, standardise + weights, scores,
/// decomposition) on a generated panel held in memory, without reading or writing files,
/// serially (one core) with `--serial`.
enum InMemoryBenchmark {
    static func run(units: Int, repeats: Int, serial: Bool) async {
        var samples: [[Double]] = Array(repeating: [], count: AnalysisStage.allCases.count)
        for _ in 0..<repeats {
            let panel = SyntheticPanel.make(units: units)
            let recorder = StageRecorder()
            let start = ContinuousClock().now
            let startFaults = StageRecorder.minorPageFaults()
            do {
                _ = try await Analysis.run(panel: panel, configuration: .study, source: "bench", synthetic: false,
                                           options: Analysis.Options(parallel: !serial, onStage: { _ in recorder.mark() }))
            } catch {
                print("failed: \(error)")
                return
            }
            let marks = [start] + recorder.instants
            for stage in samples.indices where stage + 1 < marks.count {
                samples[stage].append(StageBenchmark.seconds(marks[stage + 1] - marks[stage]))
            }
            if ProcessInfo.processInfo.environment["BENCH_VERBOSE"] != nil {
                let faults = zip(recorder.pageFaults, [startFaults] + recorder.pageFaults).map { String($0 - $1) }
                print("  run: " + samples.map { String(format: "%.3f", $0.last ?? .nan) }.joined(separator: " ")
                      + " s; minor page faults per stage: " + faults.joined(separator: " "))
            }
        }
        let cells = zip(AnalysisStage.allCases, samples).map { stage, times in
            "\(stage.rawValue) \(String(format: "%.3f", StageBenchmark.median(times))) s"
                + (times.count > 1 ? String(format: " (min %.3f)", times.min() ?? .nan) : "")
        }
        print("\(units) units x \(SyntheticPanel.yearCount) years, \(serial ? "one core" : "all cores"), median of \(repeats): "
              + cells.joined(separator: "; ") + String(format: "; peak %.0f MB", StageBenchmark.peakMemoryMegabytes()))
    }
}
