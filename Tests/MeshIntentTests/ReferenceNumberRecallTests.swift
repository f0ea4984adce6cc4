import Testing
import MeshIntent

/// Span recall of order, tracking and invoice numbers on `ReferenceNumberTestMessages` (never used
/// to train anything), and reference numbers made up where there are none.
@Suite struct ReferenceNumberRecallTests {
  static let referenceTypes: Set<String> = ["order_number", "tracking_number", "invoice_number"]

  @Test func spanRecallAndFalseFinds() {
    let r = measure(ReferenceNumberTestMessages.messages, name: "test messages")
    #expect(r.messages >= 200)
    #expect(r.recall >= 0.95)
    #expect(r.spurious <= 3)
  }

  /// The set written after tuning: reported, with a floor well below the tuned set's figure.
  @Test func checkSet() {
    let r = measure(ReferenceNumberTestMessages.checkMessages, name: "check set (not tuned against)")
    #expect(r.recall >= 0.8)
    #expect(r.spurious <= 2)
  }

  func measure(_ messages: [ReferenceNumberTestMessages.Message], name: String)
    -> (messages: Int, recall: Double, spurious: Int) {
    let extractor = EntityExtractor()
    var gold = 0, found = 0, spurious = 0
    var misses: [String] = []
    for m in messages {
      let entities = extractor.extract(from: m.text).filter { Self.referenceTypes.contains($0.type) }
      for g in m.gold {
        gold += 1
        if entities.contains(where: { $0.type == g.type && $0.start == g.start && $0.end == g.end }) {
          found += 1
        } else {
          misses.append("miss \(g.type) [\(g.start)..<\(g.end)] in: \(m.text) -> \(entities.map { "\($0.type) '\($0.value)'" })")
        }
      }
      for e in entities where !m.gold.contains(where: { $0.start < e.end && e.start < $0.end }) {
        spurious += 1
        misses.append("spurious \(e.type) '\(e.value)' in: \(m.text)")
      }
    }
    let recall = Double(found) / Double(max(gold, 1))
    print("reference numbers, \(name): \(messages.count) messages, \(gold) marked spans, \(found) found exactly "
          + "(span recall \(recall)), \(spurious) spurious finds")
    for line in misses { print("  " + line) }
    return (messages.count, recall, spurious)
  }
}
