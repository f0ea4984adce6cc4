import Yams

/// What decoding a mesh file found, shared by every decoder of one document: the problems, and the
/// position of every node by path (so later checks, like a route's unknown cluster, can point at it).
final class DecodingReport {
  private(set) var problems: [MeshFileProblem] = []
  private(set) var marks: [String: Mark] = [:]

  func record(_ message: String, at mark: Mark?, path: String) {
    problems.append(MeshFileProblem(line: mark?.line ?? 1, column: mark?.column ?? 1, path: path, message: message))
  }

  func remember(_ mark: Mark?, for path: String) {
    if let mark, marks[path] == nil { marks[path] = mark }
  }
}

/// Thrown by a decoder once the problem is recorded, so that the caller skips the value without
/// recording it again.
struct ReportedProblem: Error {}

/// Coding paths as the mesh file's users read them: `gateway.routes[1].cluster`.
enum CodingPathText {
  static func of(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + YAMLKeyName.of(key.stringValue)
      }
    }
    return text
  }
}

/// Swift property names as the mesh file spells them: `maxConnections` is `max_connections`.
enum YAMLKeyName {
  static func of(_ swiftName: String) -> String {
    let characters = Array(swiftName)
    var out = ""
    for (index, character) in characters.enumerated() {
      if character.isUppercase, index > 0 {
        let previous = characters[index - 1]
        let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
        if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) { out.append("_") }
      }
      out += character.lowercased()
    }
    return out
  }
}

/// A coding key for an element of a list.
struct IndexKey: CodingKey {
  let intValue: Int?
  var stringValue: String { "\(intValue ?? 0)" }
  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { return nil }
  init?(intValue: Int) { self.intValue = intValue }
}
