import Foundation
@testable import MeshEncoder
import Testing

/// The tokenizer's rules on a tiny vocabulary; the real one is checked against `tokenizers` in
/// ReferenceEncoderTests.
@Suite struct WordPieceTokenizerTests {
  static let vocabulary = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "hello", "world", "un", "##aff", "##able",
                           ",", "!", "cafe", "我", "想", "$", "1", "##2", "a", "##a"]

  func tokenizer(maxLength: Int = 256) throws -> WordPieceTokenizer {
    let vocab = Dictionary(uniqueKeysWithValues: Self.vocabulary.enumerated().map { ($1, $0) })
    let json: [String: Any] = [
      "added_tokens": ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"].enumerated().map { ["id": $0, "content": $1] },
      "normalizer": ["type": "BertNormalizer", "lowercase": true, "clean_text": true, "handle_chinese_chars": true],
      "model": ["type": "WordPiece", "vocab": vocab, "max_input_chars_per_word": 9, "continuing_subword_prefix": "##"],
    ]
    return try WordPieceTokenizer(tokenizerJSON: JSONSerialization.data(withJSONObject: json), maxLength: maxLength)
  }

  @Test func normalisesSplitsAndMatchesLongestPieces() throws {
    let t = try tokenizer()
    #expect(t.tokens("Hello, WORLD!") == ["hello", ",", "world", "!"])
    #expect(t.tokens("unaffable") == ["un", "##aff", "##able"])
    #expect(t.tokens("Café") == ["cafe"], "accents are stripped after NFD")
    #expect(t.tokens("我想") == ["我", "想"], "CJK characters are split")
    #expect(t.tokens("$12") == ["$", "1", "##2"], "ASCII symbols count as punctuation")
    #expect(t.tokens("hel\u{0}lo\u{200B}") == ["hello"], "control and format characters vanish")
    #expect(t.tokens("hello\u{3000}world\u{A0}!") == ["hello", "world", "!"], "Unicode spaces split")
    #expect(t.tokens("aaa aaaaaaaaaa") == ["a", "##a", "##a", "[UNK]"], "past 9 characters a word is [UNK]")
    #expect(t.tokens("xyz hello") == ["[UNK]", "hello"])
    #expect(t.encode("") == [2, 3])
    #expect(t.encode("hello [SEP] world") == [2, 5, 3, 6, 3], "special tokens typed in the text are kept")
  }

  @Test func truncatesToMaxLength() throws {
    let t = try tokenizer(maxLength: 4)
    #expect(t.encode("hello world hello world") == [2, 5, 6, 3])
    #expect(throws: EncoderError.self) { try tokenizer(maxLength: 1) }
  }

  @Test func rejectsAnotherModelType() {
    let json = Data(#"{"model":{"type":"BPE","vocab":{}}}"#.utf8)
    #expect(throws: EncoderError.self) { try WordPieceTokenizer(tokenizerJSON: json) }
  }
}

@Suite struct ModelDirectoryTests {
  @Test func saysClearlyWhenTheWeightsAreMissing() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-model-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    do {
      _ = try ModelDirectory.locate(environment: ["MESH_MODEL_DIR": empty.path])
      Issue.record("an empty folder was accepted")
    } catch let error as EncoderError {
      guard case .unavailable(let why) = error else { Issue.record("wrong error \(error)"); return }
      #expect(why.contains("install-deps.sh"))
    }
    #expect(throws: EncoderError.self) { try SentenceEncoder(directory: empty) }
  }
}
