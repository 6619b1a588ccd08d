import Foundation
import PanelIO

/// `--csv UNITS`: writes a generated panel as CSV and times the real `resilience analyze`
/// on it, process start to exit, with its peak memory (from wait4's rusage).
enum EndToEndBenchmark {
    static func run(units: Int, repeats: Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resilience-bench-csv-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("panel.csv")
        do {
            try SyntheticPanel.writeCSV(units: units, to: csv.path)
        } catch {
            print("cannot write the CSV: \(error)")
            return
        }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("resilience").path
        let bytes = (try? FileManager.default.attributesOfItem(atPath: csv.path)[.size] as? Int) ?? 0
        var times: [Double] = [], peaks: [Double] = []
        for _ in 0..<repeats {
            let outcome = ChildProcess.run(executable: binary,
                                           arguments: ["analyze", "--data", csv.path, "--out", folder.appendingPathComponent("out").path, "--quiet"])
            guard outcome.status == 0 else {
                print("resilience analyze failed (\(outcome.status)): \(outcome.output)")
                return
            }
            times.append(outcome.seconds)
            peaks.append(outcome.peakMegabytes)
        }
        print(String(format: "resilience analyze on %d units (%.1f MB CSV): median %.3f s, peak %.0f MB over %d runs",
                     units, Double(bytes) / 1e6, StageBenchmark.median(times), peaks.max() ?? .nan, repeats))
    }
}

extension EndToEndBenchmark {
    /// `--write-csv UNITS FILE`: writes the generated panel of `units` units as a long CSV.
    static func writeCSV(units: Int, to path: String) {
        do {
            try SyntheticPanel.writeCSV(units: units, to: path)
            print("wrote \(path): \(units) units x \(SyntheticPanel.yearCount) years")
        } catch {
            print("cannot write \(path): \(error)")
        }
    }
}

/// Runs a program, capturing its standard output, wall time and peak memory.
enum ChildProcess {
    struct Outcome {
        var status: Int32
        var output: String
        var seconds: Double
        var peakMegabytes: Double
    }

    static func run(executable: String, arguments: [String]) -> Outcome {
        var pipe: [Int32] = [0, 0]
        guard pipe.withUnsafeMutableBufferPointer({ Glibc.pipe($0.baseAddress!) }) == 0 else {
            return Outcome(status: -1, output: "pipe failed", seconds: 0, peakMegabytes: 0)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock().now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        posix_spawn_file_actions_destroy(&actions)
        close(pipe[1])
        guard spawned == 0 else {
            close(pipe[0])
            return Outcome(status: -1, output: "cannot start \(executable)", seconds: 0, peakMegabytes: 0)
        }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, 65536) }
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        close(pipe[0])
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let elapsed = StageBenchmark.seconds(ContinuousClock().now - start)
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
        return Outcome(status: exitStatus, output: String(decoding: output, as: UTF8.self), seconds: elapsed,
                       peakMegabytes: Double(usage.ru_maxrss) / 1024)
    }
}
