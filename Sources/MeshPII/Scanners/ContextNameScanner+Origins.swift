/// The place or firm a named person is "from": "Jean-Luc from Lyon says the box was open", "Lucy from Zara", "i am
/// Nguyen Van Hoang from Da Nang". After a found name, "from" and one or two capitalised words name where the
/// person is or works, not a second person
/// (a second person comes with "and", a comma or a verb); the rules take the word for a name because "from" is a
/// cue before names elsewhere ("a parcel from Amara").
extension ContextNameScanner {
  static let fromHash = Bytes.wordHash("from")

  /// Drops name findings of one or two capitalised words right after "<name> from".
  static func dropOrigins(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    let names = all.filter { $0.type == .name }
    guard names.count >= 2 else { return }
    all.removeAll { c in
      guard c.type == .name, let first = words.firstIndex(where: { $0.start == c.start }), first >= 2,
            words[first].end == c.end || first + 1 < words.count && words[first + 1].end == c.end
              && words[first + 1].capitalised,
            words[first - 1].hash == fromHash,
            ByteWords.spaced(b, words[first - 2], words[first - 1]), ByteWords.spaced(b, words[first - 1], words[first])
      else { return false }
      let personEnd = words[first - 2].end
      return names.contains { $0.end == personEnd && $0.start != c.start }
    }
  }
}
