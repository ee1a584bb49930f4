import SQLKit

/// `INSERT INTO table (columns) VALUES (…), (…)` with every value bound, written straight
/// into the serializer. SQLKit's insert builder made an expression of each value and asked
/// the dialect for each placeholder: for a letter's 160 candidates of 15 columns that was 3%
/// of ingest.
struct RowsInsert: SQLExpression {
    let table: String
    let columns: [String]
    /// Each row's values in `columns` order.
    let rows: [[BoundValue]]

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write("INSERT INTO ")
        SQLIdentifier(table).serialize(to: &serializer)
        serializer.write(" ")
        SQLGroupExpression(columns.map { SQLIdentifier($0) }).serialize(to: &serializer)
        serializer.write(" VALUES ")
        let style = PlaceholderStyle(serializer)
        // The values' text as bytes, made a string once: appending to the string piece by
        // piece cost as much as SQLKit's builder.
        var text: [UInt8] = []
        text.reserveCapacity(rows.count * columns.count * 8)
        serializer.binds.reserveCapacity(serializer.binds.count + rows.count * columns.count)
        for (index, row) in rows.enumerated() {
            text.append(contentsOf: index == 0 ? [40] : [44, 32, 40])  // "(" or ", ("
            for (column, value) in row.enumerated() {
                if column > 0 { text.append(contentsOf: [44, 32]) }  // ", "
                guard let value = value.encodable else {
                    text.append(contentsOf: [78, 85, 76, 76])  // "NULL"
                    continue
                }
                serializer.binds.append(value)
                style.write(at: serializer.binds.count, to: &text, serializer: &serializer)
            }
            text.append(41)  // ")"
        }
        serializer.write(String(decoding: text, as: UTF8.self))
    }

    /// How the dialect writes the placeholder of the n-th bound value, found out once per
    /// statement: "?" for each (SQLite), "$n" (PostgreSQL), or by asking each time.
    private enum PlaceholderStyle {
        case same(String)
        case numbered(prefix: String)
        case asked

        init(_ serializer: SQLSerializer) {
            var probe = SQLSerializer(database: serializer.database)
            serializer.dialect.bindPlaceholder(at: 1).serialize(to: &probe)
            var second = SQLSerializer(database: serializer.database)
            serializer.dialect.bindPlaceholder(at: 2).serialize(to: &second)
            if probe.sql == second.sql, probe.binds.isEmpty {
                self = .same(probe.sql)
            } else if probe.sql.hasSuffix("1"), second.sql == probe.sql.dropLast() + "2", probe.binds.isEmpty {
                self = .numbered(prefix: String(probe.sql.dropLast()))
            } else {
                self = .asked
            }
        }

        /// Appends the placeholder to `text`; one the dialect is asked for goes through
        /// `serializer`, after `text` so far.
        func write(at position: Int, to text: inout [UInt8], serializer: inout SQLSerializer) {
            switch self {
            case .same(let placeholder): text.append(contentsOf: placeholder.utf8)
            case .numbered(let prefix):
                text.append(contentsOf: prefix.utf8)
                Self.appendDigits(of: position, to: &text)
            case .asked:
                serializer.write(String(decoding: text, as: UTF8.self))
                text.removeAll(keepingCapacity: true)
                serializer.dialect.bindPlaceholder(at: position).serialize(to: &serializer)
            }
        }

        /// The decimal digits of a positive number.
        private static func appendDigits(of number: Int, to text: inout [UInt8]) {
            var divisor = 1
            while divisor <= number / 10 { divisor *= 10 }
            var rest = number
            while divisor > 0 {
                text.append(UInt8(48 + rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }
    }
}
