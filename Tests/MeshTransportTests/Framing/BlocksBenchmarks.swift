import Foundation
import MeshCore
import Testing
@testable import MeshTransport

/// Throughput of the transport's building blocks. Off by default; figures only mean something in a
/// release build: `MESH_BENCH=1 swift test -c release --filter BlocksBenchmarks`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["MESH_BENCH"] != nil), .serialized)
struct BlocksBenchmarks {
  static func measure(_ label: String, bytes: Int, items: Int, _ body: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let megabytes = Double(bytes) / 1_048_576
    print(String(format: "BENCH %-44@ %9.1f MiB/s %12.0f items/s  (%.3f s)",
                 label as NSString, megabytes / seconds, Double(items) / seconds, seconds))
  }

  static func text(_ count: Int) -> [UInt8] {
    let words = Array("message processor routes the order to shipping with payment status pending ".utf8)
    return (0..<count).map { words[($0 * 7 + $0 / 13) % words.count] }
  }

  @Test func framing() throws {
    for size in [100, 16 * 1024] {
      let message = Self.text(size)
      let count = (64 << 20) / size
      var buffer: [UInt8] = []  // grows as the transport's outbound buffers do
      try Self.measure("frame \(size) B messages", bytes: count * size, items: count) {
        for _ in 0..<count { try MessageFramer.append(message, to: &buffer) }
      }
      for chunk in [16 * 1024, 1 << 20] {
        var deframer = MessageDeframer(maxMessageSize: 4 << 20)
        var received = 0
        var last: [UInt8] = []
        try Self.measure("deframe \(size) B messages, \(chunk / 1024) KiB chunks", bytes: count * size, items: count) {
          try buffer.withUnsafeBytes { all in
            var index = 0
            while index < all.count {
              let end = min(all.count, index + chunk)
              try deframer.process(UnsafeRawBufferPointer(rebasing: all[index..<end])) {
                received += $0.count
                last = $0  // keeps each message materialised
              }
              index = end
            }
          }
        }
        #expect(received == count * size)
        #expect(last == message)
      }
    }
  }

  @Test func compression() throws {
    for algorithm in [CompressionAlgorithm.gzip, .deflate] {
      let message = Self.text(64 * 1024)
      let count = 200
      let compressor = try MessageCompressor(algorithm: algorithm)
      let decompressor = try MessageDecompressor(algorithm: algorithm)
      var compressed: [UInt8] = []
      Self.measure("\(algorithm) compress 64 KiB messages", bytes: count * message.count, items: count) {
        for _ in 0..<count { compressed = compressor.compress(message) }
      }
      try Self.measure("\(algorithm) decompress 64 KiB messages", bytes: count * message.count, items: count) {
        for _ in 0..<count { _ = try decompressor.decompress(compressed, limit: 1 << 20) }
      }
    }
  }

  @Test func tls() throws {
    let handshakes = 200
    let clientContext = try TLSContext(configuration: TestCredentials.client())
    let serverContext = try TLSContext(configuration: TestCredentials.server())
    try Self.measure("TLS 1.3 handshakes, ECDSA P-256 (both sides)", bytes: 0, items: handshakes) {
      for _ in 0..<handshakes {
        let pair = try TLSPair(client: clientContext, server: serverContext)
        let (client, server) = pair.handshake()
        #expect(client.succeeded && server.succeeded)
      }
    }
    let pair = try TLSPair(client: TestCredentials.client(), server: TestCredentials.server())
    _ = pair.handshake()
    let record = Self.text(16 * 1024)
    let count = (128 << 20) / record.count
    var wire: [UInt8] = []
    var plaintext = [UInt8](repeating: 0, count: 64 * 1024)
    var received = 0
    try Self.measure("TLS encrypt + decrypt 16 KiB writes", bytes: count * record.count, items: count) {
      for _ in 0..<count {
        try pair.client.writePlaintext(record)
        wire.removeAll(keepingCapacity: true)
        pair.client.drainCiphertext(appendingTo: &wire)
        pair.server.feedCiphertext(wire)
        while case .bytes(let n) = try plaintext.withUnsafeMutableBytes({ try pair.server.readPlaintext(into: $0) }) {
          received += n
        }
      }
    }
    #expect(received == count * record.count)
  }
}
