import KaderCore

/// A candidate's value as the JSON `JSONColumn.encode` writes for it (sorted keys, the same
/// escapes), written directly: JSONEncoder and the synthesized Codable were 3% of ingest's
/// CPU. Nil where the direct form is not sure to be the same (a fractional number, a
/// control character other than a line break or tab); the caller then uses JSONEncoder.
/// `CandidateValueJSONTests` holds the two to the same bytes.
enum CandidateValueJSON {
    static func encode(_ value: CandidateValue) -> String? {
        var json = Writer()
        switch value {
        case .date(let day): json.wrapped("date") { $0.string(day.iso) }
        case .type(let type): json.wrapped("type") { $0.string(type.rawValue) }
        case .addressee(let addressee): json.wrapped("addressee") { $0.string(addressee.rawValue) }
        case .signatory(let name): json.wrapped("signatory") { $0.string(name) }
        case .mission(let name): json.wrapped("mission") { $0.string(name) }
        case .reference(let id, let isMotion):
            json.text += #"{"reference":{"_0":{"dossier":"#
            json.string(id.dossier)
            json.text += #","number":\#(id.number)},"isMotion":\#(isMotion)}}"#
        case .framework(let f):
            json.wrapped("framework") { json in
                json.object { fields in
                    fields.field("cap") { $0.cap(f.cap) }
                    fields.field("component") { $0.string(f.component) }
                    fields.field("mission") { $0.string(f.mission) }
                    fields.field("period") { $0.period(f.period) }
                }
            }
        case .decision(let d):
            json.wrapped("decision") { json in
                json.object { fields in
                    fields.field("action") { $0.string(d.action.rawValue) }
                    if let cap = d.cap { fields.field("cap") { $0.cap(cap) } }
                    if let component = d.component { fields.field("component") { $0.string(component) } }
                    if let mission = d.mission { fields.field("mission") { $0.string(mission) } }
                    fields.field("period") { $0.period(d.period) }
                }
            }
        case .cost(let c):
            json.wrapped("cost") { json in
                json.object { fields in
                    fields.field("amountCents") { $0.text += String(c.amountCents) }
                    if let source = c.budgetSource { fields.field("budgetSource") { $0.string(source) } }
                    fields.field("kind") { $0.string(c.kind.rawValue) }
                    if let mission = c.mission { fields.field("mission") { $0.string(mission) } }
                    fields.field("scope") { $0.string(c.scope) }
                    if let year = c.year { fields.field("year") { $0.text += String(year) } }
                }
            }
        case .commitment(let c):
            json.wrapped("commitment") { json in
                json.object { fields in
                    if let due = c.due { fields.field("due") { $0.due(due) } }
                    if let mission = c.mission { fields.field("mission") { $0.string(mission) } }
                    if let recurrence = c.recurrence { fields.field("recurrence") { $0.string(recurrence) } }
                    fields.field("text") { $0.string(c.text) }
                }
            }
        case .indicator(let i):
            json.wrapped("indicator") { json in
                json.object { fields in
                    if let mission = i.mission { fields.field("mission") { $0.string(mission) } }
                    fields.field("name") { $0.string(i.name) }
                    if let total = i.total { fields.field("total") { $0.number(total) } }
                    fields.field("value") { $0.number(i.value) }
                }
            }
        }
        return json.unsure ? nil : json.text
    }

    /// JSON text under construction; `unsure` once a value needs JSONEncoder's own hand.
    private struct Writer {
        var text = ""
        var unsure = false
        private var fields = 0

        /// `{"name":{"_0":…}}`, as Swift's synthesized Codable writes an enum case's value.
        mutating func wrapped(_ name: String, _ body: (inout Writer) -> Void) {
            text += "{\"\(name)\":{\"_0\":"
            body(&self)
            text += "}}"
        }

        /// An object whose fields `body` writes, in sorted order.
        mutating func object(_ body: (inout Writer) -> Void) {
            let outer = fields
            fields = 0
            text += "{"
            body(&self)
            text += "}"
            fields = outer
        }

        mutating func field(_ key: String, _ body: (inout Writer) -> Void) {
            if fields > 0 { text += "," }
            fields += 1
            text += "\"\(key)\":"
            body(&self)
        }

        mutating func cap(_ cap: PersonnelCap) {
            text += "{\"count\":\(cap.count),\"qualifier\":\"\(cap.qualifier.rawValue)\"}"
        }

        mutating func period(_ period: Period) {
            object { fields in
                if let end = period.end { fields.field("end") { $0.string(end.iso) } }
                if let start = period.start { fields.field("start") { $0.string(start.iso) } }
            }
        }

        mutating func due(_ due: DueMoment) {
            switch due {
            case .date(let day): text += "{\"date\":\"\(day.iso)\"}"
            case .period(let name):
                text += "{\"period\":"
                string(name)
                text += "}"
            case .nextProgressReport: text += "{\"nextProgressReport\":true}"
            }
        }

        /// A whole number as JSONEncoder writes it ("22" for 22.0); anything else is left to it.
        mutating func number(_ value: Double) {
            guard value == value.rounded(), abs(value) < 1e15 else {
                unsure = true
                return
            }
            text += String(Int64(value))
        }

        /// A string with JSONEncoder's escapes: quote, backslash, slash, line break, tab.
        mutating func string(_ value: String) {
            text += "\""
            var plainFrom = value.utf8.startIndex
            for index in value.utf8.indices {
                let escape: String
                switch value.utf8[index] {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "/"): escape = "\\/"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0..<0x20:
                    unsure = true
                    return
                default: continue
                }
                // Each escape is an ASCII byte, so both ends are whole scalars (not always whole
                // characters: a quote and an accent are one): the plain run is copied as UTF-8,
                // where appending it scalar by scalar was 1% of ingest.
                text += Substring(value.unicodeScalars[plainFrom..<index])
                text += escape
                plainFrom = value.utf8.index(after: index)
            }
            text += Substring(value.unicodeScalars[plainFrom...])
            text += "\""
        }
    }
}
