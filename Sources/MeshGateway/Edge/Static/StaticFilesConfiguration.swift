/// What `StaticFiles` serves and the headers it adds.
public struct StaticFilesConfiguration: Sendable {
  /// The folder served (`mesh/web`).
  public var root: String
  /// The file served for a folder, and for paths without an extension that name no file (a web app's
  /// client-side routes).
  public var indexFile: String
  /// `Cache-Control` of HTML files (revalidated each time, so a deploy shows at once).
  public var htmlCacheControl: String
  /// `Cache-Control` of other files.
  public var assetCacheControl: String
  /// `Content-Security-Policy`.
  public var contentSecurityPolicy: String
  /// `Strict-Transport-Security`, sent over TLS only.
  public var strictTransportSecurity: String
  /// The largest file served, in bytes.
  public var maxFileBytes: Int

  /// Creates a configuration.
  /// - Parameters:
  ///   - root: the folder served.
  ///   - indexFile: the index file's name.
  ///   - htmlCacheControl: `Cache-Control` of HTML.
  ///   - assetCacheControl: `Cache-Control` of other files.
  ///   - contentSecurityPolicy: the CSP.
  ///   - strictTransportSecurity: HSTS over TLS.
  ///   - maxFileBytes: the largest file served.
  public init(
    root: String, indexFile: String = "index.html", htmlCacheControl: String = "no-cache",
    assetCacheControl: String = "public, max-age=3600",
    contentSecurityPolicy: String = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    strictTransportSecurity: String = "max-age=31536000; includeSubDomains",
    maxFileBytes: Int = 32 << 20
  ) {
    self.root = root
    self.indexFile = indexFile
    self.htmlCacheControl = htmlCacheControl
    self.assetCacheControl = assetCacheControl
    self.contentSecurityPolicy = contentSecurityPolicy
    self.strictTransportSecurity = strictTransportSecurity
    self.maxFileBytes = maxFileBytes
  }
}
