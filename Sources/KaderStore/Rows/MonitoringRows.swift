import KaderCore

/// A row of `indicators`; targets are JSON.
struct IndicatorRow: StoredRow, ProvenanceColumns {
    static let table = "indicators"
    var id: String
    var missionId: String
    var contributionId: String?
    var name: String
    var kind: String
    var unit: String?
    var direction: String?
    var baseline: Double?
    var baselineYear: Int?
    var targets: String
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ indicator: Indicator) {
        id = indicator.id
        missionId = indicator.missionID
        contributionId = indicator.contributionID
        name = indicator.name
        kind = indicator.kind.rawValue
        unit = indicator.unit
        direction = indicator.direction?.rawValue
        baseline = indicator.baseline
        baselineYear = indicator.baselineYear
        targets = JSONColumn.encode(indicator.targets)
        setProvenance(indicator.provenance)
    }

    func model() throws -> Indicator {
        Indicator(
            id: id, missionID: missionId, contributionID: contributionId, name: name,
            kind: try ColumnValue.parse(IndicatorKind.self, kind, in: Self.table), unit: unit,
            direction: try direction.map { try ColumnValue.parse(IndicatorDirection.self, $0, in: Self.table) },
            baseline: baseline, baselineYear: baselineYear,
            targets: try JSONColumn.decode([IndicatorTarget].self, targets), provenance: try provenance())
    }
}

/// A row of `measurements`.
struct MeasurementRow: StoredRow, ProvenanceColumns {
    static let table = "measurements"
    var id: String
    var indicatorId: String
    var periodStart: String?
    var periodEnd: String?
    var value: Double?
    var rating: String?
    var evidence: String?
    var confidence: String?
    var narrative: String?
    var status: String
    var classification: String
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ measurement: Measurement) {
        id = measurement.id
        indicatorId = measurement.indicatorID
        periodStart = measurement.period.start?.iso
        periodEnd = measurement.period.end?.iso
        value = measurement.value
        rating = measurement.rating?.rawValue
        evidence = measurement.evidence
        confidence = measurement.confidence?.rawValue
        narrative = measurement.narrative
        status = measurement.status.rawValue
        classification = measurement.classification.rawValue
        setProvenance(measurement.provenance)
    }

    func model() throws -> Measurement {
        Measurement(
            id: id, indicatorID: indicatorId,
            period: Period(
                start: try ColumnValue.day(periodStart, in: Self.table),
                end: try ColumnValue.day(periodEnd, in: Self.table)),
            value: value, rating: try rating.map { try ColumnValue.parse(Rating.self, $0, in: Self.table) },
            evidence: evidence,
            confidence: try confidence.map { try ColumnValue.parse(Confidence.self, $0, in: Self.table) },
            narrative: narrative, status: try ColumnValue.parse(ApprovalStatus.self, status, in: Self.table),
            provenance: try provenance(),
            classification: try ColumnValue.parse(Classification.self, classification, in: Self.table))
    }
}

/// A row of `monitoring_visits`; findings and recommendations are JSON with their provenance.
struct MonitoringVisitRow: StoredRow, ProvenanceColumns {
    static let table = "monitoring_visits"
    var id: String
    var date: String?
    var periodLabel: String?
    var missionIds: String
    var findings: String
    var recommendations: String
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ visit: MonitoringVisit) {
        id = visit.id
        date = visit.date?.iso
        periodLabel = visit.periodLabel
        missionIds = JSONColumn.encode(visit.missionIDs)
        findings = JSONColumn.encode(visit.findings)
        recommendations = JSONColumn.encode(visit.recommendations)
        setProvenance(visit.provenance)
    }

    func model() throws -> MonitoringVisit {
        MonitoringVisit(
            id: id, date: try ColumnValue.day(date, in: Self.table), periodLabel: periodLabel,
            missionIDs: try JSONColumn.decode([String].self, missionIds),
            findings: try JSONColumn.decode([Finding].self, findings),
            recommendations: try JSONColumn.decode([Recommendation].self, recommendations),
            provenance: try provenance())
    }
}

/// A row of `lessons`.
struct LessonRow: StoredRow, ProvenanceColumns {
    static let table = "lessons"
    var id: String
    var missionId: String?
    var text: String
    var change: String?
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ lesson: Lesson) {
        id = lesson.id
        missionId = lesson.missionID
        text = lesson.text
        change = lesson.change
        setProvenance(lesson.provenance)
    }

    func model() throws -> Lesson {
        Lesson(id: id, missionID: missionId, text: text, change: change, provenance: try provenance())
    }
}

/// A row of `risks`.
struct RiskRow: StoredRow, ProvenanceColumns {
    static let table = "risks"
    var id: String
    var missionId: String?
    var category: String
    var description: String
    var mitigation: String?
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ risk: Risk) {
        id = risk.id
        missionId = risk.missionID
        category = risk.category.rawValue
        description = risk.description
        mitigation = risk.mitigation
        setProvenance(risk.provenance)
    }

    func model() throws -> Risk {
        Risk(
            id: id, missionID: missionId, category: try ColumnValue.parse(RiskCategory.self, category, in: Self.table),
            description: description, mitigation: mitigation, provenance: try provenance())
    }
}

/// A row of `staffing`.
struct StaffingRow: StoredRow, ProvenanceColumns {
    static let table = "staffing"
    var id: String
    var contributionId: String
    var date: String
    var filled: Int
    var military: Int?
    var civilian: Int?
    var police: Int?
    var women: Int?
    var men: Int?
    var sourceDocumentId: String? = nil
    var sourceStart: Int? = nil
    var sourceEnd: Int? = nil
    var sourceQuote: String? = nil
    var enteredBy: String? = nil
    var enteredAt: String? = nil

    init(_ staffing: Staffing) {
        id = staffing.id
        contributionId = staffing.contributionID
        date = staffing.date.iso
        filled = staffing.filled
        military = staffing.military
        civilian = staffing.civilian
        police = staffing.police
        women = staffing.women
        men = staffing.men
        setProvenance(staffing.provenance)
    }

    func model() throws -> Staffing {
        guard let day = try ColumnValue.day(date, in: Self.table) else {
            throw StoreError("staffing \(id) has no date")
        }
        return Staffing(
            id: id, contributionID: contributionId, date: day, filled: filled, military: military, civilian: civilian,
            police: police, women: women, men: men, provenance: try provenance())
    }
}
