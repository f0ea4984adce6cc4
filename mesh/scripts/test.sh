#!/usr/bin/env bash
# Runs every test: installs what is missing, checks the generated stubs are fresh, builds, tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
mesh/scripts/install-deps.sh --test-peers
export PATH="$PWD/.venv/bin:$PATH"
mesh/scripts/generate.sh --check
swift build --build-tests -j 2
swift test --skip-build --parallel --num-workers 2
