# One plausible article whose text ends in a long run of final punctuation ("....", "!!!!").
# usage: gen_dots.py N OUT [CHAR]
import sys
n, out = int(sys.argv[1]), sys.argv[2]
ch = sys.argv[3] if len(sys.argv) > 3 else "."
body = ("Researchers released an open source large language model trained on public code and papers. "
        "The model runs on a single GPU and matches larger systems on reasoning benchmarks. "
        "The team published the training data, the evaluation harness and the weights under an Apache licence. "
        "Engineers can fine-tune it for their own tasks with a few hundred examples. "
        "The release includes a technical report describing the architecture and the training recipe in detail. ")
open(out, "w").write(f'''<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Dots</title><link>https://dots.example.com/</link>
<item><title>Open source language model matches larger systems on reasoning</title><link>https://dots.example.com/llm</link>
<description>{body}Wait for it{ch * n}</description></item>
</channel></rss>''')
