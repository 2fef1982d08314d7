#!/usr/bin/env bash
# The attend candidates of docs/decoders.md ("Choosing the recipe"), each beside the classical decoders on the same
# leave-one-subject-out folds of eegmmidb S001–S012 (imagined and executed left/right fist runs, 21 sensorimotor
# channels, 0–3 s after the cue, 8–32 Hz). Run alone on the machine; each command writes OUT/NAME/results.csv.
set -euo pipefail
DATA=${1:-../shared/data/eegmmidb}
OUT=${2:-evaluation/attend-candidates}
CH=FC5,FC3,FC1,FCz,FC2,FC4,FC6,C5,C3,C1,Cz,C2,C4,C6,CP5,CP3,CP1,CPz,CP2,CP4,CP6
loso() {  # NAME DECODERS...
  local name=$1; shift
  ./attend evaluate --dataset eegmmidb --data "$DATA" --subjects 1-12 --paradigm left-right --runs both \
    --channels $CH --scheme leave-one-subject-out --decoder-option threads=1 --threads 1 --seed 42 \
    --decoders "$@" --out "$OUT/$name"
}
loso classical csp-lda,ea-csp-lda,ts-lr,ea-ts-lr
loso attendnet 'attend[net=attendnet]'
loso fbnet-time 'attend[net=fbnet,segments=4]'
loso fbnet 'attend[net=fbnet,segments=1,attention=false]'
loso fbnet-attention 'attend[net=fbnet,segments=1]'
loso fbnet-mirror 'attend[net=fbnet,segments=1,attention=false,mirror=true]'
loso fbnet-mirror-ensemble 'attend[net=fbnet,segments=1,mirror=true,ensemble=5]'
loso fbnet-mirror-fusion 'attend[net=fbnet,segments=1,attention=false,mirror=true,fusion=ts-lr]'
