/// A connection to one address, kept up: connects, reconnects with backoff after a failure, and
/// reconnects at once when a working connection goes away. Loop-confined; reports to its channel.
final class Subchannel: @unchecked Sendable {
  /// Connectivity, as gRPC names it.
  enum State: Equatable { case idle, connecting, ready, transientFailure(String) }

  let address: SocketAddress
  let loop: EventLoop
  /// Weak: a channel that is gone stops its subchannels' reconnect attempts.
  private weak var channel: GRPCChannel?
  private let configuration: GRPCChannel.Configuration
  private var connection: ClientConnection?
  private var failures = 0
  private var shutDown = false

  init(address: SocketAddress, loop: EventLoop, channel: GRPCChannel, configuration: GRPCChannel.Configuration) {
    self.address = address
    self.loop = loop
    self.channel = channel
    self.configuration = configuration
  }

  /// Starts connecting; loop thread.
  func connect() {
    guard !shutDown, let channel else { return }
    channel.subchannel(self, changedTo: .connecting, connection: nil)
    let fd: Int32
    do {
      fd = try Socket.startConnect(to: address)
    } catch {
      return connectFailed("\(error)")
    }
    _ = Connector(loop: loop, fd: fd, timeout: configuration.connectTimeout) { [self] result in
      switch result {
      case .success(let fd): connected(fd)
      case .failure(let error): connectFailed("\(error)")
      }
    }
  }

  private func connected(_ fd: Int32) {
    guard !shutDown, let channel else { return SystemCall.close(fd) }
    let authority = configuration.authority ?? address.description
    let connection = ClientConnection(loop: loop, fd: fd, peer: address.peerDescription, authority: authority,
                                      scheme: "http", keepalive: configuration.keepalive)
    connection.onUnusable = { [weak self] _ in self?.connectionLost() }
    self.connection = connection
    failures = 0
    connection.start()
    channel.subchannel(self, changedTo: .ready, connection: connection)
  }

  private func connectFailed(_ reason: String) {
    guard let channel else { return }
    channel.subchannel(self, changedTo: .transientFailure("\(address): \(reason)"), connection: nil)
    let delay = configuration.backoff.delay(attempt: failures)
    failures += 1
    loop.schedule(at: .now + delay) { [weak self] in self?.connect() }
  }

  private func connectionLost() {
    connection = nil
    guard !shutDown, let channel else { return }
    channel.subchannel(self, changedTo: .idle, connection: nil)
    connect()
  }

  /// Stops reconnecting and drains the connection; loop thread.
  func shutdown() {
    shutDown = true
    if let connection, !connection.isClosed {
      connection.closeWhenIdle = true
      connection.session.submitGoAway(errorCode: 0)
      connection.scheduleFlush()
    }
  }
}
