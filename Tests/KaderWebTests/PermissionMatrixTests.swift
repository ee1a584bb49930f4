import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import KaderCore
import KaderStore
import KaderTestSupport
import SQLKit
import Testing

/// Every route tried as anonymous, lezer, analist and beheerder, at each clearance.
@Suite struct PermissionMatrixTests {
    enum Who: String, CaseIterable, Sendable {
        case anoniem, lezer, analist, beheerder
    }

    /// One route and the status each kind of asker gets.
    struct Row: Sendable {
        let method: HTTPRequest.Method
        let uri: String
        let expected: [Who: HTTPResponse.Status]
    }

    static func read(_ uri: String, anonymous: HTTPResponse.Status = .seeOther) -> Row {
        Row(method: .get, uri: uri, expected: [.anoniem: anonymous, .lezer: .ok, .analist: .ok, .beheerder: .ok])
    }

    /// A form an analist sends: refused without a session and to a lezer.
    static func write(_ uri: String) -> Row {
        Row(
            method: .post, uri: uri,
            expected: [.anoniem: .unauthorized, .lezer: .forbidden, .analist: .seeOther, .beheerder: .seeOther])
    }

    /// A beheer route: only a beheerder; anonymous askers go to the login page (GET) or are
    /// refused (POST), as on every page.
    static func admin(_ method: HTTPRequest.Method, _ uri: String, beheerder: HTTPResponse.Status = .seeOther)
        -> Row
    {
        Row(
            method: method, uri: uri,
            expected: [
                .anoniem: method == .get ? .seeOther : .unauthorized, .lezer: .forbidden, .analist: .forbidden,
                .beheerder: beheerder,
            ])
    }

    static let table: [Row] = [
        read("/"), read("/?peildatum=2024-06-01"), read("/tijdlijn"), read("/missies/NMI"),
        read("/brieven/001_58c76a8e68136705"), read("/toezeggingen"), read("/zoeken?q=Irak"),
        read("/rapportage/voortgang?van=2020-05-01&tot=2021-05-31"), read("/missies/NMI/factsheet"),
        read("/export/costs.csv"), read("/export/register.json"), read("/kalender.ics"), read("/feed.atom"),
        read("/api/v1/missions", anonymous: .unauthorized), read("/api/v1/documents", anonymous: .unauthorized),
        read("/api/v1/contributions?as_of=2024-06-01", anonymous: .unauthorized),
        read("/api/v1/alerts", anonymous: .unauthorized), read("/api/v1/search?q=Irak", anonymous: .unauthorized),
        read("/api/v1/missions/NMI", anonymous: .unauthorized), read("/api/v1/decisions", anonymous: .unauthorized),
        read("/api/v1/commitments", anonymous: .unauthorized), read("/api/v1/costs", anonymous: .unauthorized),
        read("/api/v1/documents/001_58c76a8e68136705", anonymous: .unauthorized),
        read("/api/v1/documents/001_58c76a8e68136705/facts", anonymous: .unauthorized),
        read("/api/v1/openapi.json", anonymous: .unauthorized), read("/export/measurements.csv"),
        read("/export/decisions.csv"), read("/rapportage/voortgang?van=2020-05-01&tot=2021-05-31&formaat=md"),
        Row(method: .get, uri: "/inloggen", expected: [.anoniem: .ok, .lezer: .ok, .analist: .ok, .beheerder: .ok]),
        Row(method: .get, uri: "/gezondheid", expected: [.anoniem: .ok, .lezer: .ok, .analist: .ok, .beheerder: .ok]),
        Row(
            method: .get, uri: "/invoeren",
            expected: [.anoniem: .seeOther, .lezer: .forbidden, .analist: .ok, .beheerder: .ok]),
        Row(
            method: .get, uri: "/audit",
            expected: [.anoniem: .seeOther, .lezer: .forbidden, .analist: .forbidden, .beheerder: .ok]),
        admin(.get, "/beheer", beheerder: .ok), admin(.post, "/beheer/accounts"),
        admin(.post, "/beheer/accounts/lezer-intern"), admin(.post, "/beheer/accounts/lezer-intern/status"),
        admin(.post, "/beheer/tokens", beheerder: .ok), admin(.post, "/beheer/tokens/matrix-token/intrekken"),
        admin(.post, "/beheer/instellingen"),
        write("/invoeren/les"), write("/invoeren/bezetting"), write("/invoeren/meting"), write("/invoeren/brieven"),
        write("/brieven/matrix/feiten/matrix-001/afwijzen"),
        Row(
            method: .post, uri: "/inloggen",
            expected: [
                .anoniem: .unauthorized, .lezer: .unauthorized, .analist: .unauthorized, .beheerder: .unauthorized,
            ]),
        // Last: it ends each session. Without a session there is no form token to send.
        Row(
            method: .post, uri: "/uitloggen",
            expected: [.anoniem: .unauthorized, .lezer: .seeOther, .analist: .seeOther, .beheerder: .seeOther]),
    ]

    /// The letter the upload row stores; the review row rejects its first candidate fact.
    static let uploadedLetter = """
        Het kabinet heeft besloten om tot en met 31 december 2025 maximaal 40 militairen bij te dragen \
        aan NATO Mission Iraq.
        """

    /// Routes of a letter marked departementaal vertrouwelijk, per clearance of a lezer.
    static let classified: [(Classification, HTTPResponse.Status)] = [
        (.openbaar, .notFound), (.intern, .notFound), (.departementaalVertrouwelijk, .ok),
    ]

