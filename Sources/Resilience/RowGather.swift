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
}
