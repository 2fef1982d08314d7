#!/usr/bin/python3
"""Reference values for ShrinkageLdaTest: scikit-learn's LinearDiscriminantAnalysis(solver='lsqr',
shrinkage='auto') on small deterministic data. Run: /usr/bin/python3 make_lda_fixture.py > lda_fixture.json"""
import json
import numpy as np
import sklearn
from sklearn.covariance import ledoit_wolf_shrinkage
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

rng = np.random.default_rng(7)
cases = []
for classes, n, p in [(2, 30, 8), (3, 45, 9), (2, 12, 16)]:
    y = np.arange(n) % classes
    x = rng.standard_normal((n, p)) * (1 + np.arange(p)) + y[:, None] * 0.8
    x[:, 1] += 0.5 * x[:, 0]  # correlated features
    lda = LinearDiscriminantAnalysis(solver="lsqr", shrinkage="auto").fit(x, y)
    test = rng.standard_normal((5, p)) * 2
    xc = x - x.mean(0)
    cases.append(dict(x=x.tolist(), y=y.tolist(), classes=classes, test=test.tolist(),
                      proba=lda.predict_proba(test).tolist(),
                      shrinkage_of_centred=float(ledoit_wolf_shrinkage(xc))))
print(json.dumps(dict(sklearn=sklearn.__version__, cases=cases)))
