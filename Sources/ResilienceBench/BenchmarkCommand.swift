import Foundation
import PanelData
import PanelIO
import Reporting
import Resilience

/// `resilience-bench`: times each stage of `analyze` on generated panels of 277, 2,851,
/// 100,000 and 1,000,000 units (15 years, 12 indicators, 4 groups), and reports the median
/// wall time over repeated runs and the peak memory. Each size runs in its own process, so
/// the peak memory is that size's.
///
///     resilience-bench                         # all sizes
///     resilience-bench --sizes 277,2851 --repeats 5
///     resilience-bench --serial                # decompose years on one core
///     resilience-bench --csv 100000            # time the real `resilience analyze` on a generated CSV
///     resilience-bench --write-csv 610000 big.csv   # write a generated panel (about 1 GB) as CSV
///     resilience-bench --in-memory 1000000 --serial   # the pipeline stages alone, no file I/O, one core
///     resilience-bench --decompose 1000000     # one year, 4 groups, 3 sources: full decomposition on one core
///     resilience-bench --write-decompose-csv 1000000 one-year.csv   # that cross-section as CSV (for decompose)
///     resilience-bench --read-csv big.csv      # CSV reading alone, in MB/s (study columns)
@main
enum BenchmarkCommand {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        func value(_ name: String) -> String? {
            arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        let sizes = (value("--sizes") ?? "277,2851,100000,1000000").split(separator: ",").compactMap { Int($0) }
        let serial = arguments.contains("--serial")
        if let units = value("--child").flatMap(Int.init) {
            await StageBenchmark.runChild(units: units, repeats: Int(value("--repeats") ?? "") ?? 5, serial: serial)
            return
        }
        if let units = value("--write-csv").flatMap(Int.init), let index = arguments.firstIndex(of: "--write-csv"),
           index + 2 < arguments.count {
            EndToEndBenchmark.writeCSV(units: units, to: arguments[index + 2])
            return
        }
        if let units = value("--in-memory").flatMap(Int.init) {
            await InMemoryBenchmark.run(units: units, repeats: Int(value("--repeats") ?? "") ?? 3, serial: serial)
            return
        }
        if let units = value("--decompose").flatMap(Int.init) {
            DecomposeBenchmark.run(units: units, repeats: Int(value("--repeats") ?? "") ?? 5)
            return
        }
        if let units = value("--write-decompose-csv").flatMap(Int.init), let index = arguments.firstIndex(of: "--write-decompose-csv"),
           index + 2 < arguments.count {
            DecomposeBenchmark.writeCSV(units: units, to: arguments[index + 2])
            return
        }
        if let path = value("--read-csv") {
            ReadBenchmark.run(path: path, repeats: Int(value("--repeats") ?? "") ?? 5)
            return
        }
        if let units = value("--csv").flatMap(Int.init) {
            EndToEndBenchmark.run(units: units, repeats: Int(value("--repeats") ?? "") ?? 3)
            return
        }
        if arguments.contains("--help") || arguments.contains("-h") {
            print("usage: resilience-bench [--sizes 277,2851,100000,1000000] [--repeats N] [--serial] | --csv UNITS [--repeats N] | --write-csv UNITS FILE | --in-memory UNITS [--serial] [--repeats N] | --decompose UNITS [--repeats N] | --write-decompose-csv UNITS FILE | --read-csv FILE [--repeats N]")
            return
        }
        print("resilience-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, decomposition \(serial ? "serial (one core)" : "parallel over years")")
        print("median wall time over repeated runs, seconds; peak memory of the process (VmHWM)")
        print("")
        print(StageBenchmark.header)
        for units in sizes {
            let repeats = Int(value("--repeats") ?? "") ?? (units >= 1_000_000 ? 3 : units >= 100_000 ? 3 : 7)
            var childArguments = ["--child", String(units), "--repeats", String(repeats)]
            if serial { childArguments.append("--serial") }
            let outcome = ChildProcess.run(executable: CommandLine.arguments[0], arguments: childArguments)
            print(outcome.output.trimmingCharacters(in: .newlines))
            if outcome.status != 0 { print("  (size \(units) failed with status \(outcome.status))") }
        }
    }
}
