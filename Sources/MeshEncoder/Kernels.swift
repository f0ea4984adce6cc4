import COpenBLAS
import Foundation

/// The forward pass's arithmetic on raw buffers: one BLAS product and fused element-wise passes
/// (bias + GELU, bias + residual + LayerNorm, scaled softmax), so each activation is read once per step.
enum Kernels {
  /// `c[m×n] = alpha · a[m×k] · b[k×n]` (row-major; `b` transposed when `transposeB`), with leading
  /// dimensions for reading heads in place out of the fused query/key/value rows.
  @inline(__always)
  static func gemm(m: Int, n: Int, k: Int, alpha: Float = 1, a: UnsafePointer<Float>, lda: Int,
                   b: UnsafePointer<Float>, ldb: Int, transposeB: Bool = false, c: UnsafeMutablePointer<Float>, ldc: Int) {
    cblas_sgemm(CblasRowMajor, CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans, blasint(m), blasint(n), blasint(k),
                alpha, a, blasint(lda), b, blasint(ldb), 0, c, blasint(ldc))
  }

  /// Adds `bias` to every row of `x[rows×width]`.
  static func addBias(_ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, bias: UnsafePointer<Float>) {
    for r in 0..<rows {
      let row = x + r * width
      for j in 0..<width { row[j] += bias[j] }
    }
  }

  /// `x = gelu(x + bias)` row by row, with the exact erf form BERT uses.
  static func addBiasGELU(_ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, bias: UnsafePointer<Float>) {
    let invSqrt2: Float = 0.70710678118654752
    for r in 0..<rows {
      let row = x + r * width
      for j in 0..<width {
        let v = row[j] + bias[j]
        row[j] = 0.5 * v * (1 + erff(v * invSqrt2))
      }
    }
  }

  /// `x = LayerNorm(x + delta + bias)` row by row (biased variance, as PyTorch).
  static func addResidualLayerNorm(_ x: UnsafeMutablePointer<Float>, delta: UnsafePointer<Float>, bias: UnsafePointer<Float>,
                                   rows: Int, width: Int, scale: UnsafePointer<Float>, shift: UnsafePointer<Float>,
                                   epsilon: Float) {
    for r in 0..<rows {
      let row = x + r * width, d = delta + r * width
      var sum: Float = 0
      for j in 0..<width {
        let v = row[j] + d[j] + bias[j]
        row[j] = v
        sum += v
      }
      normalizeRow(row, width: width, mean: sum / Float(width), scale: scale, shift: shift, epsilon: epsilon)
    }
  }

  /// LayerNorm of one row whose mean is known.
  @inline(__always)
  static func normalizeRow(_ row: UnsafeMutablePointer<Float>, width: Int, mean: Float, scale: UnsafePointer<Float>,
                           shift: UnsafePointer<Float>, epsilon: Float) {
    var variance: Float = 0
    for j in 0..<width {
      let c = row[j] - mean
      variance += c * c
    }
    let inv = 1 / (variance / Float(width) + epsilon).squareRoot()
    for j in 0..<width { row[j] = (row[j] - mean) * inv * scale[j] + shift[j] }
  }

  /// Softmax of each row of `s[rows×width]` in place.
  static func softmaxRows(_ s: UnsafeMutablePointer<Float>, rows: Int, width: Int) {
    for r in 0..<rows {
      let row = s + r * width
      var top = -Float.infinity
      for j in 0..<width where row[j] > top { top = row[j] }
      var sum: Float = 0
      for j in 0..<width {
        let e = expf(row[j] - top)
        row[j] = e
        sum += e
      }
      let inv = 1 / sum
      for j in 0..<width { row[j] *= inv }
    }
  }
}
