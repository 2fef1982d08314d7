#!/usr/bin/python3
"""Reference summaries of every recording in ../shared/data for Attend's format tests.

Run with Debian's python3 (python3-mne is apt-installed):

    /usr/bin/python3 src/test/resources/format/make_reference.py ../shared/data > src/test/resources/format/reference.json

For each file it writes channel names, per-channel rates, sample counts, per-channel sums / sums of
absolute values / first and last samples (in Attend's units: microvolts for voltage channels, the stored value
for other channels such as stim), and annotations (onset, duration, label). Values come from MNE-Python
wherever MNE can read the file ("source": "mne"); for what MNE 1.3 cannot read (XDF, several GDF files, the
slower channels of an unevenly sampled EDF, which MNE resamples) the script decodes the bytes itself with
numpy, independently of Attend's Java code ("source": "numpy").
"""
import json
import struct
import sys
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gdf_decode  # noqa: E402
import xdf_decode  # noqa: E402

warnings.simplefilter("ignore")
import mne  # noqa: E402

mne.set_log_level("ERROR")

VOLTAGE_SCALED_BY_MNE = {"uV", "\u00b5V", "\u03bcV", "mV"}
N_EDGE = 3


def summary(values):
    values = np.asarray(values, dtype=np.float64)
    return {
        "n": int(values.size),
        "sum": float(values.sum()),
        "sumAbs": float(np.abs(values).sum()),
        "first": [float(v) for v in values[:N_EDGE]],
        "last": [float(v) for v in values[-N_EDGE:]],
    }


BV_UNITS = {"V": 1.0, "\u00b5V": 1e-6, "uV": 1e-6, "mV": 1e-3, "nV": 1e-9, "\u00b5S": 1e-6, "uS": 1e-6}


def attend_factor(orig_unit, is_stim, suffix=".edf"):
    """Factor from MNE's value to Attend's (microvolts for voltage, as stored otherwise)."""
    if is_stim:
        return 1.0
    if suffix == ".vhdr":  # MNE scales every BrainVision unit it knows to its SI base
        return 1e6 if orig_unit in ("V", "\u00b5V", "uV", "mV", "nV") else 1 / BV_UNITS.get(orig_unit, 1.0)
    if orig_unit in VOLTAGE_SCALED_BY_MNE:
        return 1e6  # MNE scaled to volts
    return {"V": 1e6, "nV": 1e-3}.get(orig_unit, 1.0)  # MNE kept the stored value


def native_factor(unit):
    """Factor from a stored physical value to Attend's unit."""
    if unit in VOLTAGE_SCALED_BY_MNE:
        return 1e-3 * 1e6 if unit == "mV" else 1.0
    return {"V": 1e6, "nV": 1e-3}.get(unit, 1.0)


def annotations(raw_or_annot):
    a = raw_or_annot if isinstance(raw_or_annot, mne.Annotations) else raw_or_annot.annotations
    return [{"onset": float(o), "duration": float(d), "label": str(l)}
            for o, d, l in zip(a.onset, a.duration, a.description)]


def edf_native(path):
    """Per-signal native-rate physical values decoded with numpy (used where MNE resamples)."""
    b = Path(path).read_bytes()
    ns = int(b[252:256])
    bdf = b[0] == 0xFF
    widths = [16, 80, 8, 8, 8, 8, 8, 80, 8, 32]
    offs = np.cumsum([0] + widths)

    def f(k, i):
        off = 256 + ns * offs[k] + i * widths[k]
        return b[off:off + widths[k]].decode("latin-1").strip()
    labels = [f(0, i) for i in range(ns)]
    units = [f(2, i) for i in range(ns)]
    pmin = [float(f(3, i)) for i in range(ns)]
    pmax = [float(f(4, i)) for i in range(ns)]
    dmin = [float(f(5, i)) for i in range(ns)]
    dmax = [float(f(6, i)) for i in range(ns)]
    nsamp = [int(f(8, i)) for i in range(ns)]
    width = 3 if bdf else 2
    rec = sum(nsamp) * width
    nrec = (len(b) - 256 * (ns + 1)) // rec
    data = np.frombuffer(b[256 * (ns + 1):256 * (ns + 1) + nrec * rec], np.uint8).reshape(nrec, rec)
    out = []
    at = 0
    for i in range(ns):
        raw = data[:, at:at + nsamp[i] * width].reshape(-1, width).astype(np.int64)
        at += nsamp[i] * width
        if bdf:
            v = raw[:, 0] | raw[:, 1] << 8 | raw[:, 2] << 16
            v = np.where(v >= 1 << 23, v - (1 << 24), v)
        else:
            v = raw[:, 0] | raw[:, 1] << 8
            v = np.where(v >= 1 << 15, v - (1 << 16), v)
        gain = (pmax[i] - pmin[i]) / (dmax[i] - dmin[i])
        phys = v * gain + (pmin[i] - dmin[i] * gain)
        out.append(phys * native_factor(units[i]))
    return out


