import Foundation

/// The BERT normaliser, pre-tokeniser and WordPiece model, scalar by scalar, in the order of the
/// `tokenizers` library: clean, pad CJK, NFD and drop marks, lower-case; split; longest match.
extension WordPieceTokenizer {
  /// Cleans, pads CJK characters with spaces, strips accents and lower-cases.
  func normalize(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(input.count + 8)
    for s in input {
      if cleanText {
        if s.value == 0 || s.value == 0xFFFD || Self.isControl(s) { continue }
        if Self.isWhitespace(s) { scalars.append(" "); continue }
      }
      if splitChineseCharacters && Self.isChinese(s) {
        scalars.append(" "); scalars.append(s); scalars.append(" ")
      } else {
        scalars.append(s)
      }
    }
    // ASCII has no decomposition and no combining marks: most chat messages skip Foundation's
    // canonical decomposition (a bridged NSString and a new String each time).
    if stripAccents && !scalars.allSatisfy(\.isASCII) {
      scalars = String(String.UnicodeScalarView(scalars)).decomposedStringWithCanonicalMapping.unicodeScalars
        .filter { $0.properties.generalCategory != .nonspacingMark }
    }
    if lowercase {
      var lowered: [Unicode.Scalar] = []
      lowered.reserveCapacity(scalars.count)
      for s in scalars {
        if s.isASCII {
          lowered.append(s.value >= 65 && s.value <= 90 ? Unicode.Scalar(UInt8(s.value + 32)) : s)
        } else {
          lowered.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
        }
      }
      scalars = lowered
    }
    return scalars
  }

  /// Splits on whitespace and isolates every punctuation character.
  func preTokenize(_ scalars: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
    var words: [ArraySlice<Unicode.Scalar>] = []
    var start = 0
    for (i, s) in scalars.enumerated() {
      if Self.isWhitespace(s) {
        if start < i { words.append(scalars[start..<i]) }
        start = i + 1
      } else if Self.isPunctuation(s) {
        if start < i { words.append(scalars[start..<i]) }
        words.append(scalars[i...i])
        start = i + 1
      }
    }
    if start < scalars.count { words.append(scalars[start...]) }
    return words
  }

  /// Greedy longest-match WordPiece: the whole word becomes `[UNK]` if any part has no piece.
  func appendWordPieces(_ word: ArraySlice<Unicode.Scalar>, to ids: inout [Int32]) {
    if word.count > maxCharactersPerWord { ids.append(unknownID); return }
    let chars = Array(word)
    var pieces: [Int32] = []
    var start = 0
    while start < chars.count {
      var end = chars.count
      var found: Int32?
      while start < end {
        var candidate = start > 0 ? continuationPrefix : ""
        candidate.unicodeScalars.append(contentsOf: chars[start..<end])
        if let id = vocabulary[candidate] { found = id; break }
        end -= 1
      }
      guard let id = found else { ids.append(unknownID); return }
      pieces.append(id)
      start = end
    }
    ids.append(contentsOf: pieces)
  }

  /// Control characters that cleaning removes (tab, newline and return count as whitespace instead):
  /// the "other" categories as the `tokenizers` library has them: control, format, surrogate and private
  /// use; unassigned code points stay (and become `[UNK]`), as they do there.
  static func isControl(_ s: Unicode.Scalar) -> Bool {
    if s == "\t" || s == "\n" || s == "\r" { return false }
    switch s.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse: return true
    default: return false
    }
  }

  /// Unicode White_Space, plus tab, newline and return.
  static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
    s == "\t" || s == "\n" || s == "\r" || s.properties.isWhitespace
  }

  /// ASCII punctuation (which includes symbols such as `$` and `+`) or any Unicode punctuation category.
  static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v) { return true }
    switch s.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
         .finalPunctuation, .otherPunctuation: return true
    default: return false
    }
  }

  /// The CJK Unified Ideographs blocks that BERT splits into single characters.
  static func isChinese(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
         0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F: return true
    default: return false
    }
  }
}
