#!/bin/sh
# The sampling stage of the default 1920x1080 scene, two sigmoid-benchmark binaries run
# alternately (ABAB...) in one session, so both see the same load on a shared machine.
# Prints each run's median (µs) and the medians' ratio. Release builds only.
#   Scripts/compare_sampling.sh OLD_BINARY NEW_BINARY [ROUNDS] [RUNS_PER_FRAME]
set -eu
old=$1 new=$2 rounds=${3:-6} runs=${4:-5}
stage() { "$1" scene-best "$runs" | awk '$1 == "sampling" { print $3 }'; }
i=0 olds= news=
while [ "$i" -lt "$rounds" ]; do
  a=$(stage "$old") b=$(stage "$new")
  echo "old $a  new $b"
  olds="$olds $a" news="$news $b"
  i=$((i + 1))
done
median() { printf '%s\n' $1 | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mo=$(median "$olds") mn=$(median "$news")
echo "median old $mo µs, new $mn µs, ratio $(awk "BEGIN { printf \"%.3f\", $mn / $mo }")"
