import Foundation

/// Country names and codes as the user types them ("Germany", "de", "the UK") as ISO 3166-1 alpha-2 codes,
/// from Foundation's region list with English names (the shipping service takes codes only).
enum Countries {
  /// Lower-cased English name → code, plus the everyday names the region list does not carry.
  static let byName: [String: String] = {
    let english = Locale(identifier: "en_US")
    var names: [String: String] = [:]
    for region in Locale.Region.isoRegions where region.identifier.count == 2 && region.identifier.allSatisfy(\.isLetter) {
      if let name = english.localizedString(forRegionCode: region.identifier) { names[name.lowercased()] = region.identifier }
    }
    for (alias, code) in ["usa": "US", "america": "US", "the us": "US", "the usa": "US", "united states of america": "US",
                          "uk": "GB", "the uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
                          "wales": "GB", "holland": "NL", "the netherlands": "NL"] {
      names[alias] = code
    }
    return names
  }()

  static let codes: Set<String> = Set(byName.values)

  /// The code of a whole answer ("France", "to germany", "FR"); nil when it names no country.
  static func code(for text: String) -> String? {
    var name = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)).lowercased()
    for prefix in ["to ", "in ", "ship to ", "deliver to "] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
    if let code = byName[name] { return code }
    if name.count == 2, codes.contains(name.uppercased()) { return name.uppercased() }
    return nil
  }

  /// The country a message names after "to" or "in" ("ship 10 lbs to the us"), for when the extractor found none;
  /// by name or everyday alias only (a two-letter word after "to" is too often English: "to me", "to be").
  static func named(in text: String) -> String? {
    let words = text.lowercased().split { !$0.isLetter }.map(String.init)
    for (index, word) in words.enumerated() where word == "to" || word == "in" {
      // "to the united kingdom": the name with and without its article ("the us" is an alias as it is).
      let starts = index + 1 < words.count && words[index + 1] == "the" ? [index + 1, index + 2] : [index + 1]
      for start in starts {
        for length in stride(from: 3, through: 1, by: -1) where start + length <= words.count {
          if let code = byName[words[start..<(start + length)].joined(separator: " ")] { return code }
        }
      }
    }
    return nil
  }

  /// "Germany (DE)" for a code, or the code alone when no name is known.
  static func name(of code: String) -> String {
    Locale(identifier: "en_US").localizedString(forRegionCode: code).map { "\($0) (\(code))" } ?? code
  }
}
