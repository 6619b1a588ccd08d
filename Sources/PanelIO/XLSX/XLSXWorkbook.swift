import Foundation
import PanelData
import ZIPFoundation

/// An Excel workbook (`.xlsx`, Office Open XML SpreadsheetML, ECMA-376) opened for
/// reading: the ZIP container by weichsel/ZIPFoundation, the XML parts by Foundation's
/// `XMLParser`.
///
/// Opening reads the package relationships (`_rels/.rels`) to find the workbook part,
/// the workbook (`xl/workbook.xml`) for the sheet names in tab order, its relationships
/// for each sheet's part, and the shared-string table. A sheet's cells are read when
/// asked for (``sheet(named:)``), so a workbook with many sheets costs only the sheets
/// used. Chart sheets and dialog sheets are listed by name but cannot be read as cells.
///
/// Every problem is a ``Diagnostic`` naming the file (and the sheet and cell when there
/// is one).
public final class XLSXWorkbook {
    /// A sheet as the workbook lists it.
    public struct SheetEntry: Sendable, Hashable {
        public var name: String
        /// The part inside the ZIP file, e.g. `xl/worksheets/sheet1.xml`; nil when the
        /// relationship is missing.
        public var part: String?
        /// False for chart sheets and dialog sheets.
        public var isWorksheet: Bool
        /// `visible`, `hidden` or `veryHidden`.
        public var state: String
    }

    /// The file as the user named it.
    public let file: String
    /// The sheets in tab order.
    public let sheets: [SheetEntry]
    /// The shared-string table (`xl/sharedStrings.xml`), empty when there is none.
    let sharedStrings: [String]
    private let archive: Archive

    /// Opens the workbook at `path`.
    public init(path: String) throws(Diagnostic) {
        file = path
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw Diagnostic(file: path, line: 1, column: 1,
                             problem: exists ? "the file is not an .xlsx workbook (not a ZIP archive)" : "cannot read the data file",
                             hint: exists ? "save it from Excel or LibreOffice as \"Excel 2007-365 (.xlsx)\"; .xls and .ods are not read"
                                          : "check that the path is right and the file is readable")
        }
        self.archive = archive
        let packageRelations = try Self.relationships(in: archive, part: "_rels/.rels", file: path)
        let workbookPart = packageRelations.first { $0.type.hasSuffix("/officeDocument") }
            .map { Self.resolve($0.target, from: "") } ?? "xl/workbook.xml"
        guard let workbookData = try Self.data(in: archive, part: workbookPart, file: path) else {
            throw Diagnostic(file: path, line: 1, column: 1,
                             problem: "the file is a ZIP archive but has no workbook part (\(workbookPart))",
                             hint: "save it from Excel or LibreOffice as \"Excel 2007-365 (.xlsx)\"")
        }
        let listing = WorkbookHandler()
        try Self.parse(workbookData, part: workbookPart, file: path, handler: listing)
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let relationsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/"
            + (workbookPart.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        let relations = try Self.relationships(in: archive, part: relationsPart, file: path)
        var byID: [String: Relationship] = [:]
        for relation in relations { byID[relation.id] = relation }
        sheets = listing.sheets.map { sheet in
            let relation = byID[sheet.relationship]
            return SheetEntry(name: sheet.name, part: relation.map { Self.resolve($0.target, from: folder) },
                              isWorksheet: relation?.type.hasSuffix("/worksheet") ?? true, state: sheet.state)
        }
        var strings: [String] = []
        if let relation = relations.first(where: { $0.type.hasSuffix("/sharedStrings") }) {
            let part = Self.resolve(relation.target, from: folder)
            if let data = try Self.data(in: archive, part: part, file: path) {
                let handler = SharedStringsHandler()
                try Self.parse(data, part: part, file: path, handler: handler)
                strings = handler.strings
            }
        }
        sharedStrings = strings
    }

