/// A construct the generator cannot turn into correct Swift, with where it is.
public struct GeneratorError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The proto file, such as `mesh/chat/v1/chat.proto`.
  public let file: String
  /// The element, such as `field mesh.chat.v1.Message.body`.
  public let element: String
  /// The 1-based line in the file, when the descriptor set carries source info.
  public let line: Int?
  /// What is wrong and what to do.
  public let reason: String

  /// Creates an error.
  /// - Parameters:
  ///   - file: the proto file.
  ///   - element: the element.
  ///   - line: the 1-based line, if known.
  ///   - reason: what is wrong.
  public init(file: String, element: String, line: Int?, reason: String) {
    self.file = file
    self.element = element
    self.line = line
    self.reason = reason
  }

  /// `file:line: element: reason`, as compilers print errors.
  public var description: String {
    "\(file)\(line.map { ":\($0)" } ?? ""): \(element): \(reason)"
  }
}
