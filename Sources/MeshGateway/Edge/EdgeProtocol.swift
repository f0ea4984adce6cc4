public import MeshCore

/// A protocol spoken at the edge besides native gRPC: gRPC-Web, Connect, REST/JSON transcoding, static
/// files. Each turns an exchange into calls of the dispatcher and the calls' results into its own
/// response format.
///
/// The gateway asks each protocol in order whether it takes a request; the first that does handles it.
public protocol EdgeProtocol: Sendable {
  /// A short name for logs and metrics (`grpc-web`, `connect`, `rest`, `static`).
  var name: String { get }

  /// Whether this protocol takes the request (by content type, method and path).
  /// - Parameter request: the request head.
  func accepts(_ request: EdgeRequestHead) -> Bool

  /// Handles the request to its end: reads the body, dispatches the call(s), writes the response.
  /// Must finish the exchange, and must answer every failure with its protocol's error format.
  /// - Parameters:
  ///   - exchange: the request and its response.
  ///   - dispatcher: where decoded calls go (the filters, then the upstream).
  func handle(_ exchange: any EdgeExchange, dispatcher: any GatewayDispatcher) async

  /// Answers a request that a filter refused, in this protocol's error format (a gRPC-Web trailer
  /// frame, a Connect error body, a JSON error with the HTTP status of `StatusMapping`), with the error's
  /// metadata as headers. Must finish the exchange.
  /// - Parameters:
  ///   - error: why the request was refused.
  ///   - exchange: the request and its response.
  func reject(_ error: RPCError, on exchange: any EdgeExchange) async
}
