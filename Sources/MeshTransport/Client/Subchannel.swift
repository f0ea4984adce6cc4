import Synchronization

/// A connection to one address, kept up: connects, reconnects with backoff after a failure, and
/// reconnects at once when a working connection goes away. Loop-confined; reports to its channel.
final class Subchannel: @unchecked Sendable {
  /// Connectivity, as gRPC names it.
  enum State: Equatable { case idle, connecting, ready, transientFailure(String) }

  let address: SocketAddress
  /// Names this subchannel in a call's `AttemptedEndpoints`: unique in the process, so keys recorded by
  /// one channel never match another channel's subchannel (a gateway passes a call's record to the
  /// channel of each endpoint it tries), and never reused.
  let key = Subchannel.keys.add(1, ordering: .relaxed).newValue
  private static let keys = Atomic<Int>(0)
  /// The name the address was resolved from: TLS verifies the server's certificate against it.
  let hostname: String
  let loop: EventLoop
  /// The channel, reached through its link (not a weak reference: see `GRPCChannelLink`), so a channel
  /// that is gone stops its subchannels' reconnect attempts.
  private let link: GRPCChannelLink
  /// The channel while it lives, retained by the caller's local; nil once it is gone.
  private var channel: GRPCChannel? { link.channel }
  private let configuration: GRPCChannel.Configuration
  private var connection: ClientConnection?
  private var failures = 0
  private var shutDown = false
  /// The timer of the next attempt while the subchannel waits out a backoff delay; nil otherwise. Kept so
  /// that an attempt on demand or a reset of the backoff can start the attempt now, and so that nothing
  /// arms a second timer beside it (every attempt is started by this timer, a demand or a lost connection).
  private var backoffTimer: TimerQueue.ID?

  init(address: SocketAddress, hostname: String, loop: EventLoop, link: GRPCChannelLink,
       configuration: GRPCChannel.Configuration) {
    self.address = address
    self.hostname = hostname
    self.loop = loop
    self.link = link
    self.configuration = configuration
  }

  /// Starts connecting; loop thread.
  func connect() {
    backoffTimer = nil
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
    let authority = configuration.authority ?? (hostname == address.host ? address.description : "\(hostname):\(address.port)")
    var tls: TLSEngine?
    if let context = channel.tlsContext {
      do {
        tls = try TLSEngine(context: context, serverHostname: hostname)
      } catch {
        SystemCall.close(fd)
        return connectFailed("TLS: \(error)")
      }
    }
    let connection = ClientConnection(loop: loop, fd: fd, peer: address.peerDescription, authority: authority,
                                      keepalive: configuration.keepalive, tls: tls)
    connection.onUnusable = { [weak self] _ in self?.connectionLost() }
    connection.onServerSettings = { [weak self] in self?.channel?.subchannelServerAnswered() }
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
    backoffTimer = loop.schedule(at: .now + delay) { [weak self] in self?.connect() }
  }

  /// Starts the next attempt now when the subchannel is waiting out a backoff delay (gRPC's "connect on
  /// demand": a call that finds no connection asks for one instead of waiting out a delay that grew while
  /// the server was down); the channel limits how often. Does nothing while connecting or connected.
  /// The delays go on growing: an attempt that fails here schedules the next one as the last failure did.
  /// Loop thread.
  func connectNowIfBackingOff() {
    guard let timer = backoffTimer, !shutDown else { return }
    loop.cancelTimer(timer)
    connect()
  }

  /// Forgets the failures so far and, when waiting out a delay, connects now (gRPC's
  /// `ResetConnectBackoff`): the server was seen answering (a health check passed on another connection
  /// to it), so the delays that grew while it was down no longer say anything. Loop thread.
  func resetBackoff() {
    failures = 0
    connectNowIfBackingOff()
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
    if let backoffTimer { loop.cancelTimer(backoffTimer) }
    backoffTimer = nil
    if let connection, !connection.isClosed {
      connection.closeWhenIdle = true
      connection.session.submitGoAway(errorCode: 0)
      connection.scheduleFlush()
    }
  }
}
