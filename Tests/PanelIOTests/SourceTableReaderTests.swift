import Foundation
import PanelData
import PanelIO
import Testing

/// The input of `resilience decompose`: a group per row, source columns, optional year.
@Suite("Source table reader")
struct SourceTableReaderTests {
    let text = "id,grp,yr,wage,transfer\n1,Urban,2019,10,2\n2,Rural,2019,5.5,1\n3,Urban,2020,7,0\n"

    func read(_ text: String, groupOrder: [String]? = ["Rural", "Urban"], year: String? = "yr") throws -> SourceTable {
        let folder = try TempFolder()
        return try SourceTableReader.readCSV(path: folder.write("households.csv", text), groupColumn: "grp",
                                             sourceColumns: ["wage", "transfer"], yearColumn: year, groupOrder: groupOrder)
    }

    @Test("rows, groups in the given order, sources, years and lines")
    func basics() throws {
        let table = try read(text)
        #expect(table.groups == ["Rural", "Urban"])
        #expect(table.rowGroup == [1, 0, 1])
        #expect(table.rowYear == [2019, 2019, 2020])
        #expect(table.sources == [[10, 5.5, 7], [2, 1, 0]])
        #expect(table.rowLines == [2, 3, 4])
        #expect(table.yearColumn == 3)
        #expect(table.encoding == "UTF-8")
    }

    @Test("without a group order, groups follow first appearance; without a year column, no years")
    func defaults() throws {
        let table = try read(text, groupOrder: nil, year: nil)
        #expect(table.groups == ["Urban", "Rural"])
        #expect(table.rowGroup == [0, 1, 0])
        #expect(table.rowYear == nil)
        #expect(table.yearColumn == nil)
    }

    /// There is no imputation in decompose: a missing source is an error at its cell.
    @Test("bad rows are reported at their line and column, together",
          arguments: [
              ("id,grp,yr,wage,transfer\n1,Urban,2019,,2\n", [Place(2, 4)], "source `wage` is missing"),
              ("id,grp,yr,wage,transfer\n1,Urban,2019,1,x\n", [Place(2, 5)], "not a number in `transfer`"),
              ("id,grp,yr,wage,transfer\n1,Urban,2019,inf,1\n", [Place(2, 4)], "infinite value in `wage`"),
              ("id,grp,yr,wage,transfer\n1,Town,2019,1,1\n", [Place(2, 2)], "group `Town` is not in --groups"),
              ("id,grp,yr,wage,transfer\n1,Urban,19.5,1,1\n", [Place(2, 3)], "the year is not an integer"),
              ("id,grp,yr,wage,transfer\n1,Urban,2019,,\n2,Rural,2019,1,1\n3,Urban,x,1,1\n",
               [Place(2, 4), Place(2, 5), Place(4, 3)], "source `wage` is missing"),
          ])
    func badRows(text: String, places: [Place], firstProblem: String) throws {
        let found = diagnostics { try read(text) }
        #expect(found.map(Place.init) == places, "\(found.map(\.description))")
        #expect(found.first?.problem == firstProblem)
    }

    /// As in the long reader: a short row is reported at its first missing field (5), a
    /// long one at its first extra field (6).
    @Test("rows with too few or too many fields",
          arguments: [("1,Urban,2019,1\n", Place(2, 5), 4), ("1,Urban,2019,1,2,3\n", Place(2, 6), 6)])
    func fieldCount(row: String, place: Place, fields: Int) throws {
        let found = try diagnostic { try read("id,grp,yr,wage,transfer\n" + row) }
        #expect(found.problem == "the row has \(fields) fields but the header has 5")
        if fields < 5 {
            #expect(Place(found) == place)
        } else {
            #expect(Place(found) == place)
        }
    }

    @Test("a missing column is named")
    func missingColumn() throws {
        let found = diagnostics { try read("id,grp,yr,wage\n1,Urban,2019,1\n") }
        #expect(found.map(\.problem) == ["column `transfer` (--sources) is not in the header"])
        #expect(found.map(Place.init) == [Place(1, 1)])
    }

    @Test("empty and header-only files")
    func empty() throws {
        #expect(try diagnostic { try read("") }.problem == "the data file is empty")
        let headerOnly = try diagnostic { try read("id,grp,yr,wage,transfer\n") }
        #expect(headerOnly.problem == "the data file has a header but no data rows")
        #expect(Place(headerOnly) == Place(2, 1))
    }
}
