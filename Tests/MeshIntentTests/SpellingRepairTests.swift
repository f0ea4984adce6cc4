@testable import MeshIntent
import MeshShopWords
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
    let guarded = SpellingRepair(counts: ["from": 50], isWord: { $0 == "form" })
    #expect(guarded.repaired("the form") == "the form")
    #expect(SpellingRepair(counts: ["from": 50]).repaired("the form") == "the from")
    // Without a vocabulary, a word the training holds often enough is its own ("form" 5 times beside "from" 50).
    #expect(SpellingRepair(counts: ["from": 50, "form": 5]).repaired("the form") == "the form")
  }

  @Test func theNGramFallbacksVocabularyIsDebiansEnglishWordList() {
    // Without the encoder, Debian's word list keeps a correct word from becoming a common training word one edit away
    // ("form" is no "from" with two letters swapped), while a misspelt one is still mended.
    let counts = ["from": 200, "cancel": 200]
    #expect(SpellingRepair(counts: counts).repaired("the form, cancle it") == "the from, cancel it")
    #expect(SpellingRepair(counts: counts, isWord: SpellingRepair.englishWord).repaired("the form, cancle it") == "the form, cancel it")
    #expect(SpellingRepair.englishWord("form") && SpellingRepair.englishWord("rain") && !SpellingRepair.englishWord("cancle"))
    // One word a line, any case; entries with an apostrophe are left out (the readers split words there).
    let list = EnglishWordList(text: "Rain\ntrain\ncan't\n\n")
    #expect(list.contains("RAIN") && list.contains("train") && !list.contains("can't") && list.words.count == 2)
  }

  @Test func aNearTieOfTheLikeliestSlipIsLeftAlone() {
    // "baskes" is one wrong letter from both "basket" and "basked", equally common: neither is put in.
    let tie = SpellingRepair(counts: ["basket": 20, "basked": 20])
    #expect(tie.repaired("baskes") == "baskes")
    // A letter left out is likelier than a wrong one: "wher" is "where", not "when", however common "when" is.
    let slips = SpellingRepair(counts: ["where": 20, "when": 200])
    #expect(slips.repaired("wher") == "where")
  }

  @Test func theRepairMendsTowardTheWordsOfTheTrainingItIsGiven() {
    // An evaluation's heads trained without a scored set's lines mend toward the words they were trained on.
    let training = Array(repeating: (text: "where is my parcel ORD-77", label: "order_status"), count: 12)
    let repair = SpellingRepair.counting(training)
    #expect(repair.repaired("wher is my parcle") == "where is my parcel")
    // "ORD" is part of a code: not counted, so "orf" is no misspelt word of it.
    #expect(repair.repaired("orf wher") == "orf where")
    #expect(SpellingRepair.counting([]).repaired("wher is my parcle") == "wher is my parcle")
  }

  @Test func inflectionsOtherLanguagesAndShortWordsOneLetterOffAreLeftAlone() {
    // From the development sets' changed decisions: "thx" became "the", "oat" "out", Spanish "muy" "my" and
    // "productos" "products", "Tuesdays" "Tuesday". A letter too many is a slip only when it doubles its neighbour,
    // and a wrong letter only in a word of six letters or more.
    let repair = SpellingRepair(counts: ["the": 900, "out": 200, "my": 900, "products": 40, "tuesday": 30, "order": 500,
                                         "delivery": 80, "refund": 300])
    #expect(repair.repaired("thx a lot") == "thx a lot")
    #expect(repair.repaired("oat milk") == "oat milk")
    #expect(repair.repaired("muy mal") == "muy mal")
    #expect(repair.repaired("mis productos") == "mis productos")
    #expect(repair.repaired("on Tuesdays") == "on Tuesdays")
    // The slips that stay mended: a letter typed twice, a wrong letter in a long word, a letter left out.
    #expect(repair.repaired("my orderr") == "my order")
    #expect(repair.repaired("delivary time") == "delivery time")
    #expect(repair.repaired("refnd") == "refund")
  }
}
