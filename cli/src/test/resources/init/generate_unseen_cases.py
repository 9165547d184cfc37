#!/usr/bin/env python3
"""Writes unseen_cases.json: cases of the reference init_catalog.py beyond its --golden set (other seeds, shapes and
parameters, every initializer and the defaults of each, one orthogonal layer wide enough (129 × 129) for LAPACK's
blocked QR), each with the command that prints it and its output exactly as printed. Two LSUV cases fit to the football training set instead of circles (init_catalog.initialize with X).
PyTorch's xavier-uniform, which the reference does not hold, comes from core-java's reference/xavier_uniform.py;
dirac and delta-orthogonal, on dense layers, from the reference's identity and orthogonal.

    python3 generate_unseen_cases.py /path/to/shared/reference/init_catalog.py /path/to/datasets/data.mat > unseen_cases.json
"""
import json, os, subprocess, sys

import numpy as np

CASES = [
    ('variance-scaling', [3, 7, 4, 2], 11),
    ('variance-scaling:scale=0.5,mode=fan_avg,distribution=uniform', [3, 7, 4, 2], 11),
    ('variance-scaling:scale=3,mode=fan_out,distribution=truncated-normal', [4, 9, 3], 42),
    ('variance-scaling:scale=1.5,mode=fan_in,distribution=normal', [6, 1, 2], 8),
    ('glorot-uniform', [2, 50, 1], 0),
    ('glorot-normal', [6, 4, 3], 9),
    ('he-uniform', [12, 7, 1], 2024),
    ('he-normal', [1, 30, 2], 123),
    ('lecun-uniform', [8, 16, 4, 1], 5),
    ('lecun-normal', [3, 3, 3], 4294967295),
    ('xavier-normal', [7, 3], 13),
    ('xavier-normal:gain=0.5', [4, 4, 4], 1),
    ('kaiming-normal', [9, 5, 2], 21),
    ('kaiming-normal:nonlinearity=selu', [6, 3, 1], 3),
    ('kaiming-normal:mode=fan_out,nonlinearity=sigmoid', [4, 2], 6),
    ('kaiming-uniform:mode=fan_out,nonlinearity=tanh', [3, 8, 2], 8),
    ('kaiming-uniform:nonlinearity=leaky_relu,a=0.2', [5, 5, 5, 1], 77),
    ('orthogonal', [12, 30, 30, 2], 2),
    ('orthogonal:gain=0.8', [5, 3, 7, 1], 17),
    ('orthogonal:gain=-2', [1, 4, 1], 4),
    ('orthogonal', [129, 129, 1], 8),
    ('identity', [4, 4, 2], 1),
    ('identity:gain=-1.5', [2, 6, 3], 9),
    ('sparse', [6, 20, 3], 4),
    ('sparse:sparsity=0.5,std=0.1', [3, 9, 4, 1], 31),
    ('sparse:sparsity=0,std=1', [2, 5, 1], 6),
    ('trunc-normal', [5, 8, 2], 10),
    ('trunc-normal:mean=1,std=0.5,a=0.5,b=2', [3, 4, 2], 12),
    ('normal', [3, 5, 1], 3),
    ('normal:mean=-0.5,std=0.2', [4, 2, 2], 8),
    ('uniform', [3, 4, 1], 5),
    ('uniform:a=-0.05,b=0.05', [6, 10, 1], 14),
    ('constant:value=0.25', [2, 3, 1], 0),
    ('ones', [3, 2], 0),
    ('zeros', [2, 4, 1], 0),
    ('lsuv:tol=0.05', [2, 20, 20, 20, 1], 7),
    ('lsuv:max-iter=3', [2, 8, 1], 2),
    ('lsuv:batch=10', [2, 10, 10, 10, 10, 1], 5),
    ('lsuv:tol=0.001,max-iter=50', [2, 5, 5, 1], 9),
]

FOOTBALL = [('lsuv', [2, 20, 3, 1], 3), ('lsuv:tol=0.02,batch=100', [2, 12, 6, 1], 1)]

