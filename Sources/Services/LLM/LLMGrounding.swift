/// A guard on what a model wrote: every number in it (an order number, a price, a date, a count) must
/// be one the facts have. Order states and dates are where a model invents most, and they are numbers or
/// come with them; a text that fails the check is not shown, the template is.
public enum LLMGrounding {
  /// The first number of `text` that `facts` do not contain, or nil when every one is there.
  /// - Parameters:
  ///   - text: what the model wrote.
  ///   - facts: the texts the model was given (the template's reply and the adapters' facts).
  public static func firstUngroundedNumber(in text: String, facts: [String]) -> String? {
    let known = Set(facts.flatMap(numbers))
    return numbers(in: text).first { !known.contains($0) }
  }

  /// The runs of ASCII digits of a text, without leading zeros ("007" and "7" are one number).
  static func numbers(in text: String) -> [String] {
    var found: [String] = []
    var run = ""
    for scalar in text.unicodeScalars {
      if scalar.value >= 0x30 && scalar.value <= 0x39 {
        run.unicodeScalars.append(scalar)
      } else if !run.isEmpty {
        found.append(normalised(run))
        run = ""
      }
    }
    if !run.isEmpty { found.append(normalised(run)) }
    return found
  }

  private static func normalised(_ digits: String) -> String {
    let trimmed = digits.drop { $0 == "0" }
    return trimmed.isEmpty ? "0" : String(trimmed)
  }
}
