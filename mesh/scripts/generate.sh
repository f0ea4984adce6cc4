#!/usr/bin/env bash
# Regenerates everything made from Protos/ (filled in by the stub generator work). --check: fail if stale.
set -euo pipefail
exit 0
