/// Waits for a non-blocking connect to finish, then hands the socket on. Loop-confined.
final class Connector: FileEventHandler {
  private let loop: EventLoop
  private let fd: Int32
  private var completion: ((Result<Int32, SystemCallError>) -> Void)?
  private var timer: TimerQueue.ID?

  init(loop: EventLoop, fd: Int32, timeout: Duration, completion: @escaping (Result<Int32, SystemCallError>) -> Void) {
    self.loop = loop
    self.fd = fd
    self.completion = completion
    loop.register(fd, handler: self, writable: true)
    timer = loop.schedule(at: .now + timeout) { [self] in
      finish(.failure(SystemCallError(call: "connect (timed out)", errno: 110)))
    }
  }

  func handleEvents(readable: Bool, writable: Bool, hangup: Bool) {
    let error = Socket.pendingError(fd)
    finish(error == 0 ? .success(fd) : .failure(SystemCallError(call: "connect", errno: error)))
  }

  func loopStopping() { finish(.failure(SystemCallError(call: "connect (event loop stopped)", errno: 125))) }

  private func finish(_ result: Result<Int32, SystemCallError>) {
    guard let completion else { return }
    self.completion = nil
    if let timer { loop.cancelTimer(timer) }
    loop.unregister(fd)
    if case .failure = result { SystemCall.close(fd) }
    completion(result)
  }
}
