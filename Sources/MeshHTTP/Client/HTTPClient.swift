public import MeshTransport
import Synchronization

/// An HTTP/1.1 client on the mesh's event loops, with a pool of kept-alive connections per host:port.
public final class HTTPClient: Sendable {
  /// Timeouts and bounds.
  public struct Configuration: Sendable {
    /// The timeout of a call when it gives none (connect, send and the whole response).
    public var defaultTimeout: Duration
    /// The largest response body accepted.
    public var maxResponseBytes: Int
    /// Idle connections kept per host:port.
    public var maxIdlePerHost: Int
    /// An idle connection older than this is closed rather than reused (servers close theirs too).
    public var idleTimeout: Duration

    /// Creates a configuration.
    /// - Parameters:
    ///   - defaultTimeout: the timeout of a call when it gives none.
    ///   - maxResponseBytes: the largest body accepted.
    ///   - maxIdlePerHost: idle connections kept per host:port.
    ///   - idleTimeout: the age past which an idle connection is not reused.
    public init(defaultTimeout: Duration = .seconds(10), maxResponseBytes: Int = 16 * 1024 * 1024,
                maxIdlePerHost: Int = 16, idleTimeout: Duration = .seconds(20)) {
      self.defaultTimeout = defaultTimeout
      self.maxResponseBytes = maxResponseBytes
      self.maxIdlePerHost = maxIdlePerHost
      self.idleTimeout = idleTimeout
    }
  }

  let configuration: Configuration
  private let group: EventLoopGroup
  private let idle = Mutex<[String: [HTTPClientConnection]]>([:])

  /// Creates a client.
  /// - Parameters:
  ///   - configuration: timeouts and bounds.
  ///   - group: the event loops its connections live on.
  public init(configuration: Configuration = Configuration(), group: EventLoopGroup) {
    self.configuration = configuration
    self.group = group
  }

  /// Sends a request and returns the whole response.
  /// - Parameters:
  ///   - request: the request.
  ///   - timeout: the time allowed for the call; the configuration's default when nil.
  /// - Throws: `HTTPClientError`.
  public func execute(_ request: HTTPClientRequest, timeout: Duration? = nil) async throws -> HTTPClientResponse {
    let deadline = ContinuousClock.now + (timeout ?? configuration.defaultTimeout)
    let key = "\(request.host):\(request.port)"
    if let pooled = takeIdle(key) {
      do {
        return try await run(request, on: pooled, key: key, deadline: deadline)
      } catch HTTPClientError.connectionClosed where !pooled.responseStarted && Self.isIdempotent(request.method) {
        // The server closed the kept-alive connection before reading this request: try a fresh one.
      }
    }
    let (connection, response) = try await onNewConnection(request) { connection in
      try await connection.execute(request, deadline: deadline)
    }
    release(connection, key: key)
    return response
  }

  private func run(_ request: HTTPClientRequest, on connection: HTTPClientConnection, key: String,
                   deadline: ContinuousClock.Instant) async throws -> HTTPClientResponse {
    let response = try await connection.execute(request, deadline: deadline)
    release(connection, key: key)
    return response
  }

  private static func isIdempotent(_ method: String) -> Bool {
    ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"].contains(method)
  }

  /// Opens a connection to the request's host and starts `start` on it at once, while it connects: the
  /// loop sends the request when the connect completes. Tries the host's next address when a connect
  /// fails (the request was not sent), not after a timeout.
  /// - Returns: the connection and what `start` returned.
  func onNewConnection<Value>(_ request: HTTPClientRequest,
                               _ start: (HTTPClientConnection) async throws -> Value) async throws
    -> (HTTPClientConnection, Value)
  {
    let addresses: [SocketAddress]
    do {
      addresses = try SocketAddress.resolve(host: request.host, port: request.port)
    } catch {
      throw HTTPClientError.connectFailed("cannot resolve \(request.host): \(error)")
    }
    var lastError = HTTPClientError.connectFailed("no address for \(request.host)")
    for address in addresses {
      do {
        let connection = try HTTPClientConnection.open(to: address, loop: group.next(),
                                                       maxBodyBytes: configuration.maxResponseBytes)
        return (connection, try await start(connection))
      } catch let error as HTTPClientError {
        guard case .connectFailed = error else { throw error }
        lastError = error
      }
    }
    throw lastError
  }

  private func takeIdle(_ key: String) -> HTTPClientConnection? {
    let now = ContinuousClock.now
    var stale: [HTTPClientConnection] = []
    let found = idle.withLock { pool -> HTTPClientConnection? in
      while let connection = pool[key]?.popLast() {
        if connection.isClosed { continue }
        if now - connection.idleSince > configuration.idleTimeout {
          stale.append(connection)
          continue
        }
        return connection
      }
      return nil
    }
    stale.forEach { $0.shutdown() }
    return found
  }

  private func release(_ connection: HTTPClientConnection, key: String) {
    guard !connection.isClosed else { return }
    connection.idleSince = .now
    let kept = idle.withLock { pool -> Bool in
      guard pool[key, default: []].count < configuration.maxIdlePerHost else { return false }
      pool[key, default: []].append(connection)
      return true
    }
    if !kept { connection.shutdown() }
  }

  /// Closes every idle connection.
  public func shutdown() {
    let all = idle.withLock { pool -> [HTTPClientConnection] in
      defer { pool.removeAll() }
      return pool.values.flatMap { $0 }
    }
    all.forEach { $0.shutdown() }
  }
}
