import MeshCore
@testable import MeshTransport
import Testing

/// Request heads parsed one after another on a connection, sharing what repeats.
@Suite("Request heads: parsing, and sharing what the previous request repeated")
struct RequestHeadTests {
  /// Parses one header block as a connection does: every field, then `finish`.
  private func parse(_ fields: [(String, String)], previous: inout PreviousRequestHead, limit: Int = 16 << 10,
                     keepsFields: Bool = false) -> RequestHead {
    var head = RequestHead()
    head.keepsFields = keepsFields
    for (name, value) in fields {
      var name = name, value = value
      name.withUTF8 { name in
        value.withUTF8 { value in
          _ = head.add(name: UnsafeRawBufferPointer(name), value: UnsafeRawBufferPointer(value), limit: limit, previous: &previous)
        }
      }
    }
    head.finish(previous: &previous)
    return head
  }

  private func pairs(_ metadata: Metadata) -> [String] { metadata.map { "\($0.key)=\($0.value)" } }

  private let base = [(":method", "POST"), (":scheme", "http"), (":path", "/grpc.testing.TestService/UnaryCall"),
                      (":authority", "localhost:50051"), ("content-type", "application/grpc"), ("te", "trailers")]

  @Test("A request that repeats the previous one gets the same path, authority and metadata")
  func repeated() {
    var previous = PreviousRequestHead()
    let fields = base + [("user-agent", "grpc-c++/1.51.1 grpc-c/29.0.0 (linux; chttp2)"), ("x-tenant", "acme")]
    let first = parse(fields, previous: &previous)
    let second = parse(fields, previous: &previous)
    for head in [first, second] {
      #expect(head.method == "POST")
      #expect(head.path == "/grpc.testing.TestService/UnaryCall")
      #expect(head.authority == "localhost:50051")
      #expect(head.contentType == "application/grpc")
      #expect(pairs(head.metadata) == ["user-agent=grpc-c++/1.51.1 grpc-c/29.0.0 (linux; chttp2)", "x-tenant=acme"])
    }
  }

  @Test("Metadata that differs from the previous request's, in any position, is its own")
  func differing() {
    var previous = PreviousRequestHead()
    _ = parse(base + [("a", "1"), ("b", "2"), ("c", "3")], previous: &previous)
    // The last entry differs.
    #expect(pairs(parse(base + [("a", "1"), ("b", "2"), ("c", "4")], previous: &previous).metadata) == ["a=1", "b=2", "c=4"])
    // Fewer entries: a prefix of the previous request's.
    #expect(pairs(parse(base + [("a", "1")], previous: &previous).metadata) == ["a=1"])
    // More entries than the previous request.
    #expect(pairs(parse(base + [("a", "1"), ("b", "2")], previous: &previous).metadata) == ["a=1", "b=2"])
    // The same value under another name, and the same name with another value.
    #expect(pairs(parse(base + [("z", "1"), ("b", "2")], previous: &previous).metadata) == ["z=1", "b=2"])
    #expect(pairs(parse(base + [("z", "11"), ("b", "2")], previous: &previous).metadata) == ["z=11", "b=2"])
    // None at all, then some again.
    #expect(parse(base, previous: &previous).metadata.isEmpty)
    #expect(pairs(parse(base + [("a", "1")], previous: &previous).metadata) == ["a=1"])
  }

  @Test("Binary metadata is decoded on every request, also when it repeats")
  func binary() {
    var previous = PreviousRequestHead()
    let fields = base + [("trace-bin", "AQID"), ("a", "1")]
    for _ in 0..<3 {
      let head = parse(fields, previous: &previous)
      #expect(head.metadata.firstBinary(forKey: "trace-bin") == [1, 2, 3])
      #expect(head.metadata.firstString(forKey: "a") == "1")
      #expect(head.metadata.count == 2)
    }
    let bad = parse(base + [("trace-bin", "%%%")], previous: &previous)
    #expect(bad.invalidBinaryHeader == "trace-bin")
  }

  @Test("A path or authority that changes is read again")
  func pathAndAuthority() {
    var previous = PreviousRequestHead()
    _ = parse(base, previous: &previous)
    let other = parse([(":method", "POST"), (":path", "/pkg.Service/Other"), (":authority", "example.com"),
                       ("content-type", "application/grpc+proto")], previous: &previous)
    #expect(other.path == "/pkg.Service/Other")
    #expect(other.authority == "example.com")
    #expect(other.contentType == "application/grpc+proto")
  }

