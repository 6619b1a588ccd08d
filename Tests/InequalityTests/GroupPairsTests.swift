import Inequality
import Testing

/// Pairs of groups in the order of the pair keys "A|B" (FORMATS.md).
@Suite("Group pairs")
struct GroupPairsTests {
    @Test("pairs run (0,1), (0,2), ..., (1,2), ...")
    func order() {
        let pairs = GroupPairs.pairs(groupCount: 4)
        #expect(pairs.map(\.0) == [0, 0, 0, 1, 1, 2])
        #expect(pairs.map(\.1) == [1, 2, 3, 2, 3, 3])
    }

    @Test("one group or none has no pairs")
    func noPairs() {
        #expect(GroupPairs.pairs(groupCount: 1).isEmpty)
        #expect(GroupPairs.pairs(groupCount: 0).isEmpty)
    }

    @Test("index(of:) finds each pair, in either order", arguments: 1...7)
    func index(groupCount: Int) {
        let pairs = GroupPairs.pairs(groupCount: groupCount)
        #expect(pairs.count == groupCount * (groupCount - 1) / 2)
        for (position, (first, second)) in pairs.enumerated() {
            #expect(GroupPairs.index(of: first, second, groupCount: groupCount) == position)
            #expect(GroupPairs.index(of: second, first, groupCount: groupCount) == position)
        }
        #expect(GroupPairs.index(of: 0, 0, groupCount: groupCount) == nil)
        #expect(GroupPairs.index(of: 0, groupCount, groupCount: groupCount) == nil)
    }
}
