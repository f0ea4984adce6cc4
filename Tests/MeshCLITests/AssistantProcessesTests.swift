import Foundation
import Glibc
import MeshAssistantScripts
import MeshCore
import MeshPostgres
import MeshProtos
import MeshTestSupport
import MeshTransport
import Testing

/// The assistant as it is deployed: one `mesh up` runs the embedded PostgreSQL, every service as its own
/// process (the marketplace seeded with its full catalogue, the six adapters, nlu, context, auth, analytics,
/// chat, the processor) and the gateway. The scripted conversations (`AssistantScripts`, shared with the
/// in-process variant) go through the gateway as a client's would: each user signs in (an API key an
/// operator made for them, exchanged at the gateway for a token) and calls the chat API over gRPC with the
/// token. Each reply is checked against the marketplace's tables. `mesh chat` is then run against the same
/// mesh. Every process stops at the end, on failure too (SIGTERM, then SIGKILL; PostgreSQL stopped).
@Suite("the assistant over the processes of mesh up", .serialized)
struct AssistantProcessesTests {
  static let services = ["marketplace", "search", "order", "user", "shipping", "payment", "nlu", "context", "auth", "analytics", "chat",
                         "processor"]

  /// Signs users in through the gateway, once each: an API key for the user is created on the auth service's
  /// own port (what an operator does; the gateway does not route it), then exchanged through the gateway
  /// (IssueToken with the key, a public route) for an access token, which every chat call carries.
  actor SignIns {
    let operatorAuth: Mesh_Auth_V1_AuthService.Client
    let gatewayAuth: Mesh_Auth_V1_AuthService.Client
    var tokens: [String: Metadata] = [:]

    init(operatorAuth: Mesh_Auth_V1_AuthService.Client, gatewayAuth: Mesh_Auth_V1_AuthService.Client) {
      self.operatorAuth = operatorAuth
      self.gatewayAuth = gatewayAuth
    }

    func metadata(for user: String) async throws -> Metadata {
      if let known = tokens[user] { return known }
      var create = Mesh_Auth_V1_CreateApiKeyRequest()
      create.owner = user
      create.scopes = ["chat"]
      let key = try await operatorAuth.createApiKey(create, options: CallOptions(timeout: .seconds(10)))
      var exchange = Mesh_Auth_V1_IssueTokenRequest()
      exchange.apiKey = key.secret
      let token = try await gatewayAuth.issueToken(exchange, options: CallOptions(timeout: .seconds(10)))
      var metadata = Metadata()
      metadata.addString("Bearer " + token.accessToken, forKey: "authorization")
      tokens[user] = metadata
      return metadata
    }
  }

  @Test("the scripted conversations through the gateway to the processes of mesh up, and mesh chat against them")
  func scriptedConversationsThroughTheProcesses() async throws {
    // The heads stored first: `--startup-timeout 120` bounds a start, not a first fit (`StoredNLUHeads`).
    try await StoredNLUHeads.ensure()
    let mesh = try UpSupervisorTests.Mesh(services: Self.services, gateway: true)
    let up = try mesh.up(["--startup-timeout", "120"])
    let group = EventLoopGroup(threads: 1)
    var channels: [GRPCChannel] = []
    var pool: PostgresPool?
    func stopEverything() async {
      channels.forEach { $0.close() }
      pool?.close()
      group.shutdownAndWait()
      up.stop()
      _ = try? await up.waitForExit(seconds: 90)
      await mesh.cleanUp()
    }
    var passed: [String] = []
    do {
      _ = try await up.waitForLine(startingWith: "mesh: all services healthy in", seconds: 900)
      let database = PostgresPool(configuration: try EmbeddedPostgres(dataDirectory: mesh.data).configuration, maxConnections: 2)
      pool = database
      let gatewayPort = try #require(mesh.ports["gateway"]?.listen)
      let authPort = try #require(mesh.ports["auth"]?.listen)
      let gateway = try GRPCChannel(host: "127.0.0.1", port: gatewayPort, group: group)
      let auth = try GRPCChannel(host: "127.0.0.1", port: authPort, group: group)
      channels = [gateway, auth]
      let signIns = SignIns(operatorAuth: Mesh_Auth_V1_AuthService.Client(wrapping: GRPCClient(transport: auth)),
                            gatewayAuth: Mesh_Auth_V1_AuthService.Client(wrapping: GRPCClient(transport: gateway)))
      let chat = Mesh_Chat_V1_ChatService.Client(wrapping: GRPCClient(transport: gateway))

      // Without a token the gateway refuses the chat API: the identity the scripts use is the token's.
      var anonymous = Mesh_Chat_V1_SendMessageRequest()
      anonymous.text = "hello"
      anonymous.clientMessageID = UUID().uuidString
      await #expect(throws: RPCError.self) { _ = try await chat.sendMessage(anonymous, options: CallOptions(timeout: .seconds(10))) }

      let scripts = AssistantScripts(chat: chat, identity: { try await signIns.metadata(for: $0) }, pool: database)
      try await scripts.run { passed.append($0) }
      print("end-to-end over processes: \(passed.count) scripted conversations: \(passed.joined(separator: ", "))")
      #expect(passed.count == AssistantScripts.count, "\(passed)")

      try await chatCommand(mesh: mesh, pool: database)

      // SIGTERM: every child stops, and so does PostgreSQL.
      kill(up.processIdentifier, SIGTERM)
      #expect(try await up.waitForExit(seconds: 90) == 0, "\(up.text)")
      #expect(try await ProcessLiveness.waitGone(UpSupervisorTests.childPIDs(up.text).values.flatMap { $0 }, seconds: 5).isEmpty)
    } catch {
      print("end-to-end over processes: \(passed.count) conversations passed before the failure: \(passed)")
      await stopEverything()
      throw error
    }
    await stopEverything()
  }

