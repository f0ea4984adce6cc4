import MeshDialogue
import MeshIntent
import MeshNLU
import Testing

/// The dialogue policy's confidence floor against the nlu service's own out-of-scope decisions.
///
/// The service decides out of scope (the blend rule's threshold with the encoder, the n-gram model's threshold
/// without it) and sends that decision's confidence; a policy floor above either threshold would answer "not
/// understood" to in-scope decisions the service made (stop 41: at 0.4 under a 0.13 threshold, 1.4 points of
/// heldout26). A refit that lowers a threshold under the floor must fail here, not silently refuse answers.
@Suite struct PolicyConfidenceFloorTests {
  @Test func floorIsUnderTheCommittedBlendRulesThreshold() {
    let floor = DialoguePolicy().minimumConfidence
    #expect(floor <= Double(CommerceBlendRule.committed.threshold),
            "the policy's floor \(floor) is over the blend rule's threshold \(CommerceBlendRule.committed.threshold)")
  }

  @Test func floorIsUnderTheNgramFallbacksThreshold() {
    // Without the encoder's weights the coarse n-gram model decides, with its own fitted threshold.
    let floor = DialoguePolicy().minimumConfidence
    #expect(floor <= Double(CommerceModel.shared.threshold),
            "the policy's floor \(floor) is over the n-gram model's threshold \(CommerceModel.shared.threshold)")
  }
}
