#!/usr/bin/env bash
# Runs the whole mesh of mesh/mesh.yaml: installs what is missing, builds in release, `mesh up` (the
# embedded PostgreSQL, every service as its own process, the gateway when the binary has it). Extra
# arguments go to `mesh up` (e.g. --database-url URL). Talk to it with `.build/release/mesh chat`.
set -euo pipefail
cd "$(dirname "$0")/../.."
mesh/scripts/install-deps.sh
swift build -c release --product mesh
# The gateway alone, which `mesh serve gateway` execs when it sits beside `mesh` (a smaller idle process).
swift build -c release --product mesh-gateway
exec .build/release/mesh up --file mesh/mesh.yaml "$@"
