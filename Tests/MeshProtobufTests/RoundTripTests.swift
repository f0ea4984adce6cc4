import MeshCore
import MeshProtobuf
import MeshProtos
import Testing

/// Every field kind through protobuf-c and back, with the wire bytes checked where the format fixes them.
@Suite struct RoundTripTests {
  typealias AllTypes = Mesh_Testing_V1_AllTypes

  static func nested(_ a: Int32, _ label: String) -> AllTypes.Nested {
    var nested = AllTypes.Nested()
    nested.a = a
    nested.label = label
    return nested
  }

  static func fullMessage() -> AllTypes {
    var message = AllTypes()
    message.fDouble = -1.5e300
    message.fFloat = .infinity
    message.fInt64 = .min
    message.fUint64 = .max
    message.fInt32 = .min
    message.fFixed64 = .max
    message.fFixed32 = .max
    message.fBool = true
    message.fString = "grüße, 世界 🚀"
    message.fBytes = [0, 1, 2, 255, 0]
    message.fUint32 = .max
    message.fSfixed32 = .min
    message.fSfixed64 = .min
    message.fSint32 = .min
    message.fSint64 = .max
    message.fColor = .blue
    var deep = nested(1, "root")
    deep.child = nested(2, "child")
    deep.child?.child = nested(3, "grandchild")
    message.fNested = deep
    var timestamp = Google_Protobuf_Timestamp()
    timestamp.seconds = 1_764_000_000
    timestamp.nanos = 999_999_999
    message.fTimestamp = timestamp
    var duration = Google_Protobuf_Duration()
    duration.seconds = -90
    duration.nanos = -5_000
    message.fDuration = duration
    message.wInt64 = Google_Protobuf_Int64Value()
    message.wInt64?.value = .min
    message.wString = Google_Protobuf_StringValue()
    message.wBool = Google_Protobuf_BoolValue()
    message.wBool?.value = true
    message.rInt32 = [1, -1, .max, .min, 0]
    message.rSint64 = [.min, .max, 0, -2]
    message.rDouble = [0.5, -0.25]
    message.rBool = [true, false, true]
    message.rString = ["a", "", "ccc"]
    message.rBytes = [[1], [], [2, 3]]
    message.rColor = [.red, .green, .unrecognized(77)]
    message.rNested = [nested(7, "x"), AllTypes.Nested()]
    message.rFixed32 = [1, .max]
    message.rUint64 = [.max, 0]
    message.mStringInt32 = ["one": 1, "minus": -1, "": 0]
    message.mInt64String = [.min: "min", .max: "max"]
    message.mBoolColor = [true: .green, false: .unrecognized(9)]
    message.mUint32Nested = [5: nested(5, "five"), 0: AllTypes.Nested()]
    message.mStringBytes = ["k": [0, 0xFF]]
    message.oInt32 = 0
    message.oString = ""
    message.oBool = false
    message.oColor = .unspecified
    message.oNested = AllTypes.Nested()
    message.oUint64 = .max
    message.choice = .cNested(nested(9, "chosen"))
    message.default = 42
    message.class = "keyword"
    message.`init` = true
    message.`self` = .protocol(64)
    return message
  }

  @Test func everyFieldKindRoundTrips() throws {
    let message = Self.fullMessage()
    let decoded = try AllTypes(wireBytes: try message.wireBytes())
    #expect(decoded == message)
    #expect(decoded.fNested?.child?.child?.label == "grandchild")
    #expect(decoded.mInt64String[.min] == "min")
  }

  @Test func defaultsEncodeToNothingAndDecodeFromNothing() throws {
    #expect(try AllTypes().wireBytes().isEmpty)
    let decoded = try AllTypes(wireBytes: [])
    #expect(decoded == AllTypes())
    #expect(decoded.oInt32 == nil && decoded.fNested == nil && decoded.choice == nil)
  }

  @Test func proto3OptionalKeepsPresenceOfDefaultValues() throws {
    var message = AllTypes()
    message.oInt32 = 0
    message.oString = ""
    let bytes = try message.wireBytes()
    // Field 41 varint 0 (tag 41<<3 = 0x148 -> C8 02), field 42 length 0 (tag 0x152 -> D2 02).
    #expect(bytes == [0xC8, 0x02, 0x00, 0xD2, 0x02, 0x00])
    let decoded = try AllTypes(wireBytes: bytes)
    #expect(decoded.oInt32 == 0 && decoded.oString == "" && decoded.oBool == nil)
  }

  @Test(arguments: [
    AllTypes.OneOf_Choice.cString(""), .cString("text"), .cInt64(.min), .cNested(AllTypes.Nested()),
    .cColor(.unrecognized(-3)), .cBytes([]), .cBytes([1, 2]),
  ])
  func everyOneofCaseRoundTrips(choice: AllTypes.OneOf_Choice) throws {
    var message = AllTypes()
    message.choice = choice
    #expect(try AllTypes(wireBytes: try message.wireBytes()).choice == choice)
  }

