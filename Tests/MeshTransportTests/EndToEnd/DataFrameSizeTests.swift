import Foundation
import MeshTestSupport
@testable import MeshTransport
import Testing

/// DATA frames are as large as the peer's SETTINGS_MAX_FRAME_SIZE and both windows allow, up to
/// `DataFrameLimit.cap`; a peer that keeps the default gets frames of 16 KiB at most.
@Suite("DATA frame size")
struct DataFrameSizeTests {
  struct Answer: Decodable {
    var frames: [Int]
    var grpc_status: Int?
    var response_bytes: Int
  }

  private func echo(maxFrameSize: Int, messageBytes: Int) async throws -> Answer {
    try await withEchoServer { harness in
      let peer = try PeerProcess(try Repository.python, [
        Repository.dataFramesPeer, "\(harness.address.port)", "\(maxFrameSize)", "\(messageBytes)",
      ])
      #expect(try await peer.waitForExit(seconds: 60) == 0, "\(peer.text)")
      let line = peer.text.split(separator: "\n").last(where: { $0.hasPrefix("{") }) ?? ""
      return try JSONDecoder().decode(Answer.self, from: Data(line.utf8))
    }
  }

  @Test("a peer allowing 1 MiB frames gets a 100 KB echo in one frame")
  func largeFramesAllowed() async throws {
    let answer = try await echo(maxFrameSize: 1 << 20, messageBytes: 100_000)
    #expect(answer.grpc_status == 0)
    #expect(answer.frames == [100_005], "\(answer.frames)")
  }

  @Test("a peer allowing 1 MiB frames gets frames of at most the cap for a 300 KB echo")
  func framesCapped() async throws {
    let answer = try await echo(maxFrameSize: 1 << 20, messageBytes: 300_000)
    #expect(answer.grpc_status == 0)
    #expect(answer.response_bytes == 300_005)
    #expect(answer.frames.allSatisfy { $0 <= DataFrameLimit.cap } && answer.frames.contains(DataFrameLimit.cap),
            "\(answer.frames)")
  }

  @Test("a peer with the default settings gets frames of 16 KiB at most")
  func defaultFrameSize() async throws {
    let answer = try await echo(maxFrameSize: 16_384, messageBytes: 100_000)
    #expect(answer.grpc_status == 0)
    #expect(answer.response_bytes == 100_005)
    #expect(answer.frames.count >= 7 && answer.frames.allSatisfy { $0 <= 16_384 }, "\(answer.frames)")
  }

  @Test("the payload length is the smallest of the peer's frame size, the cap and both windows")
  func payloadLength() {
    #expect(DataFrameLimit.payloadLength(peerMaxFrameSize: 16_384, connectionWindow: 1 << 20, streamWindow: 1 << 20) == 16_384)
    #expect(DataFrameLimit.payloadLength(peerMaxFrameSize: 1 << 24 - 1, connectionWindow: 1 << 30, streamWindow: 1 << 30)
            == DataFrameLimit.cap)
    #expect(DataFrameLimit.payloadLength(peerMaxFrameSize: 1 << 20, connectionWindow: 40_000, streamWindow: 1 << 20) == 40_000)
    #expect(DataFrameLimit.payloadLength(peerMaxFrameSize: 1 << 20, connectionWindow: 1 << 20, streamWindow: 100) == 100)
    #expect(DataFrameLimit.payloadLength(peerMaxFrameSize: 1 << 20, connectionWindow: 0, streamWindow: 0) == 1)
  }
}
