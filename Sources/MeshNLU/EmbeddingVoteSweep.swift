public import MeshIntent

/// Many settings of what is read off a trained head, scored on one set of held-out predictions: the
/// neighbour vote's size, sharpness and share, the n-gram blend's head weight, and which head (of several
/// trained on the same fold, or their mean). Each held-out utterance's head probabilities, n-gram
/// probabilities and nearest training rows are computed once (`Sample`), so a grid of hundreds of settings
/// costs less than one more head (`mesh nlu eval --folds K --vote-sweep`).
public enum EmbeddingVoteSweep {
  /// One way to read the heads: a head (index) or the mean of all (nil), the vote and the blend.
  public struct Setting: Sendable, Hashable {
    /// Index into the sample's heads, or nil for their mean.
    public var head: Int?
    /// Neighbours that vote (0: no vote), their sharpness, and the vote's share beside the head.
    public var neighbours: Int, sharpness: Float, voteShare: Float
    /// The head's (and vote's) share of the blend with the n-gram model; 1 for no n-gram model.
    public var headWeight: Float

    /// A setting.
    public init(head: Int?, neighbours: Int, sharpness: Float, voteShare: Float, headWeight: Float) {
      self.head = head
      self.neighbours = neighbours
      self.sharpness = sharpness
      self.voteShare = voteShare
      self.headWeight = headWeight
    }
  }

  /// One held-out utterance as every setting reads it.
  public struct Sample: Sendable {
    /// Each head's calibrated probabilities (softmax at its temperature, no vote), in `labels` order.
    public let heads: [[Float]]
    /// The n-gram model's probabilities in the same order.
    public let ngram: [Float]
    /// The nearest training rows, best first (as many as the largest vote tried).
    let nearest: [(cosine: Float, cls: Int)]
    /// The true class index (-1 when the label is not among the heads').
    public let truth: Int
  }

  /// The training side of one fold: labels, the heads' thresholds and the rows the vote reads.
  public struct Fold: Sendable {
    /// The heads' labels (all heads of a fold are trained on the same data, so they share them).
    public let labels: [String]
    let outOfScope: Int?
    let thresholds: [Float], ngramThreshold: Float
    let vote: EmbeddingNeighbours

    /// A fold's heads (trained without a vote: the vote is the sweep's) and its n-gram model.
    /// - Parameters:
    ///   - heads: heads trained on `embeddings`; at least one.
    ///   - embeddings: the fold's training features.
    ///   - ngram: the n-gram model trained on the same utterances.
    public init(heads: [EmbeddingIntentModel], embeddings: [[Float]], trainingLabels: [String], ngram: IntentModel) {
      let first = heads[0]
      labels = first.labels
      outOfScope = first.outOfScopeIndex
      thresholds = heads.map(\.threshold)
      ngramThreshold = ngram.threshold
      let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
      vote = EmbeddingNeighbours(embeddings: embeddings,
                                 classes: trainingLabels.map { index[IntentTrainer.normaliseLabel($0)] ?? -1 },
                                 count: 1, sharpness: 0.05)
    }

    /// The sample of one held-out utterance.
    /// - Parameters:
    ///   - heads: the same heads as `init`'s, in the same order.
    ///   - embedding: the utterance's features.
    ///   - ngram: the fold's n-gram model; `text`: the utterance; `label`: its true label.
    ///   - neighbours: the most neighbours any setting reads.
    public func sample(heads: [EmbeddingIntentModel], embedding: [Float], ngram: IntentModel, text: String, label: String,
                       neighbours: Int) -> Sample {
      Sample(heads: heads.map { EmbeddingIntentModel.softmax($0.logits(embedding), temperature: $0.temperature) },
             ngram: BlendSample.ngramProbabilities(ngram, text, labels: labels),
             nearest: neighbours > 0 ? vote.nearest(embedding, count: neighbours) : [],
             truth: labels.firstIndex(of: IntentTrainer.normaliseLabel(label)) ?? -1)
    }

    /// The label `setting` decides for `sample`: the heads' rule (out of scope when that class wins or the
    /// best in-scope probability is under the threshold, blended as `classify(probabilities:blendedWith:)`).
    public func decide(_ sample: Sample, _ setting: Setting) -> Int {
      var p: [Float], threshold: Float
      if let h = setting.head {
        p = sample.heads[h]
        threshold = thresholds[h]
      } else {
        p = [Float](repeating: 0, count: labels.count)
        for head in sample.heads { for c in p.indices { p[c] += head[c] / Float(sample.heads.count) } }
        threshold = thresholds.reduce(0, +) / Float(thresholds.count)
      }
      if setting.neighbours > 0 && setting.voteShare > 0 {
        let q = EmbeddingNeighbours.vote(sample.nearest, count: setting.neighbours, sharpness: setting.sharpness,
                                         classCount: labels.count)
        for c in p.indices { p[c] = (1 - setting.voteShare) * p[c] + setting.voteShare * q[c] }
      }
      let w = setting.headWeight
      if w < 1 {
        for c in p.indices { p[c] = w * p[c] + (1 - w) * sample.ngram[c] }
        threshold = w * threshold + (1 - w) * ngramThreshold
      }
      var best = -1, bestOverall = 0
      for c in p.indices {
        if p[c] > p[bestOverall] { bestOverall = c }
        if c != outOfScope && (best < 0 || p[c] > p[best]) { best = c }
      }
      if best < 0 || bestOverall == outOfScope || p[best] < threshold { return outOfScope ?? -1 }
      return best
    }
  }

  /// Every setting of the grid: each head and their mean (when more than one), each vote (size, sharpness,
  /// share; and no vote), each head weight.
  public static func grid(heads: Int, neighbours: [Int], sharpness: [Float], voteShares: [Float],
                          headWeights: [Float]) -> [Setting] {
    let which: [Int?] = Array(0..<heads) + (heads > 1 ? [nil] : [])
    var out: [Setting] = []
    for h in which {
      for w in headWeights {
        out.append(Setting(head: h, neighbours: 0, sharpness: 0.05, voteShare: 0, headWeight: w))
        for k in neighbours where k > 0 {
          for s in sharpness { for share in voteShares { out.append(Setting(head: h, neighbours: k, sharpness: s, voteShare: share, headWeight: w)) } }
        }
      }
    }
    return out
  }

  /// Right answers of each setting over the folds' samples (in-scope and out-of-scope apart).
  /// - Returns: per setting, right in-scope, in-scope count, right out-of-scope, out-of-scope count.
  public static func score(_ folds: [(fold: Fold, samples: [Sample])], settings: [Setting])
    -> [(inScopeRight: Int, inScope: Int, outOfScopeRight: Int, outOfScope: Int)] {
    settings.map { setting in
      var r = (inScopeRight: 0, inScope: 0, outOfScopeRight: 0, outOfScope: 0)
      for (fold, samples) in folds {
        for s in samples {
          let right = fold.decide(s, setting) == s.truth
          if s.truth >= 0 && s.truth == fold.outOfScope {
            r.outOfScope += 1
            if right { r.outOfScopeRight += 1 }
          } else {
            r.inScope += 1
            if right && s.truth >= 0 { r.inScopeRight += 1 }
          }
        }
      }
      return r
    }
  }
}
