#!/bin/bash
# usage: mk.sh NAME feed1 [feed2...] -> NAME.yaml with file: urls (plus the good sample feed)
name=$1; shift
list=""
for f in "$@"; do list="$list\"file://$(realpath $f)\", "; done
list="$list\"file:///work/wt/hostile14/cases/good.xml\""
sed "s#FEEDS#$list#" /work/wt/hostile14/cases/base.yaml > $name.yaml
