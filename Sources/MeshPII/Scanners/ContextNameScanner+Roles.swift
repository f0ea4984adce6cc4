/// People named by their role, then a given name typed in lower case: "the seller ravi: please use …", "courier jerome
/// said he knocked", "the deliveryman called josé instead of me" (dev11, dev12, pii48). The role says a person follows,
/// so a lower-case word the name lexicons list and the English word list does not is taken, as after "for" or "ask".
extension ContextNameScanner {
  /// Roles and verbs of naming before a lower-case given name.
  static let roleCues = WordSet(words: """
    seller vendor courier driver rider deliveryman deliverywoman deliverer postman postwoman mailman agent rep
    technician installer guy lady called named auntie aunty tita tito kuya ate bhaiya didi anna akka
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Whether a lower-case `w` after `cue` is a person's given name by the role before it.
  static func namedByRole(_ cue: ByteWord, _ w: ByteWord) -> Bool {
    roleCues.contains(cue.hash) && w.letters >= 3 && !EnglishWords.common.contains(w.hash) && !namedThings.contains(w.hash)
      && !languages.contains(w.hash) && !placeGivenNames.contains(w.hash)
  }
}
