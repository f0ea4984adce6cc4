/// Where the mesh's state lives: the embedded PostgreSQL that `mesh up` starts (the default), or an
/// existing server whose URL comes from an environment variable or a file. Exactly one of the two.
public struct DatabaseSpec: Decodable, Sendable, Equatable {
  /// The embedded cluster.
  public var embedded: EmbeddedDatabaseSpec?
  /// An existing server: where its URL (which may hold a password) is read from.
  public var url: SecretSource?
  /// Connections per process (default 8).
  public var maxConnections: Int?

  /// The embedded default.
  public init(embedded: EmbeddedDatabaseSpec? = nil, url: SecretSource? = nil, maxConnections: Int? = nil) {
    self.embedded = embedded
    self.url = url
    self.maxConnections = maxConnections
  }
}

/// The embedded cluster's settings.
public struct EmbeddedDatabaseSpec: Decodable, Sendable, Equatable {
  /// The data folder, relative to the folder `mesh up` runs in (default `.mesh/postgres`).
  public var data: String?
}

/// Where a secret is read from: a file or an environment variable, exactly one; never the file itself.
public struct SecretSource: Decodable, Sendable, Equatable {
  /// A file holding the secret (a mounted Kubernetes Secret, say).
  public var file: String?
  /// An environment variable holding it.
  public var env: String?
}

/// A named secret the mesh uses: JWT keys, the API-key signing key, the PII hash key, the keyring.
public struct KeySpec: Decodable, Sendable, Equatable {
  /// A unique name that other sections refer to.
  public var name: String
  /// A file holding the secret.
  public var file: String?
  /// An environment variable holding it.
  public var env: String?
}
