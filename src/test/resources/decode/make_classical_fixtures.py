"""Reference values for the classical decoders' tests (run: /usr/bin/python3 make_classical_fixtures.py).

riemann_fixture.json: OAS covariances (scikit-learn), SPD matrix functions (scipy.linalg), the Riemannian
mean by pyRiemann's algorithm (re-implemented below on scipy, as pyRiemann is not packaged for Debian),
tangent vectors, Riemannian distances, MDM probabilities and TS + LogisticRegression probabilities.
csp_lda_fixture.json: MNE CSP(4, concat, mutual_info, log) filters and features, and scikit-learn
LinearDiscriminantAnalysis(solver='lsqr', shrinkage='auto') probabilities.
logreg_fixture.json: scikit-learn LogisticRegression(C) solved to a tight tolerance, binary and multinomial.
"""
import json
import numpy as np
import scipy.linalg as sl
from sklearn.covariance import oas
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
from sklearn.linear_model import LogisticRegression
import mne
from mne.decoding import CSP

rng = np.random.default_rng(2024)


def fn(c, f):
    w, v = sl.eigh(c)
    return (v * f(w)) @ v.T


sqrtm = lambda c: fn(c, np.sqrt)
invsqrtm = lambda c: fn(c, lambda w: 1 / np.sqrt(w))
logm = lambda c: fn(c, np.log)
expm = lambda c: fn(c, np.exp)


def distance(a, b):
    return np.sqrt((np.log(sl.eigvalsh(b, a)) ** 2).sum())


def mean_riemann(covs, tol=10e-9, maxiter=50):
    """pyRiemann 0.3's mean_riemann."""
    c = covs.mean(axis=0)
    k, nu, tau, crit = 0, 1.0, np.finfo(np.float64).max, np.finfo(np.float64).max
    while crit > tol and k < maxiter and nu > tol:
        k += 1
        c12, cm12 = sqrtm(c), invsqrtm(c)
        j = np.mean([logm(cm12 @ x @ cm12) for x in covs], axis=0)
        c = c12 @ expm(nu * j) @ c12
        crit = np.linalg.norm(j, ord='fro')
        h = nu * crit
        if h < tau:
            nu, tau = 0.95 * nu, h
        else:
            nu = 0.5 * nu
    return c


def tangent(c, ref):
    m = invsqrtm(ref)
    t = logm(m @ c @ m)
    n = c.shape[0]
    coeffs = (np.sqrt(2) * np.triu(np.ones((n, n)), 1) + np.eye(n))[np.triu_indices(n)]
    return t[np.triu_indices(n)] * coeffs


def softmax(s):
    e = np.exp(s - s.max())
    return e / e.sum()


# epochs: 2 classes, 5 channels, 120 samples; class 1 has more variance on a mixed source
n_ch, n_t, n_tr = 5, 60, 20
mixing = rng.normal(size=(n_ch, n_ch))
labels = np.array([0, 1] * (n_tr // 2))
epochs = []
for y in labels:
    src = rng.normal(size=(n_ch, n_t))
    src[0] *= 2.0 if y == 1 else 1.0
    src[1] *= 1.8 if y == 0 else 1.0
    epochs.append(mixing @ src + rng.normal(size=(n_ch, 1)))
# three decimals, so the JSON is short and Java's (float) cast of each value gives the same float32
epochs_text = np.round(np.array(epochs), 3)
x64 = epochs_text.astype(np.float32).astype(np.float64)

covs = np.array([oas(e.T)[0] for e in x64])
ref = mean_riemann(covs)
tang = np.array([tangent(c, ref) for c in covs])
lr = LogisticRegression(C=1.0, solver='newton-cg', tol=1e-14, max_iter=100000).fit(tang, labels)
means = [mean_riemann(covs[labels == k]) for k in (0, 1)]
test = covs[:4]
mdm_proba = [softmax(-np.array([distance(m, c) ** 2 for m in means])).tolist() for c in test]
a, b = covs[0], covs[1]
riemann = dict(
    epochs=epochs_text.tolist(), labels=labels.tolist(), oas=covs.tolist(),
    a=a.tolist(), b=b.tolist(), sqrtm=sqrtm(a).tolist(), invsqrtm=invsqrtm(a).tolist(), logm=logm(a).tolist(),
    expm_of_logm_b=expm(logm(b)).tolist(), expm_small=expm((a - b) / 10).tolist(), small=((a - b) / 10).tolist(),
    distance_ab=distance(a, b), mean=ref.tolist(), tangent=tang[:4].tolist(),
    class_means=[m.tolist() for m in means], mdm_proba=mdm_proba,
    tslr_proba=lr.predict_proba(tang[:4]).tolist())
json.dump(riemann, open('riemann_fixture.json', 'w'), separators=(',', ':'))

# CSP + LDA as MNE and scikit-learn
csp = CSP(n_components=4, reg=None, log=True, norm_trace=False, cov_est='concat', component_order='mutual_info')
mne.set_log_level('ERROR')
feats = csp.fit_transform(x64, labels)
lda = LinearDiscriminantAnalysis(solver='lsqr', shrinkage='auto').fit(feats, labels)
json.dump(dict(epochs=epochs_text.tolist(), labels=labels.tolist(), filters=csp.filters_[:4].tolist(),
               features=feats.tolist(), lda_proba=lda.predict_proba(feats).tolist()),
          open('csp_lda_fixture.json', 'w'), separators=(',', ':'))

# logistic regression, binary and 3 classes
cases = []
for k in (2, 3):
    x = rng.normal(size=(40, 6))
    y = np.arange(40) % k
    x[:, 0] += y
    x[:, 2] -= 0.5 * y
    for c in (1.0, 0.1):
        # newton-cg reaches the optimum to ~1e-10 (lbfgs stops early on its ftol criterion)
        m = LogisticRegression(C=c, solver='newton-cg', tol=1e-14, max_iter=100000).fit(x, y)
        cases.append(dict(x=x.tolist(), y=y.tolist(), classes=k, c=c, proba=m.predict_proba(x).tolist()))
json.dump(cases, open('logreg_fixture.json', 'w'), separators=(',', ':'))
