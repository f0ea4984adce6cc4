import Testing
@testable import MeshPII

/// Names in another script inside Latin-script chat (heldout8's author wrote some in Cyrillic, Greek, Arabic
/// and CJK): a short run of such words is a name, and what is not a name in those scripts stays: a
/// sentence in the script, greetings and thanks, a whole line in the script, a unit symbol.
@Suite struct OtherScriptNameTests {
  @Test(arguments: [
    ("Иван Петров, заказ 48213, where is it?", ["Иван Петров"]),
    ("the parcel is for Γιώργος Παπαδόπουλος, 2nd floor", ["Γιώργος Παπαδόπουλος"]),
    ("recipient محمد علي please", ["محمد علي"]),
    ("please write 王小明 on the label, he doesn't read English", ["王小明"]),
    ("deliver to 田中 太郎 at the front desk", ["田中 太郎"]),
    ("my friend 김민준 ordered the same one", ["김민준"]),
    ("the name on the box is דוד כהן", ["דוד כהן"]),
    ("it's for राहुल शर्मा, my cousin", ["राहुल शर्मा"]),
  ])
  func namesInOtherScripts(_ text: String, _ names: [String]) {
    let found = PIIDetector(types: [.name]).detect(in: text).map(\.value)
    #expect(found == names, "\(text) -> \(found)")
  }

  @Test(arguments: [
    "Спасибо большое, the parcel came today", "from Sato: 注文番号 20231108-55 の件です", "谢谢, got it",
    "안녕하세요 I have a question", "شكرا for the quick refund", "a 10 kΩ resistor pack", "Привет! any news on my order",
    "Здравствуйте, мой заказ не пришёл", "नमस्ते, where is my order",
  ])
  func nonNamesStay(_ text: String) {
    let found = PIIDetector(types: [.name]).detect(in: text).filter { ScriptCheck.nonLatin($0.value) }
    #expect(found.isEmpty, "\(text) -> \(found.map(\.value))")
  }

  @Test func splitKeepsMarksInTheirWord() {
    var text = "राहुल शर्मा ok"
    let words = text.withUTF8 { OtherScriptNameScanner.split($0) }
    #expect(words.map(\.script) == [.devanagari, .devanagari, .latin])
  }

  @Test func brokenUTF8IsReadWithoutACrash() {
    let bytes: [UInt8] = [0x68, 0x69, 0x20, 0xD0, 0x20, 0xE4, 0xB8, 0x20, 0x6F, 0x6B, 0xD0, 0x98]
    var out: [Candidate] = []
    bytes.withUnsafeBufferPointer { OtherScriptNameScanner.scan($0, into: &out) }
    #expect(out.allSatisfy { $0.start < $0.end && $0.end <= bytes.count })
  }
}

/// Whether a string holds letters beyond Latin (the scanner's findings; the other rules find Latin names).
enum ScriptCheck {
  static func nonLatin(_ s: String) -> Bool { s.unicodeScalars.contains { $0.value >= 0x370 && $0.properties.isAlphabetic } }
}
