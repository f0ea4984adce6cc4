import Foundation
import MeshIntent
import MeshPII

/// `mesh pii`: redact personal data from stdin, or measure the detector on the labelled set.
enum PIICommand {
  static let usage = """
    usage: mesh pii redact [--mode mask|placeholder|hash] [--key SECRET]
               one text per line on stdin, the redacted line on stdout; hash mode takes its key from
               --key or the MESH_PII_KEY environment variable
           mesh pii eval [--data FILE] [--mb N] [--words true]
               precision/recall per type on the labelled set (or FILE, lines marked {{type:value}}),
               the share of personal-data words and of other words removed (--words true lists them),
               and throughput in MB/s over about N MB (default 20) of the labelled set and of chat
    """

  /// Runs `mesh pii …`.
  /// - Parameters:
  ///   - arguments: the arguments after `pii`.
  /// - Returns: the process exit status.
  static func run(_ arguments: [String]) async -> Int32 {
    guard let sub = arguments.first else { return fail("missing subcommand") }
    var options: [String: String] = [:]
    var i = 1
    while i < arguments.count {
      let a = arguments[i]
      guard a.hasPrefix("--"), i + 1 < arguments.count else { return fail("unexpected argument \(a)") }
      options[String(a.dropFirst(2))] = arguments[i + 1]
      i += 2
    }
    switch sub {
    case "redact": return redact(options)
    case "eval": return evaluate(options)
    case "-h", "--help", "help": print(usage); return 0
    default: return fail("unknown subcommand \(sub)")
    }
  }

  static func redact(_ options: [String: String]) -> Int32 {
    let mode: PIIRedactor.Mode
    switch options["mode"] ?? "placeholder" {
    case "mask": mode = .mask
    case "placeholder": mode = .placeholder
    case "hash":
      guard let key = options["key"] ?? ProcessInfo.processInfo.environment["MESH_PII_KEY"], !key.isEmpty else {
        return fail("hash mode needs a key: --key SECRET or MESH_PII_KEY")
      }
      mode = .hash(key: Array(key.utf8))
    case let other: return fail("unknown mode \(other)")
    }
    for key in options.keys where key != "mode" && key != "key" { return fail("unknown option --\(key)") }
    let redactor = PIIRedactor(mode: mode)
    while let line = readLine(strippingNewline: true) { print(redactor.redact(line)) }
    return 0
  }

  static func evaluate(_ options: [String: String]) -> Int32 {
    for key in options.keys where key != "data" && key != "mb" && key != "words" { return fail("unknown option --\(key)") }
    var annotated: String?
    if let path = options["data"] {
      guard let data = FileManager.default.contents(atPath: path) else { return fail("cannot read \(path)") }
      annotated = String(decoding: data, as: UTF8.self)
    }
    guard let mb = Double(options["mb"] ?? "20"), mb > 0 else { return fail("--mb takes a positive number") }
    let e = PIIEvaluation(annotated: annotated)
    print("PII detection on \(e.texts) labelled texts (exact span and type)")
    print("type      precision  recall   tp  fp  fn")
    for type in PIIType.allCases {
      let s = e.scores[type] ?? PIIEvaluation.Score()
      print(row(type.rawValue, s))
    }
    print(row("all", e.total))
    for line in e.errors { print("  " + line) }
    let w = PIIWordEvaluation(annotated: annotated)
    print("words removed in placeholder mode (personal data: higher is better; other words: lower is better)")
    for type in PIIType.allCases {
      guard let c = w.personal[type] else { continue }
      print(wordRow(type.rawValue, c))
    }
    print(wordRow("all PII", w.allPersonal))
    print(wordRow("other", w.other))
    if options["words"] != nil { for line in w.errors { print("  " + line) } }
    let t = PIIEvaluation.throughput(megabytes: mb)
    print(String(format: "throughput on the labelled set (dense in PII and numbers): %.1f MB/s (%d findings)",
                 t.mbPerSecond, t.findings))
    let chat = PIIEvaluation.throughput(megabytes: mb, texts: CommerceModel.utterances.map(\.text))
    print(String(format: "throughput on everyday chat (the commerce utterances): %.1f MB/s (%d findings)",
                 chat.mbPerSecond, chat.findings))
    return 0
  }

  static func wordRow(_ name: String, _ c: PIIWordEvaluation.Count) -> String {
    name.padding(toLength: 10, withPad: " ", startingAt: 0)
      + String(format: "%6.2f%% of %5d words (%d removed)", c.share * 100, c.words, c.removed)
  }

  static func row(_ name: String, _ s: PIIEvaluation.Score) -> String {
    name.padding(toLength: 10, withPad: " ", startingAt: 0)
      + String(format: "%9.3f %7.3f %4d %3d %3d", s.precision, s.recall, s.truePositives, s.falsePositives,
               s.falseNegatives)
  }

  static func fail(_ message: String) -> Int32 {
    FileHandle.standardError.write(Data(("mesh pii: \(message)\n" + usage + "\n").utf8))
    return 2
  }
}
