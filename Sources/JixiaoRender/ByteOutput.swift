/// Somewhere bytes are appended: a ``ByteBuffer``, or an Array for the writers that keep one. A writer of fields
/// (``CSVWriter``) serves both through it, with one copy of its rules.
protocol ByteOutput: ~Copyable {
    mutating func append(_ byte: UInt8)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension ByteBuffer: ByteOutput {}

extension Array: ByteOutput where Element == UInt8 {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(contentsOf: bytes)
    }
}
