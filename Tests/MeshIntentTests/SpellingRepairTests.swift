@testable import MeshIntent
import Testing

/// Misspelt need words mended against the commerce training vocabulary: the likeliest slip's common word, one edit
/// away; names, codes, real words and near ties left as written.
@Suite struct SpellingRepairTests {
  static let repair = SpellingRepair.commerce()

  @Test func misspeltNeedWordsBecomeTheCommonTrainingWordOneEditAway() {
    #expect(Self.repair.repaired("cna i retrun this") == "can i return this")
    #expect(Self.repair.repaired("cancle my ordr") == "cancel my order")
    #expect(Self.repair.repaired("wher is my pakage?") == "where is my package?")
    // Case and punctuation stay as written.
    #expect(Self.repair.repaired("Wher is it, please!") == "Where is it, please!")
  }

  @Test func codesNamesAndKnownWordsAreLeftAsWritten() {
    // Letters beside digits or a hyphen are a code's; capitals past the first letter a name's; a common word stays.
    #expect(Self.repair.repaired("ORD-1234 and A1B2") == "ORD-1234 and A1B2")
    #expect(Self.repair.repaired("my iPhne from DHLx") == "my iPhne from DHLx")
    #expect(Self.repair.repaired("where is my order") == "where is my order")
    #expect(Self.repair.repaired("send it to Gartenweg 8") == "send it to Gartenweg 8")
    // A real word of the encoder's vocabulary is not mended, however rare in training.
    let guarded = SpellingRepair(counts: ["card": 50], isWord: { $0 == "cart" })
    #expect(guarded.repaired("my cart") == "my cart")
    #expect(SpellingRepair(counts: ["card": 50]).repaired("my cart") == "my card")
    // Without a vocabulary, a word the training holds often enough is its own ("cart" 5 times beside "card" 50).
    #expect(SpellingRepair(counts: ["card": 50, "cart": 5]).repaired("my cart") == "my cart")
  }

  @Test func aNearTieOfTheLikeliestSlipIsLeftAlone() {
    // "bat" is one wrong letter from both "bag" and "bar", equally common: neither is put in.
    let tie = SpellingRepair(counts: ["bag": 20, "bar": 20])
    #expect(tie.repaired("bat") == "bat")
    // A letter left out is likelier than a wrong one: "wher" is "where", not "when", however common "when" is.
    let slips = SpellingRepair(counts: ["where": 20, "when": 200])
    #expect(slips.repaired("wher") == "where")
  }
}
