#!/usr/bin/env python3
"""Writes the numpy references of InitLab's activation-statistics tests next to this file.

activations_small.json -- E4 on a small network, drawn as ActivationExperiment draws (after Saito's
weight_init_activation_histogram.py): np.random.seed(0); x = randn(20, 10); then for each of 3 layers
w = randn(10, 10) * scale; a = act(x @ w); x = a  (re-seeded for every configuration). Per layer: a.mean(),
a.std(), the fraction of values within 0.1 of the activation's flat points (sigmoid 0 and 1, tanh -1 and 1,
relu 0), np.histogram(a, 30, range=R) with R = (0, 1) for sigmoid, (-1, 1) for tanh and (0, max over the
configuration's layers) for relu, and np.histogram(a, 30) (numpy's own range, the layer's min and max).

activations_full.json -- the course's E4 (seed 0, x = randn(1000, 100), 5 layers of 100 units, the seven
arms; scale 1, 0.01, np.sqrt(1.0 / 100) or np.sqrt(2.0 / 100)): per layer mean, std and saturated share only.

z_distribution_small.json -- E4b with 5 draws per arm: np.random.seed(0); per draw b = randn(); w = randn(1000)
/ sqrt(d) with d = 1 (large) or 1000 (scaled); z = x @ w + b with x = 500 ones then 500 zeros.

Usage: python3 generate_references.py     (numpy needed)
"""
import json, os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SEED, EXAMPLES, UNITS, DEPTH, BINS = 0, 20, 10, 3, 30

ACT = {
    'sigmoid': (lambda z: 1 / (1 + np.exp(-z)), [0.0, 1.0]),
    'relu': (lambda z: np.maximum(0, z), [0.0]),
    'tanh': (np.tanh, [-1.0, 1.0]),
}
CONFIGS = [('sigmoid/std-1', 'sigmoid', 1.0),
           ('relu/he', 'relu', np.sqrt(2.0 / UNITS)),
           ('tanh/xavier', 'tanh', np.sqrt(1.0 / UNITS))]


def hist(a, **kw):
    counts, edges = np.histogram(a, BINS, **kw)
    return {'edges': edges.tolist(), 'counts': counts.tolist()}


def activations(examples=EXAMPLES, units=UNITS, depth=DEPTH, configs=CONFIGS, full=True):
    out = {'seed': SEED, 'examples': examples, 'units': units, 'depth': depth, 'bins': BINS, 'configs': []}
    for name, act, scale in configs:
        f, flat = ACT[act]
        np.random.seed(SEED)
        x = np.random.randn(examples, units)
        outs, weights = [], []
        for _ in range(depth):
            w = np.random.randn(units, units) * scale
            weights.append(w.tolist())
            x = f(x @ w)
            outs.append(x)
        lo, hi = {'sigmoid': (0.0, 1.0), 'tanh': (-1.0, 1.0)}.get(act, (0.0, max(a.max() for a in outs)))
        layers = []
        for a in outs:
            near = np.zeros(a.shape, dtype=bool)
            for p in flat:
                near |= np.abs(a - p) <= 0.1
            layer = {'mean': a.mean(), 'std': a.std(), 'saturated': near.mean()}
            if full:
                layer.update({'histogram': hist(a, range=(lo, hi)), 'own_range_histogram': hist(a)})
            layers.append(layer)
        config = {'name': name, 'activation': act, 'scale': scale, 'range': [lo, hi], 'layers': layers}
        if full:
            config['weights'] = weights
        out['configs'].append(config)
    return out


def z_distribution(draws=5, inputs=1000, ones=500):
    x = np.concatenate([np.ones(ones), np.zeros(inputs - ones)])
    out = {'seed': SEED, 'draws': draws}
    for arm, d in (('large', 1), ('scaled', inputs)):
        np.random.seed(SEED)
        z = []
        for _ in range(draws):
            b = np.random.randn()
            w = np.random.randn(inputs) / np.sqrt(d)
            z.append(float(x @ w + b))
        out[arm] = {'z': z}
    return out


if __name__ == '__main__':
    course = [(a + '/' + n, a, s) for a, n, s in (
        ('sigmoid', 'std-1', 1.0), ('sigmoid', 'std-0.01', 0.01), ('sigmoid', 'xavier', np.sqrt(1.0 / 100)),
        ('relu', 'std-0.01', 0.01), ('relu', 'xavier', np.sqrt(1.0 / 100)), ('relu', 'he', np.sqrt(2.0 / 100)),
        ('tanh', 'xavier', np.sqrt(1.0 / 100)))]
    for name, value in (('activations_small.json', activations()),
                        ('activations_full.json', activations(1000, 100, 5, course, full=False)),
                        ('z_distribution_small.json', z_distribution())):
        with open(os.path.join(HERE, name), 'w') as fh:
            json.dump(value, fh, indent=1)
            fh.write('\n')
