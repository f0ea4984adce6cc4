import ArgumentParser
import Foundation
import MeshIntent

/// `mesh nlu`: classify utterances, train a model from labelled JSON, evaluate a model, benchmark.
/// The subcommands parse typed flags and hand them to the functions below as named options.
struct NLUCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "nlu",
    abstract: "Classify, train, evaluate and benchmark intent models.",
    subcommands: [Classify.self, Train.self, Evaluate.self, Bench.self, Prepare.self])

  /// `--head-settings` of train and eval.
  static let headSettingsHelp = ArgumentHelp(
    "More settings of the embedding head, key=value pairs: l2, steps, rate, hidden, epochs, dropout, smoothing, balanced,"
      + " neighbours, share, sharpness.", valueName: "k=v,...")

  struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "One utterance per line on stdin, one JSON object per line on stdout.")
    @Option(help: ArgumentHelp("A trained model (default: the shipped commerce model).", valueName: "path"))
    var model: String?
    @Option(help: ArgumentHelp("embedding (the sentence encoder with an intent head; the default when its weights are installed) or ngram.", valueName: "engine"))
    var engine: String?

    func run() throws {
      try NLUCommand.reporting { try NLUCommand.classify(["model": model, "engine": engine].compactMapValues { $0 }) }
    }
  }

  struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Train a model from labelled JSON.",
      discussion: """
        FILE holds JSON [text, label] pairs, or an object of such lists by split (default splits for an
        object: train,oos_train), or a CSV with text and category columns. The out-of-scope threshold may
        cost --max-in-scope-loss of held-out in-scope accuracy.
        """)
    @Option(help: ArgumentHelp("The labelled data.", valueName: "file")) var data: String
    @Option(help: ArgumentHelp("Where the model is written.", valueName: "path")) var out: String
    @Option(help: ArgumentHelp("Comma-separated splits of an object file.", valueName: "a,b")) var splits: String?
    @Option(help: "Training epochs (a positive number).") var epochs: Int?
    @Option(help: "Held-out in-scope accuracy the threshold may cost, in [0, 1) (default 0.005).")
    var maxInScopeLoss: Double?
    @Option(help: ArgumentHelp("embedding (the sentence encoder with an intent head; the default when its weights are installed) or ngram.", valueName: "engine"))
    var engine: String?
    @Option(help: ArgumentHelp("Encoder layers the embedding head reads, pooled and concatenated (default 3,6); max6 or first6 pools layer 6 by the maximum or the [CLS] token.", valueName: "a,b"))
    var headLayers: String?
    @Option(help: "Hidden units of the embedding head (default 0: a linear head).") var hiddenUnits: Int?
    @Option(help: "L2 penalty on the embedding head's weights (default 0.001).") var headL2: Double?
    @Option(help: "Nearest training utterances that vote beside the embedding head (default 10; 0: none).")
    var neighbours: Int?
    @Option(help: NLUCommand.headSettingsHelp) var headSettings: String?
    @Option(help: "Folds whose held-out blend fits the stored out-of-scope rule of the embedding engine (default 5; 0: the mean of the two thresholds).")
    var blendFolds: Int?

    func run() throws {
      try NLUCommand.reporting {
        try NLUCommand.train(["data": data, "out": out, "splits": splits, "epochs": epochs.map(String.init),
                              "max-in-scope-loss": maxInScopeLoss.map { String($0) },
                              "engine": engine, "head-layers": headLayers,
                              "hidden-units": hiddenUnits.map(String.init),
                              "head-l2": headL2.map { String($0) }, "neighbours": neighbours.map(String.init),
                              "blend-folds": blendFolds.map(String.init), "head-settings": headSettings].compactMapValues { $0 })
      }
    }
  }

  struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "eval",
      abstract: "Accuracy, per-intent precision/recall and out-of-scope recall of a model.",
      discussion: """
        Give --model and --data (default splits for an object: val,oos_val), or --commerce, or --fine, or
        --heldout FILE (marked customer messages: the shipped coarse intents and order-number spans; training
        lines equal to a scored message are left out of the coarse models for the run, so a pooled set is
        scored leave-one-set-out, and --also-train FILE adds a file's lines), or
        --data and --folds K for K-fold cross-validation of the n-gram model and the embedding head side by side,
        or --data and --train-splits to train both on those splits and measure them on --splits.
        With --folds, --vote-sweep scores a grid of neighbour votes and blend weights (and each head of
        --sweep-heads) on the same folds in one run; --embedding-cache FILE keeps the encoder's features
        between runs that try head settings on the same data.
        """)
    @Option(help: ArgumentHelp("The model to evaluate.", valueName: "path")) var model: String?
    @Option(help: ArgumentHelp("The labelled data.", valueName: "file")) var data: String?
    @Option(help: ArgumentHelp("Comma-separated splits of an object file.", valueName: "a,b")) var splits: String?
    @Flag(help: "The shipped commerce model's cross-validated and held-out figures.") var commerce = false
    @Flag(help: "The fine commerce intents (docs/INTENTS.md): 5-fold cross-validation, fine and coarse.") var fine = false
    @Option(help: "Cross-validate both engines on --data with this many folds (at least 2).") var folds: Int?
    @Option(help: ArgumentHelp("Train both engines on these splits of --data, then measure them on --splits.",
                               valueName: "a,b"))
    var trainSplits: String?
    @Option(help: ArgumentHelp("embedding (the sentence encoder with an intent head; the default when its weights are installed) or ngram.", valueName: "engine"))
    var engine: String?
    @Option(help: ArgumentHelp("Encoder layers the embedding head reads, pooled and concatenated (default 3,6); max6 or first6 pools layer 6 by the maximum or the [CLS] token.", valueName: "a,b"))
    var headLayers: String?
    @Option(help: "Hidden units of the embedding head (default 0: a linear head).") var hiddenUnits: Int?
    @Option(help: "L2 penalty on the embedding head's weights (default 0.001).") var headL2: Double?
    @Option(help: "Nearest training utterances that vote beside the embedding head (default 10; 0: none).")
    var neighbours: Int?
    @Option(help: NLUCommand.headSettingsHelp) var headSettings: String?
    @Flag(help: "With --folds: score a grid of neighbour votes and blend weights (and the heads of --sweep-heads) on the same folds.")
    var voteSweep = false
    @Option(help: ArgumentHelp("With --vote-sweep: heads to train per fold, ;-separated, each key=value pairs (l2, steps, rate, hidden, epochs, dropout, smoothing, balanced).",
                               valueName: "spec"))
    var sweepHeads: String?
    @Option(help: ArgumentHelp("With --folds or --train-splits: keep the encoder's features of the data in this file (keyed by the weights and layers) and read them from it in later runs.",
                               valueName: "file"))
    var embeddingCache: String?
    @Option(help: ArgumentHelp("Marked customer messages (mesh/data/intents/): coarse accuracy and order-number spans.",
                               valueName: "file"))
    var heldout: String?
    @Flag(help: "With --heldout: print every wrong message too.") var listErrors = false
    @Flag(help: "With --heldout: print every message the spelling repair changes the decision on (development sets only).")
    var listRepairs = false
    @Option(help: ArgumentHelp("With --heldout: train the coarse models on this file's marked lines too for this run (repeatable).",
                               valueName: "file"))
    var alsoTrain: [String] = []
    @Option(help: ArgumentHelp("With --commerce: write the blend's out-of-fold signals (one held-out utterance a line, tab-separated).",
                               valueName: "file"))
    var outOfFold: String?

    func validate() throws {
      guard commerce || fine || heldout != nil || (model != nil && data != nil) || (folds != nil && data != nil)
        || (trainSplits != nil && data != nil) else {
        throw ValidationError("eval needs --model and --data, --data and --folds, --data and --train-splits, --commerce, --fine or --heldout")
      }
    }

    func run() throws {
      try NLUCommand.reporting {
        try NLUCommand.evaluate(["model": model, "data": data, "splits": splits, "commerce": commerce ? "1" : nil,
                                 "fine": fine ? "1" : nil, "folds": folds.map(String.init),
                                 "train-splits": trainSplits, "engine": engine, "head-layers": headLayers,
                                 "hidden-units": hiddenUnits.map(String.init),
                                 "head-l2": headL2.map { String($0) }, "neighbours": neighbours.map(String.init),
                                 "heldout": heldout, "list-errors": listErrors ? "1" : nil,
                                 "list-repairs": listRepairs ? "1" : nil,
                                 "also-train": alsoTrain.isEmpty ? nil : alsoTrain.joined(separator: "\n"),
                                 "out-of-fold": outOfFold, "vote-sweep": voteSweep ? "1" : nil, "sweep-heads": sweepHeads,
                                 "embedding-cache": embeddingCache, "head-settings": headSettings].compactMapValues { $0 })
      }
    }
  }

  struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Classification speed over the commerce utterances.")
    @Option(help: ArgumentHelp("A trained model (default: the shipped commerce model).", valueName: "path"))
    var model: String?
    @Option(help: ArgumentHelp("embedding (the sentence encoder with an intent head; the default when its weights are installed) or ngram.", valueName: "engine"))
    var engine: String?

    func run() throws {
      try NLUCommand.reporting { try NLUCommand.bench(["model": model, "engine": engine].compactMapValues { $0 }) }
    }
  }

  struct Prepare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Fit and store the nlu service's intent heads, so that its first start takes seconds.",
      discussion: """
        Does what the nlu service's first start on a models folder does (encode the training texts, fit the \
        intent heads, store them beside the encoder's weights; minutes on two cores) and prints the engine the \
        service will run: embedding, or ngram when no weights are installed. With the heads stored it returns \
        in about a second. `mesh/scripts/run.sh` runs it before `mesh up`.
        """)

    func run() throws {
      try NLUCommand.reporting { NLUCommand.prepare() }
    }
  }

  /// Runs a subcommand's body: a usage mistake found late exits 64, any other failure 1, each with one line.
  static func reporting(_ body: () throws -> Int32) throws {
    do {
      let status = try body()
      if status != 0 { throw ExitCode(status) }
    } catch let error as UsageError {
      FileHandle.standardError.write(Data("mesh nlu: \(error)\n".utf8))
      throw ExitCode.validationFailure
    } catch let error as ExitCode {
      throw error
    } catch {
      FileHandle.standardError.write(Data("mesh nlu: \(error)\n".utf8))
      throw ExitCode.failure
    }
  }

  static func check(_ options: [String: String], allowed: Set<String>) throws {
    for key in options.keys where !allowed.contains(key) { throw UsageError("unknown option --\(key)") }
  }

  static func loadModel(_ options: [String: String]) throws -> IntentModel {
    if let path = options["model"] { return try IntentModel(contentsOf: path) }
    return CommerceModel.shared
  }

  static func splits(_ options: [String: String], path: String, default names: [String]) -> [String]? {
    if let s = options["splits"] { return s.split(separator: ",").map(String.init) }
    return names.allSatisfy { LabelledData.hasSplit(path: path, $0) } ? names : nil
  }

  static func train(_ options: [String: String]) throws -> Int32 {
    try check(options, allowed: ["data", "out", "splits", "epochs", "max-in-scope-loss", "engine", "head-layers", "hidden-units",
                                 "head-l2", "neighbours", "blend-folds", "head-settings"])
    _ = try headConfiguration(options)
    guard let data = options["data"], let out = options["out"] else { throw UsageError("train needs --data and --out") }
    let examples = try Self.examples(data, options, default: ["train", "oos_train"])
    if try engine(options) == "embedding" { return try trainEmbedding(examples, out: out, options: options) }
    var configuration = TrainingConfiguration()
    if let e = options["epochs"] {
      guard let n = Int(e), n > 0 else { throw UsageError("--epochs takes a positive number") }
      configuration.epochs = n
    }
    if let x = options["max-in-scope-loss"] {
      guard let v = Float(x), v >= 0, v < 1 else { throw UsageError("--max-in-scope-loss takes a number in [0, 1)") }
      configuration.maxInScopeLoss = v
    }
    let clock = ContinuousClock()
    var model: IntentModel?
    let elapsed = clock.measure { model = try? IntentTrainer.train(examples, configuration: configuration) }
    guard let model else { throw UsageError("training needs at least two labels") }
    try model.write(to: out)
    print("trained on \(examples.count) utterances, \(model.labels.count) labels, \(model.featureCount) features"
          + " in \(seconds(elapsed)) s; temperature \(fmt(Double(model.temperature)))"
          + ", out-of-scope threshold \(fmt(Double(model.threshold))) -> \(out)")
    return 0
  }

  static func evaluate(_ options: [String: String]) throws -> Int32 {
    try check(options, allowed: ["model", "data", "splits", "commerce", "fine", "folds", "train-splits", "engine",
                                 "head-layers", "hidden-units", "head-l2", "neighbours", "heldout", "list-errors", "list-repairs", "out-of-fold", "also-train",
                                 "vote-sweep", "sweep-heads", "embedding-cache", "head-settings"])
    // Head settings are checked before any data is read or model trained: a typo fails at once.
    _ = try sweepHeads(options["sweep-heads"], base: headConfiguration(options))
    if options["fine"] != nil { return try evaluateFine() }
    if let path = options["heldout"] { return try evaluateHeldOut(path, options: options) }
    if let trainSplits = options["train-splits"], let data = options["data"] {
      return try compareHeldOut(options, path: data, trainSplits: trainSplits)
    }
    if let k = options["folds"] {
      guard let folds = Int(k), folds >= 2, let data = options["data"] else { throw UsageError("--folds takes K >= 2 and --data") }
      if options["vote-sweep"] != nil { return try sweepVote(options, path: data, folds: folds) }
      return try crossValidate(options, path: data, folds: folds)
    }
    if let path = options["model"], let data = options["data"], let classifier = try embeddingClassifier(path: path) {
      evaluateEmbedding(classifier, try Self.examples(data, options, default: ["val", "oos_val"]))
      return 0
    }
    let e: IntentEvaluation
    if options["commerce"] != nil {
      let cv = try CommerceModel.crossValidation()
      print("commerce model, 5-fold cross-validation: accuracy \(pct(cv.accuracy)), in-scope \(pct(cv.inScope)),"
            + " out-of-scope recall \(pct(cv.outOfScope))")
      if try engine(options) == "embedding" { try crossValidateCoarseEmbedding(outOfFold: options["out-of-fold"]) }
      e = try CommerceModel.heldOutEvaluation()
      print("commerce model, held out: every 5th utterance of each intent")
    } else {
      guard let path = options["model"], let data = options["data"] else {
        throw UsageError("eval needs --model and --data, or --commerce")
      }
      let model = try IntentModel(contentsOf: path)
      let examples = try Self.examples(data, options, default: ["val", "oos_val"])
      e = IntentEvaluation(model: model, examples: examples)
      print("model threshold \(fmt(Double(model.threshold))), temperature \(fmt(Double(model.temperature)))")
      let points = IntentEvaluation.operatingPoints(model: model, examples: examples,
                                                    thresholds: (0...8).map { Float($0) / 10 })
      print("other thresholds (in-scope accuracy / out-of-scope recall):"
            + points.map { " \(String(format: "%.1f", $0.threshold)): \(pct($0.inScope))/\($0.outOfScope.map(pct) ?? "-")" }
            .joined(separator: ","))
    }
    print("utterances: \(e.count)")
    print("accuracy (all labels): \(pct(e.accuracy))")
    print("in-scope accuracy: \(pct(e.inScopeAccuracy))")
    print("out-of-scope recall: \(e.outOfScopeRecall.map(pct) ?? "n/a (no out-of-scope utterances)")")
    print("intent                          precision  recall  support")
    for l in e.perLabel {
      print(l.label.padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: "%9.3f %7.3f %8d",
                                                                                 l.precision, l.recall, l.support))
    }
    return 0
  }

  static func bench(_ options: [String: String]) throws -> Int32 {
    try check(options, allowed: ["model", "engine"])
    let model = try loadModel(options)
    let engine = IntentEngine(model: model)
    let texts = CommerceModel.utterances.map(\.text)
    var sink = 0
    let clock = ContinuousClock()
    // Whole rounds over the utterances until a few seconds have passed (at most 200): a fixed 200 rounds took about
    // 15 minutes once the extractor's rules had grown, and a figure needs seconds, not a count.
    func timed(_ round: () -> Void) -> (seconds: Double, utterances: Int) {
      let start = clock.now
      var rounds = 0
      repeat { round(); rounds += 1 } while rounds < 200 && clock.now - start < .seconds(3)
      return (seconds(clock.now - start), rounds * texts.count)
    }
    let classified = timed { for t in texts { sink &+= model.classify(t).intent.utf8.count } }
    let analyzed = timed { for t in texts { sink &+= engine.analyze(t).entities.count } }
    print("classify: \(fmt(classified.seconds / Double(classified.utterances) * 1e6)) µs/utterance (\(classified.utterances)"
          + " utterances); classify+entities: \(fmt(analyzed.seconds / Double(analyzed.utterances) * 1e6)) µs/utterance"
          + " (\(analyzed.utterances) utterances), \(model.labels.count) labels, check \(sink)")
    let commerceTrain = clock.measure { _ = try? IntentTrainer.train(CommerceModel.utterances,
                                                                     configuration: CommerceModel.configuration) }
    print("commerce model training: \(fmt(seconds(commerceTrain) * 1000)) ms")
    if try Self.engine(options) == "embedding" { try benchEmbedding(texts) }
    return 0
  }

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }
  static func fmt(_ x: Double) -> String { String(format: "%.3f", x) }
  static func pct(_ x: Double) -> String { String(format: "%.2f%%", x * 100) }
}

extension NLUCommand {
  /// A command-line mistake, reported with the usage text.
  struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
