import Foundation
import PanelData

/// Writes a run's files into a temporary folder beside the destination and moves it into
/// place only when everything succeeded, so no half-written output folder ever exists.
///
/// The folder carries a marker file (``markerName``). An existing destination that
/// carries it (an earlier run's output) is replaced; any other existing path is replaced
/// only with `--force`, and otherwise refused before any work is done. A failed run
/// leaves an earlier output untouched.
struct OutputFolder {
    static let markerName = ".resilience-output"

    let destination: URL
    let staging: URL

    /// Checks the destination and creates the staging folder.
    init(path: String, force: Bool) throws {
        destination = URL(fileURLWithPath: path).standardizedFileURL
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: destination.path, isDirectory: &isDirectory) {
            let isOurs = isDirectory.boolValue
                && manager.fileExists(atPath: destination.appendingPathComponent(Self.markerName).path)
            if !isOurs && !force {
                throw Diagnostic(file: path, line: 1, column: 1,
                                 problem: "the output path exists and was not written by resilience",
                                 hint: "choose another --out, or add --force to replace it")
            }
        }
        let parent = destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(destination.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw Diagnostic(file: path, line: 1, column: 1, problem: "cannot create the output folder (\(error.localizedDescription))",
                             hint: "check that the parent folder exists and is writable")
        }
    }

    /// Writes a whole file.
    func write(_ name: String, _ text: String) throws {
        try write(name) { sink in try sink(text) }
    }

    /// Streams a file: `body` calls the sink with successive chunks.
    func write(_ name: String, _ body: (@escaping (String) throws -> Void) throws -> Void) throws {
        let url = staging.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: url) else {
            throw Diagnostic(file: destination.path, line: 1, column: 1, problem: "cannot write \(name)",
                             hint: "check the disk space and permissions of the output folder")
        }
        defer { try? handle.close() }
        try body { chunk in try handle.write(contentsOf: Data(chunk.utf8)) }
    }

    /// Moves the staging folder into place, replacing an earlier output.
    func commit() throws {
        let manager = FileManager.default
        try write(Self.markerName, "This folder was written by `resilience`; a later run may replace it.\n")
        let backup = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            if manager.fileExists(atPath: destination.path) {
                try manager.moveItem(at: destination, to: backup)
            }
            try manager.moveItem(at: staging, to: destination)
            try? manager.removeItem(at: backup)
        } catch {
            if !manager.fileExists(atPath: destination.path), manager.fileExists(atPath: backup.path) {
                try? manager.moveItem(at: backup, to: destination)
            }
            throw Diagnostic(file: destination.path, line: 1, column: 1, problem: "cannot move the output into place (\(error.localizedDescription))",
                             hint: "check the permissions of the output folder's parent")
        }
    }

    /// Removes the staging folder after a failure.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
