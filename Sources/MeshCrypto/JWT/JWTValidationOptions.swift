/// What a verifier demands of a token's claims besides a good signature.
public struct JWTValidationOptions: Sendable {
  /// The required `iss`; nil accepts any issuer.
  public var issuer: String?
  /// An audience the token's `aud` must contain; nil skips the check.
  public var audience: String?
  /// Clock skew tolerated on `exp` and `nbf`, in seconds.
  public var leeway: Int64
  /// Whether a token without `exp` is refused.
  public var requireExpiration: Bool
  /// Where now comes from.
  public var clock: any JWTClock

  /// Options.
  /// - Parameters:
  ///   - issuer: the required `iss`, if any.
  ///   - audience: the required audience, if any.
  ///   - leeway: tolerated clock skew in seconds (default 30).
  ///   - requireExpiration: refuse tokens without `exp` (default true).
  ///   - clock: the time source.
  public init(issuer: String? = nil, audience: String? = nil, leeway: Int64 = 30, requireExpiration: Bool = true,
              clock: any JWTClock = SystemJWTClock()) {
    self.issuer = issuer
    self.audience = audience
    self.leeway = leeway
    self.requireExpiration = requireExpiration
    self.clock = clock
  }
}
