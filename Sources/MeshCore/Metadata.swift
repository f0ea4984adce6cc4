/// The metadata of a call: an ordered list of key-value pairs sent as HTTP/2 headers or trailers.
///
/// Keys are lower-case ASCII. A key ending in `-bin` carries bytes (base64 on the wire); every other
/// key carries printable ASCII text. A key may appear more than once; order is kept.
public struct Metadata: Sendable, Hashable, Sequence, ExpressibleByArrayLiteral, CustomStringConvertible {
  /// The value of one entry.
  public enum Value: Sendable, Hashable, CustomStringConvertible {
    /// Printable ASCII text, for keys that do not end in `-bin`.
    case string(String)
    /// Raw bytes, for keys that end in `-bin`.
    case binary([UInt8])

    /// The text, when this is a text value.
    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    /// The bytes, when this is a binary value.
    public var binaryValue: [UInt8]? { if case .binary(let b) = self { b } else { nil } }

    /// The text, or the bytes as a count.
    public var description: String {
      switch self {
      case .string(let s): s
      case .binary(let b): "<\(b.count) bytes>"
      }
    }
  }

  /// One key and its value.
  public struct Entry: Sendable, Hashable {
    /// The lower-case key.
    public let key: String
    /// The value.
    public let value: Value
  }

  private var entries: [Entry]

  /// Creates empty metadata.
  public init() { entries = [] }

  /// Creates metadata from text pairs, `[("key", "value")]`; a `-bin` key's text is taken as its bytes.
  /// - Parameter elements: key-value pairs, in order.
  public init(arrayLiteral elements: (String, String)...) {
    entries = []
    for (key, value) in elements { addString(value, forKey: key) }
  }

  /// The number of entries.
  public var count: Int { entries.count }
  /// Whether there are no entries.
  public var isEmpty: Bool { entries.isEmpty }

  /// Appends a text value.
  /// - Parameters:
  ///   - value: printable ASCII text.
  ///   - key: the key; it is lower-cased.
  public mutating func addString(_ value: String, forKey key: String) {
    let key = key.lowercased()
    entries.append(Entry(key: key, value: key.hasSuffix("-bin") ? .binary(Array(value.utf8)) : .string(value)))
  }

  /// Appends a binary value; the key should end in `-bin`.
  /// - Parameters:
  ///   - value: the bytes.
  ///   - key: the key; it is lower-cased.
  public mutating func addBinary(_ value: [UInt8], forKey key: String) {
    entries.append(Entry(key: key.lowercased(), value: .binary(value)))
  }

  /// Appends an entry as it is.
  /// - Parameter entry: the entry.
  public mutating func add(_ entry: Entry) { entries.append(entry) }

  /// Appends every entry of `other`.
  /// - Parameter other: the metadata to append.
  public mutating func add(contentsOf other: Metadata) { entries.append(contentsOf: other.entries) }

  /// Removes every entry with this key.
  /// - Parameter key: the key.
  public mutating func removeAll(forKey key: String) {
    let key = Self.lowercasedKey(key)
    entries.removeAll { $0.key == key }
  }

  /// Every value of `key`, in order.
  /// - Parameter key: the key.
  public subscript(key: String) -> [Value] {
    let key = Self.lowercasedKey(key)
    return entries.filter { $0.key == key }.map(\.value)
  }

  /// The first text value of `key`.
  /// - Parameter key: the key.
  public func firstString(forKey key: String) -> String? {
    let key = Self.lowercasedKey(key)
    return entries.first { $0.key == key }?.value.stringValue
  }

  /// The first binary value of `key`.
  /// - Parameter key: the key.
  public func firstBinary(forKey key: String) -> [UInt8]? {
    let key = Self.lowercasedKey(key)
    return entries.first { $0.key == key }?.value.binaryValue
  }

  /// A key to look up, in lower case: the key itself, not a new string, when it has no upper-case or
  /// non-ASCII letter (the usual case, such as a literal): `lowercased()` would allocate a copy of every
  /// key over 15 bytes on every lookup.
  static func lowercasedKey(_ key: String) -> String {
    key.utf8.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 } ? key.lowercased() : key
  }

  /// Iterates over the entries in order.
  public func makeIterator() -> IndexingIterator<[Entry]> { entries.makeIterator() }

  /// `[key: value, …]`.
  public var description: String {
    "[" + entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "]"
  }
}
