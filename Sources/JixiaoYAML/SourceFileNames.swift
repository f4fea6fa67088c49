import Foundation

/// Every file name a ``SourceLocation`` has named, each stored once and known by its number.
///
/// Names are told apart by their UTF-8 bytes, so a location gives back its file exactly as it was written.
/// The table only grows, by one name per file a process reads (a String and two table entries, some 150 bytes:
/// a batch of 10,000 files holds about 1.5 MB of names).
final class SourceFileNames: @unchecked Sendable {
    static let shared = SourceFileNames()

    /// Guards both tables: loaders on several threads name files at once.
    private let lock = NSLock()
    private var names: [String] = []
    private var numbers: [UTF8Key: Int] = [:]

    /// The number of `name`, given it on first sight.
    func number(of name: String) -> Int {
        lock.withLock {
            if let number = numbers[UTF8Key(name)] { return number }
            names.append(name)
            numbers[UTF8Key(name)] = names.count - 1
            return names.count - 1
        }
    }

    /// The name numbered `number`.
    func name(numbered number: Int) -> String {
        lock.withLock { names[number] }
    }
}
