import MeshTransport

/// Accepts connections on one listening socket, on one loop (each loop has its own listener on the
/// shared port). Loop-confined.
final class HTTPAcceptor: FileEventHandler, @unchecked Sendable {
  let loop: EventLoop
  private let fd: Int32
  private let accepted: (Int32, String, EventLoop) -> Void
  private var closed = false

  init(loop: EventLoop, fd: Int32, accepted: @escaping (Int32, String, EventLoop) -> Void) {
    self.loop = loop
    self.fd = fd
    self.accepted = accepted
  }

  func start() { loop.register(fd, handler: self) }

  func handleEvents(readable: Bool, writable: Bool, hangup: Bool) {
    // A bounded batch per wake-up keeps accepting fair to the connections already on the loop.
    for _ in 0..<64 where !closed {
      do {
        guard let (connection, peer) = try Socket.accept(fd) else { return }
        accepted(connection, peer?.peerDescription ?? "unknown", loop)
      } catch {
        return  // EMFILE and the like: the listener stays readable and the next turn retries.
      }
    }
  }

  func loopStopping() { close() }

  func close() {
    guard !closed else { return }
    closed = true
    loop.unregister(fd)
    SystemCall.close(fd)
  }
}
