/// A stack whose top elements are moved out at once into an array of exactly their number.
///
/// The tree builder pushes each collection's children here as it builds them and takes them when the collection
/// ends: an array grown one append at a time per collection cost a malloc, a copy and a free at every regrowth.
/// Elements are moved, never copied, so a child costs no retain or release on its way into its parent.
final class MoveStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// Elements on the stack; the next push goes at this position.
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        // Children of collections left open by an error.
        base.deinitialize(count: count)
        base.deallocate()
    }

    func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// The elements from position `start` to the top, read in place.
    func withElements<Result>(from start: Int, _ body: (UnsafeBufferPointer<Element>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// Moves the elements from position `start` to the top off the stack, in order.
    func popAll(from start: Int) -> [Element] {
        // Reserved and appended rather than `Array(unsafeUninitializedCapacity:)`, whose buffer is allocated by
        // an unspecialised call into the standard library that cost several times the malloc.
        var elements: [Element] = []
        elements.reserveCapacity(count - start)
        for position in start..<count { elements.append((base + position).move()) }
        count = start
        return elements
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
