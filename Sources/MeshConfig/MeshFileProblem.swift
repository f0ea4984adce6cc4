/// One problem of a mesh file: where it is (line and column, from 1), what is wrong and what is expected.
public struct MeshFileProblem: Sendable, Equatable, CustomStringConvertible {
  /// The line of the offending node, from 1.
  public let line: Int
  /// The column of the offending node, from 1.
  public let column: Int
  /// Where in the document it is, such as `gateway.routes[1].cluster`.
  public let path: String
  /// What is wrong and what is expected.
  public let message: String

  /// A problem at a position.
  public init(line: Int, column: Int, path: String, message: String) {
    self.line = line
    self.column = column
    self.path = path
    self.message = message
  }

  /// `line:column: path: message`, to be prefixed with the file's name.
  public var description: String {
    "\(line):\(column): \(path.isEmpty ? "" : path + ": ")\(message)"
  }

  /// The problem as compilers print it: `FILE:line:column: error: path: message`.
  /// - Parameter file: the file's path as the user gave it.
  public func formatted(file: String) -> String {
    "\(file):\(line):\(column): error: \(path.isEmpty ? "" : path + ": ")\(message)"
  }
}
