/// A lesson learned, and what it changed in the contribution.
public struct Lesson: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var missionID: String?
    public var text: String
    public var change: String?
    public var provenance: Provenance

    public init(id: String, missionID: String?, text: String, change: String?, provenance: Provenance) {
        self.id = id
        self.missionID = missionID
        self.text = text
        self.change = change
        self.provenance = provenance
    }
}
