internal import Glibc

/// Accepts connections on one listening socket and starts a server connection for each, on the same
/// loop (each loop has its own listener on the shared port). Loop-confined.
final class Acceptor: FileEventHandler {
  private let loop: EventLoop
  var loopForExecute: EventLoop { loop }
  private let fd: Int32
  private let makeConnection: (Int32, SocketAddress?) -> Void
  /// How long the listener is not watched after the process or system ran out of descriptors.
  private let backoff: Duration
  private var closed = false
  /// Set while the listener is unwatched after EMFILE/ENFILE.
  private var backingOff = false

  init(loop: EventLoop, fd: Int32, backoff: Duration = .milliseconds(100),
       makeConnection: @escaping (Int32, SocketAddress?) -> Void) {
    self.loop = loop
    self.fd = fd
    self.backoff = backoff
    self.makeConnection = makeConnection
  }

  func start() { loop.register(fd, handler: self) }

  func handleEvents(readable: Bool, writable: Bool, hangup: Bool) {
    // A bounded batch per wake-up keeps accepting fair to the connections already on the loop.
    for _ in 0..<64 where !closed {
      do {
        guard let (connection, peer) = try Socket.accept(fd) else { return }
        makeConnection(connection, peer)
      } catch let error as SystemCallError where Self.isResourceShortage(error.errno) {
        // Out of descriptors or memory: the pending connection stays queued and the level-triggered
        // listener stays readable, so retrying at once would spin the loop on failing accept4 calls.
        // Stop watching it for a while instead, as SwiftNIO and nghttpx do.
        return pauseAccepting()
      } catch {
        return
      }
    }
  }

  private static func isResourceShortage(_ code: Int32) -> Bool {
    code == EMFILE || code == ENFILE || code == ENOBUFS || code == ENOMEM
  }

  private func pauseAccepting() {
    guard !backingOff, !closed else { return }
    backingOff = true
    loop.unregister(fd)
    _ = loop.schedule(at: .now + backoff) { [weak self] in
      guard let self, self.backingOff, !self.closed else { return }
      self.backingOff = false
      self.loop.register(self.fd, handler: self)
    }
  }

  func loopStopping() { close() }

  func close() {
    guard !closed else { return }
    closed = true
    if !backingOff { loop.unregister(fd) }
    SystemCall.close(fd)
  }
}
