#!/bin/bash
# usage: stages.sh OUTDIR -> seconds per stage (sum of attempts)
python3 - "$1" <<'PY'
import json,glob,sys,collections
t=collections.defaultdict(float)
for f in glob.glob(sys.argv[1]+"/runs/*/invocations/*"):
    d=json.load(open(f))
    t[d["stage"]]+=sum(a["seconds"] for a in d["attempts"])
print(" ".join(f"{k}={v:.2f}" for k,v in sorted(t.items(),key=lambda x:-x[1])))
PY
