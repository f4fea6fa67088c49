/// `batch --shard K/N`: the K-th of N disjoint shares of a batch's inputs, so that any job runner (GNU parallel,
/// a Kubernetes Job array) can spread one batch over machines without talking to the others.
///
/// A file belongs to shard `fmix64(fnv1a64(key)) mod N + 1`, where `key` is the UTF-8 of its path relative to the
/// batch argument it came from: its name inside a directory argument, its file name when given itself. The hash
/// is written out here rather than Swift's `Hasher`, which is seeded per process: the same file must land in the
/// same shard on every machine, every run and every jixiao version, or a re-run shard would score other files.
/// fmix64 (MurmurHash3's finalizer) spreads FNV-1a's low bits, which alone depend only on the bytes' low bits.
struct BatchShard: Equatable {
    /// 1-based.
    var index: Int
    var count: Int

    /// Parses `K/N` with 1 ≤ K ≤ N; nil for anything else.
    init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let index = Int(parts[0]), let count = Int(parts[1]), 1 <= index, index <= count
        else { return nil }
        self.index = index
        self.count = count
    }

    func takes(key: String) -> Bool {
        Int(Self.hash(key) % UInt64(count)) + 1 == index
    }

    static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 // FNV-1a 64 offset basis
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 // FNV 64 prime
        }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return hash
    }
}
