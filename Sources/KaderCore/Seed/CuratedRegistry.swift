import Foundation

/// The hand-curated registry file (`docs/registry-format.md`): facts with quotes, not ranges.
public struct CuratedRegistry: Sendable, Decodable {
    public struct Deployment: Sendable, Decodable {
        public var id: String
        public var name: String
    }

    public struct Source: Sendable, Decodable {
        public var document: String
        public var quote: String
    }

    public struct DocumentEntry: Sendable, Decodable {
        public var file: String
        public var kamerstuk: KamerstukID?
        public var type: DocumentType
        public var date: Day?
        public var assumedDate: Day?
        public var assumedDateNote: String?
        public var addressee: Addressee?
        public var title: String
        public var signatories: [String]?
    }

    public struct MissionEntry: Sendable, Decodable {
        public var id: String
        public var fullName: String
        public var aliases: [String]?
        public var lead: LeadOrganisation
        public var legalBasis: String?
        /// Overrides the file's deployment for a mission elsewhere (e.g. `mali`).
        public var deployment: String?
    }

    public struct ContributionEntry: Sendable, Decodable {
        public var id: String
        public var mission: String
        public var component: String
        public var kind: ContributionKind
        public var ministry: Ministry
        public var locations: [String]?
        public var article100: Bool
    }

    public struct DecisionEntry: Sendable, Decodable {
        public var id: String
        public var contribution: String
        /// nil: the letter's date (or assumed date).
        public var date: Day?
        public var action: DecisionAction
        public var cap: PersonnelCap?
        public var start: Day?
        public var end: Day?
        public var source: Source
    }

    public struct CostEntry: Sendable, Decodable {
        public var id: String
        public var mission: String?
        public var contribution: String?
        public var year: Int?
        public var amountEur: Double
        public var kind: CostKind
        public var scope: String
        public var budgetSource: String?
        public var source: Source
    }

    public struct MotionEntry: Sendable, Decodable {
        public var id: String
        public var kamerstuk: KamerstukID
        public var title: String
        public var subject: String?
        public var source: Source
    }

    public struct DueEntry: Sendable, Decodable {
        public var date: Day?
        public var period: String?
        public var nextProgressReport: Bool?
    }

    public struct CommitmentEntry: Sendable, Decodable {
        public var id: String
        public var text: String
        public var due: DueEntry?
        public var recurrence: String?
        public var status: CommitmentStatus
        public var fulfilledBy: String?
        public var mission: String?
        public var source: Source
    }

    public struct TargetEntry: Sendable, Decodable {
        public var start: Day?
        public var end: Day?
        public var value: Double
    }

    public struct IndicatorEntry: Sendable, Decodable {
        public var id: String
        public var mission: String
        public var contribution: String?
        public var name: String
        public var kind: IndicatorKind
        public var unit: String?
        public var direction: IndicatorDirection?
        public var baseline: Double?
        public var baselineYear: Int?
        public var targets: [TargetEntry]?
        public var source: Source
    }

    public struct MeasurementEntry: Sendable, Decodable {
        public var id: String
        public var indicator: String
        public var start: Day?
        public var end: Day?
        public var value: Double?
        public var rating: Rating?
        public var evidence: String?
        public var confidence: Confidence?
        public var narrative: String?
        public var status: ApprovalStatus
        public var source: Source
    }

    public struct FindingEntry: Sendable, Decodable {
        public var text: String
        public var source: Source
    }

    public struct RecommendationEntry: Sendable, Decodable {
        public var text: String
        public var followUp: String?
        public var status: FollowUpStatus
        public var source: Source
    }

    public struct VisitEntry: Sendable, Decodable {
        public var id: String
        public var date: Day?
        public var period: String?
        public var missions: [String]
        public var findings: [FindingEntry]?
        public var recommendations: [RecommendationEntry]?
        public var source: Source
    }

    public struct LessonEntry: Sendable, Decodable {
        public var id: String
        public var mission: String?
        public var text: String
        public var change: String?
        public var source: Source
    }

    public struct RiskEntry: Sendable, Decodable {
        public var id: String
        public var mission: String?
        public var category: RiskCategory
        public var description: String
        public var mitigation: String?
        public var source: Source
    }

    public struct StaffingEntry: Sendable, Decodable {
        public var id: String
        public var contribution: String
        /// nil: the letter's date (or assumed date).
        public var date: Day?
        public var filled: Int
        public var military: Int?
        public var civilian: Int?
        public var police: Int?
        public var women: Int?
        public var men: Int?
        public var source: Source
    }

    public var deployment: Deployment
    public var documents: [DocumentEntry]
    public var missions: [MissionEntry]
    public var contributions: [ContributionEntry]
    public var decisions: [DecisionEntry]
    public var costs: [CostEntry]?
    public var motions: [MotionEntry]?
    public var commitments: [CommitmentEntry]?
    public var indicators: [IndicatorEntry]?
    public var measurements: [MeasurementEntry]?
    public var monitoringVisits: [VisitEntry]?
    public var lessons: [LessonEntry]?
    public var risks: [RiskEntry]?
    public var staffing: [StaffingEntry]?

    /// Decodes the file, with the decoding error's path in the message when it fails.
    public static func decode(_ data: Data) throws -> CuratedRegistry {
        try JSONDecoder().decode(CuratedRegistry.self, from: data)
    }

    /// Every source in the file, for checks that each quote stands in its letter.
    public var allSources: [Source] {
        var sources: [Source] = decisions.map(\.source)
        sources += (costs ?? []).map(\.source) + (motions ?? []).map(\.source)
        sources += (commitments ?? []).map(\.source) + (indicators ?? []).map(\.source)
        sources += (measurements ?? []).map(\.source) + (lessons ?? []).map(\.source)
        sources += (risks ?? []).map(\.source) + (staffing ?? []).map(\.source)
        for visit in monitoringVisits ?? [] {
            sources.append(visit.source)
            sources += (visit.findings ?? []).map(\.source) + (visit.recommendations ?? []).map(\.source)
        }
        return sources
    }
}
