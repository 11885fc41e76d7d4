#!/usr/bin/env python3
"""Turns benchmarks/target/jmh.json (and jmh-jpa.json) into the ratio lines of the benchmark report.

B1/B2/B6 scores are milliseconds per full pass (JMH AverageTime) and B3 scores milliseconds per
whole import (SingleShotTime), so baseline / library is the library's throughput as a multiple of
the baseline's. B4 scores are sampled times per query (SampleTime, microseconds); its lines compare
the p50 and p95 of the library with those of the hand-written SQL (library / SQL, time: need
<= 1.5) and of OFFSET paging with keyset paging (OFFSET / keyset, time: need >= 10).
Usage: ratios.py [path/to/jmh.json ...]
"""
import json
import sys


def load(paths):
    results = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            runs = json.load(f)
        for run in runs:
            name = run["benchmark"].rsplit(".", 1)[-1]
            params = run.get("params", {})
            alloc = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
            # B1/B6 vary the method, B3/B4 the database
            key = (name, params.get("method", params.get("database", "")))
            primary = run["primaryMetric"]
            results[key] = {
                "ms": primary["score"],
                "error": primary["scoreError"],
                "unit": primary.get("scoreUnit", "ms/op"),
                "percentiles": primary.get("scorePercentiles", {}),
                "alloc": alloc,
                "params": params,
            }
    return results


def line(label, value, goal):
    print(f"{label:<58} {value:8.3f}   ({goal})")


def main():
    paths = sys.argv[1:] or ["benchmarks/target/jmh.json"]
    r = load(paths)
    print(f"{'benchmark':<22} {'method/db':<10} {'params':<50} {'score':>11} {'unit':<6}  {'error':>9} {'MB alloc/op':>10}")
    for (name, method), v in sorted(r.items()):
        params = ",".join(f"{k}={val}" for k, val in sorted(v["params"].items()))
        alloc = "" if v["alloc"] is None else f"{v['alloc'] / 1048576:10.1f}"
        error = v["error"]
        error = f"{error:9.3f}" if isinstance(error, (int, float)) else f"{str(error):>9}"
        unit = v["unit"].replace("/op", "")
        print(f"{name:<22} {method:<10} {params:<50} {v['ms']:11.3f} {unit:<6} ± {error} {alloc}")
    print()

    def ms(name, method=""):
        return r[(name, method)]["ms"] if (name, method) in r else None

    base, lib, par = ms("b1Baseline"), ms("b1Library"), ms("b1LibraryParallel2")
    if base and lib:
        line("B1 library / hand-written loop, throughput", base / lib, "need >= 0.5, aim >= 0.8")
    if base and par:
        line("B1 library parallel (2 threads) / loop, throughput", base / par, "aim >= 1.6")
    inc = ms("b2Incremental")
    if inc and lib:
        line("B2 re-evaluate changed 1% / full B1 pass, time", inc / lib, "need <= 0.02")
    for method in ("QUANTILE", "NTILE"):
        b, l = ms("b6Baseline", method), ms("b6Library", method)
        if b and l:
            line(f"B6 RFM {method} library / primitive arrays, throughput", b / l,
                 "need >= 0.5, aim >= 0.8")
    for lib_name, base_name, method in (("b1Library", "b1Baseline", ""),
                                        ("b6Library", "b6Baseline", "QUANTILE"),
                                        ("b6Library", "b6Baseline", "NTILE")):
        a, b = r.get((lib_name, method)), r.get((base_name, method))
        if a and b and a["alloc"] and b["alloc"]:
            line(f"{lib_name} {method} allocation / {base_name}, bytes per pass",
                 a["alloc"] / b["alloc"], "gc.alloc.rate.norm")


    jpa_lines(r)


def jpa_lines(r):
    """B3 and B4, one group of lines per database that was run."""
    databases = sorted({db for (name, db) in r if name.startswith(("b3", "b4"))})
    for db in databases:
        lib, jdbc = r.get(("b3Library", db)), r.get(("b3Jdbc", db))
        if lib and jdbc:
            need = "need >= 0.8" if db == "H2" else "need >= 0.7"
            line(f"B3 {db} bulk import library / JDBC batch, throughput", jdbc["ms"] / lib["ms"], need)
        for pct in ("50.0", "95.0"):
            p = pct.split(".")[0]
            for query, lib_name, sql_name in (("due today", "b4DueTodayLibrary", "b4DueTodaySql"),
                                              ("deep page", "b4DeepPageLibrary", "b4DeepPageKeysetSql")):
                a, b = percentile(r, lib_name, db, pct), percentile(r, sql_name, db, pct)
                if a and b:
                    line(f"B4 {db} {query} p{p} library / SQL, time", a / b, "need <= 1.5")
            offset = percentile(r, "b4DeepPageOffsetSql", db, pct)
            for side, name in (("library keyset", "b4DeepPageLibrary"), ("SQL keyset", "b4DeepPageKeysetSql")):
                keyset = percentile(r, name, db, pct)
                if offset and keyset:
                    line(f"B4 {db} deep page p{p} OFFSET / {side}, time", offset / keyset, "need >= 10")


def percentile(r, name, db, pct):
    v = r.get((name, db))
    return v["percentiles"].get(pct) if v else None


if __name__ == "__main__":
    main()
