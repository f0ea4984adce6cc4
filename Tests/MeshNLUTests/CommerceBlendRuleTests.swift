import MeshIntent
@testable import MeshNLU
import Testing

/// The coarse blend rule committed for the nlu service, and the fingerprint that says which data it fits.
@Suite struct CommerceBlendRuleTests {
  @Test func committedRuleWasFittedOnTheShippedData() {
    // A data change makes the service fit the rule at its first start (minutes in a debug build): refresh
    // the two values from `mesh nlu eval --commerce` instead.
    let current = CommerceBlendRule.fingerprint
    #expect(current == CommerceBlendRule.fittedOn,
            "the commerce data changed (fingerprint 0x\(String(current, radix: 16))): run `mesh nlu eval --commerce` and commit its rule and fingerprint in CommerceBlendRule.swift")
    #expect(CommerceBlendRule.current == (current == CommerceBlendRule.fittedOn ? CommerceBlendRule.committed : nil))
  }

  @Test func committedRuleTestsNearnessByNeighboursOnly() {
    // The service keeps the in-scope training vectors with the cached head for the neighbour test
    // (`FineIntentEngine`); centroids did not help in cross-validation and are not kept.
    #expect(CommerceBlendRule.committed.minimumCentroidCosine == nil)
    #expect((0...1).contains(CommerceBlendRule.committed.minimumNeighbourCosine ?? -1))
    #expect((0...1).contains(CommerceBlendRule.committed.threshold))
    #expect(CommerceOutOfFold.usesNeighbours == (CommerceBlendRule.committed.minimumNeighbourCosine != nil))
  }

  @Test func committedRuleGivesTheFineHeadItsVoteWhenTheServiceUsesIt() {
    // The fine weight is fitted only when the folds carry the fine head's vote (`CommerceOutOfFold.usesFineVote`).
    let weight = CommerceBlendRule.committed.fineWeight ?? 0
    #expect(CommerceOutOfFold.usesFineVote || weight == 0)
    #expect(BlendedDecisionRule.candidateFineWeights.contains(weight))
  }

  @Test func fingerprintChangesWithAnyTextLabelOrSide() {
    let grouped = [(text: "where is my order", label: "order_status"), (text: "hi there", label: "greeting")]
    let coarse = [(text: "cancel it", label: "cancel_order")]
    let base = CommerceBlendRule.fingerprint(grouped: grouped, coarse: coarse)
    #expect(base == CommerceBlendRule.fingerprint(grouped: grouped, coarse: coarse))
    var relabelled = grouped
    relabelled[1].label = "out_of_scope"
    #expect(base != CommerceBlendRule.fingerprint(grouped: relabelled, coarse: coarse))
    var reworded = coarse
    reworded[0].text = "cancel it now"
    #expect(base != CommerceBlendRule.fingerprint(grouped: grouped, coarse: reworded))
    // The same utterance on the other side is other data: it trains the n-gram model, not the head.
    #expect(base != CommerceBlendRule.fingerprint(grouped: [grouped[0]], coarse: [grouped[1]] + coarse))
    #expect(base != CommerceBlendRule.fingerprint(grouped: grouped + coarse, coarse: []))
  }
}
