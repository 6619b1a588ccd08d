#!/usr/bin/env python3
"""Checks a large `resilience analyze` run against an independent numpy computation:
interior gaps filled by linear interpolation, pooled min-max with direction, CRITIC
weights, composite scores, and the yearly Gini coefficient and national mean.

  python3 scripts/check-large-run.py panel.csv results.json

Assumes the built-in indicator system (resilience init-config) and gaps that are interior
and a single year long (as in resilience-bench --write-csv panels).
"""
import json
import sys

import numpy as np
import pandas as pd

NEGATIVE = {"wastewater", "so2", "dust", "co2", "pm25"}


def main():
    panel_path, results_path = sys.argv[1], sys.argv[2]
    frame = pd.read_csv(panel_path)
    frame = frame.sort_values(["city", "year"], kind="stable")
    indicators = ["wastewater", "so2", "dust", "co2", "park_green_pc", "drainage_density", "pop_density",
                  "water_supply_pc", "sewage_treatment_rate", "solid_waste_util_rate", "domestic_waste_collected", "pm25"]
    # Gaps are interior and one year long: the linear interpolation is the mean of the two
    # neighbouring rows of the same city (vectorised; the assumption is checked).
    same_before = (frame["city"].shift(1) == frame["city"]).to_numpy()
    same_after = (frame["city"].shift(-1) == frame["city"]).to_numpy()
    for column in indicators:
        x = frame[column].to_numpy(dtype=float).copy()
        gaps = np.flatnonzero(np.isnan(x))
        if not (same_before[gaps].all() and same_after[gaps].all()):
            sys.exit(f"{column}: a gap at the edge of a series; this check handles interior gaps only")
        before, after = x[gaps - 1], x[gaps + 1]
        if np.isnan(before).any() or np.isnan(after).any():
            sys.exit(f"{column}: a gap longer than one year; this check handles one-year gaps only")
        x[gaps] = (before + after) / 2
        frame[column] = x
    x = frame[indicators].to_numpy(dtype=float)
    low, high = x.min(axis=0), x.max(axis=0)
    standardized = np.where([c in NEGATIVE for c in indicators], (high - x) / (high - low), (x - low) / (high - low))
    sigma = standardized.std(axis=0)
    correlation = np.corrcoef(standardized, rowvar=False)
    conflict = (1 - correlation).sum(axis=0)
    information = sigma * conflict
    weights = information / information.sum()
    scores = standardized @ weights
    frame["score"] = scores
    results = json.load(open(results_path))
    ours = {w["indicator"]: w["weight"] for w in results["weights"]}
    weight_error = max(abs(ours[c] - w) for c, w in zip(indicators, weights))
    gini_error, mean_error = 0.0, 0.0
    yearly = {y["year"]: y for y in results["yearly"]}
    for year, group in frame.groupby("year"):
        y = np.sort(group["score"].to_numpy())
        n = len(y)
        gini = ((2 * np.arange(1, n + 1) - n - 1) * y).sum() / (n * n * y.mean())
        gini_error = max(gini_error, abs(gini - yearly[year]["gini"]) / gini)
        mean_error = max(mean_error, abs(y.mean() - yearly[year]["mean"]))
    print(f"rows {len(frame)}, years {len(yearly)}: max |weight diff| {weight_error:.2e}, "
          f"max relative Gini diff {gini_error:.2e}, max |mean diff| {mean_error:.2e}")
    ok = weight_error < 1e-9 and gini_error < 1e-9 and mean_error < 1e-9
    print("check:", "OK" if ok else "DIFFERENT")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
