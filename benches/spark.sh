#!/usr/bin/env bash
# Throughput of the Spark job (examples/spark/extract_job.py, local[2]) against
# the CLI (`milcoop extract --jobs 2`) on the ~20 MB input of benches/cli.sh
# (issue 23).
#
# Builds the CLI and the release wheel, installs the wheel with pyspark into
# the virtual environment target/py-venv (made if missing, from
# milcoop-py/tests/requirements.txt), and makes the input as benches/cli.sh
# does: the articles of tests/corpus repeated to ~MB megabytes, ids made
# unique. Then, ROUNDS times each:
#   - the Spark job on a 1-article input: Spark's start-up (JVM, session,
#     Python workers, writing the eight empty-ish tables);
#   - the Spark job on the full input;
#   - `milcoop extract -q --jobs 2` on the full input, output to /dev/null.
# It reports the best wall time of each, and articles/s and MB/s of the CLI,
# of the Spark job as a whole, and of the Spark job less its start-up, and
# the job's own split of each full run (reading and parsing, writing). The
# Spark tables of the last full run are checked against the CLI's output
# with examples/spark/check_tables.py (the same rows, record for record).
# Usage: benches/spark.sh [ROUNDS] [MB]   (defaults 3 and 20)
#
# A measurement, not a test: on a shared 2-core VM the figures move with
# whatever else runs; quiet the machine first and read them as such.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
mb="${2:-20}"

venv=target/py-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q -r milcoop-py/tests/requirements.txt >&2
cargo build --release --locked -p milcoop-cli >&2
"$venv/bin/maturin" build --release --locked -q -m milcoop-py/Cargo.toml --out target/wheels >&2
"$venv/bin/pip" install -q --force-reinstall --no-deps target/wheels/milcoop-*-cp39-abi3-*.whl >&2

bin=target/release/milcoop
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="$work/input.jsonl"

"$venv/bin/python" - "$input" "$mb" <<'PY'
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
head -1 "$input" > "$work/one.jsonl"
bytes=$(stat -c %s "$input")
articles=$(wc -l < "$input")
echo "input: $articles articles, $bytes bytes; $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

export PYSPARK_PYTHON="$PWD/$venv/bin/python" PYSPARK_DRIVER_PYTHON="$PWD/$venv/bin/python"
export SPARK_LOCAL_IP=127.0.0.1
timed() { # command... -> wall seconds
    local t0 t1
    t0=$(date +%s.%N)
    "$@" > /dev/null 2> "$work/cmd.err" || { tail -40 "$work/cmd.err" >&2; return 1; }
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
}
spark() { # input output; spark-submit writes the Python driver's output, its
    # standard error included, on its standard output
    "$venv/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
        --conf spark.log.level=WARN examples/spark/extract_job.py "$1" "$2" > "$work/spark.out"
}
min() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi; }

best_start=""; best_spark=""; best_cli=""
for r in $(seq "$rounds"); do
    ts=$(timed spark "$work/one.jsonl" "$work/out-one")
    tf=$(timed spark "$input" "$work/out")
    job=$(sed -n "s/^extract_job:.*written to [^;]*; //p" "$work/spark.out")
    tc=$(timed "$bin" extract -q --jobs 2 "$input")
    printf 'round %d: spark start-up (1 article) %.1f s, spark %.1f s (%s), cli --jobs 2 %.3f s\n' \
        "$r" "$ts" "$tf" "$job" "$tc"
    best_start=$(min "$best_start" "$ts"); best_spark=$(min "$best_spark" "$tf"); best_cli=$(min "$best_cli" "$tc")
done

"$bin" extract -q --jobs 2 "$input" > "$work/cli.jsonl"
"$venv/bin/python" examples/spark/check_tables.py "$work/out" "$work/cli.jsonl" | tail -1

report() { # label seconds
    printf '%-32s %7.2f s %6.2f MB/s %7.0f articles/s\n' "$1" "$2" \
        "$(echo "$bytes / $2 / 1000000" | bc -l)" "$(echo "$articles / $2" | bc -l)"
}
echo "best of $rounds rounds each:"
report "cli (milcoop extract --jobs 2)" "$best_cli"
report "spark local[2], whole run" "$best_spark"
report "spark local[2], less start-up" "$(echo "$best_spark - $best_start" | bc -l)"
printf 'spark start-up (the job on 1 article): %.1f s; load average after: %s\n' \
    "$best_start" "$(cut -d' ' -f1-3 /proc/loadavg)"
