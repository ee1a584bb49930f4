import Foundation

/// Counts failed logins per account name and refuses more than `limit` in `window`.
actor LoginThrottle {
    let limit: Int
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    /// Seconds to wait before the next attempt, or nil when one may be made now.
    func wait(for name: String, now: Date = Date()) -> TimeInterval? {
        let recent = (failures[name] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[name] = recent
        guard recent.count >= limit, let oldest = recent.first else { return nil }
        return window - now.timeIntervalSince(oldest)
    }

    func failed(_ name: String, now: Date = Date()) {
        failures[name, default: []].append(now)
    }

    func succeeded(_ name: String) {
        failures[name] = nil
    }
}
