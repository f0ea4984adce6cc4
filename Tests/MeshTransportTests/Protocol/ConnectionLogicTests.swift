@testable import MeshTransport
import MeshCore
import Testing

/// The transport's pure pieces, without sockets: timers, request and response header parsing.
@Suite struct ConnectionLogicTests {
  @Test func timersFireInDeadlineOrderAndCancelledOnesDoNot() {
    var queue = TimerQueue()
    let start = ContinuousClock.now
    var fired: [Int] = []
    nonisolated(unsafe) var log: [Int] = []
    _ = queue.insert(deadline: start + .milliseconds(30)) { log.append(3) }
    let cancelled = queue.insert(deadline: start + .milliseconds(10)) { log.append(1) }
    _ = queue.insert(deadline: start + .milliseconds(20)) { log.append(2) }
    _ = queue.insert(deadline: start + .milliseconds(5)) { log.append(0) }
    queue.cancel(cancelled)
    #expect(queue.millisecondsUntilNext(now: start) == 5)
    while let work = queue.popExpired(now: start + .milliseconds(25)) { work() }
    fired = log
    #expect(fired == [0, 2])
    #expect(queue.millisecondsUntilNext(now: start + .milliseconds(25)) == 5)
    while let work = queue.popExpired(now: start + .seconds(1)) { work() }
    #expect(log == [0, 2, 3])
    #expect(queue.millisecondsUntilNext(now: start) == -1)
  }

  private func add(_ head: inout RequestHead, _ name: String, _ value: String, limit: Int = 16 << 10) -> Bool {
    Array(name.utf8).withUnsafeBytes { n in Array(value.utf8).withUnsafeBytes { v in head.add(name: n, value: v, limit: limit) } }
  }

  @Test func requestHeadSeparatesReservedHeadersFromMetadata() {
    var head = RequestHead()
    #expect(add(&head, ":method", "POST"))
    #expect(add(&head, ":path", "/a.B/C"))
    #expect(add(&head, "content-type", "application/grpc+proto"))
    #expect(add(&head, "grpc-timeout", "100m"))
    #expect(add(&head, "grpc-encoding", "gzip"))
    #expect(add(&head, "x-user", "ada"))
    #expect(add(&head, "x-blob-bin", "AAEC"))
    #expect(head.method == "POST" && head.path == "/a.B/C" && head.timeout == "100m" && head.encoding == "gzip")
    #expect(head.metadata.count == 2)
    #expect(head.metadata.firstString(forKey: "x-user") == "ada")
    #expect(head.metadata.firstBinary(forKey: "x-blob-bin") == [0, 1, 2])
  }

  @Test func joinedBinaryValuesAreSplitBeforeDecoding() {
    var head = RequestHead()
    #expect(add(&head, "x-ids-bin", "AAE=,AgM"))
    #expect(head.metadata["x-ids-bin"] == [.binary([0, 1]), .binary([2, 3])])
    let response = response([("x-ids-bin", "AAE, AgM=")])
    #expect(response.metadata["x-ids-bin"] == [.binary([0, 1]), .binary([2, 3])])
  }

  @Test func requestHeadRefusesAListOverTheLimitAndFlagsBadBase64() {
    var head = RequestHead()
    #expect(add(&head, "x-big", String(repeating: "v", count: 100), limit: 200))
    #expect(!add(&head, "x-bigger", String(repeating: "v", count: 100), limit: 200))
    var other = RequestHead()
    #expect(add(&other, "x-bad-bin", "!!!"))
    #expect(other.invalidBinaryHeader == "x-bad-bin")
  }

  private func response(_ fields: [(String, String)]) -> ResponseHeaders {
    var headers = ResponseHeaders()
    for (name, value) in fields {
      _ = Array(name.utf8).withUnsafeBytes { n in Array(value.utf8).withUnsafeBytes { v in headers.add(name: n, value: v, limit: 1 << 16) } }
    }
    return headers
  }

  @Test func trailersGiveTheStatusWithItsDecodedMessage() {
    let status = response([("grpc-status", "5"), ("grpc-message", "not%20here%E2%98%BA")]).status
    #expect(status == Status(code: .notFound, message: "not here\u{263A}"))
  }

  @Test func missingGrpcStatusFallsBackToTheHTTPStatus() {
    #expect(response([(":status", "503")]).status.code == .unavailable)
    #expect(response([(":status", "200")]).status.code == .unknown)
    #expect(response([(":status", "200"), ("grpc-status", "x")]).status.code == .unknown)
  }
}
