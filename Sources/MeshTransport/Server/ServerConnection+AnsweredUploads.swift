/// Raw HTTP exchanges answered while their client may still send: reset with NO_ERROR once the client
/// has been quiet for a while (`AnsweredUploads` says why not at once, and why at all).
extension ServerConnection {
  /// A raw exchange's response is complete (queued) while its client may still send.
  func answeredWhileClientMaySend(_ streamID: Int32) {
    loop.assertInLoop()
    answeredUploads.answered(streamID)
  }

  /// The client sent DATA on a stream whose response is complete: it is still uploading.
  func heardAfterAnswer(_ streamID: Int32) {
    guard !answeredUploads.isEmpty else { return }
    answeredUploads.heard(streamID, at: .now)
  }

  /// After a flush: the answered exchanges whose END_STREAM went out start their quiet period.
  func startAnsweredUploadsWhoseEndWentOut() {
    guard !isClosed else { return }
    let started = answeredUploads.flushed(at: .now, isOpen: { isOpen($0) },
                                          endSent: { session.hasSentEndStream(streamID: $0) })
    if started { scheduleAnsweredUploadTimer() }
  }

  /// One timer for the connection, at the earliest deadline: a deadline only moves later (the client
  /// sent again), and a stream starting now is due no earlier than those already waiting.
  private func scheduleAnsweredUploadTimer() {
    guard answeredUploadTimer == nil, !isClosed, let deadline = answeredUploads.nextDeadline else { return }
    answeredUploadTimer = loop.schedule(at: deadline) { [self] in
      self.answeredUploadTimer = nil
      self.resetDueAnsweredUploads()
    }
  }

  private func resetDueAnsweredUploads() {
    guard !isClosed else { return }
    var submitted = false
    for id in answeredUploads.due(at: .now) where isOpen(id) {
      session.submitReset(streamID: id, errorCode: Self.noError)
      submitted = true
    }
    if submitted { flushNow() }
    scheduleAnsweredUploadTimer()
  }
}
