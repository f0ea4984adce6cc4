/// Accepts connections on one listening socket and starts a server connection for each, on the same
/// loop (each loop has its own listener on the shared port). Loop-confined.
final class Acceptor: FileEventHandler {
  private let loop: EventLoop
  var loopForExecute: EventLoop { loop }
  private let fd: Int32
  private let makeConnection: (Int32, SocketAddress?) -> Void
  private var closed = false

  init(loop: EventLoop, fd: Int32, makeConnection: @escaping (Int32, SocketAddress?) -> Void) {
    self.loop = loop
    self.fd = fd
    self.makeConnection = makeConnection
  }

  func start() { loop.register(fd, handler: self) }

  func handleEvents(readable: Bool, writable: Bool, hangup: Bool) {
    // A bounded batch per wake-up keeps accepting fair to the connections already on the loop.
    for _ in 0..<64 where !closed {
      do {
        guard let (connection, peer) = try Socket.accept(fd) else { return }
        makeConnection(connection, peer)
      } catch {
        // EMFILE and the like: stop for this turn; the listener stays readable and we retry.
        return
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
