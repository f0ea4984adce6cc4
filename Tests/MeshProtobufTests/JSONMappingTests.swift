import MeshCore
import MeshProtobuf
import MeshProtos
import Testing

/// The proto3 JSON mapping over protobuf-c descriptors.
@Suite struct JSONMappingTests {
  @Test func interopRequestPrintsInProto3Form() throws {
    var request = Grpc_Testing_SimpleRequest()
    request.responseSize = 314_159
    request.payload = Grpc_Testing_Payload()
    request.payload?.body = [0, 0, 0]
    request.fillUsername = true
    request.responseCompressed = Grpc_Testing_BoolValue()
    #expect(try ProtobufJSON.encode(request)
            == #"{"responseSize":314159,"payload":{"body":"AAAA"},"fillUsername":true,"responseCompressed":{}}"#)
  }

  @Test func everyFieldKindRoundTripsThroughJSON() throws {
    let message = RoundTripTests.fullMessage()
    let json = try ProtobufJSON.encode(message)
    #expect(try ProtobufJSON.decode(AllTypes.self, from: json) == message)
  }

  @Test func valuesTakeTheirProto3JSONForms() throws {
    var message = AllTypes()
    message.fInt64 = .min
    message.fUint64 = .max
    message.fFloat = -.infinity
    message.fDouble = .nan
    message.fColor = .green
    message.rColor = [.blue, .unrecognized(7)]
    message.mInt64String = [-5: "minus five"]
    message.mBoolColor = [true: .red]
    var timestamp = Google_Protobuf_Timestamp()
    timestamp.seconds = 1_764_028_800
    timestamp.nanos = 120_000_000
    message.fTimestamp = timestamp
    message.oInt32 = 0
    message.choice = .cString("")
    let json = try ProtobufJSON.encode(message)
    #expect(json.contains(#""fInt64":"-9223372036854775808""#))
    #expect(json.contains(#""fUint64":"18446744073709551615""#))
    #expect(json.contains(#""fFloat":"-Infinity""#))
    #expect(json.contains(#""fDouble":"NaN""#))
    #expect(json.contains(#""fColor":"COLOR_GREEN""#))
    #expect(json.contains(#""rColor":["COLOR_BLUE",7]"#))
    #expect(json.contains(#""mInt64String":{"-5":"minus five"}"#))
    #expect(json.contains(#""mBoolColor":{"true":"COLOR_RED"}"#))
    #expect(json.contains(#""fTimestamp":"2025-11-25T00:00:00.120Z""#))
    #expect(json.contains(#""oInt32":0"#))
    #expect(json.contains(#""cString":"""#))
    #expect(!json.contains("fBool"))
  }

