import Foundation

/// Files that the benchmark writes.
enum BenchFiles {
    /// An empty file at `path` (replacing any), open for writing.
    static func create(atPath path: String) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        return handle
    }
}
