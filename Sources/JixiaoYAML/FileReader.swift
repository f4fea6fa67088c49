#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file, or standard input, with POSIX calls and never holds more than the limit plus one
/// byte: a regular file is refused from its size before any byte is read, a pipe as soon as it has sent
/// one byte too many.
public enum FileReader {
    public enum Failure: Error, Sendable {
        /// `reason` is in Chinese, e.g. `文件不存在`.
        case unreadable(reason: String)
        /// `size` is the file's size, or for a stream the bytes read when it was refused (limit + 1).
        case tooLarge(size: Int)

        /// The message for a location line, e.g. `无法读取文件：文件不存在`.
        public func message(maxBytes: Int) -> String {
            switch self {
            case .unreadable(let reason): "无法读取文件：\(reason)"
            case .tooLarge(let size) where size == maxBytes + 1: "输入过大：超过上限 \(maxBytes) 字节"
            case .tooLarge(let size): "文件过大：\(size) 字节，上限 \(maxBytes) 字节"
            }
        }
    }

    public static func readAll(path: String, maxBytes: Int) -> Result<[UInt8], Failure> {
        let descriptor: Int32
        switch openForReading(path, refusingOver: maxBytes) {
        case .success(let opened): descriptor = opened
        case .failure(let failure): return .failure(failure)
        }
        defer { close(descriptor) }
        return readAll(descriptor: descriptor, maxBytes: maxBytes)
    }

    /// `path` opened for blocking reads, or why not: a directory, or a regular file over `maxBytes` (nil: any size).
    private static func openForReading(_ path: String, refusingOver maxBytes: Int?) -> Result<Int32, Failure> {
        var status = stat()
        // stat follows links, so a link loop or a missing target is named here, before open.
        guard stat(path, &status) == 0 else { return .failure(.unreadable(reason: reason(for: errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(.unreadable(reason: reason(for: EISDIR))) }
        if let maxBytes, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > maxBytes {
            return .failure(.tooLarge(size: Int(status.st_size)))
        }
        // Non-blocking open: a named pipe nobody writes to (say, x.yaml in a batch folder) would otherwise
        // block open(2) for ever. Reads then block as usual, and that pipe reads as empty.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.unreadable(reason: reason(for: errno))) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return .success(descriptor)
    }

    /// Reads a file a block at a time and calls `body` with each line's 1-based number and bytes (without the
    /// "\n"), so a file of any size can be read while only one line is held. A line longer than `maxLineBytes`
    /// comes as nil, its bytes skipped. Returns why the file could not be read, if it could not.
    public static func forEachLine(path: String, maxLineBytes: Int,
                                   _ body: (_ number: Int, _ line: ArraySlice<UInt8>?) -> Void) -> Failure? {
        let descriptor: Int32
        switch openForReading(path, refusingOver: nil) {
        case .success(let opened): descriptor = opened
        case .failure(let failure): return failure
        }
        defer { close(descriptor) }

        var pending: [UInt8] = []
        var number = 1
        // True while the rest of a line already found too long is being passed over.
        var skipping = false
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let readCount = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if readCount < 0 {
                if errno == EINTR { continue }
                return .unreadable(reason: reason(for: errno))
            }
            if readCount == 0 { break }
            var start = 0
            while start < readCount, let end = chunk[start..<readCount].firstIndex(of: UInt8(ascii: "\n")) {
                if skipping {
                    skipping = false
                } else if pending.count + (end - start) > maxLineBytes {
                    body(number, nil)
                } else if pending.isEmpty {
                    body(number, chunk[start..<end])
                } else {
                    pending.append(contentsOf: chunk[start..<end])
                    body(number, pending[...])
                }
                pending.removeAll(keepingCapacity: true)
                number += 1
                start = end + 1
            }
            guard start < readCount, !skipping else { continue }
            if pending.count + (readCount - start) > maxLineBytes {
                body(number, nil)
                pending.removeAll()
                skipping = true
            } else {
                pending.append(contentsOf: chunk[start..<readCount])
            }
        }
        if !pending.isEmpty { body(number, pending[...]) }
        return nil
    }

    /// Standard input, up to `maxBytes`.
    public static func readStandardInput(maxBytes: Int) -> Result<[UInt8], Failure> {
        readAll(descriptor: STDIN_FILENO, maxBytes: maxBytes)
    }

    /// Reads until end of file rather than trusting st_size (pipes and /proc files report 0), asking for at
    /// most one byte past the limit.
    private static func readAll(descriptor: Int32, maxBytes: Int) -> Result<[UInt8], Failure> {
        var status = stat()
        var expectedSize = 0
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
            if Int(status.st_size) > maxBytes { return .failure(.tooLarge(size: Int(status.st_size))) }
            expectedSize = Int(status.st_size)
        }
        // A regular file is read straight into an array of its size, plus the byte whose absence shows the end:
        // copying 64 KB chunks into a growing array cost more than the reads themselves.
        var failure: Failure?
        var bytes = [UInt8](unsafeUninitializedCapacity: expectedSize + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let readCount = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if readCount < 0 {
                    if errno == EINTR { continue }
                    failure = .unreadable(reason: reason(for: errno))
                    return
                }
                if readCount == 0 { return }
                count += readCount
            }
        }
        if let failure { return .failure(failure) }
        if bytes.count <= expectedSize { return .success(bytes) }
        // More than the size said: a stream, a /proc file, or a file still being written. The rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            if bytes.count > maxBytes { return .failure(.tooLarge(size: bytes.count)) }
            let wanted = min(chunk.count, maxBytes + 1 - bytes.count)
            let readCount = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if readCount < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason: reason(for: errno)))
            }
            if readCount == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<readCount])
        }
    }

    private static func reason(for code: Int32) -> String {
        switch code {
        case ENOENT: "文件不存在"
        case EACCES, EPERM: "没有读取权限"
        case EISDIR: "这是一个目录"
        case ELOOP: "符号链接循环（链接直接或间接指向自己）"
        case ENOTDIR: "路径中有一段不是目录"
        case ENAMETOOLONG: "路径过长"
        default: String(cString: strerror(code))
        }
    }
}
