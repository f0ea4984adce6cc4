#!/usr/bin/env bash
# Runs every test: installs what is missing, checks the generated stubs are fresh, builds, tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
mesh/scripts/install-deps.sh --test-peers
export PATH="$PWD/.venv/bin:$PATH"
mesh/scripts/generate.sh --check
swift build --build-tests -j 2

# Swift Testing starts every test of a process at once. On 2 cores, the peer processes (grpcio, PostgreSQL,
# promtool, numpy) of all suites starting together left deadline-bound tests without CPU for a minute, so
# the suites that start peers run in groups, one `swift test` process after another, and the rest last.
heavy=(
  '^MeshTransportTests\.'
  '^(MeshInteropTests|MeshStandardServicesTests)\.'
  '^(MeshServicesTests|AdapterTests|MarketplaceTests|MeshLLMTests)\.'
  '^(MeshCLITests|MeshOpsTests|MeshAdminTests|MeshHTTPTests)\.'
  '^(MeshPostgresTests|MeshStoresTests)\.'
  '^MeshGatewayTests\.'
  '^MeshWebTests\.'
)
failed=()
for group in "${heavy[@]}"; do
  echo "== swift test --filter '$group'"
  swift test --skip-build --parallel --num-workers 2 --filter "$group" || failed+=("$group")
done
skip=()
for group in "${heavy[@]}"; do skip+=(--skip "$group"); done
echo "== swift test (every other suite)"
swift test --skip-build --parallel --num-workers 2 "${skip[@]}" || failed+=("the other suites")

# The libFuzzer harness over the entity extractor and every PII scanner (mesh/fuzz/run.sh), for a bounded
# time (MESH_FUZZ_SECONDS, default 60): a crash, trap or sanitizer report fails the run.
echo "== mesh/fuzz/run.sh ${MESH_FUZZ_SECONDS:-60}"
mesh/fuzz/run.sh "${MESH_FUZZ_SECONDS:-60}" || failed+=("the fuzz harness")

if [ ${#failed[@]} -gt 0 ]; then
  echo "test.sh: failures in ${#failed[@]} group(s): ${failed[*]}" >&2
  exit 1
fi
echo "test.sh: every group passed"
