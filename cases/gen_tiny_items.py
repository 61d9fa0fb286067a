# Many tiny items in one JSON Feed under the 10 MB body limit (H14-5).
# usage: gen_tiny_items.py titles|empty OUT   (titles: 480,000 {"title":"tN"}, 9.5 MB; empty: 2,600,000 {}, 7.8 MB)
import json, sys
kind, out = sys.argv[1], sys.argv[2]
body = "Researchers released an open source model trained on public code. It runs on one GPU and matches larger systems on reasoning benchmarks with a small memory footprint for developers."
items = [{"title": f"t{i}"} for i in range(480000)] if kind == "titles" else [{}] * 2600000
items.append({"id": "g", "url": "https://t.example.com/g", "title": "Good", "content_text": body})
json.dump({"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": items}, open(out, "w"), separators=(",", ":"))
