#!/usr/bin/env python3
"""Exploration (issue 12, branch ft41): does fine-tuning all-MiniLM-L6-v2 beat heads on its frozen features?

Outside the product: nothing in Sources or the tests uses this script, and torch is no dependency of the
repository. It needs its own venv:

    python3 -m venv /tmp/ft41-venv
    /tmp/ft41-venv/bin/pip install numpy safetensors tokenizers torch   # torch's CPU wheel
    PY=/tmp/ft41-venv/bin/python; S=mesh/scripts/explore/finetune_minilm.py; M=.mesh/models/all-minilm-l6-v2

    $PY $S check    --model $M     # embeddings against minilm_reference.py on 50 sentences (cosine >= 0.9999)
    $PY $S banking77 --model $M --data banking77_train.csv --fold 0 --mode frozen|top2|full [--epochs 3]
    $PY $S clinc150  --model $M --data clinc150_train_val.json       --mode frozen|top2|full [--epochs 3]

It loads the weights the product uses (model.safetensors, tokenizer.json) into a small torch BERT encoder
(embeddings, 6 layers, mean pooling; the names and arithmetic of Tests/MeshEncoderTests/Peers/minilm_reference.py).
Features are the product's: the mean-pooled, L2-normalised token vectors after layers 3 and 6, side by side.

- frozen: a multinomial logistic regression (L2 1e-3 on standardised features, as EmbeddingIntentTrainer) on the
  frozen features: the baseline, to set beside the product's head.
- top2: layers 5 and 6 trained with the head (started from the frozen fit); layers 1-4 frozen, their output
  computed once and cached, so an epoch runs two layers forward and back.
- full: all six layers and the head trained (the embedding tables stay frozen: they would need a scatter-add
  backward, and their 11.7M parameters are most of the model's).
Cross-entropy, AdamW (encoder lr --lr, head lr --head-lr), linear warm-up over 6% of the steps then linear decay,
dropout 0.1 in the trained layers as in the model's config, batches of 32 utterances of similar length, max 64
tokens. One thread (the machine is shared). Accuracy on the held-out part after every epoch.

Folds are those of `mesh nlu eval --data FILE --folds 5` (NLUCommand+Embedding.swift, crossValidate): utterance
i of the file (in file order) is held out in fold i % 5. CLINC150: trained on train + oos_train with out of
scope as a class of its own (as the product's heads do), scored on val + oos_val by argmax: in-scope accuracy
and out-of-scope recall. Only train and validation splits are read; never a test split.
"""
import argparse
import csv
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.numpy import load_file
from tokenizers import Tokenizer

MAX_TOKENS = 64
FEATURE_LAYERS = (3, 6)


class Encoder(torch.nn.Module):
    """BERT as all-MiniLM-L6-v2 is: post-LayerNorm layers, exact (erf) GELU, 12 heads of 32."""

    def __init__(self, model_dir):
        super().__init__()
        with open(os.path.join(model_dir, "config.json")) as f:
            self.config = json.load(f)
        w = {k: torch.from_numpy(v.astype(np.float32)) for k, v in load_file(os.path.join(model_dir, "model.safetensors")).items()
             if v.dtype != np.int64}
        P = torch.nn.Parameter
        self.word = P(w["embeddings.word_embeddings.weight"], requires_grad=False)
        self.position = P(w["embeddings.position_embeddings.weight"], requires_grad=False)
        self.token_type = P(w["embeddings.token_type_embeddings.weight"], requires_grad=False)
        self.embedding_norm = torch.nn.LayerNorm(384, eps=self.config["layer_norm_eps"])
        self.embedding_norm.weight, self.embedding_norm.bias = P(w["embeddings.LayerNorm.weight"]), P(w["embeddings.LayerNorm.bias"])
        names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
                 "o": "attention.output.dense", "up": "intermediate.dense", "down": "output.dense",
                 "norm1": "attention.output.LayerNorm", "norm2": "output.LayerNorm"}
        self.layers = torch.nn.ModuleList()
        for i in range(self.config["num_hidden_layers"]):
            layer = torch.nn.ModuleDict()
            for short, long in names.items():
                weight, bias = w[f"encoder.layer.{i}.{long}.weight"], w[f"encoder.layer.{i}.{long}.bias"]
                if "LayerNorm" in long:
                    m = torch.nn.LayerNorm(weight.shape[0], eps=self.config["layer_norm_eps"])
                else:
                    m = torch.nn.Linear(weight.shape[1], weight.shape[0])
                m.weight, m.bias = P(weight), P(bias)
                layer[short] = m
            self.layers.append(layer)
        self.heads = self.config["num_attention_heads"]
        self.dropout = self.config["hidden_dropout_prob"]
        self.tokenizer = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)

    def ids(self, texts):
        return [e.ids for e in self.tokenizer.encode_batch(texts)]

    def embed(self, ids):
        """Padded ids [b, n] -> embedding output [b, n, 384] (layer 0)."""
        n = ids.shape[1]
        return self.embedding_norm(self.word[ids] + self.position[:n] + self.token_type[0])

    def layer(self, i, x, additive):
        """Layer i (0-based) on hidden states x with the mask's additive form [b, 1, 1, n]."""
        m, (b, n, h) = self.layers[i], x.shape
        d = h // self.heads
        p = self.dropout if self.training else 0.0

        def split(t):
            return t.view(b, n, self.heads, d).transpose(1, 2)

        scores = split(m["q"](x)) @ split(m["k"](x)).transpose(-1, -2) / math.sqrt(d) + additive
        attention = F.dropout(scores.softmax(-1), p, self.training)
        context = (attention @ split(m["v"](x))).transpose(1, 2).reshape(b, n, h)
        x = m["norm1"](x + F.dropout(m["o"](context), p, self.training))
        return m["norm2"](x + F.dropout(m["down"](F.gelu(m["up"](x))), p, self.training))


