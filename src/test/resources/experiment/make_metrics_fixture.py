"""Reference values for MetricsTest, computed with scikit-learn (run: /usr/bin/python3 make_metrics_fixture.py)."""
import json
import numpy as np
from sklearn.metrics import (roc_auc_score, accuracy_score, balanced_accuracy_score, cohen_kappa_score,
                             confusion_matrix)

rng = np.random.default_rng(7)
cases = []
for n, k, tie in [(40, 2, False), (33, 2, True), (50, 3, False), (12, 2, True)]:
    y = rng.integers(0, k, n)
    pred = np.where(rng.random(n) < 0.7, y, rng.integers(0, k, n))
    score = np.round(rng.random(n) + 0.4 * (y == 1), 1 if tie else 6)
    case = dict(labels=y.tolist(), predicted=pred.tolist(), classes=k,
                accuracy=accuracy_score(y, pred), balanced_accuracy=balanced_accuracy_score(y, pred),
                kappa=cohen_kappa_score(y, pred), confusion=confusion_matrix(y, pred, labels=range(k)).tolist())
    if k == 2:
        case.update(scores=score.tolist(), roc_auc=roc_auc_score(y, score))
    cases.append(case)
json.dump(cases, open("metrics_fixture.json", "w"), separators=(",", ":"))
