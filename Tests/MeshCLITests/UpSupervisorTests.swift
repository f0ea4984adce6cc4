import Foundation
import Glibc
import MeshPostgres
import MeshTestSupport
import Testing

/// `mesh up` as a supervisor of one process per service: a small mesh comes up healthy and `mesh status`
/// says so; a child killed with SIGKILL is restarted; SIGTERM stops everything in order and leaves no
/// process and no PostgreSQL (SIGHUP and a closed terminal too); a failed start cleans up; a SIGKILLed supervisor
/// takes its children and its PostgreSQL along.
@Suite("mesh up supervisor", .serialized)
struct UpSupervisorTests {
  /// A temporary folder with a mesh file whose services listen on ports free a moment ago (`FreePort`).
  struct Mesh {
    let folder: String
    let file: String
    let data: String
    let ports: [String: (listen: Int, admin: Int)]

    init(services: [String], database: Bool = true, busy: (service: String, port: Int)? = nil, gateway: Bool = false) throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-sup-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      file = folder + "/mesh.yaml"
      data = folder + "/postgres"
      var ports: [String: (Int, Int)] = [:]
      var lines = ["version: 1", "services:"]
      for service in services {
        let listen = service == busy?.service ? busy?.port ?? 0 : try FreePort.next()
        let admin = try FreePort.next()
        ports[service] = (listen, admin)
        lines.append("  - { name: \(service), listen: \"127.0.0.1:\(listen)\", admin: \"127.0.0.1:\(admin)\" }")
      }
      if gateway {
        // The edge of mesh/mesh.yaml in small: sign-in public, chat for signed-in users only.
        let (listen, admin) = (try FreePort.next(), try FreePort.next())
        ports["gateway"] = (listen, admin)
        lines += ["gateway:", "  admin: 127.0.0.1:\(admin)",
                  "  listeners:", "    - { name: plaintext, address: \"127.0.0.1:\(listen)\" }",
                  "  routes:",
                  "    - { match: { service: mesh.chat.v1.ChatService }, cluster: chat, timeout: 30s }",
                  "    - { match: { service: mesh.auth.v1.AuthService, method: IssueToken }, cluster: auth, timeout: 5s }",
                  "    - { match: { service: mesh.auth.v1.AuthService, method: GetJwks }, cluster: auth, timeout: 5s }",
                  "    - { match: { service: mesh.auth.v1.AuthService, method: SignOut }, cluster: auth, timeout: 5s }",
                  "  clusters:", "    - { name: chat, service: chat }", "    - { name: auth, service: auth }",
                  "  auth:", "    cluster: auth", "    required: true", "    jwt: { issuer: mesh-auth, audience: mesh }",
                  "    rules:", "      - { prefix: /mesh.auth.v1.AuthService/, require: public }",
                  "      - { prefix: /mesh.chat.v1.ChatService/, require: user }"]
      }
      if database { lines += ["database:", "  embedded: { data: \(data) }"] }
      self.ports = ports
      try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
    }

    /// `mesh up` on this file, its state in the folder.
    func up(_ extra: [String] = []) throws -> PeerProcess {
      try PeerProcess(Repository.product("mesh"), ["up", "--file", file, "--state", folder + "/state", "--grace", "5"] + extra)
    }

