#!/usr/bin/python3
"""Writes the scipy reference fixtures for org.attend.dsp tests (see docs/dsp.md).

Run from anywhere with Debian's python: /usr/bin/python3 src/test/resources/dsp/make_fixtures.py
The test signal is closed-form (TestSignal.java computes the same formula), so only outputs are stored.
"""
import json
import os

import numpy as np
import scipy
from scipy import integrate, signal

HERE = os.path.dirname(os.path.abspath(__file__))


def test_signal(n_samples, fs, channel=0):
    """Must match org.attend.dsp.TestSignal#sample: DC offset, alpha/beta sines, mains, a chirp, a slow cosine."""
    t = np.arange(n_samples) / fs
    return (100.0 + 10.0 * channel
            + 20.0 * np.sin(2 * np.pi * 10.0 * t + 0.5 * channel)
            + 8.0 * np.sin(2 * np.pi * 23.0 * t + 0.25 * channel)
            + 5.0 * np.sin(2 * np.pi * 50.0 * t)
            + 3.0 * np.sin(2 * np.pi * (1.0 + 10.0 * t) * t)
            + 2.0 * np.cos(2 * np.pi * 3.7 * t + channel))


def butter_cases():
    cases = [
        (4, [8, 30], 'bandpass', 160), (4, [8, 30], 'bandpass', 250), (2, 40, 'lowpass', 500),
        (6, 1, 'highpass', 250), (4, [48, 52], 'bandstop', 250), (5, 30, 'lowpass', 250),
        (3, 0.5, 'highpass', 160), (3, [1, 40], 'bandpass', 250), (5, [8, 30], 'bandpass', 160),
        (3, [45, 55], 'bandstop', 500), (1, [8, 13], 'bandpass', 128), (1, 10, 'lowpass', 100),
        (8, [0.5, 45], 'bandpass', 1000), (2, 0.1, 'highpass', 256),
    ]
    out = []
    for order, wn, btype, fs in cases:
        sos = signal.butter(order, wn, btype, fs=fs, output='sos')
        freqs = np.linspace(0, fs / 2, 17)
        _, h = signal.sosfreqz(sos, worN=freqs, fs=fs)
        out.append({'order': order, 'btype': btype, 'frequenciesHz': np.atleast_1d(wn).astype(float).tolist(),
                    'sampleRateHz': fs, 'sos': sos.tolist(),
                    'responseFrequenciesHz': freqs.tolist(), 'magnitude': np.abs(h).tolist()})
    return out


def notch_cases():
    out = []
    for f0, q, fs in [(50, 30, 250), (60, 30, 500), (50, 35, 160), (100, 30, 250)]:
        b, a = signal.iirnotch(f0, q, fs=fs)
        out.append({'frequencyHz': f0, 'quality': q, 'sampleRateHz': fs, 'sos': [list(b) + list(a)]})
    return out


def filtering():
    fs = 250
    x = test_signal(1000, fs)
    sos = signal.butter(4, [8, 30], 'bandpass', fs=fs, output='sos')
    odd = signal.butter(5, 30, 'lowpass', fs=fs, output='sos')
    short = test_signal(200, fs)
    return {
        'sampleRateHz': fs, 'samples': len(x), 'sos': sos.tolist(),
        'sosfilt': signal.sosfilt(sos, x).tolist(),
        'sosfiltPrimed': signal.sosfilt(sos, x, zi=signal.sosfilt_zi(sos) * x[0])[0].tolist(),
        'sosfiltfilt': signal.sosfiltfilt(sos, x).tolist(),
        'oddSos': odd.tolist(), 'oddSamples': len(short), 'oddSosfiltfilt': signal.sosfiltfilt(odd, short).tolist(),
    }


def preprocessing():
    """StreamingPreprocessor(250 Hz, 8-30 Hz order 4, 50 Hz notch + 100 Hz harmonic, CAR) on 4 channels."""
    fs, channels, n = 250, 4, 500
    x = np.array([test_signal(n, fs, c) for c in range(channels)]).astype(np.float32).astype(np.float64)
    car = x - x.mean(axis=0)
    notches = [np.concatenate(signal.iirnotch(f, 30, fs=fs)) for f in (50, 100)]
    sos = np.vstack(notches + [signal.butter(4, [8, 30], 'bandpass', fs=fs, output='sos')])
    zi = signal.sosfilt_zi(sos)
    streaming = np.array([signal.sosfilt(sos, ch, zi=zi * ch[0])[0] for ch in car])
    return {'sampleRateHz': fs, 'channels': channels, 'samples': n, 'sos': sos.tolist(),
            'streaming': streaming.tolist(), 'offline': signal.sosfiltfilt(sos, car, axis=1).tolist()}


def spectra():
    fs = 250
    x = test_signal(2000, fs)
    out = []
    for nperseg, noverlap in [(256, 128), (125, 50), (500, 0)]:
        f, pxx = signal.welch(x, fs, window='hann', nperseg=nperseg, noverlap=noverlap, detrend='constant',
                              scaling='density', average='mean', return_onesided=True)
        bands = []
        for low, high in [(8, 13), (13, 30), (1, 40)]:
            mask = (f >= low) & (f <= high)
            bands.append({'lowHz': low, 'highHz': high, 'power': integrate.trapezoid(pxx[mask], f[mask])})
        out.append({'sampleRateHz': fs, 'samples': len(x), 'segmentLength': nperseg, 'overlap': noverlap,
                    'frequenciesHz': f.tolist(), 'density': pxx.tolist(), 'bandPower': bands})
    return out


def main():
    fixtures = {
        'generator': 'src/test/resources/dsp/make_fixtures.py',
        'versions': {'numpy': np.__version__, 'scipy': scipy.__version__},
        'butter': butter_cases(), 'iirnotch': notch_cases(), 'filtering': filtering(),
        'preprocessing': preprocessing(), 'welch': spectra(),
    }
    with open(os.path.join(HERE, 'scipy_fixtures.json'), 'w') as fh:
        json.dump(fixtures, fh)


if __name__ == '__main__':
    main()
