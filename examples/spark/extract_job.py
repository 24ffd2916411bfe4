#!/usr/bin/env python3
"""milcoop on Apache Spark: news articles in, Parquet record tables out.

    spark-submit [--master local[*]] examples/spark/extract_job.py INPUT OUTPUT \\
        [--input-format jsonl|parquet] [--partitions N] [--batch-size N] [--threads N]

INPUT is JSON Lines (the corpus interface: one ``{"id", "text", "published",
"outlet_country"}`` object per line) or Parquet with those columns (``id``
and ``text`` required; ``published`` a string, date or timestamp), a file,
a folder or a glob. The format follows the extension (``.parquet`` or a
folder of them: Parquet; else JSON Lines) unless ``--input-format`` says.

The executors run milcoop with ``mapInArrow``: each Arrow batch of articles
(``--batch-size``, default 10000 rows) is parsed by one call of
``milcoop.parse_arrow``, in Rust, without the GIL, on ``--threads``
threads (default ``spark.task.cpus``: Spark runs one task per core). Each
row is parsed as ``extract --jsonl`` parses the same line: unreadable
metadata becomes a diagnostic, a line without text an error row.

OUTPUT gets one Parquet table per folder, each keyed by article ``id`` (a
string) and record number (0-based, as in the report's arrays):

    articles      one row per article: headline, record counts, error_kind
    meetings      date_text, date, location, participants (names), start, end
    participants  meeting, participant, name, role, country, start, end
    plans         name, duration_years, year_start, year_end, fields, parties
    exercises     name, year, since_year, location, participants (countries)
    statistics    value, metric, year_start, year_end
    diagnostics   kind, message, start, end
    errors        kind, message: articles that could not be read

(the columns are ``milcoop.table_schemas()``). Existing tables are replaced.

On a cluster the executors need the milcoop wheel (a native extension:
``--py-files`` cannot ship it). Pack a virtual environment that has it
(``venv-pack`` or ``conda-pack``) and pass it with ``--archives
env.tar.gz#env`` and ``spark.pyspark.python=./env/bin/python``, or install
the wheel on every node. The driver needs milcoop and pyarrow as well
(for the schemas).
"""

from __future__ import annotations

import argparse
import time
from concurrent.futures import ThreadPoolExecutor

# The tables, as milcoop's parse_arrow(..., tables=True) names them (the driver needs milcoop too).
from milcoop import TABLES  # noqa: E402

# The tag column of the mapper's output: which table a row belongs to.
TAG = "_table"
# Spark's JSON reader puts a line it cannot read here.
CORRUPT = "_corrupt_record"
INPUT_SCHEMA = f"id STRING, text STRING, published STRING, outlet_country STRING, {CORRUPT} STRING"


def spark_type(t):
    """The Spark SQL type of one of milcoop's Arrow column types."""
    import pyarrow as pa
    from pyspark.sql import types as T

    if pa.types.is_string(t):
        return T.StringType()
    if pa.types.is_int32(t):
        return T.IntegerType()
    if pa.types.is_int64(t):
        return T.LongType()
    if pa.types.is_float64(t):
        return T.DoubleType()
    if pa.types.is_date32(t):
        return T.DateType()
    if pa.types.is_list(t):
        return T.ArrayType(spark_type(t.value_type), True)
    raise TypeError(f"no Spark type for {t}")


def record_structs():
    """Each table's columns after ``id``, as a pyarrow struct type."""
    import pyarrow as pa
    import milcoop

    schemas = milcoop.table_schemas()
    return {name: pa.struct(list(schemas[name])[1:]) for name in TABLES}


def output_schema(structs):
    """The mapper's output: the tag, the id, and one struct column per table,
    of which only the row's own table's is set."""
    from pyspark.sql import types as T

    fields = [T.StructField(TAG, T.StringType(), False), T.StructField("id", T.StringType(), True)]
    for name in TABLES:
        struct = T.StructType(
            [T.StructField(f.name, spark_type(f.type), True) for f in structs[name]]
        )
        fields.append(T.StructField(name, struct, True))
    return T.StructType(fields)


