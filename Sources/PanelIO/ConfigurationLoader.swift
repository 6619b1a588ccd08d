import Foundation
import PanelData
import Yams

/// Reads a configuration file (FORMATS.md) in YAML (`.yaml`, `.yml`) or JSON (`.json`).
///
/// Every problem is reported with the file, line and column of the offending node and
/// the key path (`dimensions[0].indicators[2].direction`); all problems of a file are
/// reported together (up to ``DiagnosticList/limit``). Unknown keys are errors, so a typo
/// is caught rather than ignored.
public enum ConfigurationLoader {
    /// Loads and validates the configuration at `path`.
    public static func load(path: String) throws -> AnalysisConfiguration {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Diagnostic(file: path, line: 1, column: 1, problem: "cannot read the configuration file",
                             hint: "check that the path is right and the file is readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(file: path, line: 1, column: 1, problem: "the configuration file is not UTF-8 text",
                             hint: "save it as UTF-8")
        }
        let ext = url.pathExtension.lowercased()
        guard ["yaml", "yml", "json"].contains(ext) else {
            throw Diagnostic(file: path, line: 1, column: 1,
                             problem: "unknown configuration format", found: ext.isEmpty ? "no extension" : ".\(ext)",
                             hint: "name the file .yaml, .yml or .json")
        }
        return try parse(text: text, file: path, isJSON: ext == "json")
    }

    /// Parses configuration text; `file` is used in messages only.
    public static func parse(text: String, file: String, isJSON: Bool = false) throws -> AnalysisConfiguration {
        if isJSON {
            do {
                _ = try JSONSerialization.jsonObject(with: Data(text.utf8))
            } catch {
                let (line, column) = jsonErrorOffset(error).map { lineAndColumn(in: text, utf8Offset: $0) } ?? (1, 1)
                throw Diagnostic(file: file, line: line, column: column, problem: "invalid JSON",
                                 hint: "check the brackets, commas and quotes near this place")
            }
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw diagnostic(for: error, file: file)
        }
        guard let root else {
            throw Diagnostic(file: file, line: 1, column: 1, problem: "the configuration file is empty",
                             hint: "start from `resilience init-config > config.yaml`")
        }
        var reader = ConfigurationReader(file: file)
        let configuration = reader.configuration(from: root)
        if !reader.diagnostics.isEmpty || configuration == nil {
            throw DiagnosticList(reader.diagnostics)
        }
        return configuration!  // non-nil: checked just above
    }

    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _):
            return Diagnostic(file: file, line: mark.line, column: mark.column,
                              problem: "invalid YAML: \(problem)", hint: "check the indentation and quoting here")
        case let .reader(problem, offset, _, yaml):
            let (line, column) = offset.map { lineAndColumn(in: yaml, utf8Offset: $0) } ?? (1, 1)
            return Diagnostic(file: file, line: line, column: column, problem: "invalid YAML: \(problem)",
                              hint: "remove control characters and save the file as UTF-8 text")
        case let .composer(_, problem, mark, _):
            return Diagnostic(file: file, line: mark.line, column: mark.column,
                              problem: "invalid YAML: \(problem)", hint: "check the file's structure here")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(file: file, line: context.mark.line, column: context.mark.column,
                              problem: "a key appears twice", found: duplicates.joined(separator: ", "),
                              hint: "keep one of them")
        default:
            return Diagnostic(file: file, line: 1, column: 1, problem: "invalid YAML: \(error)",
                              hint: "check the file's syntax")
        }
    }

    /// The byte offset of a JSON syntax error: Foundation gives it as
    /// `NSJSONSerializationErrorIndex` on Apple platforms and only in the message
    /// ("... around character 26.") on Linux.
    static func jsonErrorOffset(_ error: Error) -> Int? {
        let info = (error as NSError).userInfo
        if let index = info["NSJSONSerializationErrorIndex"] as? Int { return index }
        let message = (info[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        guard let range = message.range(of: "character ") else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isNumber })
    }

    static func lineAndColumn(in text: String, utf8Offset: Int) -> (Int, Int) {
        var line = 1, column = 1
        for byte in text.utf8.prefix(utf8Offset) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
