import ArgumentParser
import Foundation
import MeshConfig
import MeshLogging

/// `--file`: the mesh file a command reads.
struct MeshFileOptions: ParsableArguments {
  /// Where the mesh file is looked for when no path is given.
  static let defaultPath = "mesh/mesh.yaml"

  @Option(name: .shortAndLong, help: ArgumentHelp(
    "The mesh file (default: mesh/mesh.yaml when it exists, else built-in defaults).", valueName: "file"))
  var file: String?

  /// The mesh file given, or the default one when it exists; nil for the built-in defaults. A file
  /// with problems prints them (as the process's lines: JSON under `mesh serve`) and ends the command
  /// with status 65.
  func load() throws -> (file: MeshFile, folder: String)? {
    guard let path = file ?? (FileManager.default.fileExists(atPath: Self.defaultPath) ? Self.defaultPath : nil) else {
      return nil
    }
    let check: MeshFileCheck
    do {
      check = try MeshFileLoader.load(path: path)
    } catch {
      ProcessLines.error("mesh: cannot read \(path): \(error.localizedDescription)")
      throw ExitCode.failure
    }
    guard let mesh = check.file else {
      for problem in check.problems { ProcessLines.error(problem.formatted(file: path)) }
      ProcessLines.error("mesh: \(path) has problems; `mesh check \(path)` lists them")
      throw ExitCode.invalidData
    }
    return (mesh, URL(fileURLWithPath: path).deletingLastPathComponent().path)
  }
}
