"""Drives `rumba` (argv[1]) at its prompt through a pseudo-terminal, as a
person would: Ctrl-C stops a running statement and the prompt comes back;
a bracketed paste of several statements (a block among them) runs each;
Ctrl-D ends the session and --jit-stats prints. Exits 1, printing the
session so far, when something expected does not appear."""
import os
import pty
import select
import sys
import time

rumba = sys.argv[1]
pid, master = pty.fork()
if pid == 0:
    os.execv(rumba, [rumba, "--jit-stats"])
out = b""


def read_until(token, since, timeout=30):
    """Reads until `token` appears in the output after offset `since`."""
    global out
    end = time.time() + timeout
    while time.time() < end:
        if token.encode() in out[since:]:
            return True
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                out += os.read(master, 4096)
            except OSError:
                break
    return token.encode() in out[since:]


def expect(token, since):
    if not read_until(token, since):
        print("missing %r in the session:" % token)
        print(out.decode(errors="replace"))
        os.kill(pid, 9)
        sys.exit(1)


def step(send, token):
    since = len(out)
    os.write(master, send.encode())
    expect(token, since)


expect(">>> ", 0)
step("n = 0\r", ">>> ")
step("while True:\r", "... ")
step("    n += 1\r", "... ")
since = len(out)
os.write(master, b"\r")
time.sleep(1.0)
os.write(master, b"\x03")
expect("KeyboardInterrupt", since)
step("print(n > 1000)\r", "True")
paste = "x = 5\ry = 6\rfor k in range(2):\r    print('k', k)\rprint(x * y)\r"
step("\x1b[200~" + paste + "\x1b[201~\r", "30")
expect("k 1", 0)
# Ctrl-D only once the prompt is back: sent while the line editor is not
# reading (between two prompts), the terminal would take it as text.
expect(">>> ", out.rindex(b"30"))
time.sleep(0.2)
since = len(out)
os.write(master, b"\x04")
expect("jit-stats: traces=", since)
os.waitpid(pid, 0)
