/// The NLU service's core: an intent model plus entity extraction, one call per utterance.
public struct IntentEngine: Sendable {
  /// The intent classifier.
  public let model: IntentModel
  /// The entity extractor.
  public let extractor: EntityExtractor

  /// An engine over `model` (the shipped commerce model by default).
  /// - Parameters:
  ///   - model: the intent classifier.
  public init(model: IntentModel = CommerceModel.shared) {
    self.model = model
    extractor = EntityExtractor()
  }

  /// Intent, confidence and entities of one utterance.
  /// - Parameters:
  ///   - text: the utterance.
  public func analyze(_ text: String) -> IntentAnalysis {
    let prediction = model.classify(text)
    let entities = extractor.extract(from: text, searchPhrase: prediction.intent == "search_items")
    return IntentAnalysis(text: text, intent: prediction.intent, confidence: prediction.confidence,
                          entities: entities)
  }
}

/// The result of `IntentEngine.analyze(_:)`.
public struct IntentAnalysis: Sendable, Equatable {
  /// The utterance.
  public var text: String
  /// The intent, or `out_of_scope`.
  public var intent: String
  /// Calibrated confidence in `intent`.
  public var confidence: Double
  /// Entities with Unicode scalar offsets.
  public var entities: [Entity]

  /// Creates a result.
  /// - Parameters:
  ///   - text: the utterance.
  ///   - intent: the intent.
  ///   - confidence: calibrated confidence.
  ///   - entities: entities found.
  public init(text: String, intent: String, confidence: Double, entities: [Entity]) {
    self.text = text
    self.intent = intent
    self.confidence = confidence
    self.entities = entities
  }

  /// The result as one line of JSON:
  /// `{"text":…,"intent":…,"confidence":…,"entities":[{"type":…,"value":…,"start":…,"end":…}]}`.
  public var jsonLine: String { jsonLine(fine: nil) }

  /// The result as one line of JSON, with a finer intent of the same utterance after the coarse one
  /// (`"fine_intent":…,"fine_confidence":…`, the nlu service's `fine_intent`) when `fine` is given.
  /// - Parameter fine: the fine intent and its calibrated confidence.
  public func jsonLine(fine: (intent: String, confidence: Double)?) -> String {
    var out = "{\"text\":" + JSONText.quote(text) + ",\"intent\":" + JSONText.quote(intent)
    out += ",\"confidence\":" + JSONText.number(confidence)
    if let fine {
      out += ",\"fine_intent\":" + JSONText.quote(fine.intent) + ",\"fine_confidence\":" + JSONText.number(fine.confidence)
    }
    out += ",\"entities\":["
    for (i, e) in entities.enumerated() {
      if i > 0 { out += "," }
      out += "{\"type\":" + JSONText.quote(e.type) + ",\"value\":" + JSONText.quote(e.value)
      out += ",\"start\":\(e.start),\"end\":\(e.end)}"
    }
    return out + "]}"
  }
}

/// Minimal JSON writing for the hot path (no Foundation encoder per line).
enum JSONText {
  static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A probability with four decimals.
  static func number(_ x: Double) -> String {
    let scaled = Int((x * 10_000).rounded())
    let whole = scaled / 10_000, frac = scaled % 10_000
    let f = String(frac)
    return "\(whole)." + String(repeating: "0", count: 4 - f.count) + f
  }
}
