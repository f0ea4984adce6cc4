import MeshShopWords

/// Product attributes of a search besides colour and price: sizes ("size 10", "sz M", "XL", "EU 42",
/// "W30 L32", "32/32") and brands (a gazetteer, multi-word names included).
enum ProductAttributes {
  /// Size words, the dialogue policy's too (`ShopWords`).
  static let letterSizes = ShopWords.letterSizes
  static let standaloneSizes = ShopWords.standaloneSizes
  static let sizeSystems = ShopWords.sizeSystems
  static let brands: [[String]] = """
    nike|adidas|puma|reebok|new balance|asics|converse|vans|levi's|levis|zara|h&m|uniqlo|gucci|prada|apple|samsung|
    sony|lg|dyson|bosch|philips|lego|ikea|calvin klein|tommy hilfiger|ralph lauren|hugo boss|michael kors|
    the north face|north face|patagonia|ray-ban|rayban|kitchenaid|le creuset|dr. martens|dr martens|canon|nikon|
    xiaomi|huawei|google|microsoft|lenovo|hp|dell|asus|acer|nintendo|playstation|xbox|under armour|champion|fila|
    timberland|ugg|birkenstock|crocs|skechers|carhartt|ted baker|kate spade|guess|diesel|mango|gap|hollister|
    abercrombie|lacoste|fred perry|burberry|chanel|dior|armani|versace|fendi|balenciaga|moncler|columbia|
    salomon|garmin|fitbit|bose|jbl|beats|logitech|razer|corsair|braun|oral-b|nespresso|delonghi|smeg|tefal|
    miele|siemens|whirlpool|hoover|vileda|karcher|kärcher|makita|dewalt|black+decker|stanley|casio|seiko|
    swatch|fossil|rolex|omega|pandora|swarovski|mac|clinique|estée lauder|estee lauder|loreal|l'oréal|nivea|
    dove|gillette|victoria's secret|michael kors|coach|longchamp|samsonite|tumi|jack wolfskin|helly hansen
    """.split(separator: "|").map { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) }
    .filter { !$0.isEmpty }

  /// Size and brand entities of `tokens`.
  static func extract(_ tokens: [Token], scalars: [Unicode.Scalar]) -> [Entity] {
    var out: [Entity] = []
    func span(_ a: Int, _ b: Int) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[a..<b])
      return String(view)
    }
    var i = 0
    while i < tokens.count {
      let t = tokens[i]
      // "size 10", "size: M", "sz 42", "in size xl", "size EU 42"
      if ["size", "sz", "sizes", "taille", "größe", "grösse", "talla"].contains(t.lower) {
        var j = i + 1
        if j < tokens.count && tokens[j].text == ":" { j += 1 }
        if j + 1 < tokens.count, sizeSystems.contains(tokens[j].lower), tokens[j + 1].isNumber {
          out.append(Entity(type: "size", value: span(tokens[j].start, tokens[j + 1].end).uppercased(),
                            start: tokens[j].start, end: tokens[j + 1].end))
          i = j + 2
          continue
        }
        if j < tokens.count, isSizeValue(tokens[j]) {
          out.append(Entity(type: "size", value: tokens[j].text.uppercased(), start: tokens[j].start, end: tokens[j].end))
          i = j + 1
          continue
        }
      }
      // "EU 42", "UK 8" written in capitals
      if sizeSystems.contains(t.lower), t.text == t.text.uppercased(), i + 1 < tokens.count, tokens[i + 1].isNumber,
         tokens[i + 1].text.count <= 4 {
        out.append(Entity(type: "size", value: span(t.start, tokens[i + 1].end).uppercased(), start: t.start,
                          end: tokens[i + 1].end))
        i += 2
        continue
      }
      // "W30 L32", "32/32"
      if t.isWord, waist(t.lower), i + 1 < tokens.count, length(tokens[i + 1].lower) {
        out.append(Entity(type: "size", value: span(t.start, tokens[i + 1].end).uppercased(), start: t.start,
                          end: tokens[i + 1].end))
        i += 2
        continue
      }
      if t.isWord, standaloneSizes.contains(t.lower) || inseam(t.text) {
        out.append(Entity(type: "size", value: t.text.uppercased(), start: t.start, end: t.end))
        i += 1
        continue
      }
      // Brands, longest first.
      var matched = false
      for brand in brands where i + brand.count <= tokens.count {
        if (0..<brand.count).allSatisfy({ tokens[i + $0].lower == brand[$0] }) {
          let end = tokens[i + brand.count - 1].end
          out.append(Entity(type: "brand", value: brand.joined(separator: " "), start: t.start, end: end))
          i += brand.count
          matched = true
          break
        }
      }
      if !matched { i += 1 }
    }
    return out
  }

  static func isSizeValue(_ t: Token) -> Bool {
    if letterSizes.contains(t.lower) { return true }
    if t.isNumber, t.text.count <= 4, !t.text.contains("," as Character) { return true }
    return inseam(t.text) || t.lower.count <= 4 && t.hasDigit && (t.lower.hasSuffix("r") || t.lower.hasSuffix("l")
                                                                  || t.lower.hasSuffix("s"))
  }

  /// "32/32": waist and length.
  static func inseam(_ s: String) -> Bool {
    let parts = s.split(separator: "/", omittingEmptySubsequences: false)
    return parts.count == 2 && parts.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isNumber) }
  }

  static func waist(_ s: String) -> Bool { s.count == 3 && s.hasPrefix("w") && s.dropFirst().allSatisfy(\.isNumber) }
  static func length(_ s: String) -> Bool { s.count == 3 && s.hasPrefix("l") && s.dropFirst().allSatisfy(\.isNumber) }
}
