import MeshCore
import MeshTransport

/// What the relay's edge filters and interceptors see of a native gRPC request (issue 9): its metadata
/// fields as nghttp2 gave them, read and edited in place (identity fields dropped and added, a request id
/// and trace parent set), and the fields they add to the response. What is left of `fields` at the end
/// goes upstream as it is: no `Metadata`, `EdgeRequestHead` or `ServerContext` is made for the call.
struct RelayHead {
  /// The method (`:path`).
  let method: MethodDescriptor
  /// `:authority`.
  let authority: String?
  /// The client's address.
  let peer: String
  /// Its host part (`SocketAddress.host(ofPeer:)`), made once per connection: the local rate limit's key.
  let peerHost: String
  /// Whether the connection is TLS.
  let isSecure: Bool
  /// The request's metadata fields (reserved gRPC headers, `content-type` and `te` are not among them).
  var fields: RequestHeaderFields
  /// Fields the response's headers carry besides the upstream's (the request id, the trace parent).
  var responseFields = RawHeaderFields()

  /// A head over `fields`.
  /// - Parameter peerHost: `peer`'s host when the connection has it already; nil parses it out of `peer`.
  init(method: MethodDescriptor, authority: String?, peer: String, peerHost: String? = nil, isSecure: Bool,
       fields: RequestHeaderFields) {
    self.method = method
    self.authority = authority
    self.peer = peer
    self.peerHost = peerHost ?? SocketAddress.host(ofPeer: peer)
    self.isSecure = isSecure
    self.fields = fields
  }

  /// What `method` is left as in a request whose head was taken (its strings are small: no allocation, no
  /// retain).
  private static let vacantMethod = MethodDescriptor(service: "", method: "")

  /// The head of `request`, its method, authority, peer, peer host and fields moved out of it (copies of the
  /// strings retained each per relayed call); `giveBack(to:)` puts them back when the call goes to the usual
  /// path after all.
  init(taking request: inout RelayRequest, isSecure: Bool) {
    var method = Self.vacantMethod
    swap(&method, &request.method)
    var peer = ""
    swap(&peer, &request.peer)
    var peerHost = ""
    swap(&peerHost, &request.peerHost)
    var fields = RequestHeaderFields()
    swap(&fields, &request.fields)
    self.init(method: method, authority: request.authority.take(), peer: peer, peerHost: peerHost, isSecure: isSecure,
              fields: fields)
  }

  /// Puts back what `init(taking:isSecure:)` took, the fields as received (`RequestHeaderFields.revertEdits`),
  /// for the usual path: the request is then as the transport made it.
  mutating func giveBack(to request: inout RelayRequest) {
    fields.revertEdits()
    swap(&fields, &request.fields)
    request.method = method
    request.peer = peer
    request.peerHost = peerHost
    request.authority = authority
  }

  /// The head as the edge filters of the usual path see a native gRPC call (`NativeGRPCFront`): the
  /// adapter for a filter that cannot read the fields in place, made only when one is configured.
  var edgeRequestHead: EdgeRequestHead {
    var headers: [(name: String, value: String)] = [("content-type", "application/grpc")]
    if let authority { headers.append(("host", authority)) }
    for entry in fields.metadata {
      if let value = entry.value.stringValue { headers.append((entry.key, value)) }
    }
    return EdgeRequestHead(method: "POST", target: method.path, headers: headers, httpVersion: "HTTP/2",
                           isSecure: isSecure, peer: peer)
  }
}
