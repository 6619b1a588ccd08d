import ArgumentParser
import Foundation
import PanelData
import Resilience

/// Prints an error in the one message shape and exits with the documented code:
/// 1 bad input, 2 usage error (a ``UsageError`` found after parsing; argument-parser's
/// own usage errors exit 2 too), 3 internal error.
enum Failure {
    static func exit(_ error: Error) -> Never {
        let message: String
        var code: Int32 = 1
        switch error {
        case let usage as UsageError:
            message = usage.description
            code = 2
        case let diagnostic as Diagnostic: message = diagnostic.description
        case let list as DiagnosticList: message = list.description
        case let analysis as AnalysisError:
            message = analysis.description
            if case .internal = analysis { code = 3 }
        default:
            message = "error: \(error); hint: check the input files"
        }
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(code)
    }
}

/// An option whose value is well-formed but does not fit the input (a year the panel
/// does not have), found only once the input is read:
///
///     error: --OPTION: what is wrong; hint: what to do
///
/// ``Failure/exit(_:)`` prints it and exits with code 2 (usage error).
struct UsageError: Error, CustomStringConvertible {
    /// The option, with its dashes (`--map-years`).
    var option: String
    var problem: String
    var hint: String

    var description: String {
        "error: \(option): \(Diagnostic.oneLine(problem)); hint: \(Diagnostic.oneLine(hint))"
    }
}

/// Writes to standard output without buffering surprises.
enum Console {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