  @Test("Names and values that differ from a known one only in their last byte are told apart")
  func oneByteApart() {
    var previous = PreviousRequestHead()
    _ = parse(base + [("ab", "1")], previous: &previous)
    let next = parse([(":method", "POST"), (":path", "/grpc.testing.TestService/UnaryCalm"),
                      (":authority", "localhost:50052"), ("content-type", "application/grpd"),
                      ("tf", "trailers"), ("content-typf", "x"), ("ac", "1")], previous: &previous)
    #expect(next.path == "/grpc.testing.TestService/UnaryCalm")
    #expect(next.authority == "localhost:50052")
    #expect(next.contentType == "application/grpd")
    #expect(pairs(next.metadata) == ["tf=trailers", "content-typf=x", "ac=1"])
    let last = parse(base + [("ac", "2")], previous: &previous)
    #expect(last.path == "/grpc.testing.TestService/UnaryCall")
    #expect(last.authority == "localhost:50051")
    #expect(pairs(last.metadata) == ["ac=2"])
  }

  @Test("Past the header list limit the request overflows and is not remembered")
  func overflow() {
    var previous = PreviousRequestHead()
    _ = parse(base + [("a", "1")], previous: &previous)
    let big = parse(base + [("a", "1"), ("b", String(repeating: "x", count: 600))], previous: &previous, limit: 512)
    #expect(big.overflowed)
    // The next request is compared with the last one that fit, and parsed right.
    #expect(pairs(parse(base + [("a", "1"), ("b", "2")], previous: &previous).metadata) == ["a=1", "b=2"])
  }

  @Test("For a relay, metadata fields are kept as bytes; Metadata is made only when the usual path takes the call")
  func keptFields() {
    var previous = PreviousRequestHead()
    let fields = base + [("user-agent", "grpc-c++"), ("x-mesh-user-id", "mallory"), ("trace-bin", "AAEC"),
                         ("grpc-timeout", "1S")]
    var head = parse(fields, previous: &previous, keepsFields: true)
    #expect(head.path == "/grpc.testing.TestService/UnaryCall")
    #expect(head.timeout == "1S")
    #expect(head.metadata.isEmpty)
    #expect(head.fields.textFields.map(\.0) == ["user-agent", "x-mesh-user-id", "trace-bin"])
    #expect(head.invalidBinaryHeader == nil)
    head.makeMetadata(previous: &previous)
    #expect(pairs(head.metadata) == pairs(parse(fields, previous: &previous).metadata))
    let bad = parse(base + [("trace-bin", "%%%")], previous: &previous, keepsFields: true)
    #expect(bad.invalidBinaryHeader == "trace-bin")
  }

  @Test("An unrouted call's method is the previous one's for the same path, parsed again for another")
  func parsedMethod() throws {
    var previous = PreviousRequestHead()
    let unary = "/grpc.testing.TestService/UnaryCall"
    // `method(forPath:)` is mutating: its results are taken apart from the expectations.
    let firstPath = parse(base, previous: &previous).path
    let firstMethod = previous.method(forPath: firstPath)
    let first = try #require(firstMethod)
    #expect(first.service == "grpc.testing.TestService" && first.method == "UnaryCall" && first.path == unary)
    // The same path again (the head shares the previous one's string): the same method.
    let againPath = parse(base, previous: &previous).path
    let again = previous.method(forPath: againPath)
    #expect(again == first)
    // Another path, and a path built apart (equal text, other storage): each its own method.
    var other = base
    other[2] = (":path", "/grpc.testing.TestService/EmptyCall")
    let otherPath = parse(other, previous: &previous).path
    let secondMethod = previous.method(forPath: otherPath)
    let second = try #require(secondMethod)
    #expect(second.service == "grpc.testing.TestService" && second.method == "EmptyCall")
    let rebuilt = previous.method(forPath: String(decoding: Array(unary.utf8), as: UTF8.self))
    #expect(rebuilt == first)
    // Not a method's path: none, and the last parsed method is still given for its own path.
    let noMethod = previous.method(forPath: "/no-method"), threeParts = previous.method(forPath: "/a/b/c")
    #expect(noMethod == nil && threeParts == nil)
    let unaryAgain = previous.method(forPath: unary), emptyAgain = previous.method(forPath: "/grpc.testing.TestService/EmptyCall")
    #expect(unaryAgain?.method == "UnaryCall" && emptyAgain?.method == "EmptyCall")
  }
}
