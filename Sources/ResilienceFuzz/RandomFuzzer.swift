import Foundation
import PanelData

/// A small mutation fuzzer for machines without libFuzzer: random byte strings and
/// mutations (flip, insert, delete, splice, duplicate a line) of seed files, each input
/// written to `fuzz-last-input.bin` before it runs, so a crash leaves it behind. The
/// generator's seed is `RESILIENCE_FUZZ_SEED` when set, else the clock; it is printed, so
/// that a run can be repeated exactly.
enum RandomFuzzer {
    static func run(seconds: Double, seeds: [Data]) {
        let seed = ProcessInfo.processInfo.environment["RESILIENCE_FUZZ_SEED"].flatMap { UInt64($0) }
            ?? UInt64(Date().timeIntervalSince1970)
        print("resilience-fuzz: seed \(seed) (RESILIENCE_FUZZ_SEED=\(seed) repeats this run)")
        var generator = SplitMixGenerator(seed: seed)
        let deadline = Date().addingTimeInterval(seconds)
        var count = 0
        let tokens: [[UInt8]] = [",", "\"", "\n", "\r\n", "NA", "1e999", "-inf", "2019年", "1,234.5", "12%", "\u{FEFF}",
                                 ":", "- ", "{", "[", "#", "\t", "\u{0}", "\u{7}", "year", "region", "dimensions"]
            .map { Array($0.utf8) }
        while Date() < deadline {
            var bytes: [UInt8]
            if generator.next() % 4 == 0 {
                bytes = (0..<Int(generator.next() % 200)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            } else {
                bytes = [UInt8](seeds[Int(generator.next() % UInt64(seeds.count))])
                for _ in 0..<(1 + Int(generator.next() % 8)) {
                    let position = bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count + 1))
                    switch generator.next() % 5 {
                    case 0 where position < bytes.count: bytes[position] = UInt8(truncatingIfNeeded: generator.next())
                    case 1: bytes.insert(contentsOf: tokens[Int(generator.next() % UInt64(tokens.count))], at: position)
                    case 2 where position < bytes.count:
                        bytes.removeSubrange(position..<min(bytes.count, position + Int(generator.next() % 16)))
                    case 3 where !bytes.isEmpty:
                        let start = Int(generator.next() % UInt64(bytes.count))
                        bytes.insert(contentsOf: bytes[start..<min(bytes.count, start + 40)], at: position)
                    default: bytes.insert(UInt8(truncatingIfNeeded: generator.next()), at: position)
                    }
                }
            }
            let input = Data([UInt8(truncatingIfNeeded: generator.next())] + bytes)
            // Kept on disk while it runs, so that a crash leaves the input behind (best effort).
            _ = FileManager.default.createFile(atPath: "fuzz-last-input.bin", contents: input)
            FuzzTarget.run(input)
            count += 1
        }
        try? FileManager.default.removeItem(atPath: "fuzz-last-input.bin")
        print("resilience-fuzz: \(count) inputs in \(Int(seconds)) s, no crash, no disagreement")
    }
}
