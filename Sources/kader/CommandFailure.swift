/// A failure while a command runs (not a wrong option): printed as `Error: …`, exit 1,
/// without the usage text that a validation error adds.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
