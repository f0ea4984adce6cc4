public import Foundation

/// BERT's tokenizer as a model's `tokenizer.json` (or `vocab.txt`) describes it: the special tokens
/// matched in the raw text, the BERT normaliser (clean text, CJK characters split, accents stripped after
/// NFD, lower-casing), splitting on whitespace and punctuation, then greedy longest-match WordPiece with
/// `##` continuations; `[CLS]` … `[SEP]` around at most `maxLength` ids.
public struct WordPieceTokenizer: Sendable {
  /// Token ids by token.
  let vocabulary: [String: Int32]
  /// Special tokens matched verbatim in the raw text before normalisation (`[CLS]`, `[SEP]`, ...).
  let specialTokens: [(text: [Unicode.Scalar], id: Int32)]
  /// The id of `[UNK]`, `[CLS]`, `[SEP]` and `[PAD]`.
  public let unknownID: Int32, classID: Int32, separatorID: Int32, paddingID: Int32
  /// The most ids one text becomes, `[CLS]` and `[SEP]` included.
  public let maxLength: Int
  /// Longer words than this (in Unicode scalars) become `[UNK]`.
  let maxCharactersPerWord: Int
  /// Normaliser switches.
  let cleanText: Bool, splitChineseCharacters: Bool, stripAccents: Bool, lowercase: Bool
  /// The continuation prefix (`##`).
  let continuationPrefix: String

  /// The vocabulary size.
  public var vocabularySize: Int { vocabulary.count }

