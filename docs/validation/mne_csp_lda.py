"""MNE-Python CSP(8) + LDA on eegmmidb left/right imagery, on the folds Attend used.

Usage (after `attend evaluate ... --decoders csp-lda --scheme within-session --out OUT`):
    /usr/bin/python3 docs/validation/mne_csp_lda.py /work/shared/data/eegmmidb OUT > docs/validation/mne_csp_lda.csv

For each subject: runs R04, R08, R12 read with MNE, IIR band-pass 8-32 Hz (raw.filter(method='iir'):
4th-order Butterworth, forward-backward), epochs 0-3 s after T1 (left) / T2 (right) (480 samples at
160 Hz, as Attend cuts them), then for each test fold of OUT/folds.csv: MNE CSP(n_components=8, log=True,
cov_est='concat', component_order='mutual_info') + scikit-learn LinearDiscriminantAnalysis(solver='lsqr',
shrinkage='auto') fitted on the other folds, ROC-AUC on the test fold; the subject's score is the mean over
folds (as MOABB and Attend). Prints subject,mne_roc_auc,attend_roc_auc,difference and a mean row.
"""
import csv
import os
import sys

import mne
import numpy as np
from mne.decoding import CSP
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline

mne.set_log_level('ERROR')
data, out = sys.argv[1], sys.argv[2]

folds = {}
with open(os.path.join(out, 'folds.csv')) as f:
    for row in csv.DictReader(f):
        folds.setdefault(row['subject'], []).append((int(row['label']), int(row['fold'])))
attend = {}
with open(os.path.join(out, 'results.csv')) as f:
    for row in csv.DictReader(f):
        if row['decoder'] == 'csp-lda':
            attend[row['subject']] = float(row['roc_auc'])


def epochs_of(subject):
    xs, ys = [], []
    for run in ('R04', 'R08', 'R12'):
        raw = mne.io.read_raw_edf(os.path.join(data, 'S%03d' % subject, 'S%03d%s.edf' % (subject, run)),
                                  preload=True)
        raw.filter(8., 32., method='iir', picks='eeg')
        events, _ = mne.events_from_annotations(raw, event_id={'T1': 0, 'T2': 1})
        sfreq = raw.info['sfreq']
        ep = mne.Epochs(raw, events, tmin=0, tmax=3 - 1 / sfreq, baseline=None, preload=True, picks='eeg')
        xs.append(ep.get_data())
        ys.append(ep.events[:, 2])
    return np.concatenate(xs), np.concatenate(ys)


print('subject,mne_roc_auc,attend_roc_auc,difference')
mne_scores, attend_scores = [], []
for subject in sorted(folds, key=int):
    x, y = epochs_of(int(subject))
    labels = np.array([l for l, _ in folds[subject]])
    fold = np.array([k for _, k in folds[subject]])
    if len(labels) != len(y) or (labels != y).any():
        sys.exit('subject %s: MNE cut %d trials, Attend %d, or their labels differ' % (subject, len(y), len(labels)))
    aucs = []
    for k in np.unique(fold):
        train, test = fold != k, fold == k
        model = make_pipeline(CSP(n_components=8, log=True, cov_est='concat', component_order='mutual_info'),
                              LinearDiscriminantAnalysis(solver='lsqr', shrinkage='auto'))
        model.fit(x[train], y[train])
        aucs.append(roc_auc_score(y[test], model.predict_proba(x[test])[:, 1]))
    score = float(np.mean(aucs))
    mne_scores.append(score)
    attend_scores.append(attend[subject])
    print('%s,%.6f,%.6f,%+.6f' % (subject, score, attend[subject], attend[subject] - score))
print('mean,%.6f,%.6f,%+.6f' % (np.mean(mne_scores), np.mean(attend_scores),
                                np.mean(attend_scores) - np.mean(mne_scores)))
