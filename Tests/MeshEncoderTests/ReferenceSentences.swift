/// Two hundred test sentences made from fixed parts by a seeded generator: short and long (past
/// 256 tokens), empty and blank, emoji, accents, CJK, Arabic, Cyrillic, punctuation, numbers, control
/// characters, words past WordPiece's 100-character limit, and special tokens typed as text.
enum ReferenceSentences {
  static let fixed: [String] = [
    "", " ", "\n\t ", "hello", "Hello, World!", "where is my order #12345?",
    "I want a refund for order ORD-2024-000123 please", "Café crème brûlée, naïve façade, São Paulo, Zürich",
    "ÀÉÎÕÜ àéîõü ñÑ çÇ ß ø å æ œ", "İstanbul ıi ǅ ﬁ ﬀ", "Ελληνικά γράμματα και τόνοι",
    "我想退货，订单号是12345。", "这个手机多少钱？有没有蓝色的", "日本語のテキストとカタカナ、ひらがな", "한국어 문장도 있습니다",
    "مرحبا، أين طلبي؟ رقم الطلب ١٢٣٤٥", "Привет! Где мой заказ? Номер 12345, доставка в Москву.",
    "😀😃😄 great service 👍🏽 👨‍👩‍👧‍👦 ❤️ 🇩🇪", "emoji only 🤖🛒📦🚚",
    "!!!???...,,,;;;:::---___***&&&%%%$$$###@@@", "((([[[{{{<<<>>>}}}]]])))", "\"quoted\" 'single' «guillemets» „low“ — dash – ndash …",
    "1234567890 3.14159 -42 1,000,000 0.5% $19.99 €5 ¥300 £12.50 1e10", "call +1 (555) 123-4567 or 555.123.4567",
    "tab\tseparated\tvalues\nand\r\nnewlines", "zero\u{0}width\u{200B}space\u{200D}joiner\u{FEFF}bom\u{FFFD}replacement",
    "control \u{1}\u{7}\u{1B} chars \u{7F} and \u{85} next line \u{A0} nbsp \u{3000} ideographic space",
    "[CLS] typed [SEP] tokens [PAD] and [MASK] and [UNK] inside", "[cls] lower [sep]", "a[SEP]b",
    "https://example.com/path?query=1&x=y#frag mail me at a.b@example.org",
    String(repeating: "a", count: 100), String(repeating: "b", count: 101), String(repeating: "é", count: 150),
    "supercalifragilisticexpialidocious antidisestablishmentarianism pneumonoultramicroscopicsilicovolcanoconiosis",
    "ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３", "Ⅻ ① ² ½ ™ © ®", "math ∑∫√∞≠≤≥ ± × ÷", "hebrew שלום and thai สวัสดี and hindi नमस्ते",
    "combining a\u{301} e\u{300} o\u{308} n\u{303}", "private \u{E000} use and \u{10FFFF} last", "tag \u{E0001} and unassigned \u{30000}\u{2FFFF} and a\u{10FFFF}b",
  ]

  static let words = ["order", "refund", "where", "is", "my", "package", "cancel", "the", "delivery", "address",
                      "change", "password", "account", "price", "shipping", "invoice", "tracking", "number",
                      "please", "help", "Café", "naïve", "über", "straße", "заказ", "доставка", "طلب", "شحن",
                      "订单", "退款", "😀", "📦", "!", "?", "...", ",", "#12345", "ORD-2024-000123", "€19.99",
                      "2024-01-31", "tomorrow", "ASAP!!!", "don't", "can't", "e-mail", "co-op", "x", "I"]

  /// Every sentence of the test: the fixed ones, then generated ones of many lengths.
  static func all(count: Int = 200) -> [String] {
    var rng = SplitMix64(seed: 12)
    var out = fixed
    while out.count < count {
      let kind = out.count % 25
      // Mostly short (3-20 words); one in twenty-five long enough to pass 256 tokens.
      let length = kind == 0 ? 200 + Int(rng.next() % 300) : 3 + Int(rng.next() % 18)
      var words: [String] = []
      for _ in 0..<length { words.append(Self.words[Int(rng.next() % UInt64(Self.words.count))]) }
      out.append(words.joined(separator: rng.next() % 7 == 0 ? "" : " "))
    }
    return out
  }
}

/// A small deterministic generator (SplitMix64), so every run tests the same sentences.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
