import ArgumentParser
import Foundation
import MeshCore
import MeshInterop
import MeshProtos
import MeshTransport

/// `mesh chat --gateway HOST:PORT`: the way a client from outside talks to the assistant. It signs in with
/// the auth service's password grant (IssueToken, routed by the gateway), then sends every message with
/// `authorization: Bearer TOKEN`; the gateway verifies the token and passes the user on as
/// `x-mesh-user-id`, so `--user` plays no part. h2c, or TLS with `--cacert`. `/logout` signs out (SignOut
/// with the refresh token): the session's tokens stop working at the gateway within its poll interval.
extension ChatCommand {
  /// The password of `--username`: `$MESH_PASSWORD`, else `--password-file`, else the development login
  /// that `mesh up` made (`.mesh/keys/demo-users`), so a fresh `mesh chat --gateway ... --username demo` works.
  func password(for username: String) throws -> String {
    if let value = ProcessInfo.processInfo.environment["MESH_PASSWORD"], !value.isEmpty { return value }
    if let passwordFile {
      guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
        throw ValidationError("cannot read --password-file \(passwordFile)")
      }
      return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let developmentLogins = ".mesh/keys/demo-users"
    let text = (try? String(contentsOfFile: developmentLogins, encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      if fields.count == 3 && fields[0] == username { return String(fields[1]) }
    }
    throw ValidationError("no password for \(username): set MESH_PASSWORD or give --password-file FILE")
  }

  /// The channel's configuration for the gateway: TLS verified by `--cacert` when given, h2c otherwise.
  func gatewayChannelConfiguration() -> GRPCChannel.Configuration {
    var configuration = GRPCChannel.Configuration()
    if let cacert {
      configuration.tls = .client(trustRoots: .certificates(.file(path: cacert)), serverHostnameOverride: nil,
                                  certificateChain: nil, privateKey: nil)
    }
    return configuration
  }

  /// A sign-in: the metadata every chat call carries, and the refresh token that signs it out.
  struct SignedIn {
    var metadata: Metadata
    var refreshToken: String
  }

  /// Signs in through the gateway.
  func signIn(_ client: GRPCClient, username: String) async throws -> SignedIn {
    let auth = Mesh_Auth_V1_AuthService.Client(wrapping: client)
    var request = Mesh_Auth_V1_IssueTokenRequest()
    var grant = Mesh_Auth_V1_PasswordGrant()
    grant.username = username
    grant.password = try password(for: username)
    request.password = grant
    do {
      let response = try await auth.issueToken(request, options: CallOptions(timeout: .seconds(Int64(timeout))))
      var metadata = Metadata()
      metadata.addString("Bearer " + response.accessToken, forKey: "authorization")
      return SignedIn(metadata: metadata, refreshToken: response.refreshToken ?? "")
    } catch let error as RPCError {
      Console.error("mesh chat: sign-in as \(username) failed: \(error.code): \(error.message)")
      throw ExitCode.failure
    }
  }

  /// Ends the sign-in at the auth service (through the gateway).
  /// - Returns: whether the session was ended now.
  func signOut(_ client: GRPCClient, _ signedIn: SignedIn) async throws -> Bool {
    var request = Mesh_Auth_V1_SignOutRequest()
    request.refreshToken = signedIn.refreshToken
    return try await Mesh_Auth_V1_AuthService.Client(wrapping: client)
      .signOut(request, metadata: signedIn.metadata, options: CallOptions(timeout: .seconds(Int64(timeout)))).revoked
  }
}
