import Testing
import MeshIntent

/// The coarse head's training data: the coarse utterances and the fine ones under their group.
@Suite struct CommerceGroupedUtterancesTests {
  @Test func coarseAndFineUtterancesUnderTheCoarseLabels() {
    let pairs = CommerceGroupedUtterances.pairs()
    let coarse = CommerceModel.utterances
    // Every fine utterance reaches the grouped data (many are coarse lines too, under their group, since the
    // pooled sets and the shoppers', channels' and misses' lines train the coarse n-gram model: counting them
    // twice, as a size bound did, stopped holding when heldout12-16 were pooled).
    #expect(pairs.count > coarse.count)
    let texts = Set(pairs.map { $0.text.lowercased() })
    #expect(CommerceFineModel.utterances.allSatisfy { texts.contains($0.text.lowercased()) })
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

  /// A text in both the coarse and the fine data carries the same intent in both (its fine intent's group),
  /// so the coarse head is not taught two answers for one message.
  @Test func coarseAndFineDataAgreeOnSharedTexts() {
    var fine: [String: String] = [:]
    for e in CommerceFineModel.utterances { fine[e.text.lowercased()] = e.label }
    for e in CommerceModel.utterances {
      guard let label = fine[e.text.lowercased()] else { continue }
      #expect(CommerceTaxonomy.group(of: label) == e.label, "\(e.text): coarse \(e.label), fine \(label)")
    }
  }

  /// docs/INTENTS.md: chat about the assistant is `smalltalk` (group `greeting`); asking it for content it
  /// does not sell (a joke, a poem) is `out_of_scope`.
  @Test(arguments: ["are you a robot", "how old are you", "what's your favorite color", "do you like pizza"])
  func chatAboutTheAssistantIsSmalltalk(_ text: String) {
    let coarse = CommerceModel.utterances.filter { $0.text == text }
    #expect(!coarse.isEmpty && coarse.allSatisfy { $0.label == "greeting" }, "\(text): \(coarse.map(\.label))")
  }

  @Test func requestsForJokesAndPoemsAreOutOfScope() {
    for text in ["tell me a joke", "write me a poem"] {
      let labels = (CommerceModel.utterances + CommerceFineModel.utterances).filter { $0.text == text }.map(\.label)
      #expect(!labels.isEmpty && labels.allSatisfy { $0 == IntentModel.outOfScopeLabel }, "\(text): \(labels)")
    }
  }

  /// docs/INTENTS.md: invoices and receipts are `order.invoice` (group `order_status`), a parcel marked
  /// delivered or lost is `delivery.missing` (`shipping`): the coarse data may not teach the head another
  /// group for them than the grouped fine lines do (issue 12, nluheld7). Lines of the fine data that the coarse
  /// data reads under their group ("can i pay by invoice" is `payment.methods`) carry their fine group by
  /// construction; the rule is for lines labelled coarse only. Another company's invoice (a plumber's, a phone
  /// bill's) is out of scope, as `pool-intents.py`'s rule for the pooled sets has it (nlu42 pooled heldout24's).
  @Test func coarseInvoiceAndLostParcelLinesCarryTheirFineGroup() {
    let fine = Set(CommerceFineModel.utterances.map(\.text))
    for e in CommerceModel.utterances where !fine.contains(e.text) && e.label != IntentModel.outOfScopeLabel {
      let text = e.text.lowercased()
      // A double charge is `payment.charged_twice` even when the shopper says "invoiced".
      if text.contains("invoice") && !text.contains("charged twice") {
        #expect(e.label == "order_status", "\(e.text): \(e.label)")
      }
      if text.contains("delivered but") || text.contains("package lost") || text.contains("delivered to the wrong") {
        #expect(e.label == "shipping", "\(e.text): \(e.label)")
      }
    }
  }

  /// The lines about other companies reach both data sets: out of scope in the fine data and in the
  /// coarse always-trained lines, and their in-scope counterparts under their fine intent's group.
  @Test func otherCompaniesLinesAreInBothDataSets() {
    let fine = Dictionary(CommerceFineModel.utterances.map { ($0.text, $0.label) }, uniquingKeysWith: { a, _ in a })
    let coarse = Dictionary(CommerceModel.utterances.map { ($0.text, $0.label) }, uniquingKeysWith: { a, _ in a })
    for text in ["my zalando parcel still hasnt come", "how do i sell my house quickly", "reset my hulu password"] {
      #expect(fine[text] == IntentModel.outOfScopeLabel, "\(text): fine \(fine[text] ?? "missing")")
      #expect(coarse[text] == IntentModel.outOfScopeLabel, "\(text): coarse \(coarse[text] ?? "missing")")
    }
    let text = "cancel the order i placed on your app"
    #expect(fine[text] == "order.cancel" && coarse[text] == "cancel_order")
    #expect(!CommerceModel.crossValidatedUtterances.contains { $0.text == text })
  }
}
