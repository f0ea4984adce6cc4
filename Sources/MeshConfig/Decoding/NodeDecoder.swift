import Yams

/// A `Decoder` over one Yams node that records every problem with its line and column instead of stopping
/// at the first: a wrong scalar is reported and replaced by a placeholder, a bad list element is reported
/// and skipped, and the keys of a mapping that its type never asked for are reported as unknown.
/// The Codable types of the schema stay plain: this decoder is what makes their errors precise.
final class NodeDecoder: Decoder {
  let node: Node
  let codingPath: [any CodingKey]
  let report: DecodingReport
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  /// The mapping container handed out, if any, to find unknown keys once the value is decoded.
  private var mapping: MappingContainerState?

  init(node: Node, codingPath: [any CodingKey], report: DecodingReport) {
    self.node = node
    self.codingPath = codingPath
    self.report = report
    report.remember(node.mark, for: path)
  }

  var path: String { CodingPathText.of(codingPath) }

  /// Decodes `T` from this node; its problems are recorded and `ReportedProblem` is thrown when no
  /// value could be made.
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    do {
      let value = try T(from: self)
      mapping?.reportUnknownKeys()
      return value
    } catch let error as ReportedProblem {
      throw error
    } catch let error as DecodingError {
      report.record(Self.describe(error), at: node.mark, path: path)
      throw ReportedProblem()
    } catch {
      report.record("\(error)", at: node.mark, path: path)
      throw ReportedProblem()
    }
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .mapping(let mapping) = node else {
      report.record("expected a mapping (key: value lines), found \(NodeKind.of(node))", at: node.mark, path: path)
      throw ReportedProblem()
    }
    let state = MappingContainerState(mapping: mapping, decoder: self)
    self.mapping = state
    return KeyedDecodingContainer(MappingContainer<Key>(state: state))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .sequence(let sequence) = node else {
      report.record("expected a list (lines starting with '- '), found \(NodeKind.of(node))", at: node.mark, path: path)
      throw ReportedProblem()
    }
    return SequenceContainer(elements: Array(sequence), decoder: self)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    ScalarContainer(decoder: self)
  }

  /// A child decoder for a value under `key`.
  func child(_ node: Node, key: any CodingKey) -> NodeDecoder {
    NodeDecoder(node: node, codingPath: codingPath + [key], report: report)
  }

  static func describe(_ error: DecodingError) -> String {
    switch error {
    case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context),
         .keyNotFound(_, let context):
      return context.debugDescription
    @unknown default:
      return "\(error)"
    }
  }
}

/// How a node is named in messages: "a mapping", "a list", "the text 'abc'", "nothing".
enum NodeKind {
  static func of(_ node: Node) -> String {
    switch node {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    case .scalar(let scalar):
      if isNull(node) { return "nothing" }
      return "'\(scalar.string)'"
    }
  }

  static func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }
}
