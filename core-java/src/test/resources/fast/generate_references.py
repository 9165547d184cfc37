#!/usr/bin/env python3
"""Writes the numpy references of the fast engine's tests (numpy_cases.json, football.json) next to this file.

The trainer below is course_numpy.py's, generalized the way InitLab's fast engine is: hidden relu/sigmoid/tanh,
sigmoid or softmax output, cross-entropy or quadratic cost, L2, inverted dropout (faithful: np.random.seed(1) at every
forward pass; fresh: the run's stream), full batch (the course's 1./m*np.dot(dZ, A_prev.T) + (lambd/m)*W) or
mini-batch (the E5 peer's dZ_L / batch, dW = dZ A_prev^T + (lambd/n) W, perm = permutation(n) per epoch).
All randomness is one RandomState per run: seeded, the initializer's draws, then shuffles and fresh masks.

Usage: python3 generate_references.py REFERENCE_DIR DATA_MAT      (numpy and scipy needed)
"""
import json, os, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def init(rs, scheme, dims):
    W, b = [None], [None]
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        if scheme == 'he':
            W.append(rs.randn(n_out, n_in) * np.sqrt(2. / n_in)); b.append(np.zeros((n_out, 1)))
        elif scheme == 'xavier':
            W.append(rs.randn(n_out, n_in) / np.sqrt(n_in)); b.append(np.zeros((n_out, 1)))
        elif scheme in ('nielsen', 'large'):
            w = rs.randn(n_in, n_out)
            if scheme == 'nielsen':
                w = w / np.sqrt(n_in)
            W.append(w.T.copy()); b.append(rs.randn(n_out).reshape(n_out, 1))
        else:
            raise ValueError(scheme)
    return W, b


def hidden_act(kind, Z):
    if kind == 'relu': return np.maximum(0, Z)
    if kind == 'sigmoid': return 1 / (1 + np.exp(-Z))
    return np.tanh(Z)


def hidden_back(kind, dA, A):
    if kind == 'relu': return np.multiply(dA, np.int64(A > 0))
    if kind == 'sigmoid': return dA * A * (1 - A)
    return dA * (1 - A ** 2)


def output_act(kind, Z):
    if kind == 'sigmoid': return 1 / (1 + np.exp(-Z))
    e = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def forward(X, W, b, c, masks_from):
    L = len(W) - 1; A = X; ins, hs, Ds = [X], [None], [None]
    for l in range(1, L + 1):
        Z = np.dot(W[l], A) + b[l]
        if l < L:
            H = hidden_act(c['hidden'], Z); A = H
            if masks_from is not None:
                D = masks_from.rand(H.shape[0], H.shape[1]) < c['keep_prob']
                A = H * D / c['keep_prob']; Ds.append(D)
            else:
                Ds.append(None)
            hs.append(H); ins.append(A)
        else:
            A = output_act(c['output'], Z)
    return A, ins, hs, Ds


def cost(AL, Y, W, c, n):
    m = Y.shape[1]
    with np.errstate(divide='ignore', invalid='ignore'):
        if c['cost'] == 'quadratic':
            terms = 0.5 * np.square(Y - AL)
        elif c['output'] == 'softmax':
            terms = np.multiply(-np.log(AL), Y)
        else:
            terms = np.multiply(-np.log(AL), Y) + np.multiply(-np.log(1 - AL), 1 - Y)
    j = 1. / m * np.nansum(terms)
    if c['lambda']:
        j = j + c['lambda'] / (2 * n) * sum(np.sum(np.square(W[l])) for l in range(1, len(W)))
    return j


