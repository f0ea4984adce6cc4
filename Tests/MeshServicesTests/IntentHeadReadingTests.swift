import Foundation
import MeshEncoder
import MeshIntent
import MeshNLUService
import Testing

/// `IntentHeadReading`, the one path by which the nlu service and `mesh nlu eval --heldout` read a message: the service's
/// engine decides a misspelt message as it decides the mended one, an engine given no repair reads the words as written
/// (the eval's "no spelling repair" line), and the encoder's vocabulary keeps a real word from being "mended".
@Suite struct IntentHeadReadingTests {
  static let engine = FineIntentEngine(backend: .ngram(fine: CommerceFineModel.shared, coarse: CommerceModel.shared))

  @Test func theServiceDecidesAMisspeltMessageAsTheMendedOne() {
    let misspelt = ["cna i retrun this", "cancle my ordr ORD-2024-000123", "wher is my pakage?"]
    let mended = ["can i return this", "cancel my order ORD-2024-000123", "where is my package?"]
    #expect(misspelt.map { IntentHeadReading.ngram.headText($0) } == mended)
    for (a, b) in zip(Self.engine.analyze(misspelt), Self.engine.analyze(mended)) {
      #expect(a.intent == b.intent && a.group == b.group && a.groupConfidence.bitPattern == b.groupConfidence.bitPattern)
    }
    // The entities are read from the message as written: the order number's offsets are the misspelt message's.
    let order = Self.engine.analyze(misspelt[1]).entities.first { $0.type == "order_number" }
    #expect(order?.start == 15 && order?.end == 30)
  }

  @Test func anEngineWithoutTheRepairReadsTheWordsAsWritten() {
    let written = FineIntentEngine(backend: .ngram(fine: CommerceFineModel.shared, coarse: CommerceModel.shared),
                                   reading: IntentHeadReading(spelling: nil))
    let text = "cna i retrun this"
    #expect(IntentHeadReading(spelling: nil).headText(text) == text)
    let analysis = written.analyze(text)
    #expect(analysis.group == CommerceModel.shared.classify(text).intent)
    #expect(analysis.groupConfidence.bitPattern == CommerceModel.shared.classify(text).confidence.bitPattern)
    // Markup is closed up whatever the repair.
    #expect(IntentHeadReading(spelling: nil).headText("<b>wher</b> is it") == "wher is it")
    #expect(IntentHeadReading.ngram.headText("<b>wher</b> is it") == "where is it")
  }

  @Test func theEncodersVocabularyKeepsARealWordAsWritten() throws {
    // A tokenizer whose vocabulary has "form" (a real word, rare in the training lines) and not "retrun".
    let vocabulary = ["[PAD]": 0, "[UNK]": 100, "[CLS]": 101, "[SEP]": 102, "the": 1, "form": 2, "from": 3, "return": 4]
    let json = try JSONSerialization.data(withJSONObject: ["model": ["type": "WordPiece", "vocab": vocabulary]])
    let tokenizer = try WordPieceTokenizer(tokenizerJSON: json)
    let training = Array(repeating: (text: "return from the", label: "x"), count: 30)
    let reading = IntentHeadReading.encoder(tokenizer, training: training)
    #expect(reading.headText("the form retrun") == "the form return")
    #expect(IntentHeadReading(spelling: .counting(training)).headText("the form retrun") == "the from return")
  }
}
