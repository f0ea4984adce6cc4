import Testing
import MeshIntent

/// The coarse head's training data: the coarse utterances and the fine ones under their group.
@Suite struct CommerceGroupedUtterancesTests {
  @Test func coarseAndFineUtterancesUnderTheCoarseLabels() {
    let pairs = CommerceGroupedUtterances.pairs()
    let coarse = CommerceModel.utterances
    #expect(pairs.count > coarse.count + CommerceFineModel.utterances.count / 2)
    #expect(Array(pairs.prefix(coarse.count)).map(\.label) == coarse.map(\.label))
    #expect(Set(pairs.map(\.label)) == Set(CommerceModel.intents))
    // No text twice, so no utterance is trained under two labels.
    #expect(Set(pairs.map { $0.text.lowercased() }).count == pairs.count)
    // A fine utterance keeps its group: "delivery.damaged" belongs to return_refund.
    let damaged = CommerceFineModel.utterances.first { $0.label == "delivery.damaged" }
    let kept = pairs.first { $0.text == damaged?.text }
    #expect(kept?.label == "return_refund" || coarse.contains { $0.text.lowercased() == damaged?.text.lowercased() })
  }

  @Test func foldsHoldOutEveryFifthCoarseUtteranceAndTrainOnNoneOfThem() {
    var tested = 0
    for fold in 0..<5 {
      let (train, test) = CommerceGroupedUtterances.fold(fold)
      tested += test.count
      let held = Set(test.map { $0.text.lowercased() })
      #expect(!train.contains { held.contains($0.text.lowercased()) }, "fold \(fold)")
      #expect(train.count + test.count > CommerceModel.utterances.count)
    }
    #expect(tested == CommerceModel.crossValidatedUtterances.count)
  }
}