def make_mapper(structs, threads):
    """The function that mapInArrow runs on the executors."""

    def tagged(name, table):
        import pyarrow as pa

        n = table.num_rows
        columns = [pa.array([name] * n, pa.string()), table.column("id").cast(pa.string())]
        for other in TABLES:
            if other == name:
                columns.append(
                    pa.StructArray.from_arrays(table.columns[1:], fields=list(structs[name]))
                )
            else:
                columns.append(pa.nulls(n, structs[other]))
        return pa.RecordBatch.from_arrays(columns, names=[TAG, "id", *TABLES])

    def unreadable(batch, bad):
        """The articles and errors rows of lines Spark could not read as JSON."""
        import pyarrow as pa

        ids = batch.column("id").filter(bad)
        n = len(ids)
        nulls = [pa.nulls(n, pa.int32())] * 5
        articles = pa.RecordBatch.from_arrays(
            [ids, pa.nulls(n, pa.string()), *nulls, pa.array(["invalid_json"] * n, pa.string())],
            schema=pa.schema([("id", ids.type)] + list(structs["articles"])),
        )
        message = "the line is not a JSON object (Spark could not read it)"
        errors = pa.RecordBatch.from_arrays(
            [ids, pa.array(["invalid_json"] * n, pa.string()), pa.array([message] * n, pa.string())],
            names=["id", "kind", "message"],
        )
        return {"articles": articles, "errors": errors}

    def mapper(batches):
        import pyarrow.compute as pc
        import milcoop

        for batch in batches:
            if CORRUPT in batch.schema.names:
                bad = batch.column(CORRUPT).is_valid()
                if pc.any(bad).as_py():
                    for name, table in unreadable(batch, bad).items():
                        yield tagged(name, table)
                    batch = batch.filter(pc.invert(bad))
            # One call per batch: the rows cross into Rust together.
            out = milcoop.parse_arrow(batch, tables=True, threads=threads)
            for name in TABLES:
                if out[name].num_rows:
                    yield tagged(name, out[name])

    return mapper


def read_articles(spark, path, fmt):
    from pyspark.sql import functions as F

    if fmt is None:
        fmt = "parquet" if path.rstrip("/").endswith(".parquet") else "jsonl"
    if fmt == "jsonl":
        df = (
            spark.read.schema(INPUT_SCHEMA)
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .json(path)
        )
        return df.select("id", "text", "published", "outlet_country", CORRUPT)
    df = spark.read.parquet(path)
    cols = set(df.columns)
    missing = {"id", "text"} - cols
    if missing:
        raise SystemExit(f"extract_job: the input has no {', '.join(sorted(missing))} column")
    published = F.lit(None).cast("string")
    if "published" in cols:
        t = dict(df.dtypes)["published"]
        p = F.col("published")
        # Dates and timestamps as YYYY-MM-DD (Spark writes timestamps as
        # 'yyyy-MM-dd HH:mm:ss', which is not RFC 3339).
        published = p.cast("string") if t == "string" else F.date_format(p, "yyyy-MM-dd")
    outlet = F.col("outlet_country").cast("string") if "outlet_country" in cols else F.lit(None).cast("string")
    return df.select(
        F.col("id").cast("string").alias("id"),
        F.col("text").cast("string").alias("text"),
        published.alias("published"),
        outlet.alias("outlet_country"),
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--input-format", choices=("jsonl", "parquet"))
    ap.add_argument("--partitions", type=int, help="repartition the articles into N partitions "
                    "(default: only when there are fewer than the default parallelism)")
    ap.add_argument("--batch-size", type=int, default=10000, help="articles per Arrow batch")
    ap.add_argument("--threads", type=int, help="threads per batch (default: spark.task.cpus)")
    args = ap.parse_args(argv)

    from pyspark import StorageLevel
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    spark = SparkSession.builder.appName("milcoop-extract").getOrCreate()
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(args.batch_size))
    threads = args.threads or int(spark.conf.get("spark.task.cpus", "1"))
    started = time.time()

    articles = read_articles(spark, args.input, args.input_format)
    partitions = args.partitions
    if partitions is None:
        wanted = spark.sparkContext.defaultParallelism
        if articles.rdd.getNumPartitions() < wanted:
            partitions = wanted
    if partitions:
        articles = articles.repartition(partitions)

    structs = record_structs()
    records = articles.mapInArrow(make_mapper(structs, threads), output_schema(structs))
    # Parsed once, into the cache (count() computes every row), then split
    # into the tables by eight jobs at once: each job's fixed cost (planning,
    # committing its files) overlaps the others'.
    records = records.persist(StorageLevel.MEMORY_AND_DISK)
    records.count()
    parsed = time.time()
    out = args.output.rstrip("/")

    def write(name):
        sub = records.where(F.col(TAG) == name).select("id", f"{name}.*")
        sub.write.mode("overwrite").parquet(f"{out}/{name}")

    def count():
        return dict(records.groupBy(TAG).count().collect())

    with ThreadPoolExecutor(max_workers=len(TABLES) + 1) as pool:
        writes = [pool.submit(write, name) for name in TABLES]
        counted = pool.submit(count)
        for w in writes:
            w.result()
        counts = counted.result()
    records.unpersist()
    summary = ", ".join(f"{name} {counts.get(name, 0)}" for name in TABLES)
    done = time.time()
    print(f"extract_job: {summary} rows written to {args.output}; "
          f"{parsed - started:.1f} s to read and parse, {done - parsed:.1f} s to write "
          f"({done - started:.1f} s from the session's start)")
    spark.stop()


if __name__ == "__main__":
    main()
