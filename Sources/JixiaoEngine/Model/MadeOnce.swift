import Foundation

/// A value a rubric works out the first time a submission needs it and keeps for the rest of the batch.
///
/// A rubric is shared by the threads of a batch, so the first of them to ask makes the value under a lock and the
/// others wait for it. The rubric drops the holder (and so the value) when what the value was made from changes.
final class MadeOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?

    /// The value, made by `make` on the first call.
    func value(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
