import Testing
import MeshIntent

/// `mesh nlu eval --heldout`'s training data: the scored lines left out, `--also-train` lines added once.
@Suite struct CommerceEvaluationTrainingTests {
  static let coarse = [(text: "where is my order", label: "order_status"), (text: "hi", label: "greeting")]
  static let grouped = coarse + [(text: "track my parcel", label: "order_status")]
  static let fine = [(text: "track my parcel", label: "order.track"), (text: "hello", label: "greeting")]

  @Test func scoredLinesAreLeftOutOfEveryModelsData() {
    let t = CommerceEvaluationTraining(scored: ["Where is my order", "Track my parcel"], coarse: Self.coarse,
                                       grouped: Self.grouped, fine: Self.fine)
    #expect(t.coarse.map(\.text) == ["hi"])
    #expect(t.grouped.map(\.text) == ["hi"])
    #expect(t.fine.map(\.text) == ["hello"])
    #expect(t.leftOut == 2 && t.added == 0 && !t.isShipped)
  }

  @Test func unseenScoredLinesLeaveTheDataAsShipped() {
    let t = CommerceEvaluationTraining(scored: ["cancel it"], coarse: Self.coarse, grouped: Self.grouped, fine: Self.fine)
    #expect(t.isShipped && t.grouped.count == 3 && t.coarse.count == 2 && t.fine.count == 2)
  }

  /// Added lines train both coarse models, once, and never when they are scored or already trained on.
  @Test func addedLinesTrainTheCoarseModelsOnce() {
    let extra = [(text: "cancel it", label: "cancel_order"), (text: "CANCEL IT", label: "cancel_order"),
                 (text: "hi", label: "greeting"), (text: "is it late", label: "order_status")]
    let t = CommerceEvaluationTraining(scored: ["is it late"], extra: extra, coarse: Self.coarse,
                                       grouped: Self.grouped, fine: Self.fine)
    #expect(t.added == 1 && t.leftOut == 0 && !t.isShipped)
    #expect(t.coarse.map(\.text) == ["where is my order", "hi", "cancel it"])
    #expect(t.grouped.map(\.label) == ["order_status", "greeting", "order_status", "cancel_order"])
    #expect(t.fine.count == 2)
  }

  /// With the shipped data, a pooled set's lines are all left out (its run is leave-one-set-out), and a
  /// set no model trains on leaves the data as shipped.
  @Test func aPooledSetIsScoredWithoutItsLines() throws {
    let shipped = CommerceEvaluationTraining(scored: ["a message no training line has, surely: qwxz 8812"])
    #expect(shipped.isShipped && shipped.grouped.count == CommerceGroupedUtterances.pairs().count)
    // The last coarse lines are pooled ones.
    let some = Array(CommerceModel.utterances.suffix(50).map(\.text))
    let t = CommerceEvaluationTraining(scored: some)
    #expect(t.leftOut >= 50)
    let kept = Set(t.coarse.map { $0.text.lowercased() })
    #expect(!some.contains { kept.contains($0.lowercased()) })
  }
}
