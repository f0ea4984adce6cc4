import Foundation
import MeshCore
import MeshProtos
import MeshTestSupport
import MeshTransport
import Testing

/// `mesh sessions revoke` and `mesh sessions list` against a real auth service process (`mesh serve auth`
/// on an embedded PostgreSQL of its own, started with `mesh db start` and stopped with `mesh db stop`): a
/// user signed in twice has both sessions ended, their refresh tokens stop working, and the feed lists
/// both, page by page.
@Suite("mesh sessions against the auth service", .serialized)
struct SessionsCommandTests {
  /// A `mesh serve` line without the address it should name.
  struct AddressMissing: Error {
    let line: String
  }

  /// The `127.0.0.1:PORT` in a line of `mesh serve`.
  static func address(in line: String) throws -> String {
    guard let range = line.range(of: #"127\.0\.0\.1:[0-9]+"#, options: .regularExpression) else {
      throw AddressMissing(line: line)
    }
    return String(line[range])
  }

  @Test func revokeAndListThroughTheAuthService() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-sessions-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let data = folder + "/postgres", users = folder + "/users"
    try "ann correct-horse-battery u-ann\n".write(toFile: users, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: users)
    let started = try await MeshBinary.run(["db", "start", "--data", data], seconds: 300)
    var auth: PeerProcess?
    do {
      try #require(started.status == 0, "\(started.output)")
      let url = try #require(started.output.split(separator: "\n").first { $0.hasPrefix("url: ") }?.dropFirst(5))
      let server = try PeerProcess(Repository.product("mesh"), ["serve", "auth", "--port", "0", "--database-url", String(url),
                                                                "--set", "demo_users_file=\(users)"])
      auth = server
      let target = try Self.address(in: try await server.waitForLine(startingWith: "mesh serve: auth on", seconds: 120))
      try await exercise(target: target)
    } catch {
      auth?.stop()
      _ = try? await MeshBinary.run(["db", "stop", "--data", data])
      try? FileManager.default.removeItem(atPath: folder)
      throw error
    }
    auth?.stop()
    let stopped = try await MeshBinary.run(["db", "stop", "--data", data])
    #expect(stopped.status == 0, "\(stopped.output)")
    try? FileManager.default.removeItem(atPath: folder)
  }

  private func exercise(target: String) async throws {
    let (host, port) = (String(target.split(separator: ":")[0]), Int(target.split(separator: ":")[1]) ?? 0)
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdownAndWait() }
    let channel = try GRPCChannel(host: host, port: port, group: group)
    defer { channel.close() }
    let client = Mesh_Auth_V1_AuthService.Client(wrapping: GRPCClient(transport: channel))
    func signIn() async throws -> Mesh_Auth_V1_IssueTokenResponse {
      var grant = Mesh_Auth_V1_PasswordGrant()
      grant.username = "ann"
      grant.password = "correct-horse-battery"
      var request = Mesh_Auth_V1_IssueTokenRequest()
      request.grant = .password(grant)
      return try await client.issueToken(request)
    }
    let phone = try await signIn(), laptop = try await signIn()
    #expect(!phone.sessionID.isEmpty && phone.sessionID != laptop.sessionID)

    let empty = try await MeshBinary.run(["sessions", "list", "--target", target])
    #expect(empty.status == 0 && empty.output.contains("SESSION") && empty.output.contains("cursor: 0"), "\(empty.output)")

    let revoked = try await MeshBinary.run(["sessions", "revoke", "u-ann", "--target", target, "--reason", "lost phone"])
    #expect(revoked.status == 0, "\(revoked.output)")
    #expect(revoked.output.contains("revoked 2 sessions of u-ann"), "\(revoked.output)")
    // Their refresh tokens stopped at once.
    var refresh = Mesh_Auth_V1_IssueTokenRequest()
    refresh.grant = .refreshToken(try #require(laptop.refreshToken))
    await #expect(throws: RPCError.self) { _ = try await client.issueToken(refresh) }

    let listed = try await MeshBinary.run(["sessions", "list", "--target", target])
    #expect(listed.status == 0, "\(listed.output)")
    #expect(listed.output.contains(phone.sessionID) && listed.output.contains(laptop.sessionID), "\(listed.output)")
    // Page by page: the first page says where the next starts, and the next has the other session.
    let first = try await MeshBinary.run(["sessions", "list", "--target", target, "--limit", "1"])
    let next = try #require(first.output.split(separator: "\n").first { $0.hasPrefix("more: ") }?.split(separator: " ").last,
                            "\(first.output)")
    let second = try await MeshBinary.run(["sessions", "list", "--target", target, "--limit", "1", "--since", String(next)])
    let pages = [first.output, second.output]
    #expect(pages.filter { $0.contains(phone.sessionID) }.count == 1 && pages.filter { $0.contains(laptop.sessionID) }.count == 1,
            "\(pages)")

    let again = try await MeshBinary.run(["sessions", "revoke", "u-ann", "--target", target])
    #expect(again.status == 0 && again.output.contains("revoked 0 sessions of u-ann"), "\(again.output)")
  }

  @Test func anUnreachableAuthServiceIsAFailure() async throws {
    // Port 1 on loopback: nothing listens there.
    let result = try await MeshBinary.run(["sessions", "revoke", "u-ann", "--target", "127.0.0.1:1", "--timeout", "5"])
    #expect(result.status == 1, "\(result.output)")
    #expect(result.output.contains("mesh sessions: ") && result.output.contains("127.0.0.1:1"), "\(result.output)")
  }
}
