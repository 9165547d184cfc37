#!/usr/bin/env python3
"""Writes xavier_uniform.json: PyTorch's xavier_uniform_(gain) in the layout of the reference init_catalog.py
(W[l] of shape (n_l, n_{l-1}) drawn layer by layer from one RandomState seeded once, biases zeros):
W = uniform(-a, a, size=(n_l, n_{l-1})), a = sqrt(3) * (gain * sqrt(2 / (fan_in + fan_out))), in torch.nn.init's
arithmetic (which can differ in the last bit from sqrt(6 / (fan_in + fan_out)), Keras's glorot-uniform).

    python3 xavier_uniform.py > xavier_uniform.json
"""
import json, math
import numpy as np

CASES = [('xavier-uniform', [2, 10, 5, 1], 3), ('xavier-uniform:gain=1.6666666666666667', [2, 10, 5, 1], 3),
         ('xavier-uniform:gain=0.5', [3, 7, 4, 2], 11)]


def initialize(spec, layers, seed):
    gain = float(spec.split('gain=')[1]) if 'gain=' in spec else 1.0
    rng = np.random.RandomState(seed)
    params = {}
    for l in range(1, len(layers)):
        rows, cols = layers[l], layers[l - 1]
        std = gain * math.sqrt(2.0 / float(cols + rows))
        a = math.sqrt(3.0) * std
        params['W%d' % l] = rng.uniform(-a, a, size=(rows, cols)).tolist()
        params['b%d' % l] = np.zeros((rows, 1)).tolist()
    return params


if __name__ == '__main__':
    print(json.dumps({'_note': 'numpy %s; python3 xavier_uniform.py' % np.__version__,
                      'cases': [{'init': s, 'layers': ls, 'seed': seed, 'params': initialize(s, ls, seed)}
                                for s, ls, seed in CASES]}, indent=1))
