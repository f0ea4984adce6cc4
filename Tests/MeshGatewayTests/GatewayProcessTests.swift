import Foundation
import MeshCore
import MeshGateway
import MeshProtos
import MeshTestSupport
import MeshTransport
import Testing

/// `mesh serve gateway` as a process in front of our interop server: it proxies, a bad reload keeps
/// the old routes and a good one replaces them, and SIGTERM lets a call in flight finish.
@Suite("mesh serve gateway", .serialized)
struct GatewayProcessTests {
  /// A mesh file with one plaintext listener on a free port and one route.
  static func meshFile(upstreamPort: Int, prefix: String = "/grpc.testing.TestService/",
                       cluster: String = "interop") -> String {
    """
    version: 1
    gateway:
      listeners:
        - name: plaintext
          address: 127.0.0.1:0
      routes:
        - match: { prefix: \(prefix) }
          cluster: \(cluster)
          timeout: 5s
      clusters:
        - name: interop
          endpoints: [127.0.0.1:\(upstreamPort)]
    """
  }

  /// A folder of its own with the mesh file, removed at the end.
  final class Workspace: Sendable {
    let folder: String
    var file: String { folder + "/mesh.yaml" }

    init() throws {
      folder = NSTemporaryDirectory() + "gateway-\(UUID().uuidString)"
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ text: String) throws { try text.write(toFile: file, atomically: true, encoding: .utf8) }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
  }

