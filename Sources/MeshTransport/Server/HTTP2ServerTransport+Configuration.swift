public import MeshCore

extension HTTP2ServerTransport {
  /// Where and how the transport listens.
  public struct Configuration: Sendable {
    /// The host to bind, numeric; `0.0.0.0` for every IPv4 interface, `::` for IPv6.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// Per-connection and per-call bounds.
    public var limits: ServerLimits
    /// TLS (with ALPN h2, optionally mutual); nil serves h2c with prior knowledge.
    public var tls: TLSConfiguration?
    /// The handlers of content types served beside gRPC (gRPC-Web, Connect, JSON), by prefix.
    public var httpHandlers = HTTPStreamHandlers()
    /// Where calls to a path no service registered go instead of UNIMPLEMENTED (a gateway's
    /// dispatcher); the server's interceptors do not run around it.
    public var fallback: RPCRouter.Handler?
    /// Asked first about each call the fallback would serve: a call it takes is relayed as bytes,
    /// on the loop, without a handler's task (a gateway's passthrough). Nil relays nothing.
    public var relay: (any GRPCRelayRouter)?
    /// Where HTTP/1.1 clients go (an HTTP/1.1 server adopting them): the descriptor, the peer's address,
    /// the loop, and on a TLS port the connection's TLS with its handshake done. Cleartext: connections
    /// that do not start with the HTTP/2 preface. TLS: `http/1.1` is offered by ALPN after `h2`, and a
    /// client that chose it (or offered no ALPN) goes here. Nil serves HTTP/2 only.
    package var http1Handoff: (@Sendable (Int32, String, EventLoop, TLSRecordLayer?) -> Void)?
    /// How long a cleartext client may stay silent before its first bytes tell its protocol.
    package var sniffTimeout: Duration = .seconds(10)

    /// Creates a configuration.
    /// - Parameters:
    ///   - host: the numeric host to bind.
    ///   - port: the port; 0 picks a free one.
    ///   - limits: bounds per connection and call.
    ///   - tls: TLS settings; nil for h2c.
    public init(host: String = "127.0.0.1", port: Int = 0, limits: ServerLimits = ServerLimits(),
                tls: TLSConfiguration? = nil) {
      self.host = host
      self.port = port
      self.limits = limits
      self.tls = tls
    }
  }
}
