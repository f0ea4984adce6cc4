public import Foundation
public import MeshIntent

/// Reads labelled utterances from a CSV file with a header row naming a text column (`text`) and a label
/// column (`category`, `label` or `intent`), the shape of BANKING77's files. Quoted fields with commas,
/// doubled quotes and line breaks are handled (RFC 4180).
public enum LabelledCSV {
  /// The `(text, label)` pairs of the file.
  /// - Parameter path: the CSV file.
  /// - Throws: `LabelledDataError` when the file is missing, has no such columns or a row is short.
  public static func load(path: String) throws -> [(text: String, label: String)] {
    guard let data = FileManager.default.contents(atPath: path) else { throw LabelledDataError.unreadable(path) }
    let rows = parse(String(decoding: data, as: UTF8.self))
    guard let header = rows.first else { throw LabelledDataError.malformed(path, "empty file") }
    let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    guard let t = names.firstIndex(of: "text"),
          let l = names.firstIndex(where: { ["category", "label", "intent"].contains($0) }) else {
      throw LabelledDataError.malformed(path, "the header has no text and category/label/intent columns")
    }
    var out: [(text: String, label: String)] = []
    for (i, row) in rows.dropFirst().enumerated() where !(row.count == 1 && row[0].isEmpty) {
      guard row.count > max(t, l) else { throw LabelledDataError.malformed(path, "row \(i + 2) has \(row.count) fields") }
      out.append((row[t], row[l]))
    }
    return out
  }

  /// Splits CSV text into rows of fields.
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = ""
    var quoted = false, afterQuote = false
    var it = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let c = pending ?? it.next() {
      pending = nil
      if quoted {
        if c == "\"" {
          if let n = it.next() { if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; afterQuote = true; pending = n } }
          else { quoted = false }
        } else { field.unicodeScalars.append(c) }
        continue
      }
      switch c {
      case "\"" where field.isEmpty && !afterQuote: quoted = true
      case ",": row.append(field); field = ""; afterQuote = false
      case "\n":
        row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
      case "\r": continue
      default: field.unicodeScalars.append(c)
      }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
  }
}