PYTORCH = [('xavier-uniform', [5, 9, 2], 19), ('xavier-uniform:gain=1.4142135623730951', [3, 12, 6, 1], 23)]

# On dense layers, a kernel of one tap, PyTorch's dirac_ is the identity and JAX's delta_orthogonal is orthogonal.
DENSE_EQUIVALENTS = [('dirac', 'identity', [4, 6, 3], 2), ('dirac:groups=2', None, [3, 4, 2], 2),
                     ('delta-orthogonal:scale=1.5', 'orthogonal:gain=1.5', [5, 8, 8, 1], 6)]
XAVIER_UNIFORM = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', '..', 'core-java',
                              'src', 'test', 'resources', 'reference')


def main(reference, data_mat):
    here = os.path.dirname(os.path.abspath(reference))
    cases = []
    for spec, layers, seed in CASES:
        argv = [spec, ','.join(map(str, layers)), str(seed)]
        out = subprocess.run([sys.executable, reference] + argv, cwd=here, capture_output=True, text=True,
                             check=True).stdout
        cases.append({'command': 'python3 init_catalog.py ' + ' '.join(argv), 'init': spec, 'layers': layers,
                      'seed': seed, 'dataset': 'circles', 'output': out})
    sys.path.insert(0, here)
    sys.path.insert(0, os.path.join(here, '..', 'bench'))
    import init_catalog
    from course_numpy import load_football
    x = load_football(data_mat)[0]
    for spec, layers, seed in FOOTBALL:
        p = init_catalog.initialize(spec, layers, seed, x)
        out = json.dumps({k: v.tolist() for k, v in p.items()}) + '\n'
        cases.append({'command': 'init_catalog.initialize(%r, %r, %d, X) with X the football training set (%s)'
                      % (spec, layers, seed, 'course_numpy.load_football'), 'init': spec, 'layers': layers,
                      'seed': seed, 'dataset': 'football', 'output': out})
    for spec, equivalent, layers, seed in DENSE_EQUIVALENTS:
        if equivalent is None:  # dirac with groups: W[g * (n_l / G) + d, d] = 1 for d < min(n_l / G, n_{l-1})
            groups = int(spec.split('groups=')[1])
            p = {}
            for l in range(1, len(layers)):
                w = np.zeros((layers[l], layers[l - 1]))
                per = layers[l] // groups
                for g in range(groups):
                    for d in range(min(per, layers[l - 1])):
                        w[g * per + d, d] = 1.0
                p['W%d' % l], p['b%d' % l] = w.tolist(), np.zeros((layers[l], 1)).tolist()
            out = json.dumps(p) + '\n'
            command = ("dirac_'s rule on each W[l] as a kernel of one tap (torch.nn.init.dirac_ of an "
                       "(n_l, n_{l-1}, 1) tensor), groups=%d" % groups)
        else:
            argv = [equivalent, ','.join(map(str, layers)), str(seed)]
            out = subprocess.run([sys.executable, reference] + argv, cwd=here, capture_output=True, text=True,
                                 check=True).stdout
            command = 'python3 init_catalog.py ' + ' '.join(argv) + ' (%s on dense layers)' % spec
        cases.append({'command': command, 'init': spec, 'layers': layers, 'seed': seed, 'dataset': 'circles',
                      'output': out})
    sys.path.insert(0, XAVIER_UNIFORM)
    import xavier_uniform
    for spec, layers, seed in PYTORCH:
        out = json.dumps(xavier_uniform.initialize(spec, layers, seed)) + '\n'
        cases.append({'command': 'xavier_uniform.initialize(%r, %r, %d) (core-java reference/xavier_uniform.py)'
                      % (spec, layers, seed), 'init': spec, 'layers': layers, 'seed': seed, 'dataset': 'circles',
                      'output': out})
    json.dump({'_note': 'numpy %s; python3 generate_unseen_cases.py init_catalog.py data.mat' % np.__version__,
               'cases': cases}, sys.stdout, indent=1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
