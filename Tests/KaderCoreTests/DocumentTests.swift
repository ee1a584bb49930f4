import Foundation
import KaderCore
import KaderTestSupport
import Testing

/// Letters share their fields between copies (`Document`) and are looked up by id without
/// being copied (`LettersByID`): both must behave as plain values do.
@Suite struct DocumentTests {
    private func letter(_ id: String, title: String = "Brief") -> Document {
        Document(
            id: id, fileName: "\(id).txt", kamerstuk: KamerstukID(dossier: "27925", number: 1), type: .artikel100,
            date: .at("2024-01-05"), title: title, signatories: ["R.P. Brekelmans"], text: "Tekst van \(id).")
    }

    @Test func changingACopyOfALetterLeavesTheOriginalAsItWas() {
        let original = letter("a")
        var copy = original
        copy.title = "Anders"
        copy.signatories.append("C.C.J. Veldkamp")
        copy.classification = .intern
        #expect(original.title == "Brief")
        #expect(original.signatories == ["R.P. Brekelmans"])
        #expect(original.classification == .openbaar)
        #expect(copy.title == "Anders")
        #expect(copy != original)
        var again = copy
        again.title = "Brief"
        again.signatories = original.signatories
        again.classification = .openbaar
        #expect(again == original)
        #expect(Set([again, original]).count == 1)
    }

    @Test func aLetterEncodesAsItsFieldsAndDecodesBackTheSame() throws {
        let original = letter("a")
        let data = try JSONEncoder().encode(original)
        let keys = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys
        #expect(
            Set(keys) == [
                "id", "fileName", "kamerstuk", "type", "date", "title", "signatories", "text", "contentHash",
                "classification",
            ])
        #expect(try JSONDecoder().decode(Document.self, from: data) == original)
    }

    @Test func lettersByIDFindEachLetterAndTheFirstOfTwoWithOneID() {
        let letters = [letter("b"), letter("a"), letter("b", title: "Tweede")]
        let byID = LettersByID(letters)
        #expect(byID["a"]?.id == "a")
        #expect(byID["b"]?.title == "Brief")
        #expect(byID["c"] == nil)
        #expect(byID.count == 2)
    }

    @Test func lettersByIDMadeAgainFindTheChangedAndTheAddedLetters() {
        let before = LettersByID([letter("a"), letter("b")])
        // A letter changed in place: the same ids in the same places.
        let changed = LettersByID([letter("a", title: "Nieuw"), letter("b")], reusing: before)
        #expect(changed["a"]?.title == "Nieuw")
        #expect(changed["b"]?.title == "Brief")
        // A letter added ahead of the others, and one removed.
        let added = LettersByID([letter("0"), letter("a")], reusing: changed)
        #expect(added["0"]?.id == "0")
        #expect(added["a"]?.id == "a")
        #expect(added["b"] == nil)
    }
}
