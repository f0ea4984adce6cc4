import MeshCore
import MeshProtobuf
import MeshProtos
import Testing

/// The grpc.testing messages through protobuf-c, checked against bytes written by hand from the wire format.
@Suite struct InteropMessageTests {
  @Test func simpleRequestRoundTripsAndMatchesTheWireFormat() throws {
    var request = Grpc_Testing_SimpleRequest()
    request.responseSize = 314_159
    request.payload = Grpc_Testing_Payload()
    request.payload?.body = [UInt8](repeating: 0, count: 3)
    request.fillUsername = true
    request.responseCompressed = Grpc_Testing_BoolValue()
    request.responseCompressed?.value = true
    let bytes = try request.wireBytes()
    // field 2 varint 314159; field 3 { field 2 bytes [0,0,0] }; field 4 true; field 6 { field 1 true }
    #expect(bytes == [0x10, 0xAF, 0x96, 0x13, 0x1A, 0x05, 0x12, 0x03, 0, 0, 0, 0x20, 0x01, 0x32, 0x02, 0x08, 0x01])
    let decoded = try Grpc_Testing_SimpleRequest(wireBytes: bytes)
    #expect(decoded == request)
  }

  @Test func emptyMessageIsZeroBytes() throws {
    #expect(try Grpc_Testing_Empty().wireBytes().isEmpty)
    #expect(try Grpc_Testing_Empty(wireBytes: []) == Grpc_Testing_Empty())
  }

  @Test func bytesThatAreNotProtobufThrowInternal() {
    // A length-delimited field 3 announcing 100 bytes, followed by 2.
    let error = #expect(throws: RPCError.self) { try Grpc_Testing_SimpleRequest(wireBytes: [0x1A, 100, 1, 2]) }
    #expect(error?.code == .internal)
  }
}
