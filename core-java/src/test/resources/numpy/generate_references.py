#!/usr/bin/env python3
"""Writes the numpy anchors of InitLab's tests next to this file, from the course's own numpy code.

initial_values.json -- every course initializer's arrays, as numpy draws them, on odd layer sizes (so that a
Gaussian left cached by one layer starts the next): zeros, random, he and xavier through course_numpy.init
(np.random.seed(s); per layer W = randn(n_l, n_{l-1}) * scale, b = 0); normal:SIGMA as randn(n_l, n_{l-1}) * SIGMA;
nielsen and large as numpy_course.mnist draws them (per layer W = randn(n_in, n_out), b = randn(n_out); nielsen then
W /= sqrt(n_in)). W is written in the course's shape (n_l, n_{l-1}), b as a vector. The two E5 networks
[784, 30, 10] are summarised (first values, sum and sum of squares of each array).

course_runs.json -- runs of the course's code:
  e2_random: course_numpy.train(circles, [2, 10, 5, 1], 'random', 0.01, 15000, every=1); the costs of the first
             120 iterations, every 1000th, and the train and test accuracies (costs that are infinite as "inf");
  e3_2001:   course_numpy.train(circles, [2, 10, 5, 1], 'he', 0.01, 2001, every=1000): the lines numpy_course.py's
             report prints for it;
  e5:        numpy_course.mnist(DATASETS, scaled, epochs=3) for both arms: the test images right after each epoch.

numpy_facts.json -- what numpy returns for a few calls whose answer is easy to get wrong: np.sum of negative zeros,
np.mean and np.std of four accuracies.

Usage: python3 generate_references.py BENCH_DIR DATASETS_DIR
       (BENCH_DIR holds course_numpy.py and numpy_course.py; numpy needed, and scipy for the football data)
"""
import contextlib, io, json, math, os, re, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def number(x):
    return 'inf' if math.isinf(x) else float(x)


def course_init(cn, scheme, dims, seed, sigma=None):
    if scheme in ('zeros', 'random', 'he', 'xavier'):
        p = cn.init(scheme, dims, seed)
        return [p['W%d' % l] for l in range(1, len(dims))], [p['b%d' % l].ravel() for l in range(1, len(dims))]
    np.random.seed(seed)
    W, b = [], []
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        if scheme == 'normal':
            W.append(np.random.randn(n_out, n_in) * sigma); b.append(np.zeros(n_out))
        elif scheme in ('nielsen', 'large'):
            w = np.random.randn(n_in, n_out); v = np.random.randn(n_out)
            if scheme == 'nielsen':
                w /= np.sqrt(float(n_in))
            W.append(w.T.copy()); b.append(v)
        else:
            raise ValueError(scheme)
    return W, b


INITIAL_CASES = [
    dict(init='zeros', layers=[3, 5, 3, 1], seed=3),
    dict(init='random', layers=[3, 5, 3, 1], seed=3),
    dict(init='he', layers=[3, 5, 3, 1], seed=5),
    dict(init='xavier', layers=[7, 3, 5, 1], seed=1),
    dict(init='normal', sigma=0.01, layers=[3, 5, 3, 1], seed=3),
    dict(init='normal', sigma=0.3, layers=[5, 7, 3, 2], seed=11),
    dict(init='nielsen', layers=[3, 5, 3, 1], seed=0),
    dict(init='large', layers=[5, 3, 7, 2], seed=11),
]


def initial_values(cn):
    cases = []
    for c in INITIAL_CASES:
        W, b = course_init(cn, c['init'], c['layers'], c['seed'], c.get('sigma'))
        cases.append(dict(c, W=[w.tolist() for w in W], b=[v.tolist() for v in b]))
    summaries = []
    for scheme in ('large', 'nielsen'):
        W, b = course_init(cn, scheme, [784, 30, 10], 0)
        arrays = {}
        for l in range(len(W)):
            for name, a in (('W%d' % (l + 1), W[l]), ('b%d' % (l + 1), b[l])):
                arrays[name] = dict(first8_c_order=a.ravel()[:8].tolist(), sum=float(np.sum(a)),
                                    sum_sq=float(np.sum(np.square(a))))
        summaries.append(dict(init=scheme, layers=[784, 30, 10], seed=0, arrays=arrays))
    return dict(cases=cases, summaries=summaries)


def course_runs(cn, nc, datasets):
    tx, ty, vx, vy = cn.load_circles()
    p, costs = cn.train(tx, ty, [2, 10, 5, 1], 'random', 0.01, 15000, 1)
    e2 = dict(first=[number(c) for c in costs[:120]],
              every1000=[[i, number(costs[i])] for i in range(0, 15000, 1000)],
              train_accuracy=cn.accuracy(tx, ty, p), test_accuracy=cn.accuracy(vx, vy, p))
    p, costs = cn.train(tx, ty, [2, 10, 5, 1], 'he', 0.01, 2001, 1000)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        nc.report(p, costs, 1000, tx, ty, vx, vy, 0.0)
    e3 = dict(lines=[line for line in out.getvalue().splitlines() if not line.startswith('seconds:')])
    e5 = {}
    for arm, scaled in (('mnist-scaled', True), ('mnist-large', False)):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            nc.mnist(datasets, scaled, epochs=3)
        e5[arm] = [int(n) for n in re.findall(r'^Epoch \d+: (\d+) / 10000$', out.getvalue(), re.M)]
    return dict(e2_random=e2, e3_2001=e3, e5=e5)


def numpy_facts():
    sums = {str(n): repr(float(np.sum(np.full(n, -0.0)))) for n in (0, 1, 3, 7, 8, 9, 128, 129, 300)}
    accuracies = np.array([10 / 10, 8 / 10, 6 / 10, 4 / 10])
    return dict(sum_of_negative_zeros=sums, accuracies=accuracies.tolist(), mean=float(np.mean(accuracies)),
                std=float(np.std(accuracies)))


def main(bench, datasets):
    sys.path.insert(0, bench)
    import course_numpy as cn
    import numpy_course as nc
    note = 'written by generate_references.py with numpy ' + np.__version__
    for name, content in (('initial_values.json', initial_values(cn)), ('course_runs.json', course_runs(cn, nc, datasets)),
                          ('numpy_facts.json', numpy_facts())):
        content['_note'] = note
        with open(os.path.join(HERE, name), 'w') as f:
            json.dump(content, f, indent=1)
            f.write('\n')
        print('wrote', name)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
