@testable import MeshTransport
import MeshCore
import Testing

/// The server's status arriving while our request side is still open: the stream is reset with NO_ERROR
/// (RFC 9113 8.1), never CANCEL, and only while it is open and our END_STREAM has not gone out.
@Suite struct ClientStreamEarlyEndTests {
  private func block(_ fields: [(String, String)]) -> ResponseHeaders { ResponseHeaders.block(fields) }

  private var okTrailers: ResponseHeaders { block([("grpc-status", "0")]) }

  private func streaming() -> ClientStreamStateMachine {
    var machine = ClientStreamStateMachine()
    machine.started()
    let headers = block([(":status", "200"), ("content-type", "application/grpc")])
    guard case .responseHeaders(nil) = machine.headersReceived(headers, endStream: false) else {
      Issue.record("response headers")
      return machine
    }
    return machine
  }

  @Test func trailersWithTheRequestOpenEndTheCallAndResetTheRequest() {
    var machine = streaming()
    guard case .trailers = machine.headersReceived(okTrailers, endStream: true) else { Issue.record("trailers"); return }
    #expect(machine.trailersReceived(okTrailers, requestEndSent: false) == .endedRequestOpen)
    #expect(machine.final?.status.code == .ok)
    // Later writes fail with a clear error instead of queueing bytes that will never go out.
    guard case .fail(let error) = machine.send(byteCount: 1, limit: 100) else { Issue.record("send after end"); return }
    #expect(error.code == .failedPrecondition)
    // The reset's close is the stream's normal close: the status stays the trailers'.
    #expect(machine.streamClosed(errorCode: 0) == .ignore)
    #expect(machine.final?.status.code == .ok)
  }

  @Test func aFailingStatusWithTheRequestOpenKeepsItsCodeAndResets() {
    var machine = streaming()
    let trailers = block([("grpc-status", "9"), ("grpc-message", "stop")])
    guard case .trailers = machine.headersReceived(trailers, endStream: true) else { Issue.record("trailers"); return }
    #expect(machine.trailersReceived(trailers, requestEndSent: false) == .endedRequestOpen)
    #expect(machine.final?.status == Status(code: .failedPrecondition, message: "stop"))
    guard case .fail(let error) = machine.send(byteCount: 1, limit: 100) else { Issue.record("send after end"); return }
    #expect(error.code == .failedPrecondition)
    #expect(error.message == "stop")
  }

  @Test func trailersOnlyWithTheRequestOpenResets() {
    var machine = ClientStreamStateMachine()
    machine.started()
    let trailers = block([(":status", "200"), ("content-type", "application/grpc"), ("grpc-status", "5")])
    guard case .trailers = machine.headersReceived(trailers, endStream: true) else { Issue.record("trailers-only"); return }
    #expect(machine.trailersReceived(trailers, requestEndSent: false) == .endedRequestOpen)
    #expect(machine.final?.status.code == .notFound)
  }

  @Test func trailersAfterOurEndStreamAskForNoReset() {
    var machine = streaming()
    let closed = machine.closeRequest()
    #expect(closed)
    #expect(machine.trailersReceived(okTrailers, requestEndSent: true) == .ended(reset: false))
  }

  @Test func trailersAfterTheEndAreIgnored() {
    var machine = streaming()
    #expect(machine.cancel() == .ended(reset: true))
    #expect(machine.trailersReceived(okTrailers, requestEndSent: false) == .ignore)
    #expect(machine.final?.status.code == .cancelled)
  }

  @Test func aStreamThatNeverOpenedIsNotReset() {
    // Only an open stream can be reset: one whose headers never went out has nothing to tell.
    var idle = ClientStreamStateMachine()
    #expect(idle.trailersReceived(okTrailers, requestEndSent: false) == .ended(reset: false))
  }
}
