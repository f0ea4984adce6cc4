/// What the intent heads and the entity extractor read of a message with markup in it: HTML tags, comments,
/// and the code inside `<script>` and `<style>` elements are blanked (tags of HTML's own elements only) (each Unicode scalar a space, so entity
/// offsets stay those of the message). "<script>alert(1)</script> where is ORD-134896" is an order
/// question: the markup is no shopper's words, and read as words it pulled the fine head to out_of_scope
/// and, through its vote, the coarse decision with it. Text with no tag is returned as it is.
enum MarkupBlanking {
  /// `text` with its markup replaced by spaces, scalar for scalar.
  static func blanked(_ text: String) -> String {
    guard text.unicodeScalars.contains("<") else { return text }
    var scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      guard scalars[i] == "<", let end = markupEnd(scalars, from: i) else {
        i += 1
        continue
      }
      for k in i...end { scalars[k] = " " }
      i = end + 1
    }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars)
    return String(out)
  }

  /// What the intent heads read of `text`, blanked as `blanked`: its blanks closed up (the n-gram model's
  /// character n-grams would otherwise see them); the message itself when markup is all it has (an empty text
  /// read as a greeting would answer a bare injection attempt with one).
  static func classified(_ text: String, blanked: String) -> String {
    guard blanked != text else { return text }
    let words = blanked.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return words.contains(where: { $0.isLetter || $0.isNumber }) ? words : text
  }

  /// HTML's elements (those a pasted page or an injection attempt has), lower case.
  static let elements: Set<String> = [
    "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br", "button",
    "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog",
    "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2",
    "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li",
    "link", "main", "map", "mark", "marquee", "math", "menu", "meta", "meter", "nav", "noscript", "object", "ol", "optgroup",
    "option", "output", "p", "param", "picture", "pre", "progress", "q", "s", "samp", "script", "section", "select", "small",
    "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea",
    "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xml", "xmp",
  ]

  /// The last index of the markup starting at `start` (a `<`): a comment, a tag, or a script or style element
  /// with its content when it is closed; nil when the `<` starts no markup ("a < b", "<3").
  static func markupEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
    let n = s.count
    if start + 3 < n, s[start + 1] == "!", s[start + 2] == "-", s[start + 3] == "-" {
      var k = start + 4
      while k + 2 < n {
        if s[k] == "-", s[k + 1] == "-", s[k + 2] == ">" { return k + 2 }
        k += 1
      }
      return nil
    }
    var k = start + 1
    let closing = k < n && s[k] == "/"
    if closing { k += 1 }
    guard k < n, s[k].properties.isAlphabetic, s[k].isASCII else { return nil }
    var name = ""
    while k < n, s[k].isASCII, s[k].properties.isAlphabetic || ("0"..."9").contains(s[k]) {
      name.unicodeScalars.append(s[k])
      k += 1
    }
    // A tag's name ends at white space, "/" or ">"; "<abc123def" with other text after it is not a tag.
    guard k < n, s[k] == ">" || s[k] == "/" || s[k].properties.isWhitespace else { return nil }
    guard let close = s[k...].firstIndex(where: { $0 == ">" || $0 == "<" }), s[close] == ">" else { return nil }
    let lower = name.lowercased()
    // Only HTML's own elements: shoppers put references in angle brackets too ("<order ORD-441020> change the qty").
    guard elements.contains(lower) else { return nil }
    guard !closing, lower == "script" || lower == "style", s[close - 1] != "/" else { return close }
    // The element's content is code, not words: blanked up to its closing tag, when there is one.
    let endTag = Array("</\(lower)".unicodeScalars)
    var j = close + 1
    while j + endTag.count <= n {
      if zip(s[j..<(j + endTag.count)], endTag).allSatisfy({ String($0).lowercased() == String($1) }),
         let last = s[(j + endTag.count)...].firstIndex(of: ">") {
        return last
      }
      j += 1
    }
    return close
  }
}
