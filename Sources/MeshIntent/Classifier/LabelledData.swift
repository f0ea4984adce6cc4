import Foundation

/// Reads labelled utterances from JSON: either a list of `[text, label]` pairs, or an object of such
/// lists keyed by split name (the shape of CLINC150's `data_full.json`).
public enum LabelledData {
  /// Loads the pairs of `splits` (all splits when `nil`; a plain list has no splits).
  /// - Parameters:
  ///   - path: the JSON file.
  ///   - splits: split names to concatenate, in order, when the file is an object.
  /// - Throws: `LabelledDataError` when the file is missing or not of that shape.
  public static func load(path: String, splits: [String]? = nil) throws -> [(text: String, label: String)] {
    guard let data = FileManager.default.contents(atPath: path) else { throw LabelledDataError.unreadable(path) }
    let json: Any
    do { json = try JSONSerialization.jsonObject(with: data) } catch {
      throw LabelledDataError.malformed(path, "not JSON")
    }
    if let list = json as? [Any] { return try pairs(list, path: path) }
    guard let object = json as? [String: Any] else {
      throw LabelledDataError.malformed(path, "expected a list of [text, label] pairs or an object of them")
    }
    var out: [(text: String, label: String)] = []
    for name in splits ?? object.keys.sorted() {
      guard let value = object[name] else { throw LabelledDataError.missingSplit(path, name) }
      guard let list = value as? [Any] else {
        throw LabelledDataError.malformed(path, "split \"\(name)\" is not a list of [text, label] pairs")
      }
      out += try pairs(list, path: path)
    }
    return out
  }

  static func pairs(_ list: [Any], path: String) throws -> [(text: String, label: String)] {
    try list.enumerated().map { i, item in
      guard let pair = item as? [Any], pair.count == 2, let text = pair[0] as? String,
            let label = pair[1] as? String else {
        throw LabelledDataError.malformed(path, "item \(i) is not a [text, label] pair of strings")
      }
      return (text, label)
    }
  }

  /// Whether the file holds an object with a split named `name`.
  /// - Parameters:
  ///   - path: the JSON file.
  ///   - name: a split name.
  public static func hasSplit(path: String, _ name: String) -> Bool {
    guard let data = FileManager.default.contents(atPath: path),
          let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return false }
    return object[name] != nil
  }
}

/// Why labelled data could not be read.
public enum LabelledDataError: Error, Equatable, CustomStringConvertible {
  /// The file does not exist or cannot be read.
  case unreadable(String)
  /// The file is not of the expected shape; the reason says where.
  case malformed(String, String)
  /// The object has no split of that name.
  case missingSplit(String, String)

  /// A one-line message for people.
  public var description: String {
    switch self {
    case .unreadable(let p): return "cannot read \(p)"
    case .malformed(let p, let why): return "\(p): \(why)"
    case .missingSplit(let p, let s): return "\(p): no split named \"\(s)\""
    }
  }
}
