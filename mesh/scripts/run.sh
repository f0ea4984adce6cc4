#!/usr/bin/env bash
# Runs the whole mesh on its embedded default: installs what is missing, builds in release, `mesh up`.
set -euo pipefail
cd "$(dirname "$0")/../.."
mesh/scripts/install-deps.sh
swift build -c release --product mesh
exec .build/release/mesh up "$@"
