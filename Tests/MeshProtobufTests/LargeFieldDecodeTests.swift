import MeshCore
import MeshProtobuf
import MeshProtos
import Testing

/// Messages of 1 KiB or more, which protobuf-c unpacks with an allocator whose large blocks are Swift
/// arrays (a `bytes` field becomes its array without a second copy): values, merges and failures.
@Suite struct LargeFieldDecodeTests {
  /// A body whose bytes are not all alike, so that a shifted or truncated copy cannot pass.
  static func pattern(_ count: Int, seed: UInt8) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31) ^ seed }
  }

  static func request(bodySize: Int, seed: UInt8) -> Grpc_Testing_SimpleRequest {
    var request = Grpc_Testing_SimpleRequest()
    request.responseSize = Int32(bodySize)
    var payload = Grpc_Testing_Payload()
    payload.body = pattern(bodySize, seed: seed)
    request.payload = payload
    return request
  }

  @Test(arguments: [1_000, 1_017, 1_024, 1_030, 4_090, 4_096, 65_536, 300_000])
  func aLargeBytesFieldDecodesToTheSameBytes(size: Int) throws {
    let request = Self.request(bodySize: size, seed: 7)
    let decoded = try Grpc_Testing_SimpleRequest(wireBytes: try request.wireBytes())
    #expect(decoded == request)
    #expect(decoded.payload?.body.count == size)
  }

  @Test func theDecodedBytesBelongToTheMessage() throws {
    let wire = try Self.request(bodySize: 65_536, seed: 1).wireBytes()
    var first = try Grpc_Testing_SimpleRequest(wireBytes: wire)
    first.payload?.body[0] ^= 0xFF
    let second = try Grpc_Testing_SimpleRequest(wireBytes: wire)
    #expect(second.payload?.body == Self.pattern(65_536, seed: 1))
    #expect(first.payload?.body[0] == Self.pattern(1, seed: 1)[0] ^ 0xFF)
  }

  @Test func aRepeatedFieldOnTheWireKeepsTheLastValue() throws {
    // Two messages back to back merge: the second body replaces the first, which protobuf-c frees
    // through the allocator before the reader runs.
    let wire = try Self.request(bodySize: 20_000, seed: 3).wireBytes() + Self.request(bodySize: 50_000, seed: 9).wireBytes()
    let decoded = try Grpc_Testing_SimpleRequest(wireBytes: wire)
    #expect(decoded.payload?.body == Self.pattern(50_000, seed: 9))
    #expect(decoded.responseSize == 50_000)
  }

  @Test func twoKilobyteFieldsMergedOnTheWireKeepTheLastValue() throws {
    // The first body takes the allocator's single slot; protobuf-c frees it when the second replaces
    // it, and the second then takes the slot again.
    let wire = try Self.request(bodySize: 1_100, seed: 4).wireBytes() + Self.request(bodySize: 1_300, seed: 6).wireBytes()
    let decoded = try Grpc_Testing_SimpleRequest(wireBytes: wire)
    #expect(decoded.payload?.body == Self.pattern(1_300, seed: 6))
    #expect(decoded.responseSize == 1_300)
  }

  @Test func aLongStringAndALargeRepeatedFieldDecode() throws {
    var request = Grpc_Testing_StreamingOutputCallRequest()
    request.responseParameters = (0..<1_000).map { index in
      var parameters = Grpc_Testing_ResponseParameters()
      parameters.size = Int32(index)
      return parameters
    }
    var status = Grpc_Testing_EchoStatus()
    status.code = 2
    status.message = String(repeating: "status é ", count: 1_000)
    request.responseStatus = status
    request.payload = Grpc_Testing_Payload()
    request.payload?.body = Self.pattern(8_192, seed: 5)
    let decoded = try Grpc_Testing_StreamingOutputCallRequest(wireBytes: try request.wireBytes())
    #expect(decoded == request)
  }

  @Test func aLargeMessageCutShortThrowsInternal() throws {
    let wire = try Self.request(bodySize: 65_536, seed: 2).wireBytes()
    let error = #expect(throws: RPCError.self) { try Grpc_Testing_SimpleRequest(wireBytes: Array(wire.dropLast(100))) }
    #expect(error?.code == .internal)
  }

  @Test func aLargeStringThatIsNotUTF8ThrowsInternal() throws {
    var status = Grpc_Testing_EchoStatus()
    status.message = String(repeating: "a", count: 5_000)
    var wire = try status.wireBytes()
    wire[wire.count - 10] = 0xFF
    let error = #expect(throws: RPCError.self) { try Grpc_Testing_EchoStatus(wireBytes: wire) }
    #expect(error?.code == .internal)
  }
}
