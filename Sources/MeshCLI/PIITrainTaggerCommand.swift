import ArgumentParser
import Foundation
import MeshPII

/// `mesh pii train-tagger`: trains the name tagger on labelled files, scores it on development files beside
/// the rules, and writes its weights as Swift source.
struct PIITrainTaggerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train-tagger",
    abstract: "Train the learned name tagger; score it on development sets; write NameTagger+Weights.swift.")

  @Option(name: .customLong("train"), help: ArgumentHelp("A labelled file to train on (repeatable).", valueName: "file"))
  var trainFiles: [String] = []

  @Option(name: .customLong("dev"), help: ArgumentHelp("A labelled file to score on, not trained on (repeatable).",
                                                        valueName: "file"))
  var devFiles: [String] = []

  @Option(help: "Passes over the training examples.")
  var epochs = 6

  @Option(help: "The shuffling's seed (same seed and files: same weights).")
  var seed: UInt64 = 1

  @Option(help: "The first pass's learning rate.")
  var rate: Float = 0.2

  @Option(help: "The log-odds threshold written with the weights.")
  var threshold: Float = 0

  @Option(help: ArgumentHelp("Comma-separated thresholds to score on the dev files.", valueName: "list"))
  var tryThresholds = "-1,0,1,2"

  @Option(help: ArgumentHelp("Comma-separated margins for not-name-list words to score on the dev files.",
                             valueName: "list"))
  var tryMargins = "\(NameTagger.defaultListedMargin)"

  @Option(help: ArgumentHelp("Comma-separated margins for lower-case words the lexicons vouch for, scored on the dev files.",
                             valueName: "list"))
  var tryLowerNameMargins = "\(NameTagger.defaultLowerNameMargin)"

  @Option(help: ArgumentHelp("Where to write the weights (Swift source); nothing is written without it.",
                             valueName: "path"))
  var out: String?

  func validate() throws {
    guard !trainFiles.isEmpty else { throw ValidationError("give at least one --train file") }
    guard epochs > 0, rate > 0 else { throw ValidationError("--epochs and --rate take positive numbers") }
  }

  func read(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
    return String(decoding: data, as: UTF8.self)
  }

  func run() throws {
    let train = try trainFiles.map(read)
    let started = Date()
    let tagger = NameTagger.train(annotated: train, epochs: epochs, seed: seed, rate: rate, threshold: threshold)
    print(String(format: "trained on %d files in %.1f s", train.count, Date().timeIntervalSince(started)))
    let thresholds = tryThresholds.split(separator: ",").compactMap { Float($0.trimmingCharacters(in: .whitespaces)) }
    for path in devFiles {
      let text = try read(path)
      print((path as NSString).lastPathComponent)
      var rules = PIIDetector()
      rules.nameTagger = nil
      print(line("  rules only", PIIWordEvaluation(detector: rules, annotated: text)))
      let margins = tryMargins.split(separator: ",").compactMap { Float($0.trimmingCharacters(in: .whitespaces)) }
      let lowerMargins = tryLowerNameMargins.split(separator: ",").compactMap {
        Float($0.trimmingCharacters(in: .whitespaces))
      }
      for t in thresholds {
        for (m, l) in margins.flatMap({ m in lowerMargins.map { (m, $0) } }) {
          var tuned = tagger
          tuned.threshold = t
          tuned.listedMargin = m
          tuned.lowerNameMargin = l
          var alone = PIIDetector()
          alone.nameTagger = tuned
          alone.nameRules = false
          print(line(String(format: "  tagger %+.1f/%.1f/%.1f", t, m, l), PIIWordEvaluation(detector: alone, annotated: text)))
          var both = PIIDetector()
          both.nameTagger = tuned
          print(line(String(format: "  both   %+.1f/%.1f/%.1f", t, m, l), PIIWordEvaluation(detector: both, annotated: text)))
        }
      }
    }
    if let out {
      let comment = "Trained on \(trainFiles.joined(separator: ", ")); epochs \(epochs), seed \(seed), rate \(rate)."
      try tagger.swiftSource(comment: comment).write(toFile: out, atomically: true, encoding: .utf8)
      print("wrote \(out)")
    }
  }

  func line(_ label: String, _ w: PIIWordEvaluation) -> String {
    let names = w.personal[.name] ?? PIIWordEvaluation.Count()
    return label.padding(toLength: 20, withPad: " ", startingAt: 0)
      + String(format: "names %6.2f%% of %4d  all PII %6.2f%% of %4d  other %5.2f%% of %5d (%d)", names.share * 100,
               names.words, w.allPersonal.share * 100, w.allPersonal.words, w.other.share * 100, w.other.words,
               w.other.removed)
  }
}
