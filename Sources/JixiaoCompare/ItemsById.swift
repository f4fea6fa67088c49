/// Lines a row's items (indicators, groups, metrics) up with a comparison's columns.
public enum ItemsById {
    /// Each id's first item with that id, in the ids' order; nil for an id no item has. The ids are columns, so
    /// none repeats.
    // Inlinable: a generic across modules otherwise runs unspecialised, through its closure and type metadata.
    @inlinable
    public static func first<Item>(_ ids: [String], in items: [Item], id: (Item) -> String) -> Paired<Item> {
        // A row of the rubric version the columns came from lists its items in the columns' order: then the items
        // pair with the ids one to one, and neither a table of ids nor a copy of the items is needed.
        if pairOneToOne(ids, items, id: id) { return Paired(items: items, positions: nil) }
        // Else each id's first item, looked up once rather than searched for per column.
        var byId: [String: Int] = [:]
        for index in items.indices where byId[id(items[index])] == nil { byId[id(items[index])] = index }
        return Paired(items: items, positions: ids.map { byId[$0] })
    }

    /// Whether the items are the ids' items in the ids' order, one each.
    @inlinable
    public static func pairOneToOne<Item>(_ ids: [String], _ items: [Item], id: (Item) -> String) -> Bool {
        items.count == ids.count && !ids.indices.contains { ids[$0] != id(items[$0]) }
    }

    /// The items for a list of ids, one per id: a view of the items themselves, so that pairing them one to one
    /// copies none of them.
    public struct Paired<Item>: RandomAccessCollection {
        @usableFromInline let items: [Item]
        /// Each id's item's position in `items`; nil when the items pair with the ids one to one.
        @usableFromInline let positions: [Int?]?

        @inlinable
        init(items: [Item], positions: [Int?]?) {
            self.items = items
            self.positions = positions
        }

        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { positions?.count ?? items.count }

        /// Where the item for the id at `index` sits in the items, nil when no item has that id: for reading the
        /// item in place, where the subscript hands out a copy of it.
        @inlinable
        public func position(at index: Int) -> Int? {
            guard let positions else { return index }
            return positions[index]
        }

        @inlinable
        public subscript(index: Int) -> Item? {
            guard let positions else { return items[index] }
            return positions[index].map { items[$0] }
        }
    }
}