  /// `mesh chat` against the same mesh: directly to the chat service (as the user the gateway would name)
  /// and signed in through the gateway with the development login of `mesh up`; a search's products are
  /// printed once each, as the cards (id, price, rating), not again in the reply's text.
  func chatCommand(mesh: UpSupervisorTests.Mesh, pool: PostgresPool) async throws {
    let row = try #require(try await pool.execute("SELECT id, user_id FROM marketplace.orders WHERE status = 'paid' ORDER BY id LIMIT 1").first)
    let (order, user) = (try row.decode(String.self, at: 0), try row.decode(String.self, at: 1))
    let chatPort = try #require(mesh.ports["chat"]?.listen)
    let binary = Repository.product("mesh")
    let direct = try PeerProcess("/bin/sh", ["-c", "printf 'where is my order %s?\\n' \"$0\" | \"$1\" chat --target 127.0.0.1:$2 --user \"$3\"",
                                             order, binary, String(chatPort), user])
    #expect(try await direct.waitForExit(seconds: 60) == 0, "\(direct.text)")
    #expect(direct.text.contains("you> where is my order \(order)?"), "\(direct.text)")
    #expect(direct.text.contains("assistant> Order \(order)") && direct.text.contains("is paid"), "\(direct.text)")
    #expect(direct.text.contains("quick replies: [Cancel it]"), "\(direct.text)")
    // Another user's order is not disclosed.
    let other = try PeerProcess("/bin/sh", ["-c", "printf 'where is my order %s?\\n' \"$0\" | \"$1\" chat --target 127.0.0.1:$2 --user U99999",
                                            order, binary, String(chatPort)])
    #expect(try await other.waitForExit(seconds: 60) == 0, "\(other.text)")
    #expect(!other.text.contains("is paid"), "\(other.text)")

    // Through the gateway as the development login of mesh up (U00001): signed in with the password the
    // state folder holds; /logout ends the sign-in at the auth service (through the gateway) and leaves; a
    // wrong password is refused at sign-in.
    let gatewayPort = try #require(mesh.ports["gateway"]?.listen)
    let logins = try String(contentsOfFile: mesh.folder + "/state/keys/demo-users", encoding: .utf8)
    let login = try #require(logins.split(separator: "\n").first(where: { !$0.hasPrefix("#") })?.split(separator: " "))
    let signedIn = try PeerProcess("/bin/sh", ["-c", "printf 'where is my order?\\nshow me black shoes\\n/logout\\n' | MESH_PASSWORD=\"$0\" \"$1\" chat --gateway 127.0.0.1:$2",
                                               String(login[1]), binary, String(gatewayPort)])
    #expect(try await signedIn.waitForExit(seconds: 90) == 0, "\(signedIn.text)")
    #expect(signedIn.text.contains("assistant> Which order do you mean?"), "\(signedIn.text)")
    #expect(signedIn.text.contains("mesh chat: signed out"), "\(signedIn.text)")
    // Each product of the search once: as a card line "  N. TITLE (LISTING-ID) PRICE EUR", whose title is the
    // listing's row, and not again as a numbered line of the reply's text (numbered lines that are not cards,
    // such as the orders of "Which order do you mean?", stay).
    #expect(signedIn.text.contains("assistant> Here is what I found for"), "\(signedIn.text)")
    let lines = signedIn.text.split(separator: "\n")
    let cards = lines.filter { $0.hasPrefix("  ") && $0.contains(" EUR") }
    #expect(!cards.isEmpty, "\(signedIn.text)")
    for card in cards {
      let id = try #require(card.split(separator: "(").last?.split(separator: ")").first.map(String.init), "\(card)")
      let title = try #require(try await pool.execute("SELECT title FROM marketplace.listings WHERE id = $1", [id]).first?.decode(String.self, at: 0),
                               "\(card)")
      #expect(card.contains(title), "\(card)")
      // Not again as a line of the reply's text (the cards are the indented lines).
      #expect(!lines.contains { !$0.hasPrefix("  ") && $0.contains(title) }, "\(title) printed twice: \(signedIn.text)")
    }
    let wrong = try PeerProcess("/bin/sh", ["-c", "echo hi | MESH_PASSWORD=wrong \"$0\" chat --gateway 127.0.0.1:$1", binary, String(gatewayPort)])
    #expect(try await wrong.waitForExit(seconds: 60) == 1, "\(wrong.text)")
    #expect(wrong.text.contains("sign-in as demo failed: UNAUTHENTICATED"), "\(wrong.text)")
  }
}
