internal import Glibc

/// Tells, on a cleartext port that serves both, an HTTP/2 client with prior knowledge (its first bytes
/// are the connection preface `PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n`) from an HTTP/1.1 one (anything else),
/// by peeking at the first bytes without consuming them, then hands the connection to the right side
/// on the same loop. Loop-confined.
final class ProtocolSniffer: FileEventHandler {
  /// What the first bytes said.
  enum Verdict: Equatable {
    /// Not enough bytes yet, and those so far could still be the preface.
    case undecided
    /// The HTTP/2 preface.
    case http2
    /// Anything else.
    case http1
  }

  static let preface: [UInt8] = Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8)

  /// The verdict on the bytes received so far. Pure.
  /// - Parameter bytes: the first bytes of the connection.
  static func verdict(_ bytes: some Collection<UInt8>) -> Verdict {
    for (byte, expected) in zip(bytes, preface) where byte != expected { return .http1 }
    return bytes.count >= preface.count ? .http2 : .undecided
  }

  private let loop: EventLoop
  private let fd: Int32
  private let decided: (Verdict) -> Void
  private var timer: TimerQueue.ID?
  private var done = false

  /// - Parameters:
  ///   - timeout: how long a client may stay silent before the connection is closed.
  ///   - decided: given `.http2` or `.http1` once (the descriptor is no longer watched by the sniffer
  ///     then), or `.undecided` when the connection is closed before it said anything useful.
  init(loop: EventLoop, fd: Int32, timeout: Duration, decided: @escaping (Verdict) -> Void) {
    self.loop = loop
    self.fd = fd
    self.decided = decided
    timer = loop.schedule(at: .now + timeout) { [weak self] in self?.finish(.undecided) }
  }

  func start() { loop.register(fd, handler: self) }

  func handleEvents(readable: Bool, writable: Bool, hangup: Bool) {
    var buffer = [UInt8](repeating: 0, count: Self.preface.count)
    let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_PEEK)) }
    if count < 0 {
      if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
      return finish(.undecided)
    }
    if count == 0 { return finish(.undecided) }
    let verdict = Self.verdict(buffer[..<count])
    if verdict != .undecided { finish(verdict) }
  }

  func loopStopping() { finish(.undecided) }

  private func finish(_ verdict: Verdict) {
    guard !done else { return }
    done = true
    if let timer { loop.cancelTimer(timer) }
    loop.unregister(fd)
    if verdict == .undecided { SystemCall.close(fd) }
    decided(verdict)
  }
}
