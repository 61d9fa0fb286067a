# Sums an Nsight Compute CSV (ncu --csv --page raw --print-units base --metrics gpu__time_duration.sum --log-file F)
# by kernel name: where one batch's GPU time goes, to set the C# path's kernels against PyTorch's on the same shapes.
import csv, sys
rows = [r for r in csv.reader(l for l in open(sys.argv[1]) if l.startswith('"'))]
if not rows: sys.exit(f"{sys.argv[1]}: no kernels profiled")
head = rows[0]
name, value = head.index("Kernel Name"), head.index("Metric Value") if "Metric Value" in head else head.index("gpu__time_duration.sum")
totals = {}
for r in rows[1:]:
    try: ns = float(r[value].replace(",", ""))
    except (ValueError, IndexError): continue
    k = r[name][:90]
    n, t = totals.get(k, (0, 0.0)); totals[k] = (n + 1, t + ns)
all_ns = sum(t for _, t in totals.values())
print(f"{sys.argv[1]}: {sum(n for n, _ in totals.values())} kernels, {all_ns/1e3:,.0f} us")
for k, (n, t) in sorted(totals.items(), key=lambda kv: -kv[1][1])[:14]:
    print(f"  {t/all_ns:6.1%} {n:5d} x {t/n/1e3:9.1f} us  {k}")