def pad(batch):
    n = max(len(s) for s in batch)
    ids = torch.zeros(len(batch), n, dtype=torch.long)
    mask = torch.zeros(len(batch), n)
    for i, s in enumerate(batch):
        ids[i, :len(s)] = torch.tensor(s)
        mask[i, :len(s)] = 1
    return ids, mask


def additive_mask(mask):
    return (1.0 - mask)[:, None, None, :] * torch.finfo(torch.float32).min


def mean_pool(x, mask):
    pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
    return F.normalize(pooled, dim=-1, eps=1e-12)


def batches(ids, size, shuffle, rng=None):
    """Index lists of similar-length utterances (padding costs little); shuffled batch order when training."""
    order = sorted(range(len(ids)), key=lambda i: (len(ids[i]), i))
    chunks = [order[s:s + size] for s in range(0, len(order), size)]
    if shuffle:
        # Lengths bucketed loosely: sort by length with noise so batches differ between epochs.
        noisy = sorted(range(len(ids)), key=lambda i: len(ids[i]) + rng.random() * 3)
        chunks = [noisy[s:s + size] for s in range(0, len(noisy), size)]
        rng.shuffle(chunks)
    return chunks


class Cached:
    """States of the frozen lower layers, computed once: the input of the first trained layer per utterance and
    the frozen feature slots' pooled vectors (the product's layer 3 when only 5-6 train)."""

    def __init__(self, encoder, ids, first_trained):
        self.first_trained, self.inputs, self.pooled = first_trained, [None] * len(ids), {}
        frozen_slots = [l for l in FEATURE_LAYERS if l <= first_trained]
        for l in frozen_slots:
            self.pooled[l] = torch.zeros(len(ids), 384)
        encoder.eval()
        with torch.no_grad():
            for chunk in batches(ids, 64, False):
                t, mask = pad([ids[i] for i in chunk])
                x, add = encoder.embed(t), additive_mask(mask)
                for layer in range(first_trained):
                    x = encoder.layer(layer, x, add)
                    if layer + 1 in self.pooled:
                        self.pooled[layer + 1][chunk] = mean_pool(x, mask)
                for row, i in enumerate(chunk):
                    self.inputs[i] = x[row, :len(ids[i])].clone()

    def features(self, encoder, chunk):
        """Features of utterances `chunk` with gradients through the trained layers."""
        n = max(self.inputs[i].shape[0] for i in chunk)
        x = torch.zeros(len(chunk), n, 384)
        mask = torch.zeros(len(chunk), n)
        for row, i in enumerate(chunk):
            k = self.inputs[i].shape[0]
            x[row, :k], mask[row, :k] = self.inputs[i], 1
        add, pooled = additive_mask(mask), {l: v[chunk] for l, v in self.pooled.items()}
        for layer in range(self.first_trained, len(encoder.layers)):
            x = encoder.layer(layer, x, add)
            if layer + 1 in FEATURE_LAYERS:
                pooled[layer + 1] = mean_pool(x, mask)
        return torch.cat([pooled[l] for l in FEATURE_LAYERS], dim=1)


class Head(torch.nn.Module):
    """Multinomial logistic regression on standardised features (standardisation fixed from the frozen features)."""

    def __init__(self, mean, std, classes):
        super().__init__()
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)
        self.linear = torch.nn.Linear(mean.shape[0], classes)

    def forward(self, features):
        return self.linear((features - self.mean) / self.std)


