#!/usr/bin/env bash
# Runs one cargo-fuzz target with the corpus, dictionary and limits it is
# meant to run with (docs/fuzzing.md), on the stable toolchain.
#
#   fuzz/fuzz.sh TARGET [SECONDS] [-- LIBFUZZER_ARGS...]
#
# TARGET: compile, run, diff_jit or embed. SECONDS: how long (default 60;
# 0: until stopped). New inputs go to fuzz/corpus/TARGET (not checked in);
# a crash goes to fuzz/artifacts/TARGET/ and ends the run with status 1.
# SANITIZER=address (nightly only) builds with AddressSanitizer instead.
# BUILD_FLAGS adds cargo-fuzz build flags: "-O --no-trace-compares" makes
# diff_jit about 4x faster for long hunts (no debug assertions, no
# comparison tracing in the interpreter's hot loop); it rebuilds.
set -euo pipefail
cd "$(dirname "$0")"

target=${1:?usage: fuzz/fuzz.sh TARGET [SECONDS] [-- LIBFUZZER_ARGS...]}
shift
seconds=60
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
  seconds=$1
  shift
fi
[ "${1:-}" = "--" ] && shift

# Each target's seed corpora, read-only (libFuzzer writes to the first
# directory only), and its own flags.
case "$target" in
  compile | run)
    # The test programs are valid Python that exercises every construct;
    # the dictionary gives mutations whole keywords and operators.
    seeds=(../tests/programs)
    flags=(-dict=python.dict -max_len=4096)
    ;;
  diff_jit)
    # Bytes are the generator's decisions: any bytes are a program, and
    # 2 KB of decisions is a program of a few dozen statements.
    seeds=(seeds/diff_jit)
    flags=(-max_len=2048)
    ;;
  embed)
    seeds=(seeds/embed)
    flags=(-max_len=1024)
    ;;
  *)
    echo "fuzz.sh: unknown target '$target' (compile, run, diff_jit, embed)" >&2
    exit 2
    ;;
esac

mkdir -p "corpus/$target"
# shellcheck disable=SC2086 # BUILD_FLAGS is a list of flags
exec cargo fuzz run --sanitizer "${SANITIZER:-none}" ${BUILD_FLAGS:-} "$target" "corpus/$target" "${seeds[@]}" -- \
  -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
  "${flags[@]}" "$@"
