# One item whose title is N literal "\n" escapes (H14-2). usage: gen_title_escapes.py N OUT
import sys
n, out = int(sys.argv[1]), sys.argv[2]
title = "T" + "\\n" * n + "x"
open(out, "w").write(f'''<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Esc</title><link>https://esc.example.com/</link>
<item><title>{title}</title><link>https://esc.example.com/a</link><description>Some text about a new database engine that stores time series data efficiently and compresses it well for analytics workloads in the cloud.</description></item>
</channel></rss>''')
