import MeshCore
@testable import MeshProtobuf
import MeshProtos
import Testing

/// A string holding U+0000 is refused in both directions, naming the field, on every path that goes
/// through protobuf-c's NUL-terminated strings; 0x00 bytes anywhere else still decode.
@Suite struct StringNULTests {
  typealias AllTypes = Mesh_Testing_V1_AllTypes

  // MARK: - Wire bytes written by hand (our encoder refuses these strings, as it should)

  static func varint(_ value: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    var rest = value
    repeat {
      bytes.append(UInt8(rest & 0x7F) | (rest > 0x7F ? 0x80 : 0))
      rest >>= 7
    } while rest > 0
    return bytes
  }

  /// A length-delimited field.
  static func field(_ number: Int, _ payload: [UInt8]) -> [UInt8] {
    varint(number << 3 | 2) + varint(payload.count) + payload
  }

  static func field(_ number: Int, _ text: String) -> [UInt8] { field(number, Array(text.utf8)) }

  /// A varint field.
  static func number(_ number: Int, _ value: Int) -> [UInt8] { varint(number << 3) + varint(value) }

  /// Every string shape of AllTypes with a NUL, and the path the error must name. Each also carries a
  /// valid string before it, so that the walk must go past fields to find the one.
  static let shapes: [(bytes: [UInt8], path: String)] = [
    (field(9, "a\0b"), "f_string"),
    (field(9, "ok") + field(17, number(1, 0) + field(2, "\0")), "f_nested.label"),
    (field(17, field(2, "fine") + field(3, field(2, "x\0y"))), "f_nested.child.label"),
    (field(25, "first") + field(25, "sec\0ond"), "r_string"),
    (field(28, field(2, "one")) + field(28, field(2, "t\0wo")), "r_nested.label"),
    (field(31, field(1, "k\0") + number(2, 7)), "m_string_int32.key"),
    (field(32, number(1, 5) + field(2, "v\0")), "m_int64_string.value"),
    (field(34, number(1, 1) + field(2, field(2, "deep\0"))), "m_uint32_nested.value.label"),
    (field(42, "\0"), "o_string"),
    (field(51, "choice\0"), "c_string"),
    (field(53, field(2, "\0\0")), "c_nested.label"),
  ]

  @Test("a NUL in any string shape is refused by the typed decode", arguments: 0..<shapes.count)
  func typedDecodeRefuses(shape: Int) {
    let (bytes, path) = Self.shapes[shape]
    let error = #expect(throws: RPCError.self) { try AllTypes(wireBytes: bytes) }
    #expect(error?.code == .internal)
    #expect(error?.message.contains("string field \(path) holds U+0000") == true, "\(String(describing: error))")
  }

  @Test("the JSON printer and the field walk refuse it too", arguments: 0..<shapes.count)
  func descriptorPathsRefuse(shape: Int) {
    let (bytes, path) = Self.shapes[shape]
    let descriptor = AllTypes.protobufDescriptor
    let attempts: [() throws -> Void] = [{ _ = try ProtobufJSON.json(fromWireBytes: bytes, descriptor: descriptor) },
                                         { _ = try ProtobufFieldWalk.strings(in: bytes, descriptor: descriptor) }]
    for attempt in attempts {
      let error = #expect(throws: RPCError.self) { try attempt() }
      #expect(error?.message.contains("string field \(path) holds U+0000") == true, "\(String(describing: error))")
    }
  }

  @Test("a large message (the unpack allocator's path) is refused the same way")
  func largeMessageRefuses() {
    let bytes = Self.field(10, [UInt8](repeating: 0, count: 4096)) + Self.field(9, "tail\0")
    let error = #expect(throws: RPCError.self) { try AllTypes(wireBytes: bytes) }
    #expect(error?.message.contains("string field f_string holds U+0000") == true)
  }

