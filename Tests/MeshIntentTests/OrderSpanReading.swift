import MeshIntent

/// The order numbers the extractor finds in a text, as the customer wrote them: for suites that list forms.
protocol OrderSpanReading {}

extension OrderSpanReading {
  func orders(_ text: String) -> [String] {
    let s = Array(text.unicodeScalars)
    return EntityExtractor().extract(from: text).filter { $0.type == "order_number" }.map {
      String(String.UnicodeScalarView(s[$0.start..<$0.end]))
    }
  }
}
