import Glibc

/// Which malloc this process runs on, as `/metrics` reports it (`mesh_process_allocator_info{name}`). The
/// shipped executables link mimalloc ahead of libc (docs/ARCHITECTURE.md, "The process's allocator"); this
/// asks the dynamic linker where `malloc` really binds rather than trusting the link line, so an ASan build
/// (its interceptors win), an `LD_PRELOAD` or a binary without mimalloc says so.
enum ProcessAllocator {
  /// `mimalloc` when malloc is mimalloc's, `glibc` when it is libc's, `other` otherwise (ASan, a preloaded allocator).
  static let name: String = {
    // A nil handle is RTLD_DEFAULT: the definition every caller in the process binds to.
    guard let malloc = dlsym(nil, "malloc") else { return "other" }
    // mimalloc's `malloc` is an alias of `mi_malloc`: the same address when it is the one in use.
    if let mimalloc = dlsym(nil, "mi_malloc"), mimalloc == malloc { return "mimalloc" }
    if let libc = dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD) {
      defer { dlclose(libc) }
      if dlsym(libc, "malloc") == malloc { return "glibc" }
    }
    return "other"
  }()
}
