#!/usr/bin/env bash
# Binds TorchSharp to the image's CUDA libtorch (PyTorch's torch/lib and the nvidia/* wheels), then runs the job.
set -euo pipefail
site=$(python3 -c 'import torch, os; print(os.path.dirname(os.path.dirname(torch.__file__)))')
libs=$site/torch/lib
for d in "$site"/nvidia/*/lib; do [[ -d $d ]] && libs=$libs:$d; done
export LD_LIBRARY_PATH=$libs:${LD_LIBRARY_PATH:-}
exec dotnet /app/newscurator-score.dll "$@"
