import Testing
@testable import MeshTransport

/// The block nghttp2 is handed (one buffer, fields length-prefixed): every way of adding a field gives
/// nghttp2 the same names and values, in order, and a relayed block passes on only what crosses a proxy.
@Suite struct HeaderBlockTests {
  @Test func fieldsGoToNGHTTP2InOrder() {
    var block = HeaderBlock()
    block.add(":status", "200")
    block.add("x-bytes", bytes: [UInt8]("v1".utf8))
    block.add("x-empty", "")
    let long = String(repeating: "w", count: 70_000)
    block.add("x-long", long)
    Array("x-raw".utf8).withUnsafeBytes { name in
      Array("ÿ\u{0}".utf8).withUnsafeBytes { value in block.add(name: name, value: value) }
    }
    block.add("", "no name")
    #expect(block.count == 6 && !block.isEmpty)
    #expect(block.textFields.map { "\($0.0)=\($0.1)" } == [
      ":status=200", "x-bytes=v1", "x-empty=", "x-long=\(long)", "x-raw=ÿ\u{0}", "=no name",
    ])
    #expect(HeaderBlock().isEmpty && HeaderBlock().textFields.isEmpty)
  }

  /// Fixed names and values (read from the binary's constant bytes) reach nghttp2 as the same fields a
  /// `String` gives.
  @Test func fixedTextGivesTheSameFields() {
    var fixed = HeaderBlock()
    fixed.add(":method", literal: "POST")
    fixed.add(":path", value: "/grpc.testing.TestService/UnaryCall")
    fixed.add("content-type", literal: "application/grpc")
    fixed.add("x-empty", literal: "")
    var text = HeaderBlock()
    text.add(":method", "POST")
    text.add(":path", "/grpc.testing.TestService/UnaryCall")
    text.add("content-type", "application/grpc")
    text.add("x-empty", "")
    #expect(fixed.count == 4)
    #expect(fixed.textFields.map { "\($0.0)=\($0.1)" } == text.textFields.map { "\($0.0)=\($0.1)" })
    #expect(fixed.textFields.first.map { "\($0.0)=\($0.1)" } == ":method=POST")
  }

  @Test func relayedFieldsKeepOrderAndDuplicates() {
    let relayed = RawHeaderFields([(":status", "200"), ("x-dup", "A"), ("content-type", "application/grpc"),
                                   ("x-bin", "AAE"), ("x-dup", "b"), ("te", "trailers"), ("x-case", "MiXeD")])
    var block = HeaderBlock(capacity: 64, fields: 2)
    block.add(":status", "200")
    block.addRelayed(relayed)
    block.addAll(RawHeaderFields([("x-request-id", "id")]))
    #expect(block.textFields.map { "\($0.0)=\($0.1)" } == [
      ":status=200", "x-dup=A", "x-bin=AAE", "x-dup=b", "x-case=MiXeD", "x-request-id=id",
    ])
  }

  /// Values that differ on every call are sent never-indexed: the ids by name, whichever way they were
  /// added, and a field added as never indexed (a relayed call's countdown `grpc-timeout`); every other
  /// field (names of the same length, and a `grpc-timeout` added plainly, among them) is left to
  /// nghttp2's indexing.
  @Test func perCallValuesAreNeverIndexed() {
    let relayed = RawHeaderFields([("x-request-id", "5f0c"), ("x-request-ie", "a"), ("traceparent", "00-ab-cd-01")])
    var block = HeaderBlock(capacity: 64, fields: 8)
    block.add(":path", "/grpc.testing.TestService/UnaryCall")
    block.add("grpc-timeout", neverIndexed: "4999871u")
    block.add("grpc-timeout", "5S")
    block.add("content-type", "application/grpc")
    block.add("grpc-message", "ok")
    block.addAll(relayed)
    block.add("traceparenz", "x")
    block.add("x-request-idx", "y")
    // Names one byte off in either of the two words the check compares, or in the byte they share.
    for near in ["xraceparent", "tracepazent", "tracepbrent", "y-request-id", "x-requesu-id", "x-request-iD", "traceparen"] {
      block.add(near, "z")
    }
    #expect(block.neverIndexedNames == ["grpc-timeout", "x-request-id", "traceparent"])
    #expect(block.textFields.map { "\($0.0)=\($0.1)" }.prefix(3) == [
      ":path=/grpc.testing.TestService/UnaryCall", "grpc-timeout=4999871u", "grpc-timeout=5S",
    ])
    // The relay's form: the value's bytes, formatted on the stack.
    var relay = HeaderBlock()
    relay.add("content-type", "application/grpc")
    GRPCTimeout(.microseconds(4_999_871)).withHeaderValue { relay.add("grpc-timeout", neverIndexed: $0) }
    #expect(relay.neverIndexedNames == ["grpc-timeout"])
    #expect(relay.textFields.map { "\($0.0)=\($0.1)" } == ["content-type=application/grpc", "grpc-timeout=4999871u"])
    var plain = HeaderBlock()
    plain.add(":status", "200")
    plain.add("content-type", "application/grpc")
    #expect(plain.neverIndexedNames.isEmpty)
  }
}
