/// Order, tracking and invoice numbers: an identifier after its cue word ("order #123456",
/// "tracking number 1Z999…", "invoice INV-2024-00123"), or an identifier shaped like one on its own
/// ("ORD-20931", "INV-2024-001", UPS "1Z…").
enum ReferenceNumbers {
  static let cues: [String: String] = [
    "order": "order_number", "orders": "order_number", "ord": "order_number", "tracking": "tracking_number",
    "track": "tracking_number", "trackin": "tracking_number", "shipment": "tracking_number",
    "parcel": "tracking_number", "invoice": "invoice_number", "inv": "invoice_number", "bill": "invoice_number",
    "receipt": "invoice_number",
  ]
  static let fillers: Set<String> = ["number", "no", "nr", "num", "id", "code", "ref", "reference", "#", ":", "is",
                                     "."]

  /// A reference number whose cue or shape starts at `tokens[i]`: (type, value token index).
  static func match(_ tokens: [Token], at i: Int) -> (type: String, token: Int)? {
    let t = tokens[i]
    if t.isWord, let type = cues[t.lower] {
      var j = i + 1
      var skipped = 0
      while j < tokens.count && skipped < 3 && fillers.contains(tokens[j].lower) { j += 1; skipped += 1 }
      if j < tokens.count, identifier(tokens[j], type: type) { return (type, j) }
      return nil
    }
    if t.isWord && t.hasDigit && t.hasLetter {
      let upper = t.text.uppercased()
      if upper.hasPrefix("ORD") && digits(t.text) >= 4 { return ("order_number", i) }
      if upper.hasPrefix("INV") && digits(t.text) >= 3 { return ("invoice_number", i) }
      if upper.hasPrefix("1Z") && t.text.count == 18 { return ("tracking_number", i) }
    }
    return nil
  }

  static func digits(_ s: String) -> Int { s.unicodeScalars.filter { ("0"..."9").contains($0) }.count }

  /// An identifier: a word with digits, long enough for its type, not a date or a money amount.
  static func identifier(_ t: Token, type: String) -> Bool {
    guard t.isWord, t.hasDigit, !DateExpressions.numeric(t.text), !t.text.contains(".") else { return false }
    let d = digits(t.text)
    switch type {
    case "tracking_number": return t.text.count >= 8 && d >= 4
    default: return d >= 3 && t.text.count >= 4
    }
  }
}
