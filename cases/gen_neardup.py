# Items whose SimHash blocks collide but which are not near-duplicates: one opening, distinct titles.
# usage: gen_neardup.py N OUT [TAG]
import sys, random
n, out = int(sys.argv[1]), sys.argv[2]
tag = sys.argv[3] if len(sys.argv) > 3 else "a"
opening = ("Engineers at the database company described how the storage engine compacts time series data, "
           "how the query planner pushes filters down to the columnar segments, and why the new release "
           "reduces the memory needed for large analytical joins across clusters of commodity machines in the cloud. ")
tail = f" Feed {tag} closes with notes on deployment and monitoring for operators."
rnd = random.Random(1)
def word(i, k): return "w" + format(i * 7 + k, "x") + tag
with open(out, "w") as f:
    f.write(f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Flood {tag}</title><link>https://flood-{tag}.example.com/</link>\n')
    for i in range(n):
        title = " ".join(word(i, k) for k in range(4))
        f.write(f"<item><title>{title}</title><link>https://flood-{tag}.example.com/p/{i}</link><description>{opening}{tail}</description></item>\n")
    f.write("</channel></rss>\n")
