#!/usr/bin/env python3
"""Turns benchmarks/target/jmh.json into the ratio lines of the benchmark report.

Every score is milliseconds per full pass (JMH AverageTime), so baseline / library is the
library's throughput as a multiple of the baseline's. Usage: ratios.py [path/to/jmh.json]
"""
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        runs = json.load(f)
    results = {}
    for run in runs:
        name = run["benchmark"].rsplit(".", 1)[-1]
        params = run.get("params", {})
        alloc = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        key = (name, params.get("method", ""))
        results[key] = {
            "ms": run["primaryMetric"]["score"],
            "error": run["primaryMetric"]["scoreError"],
            "alloc": alloc,
            "params": params,
        }
    return results


def line(label, value, goal):
    print(f"{label:<58} {value:8.3f}   ({goal})")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/target/jmh.json"
    r = load(path)
    print(f"{'benchmark':<22} {'method':<9} {'params':<50} {'ms/op':>9}   {'error':>7} {'MB alloc/op':>10}")
    for (name, method), v in sorted(r.items()):
        params = ",".join(f"{k}={val}" for k, val in sorted(v["params"].items()))
        alloc = "" if v["alloc"] is None else f"{v['alloc'] / 1048576:10.1f}"
        error = v["error"]
        error = f"{error:7.3f}" if isinstance(error, (int, float)) else f"{str(error):>7}"
        print(f"{name:<22} {method:<9} {params:<50} {v['ms']:9.3f} ± {error} {alloc}")
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


if __name__ == "__main__":
    main()
