#!/usr/bin/env bash
# Times qalint's full lint against schema-only validation by its peers on the
# same strict-JSON corpora with an equivalent schema (`qalint schema`):
# ajv-cli 5 with ajv-formats (npm) and santhosh-tekuri's jv (Go, built from
# the module proxy). One file, then 2,000 files. Peers and corpora go to
# bench/.peers (git-ignored). Needs Go, Node/npm, and hyperfine (installed
# from Debian's packages when missing and running as root).
#
#   bash bench/compare.sh            # prints a Markdown table of medians and ratios
set -euo pipefail
cd "$(dirname "$0")/.."
peers=bench/.peers
mkdir -p "$peers/bin"

if ! command -v hyperfine >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] && (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine) >/dev/null
fi
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }

echo "building qalint and jv, installing ajv-cli…" >&2
go build -o "$peers/bin/qalint" .
if [ ! -x "$peers/bin/jv" ]; then
  (mkdir -p "$peers/jv" && cd "$peers/jv" && { [ -f go.mod ] || go mod init jvbuild >/dev/null 2>&1; } &&
    go get github.com/santhosh-tekuri/jsonschema/cmd/jv@v0.7.0 >/dev/null 2>&1 &&
    go build -o ../bin/jv github.com/santhosh-tekuri/jsonschema/cmd/jv)
fi
if [ ! -x "$peers/npm/node_modules/.bin/ajv" ]; then
  npm install --silent --prefix "$peers/npm" ajv-cli@5 ajv-formats@3 >/dev/null 2>&1
fi
ajv="$peers/npm/node_modules/.bin/ajv"

rm -rf "$peers/one" "$peers/many"
go run ./bench/cmd/gencorpus "$peers/one" 1
go run ./bench/cmd/gencorpus "$peers/many" 2000
one=$(find "$peers/one" -name '*.json')
"$peers/bin/qalint" schema > "$peers/schema.json"

# Every tool must accept the corpus before it is timed.
"$peers/bin/qalint" check "$peers/many" >/dev/null
"$peers/bin/jv" "$peers/schema.json" $(find "$peers/many" -name '*.json') >/dev/null
"$ajv" validate --spec=draft2020 --strict=false -c ajv-formats --all-errors -s "$peers/schema.json" -d "$peers/many/**/*.json" >/dev/null 2>&1

run() { # name, then the hyperfine commands
  local name=$1; shift
  hyperfine --style none --warmup 3 --min-runs 15 --export-json "$peers/$name.json" "$@" >/dev/null 2>&1
}
run one \
  -n qalint "$peers/bin/qalint check $one" \
  -n jv "$peers/bin/jv $peers/schema.json $one" \
  -n ajv "$ajv validate --spec=draft2020 --strict=false -c ajv-formats --all-errors -s $peers/schema.json -d $one"
files=$(find "$peers/many" -name '*.json' | sort | tr '\n' ' ')
run many \
  -n qalint "$peers/bin/qalint check $peers/many" \
  -n jv "$peers/bin/jv $peers/schema.json $files" \
  -n ajv "$ajv validate --spec=draft2020 --strict=false -c ajv-formats --all-errors -s $peers/schema.json -d '$peers/many/**/*.json'"

python3 - "$peers" <<'PY'
import json, sys
peers = sys.argv[1]
print("| corpus | qalint (full lint) | jv (schema only) | ajv-cli (schema only) | qalint vs ajv | qalint vs jv |")
print("|---|---|---|---|---|---|")
for name, label in (("one", "1 file"), ("many", "2,000 files")):
    rs = {r["command"]: r["median"] for r in json.load(open(f"{peers}/{name}.json"))["results"]}
    q, j, a = rs["qalint"], rs["jv"], rs["ajv"]
    ms = lambda s: f"{s*1000:.1f} ms"
    print(f"| {label} | {ms(q)} | {ms(j)} | {ms(a)} | {a/q:.1f}x faster | {q/j:.2f}x jv's time |")
PY
echo >&2 "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