def read_mne(path):
    suffix = path.suffix.lower()
    if suffix == ".edf":
        return mne.io.read_raw_edf(path, preload=True)
    if suffix == ".bdf":
        return mne.io.read_raw_bdf(path, preload=True)
    if suffix == ".gdf":
        return mne.io.read_raw_gdf(path, preload=True)
    if suffix == ".vhdr":
        return mne.io.read_raw_brainvision(path, preload=True)
    raise ValueError(suffix)


def vhdr_units(path):
    """Channel units as the BrainVision header states them (MNE rewrites unknown ones to 'n/a')."""
    import configparser
    text = path.read_text("utf-8", errors="replace").split("[Comment]")[0]
    cfg = configparser.ConfigParser()
    cfg.read_string(text[text.index("\n") + 1:])
    units = {}
    for key, props in cfg.items("Channel Infos"):
        p = props.split(",")
        units[p[0]] = p[3] if len(p) >= 4 and p[3] else "\u00b5V"
    return units


def mne_summary(path):
    raw = read_mne(path)
    if path.suffix.lower() == ".vhdr":
        raw._orig_units = vhdr_units(path)
    data = raw.get_data()
    extras = raw._raw_extras[0]
    stim = set(extras.get("stim_channel_idxs", []) if isinstance(extras, dict) else [])
    out = {"source": "mne", "sfreq": float(raw.info["sfreq"]), "nTimes": int(raw.n_times),
           "channels": [], "annotations": annotations(raw),
           "measDate": raw.info["meas_date"].isoformat() if raw.info["meas_date"] else None}
    native = None
    n_samps = extras.get("n_samps") if isinstance(extras, dict) else None
    sel = extras.get("sel") if isinstance(extras, dict) else None
    for i, name in enumerate(raw.ch_names):
        unit = raw._orig_units.get(name, "") if raw._orig_units else ""
        is_stim = raw.info["chs"][i]["kind"] == mne.io.constants.FIFF.FIFFV_STIM_CH
        ch = {"name": name, "unit": unit, "stim": bool(is_stim)}
        uneven = (n_samps is not None and sel is not None and path.suffix.lower() in (".edf", ".bdf")
                  and n_samps[sel[i]] != n_samps[sel].max())
        if uneven:
            native = native or edf_native(path)
            values = native[sel[i]]
            ch["rate"] = float(raw.info["sfreq"]) * n_samps[sel[i]] / n_samps[sel].max()
            ch.update(summary(values))
            ch["source"] = "numpy"
        else:
            ch["rate"] = float(raw.info["sfreq"])
            if path.suffix.lower() == ".gdf":  # MNE scaled µV and mV (unit codes 4275, 4274) to volts
                factor = 1e6 if extras["units"][i] != 1 else 1.0
            else:
                factor = attend_factor(unit, is_stim, path.suffix.lower())
            ch.update(summary(data[i] * factor))
        out["channels"].append(ch)
    return out


