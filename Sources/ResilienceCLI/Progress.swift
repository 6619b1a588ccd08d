import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal and
/// not `--quiet`; silent otherwise. Thread-safe: replicates finish on several cores.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let label: String
    private let enabled: Bool
    private var done = 0
    private var lastDrawn = -1

    init(label: String, total: Int, quiet: Bool) {
        self.label = label
        self.total = max(total, 1)
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// One more item done.
    func advance() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let percent = done * 100 / total
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(done)/\(total)".utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
