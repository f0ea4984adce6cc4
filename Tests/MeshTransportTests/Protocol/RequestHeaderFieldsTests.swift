import MeshCore
import Testing
@testable import MeshTransport

/// The byte form a relay reads and edits a request's metadata fields in: reads in place, edits that never
/// overwrite what was received (so they can be undone without a copy), and the `Metadata` adapter.
@Suite struct RequestHeaderFieldsTests {
  private static let received = [("x-request-id", "abc"), ("authorization", "Bearer t0ken"), ("x-tenant", "acme"),
                                 ("x-tenant", "other"), ("x-trace-bin", "AAEC/w=="), ("x-empty", "")]

  @Test func readsValuesInPlace() {
    let fields = RequestHeaderFields(Self.received)
    #expect(fields.count == 6)
    #expect(fields.string(named: "x-tenant") == "acme")
    #expect(fields.count(named: "x-tenant") == 2)
    #expect(fields.onlyString(named: "x-tenant") == nil, "two values: not the only one")
    #expect(fields.onlyString(named: "x-request-id") == "abc")
    #expect(fields.string(named: "x-empty") == "")
    #expect(fields.string(named: "x-missing") == nil)
    #expect(!fields.contains(named: "x-request"), "a prefix of a name is not the name")
    #expect(fields.listSize == Self.received.reduce(0) { $0 + $1.0.utf8.count + $1.1.utf8.count + 32 })
  }

  @Test func valuesByNameBytesSkipRemovedFieldsAndStopWhenAsked() {
    var fields = RequestHeaderFields(Self.received + [("", "nameless"), ("x-tenan", "short"), ("x-tenantt", "long")])
    func values(_ name: String, whileFewerThan limit: Int = .max) -> [String] {
      var found: [String] = []
      Array(name.utf8).withUnsafeBytes { name in
        fields.forEachValue(ofName: name) { value in
          found.append(String(decoding: value, as: UTF8.self))
          return found.count < limit
        }
      }
      return found
    }
    #expect(values("x-tenant") == ["acme", "other"])
    #expect(values("x-tenant", whileFewerThan: 1) == ["acme"])
    #expect(values("x-empty") == [""])
    #expect(values("") == ["nameless"])
    #expect(values("x-missing").isEmpty)
    #expect(values("x-tenanT").isEmpty, "bytes compared exactly")
    fields.removeAll(named: "x-tenant")
    fields.append("x-tenant", "added")
    fields.append(literal: "user-agent", "grpc-swift-mesh/0.1")
    #expect(values("x-tenant") == ["added"], "removed fields are skipped, appended ones found")
    #expect(values("user-agent") == ["grpc-swift-mesh/0.1"])
    fields.revertEdits()
    #expect(values("x-tenant") == ["acme", "other"])
    #expect(values("user-agent").isEmpty)
    // No field at all, and only empty ones (no bytes stored).
    #expect(RequestHeaderFields().count(named: "x") == 0)
    fields = RequestHeaderFields([("", "")])
    #expect(values("") == [""])
    #expect(values("x").isEmpty)
  }

  @Test func editsAndRevertsWithoutTouchingReceivedBytes() {
    var fields = RequestHeaderFields(Self.received)
    fields.removeAll(named: "authorization")
    fields.set("fresh", named: "x-request-id")
    fields.append("x-mesh-user-id", "u1")
    #expect(fields.textFields.map(\.0) == ["x-tenant", "x-tenant", "x-trace-bin", "x-empty", "x-request-id", "x-mesh-user-id"])
    #expect(fields.string(named: "x-request-id") == "fresh")
    #expect(fields.count == 6)
    fields.revertEdits()
    #expect(fields.textFields.map(\.0) == Self.received.map(\.0))
    #expect(fields.textFields.map(\.1) == Self.received.map(\.1))
    #expect(fields.count == Self.received.count)
  }

  @Test func duplicateFieldsAreAllRemovedAndSetOnce() {
    var fields = RequestHeaderFields(Self.received)
    fields.set("one", named: "x-tenant")
    #expect(fields.count(named: "x-tenant") == 1)
    #expect(fields.onlyString(named: "x-tenant") == "one")
  }

