/// One `<option>` of a select in a form, for every page that filters or enters data.
struct SelectOption: Sendable {
    let value: String
    let label: String
    var selected = false
}
