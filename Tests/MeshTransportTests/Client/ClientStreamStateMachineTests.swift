@testable import MeshTransport
import MeshCore
import Testing

/// The client call's protocol rules, without sockets: every order of caller operations and nghttp2
/// events, legal or not.
@Suite struct ClientStreamStateMachineTests {
  private typealias Machine = ClientStreamStateMachine

  private func block(_ fields: [(String, String)]) -> ResponseHeaders { ResponseHeaders.block(fields) }

  private var responseHeaders: ResponseHeaders {
    block([(":status", "200"), ("content-type", "application/grpc"), ("x-a", "1")])
  }

  private func started() -> Machine {
    var machine = Machine()
    machine.started()
    return machine
  }

  private func streaming() -> Machine {
    var machine = started()
    guard case .responseHeaders(nil) = machine.headersReceived(responseHeaders, endStream: false) else {
      Issue.record("response headers")
      return machine
    }
    return machine
  }

  @Test func headersMessagesThenTrailers() {
    var machine = started()
    guard case .queue = machine.send(byteCount: 10, limit: 100) else { Issue.record("send"); return }
    #expect(machine.metadataForCaller == nil)
    guard case .responseHeaders(nil) = machine.headersReceived(responseHeaders, endStream: false) else {
      Issue.record("response headers"); return
    }
    #expect(machine.hadResponseHeaders)
    #expect(machine.metadataForCaller?.firstString(forKey: "x-a") == "1")
    #expect(machine.acceptsData)
    guard case .trailers = machine.headersReceived(block([("grpc-status", "0"), ("x-t", "2")]), endStream: true) else {
      Issue.record("trailers"); return
    }
    #expect(machine.trailersReceived(block([("grpc-status", "0"), ("x-t", "2")]), requestEndSent: true) == .ended(reset: false))
    #expect(machine.final?.status.code == .ok)
    #expect(machine.final?.trailers.firstString(forKey: "x-t") == "2")
    #expect(!machine.acceptsData)
    #expect(machine.streamClosed(errorCode: 0) == .ignore)
    #expect(machine.final?.status.code == .ok)
  }

  @Test func aStatusBeforeAnyHeadersIsTrailersOnly() {
    var machine = started()
    let trailers = block([(":status", "200"), ("content-type", "application/grpc"), ("grpc-status", "5"),
                          ("grpc-message", "no%20such")])
    guard case .trailers = machine.headersReceived(trailers, endStream: true) else { Issue.record("trailers-only"); return }
    #expect(machine.trailersReceived(trailers, requestEndSent: true) == .ended(reset: false))
    #expect(!machine.hadResponseHeaders)
    #expect(machine.metadataForCaller == [])
    #expect(machine.final?.status == Status(code: .notFound, message: "no such"))
  }

  @Test func aSecondHeadersBlockIsTrailersEvenWithoutEndStream() {
    var machine = streaming()
    guard case .trailers = machine.headersReceived(block([("grpc-status", "0")]), endStream: false) else {
      Issue.record("trailers"); return
    }
  }

  @Test func trailersWithoutGrpcStatusAreUnknown() {
    var machine = streaming()
    _ = machine.trailersReceived(block([("x-t", "1")]), requestEndSent: true)
    #expect(machine.final?.status.code == .unknown)
  }

  @Test func badResponseHeadersFailTheCallAndResetTheStream() {
    let cases: [([(String, String)], Status.Code)] = [
      ([(":status", "503"), ("content-type", "application/grpc")], .unavailable),
      ([(":status", "404")], .unimplemented),
      ([(":status", "200"), ("content-type", "text/html")], .unknown),
      ([(":status", "200")], .unknown),
      ([(":status", "200"), ("content-type", "application/grpc"), ("grpc-encoding", "snappy")], .internal),
    ]
    for (fields, code) in cases {
      var machine = started()
      guard case .ended(let end) = machine.headersReceived(block(fields), endStream: false) else {
        Issue.record("\(fields) must end the call"); continue
      }
      #expect(end == .ended(reset: true))
      #expect(machine.final?.status.code == code, "\(fields)")
      #expect(!machine.hadResponseHeaders)
    }
  }

  @Test func compressedResponsesNameTheirAlgorithm() {
    var machine = started()
    let headers = block([(":status", "200"), ("content-type", "application/grpc+proto"), ("grpc-encoding", "gzip")])
    guard case .responseHeaders(let compression) = machine.headersReceived(headers, endStream: false) else {
      Issue.record("response headers"); return
    }
    #expect(compression == .gzip)
  }

  @Test func earlyResetMapsItsCode() {
    let cases: [(UInt32, Status.Code)] = [(0, .internal), (0x2, .internal), (0x7, .unavailable), (0x8, .cancelled),
                                          (0xB, .resourceExhausted)]
    for (errorCode, code) in cases {
      var machine = started()
      #expect(machine.streamClosed(errorCode: errorCode) == .ended(reset: false))
      #expect(machine.final?.status.code == code)
      #expect(machine.unprocessed == (errorCode == 0x7))
      #expect(machine.metadataForCaller == [])
      guard case .end = machine.receive(hasMessage: false) else { Issue.record("end of messages"); continue }
    }
  }

  @Test func refusedAfterHeadersIsNotRetryable() {
    var machine = streaming()
    _ = machine.streamClosed(errorCode: 0x7)
    #expect(machine.final?.status.code == .unavailable)
    #expect(!machine.unprocessed)
  }

