#!/usr/bin/env bash
# Self-paced control on eegmmidb S001–S012 (docs/benchmarks.md, "Self-paced control"): each subject's three imagery
# runs (R04, R08, R12) replayed back to back through the real-time path, the first 10 cued trials per class
# calibrating the decoder, its intent detector and the control policy (budget: 1 false activation per minute),
# the rest decoded online every 0.125 s and scored against the cues.
#   classical decoders: calibrated from scratch on the subject;
#   attend: pretrained on the other eleven subjects (imagined and executed runs), fine-tuned on the calibration
#           block (finetune:), so that no subject is decoded by a network that saw it in pretraining.
# Also: within-session 5-fold of the same pretrained networks fine-tuned (finetune:), beside csp-lda and ts-lr.
set -euo pipefail
DATA=${1:-../shared/data/eegmmidb}
OUT=${2:-evaluation/self-paced}
RECIPE=${RECIPE:-net=fbnet,segments=1,mirror=true,fusion=ts-lr}
CH=FC5,FC3,FC1,FCz,FC2,FC4,FC6,C5,C3,C1,Cz,C2,C4,C6,CP5,CP3,CP1,CPz,CP2,CP4,CP6
online() {  # SUBJECTS DECODERS OUT
  ./attend evaluate --dataset eegmmidb --data "$DATA" --subjects "$1" --paradigm left-right-imagery \
    --channels $CH --tmin 0.5 --tmax 2.5 --band-low 8 --band-high 30 --scheme pseudo-online \
    --calibration-trials 10 --max-false-per-min 1 --decoders "$2" --out "$3"
}
online 1-12 csp-lda,ts-lr "$OUT/classical"
./attend evaluate --dataset eegmmidb --data "$DATA" --subjects 1-12 --paradigm left-right-imagery --channels $CH \
  --scheme within-session --folds 5 --seed 42 --decoders csp-lda,ts-lr --out "$OUT/within-classical"
for s in $(seq 1 12); do
  others=$(seq 1 12 | grep -vx "$s" | paste -sd,)
  model="$OUT/models/without-$s"
  [ -f "$model/model.json" ] || ./attend train --dataset eegmmidb --data "$DATA" --subjects "$others" \
    --paradigm left-right --runs both --channels $CH --tmin 0 --tmax 3 --band-low 8 --band-high 32 \
    --decoder-option "$RECIPE" --out "$model"
  online "$s" "finetune:$model" "$OUT/attend-$s"
  ./attend evaluate --dataset eegmmidb --data "$DATA" --subjects "$s" --paradigm left-right-imagery \
    --scheme within-session --folds 5 --seed 42 --decoders "finetune:$model" --out "$OUT/within-attend-$s"
done
