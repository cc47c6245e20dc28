#!/usr/bin/env bash
# Measures qalint against the floor and its peers, and writes the speed table
# of README.md and docs/speed.md (between their speed-table markers):
#
#   - CPU (user+sys) and wall time of `qalint check` on 1 and 2,000 strict-JSON
#     files, beside the floor (bench/cmd/floor: read each file and json.Valid
#     it), santhosh-tekuri's jv 0.7.0 with format assertions (`jv -f`, the
#     same validation library, schema only) and ajv-cli 5 + ajv-formats
#     (schema only), all given the schema `qalint schema` prints. Every round
#     runs each tool once, in turn (bench/cmd/measure), so a machine that gets
#     busier affects them alike; medians.
#   - Peak memory of `qalint check` on 10,000 files.
#   - Wall time of `qalint fix` on 2,000 files that each need fixing, beside
#     `qalint check` on the same files; and on 2,000 that need nothing. The
#     files are copied afresh and synced to disk before each run (untimed):
#     fix syncs the file system, and should not pay for writing out the copy.
#     Each is timed twice: its output read through a pipe (as a CI log or a
#     pre-commit hook reads it), and written to /dev/null. The two ratios
#     differ much: check's report on those files is 4 MB, fix's 0.2 MB.
#   - Wall time of `qalint check` on a file with one 10 MiB value, for each
#     place such a value can stand (the slowest is reported).
#
# Peers go to bench/.peers (git-ignored), corpora to $BENCH_DIR (default
# /tmp/qalint-bench): outside any git work tree, so that qalint walks the
# folder itself, as jv and ajv are handed it, rather than asking git for its
# files (inside a work tree that is one `git ls-files` more per run). Needs
# Go and Node/npm.
#
#   bash bench/compare.sh           # prints the table
#   bash bench/compare.sh --write   # and rewrites it in README.md and docs/speed.md
#
# Bounded: installing a peer stops after 10 minutes, and every timed run
# is killed after 2 (measure -timeout), failing the script, so a hung
# tool cannot hold it forever.
set -euo pipefail
cd "$(dirname "$0")/.."
peers=bench/.peers
rounds=${ROUNDS:-15}
mkdir -p "$peers/bin"

echo "building qalint, the floor and jv; installing ajv-cli…" >&2
go build -o "$peers/bin/qalint" .
go build -o "$peers/bin/floor" ./bench/cmd/floor
go build -o "$peers/bin/measure" ./bench/cmd/measure
if [ ! -x "$peers/bin/jv" ]; then
  (mkdir -p "$peers/jv" && cd "$peers/jv" && { [ -f go.mod ] || go mod init jvbuild >/dev/null 2>&1; } &&
    timeout 600 go get github.com/santhosh-tekuri/jsonschema/cmd/jv@v0.7.0 >/dev/null 2>&1 &&
    go build -o ../bin/jv github.com/santhosh-tekuri/jsonschema/cmd/jv)
fi
if [ ! -x "$peers/npm/node_modules/.bin/ajv" ]; then
  timeout 600 npm install --silent --prefix "$peers/npm" ajv-cli@5 ajv-formats@3 >/dev/null 2>&1
fi
ajv="$peers/npm/node_modules/.bin/ajv"
q="$peers/bin/qalint"
measure="$peers/bin/measure"

echo "writing the corpora…" >&2
data=${BENCH_DIR:-/tmp/qalint-bench}
# The last run's corpora are moved aside, and removed only once this run's
# measurements are done: thousands of files removed just before would slow
# every file fix creates meanwhile (ext4 without a journal skips, one by
# one, the inodes freed in the last minute or more), a cost no user's fix
# pays for the benchmark's own housekeeping.
if [ -e "$data" ]; then mv "$data" "$data.old.$$"; fi
trap 'rm -rf "$data".old.*' EXIT
mkdir -p "$data"
go run ./bench/cmd/gencorpus "$data/one" 1
go run ./bench/cmd/gencorpus "$data/many" 2000
go run ./bench/cmd/gencorpus "$data/tenk" 10000
go run ./bench/cmd/gencorpus -tolerant "$data/tolerant" 2000
go run ./bench/cmd/gencorpus -huge "$data/huge"
one=$(find "$data/one" -name '*.json')
many=$(find "$data/many" -name '*.json' | sort | tr '\n' ' ')
"$q" schema > "$data/schema.json"
schema="$data/schema.json"

# Every tool must accept the corpus before it is timed.
"$q" check "$data/many" | grep -q "no problems found in 2000 files"
"$peers/bin/floor" "$data/many"
"$peers/bin/jv" -f "$schema" $many >/dev/null
"$ajv" validate --spec=draft2020 --strict=false -c ajv-formats --all-errors -s "$schema" -d "$data/many/**/*.json" >/dev/null 2>&1

