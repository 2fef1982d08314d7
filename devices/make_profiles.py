#!/usr/bin/python3
"""Writes the headset profiles in this folder.

Channel labels follow each vendor's documented default montage; electrode positions (metres, MNE head
frame: x right, y front, z up) come from MNE-Python's standard_1005 template montage, so topographic
plots use the same coordinates as MNE. Run with Debian's python3-mne: /usr/bin/python3 make_profiles.py
"""
import json
import mne

POS = mne.channels.make_standard_montage("standard_1005").get_positions()["ch_pos"]
# BCI2000 / eegmmidb labels as stored in the EDF files (padded with dots); matched case-insensitively.
EEGMMIDB = ["Fc5.", "Fc3.", "Fc1.", "Fcz.", "Fc2.", "Fc4.", "Fc6.", "C5..", "C3..", "C1..", "Cz..", "C2..",
            "C4..", "C6..", "Cp5.", "Cp3.", "Cp1.", "Cpz.", "Cp2.", "Cp4.", "Cp6.", "Fp1.", "Fpz.", "Fp2.",
            "Af7.", "Af3.", "Afz.", "Af4.", "Af8.", "F7..", "F5..", "F3..", "F1..", "Fz..", "F2..", "F4..",
            "F6..", "F8..", "Ft7.", "Ft8.", "T7..", "T8..", "T9..", "T10.", "Tp7.", "Tp8.", "P7..", "P5..",
            "P3..", "P1..", "Pz..", "P2..", "P4..", "P6..", "P8..", "Po7.", "Po3.", "Poz.", "Po4.", "Po8.",
            "O1..", "Oz..", "O2..", "Iz.."]

PROFILES = [
    dict(name="bci2000-64", manufacturer="BCI2000 (g.tec amplifiers)", model="64-channel 10-10 cap of the "
         "PhysioNet EEG Motor Movement/Imagery dataset", sampleRateHz=160, lsl=dict(name="BCI2000", type="EEG"),
         channels=[c.rstrip(".") for c in EEGMMIDB],
         notes="Labels as in eegmmidb EDF files without their padding dots."),
    dict(name="openbci-cyton", manufacturer="OpenBCI", model="Cyton (8 channels)", sampleRateHz=250,
         lsl=dict(name="obci_eeg1", type="EEG"), channels=["Fp1", "Fp2", "C3", "C4", "P7", "P8", "O1", "O2"],
         notes="OpenBCI's default 8-channel electrode placement."),
    dict(name="openbci-cyton-daisy", manufacturer="OpenBCI", model="Cyton + Daisy (16 channels)",
         sampleRateHz=125, lsl=dict(name="obci_eeg1", type="EEG"),
         channels=["Fp1", "Fp2", "C3", "C4", "P7", "P8", "O1", "O2", "F7", "F8", "F3", "F4", "T7", "T8", "P3", "P4"],
         notes="OpenBCI's default 16-channel placement; Daisy halves the rate to 125 Hz."),
    dict(name="openbci-ganglion", manufacturer="OpenBCI", model="Ganglion (4 channels)", sampleRateHz=200,
         lsl=dict(name="obci_eeg1", type="EEG"), channels=["C3", "Cz", "C4", "Pz"],
         notes="Four channels placed for sensorimotor rhythms; re-label to your montage."),
    dict(name="muse-2", manufacturer="Interaxon", model="Muse 2", sampleRateHz=256,
         lsl=dict(name="Muse", type="EEG"), channels=["TP9", "AF7", "AF8", "TP10"],
         notes="Dry electrodes; reference at Fpz. muselsl also streams a Right AUX channel."),
    dict(name="muse-s", manufacturer="Interaxon", model="Muse S", sampleRateHz=256,
         lsl=dict(name="Muse", type="EEG"), channels=["TP9", "AF7", "AF8", "TP10"],
         notes="Same electrode sites as Muse 2 in a fabric headband."),
    dict(name="emotiv-epoc-x", manufacturer="Emotiv", model="EPOC X", sampleRateHz=128,
         lsl=dict(name="EmotivDataStream-EEG", type="EEG"),
         channels=["AF3", "F7", "F3", "FC5", "T7", "P7", "O1", "O2", "P8", "T8", "FC6", "F4", "F8", "AF4"],
         notes="128 Hz default (256 Hz available); references at P3/P4 (CMS/DRL)."),
    dict(name="gtec-unicorn", manufacturer="g.tec", model="Unicorn Hybrid Black", sampleRateHz=250,
         lsl=dict(name="Unicorn", type="EEG"), channels=["Fz", "C3", "Cz", "C4", "Pz", "PO7", "Oz", "PO8"],
         notes="Hybrid electrodes (dry or gel); mastoid reference."),
    dict(name="neurosity-crown", manufacturer="Neurosity", model="Crown", sampleRateHz=256,
         lsl=dict(name="Crown", type="EEG"), channels=["CP3", "C3", "F5", "PO3", "PO4", "F6", "C4", "CP4"],
         notes="Electrodes around the sensorimotor strip and parietal-occipital sites."),
    dict(name="brainproducts-liveamp-32", manufacturer="Brain Products", model="LiveAmp 32 with actiCAP",
         sampleRateHz=500, lsl=dict(name="LiveAmpSN", type="EEG"),
         channels=["Fp1", "Fz", "F3", "F7", "FT9", "FC5", "FC1", "C3", "T7", "TP9", "CP5", "CP1", "Pz", "P3",
                   "P7", "O1", "Oz", "O2", "P4", "P8", "TP10", "CP6", "CP2", "Cz", "C4", "T8", "FT10", "FC6",
                   "FC2", "F4", "F8", "Fp2"],
         notes="actiCAP 32-channel standard layout; LSL connector names the stream LiveAmpSN-<serial>."),
    dict(name="wearable-sensing-dsi-24", manufacturer="Wearable Sensing", model="DSI-24", sampleRateHz=300,
         lsl=dict(name="DSI24", type="EEG"),
         channels=["Fp1", "Fp2", "Fz", "F3", "F4", "F7", "F8", "Cz", "C3", "C4", "T3", "T4", "T5", "T6", "P3",
                   "P4", "Pz", "O1", "O2", "A1", "A2"],
         notes="Dry sensors; uses the older 10-20 names T3/T4/T5/T6 (= T7/T8/P7/P8) and ear clips A1/A2."),
]


def electrode(label):
    x, y, z = POS[label] if label in POS else POS[{k.upper(): k for k in POS}[label.upper()]]
    return dict(label=label, x=round(float(x), 5), y=round(float(y), 5), z=round(float(z), 5))


for profile in PROFILES:
    profile = dict(profile)
    profile["unit"] = "uV"
    profile["channels"] = [electrode(c) for c in profile["channels"]]
    profile["positions"] = "MNE standard_1005 template, metres, head frame"
    with open(profile["name"] + ".json", "w") as f:
        json.dump(profile, f, indent=2)
        f.write("\n")
    print(profile["name"], len(profile["channels"]))