  @Test func wrappersAreTheirValues() throws {
    let message = RoundTripTests.fullMessage()
    let json = try ProtobufJSON.encode(message)
    #expect(json.contains(#""wInt64":"-9223372036854775808""#))
    #expect(json.contains(#""wString":"""#))
    #expect(json.contains(#""wBool":true"#))
    #expect(json.contains(#""fDuration":"-90.000005s""#))
    #expect(!json.contains("wBytes"))
    let parsed = try ProtobufJSON.decode(AllTypes.self, from: #"{"wBytes": "", "wInt64": 5}"#)
    #expect(parsed.wBytes == Google_Protobuf_BytesValue() && parsed.wInt64?.value == 5)
  }

  @Test func typesWithoutAJSONFormHereAreRefused() throws {
    var message = AllTypes()
    message.fAny = Google_Protobuf_Any()
    let printing = #expect(throws: RPCError.self) { try ProtobufJSON.encode(message) }
    #expect(printing?.code == .internal)
    #expect(printing?.message.contains("google.protobuf.Any") == true)
    let parsing = #expect(throws: RPCError.self) {
      try ProtobufJSON.decode(AllTypes.self, from: #"{"fAny": {"@type": "x"}}"#)
    }
    #expect(parsing?.code == .invalidArgument)
  }

  @Test func parsingAcceptsEveryForm() throws {
    let message = try ProtobufJSON.decode(AllTypes.self, from: """
      {"f_int32": "-7", "fInt64": 12, "fUint32": 1e3, "fColor": 5, "rColor": ["COLOR_RED", 100],
       "fBytes": "_-8", "fString": "tab\\there \\u00e9 \\ud83d\\ude80", "fBool": null,
       "mUint32Nested": {"3": {"a": 1}}, "fTimestamp": "1970-01-01T01:00:00.5+01:00",
       "fNested": {"child": {"label": "x"}}, "oBool": false, "cBytes": "AQI="}
      """)
    var expected = AllTypes()
    expected.fInt32 = -7
    expected.fInt64 = 12
    expected.fUint32 = 1000
    expected.fColor = .green
    expected.rColor = [.red, .blue]
    expected.fBytes = [0xFF, 0xEF]
    expected.fString = "tab\there é 🚀"
    var three = AllTypes.Nested()
    three.a = 1
    expected.mUint32Nested = [3: three]
    var timestamp = Google_Protobuf_Timestamp()
    timestamp.nanos = 500_000_000
    expected.fTimestamp = timestamp
    var child = AllTypes.Nested()
    child.label = "x"
    expected.fNested = AllTypes.Nested()
    expected.fNested?.child = child
    expected.oBool = false
    expected.choice = .cBytes([1, 2])
    #expect(message == expected)
  }

  @Test(arguments: [
    (#"{"nope": 1}"#, "has no field \"nope\""),
    (#"{"fInt32": 1.5}"#, "at fInt32"),
    (#"{"fInt32": 2147483648}"#, "32-bit"),
    (#"{"fColor": "PURPLE"}"#, "PURPLE is not a value of mesh.testing.v1.Color"),
    (#"{"cString": "a", "cInt64": 1}"#, "same oneof"),
    (#"{"rInt32": 1}"#, "expected an array"),
    (#"{"fNested": {"a": "x"}}"#, "at fNested.a"),
    (#"{"fTimestamp": "yesterday"}"#, "not a valid Timestamp"),
    (#"{"fBool": 1}"#, "expected true or false"),
    (#"{"fInt32": 1,}"#, "Invalid JSON"),
    (String(repeating: "[", count: 500), "nested deeper"),
    (#"{"fString": "\u0000 hello"}"#, "at fString: a string with a NUL character"),
    (#"{"mStringInt32": {"a\u0000b": 1}}"#, "NUL character"),
  ])
  func badJSONIsAnInvalidArgumentThatSaysWhere(json: String, fragment: String) {
    let error = #expect(throws: RPCError.self) { try ProtobufJSON.decode(AllTypes.self, from: json) }
    #expect(error?.code == .invalidArgument)
    #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "")")
  }

  @Test func unknownFieldsCanBeIgnored() throws {
    let message = try ProtobufJSON.decode(AllTypes.self, from: #"{"future": [1], "fInt32": 3}"#,
                                          ignoringUnknownFields: true)
    #expect(message.fInt32 == 3)
  }

  @Test func unknownEnumNamesAreSkippedWhereUnknownFieldsAre() throws {
    let json = #"{"fColor": "PURPLE", "rColor": ["COLOR_BLUE", "PURPLE", "COLOR_GREEN"], "mBoolColor": {"true": "PURPLE", "false": "COLOR_RED"}, "oColor": "PURPLE", "cColor": "PURPLE", "fInt32": 1}"#
    let message = try ProtobufJSON.decode(AllTypes.self, from: json, ignoringUnknownFields: true)
    var expected = AllTypes()
    expected.rColor = [.blue, .green]
    expected.mBoolColor = [false: .red]
    expected.fInt32 = 1
    #expect(message == expected)
    // A number the enum lacks is kept (proto3 enums are open); a wrong kind of value is still refused.
    #expect(try ProtobufJSON.decode(AllTypes.self, from: #"{"fColor": 9}"#, ignoringUnknownFields: true).fColor
            == .unrecognized(9))
    #expect(throws: RPCError.self) {
      try ProtobufJSON.decode(AllTypes.self, from: #"{"fColor": true}"#, ignoringUnknownFields: true)
    }
  }

  @Test func anyRegisteredTypeConvertsByNameWithoutItsSwiftType() throws {
    let method = try #require(ProtoRegistry.methods["/grpc.testing.TestService/UnaryCall"])
    #expect(method.inputType == "grpc.testing.SimpleRequest" && !method.clientStreaming && !method.serverStreaming)
    let descriptor = try #require(ProtoRegistry.messages[method.inputType])
    let bytes = try ProtobufJSON.wireBytes(fromJSON: #"{"responseSize": 5, "responseType": "COMPRESSABLE"}"#,
                                           descriptor: descriptor)
    #expect(try Grpc_Testing_SimpleRequest(wireBytes: bytes).responseSize == 5)
    #expect(try ProtobufJSON.json(fromWireBytes: bytes, descriptor: descriptor) == #"{"responseSize":5}"#)
    let error = #expect(throws: RPCError.self) { try ProtobufJSON.json(fromWireBytes: [0xFF], descriptor: descriptor) }
    #expect(error?.code == .internal)
  }

  @Test(arguments: [
    ("1970-01-01T00:00:00Z", 0 as Int64, 0 as Int32), ("0001-01-01T00:00:00Z", -62_135_596_800, 0),
    ("9999-12-31T23:59:59.999999999Z", 253_402_300_799, 999_999_999), ("2000-02-29T12:00:00.000001Z", 951_825_600, 1_000),
    ("1969-12-31T23:59:59Z", -1, 0),
  ])
  func timestampsRoundTrip(text: String, seconds: Int64, nanos: Int32) throws {
    var timestamp = Google_Protobuf_Timestamp()
    timestamp.seconds = seconds
    timestamp.nanos = nanos
    #expect(try ProtobufJSON.encode(timestamp) == "\"\(text)\"")
    #expect(try ProtobufJSON.decode(Google_Protobuf_Timestamp.self, from: "\"\(text)\"") == timestamp)
  }

  @Test(arguments: [("1.500s", 1 as Int64, 500_000_000 as Int32), ("-0.000000001s", 0, -1), ("0s", 0, 0), ("-3s", -3, 0)])
  func durationsRoundTrip(text: String, seconds: Int64, nanos: Int32) throws {
    var duration = Google_Protobuf_Duration()
    duration.seconds = seconds
    duration.nanos = nanos
    #expect(try ProtobufJSON.encode(duration) == "\"\(text)\"")
    #expect(try ProtobufJSON.decode(Google_Protobuf_Duration.self, from: "\"\(text)\"") == duration)
  }
}
