// swift-tools-version:6.0
// The mesh: gRPC over HTTP/2 on nghttp2, protobuf through protobuf-c, TLS and crypto by OpenSSL,
// storage in PostgreSQL through libpq. The layers of docs/ARCHITECTURE.md, bottom-up.
import PackageDescription

/// One set of settings for every Swift target: Swift 6 mode, explicit existentials, and imports that
/// stay internal unless a module says `public import` (so C types never leak into public APIs).
let swiftSettings: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

// MARK: - Layer 1: C bindings, one system library per C library.
let cBindings: [Target] = [
  // HTTP/2 framing and session state (libnghttp2-dev).
  .systemLibrary(name: "CNGHTTP2", path: "Sources/CBindings/CNGHTTP2", pkgConfig: "libnghttp2",
                 providers: [.apt(["libnghttp2-dev"])]),
  // protobuf-c runtime: pack, unpack and descriptors (libprotobuf-c-dev).
  .systemLibrary(name: "CProtobufC", path: "Sources/CBindings/CProtobufC", pkgConfig: "libprotobuf-c",
                 providers: [.apt(["libprotobuf-c-dev"])]),
  // OpenSSL 3: TLS, AEAD, signatures, randomness (libssl-dev).
  .systemLibrary(name: "COpenSSL", path: "Sources/CBindings/COpenSSL", pkgConfig: "openssl",
                 providers: [.apt(["libssl-dev"])]),
  // libpq, the PostgreSQL client (libpq-dev).
  .systemLibrary(name: "CPostgres", path: "Sources/CBindings/CPostgres", pkgConfig: "libpq",
                 providers: [.apt(["libpq-dev"])]),
  // epoll and eventfd, which Glibc's Swift module does not export.
  .systemLibrary(name: "CLinux", path: "Sources/CBindings/CLinux"),
  // zlib, for gRPC's gzip and deflate message encodings (zlib1g-dev).
  .systemLibrary(name: "CZlib", path: "Sources/CBindings/CZlib", pkgConfig: "zlib",
                 providers: [.apt(["zlib1g-dev"])]),
  // mimalloc, malloc for every shipped executable (libmimalloc-dev; no pkg-config file, so no pkgConfig):
  // only executables depend on it, and their main file imports it to link it (docs/ARCHITECTURE.md).
  .systemLibrary(name: "CMimalloc", path: "Sources/CBindings/CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
]

// MARK: - Layer 2: generated C for Protos/ (protoc-c output).
let generatedC: [Target] = [
  // protoc-c output for every proto in Protos/, plus accessors returning descriptor addresses.
  .target(name: "CMeshProtos", dependencies: ["CProtobufC"], path: "Sources/CMeshProtos"),
  // protoc-c output for google/protobuf/descriptor.proto: how the stub generator reads descriptor sets.
  .target(name: "CProtoDescriptor", dependencies: ["CProtobufC"], path: "Sources/CProtoDescriptor"),
]

// MARK: - Layers 3-6: the RPC core, the protobuf bridge, the transport, generated Swift, the generator.
let rpc: [Target] = [
  // The RPC model: status, errors, metadata, method descriptors, call options, router. Pure Swift, no C.
  .target(name: "MeshCore", path: "Sources/MeshCore", swiftSettings: swiftSettings),
  .testTarget(name: "MeshCoreTests", dependencies: ["MeshCore"], swiftSettings: swiftSettings),

  // Packs and unpacks generated Swift messages through protobuf-c; reflection over its descriptors.
  .target(name: "MeshProtobuf", dependencies: ["MeshCore", "CProtobufC", "CProtoDescriptor"], path: "Sources/MeshProtobuf",
          swiftSettings: swiftSettings),
  .testTarget(name: "MeshProtobufTests", dependencies: ["MeshProtobuf", "MeshProtos"],
              swiftSettings: swiftSettings),

  // HTTP/2 on nghttp2: event loops, TLS, gRPC framing and compression, server and client channels.
  .target(name: "MeshTransport", dependencies: ["MeshCore", "CNGHTTP2", "COpenSSL", "CZlib", "CLinux"],
          path: "Sources/MeshTransport", swiftSettings: swiftSettings),
  .testTarget(name: "MeshTransportTests", dependencies: ["MeshTransport", "MeshProtos", "MeshInterop", "MeshTestSupport"],
              exclude: ["Peers"], swiftSettings: swiftSettings),
  // Test-only helpers: the repository's paths and peer processes (grpcio, raw HTTP/2).
  .target(name: "MeshTestSupport", path: "Tests/MeshTestSupport", swiftSettings: swiftSettings),

  // Generated Swift for Protos/: messages, typed clients, service protocols. Do not edit by hand.
  .target(name: "MeshProtos", dependencies: ["MeshCore", "MeshProtobuf", "CMeshProtos"],
          path: "Sources/MeshProtos", swiftSettings: swiftSettings),

  // The stub generator: reads `protoc --descriptor_set_out` and writes Swift.
  .target(name: "MeshGenerator", dependencies: ["CProtobufC", "CProtoDescriptor"], path: "Sources/MeshGenerator",
          swiftSettings: swiftSettings),
  .executableTarget(name: "MeshStubGen", dependencies: ["MeshGenerator", "CMimalloc"], path: "Sources/MeshStubGen",
                    swiftSettings: swiftSettings),
  .testTarget(name: "MeshGeneratorTests", dependencies: ["MeshGenerator", "MeshTestSupport"], swiftSettings: swiftSettings),

  // grpc.health.v1 and server reflection (v1 and v1alpha), for any mesh server.
  .target(name: "MeshStandardServices", dependencies: ["MeshCore", "MeshProtos", "MeshProtobuf"],
          path: "Sources/MeshStandardServices", swiftSettings: swiftSettings),
  .testTarget(name: "MeshStandardServicesTests",
              dependencies: ["MeshStandardServices", "MeshTransport", "MeshInterop", "MeshTestSupport"],
              exclude: ["Peers"], swiftSettings: swiftSettings),

  // grpc.testing.TestService and the interop test cases of grpc/grpc.
  .target(name: "MeshInterop", dependencies: ["MeshCore", "MeshProtos", "MeshTransport"],
          path: "Sources/MeshInterop", swiftSettings: swiftSettings),
  .executableTarget(name: "InteropServer", dependencies: ["MeshInterop", "MeshStandardServices", "CMimalloc"],
                    path: "Sources/InteropServer", swiftSettings: swiftSettings),
  .executableTarget(name: "InteropClient", dependencies: ["MeshInterop", "CMimalloc"], path: "Sources/InteropClient",
                    swiftSettings: swiftSettings),
  .testTarget(name: "MeshInteropTests", dependencies: ["MeshInterop", "MeshStandardServices", "MeshTestSupport"],
              exclude: ["Peers"], swiftSettings: swiftSettings),
]

// MARK: - Layer 7: data.
let data: [Target] = [
  // libpq wrapper: connections, pool, parameterised queries, LISTEN/NOTIFY, migrations, embedded cluster.
  .target(name: "MeshPostgres", dependencies: ["CPostgres", "CLinux", "MeshMetrics"], path: "Sources/MeshPostgres",
          swiftSettings: swiftSettings),
  .testTarget(name: "MeshPostgresTests", dependencies: ["MeshPostgres", "MeshPostgresTestSupport", "MeshTestSupport"],
              swiftSettings: swiftSettings),
  // Test-only: a throwaway PostgreSQL cluster per suite.
  .target(name: "MeshPostgresTestSupport", dependencies: ["MeshPostgres"], path: "Tests/MeshPostgresTestSupport",
          swiftSettings: swiftSettings),

  // The application's stores: chat history, sessions, preferences, audit log, durable queue.
  .target(name: "MeshStores", dependencies: ["MeshPostgres", "MeshCrypto", "MeshPII", "MeshMetrics"], path: "Sources/MeshStores",
          resources: [.copy("Migrations")], swiftSettings: swiftSettings),
  .testTarget(name: "MeshStoresTests", dependencies: ["MeshStores", "MeshPostgresTestSupport"],
              swiftSettings: swiftSettings),
  // Enqueue/dequeue throughput and chat insert + paged read, against the embedded cluster (printed, not asserted).
  .executableTarget(name: "StoreBenchmark", dependencies: ["MeshStores", "MeshPostgres", "MeshCrypto"],
                    path: "Sources/Benchmarks/StoreBenchmark", swiftSettings: swiftSettings),
]

// MARK: - Security and intelligence libraries, each usable alone.
let libraries: [Target] = [
  // JWT (HS256, RS256, ES256, EdDSA), JWKS, API keys, AES-256-GCM keyring, HMAC: all on OpenSSL.
  .target(name: "MeshCrypto", dependencies: ["COpenSSL"], path: "Sources/MeshCrypto",
          swiftSettings: swiftSettings),
  .testTarget(name: "MeshCryptoTests", dependencies: ["MeshCrypto"], swiftSettings: swiftSettings),

  // Token bucket and GCRA limiters per key, with bounded memory.
  .target(name: "MeshRateLimit", path: "Sources/MeshRateLimit", swiftSettings: swiftSettings),
  .testTarget(name: "MeshRateLimitTests", dependencies: ["MeshRateLimit"], swiftSettings: swiftSettings),
  // Decisions per second with many keys, 1 and 2 threads (run in release).
  .executableTarget(name: "RateLimitBenchmark", dependencies: ["MeshRateLimit"],
                    path: "Sources/Benchmarks/RateLimitBenchmark", swiftSettings: swiftSettings),

  // The intent classifier and entity extraction.
  .target(name: "MeshIntent", dependencies: ["MeshPII", "MeshShopWords"], path: "Sources/MeshIntent", swiftSettings: swiftSettings),
  // Words both the entity extractor and the dialogue policy read (colours, price cues): one list each; and Debian's
  // English word list, the vocabulary the marketplace's and the n-gram fallback's spelling corrections leave alone.
  .target(name: "MeshShopWords", path: "Sources/MeshShopWords", swiftSettings: swiftSettings),
  .testTarget(name: "MeshIntentTests", dependencies: ["MeshIntent", "MeshShopWords"], swiftSettings: swiftSettings),

  // A BERT sentence encoder (all-MiniLM-L6-v2): safetensors, WordPiece, the transformer on CMeshKernels.
  // Optimised even in debug builds: its loops (attention softmax, GELU, LayerNorm) run about 50 times slower
  // unoptimised, and a test that embeds hundreds of sentences would hold the test process's threads for minutes.
  .target(name: "MeshEncoder", dependencies: ["CMeshKernels"], path: "Sources/MeshEncoder",
          swiftSettings: swiftSettings + [.unsafeFlags(["-O"])]),
  // The encoder's kernels in C: packed-weight products, attention, LayerNorm, GELU; AVX-512, AVX2 or portable
  // code chosen at run time from CPUID. Optimised in every build, as MeshEncoder.
  .target(name: "CMeshKernels", path: "Sources/CMeshKernels", cSettings: [.unsafeFlags(["-O2"])]),
  .testTarget(name: "MeshEncoderTests", dependencies: ["MeshEncoder", "CMeshKernels", "MeshTestSupport"], exclude: ["Peers"],
              swiftSettings: swiftSettings),

  // Intent heads on the sentence encoder's embeddings; its own target so MeshIntent stays free of BLAS
  // and of the weights, and callers that have no weights keep the n-gram model.
  // Optimised in debug builds too, as MeshEncoder: the trainer's per-step loops would otherwise hold tests for minutes.
  .target(name: "MeshNLU", dependencies: ["MeshIntent", "MeshEncoder", "CMeshKernels", "MeshCrypto"], path: "Sources/MeshNLU",
          swiftSettings: swiftSettings + [.unsafeFlags(["-O"])]),
  .testTarget(name: "MeshNLUTests", dependencies: ["MeshNLU"], swiftSettings: swiftSettings),
  // Encoder latency at batch 1, messages/s in batches, model memory, beside the n-gram model and numpy (printed).
  .executableTarget(name: "EncoderBenchmark", dependencies: ["MeshEncoder", "MeshNLU", "MeshIntent"],
                    path: "Sources/Benchmarks/EncoderBenchmark", swiftSettings: swiftSettings),

  // PII detection and redaction.
  .target(name: "MeshPII", dependencies: ["MeshCrypto"], path: "Sources/MeshPII", swiftSettings: swiftSettings),
  .testTarget(name: "MeshPIITests", dependencies: ["MeshPII"], swiftSettings: swiftSettings),
]

// MARK: - HTTP/1.1 (the gateway's edge and the marketplace) and the marketplace with its adapters.
let http: [Target] = [
  // Node's http_parser (libhttp-parser-dev): the HTTP/1.1 parser under MeshHTTP.
  .systemLibrary(name: "CHTTPParser", path: "Sources/CBindings/CHTTPParser",
                 providers: [.apt(["libhttp-parser-dev"])]),
  // HTTP/1.1 server and client on the mesh's event loops: strict framing, keep-alive, chunked, a router.
  .target(name: "MeshHTTP", dependencies: ["MeshTransport", "CHTTPParser"], path: "Sources/MeshHTTP",
          swiftSettings: swiftSettings),
  .testTarget(name: "MeshHTTPTests", dependencies: ["MeshHTTP", "MeshTestSupport"], exclude: ["Peers"],
              swiftSettings: swiftSettings),
  // MeshHTTP serving a short text, for mesh/bench/http1 (requests/s beside nginx and Python).
  .executableTarget(name: "HTTPBenchServer", dependencies: ["MeshHTTP", "MeshTransport"],
                    path: "Sources/Benchmarks/HTTPBenchServer", swiftSettings: swiftSettings),
  // The bundled marketplace: REST/JSON over HTTP/1.1 on its own PostgreSQL schema, with generated data.
  .target(name: "Marketplace", dependencies: ["MeshHTTP", "MeshPostgres", "MeshTransport", "MeshShopWords"],
          path: "Sources/Services/Marketplace", resources: [.copy("Migrations"), .copy("Seed/seed.sql")],
          swiftSettings: swiftSettings),
  .testTarget(name: "MarketplaceTests", dependencies: ["Marketplace", "MeshPostgresTestSupport", "MeshTestSupport"],
              exclude: ["Peers"], swiftSettings: swiftSettings),
  // What the six adapters share: the marketplace client (timeouts, retries, circuit breaker, error mapping).
  .target(name: "AdapterSupport", dependencies: ["MeshHTTP", "MeshCore", "MeshProtos", "MeshTransport", "MeshStandardServices",
                                                 "MeshMetrics", "MeshLogging"],
          path: "Sources/Services/AdapterSupport", swiftSettings: swiftSettings),
  // The adapters: one gRPC service each (Protos/mesh/<area>/v1) over the marketplace's HTTP/JSON API.
  .target(name: "SearchAdapter", dependencies: ["AdapterSupport"], path: "Sources/Services/SearchAdapter",
          swiftSettings: swiftSettings),
  .target(name: "OrderAdapter", dependencies: ["AdapterSupport"], path: "Sources/Services/OrderAdapter",
          swiftSettings: swiftSettings),
  .target(name: "UserAdapter", dependencies: ["AdapterSupport"], path: "Sources/Services/UserAdapter",
          swiftSettings: swiftSettings),
  .target(name: "ListingAdapter", dependencies: ["AdapterSupport"], path: "Sources/Services/ListingAdapter",
          swiftSettings: swiftSettings),
  .target(name: "ShippingAdapter", dependencies: ["AdapterSupport"], path: "Sources/Services/ShippingAdapter",
          swiftSettings: swiftSettings),
  .target(name: "PaymentAdapter", dependencies: ["AdapterSupport"], path: "Sources/Services/PaymentAdapter",
          swiftSettings: swiftSettings),
  // The six adapters on one gRPC server (mesh up, end-to-end tests).
  .target(name: "MarketplaceAdapters",
          dependencies: ["AdapterSupport", "SearchAdapter", "OrderAdapter", "UserAdapter", "ListingAdapter",
                         "ShippingAdapter", "PaymentAdapter"],
          path: "Sources/Services/MarketplaceAdapters", swiftSettings: swiftSettings),
  .testTarget(name: "AdapterTests",
              dependencies: ["AdapterSupport", "SearchAdapter", "OrderAdapter", "UserAdapter", "ListingAdapter",
                             "ShippingAdapter", "PaymentAdapter", "MarketplaceAdapters", "Marketplace", "MeshPostgresTestSupport",
                             "MeshTestSupport"],
              exclude: ["Peers"], swiftSettings: swiftSettings),
]

// MARK: - Layer 8: the edge gateway.
let gateway: [Target] = [
  // The edge: listeners (TLS, h2c, HTTP/1.1), edge protocols (gRPC, gRPC-Web, Connect, REST/JSON, static
  // files), the filter chain (limits, auth, rate limits, routing) and upstream clusters.
  .target(name: "MeshGateway",
          dependencies: ["MeshCore", "MeshTransport", "MeshHTTP", "MeshProtobuf", "MeshProtos", "MeshStandardServices", "CZlib",
                         "MeshCrypto", "MeshRateLimit", "MeshConfig", "MeshLogging", "MeshMetrics"],
          path: "Sources/MeshGateway", swiftSettings: swiftSettings),
  // A JWKS-only auth service and the mesh's token claims, shared by the gateway's tests and its benchmark
  // (not a dependency of any product).
  .target(name: "MeshAuthTestSupport", dependencies: ["MeshCore", "MeshCrypto", "MeshProtos"], path: "Tests/MeshAuthTestSupport",
          swiftSettings: swiftSettings),
  .testTarget(name: "MeshGatewayTests",
              dependencies: ["MeshGateway", "MeshGatewayProcess", "MeshInterop", "MeshStandardServices", "MeshTestSupport",
                             "MeshAuthTestSupport", "MeshMetrics",
                             // The filters' tests run the real auth and ratelimit services.
                             "MeshAuthService", "MeshRateLimitService", "MeshServiceKit", "MeshPostgresTestSupport", "MeshStores",
                             // REST routes of the annotated protos, over the real adapters and marketplace.
                             "MarketplaceAdapters", "Marketplace", "AdapterSupport"],
              exclude: ["Peers"], swiftSettings: swiftSettings),
  // The auth service's GetJwks with a fresh ES256 key and a token, for mesh/bench/gateway (no PostgreSQL).
  .executableTarget(name: "GatewayBenchAuth", dependencies: ["MeshAuthTestSupport", "MeshCore", "MeshCrypto", "MeshInterop",
                                                           "MeshProtos", "MeshTransport"],
                    path: "mesh/bench/gateway/auth-peer", swiftSettings: swiftSettings),
]

// The chat page of mesh/web in Debian's headless Chromium, through the gateway to every service.
let webTests: [Target] = [
  .testTarget(name: "MeshWebTests",
              dependencies: ["MeshGateway", "MeshConfig", "MeshAuthService", "MeshNLUService", "MeshContextService",
                             "MeshAnalyticsService", "MeshProcessorService", "MeshChatService", "Marketplace",
                             "MarketplaceAdapters", "AdapterSupport", "MeshPostgresTestSupport", "MeshTestSupport"],
              exclude: ["Peers"], swiftSettings: swiftSettings),
]

// MARK: - Layer 9: the assistant's services, each a library with a public entry to start it alone.
let services: [Target] = [
  // What every service shares: configuration, start/stop with health and reflection, caller identity.
  .target(name: "MeshServiceKit", dependencies: ["MeshCore", "MeshTransport", "MeshProtos", "MeshPostgres", "MeshStores",
                                                 "MeshStandardServices", "MeshAdmin", "MeshMetrics", "MeshHTTP", "MeshLogging"],
          path: "Sources/Services/Kit", swiftSettings: swiftSettings),
  // Sessions with TTL, refresh and revocation.
  .target(name: "MeshSessionService", dependencies: ["MeshServiceKit"], path: "Sources/Services/Session",
          swiftSettings: swiftSettings),
  // Dialogue state per conversation and user preferences, in PostgreSQL.
  .target(name: "MeshContextService", dependencies: ["MeshServiceKit"], path: "Sources/Services/Context",
          swiftSettings: swiftSettings),
  // The fine intents as a service (the encoder's head, or the n-gram model without weights): Parse and ParseBatch.
  .target(name: "MeshNLUService", dependencies: ["MeshServiceKit", "MeshIntent", "MeshNLU", "MeshEncoder", "MeshMetrics"],
          path: "Sources/Services/NLU",
          swiftSettings: swiftSettings),
  // Envoy-style global rate limiting: descriptors in, OK / OVER_LIMIT out.
  .target(name: "MeshRateLimitService", dependencies: ["MeshServiceKit", "MeshRateLimit"], path: "Sources/Services/RateLimit",
          swiftSettings: swiftSettings),
  // Tokens (EdDSA JWTs, rotating refresh tokens), the JWKS, API keys stored hashed; audited.
  .target(name: "MeshAuthService", dependencies: ["MeshServiceKit", "MeshCrypto"], path: "Sources/Services/Auth",
          swiftSettings: swiftSettings),
  // Events from chat and the processor, and their aggregates (intents per hour, resolution, p95).
  .target(name: "MeshAnalyticsService", dependencies: ["MeshServiceKit"], path: "Sources/Services/Analytics",
          swiftSettings: swiftSettings),
  // The dialogue policy (the ML engine's state machine): slots, confirmations, grounded templates. No I/O.
  .target(name: "MeshDialogue", dependencies: ["MeshShopWords"], path: "Sources/Services/Dialogue", swiftSettings: swiftSettings),
  .testTarget(name: "MeshDialogueTests", dependencies: ["MeshDialogue"], swiftSettings: swiftSettings),
  // Workers on the turn queue: NLU, context, policy, adapter calls, the stored reply, analytics, NOTIFY.
  // The optional OpenAI-compatible LLM backend: streamed chat completions (SSE), timeout, circuit breaker.
  .target(name: "MeshLLM", dependencies: ["MeshHTTP", "MeshTransport", "AdapterSupport"], path: "Sources/Services/LLM",
          swiftSettings: swiftSettings),
  .testTarget(name: "MeshLLMTests", dependencies: ["MeshLLM", "MeshHTTP", "MeshTransport", "MeshTestSupport"], exclude: ["Peers"], swiftSettings: swiftSettings),
  .target(name: "MeshProcessorService", dependencies: ["MeshServiceKit", "MeshDialogue", "MeshLLM", "MeshProtobuf", "MeshMetrics"],
          path: "Sources/Services/Processor",
          swiftSettings: swiftSettings),
  // The client-facing chat API: sealed history, one turn per message id, replies woken by LISTEN/NOTIFY.
  .target(name: "MeshChatService", dependencies: ["MeshServiceKit", "MeshDialogue", "MeshCrypto"], path: "Sources/Services/Chat",
          swiftSettings: swiftSettings),
  // Chat turns/s through chat, queue, processor, nlu, context, adapters and the marketplace; time to the
  // first reply chunk (printed, run in release).
  .executableTarget(name: "ChatBenchmark",
                    dependencies: ["MeshNLUService", "MeshContextService", "MeshAnalyticsService", "MeshProcessorService",
                                   "MeshChatService", "Marketplace", "MarketplaceAdapters", "AdapterSupport", "MeshLogging", "MeshMetrics",
                                   .product(name: "Logging", package: "swift-log"), "CMimalloc"],
                    path: "Sources/Benchmarks/ChatBenchmark", swiftSettings: swiftSettings),
  .testTarget(name: "MeshServicesTests",
              dependencies: ["MeshSessionService", "MeshContextService", "MeshNLUService", "MeshRateLimitService",
                             "MeshAuthService", "MeshAnalyticsService", "MeshProcessorService", "MeshChatService",
                             "Marketplace", "MarketplaceAdapters", "AdapterSupport", "MeshPostgresTestSupport", "MeshTestSupport",
                             "MeshAssistantScripts", "MeshMetrics"],
              swiftSettings: swiftSettings),
  // The scripted conversations of the end-to-end tests, written once: run in-process (MeshServicesTests)
  // and over the processes of `mesh up` through the gateway (MeshCLITests).
  .target(name: "MeshAssistantScripts", dependencies: ["MeshCore", "MeshPostgres", "MeshProtos"], path: "Tests/MeshAssistantScripts",
          swiftSettings: swiftSettings),
]

// MARK: - Operations: the mesh file, metrics, logs.
let operations: [Target] = [
  // The mesh file (mesh/mesh.yaml): one Codable schema over Yams, and a checker that reports every problem
  // with its line and column.
  .target(name: "MeshConfig", dependencies: [.product(name: "Yams", package: "Yams")], path: "Sources/MeshConfig",
          swiftSettings: swiftSettings),
  .testTarget(name: "MeshConfigTests", dependencies: ["MeshConfig"], swiftSettings: swiftSettings),
  // Counters, gauges and histograms with labels on atomics; Prometheus text exposition; gRPC server metrics.
  .target(name: "MeshMetrics", dependencies: ["MeshCore"], path: "Sources/MeshMetrics", swiftSettings: swiftSettings),
  .testTarget(name: "MeshMetricsTests", dependencies: ["MeshMetrics", "MeshTestSupport", "MeshTransport", "MeshInterop"],
              swiftSettings: swiftSettings),
  // Cost of decoding and encoding typical messages through protobuf-c, per message (printed, run in release).
  .executableTarget(name: "ProtobufBenchmark", dependencies: ["MeshProtobuf", "MeshProtos"],
                    path: "Sources/Benchmarks/ProtobufBenchmark", swiftSettings: swiftSettings),
  // Cost of an increment and of an observation, 1 and 2 threads (printed, run in release).
  .executableTarget(name: "MetricsBenchmark", dependencies: ["MeshMetrics", "MeshCore"], path: "Sources/Benchmarks/MetricsBenchmark",
                    swiftSettings: swiftSettings),
  // JSON-lines backend for swift-log with PII redacted by MeshPII; W3C traceparent and its interceptors.
  .target(name: "MeshLogging", dependencies: ["MeshPII", "MeshCore", .product(name: "Logging", package: "swift-log")],
          path: "Sources/MeshLogging", swiftSettings: swiftSettings),
  .testTarget(name: "MeshLoggingTests", dependencies: ["MeshLogging", "MeshTransport", "MeshInterop", "MeshProtos",
                                                   "MeshStandardServices"],
              swiftSettings: swiftSettings),
  // The admin HTTP endpoint of every process: /metrics, /healthz, /readyz on MeshHTTP.
  .target(name: "MeshAdmin", dependencies: ["MeshHTTP", "MeshMetrics"], path: "Sources/MeshAdmin",
          swiftSettings: swiftSettings),
  .testTarget(name: "MeshAdminTests", dependencies: ["MeshAdmin", "MeshTestSupport"], swiftSettings: swiftSettings),
  // mesh/ops (alert rules, dashboard, scrape config) and mesh/deploy (Kubernetes) checked offline.
  .testTarget(name: "MeshOpsTests", dependencies: ["MeshConfig", "MeshSupervision", "MeshTestSupport", "MeshTransport",
                                                  .product(name: "Yams", package: "Yams")],
              swiftSettings: swiftSettings),
]

// MARK: - Layer 10: the `mesh` command.
let cliDependencies: [Target.Dependency] = [
  "MeshCore", "MeshTransport", "MeshInterop", "MeshStandardServices", "MeshGenerator", "MeshPostgres", "MeshStores",
  "MeshIntent", "MeshPII", "MeshCrypto", "MeshRateLimit", "MeshConfig", "MeshMetrics", "MeshAdmin", "MeshHTTP", "MeshLogging",
  "MeshEncoder", "MeshNLU", "MeshSupervision", "MeshGateway", "MeshProcessSupport", "MeshGatewayProcess",
  // The assistant's services, for `mesh serve NAME`.
  "MeshSessionService", "MeshContextService", "MeshNLUService", "MeshRateLimitService", "MeshAuthService",
  "MeshAnalyticsService", "MeshProcessorService", "MeshChatService", "Marketplace", "MarketplaceAdapters", "AdapterSupport",
  "MeshDialogue",  // `mesh nlu eval --heldout` measures decisions under the policy's confidence floor as it acts on them
  .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Logging", package: "swift-log"),
]
/// How `mesh-gateway` links the Swift runtime and Foundation statically on Linux: `-static-stdlib`, and the
/// static archives Foundation itself needs (autolinking names only the modules our code imports), as one
/// group so their order does not matter. lld with packed relative relocations (DT_RELR, glibc 2.36): the
/// binary stays position-independent, but the loader reads 48 KiB of relocations instead of 2.2 MiB of
/// RELA entries at start, about 3 MiB less idle RSS (mesh/bench/gateway/README.md).
let staticFoundationFlags: [String] = ["-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                                       "-Xlinker", "--start-group"]
  + ["Foundation", "FoundationInternationalization", "FoundationEssentials", "_FoundationICU", "_FoundationCShims",
     "_FoundationCollections", "CoreFoundation", "swiftSynchronization", "swiftDispatch", "dispatch", "BlocksRuntime"]
    .flatMap { ["-Xlinker", "-l\($0)"] }
  + ["-Xlinker", "--end-group"]
let cli: [Target] = [
  // What every served process shares: its log format, the link to its supervisor, SIGINT/SIGTERM.
  .target(name: "MeshProcessSupport", dependencies: ["CLinux", "MeshLogging", .product(name: "Logging", package: "swift-log")],
          swiftSettings: swiftSettings),
  // The gateway process (start, SIGHUP reload, drain) as a library: `mesh-gateway` runs it, and `mesh serve
  // gateway` when no `mesh-gateway` sits beside `mesh`.
  .target(name: "MeshGatewayProcess",
          dependencies: ["MeshGateway", "MeshProcessSupport", "MeshAdmin", "MeshConfig", "MeshHTTP", "MeshLogging", "MeshMetrics",
                         "MeshTransport"],
          swiftSettings: swiftSettings),
  // `mesh-gateway`: the gateway alone, what `mesh serve gateway` and `mesh up` exec. The Swift runtime and
  // Foundation linked statically: only the pages it touches count (mesh/bench/gateway/README.md, idle RSS).
  .executableTarget(name: "MeshGatewayMain", dependencies: ["MeshGatewayProcess", "MeshProcessSupport", "CMimalloc"],
                    path: "Sources/MeshGatewayMain", swiftSettings: swiftSettings,
                    linkerSettings: [.unsafeFlags(staticFoundationFlags, .when(platforms: [.linux]))]),
  // What `mesh up` decides without processes: start order and arguments, restart backoff, the status table.
  .target(name: "MeshSupervision", dependencies: ["MeshConfig"], swiftSettings: swiftSettings),
  .executableTarget(name: "MeshCLI", dependencies: cliDependencies + ["CMimalloc"], path: "Sources/MeshCLI",
                    swiftSettings: swiftSettings),
  // Runs the built `mesh` binary: every command's --help, wrong flags, `mesh check`, cleanup after a failed `up`,
  // and the assistant's scripted conversations through the gateway to the processes of one `mesh up`.
  .testTarget(name: "MeshCLITests", dependencies: ["MeshTestSupport", "MeshPostgres", "MeshAssistantScripts", "MeshTransport", "MeshProtos",
                                                 "MeshCore", "MeshCLI", "MeshConfig", "Marketplace"], exclude: ["Peers"],
              swiftSettings: swiftSettings),
]

// MARK: - Packages: argument parsing (CLI), YAML (the mesh file), the logging API.
let packageDependencies: [Package.Dependency] = [
  .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
]
let allTargets: [Target] = cBindings + generatedC + rpc + data + libraries + http + gateway + services + webTests + operations + cli

let package = Package(
  name: "swift-mesh",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "mesh", targets: ["MeshCLI"]),
    // The gateway alone; `mesh serve gateway` and `mesh up` exec it when it is built beside `mesh`.
    .executable(name: "mesh-gateway", targets: ["MeshGatewayMain"]),
    .executable(name: "interop-server", targets: ["InteropServer"]),
    .executable(name: "interop-client", targets: ["InteropClient"]),
    .executable(name: "mesh-stubgen", targets: ["MeshStubGen"]),
    .library(name: "MeshCore", targets: ["MeshCore"]),
    .library(name: "MeshTransport", targets: ["MeshTransport"]),
    .library(name: "MeshProtos", targets: ["MeshProtos"]),
  ],
  dependencies: packageDependencies,
  targets: allTargets
)
