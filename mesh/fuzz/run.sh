#!/usr/bin/env bash
# Builds the libFuzzer harness for the entity extractor, the PII scanners and the dialogue policy (mesh/fuzz/EntityFuzzer.swift,
# mesh/fuzz/DialogueTurns.swift) with swiftc -sanitize=fuzzer,address, and runs it for SECONDS (default 60) on one core.
#
#   mesh/fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
#
# The corpus grows in .build/fuzz/corpus (seeded from mesh/fuzz/seeds); crashes land in .build/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true
out=.build/fuzz
mkdir -p "$out/modules" "$out/corpus"
flags=(-swift-version 6 -enable-upcoming-feature ExistentialAny -parse-as-library -O -g
       -sanitize=fuzzer,address -I "$out/modules" -L "$out/modules")

module() {  # module NAME SOURCE_DIR [extra flags]: rebuilt when a source is newer than the library
  local name="$1" dir="$2"
  shift 2
  if [[ -f "$out/modules/lib$name.a" && -z "$(find "$dir" -name '*.swift' -newer "$out/modules/lib$name.a")" ]]; then
    return
  fi
  # shellcheck disable=SC2046
  swiftc "${flags[@]}" "$@" -module-name "$name" -emit-module -emit-module-path "$out/modules/$name.swiftmodule" \
    -emit-library -static -o "$out/modules/lib$name.a" $(find "$dir" -name '*.swift' | sort)
}

echo "building MeshCrypto, MeshPII, MeshShopWords, MeshIntent, MeshDialogue with -sanitize=fuzzer,address" >&2
module MeshCrypto Sources/MeshCrypto -I Sources/CBindings/COpenSSL
module MeshPII Sources/MeshPII -I Sources/CBindings/COpenSSL
module MeshShopWords Sources/MeshShopWords
module MeshIntent Sources/MeshIntent -I Sources/CBindings/COpenSSL
module MeshDialogue Sources/Services/Dialogue
# ld.gold warns about ASan's local symbols; the warnings are harmless.
swiftc "${flags[@]}" -I Sources/CBindings/COpenSSL mesh/fuzz/EntityFuzzer.swift mesh/fuzz/DialogueTurns.swift \
  -o "$out/entity-fuzzer" -lMeshDialogue -lMeshIntent -lMeshShopWords -lMeshPII -lMeshCrypto -lssl -lcrypto 2>&1 | grep -v "Cannot export local symbol" >&2 || true
test -x "$out/entity-fuzzer"

cp -n mesh/fuzz/seeds/* "$out/corpus/" 2>/dev/null || true
# A dictionary of the words the scanners and the extractor look for (their ASCII string literals) and the
# separators their rules split on: random bytes seldom spell "near" before a comma, and a rule's edge (an
# opener closing its part crashed the landmark rule) is reached only with its words.
{
  grep -rohE '"[A-Za-z][A-Za-z.'"'"'-]{1,24}"' Sources/MeshPII Sources/MeshIntent/Entities Sources/MeshShopWords Sources/Services/Dialogue | sort -u
  printf '"%s"\n' ", " ": " " / " " - " "# " "\\x0a" "no. " "c/o " "apt " "flat "
} > "$out/words.dict"
echo "running for $seconds s" >&2
# Leak checking is off: the Swift runtime keeps metadata caches alive on purpose.
ASAN_OPTIONS=detect_leaks=0 "$out/entity-fuzzer" "$out/corpus" -max_total_time="$seconds" -max_len=4096 \
  -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/" -print_final_stats=1 -dict="$out/words.dict" "$@"