    /// Stops whatever a failed test left: the cluster (if any), then the folder.
    func cleanUp() async {
      if FileManager.default.fileExists(atPath: data + "/postmaster.pid"), let cluster = try? EmbeddedPostgres(dataDirectory: data) {
        try? await cluster.stop(mode: "immediate")
      }
      try? FileManager.default.removeItem(atPath: folder)
    }
  }

  /// The pids of the children, from the supervisor's "started LABEL (pid N)" lines.
  static func childPIDs(_ text: String) -> [String: [Int32]] {
    var pids: [String: [Int32]] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("mesh: started ") {
      let words = line.split(separator: " ")
      guard words.count > 4, let pid = Int32(words[4].trimmingCharacters(in: CharacterSet(charactersIn: "()"))) else { continue }
      pids[String(words[2]), default: []].append(pid)
    }
    return pids
  }

  @Test("a small mesh comes up healthy, mesh status says so, a SIGKILLed child is restarted, SIGTERM stops all in order")
  func upStatusRestartStop() async throws {
    // The heads stored first: the start-up bounds are for a start, not for a first fit (`StoredNLUHeads`).
    try await StoredNLUHeads.ensure()
    let mesh = try Mesh(services: ["nlu", "session", "context", "chat", "interop"])
    let up = try mesh.up()
    do {
      _ = try await up.waitForLine(startingWith: "mesh: all services healthy in", seconds: 240)
      #expect(up.text.contains("mesh: generated a development key 'message-keyring'"), "\(up.text)")
      // The keys are files of the state folder, readable by their owner only, and in no argument.
      let attributes = try FileManager.default.attributesOfItem(atPath: mesh.folder + "/state/keys/message-keyring")
      #expect((attributes[.posixPermissions] as? Int) == 0o600)
      let pids = Self.childPIDs(up.text)
      #expect(Set(pids.keys) == ["nlu-0", "session-0", "context-0", "chat-0", "interop-0"], "\(up.text)")
      // chat starts only after nlu, session and context are healthy.
      let text = up.text
      for dependency in ["nlu-0", "session-0", "context-0"] {
        let healthy = try #require(text.range(of: "mesh: \(dependency) healthy"), "\(text)")
        let chat = try #require(text.range(of: "mesh: started chat-0"))
        #expect(healthy.lowerBound < chat.lowerBound, "\(text)")
      }

      let status = try await MeshBinary.run(["status", "--file", mesh.file])
      #expect(status.status == 0, "\(status.output)")
      let rows = status.output.split(separator: "\n")
      #expect(rows.first?.hasPrefix("SERVICE") == true)
      #expect(rows.filter { $0.contains(" healthy ") }.count == 5, "\(status.output)")

      // The admin endpoint of a child serves the gRPC server metrics, each method labelled with its kind.
      let admin = try #require(mesh.ports["nlu"]?.admin)
      let scrape = try PeerProcess("/usr/bin/curl", ["-sf", "http://127.0.0.1:\(admin)/metrics"])
      #expect(try await scrape.waitForExit(seconds: 30) == 0)
      #expect(scrape.text.contains("grpc_server_started_total{grpc_type=\"unary\",grpc_service=\"grpc.health.v1.Health\",grpc_method=\"Check\"}"),
              "\(scrape.text)")

      // mesh call reaches a service of the mesh through reflection, and -H metadata reaches it: the chat
      // service refuses a call without the caller's identity, and takes it with one.
      let chatPort = try #require(mesh.ports["chat"]?.listen)
      let methods = try await MeshBinary.run(["call", "--plaintext", "127.0.0.1:\(chatPort)", "list", "mesh.chat.v1.ChatService"])
      #expect(methods.output.contains("mesh.chat.v1.ChatService.StreamReply"), "\(methods.output)")
      let anonymous = try await MeshBinary.run(["call", "--plaintext", "127.0.0.1:\(chatPort)", "mesh.chat.v1.ChatService/GetHistory",
                                                "-d", #"{"conversationId": "00000000-0000-0000-0000-000000000000"}"#])
      #expect(anonymous.status == 1 && anonymous.output.contains("UNAUTHENTICATED"), "\(anonymous.output)")
      let identified = try await MeshBinary.run(["call", "--plaintext", "127.0.0.1:\(chatPort)", "-H", "x-mesh-user-id: U00001",
                                                 "mesh.chat.v1.ChatService/GetHistory", "-d", #"{"conversationId": "00000000-0000-0000-0000-000000000000"}"#])
      #expect(!identified.output.contains("UNAUTHENTICATED"), "\(identified.output)")

      // SIGKILL one child: the supervisor restarts it, and it becomes healthy again.
      let nlu = try #require(pids["nlu-0"]?.first)
      kill(nlu, SIGKILL)
      _ = try await up.waitForLine(startingWith: "mesh: nlu-0 killed by signal 9; restarting in", seconds: 30)
      let deadline = Date().addingTimeInterval(60)
      while (Self.childPIDs(up.text)["nlu-0"]?.count ?? 0) < 2 && Date() < deadline { try await Task.sleep(for: .milliseconds(100)) }
      let restarted = try #require(Self.childPIDs(up.text)["nlu-0"]?.last)
      #expect(restarted != nlu)
      let healthyAgain = Date().addingTimeInterval(60)
      while up.text.components(separatedBy: "mesh: nlu-0 healthy").count < 3 && Date() < healthyAgain {
        try await Task.sleep(for: .milliseconds(100))
      }
      #expect(up.text.components(separatedBy: "mesh: nlu-0 healthy").count == 3, "\(up.text)")
      let again = try await MeshBinary.run(["status", "--file", mesh.file])
      #expect(again.status == 0, "\(again.output)")

      // SIGTERM: chat (the last wave) first, then the rest, then PostgreSQL; nothing is left running.
      kill(up.processIdentifier, SIGTERM)
      #expect(try await up.waitForExit(seconds: 90) == 0, "\(up.text)")
      let log = up.text
      let chatStop = try #require(log.range(of: "mesh: stopping chat-0"), "\(log)")
      let restStop = try #require(log.range(of: "mesh: stopping context-0"), "\(log)")
      let databaseStop = try #require(log.range(of: "mesh: stopping PostgreSQL"), "\(log)")
      #expect(chatStop.lowerBound < restStop.lowerBound && restStop.lowerBound < databaseStop.lowerBound, "\(log)")
      let every = Self.childPIDs(log).values.flatMap { $0 }
      #expect(try await ProcessLiveness.waitGone(every, seconds: 5).isEmpty, "\(log)")
      let cluster = try EmbeddedPostgres(dataDirectory: mesh.data)
      #expect(try await cluster.status() == .stopped)
      let down = try await MeshBinary.run(["status", "--file", mesh.file, "--timeout", "500"])
      #expect(down.status == 1, "\(down.output)")
    } catch {
      up.stop()
      await mesh.cleanUp()
      throw error
    }
    up.stop()
    await mesh.cleanUp()
  }

  @Test("a service whose port is taken fails the start: everything started is stopped, PostgreSQL too, status 1")
  func failedStartCleansUp() async throws {
    // The heads stored first: the start-up bounds are for a start, not for a first fit (`StoredNLUHeads`).
    try await StoredNLUHeads.ensure()
    let busy = try ListeningSocket()
    defer { busy.close() }
    let mesh = try Mesh(services: ["nlu", "session", "chat"], busy: ("chat", busy.port))
    let up = try mesh.up()
    do {
      let status = try await up.waitForExit(seconds: 240)
      #expect(status == 1, "\(up.text)")
      #expect(up.text.contains("chat-0 exited with status 1 while starting"), "\(up.text)")
      #expect(up.text.contains("mesh: stopping PostgreSQL"), "\(up.text)")
      let pids = Self.childPIDs(up.text).values.flatMap { $0 }
      #expect(pids.count == 3, "\(up.text)")
      #expect(try await ProcessLiveness.waitGone(pids, seconds: 5).isEmpty)
      #expect(try await EmbeddedPostgres(dataDirectory: mesh.data).status() == .stopped)
      #expect(!FileManager.default.fileExists(atPath: mesh.data + "/postmaster.pid"))
    } catch {
      up.stop()
      await mesh.cleanUp()
      throw error
    }
    await mesh.cleanUp()
  }

  @Test("SIGHUP, the terminal closing, drains as SIGTERM does: children gone, PostgreSQL stopped (it took SIGHUP as a reload)")
  func hangupStopsEverything() async throws {
    let mesh = try Mesh(services: ["session", "interop"])
    let up = try mesh.up()
    do {
      _ = try await up.waitForLine(startingWith: "mesh: all services healthy in", seconds: 240)
      let pids = Self.childPIDs(up.text).values.flatMap { $0 }
      #expect(pids.count == 2, "\(up.text)")
      kill(up.processIdentifier, SIGHUP)
      #expect(try await up.waitForExit(seconds: 90) == 0, "\(up.text)")
      #expect(up.text.contains("mesh: stopping PostgreSQL"), "\(up.text)")
      #expect(try await ProcessLiveness.waitGone(pids, seconds: 5).isEmpty, "\(up.text)")
      #expect(try await EmbeddedPostgres(dataDirectory: mesh.data).status() == .stopped)
    } catch {
      up.stop()
      await mesh.cleanUp()
      throw error
    }
    await mesh.cleanUp()
  }

  @Test("a closed terminal (script's pty master gone) drains too: the live table's failed writes must not kill mesh up")
  func closedTerminalStopsEverything() async throws {
    let mesh = try Mesh(services: ["session", "interop"])
    // `script` gives `mesh up` a terminal, so it draws its live table; SIGKILLing `script` closes the terminal's
    // master as a closed window does: SIGHUP, then every write to the terminal fails.
    let arguments = [Repository.product("mesh"), "up", "--file", mesh.file, "--state", mesh.folder + "/state", "--grace", "5"]
    let terminal = try PeerProcess("/usr/bin/script", ["-qfc", arguments.joined(separator: " "), "/dev/null"],
                                   variables: ["TERM": "xterm"])
    do {
      _ = try await terminal.waitForLine(startingWith: "mesh: all services healthy in", seconds: 240)
      // A terminal ends lines with "\r\n" (one Character in Swift, which `split(separator: "\n")` does not cut),
      // and every redraw repeats the latest messages.
      let pids = Array(Set(Self.childPIDs(terminal.text.replacingOccurrences(of: "\r\n", with: "\n")).values.flatMap { $0 }))
      #expect(pids.count == 2, "\(terminal.text)")
      kill(terminal.processIdentifier, SIGKILL)
      let cluster = try EmbeddedPostgres(dataDirectory: mesh.data)
      let deadline = ContinuousClock.now + .seconds(60)
      while try await cluster.status() != .stopped && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(200)) }
      #expect(try await cluster.status() == .stopped)
      #expect(try await ProcessLiveness.waitGone(pids, seconds: 5).isEmpty)
    } catch {
      terminal.stop()
      await mesh.cleanUp()
      throw error
    }
    await mesh.cleanUp()
  }

  @Test("children die with a SIGKILLed supervisor (parent-death signal)")
  func childrenDieWithSupervisor() async throws {
    // The heads stored first: the start-up bounds are for a start, not for a first fit (`StoredNLUHeads`).
    try await StoredNLUHeads.ensure()
    let mesh = try Mesh(services: ["nlu", "interop"], database: false)
    let up = try mesh.up(["--no-database"])
    do {
      _ = try await up.waitForLine(startingWith: "mesh: all services healthy in", seconds: 120)
      let pids = Self.childPIDs(up.text).values.flatMap { $0 }
      #expect(pids.count == 2)
      kill(up.processIdentifier, SIGKILL)
      _ = try await up.waitForExit(seconds: 10)
      #expect(try await ProcessLiveness.waitGone(pids, seconds: 15).isEmpty, "\(up.text)")
    } catch {
      up.stop()
      await mesh.cleanUp()
      throw error
    }
    await mesh.cleanUp()
  }

  @Test("the embedded PostgreSQL stops with a SIGKILLed supervisor (its watchdog), its data kept")
  func databaseStopsWithSupervisor() async throws {
    let mesh = try Mesh(services: ["session"])
    let up = try mesh.up()
    do {
      _ = try await up.waitForLine(startingWith: "mesh: all services healthy in", seconds: 240)
      let status = try await EmbeddedPostgres(dataDirectory: mesh.data).status()
      guard case .running(let postmaster) = status, postmaster > 0 else {
        Issue.record("no embedded PostgreSQL running (\(status)): \(up.text)")
        up.stop()
        await mesh.cleanUp()
        return
      }
      let pids = Self.childPIDs(up.text).values.flatMap { $0 }
      kill(up.processIdentifier, SIGKILL)
      _ = try await up.waitForExit(seconds: 10)
      // A fast shutdown writes a checkpoint: up to a minute on a loaded machine.
      #expect(try await ProcessLiveness.waitGone(pids + [postmaster], seconds: 90).isEmpty, "\(up.text)")
      #expect(try await EmbeddedPostgres(dataDirectory: mesh.data).status() == .stopped)
      #expect(FileManager.default.fileExists(atPath: mesh.data + "/PG_VERSION"), "the data is kept")
    } catch {
      up.stop()
      await mesh.cleanUp()
      throw error
    }
    await mesh.cleanUp()
  }
}
