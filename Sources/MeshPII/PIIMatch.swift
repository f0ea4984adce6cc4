/// One piece of personal data found in a text.
public struct PIIMatch: Sendable, Equatable {
  /// What it is.
  public var type: PIIType
  /// Where it is, in UTF-8 bytes of the text.
  public var utf8Range: Range<Int>
  /// Where it is, in Unicode scalars of the text (start inclusive, end exclusive).
  public var scalarRange: Range<Int>
  /// The matched text.
  public var value: String

  /// Creates a match.
  /// - Parameters:
  ///   - type: the kind of data.
  ///   - utf8Range: its byte range.
  ///   - scalarRange: its Unicode scalar range.
  ///   - value: the matched text.
  public init(type: PIIType, utf8Range: Range<Int>, scalarRange: Range<Int>, value: String) {
    self.type = type
    self.utf8Range = utf8Range
    self.scalarRange = scalarRange
    self.value = value
  }
}
