import Foundation
import SQLKit

/// Consistent copies of a SQLite database while Kader runs on it, and bringing one back.
public enum SQLiteBackup {
    /// Writes a consistent copy of `database` to a new file with `VACUUM INTO`: it reads one
    /// snapshot (WAL mode lets the server write meanwhile) and leaves a compact file.
    public static func write(_ database: KaderDatabase, to path: String) async throws {
        guard database.dialect == .sqlite else {
            throw StoreError("VACUUM INTO werkt alleen op SQLite (SQLite only)")
        }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError("\(path) bestaat al; kies een nieuw bestand (backup file exists)")
        }
        do {
            try await database.withDatabase { db in
                // INTO takes any expression: the path is bound, not spliced into the SQL.
                try await db.raw("VACUUM INTO \(bind: path)").run()
            }
        } catch {
            throw StoreError("kan de back-up \(path) niet schrijven (cannot write the backup): \(error)")
        }
    }

    /// What `PRAGMA integrity_check` reports about a SQLite file: empty when it is sound.
    /// Throws when the file cannot be opened as a database at all.
    public static func integrityProblems(ofFileAt path: String) async throws -> [String] {
        let database = try await KaderDatabase.openSQLite(path: path)
        do {
            let lines = try await database.withDatabase { db in
                try await db.raw("PRAGMA integrity_check").all().map {
                    try $0.decode(column: "integrity_check", as: String.self)
                }
            }
            await database.close()
            return lines == ["ok"] ? [] : lines
        } catch {
            await database.close()
            throw error
        }
    }

    /// Brings a backup back as the database at `target`: only when `target` does not exist
    /// yet, or with `force`; only when the backup is a sound SQLite file with Kader's tables.
    /// The backup is checked as a copy beside the target, which then replaces it in one
    /// rename, so that a failed restore leaves the old database as it was.
    public static func restore(from backup: String, to target: String, force: Bool) async throws {
        let files = FileManager.default
        guard files.fileExists(atPath: backup) else {
            throw StoreError("de back-up \(backup) bestaat niet (backup not found)")
        }
        try checkHeader(of: backup)
        if files.fileExists(atPath: target), !force {
            throw StoreError(
                "\(target) bestaat al; herstel naar een nieuw bestand of gebruik --force om het te vervangen "
                    + "(target exists)")
        }
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent()
        let staging = folder.appendingPathComponent(".kader-herstel-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: staging + suffix) }
        }
        do {
            try files.copyItem(atPath: backup, toPath: staging)
        } catch {
            throw StoreError("kan de back-up niet naar \(folder.path) kopiëren (cannot copy the backup): \(error)")
        }
        let problems: [String]
        do {
            problems = try await integrityProblems(ofFileAt: staging)
            try await requireKaderTables(in: staging, name: backup)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("\(backup) is geen bruikbare SQLite-database (not a usable SQLite database): \(error)")
        }
        guard problems.isEmpty else {
            throw StoreError(
                "\(backup) is beschadigd; er is niets hersteld (backup fails integrity_check): "
                    + problems.prefix(5).joined(separator: "; "))
        }
        // A write-ahead log of the replaced database must not be replayed onto the backup.
        for suffix in ["-wal", "-shm"] { try? files.removeItem(atPath: target + suffix) }
        guard rename(staging, target) == 0 else {
            throw StoreError(
                "kan \(target) niet vervangen (cannot replace the target): \(String(cString: strerror(errno)))")
        }
    }

    /// A JSON export is not a SQLite file: say what to do with it instead.
    static func checkHeader(of path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError("kan \(path) niet lezen (cannot read the backup)")
        }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if head == Data("SQLite format 3\0".utf8) { return }
        if head.first(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) == UInt8(ascii: "{") {
            throw StoreError(
                "\(path) is een JSON-export, geen SQLite-back-up; lees hem in met `kader import \(path) --db NIEUW.sqlite` "
                    + "(a JSON export: use kader import)")
        }
        throw StoreError("\(path) is geen SQLite-database (not a SQLite database)")
    }

    /// A sound SQLite file that is not a Kader database is refused too.
    static func requireKaderTables(in path: String, name: String) async throws {
        let database = try await KaderDatabase.openSQLite(path: path)
        let names = try await database.withDatabase { db in
            try await db.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all(
                decodingColumn: "name", as: String.self)
        }
        await database.close()
        let missing = ["schema_migrations", "documents"].filter { !names.contains($0) }
        guard missing.isEmpty else {
            throw StoreError(
                "\(name) is geen Kader-database; tabellen ontbreken: \(missing.joined(separator: ", ")) "
                    + "(not a Kader database)")
        }
    }
}
