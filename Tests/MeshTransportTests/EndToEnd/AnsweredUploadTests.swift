import Foundation
import MeshCore
import MeshInterop
import MeshTestSupport
@testable import MeshTransport
import Testing

/// Answers `application/x-early` with 413 before reading any of the body, in one `respond` (as a gateway
/// answers an upload over its limit), and `application/x-read` with 200 and the body's size once it has read it all.
private struct EarlyOrReadHandler: HTTPStreamHandler {
  func handle(_ exchange: HTTPExchange) async {
    do {
      if exchange.request.contentType.hasPrefix("application/x-early") {
        let body = Array("{\"error\":\"too large\"}".utf8)
        try await exchange.respond(status: 413, headers: [("content-type", "application/json"),
                                                          ("content-length", "\(body.count)")], body: body)
      } else {
        var total = 0
        while let chunk = try await exchange.readBodyChunk() { total += chunk.count }
        try await exchange.writeHead(status: 200, headers: [("content-type", "text/plain")])
        try await exchange.write(Array("\(total)".utf8))
      }
    } catch {}
    exchange.finish()
  }
}

/// Raw HTTP exchanges over HTTP/2 answered while their client still uploads: a client that stops sending
/// without ending its request must not keep the stream (one of `maxConcurrentStreams`) until the
/// connection closes, and curl, which fails an upload reset while it still sends, must still get its
/// answers with exit 0.
@Suite("Raw HTTP exchanges answered before their request ended", .serialized)
struct AnsweredUploadTests {
  struct Answer: Decodable {
    struct Sender: Decodable {
      var answered: Bool
      var reset: Int
      var open_after: Int
    }
    var closed: Bool
    var goaway: Int?
    var sender: Sender?
    var answered: Int?
    var resets: [Int]?
    var held: Int?
    var followup_client_refused: Bool?
    var followup_http_status: Int?
    var followup_reset: Int?
    var goaway_debug: String?
    var followup_stream: Int?
    var followup_goaway: Int?
    var followup_goaway_last_stream: Int?
    var followup_goaway_debug: String?
    var followup_closed: Bool?
    var error: String?
    var followup_error: String?
    /// The peer's whole line (with its `trace` of frames and times), shown when an expectation fails.
    var line: String?
  }

  /// A server with the handler on `application/x-early` and `application/x-read`, stopped when `body`
  /// ends, even when it throws.
  private func withServer(limits: ServerLimits, tls: TLSConfiguration? = nil,
                          _ body: (SocketAddress) async throws -> Void) async throws {
    let group = EventLoopGroup(threads: 1)
    var configuration = GRPCServer.Configuration(host: "127.0.0.1", port: 0, limits: limits, tls: tls)
    configuration.httpHandlers.register(contentTypePrefix: "application/x-early", handler: EarlyOrReadHandler())
    configuration.httpHandlers.register(contentTypePrefix: "application/x-read", handler: EarlyOrReadHandler())
    let server = GRPCServer(services: [], configuration: configuration, group: group)
    let address = try server.start()
    do {
      try await body(address)
    } catch {
      await server.shutdown(gracePeriod: .seconds(1))
      group.shutdown()
      throw error
    }
    await server.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
  }

  private func peer(_ port: Int) async throws -> Answer {
    let peer = try PeerProcess(try Repository.python, [Repository.h2Peer, "\(port)", "answered_uploads"])
    #expect(try await peer.waitForExit(seconds: 60) == 0, "\(peer.text)")
    let line = peer.text.split(separator: "\n").last(where: { $0.hasPrefix("{") }) ?? ""
    var answer = try JSONDecoder().decode(Answer.self, from: Data(line.utf8))
    answer.line = String(line)
    return answer
  }

  private static var fourStreams: ServerLimits {
    var limits = ServerLimits()
    limits.maxConcurrentStreams = 4
    limits.answeredUploadQuietPeriod = .seconds(1)
    return limits
  }

  /// Four exchanges answered 413 whose client never ends its request: each is reset with NO_ERROR once
  /// its client has been quiet, so a fifth stream is served. One whose client keeps sending after its
  /// answer (longer than the quiet period) is not reset, and closes when the client ends its request.
  @Test func quietAnsweredUploadsAreResetAndFreeTheirSlots() async throws {
    try await withServer(limits: Self.fourStreams) { address in
      let answer = try await peer(address.port)
      #expect(answer.sender?.answered == true, "\(answer)")
      #expect(answer.sender?.reset == -1, "\(answer)")
      #expect(answer.sender?.open_after == 0, "\(answer)")
      #expect(answer.answered == 4, "\(answer)")
      #expect(answer.resets == [0, 0, 0, 0], "\(answer)")
      #expect(answer.held == 0, "\(answer)")
      #expect(answer.followup_client_refused == false, "\(answer)")
      #expect(answer.followup_http_status == 200, "\(answer)")
      #expect(answer.goaway == nil && !answer.closed, "\(answer)")
    }
  }

