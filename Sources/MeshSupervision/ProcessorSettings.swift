public import MeshConfig

/// The processor's `--set` settings for the mesh file's `processor:` section: the adapter calls' deadline
/// (`adapter_timeout_ms`), none when the section leaves the default.
public enum ProcessorSettings {
  /// The setting that carries `processor.adapter_timeout`, in milliseconds.
  public static let adapterTimeoutKey = "adapter_timeout_ms"

  /// `key=value` pairs for `mesh serve processor --set`.
  /// - Parameter mesh: the mesh file.
  public static func pairs(for mesh: MeshFile) -> [String] {
    guard let timeout = mesh.processor?.adapterTimeout else { return [] }
    return ["\(adapterTimeoutKey)=\(timeout.milliseconds)"]
  }
}
