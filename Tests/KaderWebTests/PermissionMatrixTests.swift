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

    static let table: [Row] = [
        read("/"), read("/?peildatum=2024-06-01"), read("/tijdlijn"), read("/missies/NMI"),
        read("/brieven/001_58c76a8e68136705"), read("/toezeggingen"), read("/zoeken?q=Irak"),
        read("/rapportage/voortgang?van=2020-05-01&tot=2021-05-31"), read("/missies/NMI/factsheet"),
        read("/export/costs.csv"), read("/export/register.json"), read("/kalender.ics"), read("/feed.atom"),
        read("/api/v1/missions", anonymous: .unauthorized), read("/api/v1/documents", anonymous: .unauthorized),
        read("/api/v1/contributions?as_of=2024-06-01", anonymous: .unauthorized),
        read("/api/v1/alerts", anonymous: .unauthorized), read("/api/v1/search?q=Irak", anonymous: .unauthorized),
        Row(method: .get, uri: "/inloggen", expected: [.anoniem: .ok, .lezer: .ok, .analist: .ok, .beheerder: .ok]),
        Row(method: .get, uri: "/gezondheid", expected: [.anoniem: .ok, .lezer: .ok, .analist: .ok, .beheerder: .ok]),
        Row(
            method: .get, uri: "/invoeren",
            expected: [.anoniem: .seeOther, .lezer: .forbidden, .analist: .ok, .beheerder: .ok]),
        Row(
            method: .get, uri: "/audit",
            expected: [.anoniem: .seeOther, .lezer: .forbidden, .analist: .forbidden, .beheerder: .ok]),
        Row(
            method: .post, uri: "/invoeren/les",
            expected: [.anoniem: .unauthorized, .lezer: .forbidden, .analist: .seeOther, .beheerder: .seeOther]),
        Row(
            method: .post, uri: "/invoeren/bezetting",
            expected: [.anoniem: .unauthorized, .lezer: .forbidden, .analist: .seeOther, .beheerder: .seeOther]),
    ]

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
        }
    }

    func body(for uri: String) -> String {
        switch uri {
        case "/invoeren/les": "missie=NMI&les=Vooraf+oefenen+met+de+helikopters"
        case "/invoeren/bezetting": "bijdrage=nmi-adviseurs&datum=2024-06-01&bezet=9"
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
                    if row.method == .post {
                        headers[.contentType] = "application/x-www-form-urlencoded"
                        let token = session.map { "csrf=\($0.csrf)&" } ?? ""
                        body = ByteBuffer(string: token + self.body(for: row.uri))
                    }
                    let status = try await client.execute(
                        uri: row.uri, method: row.method, headers: headers, body: body
                    ) {
                        $0.status
                    }
                    if status != row.expected[who] {
                        mismatches.append(
                            "\(row.method) \(row.uri) as \(who): \(status.code), expected \(row.expected[who]!.code)")
                    }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
        }
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
