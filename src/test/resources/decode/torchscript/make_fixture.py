#!/usr/bin/python3
"""Makes the TorchScript fixture of TorchScriptDecoderTest with Debian's python3-torch.

Writes model.pt (a small EEG classifier traced with torch.jit.trace), model.json (its model card) and
reference.json (three input windows, the logits and softmax probabilities torch computes for them).
Run from this folder: /usr/bin/python3 make_fixture.py
"""
import json

import torch

torch.set_num_threads(1)
torch.manual_seed(1234)

CHANNELS = ["C3", "C4", "Cz", "FC3", "FC4", "CP3", "CP4", "Pz"]
RATE = 128
SAMPLES = 256


class SmallNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.temporal = torch.nn.Conv1d(len(CHANNELS), 6, kernel_size=15, padding=7)
        self.norm = torch.nn.BatchNorm1d(6)
        self.classify = torch.nn.Linear(6 * 8, 2)

    def forward(self, x):  # x: (batch, channels, samples), microvolts
        h = torch.nn.functional.elu(self.norm(self.temporal(x / 10.0)))
        h = torch.nn.functional.adaptive_avg_pool1d(h * h, 8)
        return self.classify(torch.log(h + 1e-3).flatten(1))


net = SmallNet()
with torch.no_grad():  # non-trivial batch-norm statistics, so eval mode is really exercised
    net.norm.running_mean.uniform_(-0.5, 0.5)
    net.norm.running_var.uniform_(0.5, 2.0)
net.eval()
inputs = torch.randn(3, len(CHANNELS), SAMPLES) * 10
traced = torch.jit.trace(net, inputs[:1])
traced.save("model.pt")
with torch.no_grad():
    logits = traced(inputs)
    probabilities = torch.softmax(logits, dim=1)

card = {
    "decoder": "torchscript",
    "attendVersion": "fixture",
    "contract": {"channels": CHANNELS, "sampleRateHz": RATE, "windowSeconds": SAMPLES / RATE,
                 "bandLowHz": 4.0, "bandHighHz": 40.0, "classes": ["left", "right"]},
    "training": {"made by": "src/test/resources/decode/torchscript/make_fixture.py (untrained, seeded)",
                 "torch": torch.__version__},
    "parameters": {"file": "model.pt", "output": "logits"},
}
with open("model.json", "w") as f:
    json.dump(card, f, indent=2)
with open("reference.json", "w") as f:
    json.dump({"torch": torch.__version__, "inputs": inputs.tolist(), "logits": logits.tolist(),
               "probabilities": probabilities.tolist()}, f)
