import Testing
@testable import MeshTransport

/// Names nghttp2 gave (and fixed names) are marked lower-case where they are stored, so a block sent
/// uncopied does not check them again; a name from anywhere else is still checked, and one with an
/// upper-case letter still goes copied (nghttp2 lower-cases it).
@Suite struct LowerCaseNameMarkTests {
  /// A relayed response: the received fields go uncopied unchecked, the relay's own are checked.
  @Test func receivedResponseFieldsAreMarkedOwnOnesChecked() {
    var received = RawHeaderFields()
    Self.appendReceived(&received, ":status", "200")
    Self.appendReceived(&received, "content-type", "application/grpc")
    Self.appendReceived(&received, "x-upstream", "a")
    Self.appendReceived(&received, "grpc-status", "0")
    var own = RawHeaderFields()
    own.append(name: "X-Configured", value: UnsafeRawBufferPointer(start: nil, count: 0))
    own.append(name: "x-request-id", value: UnsafeRawBufferPointer(start: nil, count: 0))
    var block = HeaderBlock()
    block.add(":status", literal: "200")
    block.addRelayed(received)
    block.addAll(own)
    #expect(block.textFields.map(\.0) == [":status", "x-upstream", "grpc-status", "X-Configured", "x-request-id"])
    #expect(block.uncopiedNames == [":status", "x-upstream", "grpc-status", "x-request-id"])
    #expect(block.neverIndexedNames == ["x-request-id"])
    // The marks are in the stored lengths only: the fields read back as they went in.
    #expect(received.textFields.map(\.0) == [":status", "content-type", "x-upstream", "grpc-status"])
    #expect(received.integer(named: "grpc-status") == 0)
    #expect(received.byteCount == 4 * 8 + ":status200content-typeapplication/grpcx-upstreamagrpc-status0".utf8.count)
  }

  /// A relayed request: the fields received before `markReceived` are marked, the ones a filter added after
  /// are checked (an upper-case one copied), and a block made by hand is checked whatever it holds.
  @Test func receivedRequestFieldsAreMarkedAddedOnesChecked() {
    var fields = RequestHeaderFields()
    fields.append("authorization", "Bearer x")
    fields.append("x-client", "1")
    fields.markReceived()
    fields.append("X-Filter-Added", "2")
    fields.append("x-mesh-user-id", "u1")
    var block = HeaderBlock()
    block.add(fields)
    #expect(block.uncopiedNames == ["authorization", "x-client", "x-mesh-user-id"])
    // Reverted, the received ones are still marked.
    fields.revertEdits()
    var again = HeaderBlock()
    again.add(fields)
    #expect(again.uncopiedNames == ["authorization", "x-client"])

    let byHand = RequestHeaderFields([("x-lower", "1"), ("X-Upper", "2")])
    var handBlock = HeaderBlock()
    handBlock.add(byHand)
    #expect(handBlock.textFields.map(\.0) == ["x-lower", "X-Upper"])
    #expect(handBlock.uncopiedNames == ["x-lower"])
  }

  /// Fixed names and a never-indexed fixed name carry both marks and read back whole.
  @Test func fixedNamesKeepBothMarks() {
    var block = HeaderBlock()
    block.add(":method", literal: "POST")
    block.add(":path", value: "/a.B/C")
    let timeout = Array("99m".utf8)
    timeout.withUnsafeBytes { block.add("grpc-timeout", neverIndexed: $0) }
    #expect(block.textFields.map(\.0) == [":method", ":path", "grpc-timeout"])
    #expect(block.textFields.map(\.1) == ["POST", "/a.B/C", "99m"])
    #expect(block.uncopiedNames == [":method", ":path", "grpc-timeout"])
    #expect(block.neverIndexedNames == ["grpc-timeout"])
  }

  private static func appendReceived(_ fields: inout RawHeaderFields, _ name: String, _ value: String) {
    Array(name.utf8).withUnsafeBytes { name in
      Array(value.utf8).withUnsafeBytes { fields.appendReceived(name: name, value: $0) }
    }
  }
}
