import JixiaoExpression

/// The records of a list fact read from one submission, each field kept by its position among the list's declared
/// fields, record after record in one table.
///
/// A per-record check reads a few fields of every record by position; the tables by field name that metrics and
/// findings walk are made only for the lists they ask for.
struct FactRecords {
    /// The list's declared fields, in the order each record's fields are kept.
    let fieldNames: [String]
    /// How many records were read (an item that is no mapping is not one).
    var count = 0
    /// Each record's field values, `fieldNames.count` per record; nil for a field the record lacks.
    private var values: [Value?] = []
    private var ranges: [RangeResult?] = []
    /// Half a unit of each record's printed amounts and rates (nil for other fields): kept by position, not under
    /// a `list.index.field` path made for every figure of every record.
    private var printedHalfUnits: [Rational?] = []
    /// ``valuesByName()`` and ``rangesByName()``, made once when read for a list that metrics or findings walk.
    private var tablesByName: (values: [[String: Value]], ranges: [[String: RangeResult]])?

    init(fieldNames: [String]) {
        self.fieldNames = fieldNames
    }

    /// Room for `records` records.
    mutating func reserveCapacity(_ records: Int) {
        values.reserveCapacity(records * fieldNames.count)
        ranges.reserveCapacity(records * fieldNames.count)
        printedHalfUnits.reserveCapacity(records * fieldNames.count)
    }

    /// Keeps the next field of the record being read; a record's fields are appended in declared order, then
    /// ``count`` is raised.
    // Consumed: the record's figures are moved into the tables, not copied and then destroyed.
    mutating func appendField(value: consuming Value?, range: consuming RangeResult?, printedHalfUnit: consuming Rational?) {
        values.append(value)
        ranges.append(range)
        printedHalfUnits.append(printedHalfUnit)
    }

    /// Where `field` is among the declared fields; nil for a field the list does not declare.
    func position(of field: String) -> Int? {
        fieldNames.firstIndex(of: field)
    }

    /// The value of the field at `position` in record `index`; nil when the record lacks it or `position` is nil.
    func value(at position: Int?, record index: Int) -> Value? {
        position.flatMap { values[index * fieldNames.count + $0] }
    }

    /// The range of the field at `position` in record `index`, as ``value(at:record:)`` reads it.
    func range(at position: Int?, record index: Int) -> RangeResult? {
        position.flatMap { ranges[index * fieldNames.count + $0] }
    }

    /// Half a unit of the last printed digit of `field` in record `index`; nil when that field is no amount or
    /// rate, or the record does not print it.
    func printedHalfUnit(ofField field: String, record index: Int) -> Rational? {
        guard (0..<count).contains(index), let position = position(of: field) else { return nil }
        return printedHalfUnits[index * fieldNames.count + position]
    }

    /// `field` of every record, `missing` for a record that lacks it.
    func values(of field: String, missing: Value) -> [Value] {
        let position = position(of: field)
        return (0..<count).map { value(at: position, record: $0) ?? missing }
    }

    /// The range of `field` in every record, `missing` for a record that lacks it.
    func ranges(of field: String, missing: RangeResult) -> [RangeResult] {
        let position = position(of: field)
        return (0..<count).map { range(at: position, record: $0) ?? missing }
    }

    /// Makes the tables of ``valuesByName()`` and ``rangesByName()`` now, for a list that metrics or findings walk
    /// (each of them asks for both once per submission).
    mutating func keepTablesByName() {
        tablesByName = (byName(values), byName(ranges))
    }

    /// Each record's fields by name, for the expressions of metrics and findings run on a record.
    func valuesByName() -> [[String: Value]] {
        tablesByName?.values ?? byName(values)
    }

    /// Each record's field ranges by name, as ``valuesByName()`` gives their values.
    func rangesByName() -> [[String: RangeResult]] {
        tablesByName?.ranges ?? byName(ranges)
    }

    private func byName<Element>(_ table: [Element?]) -> [[String: Element]] {
        (0..<count).map { index in
            var fields = [String: Element](minimumCapacity: fieldNames.count)
            for position in fieldNames.indices {
                if let element = table[index * fieldNames.count + position] { fields[fieldNames[position]] = element }
            }
            return fields
        }
    }
}
