import MeshIntent
@testable import MeshNLU
import Testing

/// The far-away out-of-scope texts the blend rule's folds score (`CommerceOutOfFold.farAway`): held out by
/// construction, spread over the five folds, and part of the data the committed rule's fingerprint covers.
@Suite struct CommerceOutOfFoldFarAwayTests {
  @Test func noFarAwayTextIsATrainingUtteranceOrANearnessProbe() {
    let training = Set((CommerceGroupedUtterances.pairs() + CommerceModel.utterances + CommerceFineModel.utterances)
      .map { $0.text.lowercased() })
    for text in CommerceOutOfFold.farAway { #expect(!training.contains(text.lowercased()), "\(text)") }
    #expect(Set(CommerceOutOfFold.farAway.map { $0.lowercased() }).count == CommerceOutOfFold.farAway.count)
    // The texts `InScopeNearnessTests` checks the committed rule on must not be what it was fitted on.
    for probe in ["the mitochondria is the powerhouse of the cell", "in which year did the roman empire fall"] {
      #expect(!CommerceOutOfFold.farAway.contains(probe))
    }
  }

  @Test func theFiveFoldsScoreEveryTextOnceInEqualShares() {
    let folds = (0..<5).map(CommerceOutOfFold.farAwayFold)
    #expect(folds.flatMap { $0 }.sorted() == CommerceOutOfFold.farAway.sorted())
    let share = CommerceOutOfFold.farAway.count / 5
    #expect(folds.allSatisfy { $0.count == share || $0.count == share + 1 })
  }

  @Test func theFingerprintCoversTheFarAwayTexts() {
    let grouped = [(text: "where is my order", label: "order_status")]
    let coarse = [(text: "cancel it", label: "cancel_order")]
    let base = CommerceBlendRule.fingerprint(grouped: grouped, coarse: coarse, farAway: ["why is the sky blue"])
    #expect(base != CommerceBlendRule.fingerprint(grouped: grouped, coarse: coarse, farAway: ["why is the sea blue"]))
    #expect(base != CommerceBlendRule.fingerprint(grouped: grouped, coarse: coarse, farAway: []))
    #expect(CommerceOutOfFold.fitsWithFarAway)
    #expect(CommerceBlendRule.fingerprint
            == CommerceBlendRule.fingerprint(grouped: CommerceGroupedUtterances.pairs(), coarse: CommerceModel.utterances,
                                             farAway: CommerceOutOfFold.farAway))
  }
}
