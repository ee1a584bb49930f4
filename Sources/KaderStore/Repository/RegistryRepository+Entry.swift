import Foundation
import KaderCore
import SQLKit

/// Facts entered by hand, each with its audit record in the same transaction.
extension RegistryRepository {
    public func addStaffing(_ staffing: Staffing, by user: String) async throws {
        try await addEntered(StaffingRow(staffing), kind: "bezetting", id: staffing.id, value: staffing, by: user)
    }

    public func addMeasurement(_ measurement: KaderCore.Measurement, by user: String) async throws {
        try await addEntered(
            MeasurementRow(measurement), kind: "meting", id: measurement.id, value: measurement, by: user)
    }

    public func addLesson(_ lesson: Lesson, by user: String) async throws {
        try await addEntered(LessonRow(lesson), kind: "les", id: lesson.id, value: lesson, by: user)
    }

    private func addEntered<R: StoredRow, V: Encodable>(_ row: R, kind: String, id: String, value: V, by user: String)
        async throws
    {
        let after = JSONColumn.encode(value)
        try await database.changingRegistry { db in
            try await db.insertAll([row])
            try await AuditLog.append(
                on: db, user: user, action: "\(kind) ingevoerd", subjectKind: kind, subjectID: id, before: nil,
                after: after, reason: nil)
        }
    }

    /// A fresh id for a fact entered by hand: its kind and a random suffix.
    public static func newID(_ kind: String) -> String {
        "\(kind)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}
