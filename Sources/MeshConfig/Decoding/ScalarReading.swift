import Yams

/// A value read straight from a scalar node, strictly: digits for numbers, `true`/`false` for booleans
/// (YAML 1.1's `yes`, `on` and friends are refused: they surprise people).
protocol ScalarReadable {
  /// Reads the value, or records what was expected and throws `ReportedProblem`.
  static func read(from decoder: NodeDecoder) throws -> Self
}

/// A value to stand in for a plain field that is missing or wrong, so decoding can go on and find the
/// next problem (the document is invalid anyway; the value is never used).
protocol PlaceholderProviding {
  static var placeholder: Self { get }
}

enum Placeholder {
  static func of<T>(_ type: T.Type) -> T? {
    (type as? any PlaceholderProviding.Type)?.placeholder as? T
  }
}

enum ScalarReading {
  static func read<T: ScalarReadable>(_ type: T.Type, from decoder: NodeDecoder) throws -> T {
    try T.read(from: decoder)
  }

  /// The scalar's text, or a recorded problem naming `expected`.
  static func text(of decoder: NodeDecoder, expected: String) throws -> String {
    guard case .scalar(let scalar) = decoder.node, !NodeKind.isNull(decoder.node) else {
      decoder.report.record("expected \(expected), found \(NodeKind.of(decoder.node))", at: decoder.node.mark,
                            path: decoder.path)
      throw ReportedProblem()
    }
    return scalar.string
  }

  static func parse<T>(_ decoder: NodeDecoder, expected: String, _ convert: (String) -> T?) throws -> T {
    let text = try text(of: decoder, expected: expected)
    guard let value = convert(text) else {
      decoder.report.record("expected \(expected), found '\(text)'", at: decoder.node.mark, path: decoder.path)
      throw ReportedProblem()
    }
    return value
  }
}

/// A plain value decoded through the scalar rules, used by the containers for every primitive type.
struct Box<Value: ScalarReadable>: Decodable {
  let value: Value
  init(from decoder: any Decoder) throws {
    guard let decoder = decoder as? NodeDecoder else { throw ReportedProblem() }
    value = try Value.read(from: decoder)
  }
}

extension Box: PlaceholderProviding where Value: PlaceholderProviding {
  static var placeholder: Box { Box(placeholderValue: Value.placeholder) }
  private init(placeholderValue: Value) { value = placeholderValue }
}

extension String: ScalarReadable, PlaceholderProviding {
  static func read(from decoder: NodeDecoder) throws -> String { try ScalarReading.text(of: decoder, expected: "text") }
  static var placeholder: String { "" }
}

extension Bool: ScalarReadable, PlaceholderProviding {
  static func read(from decoder: NodeDecoder) throws -> Bool {
    try ScalarReading.parse(decoder, expected: "true or false") { ["true": true, "false": false][$0] }
  }
  static var placeholder: Bool { false }
}

extension Double: ScalarReadable, PlaceholderProviding {
  static func read(from decoder: NodeDecoder) throws -> Double {
    try ScalarReading.parse(decoder, expected: "a number") { Double($0).flatMap { $0.isFinite ? $0 : nil } }
  }
  static var placeholder: Double { 0 }
}

extension Float: ScalarReadable, PlaceholderProviding {
  static func read(from decoder: NodeDecoder) throws -> Float {
    try ScalarReading.parse(decoder, expected: "a number") { Float($0).flatMap { $0.isFinite ? $0 : nil } }
  }
  static var placeholder: Float { 0 }
}

/// Whole numbers of every width read the same way.
protocol WholeNumberReadable: FixedWidthInteger, ScalarReadable, PlaceholderProviding {}

extension WholeNumberReadable {
  static func read(from decoder: NodeDecoder) throws -> Self {
    let expected = Self.bitWidth >= 64 ? "a whole number" : "a whole number from \(Self.min) to \(Self.max)"
    return try ScalarReading.parse(decoder, expected: expected) { Self($0) }
  }
  static var placeholder: Self { 0 }
}

extension Int: WholeNumberReadable {}
extension Int8: WholeNumberReadable {}
extension Int16: WholeNumberReadable {}
extension Int32: WholeNumberReadable {}
extension Int64: WholeNumberReadable {}
extension UInt: WholeNumberReadable {}
extension UInt8: WholeNumberReadable {}
extension UInt16: WholeNumberReadable {}
extension UInt32: WholeNumberReadable {}
extension UInt64: WholeNumberReadable {}

extension Array: PlaceholderProviding {
  static var placeholder: [Element] { [] }
}
