"""Independent XDF decoding for make_reference.py (struct/numpy only; no code shared with Attend's reader)."""
import struct
import xml.etree.ElementTree as ET

import numpy as np

FORMATS = {"float32": "<f4", "double64": "<f8", "int8": "<i1", "int16": "<i2", "int32": "<i4", "int64": "<i8"}


def _varlen(b, at):
    size = b[at]
    fmt = {1: "<B", 4: "<I", 8: "<Q"}[size]
    return struct.unpack_from(fmt, b, at + 1)[0], at + 1 + size


def decode(path):
    """Streams of an XDF file: header fields, raw time stamps, values, clock offsets (in file order)."""
    b = open(path, "rb").read()
    assert b[:4] == b"XDF:"
    at = 4
    streams = {}
    while at < len(b):
        length, at = _varlen(b, at)
        end = at + length
        tag = struct.unpack_from("<H", b, at)[0]
        body = at + 2
        if tag in (2, 3, 4, 6):
            sid = struct.unpack_from("<I", b, body)[0]
            body += 4
        if tag == 2:
            info = ET.fromstring(b[body:end])
            s = {"name": info.findtext("name"), "type": info.findtext("type"),
                 "n": int(info.findtext("channel_count")), "srate": float(info.findtext("nominal_srate")),
                 "format": info.findtext("channel_format"), "stamps": [], "values": [], "offsets": []}
            streams[sid] = s
        elif tag == 3:
            s = streams[sid]
            count, p = _varlen(b, body)
            last = s["stamps"][-1] if s["stamps"] else 0.0
            for _ in range(count):
                has_stamp = b[p]
                p += 1
                if has_stamp:
                    last = struct.unpack_from("<d", b, p)[0]
                    p += 8
                else:
                    last = last + (1.0 / s["srate"] if s["srate"] > 0 else 0.0)
                s["stamps"].append(last)
                if s["format"] == "string":
                    row = []
                    for _ in range(s["n"]):
                        n, p = _varlen(b, p)
                        row.append(b[p:p + n].decode("utf-8", "replace"))
                        p += n
                else:
                    dt = np.dtype(FORMATS[s["format"]])
                    row = np.frombuffer(b, dt, s["n"], p).astype(np.float64).tolist()
                    p += dt.itemsize * s["n"]
                s["values"].append(row)
            assert p == end, (path, p, end)
        elif tag == 4:
            streams[sid]["offsets"].append(struct.unpack_from("<dd", b, body))
        at = end
    return streams


def huber_line(t, v, iterations=1000, winsor=1e-4):
    """Huber-loss straight line through clock offsets by ADMM, in the scaled units pyxdf documents."""
    x_col = np.asarray(t, float) / winsor
    shift = x_col.min()
    a = np.column_stack([np.ones(len(t)), x_col - shift])
    y = np.asarray(v, float) / winsor
    gram_inv = np.linalg.inv(a.T @ a)
    z = np.zeros(len(t))
    u = np.zeros(len(t))
    coef = np.zeros(2)
    for _ in range(iterations):
        coef = gram_inv @ (a.T @ (y + z - u))
        d = a @ coef - y + u
        with np.errstate(divide="ignore"):
            shrink = np.maximum(0, 1 - 2 / np.abs(d))
        shrink[d == 0] = 0
        z = 0.5 * d + 0.5 * shrink * d
        u = d - z
    return (coef[0] - coef[1] * shift) * winsor, coef[1]
