internal import Glibc

/// Runs the TLS handshake of a connection on a port that serves HTTP/2 and HTTP/1.1, then hands the
/// connection to the side ALPN chose: `h2` to the HTTP/2 server, `http/1.1` (or no ALPN at all, which
/// RFC 7301 leaves to HTTP/1.1) to the HTTP/1.1 server. The engine goes along with its handshake done;
/// records the client sent right after its Finished stay buffered in it for the new owner. Loop-confined.
final class TLSHandshaker: FileEventHandler {
  /// Where the connection goes.
  enum Verdict {
    /// `h2` was agreed on.
    case http2(TLSEngine)
    /// `http/1.1`, or no ALPN.
    case http1(TLSEngine)
    /// The handshake failed, timed out or the peer left; the descriptor is closed.
    case failed
  }

  /// Which side an agreed protocol goes to. Pure.
  /// - Parameter applicationProtocol: the ALPN protocol agreed on, nil when none.
  /// - Returns: true for HTTP/2.
  static func isHTTP2(_ applicationProtocol: String?) -> Bool { applicationProtocol == "h2" }

  private let loop: EventLoop
  private let fd: Int32
  private let engine: TLSEngine
  private let decided: (Verdict) -> Void
  private var pending: [UInt8] = []
  private var pendingOffset = 0
  private var wantsWrite = false
  private var timer: TimerQueue.ID?
  private var done = false

  /// - Parameters:
  ///   - timeout: how long the handshake may take before the connection is closed.
  ///   - decided: told once; the descriptor is no longer watched by the handshaker then.
  init(loop: EventLoop, fd: Int32, engine: TLSEngine, timeout: Duration, decided: @escaping (Verdict) -> Void) {
    self.loop = loop
    self.fd = fd
    self.engine = engine
    self.decided = decided
    timer = loop.schedule(at: .now + timeout) { [weak self] in self?.finish(.failed) }
  }

  func start() { loop.register(fd, handler: self) }

  func handleEvents(readable: Bool, writable: Bool, hangup: Bool) {
    if writable { writePending() }
    guard !done, readable || hangup else { return }
    let buffer = loop.readBuffer
    while !done {
      let count: Int?
      do {
        count = try SystemCall.read(fd, into: buffer)
      } catch {
        return finish(.failed)
      }
      guard let count else { return }
      if count == 0 { return finish(.failed) }
      engine.feedCiphertext(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
      let complete: Bool
      do {
        complete = try engine.handshake()
      } catch {
        // Send the alert OpenSSL queued, then give up.
        engine.drainCiphertext(appendingTo: &pending)
        writePending()
        return finish(.failed)
      }
      if complete {
        // What the handshake left to send (its last flight, session tickets) stays in the engine: the
        // new owner sends it first. Our earlier flights were written before the client could finish.
        let engine = engine
        return finish(Self.isHTTP2(engine.negotiatedApplicationProtocol) ? .http2(engine) : .http1(engine))
      }
      engine.drainCiphertext(appendingTo: &pending)
      writePending()
      if count < buffer.count { return }
    }
  }

  private func writePending() {
    while pendingOffset < pending.count {
      let written: Int?
      do {
        written = try pending.withUnsafeBytes { try SystemCall.write(fd, UnsafeRawBufferPointer(rebasing: $0[pendingOffset...])) }
      } catch {
        return finish(.failed)
      }
      guard let written else { break }
      pendingOffset += written
    }
    if pendingOffset == pending.count {
      pending.removeAll()
      pendingOffset = 0
    }
    let wanted = pendingOffset < pending.count
    if wanted != wantsWrite, !done {
      wantsWrite = wanted
      loop.setWriteInterest(fd, wanted)
    }
  }

  func loopStopping() { finish(.failed) }

  private func finish(_ verdict: Verdict) {
    guard !done else { return }
    done = true
    if let timer { loop.cancelTimer(timer) }
    loop.unregister(fd)
    if case .failed = verdict { SystemCall.close(fd) }
    decided(verdict)
  }
}
