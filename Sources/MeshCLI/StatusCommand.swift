import ArgumentParser
import Foundation
import MeshConfig
import MeshInterop
import MeshSupervision
import MeshTransport

/// `mesh status [--file mesh/mesh.yaml]`: the health of every replica of the mesh the file describes, as a
/// running `mesh up` serves it: the standard gRPC health check of each replica and its admin endpoint's
/// `GET /readyz`. One row per replica (a table); exit status 0 when every replica is healthy, 1 otherwise.
struct StatusCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show the health of every service of a running mesh (gRPC health of each replica, admin /readyz).",
    discussion: "Exit status: 0 when every replica is healthy, 1 otherwise, 65 for a broken mesh file.")

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
    let speaksGRPC: Bool
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
                                admin: service.admin?.shifted(by: index), speaksGRPC: service.resolvedRole != .marketplace))
      }
    }
    if let gateway = mesh.gateway, let listener = gateway.listeners.first {
      for index in 0..<(gateway.replicas ?? 1) {
        // The gateway routes by path, so its own health is its admin endpoint's.
        replicas.append(Replica(service: "gateway", index: index, listen: listener.address.shifted(by: index),
                                admin: gateway.admin?.shifted(by: index), speaksGRPC: false))
      }
    }
    let group = EventLoopGroup(threads: 1)
    let probe = HealthProbe(group: group, timeout: .milliseconds(timeout))
    defer {
      probe.close()
      group.shutdownAndWait()
    }
    let answers = await withTaskGroup(of: (Int, HealthProbe.Answer).self) { tasks in
      for (position, replica) in replicas.enumerated() {
        tasks.addTask { (position, await Self.ask(replica, probe: probe)) }
      }
      var answers = [HealthProbe.Answer](repeating: HealthProbe.Answer(healthy: false, detail: ""), count: replicas.count)
      for await (position, answer) in tasks { answers[position] = answer }
      return answers
    }
    let cells = zip(replicas, answers).map { replica, answer in
      [replica.service, String(replica.index), replica.listen.description, replica.admin?.description ?? "-",
       answer.healthy ? "healthy" : "unhealthy", answer.detail]
    }
    for line in StatusTable.render(header: ["SERVICE", "REPLICA", "ADDRESS", "ADMIN", "HEALTH", "DETAIL"], cells: cells) {
      Console.out(line)
    }
    let failing = answers.filter { !$0.healthy }.count
    if failing > 0 {
      Console.error("mesh status: \(failing) of \(replicas.count) replicas are not healthy")
      throw ExitCode.failure
    }
  }

  /// Probes one replica (a port 0 in the file cannot be asked).
  static func ask(_ replica: Replica, probe: HealthProbe) async -> HealthProbe.Answer {
    guard replica.listen.port != 0, replica.admin?.port != 0 else {
      return HealthProbe.Answer(healthy: false, detail: "unknown (port 0 in the mesh file: mesh up picked one)")
    }
    return await probe.probe(listen: (StartPlan.dialable(replica.listen.host), replica.listen.port),
                             admin: replica.admin.map { (StartPlan.dialable($0.host), $0.port) }, speaksGRPC: replica.speaksGRPC)
  }
}
