import Testing
import MeshIntent

@Suite struct CommerceFineModelTests {
  @Test func taxonomyAndDataAgree() {
    let names = CommerceTaxonomy.names
    #expect(names.count >= 25 && names.count <= 35)
    #expect(Set(names).count == names.count)
    let data = CommerceFineModel.utterances
    #expect(Set(data.map(\.label)) == Set(names))
    for intent in CommerceTaxonomy.intents {
      #expect(CommerceModel.intents.contains(intent.group), "\(intent.name) -> \(intent.group)")
      #expect(data.filter { $0.label == intent.name }.count >= 60, "\(intent.name)")
    }
    // Every coarse intent keeps at least one fine intent, so the grouping covers the old API.
    #expect(Set(CommerceTaxonomy.intents.map(\.group)) == Set(CommerceModel.intents))
    // The same utterance never carries two labels.
    var seen: [String: String] = [:]
    for e in data {
      let key = e.text.lowercased()
      #expect(seen[key] == nil || seen[key] == e.label, "\(e.text): \(seen[key] ?? "") and \(e.label)")
      seen[key] = e.label
    }
  }

  /// The pairs the dialogue policy must tell apart, on phrasings that are not in the training data.
  @Test(arguments: [
    ("can you give me the tracking link for order 55231", "order.track"),
    ("i need to swap the size on order 55231 before it ships", "order.change_items"),
    ("i'd like my money back for the broken kettle", "refund.request"),
    ("it has been 12 days and the refund still isnt on my card", "refund.status"),
    ("please send order 55231 to my new flat instead", "order.change_address"),
    ("how much is express shipping to austria", "delivery.options"),
    ("i cant remember my password and cant log in", "account.password_reset"),
    ("please close my account and erase my data", "account.delete"),
  ])
  func confusablePairs(_ text: String, _ intent: String) {
    let (p, group) = CommerceFineModel.classify(text)
    #expect(p.intent == intent, "\(text) -> \(p.intent) (\(p.confidence))")
    #expect(group == CommerceTaxonomy.group(of: intent))
  }

  @Test func crossValidatedFigures() throws {
    let f = try CommerceFineModel.crossValidation()
    print("fine commerce intents, 5-fold cross-validation: fine accuracy \(f.fineAccuracy), in-scope \(f.fineInScope),"
          + " out-of-scope recall \(f.outOfScopeRecall), coarse accuracy \(f.coarseAccuracy), \(f.count) utterances")
    #expect(f.fineAccuracy > 0.7)
    #expect(f.coarseAccuracy >= f.fineAccuracy)
  }
}
