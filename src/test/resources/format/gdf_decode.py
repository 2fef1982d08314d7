"""Independent GDF decoding for make_reference.py, used where MNE 1.3 cannot read a file (mixed data types,
non-equidistant sampling, GDF 1 without event table). Follows the GDF 2 specification (Schloegl, 2006/2013)."""
import struct

import numpy as np

DTYPES = {1: "<i1", 2: "<u1", 3: "<i2", 4: "<u2", 5: "<i4", 6: "<u4", 7: "<i8", 8: "<u8", 16: "<f4", 17: "<f8"}
PREFIX_EXP = {0: 0, 16: -1, 17: -2, 18: -3, 19: -6, 20: -9, 3: 3}


def _unit_factor_v1(unit):
    return {"uV": 1.0, "\u00b5V": 1.0, "mV": 1e3, "V": 1e6, "nV": 1e-3}.get(unit, 1.0)


def _unit_factor_v2(code):
    if code & 0xFFE0 == 4256:  # volt with a decimal prefix
        return 10.0 ** (PREFIX_EXP[code & 0x1F] + 6)
    return 1.0


def decode(path):
    b = open(path, "rb").read()
    version = float(b[4:8].decode())
    v1 = version < 1.9
    if v1:
        header_bytes = struct.unpack_from("<q", b, 184)[0]
        ns = struct.unpack_from("<I", b, 252)[0]
    else:
        header_bytes = struct.unpack_from("<H", b, 184)[0] * 256
        ns = struct.unpack_from("<H", b, 252)[0]
    n_records = struct.unpack_from("<q", b, 236)[0]
    num, den = struct.unpack_from("<II", b, 244)
    o = 256
    labels = [b[o + 16 * i:o + 16 * i + 16].decode("latin-1").replace("\0", "").strip() for i in range(ns)]
    if v1:
        factors = [_unit_factor_v1(b[o + ns * 96 + 8 * i:o + ns * 96 + 8 * i + 8].decode("latin-1").strip())
                   for i in range(ns)]
        dig = "<%dq" % ns
    else:
        factors = [_unit_factor_v2(c) for c in struct.unpack_from("<%dH" % ns, b, o + ns * 102)]
        dig = "<%dd" % ns
    pmin = np.array(struct.unpack_from("<%dd" % ns, b, o + ns * 104))
    pmax = np.array(struct.unpack_from("<%dd" % ns, b, o + ns * 112))
    dmin = np.array(struct.unpack_from(dig, b, o + ns * 120), float)
    dmax = np.array(struct.unpack_from(dig, b, o + ns * 128), float)
    nsamp = struct.unpack_from("<%dI" % ns, b, o + ns * 216)
    types = struct.unpack_from("<%dI" % ns, b, o + ns * 220)
    sizes = [np.dtype(DTYPES[t]).itemsize for t in types]
    rec = sum(n * s for n, s in zip(nsamp, sizes))
    fit = (len(b) - header_bytes) // rec
    if n_records < 0 or n_records > fit:
        n_records = fit
    gain = (pmax - pmin) / (dmax - dmin)
    signals = []
    rate = max(n for n in nsamp) * den / num
    for i in range(ns):
        if nsamp[i] == 0:
            continue
        start = sum(nsamp[k] * sizes[k] for k in range(i))
        values = []
        for r in range(n_records):
            at = header_bytes + r * rec + start
            values.append(np.frombuffer(b, DTYPES[types[i]], nsamp[i], at).astype(np.float64))
        raw = np.concatenate(values) if values else np.zeros(0)
        signals.append({"name": labels[i], "rate": nsamp[i] * den / num,
                        "values": ((raw - dmin[i]) * gain[i] + pmin[i]) * factors[i]})
    descriptions = []
    if not v1 and header_bytes > 256 * (ns + 1):
        at = 256 * (ns + 1)
        while at + 4 <= header_bytes and b[at] != 0:
            tag, length = b[at], int.from_bytes(b[at + 1:at + 4], "little")
            if tag == 1:
                descriptions = [s.decode() for s in b[at + 4:at + 4 + length].split(b"\0") if s][:255]
            at += 4 + length
    annotations = []
    sparse = {}
    etp = header_bytes + n_records * rec
    if etp < len(b):
        mode = b[etp]
        if version < 1.94:
            ev_rate = int.from_bytes(b[etp + 1:etp + 4], "little")
            n = struct.unpack_from("<I", b, etp + 4)[0]
        else:
            n = int.from_bytes(b[etp + 1:etp + 4], "little")
            ev_rate = struct.unpack_from("<f", b, etp + 4)[0]
        ev_rate = ev_rate if ev_rate > 0 else rate
        p = etp + 8
        pos = struct.unpack_from("<%dI" % n, b, p)
        typ = struct.unpack_from("<%dH" % n, b, p + 4 * n)
        dur = struct.unpack_from("<%dI" % n, b, p + 8 * n) if mode == 3 else [1] * n
        chn = struct.unpack_from("<%dH" % n, b, p + 6 * n) if mode == 3 else [0] * n
        for k in range(n):
            if typ[k] == 0x7FFF:  # a sample of a non-equidistantly sampled channel, its value in the duration
                c = chn[k] - 1
                raw = np.frombuffer(struct.pack("<I", dur[k]), DTYPES[types[c]], 1)[0]
                value = ((float(raw) - dmin[c]) * gain[c] + pmin[c]) * factors[c]
                sparse.setdefault(labels[c], []).append(((pos[k] - 1) / ev_rate, value))
                continue
            label = descriptions[typ[k] - 1] if 1 <= typ[k] <= len(descriptions) else str(typ[k])
            annotations.append({"onset": (pos[k] - 1) / ev_rate, "duration": max(dur[k], 1) / ev_rate,
                                "label": label})
    annotations.sort(key=lambda a: a["onset"])
    return {"sfreq": rate, "nTimes": n_records * max(nsamp), "signals": signals,
            "annotations": annotations,
            "irregular": [{"name": name, "times": [t for t, _ in points], "values": [v for _, v in points]}
                          for name, points in sparse.items()]}
