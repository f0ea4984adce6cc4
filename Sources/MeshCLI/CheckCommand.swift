import ArgumentParser
import Foundation
import MeshConfig
import MeshInterop

/// `mesh check [FILE]`: validates a mesh file and reports every problem as `FILE:line:column: error: …`,
/// what is wrong and what is expected. Exit status 0 when valid, 65 when it has problems, 1 when it
/// cannot be read.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate a mesh file; report every problem with its line and column.",
    discussion: "Exit status: 0 valid, 65 the file has problems, 1 it cannot be read.")

  @Argument(help: ArgumentHelp("The mesh file.", valueName: "file"))
  var file = MeshFileOptions.defaultPath

  func run() throws {
    let check: MeshFileCheck
    do {
      check = try MeshFileLoader.load(path: file)
    } catch {
      Console.error("mesh check: cannot read \(file): \(error.localizedDescription)")
      throw ExitCode.failure
    }
    for problem in check.problems { Console.error(problem.formatted(file: file)) }
    guard let mesh = check.file else {
      Console.error("mesh check: \(check.problems.count) problem\(check.problems.count == 1 ? "" : "s") in \(file)")
      throw ExitCode.invalidData
    }
    let replicas = mesh.allServices.reduce(0) { $0 + $1.replicaCount }
    func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
      "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }
    let gateway = mesh.gateway.map { "a gateway with \(count($0.listeners.count, "listener")) and \(count($0.routes?.count ?? 0, "route"))" }
      ?? "no gateway"
    let database = mesh.databaseOrDefault.url == nil ? "embedded PostgreSQL" : "PostgreSQL by URL"
    Console.out("\(file): valid: \(count(mesh.allServices.count, "service")) (\(count(replicas, "process", plural: "processes"))), \(gateway), \(database)")
  }
}
