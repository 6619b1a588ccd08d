/// Copies the values of a column at a list of rows (one year's rows of a unit-major
/// panel), through unsafe buffers so that the loop has no bounds checks or reference
/// counting; the rows come from the panel itself, so they are in range by construction
/// (checked once per call in debug builds). Complexity: O(rows).
enum RowGather {
    static func values<Element>(_ column: [Element], at rows: [Int]) -> [Element] {
        assert(rows.allSatisfy { column.indices.contains($0) })
        return column.withUnsafeBufferPointer { source in
            rows.withUnsafeBufferPointer { rows in
                [Element](unsafeUninitializedCapacity: rows.count) { out, count in
                    for index in 0..<rows.count { out.initializeElement(at: index, to: source[rows[index]]) }
                    count = rows.count
                }
            }
        }
    }

    /// The values of a column at each of several row lists, gathered together in blocks
    /// of positions: for consecutive years of a unit-major panel, a unit's rows sit next
    /// to each other, so each block of the column is read from memory once for all the
    /// lists instead of once per list. The same values as ``values(_:at:)`` per list.
    static func values<Element: Numeric & BitwiseCopyable>(_ column: [Element], atEach rowLists: [[Int]]) -> [[Element]] {
        if rowLists.count == 1 { return [values(column, at: rowLists[0])] }
        assert(rowLists.allSatisfy { $0.allSatisfy { column.indices.contains($0) } })
        var outputs = rowLists.map { [Element](repeating: .zero, count: $0.count) }
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