  @Test func aStreamNghttp2WouldNotOpenIsUnprocessed() {
    var machine = Machine()
    #expect(machine.refusedToStart() == .ended(reset: false))
    #expect(machine.unprocessed)
    #expect(machine.final?.status.code == .unavailable)
  }

  @Test func requestHeadersThatCouldNotBeSentAreInternalNotRetried() {
    var machine = started()
    #expect(machine.requestHeadersNotSent(reason: "frame size") == .ended(reset: false))
    #expect(machine.streamClosed(errorCode: 0x7) == .ignore)
    #expect(machine.final?.status.code == .internal)
    #expect(!machine.unprocessed)
  }

  @Test func cancelInEachState() {
    var idle = Machine()
    #expect(idle.cancel() == .ended(reset: false))
    var open = started()
    #expect(open.cancel() == .ended(reset: true))
    var withHeaders = streaming()
    #expect(withHeaders.cancel() == .ended(reset: true))
    #expect(withHeaders.final?.status.code == .cancelled)
    var ended = streaming()
    _ = ended.trailersReceived(block([("grpc-status", "0")]), requestEndSent: true)
    #expect(ended.cancel() == .ignore)
    #expect(ended.final?.status.code == .ok)
    var closed = started()
    _ = closed.streamClosed(errorCode: 0x8)
    #expect(closed.cancel() == .ignore)
    #expect(closed.stream == .closed)
  }

  @Test func deadlineInEachState() {
    var idle = Machine()
    #expect(idle.deadlineExpired() == .ended(reset: false))
    var open = started()
    #expect(open.deadlineExpired() == .ended(reset: true))
    #expect(open.final?.status.code == .deadlineExceeded)
    var halfClosed = started()
    _ = halfClosed.closeRequest()
    #expect(halfClosed.deadlineExpired() == .ended(reset: true))
    var withHeaders = streaming()
    #expect(withHeaders.deadlineExpired() == .ended(reset: true))
    var ended = streaming()
    _ = ended.trailersReceived(block([("grpc-status", "0")]), requestEndSent: true)
    #expect(ended.deadlineExpired() == .ignore)
    var closed = started()
    _ = closed.streamClosed(errorCode: 0)
    #expect(closed.deadlineExpired() == .ignore)
  }

  @Test func sendingAfterHalfCloseOrEndFails() {
    var machine = started()
    let first = machine.closeRequest(), second = machine.closeRequest()
    #expect(first && !second)
    guard case .fail(let closed) = machine.send(byteCount: 1, limit: 10) else { Issue.record("closed"); return }
    #expect(closed.code == .failedPrecondition)
    var ended = started()
    _ = ended.streamClosed(errorCode: 0x8)
    guard case .fail(let cancelled) = ended.send(byteCount: 1, limit: 10) else { Issue.record("ended"); return }
    #expect(cancelled.code == .cancelled)
    let fresh = started()
    guard case .fail(let large) = fresh.send(byteCount: 11, limit: 10) else { Issue.record("too large"); return }
    #expect(large.code == .resourceExhausted)
  }

  @Test func dataAfterTheEndIsNotRead() {
    var machine = streaming()
    _ = machine.trailersReceived(block([("grpc-status", "0")]), requestEndSent: true)
    #expect(!machine.acceptsData)
    // Messages that arrived before the trailers are still read, then the end.
    guard case .message = machine.receive(hasMessage: true) else { Issue.record("message"); return }
    guard case .end = machine.receive(hasMessage: false) else { Issue.record("end"); return }
  }

  @Test func aBrokenResponseBodyFailsReadsAndResets() {
    var machine = streaming()
    let error = RPCError(code: .resourceExhausted, message: "too large")
    #expect(machine.responseFailed(error, reset: true) == .ended(reset: true))
    guard case .failed(let thrown) = machine.receive(hasMessage: false) else { Issue.record("failure"); return }
    #expect(thrown.code == .resourceExhausted)
    #expect(machine.final?.status.code == .resourceExhausted)
    #expect(machine.responseFailed(error, reset: true) == .ignore)
  }

  @Test func aReadWaitsUntilTheEnd() {
    let machine = streaming()
    guard case .wait = machine.receive(hasMessage: false) else { Issue.record("wait"); return }
  }

  @Test func aClosedConnectionIsUnavailableWithoutReset() {
    var machine = streaming()
    #expect(machine.connectionClosed(reason: "gone") == .ended(reset: false))
    #expect(machine.final?.status.code == .unavailable)
    #expect(machine.metadataForCaller?.firstString(forKey: "x-a") == "1")
  }

  @Test func statusWithAndWithoutMessagesIsTheServers() {
    // The transport reports what the server said; a unary call's "OK without a message" is an error
    // that GRPCClient raises, knowing the call's kind (UNIMPLEMENTED, per the gRPC spec).
    var machine = streaming()
    _ = machine.trailersReceived(block([("grpc-status", "0")]), requestEndSent: true)
    #expect(machine.final?.status.code == .ok)
    var failed = streaming()
    _ = failed.trailersReceived(block([("grpc-status", "13"), ("grpc-message", "oops")]), requestEndSent: true)
    #expect(failed.final?.status == Status(code: .internal, message: "oops"))
  }
}