  /// What the same client met before (kept as the contrast, with a quiet period longer than the peer
  /// waits): the four answered streams stay open, h2 opens no fifth, and one opened anyway past the
  /// server's acknowledged limit is not served. nghttp2 (1.52) treats such a HEADERS as a connection
  /// error (RFC 9113 5.4.1 lets a stream error be escalated): GOAWAY(PROTOCOL_ERROR) whose last stream
  /// is below the fifth, so the client learns at once that it was not processed and may retry it on a
  /// new connection. The connection must not have ended before (no GOAWAY while the four were answered).
  @Test func withoutTheResetAnsweredUploadsHoldEveryStream() async throws {
    var limits = Self.fourStreams
    limits.answeredUploadQuietPeriod = .seconds(60)
    limits.answeredUploadLimit = .seconds(60)
    try await withServer(limits: limits) { address in
      let answer = try await peer(address.port)
      #expect(answer.goaway == nil && !answer.closed, "\(answer)")
      #expect(answer.answered == 4, "\(answer)")
      #expect(answer.resets == [-1, -1, -1, -1], "\(answer)")
      #expect(answer.held == 4, "\(answer)")
      #expect(answer.followup_client_refused == true, "\(answer)")
      #expect(answer.followup_http_status == nil, "\(answer)")
      #expect(answer.followup_reset == nil, "\(answer)")
      #expect(answer.followup_goaway == 1, "\(answer)")
      #expect(answer.followup_goaway_debug == "request HEADERS: max concurrent streams exceeded", "\(answer)")
      let fifth = answer.followup_stream ?? 0
      #expect(fifth > 0 && (answer.followup_goaway_last_stream ?? fifth) < fifth, "\(answer)")
      #expect(answer.followup_closed == true, "\(answer)")
    }
  }

  /// An early answer given with `respond` reaches a client that still sends in one read: head, body and
  /// END_STREAM left in one write, so a reset of the client's request (curl 7.88's short END_STREAM, which
  /// nghttp2 must reset) cannot come between the head and the body. Written as a head and then a body,
  /// the head went out alone at the end of its loop turn.
  @Test func earlyAnswerArrivesInOneRead() async throws {
    try await withServer(limits: ServerLimits()) { address in
      let peer = try PeerProcess(try Repository.python, [Repository.h2Peer, "\(address.port)", "early_answer_in_one_read"])
      #expect(try await peer.waitForExit(seconds: 30) == 0, "\(peer.text)")
      let line = peer.text.split(separator: "\n").last(where: { $0.hasPrefix("{") }) ?? ""
      let answer = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(peer.text)")
      #expect(answer["http_status"] as? Int == 413, "\(line)")
      #expect(answer["body"] as? String == "{\"error\":\"too large\"}", "\(line)")
      #expect(answer["reads"] as? [[String]] == [["head", "data", "end"]], "\(line)")
    }
  }

  /// curl 7.88 uploads of 100 KB, 1 MB and 3 MB over h2c and HTTP/2 over TLS, answered early (413) and
  /// after the whole body was read (200), with the default quiet period: every one exits 0 with its
  /// answer (a reset while curl still sends fails it with exit 92 even after the whole response). Also
  /// an upload sent slower than the quiet period allows in one go (curl's `--limit-rate`).
  @Test(arguments: [false, true])
  func curlUploadsAnsweredEarlyOrLateExitZero(overTLS: Bool) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-answered-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let tls: TLSConfiguration? = overTLS
      ? .server(certificateChain: .pem(TestCertificates.serverCertificatePEM), privateKey: .pem(TestCertificates.serverKeyPEM))
      : nil
    try await withServer(limits: ServerLimits(), tls: tls) { address in
      let url = (overTLS ? "https" : "http") + "://127.0.0.1:\(address.port)/upload"
      let protocolFlags = overTLS ? ["--http2", "--cacert", Repository.testCA] : ["--http2-prior-knowledge"]
      let cases: [(size: Int, type: String, status: String, rate: String?)] = [
        (100_000, "application/x-early", "413", nil), (1_000_000, "application/x-early", "413", nil),
        (3_000_000, "application/x-early", "413", nil), (100_000, "application/x-read", "200", nil),
        (1_000_000, "application/x-read", "200", nil), (3_000_000, "application/x-read", "200", nil),
        (1_000_000, "application/x-early", "413", "400K"),
      ]
      for (size, type, status, rate) in cases {
        let file = folder.appendingPathComponent("body-\(size)")
        if !FileManager.default.fileExists(atPath: file.path) {
          try Data(repeating: 0x75, count: size).write(to: file)
        }
        let curl = try PeerProcess("/usr/bin/curl", ["-sS", "--max-time", "30", "-o", "/dev/null", "-w", "%{http_code}",
                                                     "-H", "content-type: \(type)", "--data-binary", "@\(file.path)"]
                                   + (rate.map { ["--limit-rate", $0] } ?? []) + protocolFlags + [url])
        let exit = try await curl.waitForExit(seconds: 60)
        // curl 7.88 over h2c, answered 413 before its upload ended, stops sending ("HTTP error before end of
        // send" in -v), ends its stream short of its content-length, which nghttp2 resets with PROTOCOL_ERROR
        // (RFC 9113 8.1.1, likely), and exits 92 when that reset reaches it first, with the whole 413 in hand.
        // That race is not the quiet-period reset's (this test ends within the 1 s quiet period);
        // every other case must exit 0.
        let earlyRace = !overTLS && status == "413" && exit == 92 && curl.text.contains("413")
        #expect(exit == 0 || earlyRace, "\(size) \(type) \(rate ?? "") TLS \(overTLS): \(curl.text)")
        #expect(curl.text.contains(status), "\(size) \(type) \(rate ?? "") TLS \(overTLS): \(curl.text)")
      }
    }
  }
}
