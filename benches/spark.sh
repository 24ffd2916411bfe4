#!/usr/bin/env bash
# Throughput of the Spark job (examples/spark/extract_job.py, local[2]) against
# the CLI (`milcoop extract --jobs 2`) on the ~20 MB input of benches/cli.sh
# (issue 23).
#
# Builds the CLI and the release wheel, installs the wheel with pyspark into
# the virtual environment target/py-venv (made if missing, from
# milcoop-py/tests/requirements.txt), and makes the inputs as benches/cli.sh
# does: the articles of tests/corpus repeated to ~MB (and ~BIG_MB)
# megabytes, ids made unique. Then, ROUNDS times, back to back:
#   - the Spark job on 1 article: Spark's start-up (JVM, session, Python
#     workers, the eight tables written);
#   - the Spark job on MB, then on BIG_MB;
#   - `milcoop extract -q --jobs 2` on MB and on BIG_MB, output to /dev/null.
# It reports the best wall time of the CLI and of the whole Spark run on MB,
# with MB/s and articles/s; Spark's start-up; and the Spark job's rate once
# started: (BIG_MB - MB) over the median of the rounds' (BIG_MB run - MB run)
# times, which the start-up's own jitter (several seconds on a busy VM) does
# not swamp as it does the 20 MB run's few seconds of work. The job's own
# clock (from the session's start: no JVM start) is given for each run. The
# tables of the last MB run are checked against the CLI's output with
# examples/spark/check_tables.py (the same rows).
# Usage: benches/spark.sh [ROUNDS] [MB] [BIG_MB]   (defaults 3, 20 and 200;
# BIG_MB 0 leaves the large input out)
#
# A measurement, not a test: on a shared 2-core VM the figures move with
# whatever else runs; quiet the machine first and read them as such.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
mb="${2:-20}"
big_mb="${3:-200}"

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

make_input() { # path megabytes
    "$venv/bin/python" - "$1" "$2" <<'PY'
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
}
make_input "$input" "$mb"
head -1 "$input" > "$work/one.jsonl"
bytes=$(stat -c %s "$input")
articles=$(wc -l < "$input")
big="$work/big.jsonl"
big_bytes=0; big_articles=0
if [ "$big_mb" -gt 0 ]; then
    make_input "$big" "$big_mb"
    big_bytes=$(stat -c %s "$big")
    big_articles=$(wc -l < "$big")
fi
echo "input: $articles articles, $bytes bytes (and $big_articles articles, $big_bytes bytes); $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

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

# The job's own clock: seconds from the session's start.
session() { sed -n "s/^extract_job:.*(\([0-9.]*\) s from the session's start)/\1/p" "$work/spark.out"; }
for r in $(seq "$rounds"); do
    ts=$(timed spark "$work/one.jsonl" "$work/out-one"); js=$(session)
    tf=$(timed spark "$input" "$work/out"); jf=$(session)
    tc=$(timed "$bin" extract -q --jobs 2 "$input")
    tb=0; jb=0; tcb=0
    if [ "$big_mb" -gt 0 ]; then
        tb=$(timed spark "$big" "$work/out-big"); jb=$(session)
        tcb=$(timed "$bin" extract -q --jobs 2 "$big")
    fi
    printf 'round %d: spark on 1 article %.1f s (session %.1f s), on %s MB %.1f s (session %.1f s), on %s MB %.1f s (session %.1f s); cli --jobs 2 %.3f s and %.3f s\n' \
        "$r" "$ts" "$js" "$mb" "$tf" "$jf" "$big_mb" "$tb" "$jb" "$tc" "$tcb"
    echo "$ts $js $tf $jf $tb $jb $tc $tcb" >> "$work/rounds"
done

"$bin" extract -q --jobs 2 "$input" > "$work/cli.jsonl"
"$venv/bin/python" examples/spark/check_tables.py "$work/out" "$work/cli.jsonl" | tail -1

"$venv/bin/python" - "$work/rounds" "$bytes" "$articles" "$big_bytes" "$big_articles" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
size, n, big_size, big_n = map(int, sys.argv[2:])
one, one_s, full, full_s, big, big_s, cli, cli_big = (list(c) for c in zip(*rows))

def rate(label, t, size, n):
    print(f"{label:52} {t:7.2f} s {size / t / 1e6:7.2f} MB/s {n / t:8.0f} articles/s")

print(f"best of {len(rows)} rounds:")
rate("cli (milcoop extract --jobs 2)", min(cli), size, n)
rate("spark local[2], whole run (spark-submit to exit)", min(full), size, n)
print(f"spark start-up (the job on 1 article): {min(one):.1f} s to exit, "
      f"{min(one_s):.1f} s of it in the session (the rest: the JVM's start)")
print(f"median of the rounds' differences ({size / 1e6:.0f} MB run less the 1-article run): "
      f"{statistics.median(f - o for f, o in zip(full, one)):.1f} s to exit, "
      f"{statistics.median(f - o for f, o in zip(full_s, one_s)):.1f} s in the session")
if big_size:
    extra, extra_n = big_size - size, big_n - n
    rate(f"spark once started ({extra / 1e6:.0f} MB more: median of big - small runs)",
         statistics.median(b - f for b, f in zip(big, full)), extra, extra_n)
    rate("  the same on the job's own clock",
         statistics.median(b - f for b, f in zip(big_s, full_s)), extra, extra_n)
    rate(f"cli on the {big_size / 1e6:.0f} MB input", min(cli_big), big_size, big_n)
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
