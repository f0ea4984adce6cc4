import Foundation
import Glibc
import MeshPostgres
import MeshTestSupport
import Testing

/// The mesh on three hosts (network namespaces joined by veth pairs, `MultiHostNetwork`): PostgreSQL,
/// nlu, context, the marketplace and its adapters on host 0; a gateway, a chat service and a processor
/// on each of hosts 1 and 2. Conversations go through both gateways; halfway, every process of host 2
/// is killed (SIGKILL). A message the gateway does not acknowledge is sent again, with the same id,
/// through the other gateway, as a client would. At the end every message has been acknowledged with
/// its reply, and the database holds exactly one reply per message; the survivors carried the rest.
@Suite("the mesh on three hosts", .serialized)
struct MultiHostTests {
  static let conversations = 4
  static let messagesPerConversation = 6

  @Test("conversations flow while one host's processes are killed: every acknowledged message is answered once",
        .enabled(if: MultiHostNetwork.unavailableReason == nil, Comment(rawValue: MultiHostNetwork.unavailableReason ?? "")))
  func hostDies() async throws {
    let folder = MultiHostNetwork.folder()
    // The server runs as `postgres` (the tests run as root): it must reach its folder.
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    // The network's set-up and tear-down wait for ~30 `ip` commands: off the cooperative pool.
    let network = try await onOwnThread { try MultiHostNetwork() }
    var processes: [PeerProcess] = []
    let cluster = try EmbeddedPostgres(dataDirectory: folder + "/postgres", settings: ["listen_addresses": "", "port": "5432"])
    do {
      try await run(network: network, cluster: cluster, folder: folder, processes: &processes)
    } catch {
      let outputs: [String] = processes.map { String($0.text.suffix(3000)) }
      Issue.record("the run failed: \(error)\n\(outputs.joined(separator: "\n----\n"))")
    }
    for process in processes { process.stop() }
    _ = try? await onOwnThread { network.destroy() }
    try? await cluster.stop(mode: "immediate")
    try? FileManager.default.removeItem(atPath: folder)
  }

  @Test("a killed run's namespaces, bridge and folder are removed by the next run; a live run's stay",
        .enabled(if: MultiHostNetwork.unavailableReason == nil, Comment(rawValue: MultiHostNetwork.unavailableReason ?? "")))
  func leftoversOfAKilledRunAreRemoved() async throws {
    // A process that has ended stands for a SIGKILLed test process: its PID names the leftovers.
    let ended = Process()
    ended.executableURL = URL(fileURLWithPath: "/bin/true")
    try ended.run()
    ended.waitUntilExit()
    let ip = MultiHostNetwork.ip
    let dead = MultiHostNetwork.tag(pid: ended.processIdentifier) + "t"
    let live = MultiHostNetwork.runTag + "t"
    let temporary = FileManager.default.temporaryDirectory
    let deadFolder = temporary.appendingPathComponent(MultiHostNetwork.folderPrefix + dead).path
    let liveFolder = temporary.appendingPathComponent(MultiHostNetwork.folderPrefix + live).path
    let made: [[String]] = [[ip, "netns", "add", "mh\(dead)0"], [ip, "netns", "add", "mh\(live)0"],
                            [ip, "link", "add", "mbr\(dead)", "type", "bridge"], [ip, "link", "add", "mbr\(live)", "type", "bridge"]]
    let listed = try await onOwnThread { () -> (before: String, after: String) in
      defer {
        MultiHostNetwork.run([ip, "netns", "del", "mh\(live)0"])
        MultiHostNetwork.run([ip, "link", "del", "mbr\(live)"])
        MultiHostNetwork.removeLeftovers()
      }
      for command in made { try MultiHostNetwork.check(command) }
      for folder in [deadFolder, liveFolder] { try FileManager.default.createDirectory(atPath: folder + "/postgres", withIntermediateDirectories: true) }
      let before = MultiHostNetwork.output([ip, "netns", "list"]) + MultiHostNetwork.output([ip, "-o", "link", "show", "type", "bridge"])
      MultiHostNetwork.removeLeftovers()
      let after = MultiHostNetwork.output([ip, "netns", "list"]) + MultiHostNetwork.output([ip, "-o", "link", "show", "type", "bridge"])
      return (before, after)
    }
    let liveFolderStayed = FileManager.default.fileExists(atPath: liveFolder)
    try? FileManager.default.removeItem(atPath: liveFolder)
    #expect(listed.before.contains("mh\(dead)0") && listed.before.contains("mbr\(dead)"), "the stand-in leftovers were made")
    #expect(!listed.after.contains("mh\(dead)0"), "the dead run's namespace is removed")
    #expect(!listed.after.contains("mbr\(dead)"), "the dead run's bridge is removed")
    #expect(!FileManager.default.fileExists(atPath: deadFolder), "the dead run's folder is removed")
    #expect(listed.after.contains("mh\(live)0") && listed.after.contains("mbr\(live)"), "a live run's network stays")
    #expect(liveFolderStayed, "a live run's folder stays")
  }

