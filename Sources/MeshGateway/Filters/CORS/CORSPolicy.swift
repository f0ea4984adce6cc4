/// Which browser origins may call the gateway, and what they may send and read: the configuration of
/// `CORSFilter`. Names are compared case-insensitively; origins exactly (scheme, host and port).
public struct CORSPolicy: Sendable, Equatable {
  /// Allowed origins; `*` allows any.
  public var allowedOrigins: Set<String>
  /// Allowed methods, upper case.
  public var allowedMethods: Set<String>
  /// Allowed request headers, lower case.
  public var allowedHeaders: Set<String>
  /// Response headers scripts may read, lower case.
  public var exposedHeaders: [String]
  /// How long a browser may cache a preflight answer, in seconds.
  public var maxAgeSeconds: Int
  /// Whether credentials may be sent (then `*` is answered with the caller's origin, as the spec demands).
  public var allowCredentials: Bool

  /// The request headers gRPC-Web and Connect clients send, plus the credentials and the request id.
  public static let defaultAllowedHeaders: Set<String> = [
    "content-type", "x-grpc-web", "x-user-agent", "grpc-timeout", "connect-protocol-version", "connect-timeout-ms",
    "authorization", "x-api-key", "x-request-id",
  ]
  /// What scripts may read by default: the gRPC status, the rate-limit answer, the request id.
  public static let defaultExposedHeaders = [
    "grpc-status", "grpc-message", "grpc-status-details-bin", "retry-after", "x-ratelimit-limit-name", "ratelimit-policy",
    "x-request-id",
  ]

  /// Creates a policy.
  /// - Parameters:
  ///   - allowedOrigins: the origins, or `*`.
  ///   - allowedMethods: methods (default GET, POST, OPTIONS).
  ///   - allowedHeaders: request headers.
  ///   - exposedHeaders: response headers scripts may read.
  ///   - maxAgeSeconds: preflight cache time (default 600).
  ///   - allowCredentials: whether credentials may be sent.
  public init(allowedOrigins: Set<String>, allowedMethods: Set<String> = ["GET", "POST", "OPTIONS"],
              allowedHeaders: Set<String> = CORSPolicy.defaultAllowedHeaders,
              exposedHeaders: [String] = CORSPolicy.defaultExposedHeaders, maxAgeSeconds: Int = 600,
              allowCredentials: Bool = false) {
    self.allowedOrigins = allowedOrigins
    self.allowedMethods = Set(allowedMethods.map { $0.uppercased() })
    self.allowedHeaders = Set(allowedHeaders.map { $0.lowercased() })
    self.exposedHeaders = exposedHeaders.map { $0.lowercased() }
    self.maxAgeSeconds = maxAgeSeconds
    self.allowCredentials = allowCredentials
  }

  /// Whether an origin may call.
  /// - Parameter origin: the `origin` header.
  public func allows(origin: String) -> Bool { allowedOrigins.contains("*") || allowedOrigins.contains(origin) }

  /// The `access-control-allow-origin` value for an allowed origin.
  /// - Parameter origin: the `origin` header.
  func allowOriginValue(for origin: String) -> String {
    allowedOrigins.contains("*") && !allowCredentials ? "*" : origin
  }
}
