import Foundation
import MeshCore
import MeshTestSupport
import MeshTransport
import Testing

/// A raw HTTP/2 peer sends what no gRPC client would; the server answers with a status or a reset, keeps
/// the connection (or at least the server) serving, and does not buffer without bound.
@Suite("Bad input from a raw HTTP/2 peer")
struct BadInputTests {
  struct Answer: Decodable {
    var http_status: Int?
    var grpc_status: Int?
    var grpc_message: String?
    var reset: Int?
    var goaway: Int?
    var closed: Bool
    var followup_grpc_status: Int?
    var data_bytes: Int?
    var refused: Int?
    var goaway_debug: String?
    var seconds: Double?
    // `abandoned_calls` (AbandonedCallTests): per stream, its grpc-status and the reset that followed it.
    var statuses: [Int]?
    var resets: [Int]?
    var deadline_exceeded: Int?
    var other_connection_grpc_status: Int?
  }

  private func run(_ scenario: String, limits: ServerLimits = ServerLimits(),
                   check: (Answer, TestHarness) async throws -> Void) async throws {
    try await withEchoServer(limits: limits) { harness in
      let peer = try PeerProcess(try Repository.python, [Repository.h2Peer, "\(harness.address.port)", scenario])
      #expect(try await peer.waitForExit(seconds: 60) == 0, "\(peer.text)")
      let line = peer.text.split(separator: "\n").last(where: { $0.hasPrefix("{") }) ?? ""
      let answer = try JSONDecoder().decode(Answer.self, from: Data(line.utf8))
      try await check(answer, harness)
      // Whatever the peer did, the server still serves a well-behaved client.
      let (client, channel) = try harness.client()
      defer { channel.close() }
      #expect(try await client.unary(EchoService.unary, request: RawMessage([9])).message.bytes == [9])
    }
  }

  /// The whole request is there before the handler runs: it is read, and the response sent, without
  /// waiting (`receiveWithoutWaiting`, `sendLastWithoutWaiting`).
  @Test func unaryRequestInOneWriteIsAnswered() async throws {
    try await run("unary_in_one_write") { answer, _ in
      #expect(answer.grpc_status == 0)
      #expect(answer.data_bytes == 7)
      #expect(answer.followup_grpc_status == 0)
    }
  }

  /// A second message, known without waiting, still fails the unary call as UNIMPLEMENTED.
  @Test func unaryRequestWithTwoMessagesInOneWriteIsUnimplemented() async throws {
    try await run("two_messages_in_one_write") { answer, _ in
      #expect(answer.grpc_status == Status.Code.unimplemented.rawValue)
      #expect(answer.data_bytes == nil)
      #expect(answer.followup_grpc_status == 0)
    }
  }

  @Test func lengthPrefixLargerThanTheBodyIsInternal() async throws {
    try await run("length_prefix_past_body") { answer, _ in
      #expect(answer.grpc_status == Status.Code.internal.rawValue)
      #expect(answer.followup_grpc_status == 0)
    }
  }

  @Test func wrongContentTypeIs415() async throws {
    try await run("wrong_content_type") { answer, _ in
      #expect(answer.http_status == 415)
      #expect(answer.followup_grpc_status == 0)
    }
  }

  @Test func unknownMethodIsUnimplemented() async throws {
    try await run("unknown_method") { answer, _ in
      #expect(answer.grpc_status == Status.Code.unimplemented.rawValue)
      #expect(answer.followup_grpc_status == 0)
    }
  }

  @Test func resetMidStreamCancelsTheHandler() async throws {
    try await run("reset_mid_stream") { answer, harness in
      #expect(answer.followup_grpc_status == 0)
      #expect(await eventually { harness.probe.cancelledCalls.load(ordering: .relaxed) == 1 })
    }
  }

  @Test func messageOverTheLimitIsRefusedFromItsPrefix() async throws {
    try await run("message_over_limit") { answer, _ in
      #expect(answer.grpc_status == Status.Code.resourceExhausted.rawValue)
      #expect(answer.followup_grpc_status == 0)
    }
  }

  @Test func clientThatNeverReadsHoldsTheHandlerBack() async throws {
    try await run("never_reads") { answer, harness in
      // The stream window (1 MiB) bounds what reached the peer; the handler waits instead of buffering.
      #expect((answer.data_bytes ?? 0) <= (1 << 20) + 65_536)
      #expect(harness.probe.messagesWritten.load(ordering: .relaxed) < 64)
      // A call on the same connection waits too: the peer never reopens the connection's window, as
      // HTTP/2 says. `run` checks that other connections are served.
      #expect(answer.followup_grpc_status == nil)
    }
  }

  @Test func garbageBytesCloseTheConnectionNotTheServer() async throws {
    try await run("garbage") { answer, _ in
      #expect(answer.closed || answer.goaway != nil)
    }
  }

  @Test func oversizedHeadersGetAReadableStatus() async throws {
    try await run("oversized_headers") { answer, _ in
      #expect(answer.http_status == 200, "\(answer)")
      #expect(answer.grpc_status == Status.Code.resourceExhausted.rawValue, "\(answer)")
      #expect(answer.followup_grpc_status == 0)
    }
  }

  @Test func tenThousandMetadataEntriesGetResourceExhausted() async throws {
    try await run("many_metadata_entries") { answer, _ in
      #expect(answer.grpc_status == Status.Code.resourceExhausted.rawValue, "\(answer)")
      #expect(answer.reset == nil, "\(answer)")
      #expect(answer.followup_grpc_status == 0)
    }
  }

  @Test func a64KiBPathGetsAReadableStatus() async throws {
    try await run("long_path") { answer, _ in
      #expect(answer.grpc_status == Status.Code.resourceExhausted.rawValue, "\(answer)")
      #expect(answer.followup_grpc_status == 0)
    }
  }

  @Test func getToAGRPCPathIs405WithABody() async throws {
    try await run("get_request") { answer, _ in
      #expect(answer.http_status == 405)
      #expect((answer.data_bytes ?? 0) > 0, "\(answer)")
      #expect(answer.followup_grpc_status == 0)
    }
  }

  @Test func streamsBeyondTheConcurrencyLimitAreRefused() async throws {
    var limits = ServerLimits()
    limits.maxConcurrentStreams = 10
    try await run("too_many_streams", limits: limits) { answer, _ in
      #expect(answer.refused == 20, "\(answer)")
      #expect(answer.grpc_status == 0, "\(answer)")
    }
  }
}
