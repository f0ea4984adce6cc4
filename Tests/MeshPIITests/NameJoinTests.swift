import Testing
@testable import MeshPII

/// Names that a found name vouches for (piiname38b): the given name or initial right before it, a lower-case
/// name after a lower-case one, names listed with it by "and" or commas; and the look-alikes where those words
/// are words, places or brands. `ContextNameScanner.joinNames` is run on findings given by hand, so the tests
/// hang on neither the other rules nor the tagger's weights.
@Suite struct NameJoinTests {
  /// The name findings after `joinNames`, starting from the first occurrence of each of `found`.
  func joined(_ text: String, _ found: [String]) -> [String] {
    var text = text
    return text.withUTF8 { b -> [String] in
      let bytes = Array(b)
      var all: [Candidate] = found.compactMap { f in
        let needle = Array(f.utf8)
        guard let s = (0...(bytes.count - needle.count)).first(where: { Array(bytes[$0..<$0 + needle.count]) == needle })
        else { return nil }
        return Candidate(type: .name, start: s, end: s + needle.count)
      }
      ContextNameScanner.joinNames(b, ByteWords.split(b), &all)
      return all.sorted { $0.start < $1.start }
        .map { String(decoding: UnsafeBufferPointer(rebasing: b[$0.start..<$0.end]), as: UTF8.self) }
    }
  }

  @Test(arguments: [
    ("Hope Baptiste here, invoice attached", ["Baptiste"], ["Hope Baptiste"]),
    ("Washington Mbeki asked about fees", ["Mbeki"], ["Washington Mbeki"]),
    ("May Patel will be in", ["Patel"], ["May Patel"]),
    ("signed by: J Frost", ["Frost"], ["J Frost"]),
    ("signed by: J. Frost", ["Frost"], ["J. Frost"]),
    ("mohammad ali ordered 2", ["mohammad"], ["mohammad ali"]),
    ("Rose and Ivy are my daughters", ["Ivy"], ["Rose", "Ivy"]),
    ("Pat and Sam both have keys", ["Sam"], ["Pat", "Sam"]),
    ("Frost, Banks and Lamb: the three surnames", ["Frost"], ["Frost", "Banks", "Lamb"]),
    ("Terrence Banks, Milo Frost, June Lamb", ["Terrence Banks", "Milo Frost"],
     ["Terrence Banks", "Milo Frost", "June Lamb"]),
    ("cc xiaolin and bo", ["xiaolin"], ["xiaolin", "bo"]),
    ("Grace O'Malley and Will de Vries", ["Grace O'Malley", "de Vries"], ["Grace O'Malley", "Will de Vries"]),
  ])
  func addsNamesBesideAFoundName(_ text: String, _ found: [String], _ expected: [String]) {
    #expect(joined(text, found) == expected, "\(text): \(joined(text, found))")
  }

  @Test(arguments: [
    ("Thanks Baptiste, invoice attached", ["Baptiste"], ["Baptiste"]),
    ("I Frost the cake myself", ["Frost"], ["Frost"]),
    ("à l'attention de M. Pierre Lacombe", ["Pierre Lacombe"], ["Pierre Lacombe"]),
    ("bonjour M. Lacombe", ["Lacombe"], ["Lacombe"]),
    ("Miss Baptiste will collect", ["Baptiste"], ["Baptiste"]),
    ("Ok Baptiste, thanks", ["Baptiste"], ["Baptiste"]),
    ("Can Patel check it", ["Patel"], ["Patel"]),
    ("Priya Priya Nair sorry", ["Priya", "Priya Nair"], ["Priya", "Priya Nair"]),
    ("Tesfaye Bekele, Addis, need to change the phone", ["Tesfaye Bekele"], ["Tesfaye Bekele"]),
    ("thanks Tom, Great service", ["Tom"], ["Tom"]),
    ("Sarah and the driver", ["Sarah"], ["Sarah"]),
    ("Sarah and May is fine", ["Sarah"], ["Sarah"]),
    ("Sarah and Amazon both said so", ["Sarah"], ["Sarah"]),
    ("ask anna and will tell you", ["anna"], ["anna"]),
    ("liu said yes", ["liu"], ["liu"]),
    ("bought it at Marks and Spencer", ["Spencer"], []),
    ("Iris Marks and Owen Spencer both need a copy", ["Iris Marks", "Owen Spencer"], ["Iris Marks", "Owen Spencer"]),
  ])
  func leavesWordsPlacesAndBrands(_ text: String, _ found: [String], _ expected: [String]) {
    #expect(joined(text, found) == expected, "\(text): \(joined(text, found))")
  }
}
