/// The header fields of a request or response, in the order they came, looked up case-insensitively.
public struct HTTPHeaders: Sendable, Sequence, ExpressibleByDictionaryLiteral {
  /// The fields, names as sent.
  public private(set) var fields: [(name: String, value: String)] = []

  /// Creates an empty set of fields.
  public init() {}

  /// Creates fields from literal pairs.
  /// - Parameter elements: name and value pairs.
  public init(dictionaryLiteral elements: (String, String)...) {
    for (name, value) in elements { add(name: name, value: value) }
  }

  /// Appends a field (a name may repeat).
  /// - Parameters:
  ///   - name: the field name.
  ///   - value: its value.
  public mutating func add(name: String, value: String) { fields.append((name, value)) }

  /// Replaces every field of that name with one.
  /// - Parameters:
  ///   - name: the field name.
  ///   - value: its value.
  public mutating func replaceOrAdd(name: String, value: String) {
    remove(name: name)
    add(name: name, value: value)
  }

  /// Removes every field of that name.
  /// - Parameter name: the field name, any case.
  public mutating func remove(name: String) {
    fields.removeAll { Self.same($0.name, name) }
  }

  /// The first value of a field, nil when absent.
  public subscript(name: String) -> String? {
    fields.first { Self.same($0.name, name) }?.value
  }

  /// Every value of a field.
  /// - Parameter name: the field name, any case.
  public func values(for name: String) -> [String] {
    fields.filter { Self.same($0.name, name) }.map(\.value)
  }

  /// Whether a comma-separated field (such as `Connection`) lists a token, any case.
  /// - Parameters:
  ///   - name: the field name.
  ///   - token: the token, such as `close`.
  public func contains(name: String, token: String) -> Bool {
    values(for: name).contains { value in
      value.split(separator: ",").contains { Self.same($0.trimmingSpaces, token) }
    }
  }

  /// Iterates the fields in order.
  public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> { fields.makeIterator() }

  /// ASCII case-insensitive equality of field names and tokens, without allocating.
  static func same(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    return zip(a.utf8, b.utf8).allSatisfy { x, y in
      x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A)
    }
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces and tabs (HTTP's optional whitespace).
  var trimmingSpaces: Substring {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
    return slice
  }
}
