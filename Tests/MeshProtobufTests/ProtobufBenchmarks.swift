import Foundation
import MeshProtobuf
import MeshProtos
import Testing

/// Speed of the protobuf-c bridge. Off by default; figures only mean something in a release build:
/// `MESH_BENCH=1 swift test -c release --filter ProtobufBenchmarks`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["MESH_BENCH"] != nil), .serialized)
struct ProtobufBenchmarks {
  static func measure(_ label: String, bytes: Int, items: Int, _ body: () throws -> Void) rethrows {
    let elapsed = try ContinuousClock().measure(body)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(String(format: "BENCH %-44@ %9.1f MiB/s %12.0f items/s  (%.3f s)",
                 label as NSString, Double(bytes) / 1_048_576 / seconds, Double(items) / seconds, seconds))
  }

  static func request(payload: Int) -> Grpc_Testing_SimpleRequest {
    var request = Grpc_Testing_SimpleRequest()
    request.responseSize = 1024
    request.payload = Grpc_Testing_Payload()
    request.payload?.body = [UInt8](repeating: 7, count: payload)
    request.responseStatus = Grpc_Testing_EchoStatus()
    request.responseStatus?.message = "status message"
    return request
  }

  @Test func interopMessages() throws {
    for payload in [0, 1024, 256 * 1024] {
      let request = Self.request(payload: payload)
      let bytes = try request.wireBytes()
      let count = max(200, (64 << 20) / max(bytes.count, 64) / 4)
      var buffer: [UInt8] = []
      try Self.measure("encode SimpleRequest, \(payload) B payload", bytes: count * bytes.count, items: count) {
        for _ in 0..<count {
          buffer.removeAll(keepingCapacity: true)
          try request.appendWireBytes(to: &buffer)
        }
      }
      var decoded = Grpc_Testing_SimpleRequest()
      try Self.measure("decode SimpleRequest, \(payload) B payload", bytes: count * bytes.count, items: count) {
        for _ in 0..<count { decoded = try Grpc_Testing_SimpleRequest(wireBytes: bytes) }
      }
      #expect(decoded == request)
    }
  }

  @Test func everyFieldKind() throws {
    let message = RoundTripTests.fullMessage()
    let bytes = try message.wireBytes()
    let count = 20_000
    var decoded = AllTypes()
    try Self.measure("encode+decode AllTypes (\(bytes.count) B)", bytes: count * bytes.count, items: count) {
      for _ in 0..<count { decoded = try AllTypes(wireBytes: try message.wireBytes()) }
    }
    #expect(decoded == message)
    let json = try ProtobufJSON.encode(message)
    try Self.measure("JSON encode+decode AllTypes (\(json.utf8.count) B)", bytes: count * json.utf8.count, items: count) {
      for _ in 0..<count { decoded = try ProtobufJSON.decode(AllTypes.self, from: try ProtobufJSON.encode(message)) }
    }
    #expect(decoded == message)
  }
}