def step(X, Y, W, b, c, n, mini, masks_from):
    m = Y.shape[1]; L = len(W) - 1
    AL, ins, hs, Ds = forward(X, W, b, c, masks_from)
    j = cost(AL, Y, W, c, n)
    if c['cost'] == 'cross-entropy':
        dZ = AL - Y
    elif c['output'] == 'sigmoid':
        dZ = (AL - Y) * AL * (1 - AL)
    else:
        G = AL - Y; dZ = AL * (G - np.sum(AL * G, axis=0, keepdims=True))
    if mini:
        dZ = dZ / m
    grads = {}
    for l in range(L, 0, -1):
        if mini:
            dW = np.dot(dZ, ins[l - 1].T) + (c['lambda'] / n) * W[l]; db = np.sum(dZ, axis=1, keepdims=True)
        else:
            dW = 1. / m * np.dot(dZ, ins[l - 1].T) + (c['lambda'] / m) * W[l]; db = 1. / m * np.sum(dZ, axis=1, keepdims=True)
        grads[l] = (dW, db)
        if l > 1:
            dA = np.dot(W[l].T, dZ)
            if Ds[l - 1] is not None:
                dA = dA * Ds[l - 1] / c['keep_prob']
            dZ = hidden_back(c['hidden'], dA, hs[l - 1])
    for l in range(1, L + 1):
        W[l] -= c['lr'] * grads[l][0]; b[l] -= c['lr'] * grads[l][1]
    return j


def run(c, X, Y):
    """Trains case c on X (n0, n) and Y (nL, n); returns the initial and final parameters, the costs and, per epoch,
    the sum of the squares of the network's outputs on X."""
    rs = np.random.RandomState(c['seed'])
    W, b = init(rs, c['init'], c['layers'])
    initial = {'W': [w.tolist() for w in W[1:]], 'b': [v.ravel().tolist() for v in b[1:]]}
    n = X.shape[1]; dropout = c['keep_prob'] < 1
    def masks():
        if not dropout: return None
        return np.random.RandomState(1) if c['dropout_mode'] == 'faithful' else rs
    costs, epoch_sums, t = [], [], 0
    if c.get('epochs'):
        bsz = c['batch']; steps = (n + bsz - 1) // bsz
        for e in range(c['epochs']):
            perm = rs.permutation(n)
            for s in range(steps):
                idx = perm[s * bsz:(s + 1) * bsz]
                j = step(X[:, idx], Y[:, idx], W, b, c, n, True, masks())
                if t % c['print_every'] == 0: costs.append([t, float(j)])
                t += 1
            epoch_sums.append(float(np.sum(np.square(forward(X, W, b, c, None)[0]))))
    else:
        for t in range(c['iterations']):
            j = step(X, Y, W, b, c, n, False, masks())
            if t % c['print_every'] == 0: costs.append([t, float(j)])
    final = {'W': [w.tolist() for w in W[1:]], 'b': [v.ravel().tolist() for v in b[1:]]}
    return initial, final, costs, epoch_sums


def case(name, data, **kw):
    c = dict(name=name, data=data, hidden='relu', output='sigmoid', cost='cross-entropy', lambda_=0.0,
             keep_prob=1.0, dropout_mode='faithful')
    c.update(kw); c['lambda'] = c.pop('lambda_')
    return c


