import MeshCore
import Testing

@Suite struct StatusAndErrorTests {
  @Test(arguments: zip(0...16, ["OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
    "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
    "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"]))
  func codesHaveTheirCanonicalNames(number: Int, name: String) {
    #expect(Status.Code(rawValue: number).description == name)
    #expect(Status.Code(name: name) == Status.Code(rawValue: number))
  }

  @Test func unknownCodesFromPeersSurvive() {
    #expect(Status.Code(rawValue: 42).description == "CODE_42")
    #expect(Status.Code(rawValue: 42).rawValue == 42)
  }

  @Test(arguments: [(400, Status.Code.internal), (401, .unauthenticated), (403, .permissionDenied),
                    (404, .unimplemented), (429, .unavailable), (502, .unavailable), (503, .unavailable),
                    (504, .unavailable), (500, .unknown)])
  func httpStatusesMapAsTheSpecSays(http: Int, code: Status.Code) {
    #expect(Status.Code(httpStatus: http) == code)
  }

  @Test func errorsMapToTheStatusACallEndsWith() {
    #expect(RPCError(from: RPCError(code: .notFound, message: "x")).code == .notFound)
    #expect(RPCError(from: CancellationError()).code == .cancelled)
    struct Private: Error {}
    let unknown = RPCError(from: Private())
    #expect(unknown.code == .unknown)
    #expect(!unknown.message.contains("Private"))
    #expect(RPCError(status: .ok) == nil)
  }
}

@Suite struct MetadataAndMethodTests {
  @Test func metadataKeepsOrderAndRepeatsAndLowercasesKeys() {
    var metadata: Metadata = [("X-One", "1"), ("x-one", "2")]
    metadata.addBinary([1, 2], forKey: "x-data-bin")
    #expect(metadata["x-one"] == [.string("1"), .string("2")])
    #expect(metadata.firstBinary(forKey: "X-DATA-BIN") == [1, 2])
    metadata.removeAll(forKey: "x-one")
    #expect(metadata.count == 1)
  }

  @Test func lookupsFindLongKeysWhateverTheCaseOfEitherSide() {
    // Keys over 15 bytes are not small strings: a lower-case key is looked up as it is, others lowered.
    var metadata: Metadata = [("X-Grpc-Test-Echo-Initial", "a"), ("x-grpc-test-echo-trailing-bin", "b")]
    #expect(metadata.firstString(forKey: "x-grpc-test-echo-initial") == "a")
    #expect(metadata.firstString(forKey: "X-GRPC-TEST-ECHO-INITIAL") == "a")
    #expect(metadata.firstString(forKey: "x-grpc-test-echo-initia") == nil)
    #expect(metadata.firstBinary(forKey: "X-Grpc-Test-Echo-Trailing-Bin") == [0x62])
    #expect(metadata["x-grpc-test-echo-trailing-bin"] == [.binary([0x62])])
    metadata.removeAll(forKey: "X-Grpc-Test-Echo-Initial")
    #expect(metadata.count == 1)
    metadata.addString("c", forKey: "ünïcode-key-over-15")
    #expect(metadata.firstString(forKey: "ÜNÏCODE-Key-Over-15") == "c")
  }

  @Test func binaryKeysTakeTextAsBytes() {
    let metadata: Metadata = [("k-bin", "ab")]
    #expect(metadata.firstBinary(forKey: "k-bin") == [0x61, 0x62])
  }

  @Test(arguments: ["/a.B/C", "/grpc.testing.TestService/UnaryCall", "/sérvïce.Ünïcode/Méthod"])
  func pathsParse(path: String) {
    let descriptor = MethodDescriptor(path: path)
    #expect(descriptor?.path == path)
    #expect(descriptor.map { MethodDescriptor(service: $0.service, method: $0.method) } == descriptor)
    let slash = path.dropFirst().firstIndex(of: "/")
    #expect(descriptor?.service == slash.map { String(path[path.index(after: path.startIndex)..<$0]) })
    #expect(descriptor?.method == slash.map { String(path[path.index(after: $0)...]) })
  }

  @Test(arguments: ["", "/", "a.B/C", "/a.B", "/a.B/", "//C", "/a/b/c"])
  func malformedPathsDoNot(path: String) {
    #expect(MethodDescriptor(path: path) == nil)
  }
}
