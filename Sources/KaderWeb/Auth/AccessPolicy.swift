import KaderCore
import KaderStore
import Synchronization

/// Who may read without signing in.
///
/// A new installation without any account is open for reading, so that the first start
/// shows the letters at once; once an account exists, reading needs a login unless a
/// beheerder opened it to anonymous readers (setting `anoniem-lezen`). Anonymous readers
/// only ever see what is openbaar. Writing always needs a login.
struct AccessPolicy: Sendable {
    let accounts: AccountRepository
    /// The answer is asked on every anonymous request; it is read from the database at most
    /// once per `freshness`, so an account made with `kader user add` or a setting changed
    /// from the terminal takes effect within that time.
    let freshness: Duration
    private let remembered = Remembered()

    init(accounts: AccountRepository, freshness: Duration = .seconds(1)) {
        self.accounts = accounts
        self.freshness = freshness
    }

    func anonymousMayRead() async throws -> Bool {
        let now = ContinuousClock.now
        if let known = remembered.value.withLock({ $0 }), now - known.at < freshness { return known.answer }
        let answer = try await Self.ask(accounts)
        remembered.value.withLock { $0 = (answer, now) }
        return answer
    }

    /// Forgets the remembered answer: a change made through the web counts at once.
    func forget() {
        remembered.value.withLock { $0 = nil }
    }

    private static func ask(_ accounts: AccountRepository) async throws -> Bool {
        if try await accounts.count() == 0 { return true }
        return try await accounts.value(of: .anonymousRead) == "ja"
    }
}

/// The last answer and when it was read, shared by every copy of the policy.
private final class Remembered: Sendable {
    let value = Mutex<(answer: Bool, at: ContinuousClock.Instant)?>(nil)
}
