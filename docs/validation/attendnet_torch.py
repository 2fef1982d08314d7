#!/usr/bin/python3
"""AttendNet in PyTorch, for `attend bench nn`: training seconds per epoch on the bench's own windows.

The network mirrors org.attend.nn.AttendNet layer for layer (channel attention, optional average-pool
decimation, parallel temporal convolutions, depthwise spatial convolution, BatchNorm/ELU/pooling, separable
convolution, one post-norm self-attention layer with a learned position embedding, attention pooling,
linear classifier); every size comes from the command line, as the Java bench computes it from
AttendNetConfig, so the two cannot drift apart. Training matches NetTrainer: Adam with L2 weight decay,
cosine learning-rate decay to 1/20, class-balanced shuffled epochs, batch 32, the same augmentation (time shift
zero-filled, Gaussian noise, channel dropout). Prints one JSON line: parameter count, seconds of each epoch.

Run by the bench with Debian's python3-torch:
  /usr/bin/python3 docs/validation/attendnet_torch.py --data DIR --channels 21 --samples 480 ...
"""
import argparse
import json
import math
import time

import numpy as np
import torch
from torch import nn


class ChannelAttention(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.channels = channels
        self.hidden = nn.Linear(channels, max(8, channels // 4))
        self.score = nn.Linear(max(8, channels // 4), channels)

    def forward(self, x):
        log_power = torch.log(x.square().mean(dim=2) + 1e-3)
        weights = torch.softmax(self.score(torch.tanh(self.hidden(log_power))), dim=1)
        return x * (weights * self.channels).unsqueeze(2), weights


class TokenSelfAttention(nn.Module):
    def __init__(self, tokens, embedding, heads, dropout):
        super().__init__()
        self.position = nn.Parameter(torch.randn(tokens, embedding) * 0.02)
        self.attention = nn.MultiheadAttention(embedding, heads, dropout=dropout, batch_first=True)
        self.attention_norm = nn.LayerNorm(embedding)
        self.feed_forward = nn.Sequential(nn.Linear(embedding, 2 * embedding), nn.GELU(),
                                          nn.Linear(2 * embedding, embedding))
        self.feed_forward_norm = nn.LayerNorm(embedding)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        x = x + self.position
        attended, _ = self.attention(x, x, x, need_weights=False)
        x = self.attention_norm(x + self.dropout(attended))
        return self.feed_forward_norm(x + self.dropout(self.feed_forward(x)))


class AttendNet(nn.Module):
    def __init__(self, a):
        super().__init__()
        maps = a.filters * len(a.kernels)
        spatial = maps * a.depth
        self.channel_attention = ChannelAttention(a.channels)
        self.decimate = nn.AvgPool2d((1, a.decimation)) if a.decimation > 1 else nn.Identity()
        self.scales = nn.ModuleList(nn.Conv2d(1, a.filters, (1, k), padding=(0, k // 2), bias=False)
                                    for k in a.kernels)
        self.rest = nn.Sequential(
            nn.Conv2d(maps, spatial, (a.channels, 1), groups=maps, bias=False),
            nn.BatchNorm2d(spatial), nn.ELU(), nn.AvgPool2d((1, 4)), nn.Dropout(a.dropout),
            nn.Conv2d(spatial, spatial, (1, a.separable), padding=(0, a.separable // 2), groups=spatial,
                      bias=False),
            nn.Conv2d(spatial, a.embedding, 1, bias=False),
            nn.BatchNorm2d(a.embedding), nn.ELU(), nn.AvgPool2d((1, 4)), nn.Dropout(a.dropout))
        tokens = a.samples // a.decimation // 16
        self.self_attention = TokenSelfAttention(tokens, a.embedding, a.heads, a.dropout)
        self.pool_hidden = nn.Linear(a.embedding, a.embedding)
        self.pool_score = nn.Linear(a.embedding, 1)
        self.dropout = nn.Dropout(a.dropout)
        self.classifier = nn.Linear(a.embedding, a.classes)

    def forward(self, x):
        x, _ = self.channel_attention(x)
        x = self.decimate(x.unsqueeze(1))
        x = torch.cat([conv(x) for conv in self.scales], dim=1)
        tokens = self.rest(x).squeeze(2).transpose(1, 2)
        tokens = self.self_attention(tokens)
        weights = torch.softmax(self.pool_score(torch.tanh(self.pool_hidden(tokens))).squeeze(2), dim=1)
        pooled = (tokens * weights.unsqueeze(2)).sum(dim=1)
        return self.classifier(self.dropout(pooled))


def augment(batch, max_shift, noise_std, channel_dropout, generator):
    n, c, t = batch.shape
    out = torch.zeros_like(batch)
    for i in range(n):
        shift = int(torch.randint(-max_shift, max_shift + 1, (1,), generator=generator)) if max_shift else 0
        if shift >= 0:
            out[i, :, shift:] = batch[i, :, :t - shift]
        else:
            out[i, :, :t + shift] = batch[i, :, -shift:]
    if noise_std > 0:
        out += noise_std * torch.randn(out.shape, generator=generator)
    keep = (torch.rand((n, c, 1), generator=generator) >= channel_dropout).float()
    return out * keep


def balanced_order(y, classes, generator):
    members = [torch.nonzero(y == k).flatten() for k in range(classes)]
    largest = max(len(m) for m in members)
    order = torch.cat([m[torch.randperm(len(m), generator=generator)].repeat(math.ceil(largest / len(m)))[:largest]
                       for m in members if len(m)])
    return order[torch.randperm(len(order), generator=generator)]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="folder with x.f32 (N×C×T float32) and y.i32 (N int32)")
    p.add_argument("--channels", type=int, required=True)
    p.add_argument("--samples", type=int, required=True)
    p.add_argument("--classes", type=int, default=2)
    p.add_argument("--decimation", type=int, required=True)
    p.add_argument("--kernels", required=True, help="temporal kernel lengths, comma-separated")
    p.add_argument("--separable", type=int, required=True)
    p.add_argument("--filters", type=int, default=4)
    p.add_argument("--depth", type=int, default=2)
    p.add_argument("--embedding", type=int, default=32)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--dropout", type=float, default=0.25)
    p.add_argument("--epochs", type=int, default=3, help="0: build the network and print its size only")
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--weight-decay", type=float, default=1e-3)
    p.add_argument("--max-shift", type=int, default=16)
    p.add_argument("--noise", type=float, default=0.1)
    p.add_argument("--channel-dropout", type=float, default=0.1)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    a.kernels = [int(k) for k in a.kernels.split(",")]
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    generator = torch.Generator().manual_seed(a.seed)
    x = torch.from_numpy(np.fromfile(f"{a.data}/x.f32", dtype="<f4").reshape(-1, a.channels, a.samples))
    y = torch.from_numpy(np.fromfile(f"{a.data}/y.i32", dtype="<i4").astype(np.int64))
    net = AttendNet(a)
    parameters = sum(t.numel() for t in net.parameters())
    if a.epochs == 0:  # only build the network (the parity test compares its size with DJL's)
        print(json.dumps({"parameters": parameters, "epochSeconds": [], "torch": torch.__version__}))
        return
    steps = math.ceil(len(balanced_order(y, a.classes, generator)) / a.batch)
    optimiser = torch.optim.Adam(net.parameters(), lr=a.lr, weight_decay=a.weight_decay)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimiser, T_max=a.epochs * steps, eta_min=a.lr / 20)
    loss_fn = nn.CrossEntropyLoss()
    seconds = []
    for _ in range(a.epochs):
        net.train()
        start = time.perf_counter()
        order = balanced_order(y, a.classes, generator)
        for first in range(0, len(order), a.batch):
            pick = order[first:first + a.batch]
            batch = augment(x[pick], a.max_shift, a.noise, a.channel_dropout, generator)
            optimiser.zero_grad()
            loss = loss_fn(net(batch), y[pick])
            loss.backward()
            optimiser.step()
            schedule.step()
        seconds.append(time.perf_counter() - start)
    print(json.dumps({"parameters": parameters, "epochSeconds": seconds,
                      "torch": torch.__version__, "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()
