#!/usr/bin/env bash
# Two halves of eegmmidb S001–S012 stand in for "users the model never saw" (docs/benchmarks.md, "attend on users it
# never saw"): model A is trained on S001–S006, model B on S007–S012 (attend's default recipe, imagined and executed
# runs, 21 sensorimotor channels, 0–3 s, 8–32 Hz), and each is tested on the other half:
#   - without calibration (scheme test), with online alignment (the default), adding normalisation adaptation, and
#     with a fixed alignment, beside the classical decoders and attendnet trained on the same half (subject-holdout);
#   - within-session 5-fold with the model fine-tuned (finetune:), beside csp-lda and ts-lr on the same folds;
#   - self-paced control (pseudo-online): docs/validation/self_paced.sh with these two models.
# Run alone on the machine.
set -euo pipefail
DATA=${1:-../shared/data/eegmmidb}
OUT=${2:-evaluation/half-split}
CH=FC5,FC3,FC1,FCz,FC2,FC4,FC6,C5,C3,C1,Cz,C2,C4,C6,CP5,CP3,CP1,CPz,CP2,CP4,CP6
E=(--dataset eegmmidb --data "$DATA" --paradigm left-right --runs both --channels "$CH" --seed 42 --threads 1
   --decoder-option threads=1)
for half in "A 1-6 7-12" "B 7-12 1-6"; do
  set -- $half
  model="$OUT/model-$1"
  [ -f "$model/model.json" ] || ./attend train --dataset eegmmidb --data "$DATA" --subjects "$2" --paradigm left-right \
    --runs both --channels "$CH" --tmin 0 --tmax 3 --band 8-32 --decoder-option threads=1 --out "$model"
  ./attend evaluate "${E[@]}" --subjects "$3" --scheme test --decoders "model:$model" --out "$OUT/test-$1"
  ./attend evaluate "${E[@]}" --subjects "$3" --scheme test --decoder-option adapt-norm=true \
    --decoders "model:$model" --out "$OUT/test-$1-adapt-norm"
  ./attend evaluate "${E[@]}" --subjects "$3" --scheme test --decoder-option adapt-alignment=false \
    --decoders "model:$model" --out "$OUT/test-$1-fixed-alignment"
  ./attend evaluate "${E[@]}" --train-subjects "$2" --subjects "$3" --scheme subject-holdout \
    --decoders 'csp-lda,ea-csp-lda,ts-lr,ea-ts-lr,attend[net=attendnet,mirror=false,ensemble=1]' --out "$OUT/holdout-$1"
  ./attend evaluate --dataset eegmmidb --data "$DATA" --subjects "$3" --paradigm left-right --runs imagery \
    --channels "$CH" --scheme within-session --folds 5 --seed 42 --threads 1 \
    --decoders "csp-lda,ts-lr,finetune:$model" --out "$OUT/within-$1"
done