CASES = [
    case('minibatch_quadratic_sigmoid_b10', 'circles', layers=[2, 10, 1], hidden='sigmoid', cost='quadratic',
         init='nielsen', seed=7, lr=3.0, epochs=4, batch=10, print_every=9),
    case('minibatch_quadratic_sigmoid_l2_b64', 'circles', layers=[2, 10, 1], hidden='sigmoid', cost='quadratic',
         init='nielsen', seed=7, lr=3.0, epochs=4, batch=64, print_every=2, lambda_=0.5),
    case('tanh_softmax_fresh_l2_b50', 'circles_onehot', layers=[2, 8, 6, 2], hidden='tanh', output='softmax',
         init='xavier', seed=3, lr=0.1, epochs=6, batch=50, print_every=5, lambda_=0.3, keep_prob=0.8,
         dropout_mode='fresh'),
    case('tanh_softmax_faithful_b16', 'circles_onehot', layers=[2, 8, 6, 2], hidden='tanh', output='softmax',
         init='large', seed=11, lr=0.05, epochs=3, batch=16, print_every=4, keep_prob=0.85, dropout_mode='faithful'),
    case('sigmoid_softmax_quadratic_faithful_l2', 'circles_onehot', layers=[2, 7, 5, 2], hidden='sigmoid',
         output='softmax', cost='quadratic', init='he', seed=2, lr=0.5, iterations=300, print_every=25,
         lambda_=0.1, keep_prob=0.9, dropout_mode='faithful'),
    case('relu_fresh_dropout', 'circles', layers=[2, 10, 5, 1], init='he', seed=3, lr=0.01, iterations=500,
         print_every=50, keep_prob=0.8, dropout_mode='fresh'),
    case('sparse_inputs_b4', 'sparse_30x60', layers=[30, 6, 2], hidden='sigmoid', cost='quadratic', init='large',
         seed=5, lr=0.5, epochs=3, batch=4, print_every=5),
    case('sparse_inputs_l2_b4', 'sparse_30x60', layers=[30, 6, 2], hidden='sigmoid', cost='quadratic', init='large',
         seed=5, lr=0.5, epochs=3, batch=4, print_every=5, lambda_=0.2),
    case('e9_like', 'synthetic_12288x40', layers=[12288, 20, 7, 5, 1], init='xavier', seed=1, lr=0.0075,
         iterations=30, print_every=5),
]


def synthetic(n0, m):
    k = np.arange(n0).reshape(-1, 1); i = np.arange(m).reshape(1, -1)
    X = ((k * 7 + i * 13) % 256) / 255.0
    Y = (((np.arange(m) * 5) % 7) < 3).astype(float).reshape(1, -1)
    return X, Y


def sparse(n0, m):
    k = np.arange(n0).reshape(-1, 1); i = np.arange(m).reshape(1, -1)
    X = np.where((3 * k + 5 * i) % 7 == 0, ((k + i) % 11) / 10.0, 0.0)
    y = (np.arange(m) % 3 == 0).astype(float)
    return X, np.vstack([1 - y, y])


def main(ref_dir, data_mat):
    circ = json.load(open(os.path.join(ref_dir, 'circles.json')))
    X = np.array(circ['train_X_2x300'], dtype=float); y = np.array(circ['train_y'], dtype=float).reshape(1, -1)
    datasets = {'circles': (X, y), 'circles_onehot': (X, np.vstack([1 - y, y])),
                'synthetic_12288x40': synthetic(12288, 40), 'sparse_30x60': sparse(30, 60)}
    out = []
    for c in CASES:
        Xc, Yc = datasets[c['data']]
        initial, final, costs, sums = run(c, Xc, Yc)
        entry = dict(c); entry['costs'] = costs; entry['epoch_output_sums'] = sums
        if c['data'] == 'synthetic_12288x40':
            entry['final_summary'] = {f'W{l + 1}': [float(np.sum(w)), float(np.sum(np.square(w)))]
                                      for l, w in enumerate(np.array(v) for v in final['W'])}
            entry['final_summary'].update({f'b{l + 1}': [float(np.sum(v)), float(np.sum(np.square(v)))]
                                           for l, v in enumerate(np.array(v) for v in final['b'])})
        else:
            entry['initial'] = initial; entry['final'] = final
        out.append(entry)
        print(c['name'], costs[:2], '...', costs[-1])
    with open(os.path.join(HERE, 'numpy_cases.json'), 'w') as f:
        json.dump({'_note': 'written by generate_references.py with numpy ' + np.__version__, 'cases': out}, f)
    import scipy.io
    d = scipy.io.loadmat(data_mat)
    fb = {'train_X_2x211': d['X'].T.tolist(), 'train_y': d['y'].ravel().tolist(),
          'test_X_2x200': d['Xval'].T.tolist(), 'test_y': d['yval'].ravel().tolist(),
          '_note': 'datasets/data.mat (the course football 2D data) as read by scipy.io.loadmat'}
    with open(os.path.join(HERE, 'football.json'), 'w') as f:
        json.dump(fb, f)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
