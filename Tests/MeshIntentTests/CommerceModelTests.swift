import Testing
import MeshIntent

@Suite struct CommerceModelTests {
  @Test func dataCoversExactlyTheIntents() {
    let labels = Set(CommerceModel.utterances.map(\.label))
    #expect(labels == Set(CommerceModel.intents))
    #expect(CommerceModel.utterances.count >= 600)
    for intent in CommerceModel.intents {
      #expect(CommerceModel.utterances.filter { $0.label == intent }.count >= 40, "\(intent)")
    }
    #expect(CommerceModel.shared.labels.sorted() == CommerceModel.intents.sorted())
  }

  @Test(arguments: [
    ("hello", "greeting"),
    ("where is my order, it's late", "order_status"),
    ("please cancel my order", "cancel_order"),
    ("how do i return these shoes and get a refund", "return_refund"),
    ("I want to speak to a human", "human_agent"),
    ("I forgot my password", "account"),
    ("how much is shipping to germany", "shipping"),
    ("show me red running shoes under $50", "search_items"),
  ])
  func clearCases(_ text: String, _ intent: String) {
    let p = CommerceModel.shared.classify(text)
    #expect(p.intent == intent, "\(text) -> \(p)")
    #expect(p.confidence > 0.3 && p.confidence <= 1)
  }

  @Test func heldOutFigures() throws {
    let e = try CommerceModel.heldOutEvaluation()
    print("commerce held-out: \(e.count) utterances, accuracy \(e.accuracy), in-scope \(e.inScopeAccuracy), "
          + "out-of-scope recall \(e.outOfScopeRecall ?? -1)")
    // Far above chance (1/14) on phrasings the model never saw.
    #expect(e.accuracy > 0.5)
    let cv = try CommerceModel.crossValidation()
    print("commerce 5-fold cross-validation: accuracy \(cv.accuracy), in-scope \(cv.inScope), "
          + "out-of-scope recall \(cv.outOfScope)")
    #expect(cv.accuracy > 0.5)
  }

  @Test func analysisAsJSONLine() {
    let a = IntentEngine().analyze("red running shoes under $50")
    #expect(a.intent == "search_items")
    let line = a.jsonLine
    #expect(line.hasPrefix(#"{"text":"red running shoes under $50","intent":"search_items","confidence":"#))
    #expect(line.contains(#"{"type":"query","value":"running shoes","start":4,"end":17}"#))
    #expect(line.contains(#"{"type":"colour","value":"red","start":0,"end":3}"#))
    #expect(line.contains(#"{"type":"price_max","value":"50 USD","start":18,"end":27}"#))
    let quoted = IntentAnalysis(text: "say \"hi\"\n", intent: "greeting", confidence: 0.5, entities: []).jsonLine
    #expect(quoted == #"{"text":"say \"hi\"\n","intent":"greeting","confidence":0.5000,"entities":[]}"#)
  }
}
