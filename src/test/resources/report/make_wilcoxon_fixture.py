"""scipy.stats.wilcoxon reference values for WilcoxonSignedRankTest (run: /usr/bin/python3 make_wilcoxon_fixture.py)."""
import json
import numpy as np
from scipy.stats import wilcoxon

rng = np.random.default_rng(3)
cases = []
for n, ties in [(5, False), (8, False), (12, False), (12, True), (20, False), (30, True), (60, False)]:
    x = rng.normal(0.7, 0.1, n)
    y = x - rng.normal(0.02, 0.05, n)
    if ties:
        x, y = np.round(x, 2), np.round(y, 2)
    r = wilcoxon(x, y)
    cases.append(dict(x=x.tolist(), y=y.tolist(), statistic=float(r.statistic), p=float(r.pvalue)))
json.dump(cases, open('wilcoxon_fixture.json', 'w'), indent=0)
