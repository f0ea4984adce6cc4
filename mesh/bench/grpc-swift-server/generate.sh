#!/usr/bin/env bash
# Regenerates the committed Swift code of the grpc-swift-2 peer from ../proto. Slow the first time
# (it builds protoc-gen-swift and protoc-gen-grpc-swift-2, about 10 minutes), which is why the output
# is committed and run.sh never calls this.
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release -j 2 --product protoc-gen-swift
swift build -c release -j 2 --product protoc-gen-grpc-swift-2
out=Sources/GRPCSwiftBenchServer/Generated
protos=(grpc/testing/empty.proto grpc/testing/messages.proto grpc/testing/test.proto)
protoc -I ../proto --plugin=protoc-gen-swift=.build/release/protoc-gen-swift \
  --swift_out="$out" --swift_opt=Visibility=Internal "${protos[@]}"
protoc -I ../proto --plugin=protoc-gen-grpc-swift=.build/release/protoc-gen-grpc-swift-2 \
  --grpc-swift_out="$out" --grpc-swift_opt=Visibility=Internal,Server=true,Client=false grpc/testing/test.proto