  func run(network: MultiHostNetwork, cluster: EmbeddedPostgres, folder: String, processes: inout [PeerProcess]) async throws {
    // PostgreSQL on host 0: initialised here, then started inside the namespace, on TCP for the subnet.
    try await cluster.start()
    try await cluster.stop(mode: "fast")
    let database = network.address(of: 0)
    try append("\nlisten_addresses = '\(database)'\n", to: folder + "/postgres/postgresql.conf")
    try append("\nhost all all \(network.subnet).0/24 trust\n", to: folder + "/postgres/pg_hba.conf")
    let postgres = try network.start(on: 0, ["/usr/sbin/runuser", "-u", "postgres", "--", cluster.binDirectory + "/postgres",
                                             "-D", folder + "/postgres"])
    processes.append(postgres)
    let url = "postgresql://mesh@\(database):5432/postgres"
    try await waitForDatabase(url)

    let mesh = Repository.product("mesh")
    func serve(_ index: Int, _ name: String, port: Int, _ extra: [String] = []) async throws {
      let process = try network.start(on: index, [mesh, "serve", name, "--host", network.address(of: index), "--port", String(port),
                                                  "--database-url", url] + extra, environment: ["MESH_LOG_FORMAT": "text"])
      processes.append(process)
      _ = try await process.waitForLine(startingWith: "mesh serve: \(name) on", seconds: 300)
    }
    let host0 = network.address(of: 0)
    try await serve(0, "marketplace", port: 7031)
    try await serve(0, "adapters", port: 7041, ["--deps", "marketplace=http://\(host0):7031"])
    try await serve(0, "nlu", port: 7011)
    try await serve(0, "context", port: 7012)
    // Sign-in: one shopper per conversation, set by the auth service at its start.
    let users = (0..<Self.conversations).map { (name: "shopper\($0)", password: "pw-\(UUID().uuidString.prefix(8))",
                                                subject: String(format: "U%05d", 11 + $0)) }
    try Data(users.map { "\($0.name) \($0.password) \($0.subject)" }.joined(separator: "\n").utf8)
      .write(to: URL(fileURLWithPath: folder + "/demo-users"))
    try await serve(0, "auth", port: 7014, ["--set", "demo_users_file=\(folder)/demo-users"])
    let adapters = ["order", "shipping", "payment", "user", "search"].map { "\($0)=\(host0):7041" }.joined(separator: ",")
    var gateways: [String] = []
    for index in [1, 2] {
      let host = network.address(of: index)
      try await serve(index, "chat", port: 7101)
      try await serve(index, "processor", port: 7121, ["--deps", "nlu=\(host0):7011,context=\(host0):7012,\(adapters)",
                                                        "--set", "visibility_timeout=3,workers=2"])
      let file = folder + "/gateway-\(index).yaml"
      try Data("""
        version: 1
        gateway:
          listeners:
            - name: plaintext
              address: \(host):8080
          routes:
            - match: { service: mesh.chat.v1.ChatService }
              cluster: chat
              timeout: 20s
            - match: { service: mesh.auth.v1.AuthService, method: IssueToken }
              cluster: auth
              timeout: 5s
            - match: { service: mesh.auth.v1.AuthService, method: GetJwks }
              cluster: auth
              timeout: 5s
          clusters:
            - name: chat
              endpoints: ["\(network.address(of: 1)):7101", "\(network.address(of: 2)):7101"]
              balancing: round_robin
              outlier: { consecutive_errors: 1, ejection: 60s }
            - name: auth
              endpoints: ["\(host0):7014"]
          auth:
            cluster: auth
            required: true
            jwt: { issuer: mesh-auth, audience: mesh }
            rules:
              - { prefix: /mesh.auth.v1.AuthService/, require: public }
              - { prefix: /mesh.chat.v1.ChatService/, require: user }

        """.utf8).write(to: URL(fileURLWithPath: file))
      let gateway = try network.start(on: index, [mesh, "serve", "gateway", "--file", file], environment: ["MESH_LOG_FORMAT": "text"])
      processes.append(gateway)
      _ = try await gateway.waitForLine(startingWith: "mesh serve: gateway listener plaintext listening", seconds: 120)
      gateways.append("\(host):8080")
    }
    let hostTwo = Array(processes.suffix(3))  // chat, processor and gateway of host 2

    // Each conversation starts through its own gateway; then messages alternate between the gateways.
    var started: [(conversation: String, user: String)] = []
    for index in 0..<Self.conversations {
      let user = try await signIn(users[index].name, users[index].password, gateway: gateways[index % 2])
      let (conversation, _, _) = try await send(text: "hello", conversation: nil, id: "c\(index)-m0", user: user,
                                             gateways: index % 2 == 0 ? gateways : gateways.reversed())
      started.append((conversation, user))
    }
    var acknowledged: [String: [String]] = [:]  // conversation -> message ids answered
    for (index, conversation) in started.enumerated() { acknowledged[conversation.conversation] = ["c\(index)-m0"] }
    var retriedAfterKill = 0
    for round in 1..<Self.messagesPerConversation {
      try await withThrowingTaskGroup(of: (String, String, Int)?.self) { group in
        for (index, conversation) in started.enumerated() {
          let id = "c\(index)-m\(round)"
          let order = (index + round) % 2 == 0 ? gateways : Array(gateways.reversed())
          group.addTask {
            let (_, _, failures) = try await send(text: round % 2 == 0 ? "where is my order ORD-100019?" : "track my last order",
                                                  conversation: conversation.conversation, id: id, user: conversation.user,
                                                  gateways: order)
            return (conversation.conversation, id, failures)
          }
        }
        if round == 2 {
          // Host 2 dies while this round's messages are in flight: all its processes at once, without warning.
          group.addTask {
            try await Task.sleep(for: .milliseconds(150))
            for process in hostTwo { kill(process.processIdentifier, SIGKILL) }
            return nil
          }
        }
        for try await result in group {
          guard let (conversation, id, failures) = result else { continue }
          acknowledged[conversation, default: []].append(id)
          if round >= 2 { retriedAfterKill += failures }
        }
      }
    }
    #expect(hostTwo.allSatisfy { $0.hasExited })
    // Half the messages after the kill went to host 2's gateway first: they were sent again through host 1's.
    #expect(retriedAfterKill > 0)

    // Every acknowledged message has exactly one stored reply; nothing else was answered.
    let pool = PostgresPool(configuration: PostgresConfiguration(connectionString: url), maxConnections: 1, metrics: nil)
    defer { pool.close() }
    for (conversation, ids) in acknowledged {
      #expect(ids.count == Self.messagesPerConversation)
      let rows = try await pool.execute("""
        SELECT client_id, count(*) FROM chat_messages WHERE conversation_id = $1::uuid AND role = 'assistant' GROUP BY client_id
        """, [conversation])
      var replies: [String: Int] = [:]
      for row in rows.rows { replies[try row.decode(String.self, at: 0)] = try row.decode(Int.self, at: 1) }
      #expect(replies == Dictionary(uniqueKeysWithValues: ids.map { ("reply:" + $0, 1) }), "\(conversation): \(replies)")
    }
    // The survivors carried the load: host 1's processor answered turns after host 2 died.
    #expect(processes.allSatisfy { process in hostTwo.contains { $0 === process } || !process.hasExited },
            "a process of host 0 or 1 exited")
  }

  /// Sends one message, trying the gateways in order (and again, up to a minute) until one answers
  /// with the reply; returns the conversation id, the reply's text and how many attempts failed.
  /// `user` is the caller's token.
  func send(text: String, conversation: String?, id: String, user: String, gateways: [String]) async throws -> (String, String, Int) {
    var body = #"{"text":"\#(text)","clientMessageId":"\#(id)","locale":"en"#
    if let conversation { body += #"","conversationId":"\#(conversation)"}"# } else { body += #""}"# }
    var failures: [String] = []
    let deadline = Date().addingTimeInterval(90)
    while Date() < deadline {
      for gateway in gateways {
        let process = try PeerProcess("/usr/bin/curl", ["-s", "-S", "--max-time", "25", "-H", "content-type: application/json",
                                                        "-H", "authorization: Bearer \(user)", "-d", body,
                                                        "http://\(gateway)/mesh.chat.v1.ChatService/SendMessage"])
        _ = try await process.waitForExit(seconds: 40)
        let object = try? JSONSerialization.jsonObject(with: Data(process.text.utf8)) as? [String: Any]
        if let reply = object?["reply"] as? [String: Any], let echoed = object?["echoed"] as? [String: Any],
           let conversationID = echoed["conversationId"] as? String {
          return (conversationID, reply["text"] as? String ?? "", failures.count)
        }
        failures.append("\(gateway): \(process.text.prefix(300))")
      }
      try await Task.sleep(for: .milliseconds(500))
    }
    throw NetworkSetupError(description: "message \(id) was never acknowledged: \(failures.suffix(6))")
  }

  /// A token for the user, through a gateway.
  func signIn(_ name: String, _ password: String, gateway: String) async throws -> String {
    let process = try PeerProcess("/usr/bin/curl", ["-s", "-S", "--max-time", "20", "-H", "content-type: application/json",
                                                    "-d", #"{"password":{"username":"\#(name)","password":"\#(password)"}}"#,
                                                    "http://\(gateway)/mesh.auth.v1.AuthService/IssueToken"])
    _ = try await process.waitForExit(seconds: 30)
    let object = try? JSONSerialization.jsonObject(with: Data(process.text.utf8)) as? [String: Any]
    guard let token = object?["accessToken"] as? String else {
      throw NetworkSetupError(description: "no token for \(name): \(process.text.prefix(300))")
    }
    return token
  }

  func waitForDatabase(_ url: String) async throws {
    let pool = PostgresPool(configuration: PostgresConfiguration(connectionString: url), maxConnections: 1,
                            acquireTimeout: .seconds(30), metrics: nil)
    defer { pool.close() }
    try await pool.execute("SELECT 1")
  }

  func append(_ text: String, to path: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }
}