def synced(stamps, offsets):
    """Time stamps plus the Huber line through the clock offsets; one line per segment between clock resets
    (a reset shows as measurement times going backwards; the samples split where their stamps drop most)."""
    stamps = np.asarray(stamps, float)
    if len(offsets) == 0 or len(stamps) == 0:
        return stamps
    o = np.asarray(offsets, float)
    resets = np.where(np.diff(o[:, 0]) < 0)[0]
    bounds_o = [0] + [r + 1 for r in resets] + [len(o)]
    drops = np.argsort(np.diff(stamps))[:len(resets)] + 1 if len(resets) else np.array([], int)
    bounds_s = [0] + sorted(drops.tolist()) + [len(stamps)]
    out = stamps.copy()
    for k in range(len(bounds_o) - 1):
        seg = o[bounds_o[k]:bounds_o[k + 1]]
        a, b = (seg[0, 1], 0.0) if len(seg) == 1 else xdf_decode.huber_line(seg[:, 0], seg[:, 1])
        sl = slice(bounds_s[k], bounds_s[k + 1])
        out[sl] = stamps[sl] + a + b * stamps[sl]
    return out


def xdf_summary(path):
    streams = []
    for sid, s in xdf_decode.decode(path).items():
        st = {"id": sid, "name": s["name"], "type": s["type"], "channels": s["n"], "srate": s["srate"],
              "format": s["format"], "nSamples": len(s["stamps"]), "nClockOffsets": len(s["offsets"])}
        if s["stamps"]:
            st["rawStamps"] = summary(s["stamps"])
            st["syncedStamps"] = summary(synced(s["stamps"], s["offsets"]))
        if s["format"] == "string":
            labels = [row[0] for row in s["values"]]
            st["firstStrings"] = labels[:N_EDGE]
            st["lastStrings"] = labels[-N_EDGE:]
            st["stringCounts"] = {l: labels.count(l) for l in sorted(set(labels))}
        elif s["stamps"]:
            values = np.asarray(s["values"], float)
            st["values"] = [summary(values[:, c]) for c in range(s["n"])]
        streams.append(st)
    return {"source": "numpy", "streams": streams}


def gdf_summary(path):
    g = gdf_decode.decode(path)
    channels = []
    for sig in g["signals"]:
        ch = {"name": sig["name"], "unit": "", "stim": False, "rate": sig["rate"], "source": "numpy"}
        ch.update(summary(sig["values"]))
        channels.append(ch)
    return {"source": "numpy", "sfreq": g["sfreq"], "nTimes": g["nTimes"], "channels": channels,
            "annotations": g["annotations"], "measDate": None, "irregular": g["irregular"]}


def main(root):
    root = Path(root)
    files = sorted(p for p in root.rglob("*")
                   if p.suffix.lower() in (".edf", ".bdf", ".vhdr", ".gdf") and ("formats" in p.parts or "eegmmidb" in p.parts))
    result = {}
    for p in files:
        key = str(p.relative_to(root))
        try:
            result[key] = mne_summary(p)
        except Exception as e:  # MNE cannot read it as raw data (e.g. an annotation-only EDF+)
            if p.suffix.lower() == ".gdf":
                result[key] = gdf_summary(p)
                result[key]["mneError"] = f"{type(e).__name__}: {e}"
                print(key, "numpy", file=sys.stderr)
                continue
            try:
                result[key] = {"source": "mne-annotations", "annotations": annotations(mne.read_annotations(p)),
                               "mneError": f"{type(e).__name__}: {e}"}
            except Exception as e2:
                result[key] = {"source": "none", "mneError": f"{type(e).__name__}: {e}; {e2}"}
        print(key, result[key]["source"], file=sys.stderr)
    for p in sorted(root.glob("xdf/*/*.xdf")):
        if "xdf_rs-tests" in p.parts:
            continue  # malformed on purpose: the tests expect a clean error
        key = str(p.relative_to(root))
        result[key] = xdf_summary(p)
        print(key, "numpy", file=sys.stderr)
    # one file per line: compact, and a regenerated reference diffs file by file
    sys.stdout.write("{\n" + ",\n".join(json.dumps(k) + ": " + json.dumps(v, ensure_ascii=False, sort_keys=True,
                                                                        separators=(",", ":"))
                                          for k, v in sorted(result.items())) + "\n}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
