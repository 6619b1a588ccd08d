extension Array {
    /// Exactly `count` elements: the old values where the array was long enough,
    /// `filler` after them; the storage is kept when it is large enough. O(count) only
    /// when the array grows.
    mutating func resize(to count: Int, filler: Element) {
        if self.count > count {
            removeLast(self.count - count)
        } else if self.count < count {
            append(contentsOf: repeatElement(filler, count: count - self.count))
        }
    }
}