  @Test func oneofMembersHaveAccessors() throws {
    var message = AllTypes()
    #expect(message.cString == "" && message.cNested == AllTypes.Nested() && message.cColor == .unspecified)
    message.cInt64 = 5
    #expect(message.choice == .cInt64(5) && message.cInt64 == 5 && message.cString == "")
    message.cString = "now a string"
    #expect(message.choice == .cString("now a string") && message.cInt64 == 0)
    message.protocol = 9
    #expect(message.`self` == .protocol(9))
  }

  @Test func theLastOneofMemberOnTheWireWins() throws {
    // Field 51 "a", then field 52 = 7.
    let decoded = try AllTypes(wireBytes: [0x9A, 0x03, 0x01, 0x61, 0xA0, 0x03, 0x07])
    #expect(decoded.choice == .cInt64(7))
  }

  @Test func unknownEnumValuesAreKeptAndSentBack() throws {
    // Field 16 = 7 (not a Color), repeated field 27 packed [1, 1000].
    let bytes: [UInt8] = [0x80, 0x01, 0x07, 0xDA, 0x01, 0x03, 0x01, 0xE8, 0x07]
    let decoded = try AllTypes(wireBytes: bytes)
    #expect(decoded.fColor == .unrecognized(7))
    #expect(decoded.rColor == [.red, .unrecognized(1000)])
    #expect(try decoded.wireBytes() == bytes)
    #expect(Mesh_Testing_V1_Color(rawValue: 5) == .green)
    #expect(Mesh_Testing_V1_Color.unrecognized(100) == .blue)
  }

  @Test func repeatedScalarsArePackedAndUnpackedFormIsAccepted() throws {
    var message = AllTypes()
    message.rInt32 = [1, 2, 300]
    let packed = try message.wireBytes()
    // Field 21, wire type 2 (tag 0xAA 0x01), 4 bytes: 1, 2, 300 (AC 02).
    #expect(packed == [0xAA, 0x01, 0x04, 0x01, 0x02, 0xAC, 0x02])
    let unpacked: [UInt8] = [0xA8, 0x01, 0x01, 0xA8, 0x01, 0x02, 0xA8, 0x01, 0xAC, 0x02]
    #expect(try AllTypes(wireBytes: unpacked).rInt32 == [1, 2, 300])
  }

  @Test func aRepeatedMapKeyKeepsTheLastValue() throws {
    // Field 31 twice: {key "a", value 1}, {key "a", value 2}; then {key "b", value 3}.
    let entry = { (key: UInt8, value: UInt8) -> [UInt8] in [0xFA, 0x01, 0x05, 0x0A, 0x01, key, 0x10, value] }
    let bytes = entry(0x61, 1) + entry(0x61, 2) + entry(0x62, 3)
    let decoded = try AllTypes(wireBytes: bytes)
    #expect(decoded.mStringInt32 == ["a": 2, "b": 3])
  }

  @Test func recursiveMessagesThroughOneofsAndArrays() throws {
    var leaf = Mesh_Testing_V1_Tree()
    leaf.name = "leaf"
    leaf.shape = .leafValue(3)
    var middle = Mesh_Testing_V1_Tree()
    middle.name = "middle"
    middle.shape = .onlyChild(leaf)
    var root = Mesh_Testing_V1_Tree()
    root.name = "root"
    root.children = [middle, leaf]
    #expect(try Mesh_Testing_V1_Tree(wireBytes: try root.wireBytes()) == root)
  }

  @Test func unknownFieldsAreSkipped() throws {
    // Field 1000 (varint 5) before field 5 = 3.
    let decoded = try AllTypes(wireBytes: [0xC0, 0x3E, 0x05, 0x28, 0x03])
    #expect(decoded.fInt32 == 3)
  }

  @Test(arguments: [
    [0x0A] as [UInt8],                      // field 1 with a length-delimited tag but no length
    [0x28, 0xFF, 0xFF],                     // a varint that never ends
    [0x4A, 0x05, 0x61],                     // a string announcing 5 bytes, carrying 1
    [0x8A, 0x01, 0x03, 0x08],               // a nested message cut short
    [0x00, 0x01],                           // field number 0
    [0x0B, 0x00],                           // a start-group tag
    [0x4A, 0x02, 0xC3, 0x28],               // a string that is not UTF-8 (proto3 requires it)
    [0xCA, 0x01, 0x01, 0xFF],               // the same in a repeated string
  ])
  func bytesThatAreNotProtobufThrowATypedError(bytes: [UInt8]) {
    let error = #expect(throws: RPCError.self) { try AllTypes(wireBytes: bytes) }
    #expect(error?.code == .internal)
    #expect(error?.message.contains("mesh.testing.v1.AllTypes") == true)
  }
}

/// Map entries go out sorted by key, so equal messages give equal bytes.
@Suite struct DeterministicMapTests {
  @Test func mapsWithComparableKeysAreWrittenInKeyOrder() throws {
    var message = Mesh_Testing_V1_AllTypes()
    message.mStringInt32 = ["b": 2, "a": 1, "c": 3]
    let bytes = try message.wireBytes()
    // Entries: {key "a" value 1}, {key "b" value 2}, {key "c" value 3}.
    let entry = { (key: UInt8, value: UInt8) -> [UInt8] in [0xFA, 0x01, 0x05, 0x0A, 0x01, key, 0x10, value] }
    #expect(bytes == entry(0x61, 1) + entry(0x62, 2) + entry(0x63, 3))
  }
}
