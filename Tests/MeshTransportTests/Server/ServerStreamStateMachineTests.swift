@testable import MeshTransport
import MeshCore
import Testing

/// The server stream's protocol rules, without sockets: every order of handler calls and nghttp2
/// events, legal or not.
@Suite struct ServerStreamStateMachineTests {
  private typealias Machine = ServerStreamStateMachine
  private static let bad = RPCError(code: .internal, message: "bad framing")

  @Test func headersGoOutOnceBeforeTheFirstMessageThenTrailers() {
    var machine = Machine()
    #expect(machine.sendMessage() == .queue(headersFirst: true))
    #expect(machine.sendMessage() == .queue(headersFirst: false))
    #expect(machine.sendHeaders() == .alreadySent)
    #expect(machine.finish() == .trailers)
    #expect(machine.streamClosed() == .release)
    #expect(machine.hasEnded)
  }

  @Test func aStatusWithoutAnyMessageIsTrailersOnly() {
    var machine = Machine()
    #expect(machine.finish() == .trailersOnly)
    #expect(machine.response == .finished)
    #expect(machine.sendMessage() == .callEnded)
    #expect(machine.sendHeaders() == .callEnded)
  }

  @Test func headersSentWithoutMessagesEndWithTrailers() {
    var machine = Machine()
    #expect(machine.sendHeaders() == .submit)
    #expect(machine.sendHeaders() == .alreadySent)
    #expect(machine.finish() == .trailers)
  }

  @Test func theFirstEndWins() {
    var machine = Machine()
    _ = machine.sendMessage()
    #expect(machine.finish() == .trailers)
    #expect(machine.finish() == .ignore)
    #expect(machine.deadlineExpired() == .ignore)
    #expect(machine.requestFailed(Self.bad) == .ignore)
  }

  @Test func earlyResetCancelsTheHandlerAndEndsEverything() {
    var machine = Machine()
    #expect(machine.streamClosed() == .cancelHandler)
    #expect(machine.isClosed && machine.hasEnded)
    #expect(machine.sendHeaders() == .callEnded)
    #expect(machine.sendMessage() == .callEnded)
    #expect(machine.finish() == .ignore)
    #expect(machine.deadlineExpired() == .ignore)
    #expect(!machine.acceptsData)
    guard case .callEnded = machine.receive(hasMessage: false) else { Issue.record("a read after RST must fail"); return }
  }

  @Test func resetAfterHeadersCancelsTheHandler() {
    var machine = Machine()
    _ = machine.sendMessage()
    #expect(machine.streamClosed() == .cancelHandler)
    #expect(machine.finish() == .ignore)
  }

  @Test func deadlineInEachState() {
    var idle = Machine()
    #expect(idle.deadlineExpired() == .trailersOnly)
    var streaming = Machine()
    _ = streaming.sendMessage()
    #expect(streaming.deadlineExpired() == .trailers)
    var requestEnded = Machine()
    requestEnded.requestEnded()
    #expect(requestEnded.deadlineExpired() == .trailersOnly)
    var finished = Machine()
    _ = finished.finish()
    #expect(finished.deadlineExpired() == .ignore)
    var closed = Machine()
    _ = closed.streamClosed()
    #expect(closed.deadlineExpired() == .ignore)
    var refused = Machine()
    refused.refused()
    #expect(refused.deadlineExpired() == .ignore)
  }

  @Test func dataAfterEndStreamIsNotRead() {
    var machine = Machine()
    #expect(machine.acceptsData && machine.acceptsEndOfRequest)
    machine.requestEnded()
    #expect(!machine.acceptsData)
    #expect(!machine.acceptsEndOfRequest)
    guard case .end = machine.receive(hasMessage: false) else { Issue.record("the end of the request"); return }
    // Messages that arrived before the end are still read first.
    guard case .message = machine.receive(hasMessage: true) else { Issue.record("a queued message"); return }
  }

  @Test func dataAfterTheCallEndedIsNotRead() {
    var machine = Machine()
    _ = machine.finish()
    #expect(!machine.acceptsData)
    // The client's END_STREAM is still taken: the request half of the stream may close normally.
    #expect(machine.acceptsEndOfRequest)
  }

  @Test func badRequestAbortsTheCallAndReadsFail() {
    var machine = Machine()
    #expect(machine.requestFailed(Self.bad) == .trailersOnly)
    #expect(!machine.acceptsData && !machine.acceptsEndOfRequest)
    guard case .failed(let error) = machine.receive(hasMessage: false) else { Issue.record("the failure"); return }
    #expect(error.code == .internal)
    var streaming = Machine()
    _ = streaming.sendMessage()
    #expect(streaming.requestFailed(Self.bad) == .trailers)
  }

  @Test func aReadWaitsWhileTheRequestIsOpen() {
    let machine = Machine()
    guard case .wait = machine.receive(hasMessage: false) else { Issue.record("a read waits"); return }
    var finished = Machine()
    _ = finished.finish()
    guard case .callEnded = finished.receive(hasMessage: false) else { Issue.record("a read after the end fails"); return }
  }

  @Test func aRefusedStreamSendsNothing() {
    var machine = Machine()
    machine.refused()
    #expect(machine.sendHeaders() == .callEnded)
    #expect(machine.finish() == .ignore)
    #expect(machine.streamClosed() == .release)
  }
}

/// When a call that ended must still be reset: only while the client may send on its stream.
@Suite struct ServerStreamClientMaySendTests {
  @Test func theClientMaySendUntilItHalfClosesOrTheStreamCloses() {
    var open = ServerStreamStateMachine()
    #expect(open.finish() == .trailersOnly)
    #expect(open.clientMaySend)
    #expect(open.streamClosed() == .release)
    #expect(!open.clientMaySend)

    var halfClosed = ServerStreamStateMachine()
    halfClosed.requestEnded()
    #expect(halfClosed.finish() == .trailersOnly)
    #expect(!halfClosed.clientMaySend)

    var failed = ServerStreamStateMachine()
    #expect(failed.requestFailed(RPCError(code: .internal, message: "bad framing")) == .trailersOnly)
    #expect(failed.clientMaySend)
  }
}
