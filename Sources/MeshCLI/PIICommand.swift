import ArgumentParser
import Foundation
import MeshIntent
import MeshPII

/// `mesh pii`: redact personal data from stdin, or measure the detector on the labelled set.
<<<<<<< HEAD
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
=======
struct PIICommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pii",
    abstract: "Detect and redact personal data; evaluate the detector.",
    subcommands: [Redact.self, Evaluate.self])
>>>>>>> ops

  /// How `redact` replaces what it finds.
  enum Mode: String, ExpressibleByArgument, CaseIterable {
    case mask, placeholder, hash
  }

  struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Redact stdin: one text per line in, the redacted line out.")

    @Option(help: "How findings are replaced.")
    var mode: Mode = .placeholder

    @Option(help: ArgumentHelp("The hash mode's key (default: $MESH_PII_KEY).", valueName: "secret"))
    var key: String?

    func validate() throws {
      if mode == .hash && resolvedKey == nil {
        throw ValidationError("hash mode needs a key: --key SECRET or MESH_PII_KEY")
      }
    }

    var resolvedKey: String? {
      guard let key = key ?? ProcessInfo.processInfo.environment["MESH_PII_KEY"], !key.isEmpty else { return nil }
      return key
    }

    func run() throws {
      let redactor: PIIRedactor
      switch mode {
      case .mask: redactor = PIIRedactor(mode: .mask)
      case .placeholder: redactor = PIIRedactor(mode: .placeholder)
      case .hash: redactor = PIIRedactor(mode: .hash(key: Array((resolvedKey ?? "").utf8)))
      }
      while let line = readLine(strippingNewline: true) { print(redactor.redact(line)) }
    }
  }

<<<<<<< HEAD
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
=======
  struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "eval",
      abstract: "Precision/recall per type on the labelled set, and throughput in MB/s.")

    @Option(help: ArgumentHelp("A labelled file instead of the built-in set (lines marked {{type:value}}).",
                               valueName: "file"))
    var data: String?
>>>>>>> ops

    @Option(help: ArgumentHelp("About how many MB the throughput runs over.", valueName: "n"))
    var mb: Double = 20

    func validate() throws {
      guard mb > 0 else { throw ValidationError("--mb takes a positive number") }
    }

    func run() throws {
      var annotated: String?
      if let path = data {
        guard let contents = FileManager.default.contents(atPath: path) else {
          throw ValidationError("cannot read \(path)")
        }
        annotated = String(decoding: contents, as: UTF8.self)
      }
      let e = PIIEvaluation(annotated: annotated)
      print("PII detection on \(e.texts) labelled texts (exact span and type)")
      print("type      precision  recall   tp  fp  fn")
      for type in PIIType.allCases {
        print(row(type.rawValue, e.scores[type] ?? PIIEvaluation.Score()))
      }
      print(row("all", e.total))
      for line in e.errors { print("  " + line) }
      let t = PIIEvaluation.throughput(megabytes: mb)
      print(String(format: "throughput on the labelled set (dense in PII and numbers): %.1f MB/s (%d findings)",
                   t.mbPerSecond, t.findings))
      let chat = PIIEvaluation.throughput(megabytes: mb, texts: CommerceModel.utterances.map(\.text))
      print(String(format: "throughput on everyday chat (the commerce utterances): %.1f MB/s (%d findings)",
                   chat.mbPerSecond, chat.findings))
    }

    func row(_ name: String, _ s: PIIEvaluation.Score) -> String {
      name.padding(toLength: 10, withPad: " ", startingAt: 0)
        + String(format: "%9.3f %7.3f %4d %3d %3d", s.precision, s.recall, s.truePositives, s.falsePositives,
                 s.falseNegatives)
    }
  }
}
