import Foundation
import Testing
import TestSupport

/// The bad-input corpus (Tests/TestSupport/Fixtures/bad-input, written by
/// scripts/make-bad-input-corpus.py): each case's files, its command line (`args`) and the
/// exact message it must produce (`expected-stderr.txt`). Every case must exit with 1,
/// print exactly that message, and leave no output folder. `Tests/run-bad-input-corpus.sh`
/// does the same from the shell.
@Suite("bad-input corpus")
struct BadInputCorpusTests {
    static var cases: [String] {
        let root = Fixture.url("bad-input")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("the corpus has at least 40 cases")
    func size() {
        #expect(Self.cases.count >= 40)
    }

    @Test("exit 1, the exact message, no output folder", arguments: cases)
    func run(_ name: String) throws {
        let source = Fixture.url("bad-input/\(name)")
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        let arguments = try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected-stderr.txt"), encoding: .utf8)
        let outcome = try Binary.run(arguments, in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.standardError == expected)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }
}
