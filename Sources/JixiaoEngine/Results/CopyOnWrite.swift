/// A value kept in one shared, reference-counted box and copied only when changed while shared.
///
/// For the results and statements that renderers and relations pass around by the thousand: copying one of them
/// copied a dozen strings and figures (a reference count each); copying the box is one.
struct CopyOnWrite<Value> {
    private final class Box {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        get { box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

// The box is never changed while shared (`value` copies it first), so it crosses threads as its value would.
extension CopyOnWrite: @unchecked Sendable where Value: Sendable {}
