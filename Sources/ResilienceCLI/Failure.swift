import ArgumentParser
import Foundation
import PanelData
import Resilience

/// Prints an error in the one message shape and exits with the documented code:
/// 1 bad input, 3 internal error. (2, usage, is argument-parser's own.)
enum Failure {
    static func exit(_ error: Error) -> Never {
        let message: String
        var code: Int32 = 1
        switch error {
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

/// Writes to standard output without buffering surprises.
enum Console {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