echo "timing 1 file…" >&2
"$measure" -rounds "$rounds" \
  "qalint=$q check $one" "floor=$peers/bin/floor $one" "jv=$peers/bin/jv -f $schema $one" \
  "ajv=$ajv validate --spec=draft2020 --strict=false -c ajv-formats --all-errors -s $schema -d $one" > "$peers/one.json"
echo "timing 2,000 files…" >&2
"$measure" -rounds "$rounds" \
  "qalint=$q check $data/many" "floor=$peers/bin/floor $data/many" "jv=$peers/bin/jv -f $schema $many" \
  "ajv=$ajv validate --spec=draft2020 --strict=false -c ajv-formats --all-errors -s $schema -d $data/many/**/*.json" > "$peers/many.json"
echo "memory on 10,000 files…" >&2
"$measure" -rounds 3 -warmup 1 "qalint=$q check $data/tenk" > "$peers/tenk.json"
echo "fix on 2,000 files…" >&2
"$measure" -rounds 9 -warmup 1 -ok-exit 0,1 -before "cp -r $data/tolerant/. $data/fixwork" -settle \
  -null checknull,fixnull \
  "check=$q check $data/fixwork" "fix=$q fix $data/fixwork" \
  "checknull=$q check $data/fixwork" "fixnull=$q fix $data/fixwork" \
  "checkclean=$q check $data/many" "fixclean=$q fix $data/many" > "$peers/fix.json"
echo "one 10 MiB value…" >&2
args=()
for f in "$data"/huge/*.json; do args+=("$(basename "$f" .json)=$q check $f"); done
"$measure" -rounds 3 -warmup 0 -ok-exit 0,1 "${args[@]}" > "$peers/huge.json"

table=$(python3 - "$peers" "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(go env GOVERSION)" <<'PY'
import json, sys
peers, cores, cpu, gover = sys.argv[1:5]
load = lambda n: {r["name"]: r for r in json.load(open(f"{peers}/{n}.json"))}
ms = lambda x: f"{x:.1f} ms" if x < 100 else f"{x:.0f} ms"
print(f"| {cores} cores ({cpu}), {gover} | qalint check (full lint) | floor (read + json.Valid) | jv -f (schema only) | ajv-cli (schema only) | qalint / jv |")
print("|---|---|---|---|---|---|")
for name, label in (("one", "1 file"), ("many", "2,000 files")):
    r = load(name)
    q, j = r["qalint"], r["jv"]
    for what, key in (("CPU", "cpuMs"), ("wall", "wallMs")):
        cells = " | ".join(ms(r[t][key]) for t in ("qalint", "floor", "jv", "ajv"))
        print(f"| {label}, {what} | {cells} | {q[key] / j[key]:.2f}x |")
t = load("tenk")["qalint"]
f = load("fix")
h = max(load("huge").values(), key=lambda r: r["wallMs"])
print()
print(f"- Peak memory of `qalint check` on 10,000 files: {t['maxRssKiB'] / 1024:.0f} MiB.")
print(f"- `qalint fix` on 2,000 files that each need fixing, output read through a pipe (as CI and pre-commit read it): "
      f"{ms(f['fix']['wallMs'])} wall, {f['fix']['wallMs'] / f['check']['wallMs']:.2f}x `qalint check` on the same files "
      f"({ms(f['check']['wallMs'])}; check's report there is 4 MB, fix's 0.2 MB).")
print(f"- The same, output to /dev/null: fix {ms(f['fixnull']['wallMs'])}, check {ms(f['checknull']['wallMs'])}, "
      f"{f['fixnull']['wallMs'] / f['checknull']['wallMs']:.2f}x.")
print(f"- `qalint fix` on 2,000 files that need nothing (it writes nothing): {ms(f['fixclean']['wallMs'])} wall, "
      f"{f['fixclean']['wallMs'] / f['checkclean']['wallMs']:.2f}x `qalint check` on them ({ms(f['checkclean']['wallMs'])}).")
print(f"- One 10 MiB value, the slowest of {len(load('huge'))} places it can stand ({h['name']}): {ms(h['wallMs'])} wall.")
PY
)
echo "$table"
if [ "${1:-}" = "--write" ]; then
  for doc in README.md docs/speed.md; do
    python3 - "$doc" "$table" <<'PY'
import sys, re
path, table = sys.argv[1], sys.argv[2]
s = open(path).read()
begin, end = "<!-- speed-table:begin (bash bench/compare.sh --write) -->", "<!-- speed-table:end -->"
i, j = s.index(begin) + len(begin), s.index(end)
open(path, "w").write(s[:i] + "\n" + table + "\n" + s[j:])
PY
  done
fi
