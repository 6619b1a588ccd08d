import Foundation
import PanelData
import PanelIO

/// Times reading one CSV file with the study's configuration, in two parts: splitting the
/// records alone (``ByteCSVReader``) and the whole read into a panel
/// (``LongPanelReader``), as the median over repeated runs and as MB/s.
enum ReadBenchmark {
    static func run(path: String, repeats: Int) {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let megabytes = Double(bytes) / 1e6
        var scanTimes: [Double] = [], readTimes: [Double] = []
        var records = 0, rows = 0
        do {
            for _ in 0..<repeats {
                let clock = ContinuousClock()
                let start = clock.now
                let reader = try ByteCSVReader(path: path, file: path)
                records = 0
                try reader.forEachRecord { record, _ in
                    records += record.count > 0 ? 1 : 0
                    return true
                }
                let scanned = clock.now
                rows = try LongPanelReader.readCSV(path: path, configuration: .study).panel.rowCount
                let read = clock.now
                scanTimes.append(StageBenchmark.seconds(scanned - start))
                readTimes.append(StageBenchmark.seconds(read - scanned))
            }
        } catch {
            print("read-csv: \(error)")
            return
        }
        let scan = StageBenchmark.median(scanTimes), read = StageBenchmark.median(readTimes)
        print(String(format: "%@: %.1f MB, %d records, %d panel rows; median of %d runs", path, megabytes, records, rows, repeats))
        print(String(format: "  split records only  %.3f s  %6.1f MB/s", scan, megabytes / scan))
        print(String(format: "  read into a panel   %.3f s  %6.1f MB/s", read, megabytes / read))
    }
}