  @Test("0x00 bytes outside strings (numbers, doubles, bytes, unknown fields) still decode")
  func zeroBytesElsewhereDecode() throws {
    var message = AllTypes()
    message.fDouble = 1.0  // 00 00 00 00 00 00 F0 3F
    message.fBytes = [0, 0, 0]
    message.oInt32 = 0  // present: written as a zero varint
    message.fString = "plain"
    message.rString = ["", "x"]  // the empty one has a zero length
    message.mStringBytes = ["k": [0]]
    message.fNested = RoundTripTests.nested(0, "label")
    var bytes = try message.wireBytes()
    #expect(bytes.contains(0))
    #expect(try AllTypes(wireBytes: bytes) == message)
    // An unknown length-delimited field holding 0x00: skipped, as protobuf-c skips it.
    bytes += Self.field(999, [0, 0x41, 0])
    #expect(try AllTypes(wireBytes: bytes) == message)
    #expect(try ProtobufFieldWalk.strings(in: bytes, descriptor: AllTypes.protobufDescriptor).map(\.value)
      == ["plain", "label", "x"])
    // The message every field kind holds (zeros in many of them) round-trips as before.
    let full = RoundTripTests.fullMessage()
    #expect(try AllTypes(wireBytes: try full.wireBytes()) == full)
  }

  @Test("hostile nesting (with 0x00 in it) meets the nesting limit first on every path, not the NUL check's recursion")
  func deepNestingStillRefusedByDepth() {
    let bytes = NestingLimitTests.nestedTrees(depth: 200_000)
    #expect(bytes.contains(0))
    let descriptor = Mesh_Testing_V1_Tree.protobufDescriptor
    let attempts: [() throws -> Void] = [{ _ = try Mesh_Testing_V1_Tree(wireBytes: bytes) },
                                         { _ = try ProtobufJSON.json(fromWireBytes: bytes, descriptor: descriptor) },
                                         { _ = try ProtobufFieldWalk.strings(in: bytes, descriptor: descriptor) }]
    for attempt in attempts {
      let error = #expect(throws: RPCError.self) { try attempt() }
      #expect(error?.code == .internal)
    }
  }

  @Test("the check answers nil without a 0x00 byte, and for malformed bytes (protobuf-c then decides)")
  func checkItself() {
    let descriptor = AllTypes.protobufDescriptor.message
    for bytes: [UInt8] in [Self.field(9, "no nul"), [], [0x4A, 0x05, 0x61, 0x00], [0x00, 0x00], [0x4A, 0x80]] {
      let found = bytes.withUnsafeBytes { ProtobufStringNULCheck.fieldWithNUL($0, descriptor: descriptor) }
      #expect(found == nil, "\(bytes)")
    }
  }

  // MARK: - Encoding

  static func encodeShapes() -> [(message: AllTypes, field: String)] {
    var shapes: [(AllTypes, String)] = []
    var message = AllTypes()
    message.fString = "a\0b"
    shapes.append((message, "f_string"))
    message = AllTypes()
    message.rString = ["ok", "\0"]
    shapes.append((message, "r_string"))
    message = AllTypes()
    message.fNested = RoundTripTests.nested(1, "x\0")
    shapes.append((message, "label"))
    message = AllTypes()
    message.mStringInt32 = ["k\0": 1]
    shapes.append((message, "key"))
    message = AllTypes()
    message.mInt64String = [1: "\0v"]
    shapes.append((message, "value"))
    message = AllTypes()
    message.oString = "\0"
    shapes.append((message, "o_string"))
    message = AllTypes()
    message.choice = .cString("c\0")
    shapes.append((message, "c_string"))
    return shapes
  }

  @Test("encoding a string holding NUL throws instead of packing it cut", arguments: 0..<7)
  func encodeRefuses(shape: Int) {
    let (message, field) = Self.encodeShapes()[shape]
    let attempts: [() throws -> Void] = [{ _ = try message.wireBytes() }, { _ = try message.wirePieces() },
                                         { _ = try ProtobufJSON.encode(message) }]
    for attempt in attempts {
      let error = #expect(throws: RPCError.self) { try attempt() }
      #expect(error?.code == .internal)
      #expect(error?.message.contains("string field \(field) holds U+0000") == true, "\(String(describing: error))")
    }
  }

  @Test("a field walk's replacement holding NUL is refused, not packed cut")
  func rewriteRefusesNUL() throws {
    var message = AllTypes()
    message.fString = "secret"
    let bytes = try message.wireBytes()
    let error = #expect(throws: RPCError.self) {
      try ProtobufFieldWalk.rewritingStrings(in: bytes, descriptor: AllTypes.protobufDescriptor) { _, _ in "x\0" }
    }
    #expect(error?.message.contains("fString (a replacement) holds U+0000") == true, "\(String(describing: error))")
    let redacted = try ProtobufFieldWalk.rewritingStrings(in: bytes, descriptor: AllTypes.protobufDescriptor) { _, _ in "xx" }
    #expect(try AllTypes(wireBytes: redacted).fString == "xx")
  }
}
