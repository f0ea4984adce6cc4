import ArgumentParser
import Foundation
import MeshCore
import MeshInterop
import MeshProtos
import MeshSupervision
import MeshTransport

/// `mesh sessions revoke SUBJECT [--reason TEXT]` and `mesh sessions list [--since CURSOR] [--limit N]`:
/// an operator ends every sign-in session of a user (the auth service's RevokeSessions: their refresh
/// tokens stop at once, their access tokens at the gateways' next poll) and reads the revocation feed
/// (ListRevocations, what the gateways poll). Straight to the auth service (`--target`, else the mesh file's
/// first auth replica), as `mesh status` and `mesh chat` talk to services: with no user identity, which the
/// auth service takes for an operator's tool and records as `operator` in the audit log. The gateway never
/// routes ListRevocations from outside, and RevokeSessions from outside only for the user or the `admin` scope.
struct SessionsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sessions",
    abstract: "Revoke a user's sign-in sessions, or list the revoked ones (through the auth service).",
    discussion: "Exit status: 0 success, 1 the auth service refused or could not be reached, 64 usage error.",
    subcommands: [Revoke.self, List.self])

  /// Where the auth service is and how long to wait for it; shared by both subcommands.
  struct AuthServiceOptions: ParsableArguments {
    @OptionGroup var meshFile: MeshFileOptions

    @Option(help: ArgumentHelp("The auth service (default: the mesh file's auth service).", valueName: "host:port"))
    var target: String?

    @Option(help: ArgumentHelp("How long to wait for the auth service, in seconds.", valueName: "seconds"))
    var timeout = 10

    func validate() throws {
      guard (1...600).contains(timeout) else { throw ValidationError("--timeout takes 1...600 seconds, not \(timeout)") }
      if let target { _ = try CallCommand.split(target) }
    }

    /// The auth service's address: `--target`, else the mesh file's first auth replica.
    func address() throws -> (String, Int) {
      if let target { return try CallCommand.split(target) }
      guard let (mesh, _) = try meshFile.load(),
            let auth = mesh.allServices.first(where: { $0.resolvedRole == .auth }), auth.listen.port != 0 else {
        throw ValidationError("no auth service to ask: give --target HOST:PORT (or a mesh file with an auth service)")
      }
      return (StartPlan.dialable(auth.listen.host), auth.listen.port)
    }

    /// Runs `body` with a client of the auth service; an RPC error is printed and ends the command with status 1.
    func withClient(_ body: (Mesh_Auth_V1_AuthService.Client, CallOptions) async throws -> Void) async throws {
      let (host, port) = try address()
      let group = EventLoopGroup(threads: 1)
      defer { group.shutdownAndWait() }
      do {
        let channel = try GRPCChannel(host: host, port: port, group: group)
        defer { channel.close() }
        try await body(Mesh_Auth_V1_AuthService.Client(wrapping: GRPCClient(transport: channel)),
                       CallOptions(timeout: .seconds(Int64(timeout))))
      } catch let error as RPCError {
        Console.error("mesh sessions: the auth service at \(host):\(port) answered \(error.code): \(error.message)")
        throw ExitCode.failure
      } catch let error as ExitCode {
        throw error
      } catch {
        Console.error("mesh sessions: cannot reach the auth service at \(host):\(port): \(error)")
        throw ExitCode.failure
      }
    }
  }

  struct Revoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "End every sign-in session of a user (recorded in the audit log, with the reason).",
      discussion: "Example: mesh sessions revoke U01479 --reason 'reported a stolen phone'")

    @Argument(help: ArgumentHelp("The user (the tokens' subject).", valueName: "subject"))
    var subject: String

    @Option(help: ArgumentHelp("Why, for the audit log (printable text, up to 200 bytes).", valueName: "text"))
    var reason = ""

    @OptionGroup var authService: AuthServiceOptions

    func validate() throws {
      guard !subject.isEmpty, subject.utf8.count <= 200 else { throw ValidationError("the subject takes 1 to 200 bytes") }
      guard reason.utf8.count <= 200, !reason.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) else {
        throw ValidationError("--reason takes up to 200 bytes of printable text")
      }
    }

    func run() async throws {
      try await authService.withClient { client, options in
        var request = Mesh_Auth_V1_RevokeSessionsRequest()
        request.subject = subject
        request.reason = reason
        let response = try await client.revokeSessions(request, options: options)
        let count = response.sessionsRevoked
        Console.out("revoked \(count) session\(count == 1 ? "" : "s") of \(subject)")
      }
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the revoked sessions whose access tokens may still be alive, oldest first (the gateways' feed).",
      discussion: """
        One row per session: its id, when its last access token expires (UTC), and its place in the feed. \
        When more wait, the last line gives the --since that reads on.
        """)

    @Option(help: ArgumentHelp("Start after this place in the feed (default 0: from the start).", valueName: "cursor"))
    var since: Int64 = 0

    @Option(help: ArgumentHelp("The most sessions to list (1...1000).", valueName: "count"))
    var limit: Int32 = 100

    @OptionGroup var authService: AuthServiceOptions

    func validate() throws {
      guard since >= 0 else { throw ValidationError("--since takes a cursor of 0 or more, not \(since)") }
      guard (1...1000).contains(limit) else { throw ValidationError("--limit takes 1...1000, not \(limit)") }
    }

    func run() async throws {
      try await authService.withClient { client, options in
        var request = Mesh_Auth_V1_ListRevocationsRequest()
        request.since = since
        request.limit = limit
        let response = try await client.listRevocations(request, options: options)
        let format = ISO8601DateFormatter()
        let cells = response.revocations.map { revocation in
          [revocation.sessionID,
           revocation.expiresAt.map { format.string(from: Date(timeIntervalSince1970: TimeInterval($0.seconds))) } ?? "-",
           String(revocation.sequence)]
        }
        for line in StatusTable.render(header: ["SESSION", "TOKENS EXPIRE", "SEQUENCE"], cells: cells) { Console.out(line) }
        Console.out(response.more ? "more: mesh sessions list --since \(response.cursor)" : "cursor: \(response.cursor)")
      }
    }
  }
}
