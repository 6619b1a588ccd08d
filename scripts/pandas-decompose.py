#!/usr/bin/env python3
"""The peer baseline of issue 7: pandas read_csv plus a vectorised numpy O(n log n)
decomposition (Gini, Dagum within/between, sources, two-way) of the same file that
`resilience decompose` reads. Prints the wall time of each stage.

  python3 scripts/pandas-decompose.py FILE.csv GROUPCOLUMN a,b,c
"""
import sys
import time

import numpy as np
import pandas as pd


def decompose(y, g, parts):
    n = len(y)
    mu = y.mean()
    order = np.argsort(y, kind="stable")
    ys = y[order]
    gini = ((2 * np.arange(1, n + 1) - n - 1) * ys).sum() / (n * n * mu)
    # L_i - H_i with ties: rank of the first and last equal value.
    left = np.searchsorted(ys, y, side="left")
    right = np.searchsorted(ys, y, side="right")
    signed = left - (n - right)
    sources = [(p * signed).sum() / (n * n * mu) for p in parts]
    groups = np.unique(g)
    within, between, cells = {}, {}, {}
    for j in groups:
        yj = np.sort(y[g == j])
        nj = len(yj)
        within[j] = 2 * ((2 * np.arange(1, nj + 1) - nj - 1) * yj).sum() / (2 * n * n * mu)
        for h in groups:
            if h <= j:
                continue
            yh = np.sort(y[g == h])
            csum = np.concatenate([[0], np.cumsum(yh)])
            k = np.searchsorted(yh, yj, side="left")
            s = (k * yj - csum[k]).sum() + ((csum[-1] - csum[k]) - (len(yh) - k) * yj).sum()
            between[(j, h)] = 2 * s / (2 * n * n * mu)
        # two-way within cells: L - H counted inside the group.
        mask = g == j
        yjs = np.sort(y[mask])
        lj = np.searchsorted(yjs, y[mask], side="left")
        rj = np.searchsorted(yjs, y[mask], side="right")
        sj = lj - (mask.sum() - rj)
        for m, p in enumerate(parts):
            cells[(j, m)] = (p[mask] * sj).sum() / (n * n * mu)
    return gini, within, between, sources, cells


def main():
    path, group, names = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    start = time.perf_counter()
    frame = pd.read_csv(path)
    read = time.perf_counter()
    parts = [frame[name].to_numpy(dtype=float) for name in names]
    y = parts[0].copy()
    for p in parts[1:]:
        y = y + p
    g = frame[group].to_numpy()
    gini, *_ = decompose(y, g, parts)
    done = time.perf_counter()
    print(f"pandas read_csv {read - start:.3f} s, numpy decomposition {done - read:.3f} s, "
          f"total {done - start:.3f} s, G = {gini:.12f}")


if __name__ == "__main__":
    main()
