"""PyTorch CPU scaled_dot_product_attention on the issue-4 bench shapes (16 threads)."""
import json, os, statistics, time
import torch
import torch.nn.functional as F

torch.set_num_threads(int(os.environ.get("THREADS", "16")))
DT = {"f32": torch.float32, "f16": torch.float16, "bf16": torch.bfloat16}
for line in open(os.path.join(os.path.dirname(__file__), "cases.txt")):
    if line.startswith("#") or not line.strip():
        continue
    name, phase, B, L, hq, hkv, D, cache, qo, *layout = line.split()
    if cache not in DT or layout:  # quantized or paged: no PyTorch SDPA counterpart
        continue
    B, L, hq, hkv, D = map(int, (B, L, hq, hkv, D))
    dt = DT[cache]
    S = 1 if phase == "decode" else L
    q = torch.randn(B, hq, S, D, dtype=dt)
    k = torch.randn(B, hkv, L, D, dtype=dt)
    v = torch.randn(B, hkv, L, D, dtype=dt)
    f = lambda: F.scaled_dot_product_attention(q, k, v, is_causal=(phase != "decode"), enable_gqa=hkv != hq)
    f()
    ts = []
    for _ in range(7 if phase == "decode" else 3):
        t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
    t = statistics.median(ts)
    if phase == "decode":
        r = {"name": name, "torch_GB/s": round(B * L * hkv * 2 * D * dt.itemsize / t / 1e9, 2), "torch_ms": round(t * 1e3, 3)}
    else:
        r = {"name": name, "torch_GFLOP/s": round(2 * B * L * (L + 1) / 2 * hq * 2 * D / t / 1e9, 1), "torch_ms": round(t * 1e3, 2)}
    print(json.dumps(r), flush=True)
