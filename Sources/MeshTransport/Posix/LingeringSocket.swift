/// A connection's socket after its last bytes were sent, closed the way nginx's `lingering_close` and
/// Envoy's delayed close do: closing a socket with unread bytes in it (a client's DATA in flight after
/// our GOAWAY, the rest of a body after an early 413) makes the kernel send a TCP reset, and a reset can
/// destroy our last words in the client's receive buffer before the client reads them. So the sending
/// half is shut (the client reads everything, then the end), what the client still sends is read and
/// dropped, and the socket closes when the client closes, after `quietPeriod` with nothing from it, or
/// at `limit` however busy it is (`LingerDeadline`). It belongs to no connection: a server's drain and
/// connection counts no longer see it, and it holds one descriptor and this object, no buffers. How many
/// linger at once is capped (`LingerBudget`): past the cap a socket closes at once.
/// Loop-confined; the loop's handler table holds it until it closes.
package final class LingeringSocket: FileEventHandler {
  private let loop: EventLoop
  private let fd: Int32
  private var deadline: LingerDeadline
  private let budget: LingerBudget
  private var timer: TimerQueue.ID?
  private var closed = false

  private init(loop: EventLoop, fd: Int32, deadline: LingerDeadline, budget: LingerBudget) {
    self.loop = loop
    self.fd = fd
    self.deadline = deadline
    self.budget = budget
  }

  /// Takes over `fd`, whose owner has stopped watching it and has written all it will: shuts its
  /// sending half and lingers. A socket the peer already closed (or reset) is closed at once. On the
  /// loop's thread.
  /// - Parameters:
  ///   - fd: a connected socket, no longer registered with the loop; this closes it.
  ///   - loop: the loop it lingers on.
  ///   - quietPeriod: how long the peer may send nothing before the close.
  ///   - limit: how long it lingers at most.
  ///   - budget: the cap on sockets lingering at once; when it is reached, the socket closes at once.
  /// - Returns: whether it lingers (false: closed at once).
  @discardableResult
  package static func linger(_ fd: Int32, on loop: EventLoop, quietPeriod: Duration, limit: Duration,
                             budget: LingerBudget = .shared) -> Bool {
    guard limit > .zero, quietPeriod > .zero, budget.take() else {
      SystemCall.close(fd)
      return false
    }
    SystemCall.shutdownWrite(fd)
    let socket = LingeringSocket(loop: loop, fd: fd, deadline: LingerDeadline(start: .now, quietPeriod: quietPeriod, limit: limit),
                                 budget: budget)
    // What already arrived (often the peer's end) is read before the socket is watched.
    guard socket.drain() else {
      socket.close()
      return false
    }
    loop.register(fd, handler: socket)
    socket.armTimer()
    return true
  }

  package func handleEvents(readable: Bool, writable: Bool, hangup: Bool) {
    guard !closed else { return }
    if !drain() { close() }
  }

  package func loopStopping() { close() }

  /// Reads and drops what the peer sent (`DiscardedInput`). False once the peer has closed or reset the connection.
  private func drain() -> Bool {
    switch DiscardedInput.read(fd, buffer: loop.readBuffer) {
    case .ended: return false
    case .open(let readAny):
      if readAny { deadline.read(at: .now) }
      return true
    }
  }

  /// One timer at a time: when it fires early (the peer sent since it was set), it is set again for
  /// the deadline as it is now, so reads cost no timer work.
  private func armTimer() {
    timer = loop.schedule(at: deadline.deadline) { [self] in
      timer = nil
      guard !closed else { return }
      if deadline.isOver(at: .now) { close() } else { armTimer() }
    }
  }

  private func close() {
    guard !closed else { return }
    closed = true
    if let timer { loop.cancelTimer(timer) }
    timer = nil
    loop.unregister(fd)
    SystemCall.close(fd)
    budget.giveBack()
  }
}
