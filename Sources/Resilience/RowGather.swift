/// Copies the values of a column at lists of rows (consecutive years' rows of a
/// unit-major panel), through unsafe buffers so that the loop has no bounds checks or
/// reference counting; the rows come from the panel itself, so they are in range by
/// construction (checked in debug builds). Complexity: O(rows).
enum RowGather {
    /// `buffers[l][i] = column[rowLists[l][i]]`, each buffer as long as its list (its old
    /// contents overwritten). The lists are gathered together in blocks of positions: for
    /// consecutive years of a unit-major panel, a unit's rows sit next to each other, so
    /// each block of the column is read from memory once for all the lists instead of
    /// once per list.
    static func values<Element: BitwiseCopyable>(_ column: [Element], atEach rowLists: [[Int]],
                                                 into buffers: consuming [[Element]]) -> [[Element]] {
        assert(rowLists.allSatisfy { $0.allSatisfy { column.indices.contains($0) } })
        precondition(buffers.count == rowLists.count && zip(buffers, rowLists).allSatisfy { $0.count == $1.count },
                     "one buffer per row list, as long as the list")
        var outputs = buffers
        let longest = rowLists.map(\.count).max() ?? 0
        let blockSize = 2048
        column.withUnsafeBufferPointer { source in
            for blockStart in stride(from: 0, to: longest, by: blockSize) {
                for (list, rows) in rowLists.enumerated() where blockStart < rows.count {
                    rows.withUnsafeBufferPointer { rows in
                        outputs[list].withUnsafeMutableBufferPointer { target in
                            for index in blockStart..<min(blockStart + blockSize, rows.count) {
                                target[index] = source[rows[index]]
                            }
                        }
                    }
                }
            }
        }
        return outputs
    }
}
