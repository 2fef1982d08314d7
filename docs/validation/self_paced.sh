#!/usr/bin/env bash
# Self-paced control on eegmmidb S001–S012 (docs/benchmarks.md, "Self-paced control"): each subject's three imagery
# runs (R04, R08, R12) replayed back to back through the real-time path, the first 10 cued trials per class
# calibrating the decoder, its intent detector and the control policy (budget: 1 false activation per minute),
# the rest decoded online every 0.125 s and scored against the cues.
#   classical decoders: calibrated from scratch on the subject;
#   attend: the half-split models of docs/validation/half_split.sh (model A trained on S001–S006, model B on
#           S007–S012), each fine-tuned on the calibration block (finetune:) of the other half's subjects, so that
#           no subject is decoded by a network that saw it in pretraining.
set -euo pipefail
DATA=${1:-../shared/data/eegmmidb}
OUT=${2:-evaluation/self-paced}
MODELS=${3:-evaluation/half-split}
CH=FC5,FC3,FC1,FCz,FC2,FC4,FC6,C5,C3,C1,Cz,C2,C4,C6,CP5,CP3,CP1,CPz,CP2,CP4,CP6
online() {  # SUBJECTS DECODERS OUT
  ./attend evaluate --dataset eegmmidb --data "$DATA" --subjects "$1" --paradigm left-right-imagery \
    --channels $CH --tmin 0.5 --tmax 2.5 --band 8-30 --scheme pseudo-online \
    --calibration-trials 10 --max-false-per-min 1 --decoders "$2" --out "$3"
}
online 1-12 csp-lda,ts-lr "$OUT/classical"
online 7-12 "finetune:$MODELS/model-A" "$OUT/attend-A"
online 1-6 "finetune:$MODELS/model-B" "$OUT/attend-B"