  static func emptyCall(port: Int, group: EventLoopGroup) async throws -> Status.Code {
    let channel = try GRPCChannel(host: "127.0.0.1", port: port, group: group)
    defer { channel.close() }
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: channel))
    do {
      _ = try await client.emptyCall(Grpc_Testing_Empty(), options: CallOptions(timeout: .seconds(5)))
      return .ok
    } catch let error as RPCError {
      return error.code
    }
  }

  /// Runs `body` with our interop server, a workspace whose mesh file routes to it, `mesh serve gateway` on
  /// that file (its listener's port) and an event loop group for clients; everything is stopped and removed
  /// afterwards, also when `body` fails.
  static func withGateway(
    variables: [String: String] = [:],
    _ body: (_ process: PeerProcess, _ port: Int, _ workspace: Workspace, _ upstream: InteropUpstream,
             _ group: EventLoopGroup) async throws -> Void
  ) async throws {
    let upstream = try InteropUpstream()
    let workspace = try Workspace()
    let group = EventLoopGroup(threads: 1)
    var gateway: PeerProcess?
    func stop() async {
      gateway?.stop()
      group.shutdown()
      await upstream.stop()
      workspace.remove()
    }
    do {
      try workspace.write(Self.meshFile(upstreamPort: upstream.port))
      let process = try PeerProcess(Repository.product("mesh"), ["serve", "gateway", "--file", workspace.file],
                                    variables: variables)
      gateway = process
      let port = try PeerProcess.port(of: try await process.waitForLine(startingWith: "mesh serve: gateway listener"))
      try await body(process, port, workspace, upstream, group)
    } catch {
      await stop()
      throw error
    }
    await stop()
  }

  /// The program a process runs now (`/proc/PID/exe`), by file name.
  static func programName(_ process: PeerProcess) throws -> String {
    let path = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(process.processIdentifier)/exe")
    return URL(fileURLWithPath: path).lastPathComponent
  }

  @Test("mesh serve gateway becomes the mesh-gateway built beside it (same pid), or serves in process when told to")
  func execsTheGatewayBinary() async throws {
    try await Self.withGateway { process, port, _, _, group in
      let program = try Self.programName(process)
      let status = try await Self.emptyCall(port: port, group: group)
      #expect(program == "mesh-gateway")
      #expect(status == .ok)
    }
    try await Self.withGateway(variables: ["MESH_GATEWAY_IN_PROCESS": "1"]) { process, port, _, _, group in
      let program = try Self.programName(process)
      let status = try await Self.emptyCall(port: port, group: group)
      #expect(program == "mesh")
      #expect(status == .ok)
    }
  }

  @Test("Exec'd into mesh-gateway, it still dies with a SIGKILLed supervisor: the parent-death signal is set again")
  func gatewayDiesWithItsSupervisor() async throws {
    let setpriv = try #require(["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) })
    let upstream = try InteropUpstream()
    let workspace = try Workspace()
    defer { workspace.remove() }
    try workspace.write(Self.meshFile(upstreamPort: upstream.port))
    // A stand-in for `mesh up`: it starts the gateway as `mesh up` does (under `setpriv --pdeathsig TERM`, naming
    // itself the supervisor) and says its pid. `mesh serve gateway` execs `mesh-gateway` from an async task's thread,
    // which dropped the signal the kernel keeps per thread.
    let script = "export MESH_SUPERVISOR_PID=$$; \"$1\" --pdeathsig TERM -- \"$2\" serve gateway --file \"$3\" & "
      + "echo \"gateway pid $!\"; wait"
    let supervisor = try PeerProcess("/bin/sh", ["-c", script, "sh", setpriv, Repository.product("mesh"), workspace.file])
    var gateway: Int32?
    do {
      let pidLine = try await supervisor.waitForLine(startingWith: "gateway pid ")
      gateway = Int32(pidLine.split(separator: " ").last.map(String.init) ?? "")
      _ = try await supervisor.waitForLine(startingWith: "mesh serve: gateway listener")
      let pid = try #require(gateway)
      let program = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")
      #expect(program.hasSuffix("/mesh-gateway"))
      kill(supervisor.processIdentifier, SIGKILL)
      #expect(try await ProcessLiveness.waitGone([pid], seconds: 20).isEmpty, "the gateway outlived its supervisor")
    } catch {
      supervisor.stop()
      if let gateway { kill(gateway, SIGKILL) }
      await upstream.stop()
      throw error
    }
    if let gateway, ProcessLiveness.isRunning(gateway) { kill(gateway, SIGKILL) }
    supervisor.stop()
    await upstream.stop()
  }

  @Test("It proxies; SIGHUP with a bad file keeps the old routes, with a good one replaces them")
  func reload() async throws {
    try await Self.withGateway { process, port, workspace, upstream, group in
      #expect(try await Self.emptyCall(port: port, group: group) == .ok)

      // A route to a cluster that does not exist: refused with line and column; the old routes stay.
      try workspace.write(Self.meshFile(upstreamPort: upstream.port, cluster: "missing"))
      kill(process.processIdentifier, SIGHUP)
      _ = try await process.waitForLine(startingWith: "mesh serve: gateway reload refused", seconds: 20)
      #expect(process.text.contains("mesh.yaml:"))
      #expect(process.text.contains("unknown cluster 'missing'"))
      #expect(try await Self.emptyCall(port: port, group: group) == .ok)

      // A valid file whose route no longer takes the interop service.
      try workspace.write(Self.meshFile(upstreamPort: upstream.port, prefix: "/other.Service/"))
      kill(process.processIdentifier, SIGHUP)
      _ = try await process.waitForLine(startingWith: "mesh serve: gateway reloaded", seconds: 20)
      #expect(try await Self.emptyCall(port: port, group: group) == .unimplemented)
      // The access log has a JSON line per call, with the route; lines wait up to 100 ms in its buffer.
      let line = try await process.waitForLine(startingWith: "\"route\":\"/grpc.testing.TestService/\"", seconds: 20)
      #expect(line.contains("\"log\":\"access\""))
    }
  }

  @Test("One cleartext port: gRPC over h2c, Connect over HTTP/1.1 and h2c, the front's 404 over HTTP/1.1")
  func oneCleartextPort() async throws {
    try await Self.withGateway { process, port, workspace, upstream, group in
      #expect(try await Self.emptyCall(port: port, group: group) == .ok)
      let url = "http://127.0.0.1:\(port)/grpc.testing.TestService/EmptyCall"
      for flag in ["--http1.1", "--http2-prior-knowledge"] {
        let connect = try await curl([flag, "-i", "-X", "POST", "-H", "content-type: application/proto",
                                      "-H", "connect-protocol-version: 1", "--data-binary", "", url])
        #expect(connect.hasPrefix(flag == "--http1.1" ? "HTTP/1.1 200" : "HTTP/2 200"), "\(connect)")
      }
      let missing = try await curl(["--http1.1", "-i", "http://127.0.0.1:\(port)/nothing/here"])
      #expect(missing.hasPrefix("HTTP/1.1 404"), "\(missing)")
      #expect(missing.contains("No route for /nothing/here"))
    }
  }

  @Test("SIGTERM drains: a call in flight finishes, then the process exits")
  func drain() async throws {
    try await Self.withGateway { process, port, workspace, upstream, group in
      let channel = try GRPCChannel(host: "127.0.0.1", port: port, group: group)
      defer { channel.close() }
      let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: channel))
      var request = Grpc_Testing_StreamingOutputCallRequest()
      // Three responses 400 ms apart: the call is in flight when SIGTERM comes after the first.
      request.responseParameters = (0..<3).map { _ in
        var parameters = Grpc_Testing_ResponseParameters()
        parameters.size = 10
        parameters.intervalUs = 400_000
        return parameters
      }
      let received = try await client.streamingOutputCall(request, options: CallOptions(timeout: .seconds(10))) {
        responses in
        var count = 0
        for try await _ in responses {
          count += 1
          if count == 1 { kill(process.processIdentifier, SIGTERM) }
        }
        return count
      }
      #expect(received == 3)
      #expect(try await process.waitForExit(seconds: 20) == 0)
      #expect(process.text.contains("mesh serve: gateway draining"))
    }
  }
}
