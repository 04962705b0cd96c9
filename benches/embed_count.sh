#!/usr/bin/env bash
# Instructions per host call from a script loop, for rumba (interpreter and
# JIT), mlua on Lua 5.4 and on LuaJIT (JIT off and on) and rhai: callgrind's
# count for a loop of 2N iterations minus one of N, with the call and
# without, the difference per iteration; and per call of a script function
# from Rust (2N calls minus N). Steady where wall time is not.
# Needs valgrind; builds both bench binaries first.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
cargo build --release -q -p rumba-bench --example embed_peers
cargo build --release -q --manifest-path benches/embed-luajit/Cargo.toml
peers=target/release/examples/embed_peers
luajit=benches/embed-luajit/target/release/rumba-embed-luajit

refs() { # command... -> instructions
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 \
    | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p; s/.*I *refs: *\([0-9,]*\).*/\1/p' | tr -d , | head -1
}
per_iteration() { # binary engine kind -> instructions per iteration
  local one two
  one=$(refs "$1" count "$2" "$N" "$3")
  two=$(refs "$1" count "$2" $((2 * N)) "$3")
  echo $(((two - one) / N))
}

printf '| engine | loop with the call | without | the call | call from Rust |\n|---|---:|---:|---:|---:|\n'
for row in "$peers rumba" "$peers rumba-jit" "$peers lua54" "$luajit luajit-interp" "$luajit luajit" "$peers rhai"; do
  set -- $row
  with=$(per_iteration "$1" "$2" call)
  without=$(per_iteration "$1" "$2" plain)
  from_rust=$(per_iteration "$1" "$2" rust)
  printf '| %s | %d | %d | %d | %d |\n' "$2" "$with" "$without" $((with - without)) "$from_rust"
done
