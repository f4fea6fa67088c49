/// Lines a row's items (indicators, groups, metrics) up with a comparison's columns.
public enum ItemsById {
    /// Each id's first item with that id, in the ids' order; nil for an id no item has. The ids are columns, so
    /// none repeats.
    // Inlinable: a generic across modules otherwise runs unspecialised, through its closure and type metadata.
    @inlinable
    public static func first<Item>(_ ids: [String], in items: [Item], id: (Item) -> String) -> [Item?] {
        // A row of the rubric version the columns came from lists its items in the columns' order: then the items
        // pair with the ids one to one, and no table of ids is needed.
        if items.count == ids.count, zip(ids, items).allSatisfy({ $0.0 == id($0.1) }) { return items }
        // Else each id's first item, looked up once rather than searched for per column.
        let byId = Dictionary(items.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        return ids.map { byId[$0] }
    }
}