def fit_frozen_head(features, labels, classes, l2=1e-3):
    """The baseline: L2-regularised logistic regression fitted to convergence by L-BFGS (full batch)."""
    mean, std = features.mean(0), features.std(0).clamp_min(1e-6)
    head = Head(mean, std, classes)
    torch.nn.init.zeros_(head.linear.weight)
    torch.nn.init.zeros_(head.linear.bias)
    optimiser = torch.optim.LBFGS(head.parameters(), lr=1, max_iter=500, history_size=20, line_search_fn="strong_wolfe",
                                  tolerance_grad=1e-6, tolerance_change=1e-9)

    def closure():
        optimiser.zero_grad()
        loss = F.cross_entropy(head(features), labels) + 0.5 * l2 * head.linear.weight.pow(2).sum()
        loss.backward()
        return loss

    optimiser.step(closure)
    return head


def load_banking(path, fold, folds=5):
    with open(path, newline="", encoding="utf-8") as f:
        rows = [(r["text"], r["category"]) for r in csv.DictReader(f)]
    train = [r for i, r in enumerate(rows) if i % folds != fold]
    test = [r for i, r in enumerate(rows) if i % folds == fold]
    return train, test


def load_clinc(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return [tuple(r) for r in data["train"] + data["oos_train"]], [tuple(r) for r in data["val"] + data["oos_val"]]


def score(probabilities, truth, labels):
    """Accuracy by argmax, and with an `oos` class the in-scope accuracy and out-of-scope recall by argmax and at
    thresholds on the winning in-scope probability (a curve to compare models at equal recall, as `mesh nlu eval
    --model` prints one; no threshold is chosen on the held-out part)."""
    predicted, truth = probabilities.argmax(1), np.asarray(truth)
    out = {"accuracy": float((predicted == truth).mean())}
    if "oos" in labels:
        oos = labels.index("oos")
        for t in (0.0, 0.5, 0.7, 0.9):
            guess = np.where((predicted != oos) & (probabilities.max(1) < t), oos, predicted)
            suffix = "" if t == 0.0 else f"@{t}"
            out["in_scope" + suffix] = float((guess[truth != oos] == truth[truth != oos]).mean())
            out["oos_recall" + suffix] = float((guess[truth == oos] == oos).mean())
    return out


def describe(s):
    text = f"accuracy {100 * s['accuracy']:.2f}%"
    if "in_scope" in s:
        text += f", in-scope {100 * s['in_scope']:.2f}%, out-of-scope recall {100 * s['oos_recall']:.0f}%; thresholds" + ",".join(
            f" {t}: {100 * s[f'in_scope@{t}']:.2f}%/{100 * s[f'oos_recall@{t}']:.0f}%" for t in (0.5, 0.7, 0.9))
    return text


def predict(encoder, head, cache, n):
    """Softmax probabilities of the held-out utterances [n, classes]."""
    encoder.eval()
    head.eval()
    probabilities = np.zeros((n, head.linear.out_features), dtype=np.float32)
    with torch.no_grad():
        for chunk in batches(cache.inputs, 64, False):
            probabilities[chunk] = head(cache.features(encoder, chunk)).softmax(1).numpy()
    return probabilities


def run(args, train, test):
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    clock, cpu = time.perf_counter(), time.process_time()

    def elapsed():
        return f"wall {time.perf_counter() - clock:.0f} s, CPU {time.process_time() - cpu:.0f} s, load {os.getloadavg()[0]:.1f}"

    encoder = Encoder(args.model)
    for p in encoder.parameters():
        p.requires_grad_(False)
    labels = sorted({l for _, l in train})
    index = {l: i for i, l in enumerate(labels)}
    y_train = torch.tensor([index[l] for _, l in train])
    y_test = [index[l] for _, l in test]
    train_ids, test_ids = encoder.ids([t for t, _ in train]), encoder.ids([t for t, _ in test])
    first_trained = {"frozen": 6, "top2": 4, "full": 0}[args.mode]
    train_cache, test_cache = Cached(encoder, train_ids, first_trained), Cached(encoder, test_ids, first_trained)
    print(f"{len(train)} training, {len(test)} held-out utterances, {len(labels)} labels; layers 1-{first_trained}"
          f" frozen and cached ({elapsed()})", flush=True)

    # The frozen baseline, and the start of the fine-tuned head: features of the untouched encoder.
    # (the cache's lower layers plus the untouched upper ones, so the encoder runs once more only above the cache).
    frozen = torch.zeros(len(train), 384 * len(FEATURE_LAYERS))
    with torch.no_grad():
        for chunk in batches(train_cache.inputs, 64, False):
            frozen[chunk] = train_cache.features(encoder, chunk)
    head = fit_frozen_head(frozen, y_train, len(labels))
    baseline = score(predict(encoder, head, test_cache, len(test)), y_test, labels)
    print(f"frozen features (layers 3+6), logistic regression: {describe(baseline)} ({elapsed()})", flush=True)
    if args.head_init == "zero":
        # A fresh head, as fine-tuning recipes start: the frozen fit is near zero training loss, which leaves
        # the encoder little gradient.
        torch.nn.init.zeros_(head.linear.weight)
        torch.nn.init.zeros_(head.linear.bias)
        print("head restarted from zero for fine-tuning", flush=True)
    if args.mode == "frozen":
        return

    trained = [p for layer in encoder.layers[first_trained:] for p in layer.parameters()]
    for p in trained:
        p.requires_grad_(True)
    optimiser = torch.optim.AdamW([{"params": trained, "lr": args.lr}, {"params": head.parameters(), "lr": args.head_lr}],
                                  weight_decay=0.01)
    steps_per_epoch = math.ceil(len(train) / args.batch)
    total = steps_per_epoch * args.epochs
    warmup = max(1, int(0.06 * total))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: (s + 1) / warmup if s < warmup else max(0.0, (total - s) / (total - warmup)))
    print(f"training {sum(p.numel() for p in trained) / 1e6:.2f}M encoder parameters ({args.mode}) + head;"
          f" {args.epochs} epochs of {steps_per_epoch} steps, batch {args.batch}, lr {args.lr}, head lr {args.head_lr}", flush=True)
    for epoch in range(args.epochs):
        encoder.train()
        head.train()
        total_loss, seen = 0.0, 0
        for chunk in batches(train_ids, args.batch, True, rng):
            loss = F.cross_entropy(head(train_cache.features(encoder, chunk)), y_train[chunk])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total_loss += loss.item() * len(chunk)
            seen += len(chunk)
            if seen // args.batch % 50 == 0:
                print(f"  step {seen // args.batch} of {steps_per_epoch}: loss {total_loss / seen:.4f} ({elapsed()})", flush=True)
        s = score(predict(encoder, head, test_cache, len(test)), y_test, labels)
        print(f"epoch {epoch + 1}: training loss {total_loss / seen:.4f}; held out {describe(s)} ({elapsed()})", flush=True)


