#!/usr/bin/env python3
"""Writes conv_centre.json: the two initializers that fill a convolution's kernel at its centre tap, on filters of
shape (out, in, k1, k2) in C order, the first layer of a network seeded once with the case's seed.

  dirac:groups=G           torch.nn.init.dirac_(w, groups=G) itself (PyTorch draws nothing for it)
  delta-orthogonal:scale=S JAX's delta_orthogonal in the reference's terms: A = randn(out, in) from
                           numpy.random.RandomState(seed); Q, R = numpy.linalg.qr(A); Q = Q * sign(diag(R));
                           w = 0 but w[:, :, k1 // 2, k2 // 2] = S * Q (needs out >= in)

    python3 conv_centre.py > conv_centre.json      (with PyTorch installed)
"""
import json
import numpy as np
import torch

CASES = [('dirac', 2, 4, [3, 3], 7), ('dirac:groups=2', 2, 4, [2, 4], 7), ('dirac', 5, 3, [3, 2], 7),
         ('delta-orthogonal', 2, 4, [3, 3], 7), ('delta-orthogonal:scale=1.5', 3, 6, [2, 4], 11)]


def filters(spec, n_in, n_out, kernel, seed):
    name, _, params = spec.partition(':')
    kv = dict(p.split('=') for p in params.split(',')) if params else {}
    if name == 'dirac':
        w = torch.empty(n_out, n_in, *kernel, dtype=torch.float64)
        torch.nn.init.dirac_(w, groups=int(kv.get('groups', 1)))
        return w.numpy()
    rng = np.random.RandomState(seed)
    q, r = np.linalg.qr(rng.randn(n_out, n_in))
    q = q * np.sign(np.diag(r))
    w = np.zeros((n_out, n_in) + tuple(kernel))
    w[(slice(None), slice(None)) + tuple(k // 2 for k in kernel)] = float(kv.get('scale', 1.0)) * q
    return w


print(json.dumps({'_note': 'numpy %s, torch %s; python3 conv_centre.py' % (np.__version__, torch.__version__),
                  'cases': [{'init': s, 'in': i, 'out': o, 'kernel': k, 'seed': seed,
                             'filters': filters(s, i, o, k, seed).reshape(-1).tolist()}
                            for s, i, o, k, seed in CASES]}, indent=1))
