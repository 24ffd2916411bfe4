#!/usr/bin/env bash
# Throughput of the `milcoop` command with --jobs 1 and --jobs 2 (issue 22).
#
# Builds the release binary, makes a ~20 MB JSON Lines input by repeating the
# articles of tests/corpus (ids made unique), then runs `milcoop extract`
# with --jobs 1 and --jobs 2 alternately, ROUNDS times each, output to
# /dev/null, and reports the best (least disturbed) wall time of each, its
# MB/s and articles/s, and the speed-up. It also checks that both write the
# same bytes. Usage: benches/cli.sh [ROUNDS] [MB]   (defaults 5 and 20)
#
# This is a measurement, not a test: on a shared 2-core VM the figures move
# with whatever else runs, so quiet the machine first and read them as such.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
mb="${2:-20}"

cargo build --release --locked -p milcoop-cli >&2
bin=target/release/milcoop
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="$work/input.jsonl"

python3 - "$input" "$mb" <<'PY'
import glob, json, sys
path, mb = sys.argv[1], int(sys.argv[2])
articles = []
for f in sorted(glob.glob("tests/corpus/*.json")):
    d = json.load(open(f, encoding="utf-8"))
    articles.append({k: d.get(k) for k in ("id", "text", "published", "outlet_country")})
size, n = 0, 0
with open(path, "w", encoding="utf-8") as out:
    while size < mb * 1_000_000:
        a = dict(articles[n % len(articles)])
        a["id"] = f'{a["id"]}#{n}'
        line = json.dumps(a, ensure_ascii=False) + "\n"
        out.write(line)
        size += len(line.encode("utf-8"))
        n += 1
PY
bytes=$(stat -c %s "$input")
articles=$(wc -l < "$input")
echo "input: $articles articles, $bytes bytes; $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

"$bin" extract -q --jobs 1 "$input" > "$work/one.jsonl"
"$bin" extract -q --jobs 2 "$input" > "$work/two.jsonl"
cmp -s "$work/one.jsonl" "$work/two.jsonl" || { echo "--jobs 1 and --jobs 2 outputs differ" >&2; exit 1; }

best1=""; best2=""
run() { # jobs -> seconds
    local t0 t1
    t0=$(date +%s.%N)
    "$bin" extract -q --jobs "$1" "$input" > /dev/null
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
}
min() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi; }
for r in $(seq "$rounds"); do
    t1=$(run 1); t2=$(run 2)
    printf 'round %d: --jobs 1 %.3f s, --jobs 2 %.3f s\n' "$r" "$t1" "$t2"
    best1=$(min "$best1" "$t1"); best2=$(min "$best2" "$t2")
done
report() { # jobs seconds
    printf -- '--jobs %s: %.3f s, %.1f MB/s, %.0f articles/s\n' "$1" "$2" \
        "$(echo "$bytes / $2 / 1000000" | bc -l)" "$(echo "$articles / $2" | bc -l)"
}
report 1 "$best1"
report 2 "$best2"
printf 'speed-up --jobs 2 / --jobs 1: %.2fx (best of %d each); load average after: %s\n' \
    "$(echo "$best1 / $best2" | bc -l)" "$rounds" "$(cut -d' ' -f1-3 /proc/loadavg)"
