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
# nlu's first start on a fresh models folder encodes its training texts and fits its intent heads (minutes on two
# cores): done here, in the foreground and with no deadline, so `mesh up` starts nlu in seconds (a second run returns
# at once, reading the stored heads).
.build/release/mesh nlu prepare > /dev/null
exec .build/release/mesh up --file mesh/mesh.yaml "$@"
