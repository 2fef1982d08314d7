"""Reference taps for FirBandpassTest: scipy.signal.firwin band-pass filters (Hamming window, scaled at the
band's centre), the design FirBandpass follows. Run with scipy installed: python3 make_fir_fixture.py"""
import json

import scipy
import scipy.signal

CASES = [(8, 12, 81, 160.0), (4, 8, 81, 160.0), (28, 32, 41, 160.0), (36, 40, 125, 250.0), (8, 30, 65, 128.0)]

out = {"scipy": scipy.__version__, "cases": []}
for low, high, taps, rate in CASES:
    h = scipy.signal.firwin(taps, [low, high], pass_zero=False, fs=rate)
    out["cases"].append({"lowHz": low, "highHz": high, "taps": taps, "rateHz": rate, "h": [float(v) for v in h]})
with open("fir_fixtures.json", "w") as f:
    json.dump(out, f, indent=1)
