"""Reference sentence embeddings for the Swift encoder's tests and benchmark: numpy only, reading the same
model.safetensors by parsing its header, tokenising with the `tokenizers` package from tokenizer.json.

    minilm_reference.py embed MODEL_DIR IN.json OUT.json   # IN: list of texts; OUT: {"ids", "embeddings"}
    minilm_reference.py bench MODEL_DIR IN.json            # prints ms/message at batch 1 and messages/s at 32

Batches are padded to the longest sentence with an attention mask, as transformers does it, so the test
also checks that the Swift encoder's unpadded batching computes the same thing.
"""
import json
import math
import os
import signal
import struct
import sys
import time

# One BLAS thread: the machine's cores are shared with the Swift side and other tests (set before numpy loads).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def load_safetensors(path):
    with open(path, "rb") as f:
        (length,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(length))
        data = f.read()
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        begin, end = entry["data_offsets"]
        tensors[name] = np.frombuffer(data[begin:end], dtype=DTYPES[entry["dtype"]]).reshape(entry["shape"])
    return tensors


def erf(x):
    # Abramowitz and Stegun 7.1.26 (|error| < 1.5e-7): numpy has no erf, and math.erf per element is slow.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * np.exp(-a * a)
    return sign * y


class Model:
    def __init__(self, model_dir, dtype):
        with open(f"{model_dir}/config.json") as f:
            self.config = json.load(f)
        raw = load_safetensors(f"{model_dir}/model.safetensors")
        self.w = {k: v.astype(dtype) for k, v in raw.items() if v.dtype != np.int64}
        # Dense weights transposed once into contiguous [in, out] arrays: numpy's matmul leaves BLAS for
        # its slow loop on a transposed view inside a stacked product.
        self.t = {k: np.ascontiguousarray(v.T) for k, v in self.w.items() if v.ndim == 2 and ".layer." in k}
        self.dtype = dtype
        self.tokenizer = Tokenizer.from_file(f"{model_dir}/tokenizer.json")
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(256)

    def ids(self, texts):
        return [e.ids for e in self.tokenizer.encode_batch(texts)]

    def layer_norm(self, x, name):
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        eps = self.config["layer_norm_eps"]
        return (x - mean) / np.sqrt(var + eps) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def dense(self, x, name):
        flat = x.reshape(-1, x.shape[-1]) @ self.t[name + ".weight"] + self.w[name + ".bias"]
        return flat.reshape(x.shape[:-1] + (flat.shape[-1],))

    def embed_ids(self, batch):
        w, heads = self.w, self.config["num_attention_heads"]
        b, longest = len(batch), max(len(s) for s in batch)
        ids = np.zeros((b, longest), dtype=np.int64)
        mask = np.zeros((b, longest), dtype=self.dtype)
        for i, s in enumerate(batch):
            ids[i, : len(s)] = s
            mask[i, : len(s)] = 1
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:longest] \
            + w["embeddings.token_type_embeddings.weight"][0]
        x = self.layer_norm(x, "embeddings.LayerNorm")
        hidden = x.shape[-1]
        d = hidden // heads
        additive = (1.0 - mask)[:, None, None, :] * np.finfo(self.dtype).min
        for i in range(self.config["num_hidden_layers"]):
            p = f"encoder.layer.{i}."

            def split(t):
                return np.ascontiguousarray(t.reshape(b, longest, heads, d).transpose(0, 2, 1, 3))

            q = split(self.dense(x, p + "attention.self.query"))
            k = split(self.dense(x, p + "attention.self.key"))
            v = split(self.dense(x, p + "attention.self.value"))
            scores = q @ np.ascontiguousarray(k.transpose(0, 1, 3, 2)) / math.sqrt(d) + additive
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(b, longest, hidden)
            x = self.layer_norm(x + self.dense(context, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            inner = self.dense(x, p + "intermediate.dense")
            inner = 0.5 * inner * (1.0 + erf(inner / math.sqrt(2.0)))
            x = self.layer_norm(x + self.dense(inner, p + "output.dense"), p + "output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def embed(self, texts, batch_size=16):
        # Batches of similar length (padded to the longest of each), results back in input order.
        all_ids = self.ids(texts)
        order = sorted(range(len(all_ids)), key=lambda i: len(all_ids[i]))
        out = np.zeros((len(all_ids), self.config["hidden_size"]))
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            out[batch] = self.embed_ids([all_ids[i] for i in batch])
        return all_ids, out


def main():
    # A child inherits the test process's signal mask, in which SIGTERM is blocked: unblock it so that the
    # test's stop() ends a run that took too long.
    signal.signal(signal.SIGTERM, lambda *_: os._exit(1))
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    mode, model_dir, path = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(path, encoding="utf-8") as f:
        texts = json.load(f)
    if mode == "embed":
        # float32 like the Swift encoder (float64 would add nothing at a cosine tolerance of 1e-4, at twice the time).
        ids, embeddings = Model(model_dir, np.float32).embed(texts)
        with open(sys.argv[4], "w") as f:
            json.dump({"ids": ids, "embeddings": embeddings.astype(float).tolist()}, f)
    elif mode == "bench":
        model = Model(model_dir, np.float32)
        ids = model.ids(texts)
        start, cpu = time.perf_counter(), time.thread_time()
        for s in ids:
            model.embed_ids([s])
        single = (time.perf_counter() - start) / len(ids)
        single_cpu = (time.thread_time() - cpu) / len(ids)
        start, cpu = time.perf_counter(), time.thread_time()
        for i in range(0, len(ids), 32):
            model.embed_ids(ids[i : i + 32])
        batched = len(ids) / (time.perf_counter() - start)
        batched_cpu = len(ids) / (time.thread_time() - cpu)
        print(f"numpy {np.__version__}: batch 1 CPU {single_cpu * 1000:.2f} ms/message (wall {single * 1000:.2f});"
              f" batches of 32 {batched_cpu:.0f} messages per CPU second (wall {batched:.0f}/s)")
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
