"""What int8 quantization schemes would cost the encoder's embeddings, simulated in numpy (float32 products on
quantized-then-dequantized values) over minilm_reference.py's model: worst and mean cosine to the float32
embeddings. Used to choose the int8 product's scheme (mesh/docs/ENCODER.md, "int8 products"); not a test.

    .venv/bin/python int8_simulation.py MODEL_DIR CLINC150_JSON MODE...

MODE: w (weights, one scale per output column), a (activations, one scale and zero point per row), wa (both:
gemm_int8.c), W / Wa / Wag64 (weights, and activations for ag64, with a scale per 64 inputs as well),
smooth0.5 (SmoothQuant: per-input factors from the same texts' activation maxima, alpha 0.5).
"""
import json
import sys

import numpy as np

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import minilm_reference as R  # noqa: E402

GROUP = 64


def quantize_weights(w):  # [in, out], symmetric, one scale per output column
    s = np.abs(w).max(0) / 127
    s[s == 0] = 1
    return np.clip(np.rint(w / s), -127, 127) * s


def quantize_weight_groups(w):
    out = np.empty_like(w)
    for g in range(0, w.shape[0], GROUP):
        out[g : g + GROUP] = quantize_weights(w[g : g + GROUP])
    return out


def quantize_rows(x, group=None):  # asymmetric u8 per row (or per row and group of inputs), 0 in range
    if group:
        out = np.empty_like(x)
        for g in range(0, x.shape[1], group):
            out[:, g : g + group] = quantize_rows(x[:, g : g + group])
        return out
    lo = np.minimum(x.min(1, keepdims=True), 0)
    hi = np.maximum(x.max(1, keepdims=True), 0)
    s = (hi - lo) / 255
    s[s == 0] = 1
    z = np.rint(-lo / s)
    return (np.clip(np.rint(x / s) + z, 0, 255) - z) * s


class Quantized(R.Model):
    mode = "none"
    maxima = {}

    def dense(self, x, name):
        flat, w, m = x.reshape(-1, x.shape[-1]), self.t[name + ".weight"], self.mode
        if m == "calibrate":
            self.maxima[name] = np.maximum(self.maxima.get(name, 0), np.abs(flat).max(0))
        elif m.startswith("smooth"):
            alpha = float(m[6:])
            factor = np.maximum(self.maxima[name], 1e-5) ** alpha / np.maximum(np.abs(w).max(1), 1e-5) ** (1 - alpha)
            flat, w = quantize_rows(flat / factor), quantize_weights(w * factor[:, None])
        elif m != "none":
            if "W" in m:
                w = quantize_weight_groups(w)
            elif "w" in m:
                w = quantize_weights(w)
            if "a" in m:
                flat = quantize_rows(flat, GROUP if "g" in m else None)
        out = flat @ w + self.w[name + ".bias"]
        return out.reshape(x.shape[:-1] + (out.shape[-1],))


def main():
    model_dir, data, modes = sys.argv[1], sys.argv[2], sys.argv[3:]
    texts = [t for t, _ in json.load(open(data))["val"][:600:4]]
    texts += ["I want to return the blue shoes from order #12345, they don't fit!!", "wo ist meine bestellung", "ok", ""]
    model = Quantized(model_dir, np.float32)
    _, reference = model.embed(texts)
    Quantized.mode = "calibrate"
    model.embed(texts)
    for mode in modes:
        Quantized.mode = mode
        _, e = model.embed(texts)
        c = (e * reference).sum(1) / np.linalg.norm(e, axis=1) / np.linalg.norm(reference, axis=1)
        print(f"{mode}: {len(texts)} texts, worst cosine {c.min():.6f}, mean {c.mean():.6f}", flush=True)


if __name__ == "__main__":
    main()
