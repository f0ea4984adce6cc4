@testable import MeshGateway
import MeshLogging
import MeshTransport
import Testing

/// The byte writers and checks of the relayed call's hot path give what the text versions they replace give:
/// hex digits 8 at a time (`EdgeRandom.hexDigits`), the request id's UUID layout, the path check on bytes,
/// and the access line's own lookup of the id fields.
struct EdgeBytesTests {
  static let values: [UInt64] = [0, 1, 9, 10, 15, 16, 0xFF, 0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210,
                                 UInt64.max, 0x8000_0000_0000_0000, 0x0A0A_0A0A_0909_0909]

  private static func written(_ value: UInt64) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
      buffer.initialize(repeating: UInt8(ascii: "_"))
      EdgeRandom.writeHex(value, into: buffer, at: 2)
      return String(decoding: buffer, as: UTF8.self)
    }
  }

  @Test func hexDigitsAreStringsRadix16Padded() {
    var generator = SystemRandomNumberGenerator()
    for value in Self.values + (0..<2000).map({ _ in generator.next() as UInt64 }) {
      let text = String(value, radix: 16)
      let expected = "__" + String(repeating: "0", count: 16 - text.count) + text + "__"
      #expect(Self.written(value) == expected)
    }
  }

  @Test func generatedRequestIDsAreVersion4UUIDs() {
    for _ in 0..<500 {
      let id = RequestIDFilter.generate()
      let bytes = Array(id.utf8)
      #expect(bytes.count == 36)
      for (index, byte) in bytes.enumerated() {
        if [8, 13, 18, 23].contains(index) {
          #expect(byte == UInt8(ascii: "-"))
        } else {
          #expect((UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte))
        }
      }
      #expect(bytes[14] == UInt8(ascii: "4"), "version 4")
      #expect([UInt8(ascii: "8"), UInt8(ascii: "9"), UInt8(ascii: "a"), UInt8(ascii: "b")].contains(bytes[19]), "RFC 4122 variant")
      #expect(RequestIDFilter.isValid(id))
    }
  }

  static let paths = ["/", "/a", "/a/", "/grpc.testing.TestService/UnaryCall", "//a", "/a//b", "/./a", "/a/.", "/a/..",
                      "/../a", "/a/.../b", "/a/..b", "/%61", "/a b", "/a\u{7F}", "a/b", "", "/ü", "/a/./", "/.well-known/x", "/%2A", "/a%2fb"]

  @Test(arguments: paths)
  func thePathCheckOnBytesIsNormalizeGivingThePathBack(path: String) {
    let onBytes = Array(path.utf8).withUnsafeBytes { PathNormalizer.isNormal($0) }
    let normalized = try? PathNormalizer.normalize(path).get()
    if onBytes { #expect(normalized == path) }
    // The other way: a path normalize leaves as it is passes the check unless it holds an escape (kept
    // encoded, so the same text, but the check sends every `%` to normalize).
    if normalized == path, !path.contains("%") { #expect(onBytes) }
  }

  /// The byte-wise check `isNormal` was before it read eight bytes at a time: the reference.
  private static func isNormalByteWise(_ path: [UInt8]) -> Bool {
    guard path.first == UInt8(ascii: "/") else { return false }
    var segmentLength = 0
    var onlyDots = true
    for byte in path.dropFirst() {
      guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "%") else { return false }
      if byte == UInt8(ascii: "/") {
        if segmentLength == 0 || (onlyDots && segmentLength <= 2) { return false }
        segmentLength = 0
        onlyDots = true
      } else {
        segmentLength += 1
        if byte != UInt8(ascii: ".") { onlyDots = false }
      }
    }
    return !(segmentLength > 0 && onlyDots && segmentLength <= 2)
  }

  /// A method's path with `/.`, `/..`, `//` or a trailing `/.` at every place: the check reads words every seven
  /// bytes, so each place lies at another spot of a word (and across two at some).
  static let pairsAtEveryPlace: [String] = (1...30).flatMap { place -> [String] in
    let head = "/" + String(repeating: "a", count: place)
    return [head + "/./b", head + "/../b", head + "//b", head + "/.", head + "/.b/c", head + "/", head + "/b"]
  }

  @Test func theWordWisePathCheckIsTheByteWiseOne() {
    var generator = SystemRandomNumberGenerator()
    // Slashes and dots often (segments of one or two dots, empty ones), and now and then a byte the check
    // refuses (space, `%`, DEL, 0x80 and up, a control byte) at any place, in paths around the word size.
    let alphabet: [UInt8] = [0x2F, 0x2F, 0x2E, 0x2E, 0x2E, 0x61, 0x62, 0x7A, 0x41, 0x7E, 0x21]
    let refused: [UInt8] = [0x00, 0x1F, 0x20, 0x25, 0x7F, 0x80, 0xC3, 0xFF]
    for round in 0..<20000 {
      let length = Int.random(in: 0...40, using: &generator)
      var path: [UInt8] = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x61 }
      if length > 0, round % 2 == 0 { path[0] = UInt8(ascii: "/") }
      if length > 1, round % 5 == 0 {
        path[Int.random(in: 1..<length, using: &generator)] = refused.randomElement(using: &generator) ?? 0
      }
      #expect(path.withUnsafeBytes { PathNormalizer.isNormal($0) } == Self.isNormalByteWise(path), "\(path)")
    }
    for path in Self.paths + ["/grpc.testing.TestService/Unary%Call", "/grpc.testing.TestService/Unary Call",
                              "/grpc.testing.TestService/..", "/grpc.testing.TestService//x", "/grpc.testing.TestService/.",
                              "/grpc.testing.TestService/UnaryCal\u{7F}", "/grpc.testing.TestService/UnaryCallé"]
                              + Self.pairsAtEveryPlace {
      let bytes = Array(path.utf8)
      #expect(bytes.withUnsafeBytes { PathNormalizer.isNormal($0) } == Self.isNormalByteWise(bytes), "\(path)")
    }
  }

  @Test func theHeaderNamesAreTheFiltersNames() {
    #expect(HeaderName.requestID.text == RequestIDFilter.header)
    #expect(HeaderName.traceParent.text == TraceParent.headerName)
    #expect(HeaderName.authorization.text == "authorization" && HeaderName.apiKey.text == "x-api-key")
  }

  @Test func headerNamesFindTheFirstValueAndEditInPlace() {
    let fields = RequestHeaderFields([("x-request-idx", "no"), ("x-request-id", "first"), ("x-request-id", "second"),
                                      ("traceparen", "no")])
    var found: [String?] = []
    HeaderName.requestID.withFirstValue(in: fields) { found.append($0.map { String(decoding: $0, as: UTF8.self) }) }
    HeaderName.traceParent.withFirstValue(in: fields) { found.append($0.map { String(decoding: $0, as: UTF8.self) }) }
    #expect(found == ["first", nil])
    #expect(HeaderName.requestID.isPresent(in: fields) && !HeaderName.apiKey.isPresent(in: fields))
    var edited = fields
    let value = Array("new".utf8)
    value.withUnsafeBytes { HeaderName.requestID.set($0, in: &edited) }
    #expect(edited.textFields.map { $0.0 } == ["x-request-idx", "traceparen", "x-request-id"])
    #expect(edited.string(named: "x-request-id") == "new" && edited.count(named: "x-request-id") == 1)
  }

  @Test func theEightByteEscapeCheckIsTheByteWiseOne() {
    var generator = SystemRandomNumberGenerator()
    // Mostly plain text, with now and then a byte to escape (or one of 0x80 and up) at any place.
    let alphabet: [UInt8] = Array(0x20...0x7E) + [0x00, 0x09, 0x1F, 0x22, 0x5C, 0x7F, 0x80, 0xA0, 0xDF, 0xFF]
    for _ in 0..<5000 {
      let length = Int.random(in: 0...40, using: &generator)
      let plain = Bool.random(using: &generator)
      let bytes: [UInt8] = (0..<length).map { _ in
        plain ? UInt8.random(in: 0x23...0x5B, using: &generator) : alphabet.randomElement(using: &generator) ?? 0
      }
      let expected = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
      #expect(bytes.withUnsafeBytes { AccessLineWriter.needsEscaping($0) } == expected, "\(bytes)")
    }
  }

  @Test func heldRequestBytesAreTheBytesAppendedInOrder() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      var held = HeldRequestBytes()
      var expected: [UInt8] = []
      // Chunks around the inline capacity: some calls stay inline, some spill into an array midway.
      for _ in 0..<Int.random(in: 0...6, using: &generator) {
        let chunk = (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        chunk.withUnsafeBytes { held.append($0) }
        expected += chunk
        #expect(held.count == expected.count)
      }
      #expect(held.withBytes { Array($0) } == expected)
    }
  }
}
