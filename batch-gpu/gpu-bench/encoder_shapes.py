# The MiniLM encoder's shapes in plain PyTorch (random weights: speed does not depend on their values):
# 6 layers + the 2 tuned top layers run beside (8 layer passes), hidden 384, 12 heads, FF 1536, fp16.
# The ceiling for the C# path on the same GPU: eager, profiled, and torch.compile. Never name this file profile.py
# (torch.compile imports the standard library's profile module, and the script would import itself).
import time, sys, torch, torch.nn.functional as F
torch.manual_seed(0)
dev, dt = "cuda", torch.float16
H, NH, FF, L = 384, 12, 1536, 8
def lin(i, o): return (torch.randn(o, i, device=dev, dtype=dt) * 0.05, torch.zeros(o, device=dev, dtype=dt))
layers = [dict(q=lin(H,H), k=lin(H,H), v=lin(H,H), o=lin(H,H), i=lin(H,FF), out=lin(FF,H),
               n1=(torch.ones(H, device=dev, dtype=dt), torch.zeros(H, device=dev, dtype=dt)),
               n2=(torch.ones(H, device=dev, dtype=dt), torch.zeros(H, device=dev, dtype=dt))) for _ in range(L)]
words = torch.randn(30522, H, device=dev, dtype=dt) * 0.05
pos = torch.randn(512, H, device=dev, dtype=dt) * 0.05
def layer(x, p, bias):
    b, t, _ = x.shape
    heads = lambda y: y.view(b, t, NH, H // NH).transpose(1, 2)
    q, k, v = (heads(F.linear(x, *p[n])) for n in "qkv")
    a = F.scaled_dot_product_attention(q, k, v, attn_mask=bias).transpose(1, 2).reshape(b, t, H)
    x = F.layer_norm(F.linear(a, *p["o"]) + x, (H,), *p["n1"], eps=1e-12)
    h = F.gelu(F.linear(x, *p["i"]))
    return F.layer_norm(F.linear(h, *p["out"]) + x, (H,), *p["n2"], eps=1e-12)
def model(ids, bias):
    x = F.embedding(ids, words) + pos[: ids.shape[1]]
    for p in layers: x = layer(x, p, bias)
    return x
def bench(fn, ids, bias, reps=20):
    with torch.no_grad():
        for _ in range(3): fn(ids, bias)
        torch.cuda.synchronize(); s = time.perf_counter()
        for _ in range(reps): fn(ids, bias)
        torch.cuda.synchronize()
    return (time.perf_counter() - s) / reps
def replay(path, only=None):
    norm0 = (torch.ones(H, device=dev, dtype=dt), torch.zeros(H, device=dev, dtype=dt))
    def job(ids, bias, mask):
        x = F.layer_norm(F.embedding(ids, words) + pos[: ids.shape[1]], (H,), *norm0, eps=1e-12)
        for p in layers[:4]: x = layer(x, p, bias)
        general, tuned = x, x
        for p in layers[4:6]: general = layer(general, p, bias)
        for p in layers[6:]: tuned = layer(tuned, p, bias)
        m = mask[:, :, None]
        pool = lambda h: F.normalize((h.float() * m).sum(1) / m.sum(1).clamp(min=1), dim=1)
        return torch.cat([pool(general), pool(tuned)], 1).cpu()
    sets = {}
    for line in open(path):
        name, items, width, masked = line.rstrip("\n").split("\t")
        if only is not None and name != only: continue
        sets.setdefault(name, []).append((int(items), int(width), masked == "1"))
    for name, shapes in sets.items():
        batches = []
        for items, width, masked in shapes:
            ids = torch.randint(1000, 30000, (items, width), device=dev)
            mask = torch.ones(items, width, device=dev)
            if masked: mask[::2, width - max(1, width // 20):] = 0  # about the padding of a length-sorted batch
            batches.append((ids, mask, ((mask - 1) * 10000).to(dt)[:, None, None, :] if masked else None))
        total = sum(b[0].shape[0] for b in batches)
        for label, use_mask in (("as the C# path runs them", True), ("every mask dropped (flash attention throughout)", False)):
            times = []
            with torch.no_grad():
                for rep in range(4):
                    torch.cuda.synchronize(); s = time.perf_counter()
                    for ids, mask, bias in batches: job(ids, bias if use_mask else None, mask)
                    times.append(time.perf_counter() - s)
            sec = sorted(times[1:])[1]
            print(f"replay {name}: {len(batches)} batches, {total} items, {sum(b[2] is not None for b in batches)} masked, eager {label}: {total/sec:,.0f} items/s", flush=True)

if "--replay" in sys.argv:
    replay(sys.argv[sys.argv.index("--replay") + 1], sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None)
    sys.exit(0)
B = 512
for T in (256, 130):
    ids = torch.randint(0, 30522, (B, T), device=dev)
    mask = torch.ones(B, T, device=dev); mask[::2, T - 7:] = 0
    bias = ((mask - 1) * 10000).to(dt)[:, None, None, :]
    for name, bb in (("no mask (flash)", None), ("additive key mask", bias)):
        sec = bench(model, ids, bb)
        tokens = B * T
        print(f"eager fp16 T={T} {name}: {sec*1e3:.2f} ms per batch of {B}, {B/sec:,.0f} items/s, {tokens*L*2*(4*H*H+2*H*FF)/sec/1e12:.0f} TFLOP/s in the linears", flush=True)
ids = torch.randint(0, 30522, (B, 256), device=dev)
mask = torch.ones(B, 256, device=dev); mask[::2, 249:] = 0
bias = ((mask - 1) * 10000).to(dt)[:, None, None, :]
from torch.profiler import profile, ProfilerActivity
with torch.no_grad(), profile(activities=[ProfilerActivity.CUDA]) as prof:
    for _ in range(5): model(ids, bias)
    torch.cuda.synchronize()
print(prof.key_averages().table(sort_by="cuda_time_total", row_limit=14, max_name_column_width=60), flush=True)
try:
    compiled = torch.compile(model)
    s = time.perf_counter()
    for bb in (None, bias):
        sec = bench(compiled, ids, bb)
        print(f"torch.compile fp16 T=256 {'no mask' if bb is None else 'masked'}: {sec*1e3:.2f} ms per batch, {B/sec:,.0f} items/s (compiled in the first call; {time.perf_counter()-s:.0f} s so far)", flush=True)
except Exception as e:
    print("torch.compile failed:", repr(e)[:300])
