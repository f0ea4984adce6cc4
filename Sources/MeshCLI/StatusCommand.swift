import ArgumentParser
import Foundation
import MeshConfig
import MeshHTTP
import MeshInterop
import MeshTransport

/// `mesh status [--file mesh/mesh.yaml]`: asks every replica's admin endpoint (`GET /readyz`) of the
/// mesh the file describes, and prints one line per replica: service, replica, gRPC address, admin
/// address, state. Exit status 0 when every replica with an admin address is ready, 1 otherwise.
struct StatusCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show whether every service of a running mesh is ready (its admin endpoint's /readyz).",
    discussion: "Exit status: 0 when every replica with an admin address is ready, 1 otherwise, 65 for a broken mesh file.")

  @OptionGroup var meshFile: MeshFileOptions

  @Option(help: ArgumentHelp("How long to wait for each replica, in milliseconds.", valueName: "ms"))
  var timeout = 2000

  func validate() throws {
    guard (1...60_000).contains(timeout) else { throw ValidationError("--timeout takes 1...60000 milliseconds, not \(timeout)") }
  }

  /// One replica to ask.
  struct Replica {
    let service: String
    let index: Int
    let listen: HostPort
    let admin: HostPort?
  }

  func run() async throws {
    guard let (mesh, _) = try meshFile.load() else {
      Console.error("mesh status: no mesh file (give --file, or run where mesh/mesh.yaml is)")
      throw ExitCode.failure
    }
    var replicas: [Replica] = []
    for service in mesh.allServices {
      for index in 0..<service.replicaCount {
        replicas.append(Replica(service: service.name, index: index, listen: service.listen.shifted(by: index),
                                admin: service.admin?.shifted(by: index)))
      }
    }
    if let gateway = mesh.gateway, let listener = gateway.listeners.first {
      for index in 0..<(gateway.replicas ?? 1) {
        replicas.append(Replica(service: "gateway", index: index, listen: listener.address.shifted(by: index),
                                admin: gateway.admin?.shifted(by: index)))
      }
    }
    let group = EventLoopGroup(threads: 1)
    let client = HTTPClient(group: group)
    defer {
      client.shutdown()
      group.shutdown()
    }
    let states = await withTaskGroup(of: (Int, String, Bool).self) { tasks in
      for (position, replica) in replicas.enumerated() {
        tasks.addTask {
          let state = await probe(replica, client: client)
          return (position, state.text, state.ready)
        }
      }
      var states = [(String, Bool)](repeating: ("", false), count: replicas.count)
      for await (position, text, ready) in tasks { states[position] = (text, ready) }
      return states
    }
    let rows = [["SERVICE", "REPLICA", "ADDRESS", "ADMIN", "STATE"]] + zip(replicas, states).map { replica, state in
      [replica.service, String(replica.index), replica.listen.description, replica.admin?.description ?? "-", state.0]
    }
    let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
    for row in rows {
      Console.out(zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
        .trimmingCharacters(in: .whitespaces))
    }
    let failing = zip(replicas, states).filter { $0.0.admin != nil && !$0.1.1 }.count
    if failing > 0 {
      Console.error("mesh status: \(failing) of \(replicas.filter { $0.admin != nil }.count) replicas are not ready")
      throw ExitCode.failure
    }
  }

  /// Asks one replica's /readyz.
  func probe(_ replica: Replica, client: HTTPClient) async -> (text: String, ready: Bool) {
    guard let admin = replica.admin else { return ("unknown (no admin address)", false) }
    guard admin.port != 0 else { return ("unknown (admin port 0)", false) }
    let host = ["0.0.0.0", "::", "*"].contains(admin.host) ? "127.0.0.1" : admin.host
    do {
      let response = try await client.execute(HTTPClientRequest(method: "GET", host: host, port: admin.port, target: "/readyz"),
                                              timeout: .milliseconds(timeout))
      let body = String(decoding: response.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      return response.status == 200 ? ("ready", true) : ("not ready (\(response.status): \(body))", false)
    } catch {
      return ("down (\(error))", false)
    }
  }
}
