"""scipy's whole-array sosfilt on the array `attend bench dsp --compare` wrote, timed the same way (median taken by
the caller). Arguments: raw little-endian float32 file [channel][sample], channels, samples, repetitions, dtypes
(comma-separated, float32 and/or float64), then the SOS rows as JSON. Prints scipy's version, then one line per
repetition and dtype: "dtype seconds". Exit 3 without scipy."""
import json
import sys
import time

try:
    import numpy as np
    import scipy
    from scipy.signal import sosfilt
except ImportError as e:
    print("scipy not importable: %s" % e, file=sys.stderr)
    sys.exit(3)

path, channels, samples, repetitions, dtypes, sos_json = sys.argv[1:7]
raw = np.fromfile(path, dtype="<f4").reshape(int(channels), int(samples))
print("scipy %s numpy %s" % (scipy.__version__, np.__version__), flush=True)
for dtype in dtypes.split(","):
    x = raw.astype(dtype)
    # float32 sections keep sosfilt in its float32 kernel; float64 sections would promote the whole computation.
    sos = np.asarray(json.loads(sos_json), dtype=dtype)
    sosfilt(sos, x[:, :1000], axis=-1)  # warm-up: first-call dispatch
    for _ in range(int(repetitions)):
        start = time.perf_counter()
        y = sosfilt(sos, x, axis=-1)
        print("%s %.9f" % (dtype, time.perf_counter() - start), flush=True)
        assert y.dtype == x.dtype
