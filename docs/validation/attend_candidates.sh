#!/usr/bin/env bash
# The attend candidates of docs/decoders.md ("Choosing the recipe"), each beside the classical decoders on the same
# leave-one-subject-out folds of eegmmidb S001–S012 (imagined and executed left/right fist runs, 21 sensorimotor
# channels, 0–3 s after the cue, 8–32 Hz unless noted). Every option is spelt out, so the commands measure the same
# recipes whatever the defaults become. Run alone on the machine; each command writes OUT/NAME/results.csv and caches
# its cells there (a stopped run continues where it stopped).
set -euo pipefail
DATA=${1:-../shared/data/eegmmidb}
OUT=${2:-evaluation/attend-candidates}
CH=FC5,FC3,FC1,FCz,FC2,FC4,FC6,C5,C3,C1,Cz,C2,C4,C6,CP5,CP3,CP1,CPz,CP2,CP4,CP6
loso() {  # NAME BAND_LOW BAND_HIGH DECODERS
  ./attend evaluate --dataset eegmmidb --data "$DATA" --subjects 1-12 --paradigm left-right --runs both \
    --channels $CH --band "$2-$3" --scheme leave-one-subject-out --decoder-option threads=1 \
    --threads 1 --seed 42 --decoders "$4" --out "$OUT/$1"
}
ONE='mirror=false,ensemble=1'   # one network, no mirrored windows (the recipe's defaults before the choice)
loso classical 8 32 csp-lda,ea-csp-lda,ts-lr,ea-ts-lr
loso classical-4-40 4 40 csp-lda,ea-csp-lda,ts-lr,ea-ts-lr
loso fbnet-v1 4 40 "attend[net=fbnet,segments=4,filters=4,$ONE]"
loso fbnet-v1-light 8 32 "attend[net=fbnet,segments=4,filters=4,noise=0,channel-dropout=0,shift=0,dropout=0.25,$ONE]"
loso fbnet-whole 8 32 "attend[net=fbnet,segments=1,filters=4,attention=false,$ONE]"
loso fbnet-whole-attention 8 32 "attend[net=fbnet,segments=1,filters=4,$ONE]"
loso fbnet-wide-band 8 32 "attend[net=fbnet,segments=1,filters=4,attention=false,bands=8-12/12-16/16-20/20-24/24-28/28-32/8-32,$ONE]"
loso fbnet-filters8 8 32 "attend[net=fbnet,segments=1,filters=8,attention=false,$ONE]"
loso fbnet-mirror 8 32 "attend[net=fbnet,segments=1,filters=4,attention=false,mirror=true,ensemble=1]"
loso fbnet-mirror-light 8 32 "attend[net=fbnet,segments=1,filters=4,mirror=true,ensemble=1,channel-dropout=0,dropout=0.25]"
loso fbnet-mirror-fusion 8 32 "attend[net=fbnet,segments=1,filters=4,attention=false,mirror=true,ensemble=1,fusion=ts-lr]"
loso fbnet-filters8-mirror 8 32 "attend[net=fbnet,segments=1,filters=8,mirror=true,ensemble=1]"
loso fbnet-mirror-ensemble 8 32 "attend[net=fbnet,segments=1,filters=4,mirror=true,ensemble=5]"
# the chosen recipe, attend's defaults
loso fbnet-filters8-mirror-ensemble 8 32 "attend[net=fbnet,segments=1,filters=8,mirror=true,ensemble=5]"