    /// The names of the sheets in tab order.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Reads the cells of the sheet named `name` (exactly, as in the tab).
    public func sheet(named name: String) throws(Diagnostic) -> XLSXSheet {
        guard let entry = sheets.first(where: { $0.name == name }) else {
            let near = sheets.first { $0.name.lowercased() == name.lowercased() }
                ?? sheets.min { editDistance($0.name, name) < editDistance($1.name, name) }.flatMap {
                    editDistance($0.name, name) <= 2 ? $0 : nil
                }
            let suggestion = near.map { "did you mean `\($0.name)`? " } ?? ""
            throw Diagnostic(file: file, line: 1, column: 1, problem: "the workbook has no sheet named `\(name)`", found: name,
                             hint: "\(suggestion)its sheets are: \(Self.list(sheetNames))")
        }
        guard entry.isWorksheet, let part = entry.part else {
            throw Diagnostic(file: file, line: 1, column: 1, cell: XLSXCellReference.sheetPrefix(name),
                             problem: "sheet `\(name)` is not a worksheet (a chart or dialog sheet has no cells)",
                             hint: "choose a sheet that holds the table")
        }
        guard let data = try Self.data(in: archive, part: part, file: file) else {
            throw Diagnostic(file: file, line: 1, column: 1, cell: XLSXCellReference.sheetPrefix(name),
                             problem: "the part of sheet `\(name)` (\(part)) is missing from the workbook",
                             hint: "open the file in Excel or LibreOffice and save it again")
        }
        let handler = SheetHandler(sharedStrings: sharedStrings)
        try Self.parse(data, part: part, file: file, handler: handler)
        if let problem = handler.problem {
            throw Diagnostic(file: file, line: problem.row, column: problem.column,
                             cell: XLSXCellReference(row: problem.row, column: problem.column).qualified(bySheet: name),
                             problem: problem.text, found: problem.found,
                             hint: "open the file in Excel or LibreOffice and save it again")
        }
        return XLSXSheet(name: name, rows: handler.finishedRows())
    }

    /// Names in backticks, at most 20.
    static func list(_ names: [String]) -> String {
        let shown = names.prefix(20).map { "`\($0)`" }.joined(separator: ", ")
        return names.count > 20 ? shown + ", ..." : shown
    }

    // MARK: - Parts

    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The bytes of `part`, or nil when the archive has no such entry.
    static func data(in archive: Archive, part: String, file: String) throws(Diagnostic) -> Data? {
        let entry = archive[part] ?? archive.first { $0.path.lowercased() == part.lowercased() }
        guard let entry else { return nil }
        var data = Data()
        data.reserveCapacity(Int(clamping: entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, consumer: { data.append($0) })
        } catch {
            throw Diagnostic(file: file, line: 1, column: 1,
                             problem: "the workbook is damaged: part \(part) cannot be decompressed (\(error))",
                             hint: "open the file in Excel or LibreOffice and save it again")
        }
        return data
    }

    static func parse(_ data: Data, part: String, file: String, handler: some XMLEventHandler) throws(Diagnostic) {
        do {
            try XMLEventReader.parse(data, handler: handler)
        } catch {
            throw Diagnostic(file: file, line: 1, column: 1,
                             problem: "the workbook is damaged: part \(part) is not well-formed XML at its line \(error.line) (\(error.message))",
                             hint: "open the file in Excel or LibreOffice and save it again")
        }
    }

    static func relationships(in archive: Archive, part: String, file: String) throws(Diagnostic) -> [Relationship] {
        guard let data = try data(in: archive, part: part, file: file) else { return [] }
        let handler = RelationshipsHandler()
        try parse(data, part: part, file: file, handler: handler)
        return handler.relationships
    }

    /// A relationship target resolved against the folder of the part that names it:
    /// `worksheets/sheet1.xml` from `xl` is `xl/worksheets/sheet1.xml`; `/xl/...` is
    /// absolute; `..` steps up.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}

// MARK: - Handlers of the small parts

private final class RelationshipsHandler: XMLEventHandler {
    var relationships: [XLSXWorkbook.Relationship] = []

    func start(_ name: String, attributes: [String: String]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        if attributes["TargetMode"] == "External" { return }
        relationships.append(.init(id: id, type: attributes["Type"] ?? "", target: target))
    }

    func end(_ name: String) {}
    func text(_ text: String) {}
}

private final class WorkbookHandler: XMLEventHandler {
    var sheets: [(name: String, relationship: String, state: String)] = []

    func start(_ name: String, attributes: [String: String]) {
        guard name == "sheet", let sheetName = attributes["name"] else { return }
        sheets.append((OOXMLText.unescaped(sheetName), XMLEventReader.attribute("id", in: attributes) ?? "",
                       attributes["state"] ?? "visible"))
    }

    func end(_ name: String) {}
    func text(_ text: String) {}
}

/// `<sst><si><t>text</t></si><si><r><t>rich</t></r><r><t> text</t></r></si>...`: the text
/// of each item is its `<t>` pieces joined; phonetic runs (`<rPh>`) are left out.
private final class SharedStringsHandler: XMLEventHandler {
    var strings: [String] = []
    private var current = ""
    private var inItem = false, inText = false, phoneticDepth = 0

    func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "si": inItem = true; current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    func end(_ name: String) {
        switch name {
        case "si": strings.append(OOXMLText.unescaped(current)); inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func text(_ text: String) {
        if inText { current += text }
    }
}
