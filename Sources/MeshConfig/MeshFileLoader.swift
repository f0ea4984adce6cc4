public import Foundation
import Yams

/// The result of reading a mesh file: the decoded file when it has no problems, and every problem found.
public struct MeshFileCheck: Sendable {
  /// The file, when it decoded and passed every check.
  public let file: MeshFile?
  /// Every problem, in file order.
  public let problems: [MeshFileProblem]
  /// Whether the file can be used.
  public var isValid: Bool { problems.isEmpty && file != nil }
}

/// Reads a mesh file: YAML through Yams' node API (which keeps each node's line and column), then the
/// schema's Codable types through `NodeDecoder` (every type and key problem), then the checks across
/// sections (`MeshFileValidator`: references, ports used twice, ...).
public enum MeshFileLoader {
  /// Reads and checks the file at `path`.
  /// - Throws: when the file cannot be read at all.
  public static func load(path: String) throws -> MeshFileCheck {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return parse(String(decoding: data, as: UTF8.self))
  }

  /// Reads and checks a mesh file's text.
  public static func parse(_ text: String) -> MeshFileCheck {
    let node: Node?
    do {
      node = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      return MeshFileCheck(file: nil, problems: [problem(for: error)])
    } catch {
      return MeshFileCheck(file: nil, problems: [MeshFileProblem(line: 1, column: 1, path: "", message: "\(error)")])
    }
    guard let node else {
      return MeshFileCheck(file: nil, problems: [MeshFileProblem(line: 1, column: 1, path: "",
        message: "the file is empty; expected a mapping that starts with 'version: \(MeshFile.currentVersion)'")])
    }
    let report = DecodingReport()
    let decoded = try? NodeDecoder(node: node, codingPath: [], report: report).decode(MeshFile.self)
    var problems = report.problems
    if let decoded {
      // A value that failed to decode stands in as a placeholder; the checks across sections say nothing
      // more about it (a missing certificate is not also "an empty certificate path").
      let reported = problems.map(\.path)
      problems += MeshFileValidator(file: decoded, positions: MarkTable(report.marks)).problems().filter { problem in
        !reported.contains { problem.path == $0 || problem.path.hasPrefix($0 + ".") || problem.path.hasPrefix($0 + "[") }
      }
    }
    problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    return MeshFileCheck(file: problems.isEmpty ? decoded : nil, problems: problems)
  }

  private static func problem(for error: YamlError) -> MeshFileProblem {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
         .composer(let context, let problem, let mark, _):
      let what = context.map { "\($0.text) " } ?? ""
      return MeshFileProblem(line: mark.line, column: mark.column, path: "", message: "not valid YAML: \(what)\(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return MeshFileProblem(line: context.mark.line, column: context.mark.column, path: "",
                             message: "duplicate keys \(duplicates.joined(separator: ", ")); a key may appear once")
    default:
      return MeshFileProblem(line: 1, column: 1, path: "", message: "not valid YAML: \(error)")
    }
  }
}

/// Positions of the document's nodes by path, for checks that point at a node after decoding.
struct MarkTable {
  private let marks: [String: (line: Int, column: Int)]

  init(_ marks: [String: Mark]) {
    self.marks = marks.mapValues { ($0.line, $0.column) }
  }

  /// The position of `path`, or of its nearest ancestor that has one.
  func position(of path: String) -> (line: Int, column: Int) {
    var path = path
    while !path.isEmpty {
      if let mark = marks[path] { return mark }
      if let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) { path = String(path[..<cut]) } else { break }
    }
    return marks[path] ?? marks[""] ?? (1, 1)
  }
}