def check(args):
    """The torch encoder's sentence embeddings against the numpy reference peer's on 50 sentences."""
    texts = [t for t, _ in load_banking(args.data, 0)[1][:25]] if args.data else []
    texts += ["Where is my parcel?", "I want to cancel order 12345", "hello there", "my card was charged twice",
              "Can you tell me how to reset my password please?", "what's the weather in paris tomorrow",
              "refund", "The delivery came damaged and the box was wet.", "do you sell running shoes in size 44",
              "I'd like to talk to a human"]
    while len(texts) < 50:
        texts.append(f"sentence number {len(texts)}: can I change the delivery address of my order {len(texts) * 7}?")
    texts = texts[:50]
    reference = os.path.join(os.path.dirname(__file__), "../../../Tests/MeshEncoderTests/Peers/minilm_reference.py")
    with tempfile.TemporaryDirectory() as tmp:
        with open(f"{tmp}/in.json", "w") as f:
            json.dump(texts, f)
        subprocess.run([sys.executable, reference, "embed", args.model, f"{tmp}/in.json", f"{tmp}/out.json"], check=True)
        with open(f"{tmp}/out.json") as f:
            peer = json.load(f)
    encoder = Encoder(args.model).eval()
    ids = encoder.ids(texts)
    assert ids == peer["ids"], "tokenisation differs from the reference"
    with torch.no_grad():
        t, mask = pad(ids)
        x, add = encoder.embed(t), additive_mask(mask)
        for i in range(6):
            x = encoder.layer(i, x, add)
        mine = mean_pool(x, mask).double().numpy()
    theirs = np.asarray(peer["embeddings"])
    cosines = (mine * theirs).sum(1) / np.linalg.norm(mine, axis=1) / np.linalg.norm(theirs, axis=1)
    print(f"{len(texts)} sentences: cosine to the reference min {cosines.min():.7f}, mean {cosines.mean():.7f}")
    if cosines.min() < 0.9999:
        sys.exit("the torch encoder does not match the reference")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", choices=["check", "banking77", "clinc150"])
    parser.add_argument("--model", required=True)
    parser.add_argument("--data")
    parser.add_argument("--fold", type=int, default=0)
    parser.add_argument("--mode", choices=["frozen", "top2", "full"], default="frozen")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--head-init", choices=["frozen", "zero"], default="frozen",
                        help="start the fine-tuned head from the frozen features' fit, or from zero")
    args = parser.parse_args()
    torch.set_num_threads(1)
    if args.task == "check":
        return check(args)
    if not args.data:
        sys.exit("--data is needed")
    train, test = load_banking(args.data, args.fold) if args.task == "banking77" else load_clinc(args.data)
    run(args, train, test)


if __name__ == "__main__":
    main()