  @Test(arguments: ["x-mesh-user-id", "X-Mesh-User-Id", "X-MESH-SCOPES", "x-MeSh-anything"])
  func reservedPrefixIsFoundInAnyLetterCase(name: String) {
    var fields = RequestHeaderFields([(name, "mallory"), ("x-meshy", "kept"), ("x-mes", "kept")])
    fields.removeAll { RequestHeaderFields.hasPrefixIgnoringCase($0, "x-mesh-") }
    #expect(fields.textFields.map(\.0) == ["x-meshy", "x-mes"])
  }

  @Test func binaryValuesStayAsSentAndDecodeInTheAdapter() {
    let fields = RequestHeaderFields(Self.received)
    #expect(fields.string(named: "x-trace-bin") == "AAEC/w==")
    let metadata = fields.metadata
    #expect(metadata.first { $0.key == "x-trace-bin" }?.value == .binary([0, 1, 2, 255]))
    #expect(metadata.map(\.key) == Self.received.map(\.0))
  }

  @Test func caseInsensitiveComparisons() {
    let bytes = Array("Bearer x".utf8)
    bytes.withUnsafeBytes { raw in
      #expect(RequestHeaderFields.hasPrefixIgnoringCase(raw, "bearer "))
      #expect(!RequestHeaderFields.hasPrefixIgnoringCase(raw, "bearer xy"))
      #expect(RequestHeaderFields.equalsIgnoringCase(raw, "bearer x"))
      #expect(!RequestHeaderFields.equals(raw, "bearer x"))
      #expect(RequestHeaderFields.equals(raw, "Bearer x"))
      #expect(RequestHeaderFields.hasPrefixIgnoringCase(raw, literal: "bearer "))
      #expect(RequestHeaderFields.hasPrefixIgnoringCase(raw, literal: ""))
      #expect(!RequestHeaderFields.hasPrefixIgnoringCase(raw, literal: "bearer xy"), "longer than the bytes")
      #expect(!RequestHeaderFields.hasPrefixIgnoringCase(raw, literal: "basic "))
    }
    Array("BEARER@".utf8).withUnsafeBytes { raw in
      // '@' is 0x40, 0x20 below '`': only letters are folded, so it is not the space of "bearer ".
      #expect(!RequestHeaderFields.hasPrefixIgnoringCase(raw, literal: "bearer "))
    }
  }

  /// A block appended whole (a verified caller's identity, added to every call that brings its token): its
  /// fields land after the request's own, readable, removable and reverted like fields appended one by one.
  @Test func blockAppendedWholeReadsAsItsFieldsOneByOne() {
    var identity = RequestHeaderFields([("x-mesh-user-id", "u1"), ("gone", "x"), ("x-mesh-scopes", "orders chat"),
                                        ("x-mesh-auth-method", "")])
    identity.removeAll(named: "gone")
    let kept = identity.compacted()
    #expect(kept.textFields.map(\.0) == ["x-mesh-user-id", "x-mesh-scopes", "x-mesh-auth-method"])
    #expect(kept.storageCapacity < 512, "compacted: no room kept for a whole request")

    var fields = RequestHeaderFields(Self.received)
    fields.removeAll(named: "authorization")
    fields.append(contentsOf: kept)
    fields.append(contentsOf: RequestHeaderFields())
    #expect(fields.count == Self.received.count - 1 + 3)
    #expect(fields.textFields.map(\.0) == ["x-request-id", "x-tenant", "x-tenant", "x-trace-bin", "x-empty",
                                           "x-mesh-user-id", "x-mesh-scopes", "x-mesh-auth-method"])
    #expect(fields.string(named: "x-mesh-scopes") == "orders chat")
    #expect(fields.string(named: "x-mesh-auth-method") == "")
    #expect(fields.listSize == fields.textFields.reduce(0) { $0 + $1.0.utf8.count + $1.1.utf8.count + 32 })
    fields.removeAll(named: "x-mesh-user-id")
    #expect(fields.string(named: "x-mesh-user-id") == nil)
    #expect(fields.string(named: "x-mesh-scopes") == "orders chat", "the block's other fields still read right")
    fields.revertEdits()
    #expect(fields.textFields.map(\.0) == Self.received.map(\.0))
    #expect(fields.textFields.map(\.1) == Self.received.map(\.1))
    #expect(kept.count == 3, "the appended block itself is unchanged")
  }
}