    @Sendable static func prepare(_ database: KaderDatabase) async throws {
        let accounts = AccountRepository(database: database)
        let hash = Bcrypt.hash(WebSession.password, cost: 4)
        for (name, role) in [("lezer", Role.lezer), ("analist", .analist), ("beheerder", .beheerder)] {
            try await accounts.add(
                Account(id: name, displayName: name, role: role, clearance: .openbaar), passwordHash: hash, by: "test")
        }
        for clearance in Classification.allCases {
            try await accounts.add(
                Account(id: "lezer-\(clearance.rawValue)", displayName: "L", role: .lezer, clearance: clearance),
                passwordHash: hash, by: "test")
        }
        try await database.withDatabase { db in
            try await db.update("documents").set("classification", to: "departementaal-vertrouwelijk")
                .where("id", .equal, "004_a5c8b23f8fb2d6ff").run()
            // A token with a known id, for the row that revokes it.
            try await db.insert(into: "api_tokens")
                .columns("id", "token_hash", "user_id", "name", "created_at")
                .values(
                    SQLBind("matrix-token"), SQLBind("matrix-hash"), SQLBind("lezer"), SQLBind("matrix"),
                    SQLBind("2024-06-01T00:00:00Z")
                ).run()
        }
    }

    func body(for uri: String) -> String {
        switch uri {
        case "/invoeren/les": "missie=NMI&les=Vooraf+oefenen+met+de+helikopters"
        case "/invoeren/bezetting": "bijdrage=nmi-adviseurs&datum=2024-06-01&bezet=9"
        case "/invoeren/meting": "indicator=i-nmi-nl-bijdrage&tot=2024-06-01&waarde=12"
        case "/inloggen": "naam=niemand&wachtwoord=fout"
        case "/beheer/accounts":
            "naam=nieuw&weergavenaam=Nieuw&rol=lezer&rubricering=openbaar&wachtwoord=\(WebSession.password)"
        case "/beheer/accounts/lezer-intern": "rol=analist&rubricering=openbaar&reden=matrix"
        case "/beheer/accounts/lezer-intern/status": "actief=nee"
        case "/beheer/tokens": "account=lezer&label=matrix"
        // Unchanged, so that anonymous reading stays closed for the rows after it.
        case "/beheer/instellingen": "instelling=anoniem-lezen&waarde=nee"
        default: ""
        }
    }

    @Test func everyRouteAnswersEachKindOfAskerAsTheTableSays() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            var sessions: [Who: (cookie: String, csrf: String)] = [:]
            for who in [Who.lezer, .analist, .beheerder] {
                sessions[who] = try await WebSession.login(client, who.rawValue)
            }
            var mismatches: [String] = []
            for row in Self.table {
                for who in Who.allCases {
                    let session = sessions[who]
                    var headers: HTTPFields = [:]
                    if let session { headers[.cookie] = session.cookie }
                    var body = ByteBuffer()
                    var uri = row.uri
                    if row.uri == "/invoeren/brieven" {
                        // A real upload: the token rides in the query, as the upload form sends it.
                        let boundary = "matrix-grens"
                        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
                        uri += session.map { "?csrf=\($0.csrf)" } ?? ""
                        body = ByteBuffer(
                            string: "--\(boundary)\r\nContent-Disposition: form-data; name=\"brieven\"; "
                                + "filename=\"matrix.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                                + Self.uploadedLetter + "\r\n--\(boundary)--\r\n")
                    } else if row.method == .post {
                        headers[.contentType] = "application/x-www-form-urlencoded"
                        let token = session.map { "csrf=\($0.csrf)&" } ?? ""
                        body = ByteBuffer(string: token + self.body(for: row.uri))
                    }
                    let (status, answer) = try await client.execute(
                        uri: uri, method: row.method, headers: headers, body: body
                    ) {
                        ($0.status, String(buffer: $0.body))
                    }
                    if status != row.expected[who] {
                        mismatches.append(
                            "\(row.method) \(row.uri) as \(who): \(status.code), expected \(row.expected[who]!.code): \(Self.reason(answer))"
                        )
                    }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
        }
    }

    /// What an error page says went wrong, to show beside a mismatch.
    static func reason(_ page: String) -> String {
        guard let start = page.range(of: "<p>") else { return String(page.prefix(120)) }
        return String(page[start.upperBound...].prefix(160))
    }

    @Test func aVertrouwelijkLetterIsOnlyReadAtThatClearance() async throws {
        try await WebTestApp.run(prepare: Self.prepare) { client in
            for (clearance, expected) in Self.classified {
                let session = try await WebSession.login(client, "lezer-\(clearance.rawValue)")
                let (letter, _) = try await WebTestApp.get(
                    client, "/brieven/004_a5c8b23f8fb2d6ff", cookie: session.cookie)
                #expect(letter == expected, "\(clearance)")
                let (_, search) = try await WebTestApp.get(client, "/zoeken?q=Schreinemacher", cookie: session.cookie)
                #expect(search.contains(expected == .ok ? "1 brief gevonden" : "0 brieven gevonden"), "\(clearance)")
                let (_, api) = try await WebTestApp.get(client, "/api/v1/documents", cookie: session.cookie)
                #expect(api.contains("004_a5c8b23f8fb2d6ff") == (expected == .ok), "\(clearance)")
                let (_, export) = try await WebTestApp.get(client, "/export/register.json", cookie: session.cookie)
                #expect(export.contains("Schreinemacher") == (expected == .ok), "\(clearance)")
            }
        }
    }
}
