import Testing
@testable import MeshIntent

/// The out-of-scope look-alikes (`CommerceFineUtterances.lookalikes`): one list, read by the fine model
/// under fine labels and by the coarse model under their groups, never held out by cross-validation.
@Suite struct CommerceLookalikeTests {
  @Test func oneListTrainsTheFineAndTheCoarseModelAlike() {
    let list = CommerceUtterances.parse(CommerceFineUtterances.lookalikes)
    #expect(list.filter { $0.label == "out_of_scope" }.count >= 80)
    let fine = Dictionary(CommerceFineModel.utterances.map { ($0.text, $0.label) }, uniquingKeysWith: { first, _ in first })
    let coarse = Dictionary(CommerceModel.utterances.map { ($0.text, $0.label) }, uniquingKeysWith: { first, _ in first })
    for e in list {
      // A misspelt fine label would land in out_of_scope through `group(of:)`: every label is a fine intent.
      #expect(CommerceTaxonomy.names.contains(e.label), "\(e.label) | \(e.text)")
      #expect(fine[e.text] == e.label, "\(e.text)")
      #expect(coarse[e.text] == CommerceTaxonomy.group(of: e.label), "\(e.text)")
    }
    // Cross-validation holds out only the first three coarse parts: the look-alikes always train.
    let held = Set(CommerceModel.crossValidatedUtterances.map { $0.text.lowercased() })
    #expect(!list.contains { held.contains($0.text.lowercased()) })
  }

  /// Other services' orders, passwords and requests against the marketplace's own, on phrasings that are
  /// in no training file: the shipped coarse n-gram model tells them apart. (A brand it has never seen gives
  /// it nothing to go on: "my zalando parcel has not come" stays shipping and "how do i reset my outlook
  /// password" account; that is left to the encoder head.)
  @Test(arguments: [
    ("what time does primark close", "out_of_scope"),
    ("write a song about trainers", "out_of_scope"),
    ("my parcel from you has not come", "order_status"),
    ("how can i reset the password for my account here", "account"),
  ])
  func otherServicesAgainstTheMarketplace(_ text: String, _ intent: String) {
    let p = CommerceModel.shared.classify(text)
    #expect(p.intent == intent, "\(text) -> \(p.intent) (\(p.confidence))")
  }
}
