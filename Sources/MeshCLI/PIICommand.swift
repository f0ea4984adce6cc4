import ArgumentParser
import Foundation
import MeshIntent
import MeshPII

/// `mesh pii`: redact personal data from stdin, or measure the detector on the labelled set.
struct PIICommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pii",
    abstract: "Detect and redact personal data; evaluate the detector.",
    subcommands: [Redact.self, Evaluate.self, PIITrainTaggerCommand.self])

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

  struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "eval",
      abstract: "Precision/recall per type and the share of words removed on the labelled set, and throughput in MB/s.")

    @Option(help: ArgumentHelp("A labelled file instead of the built-in set (lines marked {{type:value}}).",
                               valueName: "file"))
    var data: String?

    @Option(help: ArgumentHelp("About how many MB the throughput runs over.", valueName: "n"))
    var mb: Double = 20

    @Flag(help: "List each personal-data word kept and each other word removed.")
    var words = false

    @Flag(help: "List each span missed or found wrongly (left out by default, so a held-out set's lines stay unread).")
    var spans = false

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
      if spans { for line in e.errors { print("  " + line) } }
      let w = PIIWordEvaluation(annotated: annotated)
      print("words removed in placeholder mode (personal data: higher is better; other words: lower is better)")
      for type in PIIType.allCases {
        guard let c = w.personal[type] else { continue }
        print(wordRow(type.rawValue, c))
      }
      print(wordRow("all PII", w.allPersonal))
      print(wordRow("other", w.other))
      if words { for line in w.errors { print("  " + line) } }
      let t = PIIEvaluation.throughput(megabytes: mb)
      print(String(format: "throughput on the labelled set (dense in PII and numbers): %.1f MB/s (%d findings)",
                   t.mbPerSecond, t.findings))
      let chat = PIIEvaluation.throughput(megabytes: mb, texts: CommerceModel.utterances.map(\.text))
      print(String(format: "throughput on everyday chat (the commerce utterances): %.1f MB/s (%d findings)",
                   chat.mbPerSecond, chat.findings))
    }

    func wordRow(_ name: String, _ c: PIIWordEvaluation.Count) -> String {
      name.padding(toLength: 10, withPad: " ", startingAt: 0)
        + String(format: "%6.2f%% of %5d words (%d removed)", c.share * 100, c.words, c.removed)
    }

    func row(_ name: String, _ s: PIIEvaluation.Score) -> String {
      name.padding(toLength: 10, withPad: " ", startingAt: 0)
        + String(format: "%9.3f %7.3f %4d %3d %3d", s.precision, s.recall, s.truePositives, s.falsePositives,
                 s.falseNegatives)
    }
  }
}