  /// Reads `tokenizer.json` in `directory` if present, otherwise `vocab.txt` with BERT uncased defaults.
  /// - Parameters:
  ///   - directory: the model folder.
  ///   - maxLength: the most ids per text (the sentence-transformers setting of all-MiniLM-L6-v2 is 256).
  /// - Throws: `EncoderError.badModelFile` when neither file is usable.
  public init(directory: URL, maxLength: Int = 256) throws {
    let json = directory.appendingPathComponent("tokenizer.json")
    if let data = FileManager.default.contents(atPath: json.path) {
      try self.init(tokenizerJSON: data, maxLength: maxLength)
    } else {
      let path = directory.appendingPathComponent("vocab.txt").path
      guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        throw EncoderError.badModelFile(path, "cannot read tokenizer.json or vocab.txt")
      }
      var vocabulary: [String: Int32] = [:]
      for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
        vocabulary[String(line.hasSuffix("\r") ? line.dropLast() : line)] = Int32(i)
      }
      try self.init(vocabulary: vocabulary, specials: ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"],
                    maxLength: maxLength, maxCharactersPerWord: 100, cleanText: true, splitChineseCharacters: true,
                    stripAccents: true, lowercase: true, continuationPrefix: "##", file: path)
    }
  }

  /// Reads a Hugging Face `tokenizer.json` of a BERT WordPiece model.
  /// - Parameters:
  ///   - data: the file's bytes.
  ///   - maxLength: the most ids per text.
  /// - Throws: `EncoderError.badModelFile` when it is not a WordPiece tokenizer.
  public init(tokenizerJSON data: Data, maxLength: Int = 256) throws {
    let file = "tokenizer.json"
    guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
          let model = root["model"] as? [String: Any], model["type"] as? String == "WordPiece",
          let vocab = model["vocab"] as? [String: Int] else {
      throw EncoderError.badModelFile(file, "not a WordPiece tokenizer with a vocabulary")
    }
    var vocabulary: [String: Int32] = [:]
    for (token, id) in vocab {
      guard id >= 0, id < Int(Int32.max) else { throw EncoderError.badModelFile(file, "token id \(id) out of range") }
      vocabulary[token] = Int32(id)
    }
    var specials: [String] = []
    for case let added as [String: Any] in root["added_tokens"] as? [Any] ?? [] {
      if let content = added["content"] as? String, let id = added["id"] as? Int, id >= 0, id < Int(Int32.max) {
        vocabulary[content] = Int32(id)
        specials.append(content)
      }
    }
    let normalizer = root["normalizer"] as? [String: Any] ?? [:]
    let lowercase = normalizer["lowercase"] as? Bool ?? true
    try self.init(vocabulary: vocabulary, specials: specials, maxLength: maxLength,
                  maxCharactersPerWord: model["max_input_chars_per_word"] as? Int ?? 100,
                  cleanText: normalizer["clean_text"] as? Bool ?? true,
                  splitChineseCharacters: normalizer["handle_chinese_chars"] as? Bool ?? true,
                  // `strip_accents: null` means "as lowercase", as in BERT's uncased models.
                  stripAccents: normalizer["strip_accents"] as? Bool ?? lowercase, lowercase: lowercase,
                  continuationPrefix: model["continuing_subword_prefix"] as? String ?? "##", file: file)
  }

  init(vocabulary: [String: Int32], specials: [String], maxLength: Int, maxCharactersPerWord: Int, cleanText: Bool,
       splitChineseCharacters: Bool, stripAccents: Bool, lowercase: Bool, continuationPrefix: String, file: String) throws {
    func id(_ token: String) throws -> Int32 {
      guard let id = vocabulary[token] else { throw EncoderError.badModelFile(file, "no \(token) token") }
      return id
    }
    guard maxLength >= 2 else { throw EncoderError.badModelFile(file, "maxLength must leave room for [CLS] and [SEP]") }
    self.vocabulary = vocabulary
    // Longest first, so that one special token that prefixes another cannot hide it.
    self.specialTokens = specials.compactMap { s in vocabulary[s].map { (Array(s.unicodeScalars), $0) } }
      .filter { !$0.0.isEmpty }.sorted { $0.0.count > $1.0.count }
    self.unknownID = try id("[UNK]")
    self.classID = try id("[CLS]")
    self.separatorID = try id("[SEP]")
    self.paddingID = try id("[PAD]")
    self.maxLength = maxLength
    self.maxCharactersPerWord = maxCharactersPerWord
    self.cleanText = cleanText
    self.splitChineseCharacters = splitChineseCharacters
    self.stripAccents = stripAccents
    self.lowercase = lowercase
    self.continuationPrefix = continuationPrefix
  }

  /// Whether `word` (lower-cased) is a whole word of the vocabulary, not only a string of its pieces ("cart" is;
  /// "retrun" is "re" and "##trun").
  public func hasWord(_ word: String) -> Bool { vocabulary[word] != nil }

  /// The ids of `text`: `[CLS]`, at most `maxLength - 2` word pieces, `[SEP]`.
  /// - Parameter text: any text.
  public func encode(_ text: String) -> [Int32] {
    var ids: [Int32] = [classID]
    let budget = maxLength - 1
    for piece in splitOnSpecialTokens(Array(text.unicodeScalars)) {
      switch piece {
      case .special(let id):
        ids.append(id)
      case .text(let scalars):
        for word in preTokenize(normalize(scalars)) {
          appendWordPieces(word, to: &ids)
          if ids.count >= budget { break }
        }
      }
      if ids.count >= budget { break }
    }
    if ids.count > budget { ids.removeLast(ids.count - budget) }
    ids.append(separatorID)
    return ids
  }

  /// The word pieces of `text` as strings (for reading and debugging), without `[CLS]` and `[SEP]`.
  /// - Parameter text: any text.
  public func tokens(_ text: String) -> [String] {
    var names: [Int32: String] = [:]
    for (token, id) in vocabulary { names[id] = token }
    return encode(text).dropFirst().dropLast().map { names[$0] ?? "[UNK]" }
  }

  enum Piece { case special(Int32), text([Unicode.Scalar]) }

  /// Cuts the raw text at verbatim occurrences of special tokens, as `added_tokens` with
  /// `normalized: false` are matched before anything else.
  func splitOnSpecialTokens(_ scalars: [Unicode.Scalar]) -> [Piece] {
    guard !specialTokens.isEmpty else { return [.text(scalars)] }
    var pieces: [Piece] = []
    var start = 0, i = 0
    outer: while i < scalars.count {
      for (token, id) in specialTokens where token.count <= scalars.count - i && token[0] == scalars[i] {
        if scalars[i..<(i + token.count)].elementsEqual(token) {
          if start < i { pieces.append(.text(Array(scalars[start..<i]))) }
          pieces.append(.special(id))
          i += token.count
          start = i
          continue outer
        }
      }
      i += 1
    }
    if start < scalars.count { pieces.append(.text(Array(scalars[start...]))) }
    return pieces
  }
}
